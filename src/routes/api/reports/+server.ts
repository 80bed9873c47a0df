/**
 * POST /api/reports — save an imported report: { report, source, replace? } as JSON.
 * 201/200 saved; 400 invalid (field errors in Chinese); 409 the report exists (resend with
 * replace: true); 413 too big. See $lib/server/import; limits in $lib/server/limits.
 */
import { json } from '@sveltejs/kit';
import { saveImportedReport } from '$lib/server/import';
import { isObject, readJson, refuse } from '$lib/server/limits';
import { can, denied } from '$lib/server/access';
import { logChange } from '$lib/server/auditlog';
import type { RequestHandler } from './$types';

const SHAPE = '{"report": {…报告记录…}, "source": "原文文字", "replace": false}';

export const POST: RequestHandler = async (event) => {
	const { request, locals } = event;
	// signed in at all? (the department is checked once the body is read)
	const anon = denied(event, 'write_report', null);
	if (anon && !locals?.user) return anon;
	const read = await readJson(request, '未保存', SHAPE);
	if (!read.ok) return refuse(read.status, read.message);
	const b = read.body;
	if (!isObject(b)) return refuse(400, `请求格式错误：应为 JSON 对象 ${SHAPE}，收到的是${Array.isArray(b) ? '列表' : '单个值'}`);
	if (b.replace !== undefined && typeof b.replace !== 'boolean') return refuse(400, '字段 replace 应为 true 或 false', { errors: [{ field: 'replace', message: '应为 true 或 false' }] });
	const dept = isObject(b.report) && isObject(b.report.department) && typeof b.report.department.id === 'string' ? b.report.department.id : null;
	const no = denied(event, 'write_report', dept);
	if (no) return no;
	const user = locals?.user ?? null;
	const r = saveImportedReport({ report: b.report, source: b.source, replace: b.replace === true, by: user, may: (d) => can(user, 'write_report', d) });
	if (r.ok) logChange(locals?.user ?? null, event.getClientAddress(), r.status === 201 ? '新增报告' : '替换报告', r.id, { from: r.history, detail: r.replaced.length ? `替换了 ${r.replaced.join('、')}` : undefined });
	return json(r, { status: r.status });
};
