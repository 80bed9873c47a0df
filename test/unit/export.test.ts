import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { neutralise, sheetName, textWidth, toCSV, toXLSX } from '../../src/lib/export/table';

const columns = [
	{ key: 'name', label: '部门' },
	{ key: 'wan', label: '支出（万元）' },
	{ key: 'note', label: '备注' }
];
const rows = [
	{ name: '湛江市科学技术协会', wan: 771.95, note: '含"引号",逗号 & <标签>' },
	{ name: '南雄市科学技术协会', wan: null, note: '未披露' },
	{ name: '=HYPERLINK("http://x","点我")', wan: -1.5, note: '+1' },
	{ name: '@SUM(A1)', wan: Number.NaN, note: '第一行\n第二行' },
	{ name: '－1', wan: 0, note: true }
];

type XCell = { t: 'n' | 's' | 'b'; v: number | string | boolean; style: number };

/** The cells of the first sheet of an .xlsx, read back from its XML: ref → typed value and style. */
function readXlsx(bytes: Uint8Array) {
	const files = unzipSync(bytes);
	const xml = (name: string) => strFromU8(files[name]);
	const unescape = (s: string) => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
	const shared = [...xml('xl/sharedStrings.xml').matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => unescape([...m[1].matchAll(/<t[^>]*>([\s\S]*?)<\/t>/g)].map((t) => t[1]).join('')));
	const sheet = xml('xl/worksheets/sheet1.xml');
	const cells: Record<string, XCell> = {};
	for (const m of sheet.matchAll(/<c r="([A-Z]+\d+)"([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
		const attrs = m[2];
		const t = /t="(\w+)"/.exec(attrs)?.[1];
		const style = Number(/s="(\d+)"/.exec(attrs)?.[1] ?? 0);
		const v = /<v>([\s\S]*?)<\/v>/.exec(m[3] ?? '')?.[1];
		if (v === undefined) continue;
		if (t === 's') cells[m[1]] = { t: 's', v: shared[Number(v)], style };
		else if (t === 'b') cells[m[1]] = { t: 'b', v: v === '1', style };
		else if (t === undefined || t === 'n') cells[m[1]] = { t: 'n', v: Number(v), style };
		else cells[m[1]] = { t: 's', v: unescape(v), style };
	}
	const styles = xml('xl/styles.xml');
	const fonts = [...(/<fonts[^>]*>([\s\S]*?)<\/fonts>/.exec(styles)?.[1] ?? '').matchAll(/<font>([\s\S]*?)<\/font>/g)].map((m) => m[1]);
	const xfs = [...(/<cellXfs[^>]*>([\s\S]*?)<\/cellXfs>/.exec(styles)?.[1] ?? '').matchAll(/<xf ([^>]*?)\/?>([\s\S]*?)(?:<\/xf>|(?=<xf)|$)/g)].map((m) => ({ attrs: m[1], inner: m[2] }));
	const bold = (style: number) => /<b\/>/.test(fonts[Number(/fontId="(\d+)"/.exec(xfs[style].attrs)?.[1] ?? 0)] ?? '');
	const wraps = (style: number) => /wrapText="1"/.test(xfs[style].inner);
	return { files, sheet, cells, bold, wraps, workbook: xml('xl/workbook.xml'), fonts };
}

describe('formula neutralisation', () => {
	it('prefixes text that a spreadsheet would take for a formula, and only that', () => {
		for (const s of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '＝1', '＋1', '－1', '＠A']) expect(neutralise(s)).toBe(`'${s}`);
		for (const s of ['部门', '1-2', 'a=b', '', ' =1', '（一）']) expect(neutralise(s)).toBe(s);
	});
});

describe('CSV', () => {
	it('has a BOM, quotes what needs quoting and leaves missing figures empty', () => {
		const csv = toCSV(columns, rows);
		expect(csv.startsWith('\ufeff部门,支出（万元）,备注\r\n')).toBe(true);
		expect(csv).toContain('湛江市科学技术协会,771.95,"含""引号"",逗号 & <标签>"');
		expect(csv).toContain('南雄市科学技术协会,,未披露');
	});
	it('neutralises formula-like text but keeps negative numbers as numbers', () => {
		const lines = toCSV(columns, rows).slice(1).split('\r\n');
		expect(lines[3]).toBe(`"'=HYPERLINK(""http://x"",""点我"")",-1.5,'+1`);
		expect(lines[4].startsWith("'@SUM(A1),NaN,")).toBe(true);
		expect(lines[5]).toBe("'－1,0,true");
	});
});

describe('XLSX (write-excel-file), read back', () => {
	it('is a zip Python reads whole, with one sheet named as asked', async () => {
		const bytes = await toXLSX(columns, rows, '报告');
		const dir = mkdtempSync(join(tmpdir(), 'pl-xlsx-'));
		const file = join(dir, 't.xlsx');
		writeFileSync(file, bytes);
		const py = spawnSync('python3', ['-c', 'import zipfile,sys\nz=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None\nprint(len(z.namelist()))', file]);
		rmSync(dir, { recursive: true, force: true });
		if (!py.error) {
			expect(py.stderr.toString()).toBe('');
			expect(Number(py.stdout.toString())).toBeGreaterThan(4);
		}
		const { workbook, files } = readXlsx(bytes);
		expect(Object.keys(files)).toEqual(expect.arrayContaining(['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml', 'xl/styles.xml']));
		expect([...workbook.matchAll(/<sheet /g)].length).toBe(1);
		expect(workbook).toMatch(/<sheet [^>]*name="报告"/);
	});

	it('keeps numbers as numbers, text as text, missing figures as empty cells', async () => {
		const { cells } = readXlsx(await toXLSX(columns, rows, '报告'));
		expect(cells.A1).toMatchObject({ t: 's', v: '部门' });
		expect(cells.B1).toMatchObject({ t: 's', v: '支出（万元）' });
		expect(cells.A2).toMatchObject({ t: 's', v: '湛江市科学技术协会' });
		expect(cells.B2).toMatchObject({ t: 'n', v: 771.95 });
		expect(cells.C2).toMatchObject({ t: 's', v: '含"引号",逗号 & <标签>' });
		expect(cells.B3).toBeUndefined(); // the missing figure is an empty cell, not 0
		expect(cells.B4).toMatchObject({ t: 'n', v: -1.5 }); // a negative number is not neutralised
		expect(cells.B5).toBeUndefined(); // NaN is no figure
		expect(cells.B6).toMatchObject({ t: 'n', v: 0 });
		expect(cells.C6).toMatchObject({ t: 'b', v: true });
	});

	it('neutralises formula-like text, and writes no formula at all', async () => {
		const { cells, sheet } = readXlsx(await toXLSX(columns, rows, '报告'));
		expect(cells.A4.v).toBe(`'=HYPERLINK("http://x","点我")`);
		expect(cells.C4.v).toBe("'+1");
		expect(cells.A5.v).toBe("'@SUM(A1)");
		expect(cells.A6.v).toBe("'－1");
		expect(sheet).not.toContain('<f>');
	});

	it('bold header row frozen in view; columns as wide as their Chinese text; several lines wrap', async () => {
		const { cells, sheet, bold, wraps, fonts } = readXlsx(await toXLSX(columns, rows, '报告'));
		expect(bold(cells.A1.style)).toBe(true);
		expect(bold(cells.A2.style)).toBe(false);
		expect(sheet).toMatch(/<pane [^>]*ySplit="1"[^>]*state="frozen"/);
		expect(fonts[0]).toContain('<name val="等线"/>');
		const width = (n: number) => Number(new RegExp(`<col min="${n}" max="${n}" width="([\\d.]+)"`).exec(sheet)?.[1]);
		// 湛江市科学技术协会: nine CJK characters, 18 cells wide, plus a margin
		expect(textWidth('湛江市科学技术协会')).toBe(18);
		expect(textWidth('合计\t50')).toBe(10); // a tab (quoted table cells) counts four
		expect(width(1)).toBeGreaterThanOrEqual(20);
		expect(width(1)).toBeLessThanOrEqual(60);
		expect(width(2)).toBeGreaterThanOrEqual(textWidth('支出（万元）'));
		expect(cells.C5.v).toBe('第一行\n第二行');
		expect(wraps(cells.C5.style)).toBe(true);
		expect(sheet).toMatch(/<row r="5" [^>]*ht="32"[^>]*customHeight="1"/);
		expect(wraps(cells.C2.style)).toBe(false);
	});

	it('long text wraps within the widest column; sheet names Excel refuses are mended', async () => {
		const long = '说明'.repeat(80);
		const { cells, wraps, sheet } = readXlsx(await toXLSX([{ key: 'm', label: '说明' }], [{ m: long }], 'a/b:c*d?[e]'));
		expect(cells.A2.v).toBe(long);
		expect(wraps(cells.A2.style)).toBe(true);
		expect(sheet).toContain('width="60"');
		expect(sheetName('a/b:c*d?[e]')).toBe('a b c d  e');
		expect(sheetName('')).toBe('Sheet1');
		expect(sheetName('部'.repeat(40)).length).toBe(31);
	});
});
