import { json } from '@sveltejs/kit';
import { draftFailure, listVersions, saveVersion } from '$lib/server/drafts';
import { LIMITS, readJson, refuse } from '$lib/server/limits';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	try {
		return json(listVersions(params.report), { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		return draftFailure(e);
	}
};

export const POST: RequestHandler = async ({ params, request }) => {
	const read = await readJson(request, '草稿未保存', '{"report_id": …, "drafter": …, "items": […]}', LIMITS.draftBytes * 2);
	if (!read.ok) return refuse(read.status, read.message);
	try {
		const saved = saveVersion(params.report, read.body);
		return json({ version: saved.version, saved_at: saved.saved_at });
	} catch (e) {
		return draftFailure(e);
	}
};
