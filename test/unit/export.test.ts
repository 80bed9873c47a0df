import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { toCSV, toXLSX } from '../../src/lib/export/table';
import { crc32 } from '../../src/lib/export/zip';

const columns = [
	{ key: 'name', label: '部门' },
	{ key: 'wan', label: '支出（万元）' },
	{ key: 'note', label: '备注' }
];
const rows = [
	{ name: '湛江市科学技术协会', wan: 771.95, note: '含"引号",逗号' },
	{ name: '南雄市科学技术协会', wan: null, note: '未披露' }
];

describe('table exports', () => {
	it('crc32 matches the standard check value', () => {
		expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926);
	});

	it('CSV has a BOM, quotes what needs quoting and leaves missing figures empty', () => {
		const csv = toCSV(columns, rows);
		expect(csv.startsWith('\ufeff部门,支出（万元）,备注\r\n')).toBe(true);
		expect(csv).toContain('湛江市科学技术协会,771.95,"含""引号"",逗号"');
		expect(csv).toContain('南雄市科学技术协会,,未披露');
	});

	it('XLSX is a valid zip whose sheet holds numbers as numbers', () => {
		const dir = mkdtempSync(join(tmpdir(), 'pl-xlsx-'));
		const file = join(dir, 't.xlsx');
		writeFileSync(file, toXLSX(columns, rows, '报告'));
		const py = spawnSync('python3', [
			'-c',
			`import zipfile,sys
z=zipfile.ZipFile(sys.argv[1]); assert z.testzip() is None
print(z.read('xl/worksheets/sheet1.xml').decode())`,
			file
		]);
		expect(py.stderr.toString()).toBe('');
		const sheet = py.stdout.toString();
		expect(sheet).toContain('<c r="B2"><v>771.95</v></c>');
		expect(sheet).toContain('含&quot;引号&quot;,逗号');
		expect(sheet).not.toContain('r="B3"'); // the missing figure is an empty cell, not 0
	});
});
