/**
 * Text normalisation shared by the extractor, the provenance checks and the audit.
 * Real reports carry full-width digits and punctuation, spaces inside numbers ("863. 08"),
 * thousands separators and `≅` where `≥` was meant.
 */

import { simplifyText } from './simplified';

const FULLWIDTH_OFFSET = 0xfee0;

/** Full-width ASCII (！ to ～) to half-width, ideographic space to space. */
export function toHalfWidth(s: string): string {
	let out = '';
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		if (c >= 0xff01 && c <= 0xff5e) out += String.fromCodePoint(c - FULLWIDTH_OFFSET);
		else if (c === 0x3000) out += ' ';
		else out += ch;
	}
	return out;
}

/**
 * Canonical form for comparing numbers in text: half-width, no spaces or thousands
 * separators inside numbers, `≅` read as `≥`.
 */
export function normalizeNumbers(s: string): string {
	let t = toHalfWidth(s).replace(/≅/g, '≥');
	// spaces inside a number: "863. 08", "12. 34", "1 234"
	t = t.replace(/(\d)\s*\.\s*(\d)/g, '$1.$2');
	// thousands separators: 1,234,567.89
	t = t.replace(/(\d),(?=\d{3}(?!\d))/g, '$1');
	return t;
}

/** Parse one number as written ("863. 08", "９７", "1,234.50", "-5"); NaN if it is not one. */
export function parseNumber(text: string): number {
	const t = normalizeNumbers(text).replace(/\s+/g, '').replace(/[%％]$/, '');
	if (!/^[+-]?(\d+(\.\d+)?|\.\d+)$/.test(t)) return NaN;
	return Number(t);
}

/** Every number in a text, in order, after normalisation. */
export function numbersIn(text: string): number[] {
	const t = normalizeNumbers(text);
	return [...t.matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
}

/** Factor from a written money unit to 万元. */
export const MONEY_FACTOR = { 万元: 1, 元: 1e-4, 亿元: 1e4 } as const;

/** Round to n decimals, avoiding binary artefacts (1.005 → 1.01). */
export function round(x: number, n = 2): number {
	const f = 10 ** n;
	const r = Math.round(Math.abs(x) * f * (1 + Number.EPSILON)) / f;
	return x < 0 ? -r : r;
}

/**
 * Regex source of a pinyin gloss that reposting sites put after a character ("項(xiàng)目",
 * "報(bào)告"): latin letters with at least one tone mark, in brackets. Never part of a word.
 */
export const PINYIN_GLOSS = '[(（][a-zü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zü]{0,5}[)）]';

/**
 * The form text is matched in, one character for one (so an index into it is an index into the
 * text as written): half-width digits and punctuation, simplified characters. Serves every reader
 * that tests a label or a written figure in reports written in full-width or traditional characters.
 */
export function writtenForm(s: string): string {
	return simplifyText(toHalfWidth(s));
}
