/**
 * Provenance checks: every stated figure of a record must quote its source verbatim, and the
 * quote must contain the number the figure holds.
 */
import { MONEY_FACTOR, PINYIN_GLOSS, normalizeNumbers, parseNumber } from '../text/normalize';
import { simplifyText } from '../text/simplified';
import type { Report } from './report';

export type ProvenanceProblem = { path: string; message: string };

type Node = Record<string, unknown>;
const isObj = (v: unknown): v is Node => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Visit every object in the record that carries a `quote`, with its JSON path. */
export function* quotedNodes(value: unknown, path = ''): Generator<{ path: string; node: Node }> {
	if (Array.isArray(value)) {
		for (let i = 0; i < value.length; i++) yield* quotedNodes(value[i], `${path}[${i}]`);
	} else if (isObj(value)) {
		if (typeof value.quote === 'string') yield { path: path || '.', node: value };
		for (const [k, v] of Object.entries(value)) {
			if (k !== 'quote') yield* quotedNodes(v, path ? `${path}.${k}` : k);
		}
	}
}

// (the pinyin glosses a reposting site writes after characters are no part of the written text)
const GLOSS = new RegExp(`(?<=[\\u4e00-\\u9fff])${PINYIN_GLOSS}`, 'g');
const squash = (s: string) => normalizeNumbers(s).replace(GLOSS, '').replace(/\s+/g, '');

/** Does the quote contain the written text (ignoring spacing, full-width forms, glosses, and the
 * script: a record keeps a traditional-character report's text in simplified characters)? */
function quoteHas(quote: string, text: string): boolean {
	if (squash(quote).includes(squash(text))) return true;
	return simplifyText(squash(quote)).includes(simplifyText(squash(text)));
}

/** Check every quoted node of `report` against the text of its source document. */
export function checkProvenance(report: Report, source: string): ProvenanceProblem[] {
	const problems: ProvenanceProblem[] = [];
	for (const { path, node } of quotedNodes(report)) {
		const quote = node.quote as string;
		if (!source.includes(quote)) {
			problems.push({ path, message: `引文在原文中找不到: «${quote.slice(0, 60)}»` });
			continue;
		}
		const text = typeof node.text === 'string' ? node.text : undefined;
		if (text !== undefined && !quoteHas(quote, text)) {
			problems.push({ path, message: `引文不含所写文字 «${text}»` });
			continue;
		}
		if (typeof node.wan === 'number' && text !== undefined) {
			const unit = node.unit as keyof typeof MONEY_FACTOR;
			const written = parseNumber(text);
			const expected = written * MONEY_FACTOR[unit];
			if (!Number.isFinite(written) || Math.abs(Math.abs(node.wan) - expected) > 1e-9 * Math.max(1, expected)) {
				problems.push({ path, message: `金额 ${node.wan} 万元 与所写 «${text}${unit}» 不符` });
			}
		} else if (typeof node.value === 'number' && text !== undefined) {
			// Figures: the text is one number. Targets: the text holds the bound(s).
			const nums = [...normalizeNumbers(text).matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
			const bounds = [node.value, node.value2].filter((v): v is number => typeof v === 'number');
			for (const b of bounds) {
				if (!nums.some((n) => Math.abs(n - Math.abs(b)) < 1e-9)) {
					problems.push({ path, message: `数值 ${b} 不在所写 «${text}» 中` });
				}
			}
		} else if (path.endsWith('filing_date') && typeof node.value === 'string') {
			const [y, m, d] = (node.value as string).split('-').map(Number);
			const digits = squash(quote);
			// (a 日 the conversion lost: the quote ends at the day's digits)
			if (!new RegExp(`${y}(年0?${m}月0?${d}(日|$)|[.\\-/]0?${m}[.\\-/]0?${d}(?!\\d))`).test(digits)) {
				problems.push({ path, message: `日期 ${node.value} 与引文不符` });
			}
		}
	}
	return problems;
}
