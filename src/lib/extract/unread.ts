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
