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
import type { Ctx, Env } from './context';
import { MONEY_UNIT, NUM, totalFirst } from './numbers';

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
			const isFund = /资金$/.test(fund) && !toUs;
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
