import type { Ctx, Unread } from './context';
import { moneyHits } from './numbers';
/** Money written in the text that no rule took into the record. */
export function listUnreadMoney(ctx: Ctx): Unread[] {
	const out: Unread[] = [];
	for (const p of ctx.paras) {
		for (const h of moneyHits(p.span)) {
			const s = p.span.map[h.a];
			const e = p.span.map[h.ue - 1] + 1;
			if (ctx.isUsed(s, e) || ctx.unread.some((u) => u.start <= s && e <= u.end)) continue;
			out.push({ kind: '金额', text: ctx.quote(s, e), start: s, end: e, reason: '文中的这笔金额没有归入任何字段' });
		}
	}
	return out;
}

/**
 * Numbers that text extraction ran together (table cells of a PDF or an OCR page with their
 * separators lost: "202010100.00%10", "64.864.864.8100%") or split ("968.191 8"): listed, with the
 * reason, never guessed apart. Serves flowed PDF text and document-sharing mirrors of any province.
 */
export function listGarbledNumbers(ctx: Ctx): Unread[] {
	const out: Unread[] = [];
	const fused = /(?<![\d.])(?:\d+\.\d+\.\d[\d.]*%?|\d+(?:\.\d+)?%\d[\d.%]*|\d+\.\d{1,4}\s\d{1,2}(?![\d.]))(?![\d])/g;
	for (const m of ctx.src.matchAll(fused)) {
		const s = m.index!;
		const e = s + m[0].length;
		if (ctx.isUsed(s, e) || /^\d{4}-\d/.test(ctx.src.slice(s, e + 2))) continue;
		// phone numbers, codes and dates are not amounts
		const around = ctx.src.slice(Math.max(0, s - 8), s);
		if (/电话|编码|代码|编号|索引号|文号|ID|id|[A-Z]$/.test(around)) continue;
		const reason = /\s/.test(m[0]) ? '数字中间断开，无法确定是一个数还是两个数，未读取' : '几个表格单元格的数字连在了一起，无法可靠拆分，未读取';
		out.push({ kind: '粘连数字', text: m[0], start: s, end: e, reason });
		if (out.length >= 50) break;
	}
	return out;
}
