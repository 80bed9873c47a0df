/**
 * 部门 (/departments, /departments/[id]): the index links every department; a department page
 * shows the budget stages, 三公 by item, indicators, score tree and texts — checked against the
 * SQL (Node DuckDB, same Arrow files) and the seed documents.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifact, launchBrowser, offlinePage, startApp, type AppServer } from './harness';
import { closeDataset, openDataset } from '../../src/lib/server/dataset';
import { departmentIndicatorsQuery, departmentsIndexQuery, departmentYearsQuery } from '../../src/lib/db/pages';
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

/** Rows of a table as header → cell text. */
async function tableRows(page: Page, label: string): Promise<Record<string, string>[]> {
	return page.$$eval(`table[aria-label="${label}"] tbody tr`, (trs) =>
		trs.map((tr) => {
			const headers = [...tr.closest('table')!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼]/g, '').trim());
			const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim());
			return Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
		})
	);
}

describe('部门', () => {
	it('lists every department with a link to its page', async () => {
		const { page, foreign, errors } = await offlinePage(browser);
		await page.goto(app.url + '/departments');
		await page.waitForSelector('table[aria-label="部门列表"] tbody tr', { timeout: 120_000 });
		const expected = await sql<{ department_id: string; department_name: string }>(departmentsIndexQuery());
		const links = await page.$$eval('a[data-dept]', (as) => as.map((a) => ({ id: a.getAttribute('data-dept'), href: a.getAttribute('href'), text: a.textContent })));
		expect(links.map((l) => l.id).sort()).toEqual(expected.map((d) => d.department_id).sort());
		for (const l of links) expect(l.href).toBe(`/departments/${l.id}`);
		await page.screenshot({ path: artifact('departments.png'), fullPage: true });
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('湛江市科学技术协会: 2024 budget stages, 三公, indicators, score tree and texts', async () => {
		const { page, foreign, errors } = await offlinePage(browser);
		await page.goto(app.url + '/departments/guangdong-zhanjiang-kexie');
		await page.waitForSelector('table[aria-label="各年度概况"] tbody tr', { timeout: 120_000 });
		await page.waitForSelector('table[aria-label="2024年评分表"] tbody tr', { timeout: 60_000 });
		await page.waitForSelector('table[aria-label="“三公”经费"] tbody tr', { timeout: 60_000 });
		await page.waitForTimeout(800);
		await page.screenshot({ path: artifact('department-zhanjiang.png'), fullPage: true });

		expect(await page.locator('h1').textContent()).toContain('湛江市科学技术协会');
		const years = await tableRows(page, '各年度概况');
		const y2024 = years.find((r) => r['年度'] === '2024')!;
		// seed 000: 支出决算 771.95 万元，调整预算 771.95，年初 863.08；“三公” 决算 1.1 / 预算 4.9
		expect(y2024['支出决算']).toBe('771.95');
		expect(y2024['调整预算']).toBe('771.95');
		expect(y2024['年初预算']).toBe('863.08');
		expect(y2024['“三公”决算']).toBe('1.10');
		expect(y2024['“三公”预算']).toBe('4.90');
		expect(y2024['预算执行率']).toBe('100.00%');
		expect(y2024['“三公”执行率']).toBe('22.45%'); // 1.1 ÷ 4.9
		expect(y2024['自评得分']).toBe('99.8');
		// the same figures as the SQL
		const sqlYears = await sql<Record<string, number | null>>(departmentYearsQuery('guangdong-zhanjiang-kexie'));
		const s2024 = sqlYears.find((r) => r.year === 2024)!;
		expect(y2024['年初预算']).toBe(formatCell(s2024.budget_initial_wan, 'money'));
		expect(y2024['实有人数']).toBe(formatCell(s2024.staff_actual, 'int'));
		// 2025 is a target table: nothing final yet → 未披露, never 0
		const y2025 = years.find((r) => r['年度'] === '2025')!;
		expect(y2025['支出决算']).toBe('未披露');
		expect(y2025['自评得分']).toBe('未披露');

		// 三公 by item
		const sg = await tableRows(page, '“三公”经费');
		const item = (name: string) => sg.find((r) => r['项目'] === name)!;
		expect([item('公务用车购置及运行维护费')['预算数'], item('公务用车购置及运行维护费')['决算数']]).toEqual(['4.40', '1.10']);
		expect([item('公务接待费')['预算数'], item('公务接待费')['决算数']]).toEqual(['0.50', '0.00']);

		// indicators: the missed one is flagged, 96 ÷ 65 = 147.69%
		const inds = await tableRows(page, '2024年绩效指标');
		const sqlInds = await sql<{ fiscal_year: number }>(departmentIndicatorsQuery('guangdong-zhanjiang-kexie'));
		expect(inds).toHaveLength(sqlInds.filter((r) => r.fiscal_year === 2024).length);
		const act = inds.find((r) => r['三级指标'] === '开展科普宣传活动场次')!;
		expect(act['计算完成率']).toBe('147.69%');
		const missed = inds.find((r) => r['三级指标'].startsWith('年度施工质量合格率'))!;
		expect(missed['标记']).toBe('未完成');
		// 394.04 ÷ 4 = 9851%: flagged as a suspected unit mismatch (seed 000 writes 万人 / 人 loosely)
		const reach = inds.find((r) => r['三级指标'].startsWith('科普宣传覆盖人群'))!;
		expect([reach['计算完成率'], reach['标记']]).toEqual(['9,851.00%', '疑似单位不一致']);
		const qual = inds.find((r) => r['三级指标'] === '科普影响力')!;
		expect(qual['计算完成率']).toBe('不计算');

		// score tree and the texts
		expect((await tableRows(page, '2024年评分表')).length).toBeGreaterThan(10);
		expect(await page.getByRole('heading', { name: '2024 年 · 存在问题' }).count()).toBe(1);
		expect(await page.getByRole('heading', { name: '2024 年 · 改进措施' }).count()).toBe(1);
		// the audit panel lists exactly the report's findings from DuckDB, e.g. 0.13% where 12.70% is right
		const [{ n }] = await sql<{ n: number }>(
			`SELECT count(*)::INTEGER AS n FROM audit_findings WHERE report_id = 'guangdong-zhanjiang-kexie-2024-self'`
		);
		const panel = page.locator('li.finding[data-report="guangdong-zhanjiang-kexie-2024-self"]');
		await panel.first().waitFor({ timeout: 60_000 });
		expect(n).toBeGreaterThan(0);
		expect(await panel.count()).toBe(n);
		expect(await panel.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('12.70')]));
		// every chart has a PNG download
		expect(await page.getByRole('button', { name: '下载 PNG' }).count()).toBeGreaterThanOrEqual(3);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('衡阳市科学技术协会: execution rate in one fund scope; undisclosed 三公 shows 未披露', async () => {
		const { page, errors } = await offlinePage(browser);
		await page.goto(app.url + '/departments/hunan-hengyang-kexie');
		await page.waitForSelector('table[aria-label="各年度概况"] tbody tr', { timeout: 120_000 });
		await page.waitForTimeout(500);
		await page.screenshot({ path: artifact('department-hengyang.png'), fullPage: true });
		const [y] = await tableRows(page, '各年度概况');
		// 一般公共预算: 年初 540.67 → 调整 762.85 → 决算 697.45; 697.45 ÷ 762.85 = 91.43%
		expect([y['预算口径'], y['年初预算'], y['调整预算'], y['决算（同口径）'], y['预算执行率']]).toEqual([
			'一般公共预算', '540.67', '762.85', '697.45', '91.43%'
		]);
		expect(y['支出决算']).toBe('711.92');
		expect(y['“三公”决算']).toBe('未披露');
		expect(errors).toEqual([]);
		await page.close();
	});
});
