import { mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { spawnSync } from 'node:child_process';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { draftDocx, draftText, splitLead } from '../../src/lib/draft/export';
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

describe('export', () => {
	it('text: 存在问题 / 改进措施 with 公文 numbering, the title not repeated', () => {
		expect(splitLead('标题', '标题。正文')).toEqual({ lead: '标题。', rest: '正文' });
		const t = draftText(draft, { department: '湛江市科学技术协会', fiscal_year: 2024 });
		expect(t).toContain('存在问题\n（一）预算编制的精准度有待提高。年中调减91.13万元。');
		expect(t).toContain('改进措施\n（一）科学编制预算。细化测算各项支出 & 减少调整。');
	});
	it('.docx opens and reads (mammoth), with 仿宋 body and 黑体 headings', async () => {
		const bytes = draftDocx(draft, { department: '湛江市科学技术协会', fiscal_year: 2024 });
		const dir = mkdtempSync(join(tmpdir(), 'docx-'));
		const path = join(dir, 'd.docx');
		writeFileSync(path, bytes);
		const { value } = await mammoth.extractRawText({ path });
		expect(value).toContain('一、存在问题');
		expect(value).toContain('（一）预算编制的精准度有待提高。年中调减91.13万元。');
		expect(value).toContain('细化测算各项支出 & 减少调整。');
		const xml = new TextDecoder().decode(bytes);
		expect(xml).toContain('w:eastAsia="仿宋_GB2312"');
		expect(xml).toContain('w:eastAsia="黑体"');
		const unzip = spawnSync('unzip', ['-t', path]);
		if (unzip.status !== null && !unzip.error) expect(unzip.status).toBe(0);
		rmSync(dir, { recursive: true, force: true });
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
