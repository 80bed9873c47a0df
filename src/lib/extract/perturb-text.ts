/**
 * Text perturbations that real PDF / Word / web extraction leaves in a report, each a pure,
 * deterministic function of the source text that does not change what a careful reader reads.
 * `perflens eval-extract --perturb-text NAME` scores the extractor against the same gold record on
 * the perturbed text, so a reader that only works on the text as the corpus happens to carry it
 * shows up as a drop.
 *
 * Only prose lines are touched (a line with no tab and no " | " cell, and with Chinese text): the
 * table-layout perturbation (`--perturb`) is another's. Lines that are table rows stay as written.
 */
import { Converter } from 'opencc-js/cn2t';
import { toHalfWidth } from '../text/normalize';
import { simplifyText, toSimplified } from '../text/simplified';

export type TextPerturbation = 'spaced' | 'fullwidth' | 'wrapped' | 'yuan' | 'traditional' | 'wording';

export const TEXT_PERTURBATIONS: Record<TextPerturbation, string> = {
	spaced: '每 3 行散文中汉字之间、数字两侧加空格，小数点后加空格（PDF 文本层："年 初 预 算 1250. 00 万 元"）',
	fullwidth: '散文中的数字、标点、括号改为全角（１２５０．００，：（））',
	wrapped: '散文行按 28 字硬换行（PDF 的行宽），不在数字中间断行',
	yuan: '散文中的“X万元”改写为元并加千分位（1250.00万元 → 12,500,000.00元），只在换算精确时',
	traditional: '全文改为繁体字（逐字，能逐字转回简体的才改）',
	wording: '预算与人员句子换成语料中同一事实的其他说法：阶段（年初预算数/年初预算/年初预算安排，全年预算/调整后预算/调整预算，全年执行数/实际支出），资金层级（中央资金/中央财政资金/中央补助资金），资金/经费/款项，其中的标点，下达/安排，数字写法（1,234.56/“1234.56 万元”/“万”），“A万元，其中B、C” ↔ “B、C，合计A万元”，人/名'
};

/** A prose line: a sentence of Chinese text (sentence punctuation, eight characters or more), not
 * a table row: no tab, no " | " cell, not a row whose cells are joined by spaces (a line of many
 * short space-separated pieces) and not one cell of a table written one cell per line. */
export function isProseLine(line: string): boolean {
	if (line.includes('\t') || /\s\|\s|^\s*\|/.test(line)) return false;
	if (!/[，。；,;：:]/.test(line) || (line.match(/[\u4e00-\u9fff]/g) ?? []).length < 8) return false;
	const pieces = line.trim().split(/\s+/);
	return pieces.length <= 3 || line.length / pieces.length > 20;
}

function mapProse(src: string, f: (line: string, k: number) => string): string {
	let k = 0;
	return src
		.split('\n')
		.map((l, i) => (i === 0 || !isProseLine(l) ? l : f(l, k++)))
		.join('\n');
}

const CJK = /[\u4e00-\u9fff]/;

/** (a) Spaces as a PDF text layer leaves them, on every third prose line: between Chinese
 * characters, between a character and a digit, and after a decimal point ("512. 08"). */
export function spaced(src: string, every = 3): string {
	return mapProse(src, (line, k) => {
		if (k % every !== every - 1) return line;
		let out = '';
		const cs = [...line];
		for (let i = 0; i < cs.length; i++) {
			const c = cs[i];
			const p = cs[i - 1];
			if (p !== undefined && out.slice(-1) !== ' ' && c !== ' ') {
				const pc = CJK.test(p);
				const cc = CJK.test(c);
				const pd = /\d/.test(p);
				const cd = /\d/.test(c);
				if ((pc && cc) || (pc && cd) || (pd && cc) || (p === '.' && cd && /\d/.test(cs[i - 2] ?? ''))) out += ' ';
			}
			out += c;
		}
		return out;
	});
}

const FULL: Record<string, string> = { ',': '，', ':': '：', ';': '；', '(': '（', ')': '）', '%': '％', '.': '．', '!': '！', '?': '？' };

/** (b) Full-width digits, punctuation and brackets in prose. */
export function fullwidth(src: string): string {
	return mapProse(src, (line) => line.replace(/[0-9,:;().%!?]/g, (c) => FULL[c] ?? String.fromCharCode(c.charCodeAt(0) + 0xfee0)));
}

/** (c) Hard line breaks inside sentences at a fixed width, never between two characters of a number. */
export function wrapped(src: string, width = 28): string {
	return mapProse(src, (line) => {
		const cs = [...line];
		if (cs.length <= width) return line;
		const out: string[] = [];
		let cur = '';
		for (let i = 0; i < cs.length; i++) {
			cur += cs[i];
			const numJoin = /[\d.,%]/.test(cs[i]) && /[\d.,%]/.test(cs[i + 1] ?? '');
			if ([...cur].length >= width && !numJoin && i < cs.length - 1) {
				out.push(cur);
				cur = '';
			}
		}
		out.push(cur);
		return out.join('\n');
	});
}

/** X万元 (up to four decimals) as yuan with thousands separators and two decimals: exact, by
 * shifting the decimal point in the digits. */
export function wanToYuan(num: string): string | undefined {
	const m = /^(\d+)(?:\.(\d{1,4}))?$/.exec(num);
	if (!m) return undefined;
	const frac = (m[2] ?? '').padEnd(4, '0');
	const int = (m[1] + frac).replace(/^0+(?=\d)/, '');
	return int.replace(/\B(?=(\d{3})+(?!\d))/g, ',') + '.00';
}

/** (d) "1250.00万元" in prose restated as "12,500,000.00元". */
export function yuan(src: string): string {
	return mapProse(src, (line) =>
		line.replace(/(?<![\d.,])(\d+(?:\.\d{1,4})?)万元/g, (all, n: string) => {
			const y = wanToYuan(n);
			return y ? `${y}元` : all;
		})
	);
}

let toTrad: ((s: string) => string) | undefined;

/** (e) Traditional characters, one at a time, where the character converts back to itself. */
export function traditional(src: string): string {
	toTrad ??= Converter({ from: 'cn', to: 'tw' });
	let out = '';
	for (const ch of src) {
		if (!CJK.test(ch)) {
			out += ch;
			continue;
		}
		const t = toTrad(ch);
		out += t.length === ch.length && toSimplified(t) === ch ? t : ch;
	}
	// the first line is the page's address
	const nl = src.indexOf('\n');
	return nl < 0 ? out : src.slice(0, nl) + out.slice(out.indexOf('\n'));
}

const PERTURB: Record<TextPerturbation, (src: string) => string> = { spaced, fullwidth, wrapped: (s) => wrapped(s), yuan, traditional, wording };

export function perturbText(src: string, p: TextPerturbation): string {
	return PERTURB[p](src);
}

/** A prose document: most of its Chinese characters are in prose lines, not table rows. */
export function isProseDocument(src: string): boolean {
	let prose = 0;
	let all = 0;
	for (const l of src.split('\n').slice(1)) {
		const n = (l.match(/[\u4e00-\u9fff]/g) ?? []).length;
		all += n;
		if (isProseLine(l)) prose += n;
	}
	return all > 0 && prose / all >= 0.5;
}

/**
 * A record as values only, for scoring a perturbed text: a figure's `text` and `unit` as written
 * are dropped beside its number (`wan`, `value`), and every string is compared half-width,
 * simplified and without whitespace. The gold and the extracted record are folded alike.
 */
export function valuesOnly(v: unknown): unknown {
	if (Array.isArray(v)) return v.map(valuesOnly);
	if (typeof v === 'string') return simplifyText(toHalfWidth(v)).replace(/\s+/g, '');
	if (typeof v !== 'object' || v === null) return v;
	const o = v as Record<string, unknown>;
	const figure = typeof o.wan === 'number' || typeof o.value === 'number';
	const out: Record<string, unknown> = {};
	for (const [k, x] of Object.entries(o)) {
		if (figure && (k === 'text' || k === 'unit')) continue;
		out[k] = valuesOnly(x);
	}
	return out;
}

/* ------------------------------------------------------------------ wording */

/** A number as written in a report's prose (thousands separators allowed). */
const WNUM = String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?`;
const plainNum = (t: string) => Number(t.replace(/,/g, ''));

/** Cycle through the variants of one wording: the k-th match takes variants[k % n]. */
function rotate(line: string, re: RegExp, variants: (m: RegExpExecArray) => string[], counter: { k: number }): string {
	return line.replace(re, (...args) => {
		const m = args.slice(0, -2) as unknown as RegExpExecArray;
		const vs = variants(m);
		return vs[counter.k++ % vs.length];
	});
}

/**
 * "A万元，其中B万元、C万元。" restated parts first, "…：B万元、C万元，合计A万元。" (both orders are written in
 * real reports' fund sentences), only when the parts add up to A.
 */
export function partsFirst(line: string): string {
	const re = new RegExp(String.raw`(为|共|计|达)?(?<![\d.,])(${WNUM})万元\s*[，,]\s*其中\s*[:：,，]?\s*((?:[\u4e00-\u9fa5]{2,20}?(?:${WNUM})万元\s*[、，,；;]\s*)+[\u4e00-\u9fa5]{2,20}?(?:${WNUM})万元)(?=\s*(?:[。；;]|$))`, 'g');
	return line.replace(re, (all, _verb: string | undefined, total: string, parts: string) => {
		const sum = [...parts.matchAll(new RegExp(String.raw`(${WNUM})万元`, 'g'))].reduce((a, m) => a + plainNum(m[1]), 0);
		if (Math.abs(sum - plainNum(total)) > 0.005) return all;
		return `：${parts.replace(/\s*[；;]\s*/g, '，')}，合计${total}万元`;
	});
}

/** 1234.56万元 written with thousands separators, with a space before 万元, or with 万 alone. */
function numberStyle(line: string, counter: { k: number }): string {
	return line.replace(/(?<![\d.,])(\d+(?:\.\d+)?)万元(?=(.?))/g, (all, n: string, next: string) => {
		const k = counter.k++ % 4;
		if (k === 1 && Number(n) >= 1000) return `${n.replace(/^\d+/, (i) => i.replace(/\B(?=(\d{3})+(?!\d))/g, ','))}万元`;
		if (k === 2) return `${n} 万元`;
		// (a bare 万 only before punctuation: before a word it would read as 万人, 万亩 …)
		if (k === 3 && /^[，,。；;、）)]$/.test(next)) return `${n}万`;
		return all;
	});
}

/** A prose line that states budget money (a figure in 万元 or 元). */
const BUDGET_LINE = /\d\s*(?:万元|元)/;
/** A prose line that states staff counts. */
const STAFF_LINE = /(编制|在职|实有|退休|人员)[^。；;]{0,12}\d+\s*[人名]/;

/**
 * (f) The same budget and staffing facts in the other wordings real reports use (each variant below is
 * written in the corpus's own prose, data/sources): stage labels, fund levels, the fund noun, the
 * punctuation of 其中, the allocation verb, the number's style and the order of a total and its parts;
 * staff counted in 人 or 名. The gold record is compared through `wordingFold`, which reads the fund
 * labels a record keeps as written (中央财政资金, 中央补助资金) as one.
 */
export function wording(src: string): string {
	const c = { k: 0 };
	return mapProse(src, (line) => {
		let l = line;
		if (BUDGET_LINE.test(l)) {
			// stages (labels directly before a figure)
			l = rotate(l, /年初预算(?:数)?(?:安排)?(?:为)?(?=\s*\d)/g, () => ['年初预算数为', '年初预算', '年初预算安排'], c);
			l = rotate(l, /(?:全年预算|调整后预算|调整预算)(?:数)?(?:为)?(?=\s*\d)/g, () => ['全年预算数为', '调整后预算', '调整预算数'], c);
			l = rotate(l, /(?:全年执行数|全年实际支出|实际支出)(?:为)?(?=\s*\d)/g, () => ['全年执行数为', '实际支出', '全年实际支出'], c);
			// fund levels
			l = rotate(l, /(中央|省级|市级|县级|区级)(?:财政|补助)?资金(?=\s*[:：为]?\s*\d)/g, (m) => [`${m[1]}资金`, `${m[1]}财政资金`, `${m[1]}补助资金`], c);
			// the fund noun after an allocation verb
			l = rotate(l, /(下达|安排|拨付|到位)(?:资金|经费|款项)(?=\s*\d)/g, (m) => [`${m[1]}资金`, `${m[1]}经费`, `${m[1]}款项`], c);
			// the allocation verb of a budget figure (下达 and 安排 both state what was allotted)
			l = rotate(l, /(?<=[，,。；;]|^|\d{4}年度?)(下达|安排)(?=[\u4e00-\u9fa5*]{0,30}?\d+(?:\.\d+)?\s*万元)/g, () => ['下达', '安排'], c);
			// 其中 and its punctuation
			l = rotate(l, /其中\s*[:：,，]?\s*(?=[\u4e00-\u9fa5])/g, () => ['其中:', '其中：', '其中，', '其中'], c);
			// a total and its parts, in the other order
			l = partsFirst(l);
			l = numberStyle(l, c);
		}
		if (STAFF_LINE.test(l)) {
			l = rotate(l, /在职(?:人员|职工)(?=\s*\d)/g, () => ['在职人员', '在职职工'], c);
			l = rotate(l, /(\d+)\s*[人名](?=[，,。；;、）)]|$)/g, (m) => [`${m[1]}人`, `${m[1]}名`], c);
		}
		return l;
	});
}

/** The fund labels that records keep as written, in one form: "中央财政资金", "中央补助资金" and
 * "中央资金" (and 经费, 款项 for 资金) name the same money. */
export function canonicalFundLabel(s: string): string {
	return s.replace(/(中央|省级|市级|县级|区级)(?:财政|补助)?资金/g, '$1资金').replace(/经费|款项/g, '资金');
}

/** The fold the wording perturbation is scored through: values only, and the budget lines' labels
 * (item, parent) with their fund words in one form. */
export function wordingFold(v: unknown): unknown {
	const r = valuesOnly(v) as Record<string, unknown>;
	if (!r || typeof r !== 'object' || !Array.isArray(r.budget)) return r;
	return {
		...r,
		budget: (r.budget as Array<Record<string, unknown>>).map((b) => ({
			...b,
			...(typeof b.item === 'string' ? { item: canonicalFundLabel(b.item) } : {}),
			...(typeof b.parent === 'string' ? { parent: canonicalFundLabel(b.parent) } : {})
		}))
	};
}

/** The fold a perturbation is scored through. */
export const foldFor = (p: TextPerturbation): ((v: unknown) => unknown) => (p === 'wording' ? wordingFold : valuesOnly);
