/**
 * 总览 (/): the leader's one screen — KPI cards with change, trend, grades, alerts by kind — driven in headless Chromium
 * against the production server. Every figure on the screen is compared with a figure worked
 * out by hand from the seed documents (data/sources/000_*.txt …), never with the query the
 * page runs.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, offlinePage } from './harness';
import { servedForFile } from './served';

const served = servedForFile();

const kpi = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] [data-value]`).textContent();
const kpiNote = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] .note`).textContent();
const delta = (page: Page, id: string) => page.locator(`[data-kpi="${id}"] [data-delta]`).textContent();

const groups = (page: Page) =>
	page.$$eval('[data-alert-group]', (ds) => ds.map((d) => [d.querySelector('.kind')!.textContent!.trim(), d.querySelector('[data-count]')!.textContent!.trim(), d.querySelector('.sev')!.textContent!.trim()]));

describe('总览 (/)', () => {
	it('leader: the 2024 screen — totals with change on 2023, trend, grades, alerts by kind — from DuckDB, equal to the seed documents, offline', async () => {
		const { page, foreign, errors } = await offlinePage(served.browser);
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(served.app.url + '/?year=2024');
		await page.locator('[data-kpi="spending"] [data-value]').waitFor({ timeout: 120_000 });
		await page.locator('[data-alert-group]').first().waitFor({ timeout: 60_000 });
		await page.locator('[aria-label="等级分布"] canvas').waitFor({ timeout: 60_000 });
		await page.waitForTimeout(800);
		await page.screenshot({ path: artifact('dashboard-2024-1440.png') });

		// hand-computed from the seeds (2024: 湛江 000 and 衡阳 004, both self-evaluations) and corpus 84
		// (渠县农业综合技术服务中心 2024, a 决算 that states its staff only; its 收、支总计 holds the
		// balances and is left out) and 99 (西藏自治区人民政府驻上海办事处 2024: the excerpt is the table of
		// contents of its 决算, no figure at all) and, from batch 7, 178 寻甸县档案馆 (its 2024 评价报告 excerpt states
		// staff only: 编制 17, 在职 16) and, from batch 8, 209 徐闻县前山镇人民政府 (its 2024 自评报告 excerpt states staff
		// only: 核定 96, 在职 86, 离退休 48, 外聘 18): 84, 99, 178 and 209 are in every count of departments and in no sum.
		// (Batch 8's other 2024 records, 197 湘湖管委会, 201 淮南市田家庵区人社局, 222 海南省财政厅 (目标表) and 226 忠县民政局, are
		// project records.)
		// (The other 2024 corpus records, 01 红河, 55 谢家集, 89 巴彦淖尔, 127 湘潭市环境卫生管理处, 139 雅安市名山区
		// 林业局, 164 开远市农业农村局 (a 再评价) and 188 清流县乡村振兴局 (a 目标表), are project records.)
		// 支出决算合计: 湛江 "决算支出总计771.95万元" + 衡阳 "整体支出711.92万元" = 1,483.87 (2 / 6 departments)
		expect(await kpi(page, 'spending')).toBe('1,483.87 万元');
		expect(await kpiNote(page, 'spending')).toBe('2 / 6 个部门披露');
		// 预算执行, the same two departments for all three cards:
		// 调整预算 771.95 (湛江, 部门整体) + 762.85 (衡阳, 一般公共预算: 540.67 + 222.18) = 1,534.80
		// 同口径决算 771.95 + 697.45 (衡阳 一般公共预算) = 1,469.40; 1,469.40 ÷ 1,534.80 = 95.739… → 95.74%
		expect(await kpi(page, 'budget')).toBe('1,534.80 万元');
		expect(await kpi(page, 'execution-final')).toBe('1,469.40 万元');
		expect(await kpi(page, 'execution')).toBe('95.74%');
		// 比上年 compares the same departments: 湛江 and 衡阳 have no 2023 record with a budget (2023's are
		// 海珠 and others), so there is nothing to compare
		expect(await delta(page, 'execution')).toBe('比上年：两年没有相同的部门，不可比');
		// “三公” 1.10 (湛江 财政拨款; 衡阳 未披露, not 0); 上年 1.1 − (−1.3) = 2.4, (1.1 − 2.4) ÷ 2.4 = −54.17%
		expect(await kpi(page, 'sangong')).toBe('1.10 万元');
		expect(await kpiNote(page, 'sangong')).toBe('1 / 6 个部门披露');
		expect(await delta(page, 'sangong')).toBe('同比 −54.17%（1 个可比部门）');
		// 平均得分 (99.8 + 97) ÷ 2 = 98.40; neither 湛江 nor 衡阳 has a 2023 score: not comparable
		expect(await kpi(page, 'score')).toBe('98.40 分');
		expect(await delta(page, 'score')).toBe('比上年：两年没有相同的部门，不可比');

		// alerts by kind, most severe first, by hand: 湛江 “年度施工质量合格率” 目标 100%、实际 0 (未达成, 中);
		// “科普宣传覆盖人群” 394.04 ÷ 4 = 9851% (≥ 200%: 超额过多; ≥ 1000%: 疑似单位不一致, both 低);
		// 衡阳 “三公”经费未披露 (低); 84 渠县 and 99 西藏驻沪办 each 未披露 决算支出, 调整预算, “三公”, 自评总得分
		// (4 × 低 each), and so do 178 寻甸县档案馆 (4) and 209 前山镇 (4): 1 + 4 + 4 + 4 + 4 = 17 in that group. 衡阳 91.43% ≥ 90%: no
		// execution alert. The third-party 164 开远市农业农村局 “投保覆盖面积” 48.5万亩以上 / 29.91万亩 = 61.67%: 未达成
		// (中), the second in that group; its other indicator (承保面积 29.95万亩) has no target. The project record 89
		// 巴彦淖尔 meets its 4 indicators (租车次数 ≥1 / 1, 宣传美工制作个数 ≤1 / 1, 两个 =100% / 100%): no alert.
		// The project record 139 雅安市名山区林业局 spent “30.800000” of “52.800000” 万元: 30.8 ÷ 52.8 = 58.33% < 80%,
		// 预算执行率偏低 (高), the most severe group (the record itself states 58.33% and the late 第三批 funds).
		// Batch 8's 2024 project records list no indicator; 201 淮南市田家庵区人社局's 就业补助资金 paid “808.1 | 692.98 | 86%”:
		// 692.98 ÷ 808.1 = 85.75% < 90% (stated 86%), 预算执行率偏低 (中), the second in that group; 197, 222 and 226 state
		// budgets only. The group is 高 by its worst: 1 + 1 = 2.
		const g = await groups(page);
		expect(g[0]).toEqual(['预算执行率偏低', '2 条', '高']);
		expect(g[1]).toEqual(['绩效指标未达成', '2 条', '中']);
		expect(g.map((x) => x[0]).sort()).toEqual(['预算执行率偏低', '关键数字未披露', '指标超额过多', '疑似单位不一致', '绩效指标未达成'].sort());
		expect(Object.fromEntries(g.map((x) => [x[0], x[1]]))).toEqual({ 预算执行率偏低: '2 条', 绩效指标未达成: '2 条', 指标超额过多: '1 条', 疑似单位不一致: '1 条', 关键数字未披露: '17 条' });
		// the low-execution alert says it is a project's rate (执行数 ÷ 全年预算), not the department's
		await page.locator('[data-alert-group="low_execution"] summary').click();
		await page.waitForURL(/open=low_execution/);
		await page.locator('[data-alert-group="low_execution"] li').first().waitFor({ timeout: 30_000 });
		expect(await page.locator('[data-alert-group="low_execution"] li').allTextContents()).toEqual([
			expect.stringMatching(/^雅安市名山区林业局.*项目“林业草原改革发展资金”执行率 58\.33%（执行数 30\.80 万元 ÷ 全年预算 52\.80 万元；项目记录，不是部门整体），低于 80%/),
			expect.stringMatching(/^淮南市田家庵区人力资源和社会保障局.*项目“就业补助资金”执行率 85\.75%（执行数 692\.98 万元 ÷ 全年预算 808\.10 万元；项目记录，不是部门整体），低于 90%/)
		]);
		await page.locator('[data-alert-group="low_execution"] summary').click();
		await page.waitForURL((u) => !u.searchParams.has('open'));
		// a group opens its list; the open group is in the URL
		await page.locator('[data-alert-group="undisclosed"] summary').click();
		await page.waitForURL(/open=undisclosed/);
		await page.locator('[data-alert-group="undisclosed"] li').first().waitFor({ timeout: 30_000 });
		const undisclosed = await page.locator('[data-alert-group="undisclosed"] li').allTextContents();
		expect(undisclosed).toHaveLength(17);
		expect(undisclosed).toContainEqual(expect.stringMatching(/衡阳市科学技术协会.*未披露“三公”经费决算数/));
		expect(undisclosed.filter((t) => /渠县农业综合技术服务中心/.test(t))).toHaveLength(4);
		expect(undisclosed.filter((t) => /西藏自治区人民政府驻上海办事处/.test(t))).toHaveLength(4);
		expect(undisclosed.filter((t) => /寻甸回族彝族自治县档案馆/.test(t))).toHaveLength(4);
		expect(undisclosed.filter((t) => /徐闻县前山镇人民政府/.test(t))).toHaveLength(4);

		// one screen at 1440 × 900: the cards, the trend, the grades and the alert groups need no scrolling
		await page.locator('[data-alert-group="undisclosed"] summary').click();
		await page.waitForURL((u) => !u.searchParams.has('open'));
		for (const sel of ['[data-kpi="score"]', '[aria-label="多年趋势"]', '[aria-label="等级分布"]', '[data-alert-group]']) {
			const box = (await page.locator(sel).last().boundingBox())!;
			expect(box.y + box.height, sel).toBeLessThanOrEqual(900);
		}
		expect(await page.locator('[aria-label="多年趋势"] canvas').count()).toBe(1);
		expect(await page.locator('[aria-label="“三公”经费趋势"] canvas').count()).toBe(1);

		// 390 px: nothing wider than the screen
		await page.setViewportSize({ width: 390, height: 844 });
		await page.waitForTimeout(600);
		await page.screenshot({ path: artifact('dashboard-2024-390.png'), fullPage: true });
		expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
		// every page of the navigation is in sight (wrapped, not scrolled out of view)
		const navRights = await page.locator('nav[aria-label="主导航"] a').evaluateAll((as) => as.map((a) => [a.textContent?.trim(), Math.round(a.getBoundingClientRect().right)]));
		expect(navRights.length).toBeGreaterThanOrEqual(5);
		expect(navRights.filter(([, r]) => Number(r) > 390)).toEqual([]);

		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('switches year through the URL; the back button restores it; undisclosed figures are left out of sums', async () => {
		const { page, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/?year=2024');
		await page.locator('[data-kpi="spending"] [data-value]').waitFor({ timeout: 120_000 });
		await page.getByLabel('年度').selectOption('2023');
		await page.waitForURL(/year=2023/);
		// 南雄 207.48 + 海珠 283.79 + 106 乌鲁木齐市政务服务中心 "本年支出合計434.16萬元" + 132 舟曲县第二幼儿园
		// "本年收入1095.76万元,支出1193.35万元" = 491.27 + 434.16 + 1193.35 = 2,118.78
		// (123 广水市教育局's 2023 绩效目标申报表 is filed before the year: no 决算, 未披露; 150 中共寻甸县委办公室's 2023
		// 自评报告 excerpt ends in its 部门概况 — 编制 39 + 5, 在职 32, 离退休 16 — and states no money: 未披露).
		// Batch 7 adds 174 金寨县茶谷和美丽乡村建设服务中心 (自评表 “年度资金总额 | 329.77 | 329.77 | 338.31”: 338.31) and 184
		// 衡山县贯塘乡 (自评表 “年度资金总额 861.10 2030.12 2030.12”: 全年执行数 2030.12, the first statement; the same
		// table's “按支出性质分:1925.67” differs, and the audit reports the two as a dup.figure error):
		// 2,118.78 + 338.31 + 2030.12 = 4,487.21 from 6 of 12 departments (180 通州区档案馆 and 186 梁平区林业局 state no
		// spending); batch 8 adds 215 江津区退役军人事务局, whose 2023 自评报告 excerpt states no figure at all: 6 of 13
		await expect.poll(() => kpi(page, 'spending'), { timeout: 30_000 }).toBe('4,487.21 万元');
		expect(await kpiNote(page, 'spending')).toBe('6 / 13 个部门披露');
		// 预算执行: 海珠 (预算 283.79, 决算 283.79), 金寨 (全年预算数 329.77, 全年执行数 338.31) and 贯塘 (2030.12, 2030.12):
		// Σ调整预算 283.79 + 329.77 + 2030.12 = 2,643.68, Σ决算 283.79 + 338.31 + 2030.12 = 2,652.22, ÷ = 100.323% → 100.32%;
		// 南雄, 乌鲁木齐 and 舟曲 state no budget, and 广水 states only its 年初预算 (支出合计 122641.5, no 调整预算 or 决算)
		// — left out, not 0
		expect(await kpi(page, 'budget')).toBe('2,643.68 万元');
		expect(await kpi(page, 'execution')).toBe('100.32%');
		// 2023 has eight departments: 南雄 and 海珠 (seeds), the 三公 statements 81 寿县文物保护中心 and
		// 82 寻甸塘子街道 (no budget, spending or score), the 决算 106 乌鲁木齐市政务服务中心 and 132 舟曲县第二幼儿园
		// (spending and staff only), the 目标表 123 广水市教育局 (年初预算 only) and the 自评 150 中共寻甸县委办公室 (staff
		// only). (The other 2023 corpus records, 09, 31, 44, 56, 97, 110 南县就业服务中心, 124 云雾土家族乡, 133 红河州第二
		// 人民医院, 134 枞阳县卫健委, 138 南充市林业局, 145 民乐县民政局 and the third-party 154 黄果树镇, are project records.)
		// Batch 7 adds four: 174 金寨县茶谷中心 and 184 贯塘乡 (自评表), 180 通州区档案馆 (决算: staff only) and 186 梁平区
		// 林业局 (自评表: score and indicators, no money read) — 12 (160 镜湖区残联 and 189 龙岩市民宗局 are project records).
		// Batch 8 adds 215 江津区退役军人事务局 (自评报告, no figure): 13 (198 柯桥区卫健局, 202 永济市文旅局, 230 西平县农业农村局
		// and 236 阜康市统计局 are project records)
		expect(await kpiNote(page, 'execution')).toBe('Σ决算 ÷ Σ调整预算 · 3 / 13 个部门');
		// 南雄 2.46 + 寿县 "支出决算为1.71万元" + 寻甸塘子街道 "支出决算为11.96万元" + 贯塘乡 “三公经费: 0 0 0” (stated 0,
		// disclosed) = 16.13 from 4; 海珠, 乌鲁木齐, 舟曲 ("没有公务用车" is no 三公 figure), 广水, 寻甸县委办 (its
		// “核定公务用车车辆编制6辆” is a count, not money), 金寨, 通州, 梁平 and 江津区退役军人事务局 未披露
		expect(await kpi(page, 'sangong')).toBe('16.13 万元');
		expect(await kpiNote(page, 'sangong')).toBe('4 / 13 个部门披露');
		expect(await kpi(page, 'score')).toBe('97.29 分'); // (97 + 96.95 + 梁平 “自评总分(分)97.93”) ÷ 3 = 97.293 → 97.29
		// 2023 alerts, by hand: 南雄 未披露 调整预算 (1); 海珠 未披露 “三公” (1); 寿县 and 寻甸塘子街道 未披露 决算支出,
		// 调整预算, 自评总得分 (3 each); 乌鲁木齐 and 舟曲 未披露 调整预算, “三公”, 自评总得分 (3 each); 寻甸县委办 未披露
		// 决算支出, 调整预算, “三公”, 自评总得分 (4): 1 + 1 + 6 + 6 + 4 = 18 from 7 departments. 广水's 目标表 is filed
		// before the year, so its 决算 and 得分 are not expected: no alert. No 2023 department lists indicators; of the
		// project records, 138's one indicator is met (会议培训举办次数 1次 / 1次), 133's state no target beside an actual
		// (or no actual beside a target), 154's one (满意度情况 78.34%) has no target, and 145 paid 113 of 113 万元
		// (100%): no indicator or execution alert.
		// Batch 7: 金寨 未披露 “三公”, 自评总得分 (2); 通州 未披露 决算支出, 调整预算, “三公”, 自评总得分 (4); 贯塘 未披露 自评总得分
		// (its table scores only 预算执行率 10, no total) (1); 梁平 未披露 决算支出, 调整预算, “三公” (3): 18 + 10 = 28 from 11
		// departments. 绩效指标未达成: 梁平 “国家级公益林管护面积” 28 / 8 万亩 (28.57%), “天保工程区森林资源管护面积” 250 / 50
		// (20%), and the two rates whose table lost the 指标性质 column — “森林火灾受害率” 0.9 / 0 (0%), “主要林业有害生物成灾率”
		// 0.4 / 0.1 (25%) — read as bare targets (actual ÷ target); the project record 160 镜湖区残联's “发放残疾人机动轮椅车
		// 燃油补贴人次数” 不低于180人 / 164人 (91.11%): 4 + 1 = 5. 金寨's 8 indicators are met (≤4 / 4, 202 of ≥200, 3061 of
		// ≥2000 = 153.05%, < 200%; two deadlines not computable); 160 spent 29.6 of 29.6 万元 (100%).
		// Batch 8: 215 江津区退役军人事务局 未披露 决算支出, 调整预算, “三公”, 自评总得分 (4): 28 + 4 = 32 from 12 departments.
		// Its project records raise nothing: 202 永济市文旅局's 目标表 states targets only, 230 西平县's one indicator
		// (满意度 100%) has no target, 230 paid 269.30 of 280 万元 (96.18%), 236 阜康 1.96 of 1.96 (100%), 198 柯桥 states
		// its 专项债券 amounts only.
		await expect.poll(async () => Object.fromEntries((await groups(page)).map((x) => [x[0], x[1]])), { timeout: 30_000 }).toEqual({ 绩效指标未达成: '5 条', 关键数字未披露: '32 条' });
		await page.screenshot({ path: artifact('dashboard-2023.png'), fullPage: true });
		await page.goBack();
		await page.waitForURL(/year=2024/);
		await expect.poll(() => kpi(page, 'spending'), { timeout: 30_000 }).toBe('1,483.87 万元');

		// a link reproduces the view
		const again = await served.browser.newPage();
		await again.goto(served.app.url + '/?year=2023');
		await again.locator('[data-kpi="spending"] [data-value]').waitFor({ timeout: 120_000 });
		expect(await kpi(again, 'spending')).toBe('4,487.21 万元');
		await again.close();
		expect(errors).toEqual([]);
		await page.close();
	});

	it('2017: offered in the year list with its departments; the department figures 未披露, the project listed', async () => {
		const { page, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/');
		await page.locator('[data-kpi="spending"] [data-value]').waitFor({ timeout: 120_000 });
		// 2017 records: 95 湛江市委宣传部 (a 三公 增减情况说明), 109 横县编办 (duties only) and 129 上海市嘉定区司法局
		// (a 三公 决算情况说明) are department-wide; 59 东湖区扬子洲镇 项目支出绩效自评 is a project record. (A year with
		// project records only is labelled “仅 N 份项目记录”: test/unit/dashboard-years.test.ts. Batch 8 brings one again:
		// 2026, whose only record is 205 泉州市农业农村局's 2026 现代农业产业园 fund allocation, a project target table.)
		const options = await page.locator('select[aria-label="年度"] option').allTextContents();
		expect(options).toContain('2017 年（3 个部门）');
		expect(options[0]).toBe('2026 年（仅 1 份项目记录）');
		// under the 三公 trend, the departments each point sums: 2017 湛江市委宣传部 35 + 嘉定司法局 8.77 (2, the earliest
		// year), 2021 杜集 7.69 + 167 六安市工商联 1.52 + 229 围龙镇 “2021年度镇本级“三公”经费决算4.5万元” (3), 2023 南雄 2.46 + 寿县 1.71 + 寻甸 11.96 + 184 贯塘乡 0 (4),
		// 2024 湛江 1.10 only (衡阳 does not state its 三公) — the fall to 1.10 is fewer departments, not a cut
		const counts = await page.textContent('[data-testid=sangong-counts]');
		expect(counts).toContain('计入部门数：2017 年 2 个 · ');
		expect(counts).toContain('2021 年 3 个');
		expect(counts).toContain('2023 年 4 个 · 2024 年 1 个');
		await page.getByLabel('年度').selectOption('2017');
		await page.waitForURL(/year=2017/);
		// no 2017 department states its spending (95 and 129 state their 三公 only, 109 nothing)
		await page.locator('[data-kpi="spending"]').waitFor({ timeout: 30_000 });
		expect(await page.textContent('[data-kpi="spending"]')).toContain('未披露');
		// 三公 决算: 95 "“三公”經費支出合計35萬元" + 129 "支出决算为8.77万元" = 43.77 (2 / 3 departments; 109 未披露)
		await expect.poll(() => kpi(page, 'sangong'), { timeout: 30_000 }).toBe('43.77 万元');
		expect(await kpiNote(page, 'sangong')).toBe('2 / 3 个部门披露');
		// each states its change on 2016: 95 "比上年減少2.28萬元" → 上年 37.28, 129 "决算数比2016年度减少0.28万元" → 上年 9.05;
		// (43.77 − 46.33) ÷ 46.33 = −2.56 ÷ 46.33 = −5.526% → −5.53%
		expect(await delta(page, 'sangong')).toBe('同比 −5.53%（2 个可比部门）');
		// 2017 alerts: 95 and 129 未披露 决算支出, 调整预算, 自评总得分 (3 each), 109 those and “三公” (4): 10 from 3 departments
		await expect.poll(async () => Object.fromEntries((await groups(page)).map((x) => [x[0], x[1]])), { timeout: 30_000 }).toEqual({ 关键数字未披露: '10 条' });
		await page.locator('table[aria-label="2017年项目支出绩效"] tbody tr').first().waitFor({ timeout: 30_000 });
		const rows = await page.$$eval('table[aria-label="2017年项目支出绩效"] tbody tr', (trs) =>
			trs.map((tr) => Object.fromEntries([...tr.querySelectorAll('td')].map((td) => [td.getAttribute('data-col'), td.textContent!.trim()])))
		);
		// 59: “区政府下拨防汛相关工作110.56万元至我镇”; no 年初预算, no 执行数 stated. Batch 8 adds 219 永兴县畜牧兽医水产局's
		// 2017 目标表 of 重大动物疫病防控, “县动物卫生监督所资金总额(万元)50” (a budget, before the year: no 执行数). Largest first.
		expect(rows.map((c) => [c.department_name, c.budget_initial_wan, c.budget_adjusted_wan, c.execution_final_wan])).toEqual([
			['东湖区扬子洲镇', '未披露', '110.56', '未披露'],
			['永兴县畜牧兽医水产局', '未披露', '50.00', '未披露']
		]);
		await page.screenshot({ path: artifact('dashboard-2017.png'), fullPage: true });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('2021: the project list fits a 1440 px screen although some units have long names', async () => {
		const { page, errors } = await offlinePage(served.browser);
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(served.app.url + '/?year=2021');
		const table = page.locator('table[aria-label="2021年项目支出绩效"]');
		await table.locator('tbody tr').first().waitFor({ timeout: 120_000 });
		// batch 6 brings 151 宁夏贺兰山东麓葡萄酒产业园区管委会 (its 14,500 万元 葡萄酒产业发展项目 heads the list) and
		// 155 第一师阿拉尔市六团农业发展服务中心: the name wraps, the last column (指标达成率) stays on the screen
		expect(await table.locator('td[data-col="department_name"]').allTextContents()).toContain('宁夏贺兰山东麓葡萄酒产业园区管委会');
		const fits = await table.evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth);
		expect(fits).toBe(true);
		await page.screenshot({ path: artifact('dashboard-2021-1440.png'), fullPage: true });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('simulated data: marked as such; the alerts stand in groups, not one long list, and the screen fits', async (ctx) => {
		const res = await fetch(served.app.url + '/data/demo/manifest.json');
		if (!res.ok) ctx.skip(); // the demo dataset has not been generated on this machine
		const { page, errors } = await offlinePage(served.browser);
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.goto(served.app.url + '/?data=demo');
		await page.locator('[data-kpi="spending"] [data-value]').waitFor({ timeout: 120_000 });
		await page.locator('[data-alert-group]').first().waitFor({ timeout: 60_000 });
		expect(await page.locator('h1 .badge.sim').textContent()).toBe('模拟数据');
		// most severe first
		const sev = (await groups(page)).map((x) => x[2]);
		expect(sev).toEqual([...sev].sort((a, b) => '高中低'.indexOf(a) - '高中低'.indexOf(b)));
		const last = (await page.locator('[data-alert-group]').last().boundingBox())!;
		expect(last.y + last.height).toBeLessThanOrEqual(900);
		await page.screenshot({ path: artifact('dashboard-demo-1440.png') });
		// every department of an opened group carries the 模拟 badge
		await page.locator('[data-alert-group] summary').first().click();
		await page.locator('[data-alert-group][open] li').first().waitFor({ timeout: 30_000 });
		const n = await page.locator('[data-alert-group][open] li').count();
		expect(await page.locator('[data-alert-group][open] li .badge.sim').count()).toBe(n);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('the first numbers come with the data, before the browser\'s DuckDB has started: the KPI cards show the seed figures with the engine blocked', async () => {
		const { page } = await offlinePage(served.browser);
		// the duckdb-wasm worker and wasm are never delivered: only what was computed with the data can show
		const blocked: string[] = [];
		await page.context().route(/duckdb/i, (r) => (blocked.push(r.request().url()), r.abort()));
		await page.goto(served.app.url + '/?year=2024');
		await page.locator('[data-kpi="spending"] [data-value]').waitFor({ timeout: 60_000 });
		// the same hand-computed figures as above (2024: 湛江 771.95 + 衡阳 711.92; 1,469.40 ÷ 1,534.80)
		expect(await kpi(page, 'spending')).toBe('1,483.87 万元');
		expect(await kpi(page, 'execution')).toBe('95.74%');
		expect(await kpi(page, 'score')).toBe('98.40 分');
		expect(blocked.length).toBeGreaterThan(0);
		await page.screenshot({ path: artifact('dashboard-first-screen-no-engine.png') });
		await page.close();
	});
});
