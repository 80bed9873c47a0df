import { error, json } from '@sveltejs/kit';
import { listVersions, NotFound, saveVersion } from '$lib/server/drafts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	try {
		return json(listVersions(params.report), { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		if (e instanceof NotFound) error(404, e.message);
		throw e;
	}
};

export const POST: RequestHandler = async ({ params, request }) => {
	let body: unknown;
	try {
		body = await request.json();
	} catch {
		error(400, '请求内容不是有效的 JSON');
	}
	try {
		const saved = saveVersion(params.report, body);
		return json({ version: saved.version, saved_at: saved.saved_at });
	} catch (e) {
		if (e instanceof NotFound) error(404, e.message);
		error(400, `草稿无法保存：${e instanceof Error ? e.message.slice(0, 300) : String(e)}`);
	}
};
