/**
 * 部门对比 (/compare): filters in the URL, side-by-side table equal to the SQL, sorting with
 * undisclosed figures last, per-staff normalisation, CSV / Excel export.
 */
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifact, launchBrowser, offlinePage, startApp, type AppServer } from './harness';
import { closeDataset, openDataset } from '../../src/lib/server/dataset';
import { compareQuery } from '../../src/lib/db/pages';
import { formatCell } from '../../src/lib/charts/table';

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
	app = await startApp();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
	await closeDataset();
});

async function sql<T>(q: string): Promise<T[]> {
	const { engine } = await openDataset();
	return engine.query(q) as Promise<T[]>;
}

async function tableRows(page: Page): Promise<Record<string, string>[]> {
	return page.$$eval('table[aria-label="部门对比"] tbody tr', (trs) =>
		trs.map((tr) => {
			const headers = [...tr.closest('table')!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼]/g, '').trim());
			const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim());
			return Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
		})
	);
}

describe('部门对比 (/compare)', () => {
	it('compares the chosen departments for the chosen years, equal to the SQL', async () => {
		const { page, foreign, errors } = await offlinePage(browser);
		await page.goto(app.url + '/compare?dept=guangdong-zhanjiang-kexie,hunan-hengyang-kexie&years=2024');
		await page.waitForSelector('table[aria-label="部门对比"] tbody tr', { timeout: 120_000 });
		await page.waitForTimeout(800);
		await page.screenshot({ path: artifact('compare-2024.png'), fullPage: true });
		const rows = await tableRows(page);
		const expected = await sql<Record<string, number | string | null>>(
			compareQuery({ departments: ['guangdong-zhanjiang-kexie', 'hunan-hengyang-kexie'], years: [2024] })
		);
		expect(rows).toHaveLength(2);
		for (const e of expected) {
			const r = rows.find((x) => x['部门'].startsWith(String(e.department_name)))!;
			expect(r['支出决算']).toBe(formatCell(e.spending_final_wan, 'money'));
			expect(r['调整预算']).toBe(formatCell(e.budget_adjusted_wan, 'money'));
			expect(r['预算执行率']).toBe(formatCell(e.execution_rate_pct, 'pct'));
			expect(r['自评得分']).toBe(formatCell(e.score_total, 'score'));
		}
		const zj = rows.find((r) => r['部门'].startsWith('湛江'))!;
		expect([zj['支出决算'], zj['调整预算'], zj['年初预算'], zj['“三公”决算'], zj['“三公”预算']]).toEqual(['771.95', '771.95', '863.08', '1.10', '4.90']);
		expect(zj['人均支出']).toBe('55.14'); // 771.95 ÷ 14 实有人数
		expect(zj['支出排名']).toBe('1');
		const hy = rows.find((r) => r['部门'].startsWith('衡阳'))!;
		expect(hy['“三公”决算']).toBe('未披露');
		expect(hy['人均支出']).toBe('33.90'); // 711.92 ÷ 21
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('keeps filters and sort in the URL; undisclosed sorts last; per-staff charts; exports CSV and Excel', async () => {
		const { page, errors } = await offlinePage(browser);
		await page.goto(app.url + '/compare');
		await page.waitForSelector('table[aria-label="部门对比"] tbody tr', { timeout: 120_000 });
		// peer group: 广东省
		await page.getByLabel('省份').selectOption('广东省');
		await page.waitForURL(/province=/);
		await expect.poll(async () => (await tableRows(page)).every((r) => r['地区'].startsWith('广东省')), { timeout: 30_000 }).toBe(true);
		// sort by 支出决算 (descending first); 未披露 last
		await page.locator('button[data-sort="spending_final_wan"]').click();
		await page.waitForURL(/sort=spending_final_wan%3Adesc|sort=spending_final_wan:desc/);
		const sorted = (await tableRows(page)).map((r) => r['支出决算']);
		const nums = sorted.filter((v) => v !== '未披露').map((v) => Number(v.replace(/,/g, '')));
		expect(nums).toEqual([...nums].sort((a, b) => b - a));
		expect(sorted.slice(nums.length).every((v) => v === '未披露')).toBe(true);
		// per staff
		await page.locator('input[data-per-staff]').check();
		await page.waitForURL(/per=staff/);
		await expect.poll(() => page.getByText('人均支出决算排名').count(), { timeout: 30_000 }).toBe(1);
		await page.waitForTimeout(800);
		await page.screenshot({ path: artifact('compare-peer.png'), fullPage: true });

		// the link reproduces the view
		const again = await browser.newPage();
		await again.goto(page.url());
		await again.waitForSelector('table[aria-label="部门对比"] tbody tr', { timeout: 120_000 });
		expect((await tableRows(again)).map((r) => r['支出决算'])).toEqual(sorted);
		await again.close();

		// exports
		const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').first().click()]);
		const text = readFileSync((await csv.path())!, 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text).toContain('支出决算（万元）');
		expect(text).toContain('771.95');
		const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="xlsx"]').first().click()]);
		expect(xlsx.suggestedFilename()).toBe('部门对比.xlsx');
		const bytes = readFileSync((await xlsx.path())!);
		expect(bytes.subarray(0, 2).toString()).toBe('PK');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('marks simulated demo data in the table', async (ctx) => {
		const res = await fetch(app.url + '/data/demo/manifest.json');
		if (!res.ok) ctx.skip(); // the demo dataset has not been generated on this machine
		const { page, errors } = await offlinePage(browser);
		await page.goto(app.url + '/compare?data=demo&years=2024');
		await page.waitForSelector('table[aria-label="部门对比"] tbody tr', { timeout: 120_000 });
		const rows = await page.locator('table[aria-label="部门对比"] tbody tr').count();
		expect(rows).toBeGreaterThan(1);
		expect(await page.locator('table[aria-label="部门对比"] tbody tr .badge.sim').count()).toBe(rows);
		expect(await page.getByText('含模拟数据').count()).toBe(1);
		await page.waitForTimeout(800);
		await page.screenshot({ path: artifact('compare-demo.png'), fullPage: true });
		expect(errors).toEqual([]);
		await page.close();
	});
});
