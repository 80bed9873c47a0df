/**
 * 存在问题 / 改进措施 drafts (issue #6): the fact sheet a draft rests on, the draft itself, and
 * what an LLM must answer. Single source of the types (z.infer).
 *
 * A draft never carries a bare figure of its own: every number in its text must equal the value
 * of a fact of the sheet (checked by src/lib/draft/grounding.ts).
 */
import { z } from 'zod';

export const FactKind = z.enum([
	'budget', // 预算编制与调整
	'execution', // 预算执行
	'sangong', // 三公经费
	'indicator', // 绩效指标
	'target', // 目标设定（定性、未量化）
	'score', // 评分扣分
	'audit', // 勾稽不一致
	'staffing', // 人员编制
	'compare', // 与上年、同类部门比较
	'narrative' // 报告自述的存在问题
]);
export type FactKind = z.infer<typeof FactKind>;
export const FACT_KIND_LABEL: Record<FactKind, string> = {
	budget: '预算编制与调整',
	execution: '预算执行',
	sangong: '“三公”经费',
	indicator: '绩效指标完成',
	target: '绩效目标设定',
	score: '自评扣分',
	audit: '数据勾稽',
	staffing: '人员编制',
	compare: '比较',
	narrative: '报告自述的问题'
};

export const FactSource = z
	.object({
		/** the SQL (view query) the value comes from, or "auditReport" for audit findings */
		query: z.string().min(1),
		/** 'stated' = a figure the report states (with its quote); 'computed' = worked out here */
		basis: z.enum(['stated', 'computed']),
		/** verbatim quote(s) of the stated figures */
		quotes: z.array(z.string()).default([]),
		/** how a computed value was obtained, e.g. "771.95 − 863.08" */
		formula: z.string().optional()
	})
	.strict();
export type FactSource = z.infer<typeof FactSource>;

export const Fact = z
	.object({
		/** stable id inside the sheet: [a-z0-9_]+ */
		id: z.string().regex(/^[a-z][a-z0-9_]*$/),
		kind: FactKind,
		/** Chinese label, e.g. "年中预算调减金额" */
		label: z.string().min(1),
		/** numeric value in `unit` (signed where it is a change); null for a text fact */
		value: z.number().finite().nullable(),
		/** 万元, %, 个百分点, 人, 分, 项, 倍, 场 …; '' for a bare number or text */
		unit: z.string(),
		/** the value as it is written in a draft, e.g. "91.13万元", "22.44%", "三项" */
		text: z.string().min(1),
		/** the group the fact belongs to: an audit finding (audit_3), an indicator (ind_1), a score node (score_2) */
		group: z.string().optional(),
		/** for audit facts: the rule id (sum.basic …); for indicator / score facts: the name */
		ref: z.string().optional(),
		/** Chinese subject of the group, e.g. the finding's title or the indicator's name */
		subject: z.string().optional(),
		source: FactSource
	})
	.strict();
export type Fact = z.infer<typeof Fact>;

export const FactSheet = z
	.object({
		report_id: z.string(),
		department: z.string(),
		fiscal_year: z.number().int(),
		title: z.string(),
		facts: z.array(Fact),
		department_id: z.string().optional(),
		/**
		 * Data inconsistencies the audit found (errors): the drafter fixes them before filing; they
		 * are shown beside the draft, never written into it.
		 */
		checks: z.array(z.object({ rule: z.string(), title: z.string(), message: z.string() })).optional(),
		/** Missed indicators the report itself explains by force majeure (not weaknesses). */
		excused: z.array(z.object({ subject: z.string(), reason: z.string() })).optional()
	})
	.strict();
export type FactSheet = z.infer<typeof FactSheet>;

/** One problem with its measure, as shown and saved. Text is final (fact values filled in). */
export const DraftItem = z
	.object({
		id: z.string().min(1),
		/** problem family, e.g. budget_precision (see src/lib/draft/offline.ts) */
		topic: z.string().min(1),
		problem_title: z.string().min(1),
		problem: z.string().min(1),
		measure_title: z.string().min(1),
		measure: z.string().min(1),
		/** ids of the facts the item rests on */
		fact_ids: z.array(z.string()).min(1)
	})
	.strict();
export type DraftItem = z.infer<typeof DraftItem>;

export const Drafter = z.enum(['offline', 'llm']);
export type Drafter = z.infer<typeof Drafter>;

export const Draft = z
	.object({
		report_id: z.string(),
		drafter: Drafter,
		/** model name when drafter = llm */
		model: z.string().optional(),
		/** visible notice, e.g. why the offline drafter answered instead of the LLM */
		notice: z.string().optional(),
		seed: z.number().int(),
		created_at: z.string(),
		items: z.array(DraftItem)
	})
	.strict();
export type Draft = z.infer<typeof Draft>;

/** A saved version on the server: data/drafts/<report>/<n>.json */
export const SavedDraft = Draft.extend({ version: z.number().int().min(1), saved_at: z.string() }).strict();
export type SavedDraft = z.infer<typeof SavedDraft>;

/**
 * What the model must answer. Figures are written as {{fact:<id>}} placeholders; the server
 * fills in the values. Any other digit in the text is rejected by the grounding check.
 */
export const LlmItem = DraftItem.omit({ id: true });
export const LlmDraft = z.object({ items: z.array(LlmItem).min(1).max(8) }).strict();
export type LlmDraft = z.infer<typeof LlmDraft>;

/** Progress events streamed (NDJSON) from /api/draft/<report>/generate. */
export const DraftEvent = z.discriminatedUnion('type', [
	z.object({ type: z.literal('status'), message: z.string() }),
	z.object({ type: z.literal('attempt'), attempt: z.number(), message: z.string() }),
	z.object({ type: z.literal('rejected'), attempt: z.number(), reason: z.string() }),
	z.object({ type: z.literal('delta'), chars: z.number() }),
	z.object({ type: z.literal('fallback'), reason: z.string() }),
	z.object({ type: z.literal('done'), draft: Draft }),
	z.object({ type: z.literal('error'), message: z.string() })
]);
export type DraftEvent = z.infer<typeof DraftEvent>;

/** One saved version as listed by GET /api/draft/<report>/versions. */
export const VersionInfo = z.object({ version: z.number().int().min(1), saved_at: z.string(), drafter: z.string(), items: z.number().int() });
export type VersionInfo = z.infer<typeof VersionInfo>;
