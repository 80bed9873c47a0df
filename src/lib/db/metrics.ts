/**
 * The metric layer (指标层): every metric PerfLens shows is declared here once — what one row
 * is, its typed columns (Chinese label, unit, formula) and the SQL that computes it from the
 * stored figures (./tables.ts) and the base views (./views.ts). The DDL, the TypeScript row
 * types, the data dictionary and the queries of pages, draft facts, alerts, CLI and benchmark
 * (./queries.ts) all come from these declarations; nothing outside src/lib/db computes a metric.
 *
 * Created by loadDataset after the base views, in the order of METRIC_VIEWS (a view may use the
 * ones before it). Standard DuckDB SQL, no extensions.
 *
 * Definitions (the one definition of each ratio; the dictionary prints them)
 * - 预算执行率 = 决算支出 ÷ 调整预算 × 100, both in ONE fund scope: the budget scope of the report
 *   (e.g. 衡阳 2024: 一般公共预算 697.45 ÷ 762.85 = 91.43%).
 * - 人均支出 = 支出决算合计 ÷ 在职人数（含下属单位）: the spending total covers the subordinate
 *   units the reports merge into the department's accounts (湛江: 科技馆; 衡阳: 青少年科技活动中心
 *   "未予单独核算"), so the staff count includes them. 湛江 2024: 771.95 ÷ (14 + 6) = 38.60.
 * - A total or ratio over departments (m_year_kpi) takes numerator and denominator over the
 *   same departments and says how many (`*_departments`).
 * - Stated and computed values sit side by side (`stated_*` beside the computed column); none
 *   replaces the other.
 *
 * Conventions
 * - Money in 万元, percentages in percent (58.12 means 58.12 %), rounded to two decimals.
 * - A figure the report does not state stays NULL; NULL is left out of sums and averages,
 *   never counted as 0. A ratio whose divisor is 0 or NULL is NULL.
 * - Year-on-year changes come from two sources kept apart:
 *   `*_records_*`  — the same department's record of the previous year (both years on file);
 *   `*_stated_*`   — the prior-year figure stated inside this report (上年数), or derived from
 *                    the stated change amount (本年数 − 所述增减额).
 * - Scope preference: 部门整体 → 财政拨款 → 一般公共预算 → 其他资金; a metric takes all its
 *   figures from ONE scope and returns it (`scope`).
 *
 * Pure: no I/O, runs in Node and in the browser.
 */
import { SCOPE_LABEL } from '../schema/report';
import { bool, int, num, pct, persons, pts, text, wan, wanPerHead, type Column } from './columns';
import { tableDef } from './tables';
import {
	changePct,
	departmentKindRank,
	GRADE_RULE,
	gradeOf,
	isDepartmentKind,
	labelOf,
	literal,
	pctOf,
	perHead,
	r2,
	rankOf,
	scopeRank,
	yearRank
} from './fragments';
import * as V from './views';
import { REPORT_COLUMNS } from './views';
import { pick, view, type ViewDecl } from './view';

/** Thresholds used by the status and alert columns (documented in the data dictionary). */
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

/** The labels of the alert codes of m_alerts. */
export const ALERT_LABEL = {
	low_execution: '预算执行率偏低',
	sangong_over_budget: '“三公”经费超预算',
	indicator_missed: '绩效指标未达成',
	indicator_over: '指标超额过多',
	unit_mismatch: '疑似单位不一致',
	grade_below_good: '绩效等级低于良',
	grade_inconsistent: '等级与得分不符',
	target_below_actual: '新目标低于上年实绩',
	undisclosed: '关键数字未披露'
} as const;
export type AlertCode = keyof typeof ALERT_LABEL;

/** Severities of m_alerts, most severe first. */
export const ALERT_SEVERITY_LABEL = { high: '高', medium: '中', low: '低' } as const;

/** Status of an indicator in m_indicators. */
export const INDICATOR_STATUS_LABEL = {
	met: '达成',
	missed: '未达成',
	over: '超额过多（目标可能偏低）',
	no_actual: '未填实际值',
	not_computable: '定性或时限目标，不计算'
} as const;

/** Grades counted by m_year_grades: the grade bands, then 未评分 (no score disclosed). */
export const GRADE_ROWS = ['优', '良', '中', '差', '未评分'] as const;

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

const REPORT_SELECT = 'r.report_id, r.department_id, r.department_name, r.fiscal_year, r.kind';
const scopeColumns = (what: string) => [text('scope', `${what}所用资金范围代码`), text('scope_label', `${what}所用资金范围`)] as const;
const REGION_COLUMNS = [
	text('dept_type', '部门类型'),
	text('province', '省'),
	text('city', '市'),
	text('district', '区/县'),
	text('level', '行政级次')
] as const;

/* ------------------------------------------------------------------ budget execution */

export const budgetExecution = view({
	name: 'm_budget_execution',
	zh: '预算执行：执行率、调整率、结转结余',
	grain: '一份报告一行（取同一资金范围的预算与决算）',
	columns: [
		...REPORT_COLUMNS,
		...scopeColumns('预算与决算'),
		text('budget_flow', '预算数取自', { note: 'expenditure 支出预算 / income 收入预算（支出预算未披露时用收入预算，收支平衡）' }),
		wan('budget_initial_wan', '年初预算', { note: '未披露为空' }),
		text('budget_initial_quote', '年初预算出处引文'),
		wan('budget_addition_stated_wan', '所述年中追加/调减', { note: '追加为正、调减为负' }),
		wan('budget_adjusted_wan', '调整预算', { note: '全年预算：所述调整预算；无则所述预算数；再无则 年初预算 + 年中追加' }),
		text('budget_adjusted_source', '调整预算来源', { note: 'adjusted 所述调整预算 / budget 所述预算数 / initial_plus_addition 年初+追加' }),
		text('budget_adjusted_quote', '调整预算出处引文'),
		wan('budget_addition_computed_wan', '计算年中追加/调减', { formula: '调整预算 − 年初预算' }),
		pct('adjustment_rate_pct', '预算调整率', { formula: '(调整预算 − 年初预算) ÷ 年初预算 × 100', note: '正为追加、负为调减' }),
		wan('execution_final_wan', '决算支出（同口径）', { note: '与调整预算同一资金范围' }),
		text('execution_final_quote', '决算支出出处引文'),
		pct('execution_rate_pct', '预算执行率', { formula: '决算支出（同口径） ÷ 调整预算 × 100' }),
		pct('stated_execution_rate_pct', '所述预算执行率', { note: '报告所写完成率/支出率，与计算值并列' }),
		pct('execution_rate_gap_pct', '执行率差', { formula: '所述执行率 − 计算执行率', note: '百分点' }),
		wan('income_final_wan', '本年收入决算', { note: '同一资金范围' }),
		wan('opening_balance_wan', '年初结转和结余', { note: '所述' }),
		wan('closing_balance_stated_wan', '所述年末结转和结余'),
		wan('closing_balance_computed_wan', '计算年末结转和结余', { formula: '年初结转 + 本年收入 − 决算支出', note: '任一未披露为空' }),
		pct('carryover_rate_pct', '结转结余率', { formula: '年末结转和结余（所述，无则计算） ÷ 调整预算 × 100', note: '财预〔2013〕53号' })
	],
	sql: `
WITH f AS (
	SELECT report_id, scope,
		max(value_wan) FILTER (WHERE flow = 'expenditure' AND stage = 'final' AND year = fiscal_year) AS spending_final,
		max(quote) FILTER (WHERE flow = 'expenditure' AND stage = 'final' AND year = fiscal_year) AS spending_final_quote,
		max(stated_execution_rate_pct) FILTER (WHERE flow = 'expenditure' AND year = fiscal_year) AS stated_exec,
		max(value_wan) FILTER (WHERE flow = 'expenditure' AND stage = 'initial' AND year = fiscal_year) AS e_initial,
		max(value_wan) FILTER (WHERE flow = 'expenditure' AND stage = 'addition' AND year = fiscal_year) AS e_addition,
		max(value_wan) FILTER (WHERE flow = 'expenditure' AND stage = 'adjusted' AND year = fiscal_year) AS e_adjusted,
		max(value_wan) FILTER (WHERE flow = 'expenditure' AND stage = 'budget' AND year = fiscal_year) AS e_budget,
		max(quote) FILTER (WHERE flow = 'expenditure' AND stage = 'initial' AND year = fiscal_year) AS e_initial_quote,
		max(quote) FILTER (WHERE flow = 'expenditure' AND stage = 'adjusted' AND year = fiscal_year) AS e_adjusted_quote,
		max(quote) FILTER (WHERE flow = 'expenditure' AND stage = 'budget' AND year = fiscal_year) AS e_budget_quote,
		max(value_wan) FILTER (WHERE flow = 'income' AND stage = 'initial' AND year = fiscal_year) AS i_initial,
		max(value_wan) FILTER (WHERE flow = 'income' AND stage = 'addition' AND year = fiscal_year) AS i_addition,
		max(value_wan) FILTER (WHERE flow = 'income' AND stage = 'adjusted' AND year = fiscal_year) AS i_adjusted,
		max(value_wan) FILTER (WHERE flow = 'income' AND stage = 'budget' AND year = fiscal_year) AS i_budget,
		max(quote) FILTER (WHERE flow = 'income' AND stage = 'initial' AND year = fiscal_year) AS i_initial_quote,
		max(quote) FILTER (WHERE flow = 'income' AND stage = 'adjusted' AND year = fiscal_year) AS i_adjusted_quote,
		max(quote) FILTER (WHERE flow = 'income' AND stage = 'budget' AND year = fiscal_year) AS i_budget_quote,
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
		CASE budget_flow WHEN 'expenditure' THEN e_budget ELSE i_budget END AS b_budget,
		CASE budget_flow WHEN 'expenditure' THEN e_initial_quote ELSE i_initial_quote END AS b_initial_quote,
		CASE budget_flow WHEN 'expenditure' THEN coalesce(e_adjusted_quote, e_budget_quote) ELSE coalesce(i_adjusted_quote, i_budget_quote) END AS b_adjusted_quote
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
		(adjusted IS NOT NULL OR b_initial IS NOT NULL) DESC, ${scopeRank('scope')}) AS rn
	FROM k
)
SELECT ${REPORT_SELECT},
	p.scope, ${labelOf('p.scope', SCOPE_LABEL)} AS scope_label, p.budget_flow,
	p.b_initial AS budget_initial_wan, p.b_initial_quote AS budget_initial_quote, p.b_addition AS budget_addition_stated_wan,
	p.adjusted AS budget_adjusted_wan, p.adjusted_source AS budget_adjusted_source, p.b_adjusted_quote AS budget_adjusted_quote,
	${r2('p.adjusted - p.b_initial')} AS budget_addition_computed_wan,
	${changePct('p.adjusted', 'p.b_initial')} AS adjustment_rate_pct,
	p.spending_final AS execution_final_wan, p.spending_final_quote AS execution_final_quote,
	${pctOf('p.spending_final', 'p.adjusted')} AS execution_rate_pct,
	p.stated_exec AS stated_execution_rate_pct,
	${r2(`p.stated_exec - ${pctOf('p.spending_final', 'p.adjusted')}`)} AS execution_rate_gap_pct,
	p.income_final AS income_final_wan,
	p.opening AS opening_balance_wan,
	p.closing AS closing_balance_stated_wan,
	${r2('p.opening + p.income_final - p.spending_final')} AS closing_balance_computed_wan,
	${pctOf('coalesce(p.closing, p.opening + p.income_final - p.spending_final)', 'p.adjusted')} AS carryover_rate_pct
FROM reports r LEFT JOIN pick p ON p.report_id = r.report_id AND p.rn = 1`
});

/* ------------------------------------------------------------------ staffing */

export const staffing = view({
	name: 'm_staffing',
	zh: '人员编制：在职人数、编制数与在职人员控制率',
	grain: '一份报告一行',
	columns: [
		...REPORT_COLUMNS,
		persons('own_authorized', '本级核定编制', { note: '有“合计”行取合计，否则各类编制相加' }),
		persons('own_actual', '本级在职人数'),
		persons('own_retired', '本级离退休人数'),
		persons('all_authorized', '核定编制（含下属单位）'),
		persons('all_actual', '在职人数（含下属单位）', { formula: '本级在职人数 + 各下属单位在职人数' }),
		persons('contracted', '外聘/劳务派遣人数'),
		persons('financed', '财政供养人员数', { note: '所述' }),
		pct('staffing_control_pct', '在职人员控制率（本级）', { formula: '本级在职人数 ÷ 本级核定编制 × 100', note: '> 100 即超编' }),
		pct('all_staffing_control_pct', '在职人员控制率（含下属单位）', { formula: '在职人数（含下属单位） ÷ 核定编制（含下属单位） × 100' })
	],
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
SELECT ${REPORT_SELECT},
	a.own_authorized, a.own_actual, a.own_retired, a.all_authorized, a.all_actual, a.contracted, a.financed,
	${pctOf('a.own_actual', 'a.own_authorized')} AS staffing_control_pct,
	${pctOf('a.all_actual', 'a.all_authorized')} AS all_staffing_control_pct
FROM reports r LEFT JOIN a ON a.report_id = r.report_id`
});

/* ------------------------------------------------------------------ structure */

export const budgetStructure = view({
	name: 'm_budget_structure',
	zh: '支出结构：基本/项目、人员/公用占比',
	grain: '一份报告一行（本年决算，同一资金范围）',
	columns: [
		...REPORT_COLUMNS,
		...scopeColumns('支出结构'),
		wan('basic_wan', '基本支出决算'),
		wan('project_wan', '项目支出决算'),
		pct('basic_share_pct', '基本支出占比', { formula: '基本支出 ÷ (基本支出 + 项目支出) × 100' }),
		pct('basic_share_stated_pct', '所述基本支出占比', { note: '与计算值并列' }),
		pct('project_share_pct', '项目支出占比', { formula: '项目支出 ÷ (基本支出 + 项目支出) × 100' }),
		wan('personnel_wan', '人员经费决算'),
		wan('public_wan', '日常公用经费决算'),
		pct('personnel_share_pct', '人员经费占比', { formula: '人员经费 ÷ (人员经费 + 日常公用经费) × 100' }),
		pct('public_share_pct', '公用经费占比', { formula: '日常公用经费 ÷ (人员经费 + 日常公用经费) × 100' })
	],
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
		(personnel IS NOT NULL AND public IS NOT NULL) DESC, ${scopeRank('scope')}) AS rn
	FROM n
)
SELECT ${REPORT_SELECT},
	p.scope, ${labelOf('p.scope', SCOPE_LABEL)} AS scope_label,
	p.basic AS basic_wan, p.project AS project_wan,
	${pctOf('p.basic', 'p.basic + p.project')} AS basic_share_pct,
	p.basic_stated AS basic_share_stated_pct,
	${pctOf('p.project', 'p.basic + p.project')} AS project_share_pct,
	p.personnel AS personnel_wan, p.public AS public_wan,
	${pctOf('p.personnel', 'p.personnel + p.public')} AS personnel_share_pct,
	${pctOf('p.public', 'p.personnel + p.public')} AS public_share_pct
FROM reports r LEFT JOIN p ON p.report_id = r.report_id AND p.rn = 1`
});

/* ------------------------------------------------------------------ year on year */

const MEASURE_LABEL = { income: '收入合计', spending: '支出合计', basic: '基本支出', project: '项目支出', personnel: '人员经费', public: '日常公用经费' };

/**
 * The previous year's report of each department: its self-evaluation (a department kind with
 * finals; a target table has none, and a project record's money is the project's, not the
 * department's). Joined only to a department-kind report (a project record has no prior here).
 */
const PREVIOUS_REPORT = `
	SELECT r.report_id, r.department_id, r.fiscal_year,
		row_number() OVER (PARTITION BY r.department_id, r.fiscal_year ORDER BY r.report_id) AS rn
	FROM reports r WHERE r.kind = 'self_evaluation'`;

/** Year on year from the previous year's record (both years on file). */
const RECORDS_CHANGE = [
	text('prior_report_id', '上一年度报告编号', { note: '同部门，两年记录均在库时' }),
	wan('prior_records_wan', '上年决算数（两年记录）', { note: '上一年度报告中同指标（同项目）、同资金范围的本年数' }),
	wan('change_records_wan', '同比增减额（两年记录）', { formula: '本年 − 上年记录数' }),
	pct('change_records_pct', '同比增减率（两年记录）', { formula: '(本年 − 上年记录数) ÷ 上年记录数 × 100' })
] as const;

/** Year on year as the report states it. */
const STATED_CHANGE = [
	wan('prior_stated_wan', '所述上年数', { note: '报告直接陈述的上年决算；无则 本年数 − 所述增减额' }),
	wan('stated_change_amount_wan', '所述增减额', { note: '减少为负' }),
	pct('stated_change_pct', '所述增减幅度', { note: '下降为负；与计算值并列' })
] as const;

export const budgetYoy = view({
	name: 'm_budget_yoy',
	zh: '收支同比：收入、支出、基本/项目、人员/公用及各经济分类',
	grain: '报告 × 指标 一行（本年决算；资金范围按优先顺序取一个）',
	columns: [
		...REPORT_COLUMNS,
		text('measure', '指标代码', { note: 'income 收入合计 / spending 支出合计 / basic 基本支出 / project 项目支出 / personnel 人员经费 / public 日常公用经费 / economic:<经济分类名>' }),
		text('measure_label', '指标名称'),
		text('scope', '资金范围代码'),
		wan('current_wan', '本年决算数', { note: '首次陈述' }),
		...RECORDS_CHANGE,
		...STATED_CHANGE,
		text('prior_stated_basis', '所述上年数来源', { note: 'stated_prior 直接陈述 / stated_change 由所述增减额推出' }),
		wan('change_stated_wan', '同比增减额（报告所述口径）', { formula: '本年 − 所述上年数' }),
		pct('change_stated_pct', '同比增减率（报告所述口径）', { formula: '(本年 − 所述上年数) ÷ 所述上年数 × 100' })
	],
	sql: `
WITH l AS (
	SELECT b.report_id, r.department_id, r.fiscal_year, r.kind, b.scope, b.year, b.value_wan, b.ordinal,
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
	SELECT report_id, department_id, fiscal_year, kind, measure, scope,
		arg_min(value_wan, ordinal) FILTER (WHERE year = fiscal_year) AS current_wan,
		arg_min(value_wan, ordinal) FILTER (WHERE year = fiscal_year - 1) AS prior_stated_direct,
		arg_min(change_amount_wan, ordinal) FILTER (WHERE year = fiscal_year AND change_amount_wan IS NOT NULL) AS chg_amt,
		arg_min(change_pct, ordinal) FILTER (WHERE year = fiscal_year AND change_pct IS NOT NULL) AS chg_pct
	FROM l WHERE measure IS NOT NULL
	GROUP BY report_id, department_id, fiscal_year, kind, measure, scope
),
cc AS (
	SELECT *, row_number() OVER (PARTITION BY report_id, measure ORDER BY current_wan IS NOT NULL DESC, ${scopeRank('scope')}) AS rn
	FROM c
),
prev AS (${PREVIOUS_REPORT}
),
x AS (
	SELECT cc.*, pr.report_id AS prior_report_id, pc.current_wan AS prior_records_wan,
		coalesce(cc.prior_stated_direct, ${r2('cc.current_wan - cc.chg_amt')}) AS prior_stated_wan,
		CASE WHEN cc.prior_stated_direct IS NOT NULL THEN 'stated_prior'
			WHEN cc.current_wan - cc.chg_amt IS NOT NULL THEN 'stated_change' END AS prior_stated_basis
	FROM cc
	-- the condition on the left row alone is folded into the key (NULL: no match): a hash join, not a nested loop
	LEFT JOIN prev pr ON pr.department_id = CASE WHEN ${isDepartmentKind('cc.kind')} THEN cc.department_id END AND pr.fiscal_year = cc.fiscal_year - 1 AND pr.rn = 1
	LEFT JOIN c pc ON pc.report_id = pr.report_id AND pc.measure = cc.measure AND pc.scope = cc.scope
	WHERE cc.rn = 1 AND cc.current_wan IS NOT NULL
)
SELECT ${REPORT_SELECT},
	x.measure, coalesce(${labelOf('x.measure', MEASURE_LABEL)}, substr(x.measure, 10)) AS measure_label, x.scope,
	x.current_wan, x.prior_report_id, x.prior_records_wan,
	${r2('x.current_wan - x.prior_records_wan')} AS change_records_wan,
	${changePct('x.current_wan', 'x.prior_records_wan')} AS change_records_pct,
	x.prior_stated_wan, x.prior_stated_basis,
	x.chg_amt AS stated_change_amount_wan, x.chg_pct AS stated_change_pct,
	${r2('x.current_wan - x.prior_stated_wan')} AS change_stated_wan,
	${changePct('x.current_wan', 'x.prior_stated_wan')} AS change_stated_pct
FROM x JOIN reports r ON r.report_id = x.report_id`
});

/* ------------------------------------------------------------------ 三公 */

export const sangong = view({
	name: 'm_sangong',
	zh: '“三公”经费：预算与决算、控制率、同比',
	grain: '报告 × 项目 一行（本年；资金范围按优先顺序取一个，全报告一致）',
	columns: [
		...REPORT_COLUMNS,
		text('item', '项目代码', { note: 'total 合计 / abroad 因公出国(境) / vehicle 公务用车购置及运行维护 / vehicle_purchase 购置 / vehicle_operation 运行维护 / reception 公务接待', required: true }),
		text('item_label', '项目', { required: true }),
		int('item_order', '项目排序', { note: '合计在前', required: true }),
		...scopeColumns('“三公”经费'),
		wan('budget_wan', '预算数', { note: '未披露为空' }),
		text('budget_quote', '预算数出处引文'),
		wan('final_wan', '决算数', { note: '未披露为空' }),
		text('final_quote', '决算数出处引文'),
		pct('control_rate_pct', '“三公”经费控制率（执行率）', { formula: '决算 ÷ 预算 × 100' }),
		pct('stated_execution_rate_pct', '所述执行率', { note: '与计算值并列' }),
		bool('over_budget', '决算超预算', { formula: `决算 > 预算 + ${T.moneyTolerance} 万元`, note: '任一未披露为空' }),
		wan('saving_wan', '节约额', { formula: '预算 − 决算' }),
		...RECORDS_CHANGE,
		...STATED_CHANGE,
		pct('change_stated_pct', '同比增减率（报告所述口径）', { formula: '(本年 − 所述上年数) ÷ 所述上年数 × 100' }),
		int('peer_reports', '同年度同类报告中可比的其他报告数', { note: '合计行：同年度、同报告类型、预算与决算均披露的其他报告' }),
		pct('peer_control_rate_avg_pct', '同年度其他部门平均控制率', { formula: '各可比报告“三公”经费控制率的算术平均', note: '只在合计行' })
	],
	sql: `
WITH cur AS (
	SELECT v.* FROM v_sangong v WHERE v.year = v.fiscal_year
),
-- the figures of cur that the scope choice, the prior year's record and the peers read: one
-- narrow grouping shared by the three, so that cur itself is read once (by x, inlined) and a
-- query of a few columns of the total rows groups only those lines
curf AS (
	SELECT report_id, item, scope, fiscal_year, kind, budget_wan, final_wan FROM v_sangong WHERE year = fiscal_year
),
sc AS (
	SELECT report_id, scope, row_number() OVER (PARTITION BY report_id ORDER BY
		max(CASE WHEN item = 'total' AND final_wan IS NOT NULL THEN 1 ELSE 0 END) DESC,
		count(final_wan) DESC, ${scopeRank('scope')}) AS rn
	FROM curf GROUP BY report_id, scope
),
prior_stated AS (
	SELECT report_id, item, scope, final_wan FROM v_sangong WHERE year = fiscal_year - 1
),
prev AS (${PREVIOUS_REPORT}
),
x AS (
	SELECT c.*, pr.report_id AS prior_report_id, pc.final_wan AS prior_records_wan,
		coalesce(ps.final_wan, ${r2('c.final_wan - c.stated_change_amount_wan')}) AS prior_stated_wan,
		${pctOf('c.final_wan', 'c.budget_wan')} AS control_rate_pct
	FROM cur c
	JOIN sc ON sc.report_id = c.report_id AND sc.scope = c.scope AND sc.rn = 1
	LEFT JOIN prior_stated ps ON ps.report_id = c.report_id AND ps.item = c.item AND ps.scope = c.scope
	-- a condition on the left row alone is folded into the key (NULL: no match), so that the join is a hash join, not a nested loop
	LEFT JOIN prev pr ON pr.department_id = CASE WHEN ${isDepartmentKind('c.kind')} THEN c.department_id END AND pr.fiscal_year = c.fiscal_year - 1 AND pr.rn = 1
	LEFT JOIN curf pc ON pc.report_id = pr.report_id AND pc.item = c.item AND pc.scope = c.scope
),
peer_year AS (
	-- the year's reports of each kind with a control rate (the total row of the scope taken): their
	-- count and sum, from curf and sc, not from x, so that x is read once (inlined, not materialized:
	-- a query of a few columns reads only those)
	SELECT fiscal_year, kind, count(*) AS n, sum(control_rate_pct::DECIMAL(38, 2)) AS total
	FROM (SELECT c.fiscal_year, c.kind, ${pctOf('c.final_wan', 'c.budget_wan')} AS control_rate_pct
		FROM curf c JOIN sc ON sc.report_id = c.report_id AND sc.scope = c.scope AND sc.rn = 1
		WHERE c.item = 'total')
	WHERE control_rate_pct IS NOT NULL
	GROUP BY fiscal_year, kind
),
y AS (
	-- the other reports of the same year and kind with a control rate: the year's count and sum
	-- less the report's own (one grouping, not every report paired with every other; the year's
	-- key folded to NULL off the total row, so that the join is a hash join)
	SELECT x.*, CASE WHEN x.item = 'total' THEN coalesce(g.n, 0) - (x.control_rate_pct IS NOT NULL)::INTEGER END AS peer_n,
		g.total - coalesce(x.control_rate_pct::DECIMAL(38, 2), 0) AS peer_total
	FROM x LEFT JOIN peer_year g ON g.fiscal_year = CASE WHEN x.item = 'total' THEN x.fiscal_year END AND g.kind = x.kind
)
SELECT x.report_id, x.department_id, x.department_name, x.fiscal_year, x.kind,
	x.item, x.item_label, x.item_order, x.scope, ${labelOf('x.scope', SCOPE_LABEL)} AS scope_label,
	x.budget_wan, x.budget_quote, x.final_wan, x.final_quote,
	x.control_rate_pct, x.stated_execution_rate_pct,
	(x.final_wan > x.budget_wan + ${T.moneyTolerance}) AS over_budget,
	${r2('x.budget_wan - x.final_wan')} AS saving_wan,
	x.prior_report_id, x.prior_records_wan,
	${r2('x.final_wan - x.prior_records_wan')} AS change_records_wan,
	${changePct('x.final_wan', 'x.prior_records_wan')} AS change_records_pct,
	x.prior_stated_wan, x.stated_change_amount_wan, x.stated_change_pct,
	${changePct('x.final_wan', 'x.prior_stated_wan')} AS change_stated_pct,
	x.peer_n AS peer_reports,
	CASE WHEN x.peer_n > 0 THEN round(x.peer_total / x.peer_n, 2)::DOUBLE END AS peer_control_rate_avg_pct
FROM y x`
});

/* ------------------------------------------------------------------ indicators */

export const indicators = view({
	name: 'm_indicators',
	zh: '绩效指标完成情况：按目标运算符计算完成率与状态',
	grain: '一个绩效指标一行',
	columns: [
		...REPORT_COLUMNS,
		...pick(V.indicators, ['ordinal', 'task_name', 'level1', 'level2', 'name']),
		text('name_norm', '规范化名称', { note: '去括号内单位、空白与符号，用于跨年匹配' }),
		...pick(V.indicators, ['unit', 'target_op', 'target_value', 'target_value2', 'target_unit', 'target_text', 'actual_value', 'actual_unit', 'actual_text']),
		bool('computable', '可计算', { note: '目标为 ≥ > ≤ < = 或区间，且目标值与实际值均为数字' }),
		pct('computed_completion_pct', '计算完成率', {
			formula: '≥X、>X、X → 实际 ÷ X（不封顶）；≤X、<X → 达标为 100，否则 X ÷ 实际；区间 a-b → 区间内及高于上限为 100，低于下限为 实际 ÷ a；=X → 相等为 100，否则为空',
			note: '定性、时限目标不计算'
		}),
		pct('stated_completion_pct', '所述完成率', { note: '与计算值并列' }),
		pct('completion_gap_pct', '完成率差', { formula: '所述完成率 − 计算完成率', note: '百分点' }),
		num('actual_to_target', '实际值是目标值的倍数', { formula: '实际 ÷ 目标（≥、> 目标）', note: '倍' }),
		text('status', '状态', { note: `met 达成 / missed 未达成 / over 超额过多（完成率 ≥ ${T.indicatorOverPct}% 或高于区间上限，目标可能偏低）/ no_actual 未填实际值 / not_computable 定性或时限目标` }),
		text('status_label', '状态（中文）'),
		bool('met', '达成', { note: 'met、over 为是，missed 为否，其余为空' }),
		bool('above_range', '实际值高于区间上限', { note: '达成但提示' }),
		bool('unit_mismatch_suspected', '疑似单位不一致', { note: `计算完成率 ≥ ${T.unitMismatchPct}%，或目标单位与实际值单位不同，或指标单位含“万”而实际值 ≥ 10000` }),
		text('unit_mismatch_reason', '疑似单位不一致的原因'),
		text('flag', '标记', { note: '疑似单位不一致 / 未完成 / 超出区间 / 偏离度过大 / 实际值非数值 / 实际值未披露 / 目标未披露，不计算完成率 / 定性指标，不计算完成率 / 已完成' }),
		...pick(V.indicators, ['max', 'score', 'target_quote', 'actual_quote'])
	],
	sql: `
WITH i AS (
	SELECT v.*,
		${NAME_NORM('v.name')} AS name_norm,
		(v.target_op IN ('>=', '>', '<=', '<', '=', 'range') AND v.target_value IS NOT NULL AND v.actual_value IS NOT NULL) AS computable
	FROM v_indicators v
),
c AS (
	SELECT *,
		CASE WHEN NOT computable THEN NULL
			WHEN target_op IN ('>=', '>') THEN ${pctOf('actual_value', 'target_value')}
			WHEN target_op IN ('<=', '<') THEN CASE
				WHEN (target_op = '<=' AND actual_value <= target_value) OR (target_op = '<' AND actual_value < target_value) THEN 100.0
				ELSE ${pctOf('target_value', 'actual_value')} END
			WHEN target_op = 'range' THEN CASE WHEN actual_value < target_value THEN ${pctOf('actual_value', 'target_value')} ELSE 100.0 END
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
		coalesce(target_op = 'range' AND target_value2 IS NOT NULL AND actual_value > target_value2, false) AS above_range,
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
	${r2('stated_completion_pct - completion')} AS completion_gap_pct,
	CASE WHEN computable AND target_op IN ('>=', '>') AND target_value <> 0 THEN ${r2('actual_value / target_value')} END AS actual_to_target,
	status, ${labelOf('status', INDICATOR_STATUS_LABEL)} AS status_label,
	CASE WHEN status IN ('met', 'over') THEN true WHEN status = 'missed' THEN false END AS met,
	above_range,
	(mismatch_reason IS NOT NULL) AS unit_mismatch_suspected, mismatch_reason AS unit_mismatch_reason,
	CASE
		WHEN mismatch_reason IS NOT NULL THEN '疑似单位不一致'
		WHEN status = 'missed' THEN '未完成'
		WHEN above_range THEN '超出区间'
		WHEN status = 'over' THEN '偏离度过大'
		WHEN status = 'no_actual' AND kind = 'self_evaluation' AND actual_text IS NOT NULL THEN '实际值非数值'
		WHEN status = 'no_actual' AND kind = 'self_evaluation' THEN '实际值未披露'
		WHEN status = 'not_computable' AND target_op IS NULL THEN '目标未披露，不计算完成率'
		WHEN status = 'not_computable' THEN '定性指标，不计算完成率'
		WHEN status = 'met' THEN '已完成'
	END AS flag,
	max, score, target_quote, actual_quote
FROM s`
});

/* ------------------------------------------------------------------ scores */

export const scoreSummary = view({
	name: 'm_score_summary',
	zh: '自评得分与等级',
	grain: '一份有评分的报告一行',
	columns: [
		...REPORT_COLUMNS,
		pts('score_total', '自评总得分', { note: '所述' }),
		pts('score_max', '总分值', { note: '所述分值，未述按 100' }),
		bool('score_max_assumed', '总分值按 100 推定'),
		pct('score_rate_pct', '总得分率', { formula: '总得分 ÷ 总分值 × 100' }),
		pts('points_lost', '失分', { formula: '总分值 − 总得分' }),
		text('grade', '计算等级', { formula: GRADE_RULE }),
		text('grade_stated', '所述等级', { note: '与计算等级并列' }),
		bool('grade_consistent', '所述等级与计算等级一致', { note: '未述等级为空' }),
		pts('level1_score_sum', '一级指标得分之和'),
		pts('level1_max_sum', '一级指标分值之和'),
		bool('level1_sum_consistent', '一级指标得分之和与总得分一致', { note: `容差 ${T.scoreTolerance} 分` })
	],
	sql: `
WITH d AS (
	SELECT report_id, sum(score) AS s, sum(max) AS m FROM scores WHERE level = 1 GROUP BY report_id
)
SELECT ${REPORT_SELECT},
	r.score_total, coalesce(r.score_max, 100.0) AS score_max, (r.score_max IS NULL) AS score_max_assumed,
	${pctOf('r.score_total', 'coalesce(r.score_max, 100.0)')} AS score_rate_pct,
	${r2('coalesce(r.score_max, 100.0) - r.score_total')} AS points_lost,
	${gradeOf('r.score_total')} AS grade, r.grade_stated,
	CASE WHEN r.grade_stated IS NOT NULL THEN r.grade_stated = ${gradeOf('r.score_total')} END AS grade_consistent,
	${r2('d.s')} AS level1_score_sum, ${r2('d.m')} AS level1_max_sum,
	CASE WHEN d.s IS NOT NULL THEN abs(d.s - r.score_total) <= ${T.scoreTolerance} + 1e-9 END AS level1_sum_consistent
FROM reports r LEFT JOIN d ON d.report_id = r.report_id
WHERE r.score_total IS NOT NULL`
});

export const scoreDimensions = view({
	name: 'm_score_dimensions',
	zh: '评分维度：各一级、二级指标的得分率与失分',
	grain: '评分树中一个一级或二级节点一行',
	columns: [
		...REPORT_COLUMNS,
		...pick(V.scores, ['score_framework', 'ordinal', 'path', 'parent_path', 'level', 'name', 'max', 'score']),
		pct('score_rate_pct', '得分率', { formula: '得分 ÷ 分值 × 100' }),
		...pick(V.scores, ['stated_rate_pct']),
		pts('points_lost', '失分', { formula: '分值 − 得分' }),
		...pick(V.scores, ['assigned_by_finance', 'score_quote'])
	],
	sql: `
SELECT s.report_id, s.department_id, s.department_name, s.fiscal_year, s.kind, s.score_framework,
	s.ordinal, s.path, s.parent_path, s.level, s.name, s.max, s.score,
	${pctOf('s.score', 's.max')} AS score_rate_pct, s.stated_rate_pct,
	${r2('s.max - s.score')} AS points_lost, s.assigned_by_finance, s.score_quote
FROM v_scores s
WHERE s.level <= 2`
});

/* ------------------------------------------------------------------ targets vs outcomes */

export const targetVsOutcome = view({
	name: 'm_target_vs_outcome',
	zh: '目标与上年实绩：N+1 年目标表指标对照同部门 N 年自评实际值',
	grain: '目标表中一个（按规范化名称去重的）指标与上一年度自评中同名指标匹配一行',
	columns: [
		text('department_id', '部门编号', { required: true }),
		text('department_name', '部门名称', { required: true }),
		text('target_report_id', '目标表报告编号', { required: true }),
		int('target_year', '目标年度 N+1'),
		text('outcome_report_id', '自评报告编号'),
		int('outcome_year', '自评年度 N'),
		text('name_norm', '规范化指标名称', { note: '匹配键' }),
		text('target_name', '目标表中的指标名称'),
		text('level2', '二级指标'),
		text('target_op', '目标运算符'),
		num('target_value', '目标值', { note: '区间下限' }),
		num('target_value2', '区间上限'),
		text('target_unit', '目标单位'),
		text('target_text', '目标原文'),
		text('outcome_name', '自评中的指标名称'),
		text('outcome_target_text', '自评中当年的目标原文'),
		num('outcome_actual_value', '自评实际完成值'),
		text('outcome_actual_unit', '实际值单位'),
		text('outcome_actual_text', '实际值原文'),
		pct('outcome_completion_pct', '自评计算完成率', { note: 'm_indicators' }),
		pct('target_to_actual_pct', '新目标相当于上年实绩', { formula: '目标值（区间取上限） ÷ 上年实际值 × 100' }),
		bool('target_below_actual', '新目标低于上年实绩', { note: '≥ > = 区间型：目标值/上限 < 上年实际；≤ < 型不适用，为空' }),
		bool('unit_differs', '新目标单位与上年实际值单位不同'),
		text('message', '提示')
	],
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
	${pctOf('bound', 'outcome_actual_value')} AS target_to_actual_pct,
	CASE WHEN target_op IN ('>=', '>', '=', 'range') AND bound IS NOT NULL THEN bound < outcome_actual_value END AS target_below_actual,
	(target_unit IS NOT NULL AND outcome_actual_unit IS NOT NULL AND target_unit <> outcome_actual_unit) AS unit_differs,
	CASE WHEN target_op IN ('>=', '>', '=', 'range') AND bound < outcome_actual_value
		THEN target_year || ' 年目标“' || target_text || '”低于 ' || outcome_year || ' 年实际完成 ' || outcome_actual_text || CASE WHEN outcome_actual_unit IS NULL OR ends_with(outcome_actual_text, outcome_actual_unit) THEN '' ELSE outcome_actual_unit END || '，目标设置可能偏低'
	END AS message
FROM j`
});

/* ------------------------------------------------------------------ the key figures of a report */

export const reportKpi = view({
	name: 'm_report_kpi',
	zh: '每份报告的关键指标：预算执行、支出、“三公”、人均、得分、指标',
	grain: '一份报告一行',
	columns: [
		...REPORT_COLUMNS,
		text('kind_label', '报告类型'),
		...REGION_COLUMNS,
		bool('simulated', '是否模拟数据', { required: true }),
		text('budget_scope', '预算执行所用资金范围代码'),
		text('budget_scope_label', '预算执行所用资金范围'),
		wan('budget_initial_wan', '年初预算'),
		wan('budget_adjusted_wan', '调整预算', { note: 'm_budget_execution' }),
		text('budget_adjusted_source', '调整预算来源'),
		wan('execution_final_wan', '决算支出（同口径）', { note: '与调整预算同一资金范围' }),
		pct('execution_rate_pct', '预算执行率', { formula: '决算支出（同口径） ÷ 调整预算 × 100' }),
		pct('stated_execution_rate_pct', '所述预算执行率', { note: '与计算值并列' }),
		pct('adjustment_rate_pct', '预算调整率', { formula: '(调整预算 − 年初预算) ÷ 年初预算 × 100' }),
		wan('spending_final_wan', '支出决算合计', { note: 'v_report_overview：本年，部门整体优先' }),
		text('spending_final_scope', '支出决算合计的资金范围'),
		wan('income_final_wan', '收入决算合计', { note: 'v_report_overview' }),
		wan('sangong_budget_wan', '“三公”经费预算合计'),
		wan('sangong_final_wan', '“三公”经费决算合计'),
		text('sangong_scope_label', '“三公”经费所用资金范围'),
		pct('sangong_control_rate_pct', '“三公”经费控制率（执行率）', { formula: '决算 ÷ 预算 × 100', note: '合计行，m_sangong' }),
		pct('sangong_stated_execution_rate_pct', '所述“三公”经费执行率', { note: '与计算值并列' }),
		wan('sangong_prior_wan', '“三公”经费上年决算', { note: '两年记录优先，无则报告所述上年数' }),
		text('sangong_change_source', '上年数来源', { note: 'records 两年记录 / stated 报告所述' }),
		pct('sangong_change_pct', '“三公”经费同比变动率', { formula: '(本年决算 − 上年决算) ÷ 上年决算 × 100' }),
		pct('sangong_stated_change_pct', '所述“三公”经费变动幅度', { note: '与计算值并列' }),
		persons('staff_actual', '在职人数（含下属单位）', { note: 'm_staffing.all_actual；人均指标的分母' }),
		persons('staff_own_actual', '本级在职人数', { note: '只作对照，不作分母' }),
		persons('staff_authorized', '核定编制（含下属单位）'),
		pct('staffing_control_pct', '在职人员控制率（本级）', { note: 'm_staffing' }),
		wanPerHead('spending_per_staff_wan', '人均支出', { formula: '支出决算合计 ÷ 在职人数（含下属单位）' }),
		wanPerHead('budget_per_staff_wan', '人均调整预算', { formula: '调整预算 ÷ 在职人数（含下属单位）' }),
		wanPerHead('sangong_per_staff_wan', '人均“三公”经费', { formula: '“三公”经费决算合计 ÷ 在职人数（含下属单位）', note: '四位小数' }),
		wanPerHead('basic_per_staff_wan', '人均基本支出', { formula: '基本支出 ÷ 在职人数（含下属单位）' }),
		wanPerHead('public_per_staff_wan', '人均公用经费', { formula: '日常公用经费 ÷ 在职人数（含下属单位）' }),
		pct('basic_share_pct', '基本支出占比', { note: 'm_budget_structure' }),
		pct('personnel_share_pct', '人员经费占比', { note: 'm_budget_structure' }),
		pts('score_total', '自评总得分'),
		text('grade', '计算等级', { formula: GRADE_RULE }),
		text('grade_stated', '所述等级', { note: '与计算等级并列' }),
		int('indicators_total', '绩效指标数'),
		int('indicators_qualitative', '定性或时限目标的指标数', { note: '目标运算符为 text 或 deadline' }),
		int('indicators_computable', '可计算完成率的指标数'),
		int('indicators_missed', '未达成指标数'),
		int('indicators_over', '超额过多指标数')
	],
	sql: `
WITH ind AS (
	SELECT report_id,
		count(*) AS n,
		count(*) FILTER (WHERE target_op IN ('text', 'deadline')) AS qualitative,
		count(*) FILTER (WHERE computable) AS computable,
		count(*) FILTER (WHERE status = 'missed') AS missed,
		count(*) FILTER (WHERE status = 'over') AS over
	FROM m_indicators GROUP BY report_id
),
k AS (
	SELECT ${REPORT_SELECT}, r.kind_label, r.dept_type, r.province, r.city, r.district, r.level, r.simulated,
		e.scope AS budget_scope, e.scope_label AS budget_scope_label,
		e.budget_initial_wan, e.budget_adjusted_wan, e.budget_adjusted_source, e.execution_final_wan,
		e.execution_rate_pct, e.stated_execution_rate_pct, e.adjustment_rate_pct,
		o.spending_final_wan, o.spending_final_scope, o.income_final_wan,
		g.budget_wan AS sangong_budget_wan, g.final_wan AS sangong_final_wan, g.scope_label AS sangong_scope_label,
		g.control_rate_pct AS sangong_control_rate_pct, g.stated_execution_rate_pct AS sangong_stated_execution_rate_pct,
		coalesce(g.prior_records_wan, g.prior_stated_wan) AS sangong_prior_wan,
		CASE WHEN g.prior_records_wan IS NOT NULL THEN 'records' WHEN g.prior_stated_wan IS NOT NULL THEN 'stated' END AS sangong_change_source,
		g.stated_change_pct AS sangong_stated_change_pct,
		st.all_actual AS staff_actual, st.own_actual AS staff_own_actual, st.all_authorized AS staff_authorized, st.staffing_control_pct,
		b.basic_wan, b.public_wan, b.basic_share_pct, b.personnel_share_pct,
		r.score_total, ${gradeOf('r.score_total')} AS grade, r.grade_stated,
		coalesce(ind.n, 0) AS indicators_total, coalesce(ind.qualitative, 0) AS indicators_qualitative,
		coalesce(ind.computable, 0) AS indicators_computable, coalesce(ind.missed, 0) AS indicators_missed, coalesce(ind.over, 0) AS indicators_over
	FROM reports r
	LEFT JOIN m_budget_execution e ON e.report_id = r.report_id
	LEFT JOIN v_report_overview o ON o.report_id = r.report_id
	LEFT JOIN m_sangong g ON g.report_id = r.report_id AND g.item = 'total'
	LEFT JOIN m_staffing st ON st.report_id = r.report_id
	LEFT JOIN m_budget_structure b ON b.report_id = r.report_id
	LEFT JOIN ind ON ind.report_id = r.report_id
)
SELECT *,
	${changePct('sangong_final_wan', 'sangong_prior_wan')} AS sangong_change_pct,
	${perHead('spending_final_wan', 'staff_actual')} AS spending_per_staff_wan,
	${perHead('budget_adjusted_wan', 'staff_actual')} AS budget_per_staff_wan,
	${perHead('sangong_final_wan', 'staff_actual', 4)} AS sangong_per_staff_wan,
	${perHead('basic_wan', 'staff_actual')} AS basic_per_staff_wan,
	${perHead('public_wan', 'staff_actual')} AS public_per_staff_wan
FROM k`
});

/* ------------------------------------------------------------------ projects */

/**
 * The projects a project record lists one by one (a 绩效目标申报表 or 自评总报告 that covers several
 * projects in one document, e.g. 井研县马踏镇 2023: 村组干部报酬 3,309,840.00 元 and 基层组织活动经费
 * 660,000.00 元): the `project` lines of the record's own year, top level only (a line whose parent
 * is another listed project is part of it), one fund scope per record (the preferred one that
 * lists projects), first statement of each stage.
 */
export const projectItems = view({
	name: 'm_project_items',
	zh: '项目记录所列的各个项目：一份记录列出几个项目时，每个项目的预算与执行',
	grain: '一份项目记录所列的一个项目一行（部门整体的报告不在此列）',
	columns: [
		...REPORT_COLUMNS,
		int('item_order', '在记录中的次序', { note: '1 起，按首次陈述', required: true }),
		text('project_name', '项目名称', { required: true }),
		...scopeColumns('预算与执行'),
		wan('budget_initial_wan', '年初预算', { note: '所述；未披露为空' }),
		wan('budget_adjusted_wan', '全年预算', { note: '所述调整预算；无则所述预算数；再无则 年初预算 + 年中追加' }),
		wan('execution_final_wan', '执行数', { note: '所述' }),
		pct('execution_rate_pct', '执行率', { formula: '执行数 ÷ 全年预算 × 100' }),
		pct('stated_execution_rate_pct', '所述执行率', { note: '与计算值并列' }),
		text('quote', '首次陈述的出处引文')
	],
	sql: `
WITH lines AS (
	SELECT b.report_id, b.item, b.scope, b.stage,
		arg_min(b.value_wan, b.ordinal) AS value_wan, min(b.ordinal) AS ordinal, arg_min(b.quote, b.ordinal) AS quote,
		arg_min(b.stated_execution_rate_pct, b.ordinal) FILTER (WHERE b.stated_execution_rate_pct IS NOT NULL) AS stated_rate
	FROM budget_lines b JOIN reports r ON r.report_id = b.report_id
	WHERE b.breakdown = 'project' AND b.flow = 'expenditure' AND b.year = r.fiscal_year AND NOT ${isDepartmentKind('r.kind')}
		AND b.item NOT IN ('合计', '小计', '总计')
		AND (b.parent IS NULL OR b.parent NOT IN (SELECT c.item FROM budget_lines c WHERE c.report_id = b.report_id AND c.breakdown = 'project'))
	GROUP BY b.report_id, b.item, b.scope, b.stage
),
sc AS (
	SELECT report_id, arg_min(scope, ${scopeRank('scope')}) AS scope FROM lines GROUP BY report_id
),
p AS (
	SELECT l.report_id, l.item, l.scope, min(l.ordinal) AS ordinal, arg_min(l.quote, l.ordinal) AS quote,
		arg_min(l.stated_rate, l.ordinal) FILTER (WHERE l.stated_rate IS NOT NULL) AS stated_rate,
		max(l.value_wan) FILTER (WHERE l.stage = 'initial') AS initial,
		max(l.value_wan) FILTER (WHERE l.stage = 'addition') AS addition,
		max(l.value_wan) FILTER (WHERE l.stage = 'adjusted') AS adjusted,
		max(l.value_wan) FILTER (WHERE l.stage = 'budget') AS budget,
		max(l.value_wan) FILTER (WHERE l.stage = 'final') AS final
	FROM lines l JOIN sc ON sc.report_id = l.report_id AND sc.scope = l.scope
	GROUP BY l.report_id, l.item, l.scope
)
SELECT ${REPORT_SELECT},
	row_number() OVER (PARTITION BY p.report_id ORDER BY p.ordinal)::INTEGER AS item_order,
	p.item AS project_name, p.scope, ${labelOf('p.scope', SCOPE_LABEL)} AS scope_label,
	p.initial AS budget_initial_wan, coalesce(p.adjusted, p.budget, p.initial + p.addition) AS budget_adjusted_wan,
	p.final AS execution_final_wan,
	${pctOf('p.final', 'coalesce(p.adjusted, p.budget, p.initial + p.addition)')} AS execution_rate_pct,
	p.stated_rate AS stated_execution_rate_pct, p.quote
FROM p JOIN reports r ON r.report_id = p.report_id`
});

/** How m_projects got a record's 年初预算 / 全年预算 / 执行数. */
export const PROJECT_TOTALS_SOURCE_LABEL = {
	stated: '所述合计',
	stated_project_spending: '所述项目支出',
	projects_sum: '所列项目合计'
} as const;

export const projects = view({
	name: 'm_projects',
	zh: '项目：每份项目记录（项目支出绩效自评、项目目标表、绩效评价）的预算、执行与得分',
	grain: '一份项目记录一行（报告类型不是部门整体的报告；其金额属于项目，从不计入部门的合计）',
	columns: [
		...REPORT_COLUMNS,
		text('kind_label', '报告类型'),
		...REGION_COLUMNS,
		bool('simulated', '是否模拟数据', { required: true }),
		text('title', '标题', { required: true }),
		text('project_name', '项目名称', { note: '报告所写；单位整体的项目报告未写单个项目名称时为空' }),
		text('project_code', '项目编码'),
		text('project_implementer', '实施单位（原文）'),
		int('project_count', '所涉项目个数', { note: '单位整体的项目报告所述（如“实施项目共15个”）' }),
		text('budget_scope_label', '预算与执行所用资金范围'),
		text('totals_source', '年初预算、全年预算、执行数的来源代码', {
			note: 'stated 所述合计（m_budget_execution）/ stated_project_spending 所述“项目支出”（无合计行时）/ projects_sum 所列各项目之和（两者都未写、记录逐个列出项目时）；三者都没有为空'
		}),
		text('totals_source_label', '金额来源', { note: Object.values(PROJECT_TOTALS_SOURCE_LABEL).join('/') }),
		int('projects_listed', '所列项目数', { note: 'm_project_items：记录逐个列出金额的项目', required: true }),
		wan('projects_listed_budget_wan', '所列项目全年预算之和', { note: '每个所列项目都写了才求和，否则为空' }),
		wan('projects_listed_final_wan', '所列项目执行数之和', { note: '每个所列项目都写了才求和，否则为空' }),
		wan('budget_initial_wan', '年初预算', { note: '所述合计；无则所述项目支出；再无则所列各项目之和（见 totals_source）；未披露为空' }),
		wan('budget_adjusted_wan', '全年预算', { note: '调整预算：所述全年预算；无则所述预算数；再无则 年初预算 + 年中追加（来源同上）' }),
		wan('execution_final_wan', '执行数', { note: '与全年预算同一资金范围、同一来源的决算（实际支出）' }),
		pct('execution_rate_pct', '执行率', { formula: '执行数 ÷ 全年预算 × 100' }),
		pct('stated_execution_rate_pct', '所述执行率', { note: '与计算值并列' }),
		pts('score_total', '自评得分', { note: '所述' }),
		pts('score_max', '满分', { note: '所述总分值' }),
		text('grade', '计算等级', { formula: GRADE_RULE }),
		text('grade_stated', '所述等级'),
		int('indicators_total', '绩效指标数'),
		int('indicators_computable', '可计算完成率的指标数'),
		int('indicators_met', '达成的指标数', { note: 'm_indicators.met（含超额过多）' }),
		int('indicators_missed', '未达成的指标数'),
		pct('indicators_met_pct', '指标达成率', { formula: '达成的指标数 ÷ 可计算完成率的指标数 × 100' })
	],
	sql: `
WITH ind AS (
	SELECT report_id, count(*) FILTER (WHERE met) AS met FROM m_indicators GROUP BY report_id
),
-- the record's 项目支出 line (a project record's total when it states no 合计), preferred scope
ps AS (
	SELECT report_id, arg_min(scope, ${scopeRank('scope')}) AS scope FROM budget_lines
	WHERE flow = 'expenditure' AND breakdown = 'nature' AND item = '项目支出' AND parent IS NULL GROUP BY report_id
),
n AS (
	SELECT b.report_id, any_value(b.scope) AS scope,
		arg_min(b.value_wan, b.ordinal) FILTER (WHERE b.stage = 'initial') AS initial,
		arg_min(b.value_wan, b.ordinal) FILTER (WHERE b.stage = 'addition') AS addition,
		arg_min(b.value_wan, b.ordinal) FILTER (WHERE b.stage = 'adjusted') AS adjusted,
		arg_min(b.value_wan, b.ordinal) FILTER (WHERE b.stage = 'budget') AS budget,
		arg_min(b.value_wan, b.ordinal) FILTER (WHERE b.stage = 'final') AS final
	FROM budget_lines b JOIN ps ON ps.report_id = b.report_id AND ps.scope = b.scope JOIN reports r ON r.report_id = b.report_id
	WHERE b.flow = 'expenditure' AND b.breakdown = 'nature' AND b.item = '项目支出' AND b.parent IS NULL AND b.year = r.fiscal_year
	GROUP BY b.report_id
),
-- the projects the record lists: a stage is summed only when every listed project states it
s AS (
	SELECT report_id, count(*) AS listed, any_value(scope) AS scope,
		CASE WHEN count(budget_initial_wan) = count(*) THEN round(sum(budget_initial_wan), 6) END AS initial,
		CASE WHEN count(budget_adjusted_wan) = count(*) THEN round(sum(budget_adjusted_wan), 6) END AS adjusted,
		CASE WHEN count(execution_final_wan) = count(*) THEN round(sum(execution_final_wan), 6) END AS final
	FROM m_project_items GROUP BY report_id
),
t AS (
	SELECT k.*, s.listed, s.adjusted AS listed_adjusted, s.final AS listed_final,
		CASE WHEN coalesce(k.budget_initial_wan, k.budget_adjusted_wan, k.execution_final_wan) IS NOT NULL THEN 'stated'
			WHEN coalesce(n.initial, n.adjusted, n.budget, n.initial + n.addition, n.final) IS NOT NULL THEN 'stated_project_spending'
			WHEN coalesce(s.initial, s.adjusted, s.final) IS NOT NULL THEN 'projects_sum' END AS src,
		n.scope AS n_scope, n.initial AS n_initial, coalesce(n.adjusted, n.budget, n.initial + n.addition) AS n_adjusted, n.final AS n_final,
		s.scope AS s_scope, s.initial AS s_initial, s.adjusted AS s_adjusted, s.final AS s_final
	FROM m_report_kpi k LEFT JOIN n ON n.report_id = k.report_id LEFT JOIN s ON s.report_id = k.report_id
	WHERE NOT ${isDepartmentKind('k.kind')}
),
u AS (
	SELECT *,
		CASE src WHEN 'stated' THEN budget_scope_label
			WHEN 'stated_project_spending' THEN ${labelOf('n_scope', SCOPE_LABEL)}
			WHEN 'projects_sum' THEN ${labelOf('s_scope', SCOPE_LABEL)} END AS scope_label_,
		CASE src WHEN 'stated' THEN budget_initial_wan WHEN 'stated_project_spending' THEN n_initial WHEN 'projects_sum' THEN s_initial END AS initial_,
		CASE src WHEN 'stated' THEN budget_adjusted_wan WHEN 'stated_project_spending' THEN n_adjusted WHEN 'projects_sum' THEN s_adjusted END AS adjusted_,
		CASE src WHEN 'stated' THEN execution_final_wan WHEN 'stated_project_spending' THEN n_final WHEN 'projects_sum' THEN s_final END AS final_
	FROM t
)
SELECT k.report_id, k.department_id, k.department_name, k.fiscal_year, k.kind, k.kind_label,
	k.dept_type, k.province, k.city, k.district, k.level, k.simulated,
	r.title, r.project_name, r.project_code, r.project_implementer, r.project_count,
	k.scope_label_ AS budget_scope_label,
	k.src AS totals_source,
	CASE k.src WHEN 'projects_sum' THEN '所列 ' || k.listed || ' 个项目合计' ELSE ${labelOf('k.src', PROJECT_TOTALS_SOURCE_LABEL)} END AS totals_source_label,
	coalesce(k.listed, 0)::INTEGER AS projects_listed,
	k.listed_adjusted AS projects_listed_budget_wan, k.listed_final AS projects_listed_final_wan,
	k.initial_ AS budget_initial_wan, k.adjusted_ AS budget_adjusted_wan, k.final_ AS execution_final_wan,
	CASE k.src WHEN 'stated' THEN k.execution_rate_pct ELSE ${pctOf('k.final_', 'k.adjusted_')} END AS execution_rate_pct,
	k.stated_execution_rate_pct,
	k.score_total, r.score_max, k.grade, k.grade_stated,
	k.indicators_total, k.indicators_computable, coalesce(ind.met, 0) AS indicators_met, k.indicators_missed,
	${pctOf('coalesce(ind.met, 0)', 'k.indicators_computable')} AS indicators_met_pct
FROM u k JOIN reports r ON r.report_id = k.report_id
LEFT JOIN ind ON ind.report_id = k.report_id`
});

/* ------------------------------------------------------------------ department × year */

/** The key figures of m_report_kpi a department's year carries (same names, same definitions). */
const KPI_OF_YEAR = reportKpi.columns.filter(
	(c) => !['report_id', 'department_id', 'department_name', 'fiscal_year', 'kind', 'kind_label', 'simulated', 'dept_type', 'province', 'city', 'district', 'level'].includes(c.name)
);

/**
 * The compare page's three ranks (name in m_department_year, figure, label, order), computed once
 * over every row of a year: the ranks of the unfiltered comparison, read instead of ranking a
 * million rows at each page (a peer group or chosen departments are ranked among themselves).
 */
export const YEAR_RANKS = [
	['year_spending_rank', 'spending_final_wan', '年度支出排名', '支出决算合计，从大到小'],
	['year_execution_rank', 'execution_rate_pct', '年度执行率排名', '预算执行率，从高到低'],
	['year_score_rank', 'score_total', '年度得分排名', '自评得分，从高到低']
] as const;

/**
 * The compare page's peer groups (对比组): departments of one type, one province, one level, or
 * any combination of them — each non-empty combination of these columns of m_department_year
 * (column, the letter naming it in a rank column, label).
 */
export const PEER_DIMENSIONS = [
	['dept_type', 't', '类型'],
	['province', 'p', '省份'],
	['level', 'l', '级次']
] as const;
export type PeerDimension = (typeof PEER_DIMENSIONS)[number][0];

/** Every non-empty combination of PEER_DIMENSIONS (a peer group is one value of each). */
export const PEER_GROUPINGS: readonly (readonly PeerDimension[])[] = [1, 2, 4, 3, 5, 6, 7].map((bits) => PEER_DIMENSIONS.filter((_, i) => bits & (1 << i)).map(([c]) => c));

/** The rank column of a year rank (YEAR_RANKS) within a peer grouping: peer_tp_spending_rank. */
export const peerRankColumn = (grouping: readonly PeerDimension[], yearRankName: (typeof YEAR_RANKS)[number][0]) =>
	`peer_${PEER_DIMENSIONS.filter(([c]) => grouping.includes(c)).map(([, letter]) => letter).join('')}_${yearRankName.replace(/^year_/, '')}`;

/**
 * The ranks within every peer group, computed once like YEAR_RANKS (name, figure, label, note,
 * grouping): a peer group's comparison reads them instead of ranking its rows at each page.
 */
export const PEER_RANKS = PEER_GROUPINGS.flatMap((g) =>
	YEAR_RANKS.map(([name, col, label, note]) => {
		const zh = PEER_DIMENSIONS.filter(([c]) => g.includes(c)).map(([, , z]) => z).join('、');
		return [peerRankColumn(g, name), col, `${label}（同${zh}）`, `${note}；该年度${zh}相同的部门中的名次（对比组），未披露的不排名`, g] as const;
	})
);

/**
 * The column of m_department_year that orders the compare page's default view (the n departments
 * with the largest 支出决算合计 in the latest year that discloses it): each department's place in
 * that order, on all its rows. The data build stores each year's rows in this order
 * (YEAR_PART_ORDER in parts.ts), so the default view is `WHERE top_spending_order <= n` over rows
 * that sit together at the start of each year, and the scan skips the other vectors.
 */
export const TOP_ORDER_COLUMN = 'top_spending_order';
/** The figure TOP_ORDER_COLUMN orders by. */
export const TOP_ORDER_FIGURE = 'spending_final_wan';

export const departmentYear = view({
	name: 'm_department_year',
	zh: '部门 × 年度：跨部门比较、部门多年趋势与同类分组',
	grain: '一个部门一个年度一行：该年度的部门整体报告（自评报告优先，无自评则取目标表）',
	columns: [
		text('department_id', '部门编号', { required: true }),
		text('department_name', '部门名称', { required: true }),
		...REGION_COLUMNS,
		text('region', '地区', { note: '省市区县相连' }),
		text('peer_group', '同类分组', { formula: '部门类型 · 行政级次' }),
		int('year', '年度', { required: true }),
		text('report_id', '代表报告编号', { required: true }),
		text('kind', '代表报告类型代码'),
		text('kind_label', '代表报告类型'),
		bool('simulated', '是否模拟数据', { required: true }),
		bool('has_target_table', '该年度有目标表'),
		...KPI_OF_YEAR,
		wan('prior_spending_final_wan', '上年支出决算合计', { note: '同部门上一年度的行（两年记录）' }),
		wan('spending_change_wan', '支出决算变动额', { formula: '本年 − 上年' }),
		pct('spending_change_pct', '支出决算变动率', { formula: '(本年 − 上年) ÷ 上年 × 100' }),
		pts('prior_score_total', '上年自评得分'),
		pts('score_change', '得分变动', { formula: '本年 − 上年' }),
		int(TOP_ORDER_COLUMN, '支出决算名次（最近年度）', {
			note: '部门在最近披露支出决算的年度中按支出决算从大到小、再按部门名称、部门编号的名次（1 起），该部门每个年度的行相同；那一年度未披露的部门为空。部门对比的默认视图（支出决算前 n 名）按它取行，数据文件的每个年度内按它排列'
		}),
		int('compare_order', '排序用', { note: '部门对比的顺序：年度从新到旧，再按部门名称、部门编号（1 起）', required: true }),
		...YEAR_RANKS.map(([name, col, label, note]) => int(name, label, { note: `${note}；该年度全部部门中的名次，未披露的不排名（${col}）` })),
		...PEER_RANKS.map(([name, col, label, note]) => int(name, label, { note: `${note}（${col}）` }))
	],
	sql: `
SELECT *, row_number() OVER (ORDER BY year DESC, department_name, department_id) AS compare_order,
	${YEAR_RANKS.map(([name, col]) => `${yearRank(col)} AS ${name}`).join(',\n\t')},
	${PEER_RANKS.map(([name, col, , , g]) => `${yearRank(col, g)} AS ${name}`).join(',\n\t')}
FROM (
WITH pick AS (
	SELECT report_id, department_id, fiscal_year,
		row_number() OVER (PARTITION BY department_id, fiscal_year ORDER BY ${departmentKindRank('kind')}, report_id) AS rn,
		bool_or(kind = 'target_table') OVER (PARTITION BY department_id, fiscal_year) AS has_target_table
	FROM reports WHERE ${isDepartmentKind('kind')}
),
y AS (
	SELECT k.*, p.has_target_table,
		concat_ws('', k.province, k.city, k.district) AS region,
		k.dept_type || '·' || k.level AS peer_group
	FROM pick p JOIN m_report_kpi k ON k.report_id = p.report_id
	WHERE p.rn = 1
),
top_order AS (
	SELECT department_id, row_number() OVER (ORDER BY spending_final_wan DESC, department_name, department_id) AS ${TOP_ORDER_COLUMN}
	FROM y WHERE spending_final_wan IS NOT NULL AND fiscal_year = (SELECT max(fiscal_year) FROM y WHERE spending_final_wan IS NOT NULL)
)
SELECT c.*, c.fiscal_year AS year,
	p.spending_final_wan AS prior_spending_final_wan,
	${r2('c.spending_final_wan - p.spending_final_wan')} AS spending_change_wan,
	${changePct('c.spending_final_wan', 'p.spending_final_wan')} AS spending_change_pct,
	p.score_total AS prior_score_total,
	${r2('c.score_total - p.score_total')} AS score_change,
	o.${TOP_ORDER_COLUMN}
FROM y c LEFT JOIN y p ON p.department_id = c.department_id AND p.fiscal_year = c.fiscal_year - 1
	LEFT JOIN top_order o ON o.department_id = c.department_id
)`
});

export const departments = view({
	name: 'm_departments',
	zh: '部门：每个部门的年度与最近的数字',
	grain: '一个部门一行（有部门整体报告的部门，以及只有项目记录的部门）',
	columns: [
		text('department_id', '部门编号', { required: true }),
		text('department_name', '部门名称', { note: '最近年度的名称', required: true }),
		...REGION_COLUMNS,
		text('region', '地区'),
		bool('simulated', '是否模拟数据'),
		text('years', '年度', { note: '有部门整体报告的年度，以逗号分隔，从早到晚；只有项目记录的部门为空' }),
		int('reports', '部门整体报告数', { required: true }),
		int('projects', '项目记录数', { note: 'm_projects 中该部门的项目记录（不计入部门整体的数字）', required: true }),
		text('project_years', '项目记录的年度', { note: '以逗号分隔，从早到晚' }),
		int('latest_spending_year', '最近披露支出决算的年度'),
		wan('latest_spending_wan', '最近支出决算合计'),
		int('latest_scored_year', '最近有自评得分的年度'),
		pts('latest_score', '最近自评得分'),
		text('latest_grade', '最近计算等级')
	],
	sql: `
WITH d AS (
	SELECT department_id, arg_max(department_name, year) AS department_name,
		arg_max(dept_type, year) AS dept_type, arg_max(province, year) AS province, arg_max(city, year) AS city,
		arg_max(district, year) AS district, arg_max(level, year) AS level, arg_max(region, year) AS region,
		bool_or(simulated) AS simulated,
		string_agg(year::VARCHAR, ',' ORDER BY year) AS years,
		count(*) AS reports,
		max(year) FILTER (WHERE spending_final_wan IS NOT NULL) AS latest_spending_year,
		arg_max(spending_final_wan, year) FILTER (WHERE spending_final_wan IS NOT NULL) AS latest_spending_wan,
		max(year) FILTER (WHERE score_total IS NOT NULL) AS latest_scored_year,
		arg_max(score_total, year) FILTER (WHERE score_total IS NOT NULL) AS latest_score,
		arg_max(grade, year) FILTER (WHERE score_total IS NOT NULL) AS latest_grade
	FROM m_department_year GROUP BY department_id
),
p AS (
	SELECT department_id, arg_max(department_name, fiscal_year) AS department_name,
		arg_max(dept_type, fiscal_year) AS dept_type, arg_max(province, fiscal_year) AS province, arg_max(city, fiscal_year) AS city,
		arg_max(district, fiscal_year) AS district, arg_max(level, fiscal_year) AS level, bool_or(simulated) AS simulated,
		count(*) AS projects, string_agg(DISTINCT fiscal_year::VARCHAR, ',' ORDER BY fiscal_year::VARCHAR) AS project_years
	FROM m_projects GROUP BY department_id
)
SELECT department_id, coalesce(d.department_name, p.department_name) AS department_name,
	coalesce(d.dept_type, p.dept_type) AS dept_type, coalesce(d.province, p.province) AS province,
	CASE WHEN d.department_id IS NOT NULL THEN d.city ELSE p.city END AS city,
	CASE WHEN d.department_id IS NOT NULL THEN d.district ELSE p.district END AS district,
	coalesce(d.level, p.level) AS level,
	CASE WHEN d.department_id IS NOT NULL THEN d.region ELSE concat_ws('', p.province, p.city, p.district) END AS region,
	coalesce(d.simulated, p.simulated) AS simulated,
	d.years, coalesce(d.reports, 0) AS reports, coalesce(p.projects, 0) AS projects, p.project_years,
	d.latest_spending_year, d.latest_spending_wan, d.latest_scored_year, d.latest_score, d.latest_grade
FROM d FULL JOIN p USING (department_id)`
});

/** Lines of one breakdown of a department's year, in the scope with the most lines. */
export const spendingLines = view({
	name: 'm_spending_lines',
	zh: '部门 × 年度的支出明细：按性质、经济分类、功能分类的决算',
	grain: '部门 × 年度 × 分类 × 科目 一行（代表报告本年决算，首次陈述；每个分类取披露科目最多的资金范围，同数按优先顺序）',
	columns: [
		text('department_id', '部门编号', { required: true }),
		int('year', '年度', { required: true }),
		text('report_id', '代表报告编号', { required: true }),
		text('breakdown', '分类代码', { note: 'nature / economic / function', required: true }),
		text('scope', '资金范围代码'),
		text('scope_label', '资金范围'),
		text('item', '科目', { required: true }),
		text('parent', '上级科目'),
		wan('value_wan', '决算金额', { note: '首次陈述' }),
		text('quote', '出处引文'),
		int('ordinal', '首次陈述在 budget 列表中的序号')
	],
	sql: `
WITH l AS (
	SELECT 'nature' AS breakdown, * FROM v_spending_by_nature
	UNION ALL BY NAME SELECT 'economic' AS breakdown, * FROM v_spending_by_economic
	UNION ALL BY NAME SELECT 'function' AS breakdown, * FROM v_spending_by_function
),
cur AS (
	SELECT l.* FROM l JOIN m_department_year d ON d.report_id = l.report_id
	WHERE l.stage = 'final' AND l.year = l.fiscal_year AND l.value_wan IS NOT NULL
),
best AS (
	SELECT report_id, breakdown, scope,
		row_number() OVER (PARTITION BY report_id, breakdown ORDER BY count(*) DESC, ${scopeRank('scope')}) AS rn
	FROM cur GROUP BY report_id, breakdown, scope
)
SELECT c.department_id, c.year, c.report_id, c.breakdown, c.scope, c.scope_label, c.item, c.parent, c.value_wan, c.quote, c.ordinal
FROM cur c JOIN best b ON b.report_id = c.report_id AND b.breakdown = c.breakdown AND b.scope = c.scope AND b.rn = 1`
});

/* ------------------------------------------------------------------ one year across departments */

export const yearKpi = view({
	name: 'm_year_kpi',
	zh: '年度关键指标：一个年度全部部门的合计、执行率与平均得分（领导看板）',
	grain: '一个年度一行（m_department_year 的部门；每个合计与比率注明其部门数）',
	columns: [
		int('year', '年度', { required: true }),
		int('departments', '部门数', { note: '该年度有部门整体报告的部门', required: true }),
		bool('simulated', '含模拟数据', { required: true }),
		int('execution_departments', '预算执行的部门数', { note: '同时披露调整预算与同口径决算支出的部门' , required: true }),
		wan('budget_adjusted_wan', '调整预算合计', { formula: 'Σ 调整预算', note: '只计 execution_departments 个部门' }),
		wan('execution_final_wan', '决算支出合计（同口径）', { formula: 'Σ 决算支出（同口径）', note: '只计 execution_departments 个部门' }),
		pct('execution_rate_pct', '预算执行率', { formula: 'Σ 决算支出（同口径） ÷ Σ 调整预算 × 100', note: '同一批 execution_departments 个部门' }),
		int('spending_departments', '披露支出决算的部门数', { required: true }),
		wan('spending_final_wan', '支出决算合计', { formula: 'Σ 支出决算合计', note: '只计 spending_departments 个部门' }),
		int('sangong_departments', '披露“三公”经费决算的部门数', { required: true }),
		wan('sangong_final_wan', '“三公”经费决算合计', { formula: 'Σ “三公”经费决算', note: '只计 sangong_departments 个部门' }),
		int('sangong_change_departments', '“三公”经费可比的部门数', { note: '本年决算与上年决算均有的部门' , required: true }),
		wan('sangong_change_current_wan', '“三公”经费本年决算合计（可比部门）'),
		wan('sangong_change_prior_wan', '“三公”经费上年决算合计（可比部门）'),
		pct('sangong_change_pct', '“三公”经费同比', { formula: '(Σ 本年 − Σ 上年) ÷ Σ 上年 × 100', note: '同一批 sangong_change_departments 个部门' }),
		int('score_departments', '有自评得分的部门数', { required: true }),
		pts('avg_score', '平均自评得分', { formula: 'Σ 得分 ÷ score_departments' }),
		int('spending_change_departments', '支出决算可比的部门数', { note: '本年与上年支出决算均有的部门', required: true }),
		pct('spending_change_pct', '支出决算同比', { formula: '(Σ 本年 − Σ 上年) ÷ Σ 上年 × 100', note: '同一批 spending_change_departments 个部门' }),
		int('execution_change_departments', '预算执行率可比的部门数', { note: '本年与上年都计入预算执行率的部门', required: true }),
		num('execution_rate_change_pp', '预算执行率比上年', {
			unit: '百分点',
			formula: '同一批可比部门：本年 Σ决算 ÷ Σ调整预算 × 100 − 上年 Σ决算 ÷ Σ调整预算 × 100',
			note: '只计 execution_change_departments 个部门；没有可比部门时为空'
		}),
		int('score_change_departments', '得分可比的部门数', { note: '本年与上年都有自评得分的部门', required: true }),
		num('avg_score_change', '平均得分比上年', {
			unit: '分',
			formula: '同一批可比部门：本年平均得分 − 上年平均得分',
			note: '只计 score_change_departments 个部门；没有可比部门时为空'
		})
	],
	sql: `
WITH d AS (
	SELECT *,
		(budget_adjusted_wan IS NOT NULL AND execution_final_wan IS NOT NULL AND execution_rate_pct IS NOT NULL) AS in_execution,
		(sangong_final_wan IS NOT NULL AND sangong_prior_wan IS NOT NULL) AS in_sangong_change,
		(spending_final_wan IS NOT NULL AND prior_spending_final_wan IS NOT NULL) AS in_spending_change
	FROM m_department_year
),
k AS (
SELECT year, count(*) AS departments, bool_or(simulated) AS simulated,
	count(*) FILTER (WHERE in_execution) AS execution_departments,
	${r2('sum(budget_adjusted_wan) FILTER (WHERE in_execution)')} AS budget_adjusted_wan,
	${r2('sum(execution_final_wan) FILTER (WHERE in_execution)')} AS execution_final_wan,
	${pctOf('sum(execution_final_wan) FILTER (WHERE in_execution)', 'sum(budget_adjusted_wan) FILTER (WHERE in_execution)')} AS execution_rate_pct,
	count(spending_final_wan) AS spending_departments,
	${r2('sum(spending_final_wan)')} AS spending_final_wan,
	count(sangong_final_wan) AS sangong_departments,
	${r2('sum(sangong_final_wan)')} AS sangong_final_wan,
	count(*) FILTER (WHERE in_sangong_change) AS sangong_change_departments,
	${r2('sum(sangong_final_wan) FILTER (WHERE in_sangong_change)')} AS sangong_change_current_wan,
	${r2('sum(sangong_prior_wan) FILTER (WHERE in_sangong_change)')} AS sangong_change_prior_wan,
	${changePct('sum(sangong_final_wan) FILTER (WHERE in_sangong_change)', 'sum(sangong_prior_wan) FILTER (WHERE in_sangong_change)')} AS sangong_change_pct,
	count(score_total) AS score_departments,
	${r2('avg(score_total)')} AS avg_score,
	count(*) FILTER (WHERE in_spending_change) AS spending_change_departments,
	${changePct('sum(spending_final_wan) FILTER (WHERE in_spending_change)', 'sum(prior_spending_final_wan) FILTER (WHERE in_spending_change)')} AS spending_change_pct
FROM d GROUP BY year
),
-- a change on last year is the same departments' change: each department present in both years
-- with the figure in both (two years' averages over different departments compare nothing)
pd AS (
	SELECT c.year,
		(c.in_execution AND p.in_execution) AS both_exec,
		(c.score_total IS NOT NULL AND p.score_total IS NOT NULL) AS both_score,
		c.budget_adjusted_wan AS cur_adj, c.execution_final_wan AS cur_fin, p.budget_adjusted_wan AS pri_adj, p.execution_final_wan AS pri_fin,
		c.score_total AS cur_score, p.score_total AS pri_score
	FROM d c JOIN d p ON p.department_id = c.department_id AND p.year = c.year - 1
),
ch AS (
	SELECT year,
		count(*) FILTER (WHERE both_exec) AS execution_change_departments,
		${pctOf('sum(cur_fin) FILTER (WHERE both_exec)', 'sum(cur_adj) FILTER (WHERE both_exec)')} AS cur_rate,
		${pctOf('sum(pri_fin) FILTER (WHERE both_exec)', 'sum(pri_adj) FILTER (WHERE both_exec)')} AS pri_rate,
		count(*) FILTER (WHERE both_score) AS score_change_departments,
		${r2('avg(cur_score) FILTER (WHERE both_score)')} AS cur_score,
		${r2('avg(pri_score) FILTER (WHERE both_score)')} AS pri_score
	FROM pd GROUP BY year
)
SELECT k.*,
	coalesce(ch.execution_change_departments, 0) AS execution_change_departments, ${r2('ch.cur_rate - ch.pri_rate')} AS execution_rate_change_pp,
	coalesce(ch.score_change_departments, 0) AS score_change_departments, ${r2('ch.cur_score - ch.pri_score')} AS avg_score_change
FROM k LEFT JOIN ch ON ch.year = k.year`
});

export const yearGrades = view({
	name: 'm_year_grades',
	zh: '年度等级分布：各计算等级的部门数',
	grain: '年度 × 等级 一行（优/良/中/差/未评分，没有部门的等级计为 0）',
	columns: [
		int('year', '年度', { required: true }),
		text('grade', '等级', { note: `计算等级（${GRADE_RULE}）；没有自评得分为 未评分`, required: true }),
		int('grade_order', '等级排序', { required: true }),
		int('departments', '部门数', { required: true })
	],
	sql: `
WITH g AS (SELECT unnest([${GRADE_ROWS.map(literal).join(', ')}]) AS grade),
y AS (SELECT DISTINCT year FROM m_department_year)
SELECT y.year, g.grade, ${rankOf('g.grade', GRADE_ROWS)} AS grade_order, count(d.department_id) AS departments
FROM y CROSS JOIN g
LEFT JOIN m_department_year d ON d.year = y.year AND coalesce(d.grade, '未评分') = g.grade
GROUP BY y.year, g.grade`
});

/* ------------------------------------------------------------------ alerts */

export const alerts = view({
	name: 'm_alerts',
	zh: '预警：执行率偏低、“三公”超预算、指标未达成、等级低于良、关键数字未披露等',
	grain: '一条预警一行',
	columns: [
		...REPORT_COLUMNS,
		bool('simulated', '是否模拟数据'),
		text('code', '预警代码', {
			note: `low_execution 执行率偏低（< ${T.executionMediumPct}% 中，< ${T.executionHighPct}% 高）/ sangong_over_budget “三公”超预算 / indicator_missed 指标未达成 / indicator_over 指标超额过多 / unit_mismatch 疑似单位不一致 / grade_below_good 等级低于良 / grade_inconsistent 所述等级与得分不符 / target_below_actual 新目标低于上年实绩 / undisclosed 关键数字未披露`
		}),
		text('code_label', '预警类别'),
		text('severity', '严重程度代码', { note: 'high / medium / low' }),
		text('severity_label', '严重程度', { note: '高 / 中 / 低' }),
		int('severity_rank', '排序用', { note: '高 0、中 1、低 2' }),
		text('subject', '对象', { note: '指标名称、“三公”项目、数字名称' }),
		num('value', '相关数值', { note: '执行率、完成率等，单位见 message' }),
		num('threshold', '阈值'),
		text('message', '预警说明')
	],
	sql: `
WITH a AS (
	SELECT e.report_id, 'low_execution' AS code,
		CASE WHEN e.execution_rate_pct < ${T.executionHighPct} THEN 'high' ELSE 'medium' END AS severity,
		'预算执行率' AS subject, e.execution_rate_pct AS value,
		CASE WHEN e.execution_rate_pct < ${T.executionHighPct} THEN ${T.executionHighPct} ELSE ${T.executionMediumPct} END::DOUBLE AS threshold,
		CASE WHEN p.report_id IS NULL
			THEN '预算执行率 ' || printf('%.2f', e.execution_rate_pct) || '%（决算支出 ' || printf('%.2f', e.execution_final_wan) || ' 万元 ÷ 调整预算 '
				|| printf('%.2f', e.budget_adjusted_wan) || ' 万元）'
			ELSE '项目' || coalesce('“' || p.project_name || '”', '') || '执行率 ' || printf('%.2f', e.execution_rate_pct) || '%（执行数 '
				|| printf('%.2f', e.execution_final_wan) || ' 万元 ÷ 全年预算 ' || printf('%.2f', e.budget_adjusted_wan) || ' 万元；项目记录，不是部门整体）' END
			|| '，低于 ' || CASE WHEN e.execution_rate_pct < ${T.executionHighPct} THEN ${T.executionHighPct} ELSE ${T.executionMediumPct} END || '%' AS message
	FROM m_budget_execution e LEFT JOIN m_projects p ON p.report_id = e.report_id
	WHERE e.execution_rate_pct < ${T.executionMediumPct}
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
SELECT ${REPORT_SELECT}, r.simulated,
	a.code, ${labelOf('a.code', ALERT_LABEL)} AS code_label, a.severity,
	${labelOf('a.severity', ALERT_SEVERITY_LABEL)} AS severity_label,
	${rankOf('a.severity', Object.keys(ALERT_SEVERITY_LABEL))} AS severity_rank,
	a.subject, a.value, a.threshold, a.message
FROM a JOIN reports r ON r.report_id = a.report_id`
});

export const alertGroups = view({
	name: 'm_alert_groups',
	zh: '预警分组：一个年度每类预警的条数与涉及部门数，最严重的类别在前（领导看板）',
	grain: '年度 × 预警类别 一行',
	columns: [
		int('year', '年度', { required: true }),
		text('code', '预警代码', { required: true }),
		text('code_label', '预警类别', { required: true }),
		int('alerts', '预警条数', { unit: '条', required: true }),
		int('departments', '涉及部门数', { unit: '个', required: true }),
		text('severity_label', '最高严重程度', { note: '高 / 中 / 低', required: true }),
		int('severity_rank', '排序用', { note: '该类中最严重一条：高 0、中 1、低 2', required: true })
	],
	sql: `
SELECT fiscal_year AS year, code, any_value(code_label) AS code_label, count(*)::INTEGER AS alerts,
	count(DISTINCT department_id)::INTEGER AS departments,
	arg_min(severity_label, severity_rank) AS severity_label, min(severity_rank)::INTEGER AS severity_rank
FROM m_alerts GROUP BY fiscal_year, code`
});

/**
 * The report overview (v_report_overview, ./views.ts) as a metric table: the same declaration —
 * its columns and its rows are the view's — computed once when the data is built (Arrow for the
 * browser, Parquet for the server), so the reports list pages, sorts and searches precomputed
 * rows instead of deriving every report's totals from the budget lines at each page. Where the
 * metric views are views (data imported in this session), this is a view over v_report_overview.
 * `list_order` numbers the rows in the list's own order once, so that a page in that order (and
 * the tie-break of every other sort) is a top-n over one integer instead of four texts.
 */
export const reportOverview = view({
	name: 'm_report_overview',
	zh: '报告一览：v_report_overview 的全部行，预先算好（报告一览页读这张表）',
	grain: V.reportOverview.grain,
	columns: [
		...V.reportOverview.columns,
		int('list_order', '排序用', { note: '报告一览的顺序：年度从新到旧，再按部门名称、报告类型代码、报告编号（1 起）', required: true })
	],
	sql: `SELECT *, row_number() OVER (ORDER BY fiscal_year DESC, department_name, kind, report_id) AS list_order FROM v_report_overview`
});

/**
 * The audit findings with their report's department, year, type and title (what the audit page
 * lists and counts): computed once when the data is built, so a page of findings in report order
 * or a count per severity is a scan of one table, not a join of every finding with every report.
 */
export const auditFindings = view({
	name: 'm_audit_findings',
	zh: '勾稽校验发现：每条发现带所属报告的部门、年度、类型与标题（勾稽校验页读这张表）',
	grain: '一条勾稽校验发现一行（audit_findings 的全部行）',
	columns: [
		...(tableDef('audit_findings')!.columns.map((c) => ({ name: c.name, type: c.type, label: c.zh, ...(c.unit ? { unit: c.unit } : {}), ...(c.required ? { required: true } : {}) })) as Column[]),
		text('department_id', '部门编号', { required: true }),
		text('department_name', '部门名称', { required: true }),
		int('fiscal_year', '评价年度', { required: true }),
		text('kind_label', '报告类型', { required: true }),
		text('report_title', '报告标题', { required: true }),
		int('list_order', '排序用', { note: '勾稽校验页的顺序：报告的年度从新到旧，再按部门名称、报告编号、发现序号（1 起）', required: true })
	],
	sql: `
SELECT f.*, r.department_id, r.department_name, r.fiscal_year, r.kind_label, r.title AS report_title,
	row_number() OVER (ORDER BY r.fiscal_year DESC, r.department_name, f.report_id, f.ordinal) AS list_order
FROM audit_findings f JOIN reports r ON r.report_id = f.report_id`
});

/** Every metric view, in creation order (each may use the ones before it). */
export const METRIC_VIEWS: readonly ViewDecl[] = [
	reportOverview,
	budgetExecution,
	staffing,
	budgetStructure,
	budgetYoy,
	sangong,
	indicators,
	scoreSummary,
	scoreDimensions,
	targetVsOutcome,
	reportKpi,
	projectItems,
	projects,
	departmentYear,
	departments,
	spendingLines,
	yearKpi,
	yearGrades,
	alerts,
	alertGroups,
	auditFindings
];

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
