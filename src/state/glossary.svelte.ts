// Whether the glossary dialog is open and at which entry: one small shared state, so any <Term> anywhere can open it
// and the single <Glossary> mounted in the app shell follows.
import { isGlossaryId, type GlossaryId } from '../text/glossary';

export class GlossaryState {
	isOpen = $state(false);
	/** The entry to show first and highlight, or null for the whole list from the top. */
	entry = $state<GlossaryId | null>(null);

	/** Opens the glossary, at entry `id` when it exists. */
	open(id?: string | null) {
		this.entry = isGlossaryId(id) ? id : null;
		this.isOpen = true;
	}

	close() {
		this.isOpen = false;
	}
}

/** The app's glossary state. */
export const glossary = new GlossaryState();
