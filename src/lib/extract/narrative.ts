/**
 * Narrative sections: the department's performance goal (部门整体支出绩效目标), the problems
 * (存在问题) and the measures (改进措施), as ordered items with an optional short title.
 *
 * Items are read from the structure the report gives, in this order of preference:
 * sub-headings (（一）title + paragraphs), numbered paragraphs (1. / （1） / 一是 …), inline
 * enumerations inside one paragraph (一是…；二是…), and lastly sentences that open with a
 * connective (今后 / 同时 / 此外 …).
 */
import type { TextItem } from '../schema/report';
import type { Ctx, Env, Section } from './context';
import { readMarker, type Span } from './doc';
import { key } from './tables';

/* ------------------------------------------------------------------ helpers */

/** Inline ordinal markers: 一是 / 二是 … (also in bold: **一是**). */
const ORDINAL = /(?:第)?([一二三四五六七八九十]{1,2})是/g;

export interface Piece {
	span: Span;
	/** span indices */
	a: number;
	b: number;
}

const trimPiece = (p: Piece): Piece => {
	let { a, b } = p;
	while (a < b && /\s/.test(p.span.text[a])) a++;
	while (b > a && /\s/.test(p.span.text[b - 1])) b--;
	return { span: p.span, a, b };
};

function pieceText(p: Piece): string {
	return p.span.text.slice(p.a, p.b);
}

function quoteOf(ctx: Ctx, p: Piece): [number, number] {
	return [p.span.map[p.a], p.span.map[p.b - 1] + 1];
}

/** Split a piece at 一方面 … 另一方面 (the text before the first is dropped). */
function splitAspects(p: Piece): Array<{ marker: Piece; body: Piece }> | undefined {
	const seg = p.span.norm.slice(p.a, p.b);
	const found: Array<{ s: number; e: number }> = [];
	for (const m of seg.matchAll(/(另一方面|一方面|再一方面)\s*[，,]?/g)) {
		const prevCh = seg[m.index! - 1];
		if (m.index! > 0 && prevCh !== undefined && !/[。；;：:，,\s]/.test(prevCh)) continue;
		found.push({ s: p.a + m.index!, e: p.a + m.index! + m[0].length });
	}
	if (found.length < 2) return undefined;
	return found.map((f, i) => ({
		marker: { span: p.span, a: f.s, b: f.e },
		body: trimPiece({ span: p.span, a: f.e, b: i + 1 < found.length ? found[i + 1].s : p.b })
	}));
}

/** Split a piece at inline ordinal markers 一是/二是…; the text before the first is dropped. */
export function splitOrdinals(p: Piece): Array<{ marker: Piece; body: Piece }> | undefined {
	const seg = p.span.norm.slice(p.a, p.b);
	const found: Array<{ n: number; s: number; e: number }> = [];
	ORDINAL.lastIndex = 0;
	for (const m of seg.matchAll(ORDINAL)) {
		const n = ['', '一', '二', '三', '四', '五', '六', '七', '八', '九', '十'].indexOf(m[1]);
		const expected = found.length + 1;
		// ordinals run 一, 二, 三 …; and start a clause
		const prevCh = seg[m.index! - 1];
		if (n !== expected) continue;
		if (m.index! > 0 && prevCh !== undefined && !/[。；;：:，,\s*.]/.test(prevCh)) continue;
		found.push({ n, s: p.a + m.index!, e: p.a + m.index! + m[0].length });
	}
	if (found.length < 2) return undefined;
	return found.map((f, i) => ({
		marker: { span: p.span, a: f.s, b: f.e },
		body: trimPiece({ span: p.span, a: f.e, b: i + 1 < found.length ? found[i + 1].s : p.b })
	}));
}

/** Split a piece at inline numbers 1. 2. 3. that follow a sentence end or a colon. */
export function splitInlineNumbers(p: Piece): Array<{ marker: Piece; body: Piece }> | undefined {
	const seg = p.span.norm.slice(p.a, p.b);
	const re = /(?:^|(?<=[。：:；;]))\s*(\d{1,2})\s*[.．、](?!\d)/g;
	const found: Array<{ s: number; e: number }> = [];
	for (const m of seg.matchAll(re)) {
		if (Number(m[1]) !== found.length + 1) continue;
		const lead = m[0].length - m[0].trimStart().length;
		found.push({ s: p.a + m.index! + lead, e: p.a + m.index! + m[0].length });
	}
	if (found.length < 2) return undefined;
	return found.map((f, i) => ({
		marker: { span: p.span, a: f.s, b: f.e },
		body: trimPiece({ span: p.span, a: f.e, b: i + 1 < found.length ? found[i + 1].s : p.b })
	}));
}

/** Strip markdown emphasis left inside a text (already removed by the cleaner) and a final
 * clause separator. */
const stripEnd = (s: string) => s.replace(/[；;，,、\s]+$/, '');

/** Title + text from an item body: a short first sentence is its title. */
function titled(body0: string): { title?: string; text: string } {
	// a kind word leading the item ("措施:…") is its title
	const label = body0.match(KIND_LABEL);
	if (label && body0.slice(label[0].length).trim()) return { title: label[1], text: body0.slice(label[0].length).trim() };
	const body = body0;
	// a title is a short phrase of its own: at most 15 characters, no clause inside
	const m = body.match(/^([^。！？!?，,；;]{2,15})[。！？!?](.+)$/s);
	if (m && m[2].trim()) return { title: m[1].trim().replace(/[：:]$/, ''), text: m[2].trim() };
	return { text: body };
}

const CONNECTIVE = /^(今后|同时|此外|另外|其次|再次|最后|下一步|一方面|另一方面|第一|第二|第三|首先)/;

/** Sentences of a piece, grouped so that each group opens with a connective. */
function connectiveGroups(p: Piece): Piece[] {
	const seg = p.span.text.slice(p.a, p.b);
	const sentences: Array<[number, number]> = [];
	let s = 0;
	for (let i = 0; i < seg.length; i++) {
		if (/[。！？!?]/.test(seg[i])) {
			sentences.push([s, i + 1]);
			s = i + 1;
		}
	}
	if (s < seg.length && seg.slice(s).trim()) sentences.push([s, seg.length]);
	const groups: Array<[number, number]> = [];
	for (const [a, b] of sentences) {
		const t = seg.slice(a, b).trim();
		if (!groups.length || CONNECTIVE.test(t)) groups.push([a, b]);
		else groups[groups.length - 1][1] = b;
	}
	return groups.map(([a, b]) => trimPiece({ span: p.span, a: p.a + a, b: p.a + b }));
}

function item(ctx: Ctx, q: [number, number], text: string, title: string | undefined, rule: string, conf = 0.8): TextItem {
	const t: TextItem = { ...(title ? { title } : {}), text, quote: ctx.quote(q[0], q[1]) };
	return ctx.mark(t, q[0], q[1], conf, rule);
}

/* ------------------------------------------------------------------ items of a section */

export function itemsOf(ctx: Ctx, sec: Section, rule: string): TextItem[] {
	const paras = ctx.parasIn(sec).filter((p) => p.lines[0] > sec.line);
	if (!paras.length) return [];
	const out: TextItem[] = [];
	// 1. sub-headings; an item of the same numbering whose first line runs on past one sentence
	// ("（一）预算编制不够精准。年中追加预算较多。") is one of them, not body text
	const subs = paras.filter((p) => p.heading);
	if (subs.length) {
		const top = Math.min(...subs.map((p) => p.heading!.rank));
		const kinds = new Set(subs.filter((p) => p.heading!.rank === top).map((p) => p.heading!.marker?.kind));
		const heads = paras.filter((p) => (p.heading && p.heading.rank === top) || (!p.heading && kinds.has(readMarker(p.span.norm)?.kind)));
		for (let i = 0; i < heads.length; i++) {
			const h = heads[i];
			const nextStart = i + 1 < heads.length ? heads[i + 1].start : Infinity;
			const body = paras.filter((p) => p.start > h.start && p.start < nextStart);
			const texts = body.map((p) => p.span.text.trim()).filter(Boolean);
			const end = body.length ? body[body.length - 1].end : h.end;
			if (!h.heading) {
				// a numbered paragraph: its first sentence is the title when short
				const m = readMarker(h.span.norm)!;
				const own = trimPiece({ span: h.span, a: m.len, b: h.span.text.length });
				const { title, text } = titled(pieceText(own));
				const all = [text, ...texts].join('\n');
				out.push(item(ctx, [h.start, end], all, title, rule, 0.8));
				continue;
			}
			if (!texts.length) {
				const t = h.heading!.title;
				out.push(item(ctx, [h.start, end], t, undefined, rule));
				continue;
			}
			out.push(item(ctx, [h.start, end], texts.join('\n'), h.heading!.title, rule, 0.85));
		}
		if (out.length) return out;
	}
	// 2. numbered paragraphs (1. / （1） / 一是 at the start)
	const marked = paras.filter((p) => readMarker(p.span.norm) || /^\s*(第)?[一二三四五六七八九十]{1,2}是/.test(p.span.norm));
	if (marked.length) {
		for (const p of marked) {
			const m = readMarker(p.span.norm);
			const len = m ? m.len : p.span.norm.match(/^\s*(第)?[一二三四五六七八九十]{1,2}是\s*/)![0].length;
			const body = trimPiece({ span: p.span, a: len, b: p.span.text.length });
			const { title, text } = titled(pieceText(body));
			const start = p.span.map[p.span.text.search(/\S/)];
			out.push(item(ctx, [start, p.end], text, title, rule, 0.85));
		}
		return out;
	}
	// 3. inline enumerations, 4. connectives
	for (const p of paras) {
		const whole = trimPiece({ span: p.span, a: 0, b: p.span.text.length });
		const parts = splitOrdinals(whole) ?? splitAspects(whole) ?? splitInlineNumbers(whole);
		if (parts) {
			for (const { marker, body } of parts) {
				let b = body.b;
				// clause separators go; a full stop goes with a one-clause item only
				while (b > body.a && /[；;，,、\s]/.test(body.span.text[b - 1])) b--;
				const oneClause = !/[，,；;、]/.test(body.span.text.slice(body.a, b - 1));
				while (oneClause && b > body.a && /[。；;，,、\s]/.test(body.span.text[b - 1])) b--;
				const piece = { span: body.span, a: body.a, b };
				out.push(item(ctx, quoteOf(ctx, { span: p.span, a: marker.a, b }), pieceText(piece), undefined, rule, 0.75));
			}
			continue;
		}
		for (const g of connectiveGroups(whole)) out.push(item(ctx, quoteOf(ctx, g), pieceText(g), undefined, rule, 0.7));
	}
	return out;
}

/* ------------------------------------------------------------------ the three sections */

const PROBLEM_RE = /问题|不足/;
const MEASURE_RE = /改进|措施|意见|建议|整改/;

/**
 * Items announced inside a paragraph, with no heading of their own ("存在的问题:一是…二是….下一步
 * 改进措施:一是…"): score-table pages and short reports of every province write them so.
 */
function inlineItems(ctx: Ctx, start: RegExp, end: RegExp, rule: string): TextItem[] {
	for (const p of ctx.paras) {
		const m = p.span.norm.match(start);
		if (!m) continue;
		const a = m.index! + m[0].length;
		const rest = p.span.norm.slice(a);
		const e = rest.search(end);
		const piece = trimPiece({ span: p.span, a, b: e < 0 ? p.span.norm.length : a + e });
		const parts = splitOrdinals(piece) ?? splitInlineNumbers(piece);
		if (!parts) continue;
		return parts.map(({ marker, body }) => {
			let b = body.b;
			while (b > body.a && /[；;，,、\s]/.test(body.span.text[b - 1])) b--;
			const text = body.span.text.slice(body.a, b);
			return item(ctx, quoteOf(ctx, { span: p.span, a: marker.a, b }), text, undefined, rule, 0.7);
		});
	}
	return [];
}

const INLINE_PROBLEMS = /存在(的)?(主要)?问题(及原因)?\s*[:：]/;
const INLINE_MEASURES = /(下一步|今后)?(的)?(改进|整改)措施\s*[:：]|(改进|工作)?建议\s*[:：]/;

/** "无。", "暂无问题": the report says there is none, which is no item. */
const NONE = /^(无|暂无|没有|无问题|暂无问题|不存在问题|无明显问题|暂无建议|无建议)[。.]?$/;
/** A web page's footer after the report (扫一扫…, 网站标识码, ICP备案): no part of any section. */
const PAGE_FOOTER = /^扫一扫|网站标识码|ICP备|公网安备|版权所有|网站地图/;
/** A kind word leading an item ("措施:加强…", "建议:加大…") labels it: it is the item's title, no part of
 * its text (project self-evaluation reports whose 改进措施及建议 lists "1.措施:…" and "2.建议:…"). */
const KIND_LABEL = /^\s*(措施|建议|改进措施|整改措施|改进建议|问题)\s*[:：]\s*/;
const real = (items: TextItem[]) =>
	items
		.filter((i) => !NONE.test(i.text.replace(/\s+/g, '')) && !PAGE_FOOTER.test(i.text.replace(/\s+/g, '')))
		.map((i) => (KIND_LABEL.test(i.text) && i.text.replace(KIND_LABEL, '').trim() ? { ...(i.title ? {} : { title: i.text.match(KIND_LABEL)![1] }), ...i, text: i.text.replace(KIND_LABEL, '') } : i));

export function readProblems(ctx: Ctx, env: Env): TextItem[] {
	return real(problemsOf(ctx));
}

export function readMeasures(ctx: Ctx, env: Env): TextItem[] {
	return real(measuresOf(ctx));
}

/**
 * A labelled line of its own, "总体目标:完成项目改造建设总量50%。" (project self-evaluation reports in prose
 * whose 绩效目标设定情况 section states the overall goal so): the goal, when no section is named for it.
 */
function goalLine(ctx: Ctx): TextItem | undefined {
	for (const line of ctx.lines) {
		// (also a sentence that states it, "本项目总体的绩效目标是…。", fund self-evaluation reports of Anhui)
		const m = line.span.norm.match(/^\s*(?:年度)?总体(?:绩效)?目标\s*[:：]\s*(\S.{3,})$/) ?? line.span.norm.match(/^\s*(?:本项目|该项目)?(?:的)?(?:年度)?总体的?(?:绩效)?目标(?:是|为)\s*(\S.{3,})$/);
		if (!m) {
			// (a sentence inside the paragraph, "…用于X项目。绩效目标内容是对全县…进行补贴,按照…标准发放。": that sentence,
			// linkage-fund project evaluation reports of Henan)
			const inner = line.span.norm.match(/(?<=[。；;]\s*)(?:本项目|该项目)?(?:的)?(?:年度)?绩效目标(?:内容)?(?:是|为)\s*(?=\S)([^。]{4,}。)/);
			if (!inner) continue;
			const a = inner.index! + inner[0].length - inner[1].length;
			const text = line.span.text.slice(a, a + inner[1].length).trim();
			const q = line.span.map[inner.index!];
			return item(ctx, [q, line.span.map[a + inner[1].length - 1] + 1], text, undefined, 'narrative.goal.line', 0.65);
		}
		const a = line.span.norm.indexOf(m[1], m[0].length - m[1].length);
		const text = line.span.text.slice(a).trim();
		if (/^[\d.,%万元\s]+$/.test(text)) continue;
		const start = line.span.map[line.span.norm.search(/\S/)];
		return item(ctx, [start, line.span.map[a + text.length - 1] + 1], text, undefined, 'narrative.goal.line', 0.7);
	}
	return undefined;
}

/**
 * A heading of the report's table of contents (a 目录 line, then headings one a line and no sentence
 * between): not the section itself, whose text comes later or not at all (an excerpt may stop before
 * it). Serves whole-department self-evaluation reports that open with their 目录.
 */
function inContents(ctx: Ctx, line: number): boolean {
	for (let n = line - 1; n >= Math.max(0, line - 60); n--) {
		const t = ctx.lines[n].span.norm.trim();
		if (/^目\s*录$/.test(t)) return true;
		if (t.length > 40 || /[。；;]/.test(t) || /[,，].*[,，]/.test(t)) return false;
	}
	return false;
}

/** The first section whose title matches, not counting the headings of a table of contents. */
function section(ctx: Ctx, re: RegExp, not?: RegExp) {
	return ctx.sections.find((s) => re.test(s.norm) && !(not && not.test(s.norm)) && !inContents(ctx, s.line));
}

function problemsOf(ctx: Ctx): TextItem[] {
	const sec = section(ctx, PROBLEM_RE, MEASURE_RE) ?? section(ctx, PROBLEM_RE);
	if (!sec) return inlineItems(ctx, INLINE_PROBLEMS, /(下一步|今后)?(的)?(改进|整改)措施|建议\s*[:：]/, 'narrative.problems.inline');
	// a combined section (存在问题及改进意见) holds both: its problem part ends at the measures
	const measures = ctx.sections.find((s) => s.line > sec.line && s.line <= sec.to && MEASURE_RE.test(s.norm));
	const body = measures ? { ...sec, to: measures.line - 1 } : sec;
	return itemsOf(ctx, body, 'narrative.problems');
}

function measuresOf(ctx: Ctx): TextItem[] {
	const sec = section(ctx, MEASURE_RE, PROBLEM_RE) ?? section(ctx, MEASURE_RE);
	if (sec) return itemsOf(ctx, sec, 'narrative.measures');
	// no section of its own: the paragraph of the problems section that announces the measures
	// ("对此，…制定改进措施…，一方面…；另一方面…")
	const prob = section(ctx, PROBLEM_RE, MEASURE_RE) ?? section(ctx, PROBLEM_RE);
	if (!prob) return inlineItems(ctx, INLINE_MEASURES, /存在(的)?问题|(?<=[。.])\s*\d{4}\s*年|得分表/, 'narrative.measures.inline');
	const para = ctx.parasIn(prob).find((p) => p.lines[0] > prob.line && !p.heading && !readMarker(p.span.norm) && /改进措施|整改措施|下一步|今后/.test(p.span.norm));
	if (!para) return [];
	return itemsOf(ctx, { ...prob, line: para.lines[0] - 1, from: para.lines[0], to: para.lines[para.lines.length - 1] }, 'narrative.measures');
}

export function readGoal(ctx: Ctx, env: Env): TextItem | undefined {
	// a table row: 总体绩效目标 | text
	for (const t of ctx.tables) {
		for (const row of t.rows) {
			const i = row.cells.findIndex((c) => /^(总体|整体|年度)?绩效目标$/.test(key(c)) || /^(部门)?总体绩效目标$/.test(key(c)));
			if (i < 0) continue;
			const c = row.cells.slice(i + 1).find((x) => x.text);
			if (!c) continue;
			return item(ctx, [c.start, c.end], c.text, undefined, 'narrative.goal.table', 0.9);
		}
	}
	const sec = section(ctx, /(部门)?(整体)?(支出)?绩效目标$/, /完成|情况|分析/);
	if (!sec) return goalLine(ctx);
	// the goal: the section's first paragraph that is not an introduction ("…具体如下：")
	const paras = ctx.parasIn(sec);
	const at = paras.findIndex((p) => p.lines[0] > sec.line && !p.heading && !/[：:]\s*$/.test(p.span.text));
	if (at < 0) return undefined;
	const para = paras[at];
	// (a paragraph of a 收支与绩效目标 section that states the money first and then labels the goal, "…预算执行率100%。核心
	// 绩效目标:资金支出率≥98%、…,提升群众满意度。": the goal is what follows the label; township whole-department reports)
	const labelled = para.span.norm.match(/[。；;]\s*(?:核心|总体|整体|年度|主要)?绩效目标\s*[:：]\s*(?=\S)/);
	if (labelled) {
		const a = labelled.index! + labelled[0].length;
		const text = para.span.text.slice(a).trim();
		if (text.length >= 4) return item(ctx, [para.span.map[a], para.span.map[a + text.length - 1] + 1], text, undefined, 'narrative.goal.labelled', 0.75);
	}
	// (the paragraphs after it that open with the same subject go on with the goal: "县乙会坚持…水平。" then
	// "县乙会牢牢把握…作出了应有贡献。", whole-department reports whose 绩效目标 runs over paragraphs; a list of
	// tasks after it, "一是…", is no part of it)
	const more: typeof paras = [];
	const subject = para.span.text.trim().slice(0, 3);
	for (const p of paras.slice(at + 1)) {
		const t = p.span.text.trim();
		if (p.heading || /[：:]\s*$/.test(t) || !t || subject.length < 3 || !t.startsWith(subject) || /^(?:[一二三四五六七八九十]{1,2}是|\d{1,2}\s*[.、．]|[(（])/.test(t)) break;
		more.push(p);
	}
	const start = para.span.map[para.span.text.search(/\S/)];
	const last = more.length ? more[more.length - 1] : para;
	return item(ctx, [start, last.end], [para, ...more].map((p) => p.span.text.trim()).join('\n'), undefined, 'narrative.goal', 0.8);
}
