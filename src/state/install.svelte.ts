// Installing the app to the home screen. Chromium fires `beforeinstallprompt` when the app can be installed — often
// before the shell has mounted, so the event is caught from the start (main.ts) and kept for an Install button.
// Safari on iPhone and iPad never fires it: there the button explains Share → Add to Home Screen instead. Nothing is
// offered once the app runs installed (standalone).

interface InstallPromptEvent extends Event {
	prompt(): Promise<void>;
	userChoice: Promise<{ outcome: 'accepted' | 'dismissed' }>;
}

/** True on an iPhone, iPod or iPad (iPadOS reports itself as a Mac with touch). */
export function isIos(userAgent: string, maxTouchPoints: number): boolean {
	return /iPhone|iPad|iPod/.test(userAgent) || (/Macintosh/.test(userAgent) && maxTouchPoints > 1);
}

export class Installer {
	/** The browser's install prompt, while one is on offer. */
	#event = $state.raw<InstallPromptEvent | null>(null);
	/** The app runs installed (from the home screen). */
	standalone = $state(false);
	/** Safari on iOS: installing is by the Share sheet only. */
	ios = $state(false);

	get canPrompt(): boolean {
		return this.#event !== null;
	}

	/** What the Install button does here: the browser's prompt, the iOS steps, or nothing to offer. */
	get offer(): 'prompt' | 'ios' | null {
		if (this.standalone) return null;
		return this.#event ? 'prompt' : this.ios ? 'ios' : null;
	}

	/** Starts listening (call once, before the app mounts). Returns the teardown. */
	listen(win: Window = window): () => void {
		const nav = win.navigator as Navigator & { standalone?: boolean };
		const query = win.matchMedia('(display-mode: standalone)');
		const update = () => (this.standalone = query.matches || nav.standalone === true);
		update();
		this.ios = isIos(nav.userAgent, nav.maxTouchPoints ?? 0);
		const onPrompt = (e: Event) => {
			e.preventDefault(); // the app offers it from its own button
			this.#event = e as InstallPromptEvent;
		};
		const onInstalled = () => {
			this.#event = null;
			this.standalone = true;
		};
		win.addEventListener('beforeinstallprompt', onPrompt);
		win.addEventListener('appinstalled', onInstalled);
		query.addEventListener('change', update);
		return () => {
			win.removeEventListener('beforeinstallprompt', onPrompt);
			win.removeEventListener('appinstalled', onInstalled);
			query.removeEventListener('change', update);
		};
	}

	/** Shows the browser's install prompt (it can be shown once); true when the user accepted. */
	async prompt(): Promise<boolean> {
		const e = this.#event;
		if (!e) return false;
		this.#event = null;
		await e.prompt();
		return (await e.userChoice).outcome === 'accepted';
	}
}

/** The app's installer. */
export const installer = new Installer();
