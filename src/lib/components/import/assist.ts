/**
 * The import page's client of POST /api/extract/assist: sends the report's text, checks the
 * answer's shape (zod) and says in Chinese what the model added and what was dropped.
 */
import { z } from 'zod';
import type { ExtractResult } from '$lib/extract';

const Counts = z.object({
	invented: z.number(),
	badQuote: z.number(),
	noNumber: z.number(),
	unknownField: z.number(),
	invalid: z.number(),
	notAsked: z.number()
});

const Answer = z.object({
	ok: z.literal(true),
	report: z.record(z.string(), z.unknown()),
	figures: z.array(z.object({ path: z.string(), start: z.number(), end: z.number(), confidence: z.number(), rule: z.string() })),
	unread: z.array(z.object({ kind: z.string(), text: z.string(), start: z.number(), end: z.number(), reason: z.string() })),
	missing: z.array(z.object({ field: z.string(), message: z.string() })),
	accepted: z.array(z.object({ field: z.string(), path: z.string() })),
	dropped: Counts,
	error: z.string().optional(),
	assumedYear: z.number().optional()
});

export type AssistOutcome =
	| { ok: true; result: ExtractResult; note: string }
	| { ok: false; message: string };

const DROP_LABEL: Record<keyof z.infer<typeof Counts>, string> = {
	invented: '原文中没有这个数',
	badQuote: '引文不在原文中',
	noNumber: '引文不含这个数',
	unknownField: '不认识的字段',
	invalid: '格式不合规',
	notAsked: '规则已读出'
};

/** What the model did, in one Chinese sentence. */
export function assistNote(accepted: number, dropped: z.infer<typeof Counts>): string {
	const parts = (Object.keys(DROP_LABEL) as Array<keyof typeof DROP_LABEL>).filter((k) => dropped[k] > 0).map((k) => `${DROP_LABEL[k]} ${dropped[k]} 项`);
	const total = Object.values(dropped).reduce((a, b) => a + b, 0);
	return `大模型补读：采纳 ${accepted} 项（每项都有原文引文，标为“把握不大，请核对”）` + (total ? `；舍弃 ${total} 项：${parts.join('、')}。` : '。');
}

export async function assist(text: string, sourceFile: string | undefined, fetcher: typeof fetch = fetch): Promise<AssistOutcome> {
	let res: Response;
	try {
		res = await fetcher('/api/extract/assist', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text, sourceFile }) });
	} catch {
		return { ok: false, message: '无法连接服务器，大模型补读未进行' };
	}
	let body: unknown;
	try {
		body = await res.json();
	} catch {
		return { ok: false, message: `服务器返回了无法识别的内容（HTTP ${res.status}）` };
	}
	if (!res.ok) {
		const m = (body as { message?: unknown } | null)?.message;
		return { ok: false, message: typeof m === 'string' ? m : `大模型补读失败（HTTP ${res.status}）` };
	}
	const a = Answer.safeParse(body);
	if (!a.success) return { ok: false, message: '服务器返回的补读结果格式不对，未采用' };
	if (a.data.error) return { ok: false, message: a.data.error };
	const result = { report: a.data.report, figures: a.data.figures, unread: a.data.unread, missing: a.data.missing, problems: [], ...(a.data.assumedYear ? { assumedYear: a.data.assumedYear } : {}) } as unknown as ExtractResult;
	return { ok: true, result, note: assistNote(a.data.accepted.length, a.data.dropped) };
}
