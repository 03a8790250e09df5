// A queue of work to do after the first paint, one item per task: rendering a long screen's lower cards one by one
// keeps each task short, so taps stay responsive while the screen fills in (Lighthouse's total blocking time).

const queue: (() => void)[] = [];
let scheduled = false;

function step() {
	queue.shift()?.();
	if (queue.length) setTimeout(step, 0);
	else scheduled = false;
}

/** Runs `work` after the next frame, after the work queued before it, in a task of its own. Returns a cancel. */
export function afterPaint(work: () => void): () => void {
	queue.push(work);
	if (!scheduled) {
		scheduled = true;
		requestAnimationFrame(() => setTimeout(step, 0));
	}
	return () => {
		const i = queue.indexOf(work);
		if (i >= 0) queue.splice(i, 1);
	};
}
