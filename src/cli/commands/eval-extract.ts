/**
 * `perflens eval-extract` — score the extractor against every hand-checked gold record
 * (data/reports/*.json and the drafts in data/gold/*.json): per document and in total, field
 * recall, wrong values, extra fields and rejected documents. Prints a Markdown table; `--json`
 * prints the scores; `--diffs` lists every missed and wrong field on stderr.
 *
 * `--heldout` scores the held-out set instead (data/heldout/gold/*.json over data/heldout/sources):
 * real reports kept aside that no rule is tuned on, the measure of how the extractor reads a
 * report nobody has seen. Once a rule is written from one of them it moves to the corpus.
 *
 * `--perturb` scores the layout perturbation instead: every document whose tables carry cell
 * markers (" | ", tabs, one cell a line ending " |") as written and with its tables re-rendered in
 * each other layout (src/lib/extract/perturb.ts), per document and layout: fields, correct,
 * wrong, and the drop against the original layout.
 *
 * `--perturb-text NAME` scores the prose documents on their text with one text-extraction
 * perturbation (spaced, fullwidth, wrapped, yuan, traditional: src/lib/extract/perturb-text.ts),
 * on values only, against the same gold: fields, correct, wrong and the drop against the original.
 *
 * `--perturb-columns NAME` scores the documents whose indicator, budget and score tables carry
 * cell markers with their header wordings replaced (synonyms), two value columns swapped
 * (reorder) or the optional columns dropped (drop): src/lib/extract/perturb-columns.ts; `all` prints
 * the three variants' totals in one table.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, dataPaths } from '../../lib/server/dataset';

export const usage = 'perflens eval-extract [--heldout] [--json] [--diffs] [--perturb] [--perturb-text spaced|fullwidth|wrapped|yuan|traditional|wording] [--perturb-columns synonyms|reorder|drop|all] [--only PATTERN]   用全部人工核对记录评测提取器（召回率、错值、拒收）；--heldout 只评留出集（未据以调规则的真实报告）；--perturb 把表格改写为其他版式再评（版式扰动）；--perturb-text 在散文文档上施加一种文本提取扰动后再评，报告较原文少读的字段；--perturb-columns 把指标、预算、评分表的表头换成其他模板的写法、交换两列或去掉可选列后再评';

export async function run(args: string[]): Promise<number> {
	const { evalTable, scoreDocument, totals } = await import('../../lib/extract/evaluate');
	type GoldDoc = import('../../lib/extract/evaluate').GoldDoc;
	const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
	const root = dataDir();
	const paths = dataPaths(root);
	const heldout = args.includes('--heldout');
	const sources = heldout ? join(root, 'heldout', 'sources') : paths.sources;
	const dirs = (heldout ? [join(root, 'heldout', 'gold')] : [paths.reports, join(root, 'gold')]).filter((d) => existsSync(d));
	if (heldout && !dirs.length) throw new Error('没有留出集：data/heldout/gold 不存在');
	const perturbed = args.includes('--perturb');
	const { perturbTable, perturbTotals, scorePerturbed, scoreTextPerturbed, textPerturbTable, textPerturbTotals, COLUMN_PERTURBATIONS, columnPerturbSummary, columnPerturbTable, columnPerturbTotals, scoreColumnPerturbed } = await import('../../lib/extract/perturb-eval');
	const { TEXT_PERTURBATIONS } = await import('../../lib/extract/perturb-text');
	const pscores = [];
	// --perturb-text NAME: the prose documents scored on their text with one extraction perturbation
	const ptIdx = args.indexOf('--perturb-text');
	const pt = ptIdx >= 0 ? (args[ptIdx + 1] as keyof typeof TEXT_PERTURBATIONS) : undefined;
	if (ptIdx >= 0 && !(pt && pt in TEXT_PERTURBATIONS)) throw new Error(`--perturb-text: ${Object.keys(TEXT_PERTURBATIONS).join(' | ')}`);
	// --perturb-columns NAME: the value tables with other header wordings, column order or optional columns
	const pcIdx = args.indexOf('--perturb-columns');
	const pc = pcIdx >= 0 ? (args[pcIdx + 1] as (typeof COLUMN_PERTURBATIONS)[number] | 'all') : undefined;
	if (pcIdx >= 0 && !(pc && (pc === 'all' || COLUMN_PERTURBATIONS.includes(pc)))) throw new Error(`--perturb-columns: ${COLUMN_PERTURBATIONS.join(' | ')} | all`);
	const docs: GoldDoc[] = [];
	const scores: ReturnType<typeof scoreDocument>[] = [];
	for (const dir of dirs) {
		for (const f of readdirSync(dir).filter((x) => x.endsWith('.json')).sort()) {
			const gold = JSON.parse(readFileSync(join(dir, f), 'utf8')) as { source_file: string };
			if (only && !f.includes(only) && !gold.source_file.includes(only)) continue;
			const source = readFileSync(join(sources, gold.source_file), 'utf8');
			if (perturbed) {
				const p = scorePerturbed({ file: f, gold, source, sourceFile: gold.source_file });
				if (p) pscores.push(p);
				continue;
			}
			if (pt || pc) {
				docs.push({ file: f, gold, source, sourceFile: gold.source_file });
				continue;
			}
			scores.push(scoreDocument({ file: f, gold, source, sourceFile: gold.source_file }));
		}
	}
	if (perturbed) {
		pscores.sort((a, b) => a.source.localeCompare(b.source));
		if (args.includes('--json')) console.log(JSON.stringify({ totals: perturbTotals(pscores), documents: pscores }, null, '\t'));
		else console.log(perturbTable(pscores));
		return 0;
	}
	scores.sort((a, b) => a.source.localeCompare(b.source));
	if (args.includes('--diffs')) {
		for (const s of scores) {
			for (const p of s.missedFields) console.error(`${s.source}: 遗漏 ${p}`);
			for (const w of s.wrongFields) console.error(`${s.source}: 错值 ${w.path}: 应为 ${w.expected}，提取为 ${w.actual}`);
			for (const x of s.extraFields) console.error(`${s.source}: 多出 ${x.path}: ${x.actual}`);
		}
	}
	if (pc === 'all') {
		const all = COLUMN_PERTURBATIONS.map((p) => scoreColumnPerturbed(docs, p));
		if (args.includes('--json')) console.log(JSON.stringify(all.map(columnPerturbTotals), null, '\t'));
		else console.log(columnPerturbSummary(all));
		return 0;
	}
	if (pc) {
		const s = scoreColumnPerturbed(docs, pc);
		if (args.includes('--diffs')) for (const d of s.documents) {
			const was = new Set([...d.base.missedFields, ...d.base.wrongFields.map((w) => w.path)]);
			for (const p of d.perturbed.missedFields) if (!was.has(p)) console.error(`${d.source}: 遗漏 ${p}`);
			for (const w of d.perturbed.wrongFields) if (!was.has(w.path)) console.error(`${d.source}: 错值 ${w.path}: 应为 ${w.expected}，提取为 ${w.actual}`);
		}
		if (args.includes('--json')) console.log(JSON.stringify({ perturbColumns: columnPerturbTotals(s), documents: s.documents.map((d) => ({ source: d.source, blocks: d.blocks, base: d.base.matched, perturbed: d.perturbed.matched, wrong: d.perturbed.wrong, fields: d.perturbed.fields })) }, null, '\t'));
		else console.log(columnPerturbTable(s));
		return 0;
	}
	if (pt) {
		const s = scoreTextPerturbed(docs, pt);
		if (args.includes('--json')) console.log(JSON.stringify({ perturbText: textPerturbTotals(s), totals: totals(s.documents), documents: s.documents }, null, '\t'));
		else console.log(textPerturbTable(s));
		return 0;
	}
	if (args.includes('--json')) console.log(JSON.stringify({ totals: totals(scores), documents: scores }, null, '\t'));
	else console.log(evalTable(scores));
	return 0;
}
