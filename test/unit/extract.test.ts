/**
 * The extractor against the hand-checked records: field-level accuracy per seed document
 * (values, texts and structure keys — not which quote was chosen), provenance of every quote,
 * and the list of what could not be read.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { extract, ExtractError } from '../../src/lib/extract/index';
import { compareRecords } from '../../src/lib/extract/compare';
import { checkProvenance, quotedNodes } from '../../src/lib/schema/provenance';
import { validateReport } from '../../src/lib/schema/validate';
import type { Report } from '../../src/lib/schema/report';
import { isSeedSource, scoreDocument, totals, type GoldDoc } from '../../src/lib/extract/evaluate';
import { auditReport } from '../../src/lib/audit';

const dir = resolve('data/reports');
const all = readdirSync(dir)
	.filter((f) => f.endsWith('.json'))
	.map((f) => ({ file: f, gold: JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as Report }));
/** the five seed documents (000–004): reproduced exactly */
const golds = all.filter((g) => isSeedSource(g.gold.source_file));
/** the real reports of the extraction corpus, with the drafts of data/gold/ */
const corpus: GoldDoc[] = [
	...all.filter((g) => !isSeedSource(g.gold.source_file)).map((g) => ({ file: g.file, gold: g.gold as unknown })),
	...readdirSync(resolve('data/gold'))
		.filter((f) => f.endsWith('.json'))
		.map((f) => ({ file: f, gold: JSON.parse(readFileSync(resolve('data/gold', f), 'utf8')) as unknown }))
].map((g) => {
	const sourceFile = (g.gold as Report).source_file;
	return { ...g, sourceFile, source: readFileSync(resolve('data/sources', sourceFile), 'utf8') };
});
const source = (r: Report) => readFileSync(resolve('data/sources', r.source_file), 'utf8');

/**
 * A regression guard at the corpus's measured level. Held-out batches 4 (files 108–127, measured
 * blind at 35.4%), 5 (128–143, 41.1%) and 6 (144–159, 45.8%) joined the corpus before rules were
 * written from them; batch 6 joining took the whole to 81.6% with 1.5% wrong. After the rules of the
 * fourth session the 138 documents read 91.3% with 0.77% wrong: the bar (≥ 90% recall,
 * ≤ 1% wrong, nothing rejected) was met on the corpus. Batch 7 (files 160–191, measured blind at
 * 36.6%) then joined before any rule was written from it: 170 documents at 79.7% with 1.43% wrong.
 * The rules written from batch 7 (its prose and its tables) took the 170 documents to 92.5% with
 * 0.44% wrong. Batch 8 (files 192–238, measured blind at 51.4%) then joined before any rule was
 * written from it: 217 documents at 83.9% with 1.62% wrong. The rules written from batch 8 (its
 * tables, its prose and its identities, merged on tab10 at its end) took the 217 documents to 91.9%
 * with 0.66% wrong (0.63% after the seventh session's robustness work). Batches 9 (files 239–286,
 * measured blind at 43.2%) and 10 (files 287–326, measured blind at 52.3%) then joined before any
 * rule was written from them: 305 documents at 77.4% with 2.13% wrong. The rules written from them
 * in the eighth session (their budget tables, indicator and score tables, prose and identities:
 * helpers bud13, ind13 and prose13) took the 305 documents to 86.7% with 1.28% wrong. Batch 11
 * (files 327–359, measured blind at 55.6%) then joined before any rule was written from it: 338
 * documents at 83.3% with 1.70% wrong. The ninth session's rules (robustness to 元, full-width and
 * other wordings first, then batch 11's tables, indicators, prose and identities: helpers bud14,
 * ind14, prose14, bud15, ind15, prose15, ind16) took them to 88.2% with 1.11% wrong. Batch 12
 * (files 360–397, measured blind at 50.9%) then joined before any rule was written from it: 376
 * documents at 84.0% with 1.79% wrong. The tenth session's rules (batch 12's budget, indicator and
 * score tables, 三公, staffing and identity conventions: helpers bud17, ind17, prose17, ind18) took
 * them to 86.9% with 1.46% wrong, the level this guard holds.
 */
const RECALL_FLOOR = 0.865;
const WRONG_CEILING = 0.015;

const accuracy: Array<{ 文档: string; 字段: number; 一致: number; 准确率: string }> = [];
afterAll(() => {
	if (accuracy.length) {
		console.log('\n字段级准确率（提取结果 对照 人工核对记录）');
		console.table(accuracy);
	}
});

describe('extract: the seed documents reproduce their hand-checked records', () => {
	for (const { file, gold } of golds) {
		describe(gold.source_file, () => {
			const src = source(gold);
			const res = extract(src, { sourceFile: gold.source_file });

			it('field-level accuracy is 100%', () => {
				const c = compareRecords(gold, res.report);
				accuracy.push({ 文档: file, 字段: c.expected, 一致: c.matched, 准确率: `${(c.accuracy * 100).toFixed(2)}%` });
				expect(c.diffs).toEqual([]);
				expect(c.accuracy).toBe(1);
			});

			it('the record is valid and every quote passes checkProvenance', () => {
				expect(validateReport(res.report).errors).toEqual([]);
				expect(checkProvenance(res.report, src)).toEqual([]);
				expect(res.problems).toEqual([]);
			});

			it('every quoted value has its position in the text and a confidence', () => {
				const nodes = [...quotedNodes(res.report)];
				expect(res.figures.length).toBe(nodes.length);
				const byPath = new Map(res.figures.map((f) => [f.path, f]));
				for (const { path, node } of nodes) {
					const f = byPath.get(path)!;
					expect(f, path).toBeDefined();
					expect(src.slice(f.start, f.end), path).toBe(node.quote);
					expect(f.confidence).toBeGreaterThan(0);
					expect(f.confidence).toBeLessThanOrEqual(1);
				}
			});

			it('all money in the text is read or listed as unread', () => {
				expect(res.unread.filter((u) => u.kind === '金额')).toEqual([]);
			});
		});
	}
});

describe('extract: what it cannot read is listed, not dropped', () => {
	const { gold } = golds.find((g) => g.gold.kind === 'self_evaluation')!;
	it('lists an amount whose line it does not know', () => {
		const src = source(gold) + '\n\n另收到某某单位转来的往来款12.34万元。\n';
		const res = extract(src);
		const u = res.unread.find((x) => x.text.includes('12.34'));
		expect(u).toBeDefined();
		expect(src.slice(u!.start, u!.end)).toBe(u!.text);
		expect(res.report.budget.some((l) => l.amount.wan === 12.34)).toBe(false);
	});
	it('refuses an empty file, and asks for the identity a text does not give', () => {
		expect(() => extract('')).toThrow(ExtractError);
		expect(() => extract('今天天气很好。\n我们去公园散步。\n')).toThrow(/不是绩效评价报告/);
		const res = extract('部门整体支出绩效自评报告\n年初预算100万元。\n');
		expect(res.missing.map((m) => m.field)).toEqual(['department.name', 'department.region', 'fiscal_year']);
		expect(res.missing[0].message).toBe('部门名称未识别，请填写');
		expect(res.report.budget.map((l) => [l.stage, l.amount.wan])).toEqual([['initial', 100]]);
	});
});

describe('extract: general rules, no seed knowledge', () => {
	it('derives region, level and id from a department name of any place', () => {
		const text = '佛山市南海区财政局\n2023年度部门整体支出绩效自评报告\n一、部门基本情况\n2023年收入为100.50万元，支出为98.20万元。\n';
		const r = extract(text).report;
		expect(r.department.region).toEqual({ province: '广东省', city: '佛山市', district: '南海区' });
		expect(r.department.level).toBe('区级');
		expect(r.department.id).toBe('guangdong-foshan-nanhai-caizhengju');
		expect(r.id).toBe('guangdong-foshan-nanhai-caizhengju-2023-self');
		expect(r.budget.map((l) => [l.flow, l.item, l.amount.wan])).toEqual([
			['income', '合计', 100.5],
			['expenditure', '合计', 98.2]
		]);
	});
	it('reads a county-level city under its prefecture, and money in 元 and 亿元', () => {
		const text =
			'部门名称：醴陵市教育局\n部门整体支出绩效自评报告\n填报日期：2024年3月1日\n（一）收支情况\n2023年收入合计9,570,171.39元，其中：财政拨款收入1.2亿元。\n';
		const r = extract(text).report;
		expect(r.department.region).toEqual({ province: '湖南省', city: '株洲市', district: '醴陵市' });
		expect(r.department.level).toBe('县级');
		expect(r.fiscal_year).toBe(2023);
		const total = r.budget.find((l) => l.breakdown === 'total')!;
		expect(total.amount).toMatchObject({ wan: 957.017139, text: '9,570,171.39', unit: '元' });
		const fiscal = r.budget.find((l) => l.item === '财政拨款收入')!;
		expect(fiscal.amount).toMatchObject({ wan: 12000, unit: '亿元' });
	});
	it('reads full-width digits, spaces inside numbers and ≅', () => {
		const text =
			'部门名称：梅县区农业农村局\n2024年度部门整体支出绩效自评报告\n（一）收支情况\n2024年收入为８６３. ０８万元，支出为８５０.００万元，完成率９８．４９％。\n';
		const r = extract(text).report;
		expect(r.department.region).toEqual({ province: '广东省', city: '梅州市', district: '梅县区' });
		const inc = r.budget.find((l) => l.flow === 'income')!;
		expect(inc.amount).toMatchObject({ wan: 863.08, text: '８６３. ０８' });
		const exp = r.budget.find((l) => l.flow === 'expenditure')!;
		expect(exp.execution_rate).toMatchObject({ value: 98.49, unit: '%' });
	});
	it('reads key–value lines under a unit stated once, and a bare 万', () => {
		const kv = extract('某单位2023年度部门整体支出绩效自评报告\n（一）收支情况（单位：万元）\n年初预算:1250.00\n调整预算:1380.50\n基本支出:900.47\n').report;
		expect(kv.budget.map((l) => [l.stage, l.item, l.amount.wan, l.amount.unit])).toEqual([
			['initial', '合计', 1250, '万元'],
			['adjusted', '合计', 1380.5, '万元'],
			['final', '基本支出', 900.47, '万元']
		]);
		// no unit stated: the bare numbers are not money
		expect(extract('某单位2023年度部门整体支出绩效自评报告\n年初预算:1250.00\n').report.budget).toEqual([]);
		const wan = extract('广州市天河区教育局2023年度部门整体支出绩效自评报告\n2023年度收入合计12,345.6万，服务群众3万人。\n').report;
		expect(wan.budget.map((l) => [l.flow, l.amount.wan, l.amount.text])).toEqual([['income', 12345.6, '12,345.6']]);
	});
	it('reads traditional characters, keeping the written text in quotes', () => {
		const r = extract('廣州市天河區財政局2023年度部門整體支出績效自評報告\n2023年收入合計863.08萬元，預算執行率98.49%。\n').report;
		expect(r.department.region).toEqual({ province: '广东省', city: '广州市', district: '天河区' });
		expect(r.budget[0].amount).toMatchObject({ wan: 863.08, quote: '2023年收入合計863.08萬元' });
	});
	it('finds the department on the line after its label, and staffing by its label', () => {
		const r = extract('2023年度部门整体支出绩效自评报告\n部门(单位)名称:\n长沙市雨花区民政局\n编制数20人，实有人数18人，离退休人员5人。\n');
		expect(r.missing).toEqual([]);
		expect(r.report.department.name).toBe('长沙市雨花区民政局');
		expect(r.report.staffing.map((x) => [x.measure, x.count.value])).toEqual([['authorized', 20], ['actual', 18], ['retired', 5]]);
	});
	it('keeps amounts that are not department money out of the budget', () => {
		const r = extract('耒阳市某中学2022年度项目支出绩效自评报告\n我校按生均1000元安排公用经费，农村居民人均可支配收入12500元。\n');
		expect(r.report.budget).toEqual([]);
		expect(r.unread.filter((u) => /标准|统计/.test(u.reason)).map((u) => u.text)).toEqual(['我校按生均1000元', '农村居民人均可支配收入12500元']);
	});
	it('reads a whole-department report worded as another province writes it', () => {
		const text = [
			'襄阳市樊城区住房和城乡建设局2023年度部门整体支出绩效自评报告',
			'一、部门基本情况',
			'（一）人员情况',
			'本部门核定行政编制15名，事业编制8名；年末实有在职人员21人，离退休人员9人。',
			'（二）收支情况',
			'2023年度部门决算收入合计1,234.56万元，较上年增加100.00万元，增长8.8%。其中：一般公共预算财政拨款收入1,100.00万元，其他收入134.56万元。',
			'2023年度支出合计1,200.00万元，其中：基本支出800.00万元，占66.67%；项目支出400.00万元，占33.33%。',
			'（三）“三公”经费',
			'“三公”经费支出合计12.34万元，其中：因公出国（境）费0万元，公务接待费1.20万元，公务用车运行维护费11.14万元。',
			'二、绩效自评情况',
			'经自评，我局2023年度部门整体支出绩效自评得分为92.5分，评价等级为“优”。',
			'三、存在的问题',
			'（一）预算编制不够精准。年中追加预算较多。',
			'（二）绩效目标设置不够细化。',
			'四、改进措施',
			'（一）提高预算编制质量。',
			'（二）细化量化绩效目标。',
			''
		].join('\n');
		const r = extract(text).report;
		expect(r.department.id).toBe('hubei-xiangyang-fancheng-zhujianju');
		expect(r.staffing.map((x) => [x.category, x.measure, x.count.value])).toEqual([
			['行政编制', 'authorized', 15],
			['事业编制', 'authorized', 8],
			['合计', 'actual', 21],
			['合计', 'retired', 9]
		]);
		expect(r.budget.map((l) => [l.flow, l.item, l.scope, l.amount.wan, l.share?.value, l.change?.amount?.wan, l.change?.pct?.value])).toEqual([
			['income', '合计', 'all', 1234.56, undefined, 100, 8.8],
			// (一般公共预算财政拨款收入 is the 一般公共预算 part of the 财政拨款: scope general_public)
			['income', '财政拨款收入', 'general_public', 1100, undefined, undefined, undefined],
			['income', '其他收入', 'all', 134.56, undefined, undefined, undefined],
			['expenditure', '合计', 'all', 1200, undefined, undefined, undefined],
			['expenditure', '基本支出', 'all', 800, 66.67, undefined, undefined],
			['expenditure', '项目支出', 'all', 400, 33.33, undefined, undefined]
		]);
		// 0 + 1.20 + 11.14 = 12.34: the items as stated, 0 kept as a stated zero
		expect(r.sangong.map((x) => [x.item, x.amount?.wan])).toEqual([['total', 12.34], ['abroad', 0], ['reception', 1.2], ['vehicle_operation', 11.14]]);
		expect([r.scores?.total?.score.value, r.scores?.grade?.value]).toEqual([92.5, '优']);
		expect(r.problems.map((p) => p.title ?? p.text)).toEqual(['预算编制不够精准', '绩效目标设置不够细化']);
		expect(r.measures.map((p) => p.title ?? p.text)).toEqual(['提高预算编制质量', '细化量化绩效目标']);
	});
	it('no extractor rule names a seed department, file or value', () => {
		const files: string[] = [];
		const walk = (d: string) => {
			for (const e of readdirSync(d, { withFileTypes: true })) {
				const p = resolve(d, e.name);
				if (e.isDirectory()) walk(p);
				else if (/\.ts$/.test(e.name) && !/gazetteer-(data|former)/.test(e.name)) files.push(p);
			}
		};
		walk(resolve('src/lib/extract'));
		const code = files.map((f) => readFileSync(f, 'utf8')).join('\n');
		const seedWords = new Set<string>();
		for (const gold of [...golds.map((g) => g.gold), ...corpus.map((g) => g.gold as Report)]) {
			seedWords.add(gold.source_file.replace(/\.txt$/, ''));
			if (gold.department.name) seedWords.add(gold.department.name);
			// a place without its 市/区/县 when that leaves three characters or more; a two-character stem
			// is ordinary words as often as a place ("金安" inside "资金安排"), so it counts with its suffix
			for (const p of [gold.department.region?.city, gold.department.region?.district]) if (p) seedWords.add(p.replace(/[市区县]$/, '').length >= 3 ? p.replace(/[市区县]$/, '') : p);
			if (gold.department.preparer) seedWords.add(gold.department.preparer);
			if (gold.department.phone) seedWords.add(gold.department.phone);
			// an amount with three significant digits or more names a document; a round one ("100.00",
			// "12000", "10,000") is every document's example
			for (const l of gold.budget) if (l.amount.text.length >= 5 && l.amount.text.replace(/[^\d]/g, '').replace(/^0+|0+$/g, '').length >= 3) seedWords.add(l.amount.text);
			for (const t of gold.tasks) seedWords.add(t.name.slice(0, 12));
		}
		const hits = [...seedWords].filter((w) => w.length >= 2 && code.includes(w));
		expect(hits).toEqual([]);
	});
});

describe('extract: the corpus of real reports (every gold record that is not a seed)', () => {
	const scores = corpus.map(scoreDocument);
	const t = totals(scores);
	afterAll(() => {
		console.log(`\n语料评测：${t.documents} 份，拒收 ${t.rejected}，字段 ${t.fields}，正确 ${t.matched}（${(t.recall * 100).toFixed(1)}%），错值 ${t.wrong}`);
	});
	it('holds more real documents than seeds, of every kind', () => {
		expect(corpus.length).toBeGreaterThanOrEqual(13);
		const kinds = new Set(corpus.map((g) => (g.gold as Report).kind));
		for (const k of ['self_evaluation', 'target_table', 'project_self_evaluation', 'project_target_table']) expect(kinds).toContain(k);
	});
	it('raises no audit error that the hand-checked record does not raise (no false alarm from a mis-extraction)', () => {
		const errors = (r: unknown) =>
			auditReport(r as Report)
				.filter((f) => f.severity === 'error')
				// one alarm whichever of its two figures a record lists first
				.map((f) => (f.expected !== undefined && f.stated !== undefined ? `${f.rule}: ${f.title}: ${[f.expected, f.stated].map(Number).sort((a, b) => a - b).join(' / ')}` : `${f.rule}: ${f.message}`));
		const extra: string[] = [];
		for (const g of corpus) {
			const fromGold = new Set(errors(g.gold));
			const got = errors(extract(g.source, { sourceFile: g.sourceFile }).report);
			for (const e of got) if (!fromGold.has(e)) extra.push(`${g.sourceFile}: ${e}`);
		}
		// A ratchet, not an allowance: the false alarms a batch brought when it joined the corpus, listed
		// one a line until the rules that fix them land; a new one fails, and so does a listed one that
		// no longer occurs (delete its line) so that the list only shrinks.
		const known = readFileSync(resolve('test/unit/known-false-alarms.txt'), 'utf8').split('\n').filter(Boolean);
		expect(extra.filter((e) => !known.includes(e))).toEqual([]);
		expect(known.filter((e) => !extra.includes(e))).toEqual([]);
	});
	it('gives every corpus document a record whose every quote is verbatim and holds its number', () => {
		const bad = corpus.flatMap((g) => extract(g.source, { sourceFile: g.sourceFile }).problems.map((p) => `${g.sourceFile}: ${p.path}: ${p.message}`));
		expect(bad).toEqual([]);
	});
	it('rejects no document', () => {
		expect(scores.filter((s) => s.rejected).map((s) => `${s.source}: ${s.error}`)).toEqual([]);
	});
	it('keeps its corpus recall and wrong values at the level reached (see RECALL_FLOOR: the level after the last batch joined or the rules written from it)', () => {
		expect(t.recall).toBeGreaterThanOrEqual(RECALL_FLOOR);
		expect(t.wrongRate).toBeLessThanOrEqual(WRONG_CEILING);
	});
});
