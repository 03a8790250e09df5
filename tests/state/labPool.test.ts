import { describe, expect, it } from 'vitest';
import { LabPool, poolSize, splitParts } from '../../src/state/labPool';
import { DEFAULT_BOOK_SPEC, DEFAULT_REGIME_LAB_SETTINGS, defaultMarket } from '../../src/engine';

/** A worker that takes messages and never answers: an engine stuck mid-run until it "crashes". */
class SilentWorker extends EventTarget {
	terminated = false;
	postMessage() {}
	terminate() {
		this.terminated = true;
	}
}

describe('LabPool', () => {
	it('fails the run with a message when a worker dies mid-run, and starts fresh workers after', async () => {
		const made: SilentWorker[] = [];
		const pool = new LabPool(2, () => {
			const w = new SilentWorker();
			made.push(w);
			return w as unknown as Worker;
		});
		const parts = splitParts([{ id: 'user', sameAs: null }], 100, 10, 2);
		const run = () =>
			pool.run(
				defaultMarket(),
				DEFAULT_BOOK_SPEC,
				DEFAULT_REGIME_LAB_SETTINGS as never,
				parts,
				() => {},
				() => true,
			);
		const first = run();
		made[1].dispatchEvent(new Event('error'));
		await expect(first).rejects.toThrow(/A regime lab worker stopped \(it crashed\); run the lab again/);
		expect(made.every((w) => w.terminated)).toBe(true);
		void run();
		expect(made).toHaveLength(4);
		pool.terminate();
	});

	it('splits each simulated start into whole chunks per worker, in pair order', () => {
		const parts = splitParts(
			[
				{ id: 'a', sameAs: null },
				{ id: 'b', sameAs: 'a' },
			],
			95,
			10,
			3,
		);
		expect(parts).toEqual([
			{ startId: 'a', firstPair: 0, pairs: 40 },
			{ startId: 'a', firstPair: 40, pairs: 40 },
			{ startId: 'a', firstPair: 80, pairs: 15 },
		]);
		expect([poolSize(undefined), poolSize(1), poolSize(8)]).toEqual([1, 1, 7]);
	});
});
