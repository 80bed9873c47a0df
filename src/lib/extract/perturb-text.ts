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

export type TextPerturbation = 'spaced' | 'fullwidth' | 'wrapped' | 'yuan' | 'traditional';

export const TEXT_PERTURBATIONS: Record<TextPerturbation, string> = {
	spaced: '每 3 行散文中汉字之间、数字两侧加空格，小数点后加空格（PDF 文本层："年 初 预 算 1250. 00 万 元"）',
	fullwidth: '散文中的数字、标点、括号改为全角（１２５０．００，：（））',
	wrapped: '散文行按 28 字硬换行（PDF 的行宽），不在数字中间断行',
	yuan: '散文中的“X万元”改写为元并加千分位（1250.00万元 → 12,500,000.00元），只在换算精确时',
	traditional: '全文改为繁体字（逐字，能逐字转回简体的才改）'
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

export function perturbText(src: string, p: TextPerturbation): string {
	switch (p) {
		case 'spaced':
			return spaced(src);
		case 'fullwidth':
			return fullwidth(src);
		case 'wrapped':
			return wrapped(src);
		case 'yuan':
			return yuan(src);
		case 'traditional':
			return traditional(src);
	}
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
