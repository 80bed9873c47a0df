import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { draftDocx, draftText, splitLead } from '../../src/lib/draft/export';
import { FONT_SIZE_PT, FONTS, PAGE, PARAGRAPH, halfPoints, mm, pt } from '../../src/lib/draft/gongwen';
import { ungrounded } from '../../src/lib/draft/grounding';
import type { Draft } from '../../src/lib/schema/draft';
import { listVersions, readVersion, saveVersion } from '../../src/lib/server/drafts';

const draft: Draft = {
	report_id: 'guangdong-zhanjiang-kexie-2024-self',
	drafter: 'offline',
	seed: 1,
	created_at: '2026-01-01T00:00:00.000Z',
	items: [
		{ id: 'a', topic: 'budget_precision', problem_title: '预算编制的精准度有待提高', problem: '预算编制的精准度有待提高。年中调减91.13万元。', measure_title: '科学编制预算', measure: '细化测算各项支出 & 减少调整。', fact_ids: ['budget_adjust_amount'] }
	]
};

const meta = { department: '湛江市科学技术协会', fiscal_year: 2024 };

describe('export', () => {
	it('text: 存在问题 / 改进措施 with 公文 numbering, the title not repeated', () => {
		expect(splitLead('标题', '标题。正文')).toEqual({ lead: '标题。', rest: '正文' });
		const t = draftText(draft, { department: '湛江市科学技术协会', fiscal_year: 2024 });
		expect(t).toContain('存在问题\n（一）预算编制的精准度有待提高。年中调减91.13万元。');
		expect(t).toContain('改进措施\n（一）科学编制预算。细化测算各项支出 & 减少调整。');
	});
	it('.docx opens and reads (mammoth)', async () => {
		const bytes = await draftDocx(draft, meta);
		const dir = mkdtempSync(join(tmpdir(), 'docx-'));
		const path = join(dir, 'd.docx');
		writeFileSync(path, bytes);
		const { value } = await mammoth.extractRawText({ path });
		expect(value).toContain('湛江市科学技术协会2024年度部门整体支出绩效自评报告');
		expect(value).toContain('一、存在问题');
		expect(value).toContain('（一）预算编制的精准度有待提高。年中调减91.13万元。');
		expect(value).toContain('二、改进措施');
		expect(value).toContain('细化测算各项支出 & 减少调整。');
		const unzip = spawnSync('unzip', ['-t', path]);
		if (unzip.status !== null && !unzip.error) expect(unzip.status).toBe(0);
		rmSync(dir, { recursive: true, force: true });
	});

	it('.docx in the 公文 layout: fonts, sizes, line spacing, indent, A4 margins, page numbers', async () => {
		const files = unzipSync(await draftDocx(draft, meta));
		const xml = (name: string) => strFromU8(files[name]);
		const doc = xml('word/document.xml');
		const paras = [...doc.matchAll(/<w:p>([\s\S]*?)<\/w:p>/g)].map((m) => m[1]);
		const text = (p: string) => [...p.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
		const para = (start: string) => paras.find((p) => text(p).startsWith(start))!;
		const fonts = (p: string) => [...p.matchAll(/<w:rFonts ([^>]*)\/>/g)].map((m) => Object.fromEntries([...m[1].matchAll(/w:(\w+)="([^"]*)"/g)].map((a) => [a[1], a[2]])));
		const sizes = (p: string) => [...p.matchAll(/<w:sz w:val="(\d+)"\/>/g)].map((m) => Number(m[1]));

		// title: 方正小标宋简体 二号 (22 pt = 44 half-points), centred
		const title = para('湛江市科学技术协会2024年度');
		expect(fonts(title)).toEqual([{ ascii: '方正小标宋简体', hAnsi: '方正小标宋简体', eastAsia: '方正小标宋简体', cs: '方正小标宋简体' }]);
		expect(sizes(title)).toEqual([44]);
		expect(title).toContain('<w:jc w:val="center"/>');
		expect(fonts(para('（存在问题及改进措施部分）'))[0].eastAsia).toBe('楷体_GB2312');
		// 一、 headings: 黑体 三号, Heading 1 (navigation pane), indented two characters
		for (const h of ['一、存在问题', '二、改进措施']) {
			const p = para(h);
			expect(p).toContain('<w:pStyle w:val="Heading1"/>');
			expect(fonts(p)[0]).toMatchObject({ eastAsia: '黑体', ascii: '黑体' });
			expect(sizes(p)).toEqual([32]);
		}
		// body: 仿宋_GB2312 三号 (digits in 仿宋), bold lead, exact 28 pt lines, first line indented two characters, justified
		const body = para('（一）预算编制的精准度有待提高。');
		expect(fonts(body)).toEqual([
			{ ascii: '仿宋', hAnsi: '仿宋', eastAsia: '仿宋_GB2312', cs: '仿宋_GB2312' },
			{ ascii: '仿宋', hAnsi: '仿宋', eastAsia: '仿宋_GB2312', cs: '仿宋_GB2312' }
		]);
		expect(sizes(body)).toEqual([32, 32]);
		expect([...body.matchAll(/<w:b\/>/g)].length).toBe(1);
		expect(text(body)).toBe('（一）预算编制的精准度有待提高。年中调减91.13万元。');
		expect(body).toMatch(/<w:spacing [^>]*w:line="560" w:lineRule="exact"\/>/);
		expect(body).toMatch(/<w:ind w:firstLine="640" w:firstLineChars="200"\/>/);
		expect(body).toContain('<w:jc w:val="both"/>');
		expect(doc).toContain('细化测算各项支出 &amp; 减少调整。');

		// page: A4, GB/T 9704 margins (top 37, left 28, right 26, bottom 35 mm), 22 lines a page
		const sect = /<w:sectPr>[\s\S]*<\/w:sectPr>/.exec(doc)![0];
		expect(sect).toContain(`<w:pgSz w:w="${PAGE.width}" w:h="${PAGE.height}"`);
		expect([PAGE.width, PAGE.height]).toEqual([11906, 16838]);
		const mar = Object.fromEntries([.../<w:pgMar ([^>]*)\/>/.exec(sect)![1].matchAll(/w:(\w+)="(\d+)"/g)].map((a) => [a[1], Number(a[2])]));
		expect(mar).toMatchObject({ top: 2098, left: 1587, right: 1474, bottom: 1984 });
		expect(mar).toMatchObject({ top: PAGE.margin.top, left: PAGE.margin.left, right: PAGE.margin.right, bottom: PAGE.margin.bottom, footer: PAGE.margin.footer });
		expect(mm(37)).toBe(2098);
		expect(sect).toContain('<w:docGrid w:type="lines" w:linePitch="579"/>');
		expect(PARAGRAPH.lineSpacing).toBe(560);

		// page numbers — 1 — in 宋体 四号: odd pages right, even pages left
		expect(xml('word/settings.xml')).toContain('<w:evenAndOddHeaders/>');
		const footerOf = (type: string) => {
			const id = new RegExp(`<w:footerReference w:type="${type}" r:id="(\\w+)"`).exec(sect)![1];
			const target = new RegExp(`Id="${id}"[^>]*Target="([^"]+)"|Target="([^"]+)"[^>]*Id="${id}"`).exec(xml('word/_rels/document.xml.rels'))!;
			return xml(`word/${target[1] ?? target[2]}`);
		};
		const odd = footerOf('default');
		const even = footerOf('even');
		for (const f of [odd, even]) {
			expect(f).toContain('<w:instrText xml:space="preserve">PAGE</w:instrText>');
			expect(text(f)).toBe('—  —');
			expect(fonts(f)[0]).toMatchObject({ eastAsia: '宋体', ascii: '宋体' });
			expect(sizes(f)[0]).toBe(28);
		}
		expect(odd).toContain('<w:jc w:val="right"/>');
		expect(even).toContain('<w:jc w:val="left"/>');

		// styles: document defaults 仿宋 三号, zh-CN; Heading 1 is 黑体, not bold, black
		const styles = xml('word/styles.xml');
		expect(styles).toMatch(/<w:rPrDefault><w:rPr><w:rFonts [^>]*w:eastAsia="仿宋_GB2312"/);
		expect(styles).toContain('<w:lang w:val="en-US" w:eastAsia="zh-CN"/>');
		const h1 = /<w:style w:type="paragraph" w:styleId="Heading1">([\s\S]*?)<\/w:style>/.exec(styles)![1];
		expect(h1).toContain('w:eastAsia="黑体"');
		expect(h1).toContain('<w:b w:val="false"/>');
		expect(h1).toContain('<w:outlineLvl w:val="0"/>');
	});

	it('the layout constants are GB/T 9704 in Word units', () => {
		expect(FONTS.body).toEqual({ eastAsia: '仿宋_GB2312', latin: '仿宋' });
		expect(FONTS.heading.eastAsia).toBe('黑体');
		expect(FONTS.title.eastAsia).toBe('方正小标宋简体');
		expect(halfPoints(FONT_SIZE_PT.三号)).toBe(32);
		expect(halfPoints(FONT_SIZE_PT.二号)).toBe(44);
		// the text block is 156 mm × 225 mm
		expect(Math.round(((PAGE.width - PAGE.margin.left - PAGE.margin.right) * 25.4) / 1440)).toBe(156);
		expect(Math.round(((PAGE.height - PAGE.margin.top - PAGE.margin.bottom) * 25.4) / 1440)).toBe(225);
		// the page number's line ends 7 mm below the text block
		expect(Math.round(((PAGE.margin.bottom - PAGE.margin.footer - pt(FONT_SIZE_PT.四号)) * 25.4) / 1440)).toBe(7);
	});
});

describe('saved versions', () => {
	let dir: string;
	beforeAll(() => {
		dir = mkdtempSync(join(tmpdir(), 'drafts-'));
		process.env.PERFLENS_DRAFTS_DIR = dir;
	});
	afterAll(() => {
		delete process.env.PERFLENS_DRAFTS_DIR;
		rmSync(dir, { recursive: true, force: true });
	});
	it('numbers versions 1, 2 …, writes atomically, validates', () => {
		expect(saveVersion(draft.report_id, draft).version).toBe(1);
		expect(saveVersion(draft.report_id, { ...draft, drafter: 'llm', model: 'm' }).version).toBe(2);
		expect(readdirSync(join(dir, draft.report_id)).sort()).toEqual(['1.json', '2.json']);
		expect(listVersions(draft.report_id).map((v) => [v.version, v.drafter])).toEqual([[1, 'offline'], [2, 'llm']]);
		expect(readVersion(draft.report_id, 2).model).toBe('m');
		expect(() => saveVersion(draft.report_id, { ...draft, items: [{ bad: 1 }] })).toThrow();
		expect(() => saveVersion('../etc', draft)).toThrow();
		expect(() => saveVersion('other-report', draft)).toThrow(/不一致/);
	});
});

describe('CLI', () => {
	const cli = (...args: string[]) => spawnSync(process.execPath, ['src/cli/perflens.js', ...args], { encoding: 'utf8', env: { ...process.env, PERFLENS_LLM_BASE_URL: '' } });
	it('facts --report prints the sheet', () => {
		const r = cli('facts', '--report', 'hunan-hengyang-kexie-2024-self');
		expect(r.status).toBe(0);
		const s = JSON.parse(r.stdout);
		expect(s.facts.find((f: { id: string }) => f.id === 'budget_initial').value).toBe(540.67);
	});
	it('draft --report --offline prints a grounded draft', () => {
		const r = cli('draft', '--report', 'guangdong-zhanjiang-kexie-2024-self', '--offline', '--seed', '3');
		expect(r.status).toBe(0);
		const d = JSON.parse(r.stdout);
		expect(d.drafter).toBe('offline');
		expect(d.seed).toBe(3);
		expect(d.grounding).toEqual({ ok: true, ungrounded: [] });
		expect(d.items.length).toBeGreaterThan(3);
		expect(ungrounded(d.items[0].problem, [])).not.toEqual([]); // it does contain figures
	});
	it('bad input: Chinese message, exit 1', () => {
		const r = cli('draft', '--report', 'no-such-report');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('找不到报告');
		expect(cli('facts').stderr).toContain('请给出报告编号');
	});
});
