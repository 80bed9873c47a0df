/**
 * POST { seed?, only?, offline? } → NDJSON stream of DraftEvent: progress, then { type: 'done',
 * draft }. The LLM (if configured) is called here, on the server; the key never leaves it.
 */
import { error } from '@sveltejs/kit';
import { factSheetOf, NotFound } from '$lib/server/drafts';
import { generateDraft } from '$lib/server/llm';
import type { DraftEvent } from '$lib/schema/draft';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async ({ params, request }) => {
	let body: { seed?: unknown; only?: unknown; offline?: unknown } = {};
	try {
		body = await request.json();
	} catch {
		/* empty body: defaults */
	}
	const seed = Number.isInteger(body.seed) ? (body.seed as number) : 1;
	const only = typeof body.only === 'string' && /^[a-z_]+$/.test(body.only) ? body.only : undefined;
	let sheet;
	try {
		sheet = (await factSheetOf(params.report)).sheet;
	} catch (e) {
		if (e instanceof NotFound) error(404, e.message);
		error(500, e instanceof Error ? e.message : String(e));
	}
	const enc = new TextEncoder();
	const ctl = new AbortController();
	const stream = new ReadableStream<Uint8Array>({
		async start(controller) {
			const send = (e: DraftEvent) => {
				try {
					controller.enqueue(enc.encode(JSON.stringify(e) + '\n'));
				} catch {
					/* client went away */
				}
			};
			send({ type: 'status', message: `已读取 ${sheet.facts.length} 条数据事实` });
			try {
				const draft = await generateDraft(sheet, { seed, only, signal: ctl.signal, onEvent: send, ...(body.offline === true ? { config: null } : {}) });
				send({ type: 'done', draft });
			} catch (e) {
				send({ type: 'error', message: e instanceof Error ? e.message : String(e) });
			}
			try {
				controller.close();
			} catch {
				/* already closed */
			}
		},
		cancel() {
			ctl.abort();
		}
	});
	return new Response(stream, { headers: { 'content-type': 'application/x-ndjson; charset=utf-8', 'cache-control': 'no-store', 'x-accel-buffering': 'no' } });
};
