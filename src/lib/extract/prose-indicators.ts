/**
 * Indicator outcomes written as prose under a level's name, when a report has no indicator table:
 * "①数量指标：2023年，我校收到某项工作经费N万元。", "②时效指标：资金到位率为N%。",
 * "1.产出指标全部完成，慰问对象N人，慰问标准N/人。". Each clause that ends in one figure is one
 * indicator: its name is the clause before the figure (without the year, the subject and a
 * linking 为/达到), its outcome the figure as written.
 *
 * Serves project self-evaluation reports in prose (Yunnan, Henan and Sichuan county reports whose
 * 绩效指标完成情况 section lists outcomes by level).
 */
import type { Indicator } from '../schema/report';
import type { Ctx } from './context';
import { NUM } from './numbers';
import { logicalLines } from './doc';
import { LEVEL2_NAME, RATE_UNIT, parseTarget } from './indicators';

// (a heading that runs its two levels together, "产出数量指标:", "产出指标数量指标:", is the second one's)
const LEVEL_LINE = /^\s*(?:[①②③④⑤⑥⑦⑧⑨⑩]|\d{1,2}\s*[.、．]|[(（]\s*\d{1,2}\s*[)）])?\s*(?:产出(?:指标)?(?=数量|质量|时效|成本))?(产出|效益|效果|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标(?:完成情况)?(?:\s*[(（]((?:数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标)[)）])?\s*(?:[:：]|(?<=完成情况)\s*[。.]|(?<=指标)[。.](?=\s*[\u4e00-\u9fa5])|(?<=指标)(?=[\u4e00-\u9fa5][^。；;]{1,40}?指标(?:值)?为\s*\d)|全部完成\s*[,，]|均已完成\s*[,，]|已完成\s*[,，])/;
const LEVEL1_OF: Record<string, string> = {
	产出: '产出指标',
	数量: '产出指标',
	质量: '产出指标',
	时效: '产出指标',
	成本: '产出指标',
	效益: '效益指标',
	效果: '效益指标',
	经济效益: '效益指标',
	社会效益: '效益指标',
	生态效益: '效益指标',
	可持续影响: '效益指标',
	满意度: '满意度指标',
	服务对象满意度: '满意度指标'
};
const UNIT = '%|‰|起|公顷|万元|元|万人次|万人|人次|人|个|次|项|家|户|所|场|篇|份|台|套|辆|公里|千米|厘米|毫米|米|平方米|立方米|亩|天|小时|件|批|期|册|条';
const CLAUSE = new RegExp(String.raw`^(.{2,40}?)\s*(?:为|达到|达|是|共计|共|约)?\s*(${NUM})\s*(${UNIT}|/[\u4e00-\u9fa5])?\s*$`);
/** The marks between an outcome sentence's clauses, kept by split; a comma between digits that groups
 * thousands ("162,000.00元", as an amount restated in 元 is written) is part of the number, not a clause end. */
// (and a rate run straight into the next clause's name, "A为98%B及C均为100%", where that clause states a figure of its own)
const CLAUSE_SPLIT = /([，;；。]|(?<!\d),|,(?!\d{3}(?!\d))|(?<=\d\s*%)(?=[\u4e00-\u9fa5][^，,;；。\d%]{1,30}\d))/;
/** a bound in words before a target's figure, "不低于3.5米", "达100%": part of the target, not of the name */
const WORD_BOUND = '不低于|不少于|不高于|不超过|不多于|大于等于|小于等于|低于|高于|大于|小于|超过|达到|达';
/** what opens a clause and names no indicator: the year, the subject */
const LEAD = /^(?:20\d\d\s*年(?:度)?\s*)?(?:我校|我局|我院|我委|我单位|本单位|我中心|我市|我县|我区|我镇|该项目|本项目|项目|全年|年内)?(?:共|累计)?/;

/** A level's name on a line of its own ("(1)数量指标。", "1.产出指标完成情况分析。", "社会效益指标。"). */
const LEVEL_ALONE = /^\s*(?:[①②③④⑤⑥⑦⑧⑨⑩]|\d{1,2}\s*[.、．]|[(（]\s*\d{1,2}\s*[)）])?\s*(产出|效益|效果|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)指标(?:完成情况)?(?:分析)?\s*[。.:：]?\s*$/;
/** An indicator line under such a heading: "name:…,共4次。", "name:…≥80%". */
const NAMED_LINE = new RegExp(String.raw`^\s*([\u4e00-\u9fa5]{2,20})\s*[:：]\s*(.*?)[。；;]?\s*$`);

function levelsOf(level: string, l1Before?: string): { level1: string; level2?: string } {
	const level1 = LEVEL1_OF[level];
	const level2 = level1 === '产出指标' && level !== '产出' ? `${level}指标` : level1 === '效益指标' && level !== '效益' && level !== '效果' ? `${level}指标` : level === '服务对象满意度' ? '服务对象满意度指标' : undefined;
	return { level1: level1 ?? l1Before, ...(level2 ? { level2 } : {}) };
}

export function readProseIndicators(ctx: Ctx): Indicator[] {
	// (targets listed with their names, by the form's hints or under 【一级-二级】 blocks: see below)
	const listed = [...readBlockTargets(ctx), ...readHintedTargets(ctx)];
	if (listed.length) return listed;
	const out: Indicator[] = [];
	/** the level set by a heading line of its own, for the "name:" lines under it */
	let cur: { level1: string; level2?: string } | undefined;
	/** an indicator named by a sub-heading, waiting for its outcome in the next line */
	let pending: { name: string; lv: { level1: string; level2?: string } } | undefined;
	for (const line of logicalLines(ctx.lines, ctx.paras)) {
		const m = line.span.norm.match(LEVEL_LINE);
		if (!m) {
			const alone = line.span.norm.match(LEVEL_ALONE);
			if (alone) {
				const lv = levelsOf(alone[1], cur?.level1);
				cur = lv.level2 || !cur || cur.level1 !== lv.level1 ? lv : cur;
				continue;
			}
			// "(2)项目完成质量" under a level's heading: an indicator named by a sub-heading of its own, its
			// outcome in the line below
			const sub = line.heading?.marker ? line.heading.title.replace(/\s+/g, '') : '';
			if (cur && sub && /^[\u4e00-\u9fa5]{4,16}$/.test(sub) && !/指标|分析|说明|问题|措施|建议/.test(sub)) {
				pending = { name: sub, lv: cur };
				continue;
			}
			if (line.heading?.marker) cur = undefined;
			if (pending && !line.blank && !line.heading) {
				readOutcomeBelow(ctx, line, pending, out);
				pending = undefined;
				continue;
			}
			if (!line.blank) pending = undefined;
			// (outcome sentences under an output's own level: 数量/质量/时效/成本指标)
			// (under another level, 效益/满意度, only lines that state a completion rate: "A有效提高,指标完成率100%")
			if (cur && !line.blank && !readNamedLine(ctx, line, cur, out) && (/^(数量|质量|时效|成本)指标$/.test(cur.level2 ?? '') || /(?:^|[,，])\s*(?:指标)?完成率(?:为|达)?\s*[\d.]+\s*%\s*[。;；]?\s*$/.test(line.span.norm))) readOutcomeSentences(ctx, line, cur, out);
			continue;
		}
		cur = undefined;
		const level = m[1];
		const level1 = LEVEL1_OF[level];
		// (a level named with its second level in brackets, "满意度指标(服务对象满意度指标):": that one)
		const level2 = m[2] ?? (level1 === '产出指标' && level !== '产出' ? `${level}指标` : level1 === '效益指标' && level !== '效益' && level !== '效果' ? `${level}指标` : level === '服务对象满意度' ? '服务对象满意度指标' : undefined);
		const { span } = line;
		// "NAME年初指标值为T,全年实际完成值A。" sentences, or outcomes in words ("A有所提高;B有所改善")
		if (readStatedSentences(ctx, span, m[0].length, { level1, ...(level2 ? { level2 } : {}) }, out)) continue;
		/** the line sets targets: it stands under a heading of the goals set (绩效目标设定情况), not of their outcome */
		// (the nearest heading above that is no level's name decides)
		const setting = settingGoals(ctx, line.n);
		// a line of two clauses, neither holding a figure: the indicator, then its outcome in words
		// ("质量指标：确保天桥质量，已完成；", "时效指标：按时完成建设，随项目进度把控")
		const rest = span.norm.slice(m[0].length).replace(/[;；。\s]+$/, '');
		const two = rest.match(/^\s*([^,，;；。\d]{2,30})[,，]\s*([^,，;；。\d]{2,16})$/);
		if (two) {
			const name = two[1].trim().replace(/\s+/g, '');
			const at = m[0].length + rest.indexOf(two[2], two[1].length);
			const qs = span.map[m[0].length + rest.search(/\S/)];
			const qe = span.map[at + two[2].trimEnd().length - 1] + 1;
			if (/^[\u4e00-\u9fa5]/.test(name) && !/指标/.test(name)) {
				const actual = ctx.mark({ text: span.text.slice(at, at + two[2].trimEnd().length), quote: ctx.quote(qs, qe) }, qs, qe, 0.6, 'indicators.prose.words');
				out.push({ level1, ...(level2 ? { level2 } : {}), name, actual });
			}
			continue;
		}
		// clauses after the level's name, each ending at a comma, semicolon or full stop
		let a = m[0].length;
		/** the indicator the line read last, and where its clause starts */
		let lastInd: { ind: Indicator; from: number } | undefined;
		/** the target the clause before read, for its outcome in the clause after ("A≥6架,实际布防6架") */
		let lastTarget: { ind: Indicator; from: number; unit?: string; seg: number } | undefined;
		let segNo = 0;
		for (const seg of span.norm.slice(a).split(CLAUSE_SPLIT)) {
			const from = a;
			a += seg.length;
			if (/^[,，;；。]$/.test(seg) || !seg.trim()) continue;
			segNo++;
			// "布防飞机数量≥6架,实际布防6架": the outcome of the target just read, in its unit (linkage and transfer-fund
			// self-evaluations that state each indicator's target and outcome in one sentence)
			const got = seg.match(new RegExp(String.raw`^\s*实际[\u4e00-\u9fa5]{0,10}?\s*(?:为|达到|达)?\s*(${NUM})\s*(%|[\u4e00-\u9fa5]{1,3})\s*$`));
			if (got && lastTarget && lastTarget.seg === segNo - 1 && !lastTarget.ind.actual && got[2] === lastTarget.unit) {
				const n0 = from + seg.lastIndexOf(got[1]);
				const qs = span.map[lastTarget.from];
				const qe = span.map[n0 + got[1].length + got[2].length - 1] + 1;
				lastTarget.ind.actual = ctx.mark({ value: Number(got[1].replace(/,/g, '')), unit: got[2], text: span.text.slice(n0, n0 + got[1].length + got[2].length), quote: ctx.quote(qs, qe) }, qs, qe, 0.65, 'indicators.prose.target-actual');
				continue;
			}
			// "A360天,指标完成率100%": the completion stated of the outcome just read
			const done = seg.match(DONE_RATE_ANY);
			if (done && lastInd && !lastInd.ind.stated_completion) {
				const p0 = from + seg.lastIndexOf(done[1]);
				const qs = span.map[lastInd.from];
				const qe = span.map[p0 + done[1].length];
				lastInd.ind.stated_completion = ctx.figure(span.text.slice(p0, p0 + done[1].length), '%', qs, qe + 1, 0.7, 'indicators.prose.completion');
				continue;
			}
			lastInd = undefined;
			// "学校满意度大于年度指标值≥95%": the target as written, the outcome in words against it
			const vs = seg.match(new RegExp(String.raw`^\s*([\u4e00-\u9fa5]{2,20}?)((?:大于|高于|不低于|达到|超过|优于)年度指标值)\s*((?:≥|≤|>=|<=|>|<|=)\s*${NUM}\s*%?)\s*$`));
			if (vs) {
				const s0 = from + seg.search(/\S/);
				const w0 = s0 + vs[1].length;
				const t0 = from + seg.lastIndexOf(vs[3]);
				const qs = span.map[s0];
				const qe = span.map[t0 + vs[3].length - 1] + 1;
				const tText = span.text.slice(t0, t0 + vs[3].length);
				const target = ctx.mark({ ...parseTarget(tText, span.norm.slice(t0, t0 + vs[3].length), undefined), quote: ctx.quote(qs, qe) }, qs, qe, 0.6, 'indicators.prose.versus');
				const actual = ctx.mark({ text: span.text.slice(w0, w0 + vs[2].length), quote: ctx.quote(qs, qe) }, qs, qe, 0.6, 'indicators.prose.versus');
				out.push({ level1, ...(level2 ? { level2 } : {}), name: vs[1], target, actual });
				continue;
			}
			// a bound written with its operator ("受益人口数≥30人", "供水率≥≥95%"), or any figure under a heading of
			// the goals set: the indicator's target, not its outcome (linkage-fund self-evaluations that restate
			// their 绩效目标设定情况 by level)
			const bound = seg.match(new RegExp(String.raw`^\s*([\u4e00-\u9fa5][^≥≤≧≦><=＞＜]{1,30}?)\s*((?:≥|≤|≧|≦|>=|<=|>|<|=|＞|＜)+\s*${NUM}\s*(?:%|${UNIT}|[\u4e00-\u9fa5]{1,2})?)\s*$`)) ?? (setting ? seg.match(new RegExp(String.raw`^\s*([\u4e00-\u9fa5][^≥≤≧≦><=＞＜\d]{1,30}?)\s*((?:${WORD_BOUND})?\s*${NUM}\s*(?:%|${UNIT})?)\s*$`)) : null);
			if (bound && !/指标/.test(bound[1])) {
				const s0 = from + seg.search(/\S/);
				const t0 = from + seg.lastIndexOf(bound[2]);
				const t1 = t0 + bound[2].length;
				const tText = span.text.slice(t0, t1).trim();
				const parsed = parseTarget(tText, span.norm.slice(t0, t1).replace(/^(≥|≧)+/, '≥').replace(/^(≤|≦)+/, '≤'), undefined);
				if (parsed.value !== undefined) {
					const qs = span.map[s0];
					const qe = span.map[t1 - 1] + 1;
					const target = ctx.mark({ ...parsed, quote: ctx.quote(qs, qe) }, qs, qe, 0.65, 'indicators.prose.target');
					const ind: Indicator = { level1, ...(level2 ? { level2 } : {}), name: bound[1].replace(/\s+/g, ''), target };
					out.push(ind);
					lastTarget = { ind, from: s0, unit: parsed.unit, seg: segNo };
					continue;
				}
			}
			const c = seg.match(CLAUSE);
			if (!c) continue;
			const lead = c[1].match(LEAD)![0];
			const name = c[1].slice(lead.length).replace(/\s+/g, '');
			// a name of its own: words, not a year, not a count of indicators
			// (nor one holding another indicator's value, "A为98%B及C均为100%": two clauses run together, no telling them apart)
			if (name.length < 2 || !/^[\u4e00-\u9fa5]/.test(name) || /指标|^\d/.test(name) || new RegExp(String.raw`\d\s*%`).test(name)) continue;
			const numAt = from + seg.indexOf(c[2], c[1].length);
			const end = numAt + c[2].length + (c[3]?.length ?? 0);
			const qs = span.map[from + seg.search(/\S/)];
			const qe = span.map[end - 1] + 1;
			// (an amount the budget read as money received, "我校收到X资金N万元", is also the quantity's outcome)
			if (ctx.isUsed(span.map[numAt], span.map[numAt + c[2].length - 1] + 1) && !(/收到/.test(c[1]) && /元$/.test(c[3] ?? ''))) continue;
			const text = span.text.slice(numAt, end);
			const unit = c[3] && !c[3].startsWith('/') ? c[3] : undefined;
			const actual = ctx.mark({ value: Number(c[2].replace(/,/g, '')), ...(unit ? { unit } : {}), text, quote: ctx.quote(qs, qe) }, qs, qe, 0.7, 'indicators.prose');
			// (two indicators of one value, "A及B均为100%": each with it)
			const both = name.match(/^([\u4e00-\u9fa5]{2,16}?)(?:及|和|与|、)([\u4e00-\u9fa5]{2,16}?)均$/);
			if (both) {
				for (const nm of [both[1], both[2]]) out.push({ level1, ...(level2 ? { level2 } : {}), name: nm, actual: ctx.mark({ ...actual }, qs, qe, 0.65, 'indicators.prose.both') });
				lastInd = undefined;
				continue;
			}
			const ind: Indicator = { level1, ...(level2 ? { level2 } : {}), name, actual };
			out.push(ind);
			lastInd = { ind, from: from + seg.search(/\S/) };
		}
	}
	if (!out.length) out.push(...readShortfalls(ctx));
	if (!out.length) out.push(...readCompletionList(ctx));
	return out;
}

/** A heading over the indicators' outcomes, in its paragraph or on its own line: (三)绩效指标完成情况(分析). */
const COMPLETION_HEAD = /^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}\s*[、.．])?\s*(?:(?:项目)?绩效)?指标(?:的)?完成情况(?:分析)?\s*[。:：]?/;
/** One listed indicator: a name and its figure, a bound (target) or a bare figure (outcome). */
const LISTED_CLAUSE = new RegExp(`^\\s*([\\u4e00-\\u9fa5][^,，;；。]{1,30}?[^\\d.\\s%≥≤<>=])\\s*(?:为|达到|(?<![下到送抵表传])达|均为|均达到)?\\s*(≥|≤|>=|<=|>|<|=|＞|＜|不低于|不少于|不高于|不超过)?\\s*(${NUM})\\s*(${UNIT})?\\s*$`);

/**
 * Indicators listed in the paragraph under 绩效指标完成情况(分析), "建设项目规划编制的完整性、合规性100%,项目验收
 * 合格率100%,工作任务及时完成率≥90%,…": each clause a name and its figure; a bare figure is the outcome the
 * report states, a figure with its bound (≥, 不低于) the target. Clauses in words stay unread. Three clauses
 * or more. Serves project and fund self-evaluation reports that summarise their indicator table in one
 * sentence (central transfer funds of Gansu's counties and others), when no table gives the indicators.
 */
function readCompletionList(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	for (let i = 0; i < ctx.paras.length; i++) {
		const { span } = ctx.paras[i];
		const head = span.norm.match(COMPLETION_HEAD);
		if (!head) continue;
		// (the heading on a line of its own: the paragraph below)
		const ownLine = !span.norm.slice(head[0].length).trim();
		const paras = !ownLine ? [{ span, from: head[0].length }] : i + 1 < ctx.paras.length ? [{ span: ctx.paras[i + 1].span, from: 0 }] : [];
		for (const p of paras) {
			const found: Indicator[] = [];
			let a = p.from;
			for (const seg of p.span.norm.slice(p.from).split(CLAUSE_SPLIT)) {
				const from = a;
				a += seg.length;
				const m = seg.match(LISTED_CLAUSE);
				if (!m) continue;
				const n0 = from + seg.search(/\S/);
				const f0 = from + seg.indexOf(m[2] ?? m[3], seg.indexOf(m[1]) + m[1].length);
				const f1 = from + seg.trimEnd().length;
				const q0 = p.span.map[n0];
				const q1 = p.span.map[f1 - 1] + 1;
				if (ctx.isUsed(q0, q1)) continue;
				const name = p.span.text.slice(n0, n0 + m[1].length).replace(/\s+/g, '');
				const text = p.span.text.slice(f0, f1);
				const quote = ctx.quote(q0, q1);
				if (m[2]) {
					const t = parseTarget(text, p.span.norm.slice(f0, f1), undefined);
					if (t.value === undefined) continue;
					found.push({ name, target: ctx.mark({ ...t, text, quote }, q0, q1, 0.65, 'indicators.completion-list.target') } as Indicator);
				} else {
					const value = Number(m[3].replace(/,/g, ''));
					found.push({ name, actual: ctx.mark({ value, ...(m[4] ? { unit: m[4] } : {}), text, quote }, q0, q1, 0.65, 'indicators.completion-list') } as Indicator);
				}
			}
			if (found.length >= 3) out.push(...found);
		}
	}
	return out;
}

/** "A为N万亩,与计划的T万亩以上存在一定差距,A率为P%": an outcome short of its plan, with the rate stated */
const SHORTFALL = new RegExp(String.raw`([\u4e00-\u9fa5、]{2,40}?)(?:为|是|达到|达)\s*(${NUM})\s*(%|${UNIT}|万亩|万人|万户)\s*[,，]\s*(?:与|较|比)(?:年初)?(?:计划|目标|预期|绩效目标)(?:值|数)?的?\s*((${NUM})\s*(%|${UNIT}|万亩|万人|万户)\s*(?:以上|以下|以内)?)\s*(?:存在|有|相比有)(?:一定|较大|明显)?(?:的)?差距(?:\s*[,，]\s*([\u4e00-\u9fa5]{2,12}率)(?:为|是|仅为|只有)?\s*(${NUM})\s*%)?`, 'g');

/**
 * An outcome stated short of its plan in prose ("…玉米投保覆盖面积为12万亩,与计划的20万亩以上存在一定差距,
 * 投保覆盖率为60%", the 存在问题 of self-evaluation and rectification reports): an indicator with its
 * target (the plan as written), its outcome and the rate stated. Its name is the measure the rate
 * names (投保覆盖率 → 投保覆盖面积), else the words before the figure after the last list mark.
 * Only where the report gives no indicator otherwise.
 */
function readShortfalls(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	for (const p of ctx.paras) {
		const { span } = p;
		for (const m of span.norm.matchAll(SHORTFALL)) {
			if (m[3] !== m[6] && !(m[3] === '%' && m[6] === '%')) continue;
			const lead = m[1];
			const stem = m[7]?.replace(/率$/, '');
			const byRate = stem ? lead.lastIndexOf(stem) : -1;
			const name = byRate >= 0 ? lead.slice(byRate) : lead.split(/[、,，]/).pop()!.replace(/^(?:20\d\d年度?)/, '');
			if (name.length < 2 || /指标/.test(name)) continue;
			const n0 = m.index! + m[1].length - name.length;
			const a0 = m.index! + m[0].indexOf(m[2], m[1].length);
			const a1 = a0 + m[2].length + m[3].length;
			const t0 = m.index! + m[0].indexOf(m[4], a1 - m.index!);
			const t1 = t0 + m[4].length;
			const [aq0, aq1] = [span.map[n0], span.map[a1 - 1] + 1];
			const actual = ctx.mark({ value: Number(m[2].replace(/,/g, '')), unit: m[3], text: span.text.slice(a0, a1).replace(/\s+/g, ''), quote: ctx.quote(aq0, aq1) }, aq0, aq1, 0.6, 'indicators.shortfall');
			const tText = span.text.slice(t0, t1).replace(/\s+/g, '');
			const tq0 = span.map[m.index! + m[0].search(/(?:与|较|比)(?:年初)?(?:计划|目标|预期|绩效目标)/)];
			const tq1 = span.map[t1 - 1] + 1;
			const parsed = parseTarget(tText, span.norm.slice(t0, t1).replace(/\s+/g, ''), undefined);
			const target = ctx.mark({ ...parsed, ...(parsed.unit ? {} : { unit: m[6] }), quote: ctx.quote(tq0, tq1) }, tq0, tq1, 0.6, 'indicators.shortfall');
			const ind: Indicator = { name, target, actual };
			if (m[8]) {
				const r0 = m.index! + m[0].lastIndexOf(m[8]);
				const rq0 = span.map[m.index! + m[0].lastIndexOf(m[7])];
				const rq1 = span.map[r0 + m[8].length] + 1;
				ind.stated_completion = ctx.figure(span.text.slice(r0, r0 + m[8].length), '%', rq0, rq1, 0.6, 'indicators.shortfall');
			}
			out.push(ind);
		}
	}
	return out;
}

/**
 * One indicator line under a level heading of its own (Yunnan's 绩效指标完成情况分析 in prose:
 * "(1)数量指标。" / "开展工作督导:一个季度开展一次,共4次。"): the name before the colon; a target
 * written with its operator at the end ("≥80%") is the target, else the clause that ends the line
 * in a figure ("共4次") is the outcome. A line with neither is not read.
 */
function readNamedLine(ctx: Ctx, line: import('./doc').Line, lv: { level1: string; level2?: string }, out: Indicator[]): boolean {
	const { span } = line;
	const m = span.norm.match(NAMED_LINE);
	if (!m || /指标|情况|分析/.test(m[1])) return false;
	const name = m[1];
	const body = m[2];
	const bodyAt = span.norm.indexOf(body, m[0].indexOf(m[1]) + m[1].length);
	const qs = span.map[span.norm.search(/\S/)];
	const op = body.match(new RegExp(`(≥|≤|>=|<=|>|<)\\s*(${NUM})\\s*(%|[\u4e00-\u9fa5]{1,2})?$`));
	if (op) {
		const at = bodyAt + op.index!;
		const qe = span.map[at + op[0].length - 1] + 1;
		const written = span.text.slice(at, at + op[0].length);
		const target = ctx.mark({ ...parseTarget(written, op[0], undefined), quote: ctx.quote(qs, qe) }, qs, qe, 0.6, 'indicators.prose.named.target');
		out.push({ ...lv, name, target });
		return true;
	}
	const last = body.match(new RegExp(`(?:^|[,，])\\s*(?:共计|共|累计|合计)?\\s*(${NUM})\\s*(${UNIT})\\s*$`));
	if (!last) return true;
	const numAt = bodyAt + last.index! + last[0].indexOf(last[1]);
	const end = numAt + last[1].length + last[2].length;
	if (ctx.isUsed(span.map[numAt], span.map[numAt + last[1].length - 1] + 1)) return true;
	const qe = span.map[end - 1] + 1;
	const actual = ctx.mark({ value: Number(last[1].replace(/,/g, '')), unit: last[2], text: span.text.slice(numAt, end), quote: ctx.quote(qs, qe) }, qs, qe, 0.6, 'indicators.prose.named');
	out.push({ ...lv, name, actual });
	return true;
}

/**
 * The outcome of an indicator named by a sub-heading ("(1)项目完成数量。" then "完成年度建设项目1个,主要建设
 * 内容为…"; "(2)项目完成质量" then "已通过竣工验收。"; "(3)项目实施进度" then "X项目已完成竣工验收,完成率100%。"):
 * the figure that ends the line's first clause, else the clause a completion rate follows (from its 已),
 * else the line itself when it is short and holds no figure. Serves project self-evaluation reports in
 * prose whose 项目绩效指标完成情况分析 gives one indicator a sub-heading.
 */
function readOutcomeBelow(ctx: Ctx, line: import('./doc').Line, p: { name: string; lv: { level1: string; level2?: string } }, out: Indicator[]) {
	const { span } = line;
	const norm = span.norm;
	const s0 = norm.search(/\S/);
	if (s0 < 0) return;
	const body = norm.slice(s0).replace(/[。.\s?？]+$/, '');
	const clauses = [...body.matchAll(/[^,，;；。]+/g)].map((m) => ({ a: s0 + m.index!, t: m[0] }));
	if (!clauses.length) return;
	const q = (a: number, b: number) => [span.map[a], span.map[b - 1] + 1] as const;
	const first = clauses[0];
	const fig = first.t.match(new RegExp(String.raw`(${NUM})\s*(${UNIT})\s*$`));
	if (fig && !/^\d/.test(first.t)) {
		const n0 = first.a + fig.index!;
		if (ctx.isUsed(span.map[n0], span.map[n0 + fig[1].length - 1] + 1)) return;
		const [q0, q1] = q(first.a, first.a + first.t.length);
		const actual = ctx.mark({ value: Number(fig[1].replace(/,/g, '')), unit: fig[2], text: span.text.slice(n0, n0 + fig[0].length).replace(/\s+/g, ''), quote: ctx.quote(q0, q1) }, q0, q1, 0.6, 'indicators.prose.below');
		out.push({ ...p.lv, name: p.name, actual });
		return;
	}
	const doneAt = clauses.findIndex((c, i) => i > 0 && DONE_RATE.test(c.t.trim()));
	if (doneAt > 0) {
		const c = clauses[doneAt - 1];
		const from = c.t.indexOf('已') >= 0 ? c.t.indexOf('已') : 0;
		const [q0, q1] = q(c.a, c.a + c.t.length);
		const actual = ctx.mark({ text: span.text.slice(c.a + from, c.a + c.t.length), quote: ctx.quote(q0, q1) }, q0, q1, 0.55, 'indicators.prose.below');
		const d = clauses[doneAt];
		const rate = d.t.trim().match(DONE_RATE)!;
		const r0 = d.a + d.t.lastIndexOf(rate[1]);
		const [, d1] = q(d.a, d.a + d.t.length);
		const stated_completion = ctx.figure(span.text.slice(r0, r0 + rate[1].length), '%', q0, d1, 0.55, 'indicators.prose.below');
		out.push({ ...p.lv, name: p.name, actual, stated_completion });
		return;
	}
	// a short line of words, with no figure: the outcome as written
	if (body.length <= 40 && !/\d/.test(body)) {
		const [q0, q1] = q(s0, s0 + body.length);
		const actual = ctx.mark({ text: span.text.slice(s0, s0 + body.length), quote: ctx.quote(q0, q1) }, q0, q1, 0.5, 'indicators.prose.below');
		out.push({ ...p.lv, name: p.name, actual });
	}
}

/** what opens an outcome clause and names no indicator: the subject, 已, a verb of doing */
const OUTCOME_LEAD = /^(?:(?:截至|截止)?20\d\d\s*年(?:度)?(?:\d{1,2}月\d{1,2}日)?\s*)?(?:我校|我局|我院|我委|我单位|本单位|我中心|我市|我县|我区|我镇|全县|全市|全区)?(?:已经|已)?(?:获得|开展|完成|实现|组织)?(?:共|累计)?/;
/** an outcome clause: the indicator's name, a linking word, the figure and its unit */
const OUTCOME = new RegExp(String.raw`^([\u4e00-\u9fa5“”"][\u4e00-\u9fa5\d“”"]{1,30}?[\u4e00-\u9fa5”"])\s*(为|有|达到|达|是|继续按照|按照)?\s*(${NUM})\s*(${UNIT})(?:\s*[(（][^)）]{0,12}[)）]|\s*执行(?:至[^,，]{0,16})?)?\s*$`);
/** the target an outcome is measured against: "完成市目标任务N人的P%", "完成市级下达任务人数N人的P%" */
const TASK_DONE = new RegExp(String.raw`^完成(?:[省市县区]级?)?(?:下达)?(?:目标)?任务(?:数|人数)?\s*(${NUM})\s*(${UNIT})\s*的\s*(${NUM})\s*%$`);
/** a bound written as an upper limit: "控制在N%以内" */
const KEPT_UNDER = new RegExp(String.raw`^控制在\s*((${NUM})\s*(%|${UNIT})\s*以内)$`);
/** a completion rate said of the outcome just before: "完成率100%" */
const DONE_RATE = new RegExp(String.raw`^(?:指标)?完成率(?:为|达)?\s*(${NUM})\s*%$`);
const DONE_RATE_ANY = new RegExp(String.raw`^\s*(?:指标)?完成率(?:为|达)?\s*(${NUM})\s*%\s*$`);
/** an outcome in words: "服务市民阅读需求有效提高" */
const WORDS_OUTCOME = /^([\u4e00-\u9fa5“”]{4,30}?)((?:有效|明显|显著|进一步|大幅|逐步|稳步)(?:提高|提升|改善|增强|加强))$/;

/**
 * Outcomes written as sentences under a level heading of its own ("1、数量指标" then "(1)X工作方面。2023年度,
 * A为N人,完成市目标任务M人的P%;B为R%,控制在T%以内;C1398条,完成率100%。"): each clause that names a
 * figure is an indicator and its outcome; the clauses after it give its target (完成…任务M人的P%, 控制在T
 * 以内) and its stated completion. A bare verb and a figure right after ("已开展X培训49期,培训2399人")
 * restates the outcome in the unit of its target. Clauses of parts (其中…) are not read. Serves project
 * self-evaluation reports in prose that report their targets against the tasks a higher level set.
 */
function readOutcomeSentences(ctx: Ctx, line: import('./doc').Line, lv: { level1: string; level2?: string }, out: Indicator[]) {
	const { span } = line;
	const norm = span.norm;
	// the clauses, with their offsets; a lead "(1)X方面。" is no clause of an outcome
	const clauses: Array<{ a: number; b: number; t: string; sentence: number }> = [];
	let sentence = 0;
	let a = 0;
	for (const part of norm.split(CLAUSE_SPLIT)) {
		const from = a;
		a += part.length;
		if (/^[。;；]$/.test(part)) {
			sentence++;
			continue;
		}
		if (/^[,，]$/.test(part) || !part.trim()) continue;
		const lead = part.match(/^\s*(?:[(（]\s*\d{1,2}\s*[)）]|\d{1,2}\s*[、.．])?\s*/)![0];
		clauses.push({ a: from + lead.length, b: from + part.trimEnd().length, t: part.slice(lead.length).trim(), sentence });
	}
	let cur: Indicator | undefined;
	let curAt = -1;
	let partsIn = -1;
	const quote = (x: number, y: number) => [span.map[x], span.map[y - 1] + 1] as const;
	for (let i = 0; i < clauses.length; i++) {
		const c = clauses[i];
		const same = cur && clauses[curAt].sentence === c.sentence;
		const task = c.t.match(TASK_DONE);
		if (task && same && cur && !cur.target && (!cur.actual?.unit || cur.actual.unit === task[2])) {
			const t0 = c.a + c.t.indexOf(task[1]);
			const tText = span.text.slice(t0, t0 + task[1].length + task[2].length).replace(/\s+/g, '');
			const [q0, q1] = quote(c.a, c.b);
			cur.target = ctx.mark({ ...parseTarget(tText, tText, undefined), quote: ctx.quote(q0, q1) }, q0, q1, 0.6, 'indicators.prose.outcome.target');
			const p0 = c.a + c.t.lastIndexOf(task[3]);
			cur.stated_completion = ctx.figure(span.text.slice(p0, p0 + task[3].length), '%', q0, q1, 0.6, 'indicators.prose.outcome.completion');
			continue;
		}
		const kept = c.t.match(KEPT_UNDER);
		if (kept && same && cur && !cur.target && (!cur.actual?.unit || cur.actual.unit === kept[3])) {
			const [q0, q1] = quote(c.a, c.b);
			const t0 = c.a + c.t.indexOf(kept[1]);
			const tText = span.text.slice(t0, t0 + kept[1].length).replace(/\s+/g, '');
			cur.target = ctx.mark({ ...parseTarget(tText, tText, undefined), quote: ctx.quote(q0, q1) }, q0, q1, 0.6, 'indicators.prose.outcome.target');
			continue;
		}
		const done = c.t.match(DONE_RATE);
		if (done && same && cur && !cur.stated_completion) {
			// the quote: the outcome's clause and this one
			const [q0] = quote(clauses[curAt].a, clauses[curAt].b);
			const [, q1] = quote(c.a, c.b);
			const p0 = c.a + c.t.lastIndexOf(done[1]);
			cur.stated_completion = ctx.figure(span.text.slice(p0, p0 + done[1].length), '%', q0, q1, 0.6, 'indicators.prose.outcome.completion');
			continue;
		}
		// the parts of the outcome ("其中单位费率0.7%,个人费率0.3%"): not outcomes of their own
		if (/^其中/.test(c.t)) partsIn = c.sentence;
		if (partsIn === c.sentence) {
			cur = undefined;
			continue;
		}
		// "培训2399人" right after "已开展X培训49期": the outcome again, in another unit
		const again = c.t.match(new RegExp(String.raw`^([\u4e00-\u9fa5]{1,3})\s*(${NUM})\s*(${UNIT})$`));
		if (again && same && cur?.actual && cur.name.includes(again[1]) && cur.actual.unit !== again[3] && i === curAt + 1) {
			const [q0] = quote(clauses[curAt].a, clauses[curAt].b);
			const [, q1] = quote(c.a, c.b);
			const n0 = c.a + c.t.indexOf(again[2], again[1].length);
			const text = span.text.slice(n0, n0 + again[2].length + again[3].length).replace(/\s+/g, '');
			cur.actual = ctx.mark({ value: Number(again[2].replace(/,/g, '')), unit: again[3], text, quote: ctx.quote(q0, q1) }, q0, q1, 0.6, 'indicators.prose.outcome');
			curAt = i;
			continue;
		}
		const lead = c.t.match(OUTCOME_LEAD)![0];
		const body = c.t.slice(lead.length);
		// an outcome in words, when the clause after it states its completion
		const w = body.match(WORDS_OUTCOME);
		if (w && clauses[i + 1]?.sentence === c.sentence && DONE_RATE.test(clauses[i + 1].t) && !/指标/.test(w[1])) {
			const w0 = c.a + lead.length + w[1].length;
			const [q0, q1] = quote(c.a, c.b);
			const actual = ctx.mark({ text: span.text.slice(w0, w0 + w[2].length), quote: ctx.quote(q0, q1) }, q0, q1, 0.6, 'indicators.prose.outcome.words');
			cur = { ...lv, name: w[1], actual };
			curAt = i;
			out.push(cur);
			continue;
		}
		const m = body.match(OUTCOME);
		if (!m || /指标|方面$/.test(m[1]) || m[1].replace(/[“”"\d]/g, '').length < 3) {
			cur = undefined;
			continue;
		}
		const n0 = c.a + lead.length + body.indexOf(m[3], m[1].length + (m[2]?.length ?? 0));
		if (ctx.isUsed(span.map[n0], span.map[n0 + m[3].length - 1] + 1)) {
			cur = undefined;
			continue;
		}
		// the quote: from the clause's start (with its subject and year), through the figure
		const qa = c.a;
		const text = span.text.slice(n0, n0 + m[3].length + m[4].length).replace(/\s+/g, '');
		const [q0] = quote(qa, c.b);
		const q1 = span.map[n0 + m[3].length + m[4].length - 1] + 1;
		const actual = ctx.mark({ value: Number(m[3].replace(/,/g, '')), unit: m[4], text, quote: ctx.quote(q0, q1) }, q0, q1, 0.6, 'indicators.prose.outcome');
		cur = { ...lv, name: m[1].replace(/\s+/g, ''), actual };
		curAt = i;
		out.push(cur);
	}
}

/**
 * Targets listed in a report's 绩效目标 sentence, each a name and a bound ("绩效目标：道路硬化≥0.565km；
 * 项目验收合格率≥100%；受益人口数≥23人"): indicators with a target and no outcome, when the report
 * has no indicator table. Serves project evaluation reports in prose (township road and water
 * projects of Jiangxi, Hunan and Guangxi).
 */
export function readGoalTargets(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	for (const p of ctx.paras) {
		const { span } = p;
		// (also a labelled goal after the paragraph's first sentences, "…预算执行率100%。核心绩效目标:A率≥98%、B率≥97%,…",
		// its targets separated by 、 up to the first clause with no sign; township whole-department reports)
		const head = span.norm.match(/^\s*(?:[(（][一二三四五六七八九十\d]{1,2}[)）]|[一二三四五六七八九十\d]{1,2}\s*[、.．])?\s*(?:年度)?(?:项目)?绩效目标\s*[:：]/) ?? span.norm.match(/(?<=[。；;]\s*)(?:核心|总体|整体|年度|主要)?绩效目标\s*[:：]/);
		if (!head) continue;
		let a = head.index! + head[0].length;
		const found: Indicator[] = [];
		const inner = head.index! > 0;
		for (const seg of span.norm.slice(a).split(inner ? /([;；。、,，])/ : /([;；。])/)) {
			const from = a;
			a += seg.length;
			const m = seg.match(new RegExp(`^\\s*([\\u4e00-\\u9fa5][\\u4e00-\\u9fa5()（）]{1,24}?)\\s*(≥|≤|>=|<=|>|<|=|＞|＜)\\s*(${NUM})\\s*(%|[a-zA-Z]{1,3}|${UNIT})?`));
			if (!m) continue;
			const t0 = from + seg.indexOf(m[2], m[1].length);
			const t1 = from + m.index! + m[0].length;
			const n0 = from + seg.search(/\S/);
			const text = span.text.slice(t0, t1);
			const parsed = parseTarget(text, span.norm.slice(t0, t1), undefined);
			if (parsed.value === undefined) continue;
			if (m[4] && !parsed.unit) parsed.unit = m[4];
			const qs = span.map[n0];
			const qe = span.map[t1 - 1] + 1;
			const target = ctx.mark({ ...parsed, text, quote: ctx.quote(qs, qe) }, qs, qe, 0.65, 'indicators.goal-targets');
			found.push({ name: span.text.slice(n0, n0 + m[1].length).replace(/\s+/g, ''), target } as Indicator);
		}
		// (a list: at least two bounds, so that one sentence with a sign is no table of targets)
		if (found.length >= 2) out.push(...found);
	}
	if (!out.length) out.push(...readGoalGroups(ctx));
	if (!out.length) out.push(...readGoalQuantities(ctx));
	return out;
}

/** a quantity's unit as a project's goal states it: measure words, and metric units as written (km², hm2, m) */
const QTY_UNIT = String.raw`km²|km2|hm²|hm2|m²|m2|m³|m3|km|kg|m|t|公顷|平方公里|平方米|立方米|公里|千米|厘米|米|亩|万亩|吨|座|口|户|处|个|项|所|家|台|套|辆|条|次|人次|万人次|人|名|场|篇|份|册|批|期|间|株|棵|头|只|盏|块|眼|宗|根|樘|延米`;
/** what opens a listed quantity and names no part of it: the plan, "建设内容包括" */
const QTY_LEAD = /^(?:其中|主要|共|累计|规划|计划|预计|拟|建设内容(?:主要)?(?:包括|为|有)?|主要(?:建设)?内容(?:包括|为|有)?|包括)+/;

/**
 * The quantities a project's goal paragraph lists under its 绩效目标 heading ("(二)项目绩效目标" over "规划治理
 * 水土流失面积19.69 km², 建设内容包括坡改梯21.5 hm2,整修梯田76.99 hm2,…,沉沙池31座"): each comma-separated
 * clause "name figure unit" a target of the project (at least as much), the plan's and list's opening words
 * ("规划", "建设内容包括") no part of its name; amounts of money are budget lines, not targets. Read only
 * from the paragraphs right under the heading, three clauses or more, when no other indicator is found.
 * Serves project evaluation reports that state their goal as a list of works (water, road and land projects).
 */
function readGoalQuantities(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	// (a copula between name and figure is no part of the name: "新建X建筑面积为235.45平方米")
	const CLAUSE_Q = new RegExp(String.raw`^\s*([\u4e00-\u9fa5][\u4e00-\u9fa5、]{1,24}?)\s*(?:为|达到|约)?\s*(${NUM})\s*(${QTY_UNIT})(?![a-zA-Z\u4e00-\u9fa5])\s*(?:[(（][^()（）]{0,20}[)）])?\s*$`);
	for (let i = 0; i < ctx.paras.length; i++) {
		const h = ctx.paras[i].heading;
		if (!h || !/^(?:项目)?(?:年度)?(?:总体|整体)?绩效目标$/.test(h.norm.replace(/\s+/g, ''))) continue;
		const found: Indicator[] = [];
		for (let j = i + 1; j < ctx.paras.length && !ctx.paras[j].heading; j++) {
			const { span } = ctx.paras[j];
			let a = 0;
			for (const seg of span.norm.split(CLAUSE_SPLIT)) {
				const from = a;
				a += seg.length;
				const m = seg.match(CLAUSE_Q);
				if (!m) continue;
				const lead = m[1].match(QTY_LEAD)?.[0] ?? '';
				const n0 = from + seg.search(/\S/) + lead.length;
				const name = span.text.slice(n0, from + seg.indexOf(m[1]) + m[1].length).replace(/\s+/g, '');
				if (name.length < 2) continue;
				const t0 = from + seg.indexOf(m[2], seg.indexOf(m[1]) + m[1].length);
				const t1 = t0 + span.norm.slice(t0).indexOf(m[3]) + m[3].length;
				const text = span.text.slice(t0, t1);
				const q0 = span.map[from + seg.search(/\S/)];
				const q1 = span.map[from + seg.trimEnd().length - 1] + 1;
				const target = ctx.mark({ op: '>=', value: Number(m[2].replace(/,/g, '')), unit: m[3], text, quote: ctx.quote(q0, q1) }, q0, q1, 0.6, 'indicators.goal-quantities');
				found.push({ name, target } as Indicator);
			}
		}
		if (found.length >= 3) out.push(...found);
	}
	return out;
}

/** a level of goals named in a 绩效目标 paragraph ("投入目标:", "产出目标:") */
const GOAL_GROUP = /(投入|产出|效果|效益|满意度|数量|质量|时效|成本)目标\s*[:：]/g;
/** one target of such a group: "name N unit(以上)" */
const GOAL_CLAUSE = new RegExp(String.raw`^\s*([\u4e00-\u9fa5][\u4e00-\u9fa5、()（）]{1,30}?)\s*(?:为|达到|达|不低于|不少于)?\s*((${NUM})\s*(%|亿元|${UNIT})\s*(?:以上|以下|以内)?)\s*$`);

/**
 * Targets listed by level in a 绩效目标 paragraph ("项目年度预算绩效目标。其中,投入目标:A金额N万元,B率100%。产出目标:
 * 完成C24个,…"): each comma-separated "name N unit" clause a target of its level, the level named as written. Read only
 * in a paragraph that says 绩效目标 before its first level, with at least three such clauses. Serves project
 * self-evaluation reports in prose (Jiangsu city reports on several development projects).
 */
function readGoalGroups(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	for (const p of ctx.paras) {
		const { span } = p;
		const groups = [...span.norm.matchAll(GOAL_GROUP)];
		if (groups.length < 2 || !/绩效目标/.test(span.norm.slice(0, groups[0].index!))) continue;
		const found: Indicator[] = [];
		for (let g = 0; g < groups.length; g++) {
			const from = groups[g].index! + groups[g][0].length;
			const end = Math.min(g + 1 < groups.length ? groups[g + 1].index! : span.norm.length, span.norm.indexOf('。', from) >= 0 ? span.norm.indexOf('。', from) : span.norm.length);
			let a = from;
			for (const seg of span.norm.slice(from, end).split(/([,，;；])/)) {
				const at = a;
				a += seg.length;
				const m = seg.match(GOAL_CLAUSE);
				if (!m) continue;
				const n0 = at + seg.search(/\S/);
				const t0 = at + m.index! + m[0].lastIndexOf(m[2]);
				const t1 = t0 + m[2].length;
				const text = span.text.slice(t0, t1);
				const parsed = parseTarget(text, span.norm.slice(t0, t1), undefined);
				if (parsed.value === undefined) continue;
				const [qs, qe] = [span.map[n0], span.map[t1 - 1] + 1];
				const target = ctx.mark({ ...parsed, text, quote: ctx.quote(qs, qe) }, qs, qe, 0.65, 'indicators.goal-groups');
				found.push({ level1: `${groups[g][1]}目标`, name: span.text.slice(n0, n0 + m[1].length).replace(/\s+/g, ''), target } as Indicator);
			}
		}
		if (found.length >= 3) out.push(...found);
	}
	return out;
}

/**
 * Indicators written one a line as "name：指标值为“T”，…(实际)完成值(为)A" (Tianjin's and others'
 * 绩效指标完成情况分析 in prose): the target as quoted and the outcome after 完成值. A line whose
 * outcome is not stated as a figure keeps its target only. Serves project and fund self-evaluation
 * reports in prose whose indicators are listed this way, when no table gives them.
 */
export function readTargetValueLines(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	for (const line of logicalLines(ctx.lines, ctx.paras)) {
		const { span } = line;
		const m = span.norm.match(/^\s*([\u4e00-\u9fa5][^:：，,。；;]{1,30}?)\s*[:：]\s*(?:年度)?指标值(?:为|是)?\s*[“"]([^”"]{1,24})[”"]/);
		if (!m) continue;
		const n0 = span.norm.search(/\S/);
		const name = span.text.slice(n0, n0 + m[1].length).replace(/\s+/g, '');
		const t0 = m.index! + m[0].lastIndexOf(m[2]);
		const t1 = t0 + m[2].length;
		const tText = span.text.slice(t0, t1);
		const qs = span.map[n0];
		const tq = ctx.quote(qs, span.map[t1 - 1] + 1);
		// ("约12000平方米": about so much, read as the figure it names)
		const target = ctx.mark({ ...parseTarget(tText, span.norm.slice(t0, t1).replace(/^约/, ''), undefined), text: tText, quote: tq }, qs, span.map[t1 - 1] + 1, 0.7, 'indicators.target-value-lines');
		const ind: Indicator = { name, target } as Indicator;
		const rest = span.norm.slice(t1);
		const a = rest.match(new RegExp(`(?:实际)?完成值\\s*(?:为|是|达到)?\\s*(约?\\s*${NUM}\\s*(?:%|${UNIT})?)(?=$|[，,;；。\\s])`));
		if (a) {
			const a0 = t1 + a.index! + a[0].lastIndexOf(a[1]);
			const a1 = a0 + a[1].length;
			const aText = span.text.slice(a0, a1);
			const num = span.norm.slice(a0, a1).match(new RegExp(`(${NUM})\\s*(%|${UNIT})?`));
			// the clause that states it: from its last comma
			let c0 = a0;
			while (c0 > t1 && !/[，,;；。]/.test(span.norm[c0 - 1])) c0--;
			const qa = span.map[c0];
			const qe = span.map[a1 - 1] + 1;
			ind.actual = ctx.mark({ ...(num ? { value: Number(num[1].replace(/,/g, '')) } : {}), ...(num?.[2] ? { unit: num[2] } : {}), text: aText, quote: ctx.quote(qa, qe) }, qa, qe, 0.7, 'indicators.target-value-lines');
		}
		out.push(ind);
	}
	return out.length >= 2 ? out : [];
}

/** "第一,NAME年初指标值为T,全年实际完成值A": an indicator's target and outcome in one sentence */
// (the target named as the year's 指标值, 目标值, 任务数 or 计划数: "A年初任务数N人,全年完成值M人")
const STATED = new RegExp(String.raw`^\s*(?:第[一二三四五六七八九十]{1,2}\s*[,，、]\s*)?([\u4e00-\u9fa5][^,，。；;]{1,40}?)\s*(?:年初|年度|全年)?(?:指标值|目标值|任务数|计划数)\s*(?:为|是)?\s*([^,，。；;]{1,20}?)\s*[,，]\s*(.+?)\s*$`);
/** an outcome in words that says how things went ("服务对象生活水平有所提高") */
const WORDS_ONLY = /^\s*([\u4e00-\u9fa5“”][^,，。；;\d]{3,30}?)((?:有所|明显|显著|进一步|大幅|逐步|稳步|不断|得到)(?:提高|提升|改善|增强|加强|好转|减轻|降低|减少|巩固))\s*$/;

/**
 * The sentences after a level's name when each is one indicator: "NAME年初指标值为T,全年实际完成值A" (the
 * target as written and the outcome, a figure, or "实际…" in words), or, where every sentence says so,
 * an outcome in words ("A有所提高;B有所改善"). Serves the 绩效指标完成情况分析 of transfer-payment
 * self-evaluations (Anhui's 中央转移支付 reports) that give each level a numbered paragraph.
 * Returns whether the line was read so.
 */
function readStatedSentences(ctx: Ctx, span: import('./doc').Span, from: number, lv: { level1: string; level2?: string }, out: Indicator[]): boolean {
	const parts: Array<{ a: number; t: string }> = [];
	let a = from;
	for (const seg of span.norm.slice(from).split(/([。；;])/)) {
		const at = a;
		a += seg.length;
		if (/^[。；;]$/.test(seg) || !seg.trim()) continue;
		parts.push({ a: at, t: seg });
	}
	if (!parts.length) return false;
	const q = (x: number, y: number) => [span.map[x], span.map[y - 1] + 1] as const;
	const found: Indicator[] = [];
	// "A指标为100%实际完成值为100%B指标为100%实际完成值为100%": target and outcome pairs run together, each its
	// name (which may hold figures, "每年3月、9月份发放"), 指标为 T and 实际完成值为 A; read only where the pairs
	// make up the whole text after the level
	const rest = span.norm.slice(from);
	const PAIR = new RegExp(String.raw`\s*([\u4e00-\u9fa5][^。；;]{1,40}?)指标(?:值)?为\s*(${NUM}\s*(?:%|${UNIT})?)\s*[,，]?\s*实际完成(?:值|数)?为\s*(${NUM}\s*(?:%|${UNIT})?)\s*[,，;；。]?`, 'gy');
	const pairs = [...rest.matchAll(PAIR)];
	if (pairs.length && pairs.reduce((a, m) => a + m[0].length, 0) === rest.trimEnd().length) {
		for (const m of pairs) {
			const n0 = from + m.index! + m[0].indexOf(m[1]);
			const t0 = n0 + m[1].length + m[0].slice(m[0].indexOf(m[1]) + m[1].length).indexOf(m[2]);
			const a0 = from + m.index! + m[0].lastIndexOf(m[3]);
			const tText = span.text.slice(t0, t0 + m[2].length);
			const [tq0, tq1] = q(n0, t0 + m[2].length);
			const [aq0, aq1] = q(n0, a0 + m[3].length);
			const target = ctx.mark({ ...parseTarget(tText, span.norm.slice(t0, t0 + m[2].length), undefined), quote: ctx.quote(tq0, tq1) }, tq0, tq1, 0.7, 'indicators.prose.pairs');
			const v = m[3].match(new RegExp(String.raw`^(${NUM})\s*(%|${UNIT})?$`))!;
			const actual = ctx.mark({ value: Number(v[1].replace(/,/g, '')), ...(v[2] ? { unit: v[2] } : {}), text: span.text.slice(a0, a0 + m[3].length), quote: ctx.quote(aq0, aq1) }, aq0, aq1, 0.7, 'indicators.prose.pairs');
			found.push({ ...lv, name: span.text.slice(n0, n0 + m[1].length).replace(/\s+/g, ''), target, actual });
		}
		out.push(...found);
		return true;
	}
	if (parts.every((p) => STATED.test(p.t))) {
		for (const p of parts) {
			const m = p.t.match(STATED)!;
			const s0 = p.a + p.t.search(/\S/) + (m[0].length - m[0].trimStart().length ? 0 : 0);
			const n0 = p.a + p.t.indexOf(m[1]);
			const t0 = p.a + p.t.indexOf(m[2], m[1].length);
			const r0 = p.a + p.t.lastIndexOf(m[3]);
			const tText = span.text.slice(t0, t0 + m[2].length);
			const [tq0, tq1] = q(n0, t0 + m[2].length);
			const target = ctx.mark({ ...parseTarget(tText, span.norm.slice(t0, t0 + m[2].length), undefined), quote: ctx.quote(tq0, tq1) }, tq0, tq1, 0.7, 'indicators.prose.stated');
			const ind: Indicator = { ...lv, name: m[1].replace(/\s+/g, ''), target };
			const num = m[3].match(new RegExp(String.raw`^(?:全年)?(?:实际)?完成(?:值|数)?\s*(?:为|是|达到|达)?\s*(${NUM})\s*(%|${UNIT})?$`));
			const [aq0, aq1] = q(t0, r0 + m[3].length);
			if (num) {
				const v0 = r0 + m[3].lastIndexOf(num[1]);
				const text = span.text.slice(v0, v0 + num[1].length + (num[2]?.length ?? 0)).replace(/\s+/g, '');
				ind.actual = ctx.mark({ value: Number(num[1].replace(/,/g, '')), ...(num[2] ? { unit: num[2] } : {}), text, quote: ctx.quote(aq0, aq1) }, aq0, aq1, 0.7, 'indicators.prose.stated');
			} else if (/^实际[^,，。；;\d]{2,24}$/.test(m[3])) {
				ind.actual = ctx.mark({ text: span.text.slice(r0, r0 + m[3].length), quote: ctx.quote(aq0, aq1) }, aq0, aq1, 0.6, 'indicators.prose.stated');
			}
			void s0;
			found.push(ind);
		}
	} else if (parts.length >= 2 && parts.every((p) => WORDS_ONLY.test(p.t))) {
		for (const p of parts) {
			const m = p.t.match(WORDS_ONLY)!;
			const n0 = p.a + p.t.indexOf(m[1]);
			const w0 = n0 + m[1].length;
			const [q0, q1] = q(n0, w0 + m[2].length);
			const actual = ctx.mark({ text: span.text.slice(w0, w0 + m[2].length), quote: ctx.quote(q0, q1) }, q0, q1, 0.6, 'indicators.prose.words');
			found.push({ ...lv, name: m[1].replace(/\s+/g, ''), actual });
		}
	} else return false;
	out.push(...found);
	return true;
}

/** Does the line stand under a heading of the goals set (项目绩效目标设定情况), the nearest heading above it
 * that names no level of indicators (a level's heading, "1、产出指标数量指标:", is inside it)? */
function settingGoals(ctx: Ctx, n: number): boolean {
	for (let i = n - 1; i >= 0 && i >= n - 30; i--) {
		const l = ctx.lines[i];
		if (!l.heading) continue;
		const title = l.span.norm.replace(/\s+/g, '');
		if (/指标/.test(title) && !/情况|分析/.test(title)) continue;
		return /绩效目标(?:的)?(?:设定|设置|申报)|目标设定/.test(title) && !/完成|实现|自评|分析/.test(title);
	}
	return false;
}

/* ------------------------------------------------------------------ targets written with their names */

/** A level's label as a list writes it, "数量指标", "经济效益指标", "社会效益目标" (a level of goals). */
const LEVEL_LABEL = /(产出|效益|效果|满意度|数量|质量|时效|成本|经济效益|社会效益|生态效益|可持续影响|服务对象满意度)(指标|目标)/;

/** The levels a written label names: its level 1, and the label itself as the level 2 where it is one. */
function labelLevels(label: string): { level1?: string; level2?: string } {
	const m = label.match(LEVEL_LABEL);
	if (!m) return {};
	const lv = levelsOf(m[1]);
	return { level1: lv.level1, ...(lv.level2 ? { level2: m[0] } : {}) };
}

/**
 * Indicators listed in prose with the target template's hint still in their names, "X种植数量(≥**株)>=17600株;
 * Y成活率(≥**%)>=85;时效指标:完成及时率(≥**%)>=100%": each name runs from the mark before it (;；。:： or the
 * previous target) to its hint "(≥**unit)" (an operator and the placeholder ** of the form), and its target
 * follows the hint (operator, figure, unit; the hint's operator and unit where the figure states none).
 * The level is the last level label ("数量指标:", "经济效益指标:", "社会效益目标:") written before it, in the
 * line or the lines above. Serves target-setting notices and reports that copy a 绩效目标设定表 into text
 * without filling its hints (the national target form's "(≥**%)" placeholders, every province).
 */
export function readHintedTargets(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	const HINT = /[(（]\s*(≥|≤|>=|<=|>|<|=|＞|＜)\s*\*{1,3}\s*([^()（）*\d]{0,6})\s*[)）]/g;
	let lv: { level1?: string; level2?: string } = {};
	for (const line of logicalLines(ctx.lines, ctx.paras)) {
		const { span } = line;
		const n = span.norm;
		// the level labels of the line, by where they end
		const labels = [...n.matchAll(new RegExp(LEVEL_LABEL.source + String.raw`\s*[:：,，]`, 'g'))].map((m) => ({ at: m.index!, end: m.index! + m[0].length, lv: labelLevels(m[0]) }));
		let from = 0;
		for (const h of n.matchAll(HINT)) {
			const hEnd = h.index! + h[0].length;
			// the target after the hint: an operator (or none: the hint's), a figure, a unit
			const t = n.slice(hEnd).match(new RegExp(String.raw`^\s*((?:≥|≤|>=|<=|>|<|=|＞|＜)?\s*(${NUM})\s*(%|${RATE_UNIT}|\/[\u4e00-\u9fa5]{1,2})?)`));
			if (!t) continue;
			// the name: from the last mark (or level label, or the previous target's end) before it
			let n0 = from;
			for (const m of n.slice(0, h.index!).matchAll(/[;；。:：]/g)) if (m.index! + 1 > n0) n0 = m.index! + 1;
			for (const l of labels) if (l.end <= h.index! && l.end > n0 - 1) n0 = Math.max(n0, l.end);
			for (const l of labels) if (l.end <= h.index!) lv = l.lv.level1 ? l.lv : lv;
			// (a comma right after the previous target: no part of the next name)
			while (n0 < h.index! && /[\s,，、★☆※]/.test(n[n0])) n0++;
			const name = span.text.slice(n0, hEnd).replace(/\s+/g, '');
			const t0 = hEnd + t[0].search(/\S/);
			const t1 = hEnd + t[0].length;
			from = t1;
			if (name.length <= h[0].length + 1 || /指标|目标/.test(name.slice(0, -h[0].length)) || !lv.level1) continue;
			const tText = span.text.slice(t0, t1).trim();
			// (a bare figure takes the hint's operator; a unit written "/株" is the hint's unit "元/株")
			const sign = /^(≥|≤|>=|<=|>|<|=|＞|＜)/.test(t[1]) ? '' : h[1];
			const hintUnit = h[2].trim() || undefined;
			const parsed = parseTarget(tText, sign + span.norm.slice(t0, t1), undefined);
			if (parsed.value === undefined) continue;
			if (!parsed.unit && hintUnit && (!t[3] || hintUnit.endsWith(t[3]))) parsed.unit = hintUnit;
			else if (parsed.unit && t[3]?.startsWith('/') && hintUnit?.endsWith(t[3])) parsed.unit = hintUnit;
			const qs = span.map[n0];
			const qe = span.map[t1 - 1] + 1;
			const target = ctx.mark({ ...parsed, text: tText, quote: ctx.quote(qs, qe) }, qs, qe, 0.7, 'indicators.prose.hinted');
			out.push({ level1: lv.level1, ...(lv.level2 ? { level2: lv.level2 } : {}), name, target } as Indicator);
		}
		// (a level label alone after the targets: the level of the next line's)
		for (const l of labels) if (l.end > from && l.lv.level1) lv = l.lv;
	}
	// (a list: two or more, so that one bracket in a sentence is no list of targets)
	return out.length >= 2 ? out : [];
}

/**
 * Indicators listed under block headings that name both levels, "【产出指标-数量指标】" followed by lines
 * "指标1:名称(≥77台)" / "指标2:名称(正面支撑)": each line's name is the text before its closing bracket, its
 * target the bracket's content (a bound, a figure or words). Serves project lists that government portals
 * print one cell a paragraph (部门项目绩效 pages: 【项目概况】, 【总体目标】, 【一级-二级指标】 blocks).
 */
export function readBlockTargets(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	const BLOCK = new RegExp(String.raw`^\s*[【\[]\s*((?:产出|效益|效果|满意度|成本)指标)\s*[-—－_–/·]\s*(${LEVEL2_NAME})\s*[】\]]\s*$`);
	let lv: { level1: string; level2: string } | undefined;
	for (const line of ctx.lines) {
		if (line.blank) continue;
		const { span } = line;
		const b = span.norm.match(BLOCK);
		if (b) {
			lv = { level1: b[1], level2: b[2] };
			continue;
		}
		if (!lv) continue;
		const m = span.norm.match(/^\s*(?:指标\s*\d{1,2}\s*[:：.、]\s*)?([^()（）:：]{2,40}?)\s*[(（]\s*([^()（）]{1,24})\s*[)）]\s*$/);
		if (!m) {
			// (the next block of another kind, 【项目概况】, or any other text, ends the levels)
			lv = undefined;
			continue;
		}
		const n0 = span.norm.indexOf(m[1], m.index!);
		const t0 = span.norm.lastIndexOf(m[2]);
		const t1 = t0 + m[2].length;
		const qs = span.map[span.norm.search(/\S/)];
		const qe = span.map[span.norm.trimEnd().length - 1] + 1;
		const tText = span.text.slice(t0, t1).trim();
		const parsed = parseTarget(tText, span.norm.slice(t0, t1), undefined);
		const target = ctx.mark({ ...parsed, quote: ctx.quote(qs, qe) }, qs, qe, 0.7, 'indicators.prose.block');
		out.push({ level1: lv.level1, level2: lv.level2, name: span.text.slice(n0, n0 + m[1].length).replace(/\s+/g, ''), target } as Indicator);
	}
	return out;
}
