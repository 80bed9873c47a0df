/**
 * POST { seed?, only?, offline? } → NDJSON stream of DraftEvent: progress, then { type: 'done',
 * draft }. The LLM (if configured) is called here, on the server; the key never leaves it.
 * Calling the model needs a role that may (analyst, own department's staff, admin); the offline
 * drafter only needs to be allowed to read. A user runs at most LIMITS.llmConcurrentPerUser calls at once (else 429 + Retry-After); a
 * client that disconnects cancels its call.
 */
import { draftFailure, factSheetOf } from '$lib/server/drafts';
import { generateDraft } from '$lib/server/llm';
import { busy, isObject, readJson, refuse, takeLlmSlot } from '$lib/server/limits';
import { userKey } from '$lib/server/auth';
import { denied } from '$lib/server/access';
import { llmConfig } from '$lib/server/config';
import type { DraftEvent } from '$lib/schema/draft';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
	const { params, request } = event;
	let body: Record<string, unknown> = {};
	const read = await readJson(request, '未起草', '{"seed": 1, "only": "主题", "offline": false}', 64 * 1024);
	if (!read.ok && read.status === 413) return refuse(413, read.message);
	if (read.ok) {
		if (!isObject(read.body)) return refuse(400, '请求格式错误：应为 JSON 对象 {"seed": 1, "only": "主题", "offline": false}');
		body = read.body;
	}
	const seed = Number.isInteger(body.seed) ? (body.seed as number) : 1;
	const only = typeof body.only === 'string' && /^[a-z_]{1,40}$/.test(body.only) ? body.only : undefined;
	// a model call needs a role that may call it; the offline drafter (no endpoint configured, or
	// asked for) calls nothing and saves nothing, so whoever may read the report may use it
	const usesModel = body.offline !== true && llmConfig() !== null;
	const action = usesModel ? 'llm' : 'read';
	if (usesModel && !event.locals?.user) return denied(event, 'llm', null)!;
	let sheet: Awaited<ReturnType<typeof factSheetOf>>['sheet'];
	try {
		const f = await factSheetOf(params.report);
		const no = denied(event, action, usesModel ? f.report.department.id : undefined);
		if (no) return no;
		sheet = f.sheet;
	} catch (e) {
		return draftFailure(e);
	}
	const release = takeLlmSlot(userKey(event));
	if (!release) return busy();
	const enc = new TextEncoder();
	const ctl = new AbortController();
	const onGone = () => ctl.abort();
	request.signal?.addEventListener('abort', onGone);
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (e: DraftEvent) => {
				try {
					controller.enqueue(enc.encode(JSON.stringify(e) + '\n'));
				} catch {
					ctl.abort(); // the client went away: stop the model call
				}
			};
			send({ type: 'status', message: `已读取 ${sheet.facts.length} 条数据事实` });
			try {
				const draft = await generateDraft(sheet, { seed, only, signal: ctl.signal, onEvent: send, ...(body.offline === true ? { config: null } : {}) });
				send({ type: 'done', draft });
			} catch (e) {
				console.error('draft generation failed', e);
				send({ type: 'error', message: '起草失败：服务器出错，请稍后重试' });
			} finally {
				release();
				request.signal?.removeEventListener('abort', onGone);
			}
			try {
				controller.close();
			} catch {
				/* already closed */
			}
		},
		cancel() {
			ctl.abort();
			release();
		}
	});
	return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' } });
};
