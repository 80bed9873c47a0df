/**
 * Shared machinery of the audit: statements (a stated figure with its path, label and quote),
 * grouping of repeated statements into candidates, rounding tolerance, formatting, and the
 * finding builder. Pure TypeScript: runs in Node and in the browser.
 */
import type { Finding, FindingFigure, RuleId, Severity } from '../schema/finding';
import type { BudgetLine, Figure, Indicator, Money, Report, SangongLine } from '../schema/report';
import { DEPARTMENT_KINDS, FLOW_LABEL, SANGONG_LABEL, SCOPE_LABEL, STAGE_LABEL } from '../schema/report';
import { MONEY_FACTOR, normalizeNumbers, round } from '../text/normalize';

/* ------------------------------------------------------------------ statements */

/** One stated number of the report, ready to be compared and quoted. */
export type Stmt = {
	/** JSON path inside the record, e.g. "budget[3].amount" */
	path: string;
	label: string;
	/** value in `unit` (money in 万元); null only for a non-numeric figure (a grade) */
	value: number;
	unit: string;
	/** the number as written, with its written unit when that is not `unit` */
	text: string;
	quote: string;
	/** half a unit of the last written digit (money: at most 0.005 万元) */
	uncertainty: number;
	/** another reading of the same statement (a suspected unit typo), used by the sums */
	alt?: number;
	/** true when `value` is the alternative reading (then `stated` holds the recorded value) */
	isAlt?: boolean;
	stated?: number;
};

/** Decimals written in a number text ("863. 08" → 2, "42" → 0, "≥65" → 0). */
export function decimalsOf(text: string): number {
	const m = normalizeNumbers(text).match(/\d+(?:\.(\d+))?/);
	return m?.[1]?.length ?? 0;
}

export function moneyStmt(m: Money, path: string, label: string): Stmt {
	const d = decimalsOf(m.text);
	const written = 0.5 * 10 ** -d * MONEY_FACTOR[m.unit];
	return {
		path,
		label,
		value: m.wan,
		unit: '万元',
		text: m.unit === '万元' ? m.text : `${m.text}${m.unit}`,
		quote: m.quote,
		uncertainty: Math.min(0.005, written)
	};
}

export function figureStmt(f: Figure, path: string, label: string, unit = f.unit): Stmt {
	return {
		path,
		label,
		value: f.value,
		unit,
		text: f.text,
		quote: f.quote,
		uncertainty: 0.5 * 10 ** -decimalsOf(f.text)
	};
}

/** A statement, or a non-numeric figure (a grade) quoted beside the numbers. */
export type FigLike = Omit<Stmt, 'value'> & { value: number | null };

/** The figure as the record states it (an alternative reading is explained in the message). */
export function toFigure(s: FigLike): FindingFigure {
	return { label: s.label, value: s.isAlt ? s.stated! : s.value, unit: s.unit, text: s.text, quote: s.quote, path: s.path };
}

/* ------------------------------------------------------------------ labels */

/** The labels of the data model's enums (one definition, next to the zod enums). */
export { FLOW_LABEL, SCOPE_LABEL, STAGE_LABEL };

/** "部门整体" or "一般公共预算口径" */
export function scopeName(scope: keyof typeof SCOPE_LABEL): string {
	return scope === 'all' ? SCOPE_LABEL.all : `${SCOPE_LABEL[scope]}口径`;
}

export function budgetLabel(l: BudgetLine): string {
	const item = l.breakdown === 'project' && l.item === '合计' ? `${l.parent ?? '项目'}明细合计` : l.item;
	return `${frameName(l)}·${item}`;
}

export function sangongLabel(l: SangongLine): string {
	const scope = l.scope === 'all' ? '' : SCOPE_LABEL[l.scope];
	return `${l.year}年${scope}${SANGONG_LABEL[l.item]}（${STAGE_LABEL[l.stage]}）`;
}

/* ------------------------------------------------------------------ budget statements */

export type BudgetStmt = Stmt & { line: BudgetLine; index: number };

/** Key of "the same figure": every field that says what the number is. */
export function budgetKey(l: Pick<BudgetLine, 'flow' | 'breakdown' | 'item' | 'parent' | 'scope' | 'stage' | 'year'>): string {
	return [l.flow, l.breakdown, l.item, l.parent ?? '', l.scope, l.stage, l.year].join('|');
}

/** Key of the frame a line belongs to: the flow, scope, stage and year it cuts. */
export function frameKey(l: Pick<BudgetLine, 'flow' | 'scope' | 'stage' | 'year'>): string {
	return [l.flow, l.scope, l.stage, l.year].join('|');
}

export function budgetStmts(report: Report): BudgetStmt[] {
	return report.budget.map((line, index) => ({
		...moneyStmt(line.amount, `budget[${index}].amount`, budgetLabel(line)),
		line,
		index
	}));
}

/** Group items by a key, keeping first-seen order (deterministic). */
export function groupBy<T>(items: T[], key: (t: T) => string): Map<string, T[]> {
	const m = new Map<string, T[]>();
	for (const it of items) {
		const k = key(it);
		const g = m.get(k);
		if (g) g.push(it);
		else m.set(k, [it]);
	}
	return m;
}

/**
 * The candidate values of one repeated figure: one statement per distinct value, in the order
 * stated, plus the alternative reading of a suspected unit typo.
 */
export function candidates<T extends Stmt>(stmts: T[]): T[] {
	const out: T[] = [];
	for (const s of stmts) {
		if (!out.some((o) => Math.abs(o.value - s.value) < 1e-9)) out.push(s);
	}
	for (const s of stmts) {
		if (s.alt !== undefined && !out.some((o) => Math.abs(o.value - s.alt!) < 1e-9)) {
			out.push({ ...s, value: s.alt, isAlt: true, stated: s.value });
		}
	}
	return out;
}

/**
 * The choice of one candidate per group that brings `diff` closest to zero. A figure stated
 * twice is consistent with an identity when any of its statements is; when none is, the
 * finding reports the smallest discrepancy.
 */
export function bestChoice<T extends Stmt>(groups: T[][], diff: (pick: T[]) => number): { pick: T[]; diff: number } {
	let size = 1;
	for (const g of groups) size *= Math.max(1, g.length);
	const gs = size > 4096 ? groups.map((g) => g.slice(0, 1)) : groups;
	let best: { pick: T[]; diff: number } | undefined;
	const pick: T[] = [];
	const rec = (i: number) => {
		if (i === gs.length) {
			const d = diff(pick);
			if (!best || Math.abs(d) < Math.abs(best.diff) - 1e-12) best = { pick: [...pick], diff: d };
			return;
		}
		for (const c of gs[i]) {
			pick.push(c);
			rec(i + 1);
			pick.pop();
		}
	};
	rec(0);
	return best!;
}

/* ------------------------------------------------------------------ tolerance */

const EPS = 1e-9;

/** Tolerance of a sum of money terms: ±0.01 万元 per summed term. */
export function sumTolerance(terms: number): number {
	return round(0.01 * Math.max(1, terms), 2);
}

export function withinMoney(diff: number, terms: number): boolean {
	return Math.abs(diff) <= sumTolerance(terms) + EPS;
}

/** Truncate toward zero at `d` decimals (for non-negative x). */
export function trunc(x: number, d: number): number {
	const f = 10 ** d;
	return Math.floor(x * f + 1e-7) / f;
}

/**
 * Range [lo, hi] of f over the box of its inputs ± their uncertainty (corners; f monotone in
 * each input, as sums, ratios and changes are).
 */
export function interval(f: (xs: number[]) => number, xs: { value: number; uncertainty: number }[]): [number, number] {
	let lo = Infinity;
	let hi = -Infinity;
	const n = xs.length;
	for (let mask = 0; mask < 1 << n; mask++) {
		const v = f(xs.map((x, i) => x.value + ((mask >> i) & 1 ? x.uncertainty : -x.uncertainty)));
		if (!Number.isFinite(v)) continue;
		lo = Math.min(lo, v);
		hi = Math.max(hi, v);
	}
	const mid = f(xs.map((x) => x.value));
	if (Number.isFinite(mid)) {
		lo = Math.min(lo, mid);
		hi = Math.max(hi, mid);
	}
	return [lo, hi];
}

/**
 * Does a stated percentage (non-negative, written with `d` decimals) agree with a computed one
 * known to lie in [lo, hi]? Rounded or truncated to the written precision, ±0.01 point.
 */
export function pctAgrees(stated: number, lo: number, hi: number, d: number): boolean {
	if (!Number.isFinite(lo) || !Number.isFinite(hi)) return true;
	const a = Math.max(0, Math.min(lo, hi));
	const b = Math.max(lo, hi);
	return stated >= trunc(a, d) - 0.01 - EPS && stated <= round(b, d) + 0.01 + EPS;
}

/** A percentage written as a fraction (0.13 for 12.70%): agrees with the computed value ÷ 100. */
export function pctIsFraction(stated: number, lo: number, hi: number, d: number): boolean {
	if (hi < 1 || stated >= 1 || stated <= 0) return false;
	const a = Math.max(0, Math.min(lo, hi)) / 100;
	const b = Math.max(lo, hi) / 100;
	return stated >= trunc(a, d) - EPS && stated <= round(b, d) + EPS;
}

/* ------------------------------------------------------------------ formatting */

export function fmtMoney(x: number): string {
	const r = round(x, 2);
	return (Object.is(r, -0) ? 0 : r).toFixed(2);
}

export function fmtNum(x: number, d = 2): string {
	const r = round(x, d);
	const s = (Object.is(r, -0) ? 0 : r).toFixed(d);
	return d > 0 ? s.replace(/\.?0+$/, '') : s;
}

export function fmtPct(x: number, d = 2): string {
	return `${round(x, d).toFixed(d)}%`;
}

/** A stated percentage as written, with one % sign whether or not the text carries it ("100%" and "48.92" alike). */
export function statedPct(text: string): string {
	return `${text.trim().replace(/\s*[%％]$/, '')}%`;
}

/* ------------------------------------------------------------------ findings */

export type AuditContext = { report: Report; budget: BudgetStmt[] };

/**
 * The whole of a project record's money is the project's: its frames read "2022年项目支出（决算）",
 * not "2022年部门整体支出（决算）" (frameName names scope 'all' 部门整体, right for a department's
 * report). Only that generated phrase is reworded, never a name quoted from the report.
 */
function ownerWording(report: Report): (text: string) => string {
	if ((DEPARTMENT_KINDS as readonly string[]).includes(report.kind)) return (t) => t;
	const frame = new RegExp(`(\\d{4}年)${SCOPE_LABEL.all}(${Object.values(FLOW_LABEL).join('|')})`, 'g');
	return (t) => t.replace(frame, '$1项目$2');
}

export function makeFinding(
	ctx: AuditContext,
	f: {
		rule: RuleId;
		severity: Severity;
		title: string;
		message: string;
		figures: FigLike[];
		expected: number | string | null;
		stated: number | string | null;
		unit: string;
		tolerance?: number;
		decimals?: number;
	}
): Finding {
	const d = f.decimals ?? 2;
	const num = (v: number | string | null) => (typeof v === 'number' ? round(v, d) : v);
	const expected = num(f.expected);
	const stated = num(f.stated);
	const difference =
		typeof f.expected === 'number' && typeof f.stated === 'number' ? round(f.stated - f.expected, d) : null;
	const seen = new Set<string>();
	const figures = f.figures.filter((s) => {
		const k = `${s.path}|${s.value}`;
		if (seen.has(k)) return false;
		seen.add(k);
		return true;
	});
	const own = ownerWording(ctx.report);
	const out: Finding = {
		id: `${f.rule}:${figures.map((s) => s.path).join('+')}`,
		rule: f.rule,
		severity: f.severity,
		report_id: ctx.report.id,
		title: own(f.title),
		message: own(f.message),
		figures: figures.map(toFigure).map((g) => ({ ...g, label: own(g.label) })),
		expected,
		stated,
		difference: difference === null ? null : Object.is(difference, -0) ? 0 : difference,
		unit: f.unit
	};
	if (f.tolerance !== undefined) out.tolerance = round(f.tolerance, 4);
	return out;
}

/** "甲 1.00 万元、乙 2.00 万元" */
export function listMoney(stmts: Stmt[]): string {
	return stmts.map(moneyPhrase).join('、');
}

/** "基本支出 526.47 万元" (an alternative reading says so). */
export function moneyPhrase(s: Stmt): string {
	const alt = s.isAlt ? `（原文写作“${s.text}”，按万元读）` : '';
	return `${shortLabel(s)} ${fmtMoney(s.value)} 万元${alt}`;
}

/** "a + b + c" of the values, money format. */
export function plusList(stmts: Stmt[]): string {
	return stmts.map((s) => fmtMoney(s.value)).join(' + ');
}

/** The item part of a label ("…·基本支出" → "基本支出"). */
export function shortLabel(s: Stmt): string {
	const i = s.label.lastIndexOf('·');
	return i >= 0 ? s.label.slice(i + 1) : s.label;
}

/** "2024年部门整体支出（决算）" */
export function frameName(l: Pick<BudgetLine, 'flow' | 'scope' | 'stage' | 'year'>): string {
	return `${l.year}年${scopeName(l.scope)}${FLOW_LABEL[l.flow]}（${STAGE_LABEL[l.stage]}）`;
}

/* ------------------------------------------------------------------ suspected unit typos */

/** Lines of the same list: same frame, same breakdown, same parent. */
export function siblingKey(l: BudgetLine): string {
	return `${frameKey(l)}|${l.breakdown}|${l.parent ?? ''}`;
}

function median(xs: number[]): number {
	const s = [...xs].sort((a, b) => a - b);
	const m = s.length >> 1;
	return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

/**
 * Mark amounts written in 元 inside a list of 万元 amounts that are implausibly small (less
 * than a thousandth of the list's median) while the same number read as 万元 fits the list:
 * `alt` holds that reading. Needs at least two 万元 siblings. Returns the marked statements.
 */
export function markUnitTypos(budget: BudgetStmt[]): BudgetStmt[] {
	const marked: BudgetStmt[] = [];
	for (const group of groupBy(budget, (s) => siblingKey(s.line)).values()) {
		const wan = group.filter((s) => s.line.amount.unit === '万元' && s.value > 0).map((s) => s.value);
		if (wan.length < 2) continue;
		const m = median(wan);
		for (const s of group) {
			if (s.line.amount.unit !== '元' || s.value <= 0 || s.line.item === '合计') continue;
			const asWan = s.value / MONEY_FACTOR['元'];
			if (s.value < m / 1000 && asWan >= m / 1000 && asWan <= m * 1000) {
				s.alt = round(asWan, 6);
				marked.push(s);
			}
		}
	}
	return marked;
}

/* ------------------------------------------------------------------ 三公 and indicators */

export type SgStmt = Stmt & { line: SangongLine };

export function sangongStmts(report: Report): SgStmt[] {
	return report.sangong.flatMap((line, i) =>
		line.amount ? [{ ...moneyStmt(line.amount, `sangong[${i}].amount`, sangongLabel(line)), line }] : []
	);
}

/** All indicators of the report with their JSON paths. */
export function allIndicators(report: Report): { ind: Indicator; path: string }[] {
	return [
		...report.indicators.map((ind, i) => ({ ind, path: `indicators[${i}]` })),
		...report.tasks.flatMap((t, i) => (t.indicators ?? []).map((ind, j) => ({ ind, path: `tasks[${i}].indicators[${j}]` })))
	];
}

