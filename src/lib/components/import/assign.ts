/**
 * The user fixes what the extractor missed: a figure the extractor found but could not place
 * (an `Unread` item) is assigned to a field of the record in two clicks. The figure becomes a
 * proper statement — a BudgetLine, SangongLine or StaffLine holding the number as written, its
 * unit (money in 万元, the written text and unit kept), the report's year and, as its quote, the
 * unread item's verbatim source text — so provenance holds and validation and the audit see it
 * like any other. It is marked as the user's (confidence 1, rule 'user') and can be undone: the
 * line is removed and the item returns to the unread list.
 *
 * Pure TypeScript (no Svelte): the import page calls these on its record.
 */
import { MONEY_FACTOR, parseNumber, toHalfWidth } from '$lib/text/normalize';
import { NUM } from '$lib/extract/numbers';
import type { FigureRef, Unread } from '$lib/extract';
import {
	type BudgetLine,
	type Figure,
	type Money,
	type MoneyUnit,
	type Report,
	type SangongItem,
	type SangongLine,
	type StaffLine
} from '$lib/schema/report';
import { tokens } from './fields';

/* ------------------------------------------------------------------ targets */

export type BudgetTargetId = 'budget.initial' | 'budget.adjusted' | 'budget.final' | 'income.total' | 'expenditure.basic' | 'expenditure.project' | 'income.fiscal';
export type SangongTargetId = `sangong.${SangongItem}.${'budget' | 'final'}`;
export type StaffTargetId = 'staff.authorized' | 'staff.actual' | 'staff.retired';
export type TargetId = BudgetTargetId | SangongTargetId | StaffTargetId | 'ignore';

export interface AssignTarget {
	id: TargetId;
	/** the short name on the menu */
	label: string;
	/** what the figure becomes, in full (tooltip and accessible name) */
	title: string;
	/** what it takes: an amount of money, a count of people, nothing (ignore) */
	takes: 'money' | 'count' | 'none';
}

type BudgetShape = Pick<BudgetLine, 'flow' | 'breakdown' | 'item' | 'scope' | 'stage'>;
const BUDGET: Record<BudgetTargetId, { label: string; title: string; line: BudgetShape }> = {
	'budget.initial': { label: '年初预算', title: '支出合计 · 年初预算', line: { flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'initial' } },
	'budget.adjusted': { label: '调整预算', title: '支出合计 · 调整预算', line: { flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'adjusted' } },
	'budget.final': { label: '决算支出', title: '支出合计 · 决算', line: { flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'final' } },
	'income.total': { label: '收入合计', title: '收入合计 · 决算', line: { flow: 'income', breakdown: 'total', item: '合计', scope: 'all', stage: 'final' } },
	'expenditure.basic': { label: '基本支出', title: '基本支出 · 决算', line: { flow: 'expenditure', breakdown: 'nature', item: '基本支出', scope: 'all', stage: 'final' } },
	'expenditure.project': { label: '项目支出', title: '项目支出 · 决算', line: { flow: 'expenditure', breakdown: 'nature', item: '项目支出', scope: 'all', stage: 'final' } },
	'income.fiscal': { label: '财政拨款收入', title: '财政拨款收入 · 决算', line: { flow: 'income', breakdown: 'source', item: '财政拨款收入', scope: 'fiscal', stage: 'final' } }
};

/** 三公 items in menu order. */
export const SANGONG_ITEMS: SangongItem[] = ['total', 'abroad', 'vehicle', 'vehicle_purchase', 'vehicle_operation', 'reception'];
/** the short name of a 三公 item on the menu */
export const SANGONG_SHORT: Record<SangongItem, string> = {
	total: '合计',
	abroad: '因公出国（境）费',
	vehicle: '公务用车购置及运行维护费',
	vehicle_purchase: '公务用车购置费',
	vehicle_operation: '公务用车运行维护费',
	reception: '公务接待费'
};

const STAFF: Record<StaffTargetId, { label: string; measure: StaffLine['measure'] }> = {
	'staff.authorized': { label: '编制数', measure: 'authorized' },
	'staff.actual': { label: '实有人数', measure: 'actual' },
	'staff.retired': { label: '离退休人数', measure: 'retired' }
};

const sangongTarget = (item: SangongItem, stage: 'budget' | 'final'): AssignTarget => ({
	id: `sangong.${item}.${stage}`,
	label: stage === 'budget' ? '预算' : '决算',
	title: `“三公”经费${stage === 'budget' ? '预算' : '决算'} · ${SANGONG_SHORT[item]}`,
	takes: 'money'
});

/** The menu: its sections and their targets, in order. */
export const MENU: Array<{ heading: string; targets: AssignTarget[]; grid?: 'sangong' }> = [
	{
		heading: '收支（金额）',
		targets: (Object.keys(BUDGET) as BudgetTargetId[]).map((id) => ({ id, label: BUDGET[id].label, title: BUDGET[id].title, takes: 'money' as const }))
	},
	{
		heading: '“三公”经费（金额）',
		grid: 'sangong',
		targets: SANGONG_ITEMS.flatMap((item) => [sangongTarget(item, 'budget'), sangongTarget(item, 'final')])
	},
	{
		heading: '人员（人数）',
		targets: (Object.keys(STAFF) as StaffTargetId[]).map((id) => ({ id, label: STAFF[id].label, title: `本级合计 · ${STAFF[id].label}`, takes: 'count' as const }))
	},
	{ heading: '其他', targets: [{ id: 'ignore', label: '其他／忽略', title: '不是记录中的数据，从未读取列表中移走', takes: 'none' }] }
];

export const TARGETS: AssignTarget[] = MENU.flatMap((s) => s.targets);
export const targetOf = (id: TargetId): AssignTarget | undefined => TARGETS.find((t) => t.id === id);

/* ------------------------------------------------------------------ the number of an item */

export interface Amount {
	/** the number exactly as written, e.g. "1,250.00" */
	text: string;
	/** the unit as written ('名' is counted as '人') */
	unit: MoneyUnit | '人';
	/** the number in `unit` */
	value: number;
}
export type AmountResult = { ok: true; amount: Amount } | { ok: false; message: string };

const AMOUNT_RE = new RegExp(String.raw`(?<![\d.])(${NUM})\s*(亿元|万元|元|人(?!次)|名)`, 'g');
const ANY_NUMBER_RE = new RegExp(String.raw`\d`);
const short = (s: string, n = 30) => {
	const t = s.replace(/\s+/g, ' ').trim();
	return t.length > n ? t.slice(0, n) + '…' : t;
};

/**
 * The figure an unread item states: the last number written with a unit of money or of people
 * (an item's text runs from its label to the amount, so the amount ends it).
 */
export function readAmount(u: Pick<Unread, 'text'>): AmountResult {
	const half = toHalfWidth(u.text); // same length: the indices hold in the text as written
	const hits = [...half.matchAll(AMOUNT_RE)];
	const h = hits[hits.length - 1];
	if (!h) {
		return {
			ok: false,
			message: ANY_NUMBER_RE.test(half)
				? `«${short(u.text)}» 中的数字没有写明单位（元、万元或人），无法确定它是多少，请在原文中核对`
				: `«${short(u.text)}» 中没有可以读出的数字`
		};
	}
	// a number run together with the cell before it ("100.00%10万元") or split ("968.191 8万元"):
	// which number is meant cannot be told, so none is guessed
	const before = half.slice(Math.max(0, h.index! - 2), h.index!);
	if (/%$|[\d.][ \t]$/.test(before)) {
		return { ok: false, message: `«${short(u.text.slice(Math.max(0, h.index! - 12), h.index! + h[0].length))}» 中的数字与前面的数字连在一起或中间断开，无法确定是多少，请在原文中核对` };
	}
	const text = u.text.slice(h.index!, h.index! + h[1].length);
	const value = parseNumber(text);
	if (!Number.isFinite(value)) return { ok: false, message: `«${short(text)}» 不是一个可以读出的数字` };
	const unit = h[2] === '名' ? '人' : (h[2] as Amount['unit']);
	return { ok: true, amount: { text, unit, value } };
}

/** "1,250.00 万元" */
export const amountLabel = (a: Amount) => `${a.text} ${a.unit}`;

/* ------------------------------------------------------------------ the statement */

export type Statement =
	| { array: 'budget'; line: BudgetLine }
	| { array: 'sangong'; line: SangongLine }
	| { array: 'staffing'; line: StaffLine };
export type StatementResult = ({ ok: true } & Statement) | { ok: false; message: string };

const cleanFloat = (x: number) => Number(x.toPrecision(12));

const validYear = (y: unknown): y is number => typeof y === 'number' && Number.isInteger(y) && y >= 2000 && y <= 2100;

/**
 * The statement an unread item becomes when assigned to `target`, for the report's year, or a
 * Chinese message saying why it cannot be (no number, a count for a money field or an amount for
 * a count, no year yet).
 */
export function buildStatement(u: Pick<Unread, 'text'>, target: TargetId, year: number | null | undefined): StatementResult {
	const t = targetOf(target);
	if (!t) return { ok: false, message: `未知的字段：${target}` };
	if (t.takes === 'none') return { ok: false, message: '“其他／忽略”不生成记录中的数据' };
	const read = readAmount(u);
	if (!read.ok) return read;
	const a = read.amount;
	if (t.takes === 'money' && a.unit === '人') {
		return { ok: false, message: `«${amountLabel(a)}» 是人数，不能归入金额字段「${t.title}」` };
	}
	if (t.takes === 'count' && a.unit !== '人') {
		return { ok: false, message: `«${amountLabel(a)}» 是一笔金额，不能归入人数字段「${t.label}」` };
	}
	if (t.takes === 'money' && !validYear(year)) {
		return { ok: false, message: '请先填写报告所属年度，再归入这笔金额（金额记在报告年度下）' };
	}
	if (t.takes === 'count') {
		const count: Figure = { value: a.value, unit: '人', text: a.text, quote: u.text };
		return { ok: true, array: 'staffing', line: { unit: '本级', category: '合计', measure: STAFF[target as StaffTargetId].measure, count } };
	}
	const unit = a.unit as MoneyUnit;
	const amount: Money = { wan: cleanFloat(a.value * MONEY_FACTOR[unit]), text: a.text, unit, quote: u.text };
	if (target.startsWith('sangong.')) {
		const [, item, stage] = target.split('.') as [string, SangongItem, 'budget' | 'final'];
		return { ok: true, array: 'sangong', line: { item, stage, scope: 'fiscal', year: year!, amount } };
	}
	const shape = BUDGET[target as BudgetTargetId].line;
	return { ok: true, array: 'budget', line: { ...shape, year: year!, amount } };
}

/* ------------------------------------------------------------------ assign and undo */

/** A figure the user placed: where it is in the record, and the unread item it came from. */
export interface AssignedFigure extends FigureRef {
	confidence: 1;
	rule: 'user';
	unread: Unread;
	target: TargetId;
}
export const isAssigned = (f: FigureRef): f is AssignedFigure => f.rule === 'user' && 'unread' in f;

export type AssignResult = { ok: true; figure: AssignedFigure } | { ok: false; message: string };

/**
 * Assign an unread item to a target: the statement is appended to its list in `report` (which is
 * changed in place) and the figure reference to show it is returned.
 */
export function assign(report: Report, u: Unread, target: TargetId): AssignResult {
	const s = buildStatement(u, target, report.fiscal_year);
	if (!s.ok) return s;
	const list = report[s.array] as unknown[];
	list.push(s.line);
	const path = `${s.array}[${list.length - 1}].${s.array === 'staffing' ? 'count' : 'amount'}`;
	return { ok: true, figure: { path, start: u.start, end: u.end, confidence: 1, rule: 'user', unread: u, target } };
}

/**
 * Undo an assignment: its line is removed from `report` (in place) and the figures are returned
 * without it, the paths after it in the same list renumbered. The item is pending again.
 */
export function unassign(report: Report, figures: FigureRef[], path: string): FigureRef[] {
	const f = figures.find((x) => x.path === path);
	if (!f || !isAssigned(f)) return figures;
	const [array, index] = tokens(path) as ['budget' | 'sangong' | 'staffing', number];
	(report[array] as unknown[]).splice(index, 1);
	const prefix = `${array}[`;
	return figures
		.filter((x) => x !== f)
		.map((x) => {
			if (!x.path.startsWith(prefix)) return x;
			const t = tokens(x.path);
			const i = t[1] as number;
			return i > index ? { ...x, path: `${array}[${i - 1}]${x.path.slice(`${array}[${i}]`.length)}` } : x;
		});
}

/** The unread items still to deal with: neither assigned nor set aside. */
export function pendingUnread(unread: Unread[], figures: FigureRef[], ignored: Unread[]): Unread[] {
	const taken = new Set<Unread>(ignored);
	for (const f of figures) if (isAssigned(f)) taken.add(f.unread);
	return unread.filter((u) => !taken.has(u));
}

/** The sentence an item stands in (up to 。；; or a line break either side), shortened; a long
 * item keeps its end, where the amount is. */
export function sentenceOf(source: string, start: number, end: number, max = 60): { before: string; text: string; after: string } {
	const stop = /[。；;\n]/;
	let s = start;
	while (s > 0 && !stop.test(source[s - 1]) && start - s < max) s--;
	let e = end;
	while (e < source.length && !stop.test(source[e]) && e - end < max) e++;
	if (e < source.length && source[e] !== '\n') e++;
	const before = source.slice(s, start).replace(/^\s+/, '');
	const after = source.slice(end, e).replace(/\s+$/, '');
	const text = source.slice(start, end);
	// a long item (a table flowed onto one line) ends with its amount: keep the end
	if (text.length > 2 * max) return { before: '', text: '…' + text.slice(-2 * max), after };
	return {
		before: (s > 0 && !stop.test(source[s - 1]) ? '…' : '') + before,
		text,
		after: after + (e < source.length && !stop.test(source[e - 1]) ? '…' : '')
	};
}
