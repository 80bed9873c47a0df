/**
 * Display formatting, as the reports write it: money in 万元 (亿元 for large totals),
 * percentages with two decimals, and 未披露 for a figure the report does not state.
 */
export const NOT_DISCLOSED = '未披露';

/** Any cell: a number is formatted, anything else (NULL, text) is 未披露. */
type Num = unknown;
const isNum = (v: Num): v is number => typeof v === 'number' && Number.isFinite(v);

/** One minus sign everywhere a number is shown: U+2212, as `signed` writes it (never the ASCII hyphen). */
export const MINUS = '\u2212';
const minus = (s: string) => s.replace(/^-/, MINUS);

const fmt = (v: number, digits: number) =>
	minus(v.toLocaleString('zh-CN', { minimumFractionDigits: digits, maximumFractionDigits: digits }));

/** 万元 figure → "771.95 万元"; ≥ 10,000 万元 → "1.23 亿元". */
export function money(v: Num, opts: { unit?: boolean; yi?: boolean } = {}): string {
	if (!isNum(v)) return NOT_DISCLOSED;
	const unit = opts.unit ?? true;
	if ((opts.yi ?? true) && Math.abs(v) >= 10000) return `${fmt(v / 10000, 2)}${unit ? ' 亿元' : ''}`;
	return `${fmt(v, 2)}${unit ? ' 万元' : ''}`;
}

/** Percentage value (already ×100) → "22.44%". */
export function pct(v: Num, digits = 2): string {
	return isNum(v) ? `${fmt(v, digits)}%` : NOT_DISCLOSED;
}

/** A plain number ("97", "99.8"). */
export function num(v: Num, digits?: number): string {
	if (!isNum(v)) return NOT_DISCLOSED;
	return digits === undefined ? minus(String(v)) : fmt(v, digits);
}

/** A score (自评得分, 分值, 得分), always two decimals so a column reads alike: "99.80", "97.00", "88.53". */
export function score(v: Num): string {
	return isNum(v) ? fmt(v, 2) : NOT_DISCLOSED;
}

/** Signed change, e.g. "−91.13 万元" / "+5.00%" / "−4.26 个百分点" / "+1.42 分". */
export function signed(v: Num, kind: 'money' | 'pct' | 'points' | 'score' = 'money'): string {
	if (!isNum(v)) return NOT_DISCLOSED;
	const s = v > 0 ? '+' : v < 0 ? '−' : '';
	const a = Math.abs(v);
	return s + (kind === 'money' ? money(a) : kind === 'pct' ? pct(a) : kind === 'points' ? `${fmt(a, 2)} 个百分点` : `${fmt(a, 2)} 分`);
}

/** An ISO timestamp in the reader's own time zone (or `timeZone`), e.g. "2026/11/30 07:05". */
export function localTime(iso: string, timeZone?: string): string {
	const d = new Date(iso);
	if (Number.isNaN(d.getTime())) return iso;
	return d.toLocaleString('zh-CN', { year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false, ...(timeZone ? { timeZone } : {}) });
}

/**
 * A target (or any value) as written, with its unit when the text is a bare number: a table that
 * keeps the unit in its own column (“≥ | 95 | %”, 井研县马踏镇 2023) stores the text “95” and the unit
 * “%” → “95%”; “≥90%”, “214人”, “长期” are shown as written. Not stated → 未披露.
 */
export function withUnit(text: string | null | undefined, unit: string | null | undefined): string {
	if (text === null || text === undefined || text.trim() === '') return NOT_DISCLOSED;
	const t = text.trim();
	if (!unit || !/^[≥≤><=≅＞＜＝\s]*[\d.,]+$/.test(t) || t.endsWith(unit)) return t;
	return `${t}${unit}`;
}
