// Which screen is shown: the tab bar, the summary strip and links inside screens move between screens through this
// one object, so "go to the What-if" is a call, not a prop passed down. A screen may also be asked to bring one of
// its parts into view (`focus`), e.g. the summary strip's playbook opens the Book at the playbook card.

/** The screens, in tab order. A new screen adds its id here and its entry in ui/shell/screens.ts. */
export const SCREEN_IDS = ['market', 'book', 'whatif', 'regimes', 'history', 'saved'] as const;
export type ScreenId = (typeof SCREEN_IDS)[number];

export class Navigation {
	active = $state<ScreenId>('market');
	/** The element id the shown screen should scroll to once it has rendered (cleared when done). */
	focus = $state<string | null>(null);

	/** Shows `screen` from its top, or at the element with id `focus`. */
	go(screen: ScreenId, focus: string | null = null) {
		this.active = screen;
		this.focus = focus;
	}
}
