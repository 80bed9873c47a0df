/**
 * What the audit has to go on: the figures a report states (金额、“三公”、人数、评分、指标的目标与实际)
 * — one definition, for the import review (from the record) and the pages (reports.figures_stated,
 * written from the record by ../db/tables.ts). A report that states none (e.g. corpus 99 西藏驻沪办
 * 2024: a final-accounts page without one figure read) has nothing to check, so "未发现不一致"
 * would claim a check that never ran; the empty state says which it is.
 *
 * Pure: no I/O, runs in Node and in the browser.
 */
import type { Indicator, Report, ScoreNode } from '../schema/report';

const hasNumber = (i: Indicator) => [i.target?.value, i.actual?.value, i.max?.value, i.score?.value].some((v) => typeof v === 'number');

/** How many figures a report states that the audit can recompute or compare. */
export function statedFigures(r: Report): number {
	let scores = 0;
	const walk = (nodes: ScoreNode[]) =>
		nodes.forEach((n) => {
			if (n.max || n.score || n.stated_rate) scores++;
			if (n.children?.length) walk(n.children);
		});
	if (r.scores) {
		walk(r.scores.tree);
		if (r.scores.total?.score || r.scores.total?.max) scores++;
	}
	const indicators = [...r.indicators, ...r.tasks.flatMap((t) => t.indicators ?? [])].filter(hasNumber).length;
	return r.budget.length + r.sangong.length + r.staffing.length + scores + indicators;
}

/** The audit's empty state: nothing found among N figures, or nothing to check at all. */
export function auditEmptyMessage(figures: number | null | undefined): string {
	if (figures === 0)
		return '没有可核对的数字：报告未写明收支、“三公”经费、人员、评分或指标的数字，勾稽校验无从核对（不代表数字一致）。';
	if (typeof figures === 'number')
		return `未发现不一致：报告写明的 ${figures} 项数字中，可核对的分项、合计、比率与前后数字都在舍入误差内相符。`;
	return '未发现不一致：可核对的分项、合计、比率与前后数字都在舍入误差内相符。';
}
