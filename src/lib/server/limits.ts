/**
 * Every limit the server enforces, in one place, with the readers and checks that apply them and
 * answer in Chinese (the field, the limit, the fix) — never a stack, a path or a library dump.
 *
 *   body size          BODY_SIZE_LIMIT (config.ts), counted while reading: 413 also for chunked bodies
 *   record             1 MB of JSON, 2,000 items per list, 5,000 characters per text field
 *   report id          1–100 characters: lower-case letters, digits and hyphens
 *   draft version      256 KB, 50 items, 5,000 characters per text; 200 versions per report
 *   LLM answer         200,000 characters: reading stops there and the answer is refused
 *   LLM time budget    all attempts of one request together: 2 × PERFLENS_LLM_TIMEOUT_MS + 10 s
 *   LLM calls          2 at a time per user (per address when not signed in): 429 + Retry-After
 */
import type { FieldError } from '../schema/validate';
import { bodyLimitOf } from './config';

export const LIMITS = {
	recordBytes: 1024 * 1024,
	listItems: 2000,
	stringChars: 5000,
	idChars: 100,
	draftBytes: 256 * 1024,
	draftItems: 50,
	draftVersions: 200,
	llmAnswerChars: 200_000,
	llmBudgetExtraMs: 10_000,
	llmConcurrentPerUser: 2,
	retryAfterSeconds: 5
} as const;

/** The id of a report (a file name): checked before it touches the file system. */
export const REPORT_ID = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

/** A Chinese reason when `id` is not a valid report id, else null. */
export function idProblem(id: unknown, what = '报告编号'): string | null {
	if (typeof id !== 'string' || !id) return `${what}缺失：应为文字，只含小写字母、数字和连字符`;
	if (id.length > LIMITS.idChars) return `${what}过长（${id.length} 个字符，上限 ${LIMITS.idChars}），请缩短`;
	if (!REPORT_ID.test(id)) return `${what}只能包含小写字母、数字和连字符（不能以连字符开头或结尾），请改正`;
	return null;
}

const mb = (n: number) => `${(n / 1024 / 1024).toFixed(n < 1024 * 1024 ? 2 : 0)} MB`;

export type BodyText = { ok: true; text: string } | { ok: false; status: 400 | 413; message: string };

/**
 * Read a request body as text, counting bytes as they arrive: over the limit reading stops and the
 * answer is 413 — with or without Content-Length (chunked).
 */
export async function readBodyText(request: Request, what = '未处理', limit = bodyLimitOf()): Promise<BodyText> {
	const tooBig = (): BodyText => ({ ok: false, status: 413, message: `提交的内容超过服务器上限 ${mb(limit)}，${what}。请减小文件或内容后重试` });
	const length = Number(request.headers.get('content-length') || 0);
	if (length > limit) return tooBig();
	if (!request.body) return { ok: true, text: '' };
	const reader = request.body.getReader();
	const chunks: Uint8Array[] = [];
	let size = 0;
	try {
		for (;;) {
			const { done, value } = await reader.read();
			if (done) break;
			size += value.byteLength;
			if (size > limit) {
				reader.cancel().catch(() => {});
				return tooBig();
			}
			chunks.push(value);
		}
	} catch (e) {
		// adapter-node errors the stream itself past BODY_SIZE_LIMIT (status 413)
		const status = (e as { status?: number })?.status;
		const msg = e instanceof Error ? e.message : String(e);
		if (status === 413 || /exceed|too large/i.test(msg)) return tooBig();
		return { ok: false, status: 400, message: '请求内容读取失败（连接中断或格式错误），请重试' };
	}
	const buf = new Uint8Array(size);
	let off = 0;
	for (const c of chunks) {
		buf.set(c, off);
		off += c.byteLength;
	}
	return { ok: true, text: new TextDecoder().decode(buf) };
}

export type JsonBody = { ok: true; body: unknown } | { ok: false; status: 400 | 413; message: string };

/** A JSON body within the body limit; `expect` describes the wanted shape for the message. */
export async function readJson(request: Request, what: string, expect: string, limit?: number): Promise<JsonBody> {
	const r = await readBodyText(request, what, limit);
	if (!r.ok) return r;
	if (!r.text.trim()) return { ok: false, status: 400, message: `请求内容为空：应为 JSON 对象 ${expect}` };
	try {
		return { ok: true, body: JSON.parse(r.text) };
	} catch {
		return { ok: false, status: 400, message: `请求格式错误：不是有效的 JSON，应为 JSON 对象 ${expect}` };
	}
}

export const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The JSON answer of a refused request. */
export const refuse = (status: number, message: string, extra: Record<string, unknown> = {}, headers: Record<string, string> = {}) =>
	new Response(JSON.stringify({ ok: false, message, ...extra }), { status, headers: { 'content-type': 'application/json; charset=utf-8', ...headers } });

/**
 * Size checks of a parsed JSON value (a record or a draft): every list and every text, by field
 * path. Returns the problems (at most `max`), in Chinese.
 */
export function shapeProblems(value: unknown, opts: { listItems?: number; stringChars?: number; max?: number } = {}): FieldError[] {
	const listItems = opts.listItems ?? LIMITS.listItems;
	const stringChars = opts.stringChars ?? LIMITS.stringChars;
	const max = opts.max ?? 10;
	const out: FieldError[] = [];
	const walk = (v: unknown, path: string, depth: number) => {
		if (out.length >= max) return;
		if (depth > 12) {
			out.push({ field: path || '(整条记录)', message: '嵌套层数过多（上限 12 层），请检查记录结构' });
			return;
		}
		if (typeof v === 'string') {
			if (v.length > stringChars) out.push({ field: path, message: `文字过长（${v.length} 字，上限 ${stringChars} 字），请缩短` });
		} else if (Array.isArray(v)) {
			if (v.length > listItems) {
				out.push({ field: path, message: `列表项过多（${v.length} 项，上限 ${listItems} 项），请删减` });
				return;
			}
			v.forEach((x, i) => walk(x, `${path}[${i}]`, depth + 1));
		} else if (isObject(v)) {
			const keys = Object.keys(v);
			if (keys.length > listItems) {
				out.push({ field: path || '(整条记录)', message: `字段过多（${keys.length} 个），请检查记录结构` });
				return;
			}
			for (const k of keys) walk(v[k], path ? `${path}.${k}` : k, depth + 1);
		}
	};
	walk(value, '', 0);
	return out;
}

/** Record limits: size of its JSON, lists, texts. */
export function recordProblems(record: unknown): FieldError[] {
	const size = Buffer.byteLength(JSON.stringify(record) ?? '');
	if (size > LIMITS.recordBytes) return [{ field: '(整条记录)', message: `记录过大（${mb(size)}，上限 ${mb(LIMITS.recordBytes)}），请删减后重试` }];
	return shapeProblems(record);
}

/** Draft-version limits: size, items, texts. */
export function draftProblems(draft: unknown): FieldError[] {
	const size = Buffer.byteLength(JSON.stringify(draft) ?? '');
	if (size > LIMITS.draftBytes) return [{ field: '(整份草稿)', message: `草稿过大（${(size / 1024).toFixed(0)} KB，上限 ${LIMITS.draftBytes / 1024} KB），请删减后重试` }];
	return shapeProblems(draft, { listItems: LIMITS.draftItems });
}

/* ------------------------------------------------------------------ LLM calls per user */

const running = new Map<string, number>();

/**
 * Take one of the user's LLM slots; null when all are in use (answer 429 with Retry-After).
 * The returned function gives the slot back (idempotent).
 */
export function takeLlmSlot(user: string): (() => void) | null {
	const n = running.get(user) ?? 0;
	if (n >= LIMITS.llmConcurrentPerUser) return null;
	running.set(user, n + 1);
	let released = false;
	return () => {
		if (released) return;
		released = true;
		const m = (running.get(user) ?? 1) - 1;
		if (m <= 0) running.delete(user);
		else running.set(user, m);
	};
}

/** The 429 answer for a user whose LLM slots are all in use. */
export const busy = () =>
	refuse(
		429,
		`您已有 ${LIMITS.llmConcurrentPerUser} 个大模型请求正在进行，请等它们完成后再试（约 ${LIMITS.retryAfterSeconds} 秒后）`,
		{},
		{ 'retry-after': String(LIMITS.retryAfterSeconds) }
	);
