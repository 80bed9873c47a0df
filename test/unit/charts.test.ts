import { describe, expect, it } from 'vitest';
import {
	barOption, budgetStagesChart, departmentBarChart, formatValue, gradeChart, sangongChart, spendingStackChart, tooltipFormatter, trendChart
} from '../../src/lib/charts/options';
import { compareMetric, exportRows, formatCell, nextSort, parseSort, projectTotalsNote, sortParam, sortRows } from '../../src/lib/charts/table';
import { keepData, listParam, withParams, yearParam } from '../../src/lib/charts/url';
import { groupBy } from '../../src/lib/charts/group';

type Opt = { series: { data: (number | null)[]; name: string }[]; xAxis: { data?: string[]; name?: string }; yAxis: { data?: string[]; name?: string } };

describe('chart options', () => {
	it('budget stages: 年初 → 调整 → 决算 per year, undisclosed as gaps (null), Chinese labels', () => {
		const c = budgetStagesChart([
			{ year: 2024, budget_initial_wan: 863.08, budget_adjusted_wan: 771.95, execution_final_wan: 771.95, budget_scope_label: '部门整体' },
			{ year: 2025, budget_initial_wan: null, budget_adjusted_wan: null, execution_final_wan: null }
		]);
		const o = c.option as unknown as Opt;
		expect(c.empty).toBe('');
		expect(o.xAxis.data).toEqual(['2024年', '2025年']);
		expect(o.series.map((s) => s.name)).toEqual(['年初预算', '调整预算', '决算']);
		expect(o.series[0].data).toEqual([863.08, null]);
		expect(o.yAxis.name).toBe('单位：万元');
		// value labels of neighbouring bars never overlap (390 px): the overlapping ones are hidden
		for (const s of o.series as unknown as { labelLayout?: { hideOverlap: boolean } }[]) expect(s.labelLayout).toEqual({ hideOverlap: true });
	});

	it('says why a chart is empty', () => {
		expect(budgetStagesChart([{ year: 2025, budget_initial_wan: null, budget_adjusted_wan: null, execution_final_wan: null }]).empty).toContain('未披露');
		expect(sangongChart([], 2023).empty).toBe('2023 年报告未披露“三公”经费预算或决算');
		expect(gradeChart([{ grade: '优', departments: 0 }], 2030).empty).toBe('2030 年没有部门数据');
		expect(trendChart([], '%', '无数据').empty).toBe('无数据');
	});

	it('tooltips give the exact value with its unit, 未披露 for null', () => {
		const f = tooltipFormatter('万元');
		expect(f([{ name: '2024年', seriesName: '决算', value: 771.95, marker: '' }, { name: '2024年', seriesName: '年初预算', value: null, marker: '' }])).toBe(
			'2024年<br/>决算：771.95 万元<br/>年初预算：未披露'
		);
		expect(formatValue(12345.6, '万元')).toBe('1.23 亿元');
		expect(formatValue(22.45, '%')).toBe('22.45%');
		expect(formatValue(99.8, '分')).toBe('99.80 分');
	});

	it('department ranking sorts descending and leaves undisclosed out (counted); stacked spending per year', () => {
		const c = departmentBarChart(
			[{ department_name: 'A', value: null }, { department_name: 'B', value: 2 }, { department_name: 'C', value: 5 }],
			'支出决算', '万元', 'x'
		);
		const o = c.option as unknown as Opt;
		expect(o.yAxis.data).toEqual(['C', 'B']);
		expect(o.series[0].data).toEqual([5, 2]);
		expect(c.undisclosed).toBe(1);
		const s = spendingStackChart(
			[{ year: 2024, item: '基本支出', value_wan: 642.59 }, { year: 2024, item: '项目支出', value_wan: 129.36 }],
			'按性质分'
		).option as unknown as Opt;
		expect(s.series.map((x) => [x.name, x.data])).toEqual([['基本支出', [642.59]], ['项目支出', [129.36]]]);
		expect(barOption({ categories: [], series: [], unit: '%', emptyText: '空' }).empty).toBe('空');
		const low = departmentBarChart(
			[{ department_name: 'A', value: 99 }, { department_name: 'B', value: null }, { department_name: 'C', value: 60 }, { department_name: 'D', value: 80 }],
			'预算执行率', '%', 'x', { limit: 2, ascending: true }
		);
		expect((low.option as unknown as Opt).yAxis.data).toEqual(['C', 'D']);
		expect([low.shown, low.total, low.undisclosed]).toEqual([2, 3, 1]);
	});
});

describe('table helpers', () => {
	it('formats cells, 未披露 for null numbers', () => {
		expect(formatCell(771.95, 'money')).toBe('771.95');
		expect(formatCell(12345.6, 'money')).toBe('12,345.60');
		expect(formatCell(null, 'money')).toBe('未披露');
		expect(formatCell(100, 'pct')).toBe('100.00%');
		expect(formatCell(99.8, 'score')).toBe('99.80');
		expect(formatCell(null, 'text')).toBe('—');
	});

	it('sorts with undisclosed values last in both directions', () => {
		const rows = [{ v: 2 }, { v: null }, { v: 9 }, { v: 5 }];
		expect(sortRows(rows, { key: 'v', dir: 'desc' }).map((r) => r.v)).toEqual([9, 5, 2, null]);
		expect(sortRows(rows, { key: 'v', dir: 'asc' }).map((r) => r.v)).toEqual([2, 5, 9, null]);
		expect(nextSort(null, 'v', 'money')).toEqual({ key: 'v', dir: 'desc' });
		expect(nextSort({ key: 'v', dir: 'desc' }, 'v', 'money')).toEqual({ key: 'v', dir: 'asc' });
		expect(parseSort(sortParam({ key: 'a', dir: 'asc' }))).toEqual({ key: 'a', dir: 'asc' });
	});

	it('exports numbers as numbers and undisclosed as 未披露', () => {
		const e = exportRows(
			[{ key: 'n', label: '部门' }, { key: 'v', label: '支出决算', kind: 'money' }, { key: 'p', label: '执行率', kind: 'pct' }],
			[{ n: '湛江', v: 771.95, p: null }]
		);
		expect(e.columns.map((c) => c.label)).toEqual(['部门', '支出决算（万元）', '执行率（%）']);
		expect(e.rows).toEqual([{ n: '湛江', v: 771.95, p: '未披露' }]);
		// a header that names its unit already (the reports list's “支出决算（万元）”) names it once
		expect(exportRows([{ key: 'v', label: '支出决算（万元）', kind: 'money' }], []).columns[0].label).toBe('支出决算（万元）');
	});

	it('picks the compare metric and its per-staff column', () => {
		expect(compareMetric('spending_final_wan', true)).toMatchObject({ column: 'spending_per_staff_wan', unit: '万元/人', label: '人均支出决算' });
		expect(compareMetric('execution_rate_pct', true)).toMatchObject({ column: 'execution_rate_pct', unit: '%' });
		expect(compareMetric('nonsense', false).column).toBe('spending_final_wan');
	});
});

describe('url helpers', () => {
	it('keeps the dataset switch and edits params', () => {
		const u = new URL('http://x/compare?data=demo&year=2024');
		expect(keepData('/departments/a', u)).toBe('/departments/a?data=demo');
		expect(keepData('/departments/a', new URL('http://x/'))).toBe('/departments/a');
		const w = withParams(u, { dept: ['a', 'b'], year: null });
		expect(w.search).toBe('?data=demo&dept=a%2Cb');
		expect(listParam(w, 'dept')).toEqual(['a', 'b']);
		expect(yearParam(u)).toBe(2024);
		expect(yearParam(new URL('http://x/?year=abc'))).toBeNull();
		expect(groupBy([1, 2, 3, 4], (x) => x % 2)).toEqual([[1, [1, 3]], [0, [2, 4]]]);
	});
});

describe('text from reports is never HTML in a chart', () => {
	const EVIL = '<img src=x onerror="alert(1)">科协';
	type Tip = { trigger: string; formatter: (p: unknown) => string };
	/** Call a chart's tooltip formatter the way ECharts does, for the first category / item. */
	function tooltipOf(option: Record<string, any>): string {
		const tip = option.tooltip as Tip;
		if (tip.trigger === 'item') {
			const d = option.series[0].data[0];
			return tip.formatter({ name: d.name, value: d.value, percent: 100, marker: '' });
		}
		const cats: string[] = (option.xAxis.data ?? option.yAxis.data) as string[];
		return tip.formatter(option.series.map((s: { name: string; data: unknown[] }) => ({ name: cats[0], seriesName: s.name, value: s.data[0], marker: '' })));
	}
	const charts = () => [
		budgetStagesChart([{ year: 2024, budget_initial_wan: 1, budget_adjusted_wan: 2, execution_final_wan: 3, budget_scope_label: EVIL }, { year: 2024, budget_initial_wan: 1, budget_adjusted_wan: 2, execution_final_wan: 3, budget_scope_label: '其他' }]),
		sangongChart([{ item_label: EVIL, budget_wan: 1, final_wan: 2 }], 2024),
		departmentBarChart([{ department_name: EVIL, value: 5 }], EVIL, '%', '无'),
		trendChart([{ department_name: EVIL, year: 2024, value: 5 }], '%', '无'),
		spendingStackChart([{ year: 2024, item: EVIL, value_wan: 3 }], EVIL),
		barOption({ categories: [EVIL], series: [{ name: EVIL, data: [1] }], unit: '万元', emptyText: '' })
	];
	it('every tooltip escapes department names, items and series names', () => {
		const all = charts();
		expect(all.length).toBe(6);
		for (const c of all) {
			const html = tooltipOf(c.option as Record<string, any>);
			expect(html).not.toMatch(/<img/i);
			expect(html).toContain('&lt;img src=x onerror=&quot;alert(1)&quot;&gt;科协');
		}
	});
});

describe('projectTotalsNote', () => {
	it('says where a project record’s money comes from and what the listed projects add up to (97 井研县马踏镇 2023, 92 普陀)', () => {
		// 马踏镇: the 部门 row 8,827,620.53 元 = 882.76 万元 is its stated 项目支出; listed 3,309,840.00 + 660,000.00 元 = 396.98 万元
		expect(
			projectTotalsNote({ totals_source: 'stated_project_spending', totals_source_label: '所述项目支出', projects_listed: 2, projects_listed_budget_wan: 396.984, budget_adjusted_wan: 882.762053 })
		).toEqual({ source: '所述项目支出', listed: '记录列出 2 个项目，所列项目预算合计 396.98 万元' });
		// 普陀: no 合计; Σ 25 + 2 = 27 is the record's 全年预算, so the note does not repeat it
		expect(projectTotalsNote({ totals_source: 'projects_sum', totals_source_label: '所列 2 个项目合计', projects_listed: 2, projects_listed_budget_wan: 27, budget_adjusted_wan: 27 })).toEqual({
			source: '所列 2 个项目合计',
			listed: '记录列出 2 个项目'
		});
		// a stated 合计 with one project line: nothing to say
		expect(projectTotalsNote({ totals_source: 'stated', totals_source_label: '所述合计', projects_listed: 1, projects_listed_budget_wan: 30, budget_adjusted_wan: 30 })).toEqual({ source: null, listed: null });
	});
});

describe('withUnit (an indicator target as the department page shows it)', () => {
	it('adds the unit a table kept in its own column, never changes what the report wrote', async () => {
		const { withUnit } = await import('../../src/lib/format');
		// 97 井研县马踏镇 2023: “| 维护社会稳定 | ≥ | 95 | % |” → text 95, unit % ; “| 村组干部230人 | ≥ | 230 | 个 |”
		expect(withUnit('95', '%')).toBe('95%');
		expect(withUnit('230', '个')).toBe('230个');
		// as written: with its unit or operator already, or qualitative
		expect(withUnit('≥90%', '%')).toBe('≥90%');
		expect(withUnit('214人', '人')).toBe('214人');
		expect(withUnit('长期', null)).toBe('长期');
		expect(withUnit('100', null)).toBe('100');
		expect(withUnit(null, '%')).toBe('未披露');
	});
});

describe('one number format', () => {
	it('a negative percentage, amount or plain number shows U+2212, never the ASCII hyphen', async () => {
		const { money, num, pct, signed, MINUS } = await import('../../src/lib/format');
		expect(MINUS).toBe('\u2212');
		expect(pct(-54.16)).toBe('\u221254.16%');
		expect(signed(-54.17, 'pct')).toBe('\u221254.17%');
		expect(money(-91.13)).toBe('\u221291.13 万元');
		expect(num(-3)).toBe('\u22123');
		expect([pct(-1), money(-1), num(-1, 2)].join('')).not.toContain('-');
	});
	it('scores read alike in a column (two decimals); per-staff money has two decimals like all money', async () => {
		const { score } = await import('../../src/lib/format');
		const { formatCell } = await import('../../src/lib/charts/table');
		expect([99.8, 97, 100, 88.53].map(score)).toEqual(['99.80', '97.00', '100.00', '88.53']);
		expect(formatCell(97, 'score')).toBe('97.00');
		expect(formatCell(0.055, 'ratio')).toBe('0.06');
		expect(score(null)).toBe('未披露');
	});
});
