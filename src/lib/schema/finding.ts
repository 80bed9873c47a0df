/**
 * A finding of the consistency audit (勾稽校验): one figure, or set of figures, of a report that
 * does not add up. This zod schema is the single source of the type; the rule catalogue with
 * the Chinese names lives in `src/lib/audit/rules.ts`.
 *
 * A finding is derived, never stored in a report record: it is recomputed from the record each
 * time (the audit is pure and deterministic).
 */
import { z } from 'zod';
import { Quote } from './report';

/** Every rule the audit knows, grouped by family (the prefix). Order = display order. */
export const RULE_IDS = [
	// 分项与合计 (sums)
	'sum.source',
	'sum.nature',
	'sum.basic',
	'sum.economic',
	'sum.function',
	'sum.project',
	'sum.breakdown',
	'sum.change',
	'sum.adjustment',
	'sum.balance',
	'sum.sangong',
	'sum.vehicle',
	'sum.score',
	'sum.staffing',
	// 所述与计算 (stated vs computed)
	'calc.share',
	'calc.execution_rate',
	'calc.change_amount',
	'calc.change_pct',
	'calc.change_direction',
	'calc.completion',
	'calc.score_rate',
	'calc.grade',
	// 前后一致 (the same figure stated differently)
	'dup.figure',
	'dup.scope',
	'dup.prior_year',
	'dup.indicator',
	// 合理性 (plausibility)
	'plaus.unit_typo',
	'plaus.unit_mismatch',
	'plaus.full_score_zero',
	'plaus.overstaffed',
	'plaus.score_over_max'
] as const;
export const RuleId = z.enum(RULE_IDS);
export type RuleId = z.infer<typeof RuleId>;

export const RuleFamily = z.enum(['sums', 'computed', 'duplicates', 'plausibility']);
export type RuleFamily = z.infer<typeof RuleFamily>;

/**
 * error: an identity that must hold is broken beyond rounding;
 * warning: very likely wrong, but a legitimate explanation exists (a partial list, a unit);
 * note: worth a look, not necessarily wrong.
 */
export const Severity = z.enum(['error', 'warning', 'note']);
export type Severity = z.infer<typeof Severity>;
export const SEVERITY_LABEL: Record<Severity, string> = { error: '错误', warning: '警告', note: '提示' };

/** One stated figure a finding rests on, with its verbatim source. */
export const FindingFigure = z
	.object({
		/** what the figure is, in Chinese, e.g. "2024年一般公共预算支出（决算）·基本支出" */
		label: z.string().min(1),
		/** the value as stated, in `unit` (money in 万元); null for a figure that is not a number (a grade) */
		value: z.number().finite().nullable(),
		unit: z.string(),
		/** the number as written, with its written unit when that differs, e.g. "237.07元" */
		text: z.string().optional(),
		quote: Quote,
		/** JSON path of the statement inside the report record, e.g. "budget[12].amount" */
		path: z.string().optional()
	})
	.strict();
export type FindingFigure = z.infer<typeof FindingFigure>;

const Value = z.union([z.number().finite(), z.string()]);

export const Finding = z
	.object({
		/** stable within a report: rule + the paths of its figures */
		id: z.string().min(1),
		rule: RuleId,
		severity: Severity,
		report_id: z.string().min(1),
		/** short Chinese heading, e.g. "人员经费与日常公用经费之和不等于基本支出" */
		title: z.string().min(1),
		/** one plain Chinese sentence a reader can check with a calculator */
		message: z.string().min(1),
		figures: z.array(FindingFigure).min(1),
		/** what the other figures imply (a number, or a text such as a grade); null if none */
		expected: Value.nullable(),
		/** what the report states; null if the finding compares two stated values only */
		stated: Value.nullable(),
		/** stated − expected, in `unit`; null when not numeric */
		difference: z.number().finite().nullable(),
		/** unit of expected / stated / difference: 万元, %, 个百分点, 分, 人 … */
		unit: z.string(),
		/** the rounding tolerance the comparison allowed, in `unit` */
		tolerance: z.number().nonnegative().optional()
	})
	.strict();
export type Finding = z.infer<typeof Finding>;
