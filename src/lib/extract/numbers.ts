/**
 * Numbers as reports write them (spaces inside, thousands separators, full-width digits), money
 * with its unit, percentages, and the clause a number belongs to.
 */
import type { Span } from './doc';
import { MONEY_FACTOR } from '../text/normalize';

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
 * 万元 ("收入合计12,345.6万，", "灌区改造16万。") unless a counted thing follows (万人, 万亩, 万字 …). */
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

/**
 * The clauses of a sentence, cut at its commas and 顿号 but not at the thousands separator of a
 * figure ("分配至甲县930,000.00元,乙区520,000.00元": two clauses). Reports that state money in 元
 * write it with separators; the readers of listed parts cut their sentences with this one pattern.
 */
export const CLAUSE_PIECES = /(?:[^,，、]|(?<=\d),(?=\d{3}(?!\d)))+/g;

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
		// (a point after a word, not a digit, ends a sentence typed with an ASCII full stop: "…A万元.上年度结余…")
		if ((c === '.' || c === '．') && j >= 2 && /[\u4e00-\u9fa5]/.test(span.norm[j - 2]) && /[\u4e00-\u9fa5]/.test(span.norm[j] ?? '')) break;
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
	if (n >= 1 && run.length <= 32) walk(0, []);
	return out;
}

/**
 * A total stated after its parts ("…资金：A项目a万元、B项目b万元，合计N万元。", "…收入：基本支出a万元，项目支出
 * b万元，共计N万元"), restated in the order the readers know ("…资金N万元，其中：A项目a万元、B项目b万元。"):
 * both orders are written in real reports' fund and income sentences. Only where the parts add up to
 * the total (±0.01), two parts or more. The characters keep their source offsets (the words "，其中："
 * that the restatement adds stand at the colon's), so quotes stay the source's words.
 */
export function totalFirst(span: Span): Span {
	const unit = MONEY_UNIT;
	const re = new RegExp(String.raw`[:：]((?:[^:：。；;，,、]{2,30}?${NUM}\s*${unit}\s*[、，,；;]\s*)+[^:：。；;，,、]{2,30}?${NUM}\s*${unit})\s*[，,]\s*((?:合计|共计|总计)(?:为)?\s*(${NUM})\s*(${unit}))(?=\s*(?:[。；;]|$))`, 'g');
	const cuts: Array<{ colon: number; partsEnd: number; total: number; totalEnd: number }> = [];
	for (const m of span.norm.matchAll(re)) {
		const colon = m.index!;
		const parts = m[1];
		const f = (u: string) => MONEY_FACTOR[u === '万' ? '万元' : (u as keyof typeof MONEY_FACTOR)];
		const sum = [...parts.matchAll(new RegExp(String.raw`(${NUM})\s*(${unit})`, 'g'))].reduce((a, x) => a + Number(x[1].replace(/[,\s]/g, '')) * f(x[2]), 0);
		const total = Number(m[3].replace(/[,\s]/g, '')) * f(m[4]);
		if (Math.abs(sum - total) > 0.0105) continue;
		const partsEnd = colon + 1 + parts.length;
		// (the total's figure and unit follow the subject: its 合计 word stays behind, the subject names it)
		const t0 = colon + m[0].length - m[2].length + m[2].lastIndexOf(m[3]);
		cuts.push({ colon, partsEnd, total: t0, totalEnd: colon + m[0].length });
	}
	if (!cuts.length) return span;
	let text = '';
	let norm = '';
	const map: number[] = [];
	const take = (a: number, b: number) => {
		text += span.text.slice(a, b);
		norm += span.norm.slice(a, b);
		map.push(...span.map.slice(a, b));
	};
	const put = (t: string, n: string, at: number) => {
		text += t;
		norm += n;
		for (let i = 0; i < t.length; i++) map.push(at);
	};
	let pos = 0;
	for (const c of cuts) {
		take(pos, c.colon);
		take(c.total, c.totalEnd);
		put('，其中：', ',其中:', span.map[c.colon]);
		take(c.colon + 1, c.partsEnd);
		pos = c.totalEnd;
	}
	take(pos, span.text.length);
	map.push(span.map[span.text.length]);
	return { text, norm, map };
}
