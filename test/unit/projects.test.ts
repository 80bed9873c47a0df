/**
 * Project records in the bundled dataset: the corpus gold records (data/gold) join the seeds,
 * the project metric view m_projects gives each project its figures, and a project's money is
 * never the department's (department × year metrics read DEPARTMENT_KINDS only).
 *
 * Hand-worked from the sources (data/sources):
 * - 45 永德县明朗中学 2022 义务教育营养改善计划专项资金 (amounts in 元): under 年初预算数 | 全年预算数 | 全年执行数 the row
 *   holds only two amounts, 387664.62 | 387664.62 (the gold reads them as 全年预算 and 全年执行数; 年初预算 is not
 *   stated → NULL): 387664.62 元 = 38.766462 万元; 执行率 38.766462 ÷ 38.766462 = 100% (stated 100%); 总分 96.
 *   Indicators: 学生受资助人数 ≧735 / 735 met; 营养改善计划覆盖率 ≧100 / 100% met; 资金到位及时率 ≧100 / 100% met;
 *   生均补助标准达标率 ═100 / 100% met; 减轻贫困学生家庭经济负担 “有效” (qualitative, not computable);
 *   政策知晓率 ═100 / 98% missed; 促进学校教育事业健康发展 ≧100 / 100% met; 学生满意度 ≧95 / 100% met;
 *   家长满意度 ≧95 / 100% met → 9 indicators, 8 computable, 7 met, 1 missed; 7 ÷ 8 = 87.5%.
 * - 03 耒阳市第四中学 2022 生均公用经费项目: “共计239万元” budget, “支出共计87.06万元” →
 *   87.06 ÷ 239 = 0.36427 → 36.43%; no rate stated (NULL, never 0); no score stated.
 * - 40 西平县交通运输局 2022 农村公路通村道路建设项目: “项目资金共2179万元 … 已完成拨付2113.63万元，执行率97%” →
 *   2113.63 ÷ 2179 = 0.969999 → 97.00%, stated 97.
 * - 61 杜集区政府办 2021 (a 三公 final-accounts statement, a partial department record):
 *   “三公”预算 49.9、决算 7.69 → 7.69 ÷ 49.9 = 15.41% (stated 15.41%); 支出决算 and 自评得分 not stated → NULL.
 *   It is the only department of 2021 that states 三公, so the 2021 三公 total is 7.69 from 1 department.
 * - 2024 across departments (the seeds; of the corpus, 84 states only its staff, 99 西藏驻沪办 no figure at all,
 *   the rest (55, 01, 89, 127 湘潭市环境卫生管理处) are project records):
 *   湛江 771.95 ÷ 771.95 and 衡阳 697.45 ÷ 762.85 → Σ 1469.40 ÷ Σ 1534.80 = 95.74%;
 *   支出决算 771.95 + 711.92 = 1483.87; 三公 决算 1.1 (湛江 only; 衡阳 states none).
 */
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { shiftYears } from '../../src/lib/components/import/identity';
import type { SqlEngine } from '../../src/lib/db/engine';
import { closeDataset, goldRecord, openDataset, skippedGold } from '../../src/lib/server/dataset';

afterAll(closeDataset);

/** The bundled dataset (seeds + gold) in a temporary data directory. */
function bundled(): string {
	const dir = mkdtempSync(join(tmpdir(), 'pl-projects-'));
	for (const d of ['reports', 'gold', 'sources']) cpSync(resolve('data', d), join(dir, d), { recursive: true });
	return dir;
}
const dir = bundled();

/**
 * The same plus two made-up project records of seed departments, their figures copied from the
 * department's own self-evaluation (so every quote is still in the source): 衡阳 2024 (same year
 * as its self-evaluation) and 湛江 2023 (the year before its 2024 self-evaluation).
 */
const withProjects = (() => {
	const d = bundled();
	const read = (id: string) => JSON.parse(readFileSync(resolve('data/reports', `${id}.json`), 'utf8'));
	const hy = read('hunan-hengyang-kexie-2024-self');
	Object.assign(hy, { id: 'hunan-hengyang-kexie-2024-project', kind: 'project_self_evaluation' });
	writeFileSync(join(d, 'reports', `${hy.id}.json`), JSON.stringify(hy));
	const zj = read('guangdong-zhanjiang-kexie-2024-self');
	Object.assign(zj, { id: 'guangdong-zhanjiang-kexie-2023-project', kind: 'project_self_evaluation', fiscal_year: 2023 });
	shiftYears(zj, 2024, 2023);
	writeFileSync(join(d, 'reports', `${zj.id}.json`), JSON.stringify(zj));
	return d;
})();

async function rows(root: string, sql: string) {
	const e: SqlEngine = (await openDataset(root)).engine;
	return e.query(sql);
}

const YD = 'yunnan-lincang-yongde-minglangzhongxue-2022-project-yiwujiaoyuyingyanggaishanjihuazhuanxiang';
const LY = 'hunan-hengyang-leiyang-disizhongxue-2022-project-shengjungongyongjingfeixiangmu';
const XP = 'henan-zhumadian-xiping-jiaotongyunshuju-2022-project-nongcungonglutongcundaolujianshexiangmu';

describe('the bundled dataset', () => {
	it('holds the seeds and the gold records whose identity is complete; the others are skipped with the reason', async () => {
		const skipped = skippedGold(dir);
		// 11, 37, 48, 49, 50, 57, 63, 64, 65, 66, 69, 83, 90, 91 name no department (63 and 65 are a city's and a
		// county's 三公 summaries of all their units; 90 and 91 are unit 决算 excerpts without the unit's name);
		// 115 (东江 coastline fund: the excerpt starts at its first heading, no filing unit) and 126 (a hijacked
		// repost whose unit name is replaced by spam) name no department either;
		// 93 and 96 (road projects) name the district but not the unit that filed them; 94 寺下镇, 103 郊区财政局,
		// 120 张庄寨镇人民政府, 122 化工区学校 (青山区 only) and 125 农业工作科 name no province;
		// 50, 51, 52, 53, 68 and 116 (津市市 学前教育专项资金, 2015—2018: four years, no one year) state no year;
		// 128 (one page, “—5—”, of a 军休 unit's 2021 决算: the page names no unit) and 135 (a sharing site's copy of a
		// 2017 决算 whose unit is masked as “XX区第二幼儿园”) name no department; 148 (山东省's 中央专项彩票公益金 支持
		// 革命老区 evaluation, “自2021年起” over three years: no filing unit, no one year) names neither.
		// Batch 7 (160–191): 162 (抚远市's 衔接资金 water-maintenance project: no filing unit), 168 (a university's 奖助学金
		// table: neither university nor province named), 177 (裕民县's notice of three evaluated projects: no filing
		// unit), 179 (衢江区's 三公 summary of all its units) and 182 (a 妇联 whose district is masked) name no department;
		// 185 浮梁县林业局's 目标表 states no year; 190 (a 投资促进中心's 服务贸易 fund table) names no province.
		// Batch 8 (192–238): 192 (蓟州区's 雪亮工程 transfer: no filing unit), 193 (扎兰屯市's 现代农业产业园: no filing unit),
		// 195 (扬州市's 市级发展项目 report: the unit is not named), 225 (云南省's 中央自然灾害资金 航空护林: no filing unit)
		// and 234 (彭水县's 计划生育 transfer table: no filing unit) name no department; 228 (a unit's 2020 决算 that
		// names no unit) names nothing; 213 (资阳's ADB-loan evaluation notice) names neither unit nor year;
		// 214 海南省人民政府研究室 and 221 省商务厅 state no year; 208 下桥镇 and 235 市财政局 name no province.
		// Batches 9 and 10 (239–326): 241, 249, 265, 276, 277, 285, 308 and 309 (unnamed units' pages and tables)
		// name nothing of the department; 251, 254, 258, 264, 266, 279, 280, 289, 290, 293, 294 and 303 (funds,
		// projects and aggregates of a place: no filing unit) name no department, 263 and 284 (masked cities)
		// and 306 (an unnamed city's 三公 summary) no department and no province; 245 新田镇 names no province,
		// 255 (a lottery fund over 2019–2020) neither province nor one year; 259 and 275 state no year.
		// Batch 11 (327–359): 330 开远市民政局 states no year (its excerpt is undated), 339 (百色市's 三公 budget of all
		// its units) and 354 (舟曲县's notice of a health centre whose name is not given) name no department.
		// Batch 12 (360–397): 366 (a 转移支付 table whose 主管部门 is only “医疗保障局”) names no province;
		// 380 (天山区's 三公 explanation for all its units), 391 (a 会计师事务所's evaluation of 池州's 老旧小区 works in
		// three counties and one district), 392 (a 渌口区 centre that calls itself 我中心) and 396 (“市公路局”, its city
		// not written) name no department
		const numbers = skipped.map((s) => Number(s.file.replace(/^.*\//, '').split('_')[0])).sort((a, b) => a - b);
		expect(numbers).toEqual([11, 37, 48, 49, 50, 51, 52, 53, 57, 63, 64, 65, 66, 68, 69, 83, 90, 91, 93, 94, 96, 103, 115, 116, 120, 122, 125, 126, 128, 135, 148, 162, 168, 177, 179, 182, 185, 190, 192, 193, 195, 208, 213, 214, 221, 225, 228, 234, 235, 241, 245, 249, 251, 254, 255, 258, 259, 263, 264, 265, 266, 275, 276, 277, 279, 280, 284, 285, 289, 290, 293, 294, 303, 306, 308, 309, 330, 339, 354, 366, 380, 391, 392, 396]);
		const reason = (n: number) => skipped.find((s) => s.file.includes(`/${n}_`))!.reason;
		expect(reason(51)).toContain('年度');
		expect(reason(57)).toContain('部门名称');
		expect(reason(93)).toContain('部门名称');
		expect(reason(94)).toContain('所属地区');
		expect(reason(103)).toContain('所属地区');
		expect(reason(115)).toContain('部门名称');
		expect(reason(116)).toContain('年度');
		expect(reason(122)).toContain('所属地区');
		expect(reason(126)).toContain('部门名称');
		expect(reason(128)).toContain('部门名称');
		expect(reason(135)).toContain('部门名称');
		expect(reason(148)).toContain('部门名称');
		expect(reason(148)).toContain('年度');
		expect(reason(162)).toContain('部门名称');
		expect(reason(168)).toContain('部门名称');
		expect(reason(177)).toContain('部门名称');
		expect(reason(179)).toContain('部门名称');
		expect(reason(182)).toContain('所属地区');
		expect(reason(185)).toContain('年度');
		expect(reason(190)).toContain('所属地区');
		for (const n of [192, 193, 195, 225, 228, 234]) expect(reason(n)).toContain('部门名称');
		expect(reason(208)).toContain('所属地区');
		expect(reason(213)).toContain('部门名称');
		expect(reason(213)).toContain('年度');
		expect(reason(214)).toContain('年度');
		expect(reason(221)).toContain('年度');
		expect(reason(235)).toContain('所属地区');
		// 5 seeds + 217 gold (106, batch 5: 128–143, batch 6: 144–159, batch 7: 160–191, batch 8: 192–238) − 49 skipped
		// (28, and 128, 135, 148, batch 7's seven and batch 8's eleven above) = 173; batches 9 and 10 (239–326):
		// + 88 gold − 27 skipped (above) = 234; batch 11 (327–359): + 33 gold − 3 skipped (above) = 264;
		// batch 12 (360–397): + 38 gold − 5 skipped (above) = 297
		expect(reason(255)).toContain('年度');
		expect(reason(245)).toContain('所属地区');
		expect(reason(289)).toContain('部门名称');
		expect(reason(330)).toContain('年度');
		expect(reason(339)).toContain('部门名称');
		expect(reason(366)).toContain('所属地区');
		for (const n of [380, 391, 392, 396]) expect(reason(n)).toContain('部门名称');
		expect(await rows(dir, `SELECT count(*)::INTEGER AS n FROM reports`)).toEqual([{ n: 297 }]);
	});

	it('finds a corpus record by its id (the draft page reads records this way), validated', () => {
		const r = goldRecord('anhui-huaibei-duji-zhengfuban-2021-self', dir);
		expect(r?.ok && [r.report.department.name, r.report.fiscal_year, r.report.sangong.length]).toEqual(['杜集区政府办', 2021, 11]);
		expect(goldRecord('no-such-report-2021-self', dir)).toBeNull();
	});
});

describe('records that list several projects (m_project_items, m_projects.totals_source)', () => {
	const MT = 'sichuan-leshan-jingyan-matazhenrenminzhengfu-2023-project-target';
	const PT = 'shanghai-putuo-tiyushiyeguanlizhongxin-2022-project';
	const NC = 'jiangxi-nanchang-lieshilingyuanguanlichu-2022-project';

	it('97 井研县马踏镇 2023 (申报表, 元): the 部门 row is its stated 项目支出, each listed project keeps its budget', async () => {
		// "| 820-马踏镇部门 | 8,827,620.53 |" → 882.762053 万元 (the form's only total, a 项目支出 line, no 合计 row);
		// "村组干部报酬 | 3,309,840.00" → 330.984 and "基层组织活动经费 | 660,000.00" → 66: listed 330.984 + 66 = 396.984 万元,
		// less than the 部门 row (the form lists two of the department's projects). A target form: no 执行数 → NULL, never 0.
		expect(await rows(dir, `SELECT item_order, project_name, budget_initial_wan, budget_adjusted_wan, execution_final_wan, execution_rate_pct FROM m_project_items WHERE report_id = '${MT}' ORDER BY item_order`)).toEqual([
			{ item_order: 1, project_name: '村组干部报酬', budget_initial_wan: null, budget_adjusted_wan: 330.984, execution_final_wan: null, execution_rate_pct: null },
			{ item_order: 2, project_name: '基层组织活动经费', budget_initial_wan: null, budget_adjusted_wan: 66, execution_final_wan: null, execution_rate_pct: null }
		]);
		expect(
			await rows(dir, `SELECT totals_source, totals_source_label, projects_listed, projects_listed_budget_wan, budget_initial_wan, budget_adjusted_wan, execution_final_wan, execution_rate_pct FROM m_projects WHERE report_id = '${MT}'`)
		).toEqual([
			{
				totals_source: 'stated_project_spending', totals_source_label: '所述项目支出', projects_listed: 2, projects_listed_budget_wan: 396.984,
				budget_initial_wan: null, budget_adjusted_wan: 882.762053, execution_final_wan: null, execution_rate_pct: null
			}
		]);
	});

	it('92 普陀区体育事业管理中心 2022 (two self-evaluation tables, 元, no 合计): the sum of the projects, labelled as such', async () => {
		// 普陀体育中心与委托运营方结算费用: 年初 250000.00, 全年 250000.00, 执行 215457.6 (stated 86.19%) → 25 / 25 / 21.54576 万元,
		//   21.54576 ÷ 25 = 86.18%; 援滇对口支援及结对帮扶经费: 20000.00 / 20000.00 / 9,034 (stated 45.17%) → 2 / 2 / 0.9034, 45.17%.
		// Σ 年初 25 + 2 = 27, Σ 全年 27, Σ 执行 21.54576 + 0.9034 = 22.44916 → 22.44916 ÷ 27 = 83.15%.
		expect(
			await rows(dir, `SELECT project_name, budget_initial_wan, budget_adjusted_wan, execution_final_wan, execution_rate_pct, stated_execution_rate_pct FROM m_project_items WHERE report_id = '${PT}' ORDER BY item_order`)
		).toEqual([
			{ project_name: '普陀体育中心与委托运营方结算费用', budget_initial_wan: 25, budget_adjusted_wan: 25, execution_final_wan: 21.54576, execution_rate_pct: 86.18, stated_execution_rate_pct: 86.19 },
			{ project_name: '援滇对口支援及结对帮扶经费', budget_initial_wan: 2, budget_adjusted_wan: 2, execution_final_wan: 0.9034, execution_rate_pct: 45.17, stated_execution_rate_pct: 45.17 }
		]);
		expect(
			await rows(dir, `SELECT totals_source, totals_source_label, projects_listed, budget_initial_wan, budget_adjusted_wan, execution_final_wan, execution_rate_pct FROM m_projects WHERE report_id = '${PT}'`)
		).toEqual([
			{ totals_source: 'projects_sum', totals_source_label: '所列 2 个项目合计', projects_listed: 2, budget_initial_wan: 27, budget_adjusted_wan: 27, execution_final_wan: 22.44916, execution_rate_pct: 83.15 }
		]);
	});

	it('39 南昌市烈士陵园管理处 2022 (自评总报告 of four projects): Σ 35.3 + 20 + 20 + 1616 = 1691.3 budget and spent, 100%', async () => {
		expect(await rows(dir, `SELECT totals_source_label, projects_listed, budget_adjusted_wan, execution_final_wan, execution_rate_pct FROM m_projects WHERE report_id = '${NC}'`)).toEqual([
			{ totals_source_label: '所列 4 个项目合计', projects_listed: 4, budget_adjusted_wan: 1691.3, execution_final_wan: 1691.3, execution_rate_pct: 100 }
		]);
	});

	it('a record that states its 合计 keeps it; a stage some listed project leaves out is not summed', async () => {
		// 45 永德县明朗中学 lists no project line: stated, 0 listed.
		expect(await rows(dir, `SELECT totals_source, projects_listed, projects_listed_budget_wan FROM m_projects WHERE report_id = '${YD}'`)).toEqual([
			{ totals_source: 'stated', projects_listed: 0, projects_listed_budget_wan: null }
		]);
		// synthetic: a project record with two listed projects, one without a 执行数 → Σ 全年 only, 执行数 未披露
		const d = bundled();
		// (both projects carry the record's own 387664.62 元, so every quote is still in the source: Σ 全年 2 × 38.766462 = 77.532924)
		const yd = JSON.parse(readFileSync(resolve('data/gold', `${YD}.json`), 'utf8'));
		const line = (item: string, stage: string) => ({ flow: 'expenditure', breakdown: 'project', item, parent: '项目支出', scope: 'all', stage, year: 2022, amount: yd.budget[0].amount });
		Object.assign(yd, { id: `${YD}-two`, budget: [line('甲', 'adjusted'), line('甲', 'final'), line('乙', 'adjusted')] });
		writeFileSync(join(d, 'reports', `${yd.id}.json`), JSON.stringify(yd));
		expect(await rows(d, `SELECT totals_source_label, projects_listed, budget_adjusted_wan, execution_final_wan, execution_rate_pct FROM m_projects WHERE report_id = '${yd.id}'`)).toEqual([
			{ totals_source_label: '所列 2 个项目合计', projects_listed: 2, budget_adjusted_wan: 77.532924, execution_final_wan: null, execution_rate_pct: null }
		]);
	});
});

describe('m_projects', () => {
	it('gives each project its budget, execution, score and indicator completion', async () => {
		expect(
			await rows(dir, `SELECT project_name, budget_initial_wan, budget_adjusted_wan, execution_final_wan, execution_rate_pct, stated_execution_rate_pct, score_total,
				indicators_total, indicators_computable, indicators_met, indicators_missed, indicators_met_pct FROM m_projects WHERE report_id = '${YD}'`)
		).toEqual([
			{
				project_name: '义务教育营养改善计划专项资金', budget_initial_wan: null, budget_adjusted_wan: 38.766462, execution_final_wan: 38.766462,
				execution_rate_pct: 100, stated_execution_rate_pct: 100, score_total: 96,
				indicators_total: 9, indicators_computable: 8, indicators_met: 7, indicators_missed: 1, indicators_met_pct: 87.5
			}
		]);
		expect(await rows(dir, `SELECT budget_adjusted_wan, execution_final_wan, execution_rate_pct, stated_execution_rate_pct, score_total FROM m_projects WHERE report_id = '${LY}'`)).toEqual([
			{ budget_adjusted_wan: 239, execution_final_wan: 87.06, execution_rate_pct: 36.43, stated_execution_rate_pct: null, score_total: null }
		]);
		expect(await rows(dir, `SELECT budget_adjusted_wan, execution_final_wan, execution_rate_pct, stated_execution_rate_pct FROM m_projects WHERE report_id = '${XP}'`)).toEqual([
			{ budget_adjusted_wan: 2179, execution_final_wan: 2113.63, execution_rate_pct: 97, stated_execution_rate_pct: 97 }
		]);
	});

	it('a project record that states no target for an indicator: 目标未披露, not 定性; its budget stated as 0 is 0', async () => {
		// 110 南县就业服务中心 2023 (4 projects, 项目支出 609.74, no budget): 失业保险参保总人数 ≥21347人 / 21347人 → 100% met;
		// 城镇登记月平均失业率 “控制在4.5%以内” / 2.42% → met; 职业技能培训 ≥2000人 / 2399人 → 119.95% met;
		// 创业培训合格证书学员 ≥645人 / 774人 → 120% met; 就业失业网上登记申报 (1398条), 城镇“311”公共就业服务覆盖人数
		// (4691人) and 失业保险征缴费率 (1%) state an actual but no target → not computable: 7 indicators, 4 computable, 4 met.
		const NX = 'hunan-yiyang-nanxian-jiuyefuwuzhongxin-2023-project';
		expect(await rows(dir, `SELECT indicators_total, indicators_computable, indicators_met, indicators_missed, indicators_met_pct FROM m_projects WHERE report_id = '${NX}'`)).toEqual([
			{ indicators_total: 7, indicators_computable: 4, indicators_met: 4, indicators_missed: 0, indicators_met_pct: 100 }
		]);
		expect(await rows(dir, `SELECT name, flag FROM m_indicators WHERE report_id = '${NX}' AND NOT computable ORDER BY ordinal`)).toEqual([
			{ name: '就业失业网上登记申报', flag: '目标未披露，不计算完成率' },
			{ name: '城镇“311”公共就业服务覆盖人数', flag: '目标未披露，不计算完成率' },
			{ name: '失业保险征缴费率', flag: '目标未披露，不计算完成率' }
		]);
		// 119 稷山县翟店镇卫生院 2021 国家基本公共卫生服务: "年初预算 数 0", 全年预算 and 全年执行数 207.4538 →
		// 207.4538 ÷ 207.4538 = 100% (stated 100%). 22 indicators; 居民健康档案 and 发放健康教育资料 have no actual (20
		// computable); met: 宣传咨询活动 12次 / 96次 (800%), 预防接种证 221 / 221, 0-6岁儿童健康管理 and 眼保健 2089 / 2089,
		// 新生入访视 214 / 214, 肺结核 8 / 8, 传染病报告 14 / 14 → 7; the other 13 (疫苗接种率 97.30% of 100%, 孕产妇 7天 and
		// 42天 203 of 214, 早孕建册 69 of 120, …) are missed: 7 ÷ 20 = 35%.
		expect(
			await rows(dir, `SELECT budget_initial_wan, budget_adjusted_wan, execution_final_wan, execution_rate_pct, stated_execution_rate_pct, indicators_total, indicators_computable, indicators_met, indicators_missed, indicators_met_pct
				FROM m_projects WHERE department_id = 'shanxi-yuncheng-jishan-zhaidianzhenweishengyuan'`)
		).toEqual([
			{
				budget_initial_wan: 0, budget_adjusted_wan: 207.4538, execution_final_wan: 207.4538, execution_rate_pct: 100, stated_execution_rate_pct: 100,
				indicators_total: 22, indicators_computable: 20, indicators_met: 7, indicators_missed: 13, indicators_met_pct: 35
			}
		]);
	});

	it('holds project records only, and the departments count them apart', async () => {
		// 98 隆回县七江镇 2021 is a third-party 绩效评价报告 of a fund (external_evaluation): a project record too
		expect(await rows(dir, `SELECT DISTINCT kind FROM m_projects ORDER BY kind`)).toEqual([
			{ kind: 'external_evaluation' }, { kind: 'project_self_evaluation' }, { kind: 'project_target_table' }
		]);
		expect(await rows(dir, `SELECT count(*)::INTEGER AS n FROM m_department_year WHERE kind NOT IN ('self_evaluation', 'target_table')`)).toEqual([{ n: 0 }]);
		expect(await rows(withProjects, `SELECT reports, projects FROM m_departments WHERE department_id = 'hunan-hengyang-kexie'`)).toEqual([{ reports: 1, projects: 1 }]);
	});
});

describe('a project’s money is never the department’s', () => {
	it('department × year and year totals read the department records only', async () => {
		for (const root of [dir, withProjects]) {
			expect(await rows(root, `SELECT report_id, spending_final_wan, budget_adjusted_wan, execution_final_wan FROM m_department_year WHERE department_id = 'hunan-hengyang-kexie'`)).toEqual([
				{ report_id: 'hunan-hengyang-kexie-2024-self', spending_final_wan: 711.92, budget_adjusted_wan: 762.85, execution_final_wan: 697.45 }
			]);
			expect(
				await rows(root, `SELECT departments, execution_departments, budget_adjusted_wan, execution_final_wan, execution_rate_pct, spending_departments, spending_final_wan, sangong_departments, sangong_final_wan FROM m_year_kpi WHERE year = 2024`)
			).toEqual([
				{
					// 4 departments: the two seeds, 84 渠县农业综合技术服务中心, whose 2024 record states its staff
					// only (its 收、支总计 holds the balances and is left out), and 99 西藏自治区人民政府驻上海办事处,
					// whose excerpt is the table of contents of its 2024 决算 (no figure at all): both in no money figure;
					// and 178 寻甸县档案馆 (batch 7), whose 2024 评价报告 excerpt states its staff (编制 17, 在职 16) but no money;
					// and 209 徐闻县前山镇人民政府 (batch 8), whose 2024 自评报告 excerpt states its staff only (核定 96, 在职 86);
					// and from batches 9 and 10: 282 腾冲市林业和草原局, whose 2024 budget is a 预算数 合计 (8879.98, no
					// adjusted budget, no 决算), and 312 政协平凉市委员会办公室, whose 决算 states 基本支出 and its parts only;
					// and from batch 11: 332 西山区前卫幼儿园 (staff only), 344 皖江江南新兴产业集中区 (三公 budget only), 352 大渡口区
					// 文化馆 and 359 奉新县博物馆 (budgets: 预算数, no adjusted budget, no 决算), and 355 梁平区梁山街道社区卫生服务中心,
					// whose 2024 决算 states 支出合计 6372.59: spending 1483.87 + 6372.59 = 7856.46 over 3 departments;
					// and from batch 12: 370 渝中区两路口街道办事处 (its 决算 states income only: 收入 7548.19, no 支出) and
					// 378 兰州市红十字会 (a budget: 预算 203.14, no adjusted budget, no 决算)
					departments: 15, execution_departments: 2, budget_adjusted_wan: 1534.8, execution_final_wan: 1469.4, execution_rate_pct: 95.74,
					spending_departments: 3, spending_final_wan: 7856.46, sangong_departments: 1, sangong_final_wan: 1.1
				}
			]);
			// 湛江 has no department record of 2023: its 三公 and spending have no prior record, only the prior the report states
			expect(await rows(root, `SELECT prior_report_id, prior_records_wan, prior_stated_wan FROM m_sangong WHERE report_id = 'guangdong-zhanjiang-kexie-2024-self' AND item = 'total'`)).toEqual([
				{ prior_report_id: null, prior_records_wan: null, prior_stated_wan: 2.4 }
			]);
			expect(await rows(root, `SELECT count(prior_report_id)::INTEGER AS n FROM m_budget_yoy WHERE report_id = 'guangdong-zhanjiang-kexie-2024-self'`)).toEqual([{ n: 0 }]);
			expect(await rows(root, `SELECT count(*)::INTEGER AS n FROM m_department_year WHERE department_id = 'guangdong-zhanjiang-kexie' AND year = 2023`)).toEqual([{ n: 0 }]);
		}
	});

	it('a 三公 statement is a partial department record: what it does not state stays NULL', async () => {
		expect(
			await rows(dir, `SELECT sangong_budget_wan, sangong_final_wan, sangong_control_rate_pct, sangong_stated_execution_rate_pct, spending_final_wan, budget_adjusted_wan, execution_rate_pct, score_total, grade
				FROM m_department_year WHERE report_id = 'anhui-huaibei-duji-zhengfuban-2021-self'`)
		).toEqual([
			{
				sangong_budget_wan: 49.9, sangong_final_wan: 7.69, sangong_control_rate_pct: 15.41, sangong_stated_execution_rate_pct: 15.41,
				spending_final_wan: null, budget_adjusted_wan: null, execution_rate_pct: null, score_total: null, grade: null
			}
		]);
		// 2021 三公: 杜集 7.69 + 167 六安市工商联 “支出决算为1.52万元” + 229 围龙镇 “2021年度镇本级“三公”经费决算4.5万元”
		// + 363 资阳区文联 “今年年初预算安排 0 万元,实际开支 0 万元” (a stated 0, counted: 0 is not 未披露)
		// = 13.71 from 4 departments (183 湘阴县卫健局 2021 states staff only; 231 零陵区林业局's 自评表 states no 三公;
		// the other 2021 records of batches 7 and 8 are project records)
		expect(await rows(dir, `SELECT sangong_departments, sangong_final_wan FROM m_year_kpi WHERE year = 2021`)).toEqual([{ sangong_departments: 4, sangong_final_wan: 13.71 }]);
	});
});
