import { json } from '@sveltejs/kit';
import { draftFailure, listVersions, loadReportRecord, saveVersion } from '$lib/server/drafts';
import { denied } from '$lib/server/access';
import { logChange } from '$lib/server/auditlog';
import { LIMITS, readJson, refuse } from '$lib/server/limits';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	try {
		return json(listVersions(params.report), { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		return draftFailure(e);
	}
};

export const POST: RequestHandler = async (event) => {
	const { params, request } = event;
	if (!event.locals?.user) return denied(event, 'draft', null)!;
	try {
		const no = denied(event, 'draft', loadReportRecord(params.report).department.id);
		if (no) return no;
	} catch (e) {
		return draftFailure(e);
	}
	const read = await readJson(request, '草稿未保存', '{"report_id": …, "drafter": …, "items": […]}', LIMITS.draftBytes * 2);
	if (!read.ok) return refuse(read.status, read.message);
	try {
		const saved = saveVersion(params.report, read.body);
		logChange(event.locals.user, event.getClientAddress(), '保存草稿', params.report, { detail: `第 ${saved.version} 版` });
		return json({ version: saved.version, saved_at: saved.saved_at });
	} catch (e) {
		return draftFailure(e);
	}
};
