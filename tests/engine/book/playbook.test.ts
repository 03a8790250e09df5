import { describe, expect, it } from 'vitest';
import { playbookFor } from '../../../src/engine';

describe('playbookFor', () => {
	it('contango: closer shorts (30–45Δ) and 25–30 % coverage', () => {
		const s = playbookFor('contango', null);
		expect(s.changes.shortDelta).toBeGreaterThanOrEqual(0.3);
		expect(s.changes.shortDelta).toBeLessThanOrEqual(0.45);
		expect(s.changes.coverage).toBeGreaterThanOrEqual(0.25);
		expect(s.changes.coverage).toBeLessThanOrEqual(0.3);
	});
	it('backwardation: shorts out to 15–20Δ and more hedge; with RSI > 70, monetize part of the near layer', () => {
		const b = playbookFor('backwardation', 55);
		expect(b.changes.shortDelta).toBeGreaterThanOrEqual(0.15);
		expect(b.changes.shortDelta).toBeLessThanOrEqual(0.2);
		expect(b.changes.coverage).toBeGreaterThan(0.3);
		const hot = playbookFor('backwardation', 78);
		expect(hot.id).toBe('backwardation-rsi');
		expect(hot.changes.monetizeNearFraction).toBeGreaterThan(0);
		expect(hot.text).toMatch(/78/);
	});
	it('flat and mixed curves fall back to the plain 16Δ reference', () => {
		expect(playbookFor('flat', null).changes.shortDelta).toBe(0.16);
		expect(playbookFor('mixed', 80).id).toBe('neutral');
	});
});
