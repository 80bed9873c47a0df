/**
 * The base views (v_*): the stored statements of ./tables.ts as a reader wants them — the first
 * statement of each figure, labels beside codes, the report's department beside each row.
 * Created by loadDataset before the metric views of ./metrics.ts, in the order of BASE_VIEWS.
 * Standard DuckDB SQL, no extensions.
 *
 * Conventions
 * - "First statement": a figure stated more than once (text and table) is taken from the
 *   statement with the lowest ordinal; the number of statements and whether they differ is
 *   shown where it matters.
 * - Scope preference (`*_scope`): 部门整体 → 财政拨款 → 一般公共预算 → 其他资金 (the order of
 *   the Scope enum).
 * - Not stated → NULL, never 0. Computed values are named `computed_*`, stated ones `stated_*`.
 *
 * Pure: no I/O, runs in Node and in the browser.
 */
import {
	FLOW_LABEL,
	NARRATIVE_SECTION_LABEL,
	SangongItem,
	SCOPE_LABEL,
	STAGE_LABEL
} from '../schema/report';
import { bool, date, int, num, pct, pts, text, wan } from './columns';
import { GRADE_RULE, gradeOf, labelOf, pctOf, rankOf, scopeRank } from './fragments';
import { view, type ViewDecl } from './view';

/** The columns that say which report a row belongs to. */
export const REPORT_COLUMNS = [
	text('report_id', '报告编号', { required: true }),
	text('department_id', '部门编号', { required: true }),
	text('department_name', '部门名称', { required: true }),
	int('fiscal_year', '评价年度', { required: true }),
	text('kind', '报告类型代码', { required: true })
] as const;
const REPORT_SELECT = 'r.report_id, r.department_id, r.department_name, r.fiscal_year, r.kind';

const scopeColumns = [text('scope', '资金范围代码'), text('scope_label', '资金范围')] as const;
const stageColumns = [text('stage', '阶段代码'), text('stage_label', '阶段')] as const;

export const reportOverview = view({
	name: 'v_report_overview',
	zh: '报告总览',
	grain: '一份报告一行',
	columns: [
		...REPORT_COLUMNS,
		text('kind_label', '报告类型'),
		text('title', '标题'),
		text('project_name', '项目名称', { note: '项目记录；部门整体的报告为空' }),
		text('province', '省'),
		text('city', '市'),
		text('district', '区/县'),
		text('level', '行政级次'),
		bool('simulated', '是否模拟数据', { required: true }),
		date('filing_date', '填报日期'),
		wan('income_final_wan', '收入决算合计', { note: '本年，首次陈述；未披露为空；资金范围见 income_final_scope' }),
		text('income_final_scope', '收入决算的资金范围', { note: '按 部门整体→财政拨款→一般公共预算→其他资金 取第一个披露的' }),
		wan('spending_final_wan', '支出决算合计', { note: '本年，首次陈述；未披露为空；资金范围见 spending_final_scope' }),
		text('spending_final_scope', '支出决算的资金范围', { note: '按 部门整体→财政拨款→一般公共预算→其他资金 取第一个披露的' }),
		wan('sangong_final_wan', '“三公”经费决算合计', { note: '本年；未披露为空' }),
		text('sangong_final_scope', '“三公”经费决算的资金范围'),
		pts('score_total', '自评总得分', { note: '所述' }),
		pts('score_max', '总分值', { note: '所述' }),
		text('grade_stated', '所述绩效等级', { note: '未陈述为空' }),
		text('grade_computed', '计算等级', { formula: GRADE_RULE }),
		int('figures_stated', '可核对数字个数', { note: '报告写明的金额、“三公”、人数、评分与有数值的指标；0 即勾稽校验无从核对', required: true })
	],
	sql: `
WITH totals AS (
	SELECT b.report_id, b.flow, b.value_wan, b.scope,
		row_number() OVER (PARTITION BY b.report_id, b.flow ORDER BY ${scopeRank('b.scope')}, b.ordinal) AS rn
	FROM budget_lines b JOIN reports r ON r.report_id = b.report_id
	WHERE b.flow IN ('income', 'expenditure') AND b.breakdown = 'total' AND b.parent IS NULL
		AND b.stage = 'final' AND b.year = r.fiscal_year AND b.value_wan IS NOT NULL
),
sangong AS (
	SELECT s.report_id, s.value_wan, s.scope,
		row_number() OVER (PARTITION BY s.report_id ORDER BY ${scopeRank('s.scope')}, s.ordinal) AS rn
	FROM sangong_lines s JOIN reports r ON r.report_id = s.report_id
	WHERE s.item = 'total' AND s.stage = 'final' AND s.year = r.fiscal_year AND s.value_wan IS NOT NULL
)
SELECT ${REPORT_SELECT}, r.kind_label, r.title, r.project_name, r.province, r.city, r.district, r.level, r.simulated, r.filing_date,
	i.value_wan AS income_final_wan, i.scope AS income_final_scope,
	e.value_wan AS spending_final_wan, e.scope AS spending_final_scope,
	g.value_wan AS sangong_final_wan, g.scope AS sangong_final_scope,
	r.score_total, r.score_max, r.grade_stated,
	${gradeOf('r.score_total')} AS grade_computed, r.figures_stated
FROM reports r
LEFT JOIN totals i ON i.report_id = r.report_id AND i.flow = 'income' AND i.rn = 1
LEFT JOIN totals e ON e.report_id = r.report_id AND e.flow = 'expenditure' AND e.rn = 1
LEFT JOIN sangong g ON g.report_id = r.report_id AND g.rn = 1`
});

export const budgetTotals = view({
	name: 'v_budget_totals',
	zh: '收支合计',
	grain: '报告 × 收支 × 资金范围 × 阶段 × 年度 一行（合计行，首次陈述）',
	columns: [
		...REPORT_COLUMNS,
		text('flow', '收支代码'),
		text('flow_label', '收支', { note: Object.values(FLOW_LABEL).join('/') }),
		...scopeColumns,
		...stageColumns,
		int('year', '数字所属年度'),
		wan('value_wan', '金额', { note: '首次陈述' }),
		int('statements', '陈述次数'),
		bool('statements_differ', '多次陈述的金额不一致', { note: '如 衡阳 711.92 / 711.91' }),
		pct('stated_execution_rate_pct', '所述完成率/支出率'),
		text('quote', '首次陈述的出处引文'),
		int('ordinal', '首次陈述在 budget 列表中的序号')
	],
	// grouped on the lines' own keys, then joined to the report (one row each): the report's
	// columns are not grouping keys (fewer, narrower keys; same rows)
	sql: `
WITH b AS (
	SELECT report_id, flow, scope, stage, year,
		arg_min(value_wan, ordinal) AS value_wan,
		count(*) AS statements,
		count(DISTINCT value_wan) > 1 AS statements_differ,
		arg_min(stated_execution_rate_pct, ordinal) FILTER (WHERE stated_execution_rate_pct IS NOT NULL) AS stated_execution_rate_pct,
		arg_min(quote, ordinal) AS quote,
		min(ordinal) AS ordinal
	FROM budget_lines
	WHERE breakdown = 'total' AND parent IS NULL
	GROUP BY report_id, flow, scope, stage, year
)
SELECT ${REPORT_SELECT},
	b.flow, ${labelOf('b.flow', FLOW_LABEL)} AS flow_label,
	b.scope, ${labelOf('b.scope', SCOPE_LABEL)} AS scope_label,
	b.stage, ${labelOf('b.stage', STAGE_LABEL)} AS stage_label,
	b.year, b.value_wan, b.statements, b.statements_differ, b.stated_execution_rate_pct, b.quote, b.ordinal
FROM b JOIN reports r ON r.report_id = b.report_id`
});

/** First statement of each expenditure line of one breakdown, with its share of the total. */
function spendingBy(breakdown: 'nature' | 'economic' | 'function', zh: string) {
	return view({
		name: `v_spending_by_${breakdown}`,
		zh,
		grain: '报告 × 科目 × 上级 × 资金范围 × 阶段 × 年度 一行（首次陈述）',
		columns: [
			...REPORT_COLUMNS,
			int('year', '数字所属年度'),
			...scopeColumns,
			...stageColumns,
			text('item', '科目'),
			text('parent', '上级科目', { note: '如 基本支出' }),
			wan('value_wan', '金额', { note: '首次陈述' }),
			int('statements', '该数字被陈述的次数'),
			bool('statements_differ', '多次陈述的金额不一致'),
			pct('stated_share_pct', '所述占比'),
			wan('total_wan', '支出合计', { note: '同范围、同阶段、同年度，首次陈述；未陈述为空' }),
			pct('computed_share_pct', '计算占比', { formula: '金额 ÷ 支出合计 × 100' }),
			text('quote', '首次陈述的出处引文'),
			int('ordinal', '首次陈述在 budget 列表中的序号')
		],
		sql: `
WITH lines AS (
	SELECT report_id, item, parent, scope, stage, year,
		arg_min(value_wan, ordinal) AS value_wan,
		min(ordinal) AS ordinal,
		count(*) AS statements,
		count(DISTINCT value_wan) > 1 AS statements_differ,
		arg_min(stated_share_pct, ordinal) FILTER (WHERE stated_share_pct IS NOT NULL) AS stated_share_pct,
		arg_min(quote, ordinal) AS quote
	FROM budget_lines
	WHERE flow = 'expenditure' AND breakdown = '${breakdown}'
	GROUP BY report_id, item, parent, scope, stage, year
),
totals AS (
	SELECT report_id, scope, stage, year, arg_min(value_wan, ordinal) AS total_wan
	FROM budget_lines
	WHERE flow = 'expenditure' AND breakdown = 'total' AND parent IS NULL
	GROUP BY report_id, scope, stage, year
)
SELECT ${REPORT_SELECT},
	l.year, l.scope, ${labelOf('l.scope', SCOPE_LABEL)} AS scope_label,
	l.stage, ${labelOf('l.stage', STAGE_LABEL)} AS stage_label,
	l.item, l.parent, l.value_wan, l.statements, l.statements_differ,
	l.stated_share_pct, t.total_wan,
	${pctOf('l.value_wan', 't.total_wan')} AS computed_share_pct,
	l.quote, l.ordinal
FROM lines l
JOIN reports r ON r.report_id = l.report_id
LEFT JOIN totals t ON t.report_id = l.report_id AND t.scope = l.scope AND t.stage = l.stage AND t.year = l.year`
	});
}

export const spendingByNature = spendingBy('nature', '按性质分的支出（基本支出/项目支出，人员经费/日常公用经费）');
export const spendingByEconomic = spendingBy('economic', '按经济分类的支出（工资福利支出、商品和服务支出 …）');
export const spendingByFunction = spendingBy('function', '按功能分类的支出（科学技术支出、社会保障和就业支出 …）');

export const sangong = view({
	name: 'v_sangong',
	zh: '“三公”经费：预算、决算与执行率',
	grain: '报告 × 项目 × 资金范围 × 年度 一行',
	columns: [
		...REPORT_COLUMNS,
		text('item', '项目代码', { required: true }),
		text('item_label', '项目', { required: true }),
		int('item_order', '项目排序', { note: '合计在前', required: true }),
		text('written_label', '报告所写项目名', { note: '首次' }),
		text('scope', '资金范围代码'),
		int('year', '数字所属年度'),
		wan('budget_wan', '预算数', { note: '首次陈述；未披露为空' }),
		text('budget_quote', '预算数出处引文'),
		wan('final_wan', '决算数', { note: '首次陈述；未披露为空' }),
		text('final_quote', '决算数出处引文'),
		pct('stated_execution_rate_pct', '所述执行率'),
		pct('computed_execution_rate_pct', '计算执行率', { formula: '决算 ÷ 预算 × 100', note: '预算为 0 或未披露为空' }),
		pct('stated_share_pct', '所述占“三公”合计比重'),
		int('change_base_year', '同比对比年度'),
		wan('stated_change_amount_wan', '所述同比变动金额', { note: '减少为负' }),
		pct('stated_change_pct', '所述同比变动幅度', { note: '下降为负' })
	],
	sql: `
WITH s AS (
	SELECT report_id, item, scope, year,
		any_value(item_label) AS item_label,
		arg_min(written_label, ordinal) FILTER (WHERE written_label IS NOT NULL) AS written_label,
		arg_min(value_wan, ordinal) FILTER (WHERE stage = 'budget' AND value_wan IS NOT NULL) AS budget_wan,
		arg_min(quote, ordinal) FILTER (WHERE stage = 'budget' AND value_wan IS NOT NULL) AS budget_quote,
		arg_min(value_wan, ordinal) FILTER (WHERE stage = 'final' AND value_wan IS NOT NULL) AS final_wan,
		arg_min(quote, ordinal) FILTER (WHERE stage = 'final' AND value_wan IS NOT NULL) AS final_quote,
		arg_min(stated_execution_rate_pct, ordinal) FILTER (WHERE stated_execution_rate_pct IS NOT NULL) AS stated_execution_rate_pct,
		arg_min(stated_share_pct, ordinal) FILTER (WHERE stated_share_pct IS NOT NULL) AS stated_share_pct,
		arg_min(change_base_year, ordinal) FILTER (WHERE change_base_year IS NOT NULL) AS change_base_year,
		arg_min(change_amount_wan, ordinal) FILTER (WHERE change_amount_wan IS NOT NULL) AS stated_change_amount_wan,
		arg_min(change_pct, ordinal) FILTER (WHERE change_pct IS NOT NULL) AS stated_change_pct
	FROM sangong_lines
	GROUP BY report_id, item, scope, year
)
SELECT ${REPORT_SELECT},
	s.item, s.item_label, ${rankOf('s.item', SangongItem.options)} AS item_order, s.written_label,
	s.scope, s.year, s.budget_wan, s.budget_quote, s.final_wan, s.final_quote,
	s.stated_execution_rate_pct,
	${pctOf('s.final_wan', 's.budget_wan')} AS computed_execution_rate_pct,
	s.stated_share_pct, s.change_base_year, s.stated_change_amount_wan, s.stated_change_pct
FROM s JOIN reports r ON r.report_id = s.report_id`
});

export const scores = view({
	name: 'v_scores',
	zh: '评分表',
	grain: '评分树的一个节点一行',
	columns: [
		...REPORT_COLUMNS,
		text('score_framework', '评分体系'),
		int('ordinal', '先序序号', { required: true }),
		text('path', '节点路径', { note: '一级/二级/三级', required: true }),
		text('parent_path', '上级路径'),
		int('level', '层级', { required: true }),
		text('name', '名称', { required: true }),
		pts('max', '分值', { note: '所述' }),
		pts('score', '得分', { note: '所述' }),
		pct('stated_rate_pct', '所述得分率'),
		pct('computed_rate_pct', '计算得分率', { formula: '得分 ÷ 分值 × 100' }),
		bool('assigned_by_finance', '财政赋分'),
		text('score_quote', '得分出处引文')
	],
	sql: `
SELECT ${REPORT_SELECT}, r.score_framework,
	s.ordinal, s.path, s.parent_path, s.level, s.name, s.max, s.score, s.stated_rate_pct,
	${pctOf('s.score', 's.max')} AS computed_rate_pct,
	s.assigned_by_finance, s.score_quote
FROM scores s JOIN reports r ON r.report_id = s.report_id`
});

export const indicators = view({
	name: 'v_indicators',
	zh: '绩效指标：目标与实际',
	grain: '一个绩效指标一行',
	columns: [
		...REPORT_COLUMNS,
		int('ordinal', '序号', { note: '→ indicators.ordinal', required: true }),
		text('task_name', '所属重点任务', { note: '关键性指标' }),
		text('level1', '一级指标'),
		text('level2', '二级指标'),
		text('name', '三级指标', { note: '原文', required: true }),
		text('unit', '指标名中的单位'),
		text('target_op', '目标运算符', { note: '>= > <= < = range deadline text' }),
		num('target_value', '目标值', { note: '区间下限' }),
		num('target_value2', '区间上限'),
		text('target_unit', '目标单位'),
		text('target_text', '目标原文'),
		num('actual_value', '实际值', { note: '定性为空' }),
		text('actual_unit', '实际值单位'),
		text('actual_text', '实际值原文'),
		pct('stated_completion_pct', '所述完成率'),
		pts('max', '分值', { note: '所述' }),
		pts('score', '得分', { note: '所述' }),
		text('target_quote', '目标出处引文'),
		text('actual_quote', '实际值出处引文')
	],
	sql: `
SELECT ${REPORT_SELECT},
	i.ordinal, i.task_name, i.level1, i.level2, i.name, i.unit,
	i.target_op, i.target_value, i.target_value2, i.target_unit, i.target_text,
	i.actual_value, i.actual_unit, i.actual_text, i.stated_completion_pct, i.max, i.score,
	i.target_quote, i.actual_quote
FROM indicators i JOIN reports r ON r.report_id = i.report_id`
});

export const narratives = view({
	name: 'v_narratives',
	zh: '绩效目标、存在问题与改进措施',
	grain: '一条一行',
	columns: [
		...REPORT_COLUMNS,
		text('section', '部分代码', { note: Object.keys(NARRATIVE_SECTION_LABEL).join(' / '), required: true }),
		text('section_label', '部分', { note: Object.values(NARRATIVE_SECTION_LABEL).join('/'), required: true }),
		int('ordinal', '该部分内序号', { required: true }),
		text('title', '小标题'),
		text('text', '正文', { required: true }),
		text('quote', '出处引文')
	],
	sql: `
SELECT ${REPORT_SELECT},
	n.section, ${labelOf('n.section', NARRATIVE_SECTION_LABEL)} AS section_label, n.ordinal, n.title, n.text, n.quote
FROM narratives n JOIN reports r ON r.report_id = n.report_id`
});

export const auditSummary = view({
	name: 'v_audit_summary',
	zh: '勾稽校验汇总：每份报告按严重程度的发现数',
	grain: '一份报告一行（没有发现的报告计数为 0）',
	columns: [
		...REPORT_COLUMNS,
		text('kind_label', '报告类型'),
		int('findings', '发现总数'),
		int('errors', '错误（error）数'),
		int('warnings', '警告（warning）数'),
		int('notes', '提示（note）数')
	],
	sql: `
SELECT ${REPORT_SELECT}, r.kind_label,
	count(f.finding_id) AS findings,
	count(f.finding_id) FILTER (WHERE f.severity = 'error') AS errors,
	count(f.finding_id) FILTER (WHERE f.severity = 'warning') AS warnings,
	count(f.finding_id) FILTER (WHERE f.severity = 'note') AS notes
FROM reports r LEFT JOIN audit_findings f ON f.report_id = r.report_id
GROUP BY r.report_id, r.department_id, r.department_name, r.fiscal_year, r.kind, r.kind_label`
});

/** Every base view, in creation order. */
export const BASE_VIEWS: readonly ViewDecl[] = [
	reportOverview,
	budgetTotals,
	spendingByNature,
	spendingByEconomic,
	spendingByFunction,
	sangong,
	scores,
	indicators,
	narratives,
	auditSummary
];
