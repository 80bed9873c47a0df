/**
 * A scripted OpenAI-compatible server for tests: POST /v1/chat/completions answers with the next
 * scripted step over real HTTP on 127.0.0.1 (random port). Streaming requests get server-sent
 * events like the real API. Bounded: it closes itself after `lifetimeMs` and never keeps the
 * process alive.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Step =
	| { kind: 'content'; content: string; chunks?: number; delayMs?: number }
	| { kind: 'status'; status: number; message?: string }
	| { kind: 'hang' };

export type ScriptedServer = {
	url: string;
	requests: { body: any; at: number }[];
	/** queue steps; when the queue is empty, `fallback` answers */
	push: (...steps: Step[]) => void;
	close: () => Promise<void>;
};

export async function startScriptedServer(opts: { fallback?: (body: any) => Step; lifetimeMs?: number } = {}): Promise<ScriptedServer> {
	const queue: Step[] = [];
	const requests: ScriptedServer['requests'] = [];
	const open = new Set<ServerResponse>();
	const timers = new Set<NodeJS.Timeout>();
	const later = (ms: number) => new Promise<void>((ok) => {
		const t = setTimeout(() => (timers.delete(t), ok()), ms);
		t.unref();
		timers.add(t);
	});
	const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
		open.add(res);
		res.on('close', () => open.delete(res));
		let raw = '';
		for await (const c of req) raw += c;
		if (req.method !== 'POST' || !req.url?.endsWith('/chat/completions')) {
			res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
			return;
		}
		let body: any = {};
		try {
			body = JSON.parse(raw);
		} catch {
			/* keep {} */
		}
		requests.push({ body, at: Date.now() });
		const step = queue.shift() ?? opts.fallback?.(body) ?? { kind: 'status', status: 500, message: 'no script' };
		if (step.kind === 'hang') return; // never answers; the client must time out
		if (step.kind === 'status') {
			res.writeHead(step.status, { 'content-type': 'application/json', ...(step.status === 429 ? { 'retry-after': '0' } : {}) });
			res.end(JSON.stringify({ error: { message: step.message ?? `scripted ${step.status}`, type: 'scripted' } }));
			return;
		}
		const id = `chatcmpl-${requests.length}`;
		const model = body.model ?? 'scripted';
		if (!body.stream) {
			res.writeHead(200, { 'content-type': 'application/json' });
			res.end(JSON.stringify({ id, object: 'chat.completion', created: 0, model, choices: [{ index: 0, message: { role: 'assistant', content: step.content }, finish_reason: 'stop' }] }));
			return;
		}
		res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
		const n = Math.max(1, step.chunks ?? 4);
		const size = Math.ceil(step.content.length / n);
		for (let i = 0; i < step.content.length; i += size) {
			if (res.destroyed) return;
			const chunk = { id, object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta: { ...(i === 0 ? { role: 'assistant' } : {}), content: step.content.slice(i, i + size) }, finish_reason: null }] };
			res.write(`data: ${JSON.stringify(chunk)}\n\n`);
			if (step.delayMs) await later(step.delayMs);
		}
		if (res.destroyed) return;
		res.write(`data: ${JSON.stringify({ id, object: 'chat.completion.chunk', created: 0, model, choices: [{ index: 0, delta: {}, finish_reason: 'stop' }] })}\n\n`);
		res.end('data: [DONE]\n\n');
	});
	server.unref();
	await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
	const port = (server.address() as AddressInfo).port;
	let closed = false;
	const close = () =>
		new Promise<void>((ok) => {
			if (closed) return ok();
			closed = true;
			for (const t of timers) clearTimeout(t);
			for (const r of open) r.destroy();
			server.closeAllConnections?.();
			server.close(() => ok());
		});
	const life = setTimeout(() => void close(), opts.lifetimeMs ?? 300_000);
	life.unref();
	return { url: `http://127.0.0.1:${port}/v1`, requests, push: (...s) => queue.push(...s), close };
}

/** A good answer for the 湛江 2024 fact sheet: figures only as placeholders. */
export function goodDraftJson(): string {
	return JSON.stringify({
		items: [
			{
				topic: 'budget_precision',
				problem_title: '预算编制的精准度有待提高',
				problem: '年初预算{{fact:budget_initial}}，年中调减{{fact:budget_adjust_amount}}，调整幅度{{fact:budget_adjust_pct}}，年初预算测算不够细致。',
				measure_title: '科学编制年初预算',
				measure: '结合年度重点工作细化测算支出，减少年中调整。',
				fact_ids: ['budget_initial', 'budget_adjust_amount', 'budget_adjust_pct']
			},
			{
				topic: 'sangong_execution',
				problem_title: '“三公”经费预算执行率偏低',
				problem: '“三公”经费预算{{fact:sangong_budget}}，实际支出{{fact:sangong_final}}，执行率仅{{fact:sangong_exec_rate}}。',
				measure_title: '据实编制“三公”经费预算',
				measure: '以近年实际支出为基础逐项测算“三公”经费预算。',
				fact_ids: ['sangong_budget', 'sangong_final', 'sangong_exec_rate']
			}
		]
	});
}
