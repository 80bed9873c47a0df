/**
 * Table exports: CSV (UTF-8 with BOM, so Excel opens Chinese correctly) and .xlsx (written by
 * write-excel-file: numbers kept as numbers, bold frozen header row). Text that a spreadsheet
 * would take for a formula is neutralised in both. Runs in Node and the browser.
 */
import type { Cell as XlsxCell, SheetData } from 'write-excel-file/universal';

export type Column = { key: string; label: string };
export type Cell = string | number | boolean | null | undefined;
export type TableRows = Record<string, Cell>[];

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/**
 * Text starting with one of these is read as a formula by Excel, WPS or LibreOffice when the file
 * is opened (CSV) or the cell is edited (.xlsx): = + - @, tab and carriage return (OWASP's list),
 * and the full-width ＝ ＋ － ＠ that a Chinese input method types.
 */
const FORMULA_START = /^[=+\-@\t\r＝＋－＠]/;

/** Text a spreadsheet will show as text: a leading apostrophe before a formula-like start. */
export function neutralise(s: string): string {
	return FORMULA_START.test(s) ? `'${s}` : s;
}

const csvCell = (v: Cell) => {
	if (v === null || v === undefined) return '';
	const s = typeof v === 'string' ? neutralise(v) : String(v);
	return /[",\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function toCSV(columns: Column[], rows: TableRows): string {
	const lines = [columns.map((c) => csvCell(c.label)).join(',')];
	for (const r of rows) lines.push(columns.map((c) => csvCell(r[c.key])).join(','));
	return '\ufeff' + lines.join('\r\n') + '\r\n';
}

/** Spreadsheet layout of the .xlsx export. */
export const XLSX_LAYOUT = {
	/** the workbook's font (Office's default for Chinese since 2016) */
	fontFamily: '等线',
	fontSize: 11,
	/** column widths in characters of the default font; a CJK character counts two */
	minWidth: 8,
	maxWidth: 60,
	/** rows looked at to size a column */
	widthSampleRows: 200,
	/** points a line of wrapped text takes (等线 11 needs 14.25; fonts standing in for it elsewhere a little more), and Excel's largest row height */
	lineHeight: 16,
	maxRowHeight: 409
} as const;

/** Display width of text in character cells: CJK and full-width characters take two, a tab (quoted table cells) four. */
export function textWidth(s: string): number {
	let w = 0;
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		if (c === 9) w += 4;
		else w += (c >= 0x1100 && c <= 0x115f) || (c >= 0x2e80 && c <= 0xa4cf) || (c >= 0xac00 && c <= 0xd7a3) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f) || (c >= 0xff00 && c <= 0xff60) || (c >= 0xffe0 && c <= 0xffe6) || c >= 0x20000 ? 2 : 1;
	}
	return w;
}

const lines = (v: Cell) => (v === null || v === undefined ? [] : String(v).split('\n'));
const widest = (v: Cell) => Math.max(0, ...lines(v).map(textWidth));

function xlsxCell(v: Cell, width: number, header = false): XlsxCell {
	if (v === null || v === undefined || v === '') return null;
	if (typeof v === 'number') return Number.isFinite(v) ? { value: v, type: Number, alignVertical: 'top' } : null;
	if (typeof v === 'boolean') return { value: v, type: Boolean, alignVertical: 'top' };
	const s = neutralise(v);
	// text longer than its column, or of several lines, wraps; its row grows to show it whole
	const shown = lines(s).reduce((n, l) => n + Math.max(1, Math.ceil(textWidth(l) / (width - 2))), 0);
	return {
		value: s,
		type: String,
		alignVertical: 'top',
		...(header ? { fontWeight: 'bold' as const } : {}),
		...(shown > 1 ? { wrap: true, height: Math.min(XLSX_LAYOUT.maxRowHeight, shown * XLSX_LAYOUT.lineHeight) } : {})
	};
}

/** A sheet name Excel accepts: no []/\:*?, at most 31 characters, not empty. */
export function sheetName(name: string): string {
	return name.replace(/[\\/?*[\]:]/g, ' ').trim().slice(0, 31) || 'Sheet1';
}

/** A one-sheet .xlsx workbook: a bold header row that stays in view, then one row per record. */
export async function toXLSX(columns: Column[], rows: TableRows, name = 'Sheet1'): Promise<Uint8Array> {
	// loaded on first export, so the pages that only show tables do not carry the writer
	const { default: writeXlsxFile } = await import('write-excel-file/universal');
	const widths = columns.map((c) => {
		const longest = Math.max(widest(c.label) + 2, ...rows.slice(0, XLSX_LAYOUT.widthSampleRows).map((r) => widest(r[c.key])));
		return Math.min(XLSX_LAYOUT.maxWidth, Math.max(XLSX_LAYOUT.minWidth, longest + 2));
	});
	const data: SheetData = [
		columns.map((c, i) => xlsxCell(c.label, widths[i], true)),
		...rows.map((r) => columns.map((c, i) => xlsxCell(r[c.key], widths[i])))
	];
	const sheet = { sheet: sheetName(name), columns: widths.map((width) => ({ width })), stickyRowsCount: 1 };
	const blob = await writeXlsxFile(data, sheet, { fontFamily: XLSX_LAYOUT.fontFamily, fontSize: XLSX_LAYOUT.fontSize }).toBlob();
	return new Uint8Array(await blob.arrayBuffer());
}

/** Offer bytes or text as a download in the browser. */
export function download(filename: string, data: Uint8Array | string, mime: string): void {
	const blob = new Blob([typeof data === 'string' ? data : new Uint8Array(data)], { type: mime });
	const a = document.createElement('a');
	a.href = URL.createObjectURL(blob);
	a.download = filename;
	document.body.appendChild(a);
	a.click();
	a.remove();
	setTimeout(() => URL.revokeObjectURL(a.href), 1000);
}
