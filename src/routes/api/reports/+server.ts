/**
 * POST /api/reports — save an imported report: { report, source, replace? } as JSON.
 * 201/200 saved; 400 invalid (field errors in Chinese); 409 the report exists (resend with
 * replace: true); 413 too big. See $lib/server/import.
 */
import { json } from '@sveltejs/kit';
import { bodyLimit } from '$lib/server/body';
import { saveImportedReport } from '$lib/server/import';
import type { RequestHandler } from './$types';

const tooBig = () =>
	json({ ok: false, message: `提交的内容超过服务器上限 ${(bodyLimit() / 1024 / 1024).toFixed(0)} MB，未保存` }, { status: 413 });

export const POST: RequestHandler = async ({ request }) => {
	const length = Number(request.headers.get('content-length') || 0);
	if (length > bodyLimit()) return tooBig();
	let body: unknown;
	try {
		const text = await request.text();
		if (text.length > bodyLimit()) return tooBig();
		body = JSON.parse(text);
	} catch (e) {
		const msg = e instanceof Error ? e.message : String(e);
		if (/exceeds limit|too large/i.test(msg)) return tooBig();
		return json({ ok: false, message: '请求格式错误：应为 JSON' }, { status: 400 });
	}
	if (typeof body !== 'object' || body === null) return json({ ok: false, message: '请求格式错误：应为 JSON 对象' }, { status: 400 });
	const b = body as { report?: unknown; source?: unknown; replace?: unknown };
	const r = saveImportedReport({ report: b.report, source: b.source, replace: b.replace === true });
	return json(r, { status: r.status });
};
