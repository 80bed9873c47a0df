/**
 * Numbers as reports write them (spaces inside, thousands separators, full-width digits), money
 * with its unit, percentages, and the clause a number belongs to.
 */
import type { Span } from './doc';

/** A number in normalised text; "512. 08" and "9,570,171.39" are one number each. */
export const NUM = String.raw`(?:\d{1,3}(?:,\d{3})+|\d+)(?:[ \t]?\.[ \t]?\d+)?`;

export interface NumHit {
	/** span indices of the number */
	a: number;
	b: number;
	/** as written */
	text: string;
	/** the unit that follows, as matched */
	unit: string;
	/** end index of the unit */
	ue: number;
}

/** The unit of money after a figure, one table for every reader: 万元, 元, 亿元, and a bare 万, which is
 * 万元 ("收入合计12,345.6万，", "农业水价改革18万。") unless a counted thing follows (万人, 万亩, 万字 …). */
export const MONEY_UNIT = String.raw`(?:亿元|万元|元|万(?![\u4e00-\u9fa5a-zA-Z]))`;

/** Money with its unit. */
const MONEY_RE = new RegExp(String.raw`(?<![\d.])(${NUM})\s*(${MONEY_UNIT})`, 'g');
const PCT_RE = new RegExp(String.raw`(?<![\d.])(${NUM})\s*[%％]`, 'g');

function hits(span: Span, re: RegExp, from = 0, to = span.norm.length): NumHit[] {
	const out: NumHit[] = [];
	re.lastIndex = 0;
	const s = span.norm.slice(0, to);
	for (const m of s.matchAll(re)) {
		if (m.index! < from) continue;
		const a = m.index!;
		const b = a + m[1].length;
		out.push({ a, b, text: span.text.slice(a, b), unit: m[2] ?? '%', ue: a + m[0].length });
	}
	return out;
}

export const moneyHits = (span: Span, from?: number, to?: number) => hits(span, MONEY_RE, from, to);
export const pctHits = (span: Span, from?: number, to?: number) => hits(span, PCT_RE, from, to);

/** Delimiters that end a clause. */
export const CLAUSE_END = /[，,；;。：:、！？!?（(）)\n\t]/;

/** Start index of the clause that ends at `i` (exclusive), skipping back over a closed bracket pair. */
export function clauseStart(span: Span, i: number, opts: { keepBrackets?: boolean } = {}): number {
	let j = i;
	while (j > 0) {
		const c = span.norm[j - 1];
		if ((c === ')' || c === '）') && opts.keepBrackets !== false) {
			// a bracketed note inside the label: "一般公共预算收入（经费拨款）500.25万元"
			const open = Math.max(span.norm.lastIndexOf('(', j - 1), span.norm.lastIndexOf('（', j - 1));
			if (open >= 0 && j - open < 20) {
				j = open;
				continue;
			}
		}
		if (CLAUSE_END.test(c)) break;
		j--;
	}
	return j;
}

/** End index of the clause starting at `i`. */
export function clauseEnd(span: Span, i: number): number {
	let j = i;
	while (j < span.norm.length && !/[，,；;。！？!?\n]/.test(span.norm[j])) j++;
	return j;
}

/** Sentence bounds around index i (。；! ? and line breaks). */
export function sentenceBounds(span: Span, i: number): [number, number] {
	let a = i;
	while (a > 0 && !/[。；;！？!?\n]/.test(span.norm[a - 1])) a--;
	let b = i;
	while (b < span.norm.length && !/[。；;！？!?\n]/.test(span.norm[b])) b++;
	return [a, b];
}

/** Is the text one number (a table cell)? */
export function isNumberCell(norm: string): boolean {
	return new RegExp(`^\\s*[-+]?${NUM}\\s*$`).test(norm);
}

/**
 * Every way to cut a run of digits that OCR fused ("22", "202010100.00%") into `n` numbers as they
 * could have been written: no leading zeros, a decimal point inside a number, "%" only on the
 * last. The readers keep a cut only when their table's arithmetic leaves exactly one.
 */
export function cutsOf(run: string, n: number): string[][] {
	const ok = (p: string, last: boolean) => (last ? /^(0|[1-9]\d*)(\.\d+)?%?$/ : /^(0|[1-9]\d*)(\.\d+)?$/).test(p);
	const out: string[][] = [];
	const walk = (from: number, acc: string[]) => {
		if (acc.length === n - 1) {
			if (ok(run.slice(from), true)) out.push([...acc, run.slice(from)]);
			return;
		}
		for (let e = from + 1; e < run.length; e++) if (ok(run.slice(from, e), false)) walk(e, [...acc, run.slice(from, e)]);
	};
	if (n >= 1 && run.length <= 24) walk(0, []);
	return out;
}
