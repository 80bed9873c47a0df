/**
 * Tables whose row boundaries did not survive text extraction (tab12a): the same made-up tables
 * written with tabs, one cell a line (an empty cell an empty line) and one row a line with cells
 * joined by spaces read the same, by their header words. Invented units and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { Ctx } from '../../src/lib/extract/context';
import { parseSegments, perturb, renderText } from '../../src/lib/extract/perturb';

const SCORE_REPORT = [
	'青禾县文化服务中心2023年度部门整体支出绩效自评报告',
	'',
	'一、部门基本情况',
	'',
	'本中心负责全县群众文化活动的组织与服务。',
	'',
	'表1 绩效自评得分情况',
	'',
	'一级指标\t二级指标\t分值\t自评得分\t得分率',
	'合计\t\t100\t96.5\t96.5%',
	'履职效能\t整体效能\t40\t38\t95%',
	'管理效率\t预算编制\t10\t10\t100%',
	'\t预算执行\t20\t19\t95%',
	'\t资产管理\t30\t29.5\t98.33%',
	'',
	'二、存在问题',
	'',
	'预算编制的精准度有待提高。'
].join('\n');

type Node = { name: string; level: number; max?: { value: number }; score?: { value: number }; children?: Node[] };
const flat = (ns: Node[]): unknown[] => ns.flatMap((n) => [[n.name, n.level, n.max?.value, n.score?.value], ...flat(n.children ?? [])]);
const scoresOf = (text: string) => {
	const s = extract(text, { sourceFile: 't.txt' }).report.scores;
	return { total: s?.total?.score?.value, tree: flat((s?.tree ?? []) as Node[]) };
};

describe('tables read by their header words when no marker ends a row', () => {
	const tab = scoresOf(SCORE_REPORT);
	it('reads the score table written with tabs', () => {
		expect(tab.total).toBe(96.5);
		expect(tab.tree).toContainEqual(['预算执行', 2, 20, 19]);
	});
	for (const layout of ['cell-line', 'space'] as const) {
		it(`reads the same score table one ${layout === 'space' ? 'row a line, cells joined by spaces' : 'cell a line'}`, () => {
			expect(scoresOf(perturb(SCORE_REPORT, layout))).toEqual(tab);
		});
	}

	it('goes on after a page break that dropped a row\'s merged first cell (one cell a line: names, then one figure a column)', () => {
		const text = ['一级指标', '二级指标', '三级指标', '分值', '得分', '合计', '', '', '20', '18', '预算执行', '资金使用率', '10', '9', '', '资金到位率', '10', '9', '', '资产管理', '资产登记率', '5', '5', '', '二、其他'].join('\n');
		const ctx = new Ctx(text);
		expect(ctx.tables).toHaveLength(1);
		expect(ctx.tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([
			['一级指标', '二级指标', '三级指标', '分值', '得分'],
			['合计', '', '', '20', '18'],
			['', '预算执行', '资金使用率', '10', '9'],
			['', '', '资金到位率', '10', '9'],
			['', '资产管理', '资产登记率', '5', '5']
		]);
	});

	it('places a space-joined row\'s cells under their columns, the missing ones the leading merged names', () => {
		const text = ['一级指标 二级指标 三级指标 分值 得分', '合计 20 18', '预算执行 资金使用率 10 9', '资金到位率 10 9', '资 产 管 理 资产登记率 5 5', ''].join('\n');
		const ctx = new Ctx(text);
		expect(ctx.tables).toHaveLength(1);
		expect(ctx.tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([
			['一级指标', '二级指标', '三级指标', '分值', '得分'],
			['', '', '合计', '20', '18'],
			['', '预算执行', '资金使用率', '10', '9'],
			['', '', '资金到位率', '10', '9'],
			['', '资 产 管 理', '资产登记率', '5', '5']
		]);
	});

	it('leaves a row that more than one placement fits unread, and a line without figures ends the table', () => {
		// ("产出指标 覆盖率 90% 达标": 一级指标 / 名称 / 目标值 / 完成情况, or 名称 / 目标值 / 完成情况 / 备注)
		const text = ['一级指标 指标名称 目标值 完成情况 备注', '产出指标 覆盖村数 12 13 已完成', '群众知晓率 90% 92%', '产出指标 覆盖率 90% 达标', '受益人数 300 320', '本表由单位填报。'].join('\n');
		const ctx = new Ctx(text);
		expect(ctx.tables).toHaveLength(1);
		expect(ctx.tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([
			['一级指标', '指标名称', '目标值', '完成情况', '备注'],
			['产出指标', '覆盖村数', '12', '13', '已完成'],
			['', '群众知晓率', '90%', '92%', ''],
			['', '受益人数', '300', '320', '']
		]);
	});
});

describe('bar-written tables (one cell a line ending " |", rows ended by a line of bars)', () => {
	const rows = [
		['一级指标', '二级指标', '分值', '得分'],
		['合计', '', '50', '47'],
		['---', '------', '---', '---'],
		['产出', '数量', '30', '28']
	];
	const bar = (r: string[]) => [...r.map((c) => (c ? `${c} |` : '|')), '||'];
	it('are tables of the document: rows go on across the blank lines a page break leaves, a rule written as cells is no row', () => {
		const text = ['表1 得分情况', '', ...bar(rows[0]), ...bar(rows[1]), '', ...bar(rows[2]), ...bar(rows[3]), '', '二、其他情况'].join('\n');
		const ctx = new Ctx(text);
		expect(ctx.tables).toHaveLength(1);
		expect(ctx.tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([rows[0], rows[1], rows[3]]);
	});
	it('the layout perturbation writes a "| A | B |" row\'s first cell without its bar', () => {
		expect(perturb('| 项目 | 年初预算数 | 决算数 |\n| 合计 | 12 | 10 |', 'tab')).toBe('项目\t年初预算数\t决算数\n合计\t12\t10');
	});
});

describe('a task table one cell a line, its header with an empty cell over a merged column and an empty last cell', () => {
	it('reads its rows, a task named by a sentence', () => {
		const text = [
			'年度重点工作任务', '', '主要实施内容', '关键性指标', '实现值', '',
			'组织乡村阅读推广活动，提升群众阅读兴趣。', '', '开展读书月活动。', '活动场次(场)', '>12', '',
			'', '', '', '参与人数(人)', '>800', '',
			'', '二、其他情况'
		].join('\n');
		const ctx = new Ctx(text);
		expect(ctx.tables).toHaveLength(1);
		expect(ctx.tables[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([
			['年度重点工作任务', '', '主要实施内容', '关键性指标', '实现值', ''],
			['组织乡村阅读推广活动，提升群众阅读兴趣。', '', '开展读书月活动。', '活动场次(场)', '>12', ''],
			['', '', '', '参与人数(人)', '>800', '']
		]);
	});
});

describe('a table written one cell a line after a tab, rows apart by blank lines (stacked)', () => {
	const stacked = ['收支情况', '', '\t项 目', '\t基本支出', '\t项目支出', '\t合 计', '', '\t本年收入', '\t120.50', '\t30.25', '\t150.75', '', '\t本年支出', '\t118.00', '\t30.25', '\t148.25', '', '正文。'].join('\n');
	it('the layout perturbation takes each run of lines as one row, and writes it back as it was', () => {
		expect(renderText(parseSegments(stacked), 'original')).toBe(stacked);
		expect(perturb(stacked, 'pipe').split('\n').slice(2, 5)).toEqual(['项 目 | 基本支出 | 项目支出 | 合 计', '本年收入 | 120.50 | 30.25 | 150.75', '本年支出 | 118.00 | 30.25 | 148.25']);
	});
	it('one cell a line, the header 项目 / 基本支出 / 项目支出 / 合计 gives the rows (合计 the last column, not the first row)', () => {
		const t = new Ctx(perturb(stacked, 'cell-line')).tables;
		expect(t).toHaveLength(1);
		expect(t[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([['项 目', '基本支出', '项目支出', '合 计'], ['本年收入', '120.50', '30.25', '150.75'], ['本年支出', '118.00', '30.25', '148.25']]);
		const s = new Ctx(['一级指标', '二级指标', '分值', '得分', '合计', '', '20', '18', '产出', '数量', '10', '9'].join('\n')).tables;
		expect(s[0].rows.map((r) => r.cells[0].text)).toEqual(['一级指标', '合计', '产出']);
	});
});

describe('a project self-evaluation table written with tabs reads as with " | " cells (grid reader)', () => {
	const pipe = [
		'绩效目标自评表 | ||||||||',
		'(2023年度) | ||||||||',
		'项目名称 | 东坪村果蔬种植补贴项目 | 项目负责人及电话 | 王某0000-1234567 | ||||||',
		'主管部门 | 县农业农村局 | 实施单位 | 东坪镇人民政府 | ||||||',
		'绩效指标 | 一级 指标 |',
		'二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 | ||',
		'产 出 指 标 (50分) |',
		'数量指标 | ★补助果蔬种植面积 | 30 | 12亩 | 12亩 | 30 | ||||',
		'其中葡萄种植面积 | 4亩 | 4亩 | ||||||||',
		'其中草莓种植面积 | 8亩 | 8亩 | ||||||||',
		'质量指标 | ||||||||',
		'种植作物成活率 | 20 | 90% | 96% | 20 | ||||||',
		'效 益 指 标 (40分) |',
		'社会效益 指标 |',
		'受益农户数量 | 40 | 25户 | 25户 | 40 | |||||',
		'总分 | 100 | 100 | ||||||'
	].join('\n');
	const inds = (text: string) => extract(text, { sourceFile: 't.txt' }).report.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual?.text, i.max?.value, i.score?.value]);
	it('a row of one cell between tab-separated rows is one cell, and a row ends with its line', () => {
		const p = inds(pipe);
		expect(p).toContainEqual(['产出指标', '数量指标', '其中草莓种植面积', '8亩', '8亩', undefined, undefined]);
		expect(inds(perturb(pipe, 'tab'))).toEqual(p);
	});
	it('one cell a line and cells joined by spaces: a spaced level name is one cell, a part\'s row of two figures with units is its 指标值 and 实际值', () => {
		const p = inds(pipe);
		for (const layout of ['cell-line', 'space'] as const) {
			const got = inds(perturb(pipe, layout));
			expect(got).toContainEqual(['产出指标', '数量指标', '其中葡萄种植面积', '4亩', '4亩', undefined, undefined]);
			expect(got).toContainEqual(['产出指标', '数量指标', '其中草莓种植面积', '8亩', '8亩', undefined, undefined]);
			// (never a figure read as a name)
			for (const row of got) expect(String(row[2])).not.toMatch(/^\d+亩$/);
			expect(got.filter((r) => p.some((q) => JSON.stringify(q) === JSON.stringify(r))).length).toBeGreaterThanOrEqual(4);
		}
	});
});

describe('indicator rows one a line, cells joined by spaces, under a header broken over lines', () => {
	it('no figures run together (the run-on reader squeezes spaces: it leaves rows whose spaces are separators)', () => {
		const text = [
			'项目支出绩效自评表',
			'一级指标 二级指标 三级指标 年度 指标值',
			'实际 完成值',
			'分值 得分 偏差原因分析及改进措施',
			'产出指标 数量指标 指标1:修建村道长度 ≥12 14 10 10',
			'指标2:安装路灯数量 ≥40 40 10 10',
			'质量指标 指标1:工程验收合格率 ≥95% 100% 10 10',
			'时效指标 指标1:完工时间 10月前 9月 10 10',
			'二、其他说明'
		].join('\n');
		const r = extract(text, { sourceFile: 't.txt' }).report;
		const bad = r.indicators.filter((i) => /[≥≤]$/.test(i.name) || !['≥12', '≥40', '≥95%', '10月前', undefined].includes(i.target?.text));
		expect(bad).toEqual([]);
	});
});

describe('a 项目基本概况 of label | amount pairs (计划安排资金 | N | 实际到位资金 | N …) in any marked layout', () => {
	const rows = [
		['计划安排资金 (万元)', '300', '实际到位资金 (万元)', '280', '实际支出 (万元)', '250', '结余 (万元)', '30'],
		['其中:中央财政', '100', '其中:中央财政', '100', '其中:中央财政', '90', '', ''],
		['省财政', '200', '省财政', '180', '省财政', '160', '', '']
	];
	const bar = ['一、项目基本概况 |', '||', ...rows.flatMap((r) => [...r.map((c) => (c ? `${c} |` : '|')), '||||||'])].join('\n');
	const lines = (text: string) =>
		extract(`青石县公路养护项目绩效自评报告\n${text}\n二、绩效评价`, { sourceFile: 't.txt' })
			.report.budget.map((l) => [l.flow, l.breakdown, l.item, l.stage, l.amount.wan])
			.sort();
	it('reads the same lines written with bars, tabs and " | "', () => {
		const b = lines(bar);
		expect(b).toContainEqual(['expenditure', 'total', '合计', 'budget', 300]);
		expect(b).toContainEqual(['income', 'budget_level', '省财政', 'final', 180]);
		expect(lines(perturb(bar, 'tab'))).toEqual(b);
		expect(lines(perturb(bar, 'pipe'))).toEqual(b);
	});
});

describe('an allocation table (序号 | 乡镇名称 | 项目名称 | 金额 | 备注) whose empty remarks drop out', () => {
	const rows = [
		['序号', '乡镇名称', '项 目 名 称', '金额', '备注'],
		['1', '东溪镇', '溪口村水渠修复', '12', ''],
		['2', '南岭乡', '岭下村堤岸加固', '8', ''],
		['3', '北坪镇', '坪头村排水沟建设', '5', ''],
		['合计', '25']
	];
	const bar = ['附件1', '2023年水利专项资金安排表', '单位:万元', ...rows.flatMap((r) => r.map((c) => (c ? `${c} |` : '|')))].join('\n');
	const lines = (text: string) =>
		extract(`青石县2023年省级水利专项资金项目绩效目标表\n${text}\n附件2`, { sourceFile: 't.txt' })
			.report.budget.filter((l) => l.breakdown === 'cost')
			.map((l) => [l.item, l.amount.wan]);
	it('reads each row\'s name and amount one cell a line and joined by spaces, the rows checked against 合计', () => {
		const want = [['溪口村水渠修复', 12], ['岭下村堤岸加固', 8], ['坪头村排水沟建设', 5]];
		expect(lines(bar)).toEqual(want);
		expect(lines(perturb(bar, 'cell-line'))).toEqual(want);
		expect(lines(perturb(bar, 'space'))).toEqual(want);
	});
});

describe('an indicator table one cell a line whose rows lost their merged level cells', () => {
	it('reads a row as its names and then one figure a value column (targets and outcomes as figures)', () => {
		const text = ['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分', '产出指标', '数量指标', '新建蓄水池(个)', '12', '10', '8.3', '数量指标', '受益农户(户)', '300', '320', '10', '满意度指标', '服务对象满意度指标', '满意度(%)', '90', '96', '10', '总分'].join('\n');
		const t = new Ctx(text).tables;
		expect(t).toHaveLength(1);
		expect(t[0].rows.map((r) => r.cells.map((c) => c.text))).toEqual([
			['一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
			['产出指标', '数量指标', '新建蓄水池(个)', '12', '10', '8.3'],
			['', '数量指标', '受益农户(户)', '300', '320', '10'],
			['满意度指标', '服务对象满意度指标', '满意度(%)', '90', '96', '10']
		]);
	});
});

describe('a year-comparison table whose header has a second row under its group column', () => {
	const tab = ['表2 收入对比', '', '项目\t2023 年\t2022 年\t两年对比情况\t', '\t\t\t增减值\t增减幅 (%)', '合计\t520. 40\t480. 00\t40. 40\t8. 42', '财政拨款收入\t500. 40\t470. 00\t30. 40\t6. 47', '', '二、支出情况'].join('\n');
	const rowsOf = (text: string) => new Ctx(text).tables.map((t) => t.rows.map((r) => r.cells.map((c) => c.text.replace(/\s+/g, ''))));
	it('reads it one cell a line and joined by spaces, the second header row under the group', () => {
		const want = [
			['项目', '2023年', '2022年', '两年对比情况', ''],
			['', '', '', '增减值', '增减幅(%)'],
			['合计', '520.40', '480.00', '40.40', '8.42'],
			['财政拨款收入', '500.40', '470.00', '30.40', '6.47']
		];
		expect(rowsOf(perturb(tab, 'cell-line'))).toEqual([want]);
		const space = rowsOf(perturb(tab, 'space'))[0];
		expect(space.slice(2)).toEqual(want.slice(2));
		expect(space[1].slice(-2)).toEqual(['增减值', '增减幅(%)']);
	});
});

describe('a table written with a blank line between every two cells', () => {
	it('is not read as one cell a line with empty cells (its blank lines are separators, no row boundary is known)', () => {
		const text = ['一级指标', '', '二级指标', '', '三级指标', '', '指标值', '', '产出指标', '', '数量指标', '', '新修渠道长度', '', '≥5公里', '', '质量指标', '', '验收合格率', '', '100%'].join('\n');
		expect(new Ctx(text).tables).toEqual([]);
	});
});

describe('" | " tables of figures under known header words, and 三公 tables', () => {
	const budgetOf = (text: string) => extract(text, { sourceFile: 't.txt' }).report.budget.map((l) => [l.flow, l.item, l.stage, l.amount.wan]);
	it('a " | " budget table is read as the same table written with tabs', () => {
		const tab = ['青禾县文化馆2023年度部门整体支出绩效自评报告', '一、收支情况', '单位:万元', '项目\t年初预算数\t调整预算数\t决算数', '合计\t210.50\t230.00\t228.40', '财政拨款收入\t200.50\t220.00\t218.40', '二、绩效情况'].join('\n');
		const b = budgetOf(tab);
		expect(b.length).toBeGreaterThan(0);
		expect(budgetOf(perturb(tab, 'pipe'))).toEqual(b);
	});
	it('a 三公 table\'s 合计 is no budget total', () => {
		const text = ['青禾县文化馆2023年度“三公”经费支出情况说明', '单位:万元', '项 目 | 预 算 数 | 决 算 数 |', '合 计 | 3.20 | 2.10 |', '因公出国(境)费 | ||', '公务接待费 | 1.20 | 0.60 |', '公务用车购置及运行维护费 | 2.00 | 1.50 |', '二、其他说明'].join('\n');
		expect(budgetOf(text).filter((l) => l[1] === '合计')).toEqual([]);
		expect(budgetOf(perturb(text, 'tab')).filter((l) => l[1] === '合计')).toEqual([]);
	});
});

describe('one cell a line: a short name a cell wrapped at a space', () => {
	it('is one cell among lines of one cell each ("资金管理 (8分)", "资金使用 规范性"), a row of level words joined by spaces is not', async () => {
		const { cellStream } = await import('../../src/lib/extract/grid');
		const keys = (text: string) => cellStream(new Ctx(text)).map((c) => c.key);
		expect(keys(['序号', '1', '资金管理 (8分)', '资金使用 规范性', '4', '3'].join('\n'))).toEqual(['序号', '1', '资金管理(8分)', '资金使用规范性', '4', '3']);
		expect(keys(['产出指标 数量指标 新建桥梁 2座', '质量指标 验收合格率 100%'].join('\n'))).toContain('数量指标');
	});
});

describe('the table reader takes a level written with its points or a fill-in note', () => {
	it('"产出指标(40分)" / "数量指标(必填)" are the levels 产出指标 / 数量指标 (one cell a line)', async () => {
		const text = ['青禾县道路养护项目绩效自评表', '一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '产出指标(40分)', '数量指标(必填)', '养护道路里程(公里)', '20', '≥30公里', '32公里', '20', '', '', '质量指标(必填)', '养护合格率', '20', '≥95%', '98%', '20', '二、其他说明'].join('\n');
		const { readIndicators } = await import('../../src/lib/extract/indicators');
		const r = readIndicators(new Ctx(text), { year: 2023, kind: 'project_self_evaluation', deptName: '', deptShort: '' });
		const got = r.table.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual?.text]);
		expect(got).toContainEqual(['产出指标', '数量指标', '养护道路里程(公里)', '≥30公里', '32公里']);
		expect(got).toContainEqual(['产出指标', '质量指标', '养护合格率', '≥95%', '98%']);
	});
});

describe('a target table whose first rows lost their level cells, one cell a line or joined by spaces', () => {
	const pipe = ['青禾县2022年少数民族发展资金项目绩效目标申报表', '一级指标 | 二级指标 | 三级指标 | 指标值 | ||||', '新建温室大棚数量 | ≥3个 | |||||||', '大棚验收合格率 | 100% | |||||||', '时效指标 | 开工时限 | 2022年6月 | ||||||', '二、其他说明'].join('\n');
	const inds = (text: string) => extract(text, { sourceFile: 't.txt' }).report.indicators.map((i) => [i.name, i.target?.text]);
	it('reads the bare rows (a name and its target) as the grid reader does for " | " rows', () => {
		const p = inds(pipe);
		expect(p).toContainEqual(['新建温室大棚数量', '≥3个']);
		for (const layout of ['cell-line', 'space'] as const) expect(inds(perturb(pipe, layout))).toContainEqual(['新建温室大棚数量', '≥3个']);
	});
});

describe('an indicator header broken over rows of bar-ended cells', () => {
	it('reads the columns after the row end ("年度 指标值 |" / "||" / "实际 完成值 |") as with " | " rows', () => {
		const pipe = ['青禾县美丽乡村建设项目绩效自评表', '一级指标 | 二级指标 | 三级指标 | 年度 指标值 |', '实际 完成值 |', '分值 | 得分 | 偏差原因分析及改进措施 | |||||', '产出指标 | 数量指标 | 指标1:新建示范村数量 | ≥3 | 4 | 10 | 10 | |||||||', '指标2:整治自然村数量 | ≥50 | 56 | 10 | 10 | |||||||||', '二、其他说明'].join('\n');
		const inds = (text: string) => extract(text, { sourceFile: 't.txt' }).report.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.max?.value, i.score?.value]);
		const p = inds(pipe);
		expect(p).toContainEqual(['新建示范村数量', '≥3', '4', 10, 10]);
		expect(inds(perturb(pipe, 'cell-bar'))).toEqual(p);
	});
});
