/**
 * The SQL the fact sheet (src/lib/draft/facts.ts) reads, over the views of src/lib/db/sql.ts.
 * Each query's text is kept in the fact's source, so a reader can run it in /sql.
 */
import { sqlString } from '../db/sql';

const SCOPE_RANK = (c: string) =>
	`CASE ${c} WHEN 'all' THEN 0 WHEN 'fiscal' THEN 1 WHEN 'general_public' THEN 2 ELSE 3 END`;

/** Budget totals of the fiscal year and the year before (income and expenditure, every stage). */
export function factBudgetQuery(reportId: string): string {
	return `SELECT flow, scope, stage, year, value_wan, stated_execution_rate_pct, quote
FROM v_budget_totals WHERE report_id = ${sqlString(reportId)} AND value_wan IS NOT NULL
ORDER BY year DESC, ${SCOPE_RANK('scope')}, flow DESC, ordinal`;
}

/** 三公 budget, actual, stated and computed execution rate and change, per item. */
export function factSangongQuery(reportId: string): string {
	return `SELECT item, item_label, scope, year, budget_wan, budget_quote, final_wan, final_quote,
	stated_execution_rate_pct, computed_execution_rate_pct, change_base_year, stated_change_amount_wan, stated_change_pct
FROM v_sangong WHERE report_id = ${sqlString(reportId)}
ORDER BY year DESC, ${SCOPE_RANK('scope')}, item_order`;
}

/** Indicators with target, actual and stated completion. */
export function factIndicatorQuery(reportId: string): string {
	return `SELECT ordinal, level1, level2, name, target_op, target_value, target_unit, target_text,
	actual_value, actual_unit, actual_text, stated_completion_pct, target_quote, actual_quote
FROM v_indicators WHERE report_id = ${sqlString(reportId)} ORDER BY ordinal`;
}

/** Score-tree nodes that lost points. */
export function factScoreQuery(reportId: string): string {
	return `SELECT ordinal, path, level, name, max, score, round(max - score, 2) AS lost, score_quote
FROM v_scores WHERE report_id = ${sqlString(reportId)} AND max IS NOT NULL AND score IS NOT NULL
ORDER BY ordinal`;
}

/** Same-year self-evaluations of other departments: 三公 execution, for comparison. */
export function factPeerSangongQuery(reportId: string, year: number, kind: string): string {
	return `SELECT s.report_id, s.department_name, s.stated_execution_rate_pct, s.computed_execution_rate_pct, s.budget_wan, s.final_wan
FROM v_sangong s
WHERE s.item = 'total' AND s.year = ${year} AND s.fiscal_year = ${year} AND s.kind = ${sqlString(kind)}
	AND s.report_id <> ${sqlString(reportId)} AND s.budget_wan IS NOT NULL AND s.final_wan IS NOT NULL
ORDER BY s.report_id`;
}
