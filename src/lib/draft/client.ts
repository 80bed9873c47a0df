/**
 * The /draft page's client of /api/draft/<report>/…: facts, the NDJSON generate stream, saved
 * versions. Every answer is checked with zod; failures come back as Chinese messages, never as
 * thrown errors, so the page only renders.
 */
import { z } from 'zod';
import { Draft, DraftEvent, FactSheet, SavedDraft, VersionInfo } from '$lib/schema/draft';

export type Outcome<T> = { ok: true; value: T } | { ok: false; message: string };

async function getJson<T>(url: string, schema: z.ZodType<T>, what: string, fetcher: typeof fetch, init?: RequestInit): Promise<Outcome<T>> {
	let res: Response;
	try {
		res = await fetcher(url, init);
	} catch {
		return { ok: false, message: `无法连接服务器，${what}未完成` };
	}
	let body: unknown;
	try {
		body = await res.json();
	} catch {
		return { ok: false, message: `${what}失败（服务器返回了无法识别的内容）` };
	}
	if (!res.ok) {
		const m = (body as { message?: unknown } | null)?.message;
		return { ok: false, message: typeof m === 'string' ? `${what}失败：${m}` : `${what}失败（HTTP ${res.status}）` };
	}
	const parsed = schema.safeParse(body);
	return parsed.success ? { ok: true, value: parsed.data } : { ok: false, message: `${what}失败：服务器返回的内容格式不对` };
}

export const fetchFacts = (report: string, fetcher: typeof fetch = fetch) => getJson(`/api/draft/${encodeURIComponent(report)}/facts`, FactSheet, '数据事实读取', fetcher);

export const listVersions = (report: string, fetcher: typeof fetch = fetch) =>
	getJson(`/api/draft/${encodeURIComponent(report)}/versions`, z.array(VersionInfo), '版本列表读取', fetcher);

export async function openVersion(report: string, version: number, fetcher: typeof fetch = fetch): Promise<Outcome<Draft>> {
	const r = await getJson(`/api/draft/${encodeURIComponent(report)}/versions/${version}`, SavedDraft, `第 ${version} 版读取`, fetcher);
	if (!r.ok) return r;
	const { version: _v, saved_at: _s, ...draft } = r.value;
	return { ok: true, value: draft };
}

export const saveVersion = (report: string, draft: Draft, fetcher: typeof fetch = fetch) =>
	getJson(`/api/draft/${encodeURIComponent(report)}/versions`, z.object({ version: z.number().int(), saved_at: z.string() }), '保存', fetcher, {
		method: 'POST',
		headers: { 'content-type': 'application/json' },
		body: JSON.stringify(draft)
	});

/** What a progress event says to the drafter, in Chinese (null: nothing to show). */
export function describeEvent(e: DraftEvent): string | null {
	switch (e.type) {
		case 'status':
		case 'attempt':
			return e.message;
		case 'rejected':
			return `第 ${e.attempt} 次结果未采用：${e.reason}`;
		case 'fallback':
			return e.reason;
		case 'error':
			return `出错：${e.message}`;
		case 'done':
			return `起草完成（${e.draft.drafter === 'llm' ? `大模型 ${e.draft.model ?? ''}` : '离线起草'}，${e.draft.items.length} 条）`;
		default:
			return null;
	}
}

/**
 * Splits an NDJSON stream into checked events. Feed it text as it arrives; it returns the
 * complete lines' events, keeps a partial line for the next chunk, and turns a line that is not
 * a valid event into an error event rather than throwing.
 */
export class DraftStreamParser {
	private buf = '';
	push(text: string): DraftEvent[] {
		this.buf += text;
		const out: DraftEvent[] = [];
		let nl;
		while ((nl = this.buf.indexOf('\n')) >= 0) {
			const line = this.buf.slice(0, nl).trim();
			this.buf = this.buf.slice(nl + 1);
			if (line) out.push(parseEvent(line));
		}
		return out;
	}
	/** The last line, when the stream ended without a newline. */
	end(): DraftEvent[] {
		const line = this.buf.trim();
		this.buf = '';
		return line ? [parseEvent(line)] : [];
	}
}

function parseEvent(line: string): DraftEvent {
	let raw: unknown;
	try {
		raw = JSON.parse(line);
	} catch {
		return { type: 'error', message: '服务器返回了无法识别的进度信息' };
	}
	const e = DraftEvent.safeParse(raw);
	return e.success ? e.data : { type: 'error', message: '服务器返回的草稿格式不对，未采用' };
}

/**
 * POST /api/draft/<report>/generate and read its stream. `onLog` receives the progress log as it
 * grows (the count of model characters received is one line, updated in place). Resolves to the
 * finished draft, or null when there is none.
 */
export async function generateDraft(
	report: string,
	body: { seed: number; only?: string },
	onLog: (log: string[]) => void,
	fetcher: typeof fetch = fetch
): Promise<Draft | null> {
	const log: string[] = [];
	const show = () => onLog([...log]);
	let res: Response;
	try {
		res = await fetcher(`/api/draft/${encodeURIComponent(report)}/generate`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
	} catch {
		log.push('无法连接服务器，未能起草');
		show();
		return null;
	}
	if (!res.ok || !res.body) {
		// the server's reason when it refuses (429 too many calls, 401/403 role) is a Chinese message
		const m = (await res.json().catch(() => null))?.message;
		log.push(`起草请求失败（HTTP ${res.status}）${typeof m === 'string' ? `：${m}` : ''}`);
		show();
		return null;
	}
	const parser = new DraftStreamParser();
	const reader = res.body.getReader();
	const dec = new TextDecoder();
	let result: Draft | null = null;
	const take = (events: DraftEvent[]) => {
		for (const e of events) {
			if (e.type === 'delta') {
				const line = `已接收模型输出 ${e.chars} 字`;
				const at = log.findIndex((l) => l.startsWith('已接收'));
				if (at >= 0) log[at] = line;
				else log.push(line);
				continue;
			}
			const text = describeEvent(e);
			if (text) log.push(text);
			if (e.type === 'done') result = e.draft;
		}
		if (events.length) show();
	};
	for (;;) {
		const { value, done } = await reader.read();
		if (done) break;
		take(parser.push(dec.decode(value, { stream: true })));
	}
	take(parser.end());
	return result;
}
