/**
 * Layout perturbation: the same table text re-rendered in another of the common text layouts,
 * so the extractor can be scored on how it reads a table whatever layout a text extraction left.
 *
 * Pure. The rows are parsed as they are written — by their cell markers, not with the
 * extractor's grid reader — and written back in another layout; prose lines stay as they are.
 *
 * Layouts a table can be parsed from (their markers say where the cells are):
 * - `pipe`: one row a line, cells between " | " ("A | B | C");
 * - `tab`: one row a line, cells between tabs (or one cell a line after a tab, rows apart by a blank line);
 * - `cell-bar`: one cell a line ending " |" (an empty cell "|"), a line of two or more bars ending the row;
 *   or each cell's text on its own line(s) with a lone bar on the next line closing it ("项目名称 / | /
 *   某项目 / | / |||"), the lone-bar form some HTML-to-text converters leave (see `loneBarRun`).
 * Layouts a table can only be written in (no marker says where a row ends):
 * - `cell-line`: one cell a line (an empty cell an empty line), a row's cells one after another;
 * - `space`: one row a line, cells joined by a space (empty cells dropped).
 * Rendering a table back in the layout it was parsed from gives the original text.
 */

export type Layout = 'pipe' | 'tab' | 'cell-bar' | 'cell-line' | 'space';
export const LAYOUTS: Layout[] = ['pipe', 'tab', 'cell-bar', 'cell-line', 'space'];
export type SourceLayout = 'pipe' | 'tab' | 'cell-bar';

export interface Row {
	cells: string[];
	/** cell-bar: the line of bars that ended the row as written (absent: the row ran to the table's end) */
	end?: string;
	/** a stacked row (one cell a line after a tab, rows apart by blank lines) or a lone-bar row (a cell's
	 * lines, then a lone bar): its lines as written and the blank lines after it, for writing it back in
	 * its own layout */
	stack?: { lines: string[]; after: string[] };
}

export type Segment = { kind: 'prose'; lines: string[] } | { kind: 'table'; layout: SourceLayout; rows: Row[] };

const CELL_BAR = /^(?:(.*\S) )?\|$/;
const ROW_END = /^\|{2,}$/;

/** The layout a line's table markers name, or null for a prose line. */
export function lineLayout(line: string): SourceLayout | null {
	if (line.includes('\t')) return 'tab';
	if (line.includes(' | ')) return 'pipe';
	if (CELL_BAR.test(line) || ROW_END.test(line)) return 'cell-bar';
	return null;
}

/** Split a text into prose runs and table runs (each table run in one source layout). */
export function parseSegments(text: string): Segment[] {
	const out: Segment[] = [];
	const lines = text.split('\n');
	let i = 0;
	while (i < lines.length) {
		const layout = lineLayout(lines[i]);
		const lone = layout !== 'tab' && layout !== 'pipe' ? loneBarRun(lines, i) : null;
		if (lone) {
			out.push({ kind: 'table', layout: 'cell-bar', rows: lone.rows });
			i = lone.end;
			continue;
		}
		if (!layout) {
			const last = out[out.length - 1];
			if (last?.kind === 'prose') last.lines.push(lines[i]);
			else out.push({ kind: 'prose', lines: [lines[i]] });
			i++;
			continue;
		}
		const rows: Row[] = [];
		if (layout === 'cell-bar') {
			let cells: string[] = [];
			let open = false;
			for (; i < lines.length && lineLayout(lines[i]) === 'cell-bar'; i++) {
				const line = lines[i];
				if (ROW_END.test(line)) {
					rows.push({ cells, end: line });
					cells = [];
					open = false;
				} else {
					cells.push(CELL_BAR.exec(line)![1] ?? '');
					open = true;
				}
			}
			if (open) rows.push({ cells });
		} else {
			const sep = layout === 'tab' ? '\t' : ' | ';
			for (; i < lines.length && lineLayout(lines[i]) === layout; i++) rows.push({ cells: lines[i].split(sep) });
		}
		out.push({ kind: 'table', layout, rows });
	}
	return stackRows(out);
}

/** The lines of a lone-bar cell's text: non-empty, no cell marker, at most this many (a cell wrapped onto lines). */
const LONE_CELL_LINES = 3;

/**
 * A table whose cells are written as their text on a line (or a few: the cell wrapped), closed by
 * a lone bar on the next line, an empty cell a bar alone, a line of two or more bars ending the row
 * ("项目名称 / | / 某项目 / | / |||| / 主管部门 / | / …": HTML tables some converters flatten so). The
 * text lines carry no marker of their own, so the cell-bar reading alone leaves them as prose and
 * the table's re-rendered versions lose their cells. Read only where the table starts on a line
 * a lone bar closes, has at least three such text cells and at least one row-end line (without one
 * nothing says where a row ends: such runs stay as they were). Each row keeps its lines as written.
 */
function loneBarRun(lines: string[], start: number): { rows: Row[]; end: number } | null {
	const text = (l: string | undefined) => l !== undefined && l.trim() !== '' && lineLayout(l) === null;
	if (!text(lines[start]) || lines[start + 1] !== '|') return null;
	const rows: Row[] = [];
	let cells: string[] = [];
	let raw: string[] = [];
	let j = start;
	let texts = 0;
	let ends = 0;
	while (j < lines.length) {
		const line = lines[j];
		if (ROW_END.test(line)) {
			raw.push(line);
			rows.push({ cells, end: line, stack: { lines: raw, after: [] } });
			cells = [];
			raw = [];
			ends++;
			j++;
			continue;
		}
		if (CELL_BAR.test(line)) {
			cells.push(CELL_BAR.exec(line)![1] ?? '');
			raw.push(line);
			j++;
			continue;
		}
		let k = j;
		while (k - j < LONE_CELL_LINES && text(lines[k])) k++;
		if (k === j || lines[k] !== '|') break;
		cells.push(lines.slice(j, k).map((l) => l.trim()).join(''));
		raw.push(...lines.slice(j, k + 1));
		texts++;
		j = k + 1;
	}
	if (raw.length) rows.push({ cells, stack: { lines: raw, after: [] } });
	return texts >= 3 && ends >= 1 ? { rows, end: j } : null;
}

/** One cell a line after a tab ("\t基本支出"), the row's cells one under another. */
const STACK_LINE = /^\t[^\t]*\t?$/;

/**
 * A table written one cell a line after a tab, its rows apart by a blank line (Word tables that
 * a converter wrote so: Hunan's reports): the cells of each run of lines are one row, as the
 * extractor's table reader reads them (tables.ts), not one row a line.
 */
function stackRows(segs: Segment[]): Segment[] {
	const out: Segment[] = [];
	const isStack = (s: Segment | undefined): s is Extract<Segment, { kind: 'table' }> => !!s && s.kind === 'table' && s.layout === 'tab' && s.rows.every((r) => STACK_LINE.test(r.cells.join('\t')));
	const isGap = (s: Segment | undefined) => !!s && s.kind === 'prose' && s.lines.length <= 2 && s.lines.every((l) => l.trim() === '');
	for (let i = 0; i < segs.length; i++) {
		// two or more runs apart by blank lines
		let j = i;
		while (isStack(segs[j]) && isGap(segs[j + 1]) && isStack(segs[j + 2])) j += 2;
		if (j === i) {
			out.push(segs[i]);
			continue;
		}
		const rows: Row[] = [];
		for (let k = i; k <= j; k += 2) {
			const t = segs[k] as Extract<Segment, { kind: 'table' }>;
			const lines = t.rows.map((r) => r.cells.join('\t'));
			rows.push({ cells: lines.map((l) => l.replace(/^\t|\t$/g, '')), stack: { lines, after: k < j ? (segs[k + 1] as { lines: string[] }).lines : [] } });
		}
		out.push({ kind: 'table', layout: 'tab', rows });
		i = j;
	}
	return out;
}

/**
 * A cell's text without the bars a pipe layout leaves at its end ("B |", "||||": the empty
 * cells after it) or at the start of a row written "| A | B |" (the first cell "| A"), for
 * writing in another layout.
 */
export function cleanCell(cell: string): string {
	return cell.replace(/(?:^|\s*)\|+\s*$/, '').replace(/^\|\s+/, '').trim();
}

/** A row's cells for another layout: bars stripped, the bars-only padding after the last cell dropped (empty cells kept). */
function cleanRow(cells: string[]): string[] {
	let n = cells.length;
	while (n > 0 && /^\|+$/.test(cells[n - 1].trim())) n--;
	return cells.slice(0, n).map(cleanCell);
}

/** One table's rows written in a layout. `from` is the layout the rows were parsed from. */
export function renderRows(rows: Row[], layout: Layout, from?: SourceLayout): string[] {
	const same = layout === from;
	const lines: string[] = [];
	for (const r of rows) {
		if (same && r.stack) {
			lines.push(...r.stack.lines, ...r.stack.after);
			continue;
		}
		const cells = same ? r.cells : cleanRow(r.cells);
		// (a row of one short label cell, "产出指标 (40-50)分 |", keeps a cell marker in a delimited layout,
		// as an export writes a row whose other cells are merged or empty: without one it reads as a prose
		// line cutting the table in two; a sentence or a "标签:值" line stays a line of its own)
		const lone = !same && cells.length === 1 && cells[0] !== '' && cells[0].length <= 20 && !/[:：。;；,，]/.test(cells[0]);
		if (layout === 'pipe') lines.push(lone ? `${cells[0]} |` : cells.join(' | '));
		else if (layout === 'tab') lines.push(lone ? `${cells[0]}\t` : cells.join('\t'));
		else if (layout === 'space') lines.push(cells.filter((c) => c !== '').join(' '));
		else if (layout === 'cell-line') lines.push(...cells);
		else {
			for (const c of cells) lines.push(c ? `${c} |` : '|');
			if (!same || r.end !== undefined) lines.push(same ? r.end! : '||');
		}
	}
	return lines;
}

/** The text with every table written in `layout`; prose lines unchanged. */
export function renderText(segments: Segment[], layout: Layout | 'original'): string {
	const lines: string[] = [];
	for (const s of segments) {
		if (s.kind === 'prose') lines.push(...s.lines);
		else lines.push(...renderRows(s.rows, layout === 'original' ? s.layout : layout, s.layout));
	}
	return lines.join('\n');
}

/** Re-render a document's tables in another layout. */
export const perturb = (text: string, layout: Layout): string => renderText(parseSegments(text), layout);

/**
 * The layout most of a document's table lines are written in, or null when fewer than `min`
 * table rows carry a marker (the tables, if any, are one cell a line or space-separated:
 * nothing marks their cells, so they cannot be re-rendered without reading them).
 */
export function documentLayout(text: string, min = 6): SourceLayout | null {
	const n: Record<SourceLayout, number> = { pipe: 0, tab: 0, 'cell-bar': 0 };
	for (const s of parseSegments(text)) if (s.kind === 'table') n[s.layout] += s.rows.length;
	const best = (Object.keys(n) as SourceLayout[]).sort((a, b) => n[b] - n[a])[0];
	return n[best] >= min ? best : null;
}
