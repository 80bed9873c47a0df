/**
 * 部门 (/departments, /departments/[id]): the index links every department; a department page
 * shows the budget stages, 三公 by item, indicators, score tree and texts — checked against
 * figures worked out by hand from the seed documents (data/sources), not against the queries
 * the pages run.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { artifact, offlinePage } from './harness';
import { servedForFile } from './served';

const served = servedForFile();

/** The four departments of the five seed reports (data/reports). */
const SEED_DEPARTMENTS = ['guangdong-guangzhou-haizhu-kexie', 'guangdong-shaoguan-nanxiong-kexie', 'guangdong-zhanjiang-kexie', 'hunan-hengyang-kexie'];
/**
 * The departments of the corpus gold records (data/gold) that are department-wide reports (kind
 * self_evaluation or target_table) and name their department and year: 02 霍邱县教育局, 05 广水市政府办,
 * 06 赫山区城管执法局, 07 茂名市发改局, 12 保山市农业农村局, 13 岳阳市城管监督指挥中心, 21 南县财政局,
 * 38 南县政协, 54 许昌市河湖水系水源调度中心, 60 寻甸县政协 (三公), 61 杜集区政府办 (三公).
 */
const CORPUS_DEPARTMENTS = [
	'anhui-huaibei-duji-zhengfuban', 'anhui-luan-huoqiu-jiaoyuju', 'guangdong-maoming-fagaiwei', 'henan-xuchang-hehushuixishuiyuandiaoduzhongxin',
	'hubei-suizhou-guangshui-zhengfuban', 'hunan-yiyang-heshan-chengshiguanlihezonghezhifaju', 'hunan-yiyang-nanxian-caizhengju', 'hunan-yiyang-nanxian-zhengxie',
	'hunan-yueyang-chengshiguanlijianduzhihuizhongxin', 'yunnan-baoshan-nongyenongcunju', 'yunnan-kunming-xundian-zhengxie'
];

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
		const { page, foreign, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/departments');
		await page.waitForSelector('table[aria-label="部门列表"] tbody tr', { timeout: 120_000 });
		const links = await page.$$eval('a[data-dept]', (as) => as.map((a) => ({ id: a.getAttribute('data-dept'), href: a.getAttribute('href'), text: a.textContent })));
		// the 4 seed departments, the 33 corpus departments with a department-wide record (11 before, and
		// 67, 70, 71, 72, 74, 81, 82, 84, 85, 86, 87, 88, and 95 湛江市委宣传部, 99 西藏驻沪办, 100 宁德市委党史和
		// 地方志研究室, 104 梧州市农产品质量安全综合检测中心, 105 鹤山市水务局, 106 乌鲁木齐市政务服务中心,
		// 107 潼南区玉溪镇, 108 大足区发改委 (2020 自评), 109 横县编办 (2017 评价), 123 广水市教育局 (2023 目标表;
		// a different unit from 05 广水市政府办)), and the 44 departments of the 45 corpus project records (26
		// before, and 73, 80, 89 甘其毛都口岸分局, 92 普陀区体育事业管理中心, 97 马踏镇, 101 青山区教育局, 102 八塘街道,
		// the third-party 绩效评价报告 98 七江镇, and 110 南县就业服务中心, 111 厦门市农业农村局, 112 保山市图书馆,
		// 113 秀英区水务局, 114 海口国家高新区管委会, 117 保山市林业和草原局, 118 乐亭县市场监督管理局,
		// 119 翟店镇卫生院, 121 宁晋县教育局, 124 云雾土家族乡; 127 湘潭市环境卫生管理处 2024 is the second project
		// record of 56's unit, so no new department). None of them also files a department-wide record.
		// Batch 5 adds 4 departments with a department-wide record (129 上海市嘉定区司法局 2017 三公, 130 沙坪坝区交通局
		// 2021 决算, 131 阿坝县公安局 2021 决算, 132 舟曲县第二幼儿园 2023 决算) and 10 units with one project record each
		// (133 红河州第二人民医院, 134 枞阳县卫健委, 136 稷山县医疗保险服务中心, 137 清涧县交通运输局, 138 南充市林业局,
		// 139 雅安市名山区林业局, 140 阆中市交通运输局, 141 阳泉市公路服务中心, 142 成安县民政局, 143 湘阴县教育局), none of
		// them a unit already on file; 128 and 135 name no unit.
		// Batch 6 adds 2 departments with a department-wide record (144 丽水市文化馆 2018 整体支出绩效评价报告, 150 中共寻甸县委
		// 办公室 2023 自评 — not 60 寻甸县政协 nor 82 寻甸塘子街道) and 13 units with one project record each (145 民乐县民政局,
		// 146 兴庆区住建局, the third-party evaluations 147 卡若区民政局, 151 贺兰山东麓葡萄酒产业园区管委会 and 154 黄果树镇,
		// 149 元阳县大坪乡, 152 濉溪县民政局, 153 昭化区卫健局, 155 六团农业发展服务中心, 156 金寨经济开发区管委会, 157 岳阳县农村
		// 公路养护中心, 158 武川县民委, 159 岳阳县农田建设服务中心), none of them a unit already on file; 148 names no unit.
		// Batch 7 adds 10 departments with a department-wide record (167 六安市工商联 2021 三公, 169 雨花区发改局 2022 评价
		// 指标表, 174 金寨县茶谷和美丽乡村建设服务中心 2023 自评表, 176 荷塘区妇联 2022 自评, 178 寻甸县档案馆 2024 — not 60, 82
		// or 150 of 寻甸 —, 180 通州区档案馆 2023 决算, 181 武隆区妇联 2022 决算, 183 湘阴县卫健局 2021 自评 — not 143 湘阴县
		// 教育局 —, 184 衡山县贯塘乡 2023 自评表, 186 梁平区林业局 2023 自评表) and 15 units with project records (160 镜湖区
		// 残联, 161 渑池县农业农村局, 163 永兴县财政局, the third-party 164 开远市农业农村局, 165 虎林市林草局, 166 旌德县农业农村
		// 水利局, 170 广水市交通运输局 — not 05 广水市政府办 nor 123 广水市教育局 —, 171 广西文旅厅, 172 新洲区文旅局, 173 南县
		// 疾控中心 — not 110 南县就业服务中心 —, 175 安溪县水利局, 187 黄石市图书馆, 188 清流县乡村振兴局, 189 龙岩市民宗局,
		// 191 南岳镇政府), none of them a unit already on file; 162, 168, 177, 179, 182, 185 and 190 are skipped.
		// 4 + (39 + 10) + (67 + 15) = 4 + 49 + 82 = 135.
		// Batch 8 adds 7 departments with a department-wide record (194 北京市朝阳区财政局 2022 决算, 209 徐闻县前山镇 2024
		// 自评, 210 柳州市地方志办 2022 决算 — not 100 宁德市委党史和地方志研究室 —, 215 江津区退役军人事务局 2023 自评, 224
		// 张家界市统计局 2018 自评, 229 铜梁区围龙镇 2021 三公, 231 零陵区林业局 2021 自评表) and 29 units with one project record
		// each (the third-party 196 漕河泾街道 and 199 塘桥街道, 197 湘湖管委会, 198 柯桥区卫健局, 200 裕安区文旅局, 201 田家庵区
		// 人社局, 202 永济市文旅局, 203 宝坻区人民政府, 204 上海市同舟服务中心, 205 泉州市农业农村局, 206 德化县民政局, 207 滁州市
		// 人社局, 211 隆阳区林草局, 212 西畴县林草局, 216 原州区自然资源局, 217 原州区民宗局 — neither of them the 原州区农技中心
		// on file —, 218 南湖新区民政局, 219 永兴县畜牧兽医水产局 — not 163 永兴县财政局 —, 220 鼎山街道, 222 海南省财政厅, 223
		// 第一师阿拉尔市财政局, 226 忠县民政局, 227 深圳市福田区民政局, 230 西平县农业农村局 — not the 西平县交通运输局 on file —, 232 隆阳
		// 区土壤肥料工作站, 233 施甸县农业农村局, 236 阜康市统计局, 237 上饶市司法局, 238 岳阳楼区统计局), none of them a unit
		// already on file; 192, 193, 195, 208, 213, 214, 221, 225, 228, 234 and 235 are skipped.
		// 135 + 7 + 29 = 4 + 56 + 111 = 171
		expect(links).toHaveLength(4 + 56 + 111);
		const ids = links.map((l) => l.id);
		for (const d of [
			...SEED_DEPARTMENTS, ...CORPUS_DEPARTMENTS, 'hunan-hengyang-leiyang-disizhongxue', 'xinjiang-wulumuqi-zhengwufuwuzhongxin', 'shanghai-putuo-tiyushiyeguanlizhongxin',
			'chongqing-dazu-fagaiwei', 'hubei-suizhou-guangshui-jiaoyuju', 'hunan-xiangtan-huanjingweishengguanlichu', 'shanxi-yuncheng-jishan-zhaidianzhenweishengyuan',
			'sichuan-aba-aba-gonganju', 'gansu-gannan-zhouqu-dieryoueryuan', 'shanxi-yuncheng-jishan-yiliaobaoxianfuwuzhongxin', 'shaanxi-yulin-qingjian-jiaotongyunshuju',
			'zhejiang-lishui-wenhuaguan', 'yunnan-kunming-xundian-xianweibangongshi', 'xizang-changdou-karuo-minzhengju', 'yunnan-honghe-yuanyang-dapingxiangrenminzhengfu',
			'anhui-luan-gongshanglian', 'yunnan-kunming-xundian-danganguan', 'hunan-hengyang-hengshan-guantangxiangrenminzhengfu', 'chongqing-liangping-linyeju',
			'anhui-wuhu-jinghu-canlian', 'hubei-suizhou-guangshui-jiaotongyunshuju',
			'beijing-chaoyang-caizhengju', 'guangdong-zhanjiang-xuwen-qianshanzhenrenminzhengfu', 'hunan-yongzhou-lingling-linyeju', 'chongqing-tongliang-weilongzhenrenminzhengfu',
			'chongqing-zhongxian-minzhengju', 'shanghai-xuhui-caohejingjiedaobanshichu', 'fujian-quanzhou-nongyenongcunju'
		]) {
			expect(ids).toContain(d);
		}
		for (const l of links) expect(l.href).toBe(`/departments/${l.id}`);
		await page.screenshot({ path: artifact('departments.png'), fullPage: true });
		// at 1440 px the list fits its card: long names (174 金寨县茶谷和美丽乡村建设服务中心), regions and types wrap, and the
		// last columns (最近自评得分, 等级) are not scrolled out of view
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.waitForTimeout(300);
		expect(await page.locator('table[aria-label="部门列表"]').evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);
		await page.screenshot({ path: artifact('departments-1440.png'), fullPage: true });
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('湛江市科学技术协会: 2024 budget stages, 三公, indicators, score tree and texts', async () => {
		const { page, foreign, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/departments/guangdong-zhanjiang-kexie');
		await page.waitForSelector('table[aria-label="各年度概况"] tbody tr', { timeout: 120_000 });
		await page.waitForSelector('table[aria-label="2024年评分表"] tbody tr', { timeout: 60_000 });
		await page.waitForSelector('table[aria-label="“三公”经费"] tbody tr', { timeout: 60_000 });
		await page.waitForTimeout(800);
		await page.screenshot({ path: artifact('department-zhanjiang.png'), fullPage: true });
		await page.setViewportSize({ width: 1440, height: 900 });
		await page.screenshot({ path: artifact('department-zhanjiang-1440.png'), fullPage: true });
		// 各年度概况 (15 columns, two years, stated figures beside computed ones) fits its card at 1440 px: the headers
		// wrap rather than the table scrolling sideways inside the card
		expect(await page.locator('table[aria-label="各年度概况"]').evaluate((t) => t.parentElement!.scrollWidth <= t.parentElement!.clientWidth)).toBe(true);
		await page.setViewportSize({ width: 390, height: 844 });
		await page.waitForTimeout(500);
		await page.screenshot({ path: artifact('department-zhanjiang-390.png'), fullPage: true });
		await page.setViewportSize({ width: 1400, height: 900 });

		expect(await page.locator('h1').textContent()).toContain('湛江市科学技术协会');
		const years = await tableRows(page, '各年度概况');
		const y2024 = years.find((r) => r['年度'] === '2024')!;
		// seed 000: 支出决算 771.95 万元，调整预算 771.95，年初 863.08；“三公” 决算 1.1 / 预算 4.9
		expect(y2024['支出决算合计']).toBe('771.95');
		expect(y2024['调整预算']).toBe('771.95');
		expect(y2024['年初预算']).toBe('863.08');
		expect(y2024['“三公”决算']).toBe('1.10');
		expect(y2024['“三公”预算']).toBe('4.90');
		expect(y2024['预算执行率']).toBe('100.00%');
		// 1.1 ÷ 4.9 = 22.449 → 22.45%, beside the report's "完成全年预算数4.9万元的22.44%", with a link to the audit rule
		expect(y2024['“三公”控制率']).toBe('22.45%（所述 22.44%，核对）');
		expect(await page.locator('table[aria-label="各年度概况"] [data-stated] a').first().getAttribute('href')).toBe('/audit?dept=guangdong-zhanjiang-kexie&year=2024&rule=calc.execution_rate');
		// 上年 1.1 − (−1.3) = 2.4; (1.1 − 2.4) ÷ 2.4 = −54.17%, beside the stated "降幅54.16%"
		expect(y2024['“三公”同比']).toBe('−54.17%（所述 −54.16%，核对）');
		expect(y2024['自评得分']).toBe('99.80');
		// 在职人数 本级在岗 12 + 2 + 科技馆在编 6 = 20; 人均支出 771.95 ÷ 20 = 38.60 (not ÷ 14 = 55.14)
		expect(y2024['在职人数（含下属）']).toBe('20');
		expect(y2024['人均支出']).toBe('38.60');
		// 2025 is a target table, filed before the year: its 决算 and 自评 columns are 不适用 (nothing was
		// withheld), never 0; a budget figure it does not state is 未披露
		const y2025 = years.find((r) => r['年度'] === '2025')!;
		expect(y2025['支出决算合计']).toBe('不适用');
		expect(y2025['自评得分']).toBe('不适用');
		expect(y2025['在职人数（含下属）']).toBe('未披露');

		// 三公 by item
		const sg = await tableRows(page, '“三公”经费');
		const item = (name: string) => sg.find((r) => r['项目'] === name)!;
		expect([item('公务用车购置及运行维护费')['预算数'], item('公务用车购置及运行维护费')['决算数']]).toEqual(['4.40', '1.10']);
		expect([item('公务接待费')['预算数'], item('公务接待费')['决算数']]).toEqual(['0.50', '0.00']);

		// indicators: the missed one is flagged, 96 ÷ 65 = 147.69%
		// 表3-1 产出指标 5 (场次、覆盖人群、合格率、成本控制率、财政投入比) + 表3-2 效益指标 4 + 满意度 1 = 10
		const inds = await tableRows(page, '2024年绩效指标');
		expect(inds).toHaveLength(10);
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
		// the audit panel lists the report's findings: 23 for 湛江 2024 (18 errors, 5 warnings; data/docs/audit.md),
		// e.g. 0.13% where −112.27 ÷ 884.22 = −12.70% is right
		const panel = page.locator('li.finding[data-report="guangdong-zhanjiang-kexie-2024-self"]');
		await panel.first().waitFor({ timeout: 60_000 });
		expect(await panel.count()).toBe(23);
		expect(await panel.allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining('12.70')]));
		// every chart has a PNG download
		expect(await page.getByRole('button', { name: '下载 PNG' }).count()).toBeGreaterThanOrEqual(3);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('衡阳市科学技术协会: execution rate in one fund scope; undisclosed 三公 shows 未披露', async () => {
		const { page, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/departments/hunan-hengyang-kexie');
		await page.waitForSelector('table[aria-label="各年度概况"] tbody tr', { timeout: 120_000 });
		await page.waitForTimeout(500);
		await page.screenshot({ path: artifact('department-hengyang.png'), fullPage: true });
		const [y] = await tableRows(page, '各年度概况');
		// 一般公共预算: 年初 540.67 → 调整 762.85 → 决算 697.45; 697.45 ÷ 762.85 = 91.43%
		expect([y['预算口径'], y['年初预算'], y['调整预算'], y['决算（同口径）'], y['预算执行率']]).toEqual([
			'一般公共预算', '540.67', '762.85', '697.45', '91.43%'
		]);
		expect(y['支出决算合计']).toBe('711.92');
		expect(y['“三公”决算']).toBe('未披露');
		// 实有在职在编 21 + 青少年科技活动中心 3 = 24; 711.92 ÷ 24 = 29.663 → 29.66
		expect([y['在职人数（含下属）'], y['人均支出']]).toEqual(['24', '29.66']);
		// 衡阳 has no project record: no project section
		expect(await page.locator('table[aria-label="项目支出绩效"]').count()).toBe(0);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('a department with only a project record: its project figures, and the department-wide figures 未披露', async () => {
		for (const width of [1440, 390]) {
			const { page, errors } = await offlinePage(served.browser);
			await page.setViewportSize({ width, height: 900 });
			await page.goto(served.app.url + '/departments/hunan-hengyang-leiyang-disizhongxue');
			await page.waitForSelector('table[aria-label="项目支出绩效"] tbody tr', { timeout: 120_000 });
			await page.screenshot({ path: artifact(`department-project-${width}.png`), fullPage: true });
			expect(await page.locator('h1').textContent()).toBe('耒阳市第四中学');
			expect(await page.locator('[data-testid=projects-only]').textContent()).toContain('未披露');
			const [p] = await tableRows(page, '项目支出绩效');
			// 03: “共计239万元”, “支出共计87.06万元” → 87.06 ÷ 239 = 36.43%; no 年初预算, no score stated
			expect([p['年度'], p['项目名称'], p['年初预算'], p['全年预算'], p['执行数'], p['执行率'], p['自评得分']]).toEqual([
				'2022', '生均公用经费项目', '未披露', '239.00', '87.06', '36.43%', '未披露'
			]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			if (width === 390) {
				// on a phone each project is a stack of “label value” lines: no cell lies beyond the screen,
				// nothing scrolls sideways inside the card
				const rights = await page.$$eval('table[aria-label="项目支出绩效"] td', (tds) => tds.map((td) => td.getBoundingClientRect().right));
				expect(Math.max(...rights)).toBeLessThanOrEqual(width);
				expect(await page.$eval('table[aria-label="项目支出绩效"] td[data-col="execution_rate_pct"]', (td) => getComputedStyle(td, '::before').content)).toBe('"执行率"');
			}
			// the record's audit: nothing to report in 03 (no score table, one execution rate computed, none stated)
			await expect.poll(() => page.locator('[data-project-audit]').textContent(), { timeout: 30_000 }).toContain('未发现不一致');
			expect(await page.locator('[data-project-audit] [data-finding]').count()).toBe(0);
			expect(errors).toEqual([]);
			await page.close();
		}
	});

	it('a project-only department shows what its project record states as 存在问题 and 改进措施 (139 雅安市名山区林业局 2024)', async () => {
		for (const width of [1440, 390]) {
			const { page, errors } = await offlinePage(served.browser);
			await page.setViewportSize({ width, height: 900 });
			await page.goto(served.app.url + '/departments/sichuan-yaan-mingshan-linyeju');
			await page.waitForSelector('table[aria-label="项目支出绩效"] tbody tr', { timeout: 120_000 });
			await page.getByRole('heading', { name: '2024 年 · 存在问题' }).waitFor({ timeout: 60_000 });
			await page.screenshot({ path: artifact(`department-project-narratives-${width}.png`), fullPage: true });
			const [p] = await tableRows(page, '项目支出绩效');
			// 139: “年度资金总额(万元): 1 52.800000”, “30.800000 58.33%”: 30.8 ÷ 52.8 = 0.58333 → 58.33% (as stated,
			// shown once); no 年初预算 and no score stated
			expect([p['年度'], p['项目名称'], p['年初预算'], p['全年预算'], p['执行数'], p['执行率'], p['自评得分']]).toEqual([
				'2024', '林业草原改革发展资金', '未披露', '52.80', '30.80', '58.33%', '未披露'
			]);
			// the record's own explanation of that rate: two problems, two measures
			// (each problem is its bold title, then its text)
			const problems = await page.locator('section.card', { has: page.getByRole('heading', { name: '2024 年 · 存在问题' }) }).locator('p').allTextContents();
			expect(problems.map((t) => t.replace(/\s+/g, ''))).toEqual([
				'资金分解下达进度2024年中央财政林草专项资金预算(第三批)于2025年2月26日省级下达资金文件,下达滞后',
				'资金项目支付进度项目支付进度缓慢'
			]);
			const measures = await page.locator('section.card', { has: page.getByRole('heading', { name: '2024 年 · 改进措施' }) }).locator('p').allTextContents();
			expect(measures).toEqual(['积极对接市级部门,建议省级部门及时下达资金。', '加强与财政沟通,加快资金支付']);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			expect(errors).toEqual([]);
			await page.close();
		}
	});

	it('a project record’s audit on its department page: 35 中江县水利局 scores 10 + 70 + 20 + 10 = 110 分 against a total of 100', async () => {
		const { page, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/departments/sichuan-deyang-zhongjiang-shuiliju');
		await page.waitForSelector('[data-project-audit] [data-finding]', { timeout: 120_000 });
		// 35: “年度资金总额:20 20 10 100.00% 10” (预算执行率 10 分), “产出指标(70分)”, “效益指标(20分)”,
		// “满意度指标(10分)”, “总分 100 100”
		const f = page.locator('[data-project-audit] [data-finding]');
		expect(await f.count()).toBe(1);
		expect(await f.getAttribute('data-rule')).toBe('sum.score');
		expect(await f.locator('[data-value="expected"]').textContent()).toBe('110 分');
		expect(await f.locator('[data-value="stated"]').textContent()).toBe('100 分');
		await page.screenshot({ path: artifact('department-project-audit.png'), fullPage: true });
		expect(errors).toEqual([]);
		await page.close();
	});

	it('a 三公 final-accounts statement: 三公 figures shown, everything it does not state 未披露 (never 0)', async () => {
		const { page, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/departments/anhui-huaibei-duji-zhengfuban');
		await page.waitForSelector('table[aria-label="各年度概况"] tbody tr', { timeout: 120_000 });
		const [y] = await tableRows(page, '各年度概况');
		// 61: “三公”预算 49.9、决算 7.69 → 7.69 ÷ 49.9 = 15.41% (stated 15.41%: shown once)
		expect([y['年度'], y['“三公”预算'], y['“三公”决算'], y['“三公”控制率']]).toEqual(['2021', '49.90', '7.69', '15.41%']);
		expect([y['年初预算'], y['调整预算'], y['预算执行率'], y['支出决算合计'], y['自评得分']]).toEqual(['未披露', '未披露', '未披露', '未披露', '未披露']);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('a 决算 that states its spending and staff only (106 乌鲁木齐市政务服务中心 2023): those figures, the rest 未披露', async () => {
		for (const width of [1440, 390]) {
			const { page, errors } = await offlinePage(served.browser);
			await page.setViewportSize({ width, height: 900 });
			await page.goto(served.app.url + '/departments/xinjiang-wulumuqi-zhengwufuwuzhongxin');
			await page.waitForSelector('table[aria-label="各年度概况"] tbody tr', { timeout: 120_000 });
			await page.waitForTimeout(500);
			await page.screenshot({ path: artifact(`department-urumqi-${width}.png`), fullPage: true });
			expect(await page.locator('h1').textContent()).toContain('乌鲁木齐市政务服务中心');
			const rows = await tableRows(page, '各年度概况');
			expect(rows).toHaveLength(1);
			const [y] = rows;
			// 106: "本年支出合計434.16萬元"; "實有人數11人,其中:在職人員10人,離休人員0人,退休人員1人" → 在职 10;
			// 人均支出 434.16 ÷ 10 = 43.416 → 43.42. No budget, 三公 or score stated → 未披露, never 0.
			expect([y['年度'], y['支出决算合计'], y['在职人数（含下属）'], y['人均支出']]).toEqual(['2023', '434.16', '10', '43.42']);
			expect([y['年初预算'], y['调整预算'], y['预算执行率'], y['“三公”预算'], y['“三公”决算'], y['自评得分'], y['等级']]).toEqual([
				'未披露', '未披露', '未披露', '未披露', '未披露', '未披露', '未披露'
			]);
			expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(width);
			expect(errors).toEqual([]);
			await page.close();
		}
	});

	it('a record whose excerpt states no figure (99 西藏驻沪办 2024, a table of contents): every figure 未披露', async () => {
		const { page, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/departments/xizang-renminzhengfuzhushanghaibanshichu');
		await page.waitForSelector('table[aria-label="各年度概况"] tbody tr', { timeout: 120_000 });
		await page.screenshot({ path: artifact('department-xizang.png'), fullPage: true });
		expect(await page.locator('h1').textContent()).toContain('西藏自治区人民政府驻上海办事处');
		const [y] = await tableRows(page, '各年度概况');
		expect(y['年度']).toBe('2024');
		const figures = Object.entries(y).filter(([k]) => !['年度', '预算口径'].includes(k));
		expect(figures.length).toBeGreaterThanOrEqual(12);
		for (const [k, v] of figures) expect(v, k).toBe('未披露');
		expect(errors).toEqual([]);
		await page.close();
	});

	it('井研县马踏镇 (97, a 申报表 of several projects): its stated 项目支出, each listed project and their sum', async () => {
		const { page, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/departments/sichuan-leshan-jingyan-matazhenrenminzhengfu');
		await page.waitForSelector('table[aria-label="项目支出绩效"] tbody tr', { timeout: 120_000 });
		await page.waitForSelector('[data-project-items]', { timeout: 30_000 });
		await page.screenshot({ path: artifact('department-several-projects.png'), fullPage: true });
		// “820-马踏镇部门 | 8,827,620.53” 元 = 882.76 万元 (its 项目支出, the form states no 合计); no 执行数 in a target form
		const [p] = await tableRows(page, '项目支出绩效');
		expect(p['全年预算']).toBe('882.76所述项目支出');
		expect(p['执行数']).toBe('未披露');
		// 3,309,840.00 + 660,000.00 元 = 330.98 + 66.00 = 396.98 万元
		expect(p['项目名称']).toContain('记录列出 2 个项目，所列项目预算合计 396.98 万元');
		const items = await tableRows(page, '2023年部门预算项目绩效目标申报表(2023年度)所列项目');
		expect(items.map((r) => [r['项目名称'], r['全年预算'], r['执行数']])).toEqual([
			['村组干部报酬', '330.98', '未披露'],
			['基层组织活动经费', '66.00', '未披露']
		]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('西藏驻沪办 2024 (99, no figure read): the audit says there is nothing to check, not 未发现不一致', async () => {
		const { page, errors } = await offlinePage(served.browser);
		await page.goto(served.app.url + '/departments/xizang-renminzhengfuzhushanghaibanshichu');
		await page.waitForSelector('[data-audit-empty]', { timeout: 120_000 });
		const empty = page.locator('[data-audit-empty]');
		expect(await empty.getAttribute('data-audit-empty')).toBe('nothing-to-check');
		expect(await empty.textContent()).toContain('没有可核对的数字');
		expect(await page.locator('.audit-panel').first().textContent()).not.toContain('未发现不一致');
		expect(errors).toEqual([]);
		await page.close();
	});
});
