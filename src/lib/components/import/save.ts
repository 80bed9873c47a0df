/**
 * The import page's client of POST /api/reports: sends { report, source, replace }, checks the
 * answer's shape (zod) and turns every outcome into one the page renders: saved, exists
 * (ask before replacing), or an error in Chinese with the field errors.
 */
import { z } from 'zod';
import type { FieldError } from '$lib/schema/validate';

/** The server's upload limit (BODY_SIZE_LIMIT default); larger bodies are refused before sending. */
export const BODY_LIMIT = 25 * 1024 * 1024;
const TOO_BIG = '提交的内容超过服务器上限 25 MB，未保存';

const Saved = z.object({ ok: z.literal(true), file: z.string(), replaced: z.array(z.string()), manifest: z.object({ version: z.string() }) });
const Refused = z.object({ ok: z.literal(false), message: z.string(), errors: z.array(z.object({ field: z.string(), message: z.string() })).optional() });

export type SaveOutcome =
	| { kind: 'saved'; text: string }
	| { kind: 'exists'; message: string }
	| { kind: 'error'; text: string; errors?: FieldError[] };

export async function saveReport(report: unknown, source: string, replace: boolean, fetcher: typeof fetch = fetch): Promise<SaveOutcome> {
	const body = JSON.stringify({ report, source, replace });
	if (body.length > BODY_LIMIT) return { kind: 'error', text: TOO_BIG };
	let res: Response;
	try {
		res = await fetcher('/api/reports', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
	} catch {
		return { kind: 'error', text: '无法连接服务器，未保存' };
	}
	let answer: unknown;
	try {
		answer = await res.json();
	} catch {
		return { kind: 'error', text: res.status === 413 ? TOO_BIG : `保存失败（HTTP ${res.status}）` };
	}
	const refused = Refused.safeParse(answer);
	if (res.status === 409) return { kind: 'exists', message: refused.success ? refused.data.message : '这份报告已经存在，是否替换？' };
	if (refused.success) return { kind: 'error', text: refused.data.message, errors: refused.data.errors };
	const saved = Saved.safeParse(answer);
	if (!res.ok || !saved.success) return { kind: 'error', text: `保存失败（HTTP ${res.status}，服务器返回的内容格式不对）` };
	const d = saved.data;
	return { kind: 'saved', text: `已保存为 ${d.file}${d.replaced.length ? '，替换的旧版本已存入历史记录' : ''}；数据集已更新（版本 ${d.manifest.version}）。` };
}
