/**
 * The LLM drafter: any OpenAI-compatible endpoint, configured by the PERFLENS_LLM_* variables
 * (read in ./config.ts) and called only on the server (the key never reaches the browser).
 *
 * The model gets the fact sheet and must write figures as {{fact:<id>}}; the answer is parsed,
 * validated with zod, filled and grounding-checked. A bad answer (malformed JSON, wrong shape,
 * unknown fact id, a number that is no fact's value) or a failed call (timeout, 429, 5xx,
 * network) is retried once; then the offline drafter answers with a visible notice.
 *
 * The configuration, client, response format, one-shot call and error wording are shared with
 * the extraction assistant (./llm-extract.ts).
 */
import OpenAI from 'openai';
import { z } from 'zod';
import { ungrounded } from '../draft/grounding';
import { fillItems, offlineDraft, offlineTemplates, TOPIC_IDS } from '../draft/offline';
import { LlmDraft, type Draft, type DraftEvent, type FactSheet } from '../schema/draft';
import { env, llmConfig, type LlmConfig } from './config';

export { llmConfig, type LlmConfig } from './config';

/** The client for a configured endpoint (shared by the drafter and the extraction assistant).
 * Retries are ours, never the SDK's: every caller decides how often to try. */
export function openaiClient(cfg: LlmConfig): OpenAI {
	return new OpenAI({ baseURL: cfg.baseURL, apiKey: cfg.apiKey, maxRetries: 0, timeout: cfg.timeoutMs });
}

/** The response_format for the configured output mode: JSON mode, or a JSON schema. */
export function responseFormat(cfg: LlmConfig, name: string, schema: z.ZodType, strict = true) {
	return cfg.output === 'json_schema'
		? ({ type: 'json_schema', json_schema: { name, strict, schema: z.toJSONSchema(schema) as Record<string, unknown> } } as const)
		: ({ type: 'json_object' } as const);
}

/** One non-streamed call with the per-attempt timeout (and an optional outer abort); the
 * answer's text. Throws on any failure: describe it with `describeError`. */
export async function completeOnce(
	client: OpenAI,
	cfg: LlmConfig,
	messages: OpenAI.Chat.ChatCompletionMessageParam[],
	opts: { name: string; schema: z.ZodType; strict?: boolean; temperature?: number; signal?: AbortSignal }
): Promise<string> {
	const ctl = new AbortController();
	const timer = setTimeout(() => ctl.abort(new Error('timeout')), cfg.timeoutMs);
	const onOuter = () => ctl.abort(new Error('aborted'));
	opts.signal?.addEventListener('abort', onOuter);
	try {
		const res = await client.chat.completions.create(
			{ model: cfg.model, messages, temperature: opts.temperature ?? 0, response_format: responseFormat(cfg, opts.name, opts.schema, opts.strict ?? true) },
			{ signal: ctl.signal, timeout: cfg.timeoutMs, maxRetries: 0 }
		);
		if (ctl.signal.aborted) throw Object.assign(new Error('timeout'), { name: 'AbortError' });
		return res.choices?.[0]?.message?.content ?? '';
	} finally {
		clearTimeout(timer);
		opts.signal?.removeEventListener('abort', onOuter);
	}
}

/** What the page may know about the drafter (never the key or the URL). */
export function drafterInfo(e: Record<string, string | undefined> = env()): { llm: boolean; model?: string; output?: string } {
	const c = llmConfig(e);
	return c ? { llm: true, model: c.model, output: c.output } : { llm: false };
}

const SYSTEM = `你是财政预算绩效评价专家，为部门整体支出绩效自评报告起草“存在问题”和“改进措施”。
要求：
1. 只能依据给出的数据事实（facts）写作；每个问题必须有事实支撑，不得编造问题。
2. 文中出现的任何数字（金额、百分比、个数、分值）都必须写成占位符 {{fact:事实编号}}，由系统填入数值；不得直接写阿拉伯数字或中文数字，年份除外。
3. 只能使用给出的事实编号；fact_ids 列出该条所依据的全部事实编号。
4. 语言采用自评报告的公文语体（如“有待提高”“仍需加强”），问题要点明本部门自己的数据，改进措施要具体、与问题一一对应。
5. kind 为 narrative 的事实是报告自己写的存在问题，要结合数字权衡：数字印证的写明数字，数字不支持的如实说明；没有任何短板时，写明显示这一点的数字，并提出保持现有水平的措施（topic 为 steady）。
6. 只输出 JSON：{"items":[{"topic":"…","problem_title":"…","problem":"…","measure_title":"…","measure":"…","fact_ids":["…"]}]}。`;

function userPrompt(sheet: FactSheet, only?: string): string {
	// audit inconsistencies are for the drafter to fix before filing, not problems of the department;
	// a miss the report explains by force majeure is not a weakness
	const excused = new Set((sheet.excused ?? []).map((e) => e.subject));
	const facts = sheet.facts
		.filter((f) => f.kind !== 'audit' && !(f.kind === 'indicator' && excused.has(f.subject ?? '')))
		.map((f) => ({ id: f.id, label: f.label, value_text: f.text, kind: f.kind }));
	const hints = offlineTemplates(sheet, 1).map((t) => ({ topic: t.topic, problem_title: t.problem_title, fact_ids: t.fact_ids }));
	return [
		`部门：${sheet.department}；年度：${sheet.fiscal_year}；报告：${sheet.title}`,
		only ? `只写一条，主题（topic）为 ${only}。` : `写 ${Math.max(1, Math.min(6, hints.length || 3))} 条左右；topic 取值：${TOPIC_IDS.join(' / ')}。`,
		`数据显示可能存在的问题（供参考）：${JSON.stringify(hints)}`,
		`事实（facts）：${JSON.stringify(facts)}`
	].join('\n');
}

/** Parse the model's text: plain JSON, or JSON inside a ``` fence. */
export function parseModelJson(text: string): unknown {
	const t = text.trim();
	const fenced = /```(?:json)?\s*([\s\S]*?)```/.exec(t);
	const body = fenced ? fenced[1] : t.slice(Math.max(0, t.indexOf('{')), t.lastIndexOf('}') + 1);
	return JSON.parse(body);
}

/** Validate, fill and ground a model answer. Returns the draft items or the reason to reject. */
export function checkModelAnswer(raw: unknown, sheet: FactSheet): { ok: true; items: Draft['items'] } | { ok: false; reason: string } {
	const parsed = LlmDraft.safeParse(raw);
	if (!parsed.success) return { ok: false, reason: `输出结构不符合要求：${z.prettifyError(parsed.error).slice(0, 200)}` };
	const { items, unknown } = fillItems(parsed.data.items, sheet);
	if (unknown.length) return { ok: false, reason: `引用了不存在的事实编号：${unknown.join('、')}` };
	const bad = items.flatMap((it) => [it.problem_title, it.problem, it.measure_title, it.measure].flatMap((t) => ungrounded(t, sheet.facts)));
	if (bad.length) return { ok: false, reason: `含有无事实依据的数字：${[...new Set(bad.map((b) => b.text))].join('、')}` };
	return { ok: true, items };
}

/** A Chinese reason for a failed model call (HTTP status, timeout, no connection). */
export function describeError(e: unknown, timeoutMs: number): string {
	if (e instanceof OpenAI.APIError && e.status) {
		if (e.status === 429) return '模型服务限流（HTTP 429）';
		if (e.status >= 500) return `模型服务出错（HTTP ${e.status}）`;
		return `模型服务拒绝请求（HTTP ${e.status}）`;
	}
	if (e instanceof Error && (e.name === 'AbortError' || e instanceof OpenAI.APIUserAbortError || /abort|timed? ?out/i.test(e.message)))
		return `模型服务超时（超过 ${Math.round(timeoutMs / 1000)} 秒）`;
	return `无法连接模型服务：${e instanceof Error ? e.message : String(e)}`;
}

export type GenerateOptions = {
	seed?: number;
	/** regenerate one item: the topic */
	only?: string;
	config?: LlmConfig | null;
	onEvent?: (e: DraftEvent) => void;
	signal?: AbortSignal;
};

/** One model call, streamed; returns the full text. */
async function callModel(client: OpenAI, cfg: LlmConfig, messages: OpenAI.Chat.ChatCompletionMessageParam[], emit: (e: DraftEvent) => void, outer?: AbortSignal): Promise<string> {
	const ctl = new AbortController();
	const timer = setTimeout(() => ctl.abort(new Error('timeout')), cfg.timeoutMs);
	const onOuter = () => ctl.abort(new Error('aborted'));
	outer?.addEventListener('abort', onOuter);
	try {
		const response_format = responseFormat(cfg, 'draft', LlmDraft);
		const stream = await client.chat.completions.create(
			{ model: cfg.model, messages, stream: true, temperature: 0.4, response_format },
			{ signal: ctl.signal, timeout: cfg.timeoutMs, maxRetries: 0 }
		);
		let text = '';
		let last = 0;
		for await (const chunk of stream) {
			text += chunk.choices?.[0]?.delta?.content ?? '';
			if (text.length - last >= 40) {
				last = text.length;
				emit({ type: 'delta', chars: text.length });
			}
		}
		if (ctl.signal.aborted) throw Object.assign(new Error('timeout'), { name: 'AbortError' });
		emit({ type: 'delta', chars: text.length });
		return text;
	} finally {
		clearTimeout(timer);
		outer?.removeEventListener('abort', onOuter);
	}
}

/** A draft for `sheet`: from the LLM when configured (with checks, one retry, fallback), else offline. */
export async function generateDraft(sheet: FactSheet, opts: GenerateOptions = {}): Promise<Draft> {
	const seed = opts.seed ?? 1;
	const emit = (e: DraftEvent) => opts.onEvent?.(e);
	const cfg = opts.config === undefined ? llmConfig() : opts.config;
	const offline = (notice?: string): Draft => {
		const d = offlineDraft(sheet, seed, notice);
		if (opts.only) d.items = d.items.filter((i) => i.topic === opts.only);
		return d;
	};
	if (!cfg) {
		emit({ type: 'status', message: '未配置大模型，使用离线起草' });
		return offline();
	}
	const client = openaiClient(cfg);
	const messages: OpenAI.Chat.ChatCompletionMessageParam[] = [
		{ role: 'system', content: SYSTEM },
		{ role: 'user', content: userPrompt(sheet, opts.only) }
	];
	let reason = '';
	const reasons: string[] = [];
	for (let attempt = 1; attempt <= 2; attempt++) {
		emit({ type: 'attempt', attempt, message: attempt === 1 ? `正在调用大模型 ${cfg.model}…` : `第 ${attempt} 次调用大模型 ${cfg.model}…` });
		let text: string;
		try {
			text = await callModel(client, cfg, messages, emit, opts.signal);
		} catch (e) {
			reason = describeError(e, cfg.timeoutMs);
			reasons.push(reason);
			emit({ type: 'rejected', attempt, reason });
			continue;
		}
		let raw: unknown;
		try {
			raw = parseModelJson(text);
		} catch {
			reason = '模型输出不是有效的 JSON';
			reasons.push(reason);
			emit({ type: 'rejected', attempt, reason });
			messages.push({ role: 'assistant', content: text.slice(0, 4000) }, { role: 'user', content: '上次输出不是有效的 JSON。请只输出符合要求的 JSON 对象。' });
			continue;
		}
		const checked = checkModelAnswer(raw, sheet);
		if (!checked.ok) {
			reason = checked.reason;
			reasons.push(reason);
			emit({ type: 'rejected', attempt, reason });
			messages.push({ role: 'assistant', content: text.slice(0, 4000) }, { role: 'user', content: `上次输出被拒绝：${reason}。所有数字都必须写成 {{fact:事实编号}}，且只能使用给出的事实编号。请重新输出 JSON。` });
			continue;
		}
		if (opts.only) checked.items.forEach((it) => (it.topic = opts.only!));
		return { report_id: sheet.report_id, drafter: 'llm', model: cfg.model, seed, created_at: new Date().toISOString(), items: checked.items };
	}
	const distinct = [...new Set(reasons)];
	const why = distinct.length === 1 ? distinct[0] : reasons.map((r, i) => `第 ${i + 1} 次${r}`).join('；');
	const notice = `大模型起草未成功（${why}），已改用离线起草。`;
	emit({ type: 'fallback', reason: notice });
	return offline(notice);
}
