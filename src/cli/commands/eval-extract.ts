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
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataDir, dataPaths } from '../../lib/server/dataset';

export const usage = 'perflens eval-extract [--heldout] [--json] [--diffs] [--perturb] [--perturb-text spaced|fullwidth|wrapped|yuan|traditional] [--only PATTERN]   用全部人工核对记录评测提取器（召回率、错值、拒收）；--heldout 只评留出集（未据以调规则的真实报告）；--perturb 把表格改写为其他版式再评（版式扰动）；--perturb-text 在散文文档上施加一种文本提取扰动后再评，报告较原文少读的字段';

export async function run(args: string[]): Promise<number> {
	const { evalTable, scoreDocument, totals } = await import('../../lib/extract/evaluate');
	const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : undefined;
	const root = dataDir();
	const paths = dataPaths(root);
	const heldout = args.includes('--heldout');
	const sources = heldout ? join(root, 'heldout', 'sources') : paths.sources;
	const dirs = (heldout ? [join(root, 'heldout', 'gold')] : [paths.reports, join(root, 'gold')]).filter((d) => existsSync(d));
	if (heldout && !dirs.length) throw new Error('没有留出集：data/heldout/gold 不存在');
	const perturbed = args.includes('--perturb');
	const { perturbTable, perturbTotals, scorePerturbed } = await import('../../lib/extract/perturb-eval');
	const pscores = [];
	// --perturb-text NAME: score the prose documents on the text with one extraction perturbation
	// (perturb-text.ts); `drop` is the loss against the original text, both scored on values only
	const ptIdx = args.indexOf('--perturb-text');
	const pt = ptIdx >= 0 ? (args[ptIdx + 1] as import('../../lib/extract/perturb-text').TextPerturbation) : undefined;
	const ptMod = pt ? await import('../../lib/extract/perturb-text') : undefined;
	if (pt && !(pt in ptMod!.TEXT_PERTURBATIONS)) throw new Error(`--perturb-text: ${Object.keys(ptMod!.TEXT_PERTURBATIONS).join(' | ')}`);
	const scores: ReturnType<typeof scoreDocument>[] = [];
	const base: ReturnType<typeof scoreDocument>[] = [];
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
			if (ptMod && pt) {
				if (!ptMod.isProseDocument(source)) continue;
				const fold = ptMod.valuesOnly;
				base.push(scoreDocument({ file: f, gold, source, sourceFile: gold.source_file, fold }));
				scores.push(scoreDocument({ file: f, gold, source: ptMod.perturbText(source, pt), sourceFile: gold.source_file, fold }));
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
	if (ptMod && pt) {
		const b = totals(base);
		const t = totals(scores);
		const perturbText = { perturbation: pt, fields: t.fields, correct: t.matched, wrong: t.wrong, drop: b.matched - t.matched, baseCorrect: b.matched, baseWrong: b.wrong };
		if (args.includes('--json')) console.log(JSON.stringify({ perturbText, totals: t, documents: scores }, null, '\t'));
		else console.log(`| 扰动 | 文档 | 字段 | 正确 | 错值 | 较原文少 |\n|---|---:|---:|---:|---:|---:|\n| ${pt} | ${t.documents} | ${t.fields} | ${t.matched}（原文 ${b.matched}） | ${t.wrong}（原文 ${b.wrong}） | ${b.matched - t.matched} |`);
		return 0;
	}
	if (args.includes('--json')) console.log(JSON.stringify({ totals: totals(scores), documents: scores }, null, '\t'));
	else console.log(evalTable(scores));
	return 0;
}
