// One labelled figure of a read-out grid (Readouts.svelte), built by the screens' read-out helpers.
import type { GlossaryId } from '../text/glossary';

export interface Readout {
	label: string;
	value: string;
	term?: GlossaryId;
	/** Colour the value: profit, loss, or muted. */
	tone?: 'good' | 'bad' | 'muted';
	/** A message about this number (a target out of reach, a premium above half the credit). */
	note?: string | null;
	testid?: string;
}
