/**
 * What every rule of the extractor shares: the source, its lines, paragraphs, tables and
 * sections; builders for the record's statements (each with its quote, position and
 * confidence); and the list of what could not be read.
 */
import { MONEY_FACTOR, parseNumber } from '../text/normalize';
import type { Figure, Money, MoneyUnit } from '../schema/report';
import { paragraphs, splitLines, srcRange, type Line, type Para, type Span } from './doc';
import { findTables, type Table } from './tables';

export interface Provenance {
	start: number;
	end: number;
	/** 0–1: how sure the rule that read the value is */
	confidence: number;
	/** which rule read it */
	rule: string;
}

export interface Unread {
	/** what kind of thing it looked like: 金额, 表格行, 得分 … */
	kind: string;
	/** the source text */
	text: string;
	start: number;
	end: number;
	/** why it was not taken into the record (Chinese) */
	reason: string;
}

export interface Section {
	/** heading line number */
	line: number;
	title: string;
	/** the title's matching form (half-width, simplified): see Heading.norm */
	norm: string;
	rank: number;
	/** first and last line (inclusive) of the body */
	from: number;
	to: number;
}

export class Ctx {
	readonly lines: Line[];
	readonly paras: Para[];
	readonly tables: Table[];
	readonly sections: Section[];
	/** provenance of every quoted object of the record */
	readonly prov = new WeakMap<object, Provenance>();
	readonly unread: Unread[] = [];
	/** source ranges consumed by some rule (to list the money nobody read) */
	readonly used: Array<[number, number]> = [];

	constructor(readonly src: string) {
		this.lines = splitLines(src);
		this.paras = paragraphs(src, this.lines);
		this.tables = findTables(src, this.lines);
		this.sections = buildSections(this.lines);
	}

	quote(start: number, end: number): string {
		return this.src.slice(start, end);
	}

	/** Register an object carrying a quote. */
	mark<T extends object>(obj: T, start: number, end: number, confidence: number, rule: string): T {
		this.prov.set(obj, { start, end, confidence, rule });
		this.used.push([start, end]);
		return obj;
	}

	money(numText: string, unit: MoneyUnit, qStart: number, qEnd: number, confidence: number, rule: string, sign = 1): Money {
		const n = parseNumber(numText);
		const wan = sign * n * MONEY_FACTOR[unit];
		const m: Money = { wan: cleanFloat(wan), text: numText, unit, quote: this.quote(qStart, qEnd) };
		return this.mark(m, qStart, qEnd, confidence, rule);
	}

	figure(numText: string, unit: string, qStart: number, qEnd: number, confidence: number, rule: string, sign = 1): Figure {
		const f: Figure = { value: cleanFloat(sign * parseNumber(numText)), unit, text: numText, quote: this.quote(qStart, qEnd) };
		return this.mark(f, qStart, qEnd, confidence, rule);
	}

	/** Source text of span[a, b). */
	spanText(span: Span, a: number, b: number): { text: string; start: number; end: number } {
		const [s, e] = srcRange(span, a, b);
		return { text: span.text.slice(a, b), start: s, end: e };
	}

	/** The section whose body holds the line, innermost first. */
	sectionsAt(line: number): Section[] {
		return this.sections.filter((s) => s.from <= line && line <= s.to).sort((a, b) => b.line - a.line);
	}

	/** The first section whose title matches, preferring the most specific (deepest) one. */
	findSection(re: RegExp, not?: RegExp): Section | undefined {
		const hits = this.sections.filter((s) => re.test(s.norm) && !(not && not.test(s.norm)));
		return hits[0];
	}

	paraAt(line: number): Para | undefined {
		return this.paras.find((p) => p.lines.includes(line));
	}

	parasIn(sec: { from: number; to: number }): Para[] {
		return this.paras.filter((p) => p.lines[0] >= sec.from && p.lines[0] <= sec.to);
	}

	tablesIn(sec: { from: number; to: number }): Table[] {
		return this.tables.filter((t) => t.firstLine >= sec.from && t.firstLine <= sec.to);
	}

	lineOf(offset: number): number {
		let lo = 0;
		let hi = this.lines.length - 1;
		while (lo < hi) {
			const mid = (lo + hi + 1) >> 1;
			if (this.lines[mid].start <= offset) lo = mid;
			else hi = mid - 1;
		}
		return lo;
	}

	isUsed(start: number, end: number): boolean {
		return this.used.some(([a, b]) => a <= start && end <= b);
	}
}

export function cleanFloat(x: number): number {
	return Number.isFinite(x) ? Number(x.toPrecision(12)) : x;
}

/**
 * Sections from the headings: a section runs to the next heading of the same or a higher rank.
 * Numbering styles are mixed in real reports (1、 for chapters in one, for items in another), so
 * a heading's rank is its marker's nominal rank.
 */
function buildSections(lines: Line[]): Section[] {
	const heads = lines.filter((l) => l.heading);
	const out: Section[] = [];
	for (let i = 0; i < heads.length; i++) {
		const h = heads[i];
		let to = lines.length - 1;
		for (let j = i + 1; j < heads.length; j++) {
			if (heads[j].heading!.rank <= h.heading!.rank) {
				to = heads[j].n - 1;
				break;
			}
		}
		out.push({ line: h.n, title: h.heading!.title, norm: h.heading!.norm, rank: h.heading!.rank, from: h.n + 1, to });
	}
	return out;
}

/** What the rules know of the report before reading its body. */
export interface Env {
	year: number;
	kind: import('../schema/report').ReportKind;
	/** the department's full name */
	deptName: string;
	/** the department's type (name without the places), e.g. 科学技术协会 */
	deptShort: string;
}
