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
export function findTables(src: string, lines: Line[], piped = false, barCells = false): Table[] {
	const isRowLine = (l: Line) => l.tabbed || (piped && isPipedRow(l));
	const tables: Table[] = [];
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
	return tables;
}

/** One cell a line ending " |" (an empty cell "|"), or a line of bars alone that ends the row. */
const BAR_CELL = /^(?:(.*\S) )?\|$/;
const BAR_END = /^\|{2,}$/;
const isBarCell = (l: Line) => !l.tabbed && !/ \| /.test(l.raw) && (BAR_CELL.test(l.raw.trimEnd()) || BAR_END.test(l.raw.trim()));

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
	for (; j < lines.length && isBarCell(lines[j]); j++) {
		const l = lines[j];
		if (BAR_END.test(l.raw.trim())) {
			ends++;
			if (group.length) {
				const cells = group.map((g) => {
					const m = BAR_CELL.exec(g.raw.trimEnd())!;
					return makeCell(src, g.start, g.start + (m[1]?.length ?? 0));
				});
				rows.push({ cells, start: group[0].start, end: group[group.length - 1].end, lines: group.map((g) => g.n), layout: 'stack' });
			}
			group = [];
		} else group.push(l);
	}
	if (ends < 2 || !rows.length) return undefined;
	return { rows, firstLine: from, lastLine: j - 1, piped: true };
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
