/**
 * 总览 (/): KPI cards, grade chart, movers and alerts of one year, driven in headless Chromium
 * against the production server. Every figure on the screen is compared with a figure worked
 * out by hand from the seed documents (data/sources/000_*.txt …), never with the query the
 * page runs.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifact, launchBrowser, offlinePage, startApp, type AppServer } from './harness';

let app: AppServer;
let browser: Browser;

beforeAll(async () => {
	app = await startApp();
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
});

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] [data-value]`).textContent();
const kpiNote = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] .note`).textContent();

describe('总览 (/)', () => {
	it('shows the 2024 KPI cards from DuckDB, equal to the figures of the seed documents, offline', async () => {
		const { page, foreign, errors } = await offlinePage(browser);
		await page.goto(app.url + '/?year=2024');
		await page.locator('[data-kpi="spending"] [data-value]').waitFor({ timeout: 120_000 });
		await page.locator('[aria-label="预警"] li').first().waitFor({ timeout: 60_000 });
		await page.waitForTimeout(800);
		await page.screenshot({ path: artifact('dashboard-2024.png'), fullPage: true });

		// hand-computed from the seeds (2024: 湛江 000 and 衡阳 004, both self-evaluations):
		// 支出决算合计: 湛江 "决算支出总计771.95万元" + 衡阳 "整体支出711.92万元" = 1,483.87 (2 / 2 departments)
		expect(await kpi(page, 'spending')).toBe('1,483.87 万元');
		expect(await kpiNote(page, 'spending')).toBe('2 / 2 个部门披露 · 部门整体口径优先');
		// 预算执行, the same two departments for all three cards:
		// 调整预算 771.95 (湛江, 部门整体) + 762.85 (衡阳, 一般公共预算: 540.67 + 222.18) = 1,534.80
		// 同口径决算 771.95 + 697.45 (衡阳 一般公共预算) = 1,469.40; 1,469.40 ÷ 1,534.80 = 95.739… → 95.74%
		expect(await kpi(page, 'budget')).toBe('1,534.80 万元');
		expect(await kpi(page, 'execution-final')).toBe('1,469.40 万元');
		expect(await kpi(page, 'execution')).toBe('95.74%');
		for (const id of ['budget', 'execution-final']) expect(await kpiNote(page, id)).toBe('2 / 2 个部门');
		expect(await kpiNote(page, 'execution')).toBe('Σ决算支出 ÷ Σ调整预算 · 2 / 2 个部门');
		// “三公” 1.10 (湛江 财政拨款; 衡阳 未披露, not 0); change: 上年 1.1 − (−1.3) = 2.4, (1.1 − 2.4) ÷ 2.4 = −54.17%
		expect(await kpi(page, 'sangong')).toBe('1.10 万元');
		expect(await kpiNote(page, 'sangong')).toBe('1 / 2 个部门披露');
		expect(await kpi(page, 'sangong-change')).toBe('−54.17%');
		expect(await kpiNote(page, 'sangong-change')).toBe('1 / 2 个部门可比：本年 1.10 万元，上年 2.40 万元');
		// 平均得分 (99.8 + 97) ÷ 2 = 98.40
		expect(await kpi(page, 'score')).toBe('98.40 分');
		expect(await kpiNote(page, 'score')).toBe('2 / 2 个部门有得分');

		// alerts, by hand: 湛江 “年度施工质量合格率” 目标 100%、实际 0 (未达成); “科普宣传覆盖人群” 394.04 ÷ 4 = 9851%
		// (≥ 200%: 超额过多; ≥ 1000%: 疑似单位不一致); 衡阳 “三公”经费未披露. 衡阳 91.43% ≥ 90%: no execution alert.
		const shown = await page.locator('[aria-label="预警"] li').allTextContents();
		expect(shown).toHaveLength(4);
		expect(shown.some((t) => t.includes('湛江市科学技术协会') && t.includes('年度施工质量合格率'))).toBe(true);
		expect(shown.filter((t) => t.includes('科普宣传覆盖人群'))).toHaveLength(2);
		expect(shown.some((t) => t.includes('衡阳市科学技术协会') && t.includes('未披露“三公”经费决算数'))).toBe(true);
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.screenshot({ path: artifact('dashboard-2024-1440.png'), fullPage: true });
		await page.setViewportSize({ width: 390, height: 844 });
		await page.waitForTimeout(500);
		await page.screenshot({ path: artifact('dashboard-2024-390.png'), fullPage: true });
		await page.setViewportSize({ width: 1400, height: 900 });

		// charts are drawn (canvas) and each offers a PNG download
		expect(await page.locator('figure.chart canvas').count()).toBeGreaterThanOrEqual(3);
		expect(await page.getByRole('button', { name: '下载 PNG' }).count()).toBeGreaterThanOrEqual(3);

		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('switches year through the URL; undisclosed figures are left out of sums, not counted as 0', async () => {
		const { page, errors } = await offlinePage(browser);
		await page.goto(app.url + '/?year=2024');
		await page.locator('[data-kpi="spending"] [data-value]').waitFor({ timeout: 120_000 });
		await page.getByLabel('年度').selectOption('2023');
		await page.waitForURL(/year=2023/);
		await expect.poll(() => kpi(page, 'spending'), { timeout: 30_000 }).toBe('491.27 万元'); // 南雄 207.48 + 海珠 283.79
		// 预算执行: only 海珠 states a budget (预算 283.79, 决算 283.79 → 100.00%); 南雄 states none — left out, not 0
		expect(await kpi(page, 'budget')).toBe('283.79 万元');
		expect(await kpi(page, 'execution')).toBe('100.00%');
		expect(await kpiNote(page, 'execution')).toBe('Σ决算支出 ÷ Σ调整预算 · 1 / 2 个部门');
		expect(await kpi(page, 'sangong')).toBe('2.46 万元'); // 南雄 2.46; 海珠 未披露
		expect(await kpiNote(page, 'sangong')).toBe('1 / 2 个部门披露');
		expect(await kpi(page, 'score')).toBe('96.98 分'); // (97 + 96.95) ÷ 2 = 96.975 → 96.98
		await page.screenshot({ path: artifact('dashboard-2023.png'), fullPage: true });

		// a link reproduces the view
		const again = await browser.newPage();
		await again.goto(page.url());
		await again.locator('[data-kpi="spending"] [data-value]').waitFor({ timeout: 120_000 });
		expect(await kpi(again, 'spending')).toBe('491.27 万元');
		await again.close();
		expect(errors).toEqual([]);
		await page.close();
	});

	it('marks simulated demo data as such', async (ctx) => {
		const res = await fetch(app.url + '/data/demo/manifest.json');
		if (!res.ok) ctx.skip(); // the demo dataset has not been generated on this machine
		const { page, errors } = await offlinePage(browser);
		await page.goto(app.url + '/?data=demo');
		await page.locator('[data-kpi="spending"] [data-value]').waitFor({ timeout: 120_000 });
		await expect.poll(() => page.getByText('以下为模拟数据').count(), { timeout: 30_000 }).toBeGreaterThan(0);
		await page.locator('[aria-label="预警"] li').first().waitFor({ timeout: 60_000 });
		// every department named in the movers table and the alerts carries the 模拟数据 badge
		const names = await page.locator('[aria-label="预警"] li').count();
		expect(await page.locator('[aria-label="预警"] li .badge.sim').count()).toBe(names);
		await page.screenshot({ path: artifact('dashboard-demo.png'), fullPage: true });
		expect(errors).toEqual([]);
		await page.close();
	});
});
