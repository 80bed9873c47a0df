/**
 * The consistency audit (勾稽校验): recompute every figure a report states and report what
 * does not add up. Pure and deterministic: the same record always gives the same findings, in
 * the order of the rule catalogue, then the order the figures are stated in the record.
 *
 *   import { auditReport } from '$lib/audit';
 *   const findings = auditReport(report);
 */
import { RULE_IDS, type Finding } from '../schema/finding';
import type { Report } from '../schema/report';
import { type AuditContext, budgetStmts, markUnitTypos } from './common';
import { auditComputed } from './computed';
import { auditDuplicates } from './duplicates';
import { auditPlausibility } from './plausibility';
import { auditSums } from './sums';

export { RULES, RULE_BY_ID, FAMILY_LABEL, type RuleInfo } from './rules';

const ORDER = new Map<string, number>(RULE_IDS.map((id, i) => [id, i]));
const SEVERITY_ORDER = { error: 0, warning: 1, note: 2 } as const;

/** Audit one report record (already validated against the Report schema). */
export function auditReport(report: Report): Finding[] {
	const budget = budgetStmts(report);
	const marked = markUnitTypos(budget);
	const ctx: AuditContext = { report, budget };
	const all = [...auditSums(ctx), ...auditComputed(ctx), ...auditDuplicates(ctx), ...auditPlausibility(ctx, marked)];
	// one finding per id (two rules may reach the same figures by different routes)
	const seen = new Set<string>();
	const unique = all.filter((f) => (seen.has(f.id) ? false : (seen.add(f.id), true)));
	return unique
		.map((f, i) => ({ f, i }))
		.sort((a, b) => ORDER.get(a.f.rule)! - ORDER.get(b.f.rule)! || a.i - b.i)
		.map(({ f }) => f);
}

/** Counts per severity, for badges and summaries. */
export function summarize(findings: Finding[]): Record<keyof typeof SEVERITY_ORDER, number> {
	const out = { error: 0, warning: 0, note: 0 };
	for (const f of findings) out[f.severity]++;
	return out;
}
