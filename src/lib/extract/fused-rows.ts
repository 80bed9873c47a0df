/**
 * Indicator rows of score tables whose cells OCR ran together with no separator at all, read
 * from the right, where every row has its anchors: 得分系数 (a percentage), the points columns
 * (指标权重, 指标得分, often fused into one run of digits: "22", "1010") and the 是否核心指标 flag.
 * What stands before the anchors is name, unit, 指标性质 and the indicator values, of which the
 * empty ones left no trace.
 *
 * Serves: Chongqing's 部门整体绩效自评表 (指标名称 / 计量单位 / 指标性质 / 年初指标值 / 调整指标值 /
 * 全年完成值 / 得分系数(%) / 指标权重(分) / 指标得分(分) / 是否核心指标) in OCR text of document-sharing
 * mirrors, and any table with the same right-hand columns. Delimited text of these tables goes to
 * the grid reader; this reader only sees runs of text with no separator.
 */
import type { Indicator, ScoreNode } from '../schema/report';
import type { Ctx } from './context';
import { parseTarget } from './indicators';
import { cutsOf } from './numbers';

/** Two points run together ("22", "1010", "107.6"), split by score = weight × coefficient. */
export function splitPoints(run: string, coefPct: number): [string, string] | undefined {
	const fits = cutsOf(run, 2).filter(([w, sc]) => !sc.endsWith('%') && Number(w) <= 100 && Number(sc) <= Number(w) && Math.abs(Number(sc) - (Number(w) * coefPct) / 100) < 0.005 + 1e-9);
	return fits.length === 1 ? (fits[0] as [string, string]) : undefined;
}

/** 指标性质 as OCR leaves a vertically merged cell: 定量指标 / 定性指标 in any character order. */
function isNatureScramble(s: string): boolean {
	if (s.length !== 4) return false;
	const sorted = [...s].sort().join('');
	return sorted === [...'定量指标'].sort().join('') || sorted === [...'定性指标'].sort().join('');
}

export interface Joined {
	/** matching form (norm) */
	text: string;
	/** the characters as written, index for index */
	orig: string;
	/** source offset of each character */
	map: number[];
}

/** The document's lines from `from` on, joined without separators, with source offsets. */
export function joinLines(ctx: Ctx, fromLine: number): Joined {
	let text = '';
	let orig = '';
	const map: number[] = [];
	for (const l of ctx.lines.slice(fromLine)) {
		if (l.rule) continue;
		// a mirror's page marker at the start of a line ("3、") is not table text
		const skip = l.span.norm.match(/^\d{1,2}、/)?.[0].length ?? 0;
		text += l.span.norm.slice(skip);
		orig += l.span.text.slice(skip);
		map.push(...l.span.map.slice(skip, l.span.norm.length));
	}
	return { text, orig, map };
}

const ROW_END = /(\d{1,3}(?:\.\d+)?)%\s*(\d+(?:\.\d+)?)(?:\s+(\d+(?:\.\d+)?))?\s*(是|否)/g;
const VALUE = /[≥≤><=]?\d+(?:\.\d+)?(?:%|[\u4e00-\u9fa5]{1,2})?/y;
/** Header and label words that stand between rows where a merged cell was ("绩效指标"). */
const STRAY = /^(绩效指标|产出指标|效益指标|满意度指标|成本指标|指标名称|是否核心指标)+/;

/**
 * The budget-execution score of the same tables' funds row: 执行率 (%), 执行率权重 and 执行率得分,
 * the last two fused ("执行率得分(分)O76%107.6": weight 10, score 7.6 = 10 × 76%).
 */
function executionNode(ctx: Ctx): ScoreNode[] {
	for (const l of ctx.lines) {
		const m = l.span.norm.match(/执行率\s*得分\s*(?:[(（]\s*分\s*[)）])?[^\d\s]{0,2}(\d{1,3}(?:\.\d+)?)%(\d+(?:\.\d+)?)(?![\d.%])/);
		if (!m) continue;
		const pts = splitPoints(m[2], Number(m[1]));
		if (!pts) return [];
		const q0 = l.span.map[m.index!];
		const q1 = l.span.map[m.index! + m[0].length - 1] + 1;
		return [{ name: '预算执行率', level: 1, max: ctx.figure(pts[0], '分', q0, q1, 0.75, 'fused.funds.max'), score: ctx.figure(pts[1], '分', q0, q1, 0.75, 'fused.funds.score') }];
	}
	return [];
}

/** Rows after a 是否核心指标 header, ending in 得分系数 %, points and 是/否. */
export function readFlaggedRows(ctx: Ctx): { indicators: Indicator[]; nodes: ScoreNode[] } {
	const out = { indicators: [] as Indicator[], nodes: [] as ScoreNode[] };
	out.nodes.push(...executionNode(ctx));
	const headLine = ctx.lines.findIndex((l) => /是否核心指标/.test(l.span.norm) && /得分系数/.test(l.span.norm.replace(/\s+/g, '')));
	if (headLine < 0) return out;
	const { text, map } = joinLines(ctx, headLine);
	const head = text.indexOf('是否核心指标');
	let prev = head + '是否核心指标'.length;
	const src = (a: number, b: number) => [map[a], map[b - 1] + 1] as const;
	const base = prev;
	for (const m of text.slice(base).matchAll(ROW_END)) {
		const at = base + m.index!;
		const end = at + m[0].length - m[4].length;
		const body = text.slice(prev, at).replace(STRAY, '');
		const bodyStart = at - body.length;
		prev = at + m[0].length;
		const coef = Number(m[1]);
		const pts = m[3] ? ([m[2], m[3]] as [string, string]) : splitPoints(m[2], coef);
		const ind = rowIndicator(ctx, body, bodyStart, src, end);
		if (!ind) continue;
		const [q0, q1] = src(bodyStart, end);
		if (pts) {
			// the points' own text: the run's digits (both cells share the source text they were cut from)
			ind.max = ctx.figure(pts[0], '分', q0, q1, 0.75, 'fused.indicator.max');
			ind.score = ctx.figure(pts[1], '分', q0, q1, 0.75, 'fused.indicator.score');
		} else {
			ctx.unread.push({ kind: '得分', text: m[2], start: map[at + m[0].indexOf(m[2], m[1].length)], end: map[at + m[0].indexOf(m[2], m[1].length) + m[2].length - 1] + 1, reason: '分值与得分连在一起，无法唯一拆分' });
		}
		out.indicators.push(ind);
	}
	return out;
}

/**
 * Name, unit, 指标性质 and values of one row's body. The unit column repeats as the values' unit
 * ("党性教育培训次数次26次12次"); qualitative values written twice stand for target and outcome
 * ("高高", "好好"). Values with OCR debris glued in front ("扁2200篇") are not taken as the target;
 * the last clean value is the outcome (全年完成值 is what a self-evaluation always fills).
 */
function rowIndicator(ctx: Ctx, body: string, at: number, src: (a: number, b: number) => readonly [number, number], end: number): Indicator | undefined {
	const lead = body.match(/^[“”"‘’]?[\u4e00-\u9fa5][\u4e00-\u9fa5“”"（）()、/]*/);
	if (!lead) return undefined;
	let name = lead[0];
	let rest = body.slice(name.length);
	const [q0, q1] = src(at, end);
	const quote = ctx.quote(q0, q1);
	const ind: Indicator = { name };
	// qualitative values, twice: "高高"
	if (!rest) {
		const q = name.match(/^(.+?)([\u4e00-\u9fa5]{1,2})\2$/);
		if (!q) return ind;
		name = q[1];
		const nat = name.slice(-4);
		if (name.length > 4 && isNatureScramble(nat)) name = name.slice(0, -4);
		ind.name = name;
		ind.target = ctx.mark({ ...parseTarget(q[2], q[2], undefined), quote }, q0, q1, 0.7, 'fused.indicator.target');
		ind.actual = ctx.mark({ text: q[2], quote }, q0, q1, 0.7, 'fused.indicator.actual');
		return ind;
	}
	// the unit column: "%" or a unit word that the values repeat
	let unit: string | undefined;
	// OCR debris between the unit and the first value ("次数次到0次", "数量份第O份") spoils that value
	let clean = true;
	if (rest.startsWith('%')) {
		unit = '%';
		rest = rest.slice(1);
	} else {
		const u = rest.match(/\d(?:\.\d+)?([\u4e00-\u9fa5])/)?.[1];
		const at = u ? name.lastIndexOf(u) : -1;
		if (u && at > 1 && at >= name.length - 2) {
			unit = u;
			clean = at === name.length - 1;
			name = name.slice(0, at);
		}
	}
	ind.name = name;
	rest = rest.replace(/^定[量性]指标/, '');
	// values, left to right; a value glued to debris is no value
	const vals: Array<{ text: string; clean: boolean }> = [];
	for (let i = 0; i < rest.length; ) {
		VALUE.lastIndex = i;
		const v = VALUE.exec(rest);
		if (v) {
			let t = v[0];
			// "0100%": a zero fused with the next value; only a 0 is ever written with a digit after it
			if (/^0\d/.test(t)) t = '0';
			vals.push({ text: t, clean });
			clean = true;
			i += t.length;
			continue;
		}
		// debris that ends in the unit is a whole garbled cell ("O份"): the value after it is clean
		clean = unit !== undefined && rest[i] === unit;
		i++;
	}
	const last = vals[vals.length - 1];
	if (last?.clean) {
		const num = last.text.match(/^(\d+(?:\.\d+)?)(.*)$/);
		ind.actual = ctx.mark(
			{ ...(num ? { value: Number(num[1]) } : {}), ...(num && (num[2] || unit) ? { unit: num[2] || unit } : {}), text: last.text, quote },
			q0,
			q1,
			0.7,
			'fused.indicator.actual'
		);
	}
	const first = vals.length >= 2 ? vals[0] : undefined;
	if (first?.clean) {
		const t = { ...parseTarget(first.text, first.text, unit), quote };
		if (unit && t.value !== undefined && !t.unit) t.unit = unit;
		ind.target = ctx.mark(t, q0, q1, 0.7, 'fused.indicator.target');
	}
	return ind;
}

/** Units a row's 计量单位 cell holds, longest first: where a name run together with its unit ends. */
const UNITS = ['万立方米', '立方米', '平方米', '万平方米', '万亩', '公顷', '公里', '万元', '万人', '人次', '亩', '个', '次', '人', '件', '份', '篇', '天', '家', '所', '元', '吨', '株', '户', '台', '套', '座', '条', '处', '项', '期', '批', '场', '%'].sort((a, b) => b.length - a.length);
type RunCol = 'target' | 'weight' | 'actual' | 'score';
const RUN_COLS: Array<[RegExp, RunCol | 'skip']> = [
	[/^指标名称/, 'skip'],
	[/^计量单位|^度量单位/, 'skip'],
	[/^指标性质/, 'skip'],
	[/^(年度|年初)?指标值/, 'target'],
	[/^(指标)?权重(\(分\))?|^分值/, 'weight'],
	[/^(全年)?(完成值|实际值)/, 'actual'],
	[/^(指标)?得分(\(分\))?/, 'score'],
	[/^说明/, 'skip']
];

/**
 * Rows of a score table run together with no separator whose number columns are the target, the
 * weight, the outcome and the score (指标名称 | 计量单位 | 指标性质 | 指标值 | 指标权重(分) | 全年完成值 |
 * 指标得分(分) | 说明, Chongqing's 部门整体绩效自评表 in .docx mirrors): a row is its name, its unit (a unit
 * word or %) and one run of digits holding the four numbers in the header's order. The run is cut
 * where the points make sense (weight at most 100, score at most the weight) and the weight is the
 * one most rows of the table can share; a row cut in more than one way keeps only what every cut
 * agrees on (its weight, its score, its outcome). Serves tables whose rows all carry one weight.
 */
export function readWeightedRuns(ctx: Ctx): Indicator[] {
	const headLine = ctx.lines.findIndex((l) => /指标名称/.test(l.span.norm) && /计量单位/.test(l.span.norm) && /权重/.test(l.span.norm));
	if (headLine < 0) return [];
	const { text, orig, map } = joinLines(ctx, headLine);
	const h = text.indexOf('指标名称');
	let p = h;
	const cols: RunCol[] = [];
	for (;;) {
		const hit = RUN_COLS.map(([re, c]) => [text.slice(p).match(re), c] as const).find(([m]) => m);
		if (!hit) break;
		if (hit[1] !== 'skip') cols.push(hit[1]);
		p += hit[0]![0].length;
	}
	if (cols.length !== 4 || new Set(cols).size !== 4) return [];
	const rows: Array<{ name: string; unit: string; run: string; at: number; end: number; reads: string[][] }> = [];
	const ROW = new RegExp(`([\\u4e00-\\u9fa5（）()“”、]{2,40}?)(${UNITS.map((u) => u.replace('%', '%')).join('|')})(\\d[\\d.]*\\d|\\d)`, 'y');
	for (let at = p; at < text.length; ) {
		ROW.lastIndex = at;
		const m = ROW.exec(text);
		if (!m) break;
		const end = at + m[0].length;
		const reads = cutsOf(m[3], 4).filter((parts) => {
			const c = (k: RunCol) => Number(parts[cols.indexOf(k)]);
			return c('weight') > 0 && c('weight') <= 100 && c('score') <= c('weight') && (m[2] !== '%' || (c('target') <= 100 && c('actual') <= 100));
		});
		rows.push({ name: orig.substr(at, m[1].length), unit: m[2], run: m[3], at, end, reads });
		at = end;
	}
	if (rows.length < 3) return [];
	// the weight most rows can share
	const counts = new Map<string, number>();
	for (const r of rows) for (const w of new Set(r.reads.map((x) => x[cols.indexOf('weight')]))) counts.set(w, (counts.get(w) ?? 0) + 1);
	const [weight, n] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? [];
	if (!weight || n < Math.ceil(rows.length * 0.75)) return [];
	// and, for a row cut in several ways, the score the rows cut in one way mostly have
	const sure = rows.map((r) => r.reads.filter((x) => x[cols.indexOf('weight')] === weight)).filter((x) => x.length === 1);
	const scores = new Map<string, number>();
	for (const [x] of sure) scores.set(x[cols.indexOf('score')], (scores.get(x[cols.indexOf('score')]) ?? 0) + 1);
	const usual = [...scores].sort((a, b) => b[1] - a[1])[0];
	const out: Indicator[] = [];
	for (const r of rows) {
		let reads = r.reads.filter((x) => x[cols.indexOf('weight')] === weight);
		if (!reads.length) continue;
		const usualReads = usual && usual[1] >= 2 ? reads.filter((x) => x[cols.indexOf('score')] === usual[0]) : [];
		if (reads.length > 1 && usualReads.length) reads = usualReads;
		const agreed = (k: RunCol) => (reads.every((x) => x[cols.indexOf(k)] === reads[0][cols.indexOf(k)]) ? reads[0][cols.indexOf(k)] : undefined);
		const q0 = map[r.at];
		const q1 = map[r.end - 1] + 1;
		const quote = ctx.quote(q0, q1);
		const ind: Indicator = { name: r.name };
		const t = agreed('target');
		if (t !== undefined) {
			const tg = { ...parseTarget(t, t, r.unit), quote };
			if (tg.value !== undefined && !tg.unit) tg.unit = r.unit;
			ind.target = ctx.mark(tg, q0, q1, 0.7, 'fused.weighted.target');
		}
		const a = agreed('actual');
		if (a !== undefined) ind.actual = ctx.mark({ value: Number(a), unit: r.unit, text: a, quote }, q0, q1, 0.7, 'fused.weighted.actual');
		const s = agreed('score');
		ind.max = ctx.figure(weight, '分', q0, q1, 0.7, 'fused.weighted.max');
		if (s !== undefined) ind.score = ctx.figure(s, '分', q0, q1, 0.7, 'fused.weighted.score');
		out.push(ind);
	}
	return out;
}
