/**
 * SQL of the analysis pages (/, /compare, /departments/[id]) that the metric views of
 * ./metrics.ts do not (yet) provide. Every function returns one SELECT over the tables of
 * ./tables.ts and the views of ./sql.ts; nothing here runs a query.
 *
 * The central relation is `department × year` (deptYearSql): one row per department and year
 * for which a report exists or a final spending figure is stated. Figures follow the
 * conventions of ./sql.ts: first statement, NULL when not stated (never 0).
 *
 * Preference when a figure for (department, year) is stated in more than one place:
 *   1. the report of that year (fiscal_year = year) before a later report quoting it,
 *   2. expenditure before income (for budget stages),
 *   3. scope all → fiscal → general_public → other,
 *   4. the first statement (lowest ordinal).
 * Execution rate = 决算支出 ÷ 调整后预算 computed inside ONE fund scope: the scope of the
 * budget figure used (e.g. 衡阳 2024: 一般公共预算 697.45 ÷ 762.85).
 */
import { METRIC_THRESHOLDS } from './metrics';
import { sqlString } from './sql';

/** Thresholds: the metric views' own (./metrics.ts), so pages and alerts agree. */
export const ALERT_RULES = {
	/** 预算执行率 below this (%) is an alert (medium; below executionHighPct high) */
	lowExecutionPct: METRIC_THRESHOLDS.executionMediumPct,
	lowExecutionHighPct: METRIC_THRESHOLDS.executionHighPct,
	/** grades that count as low */
	lowGrades: ['中', '差'],
	/** indicator completion above this (%) is flagged as 偏离度过大 (target set too low) */
	farExceededPct: METRIC_THRESHOLDS.indicatorOverPct,
	/** completion above this (%) suggests target and actual in different units */
	unitMismatchPct: METRIC_THRESHOLDS.unitMismatchPct
} as const;

const SCOPE_RANK = (c: string) =>
	`(CASE ${c} WHEN 'all' THEN 0 WHEN 'fiscal' THEN 1 WHEN 'general_public' THEN 2 ELSE 3 END)`;
const SCOPE_ZH = (c: string) =>
	`(CASE ${c} WHEN 'all' THEN '部门整体' WHEN 'fiscal' THEN '财政拨款' WHEN 'general_public' THEN '一般公共预算' WHEN 'other' THEN '其他资金' END)`;
const PCT = (a: string, b: string) => `(CASE WHEN (${b}) <> 0 THEN round((${a}) / (${b}) * 100, 2) END)`;
const GRADE = (s: string) =>
	`(CASE WHEN ${s} IS NULL THEN NULL WHEN ${s} >= 90 THEN '优' WHEN ${s} >= 80 THEN '良' WHEN ${s} >= 60 THEN '中' ELSE '差' END)`;

/** Preference key: own-year report first, then nearest report; expenditure first; scope; ordinal. */
const PREF = (reportYear: string, year: string, flow: string, scope: string, ordinal: string) =>
	`((CASE WHEN ${reportYear} = ${year} THEN 0 ELSE 1 + abs(${reportYear} - ${year}) END) * 100000000
	+ (CASE ${flow} WHEN 'expenditure' THEN 0 ELSE 1 END) * 10000000 + ${SCOPE_RANK(scope)} * 1000000 + ${ordinal})`;

/** A list of strings as a SQL IN (...) list; `('')` when empty so the SQL stays valid. */
export function sqlList(values: readonly (string | number)[]): string {
	if (!values.length) return `(NULL)`;
	return `(${values.map((v) => (typeof v === 'number' ? String(v) : sqlString(v))).join(', ')})`;
}

/**
 * One row per department × year. Columns:
 * department_id, department_name, province, city, district, level, dept_type, region (省市区),
 * simulated, year, report_id (the report of that year, self-evaluation preferred; NULL when the
 * year's figures are only quoted by another report), kind_label,
 * budget_scope / budget_scope_label (fund scope of the budget stages),
 * budget_initial_wan, budget_adjusted_wan (调整预算, else 预算数), budget_final_wan (决算 in that scope),
 * spending_final_wan (支出决算, scope all preferred), income_final_wan,
 * execution_rate_pct (computed in the budget scope), stated_execution_rate_pct,
 * sangong_budget_wan, sangong_final_wan, sangong_execution_pct, sangong_prev_final_wan,
 * sangong_change_pct (computed from last year's actual when stated, else the report's stated change),
 * sangong_change_stated (true when the change is the report's own statement),
 * score_total, grade, grade_stated_flag, staff_actual, spending_per_staff_wan, sangong_per_staff_wan,
 * indicators_total, indicators_computable, indicators_missed.
 */
export function deptYearSql(): string {
	return `(
WITH rep AS (
	SELECT r.*, row_number() OVER (PARTITION BY department_id, fiscal_year
		ORDER BY CASE kind WHEN 'self_evaluation' THEN 0 WHEN 'target_table' THEN 1 ELSE 2 END, report_id) AS rn
	FROM reports r WHERE kind IN ('self_evaluation', 'target_table')
),
dept AS (
	SELECT department_id,
		arg_max(department_name, fiscal_year) AS department_name, arg_max(province, fiscal_year) AS province,
		arg_max(city, fiscal_year) AS city, arg_max(district, fiscal_year) AS district,
		arg_max(level, fiscal_year) AS level, arg_max(dept_type, fiscal_year) AS dept_type,
		bool_or(simulated) AS simulated
	FROM reports GROUP BY department_id
),
bt AS (
	SELECT r.department_id, b.year, b.flow, b.stage, b.scope, b.value_wan, b.stated_execution_rate_pct,
		${PREF('r.fiscal_year', 'b.year', 'b.flow', 'b.scope', 'b.ordinal')} AS pref
	FROM v_budget_totals b JOIN reports r ON r.report_id = b.report_id
	WHERE b.flow IN ('income', 'expenditure') AND b.value_wan IS NOT NULL
),
bscope AS (
	SELECT department_id, year, arg_min(scope, pref + CASE stage WHEN 'adjusted' THEN 0 ELSE 1000000000 END) AS scope
	FROM bt WHERE stage IN ('adjusted', 'budget') GROUP BY department_id, year
),
stages AS (
	SELECT bt.department_id, bt.year,
		arg_min(bt.value_wan, bt.pref) FILTER (WHERE bt.stage = 'initial' AND bt.scope = s.scope) AS budget_initial_wan,
		arg_min(bt.value_wan, bt.pref) FILTER (WHERE bt.stage = 'adjusted' AND bt.scope = s.scope) AS adjusted_wan,
		arg_min(bt.value_wan, bt.pref) FILTER (WHERE bt.stage = 'budget' AND bt.scope = s.scope) AS budget_wan,
		arg_min(bt.value_wan, bt.pref) FILTER (WHERE bt.stage = 'final' AND bt.flow = 'expenditure' AND bt.scope = s.scope) AS budget_final_wan
	FROM bt JOIN bscope s ON s.department_id = bt.department_id AND s.year = bt.year
	GROUP BY bt.department_id, bt.year
),
finals AS (
	SELECT department_id, year,
		arg_min(value_wan, pref) FILTER (WHERE flow = 'expenditure' AND stage = 'final') AS spending_final_wan,
		arg_min(value_wan, pref) FILTER (WHERE flow = 'income' AND stage = 'final') AS income_final_wan,
		arg_min(stated_execution_rate_pct, pref) FILTER (WHERE flow = 'expenditure' AND stated_execution_rate_pct IS NOT NULL) AS stated_execution_rate_pct
	FROM bt GROUP BY department_id, year
),
sg AS (
	SELECT r.department_id, s.year,
		arg_min(s.budget_wan, ${PREF('r.fiscal_year', 's.year', "'expenditure'", 's.scope', '0')}) FILTER (WHERE s.budget_wan IS NOT NULL) AS sangong_budget_wan,
		arg_min(s.final_wan, ${PREF('r.fiscal_year', 's.year', "'expenditure'", 's.scope', '0')}) FILTER (WHERE s.final_wan IS NOT NULL) AS sangong_final_wan,
		arg_min(s.stated_change_pct, ${PREF('r.fiscal_year', 's.year', "'expenditure'", 's.scope', '0')}) FILTER (WHERE s.stated_change_pct IS NOT NULL) AS sangong_stated_change_pct,
		arg_min(round(s.final_wan - s.stated_change_amount_wan, 2), ${PREF('r.fiscal_year', 's.year', "'expenditure'", 's.scope', '0')}) FILTER (WHERE s.final_wan IS NOT NULL AND s.stated_change_amount_wan IS NOT NULL) AS sangong_prev_implied_wan
	FROM v_sangong s JOIN reports r ON r.report_id = s.report_id
	WHERE s.item = 'total'
	GROUP BY r.department_id, s.year
),
staff AS (
	SELECT department_id, fiscal_year AS year,
		coalesce(sum(count) FILTER (WHERE category = '合计'), sum(count) FILTER (WHERE category <> '合计')) AS staff_actual
	FROM staffing st JOIN rep ON rep.report_id = st.report_id AND rep.rn = 1
	WHERE st.unit = '本级' AND st.measure = 'actual'
	GROUP BY department_id, fiscal_year
),
ind AS (
	SELECT rep.department_id, rep.fiscal_year AS year, count(*)::INTEGER AS indicators_total,
		count(*) FILTER (WHERE i.status IN ('met', 'over', 'missed'))::INTEGER AS indicators_computable,
		count(*) FILTER (WHERE i.status = 'missed')::INTEGER AS indicators_missed
	FROM m_indicators i JOIN rep ON rep.report_id = i.report_id AND rep.rn = 1
	WHERE rep.kind = 'self_evaluation'
	GROUP BY rep.department_id, rep.fiscal_year
),
years AS (
	SELECT department_id, fiscal_year AS year FROM rep WHERE rn = 1
	UNION SELECT department_id, year FROM finals WHERE spending_final_wan IS NOT NULL
)
SELECT y.department_id, d.department_name, d.province, d.city, d.district, d.level, d.dept_type,
	concat_ws('', d.province, d.city, d.district) AS region,
	coalesce(rep.simulated, d.simulated) AS simulated, y.year,
	rep.report_id, rep.kind, rep.kind_label,
	s.scope AS budget_scope, ${SCOPE_ZH('s.scope')} AS budget_scope_label,
	st.budget_initial_wan, coalesce(st.adjusted_wan, st.budget_wan) AS budget_adjusted_wan,
	st.adjusted_wan IS NULL AND st.budget_wan IS NOT NULL AS budget_is_stated_budget,
	st.budget_final_wan,
	f.spending_final_wan, f.income_final_wan,
	${PCT('st.budget_final_wan', 'coalesce(st.adjusted_wan, st.budget_wan)')} AS execution_rate_pct,
	f.stated_execution_rate_pct,
	${PCT('coalesce(st.adjusted_wan, st.budget_wan) - st.budget_initial_wan', 'st.budget_initial_wan')} AS adjustment_pct,
	g.sangong_budget_wan, g.sangong_final_wan,
	${PCT('g.sangong_final_wan', 'g.sangong_budget_wan')} AS sangong_execution_pct,
	coalesce(gp.sangong_final_wan, g.sangong_prev_implied_wan) AS sangong_prev_final_wan,
	coalesce(${PCT('g.sangong_final_wan - gp.sangong_final_wan', 'gp.sangong_final_wan')}, g.sangong_stated_change_pct) AS sangong_change_pct,
	gp.sangong_final_wan IS NULL AND g.sangong_stated_change_pct IS NOT NULL AS sangong_change_stated,
	CASE WHEN rep.kind = 'self_evaluation' THEN rep.score_total END AS score_total,
	CASE WHEN rep.kind = 'self_evaluation' THEN coalesce(rep.grade_stated, ${GRADE('rep.score_total')}) END AS grade,
	rep.grade_stated IS NOT NULL AS grade_stated_flag,
	sf.staff_actual,
	CASE WHEN sf.staff_actual > 0 THEN round(f.spending_final_wan / sf.staff_actual, 2) END AS spending_per_staff_wan,
	CASE WHEN sf.staff_actual > 0 THEN round(g.sangong_final_wan / sf.staff_actual, 4) END AS sangong_per_staff_wan,
	CASE WHEN sf.staff_actual > 0 THEN round(coalesce(st.adjusted_wan, st.budget_wan) / sf.staff_actual, 2) END AS budget_per_staff_wan,
	ind.indicators_total, ind.indicators_computable, ind.indicators_missed
FROM years y
JOIN dept d ON d.department_id = y.department_id
LEFT JOIN rep ON rep.department_id = y.department_id AND rep.fiscal_year = y.year AND rep.rn = 1
LEFT JOIN bscope s ON s.department_id = y.department_id AND s.year = y.year
LEFT JOIN stages st ON st.department_id = y.department_id AND st.year = y.year
LEFT JOIN finals f ON f.department_id = y.department_id AND f.year = y.year
LEFT JOIN sg g ON g.department_id = y.department_id AND g.year = y.year
LEFT JOIN sg gp ON gp.department_id = y.department_id AND gp.year = y.year - 1
LEFT JOIN staff sf ON sf.department_id = y.department_id AND sf.year = y.year
LEFT JOIN ind ON ind.department_id = y.department_id AND ind.year = y.year
)`;
}

/* ------------------------------------------------------------------ dashboard (/) */

/** Years that have department figures, newest first (the year selector). */
export function yearsQuery(): string {
	return `SELECT year, count(*)::INTEGER AS departments, bool_or(simulated) AS simulated,
	count(report_id)::INTEGER AS reports, count(score_total)::INTEGER AS scored
FROM ${deptYearSql()} dy GROUP BY year ORDER BY year DESC`;
}

export type KpiRow = {
	year: number;
	departments: number;
	reports: number;
	simulated: boolean;
	budget_wan: number | null;
	budget_n: number;
	spending_wan: number | null;
	spending_n: number;
	execution_rate_pct: number | null;
	execution_n: number;
	sangong_final_wan: number | null;
	sangong_n: number;
	sangong_prev_wan: number | null;
	sangong_change_pct: number | null;
	sangong_change_n: number;
	avg_score: number | null;
	score_n: number;
};

/**
 * The KPI cards of one year. Sums and averages skip undisclosed figures; `*_n` says how many
 * departments each figure covers. The overall execution rate is Σ决算 ÷ Σ调整预算 over the
 * departments that disclose both (same scope per department); the 三公 change is computed on
 * the departments that disclose both years.
 */
export function kpiQuery(year: number): string {
	return `SELECT ${year} AS year, count(*)::INTEGER AS departments, count(report_id)::INTEGER AS reports,
	coalesce(bool_or(simulated), false) AS simulated,
	round(sum(budget_adjusted_wan), 2) AS budget_wan, count(budget_adjusted_wan)::INTEGER AS budget_n,
	round(sum(spending_final_wan), 2) AS spending_wan, count(spending_final_wan)::INTEGER AS spending_n,
	${PCT('sum(budget_final_wan) FILTER (WHERE execution_rate_pct IS NOT NULL)', 'sum(budget_adjusted_wan) FILTER (WHERE execution_rate_pct IS NOT NULL)')} AS execution_rate_pct,
	count(execution_rate_pct)::INTEGER AS execution_n,
	round(sum(sangong_final_wan), 2) AS sangong_final_wan, count(sangong_final_wan)::INTEGER AS sangong_n,
	round(sum(sangong_prev_final_wan) FILTER (WHERE sangong_final_wan IS NOT NULL), 2) AS sangong_prev_wan,
	${PCT('sum(sangong_final_wan - sangong_prev_final_wan)', 'sum(sangong_prev_final_wan) FILTER (WHERE sangong_final_wan IS NOT NULL)')} AS sangong_change_pct,
	count(sangong_final_wan - sangong_prev_final_wan)::INTEGER AS sangong_change_n,
	round(avg(score_total), 2) AS avg_score, count(score_total)::INTEGER AS score_n
FROM ${deptYearSql()} dy WHERE year = ${year}`;
}

/** Grade distribution of one year: 优/良/中/差 and 未评分 (no score disclosed). */
export function gradeDistributionQuery(year: number): string {
	return `WITH g(grade, ord) AS (VALUES ('优', 0), ('良', 1), ('中', 2), ('差', 3), ('未评分', 4))
SELECT g.grade, count(dy.department_id)::INTEGER AS departments
FROM g LEFT JOIN ${deptYearSql()} dy ON dy.year = ${year} AND coalesce(dy.grade, '未评分') = g.grade
GROUP BY g.grade, g.ord ORDER BY g.ord`;
}

/**
 * Departments that moved most between the previous year and `year`: change of 支出决算 (万元, %)
 * and of the score, only where both years are disclosed. Ordered by |change %|.
 */
export function moversQuery(year: number, limit = 10): string {
	return `WITH dy AS (SELECT * FROM ${deptYearSql()} x)
SELECT c.department_id, c.department_name, c.simulated, c.year,
	p.spending_final_wan AS prev_spending_wan, c.spending_final_wan AS spending_wan,
	round(c.spending_final_wan - p.spending_final_wan, 2) AS spending_change_wan,
	${PCT('c.spending_final_wan - p.spending_final_wan', 'p.spending_final_wan')} AS spending_change_pct,
	p.score_total AS prev_score, c.score_total AS score,
	round(c.score_total - p.score_total, 2) AS score_change
FROM dy c JOIN dy p ON p.department_id = c.department_id AND p.year = c.year - 1
WHERE c.year = ${year} AND (
	(c.spending_final_wan IS NOT NULL AND p.spending_final_wan IS NOT NULL)
	OR (c.score_total IS NOT NULL AND p.score_total IS NOT NULL))
ORDER BY abs(coalesce(${PCT('c.spending_final_wan - p.spending_final_wan', 'p.spending_final_wan')}, 0)) DESC,
	abs(coalesce(c.score_total - p.score_total, 0)) DESC, c.department_name
LIMIT ${limit}`;
}

/** Chinese names of the alert codes of m_alerts (./metrics.ts). */
export const ALERT_LABEL: Record<string, string> = {
	low_execution: '预算执行率偏低',
	sangong_over_budget: '“三公”经费超预算',
	indicator_missed: '绩效指标未达成',
	indicator_over: '指标超额过多',
	unit_mismatch: '疑似单位不一致',
	grade_below_good: '绩效等级低于良',
	grade_inconsistent: '等级与得分不符',
	target_below_actual: '新目标低于上年实绩',
	undisclosed: '关键数字未披露'
};

/**
 * Alerts of one year from the metric view m_alerts (./metrics.ts): low execution, 三公 over
 * budget, missed / far-exceeded indicators, suspected unit mismatches, low grades, targets
 * below last year's actual, undisclosed key figures. Most severe first.
 */
export function alertsQuery(year: number): string {
	const label = `CASE a.code ${Object.entries(ALERT_LABEL).map(([k, v]) => `WHEN ${sqlString(k)} THEN ${sqlString(v)}`).join(' ')} ELSE a.code END`;
	return `SELECT a.code AS kind, ${label} AS kind_label, a.severity, a.severity_label, a.severity_rank,
	a.department_id, a.department_name, r.simulated, a.subject, a.value, a.threshold, a.message AS detail
FROM m_alerts a JOIN reports r ON r.report_id = a.report_id
WHERE a.fiscal_year = ${year}
ORDER BY a.severity_rank, a.code, a.department_name, a.subject`;
}

/** Per-department rows of one year for the dashboard table and charts. */
export function yearDepartmentsQuery(year: number): string {
	return `SELECT * FROM ${deptYearSql()} dy WHERE year = ${year} ORDER BY spending_final_wan DESC NULLS LAST, department_name`;
}

/* ------------------------------------------------------------------ departments */

/** The /departments index: one row per department with its years and latest figures. */
export function departmentsIndexQuery(): string {
	return `SELECT department_id, arg_max(department_name, year) AS department_name, arg_max(region, year) AS region,
	arg_max(level, year) AS level, arg_max(dept_type, year) AS dept_type, bool_or(simulated) AS simulated,
	string_agg(DISTINCT year::VARCHAR, '、' ORDER BY year::VARCHAR) AS years,
	count(report_id)::INTEGER AS reports,
	max(year) FILTER (WHERE score_total IS NOT NULL) AS latest_scored_year,
	arg_max(score_total, year) FILTER (WHERE score_total IS NOT NULL) AS latest_score,
	arg_max(grade, year) FILTER (WHERE score_total IS NOT NULL) AS latest_grade,
	arg_max(spending_final_wan, year) FILTER (WHERE spending_final_wan IS NOT NULL) AS latest_spending_wan,
	max(year) FILTER (WHERE spending_final_wan IS NOT NULL) AS latest_spending_year
FROM ${deptYearSql()} dy GROUP BY department_id ORDER BY department_name`;
}

/** All years of one department (budget stages, 三公, score …), oldest first. */
export function departmentYearsQuery(departmentId: string): string {
	return `SELECT * FROM ${deptYearSql()} dy WHERE department_id = ${sqlString(departmentId)} ORDER BY year`;
}

/** Reports of one department (report_id → year) for the per-report sections. */
function deptReports(departmentId: string): string {
	return `(SELECT report_id FROM reports WHERE department_id = ${sqlString(departmentId)})`;
}

/**
 * Spending of one department by nature or economic class, per year (决算, first statement,
 * preferred scope, the year's own report first). Lines with a parent (人员经费 under 基本支出)
 * are returned with it.
 */
export function departmentSpendingQuery(departmentId: string, breakdown: 'nature' | 'economic'): string {
	return `WITH l AS (
	SELECT s.year, s.item, s.parent, s.scope, s.value_wan, s.quote, s.report_id,
		${PREF('s.fiscal_year', 's.year', "'expenditure'", 's.scope', 's.ordinal')} AS pref
	FROM v_spending_by_${breakdown} s
	WHERE s.report_id IN ${deptReports(departmentId)} AND s.stage = 'final' AND s.value_wan IS NOT NULL
),
best AS (SELECT year, arg_min(scope, pref) AS scope FROM l GROUP BY year)
SELECT l.year, l.item, l.parent, l.scope, ${SCOPE_ZH('l.scope')} AS scope_label,
	arg_min(l.value_wan, l.pref) AS value_wan, arg_min(l.quote, l.pref) AS quote, min(l.pref) AS ord
FROM l JOIN best b ON b.year = l.year AND b.scope = l.scope
GROUP BY l.year, l.item, l.parent, l.scope ORDER BY l.year, (l.parent IS NOT NULL), ord`;
}

/** 三公 of one department by item (budget vs actual) per year. */
export function departmentSangongQuery(departmentId: string): string {
	return `SELECT s.year, s.item, s.item_label, s.item_order,
	arg_min(s.budget_wan, ${PREF('s.fiscal_year', 's.year', "'expenditure'", 's.scope', 's.item_order')}) FILTER (WHERE s.budget_wan IS NOT NULL) AS budget_wan,
	arg_min(s.final_wan, ${PREF('s.fiscal_year', 's.year', "'expenditure'", 's.scope', 's.item_order')}) FILTER (WHERE s.final_wan IS NOT NULL) AS final_wan,
	arg_min(s.stated_change_pct, ${PREF('s.fiscal_year', 's.year', "'expenditure'", 's.scope', 's.item_order')}) FILTER (WHERE s.stated_change_pct IS NOT NULL) AS stated_change_pct
FROM v_sangong s WHERE s.report_id IN ${deptReports(departmentId)}
GROUP BY s.year, s.item, s.item_label, s.item_order
ORDER BY s.year, s.item_order`;
}

/**
 * Indicators of one department (every report) with the completion rate and status of the
 * metric view m_indicators (the one place that computes completion), and a Chinese flag.
 */
export function departmentIndicatorsQuery(departmentId: string): string {
	return `SELECT i.report_id, r.fiscal_year, r.kind, i.ordinal, i.level1, i.level2, i.name,
	i.target_op, i.target_value, i.target_value2, i.target_unit, i.target_text,
	i.actual_value, i.actual_unit, i.actual_text, i.stated_completion_pct, i.computed_completion_pct,
	CASE WHEN i.status IN ('met', 'over') THEN true WHEN i.status = 'missed' THEN false END AS met,
	i.unit_mismatch_suspected AS unit_mismatch, i.max, i.score,
	CASE
		WHEN i.unit_mismatch_suspected THEN '疑似单位不一致'
		WHEN i.status = 'missed' THEN '未完成'
		WHEN i.above_range THEN '超出区间'
		WHEN i.status = 'over' THEN '偏离度过大'
		WHEN i.status = 'no_actual' AND r.kind = 'self_evaluation' AND i.actual_text IS NOT NULL THEN '实际值非数值'
		WHEN i.status = 'no_actual' AND r.kind = 'self_evaluation' THEN '实际值未披露'
		WHEN i.status = 'not_computable' THEN '定性指标，不计算完成率'
		WHEN i.status = 'met' THEN '已完成'
	END AS flag
FROM m_indicators i JOIN reports r ON r.report_id = i.report_id
WHERE i.report_id IN ${deptReports(departmentId)}
ORDER BY r.fiscal_year, i.ordinal`;
}

/** Score tree of one department's self-evaluations. */
export function departmentScoresQuery(departmentId: string): string {
	return `SELECT report_id, fiscal_year, score_framework, ordinal, path, parent_path, level, name, max, score,
	stated_rate_pct, computed_rate_pct, assigned_by_finance
FROM v_scores WHERE report_id IN ${deptReports(departmentId)} ORDER BY fiscal_year, ordinal`;
}

/** 存在问题 / 改进措施 texts of one department. */
export function departmentNarrativesQuery(departmentId: string): string {
	return `SELECT report_id, fiscal_year, section, section_label, ordinal, title, text
FROM v_narratives WHERE report_id IN ${deptReports(departmentId)} AND section IN ('problem', 'measure')
ORDER BY fiscal_year DESC, CASE section WHEN 'problem' THEN 0 ELSE 1 END, ordinal`;
}

/* ------------------------------------------------------------------ compare */

/** Choices for the compare workbench: departments with type/region/level, and years. */
export function compareChoicesQuery(): string {
	return `SELECT department_id, arg_max(department_name, year) AS department_name, arg_max(dept_type, year) AS dept_type,
	arg_max(province, year) AS province, arg_max(city, year) AS city, arg_max(level, year) AS level,
	bool_or(simulated) AS simulated, string_agg(DISTINCT year::VARCHAR, ',' ORDER BY year::VARCHAR) AS years
FROM ${deptYearSql()} dy GROUP BY department_id ORDER BY province, city, department_name`;
}

export type CompareFilter = {
	departments?: string[];
	/** peer group: same values of these columns as `peerOf` */
	peer?: { type?: string; province?: string; level?: string };
	years?: number[];
};

/** Department × year rows for the compare workbench, filtered by departments or a peer group and years. */
export function compareQuery(f: CompareFilter): string {
	const where: string[] = [];
	if (f.departments?.length) where.push(`department_id IN ${sqlList(f.departments)}`);
	if (f.peer?.type) where.push(`dept_type = ${sqlString(f.peer.type)}`);
	if (f.peer?.province) where.push(`province = ${sqlString(f.peer.province)}`);
	if (f.peer?.level) where.push(`level = ${sqlString(f.peer.level)}`);
	if (f.years?.length) where.push(`year IN ${sqlList(f.years)}`);
	return `SELECT *,
	CASE WHEN spending_final_wan IS NOT NULL THEN rank() OVER (PARTITION BY year ORDER BY spending_final_wan DESC NULLS LAST) END AS spending_rank,
	CASE WHEN score_total IS NOT NULL THEN rank() OVER (PARTITION BY year ORDER BY score_total DESC NULLS LAST) END AS score_rank,
	CASE WHEN execution_rate_pct IS NOT NULL THEN rank() OVER (PARTITION BY year ORDER BY execution_rate_pct DESC NULLS LAST) END AS execution_rank
FROM ${deptYearSql()} dy
${where.length ? 'WHERE ' + where.join(' AND ') : ''}
ORDER BY year DESC, department_name`;
}
