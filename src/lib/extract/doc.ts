/**
 * The document model of the extractor: lines with their offsets in the decoded source, cleaned
 * spans (noise removed, full-width folded) that map every character back to the source, headings
 * with their numbering, and logical paragraphs (lines broken across pages joined again).
 *
 * Everything here is pure string work: it runs in Node and in the browser.
 */
import { PINYIN_GLOSS, toHalfWidth } from '../text/normalize';
import { toSimplified } from '../text/simplified';

/** A cleaned piece of the source. `text` keeps the characters as written (noise removed),
 * `norm` is the same length with full-width folded and `≅` read as `≥`, `map[i]` is the source
 * offset of `text[i]` and `map[text.length]` the end offset. */
export interface Span {
	text: string;
	norm: string;
	map: number[];
}

/** Noise that real documents carry and that is never part of a value. */
const NOISE: RegExp[] = [
	// Word bookmarks exported by converters (in full-width punctuation too, "[bookmark： _Toc１２３]": a
	// text whose punctuation a converter or an editor made full-width)
	/[[［]bookmark\s*[:：][^\]］\n]*[\]］]/g,
	// markdown bold around a short phrase ("**一是**", "**一、基本情况**"): a pair around words with no
	// punctuation; other stars are a redaction mask ("乡村**衔接资金", "****财政局") and stay
	/(?<!\*)\*\*(?=[^*\n，。,;；]{1,20}\*\*(?!\*))/g,
	/(?<=(?<!\*)\*\*[^*\n，。,;；]{1,20})\*\*(?!\*)/g,
	/<\/?[a-zA-Z][^<>\n]{0,40}>/g, // stray HTML tags (<p>, </p>, <br/>)
	/(?<![<\w])\/?(?:span|div|font|strong|em|p|br)\/?>/g, // the tail of a tag whose "<" a converter lost ("span>")
	// pinyin glosses that reposting sites put after characters ("項(xiàng)目", "報(bào)告"), also where a line
	// break fell between the character and its gloss (a paragraph joined across the break)
	new RegExp(`(?<=[\\u4e00-\\u9fff](?:\\r?\\n)?)${PINYIN_GLOSS}`, 'g')
];

function noiseRanges(s: string): Array<[number, number]> {
	const out: Array<[number, number]> = [];
	for (const re of NOISE) {
		re.lastIndex = 0;
		for (const m of s.matchAll(re)) out.push([m.index!, m.index! + m[0].length]);
	}
	return out.sort((a, b) => a[0] - b[0]);
}

/** The matching form of one character: half-width, simplified (reports from Hong Kong, Macao,
 * Taiwan and some scanned mainland documents are in traditional characters), `≅` read as `≥`. */
function foldChar(ch: string): string {
	if (ch === '≅') return '≥';
	// small and full-width forms of the comparison signs that converted tables carry
	const sign = ({ '﹦': '=', '﹤': '<', '﹥': '>', '≧': '≥', '≦': '≤' } as Record<string, string>)[ch];
	if (sign) return sign;
	const h = toHalfWidth(ch);
	if (h.length === 1 && h !== ch) return h;
	return toSimplified(ch);
}

/**
 * Clean src[start, end): drop noise; `joins` are source ranges (line breaks of a broken
 * paragraph) that are dropped too.
 */
export function spanOf(src: string, start: number, end: number, drop: Array<[number, number]> = []): Span {
	const piece = src.slice(start, end);
	const ranges = [...noiseRanges(piece).map(([a, b]) => [a + start, b + start] as [number, number]), ...drop].sort(
		(a, b) => a[0] - b[0]
	);
	let text = '';
	let norm = '';
	const map: number[] = [];
	let r = 0;
	for (let i = start; i < end; ) {
		while (r < ranges.length && ranges[r][1] <= i) r++;
		if (r < ranges.length && ranges[r][0] <= i && i < ranges[r][1]) {
			i = ranges[r][1];
			continue;
		}
		const cp = src.codePointAt(i)!;
		const ch = String.fromCodePoint(cp);
		// keep surrogate pairs as one unit in text, one map entry per UTF-16 unit
		text += ch;
		const f = foldChar(ch);
		norm += f.length === ch.length ? f : ch;
		for (let k = 0; k < ch.length; k++) map.push(i + k);
		i += ch.length;
	}
	map.push(map.length ? map[map.length - 1] + 1 : end);
	// the end of the span is the end of its last kept character
	if (text.length) map[text.length] = map[text.length - 1] + 1;
	return { text, norm, map };
}

/** Source range of span[a, b). */
export function srcRange(span: Span, a: number, b: number): [number, number] {
	if (b <= a) return [span.map[a], span.map[a]];
	return [span.map[a], span.map[b - 1] + 1];
}

/** Trim whitespace at both ends of span[a, b) (in span indices). */
export function trimIdx(span: Span, a: number, b: number): [number, number] {
	while (a < b && /\s/.test(span.text[a])) a++;
	while (b > a && /\s/.test(span.text[b - 1])) b--;
	return [a, b];
}

/** Sub-span (indices relative to the new span). */
export function slice(span: Span, a: number, b: number): Span {
	return { text: span.text.slice(a, b), norm: span.norm.slice(a, b), map: [...span.map.slice(a, b), b > a ? span.map[b - 1] + 1 : span.map[a]] };
}

/* ------------------------------------------------------------------ lines */

export interface Line {
	/** 0-based line number */
	n: number;
	start: number;
	end: number;
	/** the line as written (without the line break) */
	raw: string;
	/** cleaned */
	span: Span;
	blank: boolean;
	/** holds a tab: a table row */
	tabbed: boolean;
	/** a markdown table rule: --- | ---- */
	rule: boolean;
	heading?: Heading;
}

export type MarkerKind =
	| 'cn' // 一、
	| 'cnParen' // （一）
	| 'numComma' // 1、
	| 'numDot' // 1. 1．
	| 'numParen' // （1） (1)
	| 'circled'; // ①

/** Nominal rank of a marker kind: smaller is higher. */
export const MARKER_RANK: Record<MarkerKind, number> = {
	cn: 1,
	numComma: 1,
	cnParen: 2,
	numDot: 3,
	numParen: 4,
	circled: 5
};

export interface Marker {
	kind: MarkerKind;
	/** ordinal (1-based) */
	n: number;
	/** length of the marker in the cleaned line text (incl. following spaces) */
	len: number;
}

export interface Heading {
	marker?: Marker;
	/** the heading text without marker and final punctuation */
	title: string;
	/** the same, in its matching form (half-width, simplified): what rules test a title against, so that a
	 * report in traditional characters or full-width forms names its sections the same way */
	norm: string;
	rank: number;
}

const CN_DIGITS: Record<string, number> = { 〇: 0, 零: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
export function cnNumber(s: string): number {
	if (/^\d+$/.test(s)) return Number(s);
	if (s === '十') return 10;
	const m = s.match(/^([一二三四五六七八九])?十([一二三四五六七八九])?$/);
	if (m) return (m[1] ? CN_DIGITS[m[1]] : 1) * 10 + (m[2] ? CN_DIGITS[m[2]] : 0);
	if (s.length === 1 && s in CN_DIGITS) return CN_DIGITS[s];
	return NaN;
}

const CN_NUM = '[一二三四五六七八九十]{1,3}';

/** Read a numbering marker at the start of a (normalised) line. */
export function readMarker(norm: string): Marker | undefined {
	let m = norm.match(new RegExp(`^\\s*(${CN_NUM})\\s*[、.]\\s*`));
	if (m) return { kind: 'cn', n: cnNumber(m[1]), len: m[0].length };
	m = norm.match(new RegExp(`^\\s*[(（]\\s*(${CN_NUM})\\s*[)）]\\s*[、.]?\\s*`));
	if (m) return { kind: 'cnParen', n: cnNumber(m[1]), len: m[0].length };
	m = norm.match(/^\s*[(（]\s*(\d{1,2})\s*[)）]\s*[、.]?\s*/);
	if (m) return { kind: 'numParen', n: Number(m[1]), len: m[0].length };
	m = norm.match(/^\s*(\d{1,2})\s*、\s*/);
	if (m) return { kind: 'numComma', n: Number(m[1]), len: m[0].length };
	m = norm.match(/^\s*(\d{1,2})\s*\.(?!\d)\s*/);
	if (m) return { kind: 'numDot', n: Number(m[1]), len: m[0].length };
	m = norm.match(/^\s*([①②③④⑤⑥⑦⑧⑨⑩])\s*/);
	if (m) return { kind: 'circled', n: '①②③④⑤⑥⑦⑧⑨⑩'.indexOf(m[1]) + 1, len: m[0].length };
	return undefined;
}

const TERMINAL = /[。！？；;!?：:…]$/;

function readHeading(text: string, norm: string): Heading | undefined {
	const marker = readMarker(norm);
	if (!marker) return undefined;
	let body = text.slice(marker.len).trim();
	if (!body) return undefined;
	// a heading is short and holds at most one sentence
	const inner = body.replace(/[。.]$/, '');
	if (inner.length > 42 || /[。；;！？]/.test(inner)) return undefined;
	// "1. 2024 年市科协创建…" with a long clause list is a list item, not a heading
	if ((inner.match(/[，,]/g) ?? []).length > 2) return undefined;
	body = inner.replace(/\s+/g, (s, i: number) => (i === 0 ? '' : s));
	const norm_ = norm.slice(marker.len).trim().replace(/[。.]$/, '').replace(/\s+/g, (s, i: number) => (i === 0 ? '' : s)).trim();
	return { marker, title: body.trim(), norm: norm_, rank: MARKER_RANK[marker.kind] };
}

/**
 * Where a document flowed onto one long line (PDF text and web mirrors put a whole report on a
 * line) breaks into its logical lines: before each chapter or section marker ("一、", "(三)",
 * "（二）") that follows the end of a sentence or a space. Offsets stay those of the source.
 */
function logicalBreaks(src: string, start: number, end: number): number[] {
	if (end - start < 300 || /[\t|]/.test(src.slice(start, end))) return [];
	const out: number[] = [];
	const re = /(?<=[。；;:：!！?？\s])\s*(?=(?:[一二三四五六七八九十]{1,3}[、.]|[(（][一二三四五六七八九十]{1,3}[)）])\s*[\u4e00-\u9fa5])/g;
	const piece = src.slice(start, end);
	for (const m of piece.matchAll(re)) {
		const at = start + m.index! + m[0].length;
		if (at > start && at < end) out.push(at);
	}
	return out;
}

export function splitLines(src: string): Line[] {
	const lines: Line[] = [];
	let pos = 0;
	let n = 0;
	const push = (start: number, end: number) => {
		const raw = src.slice(start, end);
		// (the spaces a PDF text layer leaves between the characters of a prose line are no part of it:
		// line-by-line readers see the sentence as paragraphs do)
		const span = spanOf(src, start, end, spacedProse(src, start, end));
		const blank = span.text.trim() === '';
		const tabbed = raw.includes('\t');
		const rule = /^[\s|:-]*-{2,}[\s|:-]*$/.test(raw) && raw.includes('-');
		const line: Line = { n, start, end, raw, span, blank, tabbed, rule };
		if (!blank && !tabbed && !rule) line.heading = readHeading(span.text, span.norm);
		lines.push(line);
		n++;
	};
	while (pos <= src.length) {
		let nl = src.indexOf('\n', pos);
		if (nl < 0) nl = src.length;
		let end = nl;
		if (end > pos && src[end - 1] === '\r') end--;
		let from = pos;
		for (const at of logicalBreaks(src, pos, end)) {
			push(from, at);
			from = at;
		}
		push(from, end);
		if (nl >= src.length) break;
		pos = nl + 1;
	}
	unwrapHeadings(lines);
	return lines;
}

/** Display width of a text: CJK and full-width characters count two, others one. */
function displayWidth(s: string): number {
	let w = 0;
	for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/.test(ch) ? 2 : 1;
	return w;
}

/**
 * The page width of a text taken from a PDF with its line breaks kept (display width, CJK counting
 * two): the width most lines of a paragraph but its last share. Measured on prose lines only (a
 * sentence's punctuation inside, eight CJK characters or more, not a heading) that run on into the
 * next line, so that the short cells of a table written one cell a line do not hide it; 0 when the
 * text shows no such width (at least three lines near it, and a third of the prose lines).
 * Serves PDF text layers and web mirrors of PDF files, where every line of a paragraph but its last
 * fills the page.
 */
export function pageWidth(lines: Line[]): number {
	const text = (l: Line) => l.span.text.trim();
	const widths: number[] = [];
	for (let i = 0; i + 1 < lines.length; i++) {
		const l = lines[i];
		const next = lines[i + 1];
		if (l.blank || l.tabbed || l.rule || l.heading || next.blank || next.tabbed) continue;
		const t = text(l);
		if (/[。！？!?]$/.test(t) || !/[，。；,;：:、]/.test(t) || (t.match(/[\u4e00-\u9fff]/g) ?? []).length < 8) continue;
		widths.push(displayWidth(t));
	}
	if (widths.length < 3) return 0;
	widths.sort((a, b) => a - b);
	const W = widths[Math.floor(0.75 * (widths.length - 1))];
	const near = widths.filter((w) => Math.abs(w - W) <= 0.12 * W).length;
	if (W < 30 || near < 3 || near * 3 < widths.length) return 0;
	return W;
}

/**
 * Text taken from a PDF keeps the page's line breaks: every line of a paragraph but its last fills
 * the page's width. A numbered paragraph's first line ("(一)本单位2020年度总收入50.00万元,其中本年收",
 * then "入40.00万元,较上年…") then looks like a heading: it is one when it is short, and the first line
 * of a paragraph when it fills the width like the lines that run on, does not end a sentence, holds
 * a figure or a comma, and the next line goes on with text. Serves the 决算 说明 and reports of every
 * province published as PDF pages (one page served as HTML, mirrors of PDF files).
 */
function unwrapHeadings(lines: Line[]) {
	const text = (l: Line) => l.span.text.trim();
	const runOn = (i: number) => {
		const l = lines[i];
		const next = lines[i + 1];
		return !l.blank && !l.tabbed && !l.rule && !!next && !next.blank && !next.tabbed && !TERMINAL.test(text(l));
	};
	const W = pageWidth(lines);
	if (!W) return;
	for (let i = 0; i < lines.length - 1; i++) {
		const l = lines[i];
		if (!l.heading?.marker || !runOn(i) || lines[i + 1].heading) continue;
		const t = text(l);
		if (displayWidth(t) < 0.8 * W || !/[,，、:：]|\d/.test(t.slice(l.heading.marker.len))) continue;
		// (a long heading that fills the width still ends as a heading does: "…情况说明", "…决算情况")
		if (/(情况|说明|分析|概况|职责|职能|设置|目标|问题|措施|建议|结论|评价|指标|明细|构成|表)\s*([(（][^()（）]{0,20}[)）])?$/.test(t)) continue;
		l.heading = undefined;
	}
}

/* ------------------------------------------------------------------ paragraphs */

export interface Para {
	/** line numbers of the lines joined */
	lines: number[];
	span: Span;
	start: number;
	end: number;
	heading?: Heading;
}

/** An enumerated point of a list that follows a colon ("一是…", "第二是…", "首先，…"): a paragraph of its own. */
const POINT_START = /^\s*(?:第?[一二三四五六七八九十]{1,2}是|首先|其次|再次|最后)/;

/**
 * A text line that continues on the next text line: broken across lines or pages. `first`: the
 * line opens its paragraph; `width`: the page width of a text that keeps a PDF's line breaks (0 when
 * the text shows none).
 */
function continues(a: Line, b: Line, first = true, width = 0): boolean {
	if (a.heading || b.heading) return false;
	const at = a.span.text.trimEnd();
	const bt = b.span.text.trimStart();
	if (!at || !bt) return false;
	if (readMarker(b.span.norm)) return false;
	// a line that fills the page's width and ends a clause with ；or ：is a sentence the PDF wrapped
	// where the clause happened to end ("…甲项目30万元；⏎ 乙项目4.5万元；丙中心运行⏎ …", "…支出合计
	// 512.30万元，其中：⏎ 基本支出…") when the next line runs on in turn (it fills the width and does not end a clause:
	// a list of one item a line, each ending with ；, stays a list) and opens no enumerated point ("一是…")
	const full = width > 0 && displayWidth(at) >= 0.8 * width;
	const bRunsOn = !TERMINAL.test(b.span.text.trimEnd()) && displayWidth(b.span.text.trim()) >= 0.8 * width && !POINT_START.test(bt);
	if (/[；;]$/.test(at) && full && bRunsOn) return true;
	// ("其中：" and "包括：" open the parts of the figure just read: they go on whatever the width)
	if (/[：:]$/.test(at) && ((full && bRunsOn) || /(其中|包括|含)[：:]$/.test(at)) && !POINT_START.test(bt)) return true;
	if (TERMINAL.test(at)) return false;
	if (/^表\s*\d/.test(at) || /^单位[:：]/.test(bt)) return false;
	// a list of "label：value" lines ("社会效益指标：A≥30人；B≥95%" then "可持续影响指标：…"): each line an item, when the
	// line does not fill the page's width
	if (!full && /^[^:：，,。；;]{2,12}[:：]/.test(at.replace(/\s+/g, '')) && /^[^:：，,。；;]{2,12}[:：]/.test(bt.replace(/\s+/g, ''))) return false;
	// a title line ("…自评报告", "…目标表(2023年度)") ends its paragraph
	if (at.length < 60 && /(报告|表|总结)\s*([(（][^)）]{0,30}[)）])?$/.test(a.span.norm.trimEnd())) return false;
	// a line that ends a sentence-like header field ("填报日期：2024年5月13日") does not continue: a short
	// line that opens its paragraph (or any such line, in a text that shows no page width: one cell a
	// paragraph) with a short label before the colon. A sentence with a colon that a
	// PDF wrapped at its line width ("…情况如下：一是强化管理，…", "…资金执行情况如下:2022年…") does: it runs on
	// from the line above, or its colon follows a clause, or more clauses follow the colon
	// (its length without the spaces a PDF text layer leaves between characters)
	if ((first || !width) && !full && /[:：]/.test(at) && at.replace(/\s+/g, '').length < 30 && /^[^:：，,。；;]{1,16}[:：]/.test(at.replace(/\s+/g, '')) && !/[:：][^:：]*[，,；;、。]/.test(at)) return false;
	return true;
}

/**
 * The spaces a PDF's text layer leaves between the characters of a sentence ("年 初 预 算 为 1 250. 00
 * 万 元 ，"): in a prose line (it holds sentence punctuation) where most characters stand apart, the
 * single spaces between two CJK characters, a CJK character and a digit, or a digit and its decimal
 * point are no part of the text. A row of cells separated by spaces holds no 。，; and keeps them.
 */
function spacedProse(src: string, start: number, end: number): Array<[number, number]> {
	const line = src.slice(start, end);
	if (!/[，。；,;]/.test(line)) return [];
	const gaps = [...line.matchAll(/(?<=[\u4e00-\u9fa5\d.，。；：、（）])[ \u3000](?=[\u4e00-\u9fa5\d.，。；：、（）])/g)];
	const cjk = (line.match(/[\u4e00-\u9fa5]/g) ?? []).length;
	if (cjk < 8 || gaps.length < cjk * 0.5) return [];
	return gaps.map((m) => [start + m.index!, start + m.index! + 1] as [number, number]);
}

/** A short line of words that ends as a section's title does (…情况分析, …基本情况, …存在的问题), with a blank line
 * before and after it and no punctuation, figure or marker: a title whose numbering was lost. */
function bareTitle(lines: Line[], l: Line): boolean {
	const t = l.span.norm.replace(/\s+/g, '');
	if (t.length < 4 || t.length > 20 || !/^[\u4e00-\u9fa5]+$/.test(t)) return false;
	if (!/(情况|分析|说明|概况|问题|措施|建议|结论|评价|总结|成效|原因)$/.test(t)) return false;
	return !!lines[l.n - 1]?.blank && (!lines[l.n + 1] || lines[l.n + 1].blank);
}

/**
 * Paragraphs of the non-table text: consecutive lines are joined when the first does not end a
 * sentence (page and line breaks inside a sentence). Table rows are not part of paragraphs.
 */
export function paragraphs(src: string, lines: Line[]): Para[] {
	const paras: Para[] = [];
	let cur: Line[] = [];
	const width = pageWidth(lines);
	const flush = () => {
		if (!cur.length) return;
		const first = cur[0];
		const last = cur[cur.length - 1];
		// drop the line breaks (and blank lines) between joined lines
		const drop: Array<[number, number]> = [];
		for (let i = 1; i < cur.length; i++) drop.push([cur[i - 1].end, cur[i].start]);
		for (const l of cur) drop.push(...spacedProse(src, l.start, l.end));
		const span = spanOf(src, first.start, last.end, drop);
		paras.push({ lines: cur.map((l) => l.n), span, start: first.start, end: last.end, heading: cur.length === 1 ? first.heading : undefined });
		cur = [];
	};
	for (const line of lines) {
		if (line.blank) continue;
		if (line.tabbed || line.rule) {
			flush();
			continue;
		}
		// a section's title without a number, set apart by blank lines ("…其他资金N万元" / "" / "总体绩效情况分析" / ""):
		// a paragraph of its own, not the end of the sentence above nor the start of the one below (web pages and
		// Word files whose headings lost their numbering)
		if (bareTitle(lines, line)) {
			flush();
			cur = [line];
			flush();
			continue;
		}
		if (cur.length && continues(cur[cur.length - 1], line, cur.length === 1, width)) cur.push(line);
		else {
			flush();
			cur = [line];
		}
	}
	flush();
	return paras;
}

/**
 * The lines of a text with each paragraph broken across lines joined into one logical line (its
 * cleaned span is the paragraph's; `n`, `start` are its first line's, `end` its last's); table rows,
 * blank lines and lines of one line's paragraph stay as they are. For readers that go line by line
 * through sentences ("产出数量指标:…年初指标值为…,全年实际完成值…。"), so that a sentence a PDF wrapped at
 * its page width reads as the same sentence on one line.
 */
export function logicalLines(lines: Line[], paras: Para[]): Line[] {
	const joined = new Map<number, Para>();
	for (const p of paras) if (p.lines.length > 1) joined.set(p.lines[0], p);
	const out: Line[] = [];
	for (let i = 0; i < lines.length; i++) {
		const p = joined.get(i);
		if (!p) {
			out.push(lines[i]);
			continue;
		}
		const first = lines[i];
		const last = lines[p.lines[p.lines.length - 1]];
		out.push({ ...first, end: last.end, raw: first.raw, span: p.span, heading: undefined });
		// (blank lines inside the paragraph are skipped with its lines)
		i = last.n;
	}
	return out;
}
