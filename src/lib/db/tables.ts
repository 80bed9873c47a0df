/**
 * The analytic table layout: long and typed, one row per stated figure, built to hold
 * 100,000 reports. `TABLES` is the single source of the Arrow schema (./arrow.ts), of the
 * DuckDB tables (./dataset.ts) and of the data dictionary (./dictionary.ts).
 *
 * Rules
 * - Every table carries `report_id` (→ reports.report_id) and an `ordinal`: the 0-based index
 *   of the statement in the record's list, so `budget_lines` row (r, 3) is `budget[3]` of record
 *   r. "The first statement" of a figure stated twice is the one with the lowest ordinal.
 * - Money in 万元 (`*_wan`, DOUBLE), percentages in percent (`*_pct`: 58.12 means 58.12 %).
 * - A figure the record does not state is NULL, never 0.
 * - Nothing here computes: rows hold what the report states. Computations live in the views
 *   (./views.ts, ./metrics.ts).
 * - The one exception: audit_findings / audit_figures hold the findings of the consistency
 *   audit (src/lib/audit, pure), recomputed from each record here so pages read them through
 *   DuckDB like every other number.
 *
 * Pure: no I/O, runs in Node and in the browser.
 */
import { peerType } from './dept-type';
import { statedFigures } from '../audit/scope';
import {
	REPORT_KIND_LABEL,
	SANGONG_LABEL,
	type Figure,
	type Indicator,
	type Money,
	type NarrativeSection,
	type Report,
	type ScoreNode,
	type StatedChange,
	type TextItem
} from '../schema/report';
import { auditReport, RULE_BY_ID, FAMILY_LABEL } from '../audit/index';
import { SEVERITY_LABEL } from '../schema/finding';
import { COL_TYPE_SQL, type CellOf, type ColType } from './columns';

/* ------------------------------------------------------------------ definitions */

export { COL_TYPE_SQL, type ColType };

export type ColumnDef<N extends string = string, T extends ColType = ColType> = {
	name: N;
	type: T;
	/** unit of the value: '万元', '%', '分', '' … (undefined for non-quantities) */
	unit?: string;
	zh: string;
	en: string;
	/** never NULL */
	required?: boolean;
};

export type TableDef<N extends string = string, C extends readonly ColumnDef[] = readonly ColumnDef[]> = {
	name: N;
	zh: string;
	en: string;
	/** what one row is */
	grain: string;
	columns: C;
};

function col<const N extends string, const T extends ColType, const O extends { unit?: string; required?: boolean } = Record<never, never>>(
	name: N,
	type: T,
	zh: string,
	en: string,
	opts?: O
): ColumnDef<N, T> & O {
	return { name, type, zh, en, ...(opts ?? ({} as O)) };
}

function table<const N extends string, const C extends readonly ColumnDef[]>(
	name: N,
	zh: string,
	en: string,
	grain: string,
	columns: C
): TableDef<N, C> {
	return { name, zh, en, grain, columns };
}

const WAN = { unit: '万元' } as const;
const PCT = { unit: '%' } as const;
const PTS = { unit: '分' } as const;
const REQ = { required: true } as const;

const reportId = col('report_id', 'utf8', '报告编号（→ reports.report_id）', 'report id', REQ);
const ordinal = (list: string) =>
	col('ordinal', 'int32', `在记录 ${list} 列表中的序号（从 0 起；同一数字多次陈述时取序号最小者）`, `0-based index in the record's ${list} list`, REQ);

/** Columns of a stated year-on-year change (StatedChange). */
const changeColumns = [
	col('change_base_year', 'int32', '同比变动的对比年度', 'year the stated change compares against'),
	col('change_amount_wan', 'float64', '所述变动金额（万元，减少为负）', 'stated change amount (万元, signed)', WAN),
	col('change_amount_text', 'utf8', '变动金额原文数字', 'change amount as written'),
	col('change_amount_quote', 'utf8', '变动金额出处引文', 'quote of the change amount'),
	col('change_pct', 'float64', '所述变动幅度（百分点，下降为负）', 'stated change (percent, signed)', PCT),
	col('change_pct_text', 'utf8', '变动幅度原文数字', 'change percent as written'),
	col('change_pct_quote', 'utf8', '变动幅度出处引文', 'quote of the change percent'),
	col('change_direction', 'utf8', '方向词：up（增加/增长）、down（减少/下降），未写方向词为空', "direction word: 'up' | 'down'; NULL if none written")
] as const;

export const TABLES = [
	table('reports', '报告', 'reports', '一份报告一行（部门 × 年度 × 类型）', [
		reportId,
		col('kind', 'utf8', '报告类型：self_evaluation / target_table / project_self_evaluation / project_target_table / external_evaluation', 'report kind', REQ),
		col('kind_label', 'utf8', '报告类型中文名', 'report kind in Chinese', REQ),
		col('fiscal_year', 'int32', '评价年度', 'fiscal year', REQ),
		col('title', 'utf8', '标题', 'title', REQ),
		col('department_id', 'utf8', '部门编号', 'department id', REQ),
		col('department_name', 'utf8', '部门名称', 'department name', REQ),
		col('province', 'utf8', '省', 'province', REQ),
		col('city', 'utf8', '市', 'city'),
		col('district', 'utf8', '区/县', 'district / county'),
		col('level', 'utf8', '行政级次：省级/市级/县级/区级', 'government level', REQ),
		col('dept_type', 'utf8', '部门类型，如 科学技术协会（同类归并为一个词：各镇的人民政府为 乡镇人民政府，第N中学为 中学，某局的分局为该局，简称为全称；见 dept-type.ts）', 'department type, one word per kind of unit', REQ),
		col('preparer', 'utf8', '填报人', 'preparer'),
		col('filing_date', 'date', '填报日期', 'filing date'),
		col('filing_date_quote', 'utf8', '填报日期出处引文', 'quote of the filing date'),
		col('source_file', 'utf8', '原文文件（data/sources/ 下）', 'source document under data/sources/', REQ),
		col('simulated', 'bool', '是否模拟数据', 'generated demo data', REQ),
		col('score_framework', 'utf8', '评分体系：guangdong / hunan / other', 'score-tree family'),
		col('score_total', 'float64', '所述总得分', 'stated total score', PTS),
		col('score_total_text', 'utf8', '总得分原文数字', 'total score as written'),
		col('score_total_quote', 'utf8', '总得分出处引文', 'quote of the total score'),
		col('score_max', 'float64', '所述总分值', 'stated maximum score', PTS),
		col('score_stated_rate_pct', 'float64', '所述总得分率', 'stated total score rate', PCT),
		col('grade_stated', 'utf8', '所述绩效等级：优/良/中/差', 'stated grade'),
		col('grade_quote', 'utf8', '绩效等级出处引文', 'quote of the stated grade'),
		col('goal_text', 'utf8', '部门整体支出绩效目标（全文见 narratives）', 'stated performance goal'),
		col('project_name', 'utf8', '项目名称（项目支出绩效自评表、目标表）', 'project name, for project records'),
		col('project_code', 'utf8', '项目编码', 'project code'),
		col('project_supervisor', 'utf8', '主管部门（原文）', 'supervising department as written'),
		col('project_implementer', 'utf8', '实施单位（原文）', 'implementing unit as written'),
		col('project_category', 'utf8', '项目类别/性质（原文）', 'project category as written'),
		col('project_count', 'int32', '报告所涉项目个数（如“实施项目共15个”）', 'number of projects a unit-level project report covers'),
		col('source_url', 'utf8', '原文发布地址', 'address the report was published at'),
		col('figures_stated', 'int32', '报告写明的可核对数字个数（金额、“三公”、人数、评分、有数值的指标；0 即勾稽校验无从核对）', 'figures the audit can check (statedFigures)', REQ)
	]),
	table('staffing', '人员编制', 'staffing', '一个所述人数一行', [
		reportId,
		ordinal('staffing'),
		col('unit', 'utf8', '单位：本级 或下属单位名称', "whose staff: '本级' or the unit's name", REQ),
		col('category', 'utf8', '编制类别：行政编制、事业编制 …；合计', 'staff category', REQ),
		col('measure', 'utf8', '口径：authorized 核定编制 / actual 实有 / retired 离退休 / contracted 外聘 / financed 财政供养 / subordinate_units 下属单位数', 'measure', REQ),
		col('count', 'float64', '所述人数（或单位数）', 'stated count', REQ),
		col('count_unit', 'utf8', '计量单位：人、个', 'unit of the count'),
		col('count_text', 'utf8', '原文数字', 'count as written', REQ),
		col('quote', 'utf8', '出处引文', 'quote', REQ)
	]),
	table('budget_lines', '收支数字', 'budget lines', '一个所述金额一行（同一金额在正文和表格各出现一次则两行）', [
		reportId,
		ordinal('budget'),
		col('flow', 'utf8', '收支：income 收入 / expenditure 支出 / opening_balance 年初结转结余 / closing_balance 年末结转结余', 'flow', REQ),
		col('breakdown', 'utf8', '分类：total 合计 / source 来源 / nature 性质 / economic 经济分类 / function 功能分类 / project 项目 / development 事业发展性 / budget_level 预算级次', 'breakdown', REQ),
		col('item', 'utf8', '规范化科目名：合计、财政拨款收入、基本支出、工资福利支出、科学技术支出 …', 'normalised line label', REQ),
		col('parent', 'utf8', '上级科目，如 人员经费 的 基本支出', 'the line it is part of'),
		col('scope', 'utf8', '资金范围：all 部门整体 / fiscal 财政拨款 / general_public 一般公共预算 / other 其他资金', 'fund scope', REQ),
		col('stage', 'utf8', '阶段：initial 年初预算 / addition 年中追加(调减为负) / adjusted 调整预算 / budget 预算数 / final 决算', 'budget stage', REQ),
		col('year', 'int32', '数字所属年度（上年数为 评价年度−1）', 'year the figure is for', REQ),
		col('value_wan', 'float64', '金额（万元）', 'amount (万元)', { ...WAN, required: true }),
		col('written_text', 'utf8', '原文数字', 'number as written', REQ),
		col('written_unit', 'utf8', '原文单位：万元/元/亿元', 'unit as written', REQ),
		col('quote', 'utf8', '出处引文', 'quote', REQ),
		col('stated_share_pct', 'float64', '所述占比', 'stated share of the whole', PCT),
		col('share_quote', 'utf8', '占比出处引文', 'quote of the share'),
		col('stated_execution_rate_pct', 'float64', '所述完成率/支出率', 'stated execution rate', PCT),
		col('execution_rate_quote', 'utf8', '完成率出处引文', 'quote of the execution rate'),
		...changeColumns
	]),
	table('sangong_lines', '“三公”经费', '三公 lines', '一个所述“三公”数字一行', [
		reportId,
		ordinal('sangong'),
		col('item', 'utf8', '项目：total 合计 / abroad 因公出国(境) / vehicle 公务用车购置及运行维护 / vehicle_purchase 购置 / vehicle_operation 运行维护 / reception 公务接待', 'item code', REQ),
		col('item_label', 'utf8', '项目规范中文名', 'item in Chinese', REQ),
		col('written_label', 'utf8', '报告所写项目名', 'label as the report writes it'),
		col('stage', 'utf8', '阶段：budget 预算 / final 决算', 'stage', REQ),
		col('scope', 'utf8', '资金范围（同 budget_lines.scope）', 'fund scope', REQ),
		col('year', 'int32', '数字所属年度', 'year the figure is for', REQ),
		col('value_wan', 'float64', '金额（万元）；只陈述比率或变动时为空', 'amount (万元); NULL when only a rate/change is stated', WAN),
		col('written_text', 'utf8', '原文数字', 'number as written'),
		col('written_unit', 'utf8', '原文单位', 'unit as written'),
		col('quote', 'utf8', '金额出处引文', 'quote of the amount'),
		col('stated_share_pct', 'float64', '所述占“三公”合计比重', 'stated share of the 三公 total', PCT),
		col('share_quote', 'utf8', '占比出处引文', 'quote of the share'),
		col('stated_execution_rate_pct', 'float64', '所述执行率（决算÷预算）', 'stated execution rate', PCT),
		col('execution_rate_quote', 'utf8', '执行率出处引文', 'quote of the execution rate'),
		...changeColumns
	]),
	table('scores', '评分表', 'scores', '评分树的一个节点一行（先序遍历）', [
		reportId,
		col('ordinal', 'int32', '先序遍历序号（从 0 起）', 'pre-order position (0-based)', REQ),
		col('record_path', 'utf8', '记录中的路径，如 scores.tree[0].children[1]', 'JSON path in the record', REQ),
		col('path', 'utf8', '节点路径：一级/二级/三级 名称以 / 连接', "node path: names joined by '/'", REQ),
		col('parent_path', 'utf8', '上级节点路径（一级为空）', 'parent node path (NULL at level 1)'),
		col('level', 'int32', '层级 1/2/3', 'level', REQ),
		col('name', 'utf8', '指标名称', 'name', REQ),
		col('max', 'float64', '所述分值', 'stated maximum', PTS),
		col('max_quote', 'utf8', '分值出处引文', 'quote of the maximum'),
		col('score', 'float64', '所述得分', 'stated score', PTS),
		col('score_quote', 'utf8', '得分出处引文', 'quote of the score'),
		col('stated_rate_pct', 'float64', '所述得分率', 'stated score rate', PCT),
		col('stated_rate_quote', 'utf8', '得分率出处引文', 'quote of the score rate'),
		col('assigned_by_finance', 'bool', '财政赋分（未说明为空）', 'scored by the finance bureau (NULL if not said)')
	]),
	table('indicators', '绩效指标', 'indicators', '一个绩效指标一行（含重点任务下的关键性指标）', [
		reportId,
		col('ordinal', 'int32', '序号（从 0 起）：先 indicators 列表，后各重点任务的指标', 'position: record indicators first, then task indicators', REQ),
		col('record_path', 'utf8', '记录中的路径，如 indicators[3] 或 tasks[1].indicators[0]', 'JSON path in the record', REQ),
		col('task_ordinal', 'int32', '所属重点任务序号（→ tasks.ordinal；不属于任务为空）', 'task it belongs to (→ tasks.ordinal)'),
		col('task_name', 'utf8', '所属重点任务名称', 'name of the task it belongs to'),
		col('level1', 'utf8', '一级指标：产出指标/效益指标/满意度指标 …（报告未写明时为空）', 'level-1 class'),
		col('level2', 'utf8', '二级指标：数量/质量/时效/成本/社会效益 …（报告未写明时为空）', 'level-2 class'),
		col('name', 'utf8', '三级指标名称（原文）', 'indicator name as written', REQ),
		col('unit', 'utf8', '指标名中的单位', 'unit named in the indicator name'),
		col('target_op', 'utf8', '目标运算符：>= > <= < = range deadline text', 'target operator'),
		col('target_value', 'float64', '目标值（区间下限）', 'target value (lower bound of a range)'),
		col('target_value2', 'float64', '区间上限', 'upper bound of a range'),
		col('target_unit', 'utf8', '目标值单位', 'unit of the target'),
		col('target_text', 'utf8', '目标原文，如 ≥65、5-8、2025年12月前', 'target as written'),
		col('target_quote', 'utf8', '目标出处引文', 'quote of the target'),
		col('actual_value', 'float64', '实际完成值（定性为空）', 'actual value (NULL when qualitative)'),
		col('actual_unit', 'utf8', '实际值单位', 'unit of the actual'),
		col('actual_text', 'utf8', '实际值原文', 'actual as written'),
		col('actual_quote', 'utf8', '实际值出处引文', 'quote of the actual'),
		col('stated_completion_pct', 'float64', '所述完成率', 'stated completion rate', PCT),
		col('completion_quote', 'utf8', '完成率出处引文', 'quote of the completion rate'),
		col('max', 'float64', '所述分值', 'stated maximum', PTS),
		col('max_quote', 'utf8', '分值出处引文', 'quote of the maximum'),
		col('score', 'float64', '所述得分', 'stated score', PTS),
		col('score_quote', 'utf8', '得分出处引文', 'quote of the score')
	]),
	table('tasks', '重点工作任务', 'tasks', '一项任务一行', [
		reportId,
		ordinal('tasks'),
		col('kind', 'utf8', 'key 重点工作任务 / plan 年度工作计划', 'task kind', REQ),
		col('name', 'utf8', '任务名称', 'name', REQ),
		col('content', 'utf8', '主要实施内容', 'content'),
		col('actual', 'utf8', '实际完成情况', 'what was done'),
		col('stated_completion_pct', 'float64', '所述完成率', 'stated completion', PCT),
		col('completion_quote', 'utf8', '完成率出处引文', 'quote of the completion'),
		col('indicator_count', 'int32', '关键性指标个数（未列指标为空）', 'number of key indicators (NULL when none listed)'),
		col('quote', 'utf8', '出处引文', 'quote', REQ)
	]),
	table('narratives', '文字段落', 'narratives', '绩效目标、存在问题、改进措施的一条一行', [
		reportId,
		col('section', 'utf8', '部分：goal 绩效目标 / problem 存在问题 / measure 改进措施', 'section', REQ),
		col('ordinal', 'int32', '该部分内序号（从 0 起）', '0-based position within the section', REQ),
		col('title', 'utf8', '小标题', 'heading'),
		col('text', 'utf8', '正文', 'text', REQ),
		col('quote', 'utf8', '出处引文', 'quote', REQ)
	]),
	table('audit_findings', '勾稽校验发现', 'audit findings', '一条勾稽校验发现一行（由 auditReport 从记录重算，不存于记录中）', [
		reportId,
		col('ordinal', 'int32', '该报告发现中的序号（从 0 起，按规则目录顺序）', '0-based position in the report\'s findings', REQ),
		col('finding_id', 'utf8', '发现编号（报告内唯一：规则 + 所涉数字的路径）', 'finding id, unique within the report', REQ),
		col('rule', 'utf8', '规则代码，如 sum.basic', 'rule id', REQ),
		col('rule_label', 'utf8', '规则中文名（规则目录）', 'rule name in Chinese', REQ),
		col('rule_description', 'utf8', '规则说明（规则目录）', 'what the rule checks, in Chinese', REQ),
		col('family', 'utf8', '规则类别：sums / computed / duplicates / plausibility', 'rule family', REQ),
		col('family_label', 'utf8', '规则类别中文名：分项与合计/所述与计算/前后一致/合理性', 'rule family in Chinese', REQ),
		col('severity', 'utf8', '严重程度：error 错误 / warning 警告 / note 提示', 'severity', REQ),
		col('severity_label', 'utf8', '严重程度中文名', 'severity in Chinese', REQ),
		col('title', 'utf8', '标题', 'short heading', REQ),
		col('message', 'utf8', '说明（可用计算器核对的一句话）', 'explanation', REQ),
		col('expected', 'float64', '由其他数字推出的应有值（数值）；非数值为空', 'expected value (numeric)'),
		col('expected_text', 'utf8', '应有值为文字时（如等级）的文字', 'expected value when it is a text'),
		col('stated', 'float64', '报告所写的值（数值）；非数值为空', 'stated value (numeric)'),
		col('stated_text', 'utf8', '所写值为文字时的文字', 'stated value when it is a text'),
		col('difference', 'float64', '差额 = 所写 − 应有（单位同 unit）', 'stated − expected'),
		col('unit', 'utf8', 'expected / stated / difference 的单位：万元、%、个百分点、分、人 …', 'unit of expected/stated/difference', REQ),
		col('tolerance', 'float64', '比较时允许的舍入误差（单位同 unit）', 'rounding tolerance allowed'),
		col('figure_count', 'int32', '所涉数字个数（→ audit_figures）', 'number of figures (→ audit_figures)', REQ),
		col('figures_json', 'utf8', '所涉数字的 JSON 数组（label, value, unit, text, quote, path）', 'the figures as JSON text', REQ)
	]),
	table('audit_figures', '勾稽校验所涉数字', 'audit figures', '一条发现所依据的一个所述数字一行（含原文引文）', [
		reportId,
		col('finding_id', 'utf8', '发现编号（→ audit_findings.finding_id，与 report_id 一起唯一）', 'finding id (→ audit_findings)', REQ),
		col('ordinal', 'int32', '该发现中的序号（从 0 起）', '0-based position within the finding', REQ),
		col('label', 'utf8', '数字是什么，如 2024年部门整体支出（决算）·基本支出', 'what the figure is', REQ),
		col('value', 'float64', '所述数值（单位见 unit；非数值为空）', 'value as stated (NULL when not a number)'),
		col('unit', 'utf8', '单位', 'unit', REQ),
		col('text', 'utf8', '原文数字（含与 unit 不同的原文单位，如 237.07元）', 'number as written'),
		col('quote', 'utf8', '出处引文（原文逐字）', 'verbatim quote', REQ),
		col('path', 'utf8', '记录中的 JSON 路径，如 budget[12].amount', 'JSON path in the record')
	])
] as const;

export type Tables = typeof TABLES;
export type TableName = Tables[number]['name'];
export const TABLE_NAMES: TableName[] = TABLES.map((t) => t.name);

type ColumnsOf<N extends TableName> = Extract<Tables[number], { name: N }>['columns'][number];
/** One row of table N: column name → value (dates as 'YYYY-MM-DD'), NULL as null unless required. */
export type RowOf<N extends TableName> = {
	[C in ColumnsOf<N> as C['name']]: C extends { required: true } ? CellOf<C['type']> : CellOf<C['type']> | null;
};
export type TableRows = { [N in TableName]: RowOf<N>[] };

export function tableDef(name: string): TableDef | undefined {
	return (TABLES as readonly TableDef[]).find((t) => t.name === name);
}

export function isTableName(name: string): name is TableName {
	return TABLE_NAMES.includes(name as TableName);
}

/* ------------------------------------------------------------------ records → rows */

const fig = (f: Figure | undefined) => f?.value ?? null;
const quoteOf = (f: { quote: string } | undefined) => f?.quote ?? null;

function moneyCols(m: Money) {
	return { value_wan: m.wan, written_text: m.text, written_unit: m.unit, quote: m.quote };
}

function optionalMoneyCols(m: Money | undefined) {
	return { value_wan: m?.wan ?? null, written_text: m?.text ?? null, written_unit: m?.unit ?? null, quote: m?.quote ?? null };
}

/** The stated share, execution rate and change a budget or 三公 line may carry. */
function statedCols(l: { share?: Figure; execution_rate?: Figure; change?: StatedChange }) {
	return {
		stated_share_pct: fig(l.share),
		share_quote: quoteOf(l.share),
		stated_execution_rate_pct: fig(l.execution_rate),
		execution_rate_quote: quoteOf(l.execution_rate),
		...changeCols(l.change)
	};
}

function changeCols(c: StatedChange | undefined) {
	return {
		change_base_year: c?.base_year ?? null,
		change_amount_wan: c?.amount?.wan ?? null,
		change_amount_text: c?.amount?.text ?? null,
		change_amount_quote: c?.amount?.quote ?? null,
		change_pct: c?.pct?.value ?? null,
		change_pct_text: c?.pct?.text ?? null,
		change_pct_quote: c?.pct?.quote ?? null,
		change_direction: c?.direction ?? null
	};
}

/** The `reports` row of a record: identity, department, stated total score and grade. */
function reportRow(r: Report): RowOf<'reports'> {
	const d = r.department;
	const s = r.scores;
	return {
		report_id: r.id,
		kind: r.kind,
		kind_label: REPORT_KIND_LABEL[r.kind],
		fiscal_year: r.fiscal_year,
		title: r.title,
		department_id: d.id,
		department_name: d.name,
		province: d.region.province,
		city: d.region.city ?? null,
		district: d.region.district ?? null,
		level: d.level,
		dept_type: peerType(d.type),
		preparer: d.preparer ?? null,
		filing_date: r.filing_date?.value ?? null,
		filing_date_quote: r.filing_date?.quote ?? null,
		source_file: r.source_file,
		simulated: r.simulated ?? false,
		score_framework: s?.framework ?? null,
		score_total: s?.total?.score.value ?? null,
		score_total_text: s?.total?.score.text ?? null,
		score_total_quote: s?.total?.score.quote ?? null,
		score_max: fig(s?.total?.max),
		score_stated_rate_pct: fig(s?.total?.stated_rate),
		grade_stated: s?.grade?.value ?? null,
		grade_quote: s?.grade?.quote ?? null,
		goal_text: r.goal?.text ?? null,
		project_name: r.project?.name.value ?? null,
		project_code: r.project?.code?.value ?? null,
		project_supervisor: r.project?.supervisor?.value ?? null,
		project_implementer: r.project?.implementer?.value ?? null,
		project_category: r.project?.category?.value ?? null,
		project_count: r.project_count?.value ?? null,
		source_url: r.source_url ?? null,
		figures_stated: statedFigures(r)
	};
}

function staffingRows(r: Report): RowOf<'staffing'>[] {
	return r.staffing.map((l, i) => ({
		report_id: r.id,
		ordinal: i,
		unit: l.unit,
		category: l.category,
		measure: l.measure,
		count: l.count.value,
		count_unit: l.count.unit || null,
		count_text: l.count.text,
		quote: l.count.quote
	}));
}

function budgetRows(r: Report): RowOf<'budget_lines'>[] {
	return r.budget.map((l, i) => ({
		report_id: r.id,
		ordinal: i,
		flow: l.flow,
		breakdown: l.breakdown,
		item: l.item,
		parent: l.parent ?? null,
		scope: l.scope,
		stage: l.stage,
		year: l.year,
		...moneyCols(l.amount),
		...statedCols(l)
	}));
}

function sangongRows(r: Report): RowOf<'sangong_lines'>[] {
	return r.sangong.map((l, i) => ({
		report_id: r.id,
		ordinal: i,
		item: l.item,
		item_label: SANGONG_LABEL[l.item],
		written_label: l.label ?? null,
		stage: l.stage,
		scope: l.scope,
		year: l.year,
		...optionalMoneyCols(l.amount),
		...statedCols(l)
	}));
}

/** The score tree in pre-order, each node with its path and the path of its parent. */
function scoreRows(r: Report): RowOf<'scores'>[] {
	const out: RowOf<'scores'>[] = [];
	const walk = (nodes: ScoreNode[], parentPath: string | null, recordPath: string) =>
		nodes.forEach((node, i) => {
			const path = parentPath === null ? node.name : `${parentPath}/${node.name}`;
			const here = `${recordPath}[${i}]`;
			out.push({
				report_id: r.id,
				ordinal: out.length,
				record_path: here,
				path,
				parent_path: parentPath,
				level: node.level,
				name: node.name,
				max: fig(node.max),
				max_quote: quoteOf(node.max),
				score: fig(node.score),
				score_quote: quoteOf(node.score),
				stated_rate_pct: fig(node.stated_rate),
				stated_rate_quote: quoteOf(node.stated_rate),
				assigned_by_finance: node.assigned_by_finance ?? null
			});
			if (node.children?.length) walk(node.children, path, `${here}.children`);
		});
	if (r.scores) walk(r.scores.tree, null, 'scores.tree');
	return out;
}

function indicatorRow(r: Report, ordinal: number, ind: Indicator, recordPath: string, task: { ordinal: number; name: string } | null): RowOf<'indicators'> {
	return {
		report_id: r.id,
		ordinal,
		record_path: recordPath,
		task_ordinal: task?.ordinal ?? null,
		task_name: task?.name ?? null,
		level1: ind.level1 ?? null,
		level2: ind.level2 ?? null,
		name: ind.name,
		unit: ind.unit ?? null,
		target_op: ind.target?.op ?? null,
		target_value: ind.target?.value ?? null,
		target_value2: ind.target?.value2 ?? null,
		target_unit: ind.target?.unit ?? null,
		target_text: ind.target?.text ?? null,
		target_quote: ind.target?.quote ?? null,
		actual_value: ind.actual?.value ?? null,
		actual_unit: ind.actual?.unit ?? null,
		actual_text: ind.actual?.text ?? null,
		actual_quote: ind.actual?.quote ?? null,
		stated_completion_pct: fig(ind.stated_completion),
		completion_quote: quoteOf(ind.stated_completion),
		max: fig(ind.max),
		max_quote: quoteOf(ind.max),
		score: fig(ind.score),
		score_quote: quoteOf(ind.score)
	};
}

/** The record's indicators, then the key indicators of each task (numbered on from them). */
function indicatorRows(r: Report): RowOf<'indicators'>[] {
	const own = r.indicators.map((ind, i) => indicatorRow(r, i, ind, `indicators[${i}]`, null));
	const ofTasks = r.tasks.flatMap((t, ti) => (t.indicators ?? []).map((ind, i) => ({ ind, path: `tasks[${ti}].indicators[${i}]`, task: { ordinal: ti, name: t.name } })));
	return [...own, ...ofTasks.map((x, k) => indicatorRow(r, own.length + k, x.ind, x.path, x.task))];
}

function taskRows(r: Report): RowOf<'tasks'>[] {
	return r.tasks.map((t, ti) => ({
		report_id: r.id,
		ordinal: ti,
		kind: t.kind,
		name: t.name,
		content: t.content ?? null,
		actual: t.actual ?? null,
		stated_completion_pct: fig(t.completion),
		completion_quote: quoteOf(t.completion),
		indicator_count: t.indicators ? t.indicators.length : null,
		quote: t.quote
	}));
}

function narrativeRows(r: Report): RowOf<'narratives'>[] {
	const sections: [NarrativeSection, TextItem[]][] = [
		['goal', r.goal ? [r.goal] : []],
		['problem', r.problems],
		['measure', r.measures]
	];
	return sections.flatMap(([section, items]) =>
		items.map((it, i) => ({ report_id: r.id, section, ordinal: i, title: it.title ?? null, text: it.text, quote: it.quote }))
	);
}

/** The findings of the consistency audit of a record, and the figures each rests on. */
function auditRows(r: Report): { findings: RowOf<'audit_findings'>[]; figures: RowOf<'audit_figures'>[] } {
	const findings: RowOf<'audit_findings'>[] = [];
	const figures: RowOf<'audit_figures'>[] = [];
	auditReport(r).forEach((f, i) => {
		const rule = RULE_BY_ID[f.rule];
		findings.push({
			report_id: r.id,
			ordinal: i,
			finding_id: f.id,
			rule: f.rule,
			rule_label: rule.name,
			rule_description: rule.description,
			family: rule.family,
			family_label: FAMILY_LABEL[rule.family],
			severity: f.severity,
			severity_label: SEVERITY_LABEL[f.severity],
			title: f.title,
			message: f.message,
			expected: typeof f.expected === 'number' ? f.expected : null,
			expected_text: typeof f.expected === 'string' ? f.expected : null,
			stated: typeof f.stated === 'number' ? f.stated : null,
			stated_text: typeof f.stated === 'string' ? f.stated : null,
			difference: f.difference,
			unit: f.unit,
			tolerance: f.tolerance ?? null,
			figure_count: f.figures.length,
			figures_json: JSON.stringify(f.figures)
		});
		f.figures.forEach((g, j) =>
			figures.push({ report_id: r.id, finding_id: f.id, ordinal: j, label: g.label, value: g.value, unit: g.unit, text: g.text ?? null, quote: g.quote, path: g.path ?? null })
		);
	});
	return { findings, figures };
}

/**
 * Flatten validated reports into rows of every table. Pure and linear in the number of
 * statements; absent figures become null.
 */
export function reportsToRows(reports: readonly Report[]): TableRows {
	const out: TableRows = {
		reports: [],
		staffing: [],
		budget_lines: [],
		sangong_lines: [],
		scores: [],
		indicators: [],
		tasks: [],
		narratives: [],
		audit_findings: [],
		audit_figures: []
	};
	for (const r of reports) {
		out.reports.push(reportRow(r));
		out.staffing.push(...staffingRows(r));
		out.budget_lines.push(...budgetRows(r));
		out.sangong_lines.push(...sangongRows(r));
		out.scores.push(...scoreRows(r));
		out.indicators.push(...indicatorRows(r));
		out.tasks.push(...taskRows(r));
		out.narratives.push(...narrativeRows(r));
		const audit = auditRows(r);
		out.audit_findings.push(...audit.findings);
		out.audit_figures.push(...audit.figures);
	}
	return out;
}
