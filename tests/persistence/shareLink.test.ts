import { describe, expect, it } from 'vitest';
import { decodeShareFragment, encodeShareFragment } from '../../src/persistence/shareLink';
import { defaultScenario } from '../../src/persistence/scenario';

describe('share links', () => {
	it('round-trip a scenario through the URL fragment, compressed', async () => {
		const scenario = defaultScenario('Shared');
		const fragment = await encodeShareFragment(scenario);
		expect(fragment.startsWith('#s=')).toBe(true);
		expect(fragment.length).toBeLessThan(JSON.stringify(scenario).length);
		expect(fragment).toMatch(/^#s=[A-Za-z0-9_-]+$/);
		expect(await decodeShareFragment(fragment)).toEqual({ ok: true, scenario });
	});
	it('ignores other fragments and reports a damaged link', async () => {
		expect(await decodeShareFragment('#market')).toBeNull();
		const fragment = await encodeShareFragment(defaultScenario());
		const cut = await decodeShareFragment(fragment.slice(0, fragment.length / 2));
		expect(cut).toEqual({ ok: false, message: expect.stringMatching(/damaged|not valid/) });
		expect(await decodeShareFragment('#s=' + 'A'.repeat(300_000))).toEqual({
			ok: false,
			message: expect.stringMatching(/too long/),
		});
	});
});
