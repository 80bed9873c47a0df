/**
 * POST /api/extract/assist — { text, sourceFile? } as JSON: the extractor's result, with what
 * the rules left empty (department name, year, unread amounts, headline figures) filled in by
 * the configured model where the model quotes the text for it (see $lib/server/llm-extract).
 *
 * 200 { ok: true, report, figures, unread, missing, problems, accepted, dropped, droppedValues,
 *       used, model?, error? } — a failed model call leaves the result unchanged, with `error`;
 * 400 bad input; 413 too big; 503 no model configured (PERFLENS_LLM_BASE_URL unset).
 */
import { json } from '@sveltejs/kit';
import { extract, ExtractError } from '$lib/extract';
import { readJsonBody } from '$lib/server/body';
import { llmConfig } from '$lib/server/llm';
import { fillWithModel } from '$lib/server/llm-extract';
import { busy, takeLlmSlot } from '$lib/server/limits';
import { userKey } from '$lib/server/auth';
import { denied } from '$lib/server/access';
import type { RequestHandler } from './$types';

/** Longest text accepted (characters): more than any report; the model gets at most LLM_MAX_CHARS. */
const TEXT_LIMIT = 2_000_000;

const fail = (status: number, message: string) => json({ ok: false, message }, { status });

export const POST: RequestHandler = async (event) => {
	const { request } = event;
	const no = denied(event, 'llm');
	if (no) return no;
	const read = await readJsonBody(request, '未处理', '{"text": "报告文字"}');
	if (!read.ok) return fail(read.status, read.message);
	const body = read.body;
	if (typeof body !== 'object' || body === null || Array.isArray(body)) return fail(400, '请求格式错误：应为 JSON 对象 {"text": "报告文字"}');
	const b = body as { text?: unknown; sourceFile?: unknown };
	if (b.text === undefined || b.text === null) return fail(400, '请求中缺少报告文字：text 应为字符串');
	if (typeof b.text !== 'string') return fail(400, '报告文字格式错误：text 应为字符串（文字），请改正');
	if (!b.text.trim()) return fail(400, '报告文字是空的');
	if (b.text.length > TEXT_LIMIT) return fail(413, `报告文字过长（${b.text.length} 字，上限 ${TEXT_LIMIT} 字），未处理`);
	if (b.sourceFile !== undefined && typeof b.sourceFile !== 'string') return fail(400, '请求格式错误：sourceFile 应为字符串');
	const config = llmConfig();
	if (!config) return json({ ok: false, used: false, message: '未配置大模型：服务器没有设置 PERFLENS_LLM_BASE_URL，大模型辅助提取不可用。规则提取不受影响，导入页照常可用。' }, { status: 503 });
	let result;
	try {
		result = extract(b.text, { sourceFile: (b.sourceFile as string | undefined)?.slice(0, 200) || undefined });
	} catch (e) {
		if (e instanceof ExtractError) return fail(400, e.message);
		console.error('extract failed', e);
		return fail(500, '提取失败：服务器处理这份文字时出错，请检查文字内容后重试');
	}
	const release = takeLlmSlot(userKey(event));
	if (!release) return busy();
	const ctl = new AbortController();
	const onGone = () => ctl.abort(); // the client went away: stop the model call
	request.signal?.addEventListener('abort', onGone);
	try {
		const out = await fillWithModel(b.text, result, { config, signal: ctl.signal });
		return json({ ok: true, ...out });
	} finally {
		release();
		request.signal?.removeEventListener('abort', onGone);
	}
};
