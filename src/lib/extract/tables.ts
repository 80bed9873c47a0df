/**
 * Tables as they come out of Word and PDF converters:
 * - tab-separated rows, one row a line (cells may be empty; a cell broken across a page comes
 *   back as a row of its own holding only the rest of that cell);
 * - one cell a line (each line a tab and a cell), rows separated by a blank line;
 * - " | " cells, one row a line (web pages and spreadsheet exports): read as the tab-separated
 *   rows are, the bar in place of the tab;
 * - markdown rules (`---\t---`) and header rows repeated after a page break.
 */
import type { Ctx } from './context';
import { spanOf, type Line, type Span } from './doc';

export interface Cell {
	/** cleaned text (noise removed), trimmed */
	text: string;
	/** normalised, same length as text */
	norm: string;
	/** the source range of the trimmed cell (empty cells: the position of the cell) */
	start: number;
	end: number;
	span: Span;
}

export interface Row {
	cells: Cell[];
	/** source range of the row (first to last cell, or line start to end) */
	start: number;
	end: number;
	/** line numbers */
	lines: number[];
	/** 'tab': cells on one line; 'stack': one cell a line */
	layout: 'tab' | 'stack';
}

export interface Table {
	rows: Row[];
	firstLine: number;
	lastLine: number;
	/** some of its rows are " | " cells rather than tab-separated */
	piped?: boolean;
}

function makeCell(src: string, start: number, end: number): Cell {
	const span = spanOf(src, start, end);
	// trim
	let a = 0;
	let b = span.text.length;
	while (a < b && /\s/.test(span.text[a])) a++;
	while (b > a && /\s/.test(span.text[b - 1])) b--;
	const text = span.text.slice(a, b);
	const norm = span.norm.slice(a, b);
	const s = b > a ? span.map[a] : start;
	const e = b > a ? span.map[b - 1] + 1 : start;
	const sub: Span = { text, norm, map: [...span.map.slice(a, b), e] };
	return { text, norm, start: s, end: e, span: sub };
}

/**
 * A row of cells one row a line: tab-separated, or " | " cells (the bar written between cells
 * with a space either side; bars at the line's end are the empty cells after the last).
 */
const isPipedRow = (l: Line) => !l.tabbed && / \| /.test(l.raw);

function tabRow(src: string, line: Line): Row {
	const cells: Cell[] = [];
	let pos = line.start;
	const parts = isPipedRow(line) ? line.raw.replace(/(?: ?\|)+\s*$/, '').split('|') : line.raw.split('\t');
	for (const part of parts) {
		cells.push(makeCell(src, pos, pos + part.length));
		pos += part.length + 1;
	}
	return { cells, start: line.start, end: line.end, lines: [line.n], layout: 'tab' };
}

/**
 * One cell a line after an empty first cell: "\tX" (tab-separated), " | X" (" | " cells, the
 * same line written with bars). `stackCell` is the cell's range on its line.
 */
const STACK_TAB = /^\t[^\t]*\t?$/;
const STACK_BAR = /^ ?\| (?!.* \| )(.*?)(?: \|)?$/;
const isStackLine = (l: Line) => STACK_TAB.test(l.raw) || (isPipedRow(l) && STACK_BAR.test(l.raw));
function stackCell(l: Line): [number, number] {
	if (STACK_TAB.test(l.raw)) return [l.start + 1, l.end - (l.raw.endsWith('\t') ? 1 : 0)];
	const m = STACK_BAR.exec(l.raw)!;
	const a = l.start + l.raw.indexOf('| ') + 2;
	return [a, a + m[1].length];
}
const TERMINAL_END = /[。！？；;!?]$/;

function joinCells(above: Cell, c: Cell): Cell {
	return {
		text: above.text + c.text,
		norm: above.norm + c.norm,
		start: above.start,
		end: c.end,
		span: {
			text: above.span.text + c.span.text,
			norm: above.span.norm + c.span.norm,
			map: [...above.span.map.slice(0, -1), ...c.span.map]
		}
	};
}

/**
 * Join a row that only holds the rest of cells broken across lines/pages into the row above:
 * - in a numbered table (序号 in the first column), a row without its number;
 * - elsewhere, a row with one cell whose column above stops mid-sentence.
 */
function mergeBroken(rows: Row[]): Row[] {
	const out: Row[] = [];
	const numbered = (r: Row) => /^\d{1,3}$/.test(r.cells[0]?.text ?? '');
	const seqTable = rows.length > 2 && /^序号$/.test(rows[0].cells[0]?.text.replace(/\s+/g, '') ?? '') && rows.filter(numbered).length >= (rows.length - 1) / 2;
	for (const row of rows) {
		const prev = out[out.length - 1];
		const filled = row.cells.map((c, i) => (c.text ? i : -1)).filter((i) => i >= 0);
		// the cell above must end its row: a joined text has to be one quote of the source
		const endsRow = (i: number) => !!prev?.cells[i]?.text && prev.cells.slice(i + 1).every((c) => !c.text);
		if (prev && seqTable && row.layout === 'tab' && !row.cells[0]?.text && filled.length === 1 && numbered(prev) && endsRow(filled[0])) {
			const cells = [...prev.cells];
			cells[filled[0]] = joinCells(cells[filled[0]], row.cells[filled[0]]);
			out[out.length - 1] = { ...prev, cells, end: row.end, lines: [...prev.lines, ...row.lines] };
			continue;
		}
		if (prev && row.layout === 'tab' && filled.length === 1) {
			const i = filled[0];
			const above = prev.cells[i];
			// the rest of a cell: a column that holds text above, and text that does not start a row
			if (above && above.text && endsRow(i) && !TERMINAL_END.test(above.text) && i > 0 && !/^\d+$/.test(row.cells[i].text)) {
				const cells = [...prev.cells];
				cells[i] = joinCells(above, row.cells[i]);
				out[out.length - 1] = { ...prev, cells, end: row.end, lines: [...prev.lines, ...row.lines] };
				continue;
			}
		}
		out.push(row);
	}
	return out;
}

/**
 * Every table of the document, in order. `piped`: rows of " | " cells are table rows too (they
 * are otherwise left to the grid reader, which reads them by content).
 */
export function findTables(src: string, lines: Line[], piped = false, barCells = true): Table[] {
	const isRowLine = (l: Line) => l.tabbed || (piped && isPipedRow(l));
	let tables: Table[] = [];
	let i = 0;
	while (i < lines.length) {
		if (barCells && isBarCell(lines[i])) {
			const t = barCellTable(src, lines, i);
			if (t) {
				tables.push(t);
				i = t.lastLine + 1;
				continue;
			}
		}
		if (!isRowLine(lines[i])) {
			i++;
			continue;
		}
		// the region: tabbed (or " | ") rows, blank and rule lines
		let j = i;
		let last = i;
		while (j < lines.length && (isRowLine(lines[j]) || lines[j].blank || lines[j].rule)) {
			if (isRowLine(lines[j])) last = j;
			j++;
		}
		const region = lines.slice(i, last + 1);
		const tabbed = region.filter((l) => isRowLine(l) && !l.rule);
		const stacked = tabbed.length > 1 && tabbed.every(isStackLine);
		let rows: Row[] = [];
		if (stacked) {
			let group: Line[] = [];
			const flush = () => {
				if (!group.length) return;
				const cells = group.map((l) => makeCell(src, ...stackCell(l)));
				rows.push({ cells, start: group[0].start, end: group[group.length - 1].end, lines: group.map((l) => l.n), layout: 'stack' });
				group = [];
			};
			for (const l of region) {
				if (isRowLine(l) && !l.rule) group.push(l);
				else flush();
			}
			flush();
		} else {
			rows = mergeBroken(tabbed.map((l) => tabRow(src, l)));
		}
		tables.push(tabbed.some(isPipedRow) ? { rows, firstLine: i, lastLine: last, piped: true } : { rows, firstLine: i, lastLine: last });
		i = last + 1;
	}
	// " | " tables of figures under a header of known words (项目 | 年初预算数 | 决算数, 一级指标 | 分值 |
	// 得分): every reader's, as written with tabs (other " | " tables stay the grid reader's)
	if (!piped) {
		const figures = findTables(src, lines, true, false).filter((t) => t.piped && t.rows.length >= 2 && figureTable(t.rows[0]) && !tables.some((o) => o.firstLine <= t.lastLine && t.firstLine <= o.lastLine));
		if (figures.length) tables = [...tables, ...figures].sort((a, b) => a.firstLine - b.firstLine);
	}
	// tables whose rows no marker ends, read by their header words
	const led = headerLedTables(src, lines, tables);
	return led.length ? [...tables, ...led].sort((a, b) => a.firstLine - b.firstLine) : tables;
}

/** A header row of names and then figure columns only (amounts, scores, rates). */
function figureTable(head: Row): boolean {
	const kinds = headerCols(head.cells.map((c) => c.norm).filter((k, i, a) => k.trim() || a.slice(i + 1).some((x) => x.trim())));
	if (!kinds) return false;
	let lead = 0;
	while (lead < kinds.length && (kinds[lead] === 'label' || kinds[lead] === 'seq')) lead++;
	return lead > 0 && lead < kinds.length && kinds.slice(lead).every((k) => k === 'number');
}

/** One cell a line ending " |" (an empty cell "|"), or a line of bars alone that ends the row. */
const BAR_CELL = /^(?:(.*\S) )?\|$/;
const BAR_END = /^\|{2,}$/;
const isBarCell = (l: Line) => !l.tabbed && !/ \| /.test(l.raw) && (BAR_CELL.test(l.raw.trim()) || BAR_END.test(l.raw.trim()));

/**
 * A table written one cell a line, each cell ending " |", each row ended by a line of bars
 * ("||", "|||||": the row's merged cells): its rows as one-cell-a-line rows. Only where at least
 * two rows are so ended (without the row ends the rows are not told apart: the grid reader
 * reads such cells by content).
 */
function barCellTable(src: string, lines: Line[], from: number): Table | undefined {
	const rows: Row[] = [];
	let group: Line[] = [];
	let j = from;
	let ends = 0;
	let last = from;
	for (; j < lines.length; j++) {
		const l = lines[j];
		if (!isBarCell(l)) {
			// (blank lines between rows, where a page broke the table, as between tab-separated rows)
			if (!l.blank || group.length) break;
			let k = j;
			while (k < lines.length && lines[k].blank) k++;
			if (k >= lines.length || !isBarCell(lines[k])) break;
			j = k - 1;
			continue;
		}
		last = j;
		if (BAR_END.test(l.raw.trim())) {
			ends++;
			// (a markdown rule written one cell a line, "--- |": no row)
			if (group.length && group.every((g) => /^-{2,}\s*\|$/.test(g.raw.trim()))) group = [];
			if (group.length) {
				const cells = group.map((g) => {
					// (an empty cell written " |")
					const lead = g.raw.length - g.raw.trimStart().length;
					const m = BAR_CELL.exec(g.raw.trim())!;
					return makeCell(src, g.start + lead, g.start + lead + (m[1]?.length ?? 0));
				});
				rows.push({ cells, start: group[0].start, end: group[group.length - 1].end, lines: group.map((g) => g.n), layout: 'stack' });
			}
			group = [];
		} else group.push(l);
	}
	if (ends < 2 || !rows.length) return undefined;
	return { rows, firstLine: from, lastLine: last, piped: true };
}

const withPiped = new WeakMap<Ctx, Table[]>();
const withBarCells = new WeakMap<Ctx, Table[]>();

/**
 * The document's tables with " | " rows read as tab-separated rows are, and tables one cell a
 * line ending " |" whose rows end with a line of bars read row by row (the same table whatever
 * of the three layouts the converter wrote; `barCells`, the last layout too): for the readers
 * that read a table by its header and row labels (score tables with `barCells`, task tables),
 * so that a table written with bars reads as it does with tabs. Documents without " | " rows: the tables of the context.
 */
export function tablesWithPiped(ctx: Ctx, barCells = false): Table[] {
	const cache = barCells ? withBarCells : withPiped;
	let t = cache.get(ctx);
	if (!t) cache.set(ctx, (t = ctx.lines.some((l) => isPipedRow(l) || (barCells && BAR_END.test(l.raw.trim()))) ? findTables(ctx.src, ctx.lines, true, barCells) : ctx.tables));
	return t;
}

/** Squeezed cell text for matching labels: no spaces, half-width. */
export const key = (c: Cell | undefined) => (c ? c.norm.replace(/\s+/g, '') : '');

/** Index of the first and last non-empty cells. */
export function filled(row: Row): number[] {
	return row.cells.map((c, i) => (c.text ? i : -1)).filter((i) => i >= 0);
}

/* ------------------------------------------------ tables whose row boundaries did not survive */

/**
 * What a column holds, by its header word: `label` a row's name (项目, 一级指标, 三级指标, 序号 —
 * `seq` for a row number), `number` an amount, score or rate (年初预算数, 分值, 得分率, 执行率),
 * `value` a target or an outcome, a number or a short text (指标值, 实际完成值, 完成情况), `text`
 * free text (偏差原因, 主要内容, 备注), `task` a task's name (a sentence may stand in it). Undefined: not a header word of the tables read by header.
 */
type ColKind = 'seq' | 'label' | 'task' | 'number' | 'value' | 'text';
export function headerKind(k: string): ColKind | undefined {
	const w = k.replace(/\s+/g, '').replace(/[(（][^()（）]{0,12}[)）]$/, '');
	if (!w || w.length > 16 || /[。；;，,:：]/.test(w)) return undefined;
	if (/^(序号|行次|编号)$/.test(w)) return 'seq';
	if (/^(分值|权重|(自评|评价)?得分|得分率|(年初|调整后?|全年|本年)?预算(数|金额)?|(全年|预算)?执行数|(年度)?决算数?|(预算)?执行率|(收入|支出)?占比|金额|增减(值|额|幅|率)|完成率|比上年增减|(基本|项目)支出|人员经费|(日常)?公用经费|合计|小计|(19|20)\d\d年度?|.{0,4}对比情况|增减情况)$/.test(w)) return 'number';
	if (/^((年度|年初|调整|全年)?(指标值|目标值)|(全年)?实际(完成)?值|(全年)?完成值|(实际)?完成情况|实现值|度量单位|计量单位|指标性质|指标方向|计算符号)$/.test(w)) return 'value';
	if (/^(偏差原因.{0,12}|未完成原因.{0,12}|主要(实施)?内容|主要职责|备注|说明|关键性指标)$/.test(w)) return 'text';
	// (a task's name may run to a sentence: 年度重点工作任务)
	if (/^((年度)?(重点)?工作任务|任务名称)$/.test(w)) return 'task';
	if (/^(项目|科目|名称|项目名称|[一二三]级指标|指标名称|.{0,10}绩效指标|内设机构|评价内容|评价指标)$/.test(w)) return 'label';
	return undefined;
}

/** A header: three or more header words, one a number or value column (or a row number). */
function headerCols(keys: string[]): ColKind[] | undefined {
	if (keys.length < 3) return undefined;
	// (an empty header cell between two header words is its left neighbour's merged column)
	// (and the empty cells after the last: columns of free text)
	const kinds = keys.map((k, i) => (k.trim() !== '' ? headerKind(k) : keys.slice(i + 1).every((x) => !x.trim()) ? 'text' : i > 0 && keys[i + 1].trim() ? headerKind(keys[i - 1]) : undefined));
	if (kinds.some((k) => !k)) return undefined;
	if (!kinds.some((k) => k === 'number' || k === 'value' || k === 'seq')) return undefined;
	// (a row's name first: a header of values alone is a second header line)
	if (kinds[0] !== 'label' && kinds[0] !== 'task' && kinds[0] !== 'seq') return undefined;
	return kinds as ColKind[];
}

const OP = '[≥≤><=＞＜≧≦]';
const NUMBER_CELL = new RegExp(`^[-+]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\s?\\d+)?\\s?[%％‰]?$`);
/** a target or outcome written as a figure: an operator, a number, a unit of a few characters */
const VALUE_FIGURE = new RegExp(`^${OP}?\\s?[-+]?\\d[\\d,]*(?:\\.\\s?\\d+)?\\s?(?:[%％‰]|[\\u4e00-\\u9fa5]{1,4}(?:\\/[\\u4e00-\\u9fa5]{1,3})?)?$`);
const BLANK_CELL = /^(|[/\-—－无]|[\-—－]{2,4})$/;

/**
 * Whether a cell's text can stand in a column of this kind. `loose`: a table whose figures or row
 * numbers hold its rows in place, where a name or an outcome may run to a paragraph (task tables).
 */
function fits(kind: ColKind, t: string, loose = false): boolean {
	const k = t.replace(/\s+/g, '');
	if (BLANK_CELL.test(k)) return true;
	if (kind === 'number') return NUMBER_CELL.test(k);
	if (kind === 'seq') return /^\d{1,3}$/.test(k);
	if (kind === 'label') return !NUMBER_CELL.test(k) && k.length <= (loose ? 400 : 80) && !/[。]$/.test(k);
	if (kind === 'task') return !NUMBER_CELL.test(k) && k.length <= 400;
	if (kind === 'value') return loose || k.length <= 200;
	// (free text is no row's name: an ordinal indicator "指标2:…", a level name or 合计 starts the next row)
	return !/^指标\d{1,2}[:：.、]|^[\u4e00-\u9fa5]{2,8}指标$|^(合计|总计|小计|总分)$/.test(k);
}

/** A line that is no table cell: a chapter heading ("一、", "（二）"), a table's caption ("表 3"). */
const notCell = (l: Line) => (!!l.heading?.marker && /^(cn|cnParen)$/.test(l.heading.marker.kind)) || /^表\s*\d/.test(l.span.text.trim());

/**
 * A table written one cell a line (an empty cell an empty line) with nothing that ends a row, as
 * a web page's or a Word table's text comes out: its header words (three or more lines, each a
 * known header: 一级指标 / 二级指标 / 分值 / 得分, 项目 / 年初预算数 / 决算数, 项目 / 基本支出 / 项目支出 / 合计,
 * 序号 / 工作任务 / 主要内容)
 * give the number of columns, and the cells that follow are read that many to a row, as long as
 * each row's cells fit their columns (a number under 分值, a row number under 序号); the first
 * row that does not fit ends the table. Serves the cell-line layout of score, budget, indicator
 * and task tables.
 */
function cellLineTable(src: string, lines: Line[], from: number, stop: number): Table | undefined {
	// (a header's empty last cell is an empty line too: the reading with it, where it reads more rows)
	// (the one that reads more rows, or as many with more figures under its figure columns)
	// (and a header whose last word may be the first row's name, 合计: the reading without it too)
	let best: { table: Table; figures: number } | undefined;
	for (const cut of [false, true])
		for (const emptyAfter of [0, 1]) {
			const t = cellLineRows(src, lines, from, stop, emptyAfter, cut);
			if (t && (!best || t.table.rows.length > best.table.rows.length || (t.table.rows.length === best.table.rows.length && t.figures > best.figures))) best = t;
		}
	return best?.table;
}

function cellLineRows(src: string, lines: Line[], from: number, stop: number, emptyAfter: number, cutTotal: boolean): { table: Table; figures: number } | undefined {
	const plain = (l: Line | undefined) => !!l && !l.tabbed && !l.rule && !/ \| |^\|+$| \|$/.test(l.raw);
	// (not from within a header written a word and a blank line at a time, see below)
	if (from >= 2 && lines[from - 1].blank && headerKind(lines[from - 2].span.norm)) return undefined;
	let h = from;
	const keys: string[] = [];
	for (;;) {
		if (h < stop && plain(lines[h]) && !lines[h].blank && headerKind(lines[h].span.norm)) keys.push(lines[h++].span.norm);
		// (an empty header cell over a merged column, "年度重点工作任务 | | 主要实施内容": between two header words)
		else if (keys.length && h + 1 < stop && lines[h].blank && !lines[h + 1].blank && plain(lines[h + 1]) && headerKind(lines[h + 1].span.norm)) keys.push(lines[h++].span.norm);
		else break;
	}
	if (cutTotal) {
		if (!/^(合计|小计|总计)$/.test(keys[keys.length - 1]?.replace(/\s+/g, '') ?? '')) return undefined;
		keys.pop();
		h--;
	}
	// (a blank line between most header words is the layout that writes a blank line between every
	// two cells, not empty header cells: no row here is that many lines)
	const gaps = keys.filter((k) => !k.trim()).length;
	if (gaps >= 2 && gaps * 2 >= keys.length - gaps - 1) return undefined;
	for (let e = 0; e < emptyAfter; e++) {
		if (h >= stop || !lines[h].blank) return undefined;
		keys.push('');
		h++;
	}
	const kinds = headerCols(keys);
	if (!kinds) return undefined;
	const n = kinds.length;
	const rows: Row[] = [{ cells: lines.slice(from, h).map((l) => makeCell(src, l.start, l.end)), start: lines[from].start, end: lines[h - 1].end, lines: lines.slice(from, h).map((l) => l.n), layout: 'stack' }];
	const anchored = kinds.some((k) => k === 'number' || k === 'seq');
	const rowAt = (k: number): Line[] | undefined => {
		if (k + n > stop) return undefined;
		const group = lines.slice(k, k + n);
		if (!group.every(plain) || group.every((l) => l.blank) || group.some(notCell)) return undefined;
		// (the header's second row right under it: its words under a group column, "两年对比情况" over
		// "增减值 | 增减幅(%)", the other cells empty)
		if (k === h && group.every((l) => l.blank || headerKind(l.span.norm)) && group.some((l) => !l.blank && !keys.includes(l.span.norm))) return group;
		if (!group.every((l, c) => fits(kinds[c], l.span.text.trim(), anchored))) return undefined;
		// (the next table's header: a table of its own; this one's written again after a page break)
		if (headerCols(group.map((l) => l.span.norm)) || group.some((l) => !l.blank && keys.includes(l.span.norm))) return undefined;
		// (a heading alone between empty cells: the text after the table)
		const filledLines = group.filter((l) => !l.blank);
		if (filledLines.length === 1 && filledLines[0].heading?.marker) return undefined;
		return group;
	};
	// the names first, then only amounts, scores and rates (score and budget tables): a row is its
	// names (one to as many as the name columns, placed last to last: the names missing are the
	// merged ones before them) and then exactly one figure a figure column
	let lead = 0;
	while (lead < n && (kinds[lead] === 'label' || kinds[lead] === 'task' || kinds[lead] === 'seq')) lead++;
	// (or targets and outcomes written as figures, "≥15", "6个": a row whose value is a text cannot be told apart)
	const byShape = lead > 0 && lead < n && kinds.slice(lead).every((k) => k === 'number' || k === 'value');
	const figureAt = (l: Line, c: number) => {
		const k = l.span.norm.replace(/\s+/g, '');
		return kinds[c] === 'number' ? NUMBER_CELL.test(k) : VALUE_FIGURE.test(k);
	};
	const shapeRow = (k: number): { row: Row; next: number } | undefined => {
		if (!byShape) return undefined;
		while (k < stop && (lines[k].blank || lines[k].rule)) k++;
		while (sameHeader(k)) k += n;
		const names: Line[] = [];
		while (k < stop && plain(lines[k]) && !lines[k].blank && !notCell(lines[k]) && !figureAt(lines[k], lead)) names.push(lines[k++]);
		if (!names.length || names.length > lead) return undefined;
		if (headerKind(names[0].span.norm)) return undefined;
		const figs = lines.slice(k, k + n - lead);
		if (figs.length < n - lead || !figs.every((l, x) => plain(l) && !l.blank && figureAt(l, lead + x))) return undefined;
		const cells = [...Array.from({ length: lead - names.length }, () => makeCell(src, names[0].start, names[0].start)), ...[...names, ...figs].map((l) => makeCell(src, l.start, l.end))];
		return { row: { cells, start: names[0].start, end: figs[figs.length - 1].end, lines: [...names, ...figs].map((l) => l.n), layout: 'stack' }, next: k + n - lead };
	};
	const sameHeader = (k: number) => k + n <= stop && lines.slice(k, k + n).every((l, c) => l.span.norm === keys[c]);
	const isRuleRow = (k: number) => k + n <= stop && lines.slice(k, k + n).every((l) => l.rule);
	let j = h;
	for (;;) {
		let group = rowAt(j);
		if (!group) {
			// where a page broke the table: blank lines, the header written again, a rule row; the
			// rows go on after them when exactly one way of skipping them leaves a row that fits
			const next: number[] = [];
			for (let s = 0; s <= 3 && j + s < stop; s++) {
				if (s > 0 && !(lines[j + s - 1].blank || lines[j + s - 1].rule)) break;
				let k = j + s;
				let skipped = s > 0;
				for (;;) {
					if (sameHeader(k)) k += n;
					else if (isRuleRow(k)) k += n;
					else break;
					skipped = true;
				}
				if (skipped && rowAt(k)) next.push(k);
			}
			if (next.length === 1) {
				j = next[0];
				group = rowAt(j)!;
			}
		}
		if (!group) {
			// a row that lost cells (a page break drops a merged cell): read by shape, see shapeRow
			const r = shapeRow(j);
			if (!r) break;
			rows.push(r.row);
			j = r.next;
			continue;
		}
		rows.push({ cells: group.map((l) => makeCell(src, l.start, l.end)), start: group[0].start, end: group[n - 1].end, lines: group.map((l) => l.n), layout: 'stack' });
		j += n;
	}
	if (rows.length < 2) return undefined;
	const figures = rows.slice(1).reduce((a, r) => a + r.cells.filter((c, x) => (kinds[x] === 'value' || kinds[x] === 'number') && VALUE_FIGURE.test(c.norm.replace(/\s+/g, ''))).length, 0);
	return { table: { rows, firstLine: from, lastLine: j - 1 }, figures };
}

/** Tokens of a line whose cells are joined by spaces, with the spaces a figure or a level name holds joined back ("520. 40", "≤ 100%", "社会效益 指标", "预 算 执 行"). */
function spaceTokens(l: Line): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	for (const m of l.raw.matchAll(/\S+/g)) out.push([l.start + m.index!, l.start + m.index! + m[0].length]);
	const t = (x: [number, number]) => l.raw.slice(x[0] - l.start, x[1] - l.start);
	for (let i = 0; i + 1 < out.length; i++) {
		const a = t(out[i]);
		const b = t(out[i + 1]);
		const join = (/^\d[\d,]*\.$/.test(a) && /^\d+[%％]?$/.test(b)) || (/^(19|20)\d\d$/.test(a) && /^年度?$/.test(b)) || (new RegExp(`^${OP}$`).test(a) && /^\d/.test(b)) || (/^[\u4e00-\u9fa5]{2,8}$/.test(a) && b === '指标') || /^[(（][^()（）]{0,6}[)）]$/.test(b) || (/^[\u4e00-\u9fa5]( [\u4e00-\u9fa5])*$/.test(a) && /^[\u4e00-\u9fa5]$/.test(b));
		if (join) {
			out.splice(i, 2, [out[i][0], out[i + 1][1]]);
			i--;
		}
	}
	return out;
}

/**
 * The cells of a row whose empty cells were dropped, placed under their columns: the empty ones
 * can only be the row's leading names but its own (a row under a merged 一级指标 / 二级指标 cell) and its
 * trailing free text (偏差原因, 备注); every token must fit its column. Undefined where no
 * placement or more than one fits (the row is left unread, never guessed).
 */
function placeTokens(texts: string[], kinds: ColKind[]): number[] | undefined {
	const n = kinds.length;
	const m = texts.length;
	if (m > n || m === 0) return undefined;
	let lead = 0;
	while (lead < n && (kinds[lead] === 'label' || kinds[lead] === 'task' || kinds[lead] === 'seq')) lead++;
	let tail = 0;
	while (tail < n - lead && kinds[n - 1 - tail] === 'text') tail++;
	const found: number[][] = [];
	// (the row's own name, the last name column, is never the empty one)
	for (let p = 0; p < lead; p++) {
		const s = n - m - p;
		if (s < 0 || s > tail) continue;
		const cols = texts.map((_, i) => p + i);
		if (cols.every((c, i) => fits(kinds[c], texts[i]))) found.push(cols);
	}
	return found.length === 1 ? found[0] : undefined;
}

/**
 * A table written one row a line with its cells joined by spaces (empty cells dropped), as PDF
 * text and web pages leave it: its header line (three or more header words) gives the columns,
 * and each line after it is placed under them by `placeTokens`; a line that cannot be placed
 * unambiguously is left out, and a line with no figure at all ends the table. Serves the space
 * layout of score, budget and indicator tables.
 */
function spaceTable(src: string, lines: Line[], from: number, stop: number): Table | undefined {
	const l0 = lines[from];
	if (l0.tabbed || l0.blank || /\|/.test(l0.raw)) return undefined;
	const head = spaceTokens(l0);
	const kinds = headerCols(head.map(([a, b]) => src.slice(a, b)));
	// (a task's sentences hold spaces of their own: a task table joined by spaces has no cells to tell apart)
	if (!kinds || kinds.includes('task')) return undefined;
	const rows: Row[] = [{ cells: head.map(([a, b]) => makeCell(src, a, b)), start: l0.start, end: l0.end, lines: [l0.n], layout: 'tab' }];
	let j = from + 1;
	let last = from;
	// a second header line under a group column ("两年对比情况" over "增减值 增减幅 (%)"): its words are
	// the group's columns
	let headRows = 0;
	const sub = j < stop && !lines[j].blank && !/[\t|]/.test(lines[j].raw) ? spaceTokens(lines[j]) : [];
	if (sub.length >= 2 && /对比情况$|^增减情况$/.test(src.slice(...head[head.length - 1]).replace(/\s+/g, '')) && sub.every(([a, b]) => headerKind(src.slice(a, b)) === 'number')) {
		kinds.splice(kinds.length - 1, 1, ...sub.map(() => 'number' as const));
		rows.push({ cells: [...head.slice(0, -1).map(([a]) => makeCell(src, a, a)), ...sub.map(([a, b]) => makeCell(src, a, b))], start: lines[j].start, end: lines[j].end, lines: [j], layout: 'tab' });
		j++;
		last = j - 1;
		headRows = 1;
	}
	let tried = 0;
	const headText = head.map(([a, b]) => src.slice(a, b).replace(/\s+/g, '')).join('|');
	for (; j < stop; j++) {
		const l = lines[j];
		if (l.rule) continue;
		if (l.blank) {
			// (blank lines where a page broke the table: the rows go on after them)
			let k = j;
			while (k < stop && (lines[k].blank || lines[k].rule)) k++;
			if (k - j > 3 || k >= stop) break;
			const t = spaceTokens(lines[k]).map(([a, b]) => src.slice(a, b));
			if (t.map((x) => x.replace(/\s+/g, '')).join('|') !== headText && !placeTokens(t, kinds)) break;
			j = k - 1;
			continue;
		}
		if (l.tabbed || /\|/.test(l.raw) || notCell(l)) break;
		const toks = spaceTokens(l);
		const texts = toks.map(([a, b]) => src.slice(a, b));
		// (the header written again after a page break)
		if (texts.map((x) => x.replace(/\s+/g, '')).join('|') === headText) continue;
		if (headerCols(texts)) break;
		// (a line of the table holds a figure or a blank cell's dash)
		if (!texts.some((t) => VALUE_FIGURE.test(t.replace(/\s+/g, '')) || BLANK_CELL.test(t))) break;
		last = j;
		tried++;
		const cols = placeTokens(texts, kinds);
		if (!cols) continue;
		const cells: Cell[] = [];
		for (let c = 0, i = 0; c < kinds.length; c++) {
			if (cols[i] === c) cells.push(makeCell(src, toks[i][0], toks[i++][1]));
			else {
				const at = i < toks.length ? toks[i][0] : l.end;
				cells.push(makeCell(src, at, at));
			}
		}
		rows.push({ cells, start: l.start, end: l.end, lines: [l.n], layout: 'tab' });
	}
	// (two rows or more, most of its lines placed: a table whose cells hold spaces of their own is not this layout)
	const data = rows.length - 1 - headRows;
	if (data < 2 || data * 3 < tried * 2) return undefined;
	return { rows, firstLine: from, lastLine: last };
}

/**
 * Tables of plain lines that only their header words make tables (cell-line and space layouts),
 * outside the tables already found.
 */
function headerLedTables(src: string, lines: Line[], found: Table[]): Table[] {
	const out: Table[] = [];
	const taken = found.map((t) => [t.firstLine, t.lastLine] as const).sort((a, b) => a[0] - b[0]);
	let i = 0;
	while (i < lines.length) {
		const block = taken.find(([a, b]) => i >= a && i <= b);
		if (block) {
			i = block[1] + 1;
			continue;
		}
		const stop = taken.find(([a]) => a > i)?.[0] ?? lines.length;
		const t = cellLineTable(src, lines, i, stop) ?? spaceTable(src, lines, i, stop);
		if (t) {
			out.push(t);
			i = t.lastLine + 1;
		} else i++;
	}
	return out;
}
