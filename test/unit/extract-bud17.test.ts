/**
 * Budget tables (bud17): the 2020s 部门整体支出绩效评价基础数据表 (支出总额, a "其中:公用经费" row, the
 * projects under the template's 专项资金 heading), and Fujian's funds-structure table of the
 * 部门整体支出绩效自评表 (资金结构 | 年初 | 年中调整 | 小计 | 拨付 | 实现率 | 结余 | 结余率). Made-up units,
 * places and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';

const lines = (text: string) =>
	extract(text, { sourceFile: 't.txt' }).report.budget.map((l) => [l.flow, l.breakdown, l.item, l.parent ?? '', l.scope, l.stage, l.year, l.amount.wan]);

const para = (cells: string[]) => cells.join('\n\n');
const bars = (rows: string[][]) => rows.map((r) => r.join(' | ')).join('\n');

describe('the 2020s 部门整体支出绩效评价基础数据表', () => {
	const rows = [
		['2023年度部门整体支出绩效评价基础数据表'],
		['财政供养人员情况(人)', '编制数', '2023年实际在职人数', '控制率'],
		['', '30', '28', '93.33%'],
		['经费控制情况(万元)', '2022年决算数', '2023年预算数', '2023年决算数'],
		['支出总额', '500.10', '520.00', '515.50'],
		['基本支出', '300.10', '310.00', '309.00'],
		['其中:公用经费', '40.10', '42.00', '41.50'],
		['项目支出', '200.00', '210.00', '206.50'],
		['其中:1、运行维护经费', '', '', ''],
		['2、专项资金(一个项一行)', '', '', ''],
		['青山河道巡护经费', '120.00', '130.00', '126.50'],
		['乡村书屋补助', '80.00', '80.00', '80.00'],
		['三公经费', '', '', ''],
		['政府采购金额', '——', '', '']
	];
	const want = [
		['expenditure', 'total', '合计', '', 'all', 'final', 2022, 500.1],
		['expenditure', 'total', '合计', '', 'all', 'budget', 2023, 520],
		['expenditure', 'nature', '公用经费', '基本支出', 'all', 'final', 2023, 41.5],
		['expenditure', 'project', '青山河道巡护经费', '项目支出', 'all', 'budget', 2023, 130],
		['expenditure', 'project', '乡村书屋补助', '项目支出', 'all', 'final', 2022, 80]
	];
	it('reads the total, 公用经费 under 基本支出 and the projects, one cell a paragraph', () => {
		const got = lines(para(['青山县文化馆', ...rows.flat().map((c) => c || ' ')]));
		for (const w of want) expect(got).toContainEqual(w);
		expect(got.filter((l) => l[1] === 'project')).toHaveLength(6);
		expect(got.some((l) => /运行维护|专项资金/.test(String(l[2])))).toBe(false);
	});
	it('and the same as bar-separated rows', () => {
		const got = lines('青山县文化馆\n' + bars(rows));
		for (const w of want) expect(got).toContainEqual(w);
	});
});

describe("Fujian's funds-structure table (部门整体支出绩效自评表)", () => {
	const head = ['资金结构', '年初部门预算安排金额(含历年结余结转)①', '年中调整金额②', '小计③=①+②', '年度拨付金额④', '支出实现率(%)⑤=④/③', '本年度结余金额⑥=③-④', '资金结余率(%)⑦=⑥/③'];
	const body = [
		['1.财政资金小计', '210.00', '-10.00', '200.00', '190.00', '95', '10.00', '5'],
		['①项目支出', '60.00', '0', '60.00', '50.00', '83.33', '10.00', '16.67'],
		['②基本支出', '150.00', '-10.00', '140.00', '140.00', '100', '0', '0'],
		['2.单位其他收入', '5.00', '0', '5.00', '5.00', '100', '0', '0'],
		['合 计', '215.00', '-10.00', '205.00', '195.00', '95.12', '10.00', '4.88']
	];
	const title = ['部门整体支出绩效自评表', '(2023年度)', '部门(单位)名称 青溪县气象服务站', '财政资金安排和使用情况(万元)'];
	const want = [
		['expenditure', 'source', '财政资金', '', 'fiscal', 'initial', 2023, 210],
		['expenditure', 'source', '财政资金', '', 'fiscal', 'addition', 2023, -10],
		['expenditure', 'nature', '项目支出', '', 'fiscal', 'adjusted', 2023, 60],
		['expenditure', 'nature', '基本支出', '', 'fiscal', 'final', 2023, 140],
		['closing_balance', 'nature', '项目支出', '', 'fiscal', 'final', 2023, 10],
		['expenditure', 'source', '单位其他收入', '', 'other', 'final', 2023, 5],
		['expenditure', 'total', '合计', '', 'all', 'final', 2023, 195],
		['closing_balance', 'total', '合计', '', 'all', 'final', 2023, 10]
	];
	it('reads every row and column as spaced rows', () => {
		const r = extract([...title, head.join(' '), ...body.map((b) => b.join(' '))].join('\n'), { sourceFile: 't.txt' }).report;
		const got = r.budget.map((l) => [l.flow, l.breakdown, l.item, l.parent ?? '', l.scope, l.stage, l.year, l.amount.wan]);
		for (const w of want) expect(got).toContainEqual(w);
		expect(got).toHaveLength(25);
		expect(r.budget.find((l) => l.item === '合计' && l.stage === 'final' && l.flow === 'expenditure')?.execution_rate?.value).toBe(95.12);
	});
	it('and the same as bar-separated rows and one cell a paragraph', () => {
		for (const text of [[...title, bars([head, ...body])].join('\n'), para([...title, ...head, ...body.flat()])]) {
			const got = lines(text);
			for (const w of want) expect(got).toContainEqual(w);
		}
	});
	it('leaves a row that lost a cell unread', () => {
		const got = lines([...title, head.join(' '), '①项目支出 60.00 0 60.00 50.00 83.33 10.00'].join('\n'));
		expect(got.filter((l) => l[2] === '项目支出')).toHaveLength(0);
	});
});

describe('a 资金情况 block whose headers are 年初预算资金总额: and 实际投入资金额', () => {
	it('reads the total and the fiscal row, bars and one cell a paragraph', () => {
		const rows = [
			['资金情况(万元)', '', '年初预算资金总额:', '实际投入资金额', '产生差异的原因'],
			['合计', '80', '72.5', ''],
			['其中:财政拨款', '80', '72.5', ''],
			['其他资金', '', '', '']
		];
		const head = '2021年青禾镇敬老院运转经费部门整体支出绩效自评表\n单位名称 | 青禾镇民政办 | 单位负责人及电话 | 李四\n';
		for (const text of [head + bars(rows), head + para(rows.flat().map((c) => c || ' '))]) {
			const got = lines(text);
			expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'initial', 2021, 80]);
			expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 2021, 72.5]);
			expect(got).toContainEqual(['expenditure', 'source', '财政拨款支出', '', 'fiscal', 'final', 2021, 72.5]);
		}
	});
});

describe('a funds row the vocabulary does not know, between the levels of a transfer-payment 绩效自评表', () => {
	it('is passed over and the rows after it are read', () => {
		const text = [
			'2023年度青禾县困难群众救助补助资金绩效自评表',
			'项目名称 | 困难群众救助 | ||',
			'资金情况(万元) | 全年预算数(A) | 全年执行数(B) | 执行率(B/A) |',
			'年度资金总额: | 500万 | 450万 | 90% |',
			'其中:中央财政资金 | 300万 | 300万 | 100% |',
			'福彩公益金用于临时救助 | 10 | 5 | 50% |',
			'地方资金 | 190万 | 145万 | 76.32% |',
			'其他资金 | |||'
		].join('\n');
		const got = lines(text);
		expect(got).toContainEqual(['expenditure', 'budget_level', '地方资金', '', 'fiscal', 'final', 2023, 145]);
		expect(got.some((l) => /福彩/.test(String(l[2])))).toBe(false);
	});
});

describe("a project target form's sources as columns (资金来源(万元) | 财政拨款 | 非税安排 | 上年结转 | …)", () => {
	const rows = [
		['项目名称', '青禾河道清淤经费', '预算金额', '58万元', ''],
		['预算单位', '青禾县水利站', '联系电话', '1234567'],
		['资金来源(万元)', '财政拨款', '非税安排', '上年结转', '政府债券', '其他'],
		['50', '0', '8', '0', ''],
		['项目概述', '河道清淤。'],
		['年度绩效总目标', '产出指标', '清淤河道12公里。']
	];
	it('reads the known sources and the form total, bars and one cell a paragraph', () => {
		// (and a cell a line, each closed by its bar, a row's end a line "||")
		const cellBar = rows.map((r) => r.filter((c) => c).map((c) => c + ' |').join('\n') + '\n||').join('\n');
		for (const text of ['2023年项目支出绩效目标表\n' + bars(rows), para(['2023年项目支出绩效目标表', ...rows.flat().map((c) => c || ' ')]), '2023年项目支出绩效目标表\n' + cellBar]) {
			const got = lines(text);
			expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'budget', 2023, 58]);
			expect(got).toContainEqual(['expenditure', 'source', '财政拨款支出', '', 'fiscal', 'budget', 2023, 50]);
			expect(got).toContainEqual(['expenditure', 'source', '上年结转', '', 'all', 'budget', 2023, 8]);
			expect(got.some((l) => /非税|债券/.test(String(l[2])))).toBe(false);
		}
	});
	it('leaves a value row that does not have one cell a source unread', () => {
		const long = rows.map((r, i) => (i === 3 ? ['50', '0', '8', '0', '1', '2'] : r));
		expect(lines('2023年项目支出绩效目标表\n' + bars(long)).filter((l) => l[1] === 'source')).toHaveLength(0);
	});
});

describe('an allocation notice of a programme named with its level (中央补助地方X专项资金)', () => {
	it('reads the programme as the total and its parts as uses', () => {
		const text = [
			'青禾市2022年度中央支持地方体育项目资金绩效自评报告',
			'一、基本情况',
			'2022年省财政厅下达我市中央补助地方体育设施建设专项资金300.00万元,其中:健身步道建设120.00万元,社区球场改造180.00万元。'
		].join('\n');
		const got = lines(text);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'budget', 2022, 300]);
		expect(got).toContainEqual(['expenditure', 'cost', '健身步道建设', '', 'all', 'budget', 2022, 120]);
		expect(got.some((l) => l[1] === 'budget_level')).toBe(false);
	});
	it('while a fund named without its level stays the level line it was', () => {
		const got = lines('青禾市2022年度农田建设资金绩效自评报告\n一、基本情况\n2022年省财政厅下达我市农田建设资金500.00万元,其中:高标准农田建设400.00万元,农田水利100.00万元。');
		expect(got).toContainEqual(['expenditure', 'budget_level', '农田建设资金', '', 'all', 'budget', 2022, 500]);
	});
});

describe('a 部门决算 table with 行次, one cell a paragraph', () => {
	const cells = ['财政拨款收入支出决算总表', '金额单位:万元', '收入', '支出', '项目', '行次', '决算数', '项目', '行次', '决算数',
		'一、财政拨款收入', '1', '312.40', '一、一般公共服务支出', '35', '其中:政府性基金预算财政拨款', '2', '二、外交支出', '36',
		'二、上级补助收入', '3', '三、国防支出', '37', '三、事业收入', '4', '五、教育支出', '39', '288.15', '六、科学技术支出', '40'];
	it('reads a row whose amount follows its row number, and no row whose amount cell is empty', () => {
		const got = lines(para(['青禾县第二小学2019年度部门决算', ...cells]));
		expect(got).toContainEqual(['income', 'source', '财政拨款收入', '', 'fiscal', 'final', 2019, 312.4]);
		expect(got).toContainEqual(['expenditure', 'function', '教育支出', '', 'all', 'final', 2019, 288.15]);
		expect(got.some((l) => /一般公共服务|外交|国防|科学技术/.test(String(l[2])))).toBe(false);
	});
});

describe('a funds table another reader takes (资金来源 | 年初预算数 | 全年预算数 | 全年执行数)', () => {
	it('is read once, not again as a funds-structure table', () => {
		const got = lines(['2023年度青禾县文化馆部门整体支出绩效自评表', bars([['资金来源(万元)', '年初预算数', '全年预算数', '全年执行数'], ['合计', '100', '120', '110'], ['其中:财政拨款', '90', '110', '100'], ['其他资金', '10', '10', '10']])].join('\n'));
		expect(got.filter((l) => l[1] === 'total' && l[5] === 'final')).toHaveLength(1);
		expect(got.some((l) => l[2] === '财政资金')).toBe(false);
		expect(got).toContainEqual(['expenditure', 'source', '财政拨款支出', '', 'fiscal', 'final', 2023, 100]);
	});
});
