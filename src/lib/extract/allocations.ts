/**
 * Money allocated to a project or a fund, stated as the notice that allocated it: "…《关于下达2023年
 * 某某发展资金预算的通知》,下达X县2023年某某发展资金300万元。其中:A工程200万元,B维修养护100万元",
 * "同意向X镇拨付2017年防汛工作相关经费80万元,其中:渠道清杂经费20万元…".
 *
 * - A named fund (…资金) is money of that level or source: a budget_level line of the fund, and
 *   each listed part a project of it (parent = the fund). Where the sentence names the fund only
 *   in the notice's title ("…《关于下达2023年X资金(…)的通知》,下达X县资金791万元"), the title names it.
 * - An allocation of 经费 for a purpose is the project's total budget, and its listed parts are
 *   its cost lines.
 *
 * Serves the 资金投入/绩效目标分解下达 sections of fund and project self-evaluation reports (转移支付,
 * 中央/省级专项资金, 衔接资金, a township's project money) in every province. Only in project
 * records; lines the prose reader already has are not added twice.
 */
import type { BudgetLine } from '../schema/report';
import { MONEY_FACTOR } from '../text/normalize';
import type { Ctx, Env } from './context';
import { CLAUSE_PIECES, MONEY_UNIT, NUM, totalFirst } from './numbers';

// an amount as reports write it, in 万元 or restated in 元 / 亿元 ("791万元", "7,910,000.00元", "512. 08万元"):
// the number as numbers.ts reads it and its unit (reports that state their money in 元 and PDF text layers)
// (the money units of numbers.ts: 万元, 元, 亿元 and a bare 万 before punctuation, "…维修养护35万，")
const AMT = String.raw`(${NUM})\s*(${MONEY_UNIT})`;
const unitOf = (u: string): '万元' | '元' | '亿元' => (u === '元' ? '元' : u === '亿元' ? '亿元' : '万元');

// (the unit the money went to: a county, a bureau, a hospital, a school, a centre …)
const ALLOT = new RegExp(String.raw`(?:下达|拨付|下拨)(?:给|至|到)?(?:[\u4e00-\u9fa5*]{0,16}?(?:县|区|市|镇|乡|局|单位|医院|卫生院|学校|中学|小学|幼儿园|中心|站|所))?(?:20\d\d年度?)?([\u4e00-\u9fa5*]{0,24}?)(?<![\d.,])${AMT}`, 'g');
const ORG_TAIL = /^(?:第[一二三四五六七八九十\d]+)?(?:人民医院|中医医院|中医院|妇幼保健院|医院|卫生院|疾病预防控制中心|卫生服务中心|学校|中学|小学|幼儿园)(?=[\u4e00-\u9fa5*]{2,})/;
const PART = new RegExp(String.raw`(?:^|[,，;；、:：])\s*([\u4e00-\u9fa5*、()（）\d]{2,30}?)(?<![\d.,])${AMT}`, 'g');

export function readAllocations(ctx: Ctx, env: Env): BudgetLine[] {
	const out: BudgetLine[] = [];
	if (env.kind !== 'project_self_evaluation') return out;
	for (const p of ctx.paras) {
		// (a total stated after its parts, "下达X资金：A a万元、B b万元，合计N万元", read total first: numbers.ts)
		const span = totalFirst(p.span);
		const norm = span.norm;
		for (const m of norm.matchAll(ALLOT)) {
			const a = m.index!;
			const sentStart = Math.max(norm.lastIndexOf('。', a), -1) + 1;
			const sentence = norm.slice(sentStart, a);
			// (the rest of the unit's name the place word cut short: "下达X县人民医院Y资金" is Y)
			let fund = m[1].replace(/^(的|了)/, '').replace(ORG_TAIL, '');
			// the fund the notice's title names, when the sentence says only 资金
			if (!/[\u4e00-\u9fa5*]{2,}(资金|经费)$/.test(fund) || /^(资金|经费|相关经费)$/.test(fund)) {
				const notice = sentence.match(/《关于(?:下达|拨付|预拨)(?:20\d\d年度?)?([^《》]{2,40}?)(?:预算)?的通知》/);
				const named = notice?.[1].replace(/[(（][^)）]*[)）]/g, '').replace(/预算$/, '');
				if (named && /资金$/.test(named)) fund = named;
			}
			// a purpose named in the sentence under a fund the notice names ("《关于下达…X资金预算的通知》,
			// 下达某县2023年山洪灾害防治设施维养N万元"): a project of that fund
			const purpose = m[1].replace(/^(的|了)/, '').replace(ORG_TAIL, '');
			if (fund !== purpose && purpose.length >= 2 && !/(资金|经费)$/.test(purpose) && /资金$/.test(fund)) {
				const end = a + m[0].length;
				const amount = ctx.money(m[2], unitOf(m[3]), span.map[a], span.map[end - 1] + 1, 0.7, 'allocations.project');
				out.push({ flow: 'expenditure', breakdown: 'project', item: purpose, parent: fund, scope: 'all', stage: 'budget', year: env.year, amount });
				continue;
			}
			// "区政府下拨防汛相关工作N万元至我镇": money for a purpose sent to the unit itself
			const toUs = /^\s*(至|给|到)(我|本)/.test(norm.slice(a + m[0].length, a + m[0].length + 4));
			if ((!/(资金|经费)$/.test(fund) || fund.length < 4) && !toUs) continue;
			// (a programme's name that opens with its level, "中央补助地方X专项资金", "中央专项彩票公益金支持X资金": the
			// money the notice and the report are about, its whole, not one level's share; its parts are its uses)
			const programme = /^中央(补助地方|专项|财政补助|对地方)[\u4e00-\u9fa5()（）]{4,}资金$/.test(fund);
			const isFund = /资金$/.test(fund) && !toUs && !programme;
			const end = a + m[0].length;
			const [q0, q1] = [span.map[a], span.map[end - 1] + 1];
			const amount = ctx.money(m[2], unitOf(m[3]), q0, q1, 0.7, 'allocations.total');
			const head: BudgetLine = isFund
				? { flow: 'expenditure', breakdown: 'budget_level', item: fund, scope: 'all', stage: 'budget', year: env.year, amount }
				: { flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'budget', year: env.year, amount };
			out.push(head);
			// "…下达我局X经费N万元,全部到位": the same money received in the year
			const arrived = norm.slice(end, end + 12).match(/^\s*[,，]?\s*(?:已|均已)?(?:全部|全额)?到位/);
			if (arrived && !toUs) {
				const got = ctx.money(m[2], unitOf(m[3]), q0, span.map[end + arrived[0].length - 1] + 1, 0.7, 'allocations.arrived');
				out.push({ ...head, flow: 'income', stage: 'final', amount: got });
			}
			// its parts: "。其中:" or ",其中:" right after, up to the end of the sentence
			const rest = norm.slice(end);
			const open = rest.match(/^\s*[。，,;；]?\s*其中\s*[:：]?/);
			if (!open) continue;
			const from = end + open[0].length;
			const stop = norm.slice(from).search(/[。]/);
			const partsText = norm.slice(from, stop < 0 ? norm.length : from + stop);
			let sum = 0;
			const parts: BudgetLine[] = [];
			for (const pm of partsText.matchAll(PART)) {
				const name = pm[1].replace(/^[、,，;；:：\s]+/, '').replace(/^(用于|其中)/, '');
				if (name.length < 2) continue;
				const pa = from + pm.index! + pm[0].indexOf(pm[1]);
				const pe = from + pm.index! + pm[0].length;
				const money = ctx.money(pm[2], unitOf(pm[3]), span.map[pa], span.map[pe - 1] + 1, 0.7, 'allocations.part');
				sum += money.wan;
				parts.push(
					isFund
						? { flow: 'expenditure', breakdown: 'project', item: name, parent: fund, scope: 'all', stage: 'budget', year: env.year, amount: money }
						: { flow: 'expenditure', breakdown: 'cost', item: name, scope: 'all', stage: 'budget', year: env.year, amount: money }
				);
			}
			// parts that add up to more than the whole are not its parts
			if (sum <= amount.wan + 1e-6) out.push(...parts);
		}
	}
	// an allocation whose total a repost masked ("下达给我单位资金 点击查看>> 万元,其中:A a万元,B b万元", tender
	// aggregators that hide figures): its visible parts are cost lines of the year's budget; where the parts
	// hold a cut (调减) or the parts themselves are all masked, none is read
	for (const p of ctx.paras) {
		const { span } = p;
		const norm = span.norm;
		for (const m of norm.matchAll(/(?:下达|拨付|下拨)(?:给|至|到)?[\u4e00-\u9fa5]{0,24}?(?:资金|经费)\s*(?:点击查看\s*>>|\*{2,}|[(（]略[)）]|…+|x{2,}|X{2,})\s*万元\s*[,，]\s*其中\s*[:：]?/g)) {
			const from = m.index! + m[0].length;
			const stop = norm.slice(from).search(/[。]/);
			const partsText = norm.slice(from, stop < 0 ? norm.length : from + stop);
			if (/调减|调增|扣回|收回/.test(partsText)) continue;
			for (const pm of partsText.matchAll(PART)) {
				const name = pm[1].replace(/^[、,，;；:：\s]+/, '');
				if (name.length < 2 || /到位|拨付|支付|使用|执行|结余|结转/.test(name)) continue;
				const pa = from + pm.index! + pm[0].indexOf(pm[1]);
				const pe = from + pm.index! + pm[0].length;
				const money = ctx.money(pm[2], unitOf(pm[3]), span.map[pa], span.map[pe - 1] + 1, 0.65, 'allocations.masked-part');
				out.push({ flow: 'expenditure', breakdown: 'cost', item: name, scope: 'all', stage: 'budget', year: env.year, amount: money });
			}
		}
	}
	// (one fund allocated in tranches, "提前下达…X资金A万元" then "下达…X资金B万元" under a sentence that
	// gives its whole: neither tranche is the fund's amount; none is read — prose13, transfer-payment reports)
	const tranches = out.filter((l) => l.breakdown === 'budget_level' && out.some((o) => o !== l && o.breakdown === 'budget_level' && o.item === l.item && o.amount.wan !== l.amount.wan));
	for (const l of tranches) {
		const at = ctx.prov.get(l.amount);
		if (at) ctx.unread.push({ kind: '金额', text: ctx.quote(at.start, at.end), start: at.start, end: at.end, reason: '同一笔资金分批下达，这是其中一批，不是该资金的金额' });
		out.splice(out.indexOf(l), 1);
	}
	// the fund's uses listed as ordinals in a later paragraph ("具体为:一是安排农机购置补贴N万元…二是安排…"),
	// and money a level adds to it ("配套安排市级财政资金N万元"): parts of the last fund named before them
	const funds = out.filter((l) => l.breakdown === 'budget_level');
	if (funds.length) {
		const fundAt = (pos: number) => [...out].reverse().find((l) => l.breakdown === 'budget_level' && (ctx.prov.get(l.amount)?.start ?? Infinity) < pos);
		for (const p of ctx.paras) {
			const { span } = p;
			for (const m of span.norm.matchAll(new RegExp(String.raw`(?:[一二三四五六七八九十]{1,2}是|[;；,，]\s*)安排([\u4e00-\u9fa5()（）、]{2,40}?)\s*${AMT}`, 'g'))) {
				const a = m.index! + m[0].indexOf('安排');
				const e = m.index! + m[0].length;
				const fund = fundAt(span.map[a]);
				if (!fund || ctx.isUsed(span.map[e - m[3].length - 1], span.map[e - 1])) continue;
				const name = m[1];
				const amount = ctx.money(m[2], unitOf(m[3]), span.map[a], span.map[e - 1] + 1, 0.7, 'allocations.use');
				out.push({ flow: 'expenditure', breakdown: 'cost', item: name, parent: fund.item, scope: 'all', stage: 'budget', year: env.year, amount });
			}
			for (const m of span.norm.matchAll(new RegExp(String.raw`配套安排((?:省|市|县|区|乡镇)级(?:财政)?资金)\s*${AMT}`, 'g'))) {
				const a = m.index!;
				const e = a + m[0].length;
				if (!fundAt(span.map[a])) continue;
				const amount = ctx.money(m[2], unitOf(m[3]), span.map[a + 2], span.map[e - 1] + 1, 0.7, 'allocations.matching');
				out.push({ flow: 'expenditure', breakdown: 'budget_level', item: m[1], scope: 'all', stage: 'budget', year: env.year, amount });
			}
		}
	}
	return out;
}

/** A place that money is shared out to: a county, a district, a town, a development zone. */
const PLACE = /^[\u4e00-\u9fa5]{1,8}?(?:市|区|县|旗|镇|乡|街道|经开区|开发区|新区)$/;
const PART_AMT = new RegExp(String.raw`^(.*?)(?<![\d.,])${AMT}$`);

/**
 * Money shared out among places, stated as a list in one sentence: "分配至甲县40万元,乙区35万元,丙镇15万元,
 * 共计90万元", "给予甲县X运行维护费12.6万元,乙区8.4万元,丙区8.4万元", "分配X经费61.375万元,其中甲区2.25万元,
 * 乙区11.125万元…". Each place is a cost line of the year's budget; the purpose the first part names
 * after its place (甲县X运行维护费) or the fund the sentence shares out before 其中 is their parent, and
 * such a fund is a project line of its own. Read only where the places are three or more (two under a
 * fund's 其中) and, where the sentence states the whole, the parts add up to it (a total after them) or
 * to no more than it (a fund's 其中, which an excerpt may cut). Allocations the 下达 / 拨付 reader read
 * already are left to it. Serves the 资金分配 paragraphs of transfer-payment self-evaluation reports.
 */
export function readPayeeLists(ctx: Ctx, env: Env, have: BudgetLine[]): BudgetLine[] {
	const out: BudgetLine[] = [];
	const used = have.map((l) => ctx.prov.get(l.amount)).filter((p) => p);
	for (const p of ctx.paras) {
		// (a list before its total, "分配X经费：甲区a万元,乙区b万元…,合计N万元", read total first: numbers.ts)
		const span = totalFirst(p.span);
		const norm = span.norm;
		for (const sm of norm.matchAll(/[^。；;]+/g)) {
			const sent = sm[0];
			const base = sm.index!;
			// the clauses, each with where it starts (a thousands separator inside an amount, "3,000,000.00元",
			// cuts no clause: reports that state their money in 元)
			const clauses: Array<{ t: string; a: number }> = [];
			for (const cm of sent.matchAll(CLAUSE_PIECES)) clauses.push({ t: cm[0].trim(), a: base + cm.index! + (cm[0].length - cm[0].trimStart().length) });
			for (let c = 0; c < clauses.length; c++) {
				// the run of places with amounts from clause c
				const run: Array<{ place: string; num: string; unit: string; a: number; e: number }> = [];
				let purpose: string | undefined;
				let fund: { name: string; num: string; unit: string; a: number; e: number } | undefined;
				let x = c;
				for (; x < clauses.length; x++) {
					const m = clauses[x].t.match(PART_AMT);
					if (!m) break;
					let label = m[1].replace(/^其中[:：]?/, '').trim();
					const a = clauses[x].a;
					const e = a + clauses[x].t.length;
					if (x === c) {
						// the first part: the sentence's lead, then the place (and the purpose after it)
						label = label.replace(/^.*?(?:分配给?至?|下达给?|拨付给?|给予|安排给?|补助给?)(?=[\u4e00-\u9fa5])/, '');
						const lead = label.match(/^([\u4e00-\u9fa5]{1,8}?(?:市|区|县|旗|镇|乡|街道|经开区|开发区|新区))([\u4e00-\u9fa5()（）“”]{2,30}(?:费|经费|资金|补助|补贴))$/);
						if (lead && !PLACE.test(label)) {
							purpose = lead[2];
							label = lead[1];
						}
					}
					if (!PLACE.test(label)) break;
					run.push({ place: label, num: m[2], unit: m[3], a, e });
				}
				if (!run.length) continue;
				// a fund shared out before the list: "分配X经费N万元,其中甲区…"
				const prev = clauses[c - 1];
				const fm = prev?.t.match(new RegExp(String.raw`(?:分配|安排|给予)([\u4e00-\u9fa5()（）“”\d]{2,40}?(?:资金|经费))(?<![\d.,])${AMT}$`));
				if (fm && /^其中/.test(clauses[c].t)) fund = { name: fm[1], num: fm[2], unit: fm[3], a: prev.a, e: prev.a + prev.t.length };
				// a total after the list: "共计N万元"
				const tm = clauses[x]?.t.match(new RegExp(String.raw`^(?:共计|合计|总计|共)(?<![\d.,])${AMT}$`));
				const wan = (n: string, u: string) => Number(n.replace(/,/g, '')) * MONEY_FACTOR[unitOf(u)];
				const sum = run.reduce((acc, r) => acc + wan(r.num, r.unit), 0);
				const enough = run.length >= 3 || (fund && run.length >= 2);
				const fits = tm ? Math.abs(sum - wan(tm[1], tm[2])) <= 0.0105 : fund ? sum <= wan(fund.num, fund.unit) + 0.0105 : true;
				const taken = [...run, ...(fund ? [fund] : [])].some((r) => used.some((u) => u!.end > span.map[r.a] && u!.start < span.map[r.e - 1] + 1));
				if (!enough || !fits || taken) {
					c = Math.max(c, x - 1);
					continue;
				}
				// (or the purpose the sentence names in a clause of its own: "开展X活动,…,分配至甲县…", "…共计N万元,
				// 统筹用于X": the list's total is that purpose's money)
				let named: string | undefined;
				if (!fund && !purpose && tm) {
					const after = clauses[x + 1]?.t.match(/^(?:统筹)?用于[\u4e00-\u9fa5()（）“”]{2,30}$/);
					const before = clauses.slice(0, c).map((k) => k.t.match(/开展([\u4e00-\u9fa5()（）“”]{2,30})$/)).find((k) => k);
					named = after ? after[0] : before?.[1];
				}
				const parent = fund?.name ?? purpose ?? named;
				// (places without the purpose they were given money for: two lists of one sentence's kind would
				// give one place two amounts, so none is read; the total is still the list's)
				if (!parent) {
					if (tm) payeeTotals.set(ctx, [...(payeeTotals.get(ctx) ?? []), [span.map[clauses[x].a], span.map[clauses[x].a + clauses[x].t.length - 1] + 1]]);
					c = x;
					continue;
				}
				if (named && tm) {
					const t = clauses[x];
					const amount = ctx.money(tm[1], unitOf(tm[2]), span.map[t.a], span.map[t.a + t.t.length - 1] + 1, 0.7, 'allocations.payee-fund');
					out.push({ flow: 'expenditure', breakdown: 'project', item: named, parent: '项目支出', scope: 'all', stage: 'budget', year: env.year, amount });
				}
				if (fund) {
					const amount = ctx.money(fund.num, unitOf(fund.unit), span.map[fund.a], span.map[fund.e - 1] + 1, 0.7, 'allocations.payee-fund');
					out.push({ flow: 'expenditure', breakdown: 'project', item: fund.name, parent: '项目支出', scope: 'all', stage: 'budget', year: env.year, amount });
				}
				for (const r of run) {
					const amount = ctx.money(r.num, unitOf(r.unit), span.map[r.a], span.map[r.e - 1] + 1, 0.7, 'allocations.payee');
					out.push({ flow: 'expenditure', breakdown: 'cost', item: r.place, ...(parent ? { parent } : {}), scope: 'all', stage: 'budget', year: env.year, amount });
				}
				// (the total is the list's sum: no line of the department's, and no other reader's)
				if (tm) {
					const t = clauses[x];
					ctx.mark({}, span.map[t.a], span.map[t.a + t.t.length - 1] + 1, 0.7, 'allocations.payee-total');
					payeeTotals.set(ctx, [...(payeeTotals.get(ctx) ?? []), [span.map[t.a], span.map[t.a + t.t.length - 1] + 1]]);
				}
				c = x;
			}
		}
	}
	return out;
}

/** Source ranges of the totals of payee lists (the list's sum, which a prose reader must not read as a budget total). */
const payeeTotals = new WeakMap<Ctx, Array<[number, number]>>();
export const payeeListTotals = (ctx: Ctx): Array<[number, number]> => payeeTotals.get(ctx) ?? [];

/**
 * The uses a project's money went to, listed in one sentence and closed by their sum: "项目资金用于购买X设备:
 * A设备a万元、B设备b万元…,共计N万元" (names may run straight on after an amount, "…b万元C监护仪c万元").
 * Each use is a cost line of the year's spending and the sum its total, read where the uses add up to
 * the stated sum (±0.01) and the paragraph stands under a heading about spending the money (资金执行 /
 * 使用 / 支出情况): a list under a plan's heading could be of the budget. Amounts in 元 or 亿元 convert
 * with MONEY_FACTOR. Serves the 项目资金执行情况 paragraphs of project and transfer-payment self-evaluation
 * reports.
 */
export function readUseLists(ctx: Ctx, env: Env): BudgetLine[] {
	const out: BudgetLine[] = [];
	const part = new RegExp(String.raw`([\u4e00-\u9fa5A-Za-z()（）“”][\u4e00-\u9fa5A-Za-z()（）“”\d]{1,29}?)\s*(?<![\d.,])${AMT}`, 'g');
	for (const p of ctx.paras) {
		const above = p.lines.length ? ctx.lines.slice(Math.max(0, p.lines[0] - 2), p.lines[0]).map((l) => l.span.norm).join('') : '';
		if (!/(资金|经费)(的)?(执行|使用|支出)|支出情况|使用情况/.test(above + p.span.norm.slice(0, 16))) continue;
		const norm = p.span.norm;
		for (const m of norm.matchAll(new RegExp(String.raw`用于([^:：。；;]{0,20})[:：]([^。；;]{6,600}?)[,，]\s*(共计|合计|总计)\s*(${NUM})\s*(${MONEY_UNIT})`, 'g'))) {
			const from = m.index! + m[0].indexOf(m[2], 2 + m[1].length);
			const parts = [...m[2].matchAll(part)];
			// (the parts make the whole list: nothing but separators between them)
			let covered = 0;
			for (const x of parts) covered += x[0].length;
			const seps = m[2].length - covered;
			if (parts.length < 2 || seps > parts.length) continue;
			const wan = (n: string, u: string) => Number(n.replace(/,/g, '')) * MONEY_FACTOR[unitOf(u)];
			const sum = parts.reduce((a, x) => a + wan(x[2], x[3]), 0);
			if (Math.abs(sum - wan(m[4], m[5])) > 0.0105) continue;
			for (const x of parts) {
				const a = from + x.index! + x[0].indexOf(x[1]);
				const e = from + x.index! + x[0].length;
				out.push({ flow: 'expenditure', breakdown: 'cost', item: x[1].replace(/^[、,，]/, ''), scope: 'all', stage: 'final', year: env.year, amount: ctx.money(x[2], unitOf(x[3]), p.span.map[a], p.span.map[e - 1] + 1, 0.7, 'allocations.use-list') });
			}
			const ta = m.index! + m[0].lastIndexOf(m[3]);
			const te = m.index! + m[0].length;
			out.push({ flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'final', year: env.year, amount: ctx.money(m[4], unitOf(m[5]), p.span.map[ta], p.span.map[te - 1] + 1, 0.7, 'allocations.use-list-total') });
		}
	}
	return out;
}
