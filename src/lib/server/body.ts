/**
 * Request-body conventions of the JSON endpoints: the limit the server starts with
 * (BODY_SIZE_LIMIT, default 25M, as adapter-node reads it) and a reader that answers 413 / 400
 * with a Chinese message instead of throwing.
 */

import { bodyLimitOf } from './config';

/** The body limit in bytes (BODY_SIZE_LIMIT, read in ./config.ts). */
export const bodyLimit = bodyLimitOf;

export type BodyResult = { ok: true; body: unknown } | { ok: false; status: 400 | 413; message: string };

/** Read a JSON body within the limit. `what` finishes the 413 message (e.g. 未保存 / 未处理). */
export async function readJsonBody(request: Request, what = '未处理'): Promise<BodyResult> {
	const limit = bodyLimit();
	const tooBig = (): BodyResult => ({ ok: false, status: 413, message: `提交的内容超过服务器上限 ${(limit / 1024 / 1024).toFixed(0)} MB，${what}` });
	const length = Number(request.headers.get('content-length') || 0);
	if (length > limit) return tooBig();
	let text: string;
	try {
		text = await request.text();
	} catch (e) {
		const msg = e instanceof Error ? e.message : String(e);
		if (/exceeds limit|too large/i.test(msg)) return tooBig();
		return { ok: false, status: 400, message: '请求格式错误：无法读取请求内容' };
	}
	if (text.length > limit) return tooBig();
	try {
		return { ok: true, body: JSON.parse(text) };
	} catch {
		return { ok: false, status: 400, message: '请求格式错误：应为 JSON' };
	}
}
