import { describe, expect, it } from 'vitest';
import { GlossaryState } from '../../src/state/glossary.svelte';

describe('GlossaryState', () => {
	it('open(id) opens at that entry, open() at the top, close() closes', () => {
		const s = new GlossaryState();
		expect(s.isOpen).toBe(false);
		s.open('contango');
		expect([s.isOpen, s.entry]).toEqual([true, 'contango']);
		s.open();
		expect(s.entry).toBeNull();
		s.close();
		expect(s.isOpen).toBe(false);
	});
});
