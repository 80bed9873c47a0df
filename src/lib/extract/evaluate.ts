/**
 * Scoring the extractor against hand-checked gold records: per document and in total, field
 * recall (gold fields the extractor reproduced), wrong values (gold fields it filled with another
 * value), extra fields (facts the gold does not hold) and rejected documents (no record at all).
 * Pure: the caller reads the files.
 */
import { compareRecords } from './compare';
import { extract, ExtractError } from './index';

/**
 * A seed document's source file: three digits and a 16-hex-digit content hash (000_ then the hash, .txt).
 * Corpus documents are numbered with a descriptive slug (01_…, 107_…), so a three-digit corpus
 * number is not a seed.
 */
export const isSeedSource = (name: string): boolean => /^\d{3}_[0-9a-f]{16}\.txt$/.test(name);

export interface GoldDoc {
	/** file name of the gold record */
	file: string;
	gold: unknown;
	/** the source text the gold record quotes */
	source: string;
	sourceFile: string;
	/** applied to the gold record and to the extracted one before comparing (a perturbed text is
	 * scored on values, not on how they were written) */
	fold?: (record: unknown) => unknown;
}

export interface DocScore {
	file: string;
	source: string;
	/** fields of the gold record */
	fields: number;
	/** gold fields reproduced exactly */
	matched: number;
	/** gold fields the extractor filled with a different value */
	wrong: number;
	/** fields the extractor produced that the gold does not hold */
	extra: number;
	/** the extractor threw: no record */
	rejected: boolean;
	/** why, when rejected */
	error?: string;
	/** the wrong values, for the report */
	wrongFields: Array<{ path: string; expected?: string; actual?: string }>;
	/** gold fields not found */
	missedFields: string[];
	/** fields the gold does not hold */
	extraFields: Array<{ path: string; actual?: string }>;
}

export interface EvalTotals {
	documents: number;
	rejected: number;
	fields: number;
	matched: number;
	wrong: number;
	extra: number;
	recall: number;
	wrongRate: number;
}

export function scoreDocument(doc: GoldDoc): DocScore {
	const base = { file: doc.file, source: doc.sourceFile, wrongFields: [], missedFields: [], extraFields: [] };
	const goldFields = compareRecords(doc.fold ? doc.fold(doc.gold) : doc.gold, {}).expected;
	let report: unknown;
	try {
		report = extract(doc.source, { sourceFile: doc.sourceFile }).report;
	} catch (e) {
		const error = e instanceof ExtractError ? e.message : String(e);
		return { ...base, fields: goldFields, matched: 0, wrong: 0, extra: 0, rejected: true, error };
	}
	const fold = doc.fold ?? ((r: unknown) => r);
	const c = compareRecords(fold(doc.gold), fold(report), { ignoreWhitespace: true });
	const wrongFields = c.diffs.filter((d) => d.expected !== undefined && d.actual !== undefined);
	const missedFields = c.diffs.filter((d) => d.expected !== undefined && d.actual === undefined).map((d) => d.path);
	const extraFields = c.diffs.filter((d) => d.expected === undefined).map((d) => ({ path: d.path, actual: d.actual }));
	return { ...base, fields: c.expected, matched: c.matched, wrong: wrongFields.length, extra: extraFields.length, rejected: false, wrongFields, missedFields, extraFields };
}

export function totals(scores: DocScore[]): EvalTotals {
	const sum = (k: 'fields' | 'matched' | 'wrong' | 'extra') => scores.reduce((a, s) => a + s[k], 0);
	const fields = sum('fields');
	return {
		documents: scores.length,
		rejected: scores.filter((s) => s.rejected).length,
		fields,
		matched: sum('matched'),
		wrong: sum('wrong'),
		extra: sum('extra'),
		recall: fields ? sum('matched') / fields : 1,
		wrongRate: fields ? sum('wrong') / fields : 0
	};
}

const pct = (x: number) => `${(x * 100).toFixed(1)}%`;

/** The evaluation as a Markdown table (per document, then the total). */
export function evalTable(scores: DocScore[]): string {
	const rows = ['| 文档 | 字段 | 正确 | 召回率 | 错值 | 多出 | 结果 |', '|---|---:|---:|---:|---:|---:|---|'];
	for (const s of scores) {
		const verdict = s.rejected ? `拒收：${s.error}` : s.wrong ? '有错值' : s.matched === s.fields ? '全部正确' : '有遗漏';
		rows.push(`| ${s.source} | ${s.fields} | ${s.matched} | ${pct(s.fields ? s.matched / s.fields : 1)} | ${s.wrong} | ${s.extra} | ${verdict} |`);
	}
	const seeds = scores.filter((s) => isSeedSource(s.source));
	const corpus = scores.filter((s) => !isSeedSource(s.source));
	for (const [label, part] of [['种子报告', seeds], ['真实报告语料', corpus]] as const) {
		if (!part.length || part.length === scores.length) continue;
		const p = totals(part);
		rows.push(`| ${label}（${p.documents} 份，拒收 ${p.rejected}） | ${p.fields} | ${p.matched} | ${pct(p.recall)} | ${p.wrong}（${pct(p.wrongRate)}） | ${p.extra} | |`);
	}
	const t = totals(scores);
	rows.push(`| **合计（${t.documents} 份，拒收 ${t.rejected}）** | ${t.fields} | ${t.matched} | ${pct(t.recall)} | ${t.wrong}（${pct(t.wrongRate)}） | ${t.extra} | |`);
	return rows.join('\n');
}
