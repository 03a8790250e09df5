import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry, isGlossaryId } from '../../src/text/glossary';

describe('glossary data', () => {
	it('has unique ids and every "see also" points to an entry', () => {
		const ids = GLOSSARY.map((e) => e.id);
		expect(new Set(ids).size).toBe(ids.length);
		for (const e of GLOSSARY)
			for (const ref of e.see ?? []) expect(isGlossaryId(ref), `${e.id} → ${ref}`).toBe(true);
	});
	it('covers the vocabulary of docs/screens.md, Vocabulary', () => {
		const required = [
			'spx-option',
			'iron-condor',
			'vx-future',
			'vix-option',
			'contango',
			'backwardation',
			'vx1-vx2',
			'front-contango',
			'contango-4-7',
			'vix-vix3m',
			'vx1-premium',
			'daily-roll',
			'curve-slope',
			'ladder-442',
			'unit',
			'coverage',
			'carry',
			'vol-of-vol',
			'spot-vol-link',
			'rsi',
			'var-cvar',
		];
		for (const id of required) expect(glossaryEntry(id)?.short, id).toBeTruthy();
	});
	it('has no empty text and no stray "undefined"/"NaN"', () => {
		for (const e of GLOSSARY) {
			const text = [e.term, e.short, e.formula ?? '', ...(e.body ?? [])].join(' ');
			expect(e.term.trim().length, e.id).toBeGreaterThan(0);
			expect(text, e.id).not.toMatch(/undefined|NaN/);
		}
	});
});
