/**
 * 三公经费: the total and each item (因公出国(境)费, 公务用车购置及运行维护费 and its two parts,
 * 公务接待费), budget and actual, with the stated execution rate (完成全年预算数…的 22.44%),
 * share (占 100%) and change (与上年减少 1.3 万元，同比下降 54.16%).
 */
import type { MoneyUnit, SangongItem, SangongLine, Scope, StatedChange } from '../schema/report';
import type { Ctx, Env, Unread } from './context';
import type { Span } from './doc';
import { NUM, clauseStart, moneyHits } from './numbers';
import { scopeOf } from './labels';
import { cellStream, type GCell } from './grid';
import { writtenForm } from '../text/normalize';

interface Term {
	re: RegExp;
	item: SangongItem;
}

/** Labels as reports write them. */
const TERMS: Term[] = [
	{ re: /[“"‘']?\s*三\s*公\s*[”"’']?\s*经\s*费(?:合计)?/g, item: 'total' },
	{ re: /因公出国[（(]?境?[）)]?(?:费用?|经费)?|出国经费/g, item: 'abroad' },
	// (also named after the cars it is for, "公务用车保有量2辆,购置及运行维护费N万元")
	// (公车 for 公务用车: "公车购置及运行费", district summaries of Zhejiang and other provinces)
	// (the two parts named the other way round, "公务用车运行维护费及公务用车购置费", a city's 三公 预算 summary)
	{ re: /(?:公务用车|公车)运行(?:维护)?费?(?:及|和|与)(?:公务用车|公车)?购置费?|(?:公务用车|公车)购置(?:费)?(?:及|和|与)运行(?:维护)?费?|公务用车购置和维护经费|公务用车购置及运维费|(?<=公务用车[^。；;]{0,12})购置(?:费)?(?:及|和|与)运行(?:维护)?费/g, item: 'vehicle' },
	// the parts written with 支出 for 费 ("公务用车购置支出0万元")
	// (and 公务车辆 for 公务用车, "公务车辆运行2016年预算N万元", Guangdong's 预算对比增减说明)
	{ re: /公务用车运行(?:维护)?(?:费|支出)|车辆运行维护费|公务车辆运行(?:维护)?费?/g, item: 'vehicle_operation' },
	{ re: /公务用车购置(?:费|支出)|车辆购置费/g, item: 'vehicle_purchase' },
	{ re: /公务接待费?/g, item: 'reception' }
];

interface TermHit {
	item: SangongItem;
	/** span indices */
	a: number;
	b: number;
}

function termsIn(span: Span, from: number, to: number): TermHit[] {
	const seg = span.norm.slice(from, to);
	const out: TermHit[] = [];
	for (const t of TERMS) {
		t.re.lastIndex = 0;
		for (const m of seg.matchAll(t.re)) {
			const a = from + m.index!;
			const b = a + m[0].length;
			// a longer term covers a shorter one at the same place (运行维护费 inside 购置及运行费 …)
			if (out.some((o) => o.a <= a && b <= o.b)) continue;
			for (let i = out.length - 1; i >= 0; i--) if (a <= out[i].a && out[i].b <= b) out.splice(i, 1);
			out.push({ item: t.item, a, b });
		}
	}
	return out.sort((x, y) => x.a - y.a);
}

const unitOf = (u: string): MoneyUnit => (u === '元' ? '元' : u === '亿元' ? '亿元' : '万元');
const DIR_END = /(增加|减少|增长|下降|上升|降低|增|减)了?$/;

/**
 * The change a clause ending in a direction word states ("较上年减少0.47万元,下降47%"): its amount, its
 * direction and the rate after it in the sentence, quoted from `q0` (where the item is named).
 */
function changeOf(ctx: Ctx, span: Span, h: { text: string; unit: string; ue: number }, clause: string, sb: number, q0: number, change: StatedChange, confidence: number): StatedChange {
	const down = /减少|下降|降低|减/.test(clause.match(DIR_END)![1]);
	change.amount = ctx.money(h.text, unitOf(h.unit), q0, span.map[h.ue - 1] + 1, confidence, 'sangong.change', down ? -1 : 1);
	change.direction = down ? 'down' : 'up';
	const pm = span.norm.slice(h.ue, sb).match(new RegExp(String.raw`^[^。；;]*?(?:同比)?(下降|降幅|降低|减少|增长|增幅|增加|上升)(?:率|幅度)?(?:了|为)?\s*(${NUM})\s*%`));
	if (pm) {
		const na = h.ue + pm.index! + pm[0].lastIndexOf(pm[2]);
		change.pct = ctx.figure(span.text.slice(na, na + pm[2].length), '%', q0, span.map[h.ue + pm[0].length - 1] + 1, confidence, 'sangong.change', down ? -1 : 1);
	}
	return change;
}

/** Sentences: split at 。；; */
function sentences(span: Span): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	let a = 0;
	for (let i = 0; i < span.norm.length; i++) {
		if (/[。；;]/.test(span.norm[i])) {
			out.push([a, i]);
			a = i + 1;
		}
	}
	if (a < span.norm.length) out.push([a, span.norm.length]);
	return out;
}

function labelText(span: Span, t: TermHit): string {
	// a part written with 支出 for 费 ("公务用车购置支出") is named without it
	// (a closing quote typed as ASCII after an opening curly one, “三公"经费, is the curly one)
	const label = span.text.slice(t.a, t.b).trim().replace(/(?<=[购置护行])支出$/, '').replace(/^“([^"”]*)"/, '“$1”');
	// a term in quotes keeps both of them (“三公经费”)
	const close = { '“': '”', '"': '"', '「': '」' }[label[0]];
	if (close && !label.slice(1).includes(close) && span.text[t.b] === close) return label + close;
	return label;
}

/** The money a statement is about: 一般公共预算财政拨款 general_public, 财政拨款 fiscal. */
function sentenceScope(s: string): Scope | undefined {
	const sc = scopeOf(s);
	// (财政预算拨款, Guangdong's 三公 增减情况说明, is the same money as 财政拨款)
	// (so is money 拨入 by the budget, "三公经费预算拨入N万元", "财政拨入": what the budget hands the unit)
	return sc === 'general_public' || (sc === 'fiscal' && /政府性基金/.test(s)) ? sc : /财政(预算)?拨款|(?:预算|财政)拨入/.test(s) ? 'fiscal' : undefined;
}

/** A figure compared with the year before's budget ("比2023年预算数减少N万元", "比上年年初预算增加"): a budget itself. */
export const LAST_BUDGET = /^[^。；;]{0,6}[,，]?\s*(?:比|较)(?:上年|去年|上一年|20\d\d年)度?(?:年初)?预算(?:数)?(?:相比)?[,，]?(?:减少|增加|下降|增长|持平)/;

export function readSangong(ctx: Ctx, env: Env): SangongLine[] {
	const out: SangongLine[] = [];
	// the scope a 三公 heading states ("(二)一般公共预算财政拨款“三公”经费支出决算具体情况说明")
	// holds for the numbered paragraphs under it that state none
	let headScope: Scope | undefined;
	let headRank = 0;
	let lastScope: Scope | undefined;
	let paraScope: Scope | undefined;
	/**
	 * the scope a title over the whole 三公 说明 or table states ("关于X局2020年度一般公共预算财政拨款“三公”
	 * 经费支出决算情况说明", "…“三公”经费支出决算表"): a 一般公共预算财政拨款 title makes the 财政拨款 of
	 * the headings and statements under it the same money, written short (Shanghai's and other
	 * provinces' 三公 决算 说明, whose title names the money once and the body says 财政拨款)
	 */
	let titleScope: Scope | undefined;
	/** the title names 财政拨款 with its money ("一般公共预算财政拨款“三公”经费…"): the body's 财政拨款 is that
	 * money written short; a title that names the 一般公共预算 alone ("一般公共预算“三公”经费决算执行情况
	 * 说明", a district's summary) is over a body whose 财政拨款 part ("区直财政拨款资金安排…") is another sum */
	let titleNarrows = false;
	/** changes stated before any actual of their item */
	const pending: Array<{ item: SangongItem; scope: Scope; note: Unread; attach: (l: SangongLine) => void }> = [];
	/** a plan (target table, 部门预算 publication): its 三公 amounts are the year's budget unless worded otherwise */
	const planned = env.kind === 'target_table' || env.kind === 'project_target_table';
	const narrowed = (sc: Scope | undefined, text: string): Scope | undefined => (sc === 'fiscal' && titleScope === 'general_public' && titleNarrows && !/政府性基金/.test(text) ? 'general_public' : sc);
	for (const p of ctx.paras) {
		const { span } = p;
		// (the title alone on its line, where a page joins it with its banner and date lines into one
		// paragraph: "今天是…" / "2022年一般公共预算“三公”经费决算执行情况说明" / "日期:…")
		// (also the first 三公 heading of a statement whose table comes first, "一、2016年一般公共预算财政拨款开支的
		// “三公”经费决算情况表" over "二、2016年“三公”经费财政拨款支出决算情况说明": its money is the whole statement's)
		if (!p.heading || (titleScope === undefined && headRank === 0 && /三\s*公/.test(span.norm) && /(?:决算|预算)情况表\s*$/.test(span.norm))) {
			for (const n of p.lines.length > 1 ? p.lines : [-1]) {
				const norm = n < 0 ? span.norm : ctx.lines[n].span.norm;
				if (/三\s*公/.test(norm) && !/\d\s*(万元|元|万)/.test(norm) && /(说明|情况|决算表|统计表|(?:决算|预算)情况表)\s*$/.test(norm) && !/[。；;，,]/.test(norm)) {
					const t = sentenceScope(norm.replace(/\s+/g, ''));
					if (t) {
						titleScope = t;
						titleNarrows = /财政(预算)?拨款/.test(norm);
					}
				}
			}
		}
		// (a heading of the same or a higher rank ends it; the numbered items below it do not)
		if (p.heading && /三\s*公/.test(span.norm)) headRank = p.heading.rank;
		if (p.heading && (/三\s*公/.test(span.norm) || p.heading.rank <= headRank)) headScope = /三\s*公/.test(span.norm) ? narrowed(sentenceScope(span.norm.replace(/\s+/g, '')), span.norm) : undefined;
		if (!/三\s*公|因公出国|公务用车|公务接待/.test(span.norm)) continue;
		lastScope = paraScope ?? lastScope;
		let scope: Scope | undefined;
		/** the actual the paragraph stated last, with where its term stands */
		let lastFinal: { line: SangongLine; a: number } | undefined;
		/** the sentence before named the 三公 total with no figure ("严格控制“三公”经费开支。") */
		let termOnly: { para: typeof p; label: string; scope?: Scope } | undefined;
		/** the figure of the report's year the paragraph stated last, any stage */
		let lastOfYear: { line: SangongLine; a: number } | undefined;
		/** the total the paragraph stated last, with where its amount ends */
		let paraTotal: { line: SangongLine; end: number; sure: boolean; a: number } | undefined;
		const totalStages = new Set<SangongLine['stage']>();
		for (const [sa, sb] of sentences(span)) {
			const terms = termsIn(span, sa, sb);
			// a sentence that only compares with the year before continues the one above it
			// ("…支出决算为N万元,完成预算的R%;较上年减少C万元,下降P%")
			// (a comparison with a year's budget, "与2021年度预算相比,增加N万元", is a difference from the budget)
			// (in a plan, the total the paragraph stated, "“三公”经费预算为N万元。其中,…。同口径比2018年减少C万元,下降P%")
			const compared = lastFinal ?? (planned && paraTotal && paraTotal.line.year === env.year && !paraTotal.line.change ? { line: paraTotal.line, a: paraTotal.a } : undefined);
			if (!terms.length && compared && /^\s*(?:同口径)?(较|比|与)(上年|上一年|20\d\d年(?!度?(?:年初|全年|调整后?)?预算))/.test(span.norm.slice(sa, sb))) {
				const h = moneyHits(span, sa, sb)[0];
				const clause = h ? span.norm.slice(clauseStart(span, h.a), h.a).replace(/\s+/g, '') : '';
				if (h && DIR_END.test(clause) && !compared.line.change) {
					compared.line.change = changeOf(ctx, span, h, clause, sb, span.map[compared.a], { base_year: compared.line.year - 1 }, 0.75);
				}
				continue;
			}
			// a sentence that compares the two figures just stated ("公务接待费2016年预算A万元,2015年预算B万元;对比减少C万元;
			// 减少率P%"): the change of the year's figure on the year before
			if (!terms.length && lastOfYear && !lastOfYear.line.change && /^\s*(?:对比|相比|两者相比|与上年对比)[^。；;\d]{0,4}(?:增加|减少|增长|下降)/.test(span.norm.slice(sa, sb))) {
				const h = moneyHits(span, sa, sb)[0];
				const clause = h ? span.norm.slice(clauseStart(span, h.a), h.a).replace(/\s+/g, '') : '';
				if (h && DIR_END.test(clause)) {
					const ch = changeOf(ctx, span, h, clause, sb, span.map[lastOfYear.a], { base_year: lastOfYear.line.year - 1 }, 0.75);
					// (its rate in the next piece, "对比减少C万元;减少率P%")
					const pr = ch.pct ? null : span.norm.slice(sb).match(new RegExp(String.raw`^[;；]\s*(下降|减少|增长|增加)(?:率|幅度)(?:为)?\s*(${NUM})\s*%`));
					if (pr) {
						const na = sb + pr.index! + pr[0].lastIndexOf(pr[2]);
						ch.pct = ctx.figure(span.text.slice(na, na + pr[2].length), '%', span.map[lastOfYear.a], span.map[sb + pr[0].length - 1] + 1, 0.75, 'sangong.change', /下降|减少/.test(pr[1]) ? -1 : 1);
					}
					lastOfYear.line.change = ch;
				}
				continue;
			}
			// the figures of the 三公 the sentence before named without a figure ("严格控制“三公”经费开支。上年年初预算安排A万元,
			// 实际开支B万元,今年年初预算安排C万元,实际开支D万元", the 三公经费控制 paragraph of Hunan whole-department
			// evaluation reports): the total's budget and actual of the year each clause names (上年 / 今年)
			if (!terms.length && termOnly && termOnly.para === p) {
				let yr: number | undefined;
				let any = false;
				for (const h of moneyHits(span, sa, sb)) {
					const clause = span.norm.slice(clauseStart(span, h.a), h.a).replace(/\s+/g, '');
					if (/^(?:上年|去年|上一年)/.test(clause)) yr = env.year - 1;
					else if (/^(?:今年|本年|当年|本年度)/.test(clause)) yr = env.year;
					const stage = /(?:年初)?预算(?:安排)?(?:数)?(?:为|是)?$|安排(?:为|是)?$/.test(clause) ? 'budget' : /(?:实际)?(?:开支|支出)(?:数)?(?:为|是)?$|决算(?:数)?(?:为|是)?$/.test(clause) ? 'final' : undefined;
					if (yr === undefined || !stage) continue;
					const q0 = span.map[clauseStart(span, h.a)];
					const amount = ctx.money(h.text, unitOf(h.unit), q0, span.map[h.ue - 1] + 1, 0.7, 'sangong.amount');
					out.push({ item: 'total', label: termOnly.label, stage, scope: termOnly.scope ?? 'all', year: yr, amount });
					any = true;
				}
				if (any) {
					termOnly = undefined;
					continue;
				}
			}
			if (terms.length && !moneyHits(span, sa, sb).length && terms.every((t) => t.item === 'total')) termOnly = { para: p, label: labelText(span, terms[terms.length - 1]), scope: sentenceScope(span.norm.slice(sa, sb)) };
			else if (terms.length) termOnly = undefined;
			if (!terms.length) continue;
			const sentence = span.norm.slice(sa, sb);
			// (a sentence with no amount, "“三公”经费包括…", states no figure and no money)
			if (!moneyHits(span, sa, sb).length && !/[%％]/.test(sentence) && !sentenceScope(sentence)) continue;
			// 财政拨款 in the first statement makes the paragraph's figures fiscal; 一般公共预算财政拨款 general_public
			// a numbered item ("1.因公出国(境)费支出…") continues the statement above it
			const stated = narrowed(sentenceScope(sentence), sentence);
			// a statement that narrows its heading's 财政拨款 to 一般公共预算财政拨款 narrows the section
			if (stated === 'general_public' && headScope === 'fiscal') headScope = stated;
			scope ??= stated ?? headScope ?? (/^\s*[(（]?\d{1,2}\s*[.、．)）]/.test(span.norm) ? lastScope : undefined) ?? titleScope ?? 'all';
			paraScope = scope;
			const hits = moneyHits(span, sa, sb);
			const made: Array<{ line: SangongLine; term: TermHit; end: number }> = [];
			// the year a statement opens with, before its first term ("2021年的三公经费决算数合计为N万,其中:…",
			// a summary that states the year before's figures after the year's): its figures are that year's
			// (never a year compared with, "比2021年", nor a year inside a name)
			const opening = [...span.norm.slice(sa, terms[0].a).matchAll(/(?<![比较与])(20\d\d)\s*年度?(?:的|度的)?(?=[^\d]{0,12}$)/g)].pop();
			const openYear = opening ? Number(opening[1]) : undefined;
			const sentYear = openYear !== undefined && openYear < env.year && openYear >= env.year - 2 ? openYear : env.year;
			// (a later clause that opens with its own year, "…总额为N万元,而2017年度预算安排的三公经费总额为
			// M万元", is that year's)
			const yearOf = (t: TermHit): number => {
				const before = span.norm.slice(sa, t.a);
				const from = Math.max(before.lastIndexOf(','), before.lastIndexOf('，'));
				if (from < 0) return sentYear;
				const own = [...before.slice(from).matchAll(/(?<![比较与])(20\d\d)\s*年度?(?=[^\d]{0,12}$)/g)].pop();
				const y = own ? Number(own[1]) : undefined;
				return y !== undefined && y <= env.year && y >= env.year - 2 ? y : sentYear;
			};
			for (const h of hits) {
				const term = [...terms].reverse().find((t) => t.b <= h.a);
				if (!term) continue;
				const ls = clauseStart(span, h.a);
				// (a clause after the term's that opens with its own year, "公务接待费2016年预算A万元,2015年预算B万元": that year's)
				const own = ls > term.b ? span.norm.slice(ls, h.a).replace(/\s+/g, '').match(/^[,，;；]?(20\d\d)年度?(?!\d)/) : null;
				const year = own && Number(own[1]) < env.year && Number(own[1]) >= env.year - 2 ? Number(own[1]) : yearOf(term);
				const clause = span.norm.slice(ls, h.a).replace(/\s+/g, '');
				// an amount whose own clause names another cost after the term ("…公务接待费A万元、会议费
				// B万元、培训费C万元", "会议费减少D万元"): that cost's figure, not the 三公 item's
				// (district 三公 summaries that list 会议费 and 培训费 with the three items)
				if (ls > term.b && /[\u4e00-\u9fa5]{1,8}(?:费|经费)(?:用|支出)?/.test(clause)) continue;
				// the year before's figure a comparison quotes before its change ("…为N万元,较上年P万元减少C万元"):
				// last year's actual, stated only to compare, no figure of the year (prefecture and district summaries)
				const prior = clause.match(/^(?:较|比|与)(?:上年|上一年|去年|上年同期|(20\d\d)年度?)(?:同期)?(?:决算数?|实际支出|支出)?(?:的)?$/);
				if (prior && (!prior[1] || Number(prior[1]) < year)) {
					const q0 = span.map[ls];
					const q1 = span.map[h.ue - 1] + 1;
					ctx.unread.push({ kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '这是比较时引用的上年数，不是本年的“三公”经费' });
					continue;
				}
				const q0 = span.map[Math.min(ls, term.a) === term.a && term.a >= ls ? term.a : ls];
				const q1 = span.map[h.ue - 1] + 1;
				// a difference from the budget ("与2021年度预算相比,减少0.1万元") is no change on the year before
				const sinceSentence = span.norm.slice(sa, h.a).replace(/\s+/g, '');
				// (the comparison nearest before the amount decides: "比预算增加0万元,比去年增加N万元" is a change)
				const cmp = [...sinceSentence.matchAll(/(与|比|较)(20\d\d年度?)?(年初|全年|调整后?)?(预算|上年|去年|上一年|同期)/g)].pop();
				// (but a budget compared with an earlier year's budget, "2016年公务接待费预算N万元,比2015年预算增加C万元",
				// "比去年年初预算减少C万元": the budget's change on the year before, as every 三公 预算 说明 states it)
				const cmpYear = cmp?.[2] ? Number(cmp[2].slice(0, 4)) : undefined;
				const priorBudget = cmp?.[4] === '预算' && ((cmpYear !== undefined && cmpYear < year) || /(?:去年|上年)(?:年初)?预算$/.test(sinceSentence.slice(0, (cmp.index ?? 0) + cmp[0].length)));
				if (DIR_END.test(clause) && cmp?.[4] === '预算' && !priorBudget) {
					ctx.unread.push({ kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '这是与预算数相比的差额，不是与上年相比的增减' });
					continue;
				}
				if (DIR_END.test(clause)) {
					// a change of the item's actual
					// (a change on last year's budget, "预算合计N万元,比上年预算数减少C万元", is the budget's)
					const onStage = /上年预算/.test(clause) || priorBudget || planned ? 'budget' : 'final';
					// (of the year the statement is about: "2022年“三公”经费…决算为N万元,…较上年增加C万元")
					// (a change stated right after the year before's figure, "2016年预算N万元,2015年预算M万元,与上年对比减少C万元":
					// the comparison of the year with that figure, the year's change; Guangdong's 预算对比增减说明 and other
					// statements that quote both years)
					const ofYear = year < env.year && /^(?:与|比|较)?(?:上年|去年|上一年)/.test(clause.replace(/^[,，]/, '')) ? [...out].reverse().find((l) => l.item === term.item && l.stage === onStage && l.year === env.year && !l.change) : undefined;
					const target = ofYear ?? [...out].reverse().find((l) => l.item === term.item && l.stage === onStage && l.year === year);
					// (a plan that states only an item's change, "公务用车购置费同口径比2018年减少C万元,下降P%" after the total
					// and the other items' budgets: a line of that change alone, as a change stated as a rate alone is)
					if (!target && onStage === 'budget' && planned && year === env.year) {
						const line: SangongLine = { item: term.item, label: labelText(span, term), stage: 'budget', scope: scope ?? 'all', year };
						line.change = changeOf(ctx, span, h, clause, sb, span.map[term.a], { base_year: year - 1 }, 0.7);
						out.push(line);
						continue;
					}
					if (!target) {
						const note = { kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '这是一项“三公”经费增减额，但没有找到对应的决算数' };
						ctx.unread.push(note);
						const at = term.a;
						if (onStage === 'final') pending.push({ item: term.item, scope: scope ?? 'all', note, attach: (l) => (l.change = changeOf(ctx, span, h, clause, sb, span.map[at], { base_year: year - 1 }, 0.75)) });
						continue;
					}
					target.change = changeOf(ctx, span, h, clause, sb, span.map[term.a], target.change ?? { base_year: target.year - 1 }, 0.8);
					continue;
				}
				// a difference between the actual and the budget ("年初预算为N万元,差值为D万元") is neither
				if (/(差值|差额)(为|是)?$/.test(clause)) {
					ctx.unread.push({ kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '这是决算数与预算数的差值，不是一项支出' });
					continue;
				}
				// (一般公共预算 names the money, not the stage)
				const stageWords = clause.replace(/一般公共预算|政府性基金预算|国有资本经营预算|财政预算拨款/g, '');
				// (a sum 安排 for the 三公 without a word of spending, "财政拨款安排“三公”经费N万元", is planned; so is
				// every amount of a target table or a 部门预算 publication that names no stage)
				// (and "一般公共预算安排的“三公”经费支出共计N万元,比2023年预算数减少M万元": the 三公 spending planned, 安排 before
				// the 三公's name and the figure compared with the year before's budget — not "…安排的“三公”经费支出N万元,
				// 年初预算为M万元", a 决算's actual beside its budget)
				const stage: SangongLine['stage'] = /预算/.test(stageWords) && !/决算/.test(stageWords) ? 'budget' : /安排/.test(stageWords) && (!/支出|决算|实际|使用/.test(stageWords) || (/安排(?:的)?[“"]?三公/.test(stageWords) && !/决算|实际/.test(stageWords) && LAST_BUDGET.test(span.norm.slice(h.ue, sb)))) ? 'budget' : planned && !/决算|实际|支出了/.test(stageWords) ? 'budget' : 'final';
				// parts listed after 其中 break down the total before them: a part worded as another stage
				// ("预算54万元,其中:…支出决算0万元") says two things, and neither is taken
				// (a part is only doubted where no total of its own stage was stated before it)
				const whole = paraTotal && paraTotal.end <= h.a ? paraTotal : undefined;
				// (and only where the total's stage is the head word of its amount, "经费预算54万元": a stage
				// read from a word inside the money's name is too weak to overrule its parts)
				if (whole && whole.sure && term.item !== 'total' && whole.line.stage !== stage && !totalStages.has(stage) && /其中/.test(span.norm.slice(whole.end, h.a))) {
					ctx.unread.push({ kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '这是合计的分项，但写的阶段（预算/决算）与合计不同，无法确定' });
					continue;
				}
				// (an amount lines after its term, past two line breaks and 40 characters, is another sentence's: OCR text whose sentences lost their ends)
				if (h.a - term.b > 40 && (ctx.src.slice(span.map[term.b], span.map[h.a]).match(/\n/g) ?? []).length >= 2) continue;
				const useTermQuote = stage === 'final';
				const amount = ctx.money(h.text, unitOf(h.unit), useTermQuote ? span.map[term.a] : q0, q1, 0.85, 'sangong.amount');
				const line: SangongLine = { item: term.item, label: labelText(span, term), stage, scope: scope ?? 'all', year, amount };
				out.push(line);
				// a change the summary stated before the item's actual ("…运行维护费支出决算比去年增加C万元", then
				// "具体情况如下: …公务用车运行支出N万元"): the first actual of that item and money stated after it
				const waiting = stage === 'final' && !line.change ? pending.findIndex((w) => w.item === line.item && (w.scope === line.scope || w.scope === 'all' || line.scope === 'all')) : -1;
				if (waiting >= 0) {
					const [w] = pending.splice(waiting, 1);
					w.attach(line);
					ctx.unread.splice(ctx.unread.indexOf(w.note), 1);
				}
				made.push({ line, term, end: h.ue });
				if (stage === 'final') lastFinal = { line, a: term.a };
				if (year === env.year) lastOfYear = { line, a: term.a };
				if (term.item === 'total') {
					paraTotal = { line, end: h.ue, sure: /(预算|决算)(数|额)?(为|是|共计|合计)?$/.test(clause), a: term.a };
					totalStages.add(stage);
				}
				// a change stated as a rate alone right after the actual ("决算总额N万元,比上年下降P%")
				// (also "比上年决算数下降P%", and after the parts the amount's bracket lists, "用车费N万元(其中购置
				// 费A万元,运行费B万元),比上年决算数下降P%": the bracket's parts are no change's)
				if (stage === 'final') {
					const cr = span.norm.slice(h.ue, sb).match(new RegExp(String.raw`^(?:\s*[(（][^()（）]*[)）])?[,，\s]{0,2}(?:比|较|与)(?:上年|上一年|去年)(?:决算数?|同期)?(?:相比)?[,，]?(?:同比)?(下降|减少|降低|增长|增加|上升)了?\s*(${NUM})\s*%`));
					if (cr) {
						const down = /下降|减少|降低/.test(cr[1]);
						const na = h.ue + cr.index! + cr[0].lastIndexOf(cr[2]);
						const pct = ctx.figure(span.text.slice(na, na + cr[2].length), '%', span.map[term.a], span.map[h.ue + cr[0].length - 1] + 1, 0.8, 'sangong.change', down ? -1 : 1);
						line.change = { base_year: year - 1, pct, direction: down ? 'down' : 'up' };
					}
				}
				// the rate stated after the actual: "支出决算为50000.00元,完成年初预算的25%"
				if (stage === 'final') {
					const rf = span.norm.slice(h.ue, sb).match(new RegExp(String.raw`^[,，\s]{0,2}完成(?:年初|全年)?预算(?:数)?的?\s*(${NUM})\s*%`));
					if (rf) {
						const na = h.ue + rf.index! + rf[0].lastIndexOf(rf[1]);
						line.execution_rate = ctx.figure(span.text.slice(na, na + rf[1].length), '%', span.map[term.a], span.map[h.ue + rf[0].length - 1] + 1, 0.8, 'sangong.rate');
					}
				}
				// the rate stated after a budget amount: "完成全年预算数4.9万元的22.44%"
				if (stage === 'budget') {
					const rm = span.norm.slice(h.ue, sb).match(new RegExp(String.raw`^\s*的\s*(${NUM})\s*%`));
					const fin = [...made].reverse().find((m) => m.term === term && m.line.stage === 'final');
					if (rm && fin) {
						const na = h.ue + rm.index! + rm[0].lastIndexOf(rm[1]);
						fin.line.execution_rate = ctx.figure(span.text.slice(na, na + rm[1].length), '%', span.map[fin.term.a], span.map[h.ue + rm[0].length - 1] + 1, 0.8, 'sangong.rate');
					}
				}
			}
			// share of the item's actual: "占100%"
			const fin = made.filter((m) => m.line.stage === 'final');
			if (fin.length) {
				const last = made[made.length - 1].end;
				// (also "占“三公”经费的100%", the whole named before the share)
				const sm = span.norm.slice(last, sb).match(new RegExp(String.raw`占\s*(?:比|[“"]?三公[”"]?经费(?:支出)?(?:总额|合计|总数)?\s*的?)?\s*(${NUM})\s*%`));
				if (sm) {
					const na = last + sm.index! + sm[0].lastIndexOf(sm[1]);
					let qa = last + sm.index!;
					while (qa > last && !/[，,]/.test(span.norm[qa - 1])) qa--;
					while (/\s/.test(span.text[qa])) qa++;
					fin[fin.length - 1].line.share = ctx.figure(span.text.slice(na, na + sm[1].length), '%', span.map[qa], span.map[last + sm.index! + sm[0].length - 1] + 1, 0.8, 'sangong.share');
				}
				// "全为公务用车运行维护费支出": the whole amount is that part
				for (const t of terms) {
					const pre = span.norm.slice(Math.max(sa, t.a - 4), t.a);
					if (!/(全为|全部为|均为|全部是|全是)\s*$/.test(pre)) continue;
					const whole = [...fin].reverse().find((m) => m.end <= t.a);
					if (!whole || whole.term.item === t.item) continue;
					const q0 = span.map[whole.term.a];
					const q1 = span.map[t.b - 1] + 1 + (span.norm.slice(t.b).match(/^支出/) ? 2 : 0);
					const a = whole.line.amount!;
					const amount = ctx.money(a.text, a.unit, q0, q1, 0.7, 'sangong.whole');
					out.push({ item: t.item, label: labelText(span, t), stage: 'final', scope: scope ?? 'all', year: env.year, amount });
				}
			}
			// changes stated without an amount: "公务接待费减少 100%"
			if (!hits.length) {
				for (const t of terms) {
					const rest = span.norm.slice(t.b, sb);
					const cm = rest.match(new RegExp(String.raw`^[^，,、]*?(下降|降幅|降低|减少|增长|增幅|增加|上升)了?\s*(${NUM})\s*%`));
					if (!cm) continue;
					const down = /下降|降幅|降低|减少/.test(cm[1]);
					const na = t.b + cm.index! + cm[0].lastIndexOf(cm[2]);
					const q: [number, number] = [span.map[t.a], span.map[t.b + cm.index! + cm[0].length - 1] + 1];
					const pct = ctx.figure(span.text.slice(na, na + cm[2].length), '%', q[0], q[1], 0.75, 'sangong.change', down ? -1 : 1);
					const onStage = planned ? 'budget' : 'final';
					let target = [...out].reverse().find((l) => l.item === t.item && l.stage === onStage && l.year === env.year);
					if (!target) {
						// only a change is stated: a line without amount
						target = { item: t.item, label: labelText(span, t), stage: onStage, scope: scope ?? 'all', year: env.year };
						out.push(target);
					}
					target.change = { ...(target.change ?? { base_year: env.year - 1 }), pct, direction: down ? 'down' : 'up' };
				}
			}
		}
	}
	readYearTable(ctx, env, cellStream(ctx), out);
	return out;
}

/** A column of a 三公 table by year: the items as written, 车辆购置 / 车辆运行 for the vehicle's parts. */
function yearColumn(key: string): SangongItem | undefined {
	if (/^合计$/.test(key)) return 'total';
	if (/^(?:公务用车|公车)?车?辆?购置(?:费)?$/.test(key) && /购置/.test(key) && key.length <= 7) return 'vehicle_purchase';
	if (/^(?:公务用车|公车)?车?辆?运行(?:维护)?(?:费)?$/.test(key) && /运行/.test(key) && key.length <= 9) return 'vehicle_operation';
	return TERMS.find((t) => new RegExp(`^(?:${t.re.source})$`).test(key))?.item;
}

/**
 * A 三公 table that compares years ("年度 | 合计 | 因公出国(境)经费 | 公务接待费 | 公车购置及运行维护费 | 合计 |
 * 车辆购置 | 车辆运行", then a row per year "2015年 | 2840 | …" and "2016年比2015年增减% | -16.77 | …"): a
 * 合计 right after the vehicle column is the vehicle's own subtotal under its merged header. The rows of
 * other years are that year's actuals; the report year's row restates the prose before it and is
 * read only where no prose states the 三公 figures; the change row gives the change of each of the
 * year's items the prose states no change for (its rate as written, signed, with no direction word).
 * Serves the 三公 决算 summaries of districts and departments that follow their prose with a
 * comparison table, one cell per line or in | cells.
 */
function readYearTable(ctx: Ctx, env: Env, all: readonly GCell[], out: SangongLine[]) {
	const cells = all.filter((c) => c.key !== '');
	for (let i = 0; i < cells.length; i++) {
		if (!/^(年度|年份)$/.test(cells[i].key)) continue;
		const cols: Array<{ item: SangongItem; cell: GCell }> = [];
		let j = i + 1;
		for (; j < cells.length && !/^\d{4}年度?$/.test(cells[j].key); j++) {
			const item = yearColumn(cells[j].key);
			if (!item) break;
			// (the vehicle's merged header over its 合计 and parts)
			if (item === 'total' && cols.length && cols[cols.length - 1].item === 'vehicle') continue;
			cols.push({ item, cell: cells[j] });
		}
		if (cols.length < 3 || j >= cells.length || !/^\d{4}年度?$/.test(cells[j].key) || new Set(cols.map((c) => c.item)).size !== cols.length) continue;
		const before = writtenForm(ctx.src.slice(Math.max(0, cells[i].start - 300), cells[i].start));
		const unitWord = (before.match(/单\s*位\s*[:：]\s*(万元|元|亿元)/) ?? before.match(/[(（]\s*(万元|元|亿元)\s*[)）]/))?.[1];
		const unit = unitOf(unitWord ?? '万元');
		const caption = before.split('\n').filter((l) => l.trim()).pop() ?? '';
		const stage: SangongLine['stage'] = /预算/.test(caption) && !/决算/.test(caption) ? 'budget' : 'final';
		const prose = out.filter((l) => l.year === env.year && l.amount);
		const scope: Scope = [...new Set(out.map((l) => l.scope))].length === 1 && out.length ? out[0].scope : 'all';
		const rows: Array<{ label: GCell; values: GCell[] }> = [];
		while (j < cells.length) {
			const label = cells[j];
			const values = cells.slice(j + 1, j + 1 + cols.length);
			if (values.length < cols.length || !values.every((c) => new RegExp(`^[-+]?${NUM}$`).test(c.key))) break;
			if (!/^\d{4}年度?$/.test(label.key) && !/增减|变动|增长|降幅|增幅/.test(label.key)) break;
			rows.push({ label, values });
			j += 1 + cols.length;
		}
		for (const { label, values } of rows) {
			const y = label.key.match(/^(\d{4})年度?$/);
			if (y) {
				const year = Number(y[1]);
				if (year > env.year || (year === env.year && prose.length)) continue;
				values.forEach((c, k) => {
					const amount = ctx.money(c.text.trim(), unit, label.start, c.end, 0.8, 'sangong.table.year');
					out.push({ item: cols[k].item, label: cols[k].cell.text.replace(/\s+/g, ''), stage, scope, year, amount });
				});
				continue;
			}
			// the change row: "Y年比X年增减%" of the report year on the year before
			const pair = label.key.match(/(\d{4})年?比(\d{4})年/);
			if (!/[%％]|幅|率/.test(label.key) || (pair && (Number(pair[1]) !== env.year || Number(pair[2]) !== env.year - 1))) continue;
			values.forEach((c, k) => {
				const line = out.find((l) => l.item === cols[k].item && l.year === env.year && l.stage === stage && l.amount);
				if (!line || line.change?.pct) return;
				const pct = ctx.figure(c.text.trim(), '%', label.start, c.end, 0.7, 'sangong.table.year-change');
				line.change = { ...(line.change ?? { base_year: env.year - 1 }), pct };
			});
		}
		i = j - 1;
	}
}

/**
 * A 三公 table as cells ("项目 | 预算数 | 决算数 | 合计 | 49.9 | 7.69 | 因公出国(境)费 | 20 | | …"): the
 * stage of each column from its header, one line per item and stated cell; an empty cell states
 * nothing. The scope is the table title's (一般公共预算财政拨款“三公”经费支出决算表 → general_public).
 * Serves the 三公 table of every 部门决算 publication and 自评报告 that reprints it, in any cell
 * layout the grid reader recovers (one cell per line, | cells, tabs).
 */
export function readSangongTable(ctx: Ctx, env: Env, cells: readonly GCell[]): SangongLine[] {
	const out: SangongLine[] = [];
	const stageOf = (k: string) => (/^(全年|年初)?预算(数|金额)?(\(.*\))?$/.test(k) ? 'budget' : /^(决算|实际支出|支出决算|执行)(数|金额)?(\(.*\))?$/.test(k) ? 'final' : undefined);
	for (let i = 0; i < cells.length; i++) {
		if (!/^(项目|项目名称|科目|名称)$/.test(cells[i].key)) continue;
		const cols: Array<'budget' | 'final'> = [];
		let j = i + 1;
		for (; j < cells.length && stageOf(cells[j].key); j++) cols.push(stageOf(cells[j].key)!);
		if (!cols.length) continue;
		// the title and unit above the header
		const before = writtenForm(ctx.src.slice(Math.max(0, cells[i].start - 200), cells[i].start));
		if (!/三\s*公/.test(before)) continue;
		// the unit the title states: "单位:万元" or "（元）"
		const unitWord = (before.match(/单\s*位\s*[:：]\s*(万元|元|亿元)/) ?? before.match(/[(（]\s*(万元|元|亿元)\s*[)）]/))?.[1];
		const unit = unitOf(unitWord ?? '万元');
		const title = before.split('\n').filter((l) => /三\s*公/.test(l)).pop() ?? '';
		const scope: Scope = scopeOf(title.replace(/\s+/g, '')) ?? 'all';
		while (j < cells.length) {
			const label = cells[j];
			const key = label.key.replace(/^其中[:：]?/, '');
			const term = /^合计$/.test(key) ? ({ item: 'total' } as const) : TERMS.find((t) => new RegExp(`^(?:${t.re.source})$`).test(key));
			if (!term) break;
			let k = j + 1;
			for (const stage of cols) {
				const c = cells[k];
				if (!c || !(c.key === '' || new RegExp(`^${NUM}$`).test(c.key))) break;
				k++;
				if (c.key === '') continue;
				const amount = ctx.money(c.text.trim(), unit, label.start, c.end, 0.85, 'sangong.table');
				out.push({ item: term.item, label: label.text.replace(/\s+/g, '').replace(/^其中[:：]?/, ''), stage, scope, year: env.year, amount });
			}
			j = k;
		}
		i = j;
	}
	out.push(...readNestedSangongTable(ctx, env, cells));
	return out;
}

/** The term a header cell names in full ("公务用车 运行费" → vehicle_operation), 合计 and 小计 as such. */
function headerTerm(key: string): SangongItem | '小计' | undefined {
	if (/^合计$/.test(key)) return 'total';
	if (/^小计$/.test(key)) return '小计';
	return TERMS.find((t) => new RegExp(`^(?:${t.re.source})$`).test(key))?.item;
}

/**
 * The 三公 table of 部门决算 publications with its items over a row of stages (合计 | 因公出国(境)费 |
 * 公务用车购置及运行费 | 公务接待费, then 小计 | 公务用车购置费 | 公务用车运行费 under the vehicle column,
 * then 预算数 | 决算数 repeated once per column), one table row a line (" | " cells, tabs). The
 * columns are the items in order, the vehicle column opened into its 小计 and parts. The value row
 * is read when it holds a number for every column; where the converter dropped the empty cells
 * (fewer numbers than columns), a number is read only where every placement of the empties that
 * keeps the table's own identities (合计 = 出国 + 用车 + 接待, 用车 = 购置 + 运行, for budget and
 * actual) puts the same number in that column; the others stay unread.
 */
function readNestedSangongTable(ctx: Ctx, env: Env, cells: readonly GCell[]): SangongLine[] {
	const out: SangongLine[] = [];
	const stageOf = (k: string) => (/^(全年|年初)?预算(数|金额)?$/.test(k) ? 'budget' : /^(决算|实际支出|支出决算)(数|金额)?$/.test(k) ? 'final' : undefined);
	for (let i = 0; i < cells.length; i++) {
		// a row of stages: 预算数 | 决算数 repeated, on one line
		if (stageOf(cells[i].key) !== 'budget' || (i > 0 && stageOf(cells[i - 1].key))) continue;
		const line = ctx.lineOf(cells[i].start);
		let j = i;
		const stages: Array<'budget' | 'final'> = [];
		for (; j < cells.length && ctx.lineOf(cells[j].start) === line && stageOf(cells[j].key); j++) stages.push(stageOf(cells[j].key)!);
		if (stages.length < 4 || stages.length % 2 || stages.some((st, k) => st !== (k % 2 ? 'final' : 'budget'))) continue;
		// the header rows above it, back to the table's title
		const head: GCell[] = [];
		let k = i - 1;
		for (; k >= 0 && line - ctx.lineOf(cells[k].start) <= 4; k--) {
			if (/三\s*公/.test(cells[k].key) && !headerTerm(cells[k].key)) break;
			head.unshift(cells[k]);
		}
		const before = writtenForm(ctx.src.slice(Math.max(0, cells[Math.max(k, 0)].start - 200), cells[i].start));
		if (!/三\s*公/.test(before)) continue;
		// the columns: the item row, its vehicle column opened by the row of 小计 and parts below it
		const rows = new Map<number, Array<{ item: SangongItem | '小计'; cell: GCell }>>();
		for (const c of head) {
			const t = headerTerm(c.key);
			if (!t) continue;
			const ln = ctx.lineOf(c.start);
			rows.set(ln, [...(rows.get(ln) ?? []), { item: t, cell: c }]);
		}
		const rowList = [...rows.values()];
		if (!rowList.length || rowList.length > 2) continue;
		let cols = rowList[0].filter((c) => c.item !== '小计') as Array<{ item: SangongItem; cell: GCell }>;
		if (rowList.length === 2) {
			const sub = rowList[1];
			const v = cols.findIndex((c) => c.item === 'vehicle');
			if (v < 0 || sub[0]?.item !== '小计' || !sub.slice(1).every((c) => c.item === 'vehicle_purchase' || c.item === 'vehicle_operation')) continue;
			cols = [...cols.slice(0, v + 1), ...(sub.slice(1) as Array<{ item: SangongItem; cell: GCell }>), ...cols.slice(v + 1)];
		}
		if (cols.length * 2 !== stages.length || new Set(cols.map((c) => c.item)).size !== cols.length) continue;
		// the value row: the numbers of the next line (numbers left on the stages' own line belong to
		// columns that span the header rows, 机关运行经费)
		let v = j;
		while (v < cells.length && ctx.lineOf(cells[v].start) === line) v++;
		const valueLine = v < cells.length ? ctx.lineOf(cells[v].start) : -1;
		const values: GCell[] = [];
		for (; v < cells.length && ctx.lineOf(cells[v].start) === valueLine; v++) {
			if (cells[v].key === '') continue;
			if (!new RegExp(`^${NUM}$`).test(cells[v].key)) break;
			values.push(cells[v]);
		}
		if (!values.length || values.length > stages.length || (v < cells.length && ctx.lineOf(cells[v].start) === valueLine)) continue;
		const unitWord = (before.match(/单\s*位\s*[:：]\s*(万元|元|亿元)/) ?? before.match(/[(（]\s*(万元|元|亿元)\s*[)）]/))?.[1];
		const unit = unitOf(unitWord ?? '万元');
		const title = before.split('\n').filter((l) => /三\s*公/.test(l)).pop() ?? '';
		const scope: Scope = scopeOf(title.replace(/\s+/g, '')) ?? 'all';
		const slotValue = placeValues(cols.map((c) => c.item), values.map((c) => Number(c.key.replace(/[,\s]/g, ''))));
		const taken = new Set<number>();
		slotValue.forEach((vi, slot) => {
			if (vi === undefined || vi < 0) return;
			taken.add(vi);
			const col = cols[slot >> 1];
			const c = values[vi];
			const amount = ctx.money(c.text.trim(), unit, col.cell.start, c.end, 0.8, 'sangong.table.nested');
			out.push({ item: col.item, label: col.cell.text.replace(/^其中[:：]?/, '').trim(), stage: stages[slot], scope, year: env.year, amount });
		});
		values.forEach((c, vi) => {
			if (!taken.has(vi)) ctx.unread.push({ kind: '表格行', text: ctx.quote(c.start, c.end), start: c.start, end: c.end, reason: '“三公”经费表的空单元格在转换中丢失，这个数可以放在不止一栏而表内的合计关系都成立，无法确定是哪一栏的' });
		});
		i = v - 1;
	}
	return out;
}

/**
 * Which value stands in which slot (two slots per column: budget, actual): every slot when there
 * are as many values as slots; else, over the placements of the values in order that keep the
 * identities, the value all of them put in a slot (−1: empty in all of them; undefined: not one
 * answer).
 */
function placeValues(items: SangongItem[], vals: number[]): Array<number | undefined> {
	const n = items.length * 2;
	if (vals.length === n) return vals.map((_, i) => i);
	const at = (it: SangongItem) => items.indexOf(it);
	const ok = (slots: Array<number | undefined>) => {
		const get = (it: SangongItem, st: number) => {
			const c = at(it);
			if (c < 0) return undefined;
			const vi = slots[c * 2 + st];
			return vi === undefined ? 0 : vals[vi];
		};
		let checked = false;
		for (const st of [0, 1]) {
			const T = get('total', st);
			const A = get('abroad', st);
			const R = get('reception', st);
			const P = get('vehicle_purchase', st);
			const O = get('vehicle_operation', st);
			const Vh = get('vehicle', st) ?? (P !== undefined && O !== undefined ? P + O : undefined);
			if (T !== undefined && A !== undefined && R !== undefined && Vh !== undefined) {
				checked = true;
				if (Math.abs(T - (A + Vh + R)) > 0.011) return false;
			}
			if (get('vehicle', st) !== undefined && P !== undefined && O !== undefined) {
				checked = true;
				if (Math.abs(get('vehicle', st)! - (P + O)) > 0.011) return false;
			}
		}
		return checked;
	};
	const agreed: Array<number | undefined | null> = new Array(n).fill(null);
	let found = 0;
	let tries = 0;
	const pick = (slot: number, vi: number, slots: Array<number | undefined>) => {
		if (tries++ > 20000) return;
		if (vi === vals.length) {
			if (!ok(slots)) return;
			found++;
			for (let s = 0; s < n; s++) {
				const here = slots[s] ?? -1;
				agreed[s] = agreed[s] === null ? here : agreed[s] === here ? here : undefined;
			}
			return;
		}
		if (n - slot < vals.length - vi) return;
		slots[slot] = vi;
		pick(slot + 1, vi + 1, slots);
		slots[slot] = undefined;
		pick(slot + 1, vi, slots);
	};
	pick(0, 0, new Array(n).fill(undefined));
	if (!found || tries > 20000) return new Array(n).fill(undefined);
	return agreed.map((a) => (a === null ? undefined : a));
}

/**
 * One 三公 figure stated twice is one line: a 决算 statement gives an item's actual with its rate
 * in one paragraph ("支出决算为N万元,完成预算的R%") and with its share or change in another
 * ("N万元,占S%"); the lines of the same item, stage, scope, year and amount are merged, each
 * attribute taken from the first line that states it. Serves the 三公 explanations of 部门决算
 * publications and self-evaluations that repeat their figures by section.
 */
export function mergeSangong(lines: SangongLine[]): SangongLine[] {
	// figures of a paragraph that names no money are of the money the document names for its 三公
	// figures elsewhere, when it names one only (a 决算 说明 states 一般公共预算财政拨款 once, or its
	// excerpt starts after the words; a 三公 disclosure is always of one money)
	const named = new Set(lines.map((l) => l.scope).filter((x) => x !== 'all'));
	if (named.size === 1) {
		const only = [...named][0];
		for (const l of lines) if (l.scope === 'all') l.scope = only;
	}
	const out: SangongLine[] = [];
	for (const l of lines) {
		const same = out.find((o) => o.item === l.item && o.stage === l.stage && o.scope === l.scope && o.year === l.year && !!l.amount && o.amount?.wan === l.amount.wan);
		if (!same) {
			out.push(l);
			continue;
		}
		if (!same.execution_rate && l.execution_rate) same.execution_rate = l.execution_rate;
		if (!same.share && l.share) same.share = l.share;
		if (l.change) same.change = same.change ? { ...l.change, ...same.change } : l.change;
	}
	return out;
}
