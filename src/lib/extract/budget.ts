/**
 * Income, spending and balances: every stated amount with its flow, breakdown, item, stage,
 * scope and year, and the share, rate and year-on-year change stated with it. From prose
 * ("其中：基本支出150.12万元，占80.25%"), from key–value tables (target tables) and from
 * matrix tables (rows × columns of stages, years or natures).
 */
import type { BudgetLine, Flow, MoneyUnit, Scope, Stage, StatedChange } from '../schema/report';
import type { Ctx, Env } from './context';
import type { Para, Span } from './doc';
import { readRowNumberTables } from './final-accounts';
import { CLOSING_RE, LEVEL_FUND, MONEY_NOUN, SPENT_LABEL, OF_WHICH_OPEN, OPENING_RE, TOTAL_RE, columnStage, itemOf, lastFlow, scopeOf, stageOf, type ItemDef } from './labels';
import { MONEY_UNIT, NUM, clauseStart, isNumberCell, moneyHits, sentenceBounds, totalFirst, type NumHit } from './numbers';
import { filled, key, tablesWithPiped, type Cell, type Row, type Table } from './tables';
import { MONEY_FACTOR, toHalfWidth } from '../text/normalize';

const SANGONG_RE = /三公|因公出国|公务用车|公务接待|出国经费/;
/** Labels of amounts that are not department money (all layouts: standards, statistics, targets). */
const NOT_MONEY = /生均|人均|每人|每生|每户|每亩|每平方|每公里|标准为?$|单价|居民|农民|可支配收入|总产值|增加值|生产总值|GDP|税收收入|营业收入|销售额|成本(控制|不超过|≤|<)/;
/** Funds received (project reports of every province). */
// (also "收到财政资金共N万元": the sum received, 共/共计/合计 after it)
// (资金, 经费 or 款项: labels.ts MONEY_NOUN; money received as 经费 is named by its purpose, "收到X办拨付人才支持经费N万元",
// a part of an income, not the sum received)
const FUNDS_IN = new RegExp(String.raw`(?<!应)(实际)?到位(${MONEY_NOUN})?$|${MONEY_NOUN}到位$|到位${MONEY_NOUN}$|收到.{0,16}(?:资金|款项)(?:共计|合计|共|总计)?(?:为)?$`);
/** A budget level named as the label of a part. */
/** a government level or place bearing its share of a cost ("市级预算安排80%计N万元", "某某区承担N万元"):
 * cost-sharing sentences of project reports, after the total they share */
const SHARE_ITEM = /^(?:其中[:：]?)?(中央|省级|市级|州级|县级|区级|乡级|本级|上级|[\u4e00-\u9fa5]{2,4}(?:省|市|州|区|县|镇|乡))(?:财政)?(?:资金)?(?:预算)?(?:安排|承担|负担|分担|配套)[\u4e00-\u9fa5\d.%]{0,6}$/;
/** a level's matching funds named after the project ("某某经费项目市级资金配套N万元"): that level's money */
const MATCHING_ITEM = /^(?:[\u4e00-\u9fa5]{2,20}?项目)?(中央资金|省级资金|市级资金|州级资金|县级资金|区级资金|本级资金)(?:配套|安排)$/;
const LEVEL_ITEM = LEVEL_FUND;
/** words that open the parts of a line */
const SUB_WORD = /其中|包括|主要为|主要是|分别为/;
/**
 * Does the sentence so far open the parts of a line: a listing word, or a bracket still open
 * ("X万元（其中…"); a closed one ("（某某函〔2020〕N号）") or a heading's number run into the text
 * ("(二)") does not.
 */
function opensParts(since: string): boolean {
	if (SUB_WORD.test(since)) return true;
	const t = since.replace(/[(（][一二三四五六七八九十\d]{1,3}[)）]/g, '');
	return (t.match(/[(（]/g) ?? []).length > (t.match(/[)）]/g) ?? []).length;
}

interface Built {
	line: BudgetLine;
	start: number;
	/** this line was stated as a part of the line before (其中…) */
	sub: boolean;
}

/**
 * A heading that names a table ("四、财政拨款收入支出决算总表", the list of tables of a 部门决算
 * publication, "…决算表(一)") gives its money to that table, not to the prose after the list.
 */
const namesTable = (title: string) => /表\s*([(（][一二三四五六七八九十\d]{1,3}[)）])?$/.test(title.trim());

function sectionScope(ctx: Ctx, lineNo: number): Scope | undefined {
	for (const s of ctx.sectionsAt(lineNo)) {
		if (namesTable(s.norm)) continue;
		const sc = scopeOf(s.norm);
		if (sc) return sc;
	}
	return undefined;
}

function sectionFlow(ctx: Ctx, lineNo: number): Flow | undefined {
	for (const s of ctx.sectionsAt(lineNo)) {
		const f = lastFlow(s.norm);
		if (f) return f;
	}
	return undefined;
}

/**
 * The stage a section's title gives the amounts in it that name none: (二)资金安排情况 and
 * 预算安排 hold what was budgeted, 资金使用/执行情况 what was spent (project self-evaluation
 * reports in prose, whose amounts often carry no stage word of their own).
 */
function sectionStage(ctx: Ctx, lineNo: number): Stage | undefined {
	for (const s of ctx.sectionsAt(lineNo)) {
		if (/执行|使用|支出情况|完成情况|决算/.test(s.norm)) return 'final';
		if (/资金安排|预算安排|预算编制|资金预算|预算情况/.test(s.norm)) return 'budget';
	}
	return undefined;
}

/**
 * Money said in the words after it to have arrived and been spent in full ("N万元，全部到位并使用完毕，
 * 执行率100%"): the same amount as funds received (income, final) and as spending (final, with the
 * rate stated in that clause). Project self-evaluation reports in prose.
 */
function fundsDone(ctx: Ctx, span: Span, h: { a: number; ue: number }, q0: number, line: BudgetLine): Built[] {
	const after = span.norm.slice(h.ue, h.ue + 40);
	const clause = after.match(/^[^。；;]*/)![0];
	const out: Built[] = [];
	const end = (re: RegExp) => {
		const m = clause.match(re);
		return m ? span.map[h.ue + m.index! + m[0].length - 1] + 1 : undefined;
	};
	const inAt = end(/^\s*[,，]?\s*(已)?(全部|全额)?到位/);
	const outAt = end(/^\s*[,，]?\s*(已)?(全部|全额)?(到位)?(并|且|,|，)?\s*(已)?(全部)?(使用|支付|支出)完毕/);
	const amount = (to: number) => ctx.money(line.amount.text, line.amount.unit, q0, to, 0.7, 'budget.prose.done');
	if (inAt) out.push({ line: { ...line, flow: 'income', stage: 'final', amount: amount(inAt) }, start: q0, sub: true });
	if (outAt) {
		const spent: BudgetLine = { ...line, flow: 'expenditure', stage: 'final', amount: amount(outAt) };
		const rate = clause.match(new RegExp(`执行率\\s*(?:为|达)?\\s*(${NUM})\\s*%`));
		if (rate) {
			const ra = h.ue + rate.index! + rate[0].indexOf(rate[1], 3);
			spent.execution_rate = ctx.figure(span.text.slice(ra, ra + rate[1].length), '%', q0, span.map[h.ue + rate.index! + rate[0].length - 1] + 1, 0.75, 'budget.prose.rate');
		}
		out.push({ line: spent, start: q0, sub: true });
	}
	return out;
}

/** The stage of an amount that names none: a target table plans (a department's 年初 budget, a
 * project's budget), a self-evaluation reports what was done. */
function plannedStage(env: Env): Stage {
	return env.kind === 'target_table' ? 'initial' : env.kind === 'project_target_table' ? 'budget' : 'final';
}

const unitOf = (u: string): MoneyUnit => (u === '元' ? '元' : u === '亿元' ? '亿元' : '万元');
/** a stated number's value, without its separators */
/** A figure's value from its text as written (full-width digits and points read as theirs: "４０．５"). */
const plain = (t: string) => Number(toHalfWidth(t).replace(/[,\s]/g, ''));
/** An amount in 万元, from its figure and its unit as written (万元, 万, 元, 亿元: text/normalize's MONEY_FACTOR). */
const toWan = (text: string, unit: string) => plain(text) * MONEY_FACTOR[unitOf(unit)];

/* ------------------------------------------------------------------ prose */

function pctAfter(span: Span, from: number, to: number, re: RegExp): { a: number; b: number; end: number } | undefined {
	const seg = span.norm.slice(from, to);
	const m = seg.match(re);
	if (!m) return undefined;
	const numIdx = from + m.index! + m[0].lastIndexOf(m[1]);
	return { a: numIdx, b: numIdx + m[1].length, end: from + m.index! + m[0].length };
}

// ("支出N万元,完成预算的R%": the rate a 决算 说明 states after a subject's actual)
const EXEC_RE = new RegExp(String.raw`(?:完成率|执行率|支出率|支出进度(?:比率|比例)?|使用率|(?<=资金)拨付率|完成(?:年初|全年|调整后)?预算(?:数)?的?)\s*(?:为|达|达到)?\s*(${NUM})\s*%`);
const PCT_CHANGE_RE = new RegExp(String.raw`(?:比上年|较上年|比去年|较去年|同比)\s*[,，]?\s*(?:下降|减少|降低|增长|增加|上升)了?\s*(${NUM})\s*%`);
const SHARE_RE = new RegExp(String.raw`占[^，,。；;%\d]{0,12}?(${NUM})\s*%`);

/**
 * The unit a table or section states once ("（单位：万元）", "单位:万元", "金额单位：元") for the
 * bare numbers after it, up to the next chapter heading: key–value lines of target tables and
 * summaries ("基本支出:836.25") of every province.
 */
function unitInForce(ctx: Ctx, at: number): MoneyUnit | undefined {
	const from = Math.max(0, at - 800);
	const before = ctx.src.slice(from, at);
	const m = [...before.matchAll(/(?:金额)?单位\s*[:：]\s*(万元|元|亿元)|[(（]\s*(万元|元|亿元)\s*[)）]/g)].pop();
	if (!m) return undefined;
	// a chapter heading between the statement and the line ends its reach
	if (/\n\s*[一二三四五六七八九十]{1,3}、/.test(before.slice(m.index!))) return undefined;
	return (m[1] ?? m[2]) as MoneyUnit;
}

/**
 * "基本支出:836.25" under a stated unit: a money hit of the number after the colon; also a label
 * and its number in two cells of a line ("资金总额 100", a target table's 年度预算安排(万元) block
 * as Fujian's xls tables come out).
 */
function keyValueHits(ctx: Ctx, para: Para): NumHit[] {
	const { span } = para;
	const re = new RegExp(String.raw`^\s*[\u4e00-\u9fa5（）()]{2,24}(?:\s*[:：]|\s+)\s*(${NUM})\s*$`);
	const m = span.norm.match(re);
	if (m) {
		const unit = unitInForce(ctx, para.start);
		if (!unit) return [];
		const a = m.index! + m[0].lastIndexOf(m[1]);
		const b = a + m[1].length;
		return [{ a, b, text: span.text.slice(a, b), unit, ue: b }];
	}
	// the same, a line of its own inside a paragraph the lines were joined into
	if (para.lines.length < 2) return [];
	const out: NumHit[] = [];
	for (const n of para.lines) {
		const l = ctx.lines[n];
		const lm = l.span.norm.match(re);
		if (!lm) continue;
		const unit = unitInForce(ctx, l.start);
		if (!unit) continue;
		const la = lm.index! + lm[0].lastIndexOf(lm[1]);
		const a = span.map.indexOf(l.span.map[la]);
		if (a < 0) continue;
		const b = a + lm[1].length;
		out.push({ a, b, text: span.text.slice(a, b), unit, ue: b });
	}
	return out;
}

/**
 * The projects a report on several projects names in its own numbered paragraphs ("1.X项目:…",
 * "2.2021年第一批…资金Y项目,…"), for the summary sentences that name them short ("其中支付X48万、Y建设
 * 15万元"). Serves fund and multi-project self-evaluation reports in prose.
 */
function numberedProjects(ctx: Ctx): string[] {
	const names = new Set<string>();
	for (const p of ctx.paras) {
		if (!/^\s*\d{1,2}\s*[、.．]/.test(p.span.norm)) continue;
		const name = projectAt(p.span.norm, p.span.norm.length);
		if (name && /项目$/.test(name)) names.add(name);
	}
	return [...names];
}

/** The numbered project a part of a summary names short: its label without 其中, a verb and the
 * words 建设 / 资金 / 经费 is the start of the project's name (at least four characters). */
function namedProject(label: string, projects: string[]): string | undefined {
	const core = partName(label).replace(/^(?:支付|拨付|下达|安排|用于)/, '').replace(/(?:项目)?(?:建设)?(?:资金|经费)?$/, '');
	if (core.length < 4) return undefined;
	const hits = projects.filter((p) => p.startsWith(core) && p.length - core.length <= 4);
	return hits.length === 1 ? hits[0] : undefined;
}

interface ProseState {
	/** projects named by numbered paragraphs of the whole text */
	projects?: string[];
	/** the project of the last numbered project item read */
	project?: string;
	/** the line a paragraph announced a numbered list of parts for ("项目支出N万元…具体如下:") */
	listParent?: BudgetLine;
	/** the numbered item whose total cost the paragraph stated, for the levels' shares after it */
	sharedItem?: { item: string; at: Span };
	/** the parts a summed list named (summedList), for their spending stated item by item after it */
	listedNames?: string[];
}

/** an amount of a list of uses a 预算数 label opens with 包含/包括 and no total ("预算数:2021年,包含A a万元、B b万元"),
 * with the use's name as written (from 包含 or the 、 before it) */
function listedUse(span: Span, h: NumHit, sa: number): { item: string; from: number } | undefined {
	const before = span.norm.slice(sa, h.a);
	const open = before.match(/预算(?:数|资金)?\s*[:：]\s*(?:20\d\d\s*年度?\s*[,，]?\s*)?(?:包含|包括)/);
	if (!open) return undefined;
	// (only the amounts of the list: each after the one before it and a 、, none before 包含)
	const inList = before.slice(open.index! + open[0].length);
	const parts = inList.split('、');
	// (each amount in any of the money units, numbers.ts MONEY_UNIT: "…资金24万、…")
	const amountEnd = new RegExp(String.raw`\d\s*${MONEY_UNIT}\s*$`);
	if (parts.slice(0, -1).some((p) => !amountEnd.test(p)) || new RegExp(String.raw`\d\s*${MONEY_UNIT}`).test(parts[parts.length - 1])) return undefined;
	const item = parts[parts.length - 1].replace(/\s+/g, '');
	if (!/^[\u4e00-\u9fa5][\u4e00-\u9fa5\d()（）]{3,40}$/.test(item)) return undefined;
	return { item, from: h.a - parts[parts.length - 1].length + (parts[parts.length - 1].length - parts[parts.length - 1].trimStart().length) };
}

/** The title of the nearest heading above a line. */
function headingAbove(ctx: Ctx, lineNo: number): string {
	for (let i = lineNo - 1; i >= 0 && i >= lineNo - 40; i--) if (ctx.lines[i].heading) return ctx.lines[i].span.norm.replace(/\s+/g, '');
	return '';
}

/** an amount of a cost item a 项目预算投入 heading lists by ordinal, with the item's name as written */
function costByOrdinal(ctx: Ctx, span: Span, h: NumHit, lineNo: number, from: number): { item: string; from: number } | undefined {
	const seg = span.norm.slice(from, h.a);
	// (the lines of a list are joined: "…30万元二是…", "…(按照…要求)四是…")
	const m = [...seg.matchAll(/(?:^|[\s。；;)）]|(?<=[元万]))\s*([一二三四五六七八九十]{1,2})是\s*/g)].pop();
	if (!m) return undefined;
	const name = seg.slice(m.index! + m[0].length).replace(/\s+/g, '').replace(/[,，]?(?:共)?(?:需要?|需安排|计划投入|投入|安排)(?:资金)?(?:为)?$/, '');
	if (!/^[\u4e00-\u9fa5][\u4e00-\u9fa5、“”()（）]{1,28}$/.test(name) || !/预算投入|资金投入|投入情况|资金预算|项目预算|预算安排|资金安排|成本构成/.test(headingAbove(ctx, lineNo))) return undefined;
	return { item: name, from: from + m.index! + m[0].search(/[一二三四五六七八九十]/) };
}

/** a numbered item named before a colon ("3、奶牛保险:…") */
const SHARED_ITEM = /^\s*\d{1,2}\s*[、.．]\s*([\u4e00-\u9fa5()（）]{2,16}?)\s*[:：]/;
/** its whole cost ("总保费N万元", "总保险为N万元") */
const SHARED_TOTAL = /(?:^|[,，;；:：])\s*(总(?:保费|保险费?|费用|成本))\s*(?:为|是|达|共)?\s*$/;
/** a level's share of it ("中央财政补贴45%为N万元") */
// (also "其中中央财政补贴45%,为N万元")
const SHARED_LEVEL = new RegExp(String.raw`(?:^|[,，;；:：。])\s*(?:其中\s*[:：]?\s*)?((?:中央|省级|省|市级|市|州级|县级|县|区级|乡级|本级)(?:财政)?(?:补贴|补助|承担|负担|分担|配套)(?:资金)?)\s*(${NUM})\s*[%％]\s*[,，]?\s*(?:为|计|即|共)\s*$`);

/**
 * An amount of a numbered item's cost-sharing sentence: the item's whole cost, or one level's share
 * of it (with its percentage), only in a paragraph that opens with the item's name and states the
 * whole cost before the shares.
 */
function sharedCost(span: Span, h: NumHit, state: ProseState): { item: string; from: number; level?: string; pa: number; pb: number } | undefined {
	const named = span.norm.match(SHARED_ITEM);
	if (!named || named[0].length > h.a) return undefined;
	const before = span.norm.slice(0, h.a);
	const tot = before.match(SHARED_TOTAL);
	if (tot) {
		state.sharedItem = { item: named[1].replace(/\s+/g, ''), at: span };
		return { item: state.sharedItem.item, from: tot.index! + tot[0].indexOf(tot[1]), pa: 0, pb: 0 };
	}
	const lv = before.match(SHARED_LEVEL);
	if (!lv || state.sharedItem?.at !== span) return undefined;
	const from = lv.index! + lv[0].indexOf(lv[1]);
	const pa = from + lv[0].slice(lv[0].indexOf(lv[1])).indexOf(lv[2], lv[1].length);
	return { item: state.sharedItem.item, from, level: lv[1], pa, pb: pa + lv[2].length };
}

/** what a listed part's amount is, by the words before it in its item */
type ListedKind = 'budget' | 'received' | 'spent';
interface ListedPart {
	item: string;
	kind: ListedKind;
	/** span index the quote starts at (the item's name) */
	from: number;
	/** the list's total */
	total?: boolean;
	/** a note in brackets on an item's amount: left unread */
	note?: boolean;
}
/** a marker that opens an item of a list: ①…⑩, or an item number run into the name after a semicolon ("；5某某补助") */
const ITEM_MARK = /^\s*(?:[①②③④⑤⑥⑦⑧⑨⑩]|\d{1,2}(?=[\u4e00-\u9fa5])|\d{1,2}\s*[、.．])?\s*/;
/** the verb words an item's amount follows (its column) */
const COLUMN_WORD = /(?:应到位|实际到位|到位|下达|安排|支付|拨付|使用|支出|执行)$/;
const kindOfColumn = (col: string, totalLabel: string): ListedKind | undefined =>
	/应到位|下达|安排|预算|计划|批复/.test(col) ? 'budget' : /到位|收到/.test(col) ? 'received' : /支付|拨付|支出|使用|执行/.test(col) ? 'spent' : !col && /下达|安排|预算|计划|批复/.test(totalLabel) && !/支付|支出|使用|执行|实际|到位/.test(totalLabel.replace(/转移支付/g, '')) ? 'budget' : undefined;

/**
 * The named parts of a fund listed one a semicolon-separated item ("下达A项目40万元;B项目2.75万元;…。共计下达X资金
 * N万元", "分项目如下:①A补助应到位68万元,实际到位21万元,到位率30.88%;②B项目应到位…"), read only where the items'
 * amounts of one column (the words before them: 应到位, 实际到位, none) add up to a total the paragraph states with
 * that column's words: each a project of the fund, budgeted, received or spent as its column says. Transfer-fund and
 * special-fund self-evaluation reports in prose that split the fund by project; a list whose sum is not stated
 * is left to the other rules.
 */
function summedList(span: Span, hits: NumHit[], state: ProseState): Map<number, ListedPart> {
	const found = new Map<number, ListedPart>();
	const norm = span.norm;
	for (const sent of norm.matchAll(/[^。]+/g)) {
		const s0 = sent.index!;
		const segs: Array<{ a: number; b: number }> = [];
		let at = s0;
		for (const piece of sent[0].split(/[;；]/)) {
			segs.push({ a: at, b: at + piece.length });
			at += piece.length + 1;
		}
		if (segs.length < 3) continue;
		// each item: its name (after the list's opening words and the item's marker, up to its first column word or
		// amount) and its amounts with their columns
		const items: Array<{ name: string; from: number; amounts: Array<{ k: number; col: string }> }> = [];
		let ok = true;
		for (let i = 0; i < segs.length && ok; i++) {
			const { a, b } = segs[i];
			const ks = hits.map((h, k) => k).filter((k) => hits[k].a >= a && hits[k].ue <= b);
			if (!ks.length) {
				// (an item that states no amount, "④X补助未支付": no line)
				if (i === segs.length - 1 && !norm.slice(a, b).trim()) continue;
				items.push({ name: '', from: a, amounts: [] });
				continue;
			}
			let text = norm.slice(a, hits[ks[0]].a);
			let from = a;
			if (i === 0) {
				// the list's opening words: up to a colon, else up to its verb and the fund it names ("2024年度,中央、市级下达转移支付X项目")
				const colon = Math.max(text.lastIndexOf(':'), text.lastIndexOf('：'));
				const verb = [...text.matchAll(/(?:下达|安排|拨付|分配)(?:了)?(?:专项)?(?:转移支付)?(?:资金)?/g)].pop();
				const cut = colon >= 0 ? colon + 1 : verb ? verb.index! + verb[0].length : -1;
				if (cut < 0) { ok = false; break; }
				from = a + cut;
				text = text.slice(cut);
			}
			const mark = text.match(ITEM_MARK)![0];
			from += mark.length;
			text = text.slice(mark.length);
			const col = text.replace(/\s+/g, '').match(COLUMN_WORD);
			const name = (col ? text.replace(/\s+/g, '').slice(0, -col[0].length) : text.replace(/\s+/g, '')).replace(/[,，]$/, '');
			if (!/^[\u4e00-\u9fa5][\u4e00-\u9fa5、“”()（）]{1,29}$/.test(name) || itemOf(name) || /合计|共计|总计|其中/.test(name)) { ok = false; break; }
			const amounts = ks.map((k, j) => {
				const lead = norm.slice(j === 0 ? from : hits[ks[j - 1]].ue, hits[k].a).replace(/\s+/g, '');
				const c = j === 0 ? (col?.[0] ?? '') : (lead.match(/[\u4e00-\u9fa5]+$/)?.[0] ?? lead);
				return { k, col: c };
			});
			items.push({ name, from, amounts });
		}
		const named = items.filter((it) => it.name);
		if (!ok || named.length < 3) continue;
		// a column: the amounts of the items after the same words; read where they add up to a total the paragraph
		// states outside the list with those words
		const cols = new Set(named.flatMap((it) => it.amounts.map((x) => x.col)));
		for (const col of cols) {
			if (col && !COLUMN_WORD.test(col)) continue;
			const parts = named.flatMap((it) => it.amounts.filter((x) => x.col === col).map((x) => ({ it, k: x.k })));
			if (parts.length < 3) continue;
			const sum = parts.reduce((t, p) => t + wanOf(hits[p.k]), 0);
			const inList = (h: NumHit) => h.a >= segs[0].a && h.ue <= segs[segs.length - 1].b;
			const total = hits.find((h) => !inList(h) && Math.abs(wanOf(h) - sum) < 0.011 && (col ? norm.slice(clauseStart(span, h.a), h.a).replace(/\s+/g, '').endsWith(col) : /共计|合计|总计|共/.test(norm.slice(sentenceBounds(span, h.a)[0], h.a))));
			if (!total) continue;
			const kind = kindOfColumn(col, norm.slice(sentenceBounds(span, total.a)[0], total.a));
			if (!kind) continue;
			for (const p of parts) found.set(p.k, { item: p.it.name, kind, from: p.it.from });
			// (a total stated with 共计/合计 and no column word of its own, "共计下达X资金N万元": the fund's total, at the
			// list's stage; a total with the column's words is left to the other rules)
			if (!col) {
				const [ta] = sentenceBounds(span, total.a);
				const word = norm.slice(ta, total.a).search(/共计|合计|总计|共/);
				found.set(hits.indexOf(total), { item: '合计', kind, from: ta + word, total: true });
			}
			state.listedNames = [...new Set([...(state.listedNames ?? []), ...named.map((it) => it.name)])];
			// (an amount in brackets inside a listed item, "应到位N万元(某某第三批补助资金N万)": a note on the item's
			// amount, no line of its own)
			for (const it of named)
				for (const x of it.amounts) {
					const h = hits[x.k];
					const seg = norm.slice(it.from, h.a);
					if (!found.has(x.k) && (seg.match(/[(（]/g) ?? []).length > (seg.match(/[)）]/g) ?? []).length) found.set(x.k, { item: it.name, kind, from: it.from, note: true });
				}
		}
	}
	return found;
}

/**
 * The spending of the parts a summed list named, one item each in a later sentence that opens with 分别/分项目
 * ("…共支付资金N万元。分别项目为①A补助…支付21万元,资金执行率30.88%;②B项目1605万元,资金执行率100%;…"): each
 * item whose name is (or starts) one of the listed names, its first amount spent by that part, with its rate.
 */
function listedSpending(span: Span, hits: NumHit[], state: ProseState): Map<number, ListedPart> {
	const found = new Map<number, ListedPart>();
	const names = state.listedNames ?? [];
	if (names.length < 3) return found;
	const norm = span.norm;
	for (const sent of norm.matchAll(/[^。]+/g)) {
		const open = sent[0].match(/^\s*(?:分别项目为|分项目为|分项目如下|分别为|分别是)\s*[:：]?/);
		if (!open) continue;
		let at = sent.index! + open[0].length;
		for (const piece of sent[0].slice(open[0].length).split(/[;；]/)) {
			const a = at;
			at += piece.length + 1;
			const mark = piece.match(ITEM_MARK)![0];
			const text = piece.slice(mark.length).replace(/\s+/g, '');
			const short = text.split(/支付|拨付|使用|支出|购买|未/)[0];
			const item = names.find((n) => text.startsWith(n)) ?? (short.length >= 4 ? names.filter((n) => n.startsWith(short)) : []).reduce<string | undefined>((x, n, _, all) => (all.length === 1 ? n : x), undefined);
			if (!item) continue;
			const k = hits.findIndex((h) => h.a >= a && h.ue <= a + piece.length);
			if (k >= 0) found.set(k, { item, kind: 'spent', from: a + mark.length });
		}
	}
	return found;
}

const wanOf = (h: NumHit) => toWan(h.text, h.unit);

/**
 * The named parts a sum lists after 其中 in its sentence ("X资金下达我区111万元(文号),其中A、B和C资金100万元,D保障金11万元"),
 * read only where they add up to the sum: each a cost of it, named as written (its 、 kept). Fund use reports and
 * transfer-fund self-evaluations; parts that are budget classes (基本支出, 项目支出 …) are left to their own rules.
 */
function partsOfSum(span: Span, hits: NumHit[]): Map<number, { item: string; from: number; of: number }> {
	const found = new Map<number, { item: string; from: number; of: number }>();
	const norm = span.norm;
	for (let t = 0; t < hits.length; t++) {
		const [, s1] = sentenceBounds(span, hits[t].a);
		const after = norm.slice(hits[t].ue, s1);
		// (其中 in the sentence of the sum, or opening the next one after a sentence that states no other amount:
		// "实际支付N万元,全部用于设备采购。其中:用于A项目a万元、B项目b万元")
		const open = after.match(/^(?:\s*[(（][^)）]{0,40}[)）])?\s*[,，]?\s*其中\s*[:：]?/) ?? (!/\d/.test(after) && norm[s1] === '。' ? norm.slice(s1 + 1).match(/^\s*其中\s*[:：]?/) : null);
		if (!open) continue;
		let from = (open.input === after ? hits[t].ue : s1 + 1) + open[0].length;
		const sb = sentenceBounds(span, Math.min(from, norm.length - 1))[1];
		// (the uses of a sum, "其中:用于A项目a万元": costs, projects by name included)
		const uses = norm.slice(from).match(/^\s*用于\s*/);
		if (uses) from += uses[0].length;
		const parts: Array<{ k: number; item: string; from: number }> = [];
		for (let k = t + 1; k < hits.length && hits[k].a < sb; k++) {
			const name = norm.slice(from, hits[k].a).replace(/\s+/g, '');
			// (projects and levels of government have rules of their own: "其中A项目N万元", "其中上级资金N万元,本级M万元")
			if (!/^[\u4e00-\u9fa5][\u4e00-\u9fa5、()（）]{1,29}$/.test(name) || itemOf(name) || LEVEL_ITEM.test(name) || /^(?:中央|省|市|州|县|区|乡|镇|本级|上级|自治区)/.test(name) || (!uses && /项目/.test(name)) || /下达|拨付|支付|使用|执行|到位|结余|结转|调减|调增|追加|核减|安排|合计|共计|其中/.test(name)) break;
			parts.push({ k, item: name, from: from + norm.slice(from).search(/\S/) });
			const next = norm.slice(hits[k].ue).match(/^\s*[,，、]\s*/);
			if (!next) break;
			from = hits[k].ue + next[0].length;
		}
		if (parts.length < 2 || Math.abs(parts.reduce((x, p) => x + wanOf(hits[p.k]), 0) - wanOf(hits[t])) > 0.011) continue;
		for (const p of parts) found.set(p.k, { item: p.item, from: p.from, of: t });
	}
	return found;
}

/**
 * A cut or an addition to a sum and what the sum became, in one sentence ("下达我区111万元…,调减40万元(文号),全年实际下达71万元"),
 * read where the arithmetic holds (111 − 40 = 71): the change as an addition (negative for a cut) and the sum after it as the
 * adjusted budget. Fund use reports and transfer-fund self-evaluations.
 */
function adjustedSum(span: Span, hits: NumHit[]): Map<number, { stage: 'addition' | 'adjusted'; sign: number; of: number }> {
	const found = new Map<number, { stage: 'addition' | 'adjusted'; sign: number; of: number }>();
	const norm = span.norm;
	const labelOf = (k: number) => norm.slice(clauseStart(span, hits[k].a), hits[k].a).replace(/\s+/g, '');
	for (let d = 1; d < hits.length; d++) {
		const dl = labelOf(d).match(/^(?:年中)?(调减|核减|收回|调增|追加)(?:资金|预算)?$/);
		if (!dl) continue;
		const sign = /调减|核减|收回/.test(dl[1]) ? -1 : 1;
		const [sa, sb] = sentenceBounds(span, hits[d].a);
		const a = hits.findIndex((h, k) => k > d && h.a < sb && /^(?:全年|本年|年度)?(?:实际)?(?:下达|安排|到位)(?:资金)?$|^调整后(?:预算)?(?:资金)?(?:为)?$/.test(labelOf(k)));
		if (a < 0) continue;
		const b = hits.findIndex((h, k) => k < d && h.a >= sa && Math.abs(wanOf(h) + sign * wanOf(hits[d]) - wanOf(hits[a])) < 0.011);
		if (b < 0) continue;
		found.set(d, { stage: 'addition', sign, of: b });
		found.set(a, { stage: 'adjusted', sign: 1, of: b });
	}
	return found;
}

function readProse(ctx: Ctx, env: Env, para: Para, out: Built[], state: ProseState = {}) {
	const { span } = para;
	const kv = keyValueHits(ctx, para);
	const hits = kv.length ? [...kv, ...moneyHits(span).filter((h) => kv.every((k) => h.b <= k.a || h.a >= k.b))].sort((x, y) => x.a - y.a) : moneyHits(span);
	if (!hits.length) return;
	const lineNo = para.lines[0];
	const secScope = sectionScope(ctx, lineNo);
	let head: Built | undefined;
	let prev: Built | undefined;
	/** the money the paragraph's last label named (一般公共预算, 财政拨款, or a fund budget it does not read) */
	let namedScope: Scope | 'fund' | undefined;
	/** the sentence start of the last amount left unread on purpose */
	let skippedIn = -1;
	/** the sentence whose spending was found larger than the 一般公共预算 income stated before it */
	let widenedIn = -1;
	const partsListed = new Map([...listedSpending(span, hits, state), ...summedList(span, hits, state)]);
	const sumParts = partsOfSum(span, hits);
	const adjusted = adjustedSum(span, hits);
	/** the line each hit was read as, for the parts and changes that refer back to it */
	const lineAt = new Map<number, Built>();
	for (let k = 0; k < hits.length; k++) {
		const h = hits[k];
		const [sa, sb] = sentenceBounds(span, h.a);
		const sentence = span.norm.slice(sa, sb);
		if (SANGONG_RE.test(sentence)) continue;
		// (the parts and the changes of a sum read above, by their arithmetic: at the sum's flow, scope and stage)
		const ofSum = sumParts.get(k);
		const sumLine = ofSum ? lineAt.get(ofSum.of) : undefined;
		if (ofSum && sumLine && sumLine.line.breakdown === 'total') {
			const [p0, p1] = [span.map[ofSum.from], span.map[h.ue - 1] + 1];
			out.push({ line: { flow: sumLine.line.flow, breakdown: 'cost', item: ofSum.item, scope: sumLine.line.scope, stage: sumLine.line.stage, year: sumLine.line.year, amount: ctx.money(h.text, unitOf(h.unit), p0, p1, 0.75, 'budget.prose.sum-parts') }, start: p0, sub: true });
			continue;
		}
		const adj = adjusted.get(k);
		const adjOf = adj ? lineAt.get(adj.of) : undefined;
		if (adj && adjOf && adjOf.line.breakdown === 'total' && adjOf.line.stage === 'budget' && adjOf.line.flow === 'expenditure') {
			const c0 = clauseStart(span, h.a);
			const [p0, p1] = [span.map[c0 + span.norm.slice(c0).search(/\S/)], span.map[h.ue - 1] + 1];
			const line: BudgetLine = { ...adjOf.line, stage: adj.stage, amount: ctx.money(h.text, unitOf(h.unit), p0, p1, 0.75, 'budget.prose.adjusted', adj.sign) };
			delete line.execution_rate;
			delete line.share;
			delete line.change;
			out.push({ line, start: p0, sub: true });
			continue;
		}
		const part = partsListed.get(k);
		if (part?.note) {
			const [u0, u1] = [span.map[clauseStart(span, h.a)], span.map[h.ue - 1] + 1];
			ctx.unread.push({ kind: '金额', text: ctx.quote(u0, u1), start: u0, end: u1, reason: '括号内对列举项金额的说明，没有对应的收支项' });
			continue;
		}
		if (part) {
			const [p0, p1] = [span.map[part.from + span.norm.slice(part.from).search(/\S/)], span.map[h.ue - 1] + 1];
			const amount = ctx.money(h.text, unitOf(h.unit), p0, p1, 0.75, 'budget.prose.summed-list');
			const line: BudgetLine = part.total
				? { flow: part.kind === 'received' ? 'income' : 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: part.kind === 'budget' ? 'budget' : 'final', year: env.year, amount }
				: part.kind === 'received'
					? { flow: 'income', breakdown: 'project', item: part.item, scope: 'all', stage: 'final', year: env.year, amount }
					: { flow: 'expenditure', breakdown: 'project', item: part.item, parent: '项目支出', scope: 'all', stage: part.kind === 'spent' ? 'final' : 'budget', year: env.year, amount };
			if (part.kind === 'spent') {
				const limit = Math.min(k + 1 < hits.length ? clauseStart(span, hits[k + 1].a) : span.norm.length, sb);
				const ex = pctAfter(span, h.ue, limit, EXEC_RE);
				if (ex) line.execution_rate = ctx.figure(span.text.slice(ex.a, ex.b), '%', p0, span.map[ex.end - 1] + 1, 0.75, 'budget.prose.rate');
			}
			out.push({ line, start: p0, sub: true });
			continue;
		}
		let ls = clauseStart(span, h.a);
		// "基本支出:836.25万元": the label stands before the colon
		if (ls > 0 && /[:：]/.test(span.norm[ls - 1]) && !span.norm.slice(ls, h.a).trim()) ls = clauseStart(span, ls - 1);
		// a label never runs over another number (cells of a table run together: "预算数(A)300全年执行数
		// (B)…补助300万元"): it starts after the last one (years, months, counts of items excepted)
		const lastNum = [...span.norm.slice(ls, h.a).matchAll(/\d[\d.,]*(?!\s*(?:[\d.,]|年|月|日|号|个|项|类|季度|次|批|%\s*(?:计|即|合计|共)))/g)].pop();
		if (lastNum && !DIR_END.test(span.norm.slice(ls, h.a).replace(/\s+/g, ''))) ls += lastNum.index! + lastNum[0].length;
		// header cells of a table flowed onto one line before the sentence ("上年结转资金 其他资金 年度总体目标
		// 预期目标 实际完成情况 本项目共申请预算资金"): the label is the words after the last cell
		const words = span.norm.slice(ls, h.a).trim().split(/\s+/);
		const flowedCells = words.length >= 4 && words.slice(0, -1).every((w) => /^[\u4e00-\u9fa5]{2,10}$/.test(w));
		if (flowedCells) ls = h.a - span.norm.slice(ls, h.a).length + span.norm.slice(ls, h.a).lastIndexOf(words[words.length - 1]);
		// a heading run into its first sentence ("预算支出组织实施情况我校2022年…共计"): the label starts
		// at the sentence's subject
		// (not the receiver of money sent, "X资金下达我区N万元": the label is the whole clause)
		const subj = span.norm.slice(ls, h.a).search(/(?<=[\u4e00-\u9fa5])(我校|我局|我院|我委|我单位|本单位|本局|我县|我市|我区|我镇|我中心)(?<!(?:下达|拨付|下拨|分配|拨给|安排给|分配给)\1(?=\s*$))/);
		if (subj > 0) ls += subj;
		// a label never runs over a cell of a table flowed into the paragraph ("项目支出名称 | X服务 | … | 年度本级 预算金额 |
		// 250万 |"): it starts after the last cell separator
		const cellAt = span.norm.slice(ls, h.a).lastIndexOf('|');
		if (cellAt >= 0) ls += cellAt + 1;
		// (an amount alone in its cell after "年度本级预算金额 |", Hunan's 项目支出绩效目标申报表: the level's money)
		const cellLabel = cellAt >= 0 && !span.norm.slice(ls, h.a).trim() ? span.norm.slice(0, ls - 1).split('|').pop()!.replace(/\s+/g, '') : '';
		if (/^(?:年度)?本级(?:资金)?预算(?:金额|资金)$/.test(cellLabel)) {
			const c0 = span.map[span.norm.lastIndexOf('|', ls - 2) + 1 + (span.norm.slice(span.norm.lastIndexOf('|', ls - 2) + 1).search(/\S/))];
			const line: BudgetLine = { flow: 'expenditure', breakdown: 'budget_level', item: '本级资金', scope: 'all', stage: plannedStage(env) === 'final' ? 'budget' : plannedStage(env), year: env.year, amount: ctx.money(h.text, unitOf(h.unit), c0, span.map[h.ue - 1] + 1, 0.75, 'budget.prose.cell-level') };
			out.push({ line, start: c0, sub: false });
			continue;
		}
		while (ls < h.a && /[\s%)）〕\]]/.test(span.text[ls])) ls++;
		const label = span.norm.slice(ls, h.a).replace(/\s+/g, '').replace(/[:：]$/, '');
		// (the label as the tests below match it: 款项 is money as 资金 is, "已拨付款项N万元", "到位款项": labels.ts MONEY_NOUN)
		const lab = label.replace(/款项/g, '资金');
		const before = span.norm.slice(0, ls).replace(/\s+/g, '');
		// (after table cells or a heading run into the text, the sentence starts at the label)
		const sinceSentence = flowedCells || subj > 0 ? '' : span.norm.slice(sa, ls).replace(/\s+/g, '');
		// a stated change ("比上年减少64.93万元") belongs to the line it compares; after an amount left
		// unread in its sentence (a fund budget's, a 收支总计), it is that amount's and is left too
		// (a difference from the budget, "比年初预算减少N万元", is no change on the year before)
		if (DIR_END.test(lab) && /(比|较|与)(年初|全年|调整后?)?预算(数)?(相比)?[,，]?(减少|增加|下降|增长|节约|超支)/.test(lab)) {
			const [u0, u1] = [span.map[ls], span.map[h.ue - 1] + 1];
			ctx.unread.push({ kind: '金额', text: ctx.quote(u0, u1), start: u0, end: u1, reason: '这是与预算数相比的差额，不是与上年相比的增减' });
			continue;
		}
		// the sum of a plan's costs ("…勘察设计需20万元;…检查需20万元;…验收需10万元,合计50万元", a
		// target form's 项目实施计划 cell) is what the plan needs, not the year's budget: left unread
		if (/^(共计|合计|总计|共)$/.test(lab) && (span.norm.slice(0, h.a).match(new RegExp(String.raw`需\s*${NUM}\s*${MONEY_UNIT}`, 'g')) ?? []).length >= 2) {
			const [u0, u1] = [span.map[ls], span.map[h.ue - 1] + 1];
			ctx.unread.push({ kind: '金额', text: ctx.quote(u0, u1), start: u0, end: u1, reason: '这是实施计划所列各项所需金额之和，不是年度预算' });
			continue;
		}
		// money of a project run over several years, stated year by year ("2021—2023年…资金安排N万元,其中
		// 2021年资金安排A万元;2022年安排B万元", "项目资金支出N万元,…其中:2021年度资金支出A万元;2022年度…"):
		// each year's amount is that year's line; the sum of the years is no one year's and is left
		// unread (full-cycle evaluations of multi-year special funds)
		const yearsNamed = (from: number) => new Set([...span.norm.slice(from).split('。')[0].matchAll(/(?:^|[;；,，:：]|其中)\s*(20\d\d)\s*年度?(?:项目)?(?:资金)?(?:安排|下达|预算|支出|使用|拨付)/g)].map((m) => m[1]));
		const rangeSum = /\d{4}\s*[—–\-~至到]+\s*\d{4}\s*年/.test(span.norm.slice(sa, h.a)) && !hits.some((x) => x.a >= sa && x.a < h.a);
		if (rangeSum || (/其中/.test(span.norm.slice(h.ue).split('。')[0]) && yearsNamed(h.ue).size >= 2 && !/\d{4}\s*年/.test(lab))) {
			const [u0, u1] = [span.map[rangeSum ? sa + span.norm.slice(sa).search(/\S/) : ls], span.map[h.ue - 1] + 1];
			ctx.unread.push({ kind: '金额', text: ctx.quote(u0, u1), start: u0, end: u1, reason: '这是几个年度的合计，不是某一年度的收支' });
			continue;
		}
		const perYear = label.replace(/^其中[:：]?/, '').match(/^(20\d\d)\s*年度?(?:项目)?(?:资金)?(安排|下达|预算|支出|使用|拨付)$/);
		if (perYear && Number(perYear[1]) <= env.year && Number(perYear[1]) >= env.year - 6 && yearsNamed(0).size >= 2) {
			const stage: Stage = /安排|下达|预算/.test(perYear[2]) ? 'budget' : 'final';
			const line: BudgetLine = { flow: 'expenditure', breakdown: 'total', item: '合计', scope: secScope ?? 'all', stage, year: Number(perYear[1]), amount: ctx.money(h.text, unitOf(h.unit), span.map[ls], span.map[h.ue - 1] + 1, 0.75, 'budget.prose.per-year') };
			const limit = Math.min(k + 1 < hits.length ? clauseStart(span, hits[k + 1].a) : span.norm.length, sentenceBounds(span, h.ue)[1]);
			const ex = pctAfter(span, h.ue, limit, EXEC_RE);
			if (ex) line.execution_rate = ctx.figure(span.text.slice(ex.a, ex.b), '%', span.map[ls], span.map[ex.end - 1] + 1, 0.8, 'budget.prose.rate');
			out.push({ line, start: span.map[ls], sub: true });
			continue;
		}
		// what was paid before, stated beside what the whole costs and what is still to pay ("已申请专项债券资金
		// 支付N万元,…应承担…增加投资共T万元,还需拨付M万元", with N + M = T): the payments of earlier years,
		// not the year's spending (project reports on works financed over several years)
		if (/已[\u4e00-\u9fa5]{0,14}(?:支付|拨付)$/.test(lab)) {
			// (in any money unit, 万元 or restated in 元 / 亿元)
			const still = span.norm.match(new RegExp(String.raw`(?:还需|尚需|仍需)(?:拨付|支付|安排)\s*(${NUM})\s*(${MONEY_UNIT})`));
			const n = wanOf(h);
			if (still && [...span.norm.matchAll(new RegExp(String.raw`(${NUM})\s*(${MONEY_UNIT})`, 'g'))].some((t) => Math.abs(toWan(t[1], t[2]) - n - toWan(still[1], still[2])) < 0.011 && toWan(t[1], t[2]) !== n)) {
				const [u0, u1] = [span.map[ls], span.map[h.ue - 1] + 1];
				ctx.unread.push({ kind: '金额', text: ctx.quote(u0, u1), start: u0, end: u1, reason: '这是以前已支付的累计数（与尚需拨付数合为总数），不是本年支出' });
				continue;
			}
		}
		// a change of income and spending together ("收入支出总体与上年相比,增加N万元") is no one line's
		// (and "收支较上年决算数减少N万元": the change of the 总计 row, stated of income and spending at once)
		if (DIR_END.test(lab) && (/(收[、和与及]?支|收入[、和与及]?支出)(总计|合计|总体)/.test(span.norm.slice(sa, h.a).replace(/\s+/g, '')) || /^收[、和与及]?支(较|比|与)/.test(lab))) {
			const [u0, u1] = [span.map[ls], span.map[h.ue - 1] + 1];
			ctx.unread.push({ kind: '金额', text: ctx.quote(u0, u1), start: u0, end: u1, reason: '这是收支总计（含上年结转结余）的增减额，不是本年收入或本年支出的' });
			continue;
		}
		if (DIR_END.test(lab) && skippedIn === sa && !(prev && prev.start >= span.map[sa])) {
			const [u0, u1] = [span.map[ls], span.map[h.ue - 1] + 1];
			ctx.unread.push({ kind: '金额', text: ctx.quote(u0, u1), start: u0, end: u1, reason: '这是一项未读取金额的增减额' });
			continue;
		}
		// an amount named as the cause of a change ("收入、支出变动较大的主要原因是2020年新增了N万元X资金"):
		// money the change is explained by, not the change itself (决算 说明 of every province)
		if (DIR_END.test(lab) && /原因(?:是|为|主要是|在于)?/.test(lab)) {
			const [u0, u1] = [span.map[ls], span.map[h.ue - 1] + 1];
			ctx.unread.push({ kind: '金额', text: ctx.quote(u0, u1), start: u0, end: u1, reason: '这是说明增减原因时提到的金额，不是增减额' });
			continue;
		}
		if (DIR_END.test(lab)) {
			const target = changeTarget(ctx, env, label, before, sinceSentence, head, prev, out, lineNo);
			if (target) attachChange(ctx, env, span, target, h, ls, hits[k + 1]);
			else {
				const [u0, u1] = [span.map[ls], span.map[h.ue - 1] + 1];
				ctx.unread.push({ kind: '金额', text: ctx.quote(u0, u1), start: u0, end: u1, reason: '这是一项增减额，但没有找到它所比较的收支数' });
			}
			continue;
		}
		const unit = unitOf(h.unit);
		const q0 = span.map[ls];
		const q1 = span.map[h.ue - 1] + 1;
		// amounts that are not the department's money: a standard per person, student or unit, a
		// regional statistic, a target ("生均1000元", "人均可支配收入12500元", "总产值299亿元")
		// (a standard explained in brackets after the amount, "直接补助费N万元(每亩M元)", says how it was reckoned, not
		// that the amount is one)
		const near = span.norm.slice(Math.max(sa, h.a - 8), h.a) + (/^\s*[(（]/.test(span.norm.slice(h.ue, h.ue + 2)) ? '' : span.norm.slice(h.ue, h.ue + 3));
		// an indicator row run into the text ("成本指标项目计划总投资20万元"): a target, not a budget line
		// (and a paragraph that states the overall goal, "总体绩效目标一是完成X工程,该项目总投资额为N亿元,建成后…":
		// what the whole project will cost, in the self-evaluation of one year's money)
		// (money said to be received, "①数量指标:2023年,我校收到X经费资金N万元", is the year's income all the same)
		// (the level's words split by a PDF's line break, "效益 指标经济效益…收入达到N亿元", too)
		const inIndicator = (/(数量|质量|时效|成本|效益|满意度)指标|指标值|[一二三]级指标/.test(span.norm.slice(Math.max(sa, h.a - 40), h.a).replace(/\s+/g, '')) && !(/收到.{0,16}(资金|经费)$/.test(lab) && /^\s*(?:[①②③④⑤⑥⑦⑧⑨⑩]|\d{1,2}\s*[.、．]|[(（]\s*\d{1,2}\s*[)）])?\s*数量指标\s*[:：]/.test(span.norm.slice(sa)))) || (!/target/.test(env.kind) && /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])?\s*总体绩效目标(?!完成|实现|自评|情况)/.test(span.norm) && /总投资|计划投资/.test(lab));
		// (also a paragraph right under 成本指标 on a line of its own, "成本指标:" then "该项目需县级财政安排资金N万元":
		// the cost target of a 绩效目标 list, which restates the budget)
		const underLevel = (() => {
			for (let i = lineNo - 1; i >= 0 && i >= lineNo - 3; i--) {
				const l = ctx.lines[i];
				if (l.blank) continue;
				return /^\s*(?:[(（]?\d{1,2}[)）.、．]?)?\s*(?:产出)?成本指标\s*[:：]?\s*$/.test(l.span.norm);
			}
			return false;
		})();
		// (one amount given to each of several: "对十个乡镇分别补助7万元" is a standard, not a line)
		const each = /分别[^,，;；。]{0,14}?(补助|拨付|下拨|安排|发放|奖励)\s*$/.test(span.norm.slice(Math.max(0, h.a - 30), h.a)) && !/^\s*[、,，]\s*\d/.test(span.norm.slice(h.ue, h.ue + 3));
		// "评价X项目N万元资金使用情况": the money of the project under evaluation, its budget (notices and
		// summaries of project evaluations, which name the money evaluated once)
		if (/项目$/.test(lab) && /^\s*(?:的)?(?:项目)?资金(?:的)?使用(?:情况|效益|绩效)/.test(span.norm.slice(h.ue, h.ue + 10)) && /评价|评估|评定/.test(span.norm.slice(sa, h.a)) && !out.some((b) => b.line.breakdown === 'total' && b.line.flow === 'expenditure')) {
			const line: BudgetLine = { flow: 'expenditure', breakdown: 'total', item: '合计', scope: secScope ?? 'all', stage: 'budget', year: env.year, amount: ctx.money(h.text, unit, q0, q1, 0.7, 'budget.prose.evaluated') };
			const b: Built = { line, start: q0, sub: false };
			out.push(b);
			prev = b;
			continue;
		}
		// a numbered item's cost shared out by levels of government, each with its share ("1、X保险:…总保费N万元,
		// 中央财政补贴45%为A万元,省级财政补贴25%为B万元"): the item's cost, budgeted, and each level's part of
		// it named as written (premium subsidies of agricultural insurance and other cost-sharing funds that
		// a fund self-evaluation reports item by item in numbered paragraphs)
		const shared = sharedCost(span, h, state);
		if (shared) {
			const [s0, s1] = [span.map[shared.from], span.map[h.ue - 1] + 1];
			const amount = ctx.money(h.text, unit, s0, s1, 0.75, 'budget.prose.shared-cost');
			if (!shared.level) {
				out.push({ line: { flow: 'expenditure', breakdown: 'cost', item: shared.item, scope: 'all', stage: 'budget', year: env.year, amount }, start: s0, sub: false });
			} else {
				const line: BudgetLine = { flow: 'expenditure', breakdown: 'budget_level', item: shared.level, parent: shared.item, scope: 'fiscal', stage: 'budget', year: env.year, amount };
				line.share = ctx.figure(span.text.slice(shared.pa, shared.pb), '%', s0, s1, 0.75, 'budget.prose.shared-cost');
				out.push({ line, start: s0, sub: true });
			}
			continue;
		}
		// the uses a budget figure lists with no total stated ("1.预算数:2021年,包含补助8个重点项目资金A万元、补助5名
		// 传承人资金B万元、…"): each a cost of the year's budget, named as written with its counts (transfer-
		// payment self-evaluations of Guangxi and other provinces whose 预算数 line lists the fund's uses)
		const listed = listedUse(span, h, sa);
		if (listed) {
			const [o0, o1] = [span.map[listed.from], span.map[h.ue - 1] + 1];
			out.push({ line: { flow: 'expenditure', breakdown: 'cost', item: listed.item, scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(h.text, unit, o0, o1, 0.7, 'budget.prose.listed-use') }, start: o0, sub: false });
			continue;
		}
		// the cost items a 项目预算投入 heading lists by ordinal ("一是X、Y编制,需资金N万元", "二是Z建设M万元"): each a
		// cost of the project, budgeted, named as written (ex-ante and self-evaluation reports in prose of
		// Henan and other provinces whose 项目概况 lists what the money is for)
		const ordinal = costByOrdinal(ctx, span, h, lineNo, hits[k - 1]?.ue ?? 0);
		if (ordinal) {
			const [o0, o1] = [span.map[ordinal.from], span.map[h.ue - 1] + 1];
			out.push({ line: { flow: 'expenditure', breakdown: 'cost', item: ordinal.item, scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(h.text, unit, o0, o1, 0.7, 'budget.prose.ordinal-cost') }, start: o0, sub: false });
			continue;
		}
		// the other figures a 部门预算/决算 说明 states beside its budget: the organs' running costs (机关运行经费, "2017年一般公共预算
		// 财政拨款运行经费N万元") and the government purchases planned ("政府采购预算总额N万元") — no line of income or spending
		if (/(?<!项目)运行经费(?:预算)?(?:合计|总额)?(?:为|是)?$/.test(lab) && /机关|部门|单位|财政拨款|一般公共预算/.test(lab) || /政府采购(?:预算)?(?:总额|金额|合计)(?:为|是)?$/.test(lab)) {
			ctx.unread.push({ kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '这是机关运行经费或政府采购金额，不是一项收支' });
			continue;
		}
		if (NOT_MONEY.test(lab) || NOT_MONEY.test(near) || inIndicator || underLevel || each || /^\s*(\/|每)/.test(span.norm.slice(h.ue, h.ue + 2))) {
			ctx.unread.push({ kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '这是标准、单价、统计数或目标值，不是部门收支' });
			continue;
		}
		// a part of the amount just before it, stated in brackets ("一批项目批复总投资N万元(其中建筑工程M万元)",
		// "合计批复总投资N万元(其中建筑工程M万元)"): a cost part of that line, at its stage; a part of a
		// total has no parent (construction and linkage-fund project reports in prose that split a total
		// investment by batch and by kind of cost)
		// (其中 with its punctuation before the label's clause, "(其中：建筑工程M万元)", "(其中，建筑工程M万元)", is the same part)
		const opened = span.norm.slice(sa, ls).match(OF_WHICH_OPEN);
		const bracketPart = (opened ? '其中' + label : label).match(/^其中[:：]?([\u4e00-\u9fa5]{2,12})$/);
		if (bracketPart && !itemOf(bracketPart[1]) && !LEVEL_ITEM.test(bracketPart[1]) && /[(（]\s*$/.test(opened ? span.norm.slice(sa, ls - opened[0].length) : span.norm.slice(sa, ls)) && prev && prev.start >= span.map[sa] && (prev.line.breakdown === 'cost' || prev.line.breakdown === 'total') && !/到位|拨付|支付|使用|执行|下达|结余|结转/.test(bracketPart[1])) {
			const line: BudgetLine = { flow: prev.line.flow, breakdown: 'cost', item: bracketPart[1], ...(prev.line.breakdown === 'cost' ? { parent: prev.line.item } : {}), scope: prev.line.scope, stage: prev.line.stage, year: prev.line.year, amount: ctx.money(h.text, unit, q0, q1, 0.7, 'budget.prose.bracket-part') };
			out.push({ line, start: q0, sub: true });
			continue;
		}
		// a part named only in brackets ("（含1个年初结转结余项目50万元）"): no line of its own
		if (/^(含|包含|包括)/.test(lab) && /[(（][^)）]*$/.test(span.norm.slice(sa, h.a))) {
			ctx.unread.push({ kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '括号内说明的构成部分，没有对应的收支项' });
			continue;
		}
		// a part of a fund's total that names one of the report's numbered projects ("下达X资金N万元,其中A项目
		// a万元、B项目建设资金b万元", "共支付X资金N万元,其中支付A a万、B建设b万元"): that project's line, at the
		// total's stage (fund self-evaluation reports in prose that then give each project a paragraph)
		const named = head && head.line.breakdown === 'total' && head.line.flow === 'expenditure' && head.start >= span.map[sa] && /其中/.test(sinceSentence + label) && !itemOf(label) ? namedProject(label, state.projects ?? []) : undefined;
		if (named && head) {
			const line: BudgetLine = { flow: 'expenditure', breakdown: 'project', item: named, parent: '项目支出', scope: head.line.scope, stage: head.line.stage, year: head.line.year, amount: ctx.money(h.text, unit, q0, q1, 0.7, 'budget.prose.named-project') };
			const b: Built = { line, start: q0, sub: true };
			out.push(b);
			prev = b;
			continue;
		}
		// the numbered items of a list a paragraph announced ("项目支出N万元…具体如下:" then "1、档案整理费
		// 5万元,主要用于…"): each item's first amount is a part of the announced line (project reports
		// in prose of Hunan and others that list their projects one a paragraph)
		const lp = state.listParent;
		// (a balance is no part of the list's line: "8.上年结转和结余0.00万元", "7.使用非财政拨款结余0.00万元" among a 决算 说明's
		// income items)
		if (lp && k === 0 && /^\s*\d{1,2}\s*[、.．]/.test(span.norm) && !itemOf(label) && /^[\u4e00-\u9fa5“”()（）]{2,24}$/.test(lab) && !/结余|结转/.test(lab)) {
			const name = label.replace(/^\d{1,2}\s*[、.．]\s*/, '');
			const parentItem = lp.breakdown === 'total' ? '合计' : lp.item;
			const line: BudgetLine = { flow: lp.flow, breakdown: 'project', item: name, parent: parentItem, scope: 'all', stage: lp.stage, year: lp.year, amount: ctx.money(h.text, unitOf(h.unit), q0, q1, 0.7, 'budget.prose.list') };
			const b: Built = { line, start: q0, sub: true };
			out.push(b);
			prev = b;
			continue;
		}
		// projects listed one a ；-piece after the count of the unit's projects ("我院共有8个支出项目,…。其中,A年初预算数a万元,
		// 年末结算支出b万元,项目资金支出进度比率为100%;B c万元,年末结算支出d万元,…"): each piece's amounts are its project's,
		// the first at the stage its label names (none: the budget, when the piece goes on to what was spent), the rest
		// at theirs (whole-department reports that account for each project in one sentence)
		const inList = listedProject(span, sa, sb, h);
		if (inList) {
			const line: BudgetLine = { flow: 'expenditure', breakdown: 'project', item: inList.name, parent: '项目支出', scope: secScope ?? 'all', stage: inList.stage, year: env.year, amount: ctx.money(h.text, unit, q0, q1, 0.7, 'budget.prose.listed-project') };
			if (inList.stage === 'final') {
				const limit = Math.min(k + 1 < hits.length ? clauseStart(span, hits[k + 1].a) : span.norm.length, sb);
				const ex = pctAfter(span, h.ue, limit, EXEC_RE);
				if (ex) line.execution_rate = ctx.figure(span.text.slice(ex.a, ex.b), '%', q0, span.map[ex.end - 1] + 1, 0.75, 'budget.prose.rate');
			}
			const b: Built = { line, start: q0, sub: true };
			out.push(b);
			prev = b;
			continue;
		}
		// a project's spending by economic item, listed after 主要用于 ("免费开放项目支出N元,主要用于商品和服务支出中办公费支出a元,
		// 维修(护)费b元,对个人和家庭补助的生活补助支出c元,其他资本性支出d元"): each item as written (its 支出 dropped after 费
		// or 补助), a part of the project at its stage (决算 说明 and self-evaluations that break a project's spending down)
		{
			const proj = [...out].reverse().find((o) => o.line.breakdown === 'project' && o.start >= span.map[sa] && o.start < q0);
			const since = proj ? span.norm.slice(sa, ls) : '';
			const named = label.replace(/^(?:主要)?用于/, '').replace(/^[\u4e00-\u9fa5]{2,12}(?:支出)?(?:中|的)(?=[\u4e00-\u9fa5]{2})/, '');
			if (proj && /用于/.test(since + label) && !/[。；;]/.test(since) && /^(?:[\u4e00-\u9fa5()（）]{1,10}费|[\u4e00-\u9fa5]{2,8}补助|其他[\u4e00-\u9fa5]{2,10}支出)(?:支出)?$/.test(named) && !itemOf(named)?.breakdown.match(/nature|source|function/)) {
				const item = named.replace(/(?<=费|补助)支出$/, '');
				const line: BudgetLine = { flow: proj.line.flow, breakdown: 'economic', item, parent: proj.line.item, scope: proj.line.scope, stage: proj.line.stage, year: proj.line.year, amount: ctx.money(h.text, unit, q0, q1, 0.7, 'budget.prose.project-economic') };
				const b: Built = { line, start: q0, sub: true };
				out.push(b);
				prev = b;
				continue;
			}
		}
		// the costs of the works a fund paid, listed after 其中 ("…资金总计N万元,其中A一期治理工程监理费a万元,建设用地测绘费
		// b万元;B河段治理工程监理费c万元,…"): each a cost of the works its group names first, at the sum's stage (project
		// and fund evaluations that account for the money by works and by kind of cost)
		{
			const named = partName(label.replace(/^其中[:：,，]?/, ''));
			const w = named.match(WORKS_COST);
			const sum = [...out].reverse().find((o) => o.line.breakdown === 'total' && o.start >= span.map[sa] && o.start < q0);
			const same = !w && /^[\u4e00-\u9fa5]{2,10}费$/.test(named) && prev?.line.breakdown === 'cost' && !!prev.line.parent && prev.start >= span.map[sa] ? prev : undefined;
			const own = w && (sum || (prev?.line.breakdown === 'cost' && prev.start >= span.map[sentenceBounds(span, Math.max(0, sa - 1))[0]])) ? (sum ?? prev) : same;
			if (own && (w || same)) {
				const line: BudgetLine = { flow: own.line.flow, breakdown: 'cost', item: w ? w[2] : named, parent: w ? w[1] : own.line.parent, scope: own.line.scope, stage: own.line.stage, year: own.line.year, amount: ctx.money(h.text, unit, q0, q1, 0.7, 'budget.prose.works-cost') };
				const b: Built = { line, start: q0, sub: true };
				out.push(b);
				prev = b;
				continue;
			}
		}
		// a numbered project of a report on several projects ("2、XX专项资金项目:预算20万元,
		// 全年实际支付20万元,使用率100%"): its amounts are that project's
		const here = projectAt(span.norm, h.a);
		if (here) state.project = here;
		// a later paragraph of the same project ("共支出成本35.3万元") before any other item
		const proj = here ?? (state.project && !/其中|包括/.test(lab) && !itemOf(label) ? state.project : undefined);
		if (proj && !itemOf(label)) {
			// (the item's own name, "高中教育支出", says nothing of the stage; nor does the fund's way of
			// being pooled, "统筹整合使用财政涉农资金N万元", which is the money allocated)
			const said = label.split(proj).join('').replace(/(?:统筹)?整合使用|统筹使用/g, '');
			// (a sum with no word of its stage, followed by what was paid of it, "…经费N万元,已于本年度支出N万元":
			// the budget)
			const paidLater = new RegExp(String.raw`^[^。]{0,30}?(?:已|于)(?:本年度|本年)?(?:拨付|支付|支出|使用)\s*${NUM}\s*${MONEY_UNIT}`).test(span.norm.slice(h.ue));
			const stage: Stage = /支付|支出|使用|执行|完成|决算|实际/.test(said) ? 'final' : /预算|安排|计划|批复|下达|合计|共计|整合|统筹/.test(lab) || paidLater ? 'budget' : 'final';
			// the project's own amount stated first in the sentence, for the parts and receipts after it
			const own = [...out].reverse().find((b) => b.start >= span.map[sa] && b.line.breakdown === 'project' && b.line.item === proj && b.line.flow === 'expenditure');
			// "X项目:下达N万元,其中:A补贴a万元,B补贴b万元": the project's parts (cost items of the project,
			// at its stage); a word of paying, receiving or spending makes the amount no part
			const partLabel = partName(label);
			if (here && own && /其中/.test(sinceSentence + label) && /^[\u4e00-\u9fa5“”()（）]{2,24}$/.test(partLabel) && !/到位|拨付|支付|使用|执行|下达|结余|结转|安排|合计|共计|资金$/.test(partLabel)) {
				const line: BudgetLine = { flow: 'expenditure', breakdown: 'cost', item: partLabel, parent: proj, scope: own.line.scope, stage: own.line.stage, year: env.year, amount: ctx.money(h.text, unit, q0, q1, 0.7, 'budget.prose.project-part') };
				out.push({ line, start: q0, sub: true });
				continue;
			}
			// "到位资金N万元" of the project: what it received in the year
			if (here && FUNDS_IN.test(lab)) {
				const line: BudgetLine = { flow: 'income', breakdown: 'project', item: proj, scope: secScope ?? 'all', stage: 'final', year: env.year, amount: ctx.money(h.text, unit, q0, q1, 0.7, 'budget.prose.project-received') };
				out.push({ line, start: q0, sub: true });
				continue;
			}
			// a functional class named as the item (学前教育支出) is one; anything else a project
			const fn = itemOf(proj);
			// (款/项 subjects of the 功能分类 read as such: X管理事务支出, 行政运行, 事业运行, 机关服务)
			const breakdown = fn?.breakdown === 'function' || /事务支出$|^(?:行政|事业)运行(?:支出)?$|^机关服务(?:支出)?$/.test(proj) ? 'function' : 'project';
			const line: BudgetLine = { flow: 'expenditure', breakdown, item: proj, parent: '项目支出', scope: secScope ?? 'all', stage, year: env.year, amount: ctx.money(h.text, unit, q0, q1, 0.75, 'budget.prose.project') };
			const limit = Math.min(k + 1 < hits.length ? clauseStart(span, hits[k + 1].a) : span.norm.length, sentenceBounds(span, h.ue)[1]);
			const ex = pctAfter(span, h.ue, limit, EXEC_RE);
			if (ex) line.execution_rate = ctx.figure(span.text.slice(ex.a, ex.b), '%', q0, span.map[ex.end - 1] + 1, 0.8, 'budget.prose.rate');
			out.push({ line, start: q0, sub: true });
			continue;
		}
		// money of the 政府性基金 or 国有资本经营 budget ("政府性基金预算财政拨款本年收入N万元"): a scope the
		// record does not keep apart, so not read (it is neither 一般公共预算 nor all 财政拨款)
		// (a bare "本年支出N万元" after such an income in the paragraph is of the same budget)
		const bare = /^[;；,，]?(本年)?(收入|支出)(合计)?(为)?$/.test(lab);
		if (bare && namedScope === 'fund') {
			skippedIn = sa;
			ctx.unread.push({ kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '这是政府性基金或国有资本经营预算的收支，记录不单列这一口径' });
			continue;
		}
		if (/(政府性基金|国有资本经营)(预算)?(财政拨款)?(本年)?(收入|支出)?$/.test(span.norm.slice(Math.max(sa, ls - 30), h.a).replace(/\s+/g, '').replace(/本年(收入|支出)$|(收入|支出)$/, '')) || /^(政府性基金|国有资本经营)/.test(lab)) {
			namedScope = 'fund';
			skippedIn = sa;
			ctx.unread.push({ kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '这是政府性基金或国有资本经营预算的收支，记录不单列这一口径' });
			continue;
		}
		// the 总计 of a 决算's income and spending ("2024年度收、支总计均为N万元", "收支总计(含结转和结余)N
		// 万元"): the year's money plus the balances carried over, neither the year's income nor its
		// spending (the 收入支出决算总表's 总计 row)
		// (also "收入总计N万元,其中:本年收入合计…,年初结转和结余…", and a change of "收入支出总体")
		const sinceS = span.norm.slice(sa, h.a).replace(/\s+/g, '');
		// (also "总收入N万元,其中本年收入…" and the two 总计 stated together and equal, "收入总计N万元,支出总计N
		// 万元": the 总计 row of the 收入支出决算总表 always balances, the year's income and spending need not;
		// 决算 说明 of Guangxi, Chongqing and other provinces)
		const afterS = span.norm.slice(h.ue, sb);
		// (the unit named before it too, "2018年度本单位收入总计N万元,支出总计N万元")
		const twin = /^(?:本年度?|\d{4}年度?|本单位|本部门|我单位|我局|我院)*(收入|支出)总计$/.test(lab) && [...span.norm.slice(sa, sb).matchAll(new RegExp(String.raw`(收入|支出)总计(?:为|是)?\s*(${NUM})\s*(万元|元|亿元|万)`, 'g'))].some((m) => !label.endsWith(m[1] + '总计') && plain(m[2]) === plain(h.text) && unitOf(m[3]) === unitOf(h.unit));
		// ("总收入N万元,其中本年收入M万元": the 本年 part named after it makes N the 总计)
		const grand = (/(收入|支出)总计$/.test(lab) && /本年(收入|支出)合计|结转(和|及)?结余/.test(afterS)) || (/^(?:本单位|本部门|本年度?|\d{4}年度?)*总(收入|支出)$/.test(label.replace(/^[(（][一二三四五六七八九十]{1,3}[)）]/, '')) && /^[^。；;]{0,4}其中[:：]?本年(收入|支出)/.test(afterS)) || twin;
		// (also "全年实际收入N万元,其中财政拨款收入A万元,上年结转结余B万元": income with the balance carried over
		// among its parts is the 总计, not the year's income; whole-department evaluation reports of Zhejiang
		// and other provinces)
		const withBalance = /^(?:全年|本年度?|年度|\d{4}年度?)?(?:实际)?(?:总)?收入(?:合计|总额|总计)?(?:为|是)?$/.test(lab) && /^[^。；;]{0,4}其中[^。；;]*(?:上年|年初)结转(?:和|及)?结余/.test(afterS);
		if (/(收[、和与及]?支|收入[、和与及]?支出)(总计|合计|总体)/.test(sinceS) || grand || withBalance) {
			skippedIn = sa;
			ctx.unread.push({ kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '这是收支总计（含上年结转结余），不是本年收入或本年支出' });
			continue;
		}
		// the money due to arrive ("应到位N万元,实际到位M万元,到位率R%"): the fund's budget, not money received
		// (transfer-fund self-evaluations that state 应到位 beside 实际到位)
		if (/应到位(资金)?$/.test(lab)) {
			const line: BudgetLine = { flow: 'expenditure', breakdown: 'total', item: '合计', scope: secScope ?? 'all', stage: 'budget', year: env.year, amount: ctx.money(h.text, unit, q0, q1, 0.75, 'budget.prose.due') };
			const b: Built = { line, start: q0, sub: false };
			out.push(b);
			prev = b;
			continue;
		}
		// funds received (实际到位资金, 资金已全部到位): income of the year
		// (not in a target table's indicator row, where it is a target: see below)
		if (FUNDS_IN.test(lab) && (env.kind === 'project_target_table' || env.kind === 'target_table') && /^[^。；;]{0,20}(?:率|比例)\s*(?:[=≥≤>]|[:：])?\s*\d/.test(span.norm.slice(h.ue, h.ue + 30))) {
			ctx.unread.push({ kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '这是目标表中一项指标的目标值，不是预算数' });
			continue;
		}
		// a level named with the verb that sent its money and nothing else ("…,中央拨付N万元", "自治区下达M万元"): that
		// level's allocation (transfer-payment reports that list each level's share of a fund)
		// (and the fund named after the verb, "中央财政下达专项转移支付资金N万元": that level's fund, named by level and fund)
		const lvVerb = partName(label).replace(/^(?:其中|另外|此外)[:：,，]?/, '').match(/^((?:中央|省|省级|自治区|市|市级|州|州级|县|县级|区|区级|盟市|旗县级?)(?:财政)?)(?:拨付|下达|下拨)(?:资金|((?:专项)?(?:转移支付|补助)资金))?$/);
		if (lvVerb) {
			const line: BudgetLine = { flow: 'expenditure', breakdown: 'budget_level', item: lvVerb[2] ? lvVerb[1].replace(/财政$/, '') + lvVerb[2] : lvVerb[1], scope: /财政/.test(lvVerb[1]) ? 'fiscal' : 'all', stage: 'budget', year: env.year, amount: ctx.money(h.text, unit, q0, q1, 0.75, 'budget.prose.level-verb') };
			const b: Built = { line, start: q0, sub: true };
			out.push(b);
			prev = b;
			continue;
		}
		// money received from a level that sent it ("2023年收到中央下达X补助资金N万元,自治区下达…"): that level's
		// allocation, not the year's sum received (transfer-payment self-evaluation reports)
		const fromLevel = FUNDS_IN.test(lab) ? label.match(/收到(中央|省级?|自治区|市级?|州级?|县级?|区级?|上级)(?:财政)?(?:下达|拨付|下拨)/) : null;
		if (fromLevel) {
			const line: BudgetLine = { flow: 'expenditure', breakdown: 'budget_level', item: fromLevel[1], scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(h.text, unit, q0, q1, 0.75, 'budget.prose.received-level') };
			const b: Built = { line, start: q0, sub: true };
			out.push(b);
			prev = b;
			continue;
		}
		if (FUNDS_IN.test(lab)) {
			// (the project's money, stated before as 财政资金 and of one scope only: the same money received)
			const totals = new Set(out.filter((b) => b.line.flow === 'expenditure' && b.line.breakdown === 'total').map((b) => b.line.scope));
			const sameMoney = totals.size === 1 && /^project/.test(env.kind) && !scopeOf(label) ? [...totals][0] : undefined;
			const line: BudgetLine = { flow: 'income', breakdown: 'total', item: '合计', scope: secScope ?? sameMoney ?? 'all', stage: 'final', year: env.year, amount: ctx.money(h.text, unit, q0, q1, 0.8, 'budget.prose.received') };
			const b: Built = { line, start: q0, sub: false };
			out.push(b);
			// (the sum received that opens its parts, "收到财政资金共N万元,其中:中央资金A万元,地方资金B万元": the head of
			// the levels after it)
			if (/^\s*[,，;；]?\s*其中/.test(span.norm.slice(h.ue, h.ue + 6)) && !opensParts(sinceSentence)) {
				head = b;
				prev = b;
			}
			continue;
		}
		// the parts of a sum spent, named by the level of government whose money each is and the verb of spending
		// ("实际执行N万元,…其中中央补助X经费执行A万元,省级财政配套资金执行B万元"): each level's spending, named as
		// written, never a second total (project self-evaluation reports of transfer funds in prose; the 其中 may open
		// the sentence after the sum's)
		// (also with no verb, at the sum's stage, "…经费预算N万元。其中,中央转移支付资金A万元,省级配套资金B万元", where the
		// level's name is not one the level rule below reads)
		const spentPart = partName(label).match(/^((?:中央|省级|省|自治区|市级|州级|县级|区级|本级)[\u4e00-\u9fa5]{0,12}(?:资金|经费))(执行|支付|使用|支出)?$/);
		if (spentPart && (spentPart[2] || !LEVEL_ITEM.test(partName(label))) && head && head.line.breakdown === 'total' && head.line.flow === 'expenditure' && (spentPart[2] ? head.line.stage === 'final' : ['budget', 'final'].includes(head.line.stage)) && (head.start >= span.map[sa] || /^\s*其中/.test(span.norm.slice(sa))) && /其中/.test(sinceSentence + label)) {
			const line: BudgetLine = { flow: 'expenditure', breakdown: 'budget_level', item: spentPart[1], scope: head.line.scope, stage: head.line.stage, year: head.line.year, amount: ctx.money(h.text, unit, q0, q1, 0.75, 'budget.prose.level-spent') };
			const b: Built = { line, start: q0, sub: true };
			out.push(b);
			prev = b;
			continue;
		}
		// funds by budget level: 上级资金 / 本级 / 中央 / 省级 / 市级 / 县级 (财政)资金
		// (a part named after the notices that sent it, "其中:依据《…》(X〔2020〕N号)下达中央财政资金A万元": the level
		// after the verb)
		let lvlFrom = q0;
		let lvlLabel = label.replace(/[(（]$/, '');
		if (head && /其中/.test(sinceSentence + label)) {
			const verb = [...span.norm.slice(ls, h.a).matchAll(/(?:下达|拨付|下拨)(?=\s*(?:中央|省|市|州|县|区|自治区|本级|上级))/g)].pop();
			if (verb) {
				lvlFrom = span.map[ls + verb.index!];
				lvlLabel = span.norm.slice(ls + verb.index! + verb[0].length, h.a).replace(/\s+/g, '');
			}
		}
		// (a level's money named before a form's column, "其中中央财政资金全年预算数N万元,全年执行数M万元,…;地方财政资金
		// 全年预算数…": the rows of a 项目支出绩效自评表 restated as prose, Anhui's and other provinces' transfer reports)
		const colWord = /(?:全年|年初|调整后?|年度)?(?:预算|执行|决算)(?:数|金额)?(?:为|是)?$/;
		const lvl = lvlLabel.match(LEVEL_ITEM) ?? lvlLabel.replace(colWord, '').match(LEVEL_ITEM) ?? (head || prev?.line.breakdown === 'budget_level' ? label.match(SHARE_ITEM) : null) ?? label.match(MATCHING_ITEM);
		if (lvl && (head || /其中|分别/.test(sinceSentence) || prev?.line.breakdown === 'budget_level' || MATCHING_ITEM.test(lab))) {
			const stage = stageOf(label) ?? head?.line.stage ?? 'budget';
			const line: BudgetLine = { flow: head?.line.flow ?? 'expenditure', breakdown: 'budget_level', item: lvl[1], scope: secScope ?? (/财政/.test(lvl[1]) || SHARE_ITEM.test(lab) || MATCHING_ITEM.test(lab) ? 'fiscal' : 'all'), stage, year: env.year, amount: ctx.money(h.text, unit, lvlFrom, q1, 0.75, 'budget.prose.level') };
			const b: Built = { line, start: q0, sub: true };
			out.push(b);
			prev = b;
			// "…配套N万元，全部到位并使用完毕，执行率100%": the same money received and spent
			out.push(...fundsDone(ctx, span, h, q0, line));
			continue;
		}

		// the next column of the same row ("…中央财政资金全年预算数A万元,全年执行数B万元"): the same level's money at
		// that column's stage
		if (prev && (prev.line.breakdown === 'budget_level' || prev.line.breakdown === 'source') && prev.start >= span.map[sa] && (/^[,，]?(?:全年|年初|调整后?)(?:预算|执行|决算)(?:数|金额)?(?:为|是)?$/.test(lab) || (prev.line.breakdown === 'budget_level' && /^[,，]?(?:全年)?实际支出(?:数|金额)?(?:为|是)?$/.test(lab))) && stageOf(label)) {
			const line: BudgetLine = { ...prev.line, stage: stageOf(label)!, amount: ctx.money(h.text, unit, q0, q1, 0.75, 'budget.prose.level-column') };
			delete (line as { execution_rate?: unknown }).execution_rate;
			delete (line as { change?: unknown }).change;
			// (its rate after it, "全年执行数B万元,当前预算执行率R%")
			const rate = line.stage === 'final' ? span.norm.slice(h.ue, sb).match(new RegExp(String.raw`^[,，]?\s*(?:当前)?(?:预算)?执行率(?:为|达)?\s*(${NUM})\s*%`)) : null;
			if (rate) {
				const ra = h.ue + rate.index! + rate[0].lastIndexOf(rate[1]);
				line.execution_rate = ctx.figure(span.text.slice(ra, ra + rate[1].length), '%', q0, span.map[h.ue + rate[0].length - 1] + 1, 0.75, 'budget.prose.level-column.rate');
			}
			const b: Built = { line, start: q0, sub: true };
			out.push(b);
			prev = b;
			continue;
		}
		// "项目支出N万元。其中:财政拨款项目支出A万元,其他项目支出B万元": the project spending by source
		const srcPart = label.replace(/^(其中)?[:：]?/, '').match(/^(财政拨款|其他)项目支出$/);
		if (srcPart && head && head.line.item === '项目支出') {
			const fiscal = srcPart[1] === '财政拨款';
			const line: BudgetLine = { flow: 'expenditure', breakdown: 'source', item: fiscal ? '财政拨款支出' : '其他支出', parent: '项目支出', scope: fiscal ? 'fiscal' : 'other', stage: head.line.stage, year: head.line.year, amount: ctx.money(h.text, unitOf(h.unit), q0, q1, 0.8, 'budget.prose.source-part') };
			const b: Built = { line, start: q0, sub: true };
			out.push(b);
			prev = b;
			continue;
		}
		let flow: Flow;
		let breakdown: BudgetLine['breakdown'] = 'total';
		let item = '合计';
		let parent: string | undefined;
		let def: ItemDef | undefined;
		/** money said to be passed on to another body: what was allocated */
		let passedOn = false;
		/** a fund's spending in all ("共支付X资金N万元") */
		let paidAll = false;
		/** the money a notice allotted, whose number in brackets may leave a bracket open before the label */
		let noticeSum = false;
		// (a list of parts whose items a ；separates, "项目支出N万元,其中:A a万元;B b万元;C c万元。": each item after a ；
		// that is a bare name and its amount goes on the list the part before it is on — 决算 说明 and whole-department
		// reports that list a nature line's projects or a fund's uses)
		const onList = !!head && !!prev && prev.sub && !sinceSentence && sa > 0 && /[；;]/.test(span.norm[sa - 1]) && prev.start >= span.map[sentenceBounds(span, sa - 1)[0]] && prev.start >= head.start && /^[\u4e00-\u9fa5“”"()（）]{2,24}$/.test(lab) && !stageOf(lab);
		const isSub = opensParts(sinceSentence) || onList || (!!head && (/^(其中|包括)/.test(sinceSentence) || /^(其中|包括)/.test(lab)));
		// "项目支出包括委员活动经费36.3万元": a part named after the line it belongs to
		const inc = label.match(/^(.*?)(?:主要包括|包括|主要为|主要是|分别为|分别是)[:：]?(.+)$/);
		const incParent = inc && !itemOf(inc[2]) ? itemOf(inc[1]) : undefined;
		if (inc && incParent && /(经费|资金|补助|项目|费)$/.test(inc[2])) {
			const line: BudgetLine = { flow: incParent.flow ?? 'expenditure', breakdown: 'project', item: inc[2], parent: incParent.item, scope: secScope ?? 'all', stage: stageOf(label) ?? plannedStage(env), year: env.year, amount: ctx.money(h.text, unit, q0, q1, 0.75, 'budget.prose.part') };
			const b: Built = { line, start: q0, sub: true };
			out.push(b);
			prev = b;
			continue;
		}
		// a functional class named down to its 款 or 项 ("X支出(类)Y(款)Z(项)支出N万元", 决算 说明 that
		// explain spending by 功能分类 subject): the amount is the deepest level's, named as written
		const LEVELS = /(?:^|[^\u4e00-\u9fa5])?([\u4e00-\u9fa5]{2,12})?[(（]类[)）]([\u4e00-\u9fa5]{2,20})[(（]款[)）](?:([\u4e00-\u9fa5]{2,20})[(（]项[)）])?(?:支出)?$/;
		// (also the subject named before a colon and the amount after a bare stage word, "1.X(类)Y(款)Z(项): 支出决算为N万元,
		// 完成预算R%": the 决算 说明's explanation of each subject, one numbered paragraph each)
		const colonAt = /^(?:支出)?(?:决算|预算)?(?:数)?(?:为|是)?$/.test(lab) ? span.norm.slice(0, ls).search(/[:：]\s*$/) : -1;
		const subjectLabel = colonAt > 0 ? span.norm.slice(clauseStart(span, colonAt), colonAt).replace(/\s+/g, '').replace(/^\d{1,2}[、.．]/, '') : '';
		const level = label.match(LEVELS) ?? (subjectLabel ? subjectLabel.match(LEVELS) : null);
		if (level) {
			flow = 'expenditure';
			breakdown = 'function';
			item = level[3] ?? level[2];
			// (the 类 named with its 款: the class the subject belongs to, where it is one of the 功能分类's)
			const cls = level[1] ? itemOf(level[1] + '支出') : undefined;
			if (cls?.breakdown === 'function' && colonAt > 0) parent = cls.item;
		} else if (OPENING_RE.test(lab)) flow = 'opening_balance';
		else if (CLOSING_RE.test(lab)) flow = 'closing_balance';
		// what is left of money just said to be spent, in its sentence ("资金已使用N万元,结余M万元"): the
		// balance at the year's end (project self-evaluation reports of Yunnan and other provinces)
		else if (/^(资金)?(结余|剩余|结转结余|结余结转)$/.test(lab) && prev && prev.line.flow === 'expenditure' && prev.line.stage === 'final' && prev.start >= span.map[sa]) flow = 'closing_balance';
		else {
			// "X运行及人员经费(…)项目预算合计为N万元": the budget of a project whose name holds an item's word
			// (人员经费, 公用经费) is the project's total, not that item (project evaluation reports in prose)
			// (also in a third party's evaluation of the project)
			// (not the money said right after it to have arrived, "该项目资金N万元转移支付资金全部及时拨付到位": received)
			const projTotal = /^project|^external/.test(env.kind) && /[\u4e00-\u9fa5)）]项目(?:预算|资金)(?:合计|总额|总计|共计)?(?:为|是)?$/.test(lab) && !/^\s*[\u4e00-\u9fa5]{0,8}(?:资金|经费)(?:已|均已)?(?:全部|全额)?(?:及时)?(?:拨付)?到位/.test(span.norm.slice(h.ue, h.ue + 20));
			def = projTotal ? undefined : itemOf(label);
			// "部门预算项目支出N万元": project spending of a named kind is a part of its own, not the
			// nature class 项目支出 (Sichuan project reports: 部门预算项目支出 beside 专项预算支出)
			const named = partName(label);
			const qual = def?.item === '项目支出' && named.endsWith('项目支出') ? named.slice(0, -'项目支出'.length) : '';
			// a named part of the nature line 项目支出 ("项目支出N万元,其中:案件审理A万元;专项整治B万元"): a project of it, at its
			// stage (决算 说明 and whole-department reports that list the projects the spending went to)
			const projPart = isSub && head?.line.breakdown === 'nature' && head.line.item === '项目支出' && head.start >= span.map[0] && !def && /^[\u4e00-\u9fa5“”"()（）]{2,24}$/.test(named) && !stageOf(named) && !/合计|总计|共计|收入|结余|结转|到位|拨付|支付|使用|下达|安排|预算|决算|财政|资金$/.test(named);
			if (projTotal) {
				flow = 'expenditure';
			} else if (projPart) {
				breakdown = 'project';
				item = named;
				parent = '项目支出';
				flow = head!.line.flow;
			} else if (qual && /^[\u4e00-\u9fa5]{2,8}$/.test(qual) && !/^(?:本年度?|当年|年度|全年)?(?:一般公共预算|财政拨款|政府性基金预算?|国有资本经营预算?|年初预算|调整后?预算|全年预算|年初|调整后?|决算|预算|实际|合计|本级|部门|单位|本单位|本部门)?$/.test(qual)) {
				def = undefined;
				breakdown = 'project';
				item = named;
				flow = 'expenditure';
			} else if (def) {
				breakdown = def.breakdown;
				item = def.item;
				parent = def.parent;
				flow = def.flow ?? lastFlow(before + label) ?? sectionFlow(ctx, lineNo) ?? 'expenditure';
			} else if (isSub && head?.line.breakdown === 'total' && head.line.flow === 'expenditure' && /^其[他它]资金$/.test(partName(label)) && prev?.line.breakdown === 'budget_level' && /财政/.test(prev.line.item) && prev.start >= head.start) {
				// "总投资N万元,其中:县级财政衔接资金A万元,其他资金B万元": the money not from the budget named before it (after
				// levels of all money, "中央资金A万元,地方资金B万元,其他资金C万元", it is one more level, as before)
				breakdown = 'source';
				item = '其他支出';
				flow = 'expenditure';
				def = { re: /其他资金/, item: '其他支出', breakdown: 'source', flow: 'expenditure', ownScope: 'other' };
			} else if (isSub && head?.line.breakdown === 'total' && /^[\u4e00-\u9fa5]{2,10}(支出|资金)$/.test(partName(label)) && !/^(本年|年度|全年|当年|预算|决算)*(支出|收入|资金)(合计|总计)?$/.test(partName(label))) {
				// "总预算X万元，其中…专项预算支出Y万元": a named part of the total, not a total
				breakdown = 'project';
				item = partName(label);
				flow = head.line.flow;
			} else if (env.kind === 'project_target_table' && /^其[他它](资金)?$/.test(partName(label))) {
				// the last part of a project's 资金构成 ("一、财政拨款…二、自有资金…三、其他:N万元")
				breakdown = 'source';
				item = '其他支出';
				flow = 'expenditure';
			} else if (/^(本)?项目(共|总)?(申请|安排|下达|批复|完成|使用|支出|支付|执行)(预算)?资金$/.test(lab)) {
				// "本项目共申请预算资金N万元", "本项目共完成预算资金N万元": the project's total (project
				// self-evaluation tables whose 年度总体目标 cell is prose)
				flow = 'expenditure';
			} else if ((isSub || prev?.line.breakdown === 'cost') && head && /^\s*用于[\u4e00-\u9fa5]/.test(span.norm.slice(h.ue, h.ue + 4))) {
				// "其中：N万元用于某工程审计；…": a cost part of the total before it
				breakdown = 'cost';
				item = span.norm.slice(h.ue).match(/^\s*用于([^;；。，,\s]{2,30})/)![1];
				flow = head.line.flow;
			} else if (/^[,，]?(?:其中[:：]?)?[\u4e00-\u9fa5“”"]{2,20}项目(?:总投资|总预算|投资|预算)(?:额)?(?:为|是)?$/.test(lab) && !/^[,，]?(?:其中[:：]?)?(?:本|该|此|全部|整个|各|这)/.test(lab) && out.some((o) => o.line.breakdown === 'total' && o.line.flow === 'expenditure' && o.start >= span.map[0] && o.start < q0 && o.line.amount.wan > toWan(h.text, unit) + 0.001)) {
				// "项目总投资N万元,…。其中X项目总投资A万元,Y项目总投资B万元": the projects the total is made of (project and
				// linkage-fund reports that name the works a sum pays for)
				breakdown = 'project';
				item = lab.replace(/^[,，]?(?:其中[:：]?)?/, '').replace(/(?:总投资|总预算|投资|预算)(?:额)?(?:为|是)?$/, '');
				parent = '项目支出';
				flow = 'expenditure';
			} else if (/^(共计|合计|总计|共)$/.test(lab) && !isSub) {
				// "按生均1000元安排，共计239万元": the sum of what the sentence describes
				flow = lastFlow(sinceSentence) ?? sectionFlow(ctx, lineNo) ?? 'expenditure';
			} else if (TOTAL_RE.test(lab)) {
				flow = lastFlow(label) ?? lastFlow(before) ?? sectionFlow(ctx, lineNo) ?? 'expenditure';
			} else if (/^(市|县|区|省|州|上级)?财政(局)?(下达|拨付|拨入|拨)[\u4e00-\u9fa5]{0,30}(经费|资金)$/.test(lab)) {
				// "市财政下达市交通运输局X工程建设经费N万元": money the department received (project prose)
				flow = 'income';
			} else if (/^(?:目前|截至目前|截止目前)?(?:\d{4}年度?)?(?:共|累计)(?:支付|拨付)(?:[\u4e00-\u9fa5]{2,20})?(?:资金|经费|公益金)$/.test(lab) && /^project/.test(env.kind) && !isSub) {
				// "2023年共支付X资金N万元,其中支付A项目a万元、…", "目前共支付资金N万元": what the fund paid out in the year, in all
				// (fund and transfer-payment self-evaluation reports in prose)
				flow = 'expenditure';
				paidAll = true;
			} else if (/^project/.test(env.kind) && !head && /(?:文件|通知)[^，,。；;]{0,6}(?:规定|明确|确定)?[^，,。；;]{0,4}(?:补助|补贴)(?:资金)?(?:金额|总额)(?:为|是)?$/.test(lab)) {
				// "…的通知》(X〔2022〕N号)文件规定补助金额为N万元": the money the notice allotted, the fund's budget
				// (transfer-payment self-evaluation reports)
				flow = 'expenditure';
				passedOn = true;
			} else if (/下达[\u4e00-\u9fa5]{2,40}(资金|经费|公益金)$/.test(label.replace(/[(（][\u4e00-\u9fa5]{2,30}[)）]$/, '')) && (/^project/.test(env.kind) || /^(本|该)项目/.test(lab)) && !/到位|拨付|收到/.test(lab)) {
				// "X文件下达某医院Y项目补助资金N万元", "本项目2020年下达直达资金N万元": the money a notice gave the
				// project, its budget (project self-evaluation reports in prose)
				// (also with the fund named in brackets after it, "下达X区中央转移支付资金(Y补助资金)N万元")
				flow = 'expenditure';
			} else if (/(?:资金|经费)(?:共|累计|合计)?(?:下达|拨付|下拨|分配)(?:给)?(?:我校|我局|我院|我委|我单位|本单位|本局|我县|我市|我区|我镇|我中心)$/.test(lab) && !isSub) {
				// "X补助资金下达我区N万元(文号)": the money a notice sent the unit, the fund's budget (fund use reports
				// and transfer-fund self-evaluations)
				flow = 'expenditure';
				passedOn = true;
			} else if (/(?:[〔\[(（]\d{4}[〕\])）]|\d{4}年)\d{1,4}号\s*[)）]?\s*文件(?:拨付|下达|安排|下拨)(?:项目)?(?:资金|经费)$/.test(span.norm.slice(sa, h.a).replace(/\s+/g, '')) && /^project/.test(env.kind) && !/其中|包括/.test(sinceSentence)) {
				// (the notice's number in brackets before the label is no part opened)
				// "X财政局…以(X财〔2021〕19号)文件拨付资金N万元": the money a notice allotted the project, its budget
				// (project self-evaluation reports in prose of Yunnan and other provinces)
				flow = 'expenditure';
				passedOn = true;
				noticeSum = true;
			} else if (/^(?:\d{4}年度?)?(?:共|累计)?投入[\u4e00-\u9fa5()（）]{2,30}?(?:经费|资金)预算$/.test(lab) && /^project/.test(env.kind) && !isSub) {
				// "2022年共投入X补助经费预算N万元": the fund's budget (project self-evaluation reports in prose)
				flow = 'expenditure';
				passedOn = true;
			} else if (/^(?:共|累计)?争取(?:到)?[\u4e00-\u9fa5]{0,10}(?:资金|经费)(?:共计|合计)?$/.test(lab) && /^project/.test(env.kind) && !isSub) {
				// "新增地方政府专项债券项目N个,争取债券资金N亿元": the money secured for the projects, their budget (bond-funded
				// project evaluation notices and project self-evaluations)
				flow = 'expenditure';
				passedOn = true;
			} else if (/(资金|经费)(共|累计|合计)?(下达|批复)$/.test(lab) || (/(资金|经费)$/.test(lab) && /^\s*[,，]?\s*(已)?(全部|全额)?[^。；;，,]{0,10}(下达|拨付)给/.test(span.norm.slice(h.ue, h.ue + 24)))) {
				// "2022年衔接资金共下达N万元", "…补助资金N万元,全部在规定时限内及时下达拨付给区主管部门": money
				// allocated to the project or passed on, its budget (linkage and transfer fund self-evaluations)
				flow = 'expenditure';
				if (!/下达|批复/.test(lab)) passedOn = true;
			} else if (TRANSFER_STAGE.test(lab) || (/(经费|资金)$/.test(lab) && EXECUTED.test(span.norm.slice(h.ue, h.ue + 10)))) {
				// a transfer payment's money by its step (the self-evaluations of 转移支付 projects, every
				// province): "预拨资金N万元" / "提前下达资金" before the year (its 年初 budget), "清算资金N万元分配
				// 到位" after the year-end assessment (an addition), "资金N万元全部执行到位" (what was spent)
				flow = 'expenditure';
			} else if ((/(经费|资金)$/.test(lab) && /^\s*(目前)?(已|均已)?(全部|全额)?(拨付)?到位|^\s*(目前)?(已|均已)(全部|全额)?拨付|^\s*[\u4e00-\u9fa5]{0,8}(?:资金|经费)(?:已|均已)?(?:全部|全额)?(?:及时)?(?:拨付)?到位/.test(span.norm.slice(h.ue, h.ue + 20))) || (!label && /^project/.test(env.kind) && /^\s*(?:资金|经费)(?:已|均已)?(?:全部|全额)?(?:拨付)?到位/.test(span.norm.slice(h.ue, h.ue + 14)))) {
				// (also an amount that opens its sentence, "N万元资金全部拨付到位,资金到位率100%", and the fund named again after
				// the amount, "该项目资金N万元转移支付资金全部及时拨付到位")
				// "乡村振兴衔接资金N万元目前已全部拨付", "…资金N万元已全部到位": funds received in the year
				flow = 'income';
			} else if (/总额|总金额|总投资|计划投资|批复投资|资金总计|资金共计?$|项目资金$|^(?:本项目|该项目|项目)?(?:共需|总需|共计需要?)(?:资金|投入|投资)$/.test(lab) || SPENT_LABEL.test(lab) || (/^project/.test(env.kind) && /安排(专项)?(资金|经费)$|(已|累计)(拨付|支付)[\u4e00-\u9fa5]{0,3}(款|资金|经费)$/.test(lab))) {
				// (a project report's "区财政…安排资金700万元" and "已拨付工程款700万元": its budget and its spending)
				// project prose: "项目财政资金总额X万元", "计划投资X万元", "项目资金共X万元", "拨付使用Y万元"
				flow = 'expenditure';
				// one batch or phase of the project ("一批项目县级批复总投资N万元", "二期工程总投资N万元"):
				// a part of its cost, not a total of its own
				const batch = label.match(/^(第?[一二三四五六七八九十\d]{1,2}(?:批|期|标段)(?:项目|工程)?)/);
				if (batch && /^project/.test(env.kind)) {
					breakdown = 'cost';
					item = batch[1];
				}
			} else if (/预算(?:经费|资金|价|额)(?:为|是)?$/.test(lab) && !/一般公共预算(?:经费|资金|额)/.test(lab)) {
				// "X项目预算经费为N万元", "列入部门预算经费为N万元", "预算价为N万元": a project's budget (project
				// self-evaluation reports in prose)
				flow = 'expenditure';
			} else if (stageOf(label) && (/预算|资金|项目|经费/.test(lab) || (isSub && head?.line.flow === 'income' && /^(?:调整)?(?:年中)?(?:追加|调减|调增)$/.test(partName(label))))) {
				// "年初批复预算N个项目X万元", "调整预算后项目预算Y万元": the budget of the whole
				// (the stages of an income just stated, "预算收入N万元,其中年初预算A万元,调整追加B万元": that
				// income's, Hunan's whole-department self-evaluations)
				// (a paragraph opened by the flow as a heading run into it, "(一)收入预算。2024年年初预算数N万元,其中…": that flow)
				const leadFlow = span.norm.slice(0, sa).match(/^\s*(?:[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]?)?\s*(收入|支出)(?:预算|决算)?(?:情况)?(?:说明)?\s*[。:：]?\s*$/)?.[1];
				flow = isSub && head?.line.flow === 'income' && head.line.breakdown === 'total' ? 'income' : leadFlow === '收入' ? 'income' : 'expenditure';
			} else if (/^(?:其他资金来源|其他资金)$/.test(lab) && head?.line.flow === 'income' && head.line.breakdown === 'total' && head.start >= span.map[0] && ['budget', 'adjusted', 'initial'].includes(head.line.stage)) {
				// "其他资金来源N万元" beside the budget income of the paragraph: the other money planned
				flow = 'income';
				breakdown = 'source';
				item = '其他收入';
				def = { re: /其他资金来源/, item: '其他收入', breakdown: 'source', flow: 'income', ownScope: 'other' };
			} else if (isSub && head && head.line.breakdown === 'total' && /^(本|该)项目/.test(head.line.amount.quote.replace(/^\s+/, '')) && /^(其中)?[:：]?[\u4e00-\u9fa5]{1,8}(?<!经)费$/.test(lab) && !itemOf(label) && /^[^。；;]*?均已[^。；;]{0,12}(支付|拨付)(到位|完毕)/.test(span.norm.slice(h.ue, sb))) {
				// "本项目下达资金N万元,…其中一类费A万元,二类费B万元,均已支付到位": the project's money by class
				// of cost, paid (project self-evaluation reports in prose)
				breakdown = 'cost';
				item = partName(label);
				flow = head.line.flow;
			} else if (isSub && head && head.line.breakdown === 'total' && head.start >= span.map[sa] && /其中/.test(sinceSentence + label) && /^[\u4e00-\u9fa5]{2,10}(?<!经)费(?:用)?$/.test(partName(label)) && !itemOf(partName(label))) {
				// "拨付资金N万元,其中,直接补助费A万元,…间接费用B万元": fees a total is made of, its costs (project
				// self-evaluation reports in prose; an 经费 is a project's money and left to the rule below)
				breakdown = 'cost';
				item = partName(label);
				flow = head.line.flow;
			} else if (!prev && !isSub && !sinceSentence.replace(/^[(（]?[\d一二三四五六七八九十]{1,2}[)）.、．]?/, '') && /^[\u4e00-\u9fa5“”()（）]{4,40}项目$/.test(partName(label).replace(/^[(（]?[\d一二三四五六七八九十]{1,2}[)）.、．]/, '').replace(/^\d{4}年度?/, '')) && !/^(?:本|该|此)?项目$/.test(partName(label))) {
				// a named project opening its paragraph with its amount ("(2)2023年X专项资金项目N元,主要用于…"): a project of
				// 项目支出 (决算 说明 and whole-department reports that account for each project in a paragraph of its own)
				breakdown = 'project';
				item = partName(label).replace(/^[(（]?[\d一二三四五六七八九十]{1,2}[)）.、．]/, '').replace(/^\d{4}年度?/, '');
				parent = '项目支出';
				flow = 'expenditure';
			} else if (prev && /^(主要为|主要是|其中|包括|分别是|分别为)?.*?(经费|资金|补助|项目|费)$/.test(sinceSentence + label) && /(经费|资金|补助|项目|费)$/.test(lab) && prev.line.breakdown !== 'economic') {
				// 主要为收到…拨付专项工作经费12.5万元: a project of the line before
				breakdown = 'project';
				const parts = label.split(/拨付|收到|用于|安排|下达|取得|支付|主要为|主要是|其中|包括/);
				item = parts[parts.length - 1] || label;
				// a project listed after another project belongs to the same line
				parent = prev.line.breakdown === 'project' ? (prev.line.parent ?? prev.line.item) : prev.line.item;
				flow = prev.line.flow;
			} else {
				ctx.unread.push({ kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '没有认出这笔金额是哪一项收支' });
				continue;
			}
		}
		// a source named without 收入 under a spending total, or in a project's target table ("总额N万元，
		// 财政拨款:N万元(其中…)", its 年度资金总额及构成): the composition of the spending
		if (def?.breakdown === 'source' && flow === 'income' && !/收入/.test(lab) && ((isSub && head?.line.flow === 'expenditure') || env.kind === 'project_target_table')) {
			flow = 'expenditure';
			item = item.replace(/收入$/, '支出');
		}
		// scope: the section's; a source label inside its own section is that section's total
		// (其他收入 named beside the other non-fiscal sources of a 决算's income, 事业收入, 经营收入, 上级补助收入,
		// 附属单位上缴收入, is one of them: the 收入决算表's lines in the prose of 决算 说明)
		const otherSource = def?.item === '其他收入' && flow === 'income' && /事业收入|经营收入|上级补助收入|附属单位上缴收入/.test(span.norm);
		let scope: Scope = secScope ?? def?.ownScope ?? (otherSource ? 'other' : 'all');
		const own = scopeOf(label) ?? (bare && namedScope !== 'fund' ? namedScope : undefined);
		if (scopeOf(label)) namedScope = scopeOf(label);
		if ((flow === 'opening_balance' || flow === 'closing_balance' || breakdown === 'total') && own) scope = own;
		// "其他资金来源N万元": other money, whatever the section
		if (def?.re.source === '其他资金来源') scope = 'other';
		// spending larger than the 一般公共预算 income the section stated is not that money's alone ("二、一般公共
		// 预算支出情况 … 预算收入50万元 … 其他资金来源15万元。…支出62万元,其中基本支出…,结余结转0万元"): all the
		// unit's money, with the parts and the balance its sentence states (Hunan's whole-department reports)
		if (secScope === 'general_public' && !own && scope === 'general_public') {
			const wanHere = toWan(h.text, unit);
			// (only where the section names the other money too: a balance carried over can make 一般公共预算 spending
			// larger than its year's income)
			if (flow === 'expenditure' && breakdown === 'total' && !isSub && out.some((o) => o.line.flow === 'income' && o.line.scope === 'other' && o.line.year === env.year) && out.some((o) => o.line.flow === 'income' && o.line.breakdown === 'total' && o.line.scope === 'general_public' && o.line.year === env.year && ['budget', 'adjusted'].includes(o.line.stage) && o.line.amount.wan + 0.011 < wanHere)) {
				scope = 'all';
				widenedIn = sa;
			} else if (widenedIn === sa) scope = 'all';
		}
		// "项目财政资金总额X万元，拨付使用X万元": the spending of a total stated in the same sentence is of
		// the same money (project self-evaluation reports in prose)
		if (!own && !secScope && breakdown === 'total' && head && head.line.breakdown === 'total' && head.line.flow === flow && head.start >= span.map[sa]) scope = head.line.scope;
		if (def?.scopeTotal && (scope === def.scopeTotal || scope === 'fiscal')) {
			breakdown = 'total';
			item = '合计';
			// ("一般公共预算财政拨款本年收入" in a 财政拨款 section: the 一般公共预算 part's total)
			if (own) scope = own;
		} else if (def?.scopeTotal && /财政拨款(收入|支出)/.test(lab)) {
			// a line named 财政拨款收入/支出 covers the fiscal funds; 一般公共预算财政拨款收入, one part of
			// them (a 决算 说明's income by source), its own
			scope = /一般公共预算财政拨款/.test(lab) ? 'general_public' : 'fiscal';
			// (stated as that money's 合计, "2024年度财政拨款收入合计N万元,…财政拨款支出合计N万元", and not as a part after
			// 其中: the total of the fiscal funds; whole-department self-evaluations that open with the fiscal money)
			// (also the 一般公共预算财政拨款支出 of a 决算 说明 stated on its own, "2018年一般公共预算财政拨款支出N万元,占本年支出的R%":
			// that money's total, as it is under its own section; not one of a sentence's several amounts, "…上年结转A万元,
			// 一般公共预算财政拨款收入B万元,一般公共预算财政拨款支出C万元,…", where it is that money's line among its flows)
			if ((/财政拨款(?:收入|支出)(?:合计|总计|总额)$/.test(lab) || (/^(?:\d{4}年度?)?(?:本年)?一般公共预算财政拨款支出$/.test(lab) && !hits.some((x) => x.a >= sa && x.a < h.a))) && !isSub) {
				breakdown = 'total';
				item = '合计';
			}
		}
		// a project's funds by source ("财政拨款:N万元…自有资金:N万元…其他:N万元"): each in its own money
		if (env.kind === 'project_target_table' && breakdown === 'source' && !secScope) scope = /财政拨款/.test(item) ? 'fiscal' : 'other';
		// stage
		let stage: Stage | undefined = stageOf(label);
		if (!stage && passedOn) stage = 'budget';
		if (!stage && paidAll) stage = 'final';
		if (!stage && TRANSFER_STAGE.test(lab)) stage = /清算/.test(lab) ? 'addition' : 'initial';
		// (parts said after them to have all been paid, "…二类费B万元,均已支付到位", are what was spent)
		if (!stage && breakdown === 'cost' && head && /^[^。；;]*?均已[^。；;]{0,12}(支付|拨付)(到位|完毕)/.test(span.norm.slice(h.ue, sb))) stage = 'final';
		if (!stage && /(经费|资金)$/.test(lab) && EXECUTED.test(span.norm.slice(h.ue, h.ue + 10))) stage = 'final';
		// a sum still to be paid ("还需拨付X万元", "尚需安排"): a budget figure, not spending
		if (!stage && /还需|尚需|仍需|待拨付|待支付|需拨付|拟/.test(lab)) stage = 'budget';
		if (!stage && item === '其他收入' && def?.re.source === '其他资金来源') stage = 'budget';
		if (!stage && isSub && head) stage = head.line.stage;
		// the uses listed after a total ("…N万元。其中：N万元用于A；N万元用于B") share its stage
		if (!stage && breakdown === 'cost' && head) stage = head.line.stage;
		// a sum planned, arranged or approved, with no word of spending: a budget figure
		if (!stage && flow === 'income' && breakdown === 'total' && /财政(局)?(下达|拨付|拨入|拨)|(经费|资金)$/.test(lab) && !/预算|计划|安排/.test(lab)) stage = 'final';
		// (转移支付 names the fund, "下达中央转移支付资金N万元", not a payment)
		// (a sum said right after it to have been paid out in full, "项目资金共N万元,已全部拨付完成": spent)
		if (!stage && flow === 'expenditure' && /^\s*[,，]\s*(?:已|均已)(?:全部|全额)?(?:拨付|支付|使用|支出)(?:完成|完毕)/.test(span.norm.slice(h.ue, h.ue + 16))) stage = 'final';
		if (!stage && (flow === 'income' || flow === 'expenditure') && /安排|计划|批复|下达|申请|总投资|总额|预算|项目资金(共|共计)?$|共需|总需/.test(label.replace(/一般公共预算/g, '')) && !/支出|支付|使用|执行|完成|决算|实际/.test(label.replace(/转移支付/g, ''))) stage = 'budget';
		// a bare 共计 takes the stage its sentence names ("按…标准安排，共计N万元")
		// (also a sum of what a list allocated, "分配至X县A万元,Y县B万元,…,共计N万元", "下达…共计N万元")
		if (!stage && /^(共计|合计|总计|共)$/.test(lab) && /安排|计划|批复|预算|分配|下达|拨付(?:给|至|到)?(?:我|本)/.test(sinceSentence) && !/支出|支付|使用|执行|完成|决算|实际/.test(sinceSentence.replace(/转移支付/g, ''))) stage = 'budget';
		// (the money an evaluation is of, "2019年度专项资金绩效评价资金总计N万元": what was allocated, its budget)
		if (!stage && /评价(?:的)?(?:专项)?资金(?:总计|合计|共计|总额)?(?:为|是)?$/.test(lab)) stage = 'budget';
		if (!stage && (flow === 'income' || flow === 'expenditure')) stage = sectionStage(ctx, lineNo);
		if (!stage) stage = plannedStage(env);
		// a department's target table plans the year's opening budget: its planned sums are 年初预算
		if (stage === 'budget' && env.kind === 'target_table') stage = 'initial';
		// economic classes stated in brackets after a nature line belong to it
		if (breakdown === 'economic' && !parent) {
			const open = Math.max(span.norm.lastIndexOf('(', h.a), span.norm.lastIndexOf('（', h.a));
			const close = Math.max(span.norm.lastIndexOf(')', h.a), span.norm.lastIndexOf('）', h.a));
			if (open > close && open > sa) {
				const owner = [...out].reverse().find((b) => b.start < span.map[open] && b.line.breakdown === 'nature');
				if (owner) parent = owner.line.item;
			}
		}
		// economic classes listed after a nature line that opens its parts with 其中 ("1. 基本支出预算N元,…。其中:" /
		// "工资福利支出预算A元,…" / "商品和服务支出预算B元,…" / "2. 项目支出M元,…。其中:" / …, the 部门预算 and
		// 决算 说明 of every province): each belongs to the nature line above it, up to the next numbered item
		// (a share of the 一般公共预算 spending stated right after the amount, "基本支出N元,占一般公共预算支出的R%":
		// the line is of that money)
		if (scope === 'all' && !own && flow === 'expenditure' && /^[^。；;]{0,6}占(?:本年)?一般公共预算(?:财政拨款)?支出(?:总额|合计)?的?\s*\d/.test(span.norm.slice(h.ue, sb))) scope = 'general_public';
		if (breakdown === 'economic' && !parent) {
			const owner = [...out].reverse().find((b) => b.start < span.map[h.a] && (b.line.breakdown === 'nature' || b.line.breakdown === 'total'));
			if (owner && owner.line.breakdown === 'nature' && /^(基本支出|项目支出)$/.test(owner.line.item) && !owner.line.parent) {
				const between = ctx.src.slice(owner.start, span.map[h.a]);
				if (between.length < 800 && /其中\s*[:：]/.test(between) && !/\n\s*(?:[一二三四五六七八九十]+、|[(（][一二三四五六七八九十]+[)）]|\d+\s*[.、．](?!\d))/.test(between)) {
					parent = owner.line.item;
					// (and of its money)
					if (scope === 'all' && !own) scope = owner.line.scope;
				}
			}
		}
		// economic classes in a section that is a nature class's own ("(一)基本支出" / "2016年安排基本支出经费…,全部用于
		// 工资福利支出A万元、商品和服务支出B万元", the 部门整体支出管理及使用情况 of Hunan whole-department reports): of that class
		if (breakdown === 'economic' && !parent) {
			const sec = ctx.sectionsAt(lineNo)[0];
			const cls = sec?.norm.replace(/\s+/g, '').match(/^(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}[、.．])?(基本支出)(?:情况|执行情况|使用情况|管理及使用情况)?$/);
			if (cls) parent = cls[1];
		}
		// year: a label naming another year
		let year = env.year;
		const ys = [...label.matchAll(/(\d{4})年/g)];
		const y = ys[ys.length - 1];
		if (y && Math.abs(Number(y[1]) - env.year) === 1) year = Number(y[1]);

		// an amount a target table's indicator row sets as its target ("2.实际到位资金 N万元 资金到位率 =100%",
		// "实际支出 N万元 实际支出率"): a plan states no money of the year as already received or spent, so an
		// actual of the year in it is a target, not a budget line (the 绩效目标、评价指标与标准值表 of provinces'
		// special funds and every 绩效目标表 that sets its 投入目标 so)
		if ((env.kind === 'project_target_table' || env.kind === 'target_table') && stage === 'final' && year === env.year && /实际|到位|支出|执行/.test(lab) && /^[^。；;]{0,20}(?:率|比例)\s*(?:[=≥≤>]|[:：])?\s*\d/.test(span.norm.slice(h.ue, h.ue + 30))) {
			ctx.unread.push({ kind: '金额', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '这是目标表中一项指标的目标值，不是预算数' });
			continue;
		}
		// (a cut stated as such, "年中调减X资金N万": a negative addition, as the cut-and-result rule writes it)
		const cut = stage === 'addition' && /(?:调减|核减|压减|收回)[\u4e00-\u9fa5]{0,12}$/.test(lab) && !/调增|追加/.test(lab) ? -1 : 1;
		const amount = ctx.money(h.text, unit, q0, q1, def || breakdown === 'total' ? 0.9 : 0.75, 'budget.prose', cut);
		// a listing word left at the front of a named item ("分别是科技活动交流经费") is not its name
		item = item.replace(/^(分别是|分别为|主要是|主要为|主要包括|包括|其中)[:：]?/, '') || item;
		// the money of the projects a sentence counts first ("2021年我局监控范围内项目共17项,年初预算数N万元,执行数M万"):
		// a stage alone after the count is the projects' spending, 项目支出, not the department's total
		if (breakdown === 'total' && item === '合计' && flow === 'expenditure' && !isSub && /^(?:\d{4}年度?)?(?:年初|全年|调整后?)?(?:预算|执行|决算|支出)(?:数)?(?:为|是)?$/.test(lab) && /项目(?:共|合计|总计)?(?:有|计)?\s*\d+\s*[项个]|共(?:有|计)?\s*\d+\s*个[\u4e00-\u9fa5]{0,6}项目/.test(sinceSentence)) {
			breakdown = 'nature';
			item = '项目支出';
		}
		const line: BudgetLine = { flow, breakdown, item, ...(parent ? { parent } : {}), scope, stage, year, amount };
		// stated rate and share, up to the next amount
		const limit = Math.min(k + 1 < hits.length ? clauseStart(span, hits[k + 1].a) : span.norm.length, sentenceBounds(span, h.ue)[1]);
		const ex0 = pctAfter(span, h.ue, limit, EXEC_RE);
		// (not a rate past a clause with a subject of its own that something was done, "下达N万元,资金到位率100%,截至目前,
		// X补助已及时划拨Y,资金使用率100%": that item's rate, not the sum's — transfer reports that go on item by item)
		const ex = ex0 && span.norm.slice(h.ue, ex0.a).split(/[,，]/).slice(1, -1).some((c) => !/%/.test(c) && /^[^已]{4,}已/.test(c.replace(/\s+/g, ''))) ? undefined : ex0;
		// (a rate stated after what is left, "已使用N万元,结余M万元,资金执行率R%", is the spending's)
		const spent = flow === 'closing_balance' && prev && prev.line.flow === 'expenditure' && prev.line.stage === 'final' && prev.start >= span.map[sa] && !prev.line.execution_rate ? prev : undefined;
		if (ex && spent) spent.line.execution_rate = ctx.figure(span.text.slice(ex.a, ex.b), '%', spent.start, span.map[ex.end - 1] + 1, 0.8, 'budget.prose.rate');
		else if (ex && flow !== 'closing_balance') line.execution_rate = ctx.figure(span.text.slice(ex.a, ex.b), '%', q0, span.map[ex.end - 1] + 1, 0.85, 'budget.prose.rate');
		const sh = pctAfter(span, h.ue, limit, SHARE_RE);
		if (sh) line.share = ctx.figure(span.text.slice(sh.a, sh.b), '%', q0, span.map[sh.end - 1] + 1, 0.85, 'budget.prose.share');
		// a change stated as a percentage only, up to the next amount ("…N万元,占本年支出的R%,比上年下降C%"): the line's
		// change on the year before, with no amount (决算 说明 and whole-department reports)
		const pctOnly = pctAfter(span, h.ue, limit, PCT_CHANGE_RE);
		if (pctOnly && !line.change && (flow === 'income' || flow === 'expenditure')) {
			const down = /下降|减少|降低/.test(span.norm.slice(h.ue, pctOnly.a));
			const c0 = span.map[(sh ? sh.end : h.ue) + span.norm.slice(sh ? sh.end : h.ue).search(/[\u4e00-\u9fa5]/)];
			line.change = { base_year: year - 1, pct: ctx.figure(span.text.slice(pctOnly.a, pctOnly.b), '%', Math.min(c0, span.map[pctOnly.a]), span.map[pctOnly.end - 1] + 1, 0.75, 'budget.prose.change', down ? -1 : 1), direction: down ? 'down' : 'up' };
		}
		const b: Built = { line, start: q0, sub: isSub };
		out.push(b);
		lineAt.set(k, b);
		prev = b;
		// (and a total of the other flow stated after the parts in the same run-on sentence, "…其他资金C万元2023年支出N万元,
		// 其中…": the head of the parts after it)
		if (!isSub || noticeSum || (breakdown === 'total' && !!head && head.line.flow !== flow && /^\s*[,，;；]?\s*其中/.test(span.norm.slice(h.ue, h.ue + 6)))) head = b;
		// an income's parts at its opening stage and at an addition ("预算收入N万元,其中年初预算A万元,调整追加B万元"):
		// the whole is the budget as adjusted
		if (isSub && head && head.line.flow === 'income' && head.line.breakdown === 'total' && head.line.stage === 'budget' && stage === 'addition' && out.some((o) => o !== b && o.sub && o.start > head!.start && o.line.flow === 'income' && o.line.stage === 'initial')) head.line.stage = 'adjusted';
		// a budget said in the same clause to have arrived and been spent in full
		if (flow === 'expenditure' && stage === 'budget') out.push(...fundsDone(ctx, span, h, q0, line));
	}
	// a rate said of all the amounts of the sentence before ("总金额N万元其中:基本支出A万元,项目支出B万元。
	// 完成率均达到100%"): each of them, where the rate sentence states no amount of its own before it
	// (whole-unit self-evaluation summaries of Henan and other provinces)
	for (const m of span.norm.matchAll(new RegExp(String.raw`(?:完成率|执行率|支出率|支出进度)\s*均\s*(?:为|达|达到)?\s*(${NUM})\s*%`, 'g'))) {
		const [sa] = sentenceBounds(span, m.index!);
		if (sa === 0 || hits.some((h) => h.a >= sa && h.a < m.index!)) continue;
		const [pa] = sentenceBounds(span, sa - 1);
		const lines = out.filter((b) => b.start >= span.map[pa] && b.start < span.map[sa] && b.line.flow === 'expenditure' && !b.line.execution_rate);
		const na = m.index! + m[0].lastIndexOf(m[1]);
		for (const b of lines) b.line.execution_rate = ctx.figure(span.text.slice(na, na + m[1].length), '%', b.start, span.map[m.index! + m[0].length - 1] + 1, 0.75, 'budget.prose.rate-all');
	}
	// a rate that is a sentence of its own after the sentence of a sum spent ("共支付X资金N万元,其中…。
	// 执行率达100%。"): the rate of that sum (fund self-evaluation reports in prose)
	for (const m of span.norm.matchAll(new RegExp(String.raw`(?<=[。；;])\s*(?:资金|预算)?(?:执行率|支出率|使用率)\s*(?:为|达|达到)?\s*(${NUM})\s*%`, 'g'))) {
		const [sa, sb] = sentenceBounds(span, m.index! + m[0].search(/\S/));
		if (hits.some((h) => h.a >= sa && h.a < sb) || sa === 0) continue;
		const [pa] = sentenceBounds(span, sa - 1);
		const paid = out.find((b) => b.start >= span.map[pa] && b.start < span.map[sa] && !b.sub && b.line.flow === 'expenditure' && b.line.breakdown === 'total' && b.line.stage === 'final');
		if (!paid || out.some((b) => b.start >= span.map[pa] && b.start < span.map[sa] && b.line.execution_rate)) continue;
		const na = m.index! + m[0].lastIndexOf(m[1]);
		const q0 = span.map[m.index! + m[0].search(/\S/)];
		paid.line.execution_rate = ctx.figure(span.text.slice(na, na + m[1].length), '%', q0, span.map[m.index! + m[0].length - 1] + 1, 0.7, 'budget.prose.rate-after');
	}
	// a paragraph that announces a list of its parts: the numbered paragraphs after it are those parts
	if (/(具体如下|明细如下|分别如下|如下)\s*[:：]\s*$/.test(span.norm)) {
		const first = out.find((b) => b.start >= span.map[0] && !b.sub && (b.line.breakdown === 'nature' || b.line.breakdown === 'total'));
		state.listParent = first?.line;
	} else if (!/^\s*\d{1,2}\s*[、.．]/.test(span.norm)) state.listParent = undefined;
}

const DIR_END = /(增加|减少|增长|下降|上升|降低|增|减)了?$/;
/** a transfer payment's money advanced before the year, or settled after it (allocated, not taken back) */
const TRANSFER_STAGE = /(?:预拨|提前下达)(?:资金|经费)$|(?<!扣回|收回)清算(?:资金|经费)$/;
/** said after an amount to have been spent in full */
const EXECUTED = /^\s*(已)?(全部|全额)?执行(到位|完毕)/;

/** A part's own name: the label without 其中 and a leading year. */
const partName = (label: string) => label.replace(/^(其中|包括)[:：]?/, '').replace(/^\d{4}年度?/, '');

/** A cost of named works: "X一期治理工程监理费", "Y河段治理工程(Z段)青苗补偿费" (group 1 the works, group 2 the cost). */
const WORKS_COST = /^([\u4e00-\u9fa5]{3,30}?(?:工程|项目)(?:[(（][^()（）]{1,12}[)）])?)((?:监理|设计|勘察|测绘|建设用地测绘|青苗补偿|征地补偿|补偿|审计|评审|检测|咨询|施工|材料|安装)费)$/;

/** A bare word of spending as a listed project's second amount: "年末结算支出", "实际支出", "全年执行数". */
const SPENT_STAGE = /^(?:年末|年度|全年|本年)?(?:实际|结算|决算)?(?:支出|执行|支付|使用)(?:数|金额)?(?:为|是)?$/;
/** A listed project's name and the stage word after it ("A年初预算数", "B预算", "C"). */
const LISTED_NAME = /^([\u4e00-\u9fa5“”"()（）]{2,20}?)(年初预算数?|年初安排|全年预算数?|调整后?预算数?|预算数?|预算安排)?(?:为|是)?$/;

/**
 * The project of an amount in a list of projects, one a ；-piece, after the count of the unit's projects
 * ("…共有8个支出项目,…。其中,A年初预算数a万元,年末结算支出b万元;B c万元,年末结算支出d万元"): the piece's
 * first name and the amount's stage. Only where the paragraph counts its projects before the list.
 */
function listedProject(span: Span, sa: number, sb: number, h: NumHit): { name: string; stage: Stage } | undefined {
	const count = span.norm.slice(0, sa).search(/共(?:有|计|安排|实施)?\s*\d{1,3}\s*个[\u4e00-\u9fa5]{0,6}项目/);
	if (count < 0) return undefined;
	const opens = /[；;]/.test(span.norm[sa - 1] ?? '') || /^\s*其中\s*[,，:：]/.test(span.norm.slice(sa));
	if (!opens) return undefined;
	const piece = span.norm.slice(sa, sb).replace(/^\s*其中\s*[,，:：]\s*/, '');
	const off = sb - sa - piece.length;
	const amounts = [...piece.matchAll(new RegExp(String.raw`(${NUM})\s*${MONEY_UNIT}`, 'g'))];
	if (amounts.length < 2 || amounts.length > 4) return undefined;
	const first = piece.slice(0, amounts[0].index!).replace(/\s+/g, '').match(LISTED_NAME);
	if (!first || itemOf(first[1]) || stageOf(first[1]) || /合计|总计|共计|收入|支出|结余|结转/.test(first[1])) return undefined;
	// every later amount a bare word of spending in its own clause
	const later = amounts.slice(1).map((m) => piece.slice(0, m.index!).split(/[,，]/).pop()!.replace(/\s+/g, ''));
	if (!later.every((l) => SPENT_STAGE.test(l))) return undefined;
	const at = h.a - sa - off;
	const i = amounts.findIndex((m) => m.index === at);
	if (i < 0) return undefined;
	if (i > 0) return { name: first[1], stage: 'final' };
	return { name: first[1], stage: first[2] ? (stageOf(first[2]) ?? 'budget') : 'budget' };
}

/** The project a numbered item of the text before `at` names ("2、XX项目:"), if any. */
function projectAt(norm: string, at: number): string | undefined {
	let last: { name: string; at: number } | undefined;
	for (const m of norm.slice(0, at).matchAll(/(?<![\d.])\d{1,2}\s*[、.]\s*((?:\d{4}年度?)?[^:：，,。；;、\d]{2,40}?(?:项目|经费|资金|工程))\s*[:：]/g)) last = { name: m[1].replace(/\s+/g, ''), at: m.index! };
	// a numbered paragraph that opens with the project's full name and a comma ("1.2021年第一批统筹整合
	// 使用财政涉农资金X建设项目,项目实施…"): the project, named without its year, batch and the fund it
	// is paid from (county reports on the projects of a year's integrated agricultural funds)
	// (a name may hold one comma, "2、X村村内干道,Y路面硬化建设项目,…": its part before the comma names
	// no project, and the part after it opens with no verb of the works)
	const lead = norm.match(/^\s*\d{1,2}\s*[、.．]\s*((?:\d{4}年度?)?(?:第[一二三四五六七八九十\d]{1,2}批)?[^:：，,。；;、\d]{2,50}?(?:[,，](?!新建|修建|建设|铺建|实施|完成|共|该|已|主要|用于|为|对|在|由)[^:：，,。；;、\d]{2,30}?)??项目)\s*[,，]/);
	if (!last && lead && lead[0].length <= at) {
		let name = lead[1].replace(/\s+/g, '').replace(/^\d{4}年度?/, '').replace(/^第[一二三四五六七八九十\d]{1,2}批/, '');
		const fund = name.lastIndexOf('资金');
		if (fund >= 0 && name.length - fund - 2 >= 4) name = name.slice(fund + 2);
		last = { name, at: 0 };
	}
	// "一是用于其他教育管理事务支出,即…合计75万元,已于本年度支出75万元": the subject of an ordinal item
	for (const m of norm.slice(0, at).matchAll(/[一二三四五六七八九十]{1,2}是\s*(?:用于)?([^:：，,。；;、\d即]{2,24}?(?:支出|经费|项目|资金))\s*[,，]?\s*即/g)) {
		if (!last || m.index! > last.at) last = { name: m[1].replace(/\s+/g, ''), at: m.index! };
	}
	return last?.name;
}

/** The line a stated change qualifies: named in the clause, else the line just stated. */
function changeTarget(ctx: Ctx, env: Env, label: string, before: string, sinceSentence: string, head: Built | undefined, prev: Built | undefined, out: Built[], lineNo: number): Built | undefined {
	// the subject: the label before the comparison (比上年 / 与2023年的… / 同比)
	const subject = label.replace(DIR_END, '').split(/比上年|较上年|比去年|与上年|同比|相比|比|较|与/)[0].replace(/^(其中|另外|此外)/, '');
	const def = subject ? itemOf(subject) : undefined;
	const total = !def && !!subject && TOTAL_RE.test(subject);
	if (!def && !total) return prev && prev.line.year === env.year ? prev : [...out].reverse().find((b) => b.line.year === env.year && b.start >= (prev?.start ?? 0));
	// a source named with neither 收入 nor 支出 ("与上年相比,一般公共预算财政拨款增加N万元") right after that money's
	// spending total was stated: the change of that total (决算 说明 whose 一般公共预算财政拨款支出 paragraph
	// states the change with the bare source name)
	if (def?.scopeTotal && !/收|支/.test(subject) && prev && prev.line.breakdown === 'total' && prev.line.scope === def.scopeTotal && prev.line.year === env.year) return prev;
	const flow: Flow = def?.flow ?? lastFlow(subject) ?? lastFlow(before) ?? sectionFlow(ctx, lineNo) ?? 'expenditure';
	const breakdown = def ? def.breakdown : 'total';
	const item = def ? def.item : '合计';
	const isSub = opensParts(sinceSentence);
	const stage = stageOf(subject) ?? (isSub && head ? head.line.stage : undefined) ?? plannedStage(env);
	return [...out].reverse().find((b) => {
		const l = b.line;
		if (l.flow !== flow || l.item !== item || l.year !== env.year) return false;
		if (l.breakdown !== breakdown && !(def?.scopeTotal && l.breakdown === 'total')) return false;
		return l.stage === stage;
	});
}

/** "比上年减少64.93万元，降幅0.09%": the change of the line it compares. */
function attachChange(ctx: Ctx, env: Env, span: Span, prev: Built, h: NumHit, ls: number, next: NumHit | undefined) {
	const label = span.norm.slice(ls, h.a);
	const after = span.norm.slice(h.ue, h.ue + 12);
	const down = /减少|下降|降低|降幅|减/.test(label + after.slice(0, 4));
	const up = /增加|增长|上升|增幅|增/.test(label + after.slice(0, 4));
	const direction: StatedChange['direction'] = down ? 'down' : up ? 'up' : undefined;
	const sign = direction === 'down' ? -1 : 1;
	const q0 = span.map[ls];
	const change: StatedChange = prev.line.change ?? { base_year: env.year - 1 };
	change.amount = ctx.money(h.text, unitOf(h.unit), q0, span.map[h.ue - 1] + 1, 0.8, 'budget.prose.change', sign);
	if (direction) change.direction = direction;
	const limit = next ? clauseStart(span, next.a) : sentenceBounds(span, h.ue)[1];
	const pct = pctAfter(span, h.ue, limit, new RegExp(String.raw`(?:下降|降幅|增长|增幅|减少|增加|上升)\s*(?:为|了)?\s*(${NUM})\s*%`));
	if (pct) change.pct = ctx.figure(span.text.slice(pct.a, pct.b), '%', span.map[h.ue], span.map[pct.end - 1] + 1, 0.8, 'budget.prose.change', sign);
	prev.line.change = change;
}

/* ------------------------------------------------------------------ tables */

const numCell = (c: Cell | undefined) => !!c && isNumberCell(c.norm);

/** A row label: the normalised item of a table row. */
function rowItem(label: string): { flow?: Flow; def?: ItemDef; total: boolean } {
	const l = label.replace(/\s+/g, '');
	if (OPENING_RE.test(l)) return { flow: 'opening_balance', total: true };
	if (CLOSING_RE.test(l)) return { flow: 'closing_balance', total: true };
	if (/^(合计|总计|小计)$/.test(l)) return { total: true };
	const def = itemOf(l);
	if (def) return { def, flow: def.flow, total: false };
	if (/收入/.test(l)) return { flow: 'income', total: true };
	if (/支出/.test(l)) return { flow: 'expenditure', total: true };
	return { total: false };
}

/**
 * Key–value blocks of target tables: a header row names groups (部门预算支出 | 预算金额(万元) |
 * 收入来源 | 预算金额(万元)); the rows below give label and amount in each group.
 */
function readKeyValue(ctx: Ctx, env: Env, t: Table, out: Built[]): Set<Row> {
	const done = new Set<Row>();
	let groups: Array<{ label: number; value: number; head: string; unit: MoneyUnit }> = [];
	for (const row of t.rows) {
		const heads = row.cells.map((c, i) => (/金额|数额/.test(key(c)) && /万元|元/.test(key(c)) ? i : -1)).filter((i) => i > 0);
		if (heads.length) {
			groups = heads.map((v) => ({ label: v - 1, value: v, head: key(row.cells[v - 1]), unit: /万元/.test(key(row.cells[v])) ? '万元' : '元' }));
			done.add(row);
			continue;
		}
		if (!groups.length) continue;
		// the block's rows leave the first column (its merged row header) empty
		if (row.cells[0]?.text) {
			groups = [];
			continue;
		}
		let any = false;
		for (const g of groups) {
			const lc = row.cells[g.label];
			const vc = row.cells[g.value];
			if (!lc || !lc.text || isNumberCell(lc.norm)) continue;
			if (!vc || !vc.text) {
				any = true;
				continue;
			}
			if (!numCell(vc)) continue;
			any = true;
			const label = key(lc);
			let flow: Flow = 'expenditure';
			let breakdown: BudgetLine['breakdown'] = 'nature';
			let item = label;
			let parent: string | undefined;
			if (/收入来源|资金来源/.test(g.head)) {
				flow = 'income';
				breakdown = 'source';
				item = /财政拨款|一般公共预算/.test(label) ? '财政拨款收入' : /其他/.test(label) ? '其他收入' : label;
			} else if (/事业发展/.test(g.head)) {
				breakdown = 'development';
				parent = '项目支出';
			} else if (/级次/.test(g.head)) {
				breakdown = 'budget_level';
			} else {
				const def = itemOf(label);
				if (def) {
					breakdown = def.breakdown;
					item = def.item;
					parent = def.parent;
				} else if (/合计|总计/.test(label)) {
					breakdown = 'total';
					item = '合计';
				}
			}
			const amount = ctx.money(vc.text, g.unit, lc.start, vc.end, 0.9, 'budget.table.kv');
			const stage: Stage = env.kind === 'target_table' ? 'initial' : env.kind === 'project_target_table' ? 'budget' : (columnStage(g.head) ?? 'final');
			out.push({ line: { flow, breakdown, item, ...(parent ? { parent } : {}), scope: 'all', stage, year: env.year, amount }, start: lc.start, sub: false });
		}
		if (any) done.add(row);
		else groups = [];
	}
	return done;
}

/**
 * Matrix tables: a header row of columns (natures, stages, years, shares, changes), rows of
 * items. A second header row below the first names the parts of a merged column
 * (两年对比情况 → 增减值 | 增减幅). The unit comes from a 单位 line above the table; 万元
 * when none is given. The caption above the table tells the flow and stage when the columns
 * do not ("表 1-4 2024 年与 2023 年预算收入对比情况").
 */
type ColKind =
	| { role: 'label' }
	| { role: 'item'; def: ItemDef }
	| { role: 'total' }
	| { role: 'stage'; stage: Stage }
	| { role: 'year'; year: number }
	| { role: 'share' }
	| { role: 'change_amount' }
	| { role: 'change_pct' }
	| { role: 'other' };

function colKindOf(h: string): ColKind {
	if (/^(项目|项目名称|科目|科目名称|名称|收支项目|评价内容|指标)$/.test(h) || /^序号$/.test(h)) return { role: 'label' };
	if (/增减值|增减额|变动额|增减金额|差额/.test(h)) return { role: 'change_amount' };
	if (/增减幅|增减率|变动率|增长率|增幅|降幅/.test(h)) return { role: 'change_pct' };
	if (/占比|比重|构成/.test(h)) return { role: 'share' };
	const y = h.match(/^(\d{4})年(度)?(预算数?|决算数?)?$/);
	if (y) return { role: 'year', year: Number(y[1]) };
	const def = itemOf(h);
	if (def) return { role: 'item', def };
	if (/^(合计|总计)$/.test(h)) return { role: 'total' };
	const st = columnStage(h);
	if (st) return { role: 'stage', stage: st };
	return { role: 'other' };
}

function readMatrix(ctx: Ctx, env: Env, t: Table, out: Built[], skip: Set<Row>) {
	const rows = t.rows.filter((r) => !skip.has(r));
	if (rows.length < 2) return;
	const hi = rows.findIndex((r) => filled(r).length >= 2 && filled(r).every((i) => !numCell(r.cells[i])));
	if (hi < 0) return;
	const header = rows[hi];
	let hk = header.cells.map(key);
	let bodyFrom = hi + 1;
	// a second header row: the parts of a merged column
	const sub = rows[hi + 1];
	if (sub && !key(sub.cells[0]) && filled(sub).length && filled(sub).every((i) => !numCell(sub.cells[i]))) {
		const width = Math.max(hk.length, sub.cells.length);
		const merged: string[] = [];
		for (let i = 0; i < width; i++) merged.push(key(sub.cells[i]) || hk[i] || '');
		hk = merged;
		bodyFrom = hi + 2;
	}
	const colKind = hk.map(colKindOf);
	const money = colKind.some((c) => c.role === 'item' || c.role === 'stage' || c.role === 'total' || c.role === 'year');
	if (!money) return;
	// (a 三公 table, its rows 因公出国(境)费 / 公务接待费 / 公务用车…: its 合计 is the 三公 total, not the
	// budget's; sangong.ts reads it. Serves 三公 tables in every layout that reaches this reader)
	// (its item rows may stand apart from it where a row of one cell has no separator: the lines after it count)
	const SG_ROW = /^(其中[:：]?)?(因公出国|公务接待|公务用车)/;
	const after = ctx.lines.slice(t.lastLine + 1, t.lastLine + 5).map((l) => l.span.norm.replace(/\s+/g, ''));
	if (rows.slice(bodyFrom).filter((r) => SG_ROW.test(key(r.cells.find((c) => c.text)))).length + after.filter((x) => SG_ROW.test(x)).length >= 2) return;
	const lineNo = t.firstLine;
	const scope = sectionScope(ctx, lineNo) ?? 'all';
	// the lines above the table: caption, unit, "…明细如下："
	const above = ctx.lines.slice(Math.max(0, lineNo - 6), lineNo).filter((l) => !l.blank);
	const caption = above.map((l) => l.span.norm).join('');
	const before = out.filter((b) => b.start < ctx.lines[lineNo].start).pop();
	const intro = [...ctx.paras].reverse().find((p) => p.end <= ctx.lines[lineNo].start);
	const listsProjects = !!intro && /明细|如下/.test(intro.span.text) && before?.line.item === '项目支出';
	const unitLine = above.find((l) => /单位[:：]\s*(万元|元|亿元)/.test(l.span.norm));
	const unit: MoneyUnit = unitLine ? unitOf(unitLine.span.norm.match(/单位[:：]\s*(万元|元|亿元)/)![1]) : '万元';
	const labels = colKind.map((c, i) => (c.role === 'label' ? i : -1)).filter((i) => i >= 0);
	const labelCol = labels.find((i) => !/^序号$/.test(hk[i])) ?? labels[0] ?? 0;
	const valueCols = colKind.map((c, i) => (['item', 'stage', 'total', 'year'].includes(c.role) ? i : -1)).filter((i) => i >= 0);
	const captionFlow = lastFlow(caption.replace(/\s+/g, ''));
	const captionStage = stageOf(caption.replace(/\s+/g, ''));
	for (const row of rows.slice(bodyFrom)) {
		const cells = row.cells;
		// the label: the first non-number cell
		const li = cells.findIndex((c) => c.text && !numCell(c) && !/^[-+]?[\d.\s]+%$/.test(c.norm));
		if (li < 0) continue;
		const label = key(cells[li]);
		// a label left of the header's label column: cells on its left were merged (合计 over 序号 and 项目)
		const shift = Math.max(0, labelCol - li);
		const at = (col: number) => cells[col - shift];
		const ri = rowItem(label);
		const made: Array<{ b: Built; col: ColKind }> = [];
		for (const vcol of valueCols) {
			const c = at(vcol);
			if (!c || !c.text || !numCell(c) || vcol - shift <= li) continue;
			const ck = colKind[vcol];
			let flow: Flow | undefined = ri.flow;
			let breakdown: BudgetLine['breakdown'] = 'total';
			let item = '合计';
			let parent: string | undefined;
			let stage: Stage = plannedStage(env);
			let year = env.year;
			let lineScope: Scope = scope;
			if (ck.role === 'item' || ck.role === 'total') {
				// rows are flows, columns are items
				if (ck.role === 'item') {
					breakdown = ck.def.breakdown;
					item = ck.def.item;
					parent = ck.def.parent;
				}
				flow = ri.flow ?? (/收入/.test(label) ? 'income' : 'expenditure');
			} else {
				if (ck.role === 'stage') stage = ck.stage;
				else if (ck.role === 'year') {
					year = ck.year;
					stage = captionStage ?? stage;
				}
				if (listsProjects) {
					breakdown = 'project';
					item = ri.total ? '合计' : label;
					parent = '项目支出';
					flow = before!.line.flow;
				} else if (ri.def) {
					breakdown = ri.def.breakdown;
					item = ri.def.item;
					parent = ri.def.parent;
					if (/财政拨款(收入|支出)/.test(label)) lineScope = 'fiscal';
				} else if (!ri.total) {
					ctx.unread.push({ kind: '表格行', text: ctx.quote(row.start, row.end), start: row.start, end: row.end, reason: `没有认出表格行「${label}」是哪一项收支` });
					break;
				}
				flow = flow ?? captionFlow ?? lastFlow(hk.join('')) ?? (before?.line.flow as Flow | undefined) ?? 'expenditure';
			}
			const amount = ctx.money(c.text, unit, cells[li].start, c.end, 0.9, 'budget.table');
			const b: Built = { line: { flow: flow!, breakdown, item, ...(parent ? { parent } : {}), scope: lineScope, stage, year, amount }, start: cells[li].start, sub: false };
			out.push(b);
			made.push({ b, col: ck });
		}
		if (!made.length) continue;
		// share and change columns qualify the row's line of the report year (the final one first)
		const main =
			made.find((m) => m.col.role === 'stage' && m.col.stage === 'final') ??
			made.find((m) => m.col.role === 'year' && m.col.year === env.year) ??
			made[made.length - 1];
		colKind.forEach((ck, col) => {
			const c = at(col);
			if (!c || !c.text) return;
			const num = c.text.replace(/\s*[%％]$/, '');
			if (!isNumberCell(c.norm.replace(/\s*%$/, '').replace(/^[-+]/, ''))) return;
			const q: [number, number] = [cells[li].start, c.end];
			if (ck.role === 'share') main.b.line.share = ctx.figure(num, '%', q[0], q[1], 0.85, 'budget.table.share');
			else if (ck.role === 'change_amount' || ck.role === 'change_pct') {
				const change: StatedChange = main.b.line.change ?? { base_year: env.year - 1 };
				if (ck.role === 'change_amount') change.amount = ctx.money(num, unit, q[0], q[1], 0.85, 'budget.table.change');
				else change.pct = ctx.figure(num, '%', q[0], q[1], 0.85, 'budget.table.change');
				main.b.line.change = change;
			}
		});
	}
}

/* ------------------------------------------------------------------ standalone rates */

const RATE_ALONE = new RegExp(String.raw`预算(?:完成|执行)率\s*(?:为|达|达到)?\s*(${NUM})\s*%`);

function readStandaloneRates(ctx: Ctx, out: Built[]) {
	for (const para of ctx.paras) {
		const { span } = para;
		if (moneyHits(span).length) continue;
		const m = span.norm.match(RATE_ALONE);
		if (!m) continue;
		const a = m.index! + m[0].lastIndexOf(m[1]);
		const target = out.find((b) => b.line.flow === 'expenditure' && b.line.breakdown === 'total' && (b.line.stage === 'budget' || b.line.stage === 'adjusted') && !b.line.execution_rate);
		let s = span.text.search(/\S/);
		const [q0, q1] = [span.map[s], span.map[m.index! + m[0].length - 1] + 1];
		if (!target) {
			ctx.unread.push({ kind: '比率', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '没有找到这个预算完成率所指的预算数' });
			continue;
		}
		target.line.execution_rate = ctx.figure(span.text.slice(a, a + m[1].length), '%', q0, q1, 0.7, 'budget.prose.rate');
	}
}

/** a quantity indicator whose outcome is money received ("①数量指标:2023年,我校收到X资金N万元。", the
 * 绩效目标完成情况 of Yunnan project self-evaluation reports): the year's income, though numbered like a heading */
const RECEIVED_OUTCOME = new RegExp(String.raw`^\s*(?:[①②③④⑤⑥⑦⑧⑨⑩]|\d{1,2}\s*[.、．]|[(（]\s*\d{1,2}\s*[)）])?\s*数量指标\s*[:：][^。]{0,30}收到[^。]{0,16}(?:资金|经费)\s*${NUM}\s*${MONEY_UNIT}`);
/** A numbered item that opens with its label and amount ("5.经营收入 0.00 万,为…", "3.上级补助收入120,000.00元"). */
const NUMBERED_AMOUNT = new RegExp(String.raw`^\s*[\d一二三四五六七八九十]{1,2}\s*[.、．]\s*[\u4e00-\u9fa5()（）“”]{2,30}\s*${NUM}\s*${MONEY_UNIT}`);
/** Two amounts in one sentence, a comma between them (a numbered line that states figures, not a heading). */
const TWO_AMOUNTS = new RegExp(String.raw`\d\s*${MONEY_UNIT}[^。]*[,，][^。]*\d\s*${MONEY_UNIT}`);

export function readBudget(ctx: Ctx, env: Env): BudgetLine[] {
	const out: Built[] = [];
	// prose and tables in document order, so that a table can lean on the sentence before it
	const items: Array<{ at: number; run: () => void }> = [];
	// the project a multi-project report is on carries over the paragraphs that follow its item,
	// up to the next heading
	const state: ProseState = { projects: numberedProjects(ctx) };
	for (const p of ctx.paras)
		items.push({
			at: p.start,
			run: () => {
				if (p.heading) state.project = undefined;
				// a numbered paragraph of its own that names no project ("4、X村Y设施,:建设…") is no longer the last
				// project's (notices and summaries that give each project a numbered paragraph)
				else if (state.project && /^\s*\d{1,2}\s*[、.．]/.test(p.span.norm) && !projectAt(p.span.norm, p.span.norm.length)) state.project = undefined;
				// (a total stated after its parts, "…：A a万元、B b万元，合计N万元", is read as the total first: numbers.ts totalFirst)
				// a numbered item that opens with its label and amount ("5.经营收入 0.00 万,为…"): a heading
				// by its number, a sentence by its content (决算 说明 of every province)
				// (also a numbered line that states amounts in a sentence, "2.资金:2022年X项目预算经费为N万元,
				// 2022年支付M万元。": a heading holds no figure and no clause after a comma)
				// (amounts in any money unit, 万元 or restated in 元 / 亿元: numbers.ts MONEY_UNIT)
				if (!p.heading || (p.heading.marker && (NUMBERED_AMOUNT.test(p.span.norm) || TWO_AMOUNTS.test(p.span.norm) || RECEIVED_OUTCOME.test(p.span.norm)))) readProse(ctx, env, { ...p, span: totalFirst(p.span) }, out, state);
			}
		});
	for (const t of ctx.tables)
		items.push({
			at: ctx.lines[t.firstLine].start,
			run: () => {
				const kv = readKeyValue(ctx, env, t, out);
				readMatrix(ctx, env, t, out, kv);
			}
		});
	// the key–value block of a target table written with " | " between its cells rather than tabs
	// (部门整体支出绩效目标表 as HTML or PDF text: "预算整体情况 | 部门预算支出 | 预算金额(万元) | 收入来源 | …"
	// over " | 基本支出 | 418.20 | 财政拨款 | 530.60", made-up figures): read as the tab-separated block is. Only the
	// key–value reader: the matrices of bar-written forms are the grid reader's (grid.funds)
	for (const t of tablesWithPiped(ctx))
		if (t.piped && !ctx.tables.some((o) => o.firstLine <= t.lastLine && t.firstLine <= o.lastLine))
			items.push({ at: ctx.lines[t.firstLine].start, run: () => void readKeyValue(ctx, env, t, out) });
	items.sort((a, b) => a.at - b.at).forEach((i) => i.run());
	readStandaloneRates(ctx, out);
	// a line read twice from the same words (a sentence both a table's and the prose's) is one
	const kept: Built[] = [];
	for (const b of out) if (!kept.some((o) => o.start === b.start && o.line.flow === b.line.flow && o.line.breakdown === b.line.breakdown && o.line.item === b.line.item && o.line.scope === b.line.scope && o.line.stage === b.line.stage && o.line.year === b.line.year && o.line.amount.wan === b.line.amount.wan)) kept.push(b);
	// one project's amount stated in a summary and again in the project's own paragraph is one line
	const sameProject = (o: Built, b: Built) => o.line.breakdown === 'project' && b.line.breakdown === 'project' && o.line.flow === b.line.flow && o.line.item === b.line.item && o.line.parent === b.line.parent && o.line.stage === b.line.stage && o.line.year === b.line.year && o.line.amount.wan === b.line.amount.wan;
	for (let i = kept.length - 1; i >= 0; i--) if (kept[i].line.amount && kept.some((o, j) => j < i && sameProject(o, kept[i]) && ctx.prov.get(o.line.amount)?.rule === 'budget.prose.named-project')) kept.splice(i, 1);
	const lines = kept.map((b) => b.line);
	for (const l of readRowNumberTables(ctx, env)) if (!lines.some((o) => o.flow === l.flow && o.item === l.item && o.stage === l.stage && o.amount.wan === l.amount.wan)) lines.push(l);
	return lines;
}
