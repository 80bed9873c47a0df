/**
 * All SQL of PerfLens in one place: the views created over the tables of ./tables.ts and the
 * named queries used by pages and the CLI. Standard DuckDB SQL, no extensions.
 *
 * Conventions of the views
 * - "First statement": a figure stated more than once (text and table) is taken from the
 *   statement with the lowest ordinal; the number of statements and whether they differ is
 *   shown where it matters.
 * - Scope preference: all (部门整体) → fiscal (财政拨款) → general_public (一般公共预算) →
 *   other; the scope used is returned beside the figure (`*_scope`).
 * - Not stated → NULL, never 0. Computed values are named `computed_*`, stated ones `stated_*`.
 */

export type ViewDef = {
	name: string;
	zh: string;
	/** what one row is */
	grain: string;
	/** every output column, in order: name → Chinese note (with unit) */
	columns: Record<string, string>;
	sql: string;
};

/** Quote a string as a SQL literal. */
export function sqlString(s: string): string {
	return `'${String(s).replace(/'/g, "''")}'`;
}

/** Quote an identifier. */
export function sqlIdent(s: string): string {
	return `"${String(s).replace(/"/g, '""')}"`;
}

const SCOPE_RANK = (c: string) =>
	`CASE ${c} WHEN 'all' THEN 0 WHEN 'fiscal' THEN 1 WHEN 'general_public' THEN 2 ELSE 3 END`;

const label = (c: string, map: Record<string, string>) =>
	`CASE ${c} ${Object.entries(map)
		.map(([k, v]) => `WHEN ${sqlString(k)} THEN ${sqlString(v)}`)
		.join(' ')} END`;

export const FLOW_LABEL = { income: '收入', expenditure: '支出', opening_balance: '年初结转结余', closing_balance: '年末结转结余' };
export const SCOPE_LABEL = { all: '部门整体', fiscal: '财政拨款', general_public: '一般公共预算', other: '其他资金' };
export const STAGE_LABEL = { initial: '年初预算', addition: '年中追加/调减', adjusted: '调整预算', budget: '预算数', final: '决算' };
export const SECTION_LABEL = { goal: '绩效目标', problem: '存在问题', measure: '改进措施' };
const SANGONG_ORDER = { total: '0', abroad: '1', vehicle: '2', vehicle_purchase: '3', vehicle_operation: '4', reception: '5' };

const GRADE_OF = (score: string) =>
	`CASE WHEN ${score} IS NULL THEN NULL WHEN ${score} >= 90 THEN '优' WHEN ${score} >= 80 THEN '良' WHEN ${score} >= 60 THEN '中' ELSE '差' END`;

/** round(a ÷ b × 100, 2), NULL when either is NULL or b is 0 */
const PCT_OF = (a: string, b: string) => `CASE WHEN ${b} <> 0 THEN round(${a} / ${b} * 100, 2) END`;

const REPORT_COLS: Record<string, string> = {
	report_id: '报告编号',
	department_name: '部门名称',
	fiscal_year: '评价年度',
	kind: '报告类型代码'
};

/** First statement of each expenditure line of one breakdown, with its share of the total. */
function spendingBy(breakdown: 'nature' | 'economic' | 'function'): string {
	return `
WITH lines AS (
	SELECT report_id, item, parent, scope, stage, year,
		arg_min(value_wan, ordinal) AS value_wan,
		min(ordinal) AS ordinal,
		count(*)::INTEGER AS statements,
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
SELECT r.report_id, r.department_name, r.fiscal_year, r.kind,
	l.year, l.scope, ${label('l.scope', SCOPE_LABEL)} AS scope_label,
	l.stage, ${label('l.stage', STAGE_LABEL)} AS stage_label,
	l.item, l.parent, l.value_wan, l.statements, l.statements_differ,
	l.stated_share_pct, t.total_wan,
	${PCT_OF('l.value_wan', 't.total_wan')} AS computed_share_pct,
	l.quote, l.ordinal
FROM lines l
JOIN reports r ON r.report_id = l.report_id
LEFT JOIN totals t ON t.report_id = l.report_id AND t.scope = l.scope AND t.stage = l.stage AND t.year = l.year`;
}

const SPENDING_COLUMNS: Record<string, string> = {
	...REPORT_COLS,
	year: '数字所属年度',
	scope: '资金范围代码',
	scope_label: '资金范围',
	stage: '阶段代码',
	stage_label: '阶段',
	item: '科目',
	parent: '上级科目（如 基本支出）',
	value_wan: '金额（万元，首次陈述）',
	statements: '该数字被陈述的次数',
	statements_differ: '多次陈述的金额是否不一致',
	stated_share_pct: '所述占比（%）',
	total_wan: '同范围、同阶段、同年度的支出合计（万元，首次陈述；未陈述为空）',
	computed_share_pct: '计算占比 = 金额 ÷ 支出合计 × 100（%，两位小数）',
	quote: '首次陈述的出处引文',
	ordinal: '首次陈述在 budget 列表中的序号'
};

export const VIEWS: ViewDef[] = [
	{
		name: 'v_report_overview',
		zh: '报告总览',
		grain: '一份报告一行',
		columns: {
			report_id: '报告编号',
			department_id: '部门编号',
			department_name: '部门名称',
			province: '省',
			city: '市',
			district: '区/县',
			level: '行政级次',
			fiscal_year: '评价年度',
			kind: '报告类型代码',
			kind_label: '报告类型',
			title: '标题',
			simulated: '是否模拟数据',
			filing_date: '填报日期',
			income_final_wan: '本年收入决算合计（万元）；未披露为空',
			income_final_scope: '上列收入数字的资金范围（优先 all）',
			spending_final_wan: '本年支出决算合计（万元）；未披露为空',
			spending_final_scope: '上列支出数字的资金范围',
			sangong_final_wan: '“三公”经费决算合计（万元）；未披露为空',
			sangong_final_scope: '上列“三公”数字的资金范围',
			score_total: '所述自评总得分（分）',
			score_max: '所述总分值（分）',
			grade_stated: '所述绩效等级；未陈述为空',
			grade_computed: '按得分计算的等级：优≥90，良≥80，中≥60，差<60（财预〔2020〕10号）'
		},
		sql: `
WITH totals AS (
	SELECT b.report_id, b.flow, b.value_wan, b.scope,
		row_number() OVER (PARTITION BY b.report_id, b.flow ORDER BY ${SCOPE_RANK('b.scope')}, b.ordinal) AS rn
	FROM budget_lines b JOIN reports r ON r.report_id = b.report_id
	WHERE b.flow IN ('income', 'expenditure') AND b.breakdown = 'total' AND b.parent IS NULL
		AND b.stage = 'final' AND b.year = r.fiscal_year AND b.value_wan IS NOT NULL
),
sangong AS (
	SELECT s.report_id, s.value_wan, s.scope,
		row_number() OVER (PARTITION BY s.report_id ORDER BY ${SCOPE_RANK('s.scope')}, s.ordinal) AS rn
	FROM sangong_lines s JOIN reports r ON r.report_id = s.report_id
	WHERE s.item = 'total' AND s.stage = 'final' AND s.year = r.fiscal_year AND s.value_wan IS NOT NULL
)
SELECT r.report_id, r.department_id, r.department_name, r.province, r.city, r.district, r.level,
	r.fiscal_year, r.kind, r.kind_label, r.title, r.simulated, r.filing_date,
	i.value_wan AS income_final_wan, i.scope AS income_final_scope,
	e.value_wan AS spending_final_wan, e.scope AS spending_final_scope,
	g.value_wan AS sangong_final_wan, g.scope AS sangong_final_scope,
	r.score_total, r.score_max, r.grade_stated,
	${GRADE_OF('r.score_total')} AS grade_computed
FROM reports r
LEFT JOIN totals i ON i.report_id = r.report_id AND i.flow = 'income' AND i.rn = 1
LEFT JOIN totals e ON e.report_id = r.report_id AND e.flow = 'expenditure' AND e.rn = 1
LEFT JOIN sangong g ON g.report_id = r.report_id AND g.rn = 1`
	},
	{
		name: 'v_budget_totals',
		zh: '收支合计',
		grain: '报告 × 收支 × 资金范围 × 阶段 × 年度 一行（合计行，首次陈述）',
		columns: {
			...REPORT_COLS,
			flow: '收支代码',
			flow_label: '收支：收入/支出/年初结转结余/年末结转结余',
			scope: '资金范围代码',
			scope_label: '资金范围',
			stage: '阶段代码',
			stage_label: '阶段',
			year: '数字所属年度',
			value_wan: '金额（万元，首次陈述）',
			statements: '陈述次数',
			statements_differ: '多次陈述的金额是否不一致（如 衡阳 711.92 / 711.91）',
			stated_execution_rate_pct: '所述完成率/支出率（%）',
			quote: '首次陈述的出处引文',
			ordinal: '首次陈述在 budget 列表中的序号'
		},
		sql: `
SELECT r.report_id, r.department_name, r.fiscal_year, r.kind,
	b.flow, ${label('b.flow', FLOW_LABEL)} AS flow_label,
	b.scope, ${label('b.scope', SCOPE_LABEL)} AS scope_label,
	b.stage, ${label('b.stage', STAGE_LABEL)} AS stage_label,
	b.year,
	arg_min(b.value_wan, b.ordinal) AS value_wan,
	count(*)::INTEGER AS statements,
	count(DISTINCT b.value_wan) > 1 AS statements_differ,
	arg_min(b.stated_execution_rate_pct, b.ordinal) FILTER (WHERE b.stated_execution_rate_pct IS NOT NULL) AS stated_execution_rate_pct,
	arg_min(b.quote, b.ordinal) AS quote,
	min(b.ordinal) AS ordinal
FROM budget_lines b JOIN reports r ON r.report_id = b.report_id
WHERE b.breakdown = 'total' AND b.parent IS NULL
GROUP BY r.report_id, r.department_name, r.fiscal_year, r.kind, b.flow, b.scope, b.stage, b.year`
	},
	{
		name: 'v_spending_by_nature',
		zh: '按性质分的支出（基本支出/项目支出，人员经费/日常公用经费）',
		grain: '报告 × 科目 × 上级 × 资金范围 × 阶段 × 年度 一行（首次陈述）',
		columns: SPENDING_COLUMNS,
		sql: spendingBy('nature')
	},
	{
		name: 'v_spending_by_economic',
		zh: '按经济分类的支出（工资福利支出、商品和服务支出 …）',
		grain: '报告 × 科目 × 上级 × 资金范围 × 阶段 × 年度 一行（首次陈述）',
		columns: SPENDING_COLUMNS,
		sql: spendingBy('economic')
	},
	{
		name: 'v_spending_by_function',
		zh: '按功能分类的支出（科学技术支出、社会保障和就业支出 …）',
		grain: '报告 × 科目 × 上级 × 资金范围 × 阶段 × 年度 一行（首次陈述）',
		columns: SPENDING_COLUMNS,
		sql: spendingBy('function')
	},
	{
		name: 'v_sangong',
		zh: '“三公”经费：预算、决算与执行率',
		grain: '报告 × 项目 × 资金范围 × 年度 一行',
		columns: {
			...REPORT_COLS,
			item: '项目代码',
			item_label: '项目',
			item_order: '项目排序（合计在前）',
			written_label: '报告所写项目名（首次）',
			scope: '资金范围代码',
			year: '数字所属年度',
			budget_wan: '预算数（万元，首次陈述）；未披露为空',
			budget_quote: '预算数出处引文',
			final_wan: '决算数（万元，首次陈述）；未披露为空',
			final_quote: '决算数出处引文',
			stated_execution_rate_pct: '所述执行率（%）',
			computed_execution_rate_pct: '计算执行率 = 决算 ÷ 预算 × 100（%；预算为 0 或未披露为空）',
			stated_share_pct: '所述占“三公”合计比重（%）',
			change_base_year: '同比对比年度',
			stated_change_amount_wan: '所述同比变动金额（万元，减少为负）',
			stated_change_pct: '所述同比变动幅度（%，下降为负）'
		},
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
SELECT r.report_id, r.department_name, r.fiscal_year, r.kind,
	s.item, s.item_label, CAST(${label('s.item', SANGONG_ORDER)} AS INTEGER) AS item_order, s.written_label,
	s.scope, s.year, s.budget_wan, s.budget_quote, s.final_wan, s.final_quote,
	s.stated_execution_rate_pct,
	${PCT_OF('s.final_wan', 's.budget_wan')} AS computed_execution_rate_pct,
	s.stated_share_pct, s.change_base_year, s.stated_change_amount_wan, s.stated_change_pct
FROM s JOIN reports r ON r.report_id = s.report_id`
	},
	{
		name: 'v_scores',
		zh: '评分表',
		grain: '评分树的一个节点一行',
		columns: {
			...REPORT_COLS,
			score_framework: '评分体系',
			ordinal: '先序序号',
			path: '节点路径（一级/二级/三级）',
			parent_path: '上级路径',
			level: '层级',
			name: '名称',
			max: '所述分值（分）',
			score: '所述得分（分）',
			stated_rate_pct: '所述得分率（%）',
			computed_rate_pct: '计算得分率 = 得分 ÷ 分值 × 100（%）',
			assigned_by_finance: '财政赋分',
			score_quote: '得分出处引文'
		},
		sql: `
SELECT r.report_id, r.department_name, r.fiscal_year, r.kind, r.score_framework,
	s.ordinal, s.path, s.parent_path, s.level, s.name, s.max, s.score, s.stated_rate_pct,
	${PCT_OF('s.score', 's.max')} AS computed_rate_pct,
	s.assigned_by_finance, s.score_quote
FROM scores s JOIN reports r ON r.report_id = s.report_id`
	},
	{
		name: 'v_indicators',
		zh: '绩效指标：目标与实际',
		grain: '一个绩效指标一行',
		columns: {
			...REPORT_COLS,
			ordinal: '序号',
			task_name: '所属重点任务（关键性指标）',
			level1: '一级指标',
			level2: '二级指标',
			name: '三级指标',
			unit: '指标名中的单位',
			target_op: '目标运算符',
			target_value: '目标值',
			target_value2: '区间上限',
			target_unit: '目标单位',
			target_text: '目标原文',
			actual_value: '实际值',
			actual_unit: '实际值单位',
			actual_text: '实际值原文',
			stated_completion_pct: '所述完成率（%）',
			max: '所述分值（分）',
			score: '所述得分（分）',
			target_quote: '目标出处引文',
			actual_quote: '实际值出处引文'
		},
		sql: `
SELECT r.report_id, r.department_name, r.fiscal_year, r.kind,
	i.ordinal, i.task_name, i.level1, i.level2, i.name, i.unit,
	i.target_op, i.target_value, i.target_value2, i.target_unit, i.target_text,
	i.actual_value, i.actual_unit, i.actual_text, i.stated_completion_pct, i.max, i.score,
	i.target_quote, i.actual_quote
FROM indicators i JOIN reports r ON r.report_id = i.report_id`
	},
	{
		name: 'v_narratives',
		zh: '绩效目标、存在问题与改进措施',
		grain: '一条一行',
		columns: {
			...REPORT_COLS,
			section: '部分代码：goal / problem / measure',
			section_label: '部分：绩效目标/存在问题/改进措施',
			ordinal: '该部分内序号',
			title: '小标题',
			text: '正文',
			quote: '出处引文'
		},
		sql: `
SELECT r.report_id, r.department_name, r.fiscal_year, r.kind,
	n.section, ${label('n.section', SECTION_LABEL)} AS section_label, n.ordinal, n.title, n.text, n.quote
FROM narratives n JOIN reports r ON r.report_id = n.report_id`
	}
];

VIEWS.push({
	name: 'v_audit_summary',
	zh: '勾稽校验汇总：每份报告按严重程度的发现数',
	grain: '一份报告一行（没有发现的报告计数为 0）',
	columns: {
		report_id: '报告编号',
		department_id: '部门编号',
		department_name: '部门名称',
		fiscal_year: '评价年度',
		kind: '报告类型代码',
		kind_label: '报告类型',
		findings: '发现总数',
		errors: '错误（error）数',
		warnings: '警告（warning）数',
		notes: '提示（note）数'
	},
	sql: `
SELECT r.report_id, r.department_id, r.department_name, r.fiscal_year, r.kind, r.kind_label,
	count(f.finding_id)::INTEGER AS findings,
	count(f.finding_id) FILTER (WHERE f.severity = 'error')::INTEGER AS errors,
	count(f.finding_id) FILTER (WHERE f.severity = 'warning')::INTEGER AS warnings,
	count(f.finding_id) FILTER (WHERE f.severity = 'note')::INTEGER AS notes
FROM reports r LEFT JOIN audit_findings f ON f.report_id = r.report_id
GROUP BY r.report_id, r.department_id, r.department_name, r.fiscal_year, r.kind, r.kind_label`
});

/** Filters of the audit findings (/audit): each empty/undefined filter is not applied. */
export type AuditFilter = { report?: string; department?: string; year?: number | null; rule?: string; severity?: string };

function auditWhere(f: AuditFilter): string {
	const w: string[] = [];
	if (f.report) w.push(`f.report_id = ${sqlString(f.report)}`);
	if (f.department) w.push(`r.department_id = ${sqlString(f.department)}`);
	if (f.year != null && Number.isFinite(f.year)) w.push(`r.fiscal_year = ${Math.trunc(f.year)}`);
	if (f.rule) w.push(`f.rule = ${sqlString(f.rule)}`);
	if (f.severity) w.push(`f.severity = ${sqlString(f.severity)}`);
	return w.length ? `WHERE ${w.join(' AND ')}` : '';
}

/** Audit findings with their report's department and year, in report then catalogue order. */
export function auditFindingsQuery(f: AuditFilter = {}): string {
	return `SELECT f.*, r.department_id, r.department_name, r.fiscal_year, r.kind_label, r.title AS report_title
FROM audit_findings f JOIN reports r ON r.report_id = f.report_id
${auditWhere(f)}
ORDER BY r.fiscal_year DESC, r.department_name, f.report_id, f.ordinal`;
}

/** Counts per severity of the findings matching the filter (every severity, 0 when none). */
export function auditSeverityCountsQuery(f: AuditFilter = {}): string {
	return `SELECT s.severity, count(f.finding_id)::INTEGER AS n
FROM (VALUES ('error', 0), ('warning', 1), ('note', 2)) s(severity, o)
LEFT JOIN (SELECT f.* FROM audit_findings f JOIN reports r ON r.report_id = f.report_id ${auditWhere(f)}) f ON f.severity = s.severity
GROUP BY s.severity, s.o ORDER BY s.o`;
}

/** The figures (with verbatim quotes) of the findings matching the filter. */
export function auditFiguresQuery(f: AuditFilter = {}): string {
	return `SELECT g.* FROM audit_figures g
JOIN audit_findings f ON f.report_id = g.report_id AND f.finding_id = g.finding_id
JOIN reports r ON r.report_id = f.report_id
${auditWhere(f)}
ORDER BY g.report_id, g.finding_id, g.ordinal`;
}

/** CREATE VIEW statements, in dependency order. */
export function createViewStatements(): string[] {
	return VIEWS.map((v) => `CREATE OR REPLACE VIEW ${v.name} AS ${v.sql.trim()}`);
}

/* ------------------------------------------------------------------ named queries */

/** All reports, newest year first. */
export function reportListQuery(): string {
	return `SELECT * FROM v_report_overview ORDER BY fiscal_year DESC, department_name, kind, report_id`;
}

/** One report's overview row. */
export function reportOverviewQuery(reportId: string): string {
	return `SELECT * FROM v_report_overview WHERE report_id = ${sqlString(reportId)}`;
}

export function budgetTotalsQuery(reportId: string): string {
	return `SELECT * FROM v_budget_totals WHERE report_id = ${sqlString(reportId)}
ORDER BY year DESC, flow, ${SCOPE_RANK('scope')}, stage, ordinal`;
}

export function spendingQuery(reportId: string, breakdown: 'nature' | 'economic' | 'function'): string {
	return `SELECT * FROM v_spending_by_${breakdown} WHERE report_id = ${sqlString(reportId)}
ORDER BY year DESC, ${SCOPE_RANK('scope')}, stage, ordinal`;
}

export function sangongQuery(reportId: string): string {
	return `SELECT * FROM v_sangong WHERE report_id = ${sqlString(reportId)} ORDER BY year DESC, ${SCOPE_RANK('scope')}, item_order`;
}

export function scoresQuery(reportId: string): string {
	return `SELECT * FROM v_scores WHERE report_id = ${sqlString(reportId)} ORDER BY ordinal`;
}

export function indicatorsQuery(reportId: string): string {
	return `SELECT * FROM v_indicators WHERE report_id = ${sqlString(reportId)} ORDER BY ordinal`;
}

export function narrativesQuery(reportId: string): string {
	return `SELECT * FROM v_narratives WHERE report_id = ${sqlString(reportId)}
ORDER BY CASE section WHEN 'goal' THEN 0 WHEN 'problem' THEN 1 ELSE 2 END, ordinal`;
}

/** Row count of every table (for status pages and checks). */
export function tableCountsQuery(tables: readonly string[]): string {
	return tables.map((t) => `SELECT ${sqlString(t)} AS table_name, count(*)::INTEGER AS row_count FROM ${sqlIdent(t)}`).join('\nUNION ALL\n');
}

/* ------------------------------------------------------------------ docs */

/** Markdown documentation of every view (Chinese, for the README). */
export function viewsMarkdown(): string {
	const lines: string[] = [];
	for (const v of VIEWS) {
		lines.push(`#### \`${v.name}\` ${v.zh}`, '', `每行：${v.grain}。`, '', '| 列 | 说明 |', '|---|---|');
		for (const [c, note] of Object.entries(v.columns)) lines.push(`| \`${c}\` | ${note.replace(/\|/g, '\\|')} |`);
		lines.push('');
	}
	return lines.join('\n');
}
