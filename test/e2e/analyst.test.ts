/**
 * The analyst's day in headless Chromium at 1440 × 900 and 390 × 844: /compare opens on a
 * sensible default and says why a department has no row; /sql is read-only, keeps its query in
 * the URL and exports; unknown addresses get a Chinese 404 page.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { artifact, offlinePage } from './harness';
import { servedForFile } from './served';

const served = servedForFile();

const VIEWPORTS = [
	{ width: 1440, height: 900 },
	{ width: 390, height: 844 }
];

describe('analyst', () => {
	for (const viewport of VIEWPORTS)
		it(`/compare at ${viewport.width} px: top 10 by default on the simulated data, a searchable picker, “2024 年无报告”`, async (ctx) => {
			if (!(await fetch(served.app.url + '/data/demo/manifest.json')).ok) ctx.skip();
			const { page, errors, foreign } = await offlinePage(served.browser);
			await page.setViewportSize(viewport);
			await page.goto(served.app.url + '/compare?data=demo');
			await page.waitForSelector('table[aria-label="部门对比"] tbody tr', { timeout: 120_000 });
			expect(await page.textContent('[data-testid=default-view]')).toContain('最高的 10 个部门');
			const names = new Set(await page.locator('table[aria-label="部门对比"] tbody td[data-col="department_name"]').allTextContents());
			expect(names.size).toBe(10);
			// the picker lists no 40 checkboxes until asked; typing finds departments
			expect(await page.locator('input[data-dept]').count()).toBe(0);
			await page.getByLabel('查找部门').fill('南雄');
			// the search runs a query (compareChoices): the matches arrive a moment later
			await expect.poll(() => page.locator('input[data-dept]').count()).toBeGreaterThan(0);
			await page.screenshot({ path: artifact(`compare-demo-${viewport.width}.png`) });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
			expect(errors).toEqual([]);
			expect(foreign).toEqual([]);
			await page.close();
		});

	it('/compare on the real reports: the default view says which year it ranks and that only 2 departments disclose in it', async () => {
		const { page, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/compare');
		await page.waitForSelector('table[aria-label="部门对比"] tbody tr', { timeout: 120_000 });
		// 2024 支出决算: 湛江 771.95 (002), 衡阳 711.92 (004); the other departments' reports are older
		expect(await page.textContent('[data-testid=default-view]')).toContain('显示 2024 年（最近一个有部门披露支出决算的年度）支出决算最高的 2 个部门（该年只有 2 个部门披露');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('/compare: a chosen department without a report in a chosen year is named, not dropped; back restores the choice', async () => {
		const { page, errors } = await offlinePage(served.browser);
		// 南雄 (001) reports only 2023
		await page.goto(served.app.url + '/compare?dept=guangdong-shaoguan-nanxiong-kexie,hunan-hengyang-kexie&years=2024');
		await page.waitForSelector('table[aria-label="部门对比"] tbody tr', { timeout: 120_000 });
		expect(await page.locator('[data-testid=no-report]').allTextContents()).toEqual(['南雄市科学技术协会：2024 年无报告']);
		expect(await page.locator('table[aria-label="部门对比"] tbody tr').count()).toBe(1);
		await page.locator('input[data-year="2023"]').check();
		await page.waitForURL(/years=2024%2C2023|years=2024,2023/);
		// 衡阳 (004) has no 2023 report on file either
		await expect.poll(() => page.locator('[data-testid=no-report]').allTextContents()).toEqual(['南雄市科学技术协会：2024 年无报告', '衡阳市科学技术协会：2023 年无报告']);
		await page.goBack();
		await page.waitForURL((u) => u.searchParams.get('years') === '2024');
		await expect.poll(() => page.locator('[data-testid=no-report]').allTextContents()).toEqual(['南雄市科学技术协会：2024 年无报告']);
		expect(errors).toEqual([]);
		await page.close();
	});

	for (const viewport of VIEWPORTS)
		it(`/sql at ${viewport.width} px: read-only with a clear refusal, the pages unharmed, query in the URL, export, schema with units`, async () => {
			const { page, errors } = await offlinePage(served.browser);
			await page.setViewportSize(viewport);
			await page.goto(served.app.url + '/sql?q=' + encodeURIComponent('drop table reports'));
			const refusal = page.locator('[data-testid=sql-error]');
			await refusal.waitFor({ timeout: 120_000 });
			expect(await refusal.textContent()).toContain('此页面只读：不能运行 DROP 语句');
			// the schema panel: columns with Chinese labels and units
			await page.getByLabel('查找表、视图或列').fill('m_year_kpi');
			await page.locator('aside details summary').first().click();
			expect(await page.locator('aside details[open]').textContent()).toContain('预算执行率（%）');
			// a reading query: 2024 spending of the two self-evaluations, 771.95 + 711.92 (hand-checked in the seeds)
			await page.getByLabel('SQL 语句').fill("SELECT department_name, spending_final_wan FROM v_report_overview WHERE fiscal_year = 2024 AND kind = 'self_evaluation' ORDER BY spending_final_wan DESC");
			await page.click('[data-testid=run]');
			await page.waitForURL(/q=SELECT/);
			await page.waitForSelector('table[aria-label="查询结果"] tbody tr');
			// (84 渠县农业综合技术服务中心's 2024 决算, 99 西藏驻沪办's (its table of contents only) and 178 寻甸县档案馆's
			// 评价报告 (its staff only), and from batch 8 209 徐闻县前山镇's 自评报告 (staff only: 核定 96, 在职 86) state no
			// spending: 未披露, sorted last, never 0)
			expect(await page.locator('table[aria-label="查询结果"] tbody tr td[data-col="spending_final_wan"]').allTextContents()).toEqual(['771.95', '711.92', '未披露', '未披露', '未披露', '未披露']);
			const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=csv]').click()]);
			expect(readFileSync((await csv.path())!, 'utf8')).toContain('湛江市科学技术协会,771.95');
			await page.screenshot({ path: artifact(`sql-${viewport.width}.png`), fullPage: true });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
			// back: the refused query is in the URL again, and the reports table is still there
			await page.goBack();
			await page.waitForURL(/q=drop/);
			await page.locator('nav a', { hasText: '报告' }).first().click();
			await page.waitForSelector('table[aria-label="报告一览"] tbody tr', { timeout: 60_000 });
			// 5 seeds + 138 corpus gold records (122, and batch 6: 144–159) − 31 without a department, region or year
			// (30, and 148: no unit, three years) = 112; batch 7: + 32 gold records − 7 skipped (162, 168, 177, 179, 182, 185,
			// 190) = 137; batch 8: + 47 gold records − 11 skipped (192, 193, 195, 208, 213, 214, 221, 225, 228, 234, 235) = 173
			expect(await page.locator('table[aria-label="报告一览"] tbody tr').count()).toBe(173);
			expect(errors).toEqual([]);
			await page.close();
		});

	it('an unknown address gets a Chinese 404 page without internal codes', async () => {
		const { page } = await offlinePage(served.browser);
		const res = await page.goto(served.app.url + '/no-such-page');
		expect(res?.status()).toBe(404);
		const text = await page.textContent('[data-testid=error-page]');
		expect(text).toContain('找不到这个页面');
		expect(text).not.toMatch(/Not Found|Error|404/);
		await page.screenshot({ path: artifact('404.png') });
		await page.close();
	});
});
