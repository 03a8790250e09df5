// Whether the glossary dialog is open and at which entry: one small shared state, so any <Term> anywhere can open it
// and the single <Glossary> mounted in the app shell follows. It holds ids only (type-checked where they are
// written): the entries themselves are fetched with the dialog, the first time it opens.
import type { GlossaryId } from '../text/glossary';

export class GlossaryState {
	isOpen = $state(false);
	/** The entry to show first and highlight, or null for the whole list from the top. */
	entry = $state<GlossaryId | null>(null);

	/** Opens the glossary, at entry `id` (the whole list from the top without one). */
	open(id: GlossaryId | null = null) {
		this.entry = id;
		this.isOpen = true;
	}

	close() {
		this.isOpen = false;
	}
}

/** The app's glossary state. */
export const glossary = new GlossaryState();
