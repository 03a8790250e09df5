// The form controls the screens are built from, plus the number parsing they share.
export { default as NumberField } from './NumberField.svelte';
export { default as SliderField } from './SliderField.svelte';
export { default as Segmented } from './Segmented.svelte';
export { default as Stepper } from './Stepper.svelte';
export { default as Select } from './Select.svelte';
export { default as Term } from './Term.svelte';
export * from './parseNumber';
export { default as PercentField } from './PercentField.svelte';
export { default as DateField } from './DateField.svelte';
