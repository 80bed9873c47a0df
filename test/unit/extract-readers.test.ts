/**
 * File readers: each seed as Word (.docx, tables as Word tables) and PDF (printed from that
 * Word file) yields the same record as its text; GB18030 text; and every kind of bad input is
 * refused with a Chinese message.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { compareRecords } from '../../src/lib/extract/compare';
import { checkProvenance } from '../../src/lib/schema/provenance';
import { LIMITS, ReadError, decodeText, readDocument } from '../../src/lib/extract/readers/index';
import { htmlToText } from '../../src/lib/extract/readers/html';
import { zipEntries } from '../../src/lib/extract/readers/zip';
import { makeZip, makeZipOf, withAesMethod, withDirectoryAt, zipBomb } from '../helpers/zip';
import { isSeedSource } from '../../src/lib/extract/evaluate';

const fixtures = resolve('test/fixtures');
const seeds = readdirSync(resolve('data/sources')).filter((f) => isSeedSource(f)).sort();
const bytes = (p: string) => new Uint8Array(readFileSync(p));

describe('readers: a seed as .docx and .pdf yields the record of its text', () => {
	for (const f of seeds) {
		const stem = f.replace(/\.txt$/, '');
		const fromText = extract(readFileSync(resolve('data/sources', f), 'utf8'), { sourceFile: f }).report;
		it(`${stem}.docx: same record (every value, text and key)`, async () => {
			const { text, format } = await readDocument(bytes(resolve(fixtures, `${stem}.docx`)), `${stem}.docx`);
			expect(format).toBe('docx');
			const res = extract(text, { sourceFile: f });
			expect(checkProvenance(res.report, text)).toEqual([]);
			const c = compareRecords(fromText, res.report);
			expect(c.diffs).toEqual([]);
		});
		it(`${stem}.pdf: same record (texts compared without whitespace: PDF keeps no spaces)`, async () => {
			const { text, format } = await readDocument(bytes(resolve(fixtures, `${stem}.pdf`)), `${stem}.pdf`);
			expect(format).toBe('pdf');
			const res = extract(text, { sourceFile: f });
			expect(checkProvenance(res.report, text)).toEqual([]);
			const c = compareRecords(fromText, res.report, { ignoreWhitespace: true });
			expect(c.diffs).toEqual([]);
		});
	}
});

describe('readers: an untagged PDF (reading order rebuilt from item positions alone)', () => {
	const untagged = readdirSync(fixtures).filter((f) => f.endsWith('.untagged.pdf'));
	it('there is one', () => expect(untagged.length).toBeGreaterThan(0));
	for (const f of untagged) {
		it(`${f}: same record as its text (texts without whitespace)`, async () => {
			const src = f.replace(/\.untagged\.pdf$/, '.txt');
			const fromText = extract(readFileSync(resolve('data/sources', src), 'utf8'), { sourceFile: src }).report;
			const { text } = await readDocument(bytes(resolve(fixtures, f)), f);
			const res = extract(text, { sourceFile: src });
			expect(compareRecords(fromText, res.report, { ignoreWhitespace: true }).diffs).toEqual([]);
		});
	}
});

describe('readers: text encodings', () => {
	it('reads GB18030 text as its UTF-8 original', async () => {
		const gb = bytes(resolve(fixtures, '004_189341af007d5dc1.gb18030.txt'));
		const { text, encoding } = await readDocument(gb, 'report.txt');
		expect(encoding).toBe('gb18030');
		expect(text).toBe(readFileSync(resolve('data/sources/004_189341af007d5dc1.txt'), 'utf8'));
	});
	it('reads UTF-8 with BOM and UTF-16 with BOM', () => {
		const s = '部门整体支出绩效自评报告\n';
		const utf8 = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(s)]);
		expect(decodeText(utf8).text).toBe(s);
		const u16 = new Uint8Array(2 + s.length * 2);
		u16.set([0xff, 0xfe]);
		for (let i = 0; i < s.length; i++) {
			u16[2 + 2 * i] = s.charCodeAt(i) & 0xff;
			u16[3 + 2 * i] = s.charCodeAt(i) >> 8;
		}
		expect(decodeText(u16)).toEqual({ text: s, encoding: 'utf-16le' });
	});
});

async function refusal(b: Uint8Array, name: string): Promise<ReadError> {
	try {
		await readDocument(b, name);
	} catch (e) {
		expect(e).toBeInstanceOf(ReadError);
		expect((e as Error).message).toMatch(/[\u4e00-\u9fa5]/);
		return e as ReadError;
	}
	throw new Error(`${name} was read`);
}

describe('readers: bad input is refused with a Chinese message', () => {
	it('an empty file', async () => {
		expect((await refusal(new Uint8Array(0), 'a.txt')).code).toBe('empty');
		expect((await refusal(new TextEncoder().encode(' \n\n'), 'a.txt')).code).toBe('empty');
	});
	it('a binary file renamed .txt', async () => {
		const bin = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
		expect((await refusal(bin, 'report.txt')).code).toBe('binary');
		const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
		expect((await refusal(png, 'report.txt')).code).toBe('unsupported');
	});
	it('random bytes named .pdf or .docx: the PDF / Word file is called damaged, not "not a text file"', async () => {
		const bin = new Uint8Array(4096).map((_, i) => (i * 7919) % 256);
		const pdf = await refusal(bin, 'random.pdf');
		expect(pdf.code).toBe('corrupt');
		expect(pdf.message).toContain('PDF 文件已损坏或无法读取');
		expect(pdf.message).not.toContain('不是文本文件');
		const docx = await refusal(bin, '报告.docx');
		expect(docx.message).toContain('Word 文件已损坏或无法读取');
	});
	it('a file over the size limit', async () => {
		const big = new Uint8Array(LIMITS.fileBytes + 1).fill(0x41);
		expect((await refusal(big, 'big.txt')).code).toBe('too_large');
	});
	it('a zip bomb .docx, before inflating it', async () => {
		const bomb = zipBomb();
		expect(bomb.length).toBeLessThan(200 * 1024);
		const [entry] = zipEntries(bomb);
		expect(entry).toMatchObject({ name: 'word/document.xml', uncompressed: 60 * 1024 * 1024, method: 8, encrypted: false });
		expect(entry.compressed).toBeLessThan(200 * 1024);
		const e = await refusal(bomb, 'bomb.docx');
		expect(e.code).toBe('zip_bomb');
		expect(e.message).toBe('Word 文档中的「word/document.xml」解压后 60.0 MB，压缩比 ' + (entry.uncompressed / entry.compressed).toFixed(0) + ' 倍，疑似压缩炸弹，拒绝读取');
	});
	it('a .docx of many small parts that add up past the limit, and one of too many parts', async () => {
		const parts: Record<string, Uint8Array> = { 'word/document.xml': new TextEncoder().encode('<w:document/>') };
		// each part is under 1 MB and compresses 1000-fold, so only the total gives it away
		for (let i = 0; i < 90; i++) parts[`word/media/p${i}.bin`] = new Uint8Array(1024 * 1024 - 1);
		const e = await refusal(makeZipOf(parts), 'many.docx');
		expect(e.code).toBe('zip_bomb');
		expect(e.message).toMatch(/^Word 文档解压后共 90\.0 MB，超过上限 80\.0 MB，拒绝读取$/);
		const tiny: Record<string, Uint8Array> = { 'word/document.xml': new Uint8Array(1) };
		for (let i = 0; i <= LIMITS.docxEntries; i++) tiny[`word/p${i}.xml`] = new Uint8Array(1);
		const e2 = await refusal(makeZipOf(tiny), 'parts.docx');
		expect(e2.code).toBe('zip_bomb');
		expect(e2.message).toBe(`Word 文档内含超过 ${LIMITS.docxEntries} 个部件，拒绝读取`);
	});
	it('the central directory is read without inflating: entries of a real .docx as they are', async () => {
		const docx = bytes(resolve(fixtures, '001_76cfd38e4eb4b39f.docx'));
		const entries = zipEntries(docx);
		const inflated = unzipSync(docx);
		expect(entries.map((e) => e.name).sort()).toEqual(Object.keys(inflated).sort());
		for (const e of entries) expect(e.uncompressed).toBe(inflated[e.name].length);
		expect(entries.find((e) => e.name === 'word/document.xml')?.method).toBe(8);
	});
	it('a zip that is not a Word document, and a damaged one', async () => {
		const notWord = await refusal(makeZip('hello.txt', new TextEncoder().encode('hi')), 'x.docx');
		expect(notWord.code).toBe('unsupported');
		expect(notWord.message).toBe('这个 zip 文件不是 Word 文档（缺少 word/document.xml）');
		const cut = bytes(resolve(fixtures, '001_76cfd38e4eb4b39f.docx')).slice(0, 3000);
		const e = await refusal(cut, 'cut.docx');
		expect(e.code).toBe('corrupt');
		expect(e.message).toBe('文件已损坏：不是完整的 Word 文档（找不到 zip 目录）');
		// a directory said to lie past the end of the file
		const lost = withDirectoryAt(makeZip('word/document.xml', new TextEncoder().encode('<w:document/>')), 1 << 20);
		const e2 = await refusal(lost, 'lost.docx');
		expect(e2.code).toBe('corrupt');
		expect(e2.message).toBe('文件已损坏：zip 目录项无效');
	});
	it('a .docx with an AES-encrypted part', async () => {
		const aes = withAesMethod(makeZip('word/document.xml', new TextEncoder().encode('<w:document/>')));
		expect(zipEntries(aes)[0]).toMatchObject({ method: 99, encrypted: true });
		const e = await refusal(aes, 'aes.docx');
		expect(e.code).toBe('encrypted');
		expect(e.message).toBe('Word 文档已加密，请先取消密码保护再导入');
	});
	it('an old .doc or encrypted Office file', async () => {
		const ole = new Uint8Array([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]);
		expect((await refusal(ole, 'a.docx')).code).toBe('unsupported');
	});
	it('an encrypted PDF', async () => {
		expect((await refusal(bytes(resolve(fixtures, 'bad/encrypted.pdf')), 'encrypted.pdf')).code).toBe('encrypted');
	});
	it('an image-only PDF (a scan)', async () => {
		expect((await refusal(bytes(resolve(fixtures, 'bad/image-only.pdf')), 'scan.pdf')).code).toBe('no_text');
	});
	it('a damaged PDF', async () => {
		expect((await refusal(new TextEncoder().encode('%PDF-1.7\n garbage'), 'x.pdf')).code).toBe('corrupt');
	});
});

describe('readers: Word tables as text', () => {
	it('keeps merged cells aligned (colspan, rowspan)', () => {
		const html =
			'<p>表 1</p><table><tr><td>项目</td><td>预算</td><td>决算</td></tr>' +
			'<tr><td rowspan="2">基本支出</td><td>10</td><td>9</td></tr><tr><td>1</td><td>1</td></tr>' +
			'<tr><td colspan="2">合计</td><td>10</td></tr></table><p>A &amp; B</p>';
		expect(htmlToText(html)).toBe('表 1\n项目\t预算\t决算\n基本支出\t10\t9\n\t1\t1\n合计\t\t10\n\nA & B\n');
	});
});
