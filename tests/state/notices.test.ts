// The notice queue: keyed notices replace each other, the same news does not stack, actions run on the notice they
// were offered with even once it is gone, and the queue stays short by dropping fading news first.
import { describe, expect, it } from 'vitest';
import { Notices, fades, quoted } from '../../src/state/notices.svelte';

describe('Notices', () => {
	it('replaces a notice with the same key, and the same news', () => {
		const q = new Notices();
		q.push({ key: 'engine', message: 'restarted once', kind: 'warn' });
		q.push({ key: 'engine', message: 'restarted twice', kind: 'warn' });
		q.info('Saved “A”.');
		q.info('Saved “A”.');
		expect(q.items.map((n) => n.message)).toEqual(['restarted twice', 'Saved “A”.']);
	});

	it('runs an action after dismissing its notice, from the notice it was offered with (undo that works)', async () => {
		const q = new Notices();
		let undone = 0;
		const id = q.push({ message: 'Deleted “A”.', actions: [{ label: 'Undo', run: () => void undone++ }] });
		const notice = q.items.find((n) => n.id === id)!;
		await q.act(notice, notice.actions[0]);
		expect([undone, q.items]).toEqual([1, []]);
		const kept = q.push({ message: 'Export?', actions: [{ label: 'Export', run: () => {}, keep: true }] });
		const n = q.items.find((x) => x.id === kept)!;
		await q.act(n, n.actions[0]);
		expect(q.items.map((x) => x.id)).toEqual([kept]);
	});

	it('keeps at most six, dropping the oldest fading news first; only plain information fades', () => {
		const q = new Notices();
		q.error('kept error');
		for (let i = 0; i < 8; i++) q.info(`news ${i}`);
		expect(q.items.map((n) => n.message)).toEqual([
			'kept error',
			'news 3',
			'news 4',
			'news 5',
			'news 6',
			'news 7',
		]);
		expect(q.items.filter(fades)).toHaveLength(5);
		q.push({ message: 'with undo', actions: [{ label: 'Undo', run: () => {} }] });
		expect(fades(q.latest()!)).toBe(false);
	});

	it('quotes names, shortening long ones', () => {
		expect(quoted('Calm')).toBe('“Calm”');
		expect(quoted('W'.repeat(120))).toBe(`“${'W'.repeat(45)}…”`);
	});
});
