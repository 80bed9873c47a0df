/**
 * 部门对比 (/compare): filters in the URL, side-by-side table with figures worked out by hand
 * from the seed documents, sorting with undisclosed figures last, per-staff normalisation,
 * CSV / Excel export.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, offlinePage } from './harness';
import { servedForFile } from './served';

const served = servedForFile();

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
	it('compares the chosen departments for the chosen years, with the figures of the seed documents', async () => {
		const { page, foreign, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/compare?dept=guangdong-zhanjiang-kexie,hunan-hengyang-kexie&years=2024');
		await page.waitForSelector('table[aria-label="部门对比"] tbody tr', { timeout: 120_000 });
		await page.waitForTimeout(800);
		await page.screenshot({ path: artifact('compare-2024.png'), fullPage: true });
		const rows = await tableRows(page);
		expect(rows).toHaveLength(2);
		// 湛江 2024 (000): 表1-3 决算 771.95、调整预算 771.95、年初 863.08; “三公” 决算 1.1 / 预算 4.9
		const zj = rows.find((r) => r['部门'].startsWith('湛江'))!;
		expect([zj['支出决算合计'], zj['调整预算'], zj['年初预算'], zj['决算（同口径）'], zj['“三公”决算'], zj['“三公”预算']]).toEqual(['771.95', '771.95', '863.08', '771.95', '1.10', '4.90']);
		expect(zj['预算执行率']).toBe('100.00%'); // 771.95 ÷ 771.95
		// 1.1 ÷ 4.9 = 22.449 → 22.45%, beside the report's own "22.44%"
		expect(zj['“三公”控制率']).toBe('22.45%（所述 22.44%）');
		// 人均支出 = 771.95 ÷ (本级在岗 12 + 2 + 科技馆在编 6 = 20) = 38.5975 → 38.60 (no longer ÷ 14 = 55.14)
		expect(zj['在职人数（含下属）']).toBe('20');
		expect(zj['人均支出']).toBe('38.60');
		expect(zj['支出排名']).toBe('1');
		// 衡阳 2024 (004): 一般公共预算 697.45 ÷ 762.85 = 91.43%; 支出决算合计 711.92; 在职 21 + 中心 3 = 24
		const hy = rows.find((r) => r['部门'].startsWith('衡阳'))!;
		expect([hy['支出决算合计'], hy['调整预算'], hy['决算（同口径）'], hy['预算执行率']]).toEqual(['711.92', '762.85', '697.45', '91.43%']);
		expect(hy['“三公”决算']).toBe('未披露');
		expect(hy['在职人数（含下属）']).toBe('24');
		expect(hy['人均支出']).toBe('29.66'); // 711.92 ÷ 24 = 29.663
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.screenshot({ path: artifact('compare-2024-1440.png'), fullPage: true });
		await page.setViewportSize({ width: 390, height: 844 });
		await page.waitForTimeout(500);
		await page.screenshot({ path: artifact('compare-2024-390.png'), fullPage: true });
		await page.setViewportSize({ width: 1400, height: 900 });
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('keeps filters and sort in the URL; undisclosed sorts last; per-staff charts; exports CSV and Excel', async () => {
		const { page, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/compare');
		await page.waitForSelector('table[aria-label="部门对比"] tbody tr', { timeout: 120_000 });
		// peer group: 广东省
		await page.getByLabel('省份').selectOption('广东省');
		await page.waitForURL(/province=/);
		await expect.poll(async () => (await tableRows(page)).every((r) => r['地区'].startsWith('广东省')), { timeout: 30_000 }).toBe(true);
		// sort by 支出决算 (descending first); 未披露 last
		await page.locator('button[data-sort="spending_final_wan"]').click();
		await page.waitForURL(/sort=spending_final_wan%3Adesc|sort=spending_final_wan:desc/);
		const sorted = (await tableRows(page)).map((r) => r['支出决算合计']);
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
		const again = await served.browser.newPage();
		await again.goto(page.url());
		await again.waitForSelector('table[aria-label="部门对比"] tbody tr', { timeout: 120_000 });
		expect((await tableRows(again)).map((r) => r['支出决算合计'])).toEqual(sorted);
		await again.close();

		// exports
		const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="csv"]').first().click()]);
		const text = readFileSync((await csv.path())!, 'utf8');
		expect(text.charCodeAt(0)).toBe(0xfeff);
		expect(text).toContain('支出决算合计（万元）');
		expect(text).toContain('771.95');
		// the export carries the same per-staff figure and its denominator as the screen: 湛江 2024 771.95 ÷ 20 = 38.6
		const zjLine = text.split('\n').find((l) => l.startsWith('湛江市科学技术协会,2024'))!;
		expect(zjLine.split(',')).toEqual(expect.arrayContaining(['771.95', '20', '38.6', '100', '22.45']));
		const [xlsx] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export="xlsx"]').first().click()]);
		expect(xlsx.suggestedFilename()).toBe('部门对比.xlsx');
		const bytes = readFileSync((await xlsx.path())!);
		expect(bytes.subarray(0, 2).toString()).toBe('PK');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('marks simulated demo data in the table', async (ctx) => {
		const res = await fetch(served.app.url + '/data/demo/manifest.json');
		if (!res.ok) ctx.skip(); // the demo dataset has not been generated on this machine
		const { page, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/compare?data=demo&years=2024');
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
