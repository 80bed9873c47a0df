/**
 * The grounding check: every number of a draft (percentages, 万元, counts, Chinese numerals such
 * as 三项 / 百分之十) must be the value of a fact of the sheet. Pure TS; runs in Node and the
 * browser, on generated drafts and on text the user edits.
 *
 * Matching: the absolute value of the number, within the rounding of the written digits
 * (10.6% matches 10.56), against the absolute value of a fact whose unit is compatible
 * (a percentage only matches a % / 个百分点 fact, money only a 万元 fact; a count or a
 * bare number any fact). Not figures, hence not checked: years (2024年), months and days
 * (6月底), document numbers (财预〔2020〕10号), list markers (（一）、1.、一是) and the
 * numeral 一 on its own ("一项", "进一步").
 */
import type { Fact } from '../schema/draft';

export type NumberKind = 'percent' | 'money' | 'count';

export type NumberSpan = {
	start: number;
	end: number;
	/** the text of the number with its unit */
	text: string;
	value: number;
	/** decimals written (for the rounding tolerance) */
	decimals: number;
	kind: NumberKind;
	unit: string;
};

export type GroundedSpan = NumberSpan & { fact_ids: string[]; grounded: boolean };

const CN_DIGIT: Record<string, number> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000, 万: 10000 };

/** Chinese numeral → number ("三" 3, "十二" 12, "二十五" 25, "一百零五" 105); null if not one. */
export function parseChineseNumeral(s: string): number | null {
	if (!s) return null;
	let total = 0;
	let section = 0;
	let digit: number | null = null;
	for (const ch of s) {
		if (ch in CN_DIGIT) digit = CN_DIGIT[ch];
		else if (ch in CN_UNIT) {
			const u = CN_UNIT[ch];
			if (u === 10000) {
				total += (section + (digit ?? 0)) * u;
				section = 0;
			} else section += (digit ?? 1) * u;
			digit = null;
		} else return null;
	}
	return total + section + (digit ?? 0);
}

const MONEY_UNITS = ['万元', '亿元', '元'];
const COUNT_UNITS = '项个人名场次家条处类倍分所期批件篇份户';
const CN_NUM = '零〇一二两三四五六七八九十百千';
/** classifiers after a Chinese numeral (not 分: 十分 means "very") */
const CN_COUNT_UNITS = '项个人名场次家条处类倍批件篇份户';

/** Normalise full-width digits and punctuation used inside numbers. */
function normalizeDigits(s: string): string {
	return s.replace(/[０-９]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/．/g, '.').replace(/％/g, '%');
}

/** Every number in `text` that is a figure (see the module note for what is skipped). */
export function findNumbers(input: string): NumberSpan[] {
	const text = normalizeDigits(input); // same length: replacements are 1:1
	const out: NumberSpan[] = [];
	const taken: [number, number][] = [];
	const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
	const push = (s: NumberSpan) => {
		if (!free(s.start, s.end)) return;
		taken.push([s.start, s.end]);
		out.push(s);
	};
	const skip = (a: number, b: number) => taken.push([a, b]);

	// not figures: document numbers, years, dates, list markers
	for (const m of text.matchAll(/[〔\[（(]\d{4}[〕\]）)]\s*\d+\s*号/g)) skip(m.index!, m.index! + m[0].length);
	for (const m of text.matchAll(/(?<![\d.])(?:19|20)\d{2}(?=\s*(?:年|－|-|—|至|～|~))/g)) skip(m.index!, m.index! + m[0].length);
	for (const m of text.matchAll(/(?<![\d.])\d{1,2}(?=\s*(?:月|日|季度|号文))/g)) skip(m.index!, m.index! + m[0].length);
	for (const m of text.matchAll(/(?:^|\n)\s*(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）])(?!\d)/g)) skip(m.index!, m.index! + m[0].length);
	for (const m of text.matchAll(/[（(][一二三四五六七八九十]{1,3}[)）]|(?<=^|[\n。；：，\s])[一二三四五六七八九十]{1,3}(?=是|、)|第[一二三四五六七八九十\d]{1,3}/g)) skip(m.index!, m.index! + m[0].length);
	for (const m of text.matchAll(/“三公”|三公经费|三公/g)) skip(m.index!, m.index! + m[0].length);

	// 百分之X
	for (const m of text.matchAll(new RegExp(`百分之([${CN_NUM}点]+|\\d+(?:\\.\\d+)?)`, 'g'))) {
		const body = m[1];
		let value: number | null;
		let decimals = 0;
		if (/^\d/.test(body)) {
			value = Number(body);
			decimals = body.split('.')[1]?.length ?? 0;
		} else {
			const [i, f] = body.split('点');
			value = parseChineseNumeral(i);
			if (value !== null && f) {
				const fd = [...f].map((c) => CN_DIGIT[c]);
				if (fd.some((d) => d === undefined)) value = null;
				else {
					value = Number(`${value}.${fd.join('')}`);
					decimals = fd.length;
				}
			}
		}
		if (value !== null) push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value, decimals, kind: 'percent', unit: '%' });
	}
	// arabic numbers with optional unit
	const re = /(?<![\d.])[-−+]?(\d{1,3}(?:,\d{3})+|\d+)(?:\s*\.\s*(\d+))?\s*(%|个百分点|万元|亿元|元|万人|万|[项个人名场次家条处类倍分所期批件篇份户])?/g;
	for (const m of text.matchAll(re)) {
		const start = m.index! + (/^[-−+]/.test(m[0]) ? 1 : 0);
		const end = m.index! + m[0].length;
		if (!free(start, end)) continue;
		const intPart = m[1].replace(/,/g, '');
		const frac = m[2] ?? '';
		let value = Number(frac ? `${intPart}.${frac}` : intPart);
		let unit = m[3] ?? '';
		let kind: NumberKind = 'count';
		if (unit === '%' || unit === '个百分点') kind = 'percent';
		else if (MONEY_UNITS.includes(unit)) {
			kind = 'money';
			if (unit === '亿元') value *= 10000;
			if (unit === '元') value /= 10000;
		}
		push({ start, end, text: text.slice(start, end), value, decimals: frac.length + (unit === '元' ? 4 : 0), kind, unit });
	}
	// Chinese numerals followed by a classifier (三项, 十二个, 两名) — 一 alone is not a figure
	for (const m of text.matchAll(new RegExp(`[${CN_NUM}]+(?=[${CN_COUNT_UNITS}])`, 'g'))) {
		const value = parseChineseNumeral(m[0]);
		if (value === null || value === 1) continue;
		const end = m.index! + m[0].length + 1;
		push({ start: m.index!, end, text: text.slice(m.index!, end), value, decimals: 0, kind: 'count', unit: text[end - 1] });
	}
	return out.sort((a, b) => a.start - b.start);
}

const factKind = (unit: string): NumberKind => (unit === '%' || unit === '个百分点' ? 'percent' : MONEY_UNITS.includes(unit) ? 'money' : 'count');

/** classifiers that count the same kind of thing */
const COUNT_GROUPS = [['项', '个', '条', '类', '处', '批', '件', '篇', '份'], ['人', '名'], ['分'], ['场', '次', '期'], ['家', '所', '户'], ['倍']];

function matches(n: NumberSpan, f: Fact): boolean {
	if (f.value === null) return false;
	const fk = factKind(f.unit);
	if (n.kind !== 'count' && fk !== n.kind) return false;
	if (n.kind === 'count' && n.unit) {
		if (fk !== 'count') return false;
		const g = COUNT_GROUPS.find((x) => x.includes(n.unit));
		if (g && f.unit && !g.includes(f.unit)) return false;
	}
	const fv = Math.abs(f.value) * (f.unit === '元' ? 1 / 10000 : 1);
	const tol = 0.5 * 10 ** -n.decimals + 1e-9;
	return Math.abs(fv - n.value) <= tol;
}

/** Each number of `text` with the facts it matches. */
export function groundText(text: string, facts: Fact[]): GroundedSpan[] {
	return findNumbers(text).map((n) => {
		const ids = facts.filter((f) => matches(n, f)).map((f) => f.id);
		return { ...n, fact_ids: ids, grounded: ids.length > 0 };
	});
}

/** The numbers of `text` no fact supports (empty = grounded). */
export function ungrounded(text: string, facts: Fact[]): GroundedSpan[] {
	return groundText(text, facts).filter((s) => !s.grounded);
}

/** Text split into plain and number segments, for highlighting. */
export function segments(text: string, facts: Fact[]): { text: string; span?: GroundedSpan }[] {
	const out: { text: string; span?: GroundedSpan }[] = [];
	let p = 0;
	for (const s of groundText(text, facts)) {
		if (s.start > p) out.push({ text: text.slice(p, s.start) });
		out.push({ text: text.slice(s.start, s.end), span: s });
		p = s.end;
	}
	if (p < text.length) out.push({ text: text.slice(p) });
	return out;
}

/* ------------------------------------------------------------------ placeholders */

export const PLACEHOLDER = /\{\{\s*fact\s*:\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Fact ids referenced by {{fact:id}} placeholders. */
export function placeholderIds(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** Replace {{fact:id}} by the fact's text; unknown ids are returned in `unknown`. */
export function fillPlaceholders(text: string, facts: Fact[]): { text: string; unknown: string[]; used: string[] } {
	const byId = new Map(facts.map((f) => [f.id, f]));
	const unknown: string[] = [];
	const used: string[] = [];
	const out = text.replace(PLACEHOLDER, (_m, id: string) => {
		const f = byId.get(id);
		if (!f) {
			unknown.push(id);
			return `{{未知数据:${id}}}`;
		}
		used.push(id);
		return f.text;
	});
	return { text: out, unknown, used };
}
