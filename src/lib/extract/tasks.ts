/**
 * Key tasks (重点工作任务) and work plans: from a section's enumerations ("一是…，完成率
 * 100%。", "1.…。2.…。") and from task tables (年度重点工作任务 | 主要实施内容 | 关键性指标 |
 * 实现值; 序号 | 名称 | 主要实施内容 | 实际完成情况).
 */
import type { Indicator, Task } from '../schema/report';
import type { Ctx, Env } from './context';
import { NUM } from './numbers';
import { filled, key, tablesWithPiped, type Cell, type Row, type Table } from './tables';
import { splitInlineNumbers, splitOrdinals, type Piece } from './narrative';
import { indicatorFromCells, type IndicatorResult } from './indicators';
import { simplifyText } from '../text/simplified';

const COMPLETION = new RegExp(String.raw`[，,]?\s*完成率\s*(?:为|达)?\s*(${NUM})\s*[%％]`);

/** Name of a task: its first sentence when short, else its first clause. */
function nameOf(body: string): string {
	const first = body.match(/^[^。！？!?]+/)?.[0] ?? body;
	if (first.length <= 50) return first.trim();
	return (body.match(/^[^，,；;。]+/)?.[0] ?? body).trim();
}

function fromPiece(ctx: Ctx, body: Piece, quoteStart: number): Task {
	const { span } = body;
	let b = body.b;
	const text = span.text.slice(body.a, b);
	const norm = span.norm.slice(body.a, b);
	const q: [number, number] = [quoteStart, span.map[b - 1] + 1];
	const comp = norm.match(COMPLETION);
	if (comp) {
		// name，actual，完成率 X%
		const before = text.slice(0, comp.index!);
		const name = (before.match(/^[^，,；;]+/)?.[0] ?? before).trim();
		const actual = before.slice(name.length).replace(/^[，,；;\s]+/, '').trim();
		const numAt = body.a + comp.index! + comp[0].lastIndexOf(comp[1]);
		// the completion's quote: the clause before it and the rate
		let cs = body.a + comp.index!;
		let k = cs - 1;
		while (k > body.a && !/[，,；;]/.test(span.norm[k - 1])) k--;
		cs = k;
		const compEnd = body.a + comp.index! + comp[0].length;
		const completion = ctx.figure(span.text.slice(numAt, numAt + comp[1].length), '%', span.map[cs], span.map[compEnd - 1] + 1, 0.85, 'tasks.completion');
		const t: Task = { kind: 'key', name, ...(actual ? { actual } : {}), completion, quote: ctx.quote(q[0], q[1]) };
		return ctx.mark(t, q[0], q[1], 0.8, 'tasks.prose');
	}
	const name = nameOf(text);
	const t: Task = { kind: 'key', name, quote: ctx.quote(q[0], q[1]) };
	const rest = text.slice(name.length).replace(/^[。！？!?]/, '').trim();
	if (rest) t.content = text.trim();
	return ctx.mark(t, q[0], q[1], 0.75, 'tasks.prose');
}

function fromSection(ctx: Ctx): Task[] {
	const sec = ctx.findSection(/重点工作(任务)?|年度(总体)?工作(任务|计划)?/, /完成情况|分析|绩效目标/);
	if (!sec) return [];
	const out: Task[] = [];
	for (const p of ctx.parasIn(sec)) {
		if (p.heading || p.lines[0] <= sec.line) continue;
		const whole: Piece = { span: p.span, a: 0, b: p.span.text.length };
		const parts = splitOrdinals(whole) ?? splitInlineNumbers(whole);
		if (!parts) continue;
		for (const { marker, body } of parts) {
			const withMarker = /^\d/.test(p.span.norm.slice(marker.a, marker.b).trim());
			out.push(fromPiece(ctx, body, withMarker ? p.span.map[marker.a] : p.span.map[body.a]));
		}
	}
	return out;
}

/* ------------------------------------------------------------------ task tables */

interface Cols {
	name: number;
	content?: number;
	actual?: number;
	indicator?: number;
	value?: number;
}

function headerCols(row: Row): Cols | undefined {
	const k = row.cells.map(key);
	const name = k.findIndex((h) => /^(年度)?(重点)?工作任务$|^任务名称$|^名称$|^工作任务$/.test(h));
	if (name < 0) return undefined;
	const find = (re: RegExp) => {
		const i = k.findIndex((h, j) => j !== name && re.test(h));
		return i >= 0 ? i : undefined;
	};
	const cols: Cols = { name, content: find(/主要(实施)?内容|工作内容|实施内容/), actual: find(/(实际)?完成情况/), indicator: find(/关键性?指标|绩效指标/), value: find(/实现值|指标值|目标值/) };
	if (cols.content === undefined && cols.actual === undefined && cols.indicator === undefined) return undefined;
	return cols;
}

/** Header-like rows of other blocks end a task block. */
const OTHER_HEADER = /^(绩效指标|一级指标|预算整体情况|总体绩效目标|基本信息|年度总体目标|总体目标|年度绩效目标|年度绩效指标)$/;

function fromTables(ctx: Ctx, env: Env, ind: IndicatorResult): Task[] {
	const out: Task[] = [];
	for (const t of tablesWithPiped(ctx)) {
		let cols: Cols | undefined;
		let cur: Task | undefined;
		// a work plan (工作计划) lists one task a row; the task's name cell spans its rows
		const caption = ctx.lines
			.slice(Math.max(0, t.firstLine - 6), t.firstLine)
			.map((l) => l.span.norm)
			.join('');
		const plan = /工作计划|工作要点/.test(caption) && !/重点工作任务/.test(caption.slice(caption.lastIndexOf('表')));
		let carried = '';
		let curStart = 0;
		let curEnd = 0;
		const finish = () => {
			if (cur) {
				cur.quote = ctx.quote(curStart, curEnd);
				ctx.mark(cur, curStart, curEnd, 0.85, 'tasks.table');
				out.push(cur);
			}
			cur = undefined;
		};
		for (const row of t.rows) {
			const h = headerCols(row);
			if (h) {
				cols = h;
				continue;
			}
			if (!cols) continue;
			if (row.cells.some((c) => OTHER_HEADER.test(key(c)))) {
				finish();
				cols = undefined;
				continue;
			}
			const cell = (i: number | undefined): Cell | undefined => (i === undefined ? undefined : row.cells[i]);
			const nameCell = cell(cols.name);
			if (plan && cols.indicator === undefined) {
				// one task a row, the name carried down from the row that states it
				const content = cell(cols.content);
				if (nameCell?.text) carried = nameCell.text;
				if (!carried || !content?.text) continue;
				finish();
				const first = row.cells.find((c) => c.text) ?? content;
				cur = { kind: 'plan', name: carried, content: content.text, quote: '' };
				curStart = first.start;
				curEnd = content.end;
				continue;
			}
			if (nameCell?.text && !/^\d+$/.test(nameCell.text)) {
				finish();
				cur = { kind: 'key', name: nameCell.text, quote: '' };
				curStart = nameCell.start;
				curEnd = nameCell.end;
				const content = cell(cols.content);
				if (content?.text) {
					cur.content = content.text;
					curEnd = content.end;
				}
				const actual = cell(cols.actual);
				if (actual?.text) {
					cur.actual = actual.text;
					curEnd = actual.end;
				}
			}
			if (cur && cols.indicator !== undefined) {
				const ic = cell(cols.indicator);
				const vc = cell(cols.value);
				if (ic?.text) {
					const indicator = indicatorFromCells(ctx, ic, vc, ind, row);
					if (indicator) (cur.indicators ??= []).push(indicator);
				}
			}
		}
		finish();
	}
	return out;
}

export function readTasks(ctx: Ctx, env: Env, ind: IndicatorResult): Task[] {
	const tables = fromTables(ctx, env, ind);
	const tasks = tables.length ? tables : fromSection(ctx);
	// key tasks first, then the work plan
	return [...tasks.filter((t) => t.kind === 'key'), ...tasks.filter((t) => t.kind === 'plan')];
}

export type { Indicator };
export { filled };
export type { Table };

/**
 * A numbered list of tasks after its label, wherever the layout put it: on lines of their own,
 * one cell a line beside the label (Hunan cover tables: "年度主要工作内容 | 1.… 2.…"), or run
 * together on one line (PDF text). Serves 年度总体工作和重点工作任务 (key tasks), 年度主要工作内容
 * and 年度工作计划 (plans), 主要目标任务 (key). Items are numbered 1、 or 1. in sequence; a
 * repeated number (a typo in the source) continues the list.
 */
export function readTaskList(ctx: Ctx): Task[] {
	const head = ctx.src.slice(0, 30000);
	// (matched simplified: a report in traditional characters names its tasks the same way; same length)
	const norm = simplifyText(head.replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0)));
	const anchor = norm.match(/(重\s*点\s*工\s*作\s*任\s*务|主\s*要\s*工\s*作\s*内\s*容|主\s*要\s*目\s*标\s*任\s*务|年\s*度\s*工\s*作\s*计\s*划|目标任务)\s*(为|是|如下)?\s*[:：]?/);
	if (!anchor) return [];
	const kind: Task['kind'] = /重\s*点|目\s*标\s*任\s*务/.test(anchor[1]) ? 'key' : 'plan';
	const from = anchor.index! + anchor[0].length;
	const out: Task[] = [];
	const marker = /(?:^|(?<=[。；;\s]))(\d{1,2})\s*[、.．](?!\d)\s*/g;
	marker.lastIndex = from;
	let expect = 1;
	let cur: { n: number; start: number; body: number } | undefined;
	const close = (end: number) => {
		if (!cur) return;
		let e = end;
		while (e > cur.body && /\s/.test(head[e - 1])) e--;
		const text = head.slice(cur.body, e);
		const name = text.replace(/\s+/g, '').replace(/[。；;，,]+$/, '');
		if (name.length >= 4 && name.length <= 80) out.push(ctx.mark({ kind, name, quote: ctx.quote(cur.start, e) } as Task, cur.start, e, 0.7, 'tasks.list'));
	};
	for (let m = marker.exec(norm); m; m = marker.exec(norm)) {
		const n = Number(m[1]);
		// the list ends at a gap of text that is not an item, or a chapter marker
		const gap = norm.slice(cur ? cur.body : from, m.index);
		if (!cur && m.index - from > 40) break;
		if (cur && /(^|\n|\s)([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])/.test(gap)) break;
		if (n !== expect && !(cur && n === cur.n)) {
			if (cur) break;
			continue;
		}
		close(m.index);
		cur = { n, start: m.index, body: m.index + m[0].length };
		expect = n + 1;
	}
	if (cur) {
		// the last item runs to its sentence end
		const rest = norm.slice(cur.body);
		const end = rest.search(/[。；;]|\n\s*\n|\s{2,}|[(（][一二三四五六七八九十]{1,3}[)）]|[一二三四五六七八九十]{1,3}、/);
		close(cur.body + (end < 0 ? rest.length : end + (/[。；;]/.test(rest[end] ?? '') ? 1 : 0)));
	}
	return out.length >= 2 ? out : [];
}
