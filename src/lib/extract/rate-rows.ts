/**
 * Execution tables by payee or item: a header naming the rows (…名称 / 单位 / 地区 / 项目 / 支出内容)
 * and then exactly three columns, a budget (全年预算数 / 预算数 / 年初预算数), what was spent
 * (全年执行数 / 实际支出数 / 执行数) and the rate (预算执行率 / 执行率 / 支出率), one row a payee
 * (a city, a county, a unit, a use of the money), with 小计 rows closing groups and a 合计.
 *
 * Text converters often fuse such rows ("甲山市62.462.40100.00%", a document-sharing mirror's preview of
 * a Word table; a PDF's text layer without cell gaps): the three cells of a row are cut where the
 * rate is the spent amount ÷ the budget to the rate's decimals, and only where exactly one cut is so;
 * a row whose cells are apart (spaces, tabs, bars) is read as written and checked the same way. A
 * row that does not check ends the table: nothing is placed by guess.
 *
 * Each row is a cost line of the fund at both stages (the spent line carries the rate); a 小计 row is
 * the group's line and the rows above it (up to the previous 小计) are its parts; 合计 is the total;
 * a row naming a level of government's money (中央财政资金, 省级资金) is a budget_level line.
 * Serves the 资金分配及执行情况表 of transfer-payment and special-fund self-evaluation reports (by city,
 * county, unit) and the 项目支出明细 tables of project evaluation reports, in any province.
 */
import type { BudgetLine, MoneyUnit } from '../schema/report';
import type { Ctx, Env } from './context';
import { cutsOf } from './numbers';
import { cellStream } from './grid';
import { MONEY_FACTOR } from '../text/normalize';

/** The budget column's header word and the stage it states. */
const BUDGET_COL = /(全年|年度|调整后?的?|年初|计划|批复)?(预算|安排|下达|计划)(资金|金额|数|额)?(\((万元|元)\))?/y;
const SPENT_COL = /(全年|实际|累计)?(预算)?(执行|支出|使用|拨付)(资金|金额|数|额)?(\((万元|元)\))?/y;
const RATE_COL = /(预算)?(执行|支出|完成|使用)(进度|率)(\(%\)|\([A-Z/×*100%]+\))?/y;
/** the rows' column: what each row is (a payee, a place, a unit, a project, a use) */
const NAME_COL = /(名称|单位|地区|区域|市县|县区|县市区|乡镇|项目|支出内容|支出项目|用途|明细)(\((经济科目|万元|元)\))?$/;

interface Header {
	/** index in the squeezed text after the header */
	end: number;
	stage: BudgetLine['stage'];
	unit?: MoneyUnit;
}

/** The header at squeezed index i: a name column, then budget, spent and rate columns and nothing after them. */
function headerAt(s: string, i: number): Header | undefined {
	BUDGET_COL.lastIndex = i;
	const b = BUDGET_COL.exec(s);
	if (!b) return undefined;
	SPENT_COL.lastIndex = b.index + b[0].length;
	const e = SPENT_COL.exec(s);
	if (!e || !e[3] || (!e[1] && !e[4])) return undefined;
	RATE_COL.lastIndex = e.index + e[0].length;
	const r = RATE_COL.exec(s);
	if (!r) return undefined;
	// (a score, a points or a remark column after the rate: another table)
	const end = r.index + r[0].length;
	if (/^(\(|（)?(分值|得分|权重|备注|说明|原因)/.test(s.slice(end, end + 4))) return undefined;
	// the name column just before the budget column
	if (!NAME_COL.test(s.slice(Math.max(0, i - 14), i))) return undefined;
	const word = b[1] ?? '';
	const stage: BudgetLine['stage'] = /^年初/.test(word) ? 'initial' : /^(全年|调整)/.test(word) ? 'adjusted' : 'budget';
	const unit = (b[5] ?? e[6]) as MoneyUnit | undefined;
	return { end, stage, unit };
}

/** A number as a cell holds it: no leading zero but "0" or "0.x", at most four decimals. */
const CELL_NUM = /^(0|[1-9]\d*)(\.\d{1,4})?$/;

/**
 * The cut of a row's figures into budget, spent and rate: where cells are apart (`|`), as written;
 * fused, the one cut whose rate is spent ÷ budget to the rate's decimals (none where two cuts are so).
 */
export function cutRateRow(digits: string): [string, string, string] | undefined {
	const check = (a: string, b: string, r: string) => {
		if (!CELL_NUM.test(a) || !CELL_NUM.test(b) || !CELL_NUM.test(r)) return false;
		const av = Number(a);
		const bv = Number(b);
		const rv = Number(r);
		if (av <= 0) return false;
		const dec = (r.split('.')[1] ?? '').length;
		// (to the rate's decimals, and a rate written whole may be rounded either way)
		const tol = 0.5 * 10 ** -dec + 1e-9 + (dec === 0 ? 0.5 : 0);
		return Math.abs((bv / av) * 100 - rv) <= tol;
	};
	if (digits.includes('|')) {
		const parts = digits.split('|').filter((x) => x !== '');
		// (cells apart: a payee that got nothing, "0 | 0 | 0", reads as written)
		const none = parts.length === 3 && parts.every((x) => CELL_NUM.test(x) && Number(x) === 0);
		return parts.length === 3 && (none || check(parts[0], parts[1], parts[2])) ? [parts[0], parts[1], parts[2]] : undefined;
	}
	// (fused, a row where nothing was spent cuts many ways, "5000%" as 50 | 0 | 0 or 500 | 0 | 0: unread)
	// (the cuts come from the one enumerator of fused digit runs, numbers.ts cutsOf)
	const found = cutsOf(digits, 3).filter(([a, b, r]) => Number(b) > 0 && Number(r) > 0 && check(a, b, r));
	return found.length === 1 ? [found[0][0], found[0][1], found[0][2]] : undefined;
}

/** A row label: what the row is, with its ordinal and spaces gone. */
const LEVEL_ROW = /^(其中[:：]?)?(中央|省级?|市级?|县级?|区级?|自治区|地方|本级)(财政)?(补助)?(资金|拨款|专项资金)$/;

export function readRateRows(ctx: Ctx, env: Env): { lines: BudgetLine[]; ranges: Array<[number, number]> } {
	const lines: BudgetLine[] = [];
	const ranges: Array<[number, number]> = [];
	// the document squeezed: no spaces or line breaks, a cell gap between two figures kept as "|", and
	// a page number that a mirror's preview writes at a line's start inside a row dropped
	// ("…62.\n3、4062.40100.00%": the row goes on after the page's "3、")
	// (built as an array of characters and joined once: reading the last character of a string being
	// grown with += flattens it every time, which made a long report's reading quadratic)
	const chars: string[] = [];
	const at: number[] = [];
	const endsInFigure = () => chars.length > 0 && /[\d.]/.test(chars[chars.length - 1]);
	for (const line of ctx.lines) {
		const { span } = line;
		let k = 0;
		if (endsInFigure()) {
			const pg = span.norm.match(/^\d{1,3}、(?=\d)/);
			if (pg) k = pg[0].length;
		}
		for (; k < span.norm.length; k++) {
			const c = span.norm[k];
			if (/[\s|\t]/.test(c)) {
				// (a gap between two figures is a cell gap)
				const next = span.norm.slice(k).match(/^[\s|\t]+(\S)/);
				if (endsInFigure() && next && /\d/.test(next[1])) {
					chars.push('|');
					at.push(span.map[k]);
				}
				continue;
			}
			chars.push(c);
			at.push(span.map[k]);
		}
	}
	const s = chars.join('');
	const src = (i: number) => at[Math.min(i, at.length - 1)];
	const srcEnd = (i: number) => at[Math.max(0, Math.min(i, at.length) - 1)] + 1;
	const ROW = /(?:\d{1,3}、?)?([\u4e00-\u9fa5(（“][^\d%|，。；;:：]{0,40}?)([\d.|]+)%/y;
	for (let i = 0; i < s.length; i++) {
		const h = headerAt(s, i);
		if (!h) continue;
		// the unit: the header's, or one the table's caption states ("单位:万元", "(元)")
		let unit = h.unit;
		if (!unit) {
			const before = s.slice(Math.max(0, i - 60), i);
			const m = [...before.matchAll(/单位[:：]?(万元|元)|\((万元|元)\)/g)].pop();
			unit = (m?.[1] ?? m?.[2] ?? '万元') as MoneyUnit;
		}
		let p = h.end;
		const rows: Array<{ label: string; a: string; b: string; r: string; start: number; end: number }> = [];
		for (;;) {
			// a header repeated on the next page: skipped
			const again = s.slice(p, p + 40).match(/^(序号)?[\u4e00-\u9fa5]{0,12}?(名称|单位|地区|项目)/);
			if (again) {
				const rh = [...Array(again[0].length + 1).keys()].map((d) => headerAt(s, p + d)).find((x) => x);
				if (rh) {
					p = rh.end;
					continue;
				}
			}
			ROW.lastIndex = p;
			const m = ROW.exec(s);
			if (!m) break;
			const label = m[1].replace(/\s+/g, '');
			const cut = cutRateRow(m[2]);
			if (/[\u4e00-\u9fa5]{2}/.test(label) === false) break;
			if (!cut) {
				// a row no single cut reads (nothing spent, "…50.00 0 0%", or two cuts check): left unread, and
				// the table goes on where the next row reads ("0.00" rows of a payee that got nothing)
				ROW.lastIndex = m.index + m[0].length;
				const next = ROW.exec(s);
				if (!next || next.index !== m.index + m[0].length || !cutRateRow(next[2])) break;
				const u0 = src(m.index + m[0].length - m[1].length - m[2].length - 1);
				const u1 = srcEnd(m.index + m[0].length);
				ctx.unread.push({ kind: '表格行', text: ctx.quote(u0, u1), start: u0, end: u1, reason: '执行情况表的这一行数字连在一起，无法唯一地分成预算数、执行数与执行率，未读取' });
				p = m.index + m[0].length;
				continue;
			}
			rows.push({ label, a: cut[0], b: cut[1], r: cut[2], start: m.index + m[0].length - m[1].length - m[2].length - 1, end: m.index + m[0].length });
			p = m.index + m[0].length;
		}
		if (rows.length < 3) continue;
		let groupStart = 0;
		const out: BudgetLine[] = [];
		rows.forEach((row) => {
			const qa = src(Math.max(row.start, 0));
			const qe = srcEnd(row.end);
			let item = row.label.replace(/^其中[:：]?/, '');
			let breakdown: BudgetLine['breakdown'] = 'cost';
			if (/^(合计|总计)$/.test(item)) {
				item = '合计';
				breakdown = 'total';
			} else if (/小计$/.test(item) && item.length > 2) {
				item = item.replace(/小计$/, '');
				for (const l of out.slice(groupStart)) if (l.breakdown === 'cost' && !l.parent) l.parent = item;
				groupStart = out.length + 2;
			} else if (LEVEL_ROW.test(row.label)) breakdown = 'budget_level';
			const budget = ctx.money(row.a, unit, qa, qe, 0.75, 'rate-rows.budget');
			const spent = ctx.money(row.b, unit, qa, qe, 0.75, 'rate-rows.spent');
			const rate = ctx.figure(row.r, '%', qa, qe, 0.75, 'rate-rows.rate');
			const base = { flow: 'expenditure' as const, breakdown, item, scope: 'all' as const, year: env.year };
			out.push({ ...base, stage: h.stage, amount: budget });
			out.push({ ...base, stage: 'final', amount: spent, execution_rate: rate });
		});
		lines.push(...out);
		ranges.push([src(rows[0].start), srcEnd(rows[rows.length - 1].end)]);
		i = p;
	}
	return { lines, ranges };
}

/**
 * Allocation tables whose columns are numbered in a row under the header and whose money column
 * states its formula there ("序号 | 性质 | 培训机构 | 补助标准(元/人) | … | 合格人数 | 补助资金 | 备注" over
 * "① | ② | ③ | ④ | … | ⑦ | ⑧=④*⑦ |"): each row after it is a payee (the named column, one of 机构 /
 * 单位 / 名称 / 学校 / 地区 / 对象) and its amount a cost line of the fund. The unit is what the formula
 * fixes: the amount equals the product of its two columns (元) or that product ÷ 10,000 (万元), to the
 * cent; every row must check with one unit, two rows at least; a row that does not (a 合计, a note)
 * ends the table. Spent (final) in a self-evaluation, planned (budget) otherwise; of the year the header
 * states ("2021年培训人数") where it states one. Serves the training,
 * subsidy and award allocation tables (标准 × 人数) of project self-evaluation reports, in any layout
 * (bars, tabs, one cell a line or a paragraph: one reader over the document's cells).
 */
export function readFormulaRows(ctx: Ctx, env: Env): { lines: BudgetLine[]; ranges: Array<[number, number]> } {
	const lines: BudgetLine[] = [];
	const ranges: Array<[number, number]> = [];
	formulaCells(ctx, env, lines, ranges);
	return { lines, ranges };
}

/** The unit a formula row's amount is in: the product of its two columns (元) or that product in 万元, to the cent. */
function formulaUnit(amount: number, p: number, q: number): MoneyUnit | undefined {
	if (Math.abs(amount - p * q) < 0.01) return '元';
	if (Math.abs(amount - p * q * MONEY_FACTOR.元) < 0.0051) return '万元';
	return undefined;
}

/**
 * The tables read from the document's cells (cellStream: bars, tabs, one cell a line or a paragraph), empty cells dropped: the marks row is a run of
 * single circled-number cells ending at the formula cell, the header the cells just before it, and
 * each row opens with its 序号 (1, 2, 3 …) and holds the columns up to the amount in order; a row is
 * read only where it checks against the formula as above.
 */
function formulaCells(ctx: Ctx, env: Env, lines: BudgetLine[], ranges: Array<[number, number]>) {
	const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
	// (empty cells dropped: a layout that keeps them, one " |" a line, reads as one that does not)
	const cells = cellStream(ctx).filter((c) => c.key !== '');
	const FX = new RegExp(`^([${CIRCLED}])=([${CIRCLED}])[*×xX]([${CIRCLED}])$`);
	for (let i = 1; i < cells.length; i++) {
		const f = cells[i].key.match(FX);
		if (!f) continue;
		const fx = CIRCLED.indexOf(f[1]);
		// the marks ① … before the formula cell, each in its place
		if (i - fx < 1 || cells.slice(i - fx, i).some((c, x) => c.key !== CIRCLED[x])) continue;
		const head = cells.slice(Math.max(0, i - fx - (fx + 2)), i - fx).map((c) => c.key);
		// (the header's columns: the last fx + 1 cells before the marks, perhaps a 备注 after the amount's)
		const cols = /^(备注|说明)$/.test(head[head.length - 1] ?? '') ? head.slice(-fx - 2, -1) : head.slice(-fx - 1);
		const [a, b] = [CIRCLED.indexOf(f[2]), CIRCLED.indexOf(f[3])];
		const nameCol = cols.findIndex((c, x) => x < fx && /(机构|单位|名称|学校|地区|对象)$/.test(c));
		if (cols.length !== fx + 1 || nameCol < 0 || !/资金|金额|补助|奖补|补贴/.test(cols[fx])) continue;
		const rows: Array<{ name: string; cell: (typeof cells)[number]; from: number; unit: MoneyUnit }> = [];
		let k = i + 1;
		while (k < cells.length && cells[k].key === '') k++;
		// (a 序号 column: the marks row's ① over it, the rows' numbers in it)
		const numbered = /^序号$/.test(cols[0]);
		for (let r = 1; numbered && k < cells.length && rows.length < 200; r++) {
			if (cells[k].key !== String(r)) break;
			const row: string[] = [];
			let e = k;
			for (; e < cells.length && row.length <= fx; e++) if (cells[e].key !== '') row.push(cells[e].key);
			const num = (x: number) => (CELL_NUM.test(row[x] ?? '') ? Number(row[x]) : NaN);
			const [m, p, q] = [num(fx), num(a), num(b)];
			if (!/[\u4e00-\u9fa5]{2}/.test(row[nameCol] ?? '') || [m, p, q].some(Number.isNaN)) break;
			const unit = formulaUnit(m, p, q);
			if (!unit || (rows.length && rows[0].unit !== unit)) break;
			rows.push({ name: row[nameCol], cell: cells[e - 1], from: cells[k].start, unit });
			// (on to the next row's number: a remark cell may stand between)
			k = e;
			while (k < cells.length && k < e + 3 && cells[k].key !== String(r + 1)) k++;
		}
		if (rows.length < 2) continue;
		const years = [...new Set([...cols.join('').matchAll(/(20\d{2})年/g)].map((m) => Number(m[1])))];
		const year = years.length === 1 ? years[0] : env.year;
		const stage: BudgetLine['stage'] = /self_evaluation/.test(env.kind) ? 'final' : 'budget';
		for (const row of rows) lines.push({ flow: 'expenditure', breakdown: 'cost', item: row.name, scope: 'all', stage, year, amount: ctx.money(row.cell.text, row.unit, row.from, row.cell.end, 0.75, 'rate-rows.formula') });
		ranges.push([cells[i].start, rows[rows.length - 1].cell.end]);
	}
}
