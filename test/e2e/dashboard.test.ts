/**
 * 总览 (/): KPI cards, grade chart, movers and alerts of one year, driven in headless Chromium
 * against the production server. Every figure is checked against the same SQL run on the Node
 * DuckDB over the same Arrow files, and against figures hand-computed from the seed documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifact, launchBrowser, offlinePage, startApp, type AppServer } from './harness';
import { closeDataset, openDataset } from '../../src/lib/server/dataset';
import { alertsQuery, kpiQuery, type KpiRow } from '../../src/lib/db/pages';
import { money, num, pct } from '../../src/lib/format';

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

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] [data-value]`).textContent();
const kpiNote = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] .note`).textContent();

describe('总览 (/)', () => {
	it('shows the 2024 KPI cards from DuckDB, equal to the SQL and to the seed figures, offline', async () => {
		const { page, foreign, errors } = await offlinePage(browser);
		await page.goto(app.url + '/?year=2024');
		await page.locator('[data-kpi="spending"] [data-value]').waitFor({ timeout: 120_000 });
		await page.locator('[aria-label="预警"] li').first().waitFor({ timeout: 60_000 });
		await page.waitForTimeout(800);
		await page.screenshot({ path: artifact('dashboard-2024.png'), fullPage: true });

		const [k] = await sql<KpiRow>(kpiQuery(2024));
		// SQL result → page
		expect(await kpi(page, 'budget')).toBe(money(k.budget_wan));
		expect(await kpi(page, 'spending')).toBe(money(k.spending_wan));
		expect(await kpi(page, 'execution')).toBe(pct(k.execution_rate_pct));
		expect(await kpi(page, 'sangong')).toBe(money(k.sangong_final_wan));
		expect(await kpi(page, 'score')).toBe(`${num(k.avg_score, 2)} 分`);

		// hand-computed from the seeds: 湛江 2024 支出决算 771.95 + 衡阳 2024 711.92 = 1,483.87;
		// 调整预算 771.95 (湛江, 部门整体) + 762.85 (衡阳, 一般公共预算) = 1,534.80;
		// 执行率 (771.95 + 697.45) ÷ 1,534.80 = 95.74%; “三公” 1.10 (衡阳 未披露, not 0);
		// 平均得分 (99.8 + 97) ÷ 2 = 98.40
		expect(await kpi(page, 'spending')).toBe('1,483.87 万元');
		expect(await kpi(page, 'budget')).toBe('1,534.80 万元');
		expect(await kpi(page, 'execution')).toBe('95.74%');
		expect(await kpi(page, 'sangong')).toBe('1.10 万元');
		expect(await kpiNote(page, 'sangong')).toBe('1 / 2 个部门披露');
		expect(await kpi(page, 'score')).toBe('98.40 分');

		// alerts = the SQL rows; 湛江 2024 “年度施工质量合格率” 目标 100%，实际 0
		const alerts = await sql<{ kind: string; detail: string }>(alertsQuery(2024));
		const shown = await page.locator('[aria-label="预警"] li').allTextContents();
		expect(shown).toHaveLength(alerts.length);
		expect(shown.some((t) => t.includes('湛江市科学技术协会') && t.includes('年度施工质量合格率'))).toBe(true);

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
		await expect.poll(() => kpi(page, 'spending'), { timeout: 30_000 }).toBe('491.27 万元'); // 207.48 + 283.79
		const [k] = await sql<KpiRow>(kpiQuery(2023));
		expect(await kpi(page, 'spending')).toBe(money(k.spending_wan));
		expect(await kpi(page, 'sangong')).toBe('2.46 万元'); // 南雄 2.46; 海珠 未披露
		expect(await kpiNote(page, 'sangong')).toBe('1 / 2 个部门披露');
		expect(await kpi(page, 'score')).toBe(`${num(k.avg_score, 2)} 分`);
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
