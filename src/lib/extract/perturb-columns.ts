/**
 * Column perturbation: the same indicator, budget and score tables re-rendered with the header
 * wordings, column order and optional columns other real templates use, so the extractor can be
 * scored on whether it reads a column by what its header means rather than by one template's
 * wording or one column order.
 *
 * Pure and deterministic. Tables are parsed by their cell markers (perturb.ts: " | ", tabs, one
 * cell a line ending " |"), never with the extractor's readers, and written back in the layout
 * they came in; prose lines stay as they are. A header row is a row of at least three cells this
 * file's own vocabulary names (WORDINGS), one of them a value column.
 *
 * - `synonyms`: every header cell named in WORDINGS is written in another wording of the same
 *   column (指标值 → 年度目标值, 实际完成值 → 全年实际值, 分值 → 标准分, 得分 → 评分, 全年预算数 →
 *   调整后预算数 …); a suffix the cell carries ("(A)", "(万元)") is kept.
 * - `reorder`: two value columns of a header row swapped with their cells in every row under it
 *   (分值 ↔ 指标值, else 得分 ↔ 实际完成值, else 分值 ↔ 得分, else 全年预算数 ↔ 全年执行数).
 * - `drop`: the optional columns (偏差原因 / 未完成原因, 备注 / 指标解释, 计量单位, 指标性质) removed with their cells;
 *   the unit is written after the target and actual figures and an operator before the target,
 *   as templates without those columns write them, so no value is lost.
 *
 * A table a blank line broke goes on under the same header. Rows under a header whose merged
 * cells were lost in conversion are shorter: they are aligned to
 * the header from the right (the lost cells are the label columns on the left). A block whose rows
 * do not fit so (a row longer than the header, or missing a value column) is left as written, and
 * so is a block under a header of two rows.
 */
import { scoreDocument, totals, type DocScore, type GoldDoc } from './evaluate';
import { cleanCell, parseSegments, renderText, type Row, type Segment } from './perturb';
import { valuesOnly } from './perturb-text';

export type ColumnPerturbation = 'synonyms' | 'reorder' | 'drop';
export const COLUMN_PERTURBATIONS: ColumnPerturbation[] = ['synonyms', 'reorder', 'drop'];

export type Role = 'l1' | 'l2' | 'name' | 'target' | 'actual' | 'max' | 'score' | 'reason' | 'note' | 'initial' | 'adjusted' | 'final' | 'unit' | 'op';

/**
 * Header wordings per column, the perturbation's own list (not the extractor's): gathered from
 * the header rows of the corpus's delimited tables and the national templates (项目支出绩效自评表,
 * 绩效目标申报表, 部门整体支出绩效自评表). The first is the wording most templates use.
 * 预算数 and 年度预算数 alone are left out: a template may mean the initial or the adjusted budget
 * by them (Hubei's 预算数(A) is the adjusted total), so no wording of a stage is swapped for them.
 */
export const WORDINGS: Record<Role, string[]> = {
	l1: ['一级指标', '一级'],
	l2: ['二级指标', '二级'],
	name: ['三级指标', '指标名称', '绩效指标', '三级指标名称'],
	target: ['指标值', '年度指标值', '目标值', '年度目标值', '预期指标值', '年初目标值'],
	actual: ['实际完成值', '全年实际值', '完成值', '实际值', '实际完成情况', '全年实际完成值'],
	max: ['分值', '权重', '标准分'],
	score: ['得分', '评分', '自评得分', '评价得分'],
	reason: ['偏差原因分析及改进措施', '未完成原因和改进措施', '未完成原因分析', '未完成原因及拟采取的改进措施', '偏差大或目标未完成原因分析'],
	initial: ['年初预算数', '年初预算'],
	adjusted: ['全年预算数', '调整后预算数', '全年预算', '调整预算数'],
	final: ['全年执行数', '实际执行数', '执行数', '实际支出', '预算执行数'],
	note: ['备注', '指标解释', '指标值内容', '指标说明'],
	unit: ['计量单位', '度量单位'],
	op: ['指标性质', '指标值类型', '指标方向']
};

const VALUE_ROLES: Role[] = ['target', 'actual', 'max', 'score', 'initial', 'adjusted', 'final'];
const KEY_ROLES: Role[] = ['l1', 'l2', 'name'];
/** the pairs `reorder` swaps, first present first */
const SWAPS: Array<[Role, Role]> = [
	['max', 'target'],
	['score', 'actual'],
	['max', 'score'],
	['adjusted', 'final'],
	['initial', 'final']
];
const OPTIONAL: Role[] = ['reason', 'note', 'unit', 'op'];

/** A header cell's text: its wording and a bracketed suffix ("全年预算数(A)" → 全年预算数, "(A)"). */
function splitHeader(cell: string): { word: string; suffix: string } {
	const k = cleanCell(cell).replace(/\s+/g, '').replace(/（/g, '(').replace(/）/g, ')');
	const m = k.match(/^(.*?)(\([^()]*\))?$/)!;
	return { word: m[1], suffix: m[2] ?? '' };
}

function roleOf(cell: string): Role | undefined {
	const { word } = splitHeader(cell);
	for (const r of Object.keys(WORDINGS) as Role[]) if (WORDINGS[r].includes(word)) return r;
	return undefined;
}

/** The roles of a header row's cells, or undefined when the row is no header of a value table. */
export function headerRoles(row: Row): Array<Role | undefined> | undefined {
	const roles = row.cells.map(roleOf);
	const named = roles.filter(Boolean) as Role[];
	if (named.length < 3 || !named.some((r) => VALUE_ROLES.includes(r))) return undefined;
	// (each column once; notes may be several: 指标值内容 | 备注)
	const once = named.filter((r) => r !== 'note');
	if (new Set(once).size < once.length) return undefined;
	return roles;
}

/** A cell rewritten to hold `text`, keeping the bars and spaces around what it held. */
function rewrite(cell: string, text: string): string {
	const m = cell.match(/^(\s*)(.*?)(\s*\|*\s*)$/s)!;
	if (m[2]) return m[1] + text + m[3];
	// (an empty cell: the bars after it are the empty cells that follow)
	return m[3].trim() && text ? `${text} ${m[3].trim()}` : text || m[3];
}

/** The next wording of a role after the one written (a column written otherwise), keeping the suffix. */
function synonym(cell: string, role: Role, turn: number): string {
	const { word, suffix } = splitHeader(cell);
	const alts = WORDINGS[role].filter((w) => w !== word);
	if (!alts.length) return cell;
	return rewrite(cell, alts[turn % alts.length] + suffix);
}

interface Block {
	header: number;
	/** rows under the header, up to the next header or the first row that does not fit */
	rows: number[];
	roles: Array<Role | undefined>;
}

/** Header blocks of a table: the header row and the rows under it that fit its columns. */
function blocks(rows: Row[]): Block[] {
	const out: Block[] = [];
	for (let i = 0; i < rows.length; i++) {
		const roles = headerRoles(rows[i]);
		if (!roles) continue;
		const b: Block = { header: i, rows: [], roles };
		for (let j = i + 1; j < rows.length && !headerRoles(rows[j]); j++) b.rows.push(j);
		out.push(b);
	}
	return out;
}

/** A row's width: its cells without the bars-only padding a pipe row ends with ("|||||"). */
function width(r: Row): number {
	let n = r.cells.length;
	while (n > 0 && /^\|+$/.test(r.cells[n - 1].trim())) n--;
	return n;
}

/** Columns of points and money: a row whose cell under one is no number does not line up with the header. */
const NUMBER_ROLES: Role[] = ['max', 'score', 'initial', 'adjusted', 'final'];

/** A cell under a value column that is no value: a level's name, or a header's. */
const labelCell = (c: string | undefined) => c !== undefined && (/指标$/.test(cleanCell(c).replace(/\s+/g, '')) || !!roleOf(c));

/**
 * The rows of a block that line up with its header from the right, each holding the given
 * columns: up to a 总分 / 合计 row or a note of one cell under the table. None when another row
 * does not fit (a row broken over two lines, a level name under a value column), and none under a
 * header of two rows (a sub-header of role words first): such a table is left as written.
 */
function fitting(rows: Row[], b: Block, cols: number[]): number[] {
	const h = width(rows[b.header]);
	const out: number[] = [];
	for (const j of b.rows) {
		const r = rows[j];
		const w = width(r);
		const first = cleanCell(r.cells[0] ?? '').replace(/\s+/g, '');
		const shift = h - w;
		const total = /^(总分|合计|总计)$/.test(first);
		// (a total row written short, "总分 | 100 | 95", lines up with no column: the block ends there)
		if ((total && shift > 0) || w <= 1) break;
		if (shift < 0 || cols.some((c) => c - shift < 0 || labelCell(r.cells[c - shift]) || (NUMBER_ROLES.includes(b.roles[c]!) && !/^([-+]?\d+(\.\d+)?%?|[/\-—无])?$/.test(core(r.cells[c - shift]).replace(/\s+/g, ''))))) return [];
		out.push(j);
	}
	return out;
}

/** The cell of row `r` under header column `c` (aligned from the right). */
const at = (rows: Row[], b: Block, r: number, c: number) => c - (width(rows[b.header]) - width(rows[r]));

/** A cell's text without the spaces and bars around it. */
const core = (cell: string) => cell.match(/^(\s*)(.*?)(\s*\|*\s*)$/s)![2];

/** Two cells' texts exchanged, each cell keeping the bars and spaces around it. */
function swapCells(cells: string[], a: number, c: number) {
	const [x, y] = [core(cells[a]), core(cells[c])];
	cells[a] = rewrite(cells[a], y);
	cells[c] = rewrite(cells[c], x);
}

function applyBlock(rows: Row[], b: Block, p: ColumnPerturbation, turn: { n: number }, only?: Role[]): boolean {
	const head = rows[b.header];
	if (p === 'synonyms') {
		head.cells = head.cells.map((c, i) => (b.roles[i] && (!only || only.includes(b.roles[i]!)) ? synonym(c, b.roles[i]!, turn.n++) : c));
		return true;
	}
	const col = (r: Role) => b.roles.indexOf(r);
	if (p === 'reorder') {
		const pair = SWAPS.find(([x, y]) => col(x) >= 0 && col(y) >= 0);
		if (!pair) return false;
		const [x, y] = [col(pair[0]), col(pair[1])];
		const body = fitting(rows, b, [x, y]);
		if (!body.length) return false;
		for (const r of [b.header, ...body]) {
			const cells = rows[r].cells;
			swapCells(cells, at(rows, b, r, x), at(rows, b, r, y));
		}
		return true;
	}
	// drop: the optional columns, their unit and operator written into the target / actual cells
	const drop = b.roles.flatMap((r, i) => (r && OPTIONAL.includes(r) ? [i] : []));
	const t = col('target');
	const a = col('actual');
	const body = drop.length ? fitting(rows, b, [...drop, ...[t, a].filter((c) => c >= 0)]) : [];
	if (!body.length) return false;
	for (const r of body) {
		const cells = rows[r].cells;
		const get = (c: number) => (c >= 0 ? cleanCell(cells[at(rows, b, r, c)]) : '');
		const put = (c: number, text: string) => {
			if (c >= 0) cells[at(rows, b, r, c)] = rewrite(cells[at(rows, b, r, c)], text);
		};
		const unit = get(col('unit'));
		const op = get(col('op'));
		const withUnit = (v: string) => (unit && /\d$/.test(v) && !v.endsWith(unit) ? v + unit : v);
		if (t >= 0) {
			let v = withUnit(get(t));
			const sign = /^[≥≤<>=]+$/.test(op) ? op : op === '反向' ? '≤' : '';
			if (sign && /^\d/.test(v)) v = sign + v;
			if (v !== get(t)) put(t, v);
		}
		if (a >= 0) {
			const v = withUnit(get(a));
			if (v !== get(a)) put(a, v);
		}
	}
	// (every row's cells to drop found before the header loses its own)
	const gone = [b.header, ...body].map((r) => [r, new Set(drop.map((c) => at(rows, b, r, c)))] as const);
	for (const [r, g] of gone) rows[r].cells = rows[r].cells.filter((_, i) => !g.has(i));
	return true;
}

/** The text with its value tables re-rendered under one column perturbation, and how many header blocks changed. */
export function perturbColumnsCounted(text: string, p: ColumnPerturbation, only?: Role[], start = 0): { text: string; blocks: number } {
	const segments: Segment[] = parseSegments(text);
	let n = 0;
	// (`start` turns every header to a later wording of its list: run 0…5 to try each)
	const turn = { n: start };
	// a table a blank line broke (a page break, an empty row the converter wrote as a blank line)
	// goes on under the same header: runs of one layout with only blank lines between are one table
	const tables: Row[][] = [];
	let open: { layout: string; rows: Row[] } | undefined;
	for (const s of segments) {
		if (s.kind === 'prose') {
			if (!s.lines.every((l) => l.trim() === '')) open = undefined;
			continue;
		}
		if (open && open.layout === s.layout) open.rows.push(...s.rows);
		else tables.push((open = { layout: s.layout, rows: [...s.rows] }).rows);
	}
	for (const rows of tables) {
		// (blocks last first: a dropped column does not move the rows of a block above it)
		for (const b of blocks(rows).reverse()) if (applyBlock(rows, b, p, turn, only)) n++;
	}
	return { text: n ? renderText(segments, 'original') : text, blocks: n };
}

/** The text with its value tables re-rendered under one column perturbation. */
export const perturbColumns = (text: string, p: ColumnPerturbation): string => perturbColumnsCounted(text, p).text;

/* ------------------------------------------------------------------ evaluation */

export interface ColumnPerturbScore {
	perturbation: ColumnPerturbation;
	/** documents with at least one header block the perturbation changed */
	documents: Array<{ source: string; blocks: number; base: DocScore; perturbed: DocScore }>;
}

/**
 * Score every gold document whose tables the perturbation changes, as written and perturbed,
 * against the same gold. `synonyms` and `reorder` move no value and are scored on every field;
 * `drop` writes units and operators into the value cells, and is scored on values (valuesOnly).
 */
export function scoreColumnPerturbed(docs: GoldDoc[], p: ColumnPerturbation, only?: Role[], start = 0): ColumnPerturbScore {
	const fold = p === 'drop' ? valuesOnly : undefined;
	const out: ColumnPerturbScore = { perturbation: p, documents: [] };
	for (const d of docs) {
		const { text, blocks: n } = perturbColumnsCounted(d.source, p, only, start);
		if (!n) continue;
		const base = scoreDocument({ ...d, fold });
		const perturbed = scoreDocument({ ...d, source: text, fold });
		out.documents.push({ source: d.sourceFile, blocks: n, base, perturbed });
	}
	return out;
}

/** The field group of a compared path: budget, indicators, scores, sangong … */
const groupOf = (path: string) => path.replace(/^([a-z_]+).*$/, '$1');

/** Gold fields lost under the perturbation, by field group (missed or wrong perturbed, minus as written). */
export function dropByGroup(s: ColumnPerturbScore): Record<string, number> {
	const g: Record<string, number> = {};
	const add = (d: DocScore, k: number) => {
		for (const p of [...d.missedFields, ...d.wrongFields.map((w) => w.path)]) g[groupOf(p)] = (g[groupOf(p)] ?? 0) + k;
	};
	for (const d of s.documents) {
		add(d.perturbed, 1);
		add(d.base, -1);
	}
	for (const k of Object.keys(g)) if (!g[k]) delete g[k];
	return g;
}

export function columnPerturbTotals(s: ColumnPerturbScore) {
	const b = totals(s.documents.map((d) => d.base));
	const t = totals(s.documents.map((d) => d.perturbed));
	return { perturbation: s.perturbation, documents: t.documents, blocks: s.documents.reduce((a, d) => a + d.blocks, 0), fields: t.fields, correct: t.matched, wrong: t.wrong, drop: b.matched - t.matched, baseCorrect: b.matched, baseWrong: b.wrong, byGroup: dropByGroup(s) };
}

/** Per document and in total, as a Markdown table like `--perturb`'s. */
export function columnPerturbTable(s: ColumnPerturbScore): string {
	const rows = ['| 文档 | 扰动 | 表头块 | 字段 | 正确（原文） | 错值（原文） | 较原文少 |', '|---|---|---:|---:|---:|---:|---:|'];
	for (const d of s.documents) rows.push(`| ${d.source} | ${s.perturbation} | ${d.blocks} | ${d.perturbed.fields} | ${d.perturbed.matched}（${d.base.matched}） | ${d.perturbed.wrong}（${d.base.wrong}） | ${d.base.matched - d.perturbed.matched} |`);
	const t = columnPerturbTotals(s);
	rows.push(`| **合计（${t.documents} 份）** | ${t.perturbation} | ${t.blocks} | ${t.fields} | ${t.correct}（${t.baseCorrect}） | ${t.wrong}（${t.baseWrong}） | ${t.drop} |`);
	const g = Object.entries(t.byGroup).sort((a, b) => b[1] - a[1]);
	if (g.length) rows.push('', `较原文少（按字段组，少读或错值）：${g.map(([k, v]) => `${k} ${v}`).join('，')}`);
	return rows.join('\n');
}

/** Every variant's totals as one Markdown table (`--perturb-columns all`). */
export function columnPerturbSummary(all: ColumnPerturbScore[]): string {
	const rows = ['| 扰动 | 文档 | 表头块 | 字段 | 正确（原文） | 错值（原文） | 较原文少 | 少读的字段组 |', '|---|---:|---:|---:|---:|---:|---:|---|'];
	for (const s of all) {
		const t = columnPerturbTotals(s);
		const g = Object.entries(t.byGroup).sort((a, b) => b[1] - a[1]).map(([k, v]) => `${k} ${v}`).join('，');
		rows.push(`| ${t.perturbation} | ${t.documents} | ${t.blocks} | ${t.fields} | ${t.correct}（${t.baseCorrect}） | ${t.wrong}（${t.baseWrong}） | ${t.drop} | ${g} |`);
	}
	return rows.join('\n');
}
