/**
 * Score tables whose cells were flattened into one run of text with no separator at all (OCR of
 * a scanned table on a document-sharing mirror; a .docx read without its cell breaks), under the
 * header 三级指标 | 分值 | (年度)指标值 | (全年)实际值 | 得分. Nothing marks where a cell ends, so a row
 * is read only where it carries its own anchor:
 *
 * - an outcome row whose 指标值 and 实际值 are the same text cuts itself: "name W X X S" is 分值 W
 *   before the first X and 得分 S after the second ("服务人数101200人1200人" is 10 | 1200人 | 1200人;
 *   "8300万株300万株8" is 8 | 300万株 | 300万株 | 8). A row whose values differ stays unread;
 * - a row of the 决策 / 管理 / 过程 part, whose 指标值 is a dash or empty and whose 实际值 is text or a
 *   rate, is cut by its digits ("完整性4一目标明确、内容细化4": 4 | 一 | … | 4);
 * - level names with their points ("项目产出(30分)", "数量指标(10分)") and the 指标N item numbers
 *   are the row boundaries; after a row that cannot be cut, reading resumes at the next of them.
 *
 * Serves: 项目支出绩效自评表 and 项目绩效目标自评表 of the 决策/管理/产出/效益 kind (Ningxia's 项目支出
 * 绩效自评表, 项目绩效目标自评表, and every province's table with these columns) in flattened text.
 * Delimited text of these tables goes to the grid reader; this reader runs only when that found
 * no indicator row. The level vocabulary is the national one (财预〔2020〕10号 共性指标框架 and the
 * 产出/效益/满意度 target tables), not any one table's.
 */
import type { Figure, Indicator, ScoreNode } from '../schema/report';
import type { Ctx } from './context';
import { joinLines, type Joined } from './fused-rows';
import { cutsOf } from './numbers';
import { simplifyText } from '../text/simplified';
import { LEVEL2_KINDS, LEVEL2_NAME, level1Of, parseTarget, runHeaderRoles, unitOfName } from './indicators';

/**
 * Character confusions of Chinese OCR inside level names and units: 目 read as "Fl", 项 as 顼,
 * 元 as 兀 after 万. Only these whole patterns are replaced, keeping each character's source offset
 * (the quote stays the source text as written).
 */
const OCR_FIXES: Array<[RegExp, string]> = [
	[/[项顼]Fl/g, '项目'],
	[/顼目/g, '项目'],
	[/万兀/g, '万元']
];

function fixOcr(j: Joined): Joined {
	let { text, orig, map } = j;
	for (const [re, to] of OCR_FIXES) {
		let t = '';
		let o = '';
		const m2: number[] = [];
		let last = 0;
		for (const m of text.matchAll(re)) {
			const i = m.index!;
			t += text.slice(last, i) + to;
			o += orig.slice(last, i) + to;
			// (a loop, not push(...slice): a long document's map would overflow the call stack)
			for (let k = last; k < i; k++) m2.push(map[k]);
			// each character of the replacement keeps a source offset; its last one the last
			// replaced character's, so that a quote over it holds the whole misread
			for (let k = 0; k < to.length; k++) m2.push(map[k === to.length - 1 ? i + m[0].length - 1 : i + k]);
			last = i + m[0].length;
		}
		text = t + text.slice(last);
		orig = o + orig.slice(last);
		map = m2.concat(map.slice(last));
	}
	return { text, orig, map };
}

/** The text without its whitespace, offsets kept (a .docx read without cell breaks wraps words: "年度指标 值"). */
function squeeze(j: Joined): Joined {
	let text = '';
	let orig = '';
	const map: number[] = [];
	for (let i = 0; i < j.text.length; i++) {
		if (/\s/.test(j.text[i])) continue;
		text += j.text[i];
		orig += j.orig[i];
		map.push(j.map[i]);
	}
	return { text, orig, map };
}

/**
 * The header: 三级指标, a points column (分值 / 权重, however OCR scrambled it) or none, 指标值, 实际值
 * or 完成值, and 得分 where there are points.
 */
const HEADER = /三级指标([^\d]{0,12}?)(?:年度)?指标值[^\d]{0,8}?(?:全年)?(?:实际|完成)(?:完成)?值(?:[^\d]{0,8}?得分)?(?:(?:未完成|偏差)原因[^\d]{0,16}?措施|备注)?/;
/** Level one with its points: 项目产出(30分), 产出指标(40分); the 决策/管理/过程 parts are scored without indicator values. */
const LEVEL1 = /(项目(?:决策|管理|过程|产出|效益)|决策|过程|产出指标|效益指标|满意度指标)[(（](\d+(?:\.\d+)?)分[)）]/y;
/**
 * Level one with its points run on as the next cell, "管理指标30", "效果指标35" (一级指标 | 权重 | 二级指标 …
 * of a department's 整体支出绩效自评表 flattened): a level-1 name, one to three digits, then the next
 * cell's text.
 */
const LEVEL1_POINTS = /(管理指标|产出指标|效果指标|效益指标|满意度指标)(\d{1,3})(?=[\u4e00-\u9fa5])/y;
/** Level one of a table without points: 产出指标, 效益指标, 满意度指标. */
const LEVEL1_BARE = /(产出指标|效益指标|满意度指标)(?!\d|[(（])/y;
const DECISION = /决策|管理|过程/;
/** Level two: the 产出/效益 kinds (LEVEL2_NAME), and the 决策/过程 parts of the common framework. */
const LEVEL2 = new RegExp(
	`(${LEVEL2_NAME}|项目立项|项目目标|绩效目标|决策过程|资金投入|投入管理|资金管理|财务管理|项目实施|组织实施|业务管理)(?:[(（](\\d+(?:\\.\\d+)?)分[)）])?(?:\\d(?=[\\u4e00-\\u9fa5]))?`,
	'y'
);
/** A level or item name standing inside a row's name: the row started there. */
const LEVEL_INSIDE = new RegExp(`(?:产出|效益|满意度)指标|${LEVEL2_NAME}|指标[\\dLlI]`);
/** An item number: 指标1, 指标2:, and OCR's 指标L / 指标I. */
const ITEM = /指标[\dLlI一二三四五六七八九十][:：]?|[、,，:：;；.\s]+/y;
/** 决策/管理 row: name, points, a dash or nothing, the outcome as text or a rate, the score. */
const PLAIN = /([^\d]{2,40}?)(\d{1,2}(?:\.\d)?)[一\-—－]?([^\d]{0,60}?|\d{1,3}(?:\.\d+)?%)(\d{1,2}(?:\.\d)?)(?![\d.%])/y;
/** Words of the header or a level that no indicator name contains. */
const NOT_NAME = /指标值|实际值|得分|三级指标|分值|[(（]\d+分[)）]/;

function sticky(re: RegExp, s: string, at: number): RegExpExecArray | null {
	re.lastIndex = at;
	return re.exec(s);
}

/** The first level or item boundary after `at` (level two's names too, unless `level2` is false). */
function nextBoundary(s: string, at: number, level2 = true): number {
	for (let i = at + 1; i < s.length; i++) {
		if (sticky(LEVEL1, s, i) || sticky(LEVEL1_POINTS, s, i) || (level2 && sticky(LEVEL2, s, i)) || /^指标[\dLlI]/.test(s.slice(i, i + 3))) return i;
	}
	return s.length;
}

/**
 * Points and score run together after a row's values ("2017" is 20 | 17): the one cut of the digits
 * (up to the next non-digit) into points at most 100 and a score at most the points.
 */
function pointsPair(s: string, at: number): { w: string; s: string } | undefined {
	const run = s.slice(at).match(/^\d+(?:\.\d+)?(?![\d.%])/)?.[0];
	if (!run || run.length > 7) return undefined;
	const reads = cutsOf(run, 2).filter(([w, sc]) => Number(w) <= 100 && Number(sc) <= Number(w) && Number(w) > 0);
	return reads.length === 1 ? { w: reads[0][0], s: reads[0][1] } : undefined;
}

/**
 * A row "name X X W S" read from its points: the first run of digits that splits into points and a
 * score (pointsPair) with a value written twice right before it ("…质量合格合格2020", "…数量5处5处3028");
 * the longest such value. The name is what stands before the two values.
 */
function cutRepeatBeforePoints(s: string, at: number, limit: number): { name: string; x: string; end: number } | undefined {
	for (let d = at + 3; d < limit; d++) {
		// (a run of digits starts here, and splits into points and a score)
		if (!/\d/.test(s[d]) || /[\d.]/.test(s[d - 1]) || !pointsPair(s, d)) continue;
		const before = s.slice(at, d);
		for (let len = Math.min(8, Math.floor((before.length - 2) / 2)); len >= 1; len--) {
			const x = before.slice(before.length - len);
			if (before.slice(before.length - 2 * len, before.length - len) === x) return { name: before.slice(0, before.length - 2 * len), x, end: d };
		}
	}
	return undefined;
}

/**
 * Where a row that could not be cut ends under points-after columns: right after the first run of
 * two to four digits that stands between text and the next row's text and splits into points and a
 * score ("…按规定执行44部门…": 4 | 4). Reading resumes there, not at the next level name (which
 * may stand inside a cell: "…结余资金管理").
 */
function pairEnd(s: string, at: number, limit: number): number | undefined {
	const re = /(?<=[\u4e00-\u9fa5])\d{2,4}(?=[\u4e00-\u9fa5])/g;
	re.lastIndex = at;
	for (let m = re.exec(s); m && m.index < limit; m = re.exec(s)) if (pointsPair(s, m.index)) return m.index + m[0].length;
	return undefined;
}

/** The score after a row's values: the longest run of digits at most the points. */
function scoreAt(s: string, at: number, max: number): string | undefined {
	const m = s.slice(at, at + 6).match(/^\d{1,3}(?:\.\d+)?/);
	if (!m) return undefined;
	for (let len = m[0].length; len > 0; len--) {
		const t = m[0].slice(0, len);
		if (t.endsWith('.')) continue;
		if (Number(t) <= max) return t;
	}
	return undefined;
}

/**
 * An outcome row "name W X X": the name is the text before the first digit; every cut of the
 * points W (1–3 digits) and the value X such that X is written again right after is a reading. A
 * value ends in a unit, a % or text, never in a digit (a bare number repeated cannot be told from
 * the points around it). Kept only when exactly one reading is left.
 */
function cutRepeat(s: string, at: number): { name: string; w: string; x: string; end: number } | undefined {
	const lead = s.slice(at, at + 61).match(/^[^\d]{2,60}(?=\d)/);
	if (!lead) return undefined;
	const d = at + lead[0].length;
	const found: Array<{ w: string; x: string }> = [];
	const digits = s.slice(d, d + 6).match(/^\d{1,3}(?:\.\d+)?/)?.[0] ?? '';
	for (let wl = 1; wl <= digits.length; wl++) {
		const w = digits.slice(0, wl);
		if (w.endsWith('.') || Number(w) > 100) continue;
		for (let xl = 1; xl <= 40; xl++) {
			const x = s.slice(d + wl, d + wl + xl);
			if (x.length < xl || /[\d.]$/.test(x) || /^0\d/.test(x)) continue;
			if (s.startsWith(x, d + wl + xl)) found.push({ w, x });
		}
	}
	if (found.length !== 1) return undefined;
	const { w, x } = found[0];
	return { name: lead[0], w, x, end: d + w.length + 2 * x.length };
}

/**
 * A row "name W … W" whose value cells OCR garbled beyond a repeat ("合格率8合格率290$290%8",
 * "比例880%^80%8"): its points and its score are the same number, written right after the name and
 * at the row's end (up to the next level or item). Read only where exactly one cut of the digits
 * after the name is the number that ends the row, and the text between holds digits (a value is
 * there, unread); the row keeps its points and score, no target.
 */
function cutEnds(s: string, at: number, limit: number): { name: string; w: string; end: number } | undefined {
	const lead = s.slice(at, at + 61).match(/^[^\d]{2,60}(?=\d)/);
	if (!lead) return undefined;
	const d = at + lead[0].length;
	const tail = s.slice(at, limit).match(/(?<![\d.])(\d{1,3}(?:\.\d+)?)$/);
	if (!tail || !/[%\u4e00-\u9fa5$^=]/.test(s[limit - tail[1].length - 1] ?? '')) return undefined;
	const digits = s.slice(d, d + 6).match(/^\d{1,3}(?:\.\d+)?/)?.[0] ?? '';
	const cuts = [1, 2, 3].map((n) => digits.slice(0, n)).filter((w, i, a) => w.length === i + 1 && !w.endsWith('.') && a.indexOf(w) === i && Number(w) <= 100 && w === tail[1]);
	if (cuts.length !== 1) return undefined;
	const middle = s.slice(d + cuts[0].length, limit - tail[1].length);
	if (!/\d/.test(middle) || middle.length > 40) return undefined;
	return { name: lead[0], w: cuts[0], end: limit };
}

/** A value as a cell holds it: an operator, a number and its unit, or a rating word. */
const VALUE = /[≥≤><=]?\d+(?:\.\d+)?(?:%|[\u4e00-\u9fa5]{1,2})?|高|中|低|好|优|良|是|否|达标|合格/y;

/**
 * A row of a table without points, "name X X": the first place after the name where a value is
 * written twice running ("…到位率100%100%", "变质比例00", "安全性高高"). The name takes what
 * stands before it, digits included ("3000吨稻谷、300吨成品粮到位率").
 */
function cutRepeatBare(s: string, at: number, limit: number): { name: string; x: string; end: number } | undefined {
	for (let k = at + 2; k < limit; k++) {
		// a value starts where a number does, not inside one ("3000吨": no 0 twice)
		if (/[\d.]/.test(s[k - 1])) continue;
		VALUE.lastIndex = k;
		const v = VALUE.exec(s);
		if (!v) continue;
		// the value may be shorter than its longest reading ("00" is 0 twice)
		for (let len = v[0].length; len > 0; len--) {
			const x = v[0].slice(0, len);
			if (/\.$/.test(x) || !s.startsWith(x, k + len)) continue;
			// a longer number after the repeat is no repeat ("1010.5")
			if (/\d/.test(x[x.length - 1]) && /^[\d.]/.test(s.slice(k + 2 * len))) continue;
			return { name: s.slice(at, k), x, end: k + 2 * len };
		}
	}
	return undefined;
}

/**
 * Target and outcome of a row whose value X stands twice (as written, and its matching form),
 * quoted by the row. A value with digits that reads as no target is garbled ("工5%" for ≥5%):
 * none, the row keeps its points only.
 */
function outcome(ctx: Ctx, x: string, xNorm: string, q0: number, q1: number): Pick<Indicator, 'target' | 'actual'> {
	const t = parseTarget(x, xNorm, undefined);
	if (t.op === 'text' && /\d/.test(x)) return {};
	const quote = ctx.quote(q0, q1);
	const num = xNorm.match(/^(\d+(?:\.\d+)?)(%|[\u4e00-\u9fa5]{1,3})?$/);
	return {
		target: ctx.mark({ ...t, quote }, q0, q1, 0.7, 'runon.target'),
		actual: ctx.mark({ ...(num ? { value: Number(num[1]) } : {}), ...(num?.[2] ? { unit: num[2] } : {}), text: x, quote }, q0, q1, 0.7, 'runon.actual')
	};
}

export function readRunOnTable(ctx: Ctx): { indicators: Indicator[]; nodes: ScoreNode[] } {
	const out = { indicators: [] as Indicator[], nodes: [] as ScoreNode[] };
	const headLine = ctx.lines.findIndex((l) => /三级指标/.test(l.span.norm));
	if (headLine < 0) return out;
	// rows one a line with their cells joined by spaces ("指标2:X数量 ≥200 202 10 10"): the spaces
	// are the cells' separators, not a flattened document's wraps, and squeezing them runs the
	// figures together ("≥10 10" read as 1010): not this reader's (space-joined layout of any table)
	const spacedRows = ctx.lines.slice(headLine + 1, headLine + 12).filter((l) => {
		const t = l.span.norm.trim().split(/\s+/);
		return t.length >= 3 && t.slice(-2).every((x) => /^[≥≤><=]?\d[\d.,]*(%|[\u4e00-\u9fa5]{1,3})?$/.test(x));
	}).length;
	if (spacedRows >= 3) return out;
	// match on the matching form, take names and values as written (same indices)
	const joined = fixOcr(joinLines(ctx, headLine));
	// a header with separators is a delimited table: the grid reader's. Spaces inside the column
	// words ("年度指标 值全年 完成值") are a flattened .docx's line wraps, not separators.
	const raw = joined.text.match(/三级指标[^\d|\t]{0,60}?(?:实际|完成)\s*值/)?.[0];
	// (nor spaces between pieces that glue two column words, "三级指标年度 指标值实际 完成值": the words
	// run together and the spaces are wraps inside them)
	const glued = raw?.split(/\s+/).some((p) => /(三级指标|指标值|完成值|实际值)(?=年度|全年|实际|完成|指标值)/.test(p));
	if (!raw || /\|/.test(raw) || (/\s/.test(raw) && !/[\u4e00-\u9fa5]\s+值/.test(raw) && !glued)) return out;
	const { text, orig, map } = squeeze(joined);
	const head = text.match(HEADER);
	if (!head) return out;
	// with a points column the rows are "name W X X S"; without, "name X X"
	const points = /分|权重/.test(head[1]);
	// (or "name X X W S", the points and the score after the values: 三级指标 | 年度指标值 | 实际完成值 |
	// 分值 | 得分, Hubei's 项目支出绩效自评表; the two numbers ran together, "2017" is 20 | 17)
	const pointsAfter = !points && /值(分值|权重)得分/.test(head[0]);
	const src = (a: number, b: number) => [map[a], map[b - 1] + 1] as const;
	const fig = (t: string, a: number, b: number, rule: string) => {
		const [q0, q1] = src(a, b);
		return ctx.figure(t, '分', q0, q1, 0.7, rule);
	};
	const at = (m: RegExpExecArray, g: number) => orig.substr(m.index + m[0].indexOf(m[g]), m[g].length);
	let l1: ScoreNode | undefined;
	let l2: { name: string; node?: ScoreNode } | undefined;
	const l2Node = (): ScoreNode | undefined => {
		if (!l1 || !l2) return undefined;
		if (!l2.node) {
			l2.node = { name: l2.name, level: 2 };
			(l1.children ??= []).push(l2.node);
		}
		return l2.node;
	};
	let pos = head.index! + head[0].length;
	while (pos < text.length) {
		let m = sticky(LEVEL1, text, pos) ?? (points ? null : sticky(LEVEL1_POINTS, text, pos));
		if (m) {
			l1 = { name: at(m, 1), level: 1, max: fig(m[2], pos, pos + m[0].length, 'runon.level1') };
			out.nodes.push(l1);
			l2 = undefined;
			pos += m[0].length;
			continue;
		}
		m = points ? null : sticky(LEVEL1_BARE, text, pos);
		if (m) {
			l1 = { name: at(m, 1), level: 1 };
			l2 = undefined;
			pos += m[0].length;
			continue;
		}
		m = sticky(LEVEL2, text, pos);
		// "财务管理财务管理制度有效性": a level name written again starts the row's own name
		if (m && at(m, 1) !== l2?.name) {
			l2 = { name: at(m, 1) };
			if (m[2]) l2Node()!.max = fig(m[2], pos, pos + m[0].length, 'runon.level2');
			pos += m[0].length;
			continue;
		}
		m = sticky(ITEM, text, pos);
		if (m && m[0].length) {
			pos += m[0].length;
			continue;
		}
		if (!points) {
			// (the table's 总分 row closes it: what follows is another form's)
			if (pointsAfter && text.startsWith('总分', pos)) break;
			const limit = nextBoundary(text, pos);
			let r = (pointsAfter ? cutRepeatBeforePoints(text, pos, limit) : undefined) ?? cutRepeatBare(text, pos, limit);
			// (under points-after columns every row ends in its points and score: a value repeated with
			// no pair after it is no row — "…按规定执行44" is the pair 4 | 4 read as a value written twice;
			// its target and outcome differ and nothing marks where they part: unread)
			if (r && pointsAfter && !pointsPair(text, r.end)) r = undefined;
			// (a row that could not be cut, run into this one's name: this row starts after its pair)
			if (r && pointsAfter) {
				let after: number | undefined;
				for (let e = pairEnd(text, pos, pos + r.name.length); e !== undefined && e < pos + r.name.length; e = pairEnd(text, e, pos + r.name.length)) after = e;
				if (after !== undefined && pos + r.name.length - after >= 2) {
					r = { ...r, name: r.name.slice(after - pos) };
					pos = after;
				}
			}
			const name = r ? orig.substr(pos, r.name.length) : '';
			if (!r || name.length < 2 || NOT_NAME.test(name)) {
				// (a level name inside the unread row's cells is no boundary: its pair ends it, within a row's length)
				pos = (pointsAfter ? pairEnd(text, pos, Math.min(pos + 120, nextBoundary(text, pos, false))) : undefined) ?? limit;
				continue;
			}
			const rowStart = pos;
			let end = r.end;
			const pair = pointsAfter ? pointsPair(text, r.end) : undefined;
			if (pair) end += pair.w.length + pair.s.length;
			const [q0, q1] = src(rowStart, end);
			const ind: Indicator = { ...(l1 ? { level1: l1.name } : {}), ...(l2 ? { level2: l2.name } : {}), name };
			Object.assign(ind, outcome(ctx, orig.substr(r.end - 2 * r.x.length, r.x.length), r.x, q0, q1));
			if (pair) {
				ind.max = fig(pair.w, rowStart, end, 'runon.max');
				ind.score = fig(pair.s, rowStart, end, 'runon.score');
			}
			out.indicators.push(ind);
			pos = end;
			continue;
		}
		// (the level's name as written, matched in simplified characters: "項目決策" is a decision part)
		const decision = !!l1 && DECISION.test(simplifyText(l1.name));
		let row: { name: string; w: string; x: string; s?: string; end: number } | undefined;
		if (decision) {
			const p = sticky(PLAIN, text, pos);
			if (p) row = { name: at(p, 1), w: p[2], x: at(p, 3), s: p[4], end: pos + p[0].length };
		} else row = cutRepeat(text, pos);
		// a row whose values OCR garbled: its points and score alone, where they frame it
		if (!row && !decision) {
			const e = cutEnds(text, pos, nextBoundary(text, pos));
			const nm = e ? orig.substr(pos, e.name.length).replace(/^[、,，:：;；.\s]+|[、,，:：;；\s]+$/g, '') : '';
			if (e && nm.length >= 2 && !NOT_NAME.test(orig.slice(pos, e.end)) && e.name.search(LEVEL_INSIDE) < 0) {
				out.indicators.push({ ...(l1 ? { level1: l1.name } : {}), ...(l2 ? { level2: l2.name } : {}), name: nm, max: fig(e.w, pos, e.end, 'runon.max'), score: fig(e.w, pos, e.end, 'runon.score') } as Indicator);
				pos = e.end;
				continue;
			}
		}
		const raw = row ? orig.slice(pos, row.end) : '';
		const name = row ? orig.substr(pos, row.name.length).replace(/^[、,，:：;；.\s]+|[、,，:：;；\s]+$/g, '') : '';
		// a level or item name inside the name: the row started there
		const marker = row ? row.name.search(LEVEL_INSIDE) : -1;
		if (!row || name.length < 2 || NOT_NAME.test(raw) || marker > 0) {
			pos = marker > 0 ? pos + marker : nextBoundary(text, pos);
			continue;
		}
		const rowStart = pos;
		if (decision) {
			pos = row.end;
			if (Number(row.s) > Number(row.w)) continue;
			const leaf: ScoreNode = { name, level: 3, max: fig(row.w, rowStart, row.end, 'runon.max'), score: fig(row.s!, rowStart, row.end, 'runon.score') };
			const parent = l2Node() ?? l1;
			if (parent) (parent.children ??= []).push(leaf);
			continue;
		}
		let end = row.end;
		const s = scoreAt(text, end, Number(row.w));
		if (s) end += s.length;
		pos = end;
		const [q0, q1] = src(rowStart, end);
		const ind: Indicator = { ...(l1 ? { level1: l1.name } : {}), ...(l2 ? { level2: l2.name } : {}), name };
		Object.assign(ind, outcome(ctx, orig.substr(row.end - 2 * row.x.length, row.x.length), row.x, q0, q1));
		ind.max = fig(row.w, rowStart, end, 'runon.max');
		if (s) ind.score = fig(s, rowStart, end, 'runon.score');
		out.indicators.push(ind);
	}
	// level-two nodes of the 产出/效益 part stand in the tree only with their own points
	for (const n of out.nodes) if (n.children) n.children = n.children.filter((c) => c.max || c.children?.length);
	return out;
}

/** Level names that a flattened row carries in front of its indicator name. */
const LEVEL_PREFIX = new RegExp(`^(?:(产出指标|效益指标|满意度指标))?(?:(${LEVEL2_NAME}))?`);

/**
 * Indicator rows flattened onto a line with spaces as "name operator-target points", the level
 * names run into the first row of their level: "产出指标数量指标足额保障率=100% 22.5 科目调整次数≤10次
 * 22.5". Only a target with its operator written (=, ≥, ≤, <, >) followed by a number of points
 * makes a row: the operator is the anchor between name and target.
 * Serves: the 指标值 | 分值 columns of Sichuan's 项目支出绩效自评表 and any table with the same pair,
 * in text extracted with spaces for cell breaks, when no other reader found indicator rows.
 */
export function readOperatorRows(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	let l1: string | undefined;
	let l2: string | undefined;
	const ROW = /([\u4e00-\u9fa5][^\s=≥≤<>]{1,60}?)([=≥≤<>]\s*\d+(?:\.\d+)?(?:%|[\u4e00-\u9fa5]{1,2})?)\s+(\d{1,3}(?:\.\d+)?)(?=\s|$)/g;
	for (const l of ctx.lines) {
		const norm = l.span.norm;
		for (const m of norm.matchAll(ROW)) {
			const lead = m[1].match(LEVEL_PREFIX)!;
			if (lead[1]) {
				l1 = lead[1];
				l2 = undefined;
			}
			if (lead[2]) l2 = lead[2];
			const nameAt = m.index! + lead[0].length;
			const name = l.span.text.slice(nameAt, m.index! + m[1].length);
			if (name.length < 2 || Number(m[3]) > 100) continue;
			const [q0, q1] = [l.span.map[nameAt], l.span.map[m.index! + m[0].length - 1] + 1];
			const quote = ctx.quote(q0, q1);
			const tAt = m.index! + m[1].length;
			const t = l.span.text.slice(tAt, tAt + m[2].length);
			const ind: Indicator = { ...(l1 ? { level1: l1 } : {}), ...(l2 ? { level2: l2 } : {}), name };
			ind.target = ctx.mark({ ...parseTarget(t, m[2], undefined), quote }, q0, q1, 0.7, 'runon.operator.target');
			ind.max = ctx.figure(m[3], '分', q0, q1, 0.7, 'runon.operator.max');
			out.push(ind);
		}
	}
	return out;
}

/**
 * Target-table rows flattened with no separator whose 指标解释 column starts with 反映 (the
 * national 绩效目标表 template: "指标名称 | 反映…情况 | 指标值"): "巡查次数反映大楼巡检
 * 情况120次" is the name, the explanation, then the value. A row is read only when its value
 * has a number or an operator right after the explanation; a row whose explanation runs into
 * text stays unread. Level names (数量指标 …) before a row set its level.
 * Serves: Hubei's 预算项目支出绩效目标表 and every target table with a 反映… explanation column,
 * in flattened text, when no other reader found indicator rows.
 */
export function readExplainedRows(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	const headLine = ctx.lines.findIndex((l, i) => /二级指标/.test(l.span.norm) && ctx.lines.slice(i, i + 40).some((x) => /反映/.test(x.span.norm)));
	if (headLine < 0) return readExplainedLines(ctx);
	// (a header with cell separators is a delimited table's, the grid reader's: its bars are no text of a flattened row)
	if (/\||\t/.test(ctx.lines[headLine].raw)) return out;
	const { text, orig, map } = squeeze(joinLines(ctx, headLine));
	const head = text.slice(text.indexOf('二级指标')).match(/^二级指标(?:[^\d]{0,30}(?:实现值|指标值|目标值|绩效标准))?/)!;
	let start = text.indexOf('二级指标') + head[0].length;
	// (the header's other column words before the places: 三级指标, 指标解释, 指标方向 …)
	const cols = text.slice(start).match(/^(?:三级指标|指标名称|指标解释|指标说明|指标方向|指标性质|计量单位|度量单位)+/)?.[0] ?? '';
	// one value column per place after the header ("区域目标值新罗区永定区…", "…指标方向X街道办Y镇": a fund's
	// target table over its districts, towns and subdistricts): a row's value is its target only where
	// every place has the same one
	const PLACE = /[区县市镇乡]|街道办?/g;
	const places = text.slice(start + cols.length).match(/^(?:[\u4e00-\u9fa5]{1,4}?(?:[区县市镇乡]|街道办?))+?(?=产出|效益|满意|成本|数量|质量|时效)/)?.[0];
	const nPlaces = places ? (places.match(PLACE) ?? []).length : 0;
	if (places && nPlaces >= 2) start += cols.length + places.length;
	const UNIT = '(?:%|万元|万人次|万人|人次|平方米|立方米|公里|小时|[次个人天月年台套件项所家户亩米吨场篇份册本条座辆批期名处])?';
	// (a name may hold figures, "截至2026年12月底,X率": where a row with no figure in its value was passed over
	// before it, the name starts after the last level name)
	const ROW = new RegExp(`([^反]{2,50}?)(反映[^\\d]{2,40}?)((?:>=|<=|[≥≤><=])?\\d+(?:\\.\\d+)?${UNIT})`, 'g');
	const LEVEL = new RegExp(`^(${LEVEL2_NAME})`);
	ROW.lastIndex = start;
	let l2: string | undefined;
	let l1: string | undefined;
	// (the level 1 of a row: the one written before its level 2, carried down over its family — 成本指标 over
	// 经济成本指标 / 社会成本指标 — or the one its level 2 belongs to)
	const level1At = (lv2: string | undefined) => (!lv2 ? undefined : l1 && (l1 === level1Of(lv2) || (l1 === '成本指标' && /成本/.test(lv2))) ? l1 : level1Of(lv2));
	for (let m = ROW.exec(text); m; m = ROW.exec(text)) {
		let nameAt = m.index;
		let raw = m[1];
		const inner = [...raw.matchAll(new RegExp(`(?:(产出|效益|满意度|成本)指标)?(${LEVEL2_NAME})`, 'g'))].filter((x) => x.index! > 0).pop();
		if (inner) {
			nameAt += inner.index!;
			raw = raw.slice(inner.index!);
		}
		let l1Here: string | undefined;
		// (the level names a row opens with, 一级 then 二级: "产出指标数量指标X")
		const l1w = raw.match(/^(产出|效益|满意度|成本)指标(?=[\u4e00-\u9fa5])/);
		if (l1w && LEVEL.test(raw.slice(l1w[0].length))) {
			nameAt += l1w[0].length;
			raw = raw.slice(l1w[0].length);
			l1Here = l1w[0];
			l1 = l1Here;
		}
		const lv = raw.match(LEVEL);
		if (lv) {
			l2 = lv[1];
			nameAt += lv[0].length;
			raw = raw.slice(lv[0].length);
		}
		const name = orig.substr(nameAt, raw.length);
		if (name.length < 2 || NOT_NAME.test(name) || /指标$/.test(name)) continue;
		// (an explanation that runs into a level's name, "反映验收情况是/否是是时效指标…": the row's value is words,
		// no figure; the row keeps its name and the next row starts at the level)
		const lvIn = m[2].search(new RegExp(LEVEL2_NAME));
		if (lvIn >= 0) {
			out.push({ ...(l2 ? { level1: level1At(l2), level2: l2 } : {}), name });
			ROW.lastIndex = m.index + m[1].length + lvIn;
			continue;
		}
		const vAt = m.index + m[1].length + m[2].length;
		if (nPlaces >= 2) {
			// (an operator written once, in a 指标方向 column, before the places' values: "≥11" is ≥ then 1 and 1,
			// "≤100%100%" ≤ then 100% twice; the value that repeats once a place, where exactly one does)
			const op = m[3].match(/^(?:>=|<=|[≥≤><=])/)?.[0] ?? '';
			if (op && text.slice(vAt, vAt + m[3].length * nPlaces) !== m[3].repeat(nPlaces)) {
				const rest = text.slice(vAt + op.length);
				const vs = [...Array(rest.length).keys()].map((k) => rest.slice(0, k + 1)).filter((v) => /^\d+(?:\.\d+)?(?:%|[\u4e00-\u9fa5]{1,2})?$/.test(v) && rest.startsWith(v.repeat(nPlaces)) && !/^[\d.%]/.test(rest.slice(v.length * nPlaces)));
				if (vs.length !== 1 || (op + vs[0]).length > m[3].length + vs[0].length) {
					out.push({ ...(l2 ? { level1: level1At(l2), level2: l2 } : {}), name });
					ROW.lastIndex = vAt + 1;
					continue;
				}
				const v = orig.substr(vAt, op.length + vs[0].length);
				const [q0, q1] = [map[nameAt], map[vAt + op.length + vs[0].length * nPlaces - 1] + 1];
				const quote = ctx.quote(q0, q1);
				out.push({ ...(l2 ? { level1: level1At(l2), level2: l2 } : {}), name, target: ctx.mark({ ...parseTarget(v, op + vs[0], undefined), quote }, q0, q1, 0.7, 'runon.explained.target') });
				ROW.lastIndex = vAt + op.length + vs[0].length * nPlaces;
				continue;
			}
			// the value written once a place, the same in all: the target; else the row keeps its name
			const same = text.slice(vAt, vAt + m[3].length * nPlaces) === m[3].repeat(nPlaces);
			const level1 = level1At(l2);
			if (!same) {
				out.push({ ...(level1 ? { level1 } : {}), ...(l2 ? { level2: l2 } : {}), name });
				ROW.lastIndex = vAt + 1;
				continue;
			}
			ROW.lastIndex = vAt + m[3].length * nPlaces;
		}
		const v = orig.substr(vAt, m[3].length);
		const [q0, q1] = [map[nameAt], map[vAt + m[3].length - 1] + 1];
		const quote = ctx.quote(q0, q1);
		const level1 = level1At(l2);
		out.push({
			...(level1 ? { level1 } : {}),
			...(l2 ? { level2: l2 } : {}),
			name,
			target: ctx.mark({ ...parseTarget(v, m[3], undefined), quote }, q0, q1, 0.7, 'runon.explained.target')
		});
	}
	return out;
}

/** A unit written apart from its number ("不少于12 种"): joined back to it. */
const LONE_UNIT = /^(种|人|次|个|例|项|户|家|所|场|篇|份|台|套|辆|米|亩|天|册|期|%)$/;
/** Header and level words that end a row's values. */
const ROW_STOP = /^(一级|二级|三级)?(指标|分值|得分|年度|实际|完成值|指标值)$|^[\u4e00-\u9fa5]{2,6}指标$/;
/** A level's name or a piece of it, a header word spaced out character by character ("绩 效 指 标"),
 * or a level's points ("(10分"): never the rest of an indicator's name broken by a space. */
const NOT_NAME_PART = new RegExp(`^(?:${LEVEL2_KINDS.join('|')}|产出|效益|效果|满意|服务对象|一级|二级|三级|[绩效指标])|^[(（]\\d+\\s*分`);
/** A 二级指标 written just before a row's ordinal ("质量指标 指标1:…", "社会效益 指标1:…"). */
const LEVEL2_BEFORE = new RegExp(`(?:^|\\s)((?:${LEVEL2_KINDS.join('|')})(?:指标)?)\\s*$`);

/**
 * Indicator rows numbered 指标1:, 指标2: … in a sheet whose cells were run together on one line
 * (an .xlsx read as text by a document-sharing mirror: "指标7:建立预防接种证 221人 221人 2 2"),
 * where the header and the level cells were scrambled out of their places. A row is read only in
 * the two shapes that leave one reading: name then four values, the last two points with the
 * score no more than the points (指标值 | 实际完成值 | 分值 | 得分); or name and one value (指标值).
 * Anything else, a row run into the next one, stays unread.
 *
 * The same sheet's export also splits a run of rows into their names and their values: k names
 * with no value after them, then k rows' values ("指标24:A 指标25:B 14例 14例 2 2 900人 850人 2 1.7"),
 * or one row's values followed by those of the k rows whose names come after it, the table's 总分
 * pair last ("指标1:A 100% 100% 10 10 75元 75元 10 10 … 100 94 成本指标 指标1:B … 总分"). Such a run is
 * read only where the count of values is exactly four per name (two more for a 总分 that follows),
 * every group passes the shape above and its 指标值 and 完成值 are written in the same unit; the
 * names are paired with the groups in order. A name a wrapped cell broke with a space ("资金是否全部
 * 纳入医 保统筹") is joined back, up to a level word, a spaced-out header or a points note. The
 * 二级指标 written just before a row's ordinal is its level. Serves Shanxi's and Hebei's 项目支出绩效
 * 自评表 (national template, 指标N rows) exported from .xlsx by document-sharing mirrors.
 */
export function readOrdinalRows(ctx: Ctx): { indicators: Indicator[]; total?: { max: Figure; score: Figure } } {
	const out: Indicator[] = [];
	let total: { max: Figure; score: Figure } | undefined;
	const pts = (k: string) => /^(0|[1-9]\d?|100)(\.\d+)?$/.test(k);
	type Tok = { t: string; s: number; e: number };
	const isVal = (x: string) => /\d/.test(x) && x.length <= 16 && !/^[(（]/.test(x);
	/** four values of one row: 指标值 | 完成值 | 分值 | 得分 */
	const rowShape = (g: Tok[]) => g.length === 4 && g.every((v) => isVal(v.t)) && pts(g[2].t) && pts(g[3].t) && Number(g[3].t) <= Number(g[2].t);
	const unitOf = (x: string) => x.replace(/^[^\d]*[\d.,]+/, '');
	for (const line of ctx.lines) {
		const { span } = line;
		const marks = [...span.norm.matchAll(/指标\s*\d{1,2}\s*[:：]\s*/g)];
		if (marks.length < 3) continue;
		type Seg = { m: RegExpMatchArray; name: Tok & { text: string }; vals: Tok[]; valueless: boolean; level2?: string; tail: Tok[] };
		const segs: Array<Seg | undefined> = marks.map((m, i) => {
			const a = m.index! + m[0].length;
			const b = i + 1 < marks.length ? marks[i + 1].index! : span.norm.length;
			// tokens with their positions
			const toks: Tok[] = [];
			for (const x of span.norm.slice(a, b).matchAll(/\S+/g)) {
				const s = a + x.index!;
				const e = s + x[0].length;
				if (toks.length > 1 && LONE_UNIT.test(x[0])) {
					const last = toks[toks.length - 1];
					last.t += x[0];
					last.e = e;
				} else toks.push({ t: x[0], s, e });
			}
			const first = toks.shift();
			// (a name may open with an age or a range: "0-6岁儿童健康管理数")
			if (!first || !/^[\u4e00-\u9fa5]|^\d[\d\-~～.]*[\u4e00-\u9fa5]/.test(first.t) || first.t.length < 2 || /指标$/.test(first.t)) return undefined;
			// the rest of a name a wrapped cell broke with a space
			let text = span.text.slice(first.s, first.e);
			let end = first.e;
			while (toks.length && /^[\u4e00-\u9fa5]{1,8}$/.test(toks[0].t) && !ROW_STOP.test(toks[0].t) && !LONE_UNIT.test(toks[0].t) && !NOT_NAME_PART.test(toks[0].t)) {
				const c = toks.shift()!;
				text += span.text.slice(c.s, c.e);
				end = c.e;
			}
			const stop = toks.findIndex((x) => ROW_STOP.test(x.t) || /^[\u4e00-\u9fa5]{2,}$/.test(x.t) || /^[(（]\d+\s*分/.test(x.t));
			const vals = stop >= 0 ? toks.slice(0, stop) : toks;
			const lv = span.norm.slice(Math.max(0, m.index! - 12), m.index!).match(LEVEL2_BEFORE);
			return { m, name: { t: text, s: first.s, e: end, text }, vals, valueless: vals.length === 0, tail: stop >= 0 ? toks.slice(stop) : [], ...(lv ? { level2: lv[1] } : {}) };
		});
		const done = new Set<Seg>();
		let lineTotal: typeof total;
		const emit = (seg: Seg, vals: Tok[], q0: number, q1: number) => {
			done.add(seg);
			const quote = ctx.quote(q0, q1);
			const tText = span.text.slice(vals[0].s, vals[0].e);
			const target = ctx.mark({ ...parseTarget(tText, span.norm.slice(vals[0].s, vals[0].e), undefined), text: tText, quote }, q0, q1, 0.65, 'indicators.ordinal-rows');
			const ind: Indicator = { ...(seg.level2 ? { level1: level1Of(seg.level2), level2: seg.level2 } : {}), name: seg.name.text, target } as Indicator;
			if (vals.length === 4) {
				const aText = span.text.slice(vals[1].s, vals[1].e);
				const am = span.norm.slice(vals[1].s, vals[1].e).match(/^(\d+(?:\.\d+)?)\s*(%|[\u4e00-\u9fa5]{1,3})?$/);
				ind.actual = ctx.mark({ ...(am ? { value: Number(am[1]) } : {}), ...(am?.[2] ? { unit: am[2] } : {}), text: aText, quote }, q0, q1, 0.65, 'indicators.ordinal-rows');
				ind.max = ctx.figure(span.text.slice(vals[2].s, vals[2].e), '分', q0, q1, 0.65, 'indicators.ordinal-rows');
				ind.score = ctx.figure(span.text.slice(vals[3].s, vals[3].e), '分', q0, q1, 0.65, 'indicators.ordinal-rows');
			}
			out.push(ind);
		};
		const src = (p: number) => span.map[p];
		const end = (t: Tok) => span.map[t.e - 1] + 1;
		/** groups of four that are rows, written alike */
		const groupsOf = (vals: Tok[], k: number) => {
			const gs = Array.from({ length: k }, (_, g) => vals.slice(4 * g, 4 * g + 4));
			return gs.every((g) => rowShape(g) && unitOf(g[0].t) === unitOf(g[1].t)) ? gs : undefined;
		};
		for (let i = 0; i < segs.length; i++) {
			const seg = segs[i];
			if (!seg || seg.valueless) continue;
			const n = seg.vals.length;
			// names before values: the valueless rows just before this one
			let p = 0;
			while (i - p - 1 >= 0 && segs[i - p - 1]?.valueless && !segs[i - p - 1]!.vals.length && segs[i - p - 1]!.tail.length === 0) p++;
			// values before names: the valueless rows just after it
			let q = 0;
			while (i + q + 1 < segs.length && segs[i + q + 1]?.valueless) q++;
			if (p > 0 && n === 4 * (p + 1)) {
				const gs = groupsOf(seg.vals, p + 1);
				if (gs) {
					gs.forEach((g, k) => emit(k < p ? segs[i - p + k]! : seg, g, src(segs[i - p]!.m.index!), end(seg.vals[n - 1])));
					continue;
				}
			}
			if (q > 0 && n >= 8 && (n % 4 === 0 || n % 4 === 2)) {
				const k = Math.floor(n / 4);
				if (k === q + 1) {
					const gs = groupsOf(seg.vals, k);
					const last = segs[i + q]!;
					const rest = seg.vals.slice(4 * k);
					const totalAfter = rest.length === 2 && pts(rest[0].t) && pts(rest[1].t) && Number(rest[1].t) <= Number(rest[0].t) && last.tail.some((x) => /^总分$/.test(x.t));
					if (gs && (rest.length === 0 || totalAfter)) {
						gs.forEach((g, j) => emit(j === 0 ? seg : segs[i + j]!, g, src(j === 0 ? seg.m.index! : g[0].s), end(j === 0 ? g[3] : segs[i + j]!.name)));
						if (totalAfter) {
							const label = last.tail.find((x) => /^总分$/.test(x.t))!;
							const q0 = src(rest[0].s);
							const q1 = end(label);
							lineTotal = { max: ctx.figure(span.text.slice(rest[0].s, rest[0].e), '分', q0, q1, 0.6, 'indicators.ordinal-rows.total'), score: ctx.figure(span.text.slice(rest[1].s, rest[1].e), '分', q0, q1, 0.6, 'indicators.ordinal-rows.total') };
						}
						i += q;
						continue;
					}
				}
			}
			if (n !== 4 && n !== 1) continue;
			if (!seg.vals.every((v) => isVal(v.t))) continue;
			if (n === 4 && !rowShape(seg.vals)) continue;
			emit(seg, seg.vals, src(seg.m.index!), end(seg.vals[n - 1]));
		}
		// the 总分 only where every row of the sheet was read: a row left unread would make the
		// indicators' points fall short of it
		if (lineTotal && segs.every((sg) => !sg || done.has(sg))) total = lineTotal;
	}
	// (a table: three rows at least)
	return out.length >= 3 ? { indicators: out, ...(total ? { total } : {}) } : { indicators: [] };
}

/**
 * Indicator rows written with spaces for cell breaks under a header with a separate operator
 * column (符号) and weights: 一级指标 二级指标 三级指标 指标分值 预期指标值 (符号 | 值 | 单位) 实际完成值
 * 完成情况 得分 权重占比 折算得分. A row is "[level1] [level2] name [explanation] op value unit actual
 * [完成|未完成] score weight [weighted score]": the operator (>=, <=, =, >, <) anchors it, the unit is
 * its first character run ("%(百分比)" is %), the weight is the indicator's points and the score
 * its own; a level written only in the group's first row holds for the rows under it. Rows that do
 * not have this shape stay unread. Serves Hebei's 预算项目绩效自评表 in text with spaces for cells.
 */
export function readSignedRows(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	const h = ctx.lines.findIndex((l, i) => /三级指标/.test(l.span.norm) && ctx.lines.slice(i, i + 3).some((x) => /符号/.test(x.span.norm) && /权重/.test(x.span.norm)));
	if (h < 0) return out;
	let l1: string | undefined;
	let l2: string | undefined;
	const OP = /^(>=|<=|≥|≤|=|>|<)$/;
	const n = (k: string) => /^\d+(\.\d+)?$/.test(k);
	for (const line of ctx.lines.slice(h + 1, h + 60)) {
		const { span } = line;
		const toks = [...span.text.matchAll(/\S+/g)].map((m) => ({ t: m[0], a: m.index!, b: m.index! + m[0].length }));
		const op = toks.findIndex((x) => OP.test(x.t));
		if (op < 1) {
			if (/总分|合计/.test(span.norm) && out.length) break;
			continue;
		}
		const pre = toks.slice(0, op).map((x) => x.t);
		const post = toks.slice(op + 1).map((x) => x.t);
		// value, unit, actual, [status], score, weight, [weighted]
		if (post.length < 5 || !n(post[0])) continue;
		let k = 3;
		if (/^(已?完成|未完成|部分完成)$/.test(post[k] ?? '')) k++;
		if (!n(post[k] ?? '') || !n(post[k + 1] ?? '')) continue;
		const [score, weight] = [k, k + 1];
		if (Number(post[weight]) > 100 || Number(post[score]) > 100) continue;
		let i = 0;
		if (/^(产出|效益|效果|满意度|成本)指标$/.test(pre[i] ?? '') && pre.length > 1) {
			l1 = pre[i++];
			l2 = undefined;
		}
		if (/指标$/.test(pre[i] ?? '') && pre.length - i > 1) l2 = pre[i++];
		const nameTok = toks[i];
		if (!nameTok || /指标$/.test(nameTok.t) || i >= op) continue;
		const [q0, q1] = [span.map[toks[0].a], span.map[toks[op + 1 + Math.min(post.length - 1, weight + 1)].b - 1] + 1];
		const quote = ctx.quote(q0, q1);
		const unit = post[1].match(/^(%|[\u4e00-\u9fa5]{1,4})/)?.[1];
		const opText = toks[op].t.replace('≥', '>=').replace('≤', '<=');
		const parsed = parseTarget(opText + post[0] + (unit ?? ''), opText + post[0] + (unit ?? ''), undefined);
		const ind: Indicator = { ...(l1 ? { level1: l1 } : {}), ...(l2 ? { level2: l2 } : {}), name: nameTok.t };
		ind.target = ctx.mark({ ...parsed, text: post[0], ...(unit ? { unit } : {}), quote }, q0, q1, 0.7, 'runon.signed.target');
		const act = post[2].match(/^(\d+(?:\.\d+)?)(%|[\u4e00-\u9fa5]{1,3})?$/);
		ind.actual = ctx.mark({ ...(act ? { value: Number(act[1]) } : {}), ...(act?.[2] ? { unit: act[2] } : act && unit ? { unit } : {}), text: post[2], quote }, q0, q1, 0.7, 'runon.signed.actual');
		ind.max = ctx.figure(post[weight], '分', q0, q1, 0.7, 'runon.signed.max');
		ind.score = ctx.figure(post[score], '分', q0, q1, 0.7, 'runon.signed.score');
		out.push(ind);
	}
	return out;
}

/**
 * Indicator rows of a table copied as text with no separator at all, one row a line: the header
 * "绩效指标一级指标二级指标指标内容指标值" run together, then rows "产出指标数量指标X覆盖率100%",
 * "质量指标Y合格率100%", "Z满意度≥90%" whose level cells stand only in their group's first row. A
 * row is read only where it ends in a figure (a number with its unit or an operator): the name is
 * what stands between the level names and the figure. A row whose value is words ("稳步提高")
 * cannot be cut from its name and stays unread. Serves 绩效目标表 pasted into county and district
 * web pages (Hubei's, Hunan's and others'), when no other reader found indicator rows.
 */
export function readFusedLines(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	const sq = (t: string) => t.replace(/\s+/g, '');
	const h = ctx.lines.findIndex((l) => !/[|\t]/.test(l.raw) && /一级指标二级指标/.test(sq(l.span.norm)) && /(指标值|目标值|指标内容)$/.test(sq(l.span.norm)));
	if (h < 0) return out;
	// (a header with columns between the name and the target, 分值 / 指标权重 / 计量单位 / 指标性质, is no
	// row of name and figure: indicators.ts readRunTogetherRows reads it by its columns)
	const roles = runHeaderRoles(sq(ctx.lines[h].span.norm));
	if (roles && roles.some((r) => !['l1', 'l2', 'name', 'target', 'note'].includes(r))) return out;
	const L1 = /^(产出指标|效益指标|满意度指标)/;
	const L2 = new RegExp(`^(${LEVEL2_KINDS.join('|')})指标`);
	const VALUE = /((?:≥|≤|>=|<=|>|<|=)?\d+(?:\.\d+)?(?:%|‰|[\u4e00-\u9fa5]{1,4}(?:\/[\u4e00-\u9fa5]{1,2})?)?)$/;
	let l1: string | undefined;
	let l2: string | undefined;
	let misses = 0;
	for (const line of ctx.lines.slice(h + 1, h + 60)) {
		if (line.blank) continue;
		const { span } = line;
		const text = span.norm.trim();
		if (/\s/.test(text) || /^(附件|扫一扫|\[)/.test(text)) break;
		let rest = text;
		let at = span.norm.indexOf(text);
		const a1 = rest.match(L1);
		if (a1) {
			l1 = a1[1];
			l2 = undefined;
			rest = rest.slice(a1[0].length);
			at += a1[0].length;
		}
		const a2 = rest.match(L2);
		if (a2) {
			l2 = a2[0];
			rest = rest.slice(a2[0].length);
			at += a2[0].length;
		}
		const v = rest.match(VALUE);
		// (a number inside the name is no value: the figure is what ends the row)
		if (!v || !l1 || rest.length - v[1].length < 2) {
			if (++misses > 2) break;
			continue;
		}
		misses = 0;
		const name = span.text.slice(at, at + rest.length - v[1].length);
		const vAt = at + rest.length - v[1].length;
		const [q0, q1] = [span.map[at], span.map[vAt + v[1].length - 1] + 1];
		const quote = ctx.quote(q0, q1);
		const written = span.text.slice(vAt, vAt + v[1].length);
		const ind: Indicator = { level1: l1, ...(l2 ? { level2: l2 } : {}), name };
		ind.target = ctx.mark({ ...parseTarget(written, v[1], undefined), quote }, q0, q1, 0.65, 'runon.fused-line.target');
		out.push(ind);
	}
	return out;
}


/** Level names of the whole-department score tables (投入 / 过程 / 产出 / 效果 and their parts). */
const SCORE_L1 = ['投入', '过程', '产出', '效果', '效益', '决策', '管理'];
const SCORE_L2 = ['预算配置', '预算执行', '预算管理', '资产管理', '职责履行', '履职效益', '目标设定', '财务管理', '项目管理', '业务管理'];
/** The Ministry's common indicators of whole-department spending (财预〔2013〕53号) and their kin. */
const SCORE_L3 = [
	'在职人员控制率', '“三公经费”变动率', '"三公经费"变动率', '三公经费变动率', '“三公经费”控制率', '三公经费控制率', '重点支出安排率', '预算完成率', '预算调整率', '支付进度率',
	'结转结余率', '结转结余变动率', '公用经费控制率', '政府采购执行率', '预算控制率', '新建楼堂馆所面积控制率', '新建楼堂馆所投资概算控制率', '管理制度健全性',
	'资金使用合规性', '预决算信息公开性', '基础信息完善性', '资产管理安全性', '固定资产利用率', '实际完成率', '完成及时率', '质量达标率', '重点工作办结率'
];

/**
 * A whole-department score table flattened with no separator, each row its name, its 分值, the long
 * 评价标准 and 指标说明 texts, then its 得分 (一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 评价标准 |
 * 指标说明 | 得分, Hunan's 部门整体支出绩效评价指标表 on document-sharing mirrors). A row starts where a
 * level or a common indicator's name is followed at once by its points ("在职人员控制率5以100%…"), a
 * name inside the rule texts is followed by no number; its score is the number that ends the row, right
 * before the next row's name, at most its points; its points the shortest reading of the digits after
 * its name that is at least that score. Level-1 and level-2 rows carry their points only.
 */
export function readFlowedScoreTable(ctx: Ctx): ScoreNode[] {
	const headLine = ctx.lines.findIndex((l) => /三级指标\s*分值/.test(l.span.norm.replace(/\s+/g, '')) && /得分/.test(l.span.norm));
	if (headLine < 0) return [];
	const { text, map } = squeeze(joinLines(ctx, headLine));
	const h = text.search(/三级指标分值(评价标准)?(指标说明)?(评分标准)?得分/);
	if (h < 0) return [];
	const from = text.indexOf('得分', h) + 2;
	type Hit = { level: 1 | 2 | 3; name: string; at: number; digits: string };
	const hits: Hit[] = [];
	const names: Array<[string, 1 | 2 | 3]> = [...SCORE_L3.map((n) => [n, 3] as [string, 3]), ...SCORE_L2.map((n) => [n, 2] as [string, 2]), ...SCORE_L1.map((n) => [n, 1] as [string, 1])];
	for (let i = from; i < text.length; i++) {
		const hit = names.find(([n]) => text.startsWith(n, i));
		if (!hit) continue;
		const digits = text.slice(i + hit[0].length).match(/^\d+(?:\.\d+)?/)?.[0];
		if (digits && !/[%％]/.test(text[i + hit[0].length + digits.length] ?? '') || (digits && hit[1] === 3)) {
			hits.push({ level: hit[1], name: hit[0], at: i, digits: digits! });
			i += hit[0].length + digits!.length - 1;
		}
	}
	if (hits.filter((x) => x.level === 3).length < 2) return [];
	const fig = (t: string, a: number, b: number, rule: string) => ctx.figure(t, '分', map[a], map[b - 1] + 1, 0.7, rule);
	const out: ScoreNode[] = [];
	let l1: ScoreNode | undefined;
	let l2: ScoreNode | undefined;
	for (const [x, hit] of hits.entries()) {
		const nameEnd = hit.at + hit.name.length;
		if (hit.level < 3) {
			if (!/^\d{1,3}(\.\d)?$/.test(hit.digits) || Number(hit.digits) > 100) continue;
			const node: ScoreNode = { name: hit.name, level: hit.level, max: fig(hit.digits, hit.at, nameEnd + hit.digits.length, 'runon.flowed.level') };
			if (hit.level === 1) {
				out.push(node);
				l1 = node;
				l2 = undefined;
			} else if (l1) {
				(l1.children ??= []).push(node);
				l2 = node;
			}
			continue;
		}
		// the row's end: the next row's name, or the table's end where a name was cut off
		const next = hits[x + 1]?.at ?? text.length;
		const before = text.slice(nameEnd, next);
		// (a sentence's full stop before the score is no decimal point: "…X100%.5预算控制率")
		const sc = before.match(/(?<!\d)(?<!\d\.)(\d{1,3}(?:\.\d+)?)$/);
		const tail = next === text.length ? text.slice(nameEnd).match(/(?<![\d.])(\d{1,3}(?:\.\d+)?)([\u4e00-\u9fa5“”"]{2,12})$/) : null;
		const score = sc?.[1] ?? (tail && names.some(([n]) => n.startsWith(tail[2]) && n !== tail[2]) ? tail[1] : undefined);
		if (!score) continue;
		const maxText = [1, 2, 3].map((n) => hit.digits.slice(0, n)).find((d, n) => d.length === n + 1 && !d.endsWith('.') && Number(d) >= Number(score) && Number(d) <= 100);
		if (!maxText) continue;
		const end = sc ? next : nameEnd + before.lastIndexOf(score) + score.length;
		const leaf: ScoreNode = { name: hit.name, level: 3, max: fig(maxText, hit.at, end, 'runon.flowed.max'), score: fig(score, hit.at, end, 'runon.flowed.score') };
		const parent = l2 ?? l1;
		if (parent) (parent.children ??= []).push(leaf);
		else out.push({ ...leaf, level: 1 });
	}
	return out;
}

/** The header of a target form whose cells ran together: the levels, the name, its explanation, the target. */
const EXPLAINED_HEAD = /一级指标二级指标三级指标(?:指标解释|指标说明)[\u4e00-\u9fa5及、]{0,12}?(?:预期达到目标|年度目标值|指标值|目标值|预期目标)$/;
/** Where an indicator's name ends inside "name explanation" run together: a measure the name counts or rates. */
const NAME_END = /(?:数量|数|率|面积|规模|金额|时间|天数|长度|里程)$/;

/**
 * Target forms whose row cells ran together on one line, the target on the next: "产出指标数量指标
 * 研究培育X品种数量研究培育X品种数量 / 2种", "消化利用秸秆数量建立秸秆综合利用点 / 5个" under the header
 * 一级指标二级指标三级指标指标解释(指标说明及公式)预期达到目标. The level names open a row (carried
 * down), the name is the line's first half where the explanation repeats it, else the words up to the
 * first measure the name counts or rates (…数量, …率) with an explanation after it; a line that fits
 * neither is left unread. The target is the next line, a figure with its unit. Reading stops at the
 * first line that is not such a row. Serves 部门整体支出项目绩效目标申报表 and project target forms
 * printed by pages that drop the cell breaks (Hunan's county disclosure pages and any with these columns).
 */
export function readExplainedLines(ctx: Ctx): Indicator[] {
	const L = ctx.lines;
	const sq = (n: number) => L[n].span.norm.replace(/\s+/g, '');
	const head = L.findIndex((l, n) => !l.blank && EXPLAINED_HEAD.test(sq(n)));
	if (head < 0) return [];
	const LEVEL1_AT = /^(产出|效益|满意度|成本)指标/;
	const LEVEL2_AT = new RegExp(`^${LEVEL2_NAME}`);
	const out: Indicator[] = [];
	let l1 = '';
	let l2 = '';
	let n = head + 1;
	for (;;) {
		while (n < L.length && L[n].blank) n++;
		let t = n + 1;
		while (t < L.length && L[t].blank) t++;
		if (t >= L.length) break;
		const line = L[n];
		// (one run of cells: no separator, no space inside)
		if (line.tabbed || /\|/.test(line.raw) || /\S\s+\S/.test(line.span.norm.trim())) break;
		let body = sq(n);
		let at = line.span.norm.search(/\S/);
		const m1 = body.match(LEVEL1_AT);
		if (m1) (l1 = m1[0]), (l2 = ''), (body = body.slice(m1[0].length)), (at += m1[0].length);
		const m2 = body.match(LEVEL2_AT);
		if (m2) {
			l2 = m2[0];
			if (!m1) l1 = level1Of(l2);
			body = body.slice(m2[0].length);
			at += m2[0].length;
		}
		if (!l1 || !l2 || body.length < 4 || body.length > 80 || /\d/.test(body)) break;
		// the target: a figure with its unit, alone on the next line
		const tl = L[t];
		const tn = tl.span.norm.trim();
		if (tn.length > 16 || !/\d/.test(tn) || /\|/.test(tl.raw)) break;
		let nameLen = 0;
		const half = body.length / 2;
		if (body.length % 2 === 0 && body.slice(0, half) === body.slice(half)) nameLen = half;
		else {
			// (…数 before 量 is the start of …数量)
			for (let i = 2; i <= body.length - 2; i++) if (NAME_END.test(body.slice(0, i)) && !(body[i - 1] === '数' && body[i] === '量')) {
				nameLen = i;
				break;
			}
		}
		n = t + 1;
		if (!nameLen) continue;
		const name = line.span.text.slice(at, at + nameLen);
		const q0 = line.span.map[at];
		const t0 = tl.span.text.search(/\S/);
		const q1 = tl.span.map[t0 + tl.span.text.trim().length - 1] + 1;
		const unit = unitOfName(name);
		const target = ctx.mark({ ...parseTarget(tl.span.text.trim(), tn, unit), quote: ctx.quote(q0, q1) }, q0, q1, 0.65, 'runon.explained-lines.target');
		out.push({ level1: l1, level2: l2, name, ...(unit ? { unit } : {}), target } as Indicator);
	}
	return out.length >= 2 ? out : [];
}
