/**
 * The metric layer (指标层): named views computed from the stored figures of ./tables.ts and
 * the base views of ./sql.ts. Created by loadDataset after the base views, in the order of
 * METRIC_VIEWS (a view may use the ones before it). Standard DuckDB SQL, no extensions.
 *
 * Conventions (same as ./sql.ts)
 * - Money in 万元, percentages in percent (58.12 means 58.12 %), rounded to two decimals.
 * - A figure the report does not state stays NULL; NULL is left out of sums and averages,
 *   never counted as 0. A ratio whose divisor is 0 or NULL is NULL.
 * - Computed values are named `computed_*` / plain metric names; stated ones `stated_*`.
 * - Year-on-year changes come from two sources kept apart:
 *   `*_records_*`  — the same department's record of the previous year (both years on file);
 *   `*_stated_*`   — the prior-year figure stated inside this report (上年数), or derived from
 *                    the stated change amount (本年数 − 所述增减额).
 * - Scope preference: all (部门整体) → fiscal (财政拨款) → general_public (一般公共预算) → other;
 *   a metric takes all its figures from ONE scope and returns it (`scope`).
 *
 * Pure: no I/O, runs in Node and in the browser.
 */
import { sqlString, type ViewDef } from './sql';

/** Thresholds used by the status and alert columns (documented in the README). */
export const METRIC_THRESHOLDS = {
	/** 完成率 ≥ 200 %: 超额过多，目标可能设置偏低 */
	indicatorOverPct: 200,
	/** 完成率 ≥ 1000 %: 疑似单位不一致（如 万人 与 人） */
	unitMismatchPct: 1000,
	/** 预算执行率 < 80 %: 高 */
	executionHighPct: 80,
	/** 预算执行率 < 90 %: 中 */
	executionMediumPct: 90,
	/** 得分合计与总分相差超过 0.01 分视为不一致 */
	scoreTolerance: 0.01,
	/** 金额比较容差（万元） */
	moneyTolerance: 0.005
} as const;

const T = METRIC_THRESHOLDS;

const SCOPE_RANK = (c: string) =>
	`CASE ${c} WHEN 'all' THEN 0 WHEN 'fiscal' THEN 1 WHEN 'general_public' THEN 2 ELSE 3 END`;
const SCOPE_LABEL_SQL = (c: string) =>
	`CASE ${c} WHEN 'all' THEN '部门整体' WHEN 'fiscal' THEN '财政拨款' WHEN 'general_public' THEN '一般公共预算' WHEN 'other' THEN '其他资金' END`;
/** round(a ÷ b × 100, 2), NULL when either is NULL or b is 0 */
const PCT_OF = (a: string, b: string) => `(CASE WHEN ${b} <> 0 THEN round((${a}) / (${b}) * 100, 2) END)`;
/** round((a − b) ÷ b × 100, 2) */
const CHANGE_PCT = (a: string, b: string) => `(CASE WHEN ${b} <> 0 THEN round(((${a}) - (${b})) / (${b}) * 100, 2) END)`;
const R2 = (x: string) => `round(${x}, 2)`;
const GRADE_OF = (score: string) =>
	`(CASE WHEN ${score} IS NULL THEN NULL WHEN ${score} >= 90 THEN '优' WHEN ${score} >= 80 THEN '良' WHEN ${score} >= 60 THEN '中' ELSE '差' END)`;

/**
 * Normalised indicator name for matching across reports: bracketed parts removed (units such
 * as (万人)、（%）), whitespace, comparison signs and punctuation removed, lower case.
 */
export const NAME_NORM = (c: string) =>
	`regexp_replace(regexp_replace(lower(${c}), '[（(【\\[][^）)】\\]]*[）)】\\]]', '', 'g'), '[\\s　≥≤≅%％:：,，、。.·“”"''<>=]', '', 'g')`;

/** JS twin of NAME_NORM (for tests and the UI). */
export function normalizeIndicatorName(name: string): string {
	return name
		.toLowerCase()
		.replace(/[（(【[][^）)】\]]*[）)】\]]/g, '')
		.replace(/[\s　≥≤≅%％:：,，、。.·“”"'<>=]/g, '');
}

const DEPT_COLS: Record<string, string> = {
	report_id: '报告编号',
	department_id: '部门编号',
	department_name: '部门名称',
	fiscal_year: '评价年度',
	kind: '报告类型代码'
};

/* ------------------------------------------------------------------ budget execution */

const budgetExecution: ViewDef = {
	name: 'm_budget_execution',
	zh: '预算执行：执行率、调整率、结转结余',
	grain: '一份报告一行（取同一资金范围的预算与决算）',
	columns: {
		...DEPT_COLS,
		scope: '所用资金范围代码：优先同时有调整预算与决算支出的范围，再按 部门整体→财政拨款→一般公共预算→其他',
		scope_label: '所用资金范围',
		budget_flow: '预算数取自：expenditure 支出预算 / income 收入预算（支出预算未披露时用收入预算，收支平衡）',
		budget_initial_wan: '年初预算（万元）；未披露为空',
		budget_addition_stated_wan: '所述年中追加(+)/调减(−)（万元）',
		budget_adjusted_wan: '调整预算（全年预算，万元）：所述调整预算；无则所述预算数；再无则 年初预算 + 年中追加',
		budget_adjusted_source: '调整预算来源：adjusted 所述调整预算 / budget 所述预算数 / initial_plus_addition 年初+追加',
		budget_addition_computed_wan: '计算年中追加 = 调整预算 − 年初预算（万元）',
		adjustment_rate_pct: '预算调整率 = (调整预算 − 年初预算) ÷ 年初预算 × 100（%，正为追加、负为调减）',
		spending_final_wan: '决算支出（万元）',
		execution_rate_pct: '预算执行率 = 决算支出 ÷ 调整预算 × 100（%）',
		stated_execution_rate_pct: '所述完成率/支出率（%）',
		execution_rate_gap_pct: '所述执行率 − 计算执行率（百分点）',
		income_final_wan: '本年收入决算（万元）',
		opening_balance_wan: '所述年初结转和结余（万元）',
		closing_balance_stated_wan: '所述年末结转和结余（万元）',
		closing_balance_computed_wan: '计算年末结转和结余 = 年初结转 + 本年收入 − 决算支出（万元；任一未披露为空）',
		carryover_rate_pct: '结转结余率 = 年末结转结余（所述，无则计算）÷ 调整预算 × 100（%，财预〔2013〕53号）'
	},
	sql: `
WITH f AS (
	SELECT report_id, scope,
		max(value_wan) FILTER (WHERE flow = 'expenditure' AND stage = 'final' AND year = fiscal_year) AS spending_final,
		max(stated_execution_rate_pct) FILTER (WHERE flow = 'expenditure' AND year = fiscal_year) AS stated_exec,
		max(value_wan) FILTER (WHERE flow = 'expenditure' AND stage = 'initial' AND year = fiscal_year) AS e_initial,
		max(value_wan) FILTER (WHERE flow = 'expenditure' AND stage = 'addition' AND year = fiscal_year) AS e_addition,
		max(value_wan) FILTER (WHERE flow = 'expenditure' AND stage = 'adjusted' AND year = fiscal_year) AS e_adjusted,
		max(value_wan) FILTER (WHERE flow = 'expenditure' AND stage = 'budget' AND year = fiscal_year) AS e_budget,
		max(value_wan) FILTER (WHERE flow = 'income' AND stage = 'initial' AND year = fiscal_year) AS i_initial,
		max(value_wan) FILTER (WHERE flow = 'income' AND stage = 'addition' AND year = fiscal_year) AS i_addition,
		max(value_wan) FILTER (WHERE flow = 'income' AND stage = 'adjusted' AND year = fiscal_year) AS i_adjusted,
		max(value_wan) FILTER (WHERE flow = 'income' AND stage = 'budget' AND year = fiscal_year) AS i_budget,
		max(value_wan) FILTER (WHERE flow = 'income' AND stage = 'final' AND year = fiscal_year) AS income_final,
		max(value_wan) FILTER (WHERE flow = 'opening_balance' AND stage = 'final' AND year = fiscal_year) AS opening,
		max(value_wan) FILTER (WHERE flow = 'closing_balance' AND stage = 'final' AND year = fiscal_year) AS closing
	FROM v_budget_totals
	GROUP BY report_id, scope
),
g AS (
	SELECT *,
		CASE WHEN coalesce(e_adjusted, e_budget, e_initial) IS NOT NULL THEN 'expenditure'
			WHEN coalesce(i_adjusted, i_budget, i_initial) IS NOT NULL THEN 'income' END AS budget_flow
	FROM f
),
h AS (
	SELECT *,
		CASE budget_flow WHEN 'expenditure' THEN e_initial ELSE i_initial END AS b_initial,
		CASE budget_flow WHEN 'expenditure' THEN e_addition ELSE i_addition END AS b_addition,
		CASE budget_flow WHEN 'expenditure' THEN e_adjusted ELSE i_adjusted END AS b_adjusted,
		CASE budget_flow WHEN 'expenditure' THEN e_budget ELSE i_budget END AS b_budget
	FROM g
),
k AS (
	SELECT *,
		coalesce(b_adjusted, b_budget, b_initial + b_addition) AS adjusted,
		CASE WHEN b_adjusted IS NOT NULL THEN 'adjusted' WHEN b_budget IS NOT NULL THEN 'budget'
			WHEN b_initial + b_addition IS NOT NULL THEN 'initial_plus_addition' END AS adjusted_source
	FROM h
),
pick AS (
	SELECT *, row_number() OVER (PARTITION BY report_id ORDER BY
		(adjusted IS NOT NULL AND spending_final IS NOT NULL) DESC, spending_final IS NOT NULL DESC,
		(adjusted IS NOT NULL OR b_initial IS NOT NULL) DESC, ${SCOPE_RANK('scope')}) AS rn
	FROM k
)
SELECT r.report_id, r.department_id, r.department_name, r.fiscal_year, r.kind,
	p.scope, ${SCOPE_LABEL_SQL('p.scope')} AS scope_label, p.budget_flow,
	p.b_initial AS budget_initial_wan, p.b_addition AS budget_addition_stated_wan,
	p.adjusted AS budget_adjusted_wan, p.adjusted_source AS budget_adjusted_source,
	${R2('p.adjusted - p.b_initial')} AS budget_addition_computed_wan,
	${CHANGE_PCT('p.adjusted', 'p.b_initial')} AS adjustment_rate_pct,
	p.spending_final AS spending_final_wan,
	${PCT_OF('p.spending_final', 'p.adjusted')} AS execution_rate_pct,
	p.stated_exec AS stated_execution_rate_pct,
	${R2(`p.stated_exec - ${PCT_OF('p.spending_final', 'p.adjusted')}`)} AS execution_rate_gap_pct,
	p.income_final AS income_final_wan,
	p.opening AS opening_balance_wan,
	p.closing AS closing_balance_stated_wan,
	${R2('p.opening + p.income_final - p.spending_final')} AS closing_balance_computed_wan,
	${PCT_OF('coalesce(p.closing, p.opening + p.income_final - p.spending_final)', 'p.adjusted')} AS carryover_rate_pct
FROM reports r LEFT JOIN pick p ON p.report_id = r.report_id AND p.rn = 1`
};

/* ------------------------------------------------------------------ staffing */

const staffing: ViewDef = {
	name: 'm_staffing',
	zh: '人员编制：在职人数、编制数与在职人员控制率',
	grain: '一份报告一行',
	columns: {
		...DEPT_COLS,
		own_authorized: '本级核定编制数（人；有“合计”行取合计，否则各类编制相加）',
		own_actual: '本级实有在职人数（人）',
		own_retired: '本级离退休人数（人）',
		all_authorized: '含下属单位的核定编制数合计（人）',
		all_actual: '含下属单位的在职人数合计（人）',
		contracted: '外聘/劳务派遣人数合计（人）',
		financed: '所述财政供养人员数（人）',
		staffing_control_pct: '在职人员控制率（本级）= 本级在职人数 ÷ 本级核定编制 × 100（%；>100 即超编）',
		all_staffing_control_pct: '在职人员控制率（含下属单位）= 在职合计 ÷ 编制合计 × 100（%）'
	},
	sql: `
WITH s AS (
	SELECT report_id, unit, category, measure, arg_min(count, ordinal) AS n
	FROM staffing GROUP BY report_id, unit, category, measure
),
u AS (
	SELECT report_id, unit, measure,
		coalesce(max(n) FILTER (WHERE category = '合计'), sum(n) FILTER (WHERE category <> '合计')) AS n
	FROM s GROUP BY report_id, unit, measure
),
a AS (
	SELECT report_id,
		max(n) FILTER (WHERE unit = '本级' AND measure = 'authorized') AS own_authorized,
		max(n) FILTER (WHERE unit = '本级' AND measure = 'actual') AS own_actual,
		max(n) FILTER (WHERE unit = '本级' AND measure = 'retired') AS own_retired,
		sum(n) FILTER (WHERE measure = 'authorized') AS all_authorized,
		sum(n) FILTER (WHERE measure = 'actual') AS all_actual,
		sum(n) FILTER (WHERE measure = 'contracted') AS contracted,
		sum(n) FILTER (WHERE measure = 'financed') AS financed
	FROM u GROUP BY report_id
)
SELECT r.report_id, r.department_id, r.department_name, r.fiscal_year, r.kind,
	a.own_authorized, a.own_actual, a.own_retired, a.all_authorized, a.all_actual, a.contracted, a.financed,
	${PCT_OF('a.own_actual', 'a.own_authorized')} AS staffing_control_pct,
	${PCT_OF('a.all_actual', 'a.all_authorized')} AS all_staffing_control_pct
FROM reports r LEFT JOIN a ON a.report_id = r.report_id`
};

/* ------------------------------------------------------------------ structure */

const structure: ViewDef = {
	name: 'm_budget_structure',
	zh: '支出结构：基本/项目、人员/公用占比与人均支出',
	grain: '一份报告一行（本年决算，同一资金范围）',
	columns: {
		...DEPT_COLS,
		scope: '所用资金范围代码（优先同时披露基本支出与项目支出的范围）',
		scope_label: '所用资金范围',
		basic_wan: '基本支出决算（万元）',
		project_wan: '项目支出决算（万元）',
		basic_share_pct: '基本支出占比 = 基本支出 ÷ (基本支出 + 项目支出) × 100（%）',
		basic_share_stated_pct: '所述基本支出占比（%）；与计算值对照',
		project_share_pct: '项目支出占比 = 项目支出 ÷ (基本支出 + 项目支出) × 100（%）',
		personnel_wan: '人员经费决算（万元）',
		public_wan: '日常公用经费决算（万元）',
		personnel_share_pct: '人员经费占比 = 人员经费 ÷ (人员经费 + 日常公用经费) × 100（%）',
		public_share_pct: '公用经费占比 = 日常公用经费 ÷ (人员经费 + 日常公用经费) × 100（%）',
		spending_final_wan: '支出决算合计（万元，v_report_overview，优先部门整体）',
		staff_actual: '在职人数（含下属单位，人；m_staffing.all_actual）',
		spending_per_staff_wan: '人均支出 = 支出决算合计 ÷ 在职人数（万元/人）',
		basic_per_staff_wan: '人均基本支出 = 基本支出 ÷ 在职人数（万元/人）',
		public_per_staff_wan: '人均公用经费 = 日常公用经费 ÷ 在职人数（万元/人）'
	},
	sql: `
WITH n AS (
	SELECT report_id, scope,
		max(value_wan) FILTER (WHERE item = '基本支出' AND parent IS NULL) AS basic,
		max(stated_share_pct) FILTER (WHERE item = '基本支出' AND parent IS NULL) AS basic_stated,
		max(value_wan) FILTER (WHERE item = '项目支出' AND parent IS NULL) AS project,
		max(value_wan) FILTER (WHERE item = '人员经费') AS personnel,
		max(value_wan) FILTER (WHERE item = '日常公用经费') AS public
	FROM v_spending_by_nature
	WHERE stage = 'final' AND year = fiscal_year
	GROUP BY report_id, scope
),
p AS (
	SELECT *, row_number() OVER (PARTITION BY report_id ORDER BY
		(basic IS NOT NULL AND project IS NOT NULL) DESC, basic IS NOT NULL DESC,
		(personnel IS NOT NULL AND public IS NOT NULL) DESC, ${SCOPE_RANK('scope')}) AS rn
	FROM n
)
SELECT r.report_id, r.department_id, r.department_name, r.fiscal_year, r.kind,
	p.scope, ${SCOPE_LABEL_SQL('p.scope')} AS scope_label,
	p.basic AS basic_wan, p.project AS project_wan,
	${PCT_OF('p.basic', 'p.basic + p.project')} AS basic_share_pct,
	p.basic_stated AS basic_share_stated_pct,
	${PCT_OF('p.project', 'p.basic + p.project')} AS project_share_pct,
	p.personnel AS personnel_wan, p.public AS public_wan,
	${PCT_OF('p.personnel', 'p.personnel + p.public')} AS personnel_share_pct,
	${PCT_OF('p.public', 'p.personnel + p.public')} AS public_share_pct,
	o.spending_final_wan,
	st.all_actual AS staff_actual,
	CASE WHEN st.all_actual > 0 THEN round(o.spending_final_wan / st.all_actual, 2) END AS spending_per_staff_wan,
	CASE WHEN st.all_actual > 0 THEN round(p.basic / st.all_actual, 2) END AS basic_per_staff_wan,
	CASE WHEN st.all_actual > 0 THEN round(p.public / st.all_actual, 2) END AS public_per_staff_wan
FROM reports r
LEFT JOIN p ON p.report_id = r.report_id AND p.rn = 1
LEFT JOIN v_report_overview o ON o.report_id = r.report_id
LEFT JOIN m_staffing st ON st.report_id = r.report_id`
};

/* ------------------------------------------------------------------ year on year */

const MEASURE_LABEL_SQL = `CASE measure WHEN 'income' THEN '收入合计' WHEN 'spending' THEN '支出合计' WHEN 'basic' THEN '基本支出'
	WHEN 'project' THEN '项目支出' WHEN 'personnel' THEN '人员经费' WHEN 'public' THEN '日常公用经费'
	ELSE substr(measure, 10) END`;

const yoy: ViewDef = {
	name: 'm_budget_yoy',
	zh: '收支同比：收入、支出、基本/项目、人员/公用及各经济分类',
	grain: '报告 × 指标 一行（本年决算；资金范围按优先顺序取一个）',
	columns: {
		...DEPT_COLS,
		measure: '指标代码：income 收入合计 / spending 支出合计 / basic 基本支出 / project 项目支出 / personnel 人员经费 / public 日常公用经费 / economic:<经济分类名>',
		measure_label: '指标名称',
		scope: '资金范围代码',
		current_wan: '本年决算数（万元，首次陈述）',
		prior_report_id: '同部门上一年度报告编号（两年记录均在库时）',
		prior_records_wan: '上年决算数（万元）：取自上一年度报告中同指标、同资金范围的本年数',
		change_records_wan: '同比增减额（两年记录）= 本年 − 上年记录数（万元）',
		change_records_pct: '同比增减率（两年记录）= (本年 − 上年记录数) ÷ 上年记录数 × 100（%）',
		prior_stated_wan: '本报告所述上年数（万元）：报告直接陈述的上年决算；无则 本年数 − 所述增减额',
		prior_stated_basis: '所述上年数来源：stated_prior 直接陈述 / stated_change 由所述增减额推出',
		stated_change_amount_wan: '所述增减额（万元，减少为负）',
		stated_change_pct: '所述增减幅度（%，下降为负）',
		change_stated_wan: '同比增减额（报告所述口径）= 本年 − 所述上年数（万元）',
		change_stated_pct: '同比增减率（报告所述口径）= (本年 − 所述上年数) ÷ 所述上年数 × 100（%）'
	},
	sql: `
WITH l AS (
	SELECT b.report_id, r.department_id, r.fiscal_year, b.scope, b.year, b.value_wan, b.ordinal,
		b.change_amount_wan, b.change_pct,
		CASE WHEN b.breakdown = 'total' THEN CASE b.flow WHEN 'income' THEN 'income' ELSE 'spending' END
			WHEN b.breakdown = 'nature' THEN CASE b.item WHEN '基本支出' THEN 'basic' WHEN '项目支出' THEN 'project'
				WHEN '人员经费' THEN 'personnel' WHEN '日常公用经费' THEN 'public' END
			ELSE 'economic:' || b.item END AS measure
	FROM budget_lines b JOIN reports r ON r.report_id = b.report_id
	WHERE b.stage = 'final' AND b.year IN (r.fiscal_year, r.fiscal_year - 1) AND (
		(b.breakdown = 'total' AND b.parent IS NULL AND b.flow IN ('income', 'expenditure'))
		OR (b.breakdown = 'nature' AND b.flow = 'expenditure' AND
			((b.item IN ('基本支出', '项目支出') AND b.parent IS NULL) OR b.item IN ('人员经费', '日常公用经费')))
		OR (b.breakdown = 'economic' AND b.flow = 'expenditure' AND b.parent IS NULL))
),
c AS (
	SELECT report_id, department_id, fiscal_year, measure, scope,
		arg_min(value_wan, ordinal) FILTER (WHERE year = fiscal_year) AS current_wan,
		arg_min(value_wan, ordinal) FILTER (WHERE year = fiscal_year - 1) AS prior_stated_direct,
		arg_min(change_amount_wan, ordinal) FILTER (WHERE year = fiscal_year AND change_amount_wan IS NOT NULL) AS chg_amt,
		arg_min(change_pct, ordinal) FILTER (WHERE year = fiscal_year AND change_pct IS NOT NULL) AS chg_pct
	FROM l WHERE measure IS NOT NULL
	GROUP BY report_id, department_id, fiscal_year, measure, scope
),
cc AS (
	SELECT *, row_number() OVER (PARTITION BY report_id, measure ORDER BY current_wan IS NOT NULL DESC, ${SCOPE_RANK('scope')}) AS rn
	FROM c
),
prev AS (
	SELECT r.report_id, r.department_id, r.fiscal_year,
		row_number() OVER (PARTITION BY r.department_id, r.fiscal_year ORDER BY CASE r.kind WHEN 'self_evaluation' THEN 0 ELSE 1 END, r.report_id) AS rn
	FROM reports r WHERE r.kind <> 'target_table'
),
x AS (
	SELECT cc.*, pr.report_id AS prior_report_id, pc.current_wan AS prior_records_wan,
		coalesce(cc.prior_stated_direct, ${R2('cc.current_wan - cc.chg_amt')}) AS prior_stated_wan,
		CASE WHEN cc.prior_stated_direct IS NOT NULL THEN 'stated_prior'
			WHEN cc.current_wan - cc.chg_amt IS NOT NULL THEN 'stated_change' END AS prior_stated_basis
	FROM cc
	LEFT JOIN prev pr ON pr.department_id = cc.department_id AND pr.fiscal_year = cc.fiscal_year - 1 AND pr.rn = 1
	LEFT JOIN c pc ON pc.report_id = pr.report_id AND pc.measure = cc.measure AND pc.scope = cc.scope
	WHERE cc.rn = 1 AND cc.current_wan IS NOT NULL
)
SELECT r.report_id, r.department_id, r.department_name, r.fiscal_year, r.kind,
	x.measure, ${MEASURE_LABEL_SQL.replace(/measure/g, 'x.measure')} AS measure_label, x.scope,
	x.current_wan, x.prior_report_id, x.prior_records_wan,
	${R2('x.current_wan - x.prior_records_wan')} AS change_records_wan,
	${CHANGE_PCT('x.current_wan', 'x.prior_records_wan')} AS change_records_pct,
	x.prior_stated_wan, x.prior_stated_basis,
	x.chg_amt AS stated_change_amount_wan, x.chg_pct AS stated_change_pct,
	${R2('x.current_wan - x.prior_stated_wan')} AS change_stated_wan,
	${CHANGE_PCT('x.current_wan', 'x.prior_stated_wan')} AS change_stated_pct
FROM x JOIN reports r ON r.report_id = x.report_id`
};

/* ------------------------------------------------------------------ 三公 */

const sangong: ViewDef = {
	name: 'm_sangong',
	zh: '“三公”经费：预算与决算、控制率、同比',
	grain: '报告 × 项目 一行（本年；资金范围按优先顺序取一个，全报告一致）',
	columns: {
		...DEPT_COLS,
		item: '项目代码：total 合计 / abroad 因公出国(境) / vehicle 公务用车购置及运行维护 / vehicle_purchase 购置 / vehicle_operation 运行维护 / reception 公务接待',
		item_label: '项目',
		item_order: '项目排序（合计在前）',
		scope: '资金范围代码',
		budget_wan: '预算数（万元）；未披露为空',
		final_wan: '决算数（万元）；未披露为空',
		control_rate_pct: '“三公”经费控制率（执行率）= 决算 ÷ 预算 × 100（%）',
		stated_execution_rate_pct: '所述执行率（%）',
		over_budget: '决算超预算（决算 > 预算 + 0.005 万元）；任一未披露为空',
		saving_wan: '节约额 = 预算 − 决算（万元）',
		prior_report_id: '同部门上一年度报告编号',
		prior_records_wan: '上年决算数（两年记录，万元）',
		change_records_wan: '同比增减额（两年记录）= 本年 − 上年记录数（万元）',
		change_records_pct: '同比变动率（两年记录）= (本年 − 上年) ÷ 上年 × 100（%）',
		prior_stated_wan: '所述上年数（万元）：报告直接陈述的上年决算，无则 本年 − 所述增减额',
		stated_change_amount_wan: '所述增减额（万元，减少为负）',
		stated_change_pct: '所述变动幅度（%，下降为负）',
		change_stated_pct: '同比变动率（报告所述口径）= (本年 − 所述上年数) ÷ 所述上年数 × 100（%）'
	},
	sql: `
WITH cur AS (
	SELECT v.*, r.department_id FROM v_sangong v JOIN reports r ON r.report_id = v.report_id WHERE v.year = v.fiscal_year
),
sc AS (
	SELECT report_id, scope, row_number() OVER (PARTITION BY report_id ORDER BY
		max(CASE WHEN item = 'total' AND final_wan IS NOT NULL THEN 1 ELSE 0 END) DESC,
		count(final_wan) DESC, ${SCOPE_RANK('scope')}) AS rn
	FROM cur GROUP BY report_id, scope
),
prior_stated AS (
	SELECT report_id, item, scope, final_wan FROM v_sangong WHERE year = fiscal_year - 1
),
prev AS (
	SELECT r.report_id, r.department_id, r.fiscal_year,
		row_number() OVER (PARTITION BY r.department_id, r.fiscal_year ORDER BY CASE r.kind WHEN 'self_evaluation' THEN 0 ELSE 1 END, r.report_id) AS rn
	FROM reports r WHERE r.kind <> 'target_table'
),
x AS (
	SELECT c.*, pr.report_id AS prior_report_id, pc.final_wan AS prior_records_wan,
		coalesce(ps.final_wan, ${R2('c.final_wan - c.stated_change_amount_wan')}) AS prior_stated_wan
	FROM cur c
	JOIN sc ON sc.report_id = c.report_id AND sc.scope = c.scope AND sc.rn = 1
	LEFT JOIN prior_stated ps ON ps.report_id = c.report_id AND ps.item = c.item AND ps.scope = c.scope
	LEFT JOIN prev pr ON pr.department_id = c.department_id AND pr.fiscal_year = c.fiscal_year - 1 AND pr.rn = 1
	LEFT JOIN cur pc ON pc.report_id = pr.report_id AND pc.item = c.item AND pc.scope = c.scope
)
SELECT x.report_id, x.department_id, x.department_name, x.fiscal_year, x.kind,
	x.item, x.item_label, x.item_order, x.scope, x.budget_wan, x.final_wan,
	${PCT_OF('x.final_wan', 'x.budget_wan')} AS control_rate_pct,
	x.stated_execution_rate_pct,
	(x.final_wan > x.budget_wan + ${T.moneyTolerance}) AS over_budget,
	${R2('x.budget_wan - x.final_wan')} AS saving_wan,
	x.prior_report_id, x.prior_records_wan,
	${R2('x.final_wan - x.prior_records_wan')} AS change_records_wan,
	${CHANGE_PCT('x.final_wan', 'x.prior_records_wan')} AS change_records_pct,
	x.prior_stated_wan, x.stated_change_amount_wan, x.stated_change_pct,
	${CHANGE_PCT('x.final_wan', 'x.prior_stated_wan')} AS change_stated_pct
FROM x`
};

/* ------------------------------------------------------------------ indicators */

const indicators: ViewDef = {
	name: 'm_indicators',
	zh: '绩效指标完成情况：按目标运算符计算完成率与状态',
	grain: '一个绩效指标一行',
	columns: {
		...DEPT_COLS,
		ordinal: '序号（→ indicators.ordinal）',
		task_name: '所属重点任务（关键性指标）',
		level1: '一级指标',
		level2: '二级指标',
		name: '三级指标（原文）',
		name_norm: '规范化名称（去括号内单位、空白与符号，用于跨年匹配）',
		unit: '指标名中的单位',
		target_op: '目标运算符：>= > <= < = range deadline text',
		target_value: '目标值（区间下限）',
		target_value2: '区间上限',
		target_unit: '目标单位',
		target_text: '目标原文',
		actual_value: '实际值（定性为空）',
		actual_unit: '实际值单位',
		actual_text: '实际值原文',
		computable: '可计算：目标为 ≥ > ≤ < = 或区间，且目标值与实际值均为数字',
		computed_completion_pct:
			'计算完成率（%）：≥X、>X、X → 实际 ÷ X（不封顶）；≤X、<X → 达标为 100，否则 X ÷ 实际；区间 a-b → 区间内及高于上限为 100，低于下限为 实际 ÷ a；=X → 相等为 100，否则为空；定性、时限目标不计算',
		stated_completion_pct: '所述完成率（%）',
		completion_gap_pct: '所述完成率 − 计算完成率（百分点）',
		status: `状态：met 达成 / missed 未达成 / over 超额过多（完成率 ≥ ${T.indicatorOverPct}% 或高于区间上限，目标可能偏低）/ no_actual 未填实际值 / not_computable 定性或时限目标`,
		status_label: '状态中文',
		above_range: '实际值高于区间上限（达成但提示）',
		unit_mismatch_suspected: `疑似单位不一致：计算完成率 ≥ ${T.unitMismatchPct}%，或目标单位与实际值单位不同，或指标单位含“万”而实际值 ≥ 10000`,
		unit_mismatch_reason: '疑似单位不一致的原因（中文）',
		max: '所述分值（分）',
		score: '所述得分（分）',
		target_quote: '目标出处引文',
		actual_quote: '实际值出处引文'
	},
	sql: `
WITH i AS (
	SELECT v.*, r.department_id,
		${NAME_NORM('v.name')} AS name_norm,
		(v.target_op IN ('>=', '>', '<=', '<', '=', 'range') AND v.target_value IS NOT NULL AND v.actual_value IS NOT NULL) AS computable
	FROM v_indicators v JOIN reports r ON r.report_id = v.report_id
),
c AS (
	SELECT *,
		CASE WHEN NOT computable THEN NULL
			WHEN target_op IN ('>=', '>') THEN ${PCT_OF('actual_value', 'target_value')}
			WHEN target_op IN ('<=', '<') THEN CASE
				WHEN (target_op = '<=' AND actual_value <= target_value) OR (target_op = '<' AND actual_value < target_value) THEN 100.0
				ELSE ${PCT_OF('target_value', 'actual_value')} END
			WHEN target_op = 'range' THEN CASE WHEN actual_value < target_value THEN ${PCT_OF('actual_value', 'target_value')} ELSE 100.0 END
			WHEN target_op = '=' THEN CASE WHEN abs(actual_value - target_value) < 1e-9 THEN 100.0 END
		END AS completion
	FROM i
),
s AS (
	SELECT *,
		CASE WHEN target_op IS NULL OR target_op IN ('text', 'deadline') OR target_value IS NULL THEN 'not_computable'
			WHEN actual_value IS NULL THEN 'no_actual'
			WHEN target_op IN ('>=', '>') THEN CASE
				WHEN (target_op = '>=' AND actual_value >= target_value) OR (target_op = '>' AND actual_value > target_value)
					THEN CASE WHEN completion >= ${T.indicatorOverPct} THEN 'over' ELSE 'met' END
				ELSE 'missed' END
			WHEN target_op = '<=' THEN CASE WHEN actual_value <= target_value THEN 'met' ELSE 'missed' END
			WHEN target_op = '<' THEN CASE WHEN actual_value < target_value THEN 'met' ELSE 'missed' END
			WHEN target_op = 'range' THEN CASE WHEN actual_value < target_value THEN 'missed'
				WHEN target_value2 IS NOT NULL AND actual_value > target_value2 THEN 'over' ELSE 'met' END
			WHEN target_op = '=' THEN CASE WHEN abs(actual_value - target_value) < 1e-9 THEN 'met' ELSE 'missed' END
		END AS status,
		(target_op = 'range' AND target_value2 IS NOT NULL AND actual_value > target_value2) AS above_range_raw,
		CASE
			WHEN completion >= ${T.unitMismatchPct} THEN '完成率 ' || completion || '% 超过 ${T.unitMismatchPct}%，疑似目标值与实际值单位不一致'
			WHEN target_unit IS NOT NULL AND actual_unit IS NOT NULL AND target_unit <> actual_unit THEN '目标单位“' || target_unit || '”与实际值单位“' || actual_unit || '”不同'
			WHEN coalesce(unit, target_unit, '') LIKE '万%' AND coalesce(actual_unit, '') NOT LIKE '万%' AND actual_value >= 10000
				THEN '指标单位为“' || coalesce(unit, target_unit) || '”，实际值 ' || actual_text || ' 的量级疑似按个数填写'
		END AS mismatch_reason
	FROM c
)
SELECT report_id, department_id, department_name, fiscal_year, kind, ordinal, task_name, level1, level2, name, name_norm, unit,
	target_op, target_value, target_value2, target_unit, target_text, actual_value, actual_unit, actual_text,
	computable, completion AS computed_completion_pct, stated_completion_pct,
	${R2('stated_completion_pct - completion')} AS completion_gap_pct,
	status,
	CASE status WHEN 'met' THEN '达成' WHEN 'missed' THEN '未达成' WHEN 'over' THEN '超额过多（目标可能偏低）'
		WHEN 'no_actual' THEN '未填实际值' ELSE '定性或时限目标，不计算' END AS status_label,
	coalesce(above_range_raw, false) AS above_range,
	(mismatch_reason IS NOT NULL) AS unit_mismatch_suspected, mismatch_reason AS unit_mismatch_reason,
	max, score, target_quote, actual_quote
FROM s`
};

/* ------------------------------------------------------------------ scores */

const scoreSummary: ViewDef = {
	name: 'm_score_summary',
	zh: '自评得分与等级',
	grain: '一份有评分的报告一行',
	columns: {
		...DEPT_COLS,
		score_total: '所述总得分（分）',
		score_max: '总分值（分）：所述分值，未述按 100',
		score_max_assumed: '总分值是否按 100 推定',
		score_rate_pct: '总得分率 = 总得分 ÷ 总分值 × 100（%）',
		points_lost: '失分 = 总分值 − 总得分（分）',
		grade: '计算等级：优 ≥ 90，良 ≥ 80，中 ≥ 60，差 < 60（财预〔2020〕10号 第十八条）',
		grade_stated: '所述等级',
		grade_consistent: '所述等级与计算等级一致（未述等级为空）',
		level1_score_sum: '一级指标得分之和（分）',
		level1_max_sum: '一级指标分值之和（分）',
		level1_sum_consistent: `一级指标得分之和与总得分一致（容差 ${T.scoreTolerance} 分）`
	},
	sql: `
WITH d AS (
	SELECT report_id, sum(score) AS s, sum(max) AS m FROM scores WHERE level = 1 GROUP BY report_id
)
SELECT r.report_id, r.department_id, r.department_name, r.fiscal_year, r.kind,
	r.score_total, coalesce(r.score_max, 100.0) AS score_max, (r.score_max IS NULL) AS score_max_assumed,
	${PCT_OF('r.score_total', 'coalesce(r.score_max, 100.0)')} AS score_rate_pct,
	${R2('coalesce(r.score_max, 100.0) - r.score_total')} AS points_lost,
	${GRADE_OF('r.score_total')} AS grade, r.grade_stated,
	CASE WHEN r.grade_stated IS NOT NULL THEN r.grade_stated = ${GRADE_OF('r.score_total')} END AS grade_consistent,
	${R2('d.s')} AS level1_score_sum, ${R2('d.m')} AS level1_max_sum,
	CASE WHEN d.s IS NOT NULL THEN abs(d.s - r.score_total) <= ${T.scoreTolerance} + 1e-9 END AS level1_sum_consistent
FROM reports r LEFT JOIN d ON d.report_id = r.report_id
WHERE r.score_total IS NOT NULL`
};

const scoreDimensions: ViewDef = {
	name: 'm_score_dimensions',
	zh: '评分维度：各一级、二级指标的得分率与失分',
	grain: '评分树中一个一级或二级节点一行',
	columns: {
		...DEPT_COLS,
		score_framework: '评分体系：guangdong / hunan / other',
		ordinal: '先序序号',
		path: '节点路径',
		parent_path: '上级路径',
		level: '层级 1/2',
		name: '维度名称',
		max: '分值（分）',
		score: '得分（分）',
		score_rate_pct: '得分率 = 得分 ÷ 分值 × 100（%）',
		stated_rate_pct: '所述得分率（%）',
		points_lost: '失分 = 分值 − 得分（分）',
		assigned_by_finance: '财政赋分'
	},
	sql: `
SELECT s.report_id, r.department_id, s.department_name, s.fiscal_year, s.kind, s.score_framework,
	s.ordinal, s.path, s.parent_path, s.level, s.name, s.max, s.score,
	${PCT_OF('s.score', 's.max')} AS score_rate_pct, s.stated_rate_pct,
	${R2('s.max - s.score')} AS points_lost, s.assigned_by_finance
FROM v_scores s JOIN reports r ON r.report_id = s.report_id
WHERE s.level <= 2`
};

/* ------------------------------------------------------------------ targets vs outcomes */

const targetVsOutcome: ViewDef = {
	name: 'm_target_vs_outcome',
	zh: '目标与上年实绩：N+1 年目标表指标对照同部门 N 年自评实际值',
	grain: '目标表中一个（按规范化名称去重的）指标与上一年度自评中同名指标匹配一行',
	columns: {
		department_id: '部门编号',
		department_name: '部门名称',
		target_report_id: '目标表报告编号',
		target_year: '目标年度 N+1',
		outcome_report_id: '自评报告编号',
		outcome_year: '自评年度 N',
		name_norm: '规范化指标名称（匹配键）',
		target_name: '目标表中的指标名称',
		level2: '二级指标',
		target_op: '目标运算符',
		target_value: '目标值（区间下限）',
		target_value2: '区间上限',
		target_unit: '目标单位',
		target_text: '目标原文',
		outcome_name: '自评中的指标名称',
		outcome_target_text: '自评中当年的目标原文',
		outcome_actual_value: '自评实际完成值',
		outcome_actual_unit: '实际值单位',
		outcome_actual_text: '实际值原文',
		outcome_completion_pct: '自评计算完成率（%，m_indicators）',
		target_to_actual_pct: '新目标相当于上年实绩 = 目标值（区间取上限）÷ 上年实际值 × 100（%）',
		target_below_actual: '新目标低于上年实绩（≥ > = 区间型：目标值/上限 < 上年实际；≤ < 型：目标值 < 上年实际不适用，为空）',
		unit_differs: '新目标单位与上年实际值单位不同',
		message: '提示（中文）'
	},
	sql: `
WITH t AS (
	SELECT m.*, row_number() OVER (PARTITION BY m.report_id, m.name_norm ORDER BY m.ordinal) AS rn
	FROM m_indicators m WHERE m.kind = 'target_table'
),
a AS (
	SELECT m.*, row_number() OVER (PARTITION BY m.report_id, m.name_norm ORDER BY m.ordinal) AS rn
	FROM m_indicators m WHERE m.kind = 'self_evaluation' AND m.actual_value IS NOT NULL
),
j AS (
	SELECT t.department_id, t.department_name, t.report_id AS target_report_id, t.fiscal_year AS target_year,
		a.report_id AS outcome_report_id, a.fiscal_year AS outcome_year, t.name_norm,
		t.name AS target_name, t.level2, t.target_op, t.target_value, t.target_value2, t.target_unit, t.target_text,
		a.name AS outcome_name, a.target_text AS outcome_target_text, a.actual_value AS outcome_actual_value,
		a.actual_unit AS outcome_actual_unit, a.actual_text AS outcome_actual_text,
		a.computed_completion_pct AS outcome_completion_pct,
		CASE WHEN t.target_op = 'range' THEN coalesce(t.target_value2, t.target_value) ELSE t.target_value END AS bound
	FROM t JOIN a ON a.department_id = t.department_id AND a.fiscal_year = t.fiscal_year - 1 AND a.name_norm = t.name_norm
	WHERE t.rn = 1 AND a.rn = 1
)
SELECT department_id, department_name, target_report_id, target_year, outcome_report_id, outcome_year, name_norm,
	target_name, level2, target_op, target_value, target_value2, target_unit, target_text,
	outcome_name, outcome_target_text, outcome_actual_value, outcome_actual_unit, outcome_actual_text, outcome_completion_pct,
	${PCT_OF('bound', 'outcome_actual_value')} AS target_to_actual_pct,
	CASE WHEN target_op IN ('>=', '>', '=', 'range') AND bound IS NOT NULL THEN bound < outcome_actual_value END AS target_below_actual,
	(target_unit IS NOT NULL AND outcome_actual_unit IS NOT NULL AND target_unit <> outcome_actual_unit) AS unit_differs,
	CASE WHEN target_op IN ('>=', '>', '=', 'range') AND bound < outcome_actual_value
		THEN target_year || ' 年目标“' || target_text || '”低于 ' || outcome_year || ' 年实际完成 ' || outcome_actual_text || CASE WHEN outcome_actual_unit IS NULL OR ends_with(outcome_actual_text, outcome_actual_unit) THEN '' ELSE outcome_actual_unit END || '，目标设置可能偏低'
	END AS message
FROM j`
};

/* ------------------------------------------------------------------ KPI, department-year, alerts */

const reportKpi: ViewDef = {
	name: 'm_report_kpi',
	zh: '领导看板：每份报告的关键指标',
	grain: '一份报告一行',
	columns: {
		...DEPT_COLS,
		dept_type: '部门类型',
		province: '省',
		city: '市',
		district: '区/县',
		level: '行政级次',
		simulated: '是否模拟数据',
		budget_initial_wan: '年初预算（万元）',
		budget_adjusted_wan: '调整预算（万元，m_budget_execution）',
		spending_final_wan: '决算支出（万元；与调整预算同一资金范围，无预算时取 v_report_overview）',
		execution_rate_pct: '预算执行率（%）= 决算支出 ÷ 调整预算 × 100',
		adjustment_rate_pct: '预算调整率（%）',
		income_final_wan: '收入决算（万元，v_report_overview）',
		sangong_budget_wan: '“三公”经费预算合计（万元）',
		sangong_final_wan: '“三公”经费决算合计（万元）',
		sangong_control_rate_pct: '“三公”经费控制率 = 决算 ÷ 预算 × 100（%）',
		sangong_change_pct: '“三公”经费同比变动率（%）：两年记录优先，无则按报告所述口径',
		sangong_change_source: '上列变动率来源：records 两年记录 / stated 报告所述',
		score_total: '自评总得分（分）',
		grade: '计算等级（优/良/中/差）',
		grade_stated: '所述等级',
		indicators_computable: '可计算完成率的指标数',
		indicators_missed: '未达成指标数',
		indicators_over: '超额过多指标数'
	},
	sql: `
WITH ind AS (
	SELECT report_id,
		count(*) FILTER (WHERE computable)::INTEGER AS n,
		count(*) FILTER (WHERE status = 'missed')::INTEGER AS missed,
		count(*) FILTER (WHERE status = 'over')::INTEGER AS over
	FROM m_indicators GROUP BY report_id
)
SELECT r.report_id, r.department_id, r.department_name, r.fiscal_year, r.kind,
	r.dept_type, r.province, r.city, r.district, r.level, r.simulated,
	e.budget_initial_wan, e.budget_adjusted_wan,
	coalesce(e.spending_final_wan, o.spending_final_wan) AS spending_final_wan,
	e.execution_rate_pct, e.adjustment_rate_pct,
	o.income_final_wan,
	g.budget_wan AS sangong_budget_wan, g.final_wan AS sangong_final_wan, g.control_rate_pct AS sangong_control_rate_pct,
	coalesce(g.change_records_pct, g.change_stated_pct) AS sangong_change_pct,
	CASE WHEN g.change_records_pct IS NOT NULL THEN 'records' WHEN g.change_stated_pct IS NOT NULL THEN 'stated' END AS sangong_change_source,
	r.score_total, ${GRADE_OF('r.score_total')} AS grade, r.grade_stated,
	coalesce(ind.n, 0) AS indicators_computable, coalesce(ind.missed, 0) AS indicators_missed, coalesce(ind.over, 0) AS indicators_over
FROM reports r
LEFT JOIN m_budget_execution e ON e.report_id = r.report_id
LEFT JOIN v_report_overview o ON o.report_id = r.report_id
LEFT JOIN m_sangong g ON g.report_id = r.report_id AND g.item = 'total'
LEFT JOIN ind ON ind.report_id = r.report_id`
};

const departmentYear: ViewDef = {
	name: 'm_department_year',
	zh: '部门 × 年度：用于跨部门比较与同类分组',
	grain: '一个部门一个年度一行（自评报告优先，无自评则取其他报告）',
	columns: {
		department_id: '部门编号',
		department_name: '部门名称',
		dept_type: '部门类型',
		province: '省',
		city: '市',
		district: '区/县',
		level: '行政级次',
		region_label: '地区（省/市/区县 以空格连接）',
		peer_group: '同类分组 = 部门类型 · 行政级次',
		fiscal_year: '年度',
		report_id: '代表报告编号',
		kind: '代表报告类型',
		simulated: '是否模拟数据',
		has_target_table: '该年度是否有目标表',
		staff_actual: '在职人数（含下属单位，人）',
		staff_authorized: '核定编制（含下属单位，人）',
		staffing_control_pct: '在职人员控制率（本级，%）',
		income_final_wan: '收入决算（万元）',
		spending_final_wan: '支出决算（万元）',
		budget_adjusted_wan: '调整预算（万元）',
		execution_rate_pct: '预算执行率（%）',
		basic_share_pct: '基本支出占比（%）',
		personnel_share_pct: '人员经费占比（%）',
		spending_per_staff_wan: '人均支出（万元/人）',
		sangong_final_wan: '“三公”经费决算（万元）',
		sangong_control_rate_pct: '“三公”经费控制率（%）',
		score_total: '自评总得分（分）',
		grade: '计算等级'
	},
	sql: `
WITH pick AS (
	SELECT report_id, department_id, fiscal_year,
		row_number() OVER (PARTITION BY department_id, fiscal_year ORDER BY CASE kind WHEN 'self_evaluation' THEN 0 WHEN 'project_self_evaluation' THEN 1 ELSE 2 END, report_id) AS rn,
		bool_or(kind = 'target_table') OVER (PARTITION BY department_id, fiscal_year) AS has_target_table
	FROM reports
)
SELECT r.department_id, r.department_name, r.dept_type, r.province, r.city, r.district, r.level,
	concat_ws(' ', r.province, r.city, r.district) AS region_label,
	r.dept_type || '·' || r.level AS peer_group,
	r.fiscal_year, r.report_id, r.kind, r.simulated, p.has_target_table,
	st.all_actual AS staff_actual, st.all_authorized AS staff_authorized, st.staffing_control_pct,
	k.income_final_wan, k.spending_final_wan, k.budget_adjusted_wan, k.execution_rate_pct,
	b.basic_share_pct, b.personnel_share_pct, b.spending_per_staff_wan,
	k.sangong_final_wan, k.sangong_control_rate_pct, k.score_total, k.grade
FROM pick p
JOIN reports r ON r.report_id = p.report_id
LEFT JOIN m_staffing st ON st.report_id = r.report_id
LEFT JOIN m_report_kpi k ON k.report_id = r.report_id
LEFT JOIN m_budget_structure b ON b.report_id = r.report_id
WHERE p.rn = 1`
};

const SEV = (s: 'high' | 'medium' | 'low') => `'${s}' AS severity`;

const alerts: ViewDef = {
	name: 'm_alerts',
	zh: '预警：执行率偏低、“三公”超预算、指标未达成、等级低于良、关键数字未披露等',
	grain: '一条预警一行',
	columns: {
		...DEPT_COLS,
		code: `预警代码：low_execution 执行率偏低（< ${T.executionMediumPct}% 中，< ${T.executionHighPct}% 高）/ sangong_over_budget “三公”超预算 / indicator_missed 指标未达成 / indicator_over 指标超额过多 / unit_mismatch 疑似单位不一致 / grade_below_good 等级低于良 / grade_inconsistent 所述等级与得分不符 / target_below_actual 新目标低于上年实绩 / undisclosed 关键数字未披露`,
		severity: '严重程度：high / medium / low',
		severity_label: '严重程度：高 / 中 / 低',
		severity_rank: '排序用：高 0、中 1、低 2',
		subject: '对象（指标名称、“三公”项目、数字名称）',
		value: '相关数值（执行率、完成率等，单位见 message）',
		threshold: '阈值',
		message: '预警说明（中文）'
	},
	sql: `
WITH a AS (
	SELECT report_id, 'low_execution' AS code,
		CASE WHEN execution_rate_pct < ${T.executionHighPct} THEN 'high' ELSE 'medium' END AS severity,
		'预算执行率' AS subject, execution_rate_pct AS value,
		CASE WHEN execution_rate_pct < ${T.executionHighPct} THEN ${T.executionHighPct} ELSE ${T.executionMediumPct} END::DOUBLE AS threshold,
		'预算执行率 ' || execution_rate_pct || '%（决算支出 ' || spending_final_wan || ' 万元 ÷ 调整预算 ' || budget_adjusted_wan || ' 万元），低于 '
			|| CASE WHEN execution_rate_pct < ${T.executionHighPct} THEN ${T.executionHighPct} ELSE ${T.executionMediumPct} END || '%' AS message
	FROM m_budget_execution WHERE execution_rate_pct < ${T.executionMediumPct}
	UNION ALL
	SELECT report_id, 'sangong_over_budget', 'high', item_label, control_rate_pct, 100.0,
		item_label || '决算 ' || final_wan || ' 万元超过预算 ' || budget_wan || ' 万元（控制率 ' || control_rate_pct || '%）'
	FROM m_sangong WHERE over_budget
	UNION ALL
	SELECT report_id, 'indicator_missed', 'medium', name, computed_completion_pct, 100.0,
		'指标“' || name || '”未达成：目标 ' || target_text || '，实际 ' || actual_text || coalesce('，完成率 ' || computed_completion_pct || '%', '')
	FROM m_indicators WHERE status = 'missed' AND kind <> 'target_table'
	UNION ALL
	SELECT report_id, 'indicator_over', 'low', name, computed_completion_pct, ${T.indicatorOverPct}::DOUBLE,
		'指标“' || name || '”' || CASE WHEN above_range THEN '实际值 ' || actual_text || ' 高于目标区间 ' || target_text
			ELSE '完成率 ' || computed_completion_pct || '%，远超目标 ' || target_text END || '，目标可能设置偏低'
	FROM m_indicators WHERE status = 'over' AND kind <> 'target_table'
	UNION ALL
	SELECT report_id, 'unit_mismatch', 'low', name, computed_completion_pct, ${T.unitMismatchPct}::DOUBLE,
		'指标“' || name || '”' || unit_mismatch_reason
	FROM m_indicators WHERE unit_mismatch_suspected
	UNION ALL
	SELECT report_id, 'grade_below_good', CASE grade WHEN '差' THEN 'high' ELSE 'medium' END, '绩效等级', score_total, 80.0,
		'自评得分 ' || score_total || ' 分，等级为“' || grade || '”，低于“良”'
	FROM m_score_summary WHERE grade IN ('中', '差')
	UNION ALL
	SELECT report_id, 'grade_inconsistent', 'medium', '绩效等级', score_total, NULL,
		'所述等级“' || grade_stated || '”与得分 ' || score_total || ' 分对应的等级“' || grade || '”不符'
	FROM m_score_summary WHERE grade_consistent = false
	UNION ALL
	SELECT target_report_id, 'target_below_actual', 'medium', target_name, target_to_actual_pct, 100.0, message
	FROM m_target_vs_outcome WHERE target_below_actual
	UNION ALL
	SELECT k.report_id, 'undisclosed', 'low', u.subject, NULL, NULL, '未披露' || u.subject
	FROM m_report_kpi k,
		LATERAL (SELECT * FROM (VALUES
			('决算支出', k.spending_final_wan IS NULL),
			('调整预算（无法计算预算执行率）', k.budget_adjusted_wan IS NULL),
			('“三公”经费决算数', k.sangong_final_wan IS NULL),
			('自评总得分', k.score_total IS NULL)) AS t(subject, missing) WHERE missing) u
	WHERE k.kind = 'self_evaluation'
)
SELECT a.report_id, r.department_id, r.department_name, r.fiscal_year, r.kind,
	a.code, a.severity,
	CASE a.severity WHEN 'high' THEN '高' WHEN 'medium' THEN '中' ELSE '低' END AS severity_label,
	CASE a.severity WHEN 'high' THEN 0 WHEN 'medium' THEN 1 ELSE 2 END AS severity_rank,
	a.subject, a.value::DOUBLE AS value, a.threshold::DOUBLE AS threshold, a.message
FROM a JOIN reports r ON r.report_id = a.report_id`
};

/** Every metric view, in creation order (each may use the ones before it). */
export const METRIC_VIEWS: ViewDef[] = [
	budgetExecution,
	staffing,
	structure,
	yoy,
	sangong,
	indicators,
	scoreSummary,
	scoreDimensions,
	targetVsOutcome,
	reportKpi,
	departmentYear,
	alerts
];

/** CREATE VIEW statements of the metric views, in dependency order (after the base views). */
export function createMetricViewStatements(): string[] {
	return METRIC_VIEWS.map((v) => `CREATE OR REPLACE VIEW ${v.name} AS ${v.sql.trim()}`);
}

/* ------------------------------------------------------------------ named queries */

const where = (col: string, v?: string) => (v ? `WHERE ${col} = ${sqlString(v)}` : '');

/** KPI rows for the leader dashboard (optionally one report). */
export function kpiQuery(reportId?: string): string {
	return `SELECT * FROM m_report_kpi ${where('report_id', reportId)} ORDER BY fiscal_year DESC, department_name, kind`;
}

/** Alerts, most severe first (optionally one report). */
export function alertsQuery(reportId?: string): string {
	return `SELECT * FROM m_alerts ${where('report_id', reportId)} ORDER BY severity_rank, fiscal_year DESC, department_name, code, subject`;
}

/** Department-year rows of one department (all years) or all departments. */
export function departmentYearsQuery(departmentId?: string): string {
	return `SELECT * FROM m_department_year ${where('department_id', departmentId)} ORDER BY department_name, fiscal_year`;
}

/** Markdown documentation of every metric view (Chinese, for the README). */
export function metricViewsMarkdown(): string {
	const lines: string[] = [];
	for (const v of METRIC_VIEWS) {
		lines.push(`#### \`${v.name}\` ${v.zh}`, '', `每行：${v.grain}。`, '', '| 列 | 说明（单位、公式） |', '|---|---|');
		for (const [c, note] of Object.entries(v.columns)) lines.push(`| \`${c}\` | ${note.replace(/\|/g, '\\|')} |`);
		lines.push('');
	}
	return lines.join('\n');
}

/**
 * Replace every metric view by a table holding its rows (same name, same columns), in creation
 * order, so that pages query precomputed rows. Worth it for large datasets (100,000 reports:
 * the views take seconds each in duckdb-wasm); call after loadDataset. Idempotent per load.
 */
export async function materializeMetricViews(
	engine: { query: (sql: string) => Promise<unknown> },
	onStep?: (name: string, i: number, total: number) => void
): Promise<void> {
	for (let i = 0; i < METRIC_VIEWS.length; i++) {
		const v = METRIC_VIEWS[i];
		onStep?.(v.name, i, METRIC_VIEWS.length);
		await engine.query(`CREATE OR REPLACE TABLE ${v.name}__rows AS SELECT * FROM ${v.name}`);
		await engine.query(`DROP VIEW ${v.name}`);
		await engine.query(`ALTER TABLE ${v.name}__rows RENAME TO ${v.name}`);
	}
}
