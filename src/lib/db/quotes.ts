/**
 * Where a figure on a page came from: the sentence(s) of the report that state it, read from the
 * stored tables (budget_lines, sangong_lines, reports) by a DuckDB query, loaded for the one
 * department on demand (the `departments` touch makes the lazy loader fetch that region's parts).
 * A computed figure (执行率, 控制率) is explained by the figures it is computed from, each with
 * its own quotes.
 *
 * Pure: builds queries and figure references; runs in Node and in the browser.
 */
import { departmentYear } from './metrics';
import { query, type Query } from './query';

/** A stated figure to find in the stored tables: which report, which table, its value and what it is. */
export type FigureRef = {
	report_id: string;
	source: 'budget' | 'sangong' | 'score';
	/** the value shown (万元 for money, 分 for a score) */
	value: number;
	/** what it is, as the popover names it ("调整预算") */
	label: string;
	/** budget stages it may have been stated as (comma-separated; '' any) */
	stages?: string;
	/** budget flow ('' any) */
	flow?: string;
	/** 三公 item code ('' any) */
	item?: string;
};

/** How a page figure is explained: stated (its own quotes) or computed (a formula over stated figures). */
export type Provenance = { formula: string | null; refs: FigureRef[] };

export type QuoteRow = { label: string; written: string | null; quote: string; title: string; fiscal_year: number };

const TOLERANCE = 0.0051;

/** The quotes of one stated figure (at most 3 statements: a figure stated in the text and again in a table has two). */
export function figureQuotes(ref: FigureRef, departmentId: string): Query<QuoteRow> {
	return query<QuoteRow>(
		`SELECT * FROM (
	SELECT b.ordinal AS o, b.item AS label, b.written_text || coalesce(b.written_unit, '') AS written, b.quote, r.title, r.fiscal_year
	FROM budget_lines b JOIN reports r ON r.report_id = b.report_id
	WHERE $2 = 'budget' AND b.report_id = $1 AND abs(b.value_wan - $3) < ${TOLERANCE}
		AND ($4 = '' OR list_contains(string_split($4, ','), b.stage)) AND ($5 = '' OR b.flow = $5) AND b.year = r.fiscal_year
	UNION ALL
	SELECT s.ordinal, coalesce(s.written_label, s.item_label), s.written_text || coalesce(s.written_unit, ''), s.quote, r.title, r.fiscal_year
	FROM sangong_lines s JOIN reports r ON r.report_id = s.report_id
	WHERE $2 = 'sangong' AND s.report_id = $1 AND s.quote IS NOT NULL AND abs(s.value_wan - $3) < ${TOLERANCE}
		AND ($4 = '' OR list_contains(string_split($4, ','), s.stage)) AND ($6 = '' OR s.item = $6) AND s.year = r.fiscal_year
	UNION ALL
	SELECT 0, '总得分', r.score_total_text, r.score_total_quote, r.title, r.fiscal_year
	FROM reports r WHERE $2 = 'score' AND r.report_id = $1 AND r.score_total_quote IS NOT NULL AND abs(r.score_total - $3) < ${TOLERANCE}
) ORDER BY o LIMIT 3`,
		[ref.report_id, ref.source, ref.value, ref.stages ?? '', ref.flow ?? '', ref.item ?? ''],
		{ departments: [departmentId] }
	);
}

type Num = number | null | undefined;
const isNum = (v: Num): v is number => typeof v === 'number' && Number.isFinite(v);

/** The department × year row fields the references need (m_department_year). */
export type YearRow = {
	report_id: string;
	budget_flow?: string | null;
	budget_adjusted_source?: string | null;
	budget_initial_wan?: Num;
	budget_adjusted_wan?: Num;
	execution_final_wan?: Num;
	spending_final_wan?: Num;
	sangong_budget_wan?: Num;
	sangong_final_wan?: Num;
	score_total?: Num;
};

/** A computed column's formula as the metric layer declares it (m_department_year), "预算执行率 = …". */
function declared(name: string): string {
	const c = departmentYear.columns.find((x) => x.name === name);
	return c?.formula ? `${c.label} = ${c.formula}` : (c?.label ?? name);
}

/**
 * How a figure of 各年度概况 is explained: the stated figure itself, or for a computed one (执行率,
 * 控制率, 年初 + 追加) its formula and the stated figures it comes from. null: nothing to show.
 */
export function provenanceOf(r: YearRow, key: string): Provenance | null {
	const flow = r.budget_flow ?? '';
	const ref = (source: FigureRef['source'], value: Num, label: string, stages = '', f = ''): FigureRef[] =>
		isNum(value) ? [{ report_id: r.report_id, source, value, label, stages, flow: f }] : [];
	const adjusted = (): FigureRef[] =>
		r.budget_adjusted_source === 'initial_plus_addition'
			? ref('budget', r.budget_initial_wan, '年初预算', 'initial', flow)
			: ref('budget', r.budget_adjusted_wan, '调整预算', 'adjusted,budget', flow);
	const stated = (refs: FigureRef[]): Provenance | null => (refs.length ? { formula: null, refs } : null);
	switch (key) {
		case 'budget_initial_wan':
			return stated(ref('budget', r.budget_initial_wan, '年初预算', 'initial', flow));
		case 'budget_adjusted_wan':
			return r.budget_adjusted_source === 'initial_plus_addition'
				? { formula: '调整预算 = 年初预算 + 年中追加（报告未直接写调整预算）', refs: ref('budget', r.budget_initial_wan, '年初预算', 'initial', flow) }
				: stated(adjusted());
		case 'execution_final_wan':
			return stated(ref('budget', r.execution_final_wan, '决算支出（同口径）', 'final', 'expenditure'));
		case 'spending_final_wan':
			return stated(ref('budget', r.spending_final_wan, '支出决算合计', 'final', 'expenditure'));
		case 'execution_rate_pct':
			return isNum(r.execution_final_wan) && isNum(r.budget_adjusted_wan)
				? { formula: declared('execution_rate_pct'), refs: [...ref('budget', r.execution_final_wan, '决算支出', 'final', 'expenditure'), ...adjusted()] }
				: null;
		case 'sangong_budget_wan':
			return stated(ref('sangong', r.sangong_budget_wan, '“三公”经费预算', 'budget'));
		case 'sangong_final_wan':
			return stated(ref('sangong', r.sangong_final_wan, '“三公”经费决算', 'final'));
		case 'sangong_control_rate_pct':
			return isNum(r.sangong_budget_wan) && isNum(r.sangong_final_wan)
				? { formula: declared('sangong_control_rate_pct'), refs: [...ref('sangong', r.sangong_final_wan, '“三公”经费决算', 'final'), ...ref('sangong', r.sangong_budget_wan, '“三公”经费预算', 'budget')] }
				: null;
		case 'score_total':
			return stated(ref('score', r.score_total, '自评得分'));
		default:
			return null;
	}
}
