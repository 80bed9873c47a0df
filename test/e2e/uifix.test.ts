/**
 * The fresh-eyes review's defects, as the users meet them: department staff drafting and importing
 * for their own department only (warned at once, in Chinese, naming both departments), no ids in
 * /login, a figure on the department page that shows its source sentence when clicked, a target
 * table's indicators under their key tasks, and SQL errors explained in Chinese.
 */
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { addUser, artifact, launchBrowser, offlinePage, startApp, type AppServer } from './harness';

const ZJ_STAFF = { email: 'zj-uifix@perflens.test', password: 'zj-password-1', name: '湛江填报员', role: 'department', department: 'guangdong-zhanjiang-kexie' };
const VIEWPORTS = [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
];
let app: AppServer;
let browser: Browser;
let dir: string;
let staffCookie: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'pl-e2e-uifix-'));
	cpSync('data/reports', join(dir, 'reports'), { recursive: true });
	cpSync('data/sources', join(dir, 'sources'), { recursive: true });
	addUser({ PERFLENS_DATA_DIR: dir }, ZJ_STAFF);
	app = await startApp({ PERFLENS_DATA_DIR: dir, PERFLENS_LLM_BASE_URL: '', PERFLENS_LLM_API_KEY: '', PERFLENS_LLM_MODEL: '' });
	browser = await launchBrowser();
	staffCookie = await app.signIn(ZJ_STAFF.email, ZJ_STAFF.password);
}, 600_000);
afterAll(async () => {
	await browser?.close();
	await app?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

async function asStaff(page: Page) {
	await page.context().clearCookies();
	const [name, value] = staffCookie.split('=');
	await page.context().addCookies([{ name, value, url: app.url, httpOnly: true, sameSite: 'Strict', secure: true }]);
}

describe('department staff', () => {
	for (const viewport of VIEWPORTS)
		it(`/draft at ${viewport.width} px opens on their own department's latest report, and offers only theirs`, async () => {
			const { page, errors } = await offlinePage(browser);
			await asStaff(page);
			await page.setViewportSize(viewport);
			await page.goto(app.url + '/draft');
			const dept = page.getByLabel('部门', { exact: true });
			await expect.poll(() => dept.inputValue(), { timeout: 60_000 }).toBe('湛江市科学技术协会');
			expect(await dept.locator('option').allTextContents()).toEqual(['湛江市科学技术协会']);
			// the latest self-evaluation (2024), not the 2025 target table
			expect(await page.getByLabel('报告', { exact: true }).inputValue()).toBe('guangdong-zhanjiang-kexie-2024-self');
			const info = await page.locator('[data-testid=drafter-info]').textContent();
			expect(info).toContain('未接入大模型');
			expect(info).not.toContain('PERFLENS');
			await page.screenshot({ path: artifact(`uifix-draft-staff-${viewport.width}.png`), fullPage: false });
			// /login names the department, not its id
			await page.goto(app.url + '/login');
			const body = await page.locator('main').textContent();
			expect(body).toContain('湛江市科学技术协会');
			expect(body).not.toContain('guangdong-zhanjiang-kexie');
			expect(errors).toEqual([]);
			await page.close();
		});

	it('/import: another department\'s report is flagged at once, both departments named, and cannot be saved', async () => {
		const { page } = await offlinePage(browser);
		await asStaff(page);
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(app.url + '/import');
		const rec = JSON.parse(readFileSync('data/reports/hunan-hengyang-kexie-2024-self.json', 'utf8'));
		const text = readFileSync(join('data/sources', rec.source_file), 'utf8');
		await page.locator('textarea').first().fill(text);
		await page.getByRole('button', { name: '抽取粘贴的文字' }).click();
		const warn = page.locator('[data-testid=foreign-department]');
		await warn.waitFor({ timeout: 120_000 });
		const msg = (await warn.textContent()) ?? '';
		expect(msg).toContain('衡阳市科学技术协会');
		expect(msg).toContain('湛江市科学技术协会');
		expect(await page.locator('[data-testid=save]').isDisabled()).toBe(true);
		await page.screenshot({ path: artifact('uifix-import-foreign-1440.png') });
		await page.setViewportSize({ width: 390, height: 844 });
		await page.screenshot({ path: artifact('uifix-import-foreign-390.png') });
		await page.close();
	});
});

describe('department page', () => {
	for (const viewport of VIEWPORTS)
		it(`at ${viewport.width} px: a figure shows its source sentence; a computed one its formula and the figures' sentences; indicators under their key tasks`, async () => {
			const { page, errors } = await offlinePage(browser);
			await page.setViewportSize(viewport);
			await page.goto(app.url + '/departments/guangdong-zhanjiang-kexie');
			await page.waitForSelector('table[aria-label="各年度概况"] tbody tr', { timeout: 120_000 });
			const spend = page.locator('table[aria-label="各年度概况"] td[data-col="spending_final_wan"] [data-source-figure]', { hasText: '771.95' });
			await spend.click();
			const pop = page.locator('[data-testid=source-popover]');
			await expect.poll(() => pop.textContent(), { timeout: 60_000 }).toContain('决算支出总计771.95万元');
			expect(await pop.textContent()).toContain('湛江市科学技术协会');
			await page.screenshot({ path: artifact(`uifix-department-quote-${viewport.width}.png`) });
			await pop.getByLabel('关闭').click();
			const rate = page.locator('table[aria-label="各年度概况"] td[data-col="execution_rate_pct"] [data-source-figure]').first();
			await rate.click();
			await expect.poll(() => page.locator('[data-testid=source-popover]').textContent(), { timeout: 60_000 }).toMatch(/决算支出（同口径） ÷ 调整预算[\s\S]*决算支出[\s\S]*调整预算/);
			await page.locator('[data-testid=source-popover]').getByLabel('关闭').click();
			// the 2025 target table: the department's indicators, then each key task's under its name
			const tasks = await page.locator('h4[data-task]').allTextContents();
			expect(tasks.length).toBe(4);
			expect(tasks[0]).toMatch(/^重点任务：密切联系科技工作者/);
			const table = page.locator('table[aria-label="2025年绩效指标"]');
			const row = table.locator('tr', { hasText: '科普影响力' });
			expect(await row.locator('td[data-label="一级"]').textContent()).toBe('效益指标');
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
			await page.screenshot({ path: artifact(`uifix-department-${viewport.width}.png`), fullPage: true });
			expect(errors).toEqual([]);
			await page.close();
		});
});

describe('/sql', () => {
	it('an unknown column is explained in Chinese, DuckDB\'s text kept as detail', async () => {
		const { page } = await offlinePage(browser);
		await page.goto(app.url + '/sql?q=' + encodeURIComponent('SELECT report_year FROM v_report_overview'));
		const err = page.locator('[data-testid=sql-error]');
		await err.waitFor({ timeout: 120_000 });
		expect(await err.textContent()).toMatch(/^\s*查询失败：找不到列“report_year”/);
		expect(await err.locator('details').textContent()).toContain('Binder Error');
		await page.screenshot({ path: artifact('uifix-sql-error-1440.png') });
		await page.close();
	});
});
