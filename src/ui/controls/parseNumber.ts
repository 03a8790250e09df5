// Reading a number as a person types it on a phone or a desktop: the true minus sign (−) and en dash as well as '-',
// a comma as the decimal mark ('14,5'), thousands separators where they group digits ('6,966.28', '1,500'),
// spaces, a leading '+', and a trailing unit or '%'. Returns the value or a message that says what to fix; never
// NaN or Infinity. The fields' last good value stays in place while the text is invalid.

export interface NumberRules {
	/** The field's unit, also accepted typed after the number ('14.5 %', '50 pts'). */
	unit?: string;
}

export type ParsedNumber = { ok: true; value: number } | { ok: false; message: string };

/**
 * The number in `text` (bounds are the field spec's job: see engine/fields.ts).
 * @example parseNumberInput('−1,5') // { ok: true, value: -1.5 }
 * @example parseNumberInput('6,966.28') // { ok: true, value: 6966.28 }
 * @example parseNumberInput('1,500') // { ok: true, value: 1500 } (but '0,250' is 0.25)
 * @example parseNumberInput('abc') // { ok: false, message: 'Not a number: “abc”.' }
 */
export function parseNumberInput(text: string, rules: NumberRules = {}): ParsedNumber {
	let t = text.replace(/[\s\u00a0\u2009\u202f_]/g, '');
	if (rules.unit) {
		const unit = rules.unit.replace(/\s/g, '');
		if (unit && t.toLowerCase().endsWith(unit.toLowerCase())) t = t.slice(0, -unit.length);
	}
	t = t.replace(/%$/, '').replace(/^\$/, '');
	t = t.replace(/^[\u2212\u2013\u2012\u2010]/, '-').replace(/^([+-])\$/, '$1');
	if (t === '' || t === '-' || t === '+' || t === '.' || t === ',')
		return { ok: false, message: 'Enter a number.' };

	const commas = (t.match(/,/g) ?? []).length;
	if (commas > 0) {
		if (t.includes('.') || commas > 1) {
			// Commas as thousands separators: only where they group digits by three.
			if (!/^[+-]?\d{1,3}(,\d{3})+(\.\d*)?$/.test(t)) return notANumber(text);
			t = t.replace(/,/g, '');
		} else {
			// One comma: '1,500' groups thousands; any other ('14,5', '0,250') is a decimal comma.
			t = /^[+-]?[1-9]\d{0,2},\d{3}$/.test(t) ? t.replace(',', '') : t.replace(',', '.');
		}
	}
	if (!/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return notANumber(text);
	const value = Number(t);
	if (!Number.isFinite(value)) return { ok: false, message: 'That number is too large.' };
	return { ok: true, value: value === 0 ? 0 : value }; // no −0
}

function notANumber(text: string): ParsedNumber {
	const shown = text.trim().length > 24 ? `${text.trim().slice(0, 24)}…` : text.trim();
	return { ok: false, message: `Not a number: “${shown}”.` };
}

/**
 * A value as the text of an editable field: no thousands separators (a comma would read back as a decimal mark),
 * `digits` decimals when given, else up to 12 significant digits; '' for a non-finite value.
 * @example editableText(-1.5) // '−1.5'
 * @example editableText(0.1 + 0.2) // '0.3'
 * @example editableText(16.1552, 2) // '16.16'
 */
export function editableText(value: number, digits?: number): string {
	if (!Number.isFinite(value)) return '';
	const body =
		digits !== undefined && Number.isInteger(digits) && digits >= 0 && digits <= 12
			? value.toFixed(digits)
			: String(Number(value.toPrecision(12)));
	return /^-0(\.0*)?$/.test(body) ? body.slice(1) : body.replace(/^-/, '\u2212');
}

/** `value` moved by `delta` and rounded to the decimals of `step`, so repeated steps never drift (0.1 + 0.2). */
export function stepValue(value: number, delta: number, step: number, min?: number, max?: number): number {
	const [mantissa, exponent] = Math.abs(step).toExponential().split('e');
	const decimals = Math.min(12, Math.max(0, (mantissa.split('.')[1] ?? '').length - Number(exponent)));
	let v = Number((value + delta).toFixed(decimals));
	if (min !== undefined) v = Math.max(min, v);
	if (max !== undefined) v = Math.min(max, v);
	return v;
}
