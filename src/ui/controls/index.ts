// The form controls the screens are built from, plus the number parsing they share.
export { default as Field } from './Field.svelte';
export { default as NumberField } from './NumberField.svelte';
export { default as PercentField } from './PercentField.svelte';
export { default as SliderField } from './SliderField.svelte';
export { default as Stepper } from './Stepper.svelte';
export { default as DateField } from './DateField.svelte';
export { default as TimeField } from './TimeField.svelte';
export { default as Select } from './Select.svelte';
export { default as ReadonlyField } from './ReadonlyField.svelte';
export { default as Segmented } from './Segmented.svelte';
export { default as CostsSwitch } from './CostsSwitch.svelte';
export { default as ModeSwitch } from './ModeSwitch.svelte';
export { default as RegimeBadge } from './RegimeBadge.svelte';
export { default as Term } from './Term.svelte';
export { default as RunBar } from './RunBar.svelte';
export { default as PolicyChecks } from './PolicyChecks.svelte';
export * from './parseNumber';
