/**
 * 勾稽校验 (/audit) in a real headless Chromium against the production server: the counts shown
 * equal the SQL counts over the same dataset (Node DuckDB), the filters work from the UI and
 * from the URL, seed 002's 144.10 + 61.74 + 77.95 = 283.79 ≠ 236.79 is shown with its quote, and
 * the Excel export is a real .xlsx.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { closeDataset, openDataset } from '../../src/lib/server/dataset';
import { artifact, launchBrowser, offlinePage, pinnedDataDir, startApp, type AppServer } from './harness';

let app: AppServer;
let browser: Browser;
let sql: { severity: string; report_id: string; department_id: string }[];

const HAIZHU_DEPT = 'guangdong-guangzhou-haizhu-kexie';

beforeAll(async () => {
	app = await startApp();
	browser = await launchBrowser();
	const { engine } = await openDataset(pinnedDataDir());
	sql = await engine.query(
		`SELECT f.severity, f.report_id, r.department_id FROM audit_findings f JOIN reports r USING (report_id)`
	);
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
	await closeDataset();
});

const count = (page: Page, key: string) =>
	page.$eval(`[data-severity-count="${key}"] strong`, (el) => Number(el.textContent!.trim()));
const shown = (page: Page) => page.$$eval('li.finding', (els) => els.length);

async function settle(page: Page, n: number) {
	await page.waitForFunction((n) => document.querySelectorAll('li.finding').length === n, n, { timeout: 60_000 });
}

describe('勾稽校验 (/audit)', () => {
	it('shows every finding with counts equal to SQL, offline', async () => {
		const { page, foreign, errors } = await offlinePage(browser);
		await page.goto(app.url + '/audit');
		await page.waitForSelector('li.finding', { timeout: 120_000 });
		await page.waitForSelector('[data-severity-count="total"]');
		expect(sql.length).toBeGreaterThan(0);
		await settle(page, sql.length);
		expect(await count(page, 'total')).toBe(sql.length);
		for (const s of ['error', 'warning', 'note']) expect(await count(page, s), s).toBe(sql.filter((f) => f.severity === s).length);
		expect(await page.locator('nav a', { hasText: '勾稽校验' }).getAttribute('aria-current')).toBe('page');
		await page.screenshot({ path: artifact('audit.png'), fullPage: false });
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('filters by severity and department from the UI, and the URL reproduces the view', async () => {
		const { page, errors } = await offlinePage(browser);
		await page.goto(app.url + '/audit');
		await page.waitForSelector('li.finding', { timeout: 120_000 });
		await page.click('[data-severity-count="warning"]');
		const warnings = sql.filter((f) => f.severity === 'warning').length;
		await settle(page, warnings);
		expect(new URL(page.url()).searchParams.get('severity')).toBe('warning');
		expect(await page.$$eval('li.finding', (els) => els.map((e) => e.getAttribute('data-severity')))).toEqual(Array(warnings).fill('warning'));

		await page.click('[data-severity-count="total"]');
		await settle(page, sql.length);
		await page.selectOption('select[aria-label="部门"]', HAIZHU_DEPT);
		const haizhu = sql.filter((f) => f.department_id === HAIZHU_DEPT).length;
		await settle(page, haizhu);
		expect(new URL(page.url()).searchParams.get('dept')).toBe(HAIZHU_DEPT);
		expect(await count(page, 'total')).toBe(haizhu);

		// the same view from a link
		const { page: p2 } = await offlinePage(browser);
		await p2.goto(`${app.url}/audit?dept=${HAIZHU_DEPT}&severity=error&year=2023`);
		await p2.waitForSelector('li.finding', { timeout: 120_000 });
		await settle(p2, sql.filter((f) => f.department_id === HAIZHU_DEPT && f.severity === 'error').length);
		expect(await p2.inputValue('select[aria-label="严重程度"]')).toBe('error');
		expect(await p2.inputValue('select[aria-label="部门"]')).toBe(HAIZHU_DEPT);
		expect(await p2.inputValue('select[aria-label="年度"]')).toBe('2023');

		// seed 002: 144.10 + 61.74 + 77.95 = 283.79 vs 基本支出 236.79, with the verbatim quote
		const f = p2.locator('li.finding[data-rule="sum.economic"]');
		const text = (await f.textContent())!;
		expect(text).toContain('144.10 + 61.74 + 77.95 = 283.79');
		expect(text).toContain('经济分类合计');
		expect(await f.locator('[data-value="expected"]').textContent()).toBe('283.79 万元');
		expect(await f.locator('[data-value="stated"]').textContent()).toBe('236.79 万元');
		expect(await f.locator('[data-value="difference"]').textContent()).toBe('−47.00 万元');
		const quotes = await f.locator('q.quote').allTextContents();
		expect(quotes).toContain('基本支出全年共支出 236.79 万元');
		expect(quotes).toContain('工资福利支出 144.10 万元');
		const source = readFileSync('data/sources/' + (await sourceOf('guangdong-guangzhou-haizhu-kexie-2023-self')), 'utf8');
		for (const q of quotes) expect(source.includes(q), q).toBe(true);
		await p2.screenshot({ path: artifact('audit-haizhu.png'), fullPage: true });
		expect(errors).toEqual([]);
	});

	it('exports the shown findings as a valid .xlsx and a CSV', async () => {
		const { page } = await offlinePage(browser);
		await page.goto(app.url + '/audit?severity=error');
		await page.waitForSelector('li.finding', { timeout: 120_000 });
		const errorsN = sql.filter((f) => f.severity === 'error').length;
		await settle(page, errorsN);
		const [dl] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("导出 Excel")')]);
		expect(dl.suggestedFilename()).toMatch(/\.xlsx$/);
		const path = artifact('audit-export.xlsx');
		await dl.saveAs(path);
		const bytes = readFileSync(path);
		expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
		const text = bytes.toString('latin1');
		for (const part of ['[Content_Types].xml', 'xl/workbook.xml', 'xl/worksheets/sheet1.xml']) expect(text).toContain(part);

		const [csv] = await Promise.all([page.waitForEvent('download'), page.click('button:has-text("导出 CSV")')]);
		const csvPath = artifact('audit-export.csv');
		await csv.saveAs(csvPath);
		const body = readFileSync(csvPath, 'utf8');
		expect(body.startsWith('\ufeff部门,年度,报告编号,严重程度')).toBe(true);
		expect(body).toContain('283.79');
		// header + one line per finding (messages have no newlines; the figures column does, quoted)
		const records = body.slice(1).split(/\r\n(?=(?:[^"]*"[^"]*")*[^"]*$)/).filter(Boolean);
		expect(records.length).toBe(errorsN + 1);
	});
});

async function sourceOf(reportId: string): Promise<string> {
	const { engine } = await openDataset(pinnedDataDir());
	const [r] = await engine.query<{ source_file: string }>(`SELECT source_file FROM reports WHERE report_id = '${reportId}'`);
	return r.source_file;
}
