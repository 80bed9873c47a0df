/**
 * Budget tables (bud14): the readers read a table the same whether its figures are written in 万元 or
 * in 元 with thousands separators, with half-width or full-width digits, and in the other wordings
 * reports use. Made-up units, places and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { toHalfWidth } from '../../src/lib/text/normalize';
import { perturb } from '../../src/lib/extract/perturb';

const lines = (text: string) =>
	extract(text, { sourceFile: 't.txt' }).report.budget.map((l) => [l.flow, l.breakdown, l.item, l.parent ?? '', l.scope, l.stage, l.amount.wan, l.execution_rate?.value ?? null]);

/** Full-width digits and signs, as some PDF text layers and web pages write them. */
const fullWidth = (s: string) => s.replace(/[0-9.%:()]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('payee lists in 元 with thousands separators, and with their total stated last', () => {
	const head = '青禾县文化馆关于2023年度公共文化服务补助资金的自评报告\n一、资金分配情况\n';
	const wan = head + '1.根据因素法测算,分配甲山区24.6万元,乙水县56.5万元,丙河县74.1万元,共计155.2万元,统筹用于公共文化服务体系建设。';
	const yuan = head + '1.根据因素法测算,分配甲山区246,000.00元,乙水县565,000.00元,丙河县741,000.00元,共计1,552,000.00元,统筹用于公共文化服务体系建设。';
	it('reads the same places and amounts in 元 as in 万元 (a thousands separator cuts no clause)', () => {
		const a = lines(wan);
		expect(a).toContainEqual(['expenditure', 'cost', '乙水县', '统筹用于公共文化服务体系建设', 'all', 'budget', 56.5, null]);
		expect(a.filter((l) => l[1] === 'cost')).toHaveLength(3);
		expect(lines(yuan)).toEqual(a);
	});
	it('reads a fund shared out with its whole after the list ("分配X经费：甲区a万,…,合计N万") as the fund and its parts', () => {
		const first = head + '2.分配农村电影放映运行经费30.5万元,其中甲山区10.5万元,乙水县12万元,丙河县8万元。';
		const last = head + '2.分配农村电影放映运行经费：甲山区10.5万,乙水县12万元,丙河县8 万元，合计30.5万。';
		const a = lines(first);
		expect(a).toContainEqual(['expenditure', 'project', '农村电影放映运行经费', '项目支出', 'all', 'budget', 30.5, null]);
		expect(a).toContainEqual(['expenditure', 'cost', '丙河县', '农村电影放映运行经费', 'all', 'budget', 8, null]);
		expect(lines(last)).toEqual(a);
		// (parts that do not add up to the stated whole: not restated, no fund read)
		expect(lines(last.replace('合计30.5万', '合计31.5万')).some((l) => l[2] === '农村电影放映运行经费')).toBe(false);
	});
});

describe('a fused funds row written in full-width digits', () => {
	const text =
		'部门整体支出绩效自评表(2022年度)区级预算单位名称青禾县防疫站年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额1368.451368.451368.4510100%10按收入性质分:1368.45按支出性质分:1368.45其中:一般公共预算:1368.45其中:基本支出:1200.45项目支出:168其他资金:年度总体目标预期目标实际完成情况1:适龄儿童免疫规划接种率95%。2:传染病报告及时率98%。';
	it('is cut as the same row in half-width digits', () => {
		const half = lines(text);
		expect(half).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 1368.45, 100]);
		const full = fullWidth(text);
		expect(toHalfWidth(full)).toBe(text);
		expect(lines(full)).toEqual(half);
	});
});

describe('a summary of project self-evaluation results, one project a row', () => {
	const table = [
		'青禾县农业服务中心',
		'2023年度绩效自评',
		'附件2',
		'部门绩效自评结果公开汇总表',
		'主管部门:               单位:万元',
		'序号 项目名称 项目实施单位 预算数(调整后) 执行数(至2023年底) 结余数 结余交回财政数 自评得分 自评结果应用意见',
		'中央 省级 市级 县级',
		'1 耕地保护补助资金 青禾县农业服务中心       120.5 120.5 0   100  ',
		'2 种子站维修经费 青禾县农业服务中心 40       32.25 7.75   88  ',
		'3 农机购置补贴 青禾县农业服务中心   15     15 0   95',
		'4 两级资金项目 青禾县农业服务中心 10 20     30 0   90',
		'',
		'青禾县农业服务中心2023年度整体支出绩效自评报告'
	].join('\n');
	it('reads each row whose budget minus its spending is its balance: the project at the adjusted budget, spent and left', () => {
		const got = lines(table);
		expect(got).toContainEqual(['expenditure', 'project', '种子站维修经费', '项目支出', 'all', 'adjusted', 40, null]);
		expect(got).toContainEqual(['expenditure', 'project', '种子站维修经费', '项目支出', 'all', 'final', 32.25, null]);
		expect(got).toContainEqual(['closing_balance', 'project', '种子站维修经费', '项目支出', 'all', 'final', 7.75, null]);
		expect(got).toContainEqual(['expenditure', 'project', '农机购置补贴', '项目支出', 'all', 'adjusted', 15, null]);
		// (a budget split over two level columns does not check: not read)
		expect(got.some((l) => l[2] === '两级资金项目')).toBe(false);
		expect(got.filter((l) => l[1] === 'project')).toHaveLength(9);
	});
	it('reads the same rows with tab-separated cells, and in 元', () => {
		expect(lines(table.replace(/ +/g, '\t'))).toEqual(lines(table));
		const yuan = table.replace('单位:万元', '单位:元').replace('40       32.25 7.75', '400000       322500 77500');
		expect(lines(yuan)).toContainEqual(['closing_balance', 'project', '种子站维修经费', '项目支出', 'all', 'final', 7.75, null]);
	});
});

describe("Hubei's 部门整体绩效目标申报表 composition one cell a paragraph", () => {
	const cells = [
		'部门整体绩效目标申报表', '2023  年度', '填报日期:  2022  12  29                   单位:万元', '部门(单位) 名称', '青禾县救助站', '部门总体', '资金情况', '总体资金情况', '当年金额', '占比', '近两年收支金额', ' 2021 ', '  2022',
		'收入', '构成', '财政拨款', ' 250.4', ' 100%', '200.5', '230', '其他资金', ' 0', ' 0', '0 ', '0 ', '合计', '100% ', '100%', '100% ', '100% ',
		'支出', '构成', '基本支出', '180.4', ' 72.0%', ' 150', '160 ', '项目支出', '70 ', ' 28.0%', '50.5 ', '70 ', '合计', ' 250.4', '100%', '100% ', '100% ',
		'部门职能概述', '1. 救助流浪乞讨人员'
	];
	const text = cells.join('\n\n');
	it('reads the spending by nature, its total and the fiscal income whose share is of that total', () => {
		const got = lines(text);
		expect(got).toContainEqual(['expenditure', 'nature', '基本支出', '', 'all', 'initial', 180.4, null]);
		expect(got).toContainEqual(['expenditure', 'nature', '项目支出', '', 'all', 'initial', 70, null]);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'initial', 250.4, null]);
		expect(got).toContainEqual(['income', 'source', '财政拨款', '', 'fiscal', 'initial', 250.4, null]);
		// (the earlier years' columns are not read)
		expect(got.some((l) => l[6] === 150 || l[6] === 200.5)).toBe(false);
	});
	it('reads nothing where the parts do not make the total', () => {
		expect(lines(text.replace('180.4', '181.4')).some((l) => l[1] === 'nature')).toBe(false);
	});
});

describe('the 按收入性质分 | 按支出性质分 composition with its cells run together', () => {
	it("reads a target form's 年度预算申请 block whose labels run into their amounts", () => {
		const text = [
			'青禾县种苗站2022年度绩效目标公开',
			'部门整体支出绩效目标申报表',
			'(    2022     年度)',
			'部门(单位)名称青禾县种苗站',
			'年度预算申请',
			'(万元)',
			'资金总额150.5',
			'按收入性质分:按支出性质分:',
			'公共财政拨款150.5基本支出120.25',
			'政府性基金拨款',
			'项目支出30.25',
			'其他资金',
			'部门职能职责概述县种苗站主要职能是为全县林木种苗生产提供服务。'
		].join('\n');
		const got = lines(text);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'initial', 150.5, null]);
		expect(got).toContainEqual(['income', 'source', '一般公共预算财政拨款收入', '', 'general_public', 'initial', 150.5, null]);
		expect(got).toContainEqual(['expenditure', 'nature', '基本支出', '', 'all', 'initial', 120.25, null]);
		expect(got).toContainEqual(['expenditure', 'nature', '项目支出', '', 'all', 'initial', 30.25, null]);
	});
	const selfEval = (funds: string) =>
		'部门整体支出绩效自评表(2022年度)区级预算单位名称青禾县防疫站年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额' + funds + '按收入性质分:1368.45按支出性质分:1368.45其中:一般公共预算:1368.45其中:基本支出:1200.45政府性基金拨款:项目支出:168纳入专户管理的非税收入拨款:其他资金:年度总体目标预期目标实际完成情况1:适龄儿童免疫规划接种率95%。2:传染病报告及时率98%。';
	it('reads a self-evaluation form whose composition OCR ran into one cell: the budget asked for where budget and 执行数 agree', () => {
		const got = lines(selfEval('1368.451368.451368.4510100%10'));
		expect(got).toContainEqual(['expenditure', 'nature', '基本支出', '', 'all', 'budget', 1200.45, null]);
		expect(got).toContainEqual(['income', 'source', '一般公共预算财政拨款收入', '', 'general_public', 'budget', 1368.45, null]);
		expect(got).toContainEqual(['income', 'total', '合计', '', 'all', 'budget', 1368.45, null]);
	});
	it('and the year spent where the parts make the 执行数 only', () => {
		const got = lines(selfEval('1400.001400.001368.451097.75%9.78'));
		expect(got).toContainEqual(['expenditure', 'nature', '基本支出', '', 'all', 'final', 1200.45, null]);
	});
});

describe('a 项目支出明细 table without a unit, in 元 where its 支出合计 is the funds block in 万元', () => {
	const cells = ['青禾县林业局2021年度护林防火项目财政支出项目绩效评价自评报告', '一、项目基本概况', '计划安排资金', '(万元)', '12', '实际到位资金', '(万元)', '12', '实际支出', '(万元)', '12', '结余(万元)', '0',
		'其中:县级财政', '12', '县级财政', '12', '县级财政', '12', '县级财政', '0', '', '项目支出明细情况', '支出内容', '实际支出数', '会计凭证号', '备注', '护林员补助', '80000', '3月2号', '防火宣传', '25000', '4月5号', '巡护车辆油料', '15000', '6月9号', '支出合计', '120000', '二、项目绩效目标'];
	it('reads each use in 元, as 万元 figures', () => {
		const got = lines(cells.join('\n\n'));
		expect(got).toContainEqual(['expenditure', 'cost', '护林员补助', '', 'all', 'final', 8, null]);
		expect(got).toContainEqual(['expenditure', 'cost', '巡护车辆油料', '', 'all', 'final', 1.5, null]);
		expect(got.some((l) => l[6] === 80000)).toBe(false);
	});
	it('keeps 万元 where the 支出合计 is the block’s spending itself', () => {
		const wan = cells.join('\n\n').replace('80000', '8').replace('25000', '2.5').replace('15000', '1.5').replace('120000', '12');
		expect(lines(wan)).toContainEqual(['expenditure', 'cost', '护林员补助', '', 'all', 'final', 8, null]);
	});
});

describe('a list of projects with their money, one a line, before a target table', () => {
	const list = ['青禾区林业局2022年项目绩效目标公开', '', '甲镇乙村绿化美化项目80万元', '双河', '丙林场防火交通工具12万元', '防火隔离带建设30万元', '2022年度林业调查服务项目7.5万', '', '项目绩效目标表', '(2022年度)', '项目名称 | 甲镇乙村绿化美化项目 |', '主管部门 | 青禾区林业局 |'];
	it('reads each line as a project of the budget', () => {
		const got = lines(list.join('\n'));
		expect(got).toContainEqual(['expenditure', 'project', '甲镇乙村绿化美化项目', '项目支出', 'all', 'budget', 80, null]);
		expect(got).toContainEqual(['expenditure', 'project', '2022年度林业调查服务项目', '项目支出', 'all', 'budget', 7.5, null]);
		expect(got.filter((l) => l[1] === 'project')).toHaveLength(4);
	});
	it('reads no two lines alone, and no line that is a sentence or a total', () => {
		const two = list.filter((l) => !/防火隔离带|调查服务/.test(l));
		expect(lines(two.join('\n')).some((l) => l[1] === 'project')).toBe(false);
		const total = list.join('\n').replace('防火隔离带建设30万元', '合计129.5万元');
		expect(lines(total).some((l) => l[1] === 'project' && /合计/.test(String(l[2])))).toBe(false);
		const sentence = list.join('\n').replace('防火隔离带建设30万元', '全年安排防火隔离带建设,共30万元');
		expect(lines(sentence).some((l) => l[1] === 'project')).toBe(false);
	});
});

describe('a list of evaluated projects with their money and grade', () => {
	const text = [
		'青禾市财政局关于重点项目绩效评价情况的通报',
		'2023年共对4个重点项目进行了评价,涉及资金1310.5万元。',
		'序号 | 主管部门(单位) | 项目名称 | 资金量 (万元) | 评价等级 |',
		'1 | 青禾市体育局 | 全民健身场地建设 | 600 | 良 |',
		'2 | 青禾市水务局 | 河道清淤项目(2022年度) | 410.5 | 优 |',
		'3 | 青禾市应急管理局 | 应急物资储备 | 300 | 中 |',
		'二、评价发现的问题'
	].join('\n');
	it('reads each row as a project of the year the list states (or its name gives)', () => {
		const got = extract(text, { sourceFile: 't.txt' }).report.budget.map((l) => [l.breakdown, l.item, l.year, l.amount.wan]);
		expect(got).toContainEqual(['project', '全民健身场地建设', 2023, 600]);
		expect(got).toContainEqual(['project', '河道清淤项目(2022年度)', 2022, 410.5]);
		expect(got).toContainEqual(['project', '应急物资储备', 2023, 300]);
	});
	it('reads the same rows with tab-separated cells, and none where no year opens the list', () => {
		const tabbed = text.replace(/ \| /g, '\t').replace(/ \|$/gm, '');
		expect(extract(tabbed, { sourceFile: 't.txt' }).report.budget.filter((l) => l.breakdown === 'project')).toHaveLength(3);
		// (and in the other cell layouts: one cell a line, one cell a line ending ' |', spaces)
		for (const layout of ['cell-line', 'cell-bar', 'space'] as const) expect(extract(perturb(text, layout), { sourceFile: 't.txt' }).report.budget.filter((l) => l.breakdown === 'project')).toHaveLength(3);
		const noYear = text.replace('2023年共对4个', '共对4个');
		expect(extract(noYear, { sourceFile: 't.txt' }).report.budget.some((l) => l.item === '全民健身场地建设')).toBe(false);
	});
});

describe('the uses a project spent its money on, listed in one sentence and closed by their sum', () => {
	const text = (list: string) => ['青禾县人民医院2022年重症救治能力提升补助资金绩效自评报告', '二、绩效目标完成情况', '1.项目资金执行情况分析。', list, '2.项目资金管理情况分析。', '严格按照程序报批采购。'].join('\n');
	const wan = '项目资金用于购买重症设备:血液透析机30万元、转运呼吸机12.5万元监护仪8万元、输液泵4.5万元,共计55万元。';
	it('reads each use as a cost line of the year spent, and the sum as its total', () => {
		const got = lines(text(wan));
		expect(got).toContainEqual(['expenditure', 'cost', '转运呼吸机', '', 'all', 'final', 12.5, null]);
		expect(got).toContainEqual(['expenditure', 'cost', '监护仪', '', 'all', 'final', 8, null]);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 55, null]);
		expect(got.filter((l) => l[1] === 'cost')).toHaveLength(4);
	});
	it('reads the same list in 元, and none where the uses do not make the sum or no heading speaks of spending', () => {
		const yuan = wan.replace('30万元', '300,000.00元').replace('12.5万元', '125,000.00元').replace('8万元', '80,000.00元').replace('4.5万元', '45,000.00元').replace('55万元', '550,000.00元');
		const sorted = (x: unknown[][]) => x.map((l) => JSON.stringify(l)).sort();
		expect(sorted(lines(text(yuan)))).toEqual(sorted(lines(text(wan))));
		expect(lines(text(wan.replace('共计55万元', '共计56万元'))).some((l) => l[1] === 'cost')).toBe(false);
		expect(lines(text(wan).replace('项目资金执行情况分析', '项目绩效目标情况')).some((l) => l[1] === 'cost')).toBe(false);
	});
});

describe("a fund's allocation in tranches: 小计 | 提前下达 | 本次下达 under each part", () => {
	const table = [
		'附件1 |',
		'2019年青禾县学生资助补助资金安排表 |',
		'单位:元 |',
		'单 位 | 全年中央补助资金 | 其中:助学金 | 其中:免学费 |',
		'小计 | 提前下达 | 本次下达 | 小计 | 提前下达 | 本次下达 |',
		'青禾县职业学校 | 1,250,000 | 450,000 | 400,000 | 50,000 | 800,000 | 600,000 | 200,000 |',
		'附件2 |',
		'学生资助补助资金绩效目标表 |',
		'(2019年度) |'
	].join('\n');
	it('reads the whole as adjusted, each part as adjusted, initial (sent ahead) and addition (sent now), in 元', () => {
		const got = lines(table);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'adjusted', 125, null]);
		expect(got).toContainEqual(['expenditure', 'cost', '助学金', '', 'all', 'initial', 40, null]);
		expect(got).toContainEqual(['expenditure', 'cost', '免学费', '', 'all', 'addition', 20, null]);
		expect(got).toContainEqual(['expenditure', 'cost', '免学费', '', 'all', 'adjusted', 80, null]);
	});
	it('reads the same in tabs, and nothing where a part is not its two tranches', () => {
		expect(lines(table.replace(/ \| ?/g, '\t').replace(/ \|$/gm, ''))).toEqual(lines(table));
		for (const layout of ['cell-line', 'cell-bar', 'space'] as const) expect(lines(perturb(table, layout))).toEqual(lines(table));
		// (the row run together by a text layer: cut where every amount carries its thousands separators)
		expect(lines(table.replace('青禾县职业学校 | 1,250,000 | 450,000 | 400,000 | 50,000 | 800,000 | 600,000 | 200,000 |', '青禾县职业学校1,250,000450,000400,00050,000800,000600,000200,000 |'))).toEqual(lines(table));
		expect(lines(table.replace('| 200,000 |', '| 210,000 |')).some((l) => l[2] === '免学费')).toBe(false);
	});
});

describe("the 项目支出情况 table of Hubei's 部门整体绩效目标申报表", () => {
	const cells = ['部门整体绩效目标申报表', '2023  年度', '单位:万元', '部门(单位) 名称', '青禾县救助站', '项目支出情况', '项目名称', '项目类型', '项目总预算', '项目本年度预算', '项目主要支出方向和用途',
		'流浪人员救助经费', '常年性项目', '120', '60', '救助生活费', '救助车辆购置资金', '一次性项目', '25', '25', '', '托养服务经费', '常年性项目', '40', '40', '托养服务费', '部门整体绩效目标'];
	it("reads each project at the year's budget (本年度预算), with or without its use", () => {
		const got = lines(cells.join('\n\n'));
		expect(got).toContainEqual(['expenditure', 'project', '流浪人员救助经费', '项目支出', 'all', 'initial', 60, null]);
		expect(got).toContainEqual(['expenditure', 'project', '救助车辆购置资金', '项目支出', 'all', 'initial', 25, null]);
		expect(got).toContainEqual(['expenditure', 'project', '托养服务经费', '项目支出', 'all', 'initial', 40, null]);
		expect(got.some((l) => l[6] === 120)).toBe(false);
	});
});
