/**
 * Tables read by what their headers mean (tab12b): the column perturbation (perturb-columns.ts)
 * on made-up tables, and the readers finding each column by its header's meaning whatever the
 * template calls it, wherever it stands and whichever optional columns it has.
 * Units, names and figures are invented.
 */
import { describe, expect, it } from 'vitest';
import { perturbColumns, perturbColumnsCounted } from '../../src/lib/extract/perturb-columns';

const table = [
	'项目支出绩效自评表',
	'一级指标\t二级指标\t三级指标\t指标值\t计量单位\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
	'产出指标\t数量指标\t修缮亭台数量\t≥12\t座\t13\t20\t20\t',
	'\t质量指标\t验收合格率\t100\t%\t100\t20\t19\t个别工序返工',
	'总分\t100\t95'
].join('\n');

describe('column perturbation (perturb-columns.ts)', () => {
	it('synonyms: every header cell another wording of the same column, rows unchanged', () => {
		const out = perturbColumns(table, 'synonyms').split('\n');
		const head = out[1].split('\t');
		expect(head).not.toContain('指标值');
		expect(head).not.toContain('实际完成值');
		expect(head).not.toContain('分值');
		expect(head).not.toContain('得分');
		expect(head[3]).toMatch(/目标值|指标值/);
		expect(out.slice(2)).toEqual(table.split('\n').slice(2));
	});

	it('synonyms keep a bracketed suffix and leave a header of no value table alone', () => {
		const t = '资金\t年初预算数(A)\t全年预算数(B)\t全年执行数(C)\n年度资金总额\t80\t90\t81\n\n项目名称\t单位名称\t备注\n甲\t乙\t丙';
		const out = perturbColumns(t, 'synonyms').split('\n');
		expect(out[0]).toMatch(/^资金\t年初预算\(A\)\t\S+\(B\)\t\S+\(C\)$/);
		expect(out[0]).not.toBe(t.split('\n')[0]);
		expect(out.slice(1)).toEqual(t.split('\n').slice(1));
	});

	it('reorder: 分值 and 指标值 swapped with their cells; rows short of merged cells aligned from the right', () => {
		const { text, blocks } = perturbColumnsCounted(table, 'reorder');
		expect(blocks).toBe(1);
		const out = text.split('\n');
		expect(out[1].split('\t')).toEqual(['一级指标', '二级指标', '三级指标', '分值', '计量单位', '实际完成值', '指标值', '得分', '偏差原因分析及改进措施']);
		expect(out[2].split('\t').slice(3, 7)).toEqual(['20', '座', '13', '≥12']);
		expect(out[3].split('\t').slice(3, 7)).toEqual(['20', '%', '100', '100']);
		// (the 总分 row does not fit the columns: left as written)
		expect(out[4]).toBe('总分\t100\t95');
	});

	it('drop: the optional columns gone, the unit written after the figures, an operator column before the target', () => {
		const out = perturbColumns(table, 'drop').split('\n');
		expect(out[1].split('\t')).toEqual(['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分']);
		expect(out[2].split('\t')).toEqual(['产出指标', '数量指标', '修缮亭台数量', '≥12座', '13座', '20', '20']);
		expect(out[3].split('\t')).toEqual(['', '质量指标', '验收合格率', '100%', '100%', '20', '19']);
		const op = '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t完成值\n产出指标\t成本指标\t单价\t≤\t300\t280\n\t数量指标\t场次\t反向\t5\t4';
		const o2 = perturbColumns(op, 'drop').split('\n');
		expect(o2[1].split('\t').slice(3)).toEqual(['≤300', '280']);
		expect(o2[2].split('\t').slice(3)).toEqual(['≤5', '4']);
	});

	it('pipe and one-cell-a-line tables are written back in their own layout', () => {
		const piped = table.replace(/\t/g, ' | ');
		const out = perturbColumns(piped, 'reorder').split('\n');
		expect(out[1]).toBe('一级指标 | 二级指标 | 三级指标 | 分值 | 计量单位 | 实际完成值 | 指标值 | 得分 | 偏差原因分析及改进措施');
		const bars = '一级指标 |\n二级指标 |\n三级指标 |\n指标值 |\n分值 |\n得分 |\n||\n产出指标 |\n数量指标 |\n修缮亭台数量 |\n12 |\n20 |\n18 |\n||';
		expect(perturbColumns(bars, 'reorder')).toBe('一级指标 |\n二级指标 |\n三级指标 |\n分值 |\n指标值 |\n得分 |\n||\n产出指标 |\n数量指标 |\n修缮亭台数量 |\n20 |\n12 |\n18 |\n||');
	});
});

import { extract } from '../../src/lib/extract/index';
import { columnRole, columnRoles } from '../../src/lib/extract/indicators';

describe('column roles by header meaning (indicators.ts COLUMN_HEADERS)', () => {
	it('names each column whatever the template calls it', () => {
		const roles: Record<string, string> = {
			一级指标: 'l1', 一级: 'l1', 二级: 'l2', 三级指标: 'name', 指标名称: 'name',
			指标值: 'target', 年度目标值: 'target', '年初目标值(A)': 'target', 预期指标值: 'target', 指标值及单位: 'target',
			实际完成值: 'actual', 全年实际值: 'actual', 完成值: 'actual', 实际完成情况: 'actual', '实际完成值(B)': 'actual',
			分值: 'max', 权重: 'max', 标准分: 'max', '分值(10分)': 'max',
			得分: 'score', 评分: 'score', 自评得分: 'score', 评价得分: 'score', '得分(20分*执行率)': 'score',
			得分率: 'rate', 执行率: 'rate', 完成率: 'completion',
			偏差原因分析及改进措施: 'note', 未完成原因和改进措施: 'note', 评分标准: 'note', 得分计算方法: 'note', '评(扣)分标准': 'note', 指标值设定依据及数据来源: 'note', 扣分原因: 'note', 评价要点: 'note', 计分方法: 'note', 满分值: 'max', 标准分值: 'max',
			计量单位: 'unit', 度量单位: 'unit', 指标性质: 'op',
			年初预算数: 'initial', 年初预算: 'initial', 全年预算数: 'adjusted', 调整后预算数: 'adjusted', 全年预算: 'adjusted',
			全年执行数: 'final', 实际执行数: 'final', 执行数: 'final', 实际支出: 'final'
		};
		for (const [h, r] of Object.entries(roles)) expect([h, columnRole(h)]).toEqual([h, r]);
		// (no column: a table's title, a goal, a group header)
		for (const h of ['年度总体目标完成情况', '项目名称', '绩效指标', '年度目标']) expect([h, columnRole(h)]).toEqual([h, undefined]);
	});

	it('绩效指标 names the indicator column only after the levels and without 三级指标', () => {
		expect(columnRoles(['一级指标', '二级指标', '绩效指标', '指标值'])).toEqual(['l1', 'l2', 'name', 'target']);
		expect(columnRoles(['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'])).toEqual([undefined, 'l1', 'l2', 'name', 'target']);
	});
});

/** A made-up project self-evaluation table: its funds block, then an indicator block with the given columns. */
function projectTable(head: string[], rows: string[][], sep = '\t'): string {
	return [
		'项目支出绩效自评表(2023年度)',
		['项目名称', '乡村书屋更新'],
		['主管部门', '白鹭县文化馆'],
		['实施单位', '白鹭县文化馆'],
		['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
		['年度资金总额', '100', '120', '108', '10', '90%', '9'],
		head,
		...rows
	]
		.map((r) => (Array.isArray(r) ? r.join(sep) : r))
		.join('\n');
}
const EXPECTED = [
	['产出指标', '数量指标', '更新书屋数量', '>=', 50, '个', 52, 20, 20],
	['产出指标', '质量指标', '验收合格率', '>=', 95, '%', 98, 20, 19],
	['效益指标', '社会效益指标', '群众阅读条件', 'text', '明显改善', undefined, '明显改善', 20, 18]
];
const read = (text: string) =>
	extract(text).report.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value ?? i.target?.text, i.target?.unit, i.actual?.value ?? i.actual?.text, i.max?.value, i.score?.value]);

describe('indicator tables read by header meaning, in any column order, with or without optional columns', () => {
	const std = ['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'];
	const rows = [
		['产出指标', '数量指标', '更新书屋数量', '≥50个', '52个', '20', '20'],
		['', '质量指标', '验收合格率', '≥95%', '98%', '20', '19'],
		['效益指标', '社会效益指标', '群众阅读条件', '明显改善', '明显改善', '20', '18']
	];
	/** the same table with its columns in another order */
	const permute = (order: number[]) => [order.map((i) => std[i]), rows.map((r) => order.map((i) => r[i]))] as const;
	const variants: Record<string, readonly [string[], string[][]]> = {
		'the national wording': [std, rows],
		'other wordings (一级 / 二级 / 指标名称 / 预期指标值 / 全年实际值 / 标准分 / 自评得分)': [['一级', '二级', '指标名称', '预期指标值', '全年实际值', '标准分', '自评得分'], rows],
		'分值 before 指标值': permute([0, 1, 2, 5, 3, 4, 6]),
		'得分 before 分值': permute([0, 1, 2, 3, 4, 6, 5]),
		'实际完成值 before 指标值': permute([0, 1, 2, 4, 3, 5, 6])
	};
	for (const sep of ['\t', ' | ']) {
		for (const [name, [head, body]] of Object.entries(variants)) {
			it(`${name} (${sep === '\t' ? 'tab' : 'pipe'})`, () => {
				expect(read(projectTable(head, body, sep))).toEqual(EXPECTED);
			});
		}
		it(`指标性质, 计量单位 and 偏差原因 columns, with 权重 / 评分 (${sep === '\t' ? 'tab' : 'pipe'})`, () => {
			const head = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '计量单位', '完成值', '权重', '评分', '偏差原因分析及改进措施'];
			const body = [
				['产出指标', '数量指标', '更新书屋数量', '≥', '50', '个', '52', '20', '20', ''],
				['', '质量指标', '验收合格率', '大于等于', '95', '%', '98', '20', '19', '个别书屋返工'],
				['效益指标', '社会效益指标', '群众阅读条件', '定性', '明显改善', '', '明显改善', '20', '18', '']
			];
			expect(read(projectTable(head, body, sep))).toEqual(EXPECTED);
		});
	}
});

describe('score tables read by header meaning (scores.ts)', () => {
	const report = (head: string[], rows: string[][], sep: string) =>
		['白鹭县文化馆2023年度部门整体支出绩效自评报告', '一、自评结论', '经自评，本部门自评得分为92分，等级为优。', '表1 部门整体支出绩效自评得分表', head.join(sep), ...rows.map((r) => r.join(sep)), '', '二、存在问题', '无。'].join('\n');
	const H = ['一级指标', '二级指标', '分值', '得分', '得分率'];
	// 50 + 20 + 30 = 100; 45 + 19 + 28 = 92; 45 ÷ 50 = 90%, 19 ÷ 20 = 95%, 28 ÷ 30 = 93.33%
	const R = [
		['合计', '', '100', '92', '92%'],
		['履职效能', '整体效能', '50', '45', '90%'],
		['管理效率', '预算编制', '20', '19', '95%'],
		['', '预算执行', '30', '28', '93.33%']
	];
	const perm = (o: number[]) => [o.map((i) => H[i]), R.map((r) => o.map((i) => r[i]))] as const;
	const variants: Record<string, readonly [string[], string[][]]> = {
		'分值 | 得分 | 得分率': [H, R],
		'权重 | 评分, 一级 | 二级': [['一级', '二级', '权重', '评分', '得分率'], R],
		'标准分 | 自评得分': [['一级指标', '二级指标', '标准分', '自评得分', '得分率'], R],
		'得分 before 分值': perm([0, 1, 3, 2, 4]),
		'得分率 between 分值 and 得分': perm([0, 1, 2, 4, 3]),
		'a 扣分原因 column after the numbers': [[...H, '扣分原因'], R.map((r, i) => [...r, i === 1 ? '个别目标未完成' : ''])]
	};
	for (const sep of ['\t', ' | ']) {
		for (const [name, [head, rows]] of Object.entries(variants)) {
			it(`${name} (${sep === '\t' ? 'tab' : 'pipe'})`, () => {
				const s = extract(report(head, rows, sep)).report.scores!;
				expect([s.total?.max?.value, s.total?.score.value]).toEqual([100, 92]);
				expect(s.tree.map((n) => [n.name, n.children?.map((c) => [c.name, c.max?.value, c.score?.value, c.stated_rate?.value])])).toEqual([
					['履职效能', [['整体效能', 50, 45, 90]]],
					['管理效率', [['预算编制', 20, 19, 95], ['预算执行', 30, 28, 93.33]]]
				]);
			});
		}
	}

	it('a row of the header\'s width whose cells slid left (merged level cell lost, an empty cell added on the right) is read by its numbers', () => {
		const head = ['一级指标', '二级指标', '三级指标', '分值', '得分', '得分率'];
		const rows = [
			['合计', '', '', '30', '28', '93.33%'],
			['管理效率', '预算编制', '编制规范性', '20', '19', '95%'],
			['预 算 执 行', '支出进度', '10', '9', '90%', '']
		];
		const s = extract(report(head, rows, '\t')).report.scores!;
		expect(s.tree.flatMap((n) => (n.children ?? []).flatMap((c) => (c.children ?? []).map((x) => [x.name, x.max?.value, x.score?.value, x.stated_rate?.value])))).toContainEqual(['支出进度', 10, 9, 90]);
	});

	it('a funds block scored by 分值 | 得分 is no score table: its rows are budget lines', () => {
		const text = projectTable(['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'], [['产出指标', '数量指标', '更新书屋数量', '≥50个', '52个', '20', '20']]).replace('项目资金(万元)\t年初预算数', '项目资金(万元)\t年初预算数(A)').replace('\t分值\t执行率', '\t分值(10分)\t执行率');
		const r = extract(text).report;
		expect(r.scores?.tree.map((n) => n.name)).toEqual(['预算执行率']);
		expect(r.budget.map((b) => [b.stage, b.amount.wan])).toEqual([['initial', 100], ['adjusted', 120], ['final', 108]]);
	});
});

describe('a project table without its title, funds columns in another wording (header.ts guessKind)', () => {
	it('调整后预算数 | 实际执行数 | 得分 under 项目名称: a project self-evaluation', () => {
		const text = [
			['项目名称', '乡村书屋更新'],
			['主管部门', '白鹭县文化馆'],
			['项目资金(万元)', '调整后预算数', '实际执行数', '分值', '执行率', '得分'],
			['年度资金总额', '120', '108', '10', '90%', '9'],
			['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
			['产出指标', '数量指标', '更新书屋数量', '≥50个', '52个', '20', '20']
		]
			.map((r) => r.join('\t'))
			.join('\n');
		const r = extract(text).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.budget.map((b) => [b.stage, b.amount.wan])).toEqual([['adjusted', 120], ['final', 108]]);
	});
});

describe('more wordings of the same columns (indicators.ts COLUMN_HEADERS)', () => {
	it('a year before the words, 绩效 inside them, 指标完成情况, 得分情况', () => {
		for (const h of ['2024年指标值', '2024年度目标值', '年度绩效指标值']) expect([h, columnRole(h)]).toEqual([h, 'target']);
		for (const h of ['2024年实际完成值', '指标完成情况', '实际完成指标值', '全年实际完成情况']) expect([h, columnRole(h)]).toEqual([h, 'actual']);
		expect(columnRole('得分情况')).toBe('score');
	});
	it('a multi-year target beside the year\'s is no target of the year', () => {
		expect(columnRoles(['一级指标', '二级指标', '三级指标', '实施期指标值', '年度指标值'])).toEqual(['l1', 'l2', 'name', 'note', 'target']);
		const text = ['项目支出绩效目标表(2024年度)', ['项目名称', '乡村书屋更新'], ['一级指标', '二级指标', '三级指标', '中长期指标值', '年度指标值'], ['产出指标', '数量指标', '更新书屋数量', '≥200个', '≥50个']]
			.map((r) => (Array.isArray(r) ? r.join('\t') : r))
			.join('\n');
		expect(extract(text).report.indicators.map((i) => [i.name, i.target?.value])).toEqual([['更新书屋数量', 50]]);
	});
});

describe('a score table of level cells with points (序号 | 一级 | 二级 | 三级 | 分值 | 指标解释 | 评分标准 | 得分)', () => {
	const table = (head: string[]) =>
		[
			'白鹭县文化馆2023年度部门整体支出绩效评价自评表',
			head.join(' | '),
			// 5 + 5 = 目标设定 10; 10 = 资金投入; 10 + 10 = 决策 20; 80 = 产出; 5 + 4 + 9 + 76 = 94
			['1', '决策(20分)', '目标设定(10分)', '绩效目标合理性', '5', '目标是否合理。', '合理得5分。', '5'].join(' | '),
			['2', '', '', '绩效指标明确性', '5', '指标是否明确。', '明确得5分。', '4'].join(' | '),
			['3', '', '资金投入(10分)', '预算编制科学性', '10', '预算是否科学。', '科学得10分。', '9'].join(' | '),
			['4', '产出(80分)', '产出数量(80分)', '任务完成率', '80', '任务是否完成。', '完成得80分。', '76'].join(' | ')
		].join('\n');
	for (const head of [
		['序号', '一级指标', '二级指标', '三级指标', '指标分值', '指标解释', '评分标准', '自评得分'],
		['序号', '一级', '二级', '指标名称', '权重', '指标解释', '评分标准', '评价得分']
	]) {
		it(head.join(' | '), () => {
			const s = extract(table(head)).report.scores!;
			expect(s.tree.map((n) => [n.name, n.max?.value, n.children?.map((c) => [c.name, c.max?.value, c.children?.map((x) => [x.name, x.max?.value, x.score?.value])])])).toEqual([
				['决策', 20, [['目标设定', 10, [['绩效目标合理性', 5, 5], ['绩效指标明确性', 5, 4]]], ['资金投入', 10, [['预算编制科学性', 10, 9]]]]],
				['产出', 80, [['产出数量', 80, [['任务完成率', 80, 76]]]]]
			]);
			// (自评得分 heading the last column is no label of a total: the 1 under it is the next row's 序号)
			expect(s.total?.score.value).toBeUndefined();
		});
	}
});

describe('a scoring-rule column between the values (评(扣)分标准)', () => {
	for (const sep of ['\t', ' | ']) {
		it(sep === '\t' ? 'tab' : 'pipe', () => {
			const head = ['一级指标', '二级指标', '三级指标', '指标值', '评(扣)分标准', '实际完成值', '分值', '得分'];
			const body = [
				['产出指标', '数量指标', '更新书屋数量', '≥50个', '完成得20分', '52个', '20', '20'],
				['', '质量指标', '验收合格率', '≥95%', '达标得20分', '98%', '20', '19'],
				['效益指标', '社会效益指标', '群众阅读条件', '明显改善', '改善得20分', '明显改善', '20', '18']
			];
			expect(read(projectTable(head, body, sep))).toEqual(EXPECTED);
		});
	}
});

describe('a 完成率 column among the indicator values', () => {
	const head = ['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '完成率', '分值', '得分'];
	// 52 ÷ 50 = 104%; 98 ÷ 95 = 103.16%
	const body = [
		['产出指标', '数量指标', '更新书屋数量', '≥50个', '52个', '104%', '20', '20'],
		['', '质量指标', '验收合格率', '≥95%', '98%', '103.16%', '20', '19']
	];
	for (const sep of ['\t', ' | ']) {
		it(sep === '\t' ? 'tab' : 'pipe: the header goes on past it', () => {
			expect(read(projectTable(head, body, sep))).toEqual(EXPECTED.slice(0, 2));
		});
	}
});

describe('column roles in traditional characters', () => {
	it('a header written 一級指標 / 指標值 / 實際完成值 / 分值 / 得分 has the same roles as its simplified form', async () => {
		const { columnRoles } = await import('../../src/lib/extract/indicators');
		expect(columnRoles(['一級指標', '二級指標', '三級指標', '指標值', '實際完成值', '分值', '得分'])).toEqual(columnRoles(['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分']));
		expect(columnRoles(['一級指標', '指標值', '實際完成值'])).toEqual(['l1', 'target', 'actual']);
	});
});
