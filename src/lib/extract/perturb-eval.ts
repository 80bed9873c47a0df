/**
 * The layout-perturbation evaluation: each gold document whose tables carry cell markers
 * (" | ", tabs, one cell a line ending " |") is scored as written and with its tables
 * re-rendered in every other common layout, against the same gold record. A field the original
 * reads and a layout loses is a reader that fits the layout rather than the table.
 */
import { scoreDocument, totals, type GoldDoc } from './evaluate';
import { LAYOUTS, documentLayout, perturb, type Layout, type SourceLayout } from './perturb';
import { foldFor, isProseDocument, perturbText, type TextPerturbation } from './perturb-text';

export interface LayoutScore {
	layout: Layout | 'original';
	fields: number;
	matched: number;
	wrong: number;
	/** matched under the original layout minus matched under this one */
	drop: number;
	rejected: boolean;
}

export interface PerturbScore {
	source: string;
	layout: SourceLayout;
	scores: LayoutScore[];
}

export function scorePerturbed(doc: GoldDoc, layouts: Layout[] = LAYOUTS): PerturbScore | null {
	const layout = documentLayout(doc.source);
	if (!layout) return null;
	const orig = scoreDocument(doc);
	const one = (l: Layout | 'original', s = orig): LayoutScore => ({ layout: l, fields: s.fields, matched: s.matched, wrong: s.wrong, drop: orig.matched - s.matched, rejected: s.rejected });
	const scores = [one('original')];
	for (const l of layouts) if (l !== layout) scores.push(one(l, scoreDocument({ ...doc, source: perturb(doc.source, l) })));
	return { source: doc.sourceFile, layout, scores };
}

/** The column perturbation (header wordings, column order, optional columns): perturb-columns.ts. */
export { COLUMN_PERTURBATIONS, columnPerturbSummary, columnPerturbTable, columnPerturbTotals, scoreColumnPerturbed } from './perturb-columns';

/** Totals per layout ('original' included): every document scored under that layout. */
export function perturbTotals(docs: PerturbScore[]): LayoutScore[] {
	const keys: Array<Layout | 'original'> = ['original', ...LAYOUTS];
	return keys.map((k) => {
		const rows = docs.flatMap((d) => d.scores.filter((s) => s.layout === k));
		const sum = (f: 'fields' | 'matched' | 'wrong' | 'drop') => rows.reduce((a, s) => a + s[f], 0);
		return { layout: k, fields: sum('fields'), matched: sum('matched'), wrong: sum('wrong'), drop: sum('drop'), rejected: rows.some((r) => r.rejected), documents: rows.length } as LayoutScore & { documents: number };
	});
}

/** The evaluation as a Markdown table: per document and layout, then per layout. */
export function perturbTable(docs: PerturbScore[]): string {
	const rows = ['| 文档 | 原版式 | 版式 | 字段 | 正确 | 错值 | 较原版式减少 |', '|---|---|---|---:|---:|---:|---:|'];
	for (const d of docs) for (const s of d.scores) rows.push(`| ${d.source} | ${d.layout} | ${s.layout}${s.rejected ? '（拒收）' : ''} | ${s.fields} | ${s.matched} | ${s.wrong} | ${s.layout === 'original' ? '' : s.drop} |`);
	for (const t of perturbTotals(docs) as Array<LayoutScore & { documents: number }>) {
		if (!t.documents) continue;
		rows.push(`| **合计 ${t.layout}（${t.documents} 份）** | | ${t.layout} | ${t.fields} | ${t.matched} | ${t.wrong} | ${t.layout === 'original' ? '' : t.drop} |`);
	}
	return rows.join('\n');
}

/** One text-extraction perturbation over the prose documents: the same gold, scored on values only. */
export interface TextPerturbScore {
	perturbation: TextPerturbation;
	/** each prose document scored on its perturbed text */
	documents: ReturnType<typeof scoreDocument>[];
	/** the same documents scored on their text as written (values only, as above) */
	base: ReturnType<typeof scoreDocument>[];
}

/** Score the prose documents among `docs` as written and with one text perturbation (perturb-text.ts). */
export function scoreTextPerturbed(docs: GoldDoc[], p: TextPerturbation): TextPerturbScore {
	const prose = docs.filter((d) => isProseDocument(d.source));
	// (values only; the wording perturbation also reads the fund labels a record keeps as written in one form)
	const fold = foldFor(p);
	return {
		perturbation: p,
		base: prose.map((d) => scoreDocument({ ...d, fold })),
		documents: prose.map((d) => scoreDocument({ ...d, source: perturbText(d.source, p), fold }))
	};
}

/** Its totals: fields, correct and wrong under the perturbation, and the drop against the text as written. */
export function textPerturbTotals(s: TextPerturbScore) {
	const b = totals(s.base);
	const t = totals(s.documents);
	return { perturbation: s.perturbation, documents: t.documents, fields: t.fields, correct: t.matched, wrong: t.wrong, drop: b.matched - t.matched, baseCorrect: b.matched, baseWrong: b.wrong };
}

/** The totals as a one-row Markdown table. */
export function textPerturbTable(s: TextPerturbScore): string {
	const t = textPerturbTotals(s);
	return `| 扰动 | 文档 | 字段 | 正确 | 错值 | 较原文少 |\n|---|---:|---:|---:|---:|---:|\n| ${t.perturbation} | ${t.documents} | ${t.fields} | ${t.correct}（原文 ${t.baseCorrect}） | ${t.wrong}（原文 ${t.baseWrong}） | ${t.drop} |`;
}
