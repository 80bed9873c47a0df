/**
 * Table helpers shared by the analysis pages: column kinds, cell formatting, sorting that keeps
 * undisclosed figures last, and the rows handed to CSV / Excel export (undisclosed → 未披露,
 * numbers kept as numbers). Pure; unit-tested in Node.
 */
import { money, num, pct, score, NOT_DISCLOSED } from '../format';
import type { Cell, Column, TableRows } from '../export/table';
import { describe, type Column as DeclaredColumn } from '../db/columns';
import { departmentYear, projectItems, projects } from '../db/metrics';
import { COMPARE_RANKS } from '../db/queries';
import type { RowOf, ViewDecl } from '../db/view';
import { byPinyin } from '../text/sort';

export type ColKind = 'text' | 'money' | 'pct' | 'score' | 'int' | 'ratio' | 'rank';
export type TableColumn = { key: string; label: string; kind?: ColKind; title?: string };
export type SortState = { key: string; dir: 'asc' | 'desc' } | null;

type Val = string | number | boolean | null | undefined;

const isNum = (v: Val): v is number => typeof v === 'number' && Number.isFinite(v);

export function formatCell(v: Val, kind: ColKind = 'text'): string {
	if (kind === 'text') return v === null || v === undefined || v === '' ? '—' : String(v);
	if (!isNum(v)) return NOT_DISCLOSED;
	switch (kind) {
		case 'money':
			return money(v, { unit: false, yi: false });
		case 'pct':
			return pct(v);
		case 'ratio':
			return num(v, 2);
		case 'score':
			return score(v);
		case 'int':
		case 'rank':
			return String(v);
		default:
			return num(v);
	}
}

/** Sort rows by a column; undisclosed (null) values always last, whatever the direction. */
export function sortRows<T extends Record<string, Val>>(rows: T[], sort: SortState): T[] {
	if (!sort) return rows;
	const { key, dir } = sort;
	const sign = dir === 'asc' ? 1 : -1;
	return [...rows].sort((a, b) => {
		const x = a[key];
		const y = b[key];
		const xn = x === null || x === undefined;
		const yn = y === null || y === undefined;
		if (xn || yn) return xn === yn ? 0 : xn ? 1 : -1;
		if (typeof x === 'number' && typeof y === 'number') return (x - y) * sign;
		return byPinyin(String(x), String(y)) * sign;
	});
}

/** Next sort state when a header is clicked: desc → asc → desc … on a new column start desc for numbers, asc for text. */
export function nextSort(current: SortState, key: string, kind: ColKind = 'text'): SortState {
	if (current?.key === key) return { key, dir: current.dir === 'asc' ? 'desc' : 'asc' };
	return { key, dir: kind === 'text' ? 'asc' : 'desc' };
}

/** Rows for CSV / Excel: numbers stay numbers, undisclosed numeric cells say 未披露. */
/** "支出决算" → "支出决算（万元）"; a label that names its unit already ("支出决算（万元）") keeps it once. */
const withUnit = (label: string, unit: string) => (!unit || label.endsWith(`（${unit}）`) ? label : `${label}（${unit}）`);

export function exportRows(columns: TableColumn[], rows: Record<string, Val>[]): { columns: Column[]; rows: TableRows } {
	return {
		columns: columns.map((c) => ({ key: c.key, label: withUnit(c.label, c.kind === 'money' ? '万元' : c.kind === 'pct' ? '%' : '') })),
		rows: rows.map((r) => {
			const out: Record<string, Cell> = {};
			for (const c of columns) {
				const v = r[c.key];
				if (c.kind && c.kind !== 'text') out[c.key] = isNum(v) ? v : NOT_DISCLOSED;
				else out[c.key] = v === undefined ? null : typeof v === 'boolean' ? (v ? '是' : '否') : v;
			}
			return out;
		})
	};
}

/** The kind of a declared column: money, percentage, score, count of people, ratio, text. */
export function kindOf(c: DeclaredColumn): ColKind {
	if (c.unit === '万元') return 'money';
	if (c.unit === '%') return 'pct';
	if (c.unit === '分') return 'score';
	if (c.unit === '人' || c.type === 'int32') return 'int';
	if (c.type === 'float64') return 'ratio';
	return 'text';
}

/**
 * Table columns from a view's declaration: the declared label (a different one where the
 * table needs it), the kind from the declared unit, the formula and note as the tooltip.
 */
export function columnsOf<V extends ViewDecl>(v: V, names: readonly (keyof RowOf<V> & string)[], labels: Partial<Record<keyof RowOf<V>, string>> = {}): TableColumn[] {
	return names.map((name) => {
		const c = v.columns.find((x) => x.name === name);
		if (!c) throw new Error(`${v.name} 没有列 ${name}`);
		return { key: name, label: labels[name] ?? c.label, kind: kindOf(c), title: describe(c) };
	});
}

/** Shorter headers for the department × year tables (部门页、部门对比), where the declared label is long. */
export const DEPARTMENT_YEAR_HEADERS = {
	department_name: '部门',
	level: '级次',
	score_total: '自评得分',
	grade: '等级',
	budget_scope_label: '预算口径',
	execution_final_wan: '决算（同口径）',
	sangong_budget_wan: '“三公”预算',
	sangong_final_wan: '“三公”决算',
	sangong_control_rate_pct: '“三公”控制率',
	sangong_change_pct: '“三公”同比',
	staff_actual: '在职人数（含下属）'
} as const;

/** The columns of 各年度概况 on a department's page (and its CSV / Excel export). */
export const DEPARTMENT_YEAR_COLUMNS = columnsOf(
	departmentYear,
	[
		'year', 'budget_scope_label', 'budget_initial_wan', 'budget_adjusted_wan', 'execution_final_wan', 'execution_rate_pct', 'spending_final_wan',
		'sangong_budget_wan', 'sangong_final_wan', 'sangong_control_rate_pct', 'sangong_change_pct', 'score_total', 'grade', 'staff_actual', 'spending_per_staff_wan'
	],
	DEPARTMENT_YEAR_HEADERS
);

/** The columns of the compare table (and its CSV / Excel export): figures, per-staff figures, ranks. */
export const COMPARE_COLUMNS: TableColumn[] = [
	...columnsOf(
		departmentYear,
		[
			'department_name', 'year', 'region', 'level', 'budget_initial_wan', 'budget_adjusted_wan', 'execution_final_wan', 'execution_rate_pct',
			'spending_final_wan', 'sangong_budget_wan', 'sangong_final_wan', 'sangong_control_rate_pct', 'sangong_change_pct', 'score_total', 'grade',
			'staff_actual', 'spending_per_staff_wan', 'budget_per_staff_wan', 'sangong_per_staff_wan'
		],
		DEPARTMENT_YEAR_HEADERS
	),
	...COMPARE_RANKS.map((c) => ({ key: c.name, label: c.label, kind: 'rank' as const, title: describe(c) }))
];

/** Metrics of the compare workbench: column, label, unit and its per-staff column. */
export const COMPARE_METRICS = [
	{ key: 'spending_final_wan', label: '支出决算', unit: '万元', perStaff: 'spending_per_staff_wan' },
	{ key: 'budget_adjusted_wan', label: '调整预算', unit: '万元', perStaff: 'budget_per_staff_wan' },
	{ key: 'execution_rate_pct', label: '预算执行率', unit: '%', perStaff: null },
	{ key: 'sangong_final_wan', label: '“三公”经费决算', unit: '万元', perStaff: 'sangong_per_staff_wan' },
	{ key: 'sangong_control_rate_pct', label: '“三公”经费控制率', unit: '%', perStaff: null },
	{ key: 'score_total', label: '自评得分', unit: '分', perStaff: null }
] as const;
export type CompareMetric = (typeof COMPARE_METRICS)[number];

/** The metric named in the URL (default 支出决算), and the column to read given per-staff mode. */
export type CompareColumn = CompareMetric['key'] | NonNullable<CompareMetric['perStaff']>;
export function compareMetric(key: string | null, perStaff: boolean): { metric: CompareMetric; column: CompareColumn; unit: '万元' | '%' | '分' | '万元/人'; label: string } {
	const metric = COMPARE_METRICS.find((m) => m.key === key) ?? COMPARE_METRICS[0];
	if (perStaff && metric.perStaff) return { metric, column: metric.perStaff, unit: '万元/人', label: `人均${metric.label}` };
	return { metric, column: metric.key, unit: metric.unit, label: metric.label };
}

/** Parse `key:asc|desc` from the URL. */
export function parseSort(v: string | null): SortState {
	if (!v) return null;
	const [key, dir] = v.split(':');
	return key ? { key, dir: dir === 'asc' ? 'asc' : 'desc' } : null;
}
export const sortParam = (s: SortState) => (s ? `${s.key}:${s.dir}` : null);

/** The columns of a list of project records (部门页“项目”, 总览“项目”) and its CSV / Excel export. */
export const PROJECT_COLUMNS = columnsOf(
	projects,
	[
		'fiscal_year', 'department_name', 'project_name', 'kind_label', 'budget_initial_wan', 'budget_adjusted_wan', 'execution_final_wan', 'execution_rate_pct',
		'score_total', 'indicators_total', 'indicators_met_pct'
	],
	{ fiscal_year: '年度', department_name: '部门', kind_label: '类型', budget_initial_wan: '年初预算', indicators_total: '指标数' }
);

/**
 * What the project list says beside a project record's money (m_projects.totals_source): where
 * the figures come from when the record states no 合计, and the sum of the projects it lists when
 * that differs from the stated total (e.g. 井研县马踏镇 2023: 所述项目支出 882.76 万元, the two listed
 * projects 330.98 + 66.00 = 396.98 万元).
 */
export function projectTotalsNote(r: {
	totals_source: string | null;
	totals_source_label: string | null;
	projects_listed: number;
	projects_listed_budget_wan: number | null;
	budget_adjusted_wan: number | null;
}): { source: string | null; listed: string | null } {
	const source = r.totals_source && r.totals_source !== 'stated' ? r.totals_source_label : null;
	let listed: string | null = null;
	if (r.projects_listed > 1) {
		listed = `记录列出 ${r.projects_listed} 个项目`;
		const sum = r.projects_listed_budget_wan;
		if (r.totals_source !== 'projects_sum' && isNum(sum) && (!isNum(r.budget_adjusted_wan) || Math.abs(sum - r.budget_adjusted_wan) >= 0.005))
			listed += `，所列项目预算合计 ${money(sum)}`;
	}
	return { source, listed };
}

/** The columns of a record's listed projects (m_project_items). */
export const PROJECT_ITEM_COLUMNS = columnsOf(projectItems, ['item_order', 'project_name', 'budget_initial_wan', 'budget_adjusted_wan', 'execution_final_wan', 'execution_rate_pct'], {
	item_order: '序号'
});
