/**
 * The LLM drafter against a scripted OpenAI-compatible server over real HTTP on 127.0.0.1.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildFactSheet } from '../../src/lib/draft/facts';
import { ungrounded } from '../../src/lib/draft/grounding';
import type { DraftEvent, FactSheet } from '../../src/lib/schema/draft';
import { closeDataset, loadAllRecords, openDataset } from '../../src/lib/server/dataset';
import { generateDraft, llmConfig, type LlmConfig } from '../../src/lib/server/llm';
import { goodDraftJson, startScriptedServer, type ScriptedServer } from '../helpers/openai-server';

let sheet: FactSheet;
let srv: ScriptedServer;
const cfg = (over: Partial<LlmConfig> = {}): LlmConfig => ({ ...llmConfig({ PERFLENS_LLM_BASE_URL: srv.url, PERFLENS_LLM_API_KEY: 'test-key', PERFLENS_LLM_MODEL: 'scripted-model' })!, timeoutMs: 3000, ...over });

beforeAll(async () => {
	const { engine } = await openDataset();
	const r = loadAllRecords().reports.find((x) => x.id === 'guangdong-zhanjiang-kexie-2024-self')!;
	sheet = await buildFactSheet(engine, r);
	srv = await startScriptedServer({ lifetimeMs: 120_000 });
});
afterAll(async () => {
	await srv.close();
	await closeDataset();
});

async function run(config = cfg(), only?: string) {
	const events: DraftEvent[] = [];
	const before = srv.requests.length;
	const draft = await generateDraft(sheet, { seed: 1, config, only, onEvent: (e) => events.push(e) });
	for (const it of draft.items) for (const t of [it.problem, it.measure, it.problem_title, it.measure_title]) expect(ungrounded(t, sheet.facts)).toEqual([]);
	return { draft, events, calls: srv.requests.length - before };
}
const bad = (items: unknown) => JSON.stringify({ items });
const item = (problem: string, ids = ['sangong_exec_rate']) => ({ topic: 'sangong_execution', problem_title: '“三公”经费执行率偏低', problem, measure_title: '据实编制', measure: '据实编制“三公”经费预算。', fact_ids: ids });

describe('config', () => {
	it('is read from the environment; unset → offline', () => {
		expect(llmConfig({})).toBeNull();
		const c = llmConfig({ PERFLENS_LLM_BASE_URL: 'http://x/v1', PERFLENS_LLM_OUTPUT: 'json_schema', PERFLENS_LLM_MODEL: 'qwen-plus' })!;
		expect(c).toMatchObject({ baseURL: 'http://x/v1', output: 'json_schema', model: 'qwen-plus' });
		expect(llmConfig({ PERFLENS_LLM_BASE_URL: 'http://x/v1' })!.output).toBe('json_object');
	});
});

describe('scripted endpoint', () => {
	it('a good draft: filled from the facts, drafter = llm, JSON mode and key sent', async () => {
		srv.push({ kind: 'content', content: goodDraftJson() });
		const { draft, calls } = await run();
		expect(calls).toBe(1);
		expect(draft.drafter).toBe('llm');
		expect(draft.model).toBe('scripted-model');
		expect(draft.notice).toBeUndefined();
		expect(draft.items[0].problem).toContain('年中调减91.13万元，调整幅度10.56%');
		// sangong_exec_rate is the computed control rate 1.1 ÷ 4.9 = 22.449 → 22.45% (the report writes 22.44%)
		expect(draft.items[1].problem).toContain('执行率仅22.45%');
		const body = srv.requests.at(-1)!.body;
		expect(body.response_format).toEqual({ type: 'json_object' });
		expect(body.stream).toBe(true);
		expect(JSON.stringify(body.messages)).toContain('{{fact:');
	});
	it('json_schema mode sends the schema', async () => {
		srv.push({ kind: 'content', content: '```json\n' + goodDraftJson() + '\n```' });
		const { draft } = await run(cfg({ output: 'json_schema' }));
		expect(draft.drafter).toBe('llm');
		expect(srv.requests.at(-1)!.body.response_format.type).toBe('json_schema');
		expect(srv.requests.at(-1)!.body.response_format.json_schema.schema.properties.items).toBeTruthy();
	});
	it('an invented number is rejected and retried; the retry succeeds', async () => {
		srv.push({ kind: 'content', content: bad([item('“三公”经费执行率仅为35.5%。')]) }, { kind: 'content', content: goodDraftJson() });
		const { draft, events, calls } = await run();
		expect(calls).toBe(2);
		expect(draft.drafter).toBe('llm');
		expect(events.find((e) => e.type === 'rejected')).toMatchObject({ attempt: 1, reason: expect.stringContaining('35.5%') });
		expect(JSON.stringify(srv.requests.at(-1)!.body.messages)).toContain('上次输出被拒绝');
	});
	it('invented number twice → offline draft with a notice', async () => {
		srv.push({ kind: 'content', content: bad([item('执行率仅为35.5%。')]) }, { kind: 'content', content: bad([item('共有七项问题，执行率{{fact:sangong_exec_rate}}。')]) });
		const { draft, calls } = await run();
		expect(calls).toBe(2);
		expect(draft.drafter).toBe('offline');
		expect(draft.notice).toMatch(/大模型起草未成功.*七项.*离线起草/);
		expect(draft.items.length).toBeGreaterThan(3);
	});
	it('malformed JSON twice → offline', async () => {
		srv.push({ kind: 'content', content: '{"items": [ {"topic": ' }, { kind: 'content', content: '好的，以下是草稿：' });
		const { draft } = await run();
		expect(draft.drafter).toBe('offline');
		expect(draft.notice).toContain('不是有效的 JSON');
	});
	it('wrong shape is rejected by zod', async () => {
		srv.push({ kind: 'content', content: JSON.stringify({ problems: ['x'] }) }, { kind: 'content', content: JSON.stringify({ items: [{ topic: 'x' }] }) });
		const { draft } = await run();
		expect(draft.drafter).toBe('offline');
		expect(draft.notice).toContain('输出结构不符合要求');
	});
	it('an unknown fact id → rejected, retried, then offline', async () => {
		srv.push({ kind: 'content', content: bad([item('执行率{{fact:exec_rate_2099}}。', ['exec_rate_2099'])]) }, { kind: 'content', content: bad([item('执行率{{fact:made_up}}。')]) });
		const { draft, events } = await run();
		expect(events.filter((e) => e.type === 'rejected').map((e) => (e as { reason: string }).reason).join()).toMatch(/exec_rate_2099.*made_up/);
		expect(draft.drafter).toBe('offline');
		expect(draft.notice).toContain('不存在的事实编号');
	});
	it('429 then a good answer → llm', async () => {
		srv.push({ kind: 'status', status: 429 }, { kind: 'content', content: goodDraftJson() });
		const { draft, events } = await run();
		expect(events.find((e) => e.type === 'rejected')).toMatchObject({ reason: expect.stringContaining('429') });
		expect(draft.drafter).toBe('llm');
	});
	it('429 twice → offline with a notice naming the rate limit', async () => {
		srv.push({ kind: 'status', status: 429 }, { kind: 'status', status: 429 });
		const { draft, calls } = await run();
		expect(calls).toBe(2);
		expect(draft.drafter).toBe('offline');
		expect(draft.notice).toContain('限流');
	});
	it('500 twice → offline', async () => {
		srv.push({ kind: 'status', status: 500 }, { kind: 'status', status: 503 });
		const { draft } = await run();
		expect(draft.drafter).toBe('offline');
		expect(draft.notice).toContain('HTTP 503');
	});
	it('a timeout (no answer) twice → offline, within the time limit', async () => {
		srv.push({ kind: 'hang' }, { kind: 'hang' });
		const t0 = Date.now();
		const { draft } = await run(cfg({ timeoutMs: 700 }));
		expect(Date.now() - t0).toBeLessThan(5000);
		expect(draft.drafter).toBe('offline');
		expect(draft.notice).toContain('超时');
	});
	it('a stream that stalls past the timeout → offline', async () => {
		srv.push({ kind: 'content', content: goodDraftJson(), chunks: 10, delayMs: 400 }, { kind: 'hang' });
		const { draft } = await run(cfg({ timeoutMs: 1000 }));
		expect(draft.drafter).toBe('offline');
		expect(draft.notice).toContain('超时');
	});
	it('a slow stream within the limit streams progress and succeeds', async () => {
		srv.push({ kind: 'content', content: goodDraftJson(), chunks: 12, delayMs: 60 });
		const { draft, events } = await run(cfg({ timeoutMs: 5000 }));
		expect(draft.drafter).toBe('llm');
		expect(events.filter((e) => e.type === 'delta').length).toBeGreaterThan(3);
	});
	it('regenerate one item (only = topic)', async () => {
		srv.push({ kind: 'content', content: bad([item('“三公”经费执行率仅{{fact:sangong_exec_rate}}。')]) });
		const { draft } = await run(cfg(), 'sangong_execution');
		expect(draft.items).toHaveLength(1);
		expect(draft.items[0].topic).toBe('sangong_execution');
		expect(JSON.stringify(srv.requests.at(-1)!.body.messages)).toContain('只写一条');
	});
	it('no server listening → offline', async () => {
		const { draft } = await run(cfg({ baseURL: 'http://127.0.0.1:9/v1', timeoutMs: 1000 }));
		expect(draft.drafter).toBe('offline');
		expect(draft.notice).toContain('大模型起草未成功');
	});
});
