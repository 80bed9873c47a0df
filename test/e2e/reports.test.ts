/**
 * The first page, driven in a real headless Chromium against the production server: the five
 * bundled reports with their key figures, every value coming from DuckDB in the browser, and
 * no request leaving localhost.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { artifact, offlinePage } from './harness';
import { servedForFile } from './served';

const served = servedForFile();

type RowText = Record<string, string>;

describe('报告一览 (/reports)', () => {
	it('lists the reports (the five seeds and the corpus records) with figures from the source documents, offline', async () => {
		const { page, foreign, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/reports');
		await page.waitForSelector('table[aria-label="报告一览"] tbody tr', { timeout: 120_000 });
		const rows: RowText[] = await page.$$eval('table[aria-label="报告一览"] tbody tr', (trs) =>
			trs.map((tr) => {
				const headers = [...tr.closest('table')!.querySelectorAll('thead th')].map((th) => th.textContent!.replace(/[▲▼]/g, '').trim());
				const cells = [...tr.querySelectorAll('td')].map((td) => td.textContent!.trim());
				return Object.fromEntries(headers.map((h, i) => [h, cells[i]]));
			})
		);
		await page.screenshot({ path: artifact('reports.png'), fullPage: true });

		// 5 seed reports (data/reports) + 138 corpus gold records (data/gold: 122, and batch 6: 144–159) − 31 that name
		// no department (11, 37, 48, 49, 50, 57, 63, 64, 65, 66, 69, 83, 90, 91, 93, 96, 115, 126, 128, 135, 148), no
		// province (94, 103, 120, 122, 125) or no year (50, 51, 52, 53, 68, 116, 148: 山东 彩票公益金 2021—2023, a
		// three-year evaluation filed by no named unit) = 5 + 138 − 31 = 112; batch 7 (160–191) adds 32 gold records of
		// which 7 are skipped (162, 168, 177, 179, 182 name no department, 185 no year, 190 no province): 112 + 25 = 137;
		// batch 8 (192–238) adds 47 gold records of which 11 are skipped (192, 193, 195, 225, 228, 234 name no department, 213 neither department nor year, 214 and 221 no year, 208 and 235 no province): 137 + 36 = 173
		expect(rows).toHaveLength(173);
		const find = (dept: string, year: string) => rows.find((r) => r['部门'].startsWith(dept) && r['年度'] === year)!;

		// 000: 收入决算 771.95、支出决算 771.95（表1-3），“三公”决算 1.1 万元，综合得分 99.8，等级“优”
		const zj = find('湛江市科学技术协会', '2024');
		expect(zj['收入决算（万元）']).toBe('771.95');
		expect(zj['支出决算（万元）']).toBe('771.95');
		expect(zj['“三公”经费决算（万元）']).toBe('1.10');
		expect(zj['自评得分（分）']).toBe('99.80');
		expect(zj['等级']).toBe('优');

		// 003 is a target table: nothing is final yet, so the 决算 and 自评 columns say 不适用, never 0 (nor 未披露: nothing was withheld)
		const target = find('湛江市科学技术协会', '2025');
		expect(target['类型']).toBe('部门整体预算绩效目标表');
		expect(target['支出决算（万元）']).toBe('不适用');
		expect(target['自评得分（分）']).toBe('不适用');

		// 001: 收入 207.48、支出 207.48，“三公”经费支出 2.46 万元，得分 97，“优”
		const nx = find('南雄市科学技术协会', '2023');
		expect([nx['收入决算（万元）'], nx['支出决算（万元）'], nx['“三公”经费决算（万元）'], nx['自评得分（分）'], nx['等级']]).toEqual([
			'207.48', '207.48', '2.46', '97.00', '优'
		]);

		// 002: 支出 283.79，得分 96.95；报告未写等级 → 按得分区间计算为“优”并标 *
		const hz = find('广州市海珠区科学技术协会', '2023');
		expect(hz['支出决算（万元）']).toBe('283.79');
		expect(hz['自评得分（分）']).toBe('96.95');
		expect(hz['等级']).toBe('优*');
		expect(hz['“三公”经费决算（万元）']).toBe('未披露');

		// 004: 收入合计 781.23、整体支出 711.92（首次表述），得分 97，“优”
		const hy = find('衡阳市科学技术协会', '2024');
		expect([hy['收入决算（万元）'], hy['支出决算（万元）'], hy['自评得分（分）'], hy['等级']]).toEqual(['781.23', '711.92', '97.00', '优']);

		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
	});

	it('analyst: filters, sorts, exports and follows a row to its department; back restores the filter (1440 and 390 px)', async () => {
		for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }]) {
			const { page, errors } = await offlinePage(served.browser);
			await page.setViewportSize(viewport);
			await page.goto(served.app.url + '/reports');
			await page.waitForSelector('table[aria-label="报告一览"] tbody tr', { timeout: 120_000 });
			await page.getByLabel('年度').selectOption('2023');
			await page.waitForURL(/year=2023/);
			// 2023: 南雄 001 and 海珠 002, ten project records of the corpus (09 青神, 31 大英, 44 昌宁, 56 湘潭,
			// 97 马踏镇, 110 南县就业服务中心, 124 云雾土家族乡, 133 红河州第二人民医院, 134 枞阳县卫健委, 138 南充市林业局),
			// two 三公 statements (81 寿县文物保护中心, 82 寻甸塘子街道), the 决算 of 106 乌鲁木齐市政务服务中心 and of
			// 132 舟曲县第二幼儿园, and the 目标表 of 123 广水市教育局: 2 + 10 + 2 + 2 + 1 = 17; batch 6 adds three 2023
			// records: 150 寻甸县委办's 部门整体支出绩效自评报告, 145 民乐县民政局's 彩票公益金 project self-evaluation and
			// 154 黄果树镇's third-party 村干部报酬 project evaluation: 17 + 3 = 20; batch 7 adds six: the 自评表 of 174 金寨县
			// 茶谷中心, 184 贯塘乡 and 186 梁平区林业局, the 决算 of 180 通州区档案馆, and the project records 160 镜湖区残联 and
			// 189 龙岩市民宗局 (目标表): 20 + 6 = 26; batch 8 adds five: 215 江津区退役军人事务局's 部门整体支出绩效自评报告 and
			// the project records 198 柯桥区卫健局 (专项债券), 202 永济市文旅局 (目标表), 230 西平县农业农村局 and 236 阜康市统计局: 31
			await expect.poll(() => page.locator('table[aria-label="报告一览"] tbody tr').count()).toBe(31);
			// the department self-evaluations of 2023: 南雄, 海珠, the two 三公 statements, 乌鲁木齐, 舟曲 (广水's is a 目标表),
			// 150 寻甸县委办, 174, 180, 184, 186, and 215 江津区退役军人事务局: 12 of the 173 reports
			await page.getByLabel('类型').selectOption('部门整体支出绩效自评报告');
			await page.waitForURL(/kind=/);
			await expect.poll(() => page.locator('table[aria-label="报告一览"] tbody tr').count()).toBe(12);
			expect(await page.locator('[data-shown]').textContent()).toBe('显示 12 / 173 份报告');
			// sort by 支出决算 ascending: 南雄 207.48, 海珠 283.79, 金寨 338.31 (“年度资金总额 | 329.77 | 329.77 | 338.31”),
			// 乌鲁木齐 434.16 ("本年支出合計434.16萬元"), 舟曲 1193.35 ("本年收入1095.76万元,支出1193.35万元"), 衡山县贯塘乡
			// 2030.12 (全年执行数, its first statement of the year's spending)
			await page.locator('button[data-sort="spending_final_wan"]').click();
			await page.waitForURL(/sort=spending_final_wan/);
			let names = await page.locator('table[aria-label="报告一览"] tbody tr td[data-col="department_name"]').allTextContents();
			if (!names[0].startsWith('南雄')) {
				await page.locator('button[data-sort="spending_final_wan"]').click();
				await page.waitForURL(/sort=spending_final_wan%3Aasc|sort=spending_final_wan:asc/);
				names = await page.locator('table[aria-label="报告一览"] tbody tr td[data-col="department_name"]').allTextContents();
			}
			// (the two 三公 statements, 150 寻甸县委办 — its excerpt ends in the 部门概况: staff only —, 180 通州区档案馆 (staff
			// only), 186 梁平区林业局 (score and indicators only) and 215 江津区退役军人事务局 (the excerpt states no figure)
			// state no spending: 未披露, after the six)
			expect(names.map((n) => n.slice(0, 2)).slice(0, 6)).toEqual(['南雄', '广州', '金寨', '乌鲁', '舟曲', '衡山']);
			expect(names).toHaveLength(12);
			// export what is shown: a header and twelve rows
			const [csv] = await Promise.all([page.waitForEvent('download'), page.locator('[data-export=csv]').click()]);
			const text = readFileSync((await csv.path())!, 'utf8');
			expect(text.split('\r\n').filter(Boolean)).toHaveLength(13);
			expect(text).toContain('南雄市科学技术协会');
			await page.screenshot({ path: artifact(`reports-2023-${viewport.width}.png`), fullPage: true });
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
			// the row is a link to the department; back returns to the filtered, sorted list
			await page.locator('table[aria-label="报告一览"] a', { hasText: '南雄市科学技术协会' }).click();
			await page.waitForURL(/\/departments\/guangdong-shaoguan-nanxiong-kexie/);
			await page.goBack();
			await page.waitForURL(/year=2023/);
			await expect.poll(() => page.locator('table[aria-label="报告一览"] tbody tr').count(), { timeout: 60_000 }).toBe(12);
			expect(await page.getByLabel('年度').inputValue()).toBe('2023');
			expect(errors).toEqual([]);
			await page.close();
		}
	});

	it('shows what failed when the dataset cannot be loaded', async () => {
		const { page } = await offlinePage(served.browser);
		await page.route('**/data/reports.arrow*', (route) => route.fulfill({ status: 500, body: 'boom' }));
		await page.goto(served.app.url + '/reports');
		const alert = page.locator('[role=alert]').first();
		await alert.waitFor({ timeout: 120_000 });
		expect(await alert.textContent()).toContain('reports');
		await page.screenshot({ path: artifact('reports-error.png') });
	});
});
