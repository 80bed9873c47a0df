/**
 * Layout independence of two budget readers (bud18, commit 758d406), on made-up units and figures:
 * - the key–value budget block of a department target table (部门预算支出 | 预算金额(万元) | 收入来源 | …,
 *   事业发展性支出, 按预算级次划分) read the same with " | " between its cells as with tabs;
 * - a target form of several projects whose leading columns (单位名称 | 项目名称 | 预算数) are written one
 *   cell a line ending " |", each row closed by a "||" line (the cell-bar layout), read as its one-row-a-line
 *   bar layout is; a merged left label ("绩 效 指 标 |") alone before the header is no leading row.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';

const budget = (text: string) =>
	extract(text, { sourceFile: 't.txt' }).report.budget.map((l) => [l.flow, l.breakdown, l.item, l.parent ?? '', l.stage, l.amount.wan]);
const sorted = <T>(xs: T[]) => [...xs].sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)));

const tabs = (rows: string[][]) => rows.map((r) => r.join('\t')).join('\n');
const pipes = (rows: string[][]) => rows.map((r) => r.join(' | ')).join('\n');
const pipesBar = (rows: string[][]) => rows.map((r) => '| ' + r.join(' | ') + ' |').join('\n');
const cellBar = (rows: string[][]) => rows.map((r) => r.map((c) => (c ? `${c} |` : '|')).join('\n') + '\n||').join('\n');

describe('the key–value budget block of a department target table, tabs or " | " (budget.ts readKeyValue)', () => {
	const head = ['2024年度部门整体支出绩效目标表', '部门(单位)名称:青禾县文旅服务中心'];
	const rows = [
		['预算整体情况', '部门预算支出', '预算金额(万元)', '收入来源', '预算金额(万元)'],
		['', '基本支出', '418.20', '财政拨款', '530.60'],
		['', '项目支出', '126.40', '其他资金', '14.00'],
		['', '合计', '544.60', '合计', '544.60']
	];
	const want = sorted([
		['expenditure', 'nature', '基本支出', '', 'initial', 418.2],
		['expenditure', 'nature', '项目支出', '', 'initial', 126.4],
		['expenditure', 'total', '合计', '', 'initial', 544.6],
		['income', 'source', '财政拨款收入', '', 'initial', 530.6],
		['income', 'source', '其他收入', '', 'initial', 14]
	]);
	it('reads the same lines from the tab and the " | " layouts', () => {
		const tab = sorted(budget([...head, tabs(rows)].join('\n')));
		const pipe = sorted(budget([...head, pipes(rows)].join('\n')));
		expect(tab).toEqual(expect.arrayContaining(want));
		expect(pipe).toEqual(tab);
	});
	it('reads a piped table no more than once, and not when its first column is not the block\'s merged header', () => {
		const pipe = budget([...head, pipes(rows)].join('\n'));
		expect(new Set(pipe.map((l) => JSON.stringify(l))).size).toBe(pipe.length);
		const other = [
			['序号', '资金用途', '预算金额(万元)'],
			['1', '场馆维护', '30.00'],
			['2', '展览布置', '12.00']
		];
		expect(budget([...head, pipes(other)].join('\n')).filter((l) => l[2] === '场馆维护' || l[2] === '展览布置')).toEqual([]);
	});
});

describe('a target form of several projects written one cell a line (grid.ts rowOf)', () => {
	const rows = [
		['单位名称', '项目名称', '预算数', '年度目标', '一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重'],
		['202001-青禾县文旅服务中心', '古镇导览标识', '180,000.00', '设置导览标识', '产出指标', '数量指标', '新设标识牌', '≥', '40', '块', '30'],
		['产出指标', '质量指标', '标识验收合格率', '=', '100', '%', '20'],
		['非遗展演', '60,000.00', '举办展演', '效益指标', '社会效益指标', '观众人次', '≥', '3000', '人次', '30'],
		['满意度指标', '服务对象满意度指标', '观众满意度', '≥', '90', '%', '20']
	];
	const head = ['部门预算项目绩效目标申报表(2024年度)', '金额单位:元'];
	const want = [
		['expenditure', 'project', '古镇导览标识', '项目支出', 'budget', 18],
		['expenditure', 'project', '非遗展演', '项目支出', 'budget', 6]
	];
	it('reads the same projects from one row a line and from one cell a line closed by "||"', () => {
		const bar = budget([...head, pipesBar(rows)].join('\n'));
		const cells = budget([...head, cellBar(rows)].join('\n'));
		expect(bar).toEqual(expect.arrayContaining(want));
		expect(cells.filter((l) => l[1] === 'project')).toEqual(bar.filter((l) => l[1] === 'project'));
	});
	it('reads the same when a project row leaves its merged cells empty (an empty cell a lone "|" line)', () => {
		const gaps = [
			rows[0],
			rows[1],
			['', '', '', '', '产出指标', '质量指标', '标识验收合格率', '=', '100', '%', '20'],
			['', '非遗展演', '60,000.00', '举办展演', '效益指标', '社会效益指标', '观众人次', '≥', '3000', '人次', '30']
		];
		const bar = budget([...head, pipesBar(gaps)].join('\n'));
		expect(bar).toEqual(expect.arrayContaining(want));
		expect(budget([...head, cellBar(gaps)].join('\n')).filter((l) => l[1] === 'project')).toEqual(bar.filter((l) => l[1] === 'project'));
	});
	it('takes a merged left label alone ("绩 效 指 标 |") over the header for no leading row', () => {
		const plain = [
			['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重'],
			['产出指标', '数量指标', '新设标识牌', '≥', '40', '块', '30'],
			['满意度指标', '服务对象满意度指标', '观众满意度', '≥', '90', '%', '20']
		];
		// the label on a line of its own, and the label in the header's own run of cells
		for (const text of [
			['项目支出绩效目标表(2024年度)', '项目名称:古镇导览标识', '金额单位:元', '绩 效 指 标 |', cellBar(plain)].join('\n'),
			['项目支出绩效目标表(2024年度)', '项目名称:古镇导览标识', '金额单位:元', cellBar([['绩 效 指 标', ...plain[0]], ...plain.slice(1)])].join('\n')
		]) {
			const r = extract(text, { sourceFile: 't.txt' }).report;
			expect(r.budget.filter((l) => l.breakdown === 'project')).toEqual([]);
			expect(r.indicators.map((i) => i.name)).toEqual(['新设标识牌', '观众满意度']);
		}
	});
});
