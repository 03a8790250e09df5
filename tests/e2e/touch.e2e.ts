// The touch-and-text audit of scripts/touchAudit.ts in the suite: on every screen (the regime lab run) and the
// glossary, at 390 × 844 and 360 × 640, every visible tap target is at least 44 × 44 px and every text at least 12 px.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AUDIT_VIEWPORTS, EXCEPTIONS, auditApp } from '../../scripts/touchAudit';
import { openApp } from './browser';

test('touch and text: 44 px targets, 12 px text at 390×844 and 360×640', { timeout: 300_000 }, async () => {
	const s = await openApp();
	try {
		const lines: string[] = [];
		for (const v of AUDIT_VIEWPORTS) {
			await s.page.setViewportSize(v);
			for (const f of await auditApp(s.page, s.url))
				lines.push(
					`${v.width}×${v.height} ${f.where} ${f.kind} ${f.width}×${f.height}${f.fontPx ? ` ${f.fontPx}px` : ''} ${f.what}`,
				);
		}
		console.log(`touch audit: ${lines.length} finding(s); ${EXCEPTIONS.length} reasoned exception(s)`);
		assert.deepEqual(lines, []);
	} finally {
		await s.close();
	}
});
