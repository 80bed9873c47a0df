/**
 * The score: total, grade and the tree of dimensions, from score tables (分值 | 得分 | 得分率)
 * and, when there is no table, from the text ("自评得分为 95.5 分，其中履职效能得分 47.5 分").
 * The tree family is told by its dimension names: Guangdong (履职效能/管理效率) or Hunan
 * (投入/过程/产出/效果).
 *
 * Score tables come as a summary (一级 | 二级 | 分值 | 得分 | 得分率) and per-dimension detail
 * tables (… | 三级 | 分值 | 得分 | 得分率). A merged 二级 cell is exported on one of its rows,
 * not always the first: the detail rows are given to their 二级 indicators by the 分值 the
 * summary states (the children's 分值 add up to their parent's), and by the labels only when
 * the sums do not decide. Indicators the text says are scored by the finance bureau (财政赋分)
 * are marked.
 */
import type { Figure, Grade, ScoreNode, Scores } from '../schema/report';
import type { Ctx, Env } from './context';
import { toHalfWidth } from '../text/normalize';
import { NUM, isNumberCell } from './numbers';
import { key, tablesWithPiped, type Cell, type Row, type Table } from './tables';
import { columnRoles, writtenForm, type ColumnRole } from './indicators';

const GD_L1 = ['履职效能', '管理效率', '管理效能'];
const HN_L1 = ['投入', '过程', '产出', '效果'];
const L1_ORDER = [...GD_L1, ...HN_L1];

function framework(ctx: Ctx): Scores['framework'] {
	// (in the matching form: a report in traditional characters or full-width text is the same framework)
	const t = writtenForm(ctx.src).replace(/\s+/g, '');
	if (/履职效能/.test(t) && /管理效[率能]/.test(t)) return 'guangdong';
	if (HN_L1.every((w) => t.includes(w))) {
		const names = tablesWithPiped(ctx, true).flatMap((tb) => tb.rows.map((r) => key(r.cells.find((c) => c.text))));
		if (HN_L1.every((w) => names.includes(w)) || /投入[\d.]+分.{0,3}过程[\d.]+分/.test(t)) return 'hunan';
	}
	return 'other';
}

const orderOf = (name: string) => {
	const i = L1_ORDER.indexOf(name);
	return i < 0 ? 99 : i;
};

const pctText = (c: Cell) => c.text.replace(/\s*[%％]\s*$/, '');

/* ------------------------------------------------------------------ tables */

interface ScoreCols {
	l1?: number;
	l2?: number;
	l3?: number;
	max: number;
	score: number;
	rate?: number;
	/** the header names an indicator's value columns (指标值 | 完成值): an indicator table */
	valued?: boolean;
	/** the header's cells */
	width: number;
}

/**
 * A score table's header row: its columns found by what each header means (indicators.ts
 * columnRoles: 分值 / 权重 / 标准分 / 满分, 得分 / 评分 / 自评得分 / 评价得分, 三级指标 / 指标名称 …),
 * wherever they stand. Serves the summary and detail score tables of whole-department and project
 * self-evaluations in any of their templates' wordings.
 */
function scoreHeader(row: Row): ScoreCols | undefined {
	const k = row.cells.map(key);
	const roles = columnRoles(row.cells.map((c) => c.text));
	const at = (r: ColumnRole) => {
		const i = roles.indexOf(r);
		return i >= 0 ? i : undefined;
	};
	// (a funds table scores its execution rate: 年初预算数 | 全年执行数 | 分值 | 得分, read as budget lines)
	if (at('initial') !== undefined || at('adjusted') !== undefined || at('final') !== undefined) return undefined;
	const max = at('max') ?? -1;
	// (a score column named by what it scores, "履职效能得分", as well)
	const score = at('score') ?? k.findIndex((h) => /得分$/.test(h) && !/得分率/.test(h));
	if (max < 0 || score < 0) return undefined;
	const f = (re: RegExp) => {
		const i = k.findIndex((h) => re.test(h));
		return i >= 0 ? i : undefined;
	};
	const valued = at('target') !== undefined || at('actual') !== undefined;
	return { l1: at('l1') ?? f(/^评价内容$|^项目$|^评价指标$/), l2: at('l2'), l3: at('name'), max, score, rate: f(/得分率/), ...(valued ? { valued } : {}), width: row.cells.length };
}

interface ScoreRow {
	/** labels before the numbers, spaces removed */
	labels: string[];
	first: Cell;
	max: Figure;
	score: Figure;
	rate?: Figure;
	total: boolean;
}

/** Read a score row by content: the last numbers are 分值, 得分 (and 得分率); the labels before. */
function scoreRow(ctx: Ctx, row: Row, cols: ScoreCols): ScoreRow | undefined {
	const cells = row.cells.filter((c) => c.text);
	if (cells.length < 3) return undefined;
	const isRate = (c: Cell | undefined) => !!c && /%$/.test(c.norm.trim()) && isNumberCell(c.norm.replace(/\s*%\s*$/, ''));
	let maxC: Cell | undefined;
	let scoreC: Cell | undefined;
	let rateC: Cell | undefined;
	let labelCells: Cell[];
	const num = (c: Cell | undefined) => !!c && isNumberCell(c.norm);
	// (a row of the header's width whose cells slid — merged level cells lost on the left, an empty
	// cell added on the right, "预 算 执 行 | 财务管理合规性 | 3 | 3 | 100% |" — holds no number under
	// 分值 or 得分: it is read by its last numbers below)
	if (row.cells.length === cols.width && num(row.cells[cols.max]) && num(row.cells[cols.score]) && (cols.rate === undefined || !row.cells[cols.rate].text.trim() || isRate(row.cells[cols.rate]))) {
		// a row that keeps every column: each number from the column its header names, whatever the
		// order (得分率 between 分值 and 得分, 得分 before 分值) and whatever columns follow (扣分原因,
		// 评分说明); its labels are the cells before the first of them
		maxC = row.cells[cols.max];
		scoreC = row.cells[cols.score];
		if (cols.rate !== undefined && isRate(row.cells[cols.rate])) rateC = row.cells[cols.rate];
		labelCells = row.cells.slice(0, Math.min(cols.max, cols.score, cols.rate ?? Infinity)).filter((c) => c.text);
	} else {
		// a row that lost cells: the last numbers are 分值 and 得分 (and 得分率), in the header's order
		let n = cells.length;
		if (cols.rate !== undefined && isRate(cells[n - 1])) {
			rateC = cells[n - 1];
			n--;
		}
		[maxC, scoreC] = cols.score < cols.max ? [cells[n - 1], cells[n - 2]] : [cells[n - 2], cells[n - 1]];
		labelCells = cells.slice(0, n - 2);
	}
	if (!scoreC || !maxC || !isNumberCell(scoreC.norm) || !isNumberCell(maxC.norm)) return undefined;
	const labels = labelCells.map(key).filter(Boolean);
	if (!labels.length) return undefined;
	// the cell before 分值 holds a value (an indicator row's target or actual: ≥4, 96%, 7月, 3个;
	// 指标值 | 完成值 | 分值 | 得分, in tab-separated and " | " tables alike): no score dimension
	// is named so
	if (/^[≥≤<>=]*[-+]?\d+(\.\d+)?(%|[\u4e00-\u9fa5]{1,3})?$/.test(labels[labels.length - 1])) return undefined;
	const total = /^(合计|总计|总分)$/.test(labels[0]);
	// an indicator table (指标值 | 完成值 | 分值 | 得分, tab-separated or " | " cells): its rows
	// are indicators, read by the indicator readers; only its total row is the score's
	if (cols.valued && !total) return undefined;
	const first = cells[0];
	const max = ctx.figure(maxC.text, '分', first.start, maxC.end, 0.9, 'scores.table');
	const score = ctx.figure(scoreC.text, '分', first.start, scoreC.end, 0.9, 'scores.table');
	const rate = rateC ? ctx.figure(pctText(rateC), '%', first.start, rateC.end, 0.85, 'scores.table') : undefined;
	return { labels, first, max, score, rate, total };
}

interface TableScores {
	total?: Scores['total'];
	grade?: Scores['grade'];
	tree: ScoreNode[];
}

function node(name: string, level: 1 | 2 | 3, r: ScoreRow): ScoreNode {
	const n: ScoreNode = { name, level, max: r.max, score: r.score };
	if (r.rate) n.stated_rate = r.rate;
	return n;
}

const sum = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 1000) / 1000;

/** Give ordered rows to ordered parents by their 分值: consecutive runs adding up to each. */
function partitionBySums(values: number[], targets: number[]): number[] | undefined {
	const cuts: number[] = [];
	let i = 0;
	for (const t of targets) {
		let acc = 0;
		const start = i;
		while (i < values.length && acc < t - 1e-9) acc = sum([acc, values[i++]]);
		if (Math.abs(acc - t) > 1e-6 || i === start) return undefined;
		cuts.push(i);
	}
	return i === values.length ? cuts : undefined;
}

function readScoreTables(ctx: Ctx): TableScores | undefined {
	const res: TableScores = { tree: [] };
	let found = false;
	const l1Nodes = new Map<string, ScoreNode>();
	const getL1 = (name: string) => {
		let n = l1Nodes.get(name);
		if (!n) {
			n = { name, level: 1 };
			l1Nodes.set(name, n);
			res.tree.push(n);
		}
		return n;
	};
	const details: Array<{ l1?: string; caption: string; rows: ScoreRow[]; total?: ScoreRow; labelled: Array<string | undefined> }> = [];
	for (const t of tablesWithPiped(ctx, true)) {
		let cols: ScoreCols | undefined;
		const caption = ctx.lines
			.slice(Math.max(0, t.firstLine - 4), t.firstLine)
			.map((l) => l.span.norm.replace(/\s+/g, ''))
			.join('');
		let curL1: string | undefined;
		let detail: (typeof details)[number] | undefined;
		for (const row of t.rows) {
			const h = scoreHeader(row);
			if (h) {
				cols = h;
				if (h.l3 !== undefined) {
					detail = { caption, rows: [], labelled: [] };
					details.push(detail);
				}
				continue;
			}
			if (!cols) continue;
			const ks = row.cells.map(key);
			const g = ks.findIndex((k) => /绩效(级别|等级)|评价等级|^等级$/.test(k));
			if (g >= 0) {
				const v = row.cells.slice(g + 1).find((c) => /^(优|良|中|差)/.test(key(c)));
				if (v) res.grade = ctx.mark({ value: key(v).slice(0, 1) as Grade, quote: ctx.quote(row.cells[g].start, v.end) }, row.cells[g].start, v.end, 0.9, 'scores.table.grade');
				continue;
			}
			const r = scoreRow(ctx, row, cols);
			if (!r) continue;
			found = true;
			if (detail) {
				if (r.total) detail.total = r;
				else {
					// labels: [l1?, l2?, l3]; the last is the indicator
					const name = r.labels[r.labels.length - 1];
					const before = r.labels.slice(0, -1);
					const l1 = before.find((b) => L1_ORDER.includes(b));
					if (l1) detail.l1 ??= l1;
					detail.rows.push(r);
					detail.labelled.push(before.filter((b) => b !== l1).pop());
					void name;
				}
				continue;
			}
			if (r.total) {
				res.total = { max: r.max, score: r.score, ...(r.rate ? { stated_rate: r.rate } : {}) };
				continue;
			}
			if (cols.l2 !== undefined) {
				// summary: [l1?, l2]
				const l1 = r.labels.length > 1 ? r.labels[0] : curL1;
				const l2 = r.labels[r.labels.length - 1];
				if (r.labels.length > 1) curL1 = l1;
				if (!l1) continue;
				const p = getL1(l1);
				(p.children ??= []).push(node(l2, 2, r));
			} else {
				// one level: 投入 | 10 | 9
				const n = node(r.labels[r.labels.length - 1], 1, r);
				l1Nodes.set(n.name, n);
				res.tree.push(n);
			}
		}
	}
	// detail tables: their total is the level-1 node's, their rows the level-3 nodes
	for (const d of details) {
		const l1Name = d.l1 ?? L1_ORDER.find((n) => d.caption.includes(n));
		if (!l1Name) continue;
		const p = getL1(l1Name);
		if (d.total) {
			p.max = d.total.max;
			p.score = d.total.score;
			if (d.total.rate) p.stated_rate = d.total.rate;
		}
		const kids = p.children ?? [];
		const leaves = d.rows.map((r) => node(r.labels[r.labels.length - 1], 3, r));
		const cuts = kids.length ? partitionBySums(d.rows.map((r) => r.max.value), kids.map((k) => k.max?.value ?? NaN)) : undefined;
		if (cuts) {
			let from = 0;
			kids.forEach((k, i) => {
				k.children = leaves.slice(from, cuts[i]);
				from = cuts[i];
			});
			continue;
		}
		// by labels: a row naming a level-2 indicator starts its group
		let cur: ScoreNode | undefined;
		leaves.forEach((leaf, i) => {
			const label = d.labelled[i];
			if (label) {
				cur = kids.find((k) => k.name === label);
				if (!cur) {
					cur = { name: label, level: 2 };
					kids.push(cur);
				}
			}
			if (!cur) {
				cur = kids[0] ?? { name: l1Name, level: 2 };
				if (!kids.includes(cur)) kids.push(cur);
			}
			(cur.children ??= []).push(leaf);
		});
		p.children = kids;
	}
	return found ? res : undefined;
}

/** Indicators the text says the finance bureau scores: "…指标，为财政赋分" / "该项指标为财政赋分". */
function financeAssigned(ctx: Ctx): Set<string> {
	const names = new Set<string>();
	let prevTitle: string | undefined;
	for (const p of ctx.paras) {
		const t = p.span.norm.replace(/\s+/g, '');
		if (p.heading) prevTitle = writtenForm(p.heading.title).replace(/\s+/g, '').replace(/[（(][^）)]*[）)]$/, '');
		if (!/财政赋分/.test(t)) continue;
		const quoted = [...t.matchAll(/[“"]([^”"]{2,30})[”"]/g)].map((m) => m[1]).filter((n) => !/^[‘']?三公[’']?$/.test(n));
		if (quoted.length) quoted.forEach((n) => names.add(n));
		else if (/^(该项|该|此项|本项)?指标/.test(t.replace(/^[（(]?\d+[）)]/, '')) && prevTitle) names.add(prevTitle);
	}
	return names;
}

/* ------------------------------------------------------------------ text */

// (and a third party's cover: "评价分值:88.64分评价等级:良")
// (and 自评分 run together: "…进行评价，自评分为100分")
const TOTAL_RE = new RegExp(String.raw`(?:(?:自评|综合|整体|评价|绩效|总)[^。；;，,]{0,6}?(?:得分|评分|分值)|自评分)\s*(?:为|是|达|[:：])?\s*(${NUM})\s*分`);
/** the total as a table cell writes it, label then number: 自评总分(分) 97.6, 自评得分 98 (score
 * tables of project and whole-department self-evaluations, also fused by OCR) */
const TOTAL_CELL_RE = new RegExp(String.raw`(?:自评总分|自评得分|项目总得分|总得分)\s*(?:[(（]\s*分\s*[)）])?\s*[:：]?\s*(${NUM})(?![\d.%])`);
const PART_RE = new RegExp(String.raw`(${L1_ORDER.join('|')})\s*(?:得分|得)?\s*(?:为)?\s*(${NUM})\s*分`, 'g');
/** the grade as reports write it: 等级为“优”, 自评结果为“优秀”, 评价结论为良好 */
const GRADE_RE = /(绩效等级|绩效级别|评价等级|评定等级|等级|(?:自评|评价|考核)(?:结果|结论)|自评(?=为))\s*(?:为|评定为|是|定为|[:：])?\s*[“"‘]?\s*(优秀|良好|合格|中等|较差|不合格|优|良|中|差)/;
const GRADE_WORD: Record<string, Grade> = { 优秀: '优', 优: '优', 良好: '良', 良: '良', 合格: '中', 中等: '中', 中: '中', 较差: '差', 不合格: '差', 差: '差' };

export function readScores(ctx: Ctx, env: Env): Scores | undefined {
	if (env.kind === 'target_table') return undefined;
	const fw = framework(ctx);
	const table = readScoreTables(ctx);
	const scores: Scores = { framework: fw, tree: [] };
	if (table) {
		if (table.total) scores.total = table.total;
		if (table.grade) scores.grade = table.grade;
		scores.tree = table.tree;
		const fin = financeAssigned(ctx);
		const mark = (n: ScoreNode) => {
			if (n.level === 3 && fin.has(writtenForm(n.name).replace(/\s+/g, ''))) n.assigned_by_finance = true;
			n.children?.forEach(mark);
		};
		scores.tree.forEach(mark);
	}
	for (const p of ctx.paras) {
		const { span } = p;
		if (!scores.total) {
			// (a 自评得分 that heads the last column of a delimited header row is no label: the number on
			// the next line is the next row's 序号, "… | 评分标准 | 自评得分 / 1 | 决策 | …")
			const headerCell = (x: RegExpMatchArray) => {
				const s0 = span.map[x.index!];
				const n0 = span.map[x.index! + x[0].lastIndexOf(x[1])];
				return ctx.src.slice(s0, n0).includes('\n') && /[|\t]/.test(ctx.src.slice(ctx.src.lastIndexOf('\n', s0) + 1, s0));
			};
			const m = span.norm.match(TOTAL_RE) ?? [...span.norm.matchAll(new RegExp(TOTAL_CELL_RE.source, 'g'))].find((x) => !headerCell(x));
			if (m) {
				const a = m.index! + m[0].lastIndexOf(m[1]);
				let qs = m.index!;
				// the quote opens at the clause
				while (qs > 0 && !/[，,。；;：:\n]/.test(span.norm[qs - 1])) qs--;
				while (/\s/.test(span.text[qs])) qs++;
				const score = ctx.figure(span.text.slice(a, a + m[1].length), '分', span.map[qs], span.map[m.index! + m[0].length - 1] + 1, 0.85, 'scores.text');
				scores.total = { score };
				// the dimensions stated in the same sentence: 其中管理效能得分 48.5 分
				if (!table) {
					const end = span.norm.indexOf('。', a);
					const seg = span.norm.slice(a, end < 0 ? undefined : end);
					for (const pm of seg.matchAll(PART_RE)) {
						const s = a + pm.index!;
						const na = s + pm[0].lastIndexOf(pm[2]);
						const f: Figure = ctx.figure(span.text.slice(na, na + pm[2].length), '分', span.map[s], span.map[s + pm[0].length - 1] + 1, 0.8, 'scores.text');
						scores.tree.push({ name: pm[1], level: 1, score: f });
					}
				}
			}
		}
		if (!scores.grade) {
			const g = span.norm.match(GRADE_RE);
			if (g) {
				// the quote: from the clause of the total score when it is in the same sentence
				let s = g.index!;
				let e = s + g[0].length;
				if (/[”"’]/.test(span.norm[e] ?? '')) e++;
				const sentStart = Math.max(span.norm.lastIndexOf('。', s) + 1, 0);
				const sc = span.norm.slice(sentStart, s).search(/[^，,。；;]*得分/);
				if (sc >= 0) s = sentStart + sc;
				while (/\s/.test(span.text[s])) s++;
				const grade = { value: GRADE_WORD[g[2]], quote: ctx.quote(span.map[s], span.map[e - 1] + 1) };
				scores.grade = ctx.mark(grade, span.map[s], span.map[e - 1] + 1, 0.85, 'scores.text.grade');
			}
		}
	}
	if (!scores.tree.length) {
		const text = readScoreText(ctx);
		if (text.length) {
			scores.tree = text;
			// Hunan's whole-department table: 部门决策 / 部门管理 / 部门绩效 (or 综合管理)
			if (scores.framework === 'other' && text.some((n) => /^部门决策$|^综合管理$|^部门管理$/.test(n.name))) scores.framework = 'hunan';
		}
	}
	if (!scores.tree.length) scores.tree = readScoreHeadings(ctx);
	if (!scores.tree.length) scores.tree = readSpacedScoreBlocks(ctx);
	if (!scores.total && !scores.tree.length && !scores.grade) return undefined;
	scores.tree.sort((a, b) => orderOf(a.name) - orderOf(b.name));
	return scores;
}

export type { Table };

/* ------------------------------------------------------------------ score tables as text */

interface Entry {
	name: string;
	max: Figure;
	score?: Figure;
	maxValue: number;
}

/**
 * A score table that text extraction flattened into "名称(N分) 得分" runs (Hunan's 部门整体支出绩效
 * 评价得分表 from PDF or a web mirror): the entries after the table's title, nested by their
 * points — a node whose points are the sum of the entries that follow it is their parent. An entry
 * the text cuts off ends the table; parents keep the children read so far.
 */
export function readScoreText(ctx: Ctx): ScoreNode[] {
	const at = ctx.src.search(/(得分表|评分表|评价指标体系|自评表)/);
	if (at < 0) return [];
	const src = ctx.src;
	// (matched in the matching form, half-width and simplified: a table in traditional characters has the
	// same header words and levels, "指標", "得分"; names are taken half-width as written)
	const norm = writtenForm(src);
	const re = /([\u4e00-\u9fa5][\u4e00-\u9fa5\s]{0,24}?)\s*[(（]\s*(\d+(?:\.\d+)?)\s*分\s*[)）]\s*(?:(\d+(?:\.\d+)?)(?![\d.]*\s*分))?/g;
	re.lastIndex = at;
	const entries: Entry[] = [];
	for (let m = re.exec(norm); m; m = re.exec(norm)) {
		// the name: the last words before the points, without a header word in front
		// the name: the words after the last header word ("一级指标 二级指标 三级指标 得分 部门决策")
		const parts = m[1].split(/得\s*分|指\s*标|\s{2,}/);
		const raw = parts[parts.length - 1].replace(/^\s+/, '');
		const nameKey = raw.replace(/\s+/g, '');
		if (nameKey.length < 2 || /得分|指标$/.test(nameKey)) continue;
		const nameAt = m.index! + m[0].indexOf(m[1]) + m[1].indexOf(raw);
		const name = toHalfWidth(src.slice(nameAt, nameAt + raw.length)).replace(/\s+/g, '');
		// a scoring rule, not an indicator: a numbered item or a clause of a sentence in the 评分标准
		// column ("1、基础数据信息是否真实(1分)", "…,且细化、量化(2分)"), or a question (是否…)
		if (/是否/.test(nameKey) || /(\d\s*[、.．]|[、,，;；。:：])\s*$/.test(norm.slice(Math.max(0, nameAt - 3), nameAt))) continue;
		const pEnd = m.index! + m[0].length - (m[3] ? m[0].length - m[0].lastIndexOf(m[3]) : 0);
		const maxAt = m.index! + m[0].indexOf(m[2], m[1].length);
		const maxFig = ctx.figure(src.slice(maxAt, maxAt + m[2].length), '分', nameAt, m[3] ? maxAt + m[2].length + src.slice(maxAt + m[2].length).search(/[)）]/) + 1 : pEnd, 0.7, 'scores.text.table');
		const e: Entry = { name, max: maxFig, maxValue: Number(m[2]) };
		if (m[3]) {
			const sAt = m.index! + m[0].lastIndexOf(m[3]);
			e.score = ctx.figure(src.slice(sAt, sAt + m[3].length), '分', nameAt, sAt + m[3].length, 0.7, 'scores.text.table');
		}
		entries.push(e);
	}
	if (entries.length < 3) return [];
	let i = 0;
	const build = (level: 1 | 2 | 3): ScoreNode | undefined => {
		const e = entries[i++];
		if (!e) return undefined;
		const node: ScoreNode = { name: e.name, level, max: e.max, ...(e.score ? { score: e.score } : {}) };
		if (e.score || level === 3) return node;
		// children until their points make the parent's
		const children: ScoreNode[] = [];
		let sum = 0;
		while (i < entries.length && sum < e.maxValue - 1e-9 && entries[i].maxValue <= e.maxValue - sum + 1e-9) {
			const c = build((level + 1) as 2 | 3);
			if (!c) break;
			children.push(c);
			sum += c.max!.value;
		}
		// children that do not make the parent's points while more entries follow are a partial
		// reading (rules of a 评分标准 column skipped between them): the node stands without them
		if (children.length && (Math.abs(sum - e.maxValue) < 1e-9 || i >= entries.length)) node.children = children;
		return node;
	};
	const out: ScoreNode[] = [];
	while (i < entries.length) {
		const n = build(1);
		if (!n) break;
		out.push(n);
	}
	// a flat run of leaves is no table
	return out.some((n) => n.children?.length) ? out : [];
}

/** A heading that states its part's points and score: "(一)项目决策情况(分值20分,得分15分)", "(3)X率(指标5分,自评得分5分)". */
const SCORED_HEADING = new RegExp(String.raw`^(\s*(?:[(（]\s*[一二三四五六七八九十\d]{1,3}\s*[)）]|[一二三四五六七八九十]{1,3}\s*[、.．]|\d{1,2}\s*[、.．]|[①-⑩])?\s*)([\u4e00-\u9fa5][^()（）:：。；;]{1,24}?)\s*[(（]\s*(?:分值|满分|权重|指标|标准分|总分)?\s*(${NUM})\s*分\s*[,，、;；]\s*(?:自评|实际|评价|综合)?得分\s*(${NUM})\s*分?\s*[)）]\s*[。.:：]?\s*$`);

/**
 * The parts of a score written as the headings of the report's sections, each with its points and
 * score in brackets ("(一)项目决策情况(分值20分,得分15分)" … "(四)项目效益情况(分值30分,得分30分)"): one node a
 * heading, at level 1 for the first kind of heading marker met and level 2 (under the level-1 heading
 * before it) for a heading of another kind. Read when no score table is found, at least two headings.
 * Serves third-party and self-evaluation reports in prose that score their 决策 / 过程 / 产出 / 效益
 * sections so (every province's 项目支出绩效评价报告 template), and indicators headed so in a
 * whole-department report's analysis ("(3)部门预算资金支出率(指标5分,自评得分5分)").
 */
export function readScoreHeadings(ctx: Ctx): ScoreNode[] {
	const out: ScoreNode[] = [];
	let top: string | undefined;
	for (const line of ctx.lines) {
		if (line.blank) continue;
		const { span } = line;
		const m = span.norm.match(SCORED_HEADING);
		if (!m) continue;
		// (the marker's kind: "(一)" and "(二)" alike, "1." and "2." alike)
		const kind = m[1].replace(/\s+/g, '').replace(/[一二三四五六七八九十]+/, '一').replace(/\d+/, '1').replace(/[①-⑩]/, '①');
		const n0 = m[1].length;
		const name = span.text.slice(n0, n0 + m[2].length).replace(/\s+/g, '');
		const close = m[0].search(/[)）]\s*[。.:：]?\s*$/);
		const qs = span.map[n0];
		const qe = span.map[close] + 1;
		const b = m[0].lastIndexOf('(') >= 0 ? m[0].lastIndexOf('(') : m[0].lastIndexOf('（');
		const mAt = span.norm.indexOf(m[3], b);
		const sAt = span.norm.lastIndexOf(m[4], close);
		const max = ctx.figure(span.text.slice(mAt, mAt + m[3].length), '分', qs, qe, 0.8, 'scores.headings');
		const score = ctx.figure(span.text.slice(sAt, sAt + m[4].length), '分', qs, qe, 0.8, 'scores.headings');
		if (max.value < score.value) continue;
		const node: ScoreNode = { name, level: 1, max, score };
		if (top === undefined) top = kind;
		if (kind === top || !out.length) out.push(node);
		else {
			node.level = 2;
			const parent = out[out.length - 1];
			(parent.children ??= []).push(node);
		}
	}
	return out.length >= 2 ? out : [];
}

/**
 * Score blocks one row a line with their cells joined by spaces, under a header line whose first
 * word names the block and whose other words include 分值 and 得分 by their roles (columnRoles):
 * "资金管理情况 情况说明 分值 得分 存在问题和改进措施" over "分配科学性 资金已按因素法分配 6 6": each row its
 * name (the first word), any words of explanation, then its points and score (the last two numbers, the
 * score no more than the points). The block is a level-1 node and its rows its level-2 nodes; reading
 * stops at the first line that is no such row. Read when no score table is found, two rows or more.
 * Serves the 资金管理情况 block of the transfer-payment 区域绩效自评表 and any score block of the same
 * shape that disclosure sites print as text.
 */
export function readSpacedScoreBlocks(ctx: Ctx): ScoreNode[] {
	const out: ScoreNode[] = [];
	const L = ctx.lines;
	const PTS = /^\d{1,3}(\.\d{1,2})?$/;
	const wordsOf = (n: number) => [...L[n].span.norm.matchAll(/\S+/g)].map((m) => ({ key: m[0], start: L[n].span.map[m.index!], end: L[n].span.map[m.index! + m[0].length - 1] + 1 }));
	const plain = (n: number) => !L[n].tabbed && !/\|/.test(L[n].raw) && !L[n].rule;
	for (let h = 0; h < L.length; h++) {
		if (L[h].blank || !plain(h)) continue;
		const hw = wordsOf(h);
		if (hw.length < 3 || hw.length > 8) continue;
		const roles = columnRoles(hw.map((w) => w.key));
		if (roles[0] || !/^[\u4e00-\u9fa5]{2,12}$/.test(hw[0].key) || !roles.includes('max') || !roles.includes('score')) continue;
		if (roles.some((r) => r === 'initial' || r === 'adjusted' || r === 'final' || r === 'target' || r === 'actual' || r === 'l1' || r === 'l2' || r === 'name')) continue;
		const scoreFirst = roles.indexOf('score') < roles.indexOf('max');
		const children: ScoreNode[] = [];
		let n = h + 1;
		for (; n < L.length; n++) {
			if (L[n].blank) continue;
			if (!plain(n)) break;
			const ws = wordsOf(n);
			if (ws.length < 3) break;
			const [a, b] = [ws[ws.length - 2], ws[ws.length - 1]];
			if (!PTS.test(a.key) || !PTS.test(b.key) || !/^[\u4e00-\u9fa5][\u4e00-\u9fa5()（）]{1,15}$/.test(ws[0].key) || PTS.test(ws[1].key)) break;
			const [mw, sw] = scoreFirst ? [b, a] : [a, b];
			if (Number(sw.key) > Number(mw.key) || Number(mw.key) > 100) break;
			const q0 = ws[0].start;
			children.push({
				name: ws[0].key,
				level: 2,
				max: ctx.figure(ctx.src.slice(mw.start, mw.end), '分', q0, Math.max(mw.end, sw.end), 0.8, 'scores.spaced'),
				score: ctx.figure(ctx.src.slice(sw.start, sw.end), '分', q0, Math.max(mw.end, sw.end), 0.8, 'scores.spaced')
			});
		}
		if (children.length >= 2) out.push({ name: hw[0].key, level: 1, children });
		h = n - 1;
	}
	return out;
}
