// Handing a link to another app: the phone's share sheet where there is one (navigator.share), else the clipboard;
// when neither works the caller leaves the link on screen to copy by hand.

export type ShareOutcome = 'shared' | 'copied' | 'cancelled' | 'shown';

/** Shares `url` (with a title) by the share sheet or the clipboard, and says which. */
export async function shareLink(
	url: string,
	title: string,
	nav: Navigator = navigator,
): Promise<ShareOutcome> {
	const data = { title, url };
	if (typeof nav.share === 'function' && (nav.canShare?.(data) ?? true)) {
		try {
			await nav.share(data);
			return 'shared';
		} catch (e) {
			if (e instanceof DOMException && e.name === 'AbortError') return 'cancelled';
			// Not allowed here (no user gesture, a policy): try the clipboard.
		}
	}
	try {
		await nav.clipboard.writeText(url);
		return 'copied';
	} catch {
		return 'shown';
	}
}
