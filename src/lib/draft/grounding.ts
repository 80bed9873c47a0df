/**
 * The grounding check: every number of a draft (percentages, 万元, counts, Chinese numerals such
 * as 三项 / 百分之十) must be the value of a fact of the sheet. Pure TS; runs in Node and the
 * browser, on generated drafts and on text the user edits.
 *
 * Matching: the absolute value of the number, within the rounding of the written digits
 * (10.6% matches 10.56), against the absolute value of a fact whose unit is compatible
 * (a percentage only matches a % / 个百分点 fact, money only a 万元 fact; a count or a
 * bare number any fact). Not figures, hence not checked: years (2024年), months and days
 * (6月底), document numbers (财预〔2020〕10号), list markers (（一）、1.、一是) and the
 * numeral 一 on its own ("一项", "进一步").
 */
import type { Fact } from '../schema/draft';

export type NumberKind = 'percent' | 'money' | 'count' | 'vague';

export type NumberSpan = {
	start: number;
	end: number;
	/** the text of the number with its unit */
	text: string;
	value: number;
	/** decimals written (for the rounding tolerance) */
	decimals: number;
	kind: NumberKind;
	unit: string;
	/** an approximate figure (二十余万, 近三成, 九成, 过半): any fact value in [lo, hi] supports it */
	range?: [number, number];
};

export type GroundedSpan = NumberSpan & { fact_ids: string[]; grounded: boolean };

const CN_DIGIT: Record<string, number> = {
	零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
	壹: 1, 贰: 2, 貳: 2, 叁: 3, 参: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9
};
const CN_UNIT: Record<string, number> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000, 万: 10000, 萬: 10000, 亿: 1e8, 億: 1e8 };
const CN_TENS: Record<string, number> = { 廿: 20, 卅: 30, 卌: 40 };

/** Chinese numeral → number ("三" 3, "十二" 12, "二十五" 25, "一百零五" 105); null if not one. */
export function parseChineseNumeral(s: string): number | null {
	if (!s) return null;
	let yi = 0;
	let total = 0;
	let section = 0;
	let digit: number | null = null;
	for (const ch of s) {
		if (ch in CN_DIGIT) digit = CN_DIGIT[ch];
		else if (ch in CN_TENS) {
			section += CN_TENS[ch];
			digit = null;
		} else if (ch in CN_UNIT) {
			const u = CN_UNIT[ch];
			if (u === 1e8) {
				yi += (total + section + (digit ?? 0)) * u;
				total = 0;
				section = 0;
			} else if (u === 10000) {
				total += (section + (digit ?? 0)) * u;
				section = 0;
			} else section += (digit ?? 1) * u;
			digit = null;
		} else return null;
	}
	return yi + total + section + (digit ?? 0);
}

const MONEY_UNITS = ['万元', '亿元', '元'];
/** How many 万元 one of a money unit is (亿 and 亿元 10000, 元 1/10000): the one scale text numbers
 * and facts are compared on. */
const wanPer = (unit: string): number => (unit.startsWith('亿') ? 10000 : unit === '元' ? 1e-4 : 1);
const COUNT_UNITS = '项个人名场次家条处类倍分所期批件篇份户';
const CN_NUM = '零〇一二两三四五六七八九十百千壹贰貳叁参肆伍陆柒捌玖拾佰仟廿卅卌';
/** Chinese numerals including the large units (三千万, 一亿二千万) */
const CN_BIG = CN_NUM + '万萬亿億';
/** classifiers after a Chinese numeral (not 分: 十分 means "very") */
const CN_COUNT_UNITS = '项个人名场次家条处类倍批件篇份户';

/** The ASCII digit of any Unicode decimal digit (full-width ４, mathematical 𝟒, Arabic-Indic ٤ …). */
function asciiDigit(ch: string): string | null {
	if (!/\p{Nd}/u.test(ch)) return null;
	const k = ch.normalize('NFKC');
	if (/^[0-9]$/.test(k)) return k;
	// a block of ten contiguous digits: the distance to its zero
	let cp = ch.codePointAt(0)!;
	let n = 0;
	while (n < 10 && /\p{Nd}/u.test(String.fromCodePoint(cp - 1))) {
		cp--;
		n++;
	}
	return String(n % 10);
}

/** Normalise digits in every script and the punctuation used inside numbers; `at[i]` is the
 * index in the input of the normalised character i (mathematical digits are two UTF-16 units). */
export function normalizeDigits(s: string): { text: string; at: number[] } {
	let text = '';
	const at: number[] = [];
	let i = 0;
	for (const ch of s) {
		let r = ch;
		if (ch === '．') r = '.';
		else if (ch === '％') r = '%';
		else if (ch === '，' ) r = ch;
		else if (ch.length > 1 || /[^\x00-\x7f]/.test(ch)) r = asciiDigit(ch) ?? ch;
		// a surrogate pair that stays itself keeps both units
		for (let k = 0; k < r.length; k++) {
			text += r[k];
			at.push(i + Math.min(k, ch.length - 1));
		}
		i += ch.length;
	}
	at.push(i);
	return { text, at };
}

/** Every number in `text` that is a figure (see the module note for what is skipped). */
export function findNumbers(input: string): NumberSpan[] {
	const { text, at } = normalizeDigits(input);
	return findNormalized(text).map((n) => {
		const start = at[n.start];
		const end = at[n.end];
		return { ...n, start, end, text: input.slice(start, end) };
	});
}

/** A numeral's value with 余/多/近/约/超 (and 成) as an interval. */
function approx(value: number, before: string, after: string): [number, number] | undefined {
	// the step of the last written digit place: 二十余 → 10, 三千多 → 1000, 5余 → 1
	const step = value >= 10 ? 10 ** Math.floor(Math.log10(value)) : 1;
	if (/余|多|来/.test(after)) return [value, value + step];
	if (/近|将近|接近/.test(before)) return [value * 0.85, value];
	if (/约|大约|左右/.test(before + after)) return [value * 0.9, value * 1.1];
	if (/超|逾|超过|高于/.test(before)) return [value, value * 1.15];
	return undefined;
}

function findNormalized(text: string): NumberSpan[] {
	const out: NumberSpan[] = [];
	const taken: [number, number][] = [];
	const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
	const push = (s: NumberSpan) => {
		if (!free(s.start, s.end)) return;
		taken.push([s.start, s.end]);
		out.push(s);
	};
	const skip = (a: number, b: number) => taken.push([a, b]);

	// not figures: document numbers, years, dates, list markers
	for (const m of text.matchAll(/[〔\[（(]\d{4}[〕\]）)]\s*\d+\s*号/g)) skip(m.index!, m.index! + m[0].length);
	for (const m of text.matchAll(/(?<![\d.])(?:19|20)\d{2}(?=\s*(?:年|－|-|—|至|～|~))/g)) skip(m.index!, m.index! + m[0].length);
	for (const m of text.matchAll(/(?<![\d.])\d{1,2}(?=\s*(?:月|日|季度|号文))/g)) skip(m.index!, m.index! + m[0].length);
	for (const m of text.matchAll(/(?:^|\n)\s*(?:\d{1,2}\s*[.、．)）]|[（(]\d{1,2}[)）])(?!\d)/g)) skip(m.index!, m.index! + m[0].length);
	for (const m of text.matchAll(/[（(][一二三四五六七八九十]{1,3}[)）]|(?<=^|[\n。；：，\s])[一二三四五六七八九十]{1,3}(?=是|、)|第[一二三四五六七八九十\d]{1,3}/g)) skip(m.index!, m.index! + m[0].length);
	for (const m of text.matchAll(/“三公”|三公经费|三公/g)) skip(m.index!, m.index! + m[0].length);

	// ranges: 20%-30%, 20～30万元, 三至五项 — the first number takes the unit of the second
	for (const m of text.matchAll(/(?<![\d.])(\d+(?:\.\d+)?)\s*(?:[-－~～—–]|至|到)\s*(\d+(?:\.\d+)?)\s*(%|个百分点|万元|亿元|元)/g)) {
		const unit = m[3];
		const kind: NumberKind = unit === '%' || unit === '个百分点' ? 'percent' : 'money';
		const f = wanPer(unit);
		const aEnd = m.index! + m[0].indexOf(m[1]) + m[1].length;
		push({ start: m.index!, end: aEnd, text: m[1], value: Number(m[1]) * f, decimals: (m[1].split('.')[1]?.length ?? 0) + (unit === '元' ? 4 : 0), kind, unit });
	}
	// Chinese numerals with money / percent units, approximations and 成: 三十七万元, 三千万元,
	// 二十余万, 约五千万元, 九成, 近三成, 三成五
	for (const m of text.matchAll(new RegExp(`(近|将近|接近|约|大约|超过|超|逾|高于)?(?<![\\d.])([${CN_NUM}][${CN_BIG}]*)(?:点([${CN_NUM}]+))?(余|多|来)?(万元|亿元|元|万|亿|成[${CN_NUM}]?|%|个百分点)?(左右)?`, 'g'))) {
		const [, before = '', body, frac, after = '', unitRaw = '', around = ''] = m;
		if (!unitRaw && !after) continue; // bare numerals: counted below with their classifier
		let value = parseChineseNumeral(body);
		if (value === null) continue;
		if (frac) {
			const fd = [...frac].map((c) => CN_DIGIT[c]);
			if (fd.some((d) => d === undefined)) continue;
			value = Number(`${value}.${fd.join('')}`);
		}
		const start = m.index! + before.length;
		const end = m.index! + m[0].length - around.length;
		let kind: NumberKind = 'count';
		let unit = unitRaw;
		let range: [number, number] | undefined;
		if (unitRaw.startsWith('成')) {
			// 九成 = 90%, 三成五 = 35%; an approximation by nature: ±5 points
			const tail = unitRaw.length > 1 ? CN_DIGIT[unitRaw[1]] ?? 0 : null;
			value = value * 10 + (tail ?? 0);
			kind = 'percent';
			unit = '%';
			range = before || after || around ? undefined : tail === null ? [value - 5, value + 5] : [value - 0.5, value + 0.5];
		} else if (unitRaw === '%' || unitRaw === '个百分点') kind = 'percent';
		else if (unitRaw) {
			kind = 'money';
			value *= wanPer(unitRaw);
			if (unitRaw === '万') unit = '万元';
			// 三千万元 = 3000 万元 (the numeral already holds 千): value is in 万元 here
		} else if (!unitRaw && !/[项个人名场次家条处类倍批件篇份户]/.test(text[m.index! + m[0].length] ?? '')) {
			continue;
		}
		range = approx(value, before, after + around) ?? range;
		if (kind === 'count' && /[项个人名场次家条处类倍批件篇份户]/.test(text[end] ?? '')) unit = text[end];
		push({ start, end: kind === 'count' && unit ? end + 1 : end, text: text.slice(start, end), value, decimals: 0, kind, unit, range });
	}
	// arabic numbers with 余/多 and a money unit: 20余万元, 3.5亿多元
	for (const m of text.matchAll(/(近|约|超过|超|逾)?(?<![\d.])(\d+(?:\.\d+)?)\s*(余|多)\s*(万元|亿元|万|亿|元|%|[项个人名场次家条处类倍分所期批件篇份户])/g)) {
		const [, before = '', num, after, unitRaw] = m;
		let value = Number(num);
		let kind: NumberKind = unitRaw === '%' ? 'percent' : /元|万|亿/.test(unitRaw) ? 'money' : 'count';
		if (kind === 'money') value *= wanPer(unitRaw);
		const start = m.index! + before.length;
		push({ start, end: m.index! + m[0].length, text: m[0].slice(before.length), value, decimals: 0, kind, unit: unitRaw === '万' ? '万元' : unitRaw, range: approx(value, before, after) });
	}
	// 过半, 半数以上, 一半: a share that implies a figure
	for (const m of text.matchAll(/过半|半数以上|超过半数|一半以上|近半|一半/g)) {
		const w = m[0];
		const range: [number, number] = w === '近半' ? [40, 50] : w === '一半' ? [45, 55] : [50, 75];
		push({ start: m.index!, end: m.index! + w.length, text: w, value: (range[0] + range[1]) / 2, decimals: 0, kind: 'percent', unit: '%', range });
	}
	// 百分之X
	for (const m of text.matchAll(new RegExp(`百分之([${CN_NUM}点]+|\\d+(?:\\.\\d+)?)`, 'g'))) {
		const body = m[1];
		let value: number | null;
		let decimals = 0;
		if (/^\d/.test(body)) {
			value = Number(body);
			decimals = body.split('.')[1]?.length ?? 0;
		} else {
			const [i, f] = body.split('点');
			value = parseChineseNumeral(i);
			if (value !== null && f) {
				const fd = [...f].map((c) => CN_DIGIT[c]);
				if (fd.some((d) => d === undefined)) value = null;
				else {
					value = Number(`${value}.${fd.join('')}`);
					decimals = fd.length;
				}
			}
		}
		if (value !== null) push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value, decimals, kind: 'percent', unit: '%' });
	}
	// fractions: 三分之一, 2/3 of something is not a figure unless written so
	for (const m of text.matchAll(new RegExp(`([${CN_NUM}]+)分之([${CN_NUM}]+)`, 'g'))) {
		const d = parseChineseNumeral(m[1]);
		const n = parseChineseNumeral(m[2]);
		if (!d || n === null) continue;
		const v = (n / d) * 100;
		push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value: v, decimals: 0, kind: 'percent', unit: '%', range: [v - 2, v + 2] });
	}
	// arabic numbers with optional unit
	const re = /(?<![\d.])[-−+]?(\d{1,3}(?:,\d{3})+|\d+)(?:\s*\.\s*(\d+))?\s*(%|个百分点|万元|亿元|元|万人|万|[项个人名场次家条处类倍分所期批件篇份户])?/g;
	for (const m of text.matchAll(re)) {
		const start = m.index! + (/^[-−+]/.test(m[0]) ? 1 : 0);
		let end = m.index! + m[0].length;
		if (!free(start, end)) continue;
		const intPart = m[1].replace(/,/g, '');
		const frac = m[2] ?? '';
		let value = Number(frac ? `${intPart}.${frac}` : intPart);
		let unit = m[3] ?? '';
		let kind: NumberKind = 'count';
		// a rate in money per something (5300元/户, 583元/人*月, 1000元/人): a standard, not an amount of
		// money; it matches a fact stated in the same rate unit (an indicator's 元/户), by its written value
		// (a second denominator of time after 、 — 元/人、天, 元/人、月 as indicator tables write 元/人·天 —
		// is part of it; 、 before anything else lists the next figure: 1000元/人、500元/户)
		const per = MONEY_UNITS.includes(unit) ? /^[/／][^\s\d，。；：、,;:)）”]{1,6}(?:、[天日月年次晚](?![\u4e00-\u9fa5]))?/.exec(text.slice(end)) : null;
		if (per) {
			unit += per[0].replace('／', '/');
			end += per[0].length;
			push({ start, end, text: text.slice(start, end), value, decimals: frac.length, kind, unit });
			continue;
		}
		if (unit === '%' || unit === '个百分点') kind = 'percent';
		else if (MONEY_UNITS.includes(unit)) {
			kind = 'money';
			value *= wanPer(unit);
		}
		push({ start, end, text: text.slice(start, end), value, decimals: frac.length + (unit === '元' ? 4 : 0), kind, unit });
	}
	// Chinese numerals followed by a classifier (三项, 十二个, 两名) — 一 alone is not a figure
	for (const m of text.matchAll(new RegExp(`[${CN_NUM}]+(?=[${CN_COUNT_UNITS}])`, 'g'))) {
		const value = parseChineseNumeral(m[0]);
		if (value === null || value === 1) continue;
		const end = m.index! + m[0].length + 1;
		push({ start: m.index!, end, text: text.slice(m.index!, end), value, decimals: 0, kind: 'count', unit: text[end - 1] });
	}
	// vague quantity words: they imply a figure, so the same text must state one that is grounded
	for (const m of text.matchAll(new RegExp(VAGUE.source, 'g'))) {
		push({ start: m.index!, end: m.index! + m[0].length, text: m[0], value: NaN, decimals: 0, kind: 'vague', unit: '' });
	}
	return out.sort((a, b) => a.start - b.start);
}

/** Words that imply a quantity without writing it. */
export const VAGUE = /大幅度?|显著|急剧|大量|绝大多数|绝大部分|大部分|大多数|成倍|翻番|翻一番|锐减|骤降|激增|猛增|巨额/;

const factKind = (unit: string): NumberKind => (unit === '%' || unit === '个百分点' ? 'percent' : MONEY_UNITS.includes(unit) ? 'money' : 'count');

/** classifiers that count the same kind of thing */
const COUNT_GROUPS = [['项', '个', '条', '类', '处', '批', '件', '篇', '份'], ['人', '名'], ['分'], ['场', '次', '期'], ['家', '所', '户'], ['倍']];

/** 元/人·月, 元/人*月, 元／人×月 and 元/人、月 are one rate unit. */
const rateUnit = (u: string) => u.replace(/\s/g, '').replace(/／/g, '/').replace(/[·•×*、]/g, '*');

function matches(n: NumberSpan, f: Fact): boolean {
	if (f.value === null || n.kind === 'vague') return false;
	// a money rate (5300元/户) only matches a fact in the same rate unit
	if (n.unit.includes('/')) {
		if (rateUnit(n.unit) !== rateUnit(f.unit)) return false;
		return Math.abs(Math.abs(f.value) - n.value) <= 0.5 * 10 ** -n.decimals + 1e-9;
	}
	const fk = factKind(f.unit);
	if (n.kind !== 'count' && fk !== n.kind) return false;
	if (n.kind === 'count' && n.unit) {
		if (fk !== 'count') return false;
		const g = COUNT_GROUPS.find((x) => x.includes(n.unit));
		if (g && f.unit && !g.includes(f.unit)) return false;
	}
	// (a fact in 亿元 — an indicator's target "≥2.6亿元" — is compared in 万元 as the text's numbers are)
	const fv = Math.abs(f.value) * (fk === 'money' ? wanPer(f.unit) : 1);
	if (n.range) return fv >= n.range[0] - 1e-9 && fv <= n.range[1] + 1e-9;
	const tol = 0.5 * 10 ** -n.decimals + 1e-9;
	return Math.abs(fv - n.value) <= tol;
}

/**
 * The spans of `text` that quote, between “ ”, the name of something in the facts (an indicator,
 * a score node: a fact's subject or ref), e.g. “孕产妇42天访视数”: its digits are part of the name,
 * not figures. Only a name the facts hold counts, so no invented figure passes inside quotes.
 */
function quotedNames(text: string, facts: Fact[]): [number, number][] {
	const names = new Set(facts.flatMap((f) => [f.subject, f.ref]).filter((x): x is string => !!x && /\d/.test(x)));
	if (!names.size) return [];
	const out: [number, number][] = [];
	for (const m of text.matchAll(/“([^“”]+)”/g)) if (names.has(m[1])) out.push([m.index! + 1, m.index! + 1 + m[1].length]);
	return out;
}

/** Each number of `text` with the facts it matches (digits inside a quoted name are not numbers). */
export function groundText(text: string, facts: Fact[]): GroundedSpan[] {
	const names = quotedNames(text, facts);
	const inName = (n: NumberSpan) => names.some(([a, b]) => n.start >= a && n.end <= b);
	const spans = findNumbers(text).filter((n) => !inName(n)).map((n) => {
		const ids = facts.filter((f) => matches(n, f)).map((f) => f.id);
		return { ...n, fact_ids: ids, grounded: ids.length > 0 };
	});
	// a vague word is backed when the same text states a grounded figure
	const figures = spans.filter((s) => s.kind !== 'vague' && s.grounded);
	for (const s of spans) {
		if (s.kind !== 'vague') continue;
		s.fact_ids = [...new Set(figures.flatMap((f) => f.fact_ids))];
		s.grounded = figures.length > 0;
	}
	return spans;
}

/* ------------------------------------------------------------------ accusations and names */

/** Accusations and sanctions a draft may only repeat when the facts contain them. */
export const ACCUSATIONS = ['挪用', '贪污', '侵占', '侵吞', '私分', '套取', '骗取', '截留', '违纪', '违法', '犯罪', '受贿', '行贿', '腐败', '移交', '纪检', '监察机关', '司法机关', '公安机关', '立案', '处分', '追责', '问责', '责任人'];

/** Common surnames (the first character of most Chinese names). */
const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤欧';
const TITLES = '同志|局长|副局长|主任|副主任|科长|处长|书记|会长|主席|部长|厅长|经理|会计|出纳|等人|某某|某';
const ROLES = '负责人|经办人|主要负责人|分管领导|法人代表|会计|出纳|局长|主任|科长|处长|书记|会长|主席';
const NAME_RE = new RegExp(`(?:(?:${ROLES})[：:]?\\s*([${SURNAMES}][\\u4e00-\\u9fa5]{1,2}?)(?=[，。、；,\\s等挪违贪侵私套骗截受利未]|$))|([${SURNAMES}][\\u4e00-\\u9fa5]{0,2}?)(?:${TITLES})`, 'g');

/** Accusation words and names of people in `text` that no fact of the sheet contains. */
export function accusations(text: string, sheet: { facts: Fact[]; department?: string; title?: string }): string[] {
	const known = [sheet.department ?? '', sheet.title ?? '', ...sheet.facts.flatMap((f) => [f.label, f.text, f.subject ?? '', ...f.source.quotes])].join('\n');
	const out = ACCUSATIONS.filter((w) => text.includes(w) && !known.includes(w));
	for (const m of text.matchAll(NAME_RE)) {
		const name = m[1] ?? m[2];
		if (!name || name.length < 1) continue;
		const whole = m[0];
		if (!known.includes(name) && !known.includes(whole)) out.push(whole);
	}
	return out;
}

/** The numbers of `text` no fact supports (empty = grounded). */
export function ungrounded(text: string, facts: Fact[]): GroundedSpan[] {
	return groundText(text, facts).filter((s) => !s.grounded);
}

/** Text split into plain and number segments, for highlighting. */
export function segments(text: string, facts: Fact[]): { text: string; span?: GroundedSpan }[] {
	const out: { text: string; span?: GroundedSpan }[] = [];
	let p = 0;
	for (const s of groundText(text, facts)) {
		if (s.start > p) out.push({ text: text.slice(p, s.start) });
		out.push({ text: text.slice(s.start, s.end), span: s });
		p = s.end;
	}
	if (p < text.length) out.push({ text: text.slice(p) });
	return out;
}

/* ------------------------------------------------------------------ placeholders */

export const PLACEHOLDER = /\{\{\s*fact\s*:\s*([A-Za-z0-9_]+)\s*\}\}/g;

/** Fact ids referenced by {{fact:id}} placeholders. */
export function placeholderIds(text: string): string[] {
	return [...text.matchAll(PLACEHOLDER)].map((m) => m[1]);
}

/** Replace {{fact:id}} by the fact's text; unknown ids are returned in `unknown`. */
export function fillPlaceholders(text: string, facts: Fact[]): { text: string; unknown: string[]; used: string[] } {
	const byId = new Map(facts.map((f) => [f.id, f]));
	const unknown: string[] = [];
	const used: string[] = [];
	const out = text.replace(PLACEHOLDER, (_m, id: string) => {
		const f = byId.get(id);
		if (!f) {
			unknown.push(id);
			return `{{未知数据:${id}}}`;
		}
		used.push(id);
		return f.text;
	});
	return { text: out, unknown, used };
}
