/**
 * ECharts option builders for the analysis pages. Pure TS (no DOM, no echarts import at run
 * time): each builder takes query rows and returns `{ option, empty }` where `empty` is a
 * Chinese sentence saying why there is nothing to draw ('' when there is).
 *
 * Conventions: Chinese labels; money in 万元 on the axis, tooltips with the exact value via
 * ../format (万元 / 亿元 / %); a value not disclosed is `null` — drawn as a gap and shown as
 * 未披露 in the tooltip, never as 0.
 */
import { money, num, pct, score, NOT_DISCLOSED } from '../format';
import { STAGE_LABEL } from '../schema/report';

export type Unit = '万元' | '%' | '分' | '万元/人';
export type Num = number | null | undefined;
export type Series = { name: string; data: Num[]; stack?: string; color?: string };
export type ChartSpec = { option: Record<string, unknown>; empty: string };

export const PALETTE = ['#1f5fa8', '#e08a1e', '#3a9a5b', '#c0392b', '#7b5ea7', '#15899a', '#a0522d', '#5d6d7e'];

const isNum = (v: Num): v is number => typeof v === 'number' && Number.isFinite(v);

/** Exact value text for tooltips and labels. */
export function formatValue(v: Num, unit: Unit): string {
	if (!isNum(v)) return NOT_DISCLOSED;
	if (unit === '万元') return money(v);
	if (unit === '%') return pct(v);
	if (unit === '万元/人') return `${num(v, 2)} 万元/人`;
	return `${score(v)} 分`;
}

/** Axis tick text (short). */
export function axisLabel(v: number, unit: Unit): string {
	if (unit === '%') return `${v}%`;
	return String(v);
}

/** Text from reports (department names, items, series names) is never HTML: ECharts renders a
 * tooltip formatter's string as HTML, so every piece of text put into one is escaped here. */
export function escapeHtml(s: unknown): string {
	return String(s ?? '').replace(/[&<>"'`]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;', '`': '&#96;' })[c]!);
}

type TooltipParam = { seriesName?: string; name?: string; value?: unknown; marker?: string; data?: unknown };

/** Tooltip formatter: category title, then one line per series with the exact value or 未披露. */
export function tooltipFormatter(unit: Unit) {
	return (params: TooltipParam | TooltipParam[]): string => {
		const list = Array.isArray(params) ? params : [params];
		if (!list.length) return '';
		const head = escapeHtml(list[0].name ?? '');
		const lines = list.map((p) => {
			const raw = Array.isArray(p.value) ? p.value[p.value.length - 1] : p.value;
			const v = typeof raw === 'number' ? raw : null;
			// marker is ECharts' own colour dot (HTML it builds from the series colour)
			return `${p.marker ?? ''}${escapeHtml(p.seriesName ?? '')}：${escapeHtml(formatValue(v, unit))}`;
		});
		return [head, ...lines].join('<br/>');
	};
}

const allMissing = (series: Series[]) => series.every((s) => s.data.every((v) => !isNum(v)));

const baseGrid = { left: 56, right: 24, top: 72, bottom: 36, containLabel: true };

/** Grouped (or stacked) vertical bars over categories. */
export function barOption(opts: {
	categories: string[];
	series: Series[];
	unit: Unit;
	emptyText: string;
	horizontal?: boolean;
	labels?: boolean;
}): ChartSpec {
	const { categories, series, unit } = opts;
	const empty = !categories.length || allMissing(series) ? opts.emptyText : '';
	const valueAxis = {
		type: 'value',
		name: `单位：${unit}`,
		nameLocation: opts.horizontal ? 'middle' : 'end',
		nameGap: opts.horizontal ? 26 : 12,
		// a narrow chart (a phone) drops the value labels that would run into each other ("0%20%40%")
		axisLabel: { formatter: (v: number) => axisLabel(v, unit), hideOverlap: true }
	};
	const catAxis = { type: 'category', data: categories, axisLabel: { interval: 0, width: 140, overflow: 'truncate' } };
	return {
		empty,
		option: {
			color: PALETTE,
			tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' }, formatter: tooltipFormatter(unit) },
			legend: { top: 0, type: 'scroll', data: series.map((s) => s.name) },
			grid: opts.horizontal ? { ...baseGrid, right: 64, bottom: 40 } : baseGrid,
			xAxis: opts.horizontal ? valueAxis : catAxis,
			yAxis: opts.horizontal ? { ...catAxis, inverse: true } : valueAxis,
			series: series.map((s) => ({
				name: s.name,
				type: 'bar',
				stack: s.stack,
				data: s.data.map((v) => (isNum(v) ? v : null)),
				itemStyle: s.color ? { color: s.color } : undefined,
				barMaxWidth: 36,
				label: opts.labels
					? { show: true, position: opts.horizontal ? 'right' : 'top', formatter: (p: { value: Num }) => (isNum(p.value) ? num(p.value, unit === '分' ? undefined : 2) : '') }
					: undefined,
				// labels of neighbouring bars that would run into each other (side-by-side bars of one year,
				// "4,753.64,753.66"; a narrow chart at 390 px, "771.9771.95") are left out; the tooltip still gives every value
				labelLayout: opts.labels ? { hideOverlap: true } : undefined
			}))
		}
	};
}

/** Lines over years (trend), one series per department; gaps where a year is not disclosed. */
export function lineOption(opts: { categories: string[]; series: Series[]; unit: Unit; emptyText: string }): ChartSpec {
	const { categories, series, unit } = opts;
	const empty = !categories.length || allMissing(series) ? opts.emptyText : '';
	return {
		empty,
		option: {
			color: PALETTE,
			tooltip: { trigger: 'axis', formatter: tooltipFormatter(unit) },
			legend: { top: 0, type: 'scroll', data: series.map((s) => s.name) },
			grid: baseGrid,
			xAxis: { type: 'category', data: categories, boundaryGap: false },
			yAxis: { type: 'value', name: `单位：${unit}`, scale: unit !== '万元', axisLabel: { formatter: (v: number) => axisLabel(v, unit) } },
			series: series.map((s) => ({
				name: s.name,
				type: 'line',
				connectNulls: false,
				symbolSize: 8,
				data: s.data.map((v) => (isNum(v) ? v : null))
			}))
		}
	};
}

/** Pie of counts (grade distribution); zero slices are kept in the legend. */
export function pieOption(opts: { items: { name: string; value: number; color?: string }[]; unitWord: string; emptyText: string }): ChartSpec {
	const total = opts.items.reduce((a, b) => a + b.value, 0);
	return {
		empty: total === 0 ? opts.emptyText : '',
		option: {
			tooltip: {
				trigger: 'item',
				formatter: (p: { name: string; value: number; percent: number }) =>
					`${escapeHtml(p.name)}：${escapeHtml(p.value)} ${escapeHtml(opts.unitWord)}（${pct(p.percent)}）`
			},
			legend: { bottom: 0 },
			series: [
				{
					type: 'pie',
					// room for the labels inside the chart at any width (a label at the edge was cut off)
					radius: ['32%', '58%'],
					center: ['50%', '46%'],
					// (a label too long for its side wraps rather than ending in "…")
					label: { formatter: '{b}：{c}', alignTo: 'labelLine', edgeDistance: 8, overflow: 'break' },
					data: opts.items.map((i) => ({
						name: i.name,
						value: i.value,
						itemStyle: i.color ? { color: i.color } : undefined,
						label: { show: i.value > 0 },
						labelLine: { show: i.value > 0 }
					}))
				}
			]
		}
	};
}

export const GRADE_COLORS: Record<string, string> = { 优: '#2e8b57', 良: '#1f5fa8', 中: '#e08a1e', 差: '#c0392b', 未评分: '#b0b7c0' };

/* ------------------------------------------------------------------ page-specific builders */

type StageRow = { year: number; budget_initial_wan: Num; budget_adjusted_wan: Num; execution_final_wan: Num; budget_scope_label?: string | null };

/** 年初预算 → 调整预算 → 决算, per year (one department). */
export function budgetStagesChart(rows: StageRow[]): ChartSpec {
	const scopes = new Set(rows.map((r) => r.budget_scope_label).filter(Boolean));
	return barOption({
		categories: rows.map((r) => `${r.year}年${scopes.size > 1 && r.budget_scope_label ? `\n${r.budget_scope_label}` : ''}`),
		series: [
			{ name: STAGE_LABEL.initial, data: rows.map((r) => r.budget_initial_wan) },
			{ name: STAGE_LABEL.adjusted, data: rows.map((r) => r.budget_adjusted_wan) },
			{ name: STAGE_LABEL.final, data: rows.map((r) => r.execution_final_wan) }
		],
		unit: '万元',
		labels: rows.length <= 3,
		emptyText: '各年度报告均未披露年初预算、调整预算或决算数'
	});
}

type LineRow = { year: number; item: string; value_wan: Num };

/** Spending by nature / economic class: stacked bars per year, one series per item. */
export function spendingStackChart(rows: LineRow[], what: string): ChartSpec {
	const years = [...new Set(rows.map((r) => r.year))].sort();
	const items = [...new Set(rows.map((r) => r.item))];
	return barOption({
		categories: years.map((y) => `${y}年`),
		series: items.map((item) => ({
			name: item,
			stack: 'total',
			data: years.map((y) => rows.find((r) => r.year === y && r.item === item)?.value_wan ?? null)
		})),
		unit: '万元',
		emptyText: `报告未披露${what}的支出决算`
	});
}

type SangongRow = { item_label: string; budget_wan: Num; final_wan: Num };

/** 三公 by item: budget vs actual of one year. */
export function sangongChart(rows: SangongRow[], year: number): ChartSpec {
	return barOption({
		categories: rows.map((r) => r.item_label),
		series: [
			{ name: '预算数', data: rows.map((r) => r.budget_wan), color: '#9db6d6' },
			{ name: '决算数', data: rows.map((r) => r.final_wan), color: '#1f5fa8' }
		],
		unit: '万元',
		labels: true,
		horizontal: true,
		emptyText: `${year} 年报告未披露“三公”经费预算或决算`
	});
}

/**
 * Metric per department for one year (dashboard / compare rankings), largest first (or
 * smallest first with `ascending`); undisclosed departments are left out and counted in
 * `undisclosed` (the page names them in the title); `limit` keeps the first N. `height` is a
 * canvas height that keeps every bar readable.
 */
export function departmentBarChart(
	rows: { department_name: string; value: Num }[],
	name: string,
	unit: Unit,
	emptyText: string,
	/** total / undisclosed: the counts over all departments when `rows` are only the top ones (queries.ts yearDepartmentFigures) */
	opts: { limit?: number; ascending?: boolean; total?: number; undisclosed?: number } = {}
): ChartSpec & { height: number; shown: number; total: number; undisclosed: number } {
	const key = (v: Num) => (isNum(v) ? (opts.ascending ? v : -v) : Infinity);
	const disclosed = rows.filter((r) => isNum(r.value));
	const sorted = [...disclosed].sort((a, b) => key(a.value) - key(b.value)).slice(0, opts.limit ?? rows.length);
	const spec = barOption({
		categories: sorted.map((r) => r.department_name),
		series: [{ name, data: sorted.map((r) => r.value) }],
		unit,
		horizontal: true,
		labels: sorted.length <= 25,
		emptyText
	});
	return {
		...spec,
		empty: sorted.length ? '' : emptyText,
		height: Math.max(260, 110 + sorted.length * 24),
		shown: sorted.length,
		total: opts.total ?? disclosed.length,
		undisclosed: opts.undisclosed ?? rows.length - disclosed.length
	};
}

/** Trend lines: one line per department over years. */
export function trendChart(
	rows: { department_name: string; year: number; value: Num }[],
	unit: Unit,
	emptyText: string
): ChartSpec {
	const years = [...new Set(rows.map((r) => r.year))].sort();
	const depts = [...new Set(rows.map((r) => r.department_name))];
	return lineOption({
		categories: years.map((y) => `${y}年`),
		series: depts.map((d) => ({ name: d, data: years.map((y) => rows.find((r) => r.department_name === d && r.year === y)?.value ?? null) })),
		unit,
		emptyText
	});
}

/** Grade distribution (优/良/中/差/未评分). */
export function gradeChart(rows: { grade: string; departments: number }[], year: number): ChartSpec {
	return pieOption({
		items: rows.map((r) => ({ name: r.grade, value: r.departments, color: GRADE_COLORS[r.grade] })),
		unitWord: '个部门',
		emptyText: `${year} 年没有部门数据`
	});
}

/**
 * Years on the x axis: money bars on the left axis (万元) and one rate line on the right (%), both
 * axes named with their unit; tooltips give each series' exact value with its own unit.
 */
export function yearTrendChart(opts: { years: number[]; bars: Series[]; line?: Series; emptyText: string }): ChartSpec {
	const { years, bars, line } = opts;
	const all = line ? [...bars, line] : bars;
	const empty = !years.length || allMissing(all) ? opts.emptyText : '';
	const unitOf = new Map<string, Unit>([...bars.map((b) => [b.name, '万元'] as const), ...(line ? [[line.name, '%'] as const] : [])]);
	const tooltip = (params: TooltipParam | TooltipParam[]) => {
		const list = Array.isArray(params) ? params : [params];
		return [list[0]?.name ?? '', ...list.map((p) => `${p.marker ?? ''}${p.seriesName ?? ''}：${formatValue(typeof p.value === 'number' ? p.value : null, unitOf.get(p.seriesName ?? '') ?? '万元')}`)].join('<br/>');
	};
	return {
		empty,
		option: {
			color: PALETTE,
			tooltip: { trigger: 'axis', formatter: tooltip },
			legend: { top: 0, type: 'scroll' },
			grid: { left: 8, right: 8, top: 56, bottom: 8, containLabel: true },
			xAxis: { type: 'category', data: years.map((y) => `${y}年`) },
			yAxis: [
				{ type: 'value', name: '单位：万元', axisLabel: { formatter: (v: number) => axisLabel(v, '万元') } },
				...(line ? [{ type: 'value', name: '单位：%', min: 0, max: (v: { max: number }) => Math.max(100, Math.ceil(v.max)), splitLine: { show: false }, axisLabel: { formatter: (v: number) => axisLabel(v, '%') } }] : [])
			],
			series: [
				...bars.map((b) => ({ name: b.name, type: 'bar', barMaxWidth: 28, data: b.data.map((v) => (isNum(v) ? v : null)), itemStyle: b.color ? { color: b.color } : undefined })),
				...(line ? [{ name: line.name, type: 'line', yAxisIndex: 1, symbolSize: 8, connectNulls: false, data: line.data.map((v) => (isNum(v) ? v : null)), itemStyle: line.color ? { color: line.color } : undefined }] : [])
			]
		}
	};
}
