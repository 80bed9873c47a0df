/**
 * POST /api/query — a named page query run on the server (native DuckDB over the dataset's
 * Parquet; $lib/server/server-queries): { "dataset": "real" | "demo", "name": "yearKpis",
 * "params": [2024] } → { ok: true, rows: [...] }. Never SQL: the name picks one query of
 * $lib/db/queries.ts, the values are validated by its schema ($lib/db/named.ts). Reading rules of
 * $lib/server/access.ts apply, as to the browser path's data files. Answers in Chinese: 400 bad request, 401/403, 404 no such query, 422 too many
 * rows, 503 no Parquet built.
 */
import { json } from '@sveltejs/kit';
import { z } from 'zod';
import { denied } from '$lib/server/access';
import { readJson, refuse } from '$lib/server/limits';
import { runServerQuery, ServerQueryError } from '$lib/server/server-queries';
import type { RequestHandler } from './$types';

const SHAPE = '{"dataset": "real", "name": "yearKpis", "params": []}';
const Body = z.object({
	dataset: z.enum(['real', 'demo'], { error: 'dataset 应为 real（真实报告）或 demo（模拟数据）' }).default('real'),
	name: z.string({ error: 'name 应为页面查询的名称' }).min(1, 'name 不能为空').max(100, 'name 过长'),
	params: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()]), { error: 'params 应为参数列表' }).max(10, '参数过多').default([])
});

export const POST: RequestHandler = async (event) => {
	const no = denied(event, 'read');
	if (no) return no;
	const read = await readJson(event.request, '未查询', SHAPE, 64 * 1024);
	if (!read.ok) return refuse(read.status, read.message);
	const body = Body.safeParse(read.body);
	if (!body.success) return refuse(400, `请求格式错误：${body.error.issues[0]?.message ?? ''}（应为 ${SHAPE}）`);
	const t0 = performance.now();
	try {
		const rows = await runServerQuery(body.data.dataset, body.data.name, body.data.params, event.locals?.user ?? null);
		return json({ ok: true, rows, ms: Math.round(performance.now() - t0) }, { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		if (e instanceof ServerQueryError) return refuse(e.status, e.message);
		console.error('server query failed', e);
		return refuse(500, '服务器查询失败，请稍后重试或联系管理员');
	}
};
