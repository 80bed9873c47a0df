/**
 * Tables read from the stream of their cells, whatever layout the converter left: tab-separated
 * rows, " | " cells (one row a line, or one cell a line as web pages of Sichuan and Chongqing
 * project tables come out), one cell a line with blank lines between (Hunan cover pages).
 * Rows are not trusted to survive conversion (merged cells drop out, rows run together), so the
 * readers here find a table by its header words and read each row by its label cell and the
 * cells that follow it, column by column as the header orders them.
 *
 * Serves: 项目支出绩效自评表 (年度资金总额 / 年初预算数 / 全年预算数 / 全年执行数 / 分值 / 执行率 /
 * 得分, and the indicator rows 一级 / 二级 / 三级 / 指标性质 / 指标值 / 度量单位 / 完成值 / 分值 /
 * 得分), the same tables of whole-department self-evaluations, and target tables.
 */
import type { BudgetLine, Figure, Grade, Indicator, MoneyUnit, SangongItem, SangongLine, Scope, ScoreNode, StaffLine, Task } from '../schema/report';
import type { Ctx, Env } from './context';
import { srcRange, type Line, type Span } from './doc';
import { KEY_MARK, LEVEL2_NAME, RATE_UNIT, columnRole, isDateSerial, level1Of, parseTarget, transposedTarget, unitOfName, writtenForm, yuanUnderWan } from './indicators';
import { NUM, cutsOf } from './numbers';
import { MONEY_FACTOR, toHalfWidth } from '../text/normalize';
import { readFlaggedRows, readWeightedRuns } from './fused-rows';
import { readExplainedRows, readFlowedScoreTable, readFusedLines, readOperatorRows, readSignedRows, readOrdinalRows, readRunOnTable } from './runon-rows';
import { key as tableKey, tablesWithPiped } from './tables';

export interface GCell {
	/** trimmed text as written */
	text: string;
	/** cut from a table flowed onto one line with spaces (PDF and OCR text): empty cells are lost */
	loose?: boolean;
	/** squeezed matching form */
	key: string;
	start: number;
	end: number;
}

/** The cells of the whole document, in reading order. Separators: `|`, tab, line break. */
const streams = new WeakMap<Ctx, readonly GCell[]>();

/** The cells of the whole document (computed once per document; callers never change it). */
export function cellStream(ctx: Ctx): readonly GCell[] {
	let cells = streams.get(ctx);
	if (!cells) streams.set(ctx, (cells = buildCellStream(ctx)));
	return cells;
}

function buildCellStream(ctx: Ctx): GCell[] {
	const out: GCell[] = [];
	const lines = ctx.lines;
	const spaceLine = (l: Line) => l.raw.length > 0 && /^[ \u00a0\u3000]+$/.test(l.raw) && lines[l.n - 1]?.raw === '' && (lines[l.n + 1]?.raw ?? '') === '';
	// a converter that writes an empty cell as a line holding a space keeps every column: its
	// one-cell lines are read by position (where empty cells are dropped, by the shape of values)
	const keepsEmpty = lines.filter(spaceLine).length >= 2;
	// a run of short lines that a PDF's page width (or a mirror's) wrapped out of one long line whose cells
	// lost their separators: read as that one line would be (fused table text), not line by line
	const wrappedFused = new Map<number, Span>();
	const short = (l: Line | undefined) => !!l && !l.blank && !l.rule && !/[|\t]/.test(l.raw) && l.span.text.trim().length > 0 && l.span.text.trim().length <= 60;
	for (let a = 0; a < lines.length; ) {
		if (!short(lines[a])) {
			a++;
			continue;
		}
		let b = a;
		while (short(lines[b + 1])) b++;
		const run = lines.slice(a, b + 1);
		const span: Span = { text: run.map((l) => l.span.text).join(''), norm: run.map((l) => l.span.norm).join(''), map: run.flatMap((l) => l.span.map) };
		const figures = (span.norm.match(/\d+(?:\.\d+)?%?/g) ?? []).length;
		// (wrapped at a width: half the lines but the last or more are of one length, none much shorter (one
		// a little longer where a figure was not cut); one cell a line is not)
		const widths = run.slice(0, -1).map((l) => l.span.text.trim().length);
		const counts = new Map<number, number>();
		for (const w of widths) counts.set(w, (counts.get(w) ?? 0) + 1);
		const width = [...counts.entries()].sort((x, y) => y[1] - x[1] || y[0] - x[0])[0]?.[0] ?? 0;
		const atWidth = width >= 20 && widths.filter((w) => Math.abs(w - width) <= 1).length >= widths.length * 0.5 && widths.every((w) => w >= width - 8);
		if (run.length >= 3 && atWidth && span.text.length > 200 && (span.text.match(/\s+/g) ?? []).length * 40 < span.text.length && figures >= 8 && FUSED_WORDS.filter((w) => span.norm.includes(w)).length >= 3) {
			wrappedFused.set(a, span);
			for (const l of run.slice(1)) wrappedFused.set(l.n, { text: '', norm: '', map: [] });
		}
		a = b + 1;
	}
	for (const line of lines) {
		if (line.rule) continue;
		const joined = wrappedFused.get(line.n);
		if (joined) {
			if (joined.text) out.push(...fusedCells(joined));
			continue;
		}
		const { span } = line;
		// a lone bar on its own line after a cell's line closes that cell ("项目名称 / | / 某项目 / |", a
		// mirror that writes each cell's bar on the next line): the cell-bar layout, no empty cell of its own
		if (line.raw.trim() === '|' && lines[line.n - 1] && !lines[line.n - 1].blank && !/\|\s*$/.test(lines[line.n - 1].raw)) continue;
		// one cell a line with blank lines between (web pages of 项目支出绩效自评表 copied from
		// Word): a line holding only a space between two blank lines is an empty cell
		if (line.raw.length > 0 && /^[ \u00a0\u3000]+$/.test(line.raw)) {
			if (keepsEmpty && spaceLine(line)) out.push({ text: '', key: '', start: line.start, end: line.start });
			continue;
		}
		let a = 0;
		const push = (b: number) => {
			let s = a;
			let e = b;
			while (s < e && /\s/.test(span.text[s])) s++;
			while (e > s && /\s/.test(span.text[e - 1])) e--;
			const piped = /[|\t]/.test(line.raw);
			// an empty cell counts in a table whose cells are delimited, not as a blank line
			if (s < e || (piped && b < span.text.length)) {
				out.push({
					text: span.text.slice(s, e),
					key: span.norm.slice(s, e).replace(/\s+/g, ''),
					start: s < e ? span.map[s] : span.map[a],
					end: s < e ? span.map[e - 1] + 1 : span.map[a]
				});
			}
			a = b + 1;
		};
		// a long line whose cells lost even their spaces (OCR, document-sharing mirrors): cut it
		// by the words of table headers and levels and by the shape of values
		if (!/[|\t]/.test(line.raw) && span.text.length > 200 && (span.text.match(/\s+/g) ?? []).length * 40 < span.text.length) {
			out.push(...fusedCells(span));
			continue;
		}
		// a line without cell separators: its cells are joined by spaces (a table flowed onto one
		// line by PDF text, OCR or a web mirror; a row a line with space-separated cells)
		if (!/[|\t]/.test(line.raw)) {
			// one cell a line with blank lines between (a Word table copied into a web page): the
			// line is the cell, and its empty neighbours keep the columns (see above)
			// (and a row of one cell between tab-separated rows: a row with one cell has no tab to
			// write, "产 出 指 标 (50分)" over the rows of its level; the line is the cell)
			const delimited = (l: Line | undefined) => !!l && /\t/.test(l.raw);
			const inTabs = span.text.trim().length <= 40 && delimited(lines[line.n - 1]) && delimited(lines[line.n + 1]);
			// (and a line whose cell a lone bar on the next line closes: one delimited cell, see above)
			const barNext = lines[line.n + 1]?.raw.trim() === '|';
			const lone = inTabs || barNext || (keepsEmpty && !/\s/.test(span.text.trim()) && lines[line.n - 1]?.raw.trim() === '' && (lines[line.n + 1]?.raw.trim() ?? '') === '');
			if (lone && span.text.trim()) {
				const s0 = span.text.search(/\S/);
				const e0 = span.text.trimEnd().length;
				out.push({ text: span.text.slice(s0, e0), key: span.norm.slice(s0, e0), start: span.map[s0], end: span.map[e0 - 1] + 1 });
				continue;
			}
			// (a level name or a header word written with its letters spaced, "产 出 指 标 (50分)",
			// "社会效益 指标", alone on its line: one cell)
			const squeezed = span.norm.replace(/\s+/g, '');
			// (and a short name a cell wrapped at a space, "基础信息 完整性", "规划 (15分)", among lines of one
			// cell each: one cell a line, where its neighbours hold no space)
			const shortName = (l: Line | undefined) => {
				const t = l ? l.span.text.trim().split(/\s+/) : [];
				return !!l && t.length >= 2 && t.length <= 3 && l.span.norm.replace(/\s+/g, '').length <= 16 && t.every((x) => /^[\u4e00-\u9fa5]+$|^[(（]\d{1,3}分[)）]$/.test(x)) && !t.every((x) => SPLIT_HEADER_WORDS.has(x) || LEVEL1.test(x) || LEVEL2.test(x));
			};
			const single = (l: Line | undefined) => !!l && !l.blank && !/[|\t]/.test(l.raw) && (!/\s/.test(l.span.text.trim()) || shortName(l));
			const wrapped = !/[|\t]/.test(line.raw) && shortName(line) && single(lines[line.n - 1]) && single(lines[line.n + 1]);
			if (/\s/.test(span.text.trim()) && (wrapped || LEVEL1.test(squeezed) || LEVEL2.test(squeezed) || SPLIT_HEADER_WORDS.has(squeezed))) {
				const s0 = span.text.search(/\S/);
				const e0 = span.text.trimEnd().length;
				out.push({ text: span.text.slice(s0, e0), key: squeezed, start: span.map[s0], end: span.map[e0 - 1] + 1, loose: true });
				continue;
			}
			const words = [...span.text.matchAll(/\S+/g)].map((m) => [m.index!, m.index! + m[0].length]);
			for (let w = 0; w < words.length; w++) {
				const s0 = words[w][0];
				let e0 = words[w][1];
				// (a header word or level name written with its letters spaced among other words, "序号 乡镇名称
				// 项 目 名 称 金额": one cell)
				for (let z = Math.min(words.length, w + 8); z > w + 1; z--) {
					const run = words.slice(w, z);
					if (!run.every(([a, b]) => b - a === 1 && /[\u4e00-\u9fa5]/.test(span.text[a]))) continue;
					const joined = run.map(([a]) => span.norm[a]).join('');
					if (SPLIT_HEADER_WORDS.has(joined) || LEVEL1.test(joined) || LEVEL2.test(joined)) {
						e0 = run[run.length - 1][1];
						w = z - 1;
						break;
					}
				}
				// (a header cell whose bracketed column letter or formula a PDF wrote with spaces inside
				// its brackets, "全年预算数( A )", "( B/A×100%)": one cell up to its closing bracket)
				const open = (t: string) => (t.match(/[(（]/g) ?? []).length > (t.match(/[)）]/g) ?? []).length;
				if (open(span.norm.slice(s0, e0)) && /[(（]\s*$|[(（][A-Z]?$/.test(span.norm.slice(s0, e0))) {
					const close = words.slice(w + 1, w + 4).findIndex(([a, b]) => /[)）]$/.test(span.norm.slice(a, b)) && /^[A-Z\d/×*%.)）]+$/.test(span.norm.slice(a, b)));
					const inside = words.slice(w + 1, w + 1 + close).every(([a, b]) => /^[A-Z\d/×*%.]+$/.test(span.norm.slice(a, b)));
					if (close >= 0 && inside) {
						e0 = words[w + 1 + close][1];
						w += 1 + close;
					}
				}
				out.push({ text: span.text.slice(s0, e0), key: span.norm.slice(s0, e0).replace(/\s+/g, ''), start: span.map[s0], end: span.map[e0 - 1] + 1, loose: true });
			}
			continue;
		}
		for (let i = 0; i < span.text.length; i++) if (span.text[i] === '|' || span.text[i] === '\t') push(i);
		if (a < span.text.length) push(span.text.length);
	}
	return mergeSplitHeaders(ctx.src, out);
}

/** Words of table headers, labels and levels, longest first: where fused table text is cut. */
const FUSED_WORDS = [
	'一级指标', '二级指标', '三级指标', '指标名称', '指标性质', '度量单位', '计量单位', '年度指标值', '年初指标值', '调整指标值', '全年实际值', '实际完成值',
	'全年完成值', '完成值', '指标值', '分值', '权重', '得分', '未完成原因分析', '未完成原因', '偏差原因分析及改进措施', '偏差原因', '年初预算数', '全年预算数',
	'调整后预算数', '全年执行数', '预算执行数', '执行率', '年度资金总额', '资金总额', '其中:财政拨款', '其中:本年财政拨款', '本年财政拨款', '财政拨款',
	'上年结转资金', '其他资金', '项目名称', '主管部门', '实施单位', '项目负责人', '年度总体目标', '年初设定目标', '年度总体目标完成情况综述',
	'产出指标', '效益指标', '满意度指标', '成本指标', '数量指标', '质量指标', '时效指标', '经济效益指标', '社会效益指标', '生态效益指标',
	'可持续影响指标', '服务对象满意度指标', '总分', '绩效指标'
].sort((a, b) => b.length - a.length);

/**
 * Cells of table text fused without separators: header and level words stand alone, a value
 * (an optional operator, a number, % or a unit of one or two characters before the next value)
 * is a cell, the text between is a cell. Numbers run together ("20100%") stay one cell, which
 * the readers then refuse by its size.
 */
function fusedCells(span: Span): GCell[] {
	const out: GCell[] = [];
	const n = span.norm;
	let textStart = -1;
	const cell = (a: number, b: number) => {
		if (b <= a) return;
		out.push({ text: span.text.slice(a, b), key: n.slice(a, b).replace(/\s+/g, ''), start: span.map[a], end: span.map[b - 1] + 1, loose: true });
	};
	const flush = (at: number) => {
		if (textStart >= 0) cell(textStart, at);
		textStart = -1;
	};
	for (let i = 0; i < n.length; ) {
		// a row's ordinal inside its level ("指标1", "指标2:"): no cell of its own
		const ord = n.slice(i).match(/^指标\s*\d{1,2}\s*[:：]?(?=[\u4e00-\u9fa5])/);
		if (ord && (textStart < 0 || i === textStart)) {
			flush(i);
			i += ord[0].length;
			continue;
		}
		const word = FUSED_WORDS.find((w) => n.startsWith(w, i)) ?? (n.startsWith('(', i) && /^\(\d+分\)/.test(n.slice(i)) ? n.slice(i).match(/^\(\d+分\)/)![0] : undefined);
		if (word) {
			flush(i);
			// a level's points stay with it ("产出指标(40分)")
			const pts = n.slice(i + word.length).match(/^\(\d+分\)/);
			cell(i, i + word.length + (pts ? pts[0].length : 0));
			i += word.length + (pts ? pts[0].length : 0);
			continue;
		}
		// (an operator of two characters, ">=95%", stays whole)
		// (figures run together past a decimal point, "1365.451365.4510100%", stay one run: the funds reader
		// cuts it where the table's arithmetic allows one cut, a cell cut at the second point is no figure)
		const run = n.slice(i).match(/^\d+\.\d+(?:\.\d+)+%?/);
		if (run && (textStart < 0 || /[\u4e00-\u9fa5)）%:：]$/.test(n.slice(textStart, i)))) {
			flush(i);
			cell(i, i + run[0].length);
			i += run[0].length;
			continue;
		}
		const v = n.slice(i).match(/^(?:>=|<=|[≥≤><=])?\d+(?:\.\d+)?(?:%|(?!指标)[\u4e00-\u9fa5]{1,2}(?=[≥≤><=\d]|$))?/);
		if (v && (textStart < 0 || /[\u4e00-\u9fa5)）%]$/.test(n.slice(textStart, i)))) {
			// a "unit" that is the start of the next header word (10总分100) is not one
			let len = v[0].length;
			const num = v[0].match(/^(?:>=|<=|[≥≤><=])?\d+(?:\.\d+)?/)![0].length;
			if (len > num && FUSED_WORDS.some((w) => n.startsWith(w, i + num))) len = num;
			flush(i);
			cell(i, i + len);
			i += len;
			continue;
		}
		if (/\s/.test(n[i])) {
			flush(i);
			i++;
			continue;
		}
		if (textStart < 0) textStart = i;
		i++;
	}
	flush(n.length);
	return out;
}

/**
 * Header words broken over two lines ("一级\n指标", "三级\n指标"; in one-cell-a-line tables also
 * "年初\n预算数", "全年\n执行数", "实际\n完成值") are one cell again: the two parts make a known
 * header word and the first part alone is none.
 */
const SPLIT_HEADER_WORDS = new Set(FUSED_WORDS);
/** A cell that is the whole of its line. */
function aloneOnLine(src: string, c: GCell): boolean {
	const a = src.lastIndexOf('\n', c.start - 1) + 1;
	const b = src.indexOf('\n', c.end);
	return src.slice(a, c.start).trim() === '' && src.slice(c.end, b < 0 ? src.length : b).trim() === '';
}
function mergeSplitHeaders(src: string, cells: GCell[]): GCell[] {
	const out: GCell[] = [];
	for (const c of cells) {
		const prev = out[out.length - 1];
		const joined = prev ? prev.key + c.key : '';
		// a level's points on the line after it, its bracket lost or not ("产出指标 / (50)", "效益指标 / 30分)",
		// Hunan 部门整体支出绩效自评表 one cell a line): the level with its points, as flowed tables write it
		const pts = prev && /^(产出|效益|满意度|成本)指标$/.test(prev.key) && c.key.match(/^[(（]?(\d{1,3})分?[)）]$/);
		if (pts && aloneOnLine(src, prev) && aloneOnLine(src, c)) {
			out[out.length - 1] = { text: prev.text + c.text, key: `${prev.key}(${pts[1]}分)`, start: prev.start, end: c.end, loose: prev.loose };
			continue;
		}
		// (a long header cell broken over three lines, "偏差原因 / 分析及 / 改进措施")
		if (prev && c.key && /^[\u4e00-\u9fa5]{2,8}$/.test(c.key) && FUSED_WORDS.some((w) => w.length >= 8 && w !== prev.key && w.startsWith(joined)) && aloneOnLine(src, prev) && aloneOnLine(src, c)) {
			out[out.length - 1] = { text: prev.text + c.text, key: joined, start: prev.start, end: c.end, loose: prev.loose };
			continue;
		}
		// (not a level's short header beside a column of its own: "二级 | 指标名称")
		if (prev && c.key && ((/^(一级|二级|三级|绩效|数量|质量|时效|成本|产出|效益|经济效益|社会效益|生态效益|可持续影响|服务对象满意度|满意度|项目完成|项目效益)$/.test(prev.key) && /^指标/.test(c.key) && !(columnRole(prev.key) && columnRole(c.key))) || (/^[\u4e00-\u9fa5]{2,4}$/.test(prev.key) && !SPLIT_HEADER_WORDS.has(prev.key) && SPLIT_HEADER_WORDS.has(joined) && aloneOnLine(src, prev) && aloneOnLine(src, c)))) {
			out[out.length - 1] = { text: prev.text + c.text, key: prev.key + c.key, start: prev.start, end: c.end, loose: prev.loose };
			continue;
		}
		out.push(c);
	}
	return out;
}

const isNumber = (k: string) => new RegExp(`^[-+]?${NUM}%?$`).test(k);
/** A cell that holds no value: empty, "/", "-", "无". */
const isBlank = (k: string) => k === '' || /^[/\-—－无]$|^[\-—－]{2,4}$/.test(k);
const isValue = (k: string) => isBlank(k) || isNumber(k);

/* ------------------------------------------------------------------ project funds */

type FundCol = 'initial' | 'adjusted' | 'final' | 'rate' | 'max' | 'score' | 'other';

/** A column header of a funds table. */
function fundCol(k: string): FundCol | undefined {
	// (a header cell that ends in a colon, "年初预算资金总额:", as Hunan's 资金情况 block writes it)
	k = k.replace(/(.)[:：]$/, '$1');
	if (/^年初(预算|批复|安排)?(数|金额)?(\(.*\))?$/.test(k)) return 'initial';
	// (年初预算资金总额 beside 实际投入资金额: the 资金情况(万元) block of Hunan's 部门整体 and project
	// 支出绩效自评表 — the year's initial budget and the money actually spent)
	if (/^年初(预算|批复|安排)(资金)?(总额|总数)$/.test(k)) return 'initial';
	if (/^实际投入(资金)?(额|金额|数|总额)?$/.test(k)) return 'final';
	if (/^(全年|调整后?|年中调整后?)(预算)?(数|金额)?(\(.*\))?$/.test(k)) return 'adjusted';
	// (预算数(A) beside 执行数(B): Hubei's 项目自评表, whose note says 预算数 is the adjusted total)
	if (/^预算数\([A-Z]\)$/.test(k)) return 'adjusted';
	if (/^(全年|预算|实际)?(执行|支出|完成)(数|金额)?(\(.*\))?$|^实际支出(数)?|^决算数/.test(k)) return 'final';
	// (a score column whose header states its rule, "得分(20分*执行率)", is the score)
	if (/^(自评)?得分$|^(自评)?得分[(（]/.test(k)) return 'score';
	if (/执行率|完成率|支出率/.test(k)) return 'rate';
	if (/^(分值|权重|满分)/.test(k)) return 'max';
	if (/^得分(计算|说明)/.test(k)) return 'other';
	// (any other wording of these columns, by what the header means: indicators.ts COLUMN_HEADERS)
	const r = columnRole(k);
	return r === 'initial' || r === 'adjusted' || r === 'final' || r === 'rate' || r === 'max' || r === 'score' ? r : undefined;
}

/** Row labels of a funds table: the fund it is and how the record names it. */
function fundRow(k: string): { item: string; breakdown: BudgetLine['breakdown']; scope: Scope } | undefined {
	// (an ordinal before the label, "一、预算资金:", "二、自有资金:")
	// (and the two ordinal levels of Sichuan's 项目支出绩效目标申报表, "(一)财政拨款小计", "1、一般公共预算")
	const t = k.replace(/^[一二三四五六七八九十]{1,2}[、.．]|^[(（][一二三四五六七八九十]{1,2}[)）]|^\d{1,2}[、.．]/, '').replace(/^其中[:：]?/, '').replace(/[:：]$/, '').replace(/小计$/, '');
	// a label about the money, not of it ("财政资金科目代码", "财政资金预算分类", "财政资金占比")
	if (/(代码|编码|分类|科目|占比|比例)$/.test(t)) return undefined;
	// (年度预算资金总额: Shanxi's 项目支出绩效目标申报表; 项目总预算 / 当年年度预算: Chongqing's 项目支出
	// 绩效目标审批表; 当年资金总额 and 项目预算金额(万元): Hubei's and Shenzhen's project target forms)
	// (部门预算 and 年度本级预算金额 / 上级资金: Hunan's 项目支出绩效目标表, the project's budget by level)
	if (/^部门预算(数|金额)?$/.test(t)) return { item: '合计', breakdown: 'total', scope: 'all' };
	if (/^(年度)?本级预算(金额|资金)?$/.test(t)) return { item: '本级资金', breakdown: 'budget_level', scope: 'fiscal' };
	if (/^(该项目支出)?上级资金$/.test(t)) return { item: '上级资金', breakdown: 'budget_level', scope: 'fiscal' };
	// (年度财政资金总额: the fiscal money a Hubei 项目自评表 scores, its only funds row)
	if (/^(年度|当年)?财政资金总额$/.test(t)) return { item: '合计', breakdown: 'total', scope: 'fiscal' };
	if (/^(年度|当年)?(预算)?资金总额|^总额$|^合计$|^总计$|^项目资金总额|^项目总预算$|^当年(年度)?预算(数)?$|^项目预算(金额|总额)(\(.*\))?$|^项目(总)?金额$/.test(t)) return { item: '合计', breakdown: 'total', scope: 'all' };
	// (预算资金: the budget's own money, fiscal, beside 自有资金 in Hunan's 项目绩效目标表)
	if (/^(本年|当年)?(财政资金|财政拨款|一般公共预算|财政拨款资金)|^预算资金$/.test(t)) return { item: '财政拨款支出', breakdown: 'source', scope: 'fiscal' };
	if (/^其他资金$|^其他$|^其它资金$|^其他收入$/.test(t)) return { item: '其他支出', breakdown: 'source', scope: 'other' };
	// (last year's money carried over may be of any fund: the whole scope, as the records keep it)
	if (/^上年结转(资金)?$/.test(t)) return { item: t, breakdown: 'source', scope: 'all' };
	if (/^(单位资金|财政专户管理资金|自筹资金|自有资金|社会资金|专户资金)$/.test(t)) return { item: t, breakdown: 'source', scope: 'other' };
	return undefined;
}

/** A funds row of one level of government's money ("其中:中央财政资金", "地方财政资金": transfer-payment
 * 绩效自评表): a budget_level line of fiscal money, named as written. */
function levelRow(k: string): ReturnType<typeof fundRow> {
	const t = k.replace(/^其中[:：]?/, '').replace(/[:：]$/, '');
	// (a level's money of the year, "当年市级财政资金", named as written)
	if (/^(当年|本年)(中央|省级?|市级?|县级?|区级?|自治区|地方)财政(资金|拨款)$/.test(t)) return { item: t, breakdown: 'budget_level', scope: 'fiscal' };
	// (and the money of a level without the word 财政, "地方资金", "省级资金", "中央补助资金", as the same forms write it)
	return /^(中央|省级?|市级?|县级?|区级?|自治区|地方)(财政(资金|拨款)|(补助)?资金)$/.test(t) ? { item: t, breakdown: 'budget_level', scope: 'fiscal' } : undefined;
}

export interface GridResult {
	budget: BudgetLine[];
	nodes: ScoreNode[];
	indicators: Indicator[];
	/** the indicator table's 总分 row: points and score */
	total?: { max?: Figure; score: Figure };
	/** the grade the 总分 row states after its points ("总分 | 100 | 96 | 优") */
	grade?: { value: Grade; quote: string };
	/** the nodes are a flattened table's, read row by row (they replace what the points alone gave) */
	nodesFromRows?: boolean;
	/** source ranges of cells the table readers know are no amounts (the 行次 numbers of a funds table) */
	notAmounts?: Array<[number, number]>;
	/** the tasks of a target table's 年度履职目标 rows */
	tasks: Task[];
	/** 三公 lines of a table whose columns are years and stages (部门整体支出绩效评价基础数据表) */
	sangong?: SangongLine[];
	/** staff counts of a header row of staff measures and the row of values under it */
	staffing?: StaffLine[];
	/** the scoring framework the table's own levels show (投入 / 过程 / 产出 / 效果: Hunan's) */
	framework?: 'hunan';
	/** source ranges of header cells the grid read as headers (a year in "2021 年实际在职人数" is no count) */
	headerCells?: Array<[number, number]>;
}

/** The unit a header cell states ("年度预算数(万元)", "单位:元"). */
function unitOfHeader(k: string): MoneyUnit | undefined {
	const m = k.match(/(万元|亿元|元)/);
	return m ? (m[1] as MoneyUnit) : undefined;
}

function readFunds(ctx: Ctx, env: Env, cells: GCell[], out: GridResult, scoredOnly = false) {
	for (let i = 0; i < cells.length; i++) {
		// a header: at least three funds columns in a row
		const cols: FundCol[] = [];
		let j = i;
		// empty cells between funds headers are columns of a merged header cell (a delimited table
		// keeps its empty cells in every row, so they hold the rows' positions: Sichuan's 部门预算项目
		// 支出绩效自评表 as "预算执行数 | | | 预算执行率 | 权重 | 得分")
		const emptyRun = (at: number) => {
			let e = at;
			while (e < cells.length && e - at < 3 && cells[e].key === '') e++;
			return e > at && e < cells.length && fundCol(cells[e].key) ? e - at : 0;
		};
		/** a header word whose column letter a flowed line put in the next cell ("预算数 | (A)") */
		const lettered = (x: number) => !fundCol(cells[x].key) && /^\([A-Z]\)$/.test(cells[x + 1]?.key ?? '') && cells[x].loose ? fundCol(cells[x].key + cells[x + 1].key) : undefined;
		// (and a rate column's formula on a cell of its own, "预算执行率 | (B/A×100%)")
		const note = (k: string) => /^\([A-Z][A-Z/]*\)$|^\([A-Z]\/[A-Z][×*]100%\)$/.test(k);
		while (j < cells.length && (fundCol(cells[j].key) || lettered(j) || (cols.length && (/原因|说明|偏差/.test(cells[j].key) || note(cells[j].key) || emptyRun(j) > 0)))) {
			// a column's letter on a cell of its own ("全年预算数 | (A)") is no column
			// (and "得分 | 计算方法", a fused table's 得分计算方法 cut at its header word, one column of notes)
			const method = /^得分$/.test(cells[j].key) && /^(计算方法|说明)$/.test(cells[j + 1]?.key ?? '');
			if (!note(cells[j].key)) cols.push(method ? 'other' : (fundCol(cells[j].key) ?? lettered(j) ?? 'other'));
			j += method ? 2 : 1;
			// a header's note a flowed line cut at its spaces ("得分 | (20 | 分*执行率)"): no column
			if (cells[j]?.loose && /^[(（][^)）]*$/.test(cells[j].key)) {
				const close = cells.slice(j, j + 4).findIndex((c) => /[)）]$/.test(c.key));
				if (close > 0) j += close + 1;
			}
		}
		if (cols.filter((c) => c === 'initial' || c === 'adjusted' || c === 'final').length < 2) continue;
		if (scoredOnly && !(cols.includes('max') && cols.includes('score'))) continue;
		let unit: MoneyUnit = '万元';
		for (let b = Math.max(0, i - 3); b < i; b++) unit = unitOfHeader(cells[b].key) ?? unit;
		const apart = labelsApart(cells, i, j, cols);
		if (apart) {
			const nodes = out.nodes.length;
			apart.forEach(({ row, label, vals }) => emitFunds(ctx, env, row, label, cols, vals, unit, out));
			// (the block's label with its points, cut at its spaces somewhere before: "预算执行 | 情况(万元) | (20 | 分)")
			const node = out.nodes.length > nodes ? out.nodes[nodes] : undefined;
			if (node && !node.max) {
				for (let b = Math.max(0, i - 30); b < i && !node.max; b++) {
					for (let n = 2; n <= 4 && b + n <= i; n++) {
						const part = cells.slice(b, b + n);
						if (!part.every((c) => c.loose && ctx.lineOf(c.start) === ctx.lineOf(part[0].start))) break;
						const hp = part.map((c) => c.key).join('').match(/^([\u4e00-\u9fa5]{2,10}?)(?:\((?:万元|元)\))?\((\d{1,3})分\)$/);
						if (!hp || Number(hp[2]) > 100 || (node.score && node.score.value > Number(hp[2]))) continue;
						const last = part[part.length - 1];
						const at = ctx.src.lastIndexOf(hp[2], last.end);
						node.name = hp[1];
						node.max = ctx.figure(hp[2], '分', part[0].start, at + hp[2].length, 0.75, 'grid.funds.head-max');
						break;
					}
				}
			}
			i = j + apart.length * cols.length;
			continue;
		}
		// rows: a label the funds vocabulary knows, then its value cells in column order
		let k = j;
		let rows = 0;
		let totals: Partial<Record<FundCol, number>> | undefined;
		let rowsEnd = k;
		let rowsStart = cells[k]?.start ?? 0;
		const nodesBefore = out.nodes.length;
		while (k < cells.length && rows < 8) {
			let row = fundRow(cells[k].key) ?? levelRow(cells[k].key);
			// a label a flowed line cut at its space ("其中:当年财政 拨款"): its two pieces are the label
			let joined: GCell | undefined;
			const nx = cells[k + 1];
			if (!row && cells[k].loose && nx?.loose && !isValue(nx.key) && !/\d|[:：]/.test(nx.key) && nx.key.length <= 6 && ctx.lineOf(cells[k].start) === ctx.lineOf(nx.start) && fundRow(cells[k].key + nx.key)) {
				row = fundRow(cells[k].key + nx.key);
				joined = { ...cells[k], text: ctx.src.slice(cells[k].start, nx.end), key: cells[k].key + nx.key, end: nx.end };
				k++;
			}
			if (!row && cells[k].key === '') {
				k++; // empty cells between rows (a web table's row ends with empty cells)
				continue;
			}
			if (!row) {
				// a value of a column the header does not name, between two rows (a 得分 whose header cell
				// a spreadsheet export put after the rows: "… 100% 10 其中:当年财政拨款 …")
				const after = cells[k + 1] ? fundRow(cells[k + 1].key) ?? (cells[k + 2]?.loose && !/\d/.test(cells[k + 2].key) ? fundRow(cells[k + 1].key + cells[k + 2].key) : undefined) : undefined;
				if (rows > 0 && isNumber(cells[k].key) && cells[k].loose && after && after.breakdown !== 'total') {
					// (the total row's score, where the header names no 得分 column and a 得分 cell stands after
					// the rows: the block's node takes it, up to its points)
					const node = out.nodes[out.nodes.length - 1];
					const sc = Number(cells[k].key);
					if (rows === 1 && out.nodes.length > nodesBefore && !cols.includes('score') && node && !node.score && node.max && sc <= node.max.value && !/%$/.test(cells[k].key) && cells.slice(k + 1, k + 16).some((x) => /^(自评)?得分$/.test(x.key))) {
						node.score = ctx.figure(cells[k].text, '分', rowsStart, cells[k].end, 0.7, 'grid.funds.score');
					}
					k++;
					continue;
				}
				if (rows > 0 && !isValue(cells[k].key) && cells[k].key.length > 12) {
					k++; // a note cell of the row above (原因 / 说明)
					continue;
				}
				// (a row of a source the vocabulary does not know whose cells are all empty, "其中:中央、省补助 | | |":
				// nothing to read, the rows after it go on)
				// (and a row the vocabulary does not know that states figures, "福彩公益金用于X | 5 | 4 | 80%"
				// between two levels' rows of a transfer-payment 绩效自评表: passed over, not read)
				if (rows > 0 && /^(其中[:：]?)?[\u4e00-\u9fa5、]{2,12}$/.test(cells[k].key)) {
					let e = k + 1;
					while (e < cells.length && e - k <= 3 * cols.length + 2 && isBlank(cells[e].key)) e++;
					if (e === k + 1 && /^(其中[:：]?)?[\u4e00-\u9fa5、]{2,16}$/.test(cells[k].key)) while (e < cells.length && e - k <= cols.length + 1 && isValue(cells[e].key)) e++;
					while (e < cells.length && e - k <= 3 * cols.length + 6 && cells[e].key === '') e++;
					const next = cells[e];
					if (next && (fundRow(next.key) ?? levelRow(next.key))) {
						k = e;
						continue;
					}
				}
				if (rows > 0 || k - j > 2) break;
				k++;
				continue;
			}
			const label = joined ?? cells[k];
			// a PDF table whose text came out scrambled: its 年度资金总额 label stands after the rows that
			// break it down ("… 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元)"), so no value
			// beside a label can be trusted to be that row's, and the table is not read
			if (rows === 0 && row.breakdown !== 'total' && label.loose && cells.slice(k + 1, k + 24).some((c) => fundRow(c.key)?.breakdown === 'total')) {
				ctx.unread.push({ kind: '表格行', text: ctx.quote(label.start, cells[Math.min(k + 8, cells.length - 1)].end), start: label.start, end: cells[Math.min(k + 8, cells.length - 1)].end, reason: '表格文字顺序错乱（合计行出现在分项之后），无法确定各数字所属的行，未读取' });
				break;
			}
			let vals: GCell[] = [];
			let v = k + 1;
			// a colon the label left on its value (":202010100.00%") is not part of it
			const colon = (c: GCell) => (/^[:：]/.test(c.key) ? { ...c, text: c.text.replace(/^\s*[:：]\s*/, ''), key: c.key.slice(1), start: c.start + 1 } : c);
			// an amount that writes the table's unit after it ("480.16万元" under a 项目资金(万元) header,
			// spreadsheet forms whose cells are formatted so) is that amount
			const cell = (c: GCell) => {
				const d = colon(c);
				const m = unit === '万元' ? d.key.match(new RegExp(`^(${NUM})万元?$`)) : null;
				if (!m) return d;
				const at = d.text.indexOf(m[1]);
				return at < 0 ? d : { ...d, text: m[1], key: m[1], start: d.start + at, end: d.start + at + m[1].length };
			};
			// (a colon the label's cell left alone, "年度资金总额 | : | 412.6…", is no cell)
			if (cells[v]?.key.match(/^[:：]$/) && cells[v].loose) v++;
			// (a year cut from its 年 at a space, "2022 年X项目", is no value)
			const yearCut = (x: number) => /^(19|20)\d\d$/.test(cells[x].key) && /^年/.test(cells[x + 1]?.key ?? '');
			// (a run of figures fused past their decimal points is one cell for the cut below, never a figure itself)
			const fusedRun = (c: GCell) => !!c.loose && /^\d+\.\d+(?:\.\d+)+%?$/.test(c.key);
			while (v < cells.length && vals.length < cols.length && (isValue(cell(cells[v]).key) || fusedRun(cells[v])) && !yearCut(v)) vals.push(cell(cells[v++]));
			// a flowed row whose numbers OCR ran together: split where one reading is left
			const split = vals.length && vals.every((c) => c.loose) && vals.length < cols.length ? splitFundsRow(vals, cols, row.breakdown === 'total', totals) : undefined;
			if (split) vals = split;
			// (a fused run no single cut reads: the row's figures are not placed)
			else if (vals.some(fusedRun)) vals = [];
			// a row whose empty cells the conversion dropped ("年度资金总额 | 40 | 40 | 10 | 100% | 98" under
			// 年初 | 全年预算 | 全年执行 | 分值 | 执行率 | 得分): aligned by its rate, where that reading checks
			else if (vals.length && vals.length < cols.length && !cols.includes('other') && vals.every((c) => !isBlank(c.key))) {
				const aligned = alignLostCells(vals.map((c) => c.key), cols, row.breakdown !== 'total');
				if (aligned) {
					let x = 0;
					vals = aligned.map((a) => (a === '' ? { ...vals[0], text: '', key: '' } : vals[x++]));
				}
			}
			if (rows === 0) rowsStart = label.start;
			if (row.breakdown === 'total') totals = amountsOf(vals, cols);
			const nodes = out.nodes.length;
			emitFunds(ctx, env, row, label, cols, vals, unit, out);
			// the points the header's label cell gives the block ("预算执行情况(万元) (20分)", Hubei's 项目自评表):
			// the node is named and bounded by it
			// (or the two on cells of their own, "预算执行情况(万元) / (20分)", an empty cell after them)
			let hx = i - 1;
			while (hx > 0 && i - hx <= 2 && cells[hx].key === '') hx--;
			const headSplit = hx > 0 && /^\(\d{1,3}分\)$/.test(cells[hx].key) && !!cells[hx - 1];
			const head = headSplit ? cells[hx - 1] : cells[i - 1];
			const ptsCell = headSplit ? cells[hx] : head;
			const hp = (headSplit ? head.key + ptsCell.key : head?.key)?.match(/^([\u4e00-\u9fa5]{2,10}?)(?:\((?:万元|元)\))?\((\d{1,3})分\)$/);
			const node = out.nodes.length > nodes ? out.nodes[out.nodes.length - 1] : undefined;
			if (hp && node && !node.max && row.breakdown === 'total' && Number(hp[2]) <= 100) {
				const at = writtenForm(ptsCell.text).lastIndexOf(hp[2]);
				node.name = hp[1];
				node.max = ctx.figure(hp[2], '分', head.start, ptsCell.start + at + hp[2].length, 0.8, 'grid.funds.head-max');
			}
			rows++;
			k = v;
			rowsEnd = v;
		}
		// (the composition may follow the row's cells or stand among them where a fused row was cut: from
		// its first cell near the end of the rows)
		const comp = cells.slice(rowsEnd - 6, rowsEnd + 12).findIndex((c) => /^按(收入|支出)性质分?[:：]?/.test(c.key));
		if (rows && env.kind === 'self_evaluation') readCompositionCells(ctx, env, cells, unit, comp >= 0 ? Math.min(rowsEnd, rowsEnd - 6 + comp) : rowsEnd, out);
		i = k;
	}
}

/**
 * Row labels exported apart from their values: the labels stand before the funds header with no
 * value of their own, the header is followed at once by the rows' values ("年度资金总额 其中:当年财政
 * 拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 65 60 10 92.31% 9 65 60 — 92.31% —"). The
 * rows are given to the labels in order only where the run of values holds exactly one full row a
 * label (the 年度资金总额 label first), the total row fills every column, a part's row leaves its
 * points blank (the template scores the total only), and each row's rate is its 执行数 ÷ 预算数 to
 * the rate's decimals. Serves 项目支出绩效自评表 sheets (.xlsx) read as text by document-sharing
 * mirrors, whose merged label cells come out before the header.
 */
function labelsApart(cells: GCell[], i: number, j: number, cols: FundCol[]): Array<{ row: NonNullable<ReturnType<typeof fundRow>>; label: GCell; vals: GCell[] }> | undefined {
	if (!cells[j]?.loose || !isNumber(cells[j].key)) return undefined;
	const labels: Array<{ row: NonNullable<ReturnType<typeof fundRow>>; label: GCell }> = [];
	for (let b = Math.max(0, i - 8); b < i; b++) {
		// (a label a flowed line cut at its space, "年度财政 | 资金总额", is one label)
		const two = cells[b].loose && cells[b + 1]?.loose && b + 1 < i && !fundRow(cells[b].key) ? fundRow(cells[b].key + cells[b + 1].key) : undefined;
		if (two) {
			labels.push({ row: two, label: { ...cells[b], text: cells[b].text + cells[b + 1].text, key: cells[b].key + cells[b + 1].key, end: cells[b + 1].end } });
			b++;
			continue;
		}
		const row = fundRow(cells[b].key);
		if (!row) continue;
		// a label with its own value is a row of another layout
		if (isValue(cells[b + 1]?.key ?? '') && b + 1 < i) return undefined;
		labels.push({ row, label: cells[b] });
	}
	// (one total row alone, "年度财政资金总额", where its values are exactly one full row whose rate checks)
	if (!labels.length || (labels.length < 2 && !cols.includes('rate')) || labels[0].row.breakdown !== 'total' || labels.slice(1).some((l) => l.row.breakdown === 'total')) return undefined;
	let v = j;
	while (v < cells.length && isValue(cells[v].key)) v++;
	if (v - j !== labels.length * cols.length) return undefined;
	const out = labels.map((l, r) => ({ ...l, vals: cells.slice(j + r * cols.length, j + (r + 1) * cols.length) }));
	for (const [r, { vals }] of out.entries()) {
		const at = (c: FundCol) => vals[cols.indexOf(c)];
		const num = (c: FundCol) => (at(c) && isNumber(at(c).key) ? Number(at(c).key.replace(/[,%]/g, '')) : undefined);
		// percentages in the rate column and nowhere else
		if (vals.some((c, x) => /%$/.test(c.key) !== (cols[x] === 'rate' && !isBlank(c.key)))) return undefined;
		if (r === 0 ? vals.some((c) => isBlank(c.key)) : (['max', 'score'] as FundCol[]).some((c) => at(c) && !isBlank(at(c).key))) return undefined;
		const base = num('adjusted') ?? num('initial');
		const fin = num('final');
		const rate = at('rate');
		if (rate && isNumber(rate.key)) {
			if (base === undefined || fin === undefined || base === 0) return undefined;
			const d = rate.key.split('.')[1]?.replace('%', '').length ?? 0;
			if (Math.abs((fin / base) * 100 - Number(rate.key.replace('%', ''))) > 0.5 * 10 ** -d + 1e-9) return undefined;
		}
		const mx = num('max');
		const sc = num('score');
		if (mx !== undefined && (mx > 100 || (sc !== undefined && sc > mx))) return undefined;
	}
	return out;
}

/**
 * A funds table with numbered rows and lettered columns: 行次 | 全年预算数 (A) | 统筹整合资金数 (B) |
 * 扣除统筹整合资金后预算金额 (C) | 全年到位资金 (D) | 预算到位 (D/C×100%) | 全年执行资金 (E) | 预算执行
 * (E/C×100%), a 列次 row of column numbers, then each row as its label, its 行次 and its values with the
 * empty cells dropped. The percentages fall in the ratio columns in order; the amounts between two
 * ratio columns fill the amount columns there, read only where they are as many as those columns,
 * or, one short, all the same number (whichever cell is empty, the group's first column holds that
 * number: a 全年预算数 is never left empty). The execution column's amount is read with the ratio
 * whose numerator it is, and only where that ratio is its amount ÷ the denominator column's.
 * Serves Sichuan's fund 绩效评价表 (林业草原改革发展资金 and other transfer payments) and every funds
 * table with 行次 and lettered columns.
 */
function readNumberedFunds(ctx: Ctx, env: Env, cells: GCell[], out: GridResult) {
	const i = cells.findIndex((c) => c.key === '行次');
	if (i < 0) return;
	type Col = { letter: string; ratio?: [string, string]; kind: 'adjusted' | 'final' | 'other' };
	const cols: Col[] = [];
	let j = i + 1;
	for (; j + 1 < cells.length && j < i + 40; j++) {
		const name = cells[j].key;
		const tag = cells[j + 1].key.match(/^[(（]([A-Z])(?:\/([A-Z])×100%)?[)）]$/);
		if (!tag) {
			if (cols.length && /^(列次|佐证|备注|所需)/.test(name)) break;
			continue;
		}
		if (tag[2]) cols.push({ letter: tag[1] + '/' + tag[2], ratio: [tag[1], tag[2]], kind: 'other' });
		else cols.push({ letter: tag[1], kind: /^全年预算(数|资金)?$/.test(name) ? 'adjusted' : /^全年执行(数|资金)?$/.test(name) ? 'final' : 'other' });
		j++;
	}
	const fin = cols.find((c) => c.kind === 'final');
	const rateCol = cols.find((c) => c.ratio && c.ratio[0] === fin?.letter);
	if (!cols.some((c) => c.kind === 'adjusted') || !fin || !rateCol) return;
	let unit: MoneyUnit = '万元';
	for (let b = Math.max(0, i - 6); b < i; b++) unit = unitOfHeader(cells[b].key) ?? unit;
	const rowOf = (k: string) => {
		const t = k.replace(/[:：]$/, '').replace(/[(（][^()（）]*[)）]$/, '').replace(/[:：]$/, '');
		const item = t.replace(/^其中[:：]?/, '');
		return fundRow(t) ?? (/^(中央|省|市|县|区|自治区|本级|上级)/.test(item) && /资金|补助|拨款/.test(item) ? { item, breakdown: 'budget_level' as const, scope: 'fiscal' as const } : undefined);
	};
	for (let k = j; k + 2 < cells.length && k < j + 80; k++) {
		// (a money row's number is no amount, whatever another reader made of it, read or not)
		if (/资金|拨款|补助|总额|合计/.test(cells[k].key) && /^\d{1,2}$/.test(cells[k + 1].key)) (out.notAmounts ??= []).push([cells[k + 1].start, cells[k + 1].end]);
		const row = rowOf(cells[k].key);
		if (!row || !/^\d{1,2}$/.test(cells[k + 1].key)) continue;
		const vals: GCell[] = [];
		let v = k + 2;
		while (v < cells.length && isNumber(cells[v].key)) vals.push(cells[v++]);
		// the values between ratio columns, against the amount columns there
		const pct = vals.filter((c) => /%$/.test(c.key));
		const ratios = cols.filter((c) => c.ratio);
		if (pct.length !== ratios.length) continue;
		const value: Record<string, GCell | undefined> = {};
		ratios.forEach((c, x) => (value[c.letter] = pct[x]));
		let seg: Col[] = [];
		let got: GCell[] = [];
		let ok = true;
		const close = () => {
			if (got.length === seg.length) seg.forEach((c, x) => (value[c.letter] = got[x]));
			else if (got.length === seg.length - 1 && got.length && got.every((g) => Number(g.key.replace(/,/g, '')) === Number(got[0].key.replace(/,/g, '')))) {
				value[seg[0].letter] = got[0];
				// (any column of the group holds that number but the empty one: a ratio over it checks against it)
				for (const c of seg.slice(1)) value['~' + c.letter] = got[0];
			} else if (seg.length || got.length) ok = false;
			seg = [];
			got = [];
		};
		let p = 0;
		for (const c of cols) {
			if (c.ratio) {
				while (p < vals.length && !/%$/.test(vals[p].key)) got.push(vals[p++]);
				seg.length && close();
				p++;
				continue;
			}
			seg.push(c);
		}
		while (p < vals.length) got.push(vals[p++]);
		if (seg.length || got.length) close();
		if (!ok) continue;
		const adj = cols.find((c) => c.kind === 'adjusted')!;
		const a = value[adj.letter];
		const e = value[fin.letter];
		const r = value[rateCol.letter];
		const den = value[rateCol.ratio![1]] ?? value['~' + rateCol.ratio![1]];
		const rowCols: FundCol[] = [];
		const rowVals: GCell[] = [];
		if (a) {
			rowCols.push('adjusted');
			rowVals.push(a);
		}
		if (e && r && den) {
			const d = r.key.replace('%', '').split('.')[1]?.length ?? 0;
			const n = Number(den.key.replace(/,/g, ''));
			if (n > 0 && Math.abs((Number(e.key.replace(/,/g, '')) / n) * 100 - Number(r.key.replace('%', ''))) <= 0.5 * 10 ** -d + 1e-9) {
				rowCols.push('final', 'rate');
				rowVals.push(e, r);
			}
		}
		if (!rowVals.length) continue;
		emitFunds(ctx, env, row, cells[k], rowCols, rowVals.map((c) => ({ ...c, loose: false })), unit, out);
		k = v - 1;
	}
}

/** Funds column headers as OCR leaves them: one character of a word may be misread (年初预匏数). */
const RUNON_FUND_COLS: Array<[RegExp, FundCol]> = [
	[/年初预.数/y, 'initial'],
	[/(?:调整|全年)预算.?/y, 'adjusted'],
	[/全年执行数?/y, 'final'],
	[/(?:全年|预算)?执行率/y, 'rate'],
	[/分值/y, 'max'],
	[/得分/y, 'score']
];

/**
 * The total row of a funds table flattened with no separator, its label and headers before its
 * numbers, which ran together: "年度资金总额年初预算数调整预算数(A)全年执行数(B)执行率(B/A)50.048.036.075%".
 * The headers are read in order (a column letter or a misread character between them is
 * skipped), the run of digits is cut into one cell per column by the table's own arithmetic
 * (splitFundsRow). Serves OCR text of 项目支出绩效自评表 whose funds block is a merged label cell
 * followed by its columns (Ningxia's and Hunan's project tables on document-sharing mirrors).
 */
function readRunOnFunds(ctx: Ctx, env: Env, out: GridResult) {
	/** funds column headers read in order from `p`, with the column letters and debris between them */
	const headers = (norm: string, p: number, label?: RegExp): { cols: FundCol[]; end: number; labelAt: number } => {
		const cols: FundCol[] = [];
		let labelAt = -1;
		while (p < norm.length && !/\d/.test(norm[p])) {
			const hit = RUNON_FUND_COLS.find(([re]) => ((re.lastIndex = p), re.test(norm)));
			if (hit) {
				cols.push(hit[1]);
				p = hit[0].lastIndex;
				continue;
			}
			// the row's label after the headers: "执行率(B/A)年度资金总额80.080.0100%…"
			const lab = label && labelAt < 0 ? norm.slice(p).match(label) : null;
			if (lab && cols.length) {
				labelAt = p;
				p += lab[0].length;
				// (the label's colon before its run of digits, "年度资金总额:21182118100%")
				if (/[:：]/.test(norm[p] ?? '')) p++;
				continue;
			}
			// a column letter or OCR debris between headers: "(B)", "(B/A)", ",A、"
			if (!cols.length || !/[,，、(（)）A-Za-z/]/.test(norm[p])) break;
			p++;
		}
		return { cols, end: p, labelAt };
	};
	const TOTAL = /^(?:年度)?资金总额/;
	/** a row label the funds vocabulary knows, or a level's money (中央、省、市补助县级资金, 中央补助) */
	const rowOf = (item: string) =>
		fundRow(item) ?? (/^(中央|省|市|县|区|自治区|本级|上级)/.test(item) && /资金|补助|拨款/.test(item) ? { item, breakdown: 'budget_level' as const, scope: 'fiscal' as const } : undefined);
	for (const l of ctx.lines) {
		const norm = l.span.norm;
		const at = norm.search(/(?:年度)?资金总额/);
		if (at < 0 || /[\s|]/.test(norm.slice(at, at + 40))) continue;
		// the headers after the label, or before it ("全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额…")
		let h = headers(norm, at + norm.slice(at).match(TOTAL)![0].length);
		let labelAt = at;
		let unitText = norm.slice(Math.max(0, at - 80), at);
		if (h.cols.length < 2) {
			const first = norm.slice(Math.max(0, at - 60), at).search(/年初预.数|(?:调整|全年)预算/);
			if (first >= 0) {
				h = headers(norm, Math.max(0, at - 60) + first, TOTAL);
				if (h.labelAt < 0) continue;
				labelAt = h.labelAt;
			} else {
				// the headers alone on the line above, the row's label and its run of digits on its own
				// line ("全年预算数(A)全年执行数(B)预算执行率(B/A)" / "年度资金总额:40004000100%": the
				// transfer-payment 绩效目标自评表 as a county site prints it)
				const above = ctx.lines.slice(Math.max(0, l.n - 3), l.n).reverse().find((x) => !x.blank);
				const hn = above?.span.norm.replace(/\s+/g, '') ?? '';
				const h0 = hn.search(/年初预.数|(?:调整|全年)预算/);
				if (at !== norm.search(/\S/) || h0 < 0) continue;
				const ha = headers(hn, h0);
				if (ha.end !== hn.length) continue;
				const lab = norm.slice(at).match(/^(?:年度)?资金总额\s*[:：]?\s*/)![0];
				h = { cols: ha.cols, end: at + lab.length, labelAt: at };
				unitText = ctx.lines.slice(Math.max(0, l.n - 4), l.n).map((x) => x.span.norm).join('');
			}
		}
		const { cols } = h;
		if (cols.filter((c) => c === 'initial' || c === 'adjusted' || c === 'final').length < 2) continue;
		const unit = unitOfHeader(unitText.replace('万兀', '万元')) ?? '万元';
		// the total row, then the rows of its parts ("其中:中央、省补助资金60.060.0100%"), on the same
		// line or each on a line of its own below it
		let line = l;
		let p = h.end;
		let row = fundRow('资金总额')!;
		let totals: Partial<Record<FundCol, number>> | undefined;
		for (let n = 0; n < 6; n++) {
			const ln = line.span.norm;
			const run = ln.slice(p).match(/^[\d.]+%?/)?.[0];
			if (!run) break;
			const [s0, s1] = srcRange(line.span, p, p + run.length);
			// a part's row fills every column too (its own rate); its amounts are at most the total's
			const vals = splitFundsRow([{ text: run, key: run, start: s0, end: s1, loose: true }], cols, true, undefined, row.breakdown !== 'total');
			if (!vals) break;
			const amounts = amountsOf(vals, cols);
			if (totals && Object.entries(amounts).some(([c, v]) => v > (totals![c as FundCol] ?? Infinity))) break;
			const [l0, l1] = srcRange(line.span, labelAt, labelAt + 1);
			emitFunds(ctx, env, row, { text: '', key: '', start: l0, end: l1 }, cols, vals, unit, out);
			if (row.breakdown === 'total') totals = amountsOf(vals, cols);
			p += run.length;
			// the next row: on this line after the run, or at the start of the next line
			let next = ln.slice(p).match(/^(其中[:：]?)?([^\d]{2,24}?)[:：]?(?=\d)/);
			if (!next && !ln.slice(p).trim()) {
				const below = ctx.lines[line.n + 1];
				const m = below?.span.norm.match(/^\s*(其中[:：]?)?([^\d\s]{2,24}?)[:：]?(?=\d)/);
				if (below && m) {
					line = below;
					p = 0;
					next = m;
				}
			}
			if (!next) break;
			const known = rowOf(next[2].trim());
			if (!known) break;
			row = known;
			labelAt = p + next[0].search(/\S/);
			p += next[0].length;
		}
		// (a page of several projects' forms: every form's funds, each under its project)
		if (out.budget.length && projectForms(ctx).length < 2) return;
	}
}

/**
 * Funds as column groups, each a label and its amount, under a header naming the groups:
 * "预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)" / "预算数 80 到位数 80 执行数 72 90.00" /
 * "其中:财政资金 80 其中:财政资金 80 其中:财政资金 72". The row's label is its first group's; the
 * budget group is the adjusted budget where the header says 调整后 (else the opening one), the
 * execution group the year's spending, a number after the last group the rate; money received
 * (到位) has no stage of its own and is not read. Serves Hebei's 预算项目绩效自评表 as text with
 * spaces for cell breaks.
 */
function readGroupedFunds(ctx: Ctx, env: Env, out: GridResult) {
	const lines = ctx.lines;
	for (let i = 0; i < lines.length; i++) {
		const h = lines[i].span.norm.replace(/\s+/g, '');
		const b = h.search(/预算安排(情况)?|预算数/);
		const e = h.search(/资金执行(情况)?|执行数/);
		if (b < 0 || e < b || !/到位|执行/.test(h.slice(b, e + 4))) continue;
		const groups: Array<'budget' | 'arrived' | 'final'> = [];
		for (const m of h.matchAll(/预算安排|资金到位|到位数|资金执行|执行数/g)) groups.push(/预算/.test(m[0]) ? 'budget' : /到位/.test(m[0]) ? 'arrived' : 'final');
		const rateAfter = /执行进度|执行率/.test(h.slice(e));
		const budgetStage: FundCol = /调整后?/.test(h) ? 'adjusted' : 'initial';
		let unit: MoneyUnit = '万元';
		for (let u = Math.max(0, i - 3); u <= i; u++) unit = unitOfHeader(lines[u].span.norm.replace(/\s+/g, '')) ?? unit;
		let rows = 0;
		for (let j = i + 1; j < lines.length && j <= i + 5; j++) {
			const { span } = lines[j];
			const toks = [...span.text.matchAll(/\S+/g)].map((m) => ({ text: m[0], key: m[0].replace(/[,，]/g, ''), a: m.index!, b: m.index! + m[0].length }));
			// label, amount, label, amount … (and a rate after the last)
			const pairs: Array<{ label: string; val: (typeof toks)[number] }> = [];
			let k = 0;
			while (k + 1 < toks.length && !isNumber(toks[k].key) && (isNumber(toks[k + 1].key) || isBlank(toks[k + 1].key))) {
				pairs.push({ label: toks[k].key, val: toks[k + 1] });
				k += 2;
			}
			if (pairs.length !== groups.length) break;
			const tail = toks.slice(k);
			if (tail.length > 1 || (tail.length === 1 && !(rateAfter && isNumber(tail[0].key)))) break;
			const first = pairs[0].label.replace(/^其中[:：]?/, '');
			const row = /^预算(数|金额)?$/.test(first) ? fundRow('合计') : fundRow(first);
			if (!row) break;
			const cols: FundCol[] = [];
			const vals: GCell[] = [];
			const cell = (t: (typeof toks)[number]): GCell => ({ text: t.text, key: t.key, start: span.map[t.a], end: span.map[t.b - 1] + 1 });
			pairs.forEach((p, g) => {
				cols.push(groups[g] === 'budget' ? budgetStage : groups[g] === 'final' ? 'final' : 'other');
				vals.push(cell(p.val));
			});
			if (tail.length) {
				cols.push('rate');
				vals.push({ ...cell(tail[0]), key: tail[0].key + '%' });
			}
			const t0 = toks[0];
			emitFunds(ctx, env, row, { text: t0.text, key: t0.key, start: span.map[t0.a], end: span.map[t0.b - 1] + 1 }, cols, vals, unit, out);
			rows++;
		}
		if (rows) return;
	}
}

/**
 * A funds block of label | amount pairs, one cell a line, its rows between lines of empty cells:
 * 计划安排资金(万元) | A | 实际到位资金(万元) | B | 实际支出(万元) | C | 结余(万元) | D, then rows of the
 * same pairs by level of government (其中:中央财政 | … | 省财政 | … | 县财政 | …), each pair in its
 * column (the 项目绩效自评表 Hunan's county finance bureaus issue). Amounts that are no number
 * (a garbled "7,00.0,77") are left.
 */
function readPlannedPairs(ctx: Ctx, env: Env, out: GridResult) {
	const lines = ctx.lines;
	type C = { key: string; start: number; end: number; text: string };
	// the rows of the table whatever its layout marks them with (tabs, " | ", bar-ended cells: tables.ts)
	const PLANNED = /^计划(安排)?(资金|投资)(\((万元|元)\))?$/;
	for (const t of tablesWithPiped(ctx, true)) {
		const at = t.rows.findIndex((r) => PLANNED.test(tableKey(r.cells[0])));
		// (a table of the first row alone: the lines below are read as written)
		if (at < 0 || at + 1 >= t.rows.length) continue;
		const rows = t.rows.slice(at, at + 8).map((r) => {
			const cells: C[] = r.cells.map((c) => ({ text: c.text, key: tableKey(c), start: c.start, end: c.end }));
			while (cells.length && !cells[cells.length - 1].key) cells.pop();
			return cells;
		});
		// (a row's empty cells after its last value, which some layouts leave out)
		for (const r of rows.slice(1)) while (r.length && r.length < rows[0].length) r.push({ text: '', key: '', start: r[r.length - 1].end, end: r[r.length - 1].end });
		return plannedPairs(ctx, env, out, rows);
	}
	const h = lines.findIndex((l) => /^计划(安排)?(资金|投资)(\((万元|元)\))?\|?$/.test(l.span.norm.replace(/\s+/g, '')));
	if (h < 0) return;
	const rows: C[][] = [];
	let row: C[] = [];
	for (let i = h; i < lines.length && rows.length < 8; i++) {
		const raw = lines[i].raw.trim();
		if (/^\|{2,}$/.test(raw)) {
			if (row.length) rows.push(row);
			row = [];
			continue;
		}
		if (!raw.endsWith('|')) break;
		const text = lines[i].span.text.replace(/\s*\|\s*$/, '').trim();
		const a = lines[i].span.text.indexOf(text);
		row.push({ text, key: lines[i].span.norm.slice(a, a + text.length).replace(/\s+/g, ''), start: text ? lines[i].span.map[a] : lines[i].start, end: text ? lines[i].span.map[a + text.length - 1] + 1 : lines[i].start });
	}
	plannedPairs(ctx, env, out, rows);
}

/** The 计划安排资金 | N | 实际到位资金 | N … rows read (label and amount pairs; the levels' rows under them). */
function plannedPairs(ctx: Ctx, env: Env, out: GridResult, rows: Array<Array<{ key: string; start: number; end: number; text: string }>>) {
	type C = (typeof rows)[number][number];
	const head = rows[0];
	if (!head || head.length < 4 || head.length % 2) return;
	const cols = head.filter((_, x) => x % 2 === 0).map((c) => c.key.replace(/\((万元|元)\)$/, ''));
	const unit = (head[0].key.match(/\((万元|元)\)$/)?.[1] ?? '万元') as MoneyUnit;
	/** what a column holds: flow and stage */
	const kindOf = (c: string): { flow: BudgetLine['flow']; stage: BudgetLine['stage'] } | undefined =>
		/^计划(安排)?(资金|投资)$/.test(c) ? { flow: 'expenditure', stage: 'budget' } : /^实际支出(数)?$/.test(c) ? { flow: 'expenditure', stage: 'final' } : /^(结余|结转结余)$/.test(c) ? { flow: 'closing_balance', stage: 'final' } : /^(实际)?到位资金$/.test(c) ? { flow: 'income', stage: 'final' } : undefined;
	if (!kindOf(cols[0])) return;
	const num = (c: C | undefined) => !!c && isNumber(c.key);
	cols.forEach((c, x) => {
		const k = kindOf(c);
		const v = head[2 * x + 1];
		if (!k || !num(v)) return;
		out.budget.push({ flow: k.flow, breakdown: 'total', item: '合计', scope: 'all', stage: k.stage, year: env.year, amount: ctx.money(v.text, unit, head[2 * x].start, v.end, 0.8, 'grid.planned-pairs') });
	});
	for (const r of rows.slice(1)) {
		// (a pair of its own row under the levels, "实际支出(万元) | C": Zhejiang's form writes the spending
		// below the 计划安排 / 实际到位 rows)
		const own = r[0] && kindOf(r[0].key.replace(/\((万元|元)\)$/, ''));
		if (own && num(r[1]) && r.slice(2).every((c) => !c.key) && !cols.some((c) => kindOf(c)?.flow === own.flow && kindOf(c)?.stage === own.stage)) {
			out.budget.push({ flow: own.flow, breakdown: 'total', item: '合计', scope: 'all', stage: own.stage, year: env.year, amount: ctx.money(r[1].text, unit, r[0].start, r[1].end, 0.8, 'grid.planned-pairs') });
			break;
		}
		if (r.length !== head.length) break;
		r.forEach((c, x) => {
			if (x % 2) return;
			const level = c.key.replace(/^其中[:：]?/, '').match(/^(中央|省|市|县|区|乡镇?)(级)?财政$/);
			const k = kindOf(cols[x / 2]);
			const v = r[x + 1];
			if (!level || !k || k.flow === 'closing_balance' || !num(v)) return;
			out.budget.push({ flow: k.flow, breakdown: 'budget_level', item: c.key.replace(/^其中[:：]?/, ''), scope: 'all', stage: k.stage, year: env.year, amount: ctx.money(v.text, unit, c.start, v.end, 0.75, 'grid.planned-pairs.level') });
		});
	}
}

/** The amounts of a row read in column order. */
function amountsOf(vals: GCell[], cols: FundCol[]): Partial<Record<FundCol, number>> {
	const out: Partial<Record<FundCol, number>> = {};
	vals.forEach((c, i) => {
		if (cols[i] && isNumber(c.key) && !/%$/.test(c.key)) out[cols[i]] = Number(c.key.replace(/,/g, ''));
	});
	return out;
}

/**
 * A funds row of a table flowed onto one line whose numbers ran together ("年度资金总额:202010100.00%
 * 10" under 全年预算数 / 全年执行数 / 分值 / 执行率 / 得分). One run is cut into the cells the row lacks,
 * trying every cut, and kept only when exactly one cut passes the table's own arithmetic: 执行率 =
 * 执行数 ÷ 预算数 to the rate's decimals, points at most 100 and 得分 ≤ 分值, and a sub-row's amounts
 * (其中：财政拨款) at most the total row's; of several, the one where 得分 = 分值 × 执行率, else the
 * one whose amounts have the same decimals. Serves OCR-fused 项目支出绩效自评表 funds rows.
 */
function splitFundsRow(vals: GCell[], cols: FundCol[], isTotal: boolean, totals: Partial<Record<FundCol, number>> | undefined, part = !isTotal): GCell[] | undefined {
	return splitFullRow(vals, cols, isTotal, totals) ?? splitLostCells(vals, cols, part, totals);
}

/**
 * A funds row that lost its empty cells, as the values it still holds: its rate is the percentage,
 * the number just before the rate on a total row its 分值 (the template scores the total row only),
 * a number after the rate its 得分, and the amounts before fill the money columns from the right
 * (全年执行数 last): with two amounts they are 全年预算 and 全年执行, with three 年初 / 全年预算 / 全年执行.
 * Kept only where the rate is the 执行数 ÷ 预算数 to its decimals, the points at most 100 and the
 * score at most the points. Returns the values aligned to the columns (blank where a cell was lost).
 */
function alignLostCells(keys: string[], cols: FundCol[], part: boolean): string[] | undefined {
	const money = cols.filter((c) => c === 'initial' || c === 'adjusted' || c === 'final');
	const r = keys.findIndex((k) => /%$/.test(k));
	if (r < 0 || keys.slice(r + 1).some((k) => /%$/.test(k)) || !cols.includes('rate')) return undefined;
	const before = keys.slice(0, r);
	const after = keys.slice(r + 1);
	const out: string[] = cols.map(() => '');
	out[cols.indexOf('rate')] = keys[r];
	const hasMax = !part && cols.includes('max') && cols.indexOf('max') < cols.indexOf('rate');
	if (hasMax) {
		if (!before.length) return undefined;
		out[cols.indexOf('max')] = before.pop()!;
	}
	if (before.length < 2 || before.length > money.length) return undefined;
	before.forEach((k, x) => (out[cols.indexOf(money[money.length - before.length + x])] = k));
	if (after.length) {
		if (part || after.length > 1 || !cols.includes('score') || cols.indexOf('score') < cols.indexOf('rate')) return undefined;
		out[cols.indexOf('score')] = after[0];
	}
	const n = (c: FundCol) => (cols.includes(c) && out[cols.indexOf(c)] !== '' ? Number(out[cols.indexOf(c)]) : undefined);
	const base = n('adjusted') ?? n('initial');
	const fin = n('final');
	const rate = out[cols.indexOf('rate')];
	if (base === undefined || fin === undefined || !(base > 0)) return undefined;
	const d = rate.split('.')[1]?.replace('%', '').length ?? 0;
	if (Math.abs((fin / base) * 100 - Number(rate.replace('%', ''))) > 0.5 * 10 ** -d + 1e-9) return undefined;
	const mx = n('max');
	const sc = n('score');
	if (mx !== undefined && mx > 100) return undefined;
	// (a score above the points is another figure, the form's total: not the row's)
	if (mx !== undefined && sc !== undefined && sc > mx) out[cols.indexOf('score')] = '';
	return out;
}

/** A cell written as one run, without spaces inside: its text is its key, full-width digits and
 * signs as half-width ("２４５６．１８", PDF text layers and web pages that write digits full-width). */
// a cell whose text as written is its key (one run as typed, in half-width and simplified form: indicators.ts writtenForm)
const solid = (c: GCell, trim = false) => writtenForm(trim ? c.text.trim() : c.text) === c.key;

/** A run of fused numbers (or cells already apart) read as a row that lost cells: the one cut that aligns. */
function splitLostCells(vals: GCell[], cols: FundCol[], part: boolean, totals: Partial<Record<FundCol, number>> | undefined): GCell[] | undefined {
	if (vals.length !== 1 || !/^\d[\d.]*%$/.test(vals[0].key) || !solid(vals[0])) return undefined;
	const v = vals[0];
	const reads: string[][] = [];
	for (let pieces = 3; pieces <= cols.length; pieces++) {
		for (const parts of cutsOf(v.key, pieces)) {
			const aligned = alignLostCells(parts, cols, part);
			if (!aligned) continue;
			// a part's amounts are at most the total's
			if (part && totals && cols.some((c, x) => aligned[x] !== '' && totals[c] !== undefined && !/%$/.test(aligned[x]) && Number(aligned[x]) > totals[c]!)) continue;
			reads.push(aligned);
		}
	}
	// of several readings, the one whose amounts are of one size (a budget and its execution differ by
	// less than tenfold: "505010100%" is 50 | 50 | 10 | 100%, not 5050 | 10 | 10 | 0%)
	const close = reads.filter((a) => {
		const amounts = a.filter((x, i) => x !== '' && ['initial', 'adjusted', 'final'].includes(cols[i])).map(Number);
		return Math.min(...amounts) > 0 && Math.max(...amounts) / Math.min(...amounts) < 10;
	});
	const pick = reads.length === 1 ? reads[0] : close.length === 1 ? close[0] : undefined;
	if (!pick) return undefined;
	let off = 0;
	return pick.map((p) => {
		if (!p) return { ...v, text: '', key: '', start: v.start + off, end: v.start + off };
		const at = v.key.indexOf(p, off);
		off = at + p.length;
		return { ...v, text: p, key: p, start: v.start + at, end: v.start + at + p.length };
	});
}

function splitFullRow(vals: GCell[], cols: FundCol[], isTotal: boolean, totals: Partial<Record<FundCol, number>> | undefined): GCell[] | undefined {
	const money = cols.filter((c) => c === 'initial' || c === 'adjusted' || c === 'final');
	// a total row fills every column; a sub-row its amounts only
	const want = isTotal ? cols.filter((c) => c !== 'other').length : money.length;
	const fused = vals.findIndex((c) => /^\d[\d.]*%?$/.test(c.key) && solid(c));
	if (fused < 0 || vals.length >= want || vals.filter((c) => /^\d[\d.]*%?$/.test(c.key)).length === 0) return undefined;
	const pieces = want - vals.length + 1;
	const run = vals[fused].key;
	const cellsOf = (parts: string[]) => [...vals.slice(0, fused).map((c) => c.key), ...parts, ...vals.slice(fused + 1).map((c) => c.key)];
	const passes = (parts: string[]) => {
		const cells = cellsOf(parts);
		const at: Partial<Record<FundCol, string>> = {};
		cells.forEach((c, i) => (at[cols[i]] = c));
		// a percentage stands in the rate column and nowhere else
		if (cells.some((c, i) => /%$/.test(c) !== (cols[i] === 'rate'))) return false;
		const n = (c: FundCol) => (at[c] !== undefined ? Number(at[c]!.replace('%', '')) : undefined);
		const base = n('adjusted') ?? n('initial');
		const fin = n('final');
		const rate = at.rate;
		if (rate !== undefined) {
			if (base === undefined || fin === undefined || base === 0) return false;
			const d = rate.split('.')[1]?.replace('%', '').length ?? 0;
			if (Math.abs((fin / base) * 100 - Number(rate.replace('%', ''))) > 0.5 * 10 ** -d + 1e-9) return false;
		}
		const mx = n('max');
		const sc = n('score');
		if (mx !== undefined && mx > 100) return false;
		if (mx !== undefined && sc !== undefined && sc > mx) return false;
		if (!isTotal) {
			if (!totals) return false;
			for (const c of money) if (n(c) !== undefined && (totals[c] === undefined || n(c)! > totals[c]!)) return false;
		}
		return true;
	};
	const scoreFits = (parts: string[]) => {
		const cells = cellsOf(parts);
		const get = (col: FundCol) => cells[cols.indexOf(col)];
		const [mx, sc, rate] = [get('max'), get('score'), get('rate')];
		if (mx === undefined || sc === undefined || rate === undefined) return false;
		return Math.abs((Number(mx) * Math.min(100, Number(rate.replace('%', '')))) / 100 - Number(sc)) < 0.01;
	};
	const found = cutsOf(run, pieces).filter(passes);
	// several readings: the one where 得分 = 分值 × 执行率 (the usual scoring of this row), if only one
	const fitting = found.filter(scoreFits);
	// or the one whose amounts are written alike, to the same decimals (a table formats its column
	// of amounts one way: "50.0 | 48.0 | 36.0", not "50.04 | 8.03 | 6.0")
	const alike = found.filter((parts) => {
		const decimals = new Set(cellsOf(parts).filter((c, i) => (money as FundCol[]).includes(cols[i]) && !/%$/.test(c)).map((c) => c.split('.')[1]?.length ?? 0));
		return decimals.size === 1;
	});
	// or, of those, the one whose amounts are of one size: a row's budget and its execution differ by
	// less than tenfold ("40004000100%" is 4000 | 4000 | 100%, not 40004000 | 10 | 0%)
	const close = alike.filter((parts) => {
		const amounts = cellsOf(parts).filter((c, i) => (money as FundCol[]).includes(cols[i]) && !/%$/.test(c)).map(Number);
		return amounts.length > 1 && Math.min(...amounts) > 0 && Math.max(...amounts) / Math.min(...amounts) < 10;
	});
	const pick = found.length === 1 ? found[0] : fitting.length === 1 ? fitting[0] : alike.length === 1 ? alike[0] : close.length === 1 ? close[0] : undefined;
	if (!pick) return undefined;
	const v = vals[fused];
	let off = 0;
	const cut = pick.map((p) => {
		const c: GCell = { ...v, text: p, key: p, start: v.start + off, end: v.start + off + p.length };
		off += p.length;
		return c;
	});
	return [...vals.slice(0, fused), ...cut, ...vals.slice(fused + 1)];
}

function emitFunds(ctx: Ctx, env: Env, row: NonNullable<ReturnType<typeof fundRow>>, label: GCell, cols: FundCol[], vals: GCell[], unit: MoneyUnit, out: GridResult) {
	const lines: Partial<Record<'initial' | 'adjusted' | 'final', BudgetLine>> = {};
	let rate: GCell | undefined;
	let max: GCell | undefined;
	let score: GCell | undefined;
	// a row whose empty cells were lost (flowed text): a percentage is the rate, the numbers fill
	// the other columns in order
	const typed = vals.some((c) => c.loose) && vals.some((c) => /%$/.test(c.key)) && cols.includes('rate');
	const numCols = cols.filter((c) => c !== 'rate');
	let n = 0;
	vals.forEach((c, idx) => {
		const col = typed ? (/%$/.test(c.key) ? 'rate' : numCols[n++]) : cols[idx];
		if (isBlank(c.key)) return;
		if (col === 'initial' || col === 'adjusted' || col === 'final') {
			if (/%$/.test(c.key)) return;
			const amount = ctx.money(c.text, unit, label.start, c.end, 0.85, 'grid.funds');
			lines[col] = { flow: 'expenditure', breakdown: row.breakdown, item: row.item, scope: row.scope, stage: col, year: env.year, amount };
		} else if (col === 'rate') rate = c;
		else if (col === 'max') max = c;
		else if (col === 'score') score = c;
	});
	// a flowed row one cell short read by the shapes of its values: its 执行数 must be its budget times
	// its stated rate, or the numbers slid into the wrong columns and the row's money is not read
	// ("年度资金总额 30 30 10 100% 99": 执行数 lost, 10 is the 分值)
	if (typed && rate && lines.final) {
		const r = Number(rate.key.replace(/[%％]$/, ''));
		const base = lines.adjusted?.amount.wan ?? lines.initial?.amount.wan;
		if (Number.isFinite(r) && base !== undefined && base > 0 && Math.abs(base * r / 100 - lines.final.amount.wan) > Math.max(0.01, base * 0.01)) {
			ctx.unread.push({ kind: '表格行', text: ctx.quote(label.start, rate.end), start: label.start, end: rate.end, reason: '这一行丢了单元格，执行数与预算数×执行率对不上，无法确定各数字所属的列，未读取执行数与分值' });
			delete lines.final;
			max = undefined;
			score = undefined;
		}
	}
	// a rate written as a fraction of one ("40 40 38.6 10 0.965 9": 执行数 ÷ 预算数 = 0.965, no % sign;
	// county 项目绩效自评表 exported from spreadsheets, Yunnan 项目支出绩效自评表 whose 执行率(B/A) is
	// "0.2") is not a percentage: left unread, not read as 0.965%
	if (rate && lines.final && !/[%％]/.test(rate.text)) {
		const r = Number(rate.key);
		const base = lines.adjusted?.amount.wan ?? lines.initial?.amount.wan;
		// (to the fraction's own rounding, "500 | 120 | 0.2" is 0.24 to one decimal, or truncated: 0.965 for 0.9651)
		const tol = Math.max(0.005, 0.5 * 10 ** -(rate.key.split('.')[1]?.length ?? 0) + 1e-9);
		if (Number.isFinite(r) && r > 0 && r <= 1.5 && base !== undefined && base > 0 && Math.abs(lines.final.amount.wan / base - r) <= tol && Math.abs((lines.final.amount.wan / base) * 100 - r) > tol) {
			ctx.unread.push({ kind: '表格行', text: ctx.quote(label.start, rate.end), start: label.start, end: rate.end, reason: '执行率写成小数（执行数÷预算数），不是百分数，未读取' });
			rate = undefined;
		}
	}
	if (rate && lines.final) {
		const t = rate.text.replace(/\s*[%％]\s*$/, '');
		lines.final.execution_rate = ctx.figure(t, '%', label.start, rate.end, 0.85, 'grid.funds.rate');
	}
	for (const s of ['initial', 'adjusted', 'final'] as const) if (lines[s]) out.budget.push(lines[s]!);
	// the budget-execution score of the table's total row
	if (row.breakdown === 'total' && (max || score)) {
		const node: ScoreNode = { name: '预算执行率', level: 1 };
		// the quote: from the rate (or the row's label) to the cell, whichever comes first
		const from = (c: GCell) => Math.min(rate && rate.start < c.start ? rate.start : label.start, c.start);
		if (max) node.max = ctx.figure(max.text, '分', from(max), max.end, 0.8, 'grid.funds.max');
		if (score) node.score = ctx.figure(score.text, '分', from(score), score.end, 0.8, 'grid.funds.score');
		out.nodes.push(node);
	}
}

/* ------------------------------------------------------------------ year-stage matrices */

/** A column header naming a year and a stage ("2020 年决算数", "2021年预算数(万元)"). */
function yearStageCol(k: string): { year: number; stage: 'budget' | 'final' } | undefined {
	const m = k.match(/^(20\d\d)年度?(预算|决算|执行|实际支出|实际)(数|金额|额)?([(（](万元|元)[)）]?)?$/);
	if (!m) return undefined;
	return { year: Number(m[1]), stage: m[2] === '预算' ? 'budget' : 'final' };
}

/** The 三公 item a row label names (公务用车购置和维护经费, 其中:公车购置, 出国经费, 公务接待 …). */
function sangongRow(label: string): SangongItem | undefined {
	if (/三公/.test(label)) return 'total';
	if (/出国|出境/.test(label)) return 'abroad';
	if (/接待/.test(label)) return 'reception';
	if (/公务用车|公车|车辆/.test(label)) {
		const buy = /购置|购买/.test(label);
		const run = /运行|维护|运维/.test(label);
		return buy && run ? 'vehicle' : buy ? 'vehicle_purchase' : run ? 'vehicle_operation' : 'vehicle';
	}
	return undefined;
}

/** Cells of one line that a flowed line cut at its spaces, joined again ("2021 | 年预算数"). */
function joinedOnLine(ctx: Ctx, cells: GCell[], i: number): { cell: GCell; next: number } {
	let j = i + 1;
	if (cells[i].loose) while (j < cells.length && cells[j].loose && ctx.lineOf(cells[j].start) === ctx.lineOf(cells[i].start)) j++;
	if (j === i + 1) return { cell: cells[i], next: j };
	const last = cells[j - 1];
	return { cell: { text: ctx.src.slice(cells[i].start, last.end), key: cells.slice(i, j).map((c) => c.key).join(''), start: cells[i].start, end: last.end }, next: j };
}

/**
 * A table whose columns are years and stages and whose rows are labelled ("经费控制情况(万元) | 2020
 * 年决算数 | 2021 年预算数 | 2021 年决算数", then "三公经费: | 1.50 | 2.00 | 1.20", "项目支出: | 50.00 | …",
 * "公用经费 | …", "其中:办公经费 | …"): each row a label and one value a column, a row the template
 * leaves empty (no values) skipped. Rows of 三公 items give 三公 lines (scope all: the table names no
 * fund); 项目支出, 基本支出, 人员经费 and 公用经费 give nature lines, and the rows of a "其中:" group under
 * one of them its parts, named as written. Rows the vocabulary does not know are not read. Serves
 * Hunan's 部门整体支出绩效评价基础数据表 and any table of year and stage columns, in whatever cell
 * layout (one cell a paragraph, " | " cells, tabs).
 */
/** The run of header cells from `i` that `classify` knows (cells a flowed line cut at its spaces joined again): their columns, source ranges and the index after them. */
function headerRun<T>(ctx: Ctx, cells: GCell[], i: number, classify: (key: string) => T | undefined): { cols: T[]; heads: Array<[number, number]>; end: number } {
	const cols: T[] = [];
	const heads: Array<[number, number]> = [];
	let j = i;
	while (j < cells.length) {
		let { cell, next } = joinedOnLine(ctx, cells, j);
		let col = classify(cell.key);
		// (a line flowed with several headers on it, "2017年决算数 2018年预算数 2018年决算数 …": the fewest
		// cells from j that make a header, not the whole line)
		for (let n = 1; col === undefined && n <= 4 && j + n <= cells.length; n++) {
			const part = cells.slice(j, j + n);
			if (n > 1 && !part.every((c) => c.loose && ctx.lineOf(c.start) === ctx.lineOf(part[0].start))) break;
			const c = classify(part.map((x) => x.key).join(''));
			if (c !== undefined) {
				col = c;
				cell = { text: ctx.src.slice(part[0].start, part[n - 1].end), key: part.map((x) => x.key).join(''), start: part[0].start, end: part[n - 1].end };
				next = j + n;
			}
		}
		if (col === undefined) break;
		cols.push(col);
		heads.push([cell.start, cell.end]);
		j = next;
	}
	return { cols, heads, end: j };
}

function readStageMatrix(ctx: Ctx, env: Env, cells: GCell[], out: GridResult) {
	for (let i = 0; i < cells.length; i++) {
		const { cols, heads, end: j } = headerRun(ctx, cells, i, yearStageCol);
		if (cols.length < 2) continue;
		// the table's money unit: its title cell or the header ("经费控制情况(万元)"), else 万元 stated just above
		let unit: MoneyUnit | undefined;
		for (let b = Math.max(0, i - 3); b < i; b++) unit = unitOfHeader(cells[b].key) ?? unit;
		unit ??= unitOfHeader(cells[i].key);
		// (or the form's own "单位:万元" at its head, a few rows above: the 部门整体支出绩效评价基础数据表 states it
		// once, beside 填报单位, over its staff rows)
		for (let b = i - 1; b >= Math.max(0, i - 30) && !unit; b--) if (/^(金额)?单位[:：](万元|元)$/.test(cells[b].key)) unit = unitOfHeader(cells[b].key);
		if (!unit) {
			i = j - 1;
			continue;
		}
		(out.headerCells ??= []).push(...heads);
		const sangong = (out.sangong ??= []);
		let k = j;
		let idle = 0;
		/** the nature line a "其中:" group breaks down */
		let group: { parent: string; open: boolean } | undefined;
		let lastNature: string | undefined;
		/** the rows under a "项目支出:" heading that states no figure: the projects */
		let projects = false;
		while (k < cells.length && idle < 4) {
			const c = cells[k];
			if (c.key === '') {
				k++;
				continue;
			}
			if (isValue(c.key) || c.key.length > 30 || /[。;；]/.test(c.key) || yearStageCol(c.key)) break;
			let v = k + 1;
			const vals: GCell[] = [];
			// (an OCR'd amount may keep a stray full stop, "8.40.")
			const figure = (x: GCell) => (x.loose && /^\d+\.\d+\.$/.test(x.key) ? { ...x, key: x.key.slice(0, -1), text: x.text.replace(/\.\s*$/, '') } : x);
			while (v < cells.length && vals.length < cols.length && isNumber(figure(cells[v]).key)) vals.push(figure(cells[v++]));
			const label = c.text.replace(/\s+/g, '').replace(/^[一二三四五六七八九十\d]{1,2}[、.．]/, '').replace(/[:：]$/, '');
			const part = /^其中[:：]?/.test(label);
			const name = label.replace(/^其中[:：]?/, '');
			// the template's own rows end the parts above them; 项目支出 and 公用经费 stated without figures head
			// the rows under them (the projects; the 公用经费 items its 其中 lists)
			const own = /^(三公经费|项目支出|基本支出|人员经费|(日常)?公用经费|政府采购(金额)?|部门整体支出预算调整|楼堂馆所|厉行节约)/.test(name);
			if (own && !part) {
				group = undefined;
				projects = false;
			}
			if (!vals.length) {
				if (name === '项目支出') projects = true;
				// (the template's figureless sub-headings under a 项目支出 row that states its figures, "其中:1、运行
				// 维护经费", "2、专项资金", "(一个项一行)": the rows with figures under them are its projects —
				// Hunan's 部门整体支出绩效评价基础数据表 of the 2020s, whichever of the three lines it keeps)
				if (lastNature === '项目支出' && /专项资金|一个项(目)?一行/.test(name)) projects = true;
				if (/^(日常)?公用经费$/.test(name) && !part) lastNature = name;
				// (a template's placeholder row, "……", is no row)
				if (!/^[.…。·]+$/.test(name)) idle++;
				k = v;
				continue;
			}
			// (a row that lost a cell: which column is empty is not known, so none of its figures is placed)
			if (vals.length < cols.length && vals.length > 0) {
				idle++;
				k = v;
				continue;
			}
			if (vals.length !== cols.length) break;
			idle = 0;
			k = v;
			const emit = (f: (col: (typeof cols)[number], val: GCell) => void) => cols.forEach((col, x) => f(col, vals[x]));
			const sg = sangongRow(name);
			if (sg) {
				group = undefined;
				emit((col, val) => sangong.push({ item: sg, label: name, stage: col.stage, scope: 'all', year: col.year, amount: ctx.money(val.text, unit!, c.start, val.end, 0.8, 'grid.matrix.sangong') }));
				continue;
			}
			// the whole spending ("支出总额", "支出合计", "经费支出总额"): the total line
			if (!part && /^(经费)?支出(总额|合计|总计)$/.test(name)) {
				group = undefined;
				projects = false;
				emit((col, val) => out.budget.push({ flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: col.stage, year: col.year, amount: ctx.money(val.text, unit!, c.start, val.end, 0.8, 'grid.matrix.total') }));
				continue;
			}
			const nature = /^(项目支出|基本支出|人员经费|(日常)?公用经费)$/.test(name) ? name : undefined;
			// (a "其中:公用经费" / "其中:人员经费" row under 基本支出: the nature part the template names, not an
			// economic class — the 2020s 基础数据表 writes 公用经费 so, the older one as a row of its own)
			if (nature && part && /人员经费|公用经费/.test(nature) && lastNature === '基本支出') {
				group = undefined;
				emit((col, val) => out.budget.push({ flow: 'expenditure', breakdown: 'nature', item: nature, parent: '基本支出', scope: 'all', stage: col.stage, year: col.year, amount: ctx.money(val.text, unit!, c.start, val.end, 0.8, 'grid.matrix.nature') }));
				continue;
			}
			if (nature && !part) {
				lastNature = nature;
				group = undefined;
				const parent = /人员经费|公用经费/.test(nature) ? '基本支出' : undefined;
				emit((col, val) => out.budget.push({ flow: 'expenditure', breakdown: 'nature', item: nature, ...(parent ? { parent } : {}), scope: 'all', stage: col.stage, year: col.year, amount: ctx.money(val.text, unit!, c.start, val.end, 0.8, 'grid.matrix.nature') }));
				continue;
			}
			if (projects && !own && /^[\u4e00-\u9fa5、，,()（）]{2,20}$/.test(name)) {
				emit((col, val) => out.budget.push({ flow: 'expenditure', breakdown: 'project', item: name, parent: '项目支出', scope: 'all', stage: col.stage, year: col.year, amount: ctx.money(val.text, unit!, c.start, val.end, 0.75, 'grid.matrix.project') }));
				continue;
			}
			if (own) continue;
			// a "其中:" row opens the parts of the nature line above it; the rows after it are parts too
			if (part && lastNature) group = { parent: lastNature, open: true };
			if (group && /^[\u4e00-\u9fa5、，,()（）]{2,20}$/.test(name)) {
				const parent = group.parent;
				emit((col, val) => out.budget.push({ flow: 'expenditure', breakdown: 'economic', item: name, parent, scope: 'all', stage: col.stage, year: col.year, amount: ctx.money(val.text, unit!, c.start, val.end, 0.75, 'grid.matrix.part') }));
			}
		}
		i = k - 1;
	}
}

/**
 * A project target form's sources as columns, the amounts in the row under them:
 *
 *   项目名称 | X | 预算金额 | 50万元
 *   资金来源(万元) | 财政拨款 | 非税安排 | 上年结转 | 政府债券 | 其他
 *   42 | 0 | 8 | 0 | 0 |
 *
 * Each source the funds vocabulary knows (财政拨款 the fiscal money, 上年结转, 其他) is a line of the
 * year's budget with the amount under it; sources it does not know (非税安排, 政府债券) are passed over,
 * and an empty cell is no figure. The form's own 预算金额 (预算总额, 项目预算) with its unit, within the
 * rows above, is the total. Read in target forms only (the kind says so, or the form's 年度绩效总目标 row
 * follows: the budget asked for, never a year's actuals), and only where the value row has one cell a source (its trailing empty
 * cell aside) and every one a figure or empty. Serves Hubei's 项目支出绩效目标表 and the forms that write
 * their sources across, in any cell layout (bars, tabs, one cell a line).
 */
function readSourceColumns(ctx: Ctx, env: Env, cells: GCell[], out: GridResult) {
	if (env.kind === 'project_self_evaluation') return;
	for (let i = 0; i < cells.length; i++) {
		const h = cells[i].key.match(/^资金来源\((万元|元)\)$/);
		if (!h) continue;
		// (a target form: the kind says so, or its 年度(绩效)总目标 row follows within a few rows)
		if (env.kind !== 'project_target_table' && !cells.slice(i, i + 40).some((c) => /^年度(绩效)?总?目标$/.test(c.key))) continue;
		const unit = h[1] as MoneyUnit;
		const heads: GCell[] = [];
		let j = i + 1;
		while (j < cells.length && heads.length < 8 && /^[\u4e00-\u9fa5()（）]{2,10}$/.test(cells[j].key)) heads.push(cells[j++]);
		if (heads.length < 2 || !heads.some((c) => fundRow(c.key))) continue;
		// (the header row's end, where a layout writes it as empty cells: "其他 | / || / 42 | …")
		while (j < cells.length && j < i + heads.length + 4 && cells[j].key === '') j++;
		const vals = cells.slice(j, j + heads.length);
		// (a delimited row that drops its trailing empty cells, "42 | 0 | 8 | 0": the last columns are empty)
		const filled = vals.findIndex((v) => !(isNumber(v.key) || v.key === ''));
		if (filled > 0 && !vals[0].loose && vals.slice(0, filled).every((v) => !v.loose)) vals.splice(filled, vals.length, ...Array.from({ length: heads.length - filled }, () => ({ text: '', key: '', start: vals[filled - 1].end, end: vals[filled - 1].end })));
		if (vals.length !== heads.length || !vals.every((v) => isNumber(v.key) || v.key === '') || !vals.some((v) => isNumber(v.key))) continue;
		// (the next cell: the row's end, never a further figure)
		if (filled < 0 && cells[j + heads.length] && isNumber(cells[j + heads.length].key)) continue;
		const found: BudgetLine[] = [];
		heads.forEach((hc, x) => {
			const row = fundRow(hc.key);
			const v = vals[x];
			if (!row || row.breakdown === 'total' || !isNumber(v.key) || /%/.test(v.key) || ctx.isUsed(v.start, v.end)) return;
			found.push({ flow: 'expenditure', ...row, stage: 'budget', year: env.year, amount: ctx.money(v.text, unit, hc.start, v.end, 0.75, 'grid.source-columns') } as BudgetLine);
		});
		if (!found.length) continue;
		// the form's total: "预算金额 | 36万元" in the rows above
		for (let b = i - 1; b >= Math.max(0, i - 30); b--) {
			if (!/^(项目)?(预算(金额|总额)|总预算|预算)$/.test(cells[b].key)) continue;
			const m = cells[b + 1]?.key.match(new RegExp(`^(${NUM})(万元|元)$`));
			if (!m) break;
			const a = ctx.src.indexOf(m[1], cells[b + 1].start);
			found.unshift({ flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(ctx.src.slice(a, a + m[1].length), m[2] as MoneyUnit, cells[b].start, cells[b + 1].end, 0.75, 'grid.source-columns.total') });
			break;
		}
		out.budget.push(...found);
		i = j + heads.length - 1;
	}
}

type StructCol = 'initial' | 'addition' | 'adjusted' | 'final' | 'rate' | 'balance' | 'balance-rate';

/** A column header of a funds-structure table (资金结构 | 年初预算安排 | 年中调整 | 小计 | 拨付 | 实现率 | 结余 | 结余率). */
function structCol(k: string): StructCol | undefined {
	const h = k.replace(/[(（][^()（）]*[)）]/g, '').replace(/[①②③④⑤⑥⑦⑧⑨⑩]/g, '').replace(/[=+\-/÷×].*$/, '');
	if (/结余率|结转率/.test(h)) return 'balance-rate';
	if (/实现率|执行率|支出率|拨付率|完成率/.test(h)) return 'rate';
	if (/^(本年度?|年末|年度)?结余(结转)?(金额|资金|数)?$/.test(h)) return 'balance';
	if (/^年初.{0,8}(预算|安排)(金额|数|资金)?$/.test(h)) return 'initial';
	if (/^(年中)?(调整|追加|调增减?)(金额|数|资金)$/.test(h)) return 'addition';
	if (/^小计$|^调整后(预算)?(金额|数)?$|^全年预算(金额|数)?$/.test(h)) return 'adjusted';
	if (/^(年度|全年|本年|实际)?(拨付|支出|执行|使用)(金额|数|资金)$|^决算数$/.test(h)) return 'final';
	return undefined;
}

/**
 * A funds-structure table: a "资金结构" (资金来源, 资金构成) header cell, then the column headers, then rows of a
 * label and one figure a column:
 *
 *   资金结构 | 年初部门预算安排金额(含历年结余结转)① | 年中调整金额② | 小计③=①+② | 年度拨付金额④ |
 *   支出实现率(%)⑤=④/③ | 本年度结余金额⑥=③-④ | 资金结余率(%)⑦=⑥/③
 *   1.财政资金小计 | … / ①项目支出 | … / ②基本支出 | … / 2.单位其它收入 | … / 合计 | …
 *
 * The initial column is the initial budget, the mid-year change the addition, 小计 (调整后) the adjusted
 * budget, the paid or spent column the final spending with the execution rate beside it, and the
 * balance the year's closing balance (rates of balance are not stored). 财政资金 is the fiscal source and
 * the nature rows under it (项目支出, 基本支出) fiscal; 其它收入 / 其他资金 the other source; 合计 the total.
 * A row whose figures are not one a column is not read (which is empty is not known); a label the
 * vocabulary does not know is passed over. Serves Fujian's 部门整体支出绩效自评表 (财政资金安排和使用情况)
 * and the project forms that copy its funds block, in any cell layout (bars, tabs, spaced rows, one
 * cell a line; group headers such as 预算安排 / 拨付情况 / 结余情况 and formula cells are passed over).
 */
function readFundStructure(ctx: Ctx, env: Env, cells: GCell[], out: GridResult) {
	for (let i = 0; i < cells.length; i++) {
		if (!/^资金(结构|来源|构成)(\((万元|元)\))?$/.test(cells[i].key)) continue;
		let unit: MoneyUnit | undefined = unitOfHeader(cells[i].key);
		for (let b = Math.max(0, i - 3); b < i; b++) unit ??= unitOfHeader(cells[b].key);
		const cols: StructCol[] = [];
		let j = i + 1;
		for (; j < cells.length && j < i + 24; j++) {
			const k = cells[j].key;
			if (k === '') continue;
			// (group headers, the unit and formula cells, "③=①+②")
			if (/^(预算安排|拨付情况|支出情况|结余情况|执行情况|资金安排)$/.test(k)) continue;
			if (/^\((万元|元)\)$/.test(k)) {
				unit ??= unitOfHeader(k);
				continue;
			}
			if (/^[①②③④⑤⑥⑦⑧⑨⑩=+\-/÷×()（）%]+$/.test(k)) continue;
			const col = structCol(k);
			if (!col) break;
			cols.push(col);
		}
		const has = (c: StructCol) => cols.includes(c);
		if (cols.length < 3 || new Set(cols).size !== cols.length || !has('final') || !(has('initial') || has('adjusted')) || !unit) continue;
		const found: BudgetLine[] = [];
		let fiscal = false;
		let k = j;
		let misses = 0;
		while (k < cells.length && misses < 2) {
			const c = cells[k];
			if (c.key === '' || /^[①②③④⑤⑥⑦⑧⑨⑩]$/.test(c.key)) {
				k++;
				continue;
			}
			if (isNumber(c.key)) break;
			// (a label a spaced row cut at its space, "合 计": its pieces joined)
			let label = c.key;
			let v = k + 1;
			while (c.loose && cells[v]?.loose && !isNumber(cells[v].key) && ctx.lineOf(cells[v].start) === ctx.lineOf(c.start) && label.length + cells[v].key.length <= 12) label += cells[v++].key;
			const vals: GCell[] = [];
			while (v < cells.length && vals.length < cols.length && isNumber(cells[v].key)) vals.push(cells[v++]);
			if (vals.length !== cols.length || (v < cells.length && isNumber(cells[v].key))) {
				if (vals.length) break;
				misses++;
				k = v;
				continue;
			}
			misses = 0;
			k = v;
			const name = label.replace(/^[①②③④⑤⑥⑦⑧⑨⑩]|^[(（]?[\d一二三四五六七八九十]{1,2}[)）.、．]?(?=[\u4e00-\u9fa5])/, '');
			let line: Omit<BudgetLine, 'stage' | 'amount' | 'flow'> | undefined;
			if (/^财政(资金|拨款)(小计|合计)?$/.test(name)) {
				fiscal = true;
				line = { breakdown: 'source', item: '财政资金', scope: 'fiscal', year: env.year };
			} else if (/^(项目支出|基本支出)$/.test(name)) line = { breakdown: 'nature', item: name, scope: fiscal ? 'fiscal' : 'all', year: env.year };
			else if (/^(单位)?其[它他](收入|资金)(小计|合计)?$/.test(name)) {
				fiscal = false;
				line = { breakdown: 'source', item: name.replace(/(小计|合计)$/, ''), scope: 'other', year: env.year };
			} else if (/^(合计|总计)$/.test(name)) line = { breakdown: 'total', item: '合计', scope: 'all', year: env.year };
			// (a row another funds reader took already: not read twice)
			if (!line || vals.some((x) => ctx.isUsed(x.start, x.end))) continue;
			const rate = cols.indexOf('rate');
			cols.forEach((col, x) => {
				if (col === 'rate' || col === 'balance-rate') return;
				const money = ctx.money(vals[x].text, unit!, c.start, vals[vals.length - 1].end, 0.75, 'grid.fund-structure');
				if (col === 'balance') found.push({ ...line!, flow: 'closing_balance', stage: 'final', amount: money } as BudgetLine);
				else {
					const l = { ...line!, flow: 'expenditure', stage: col, amount: money } as BudgetLine;
					if (col === 'final' && rate >= 0 && !/%/.test(vals[rate].key)) l.execution_rate = ctx.figure(vals[rate].key, '%', c.start, vals[vals.length - 1].end, 0.75, 'grid.fund-structure.rate');
					found.push(l);
				}
			});
		}
		if (found.length) out.budget.push(...found);
		i = k - 1;
	}
}

/** Column headers of a staff row: the measure each counts (控制率 and the like are no count). */
function staffCol(k: string): StaffLine['measure'] | 'rate' | undefined {
	if (/^(核定)?编制(人)?数$/.test(k)) return 'authorized';
	if (/^(20\d\d年)?(实际)?(在职|实有)(在职)?人(员)?数$/.test(k)) return 'actual';
	if (/控制率$/.test(k)) return 'rate';
	return undefined;
}

/**
 * A row of staff headers and the row of counts under it ("财政供养人员情况(人) | 编制数 | 2021 年
 * 实际在职人数 | 控制率", then "20 | 18 | 90.00%"): each count under its header, read only where the
 * values are as many as the headers and the counts whole numbers. Serves Hunan's 部门整体支出绩效评价
 * 基础数据表 and any staff row laid out so.
 */
function readStaffRow(ctx: Ctx, cells: GCell[], out: GridResult) {
	for (let i = 0; i < cells.length; i++) {
		const { cols, heads, end: j } = headerRun(ctx, cells, i, staffCol);
		if (!cols.includes('authorized') || !cols.includes('actual')) continue;
		const vals = cells.slice(j, j + cols.length);
		if (vals.length !== cols.length || !vals.every((v, x) => (cols[x] === 'rate' ? /^\d+(\.\d+)?%$/.test(v.key) : /^\d{1,6}$/.test(v.key)))) continue;
		(out.headerCells ??= []).push(...heads);
		const staff = (out.staffing ??= []);
		cols.forEach((col, x) => {
			if (col === 'rate') return;
			staff.push({ unit: '本级', category: '合计', measure: col, count: ctx.figure(vals[x].text, '人', cells[i].start, vals[x].end, 0.8, 'grid.staff.row') });
		});
		return;
	}
}

/**
 * The composition a 部门整体支出绩效自评表 writes as label:amount cells under its 年度资金总额 row
 * ("按收入性质分:60.00 | 按支出性质分:55.00 | 其中:一般公共预算:40.00 | 其中:基本支出:32.00 |
 * 政府性基金拨款:5.00 | 项目支出:23.00 | 其他资金:15.00"): the two columns interleave, so each
 * cell is read by its own label: 按收入性质分 is the income total and the funds (一般公共预算,
 * 政府性基金, 其他资金) its sources; 按支出性质分 the spending total and 基本支出 / 项目支出 its natures.
 * Stage final (the form states what the year took in and spent). Serves Hunan's 部门整体支出绩效自评表.
 */
function readCompositionCells(ctx: Ctx, env: Env, cells: GCell[], unit: MoneyUnit, from: number, out: GridResult) {
	// (only under a form that names the two compositions)
	if (!cells.slice(from, from + 12).some((c) => /^按(收入|支出)性质分?[:：]?/.test(c.key))) return;
	// (cells that OCR or a mirror ran together, "按收入性质分:60.00按支出性质分:55.00其中:一般公共预算:40.00…",
	// "公共财政拨款40.00基本支出32.00": one label:amount cell each)
	cells = [...cells.slice(0, from), ...compositionPairs(cells.slice(from, from + 30)), ...cells.slice(from + 30)];
	let seen = 0;
	const lines: BudgetLine[] = [];
	for (let k = from; k < cells.length && k < from + 30; k++) {
		const { cell, next } = joinedOnLine(ctx, cells, k);
		// (an amount that writes the form's unit after it, "其中:基本支出:1,206.5万元", is that amount)
		const m = cell.key.match(new RegExp(`^(?:其中[:：]?)?([\\u4e00-\\u9fa5]{2,20})[:：](${NUM})${unit === '万元' ? '(?:万元)?' : ''}$`));
		if (!m) {
			if (seen && cell.key && !/[:：]$/.test(cell.key) && cell.key !== '其中') break;
			k = next - 1;
			continue;
		}
		const label = m[1];
		// (found in the text as half-width: a form written in full-width digits has its amount where the key has it)
		const at = toHalfWidth(cell.text).lastIndexOf(m[2]);
		if (at < 0) {
			k = next - 1;
			continue;
		}
		const num = cell.text.slice(at, at + m[2].length);
		const money = () => ctx.money(num, unit, cell.start, cell.start + at + num.length, 0.75, 'grid.composition');
		const base = { scope: 'all' as Scope, stage: 'final' as const, year: env.year };
		let line: BudgetLine | undefined;
		if (/^按收入性质分?$|^收入合计$/.test(label)) line = { flow: 'income', breakdown: 'total', item: '合计', ...base, amount: money() };
		else if (/^按支出性质分?$|^支出合计$/.test(label)) line = { flow: 'expenditure', breakdown: 'total', item: '合计', ...base, amount: money() };
		else if (/^一般公共预算(财政)?(拨款)?(收入)?$|^公共财政拨款(收入)?$/.test(label)) line = { flow: 'income', breakdown: 'source', item: '一般公共预算财政拨款收入', ...base, scope: 'general_public', amount: money() };
		else if (/^政府性基金(预算)?(财政)?拨款(收入)?$/.test(label)) line = { flow: 'income', breakdown: 'source', item: '政府性基金预算财政拨款收入', ...base, scope: 'fiscal', amount: money() };
		else if (/^其他资金$|^其他收入$/.test(label)) line = { flow: 'income', breakdown: 'source', item: label, ...base, scope: 'other', amount: money() };
		else if (/^(基本支出|项目支出)$/.test(label)) line = { flow: 'expenditure', breakdown: 'nature', item: label, ...base, amount: money() };
		// (a target table's 年度预算申请 block opens with its 资金总额: the spending asked for)
		else if ((env.kind === 'target_table' || env.kind === 'project_target_table') && /^资金总额$/.test(label) && !seen) line = { flow: 'expenditure', breakdown: 'total', item: '合计', ...base, amount: money() };
		if (line) {
			lines.push(line);
			seen++;
		}
		k = next - 1;
	}
	// the parts are of the budget where they make the funds row's budget and not its 执行数 (the
	// composition of a 年度预算申请 block; where both agree, of the year's actuals as before)
	const total = (stage: 'initial' | 'adjusted' | 'final') => out.budget.find((l) => l.breakdown === 'total' && l.flow === 'expenditure' && l.stage === stage && ctx.prov.get(l.amount)?.rule === 'grid.funds')?.amount.wan;
	const budgetTotal = total('adjusted') ?? total('initial');
	const finalTotal = total('final');
	const groups = [lines.filter((l) => l.flow === 'income' && l.breakdown === 'source'), lines.filter((l) => l.flow === 'expenditure' && l.breakdown === 'nature')].filter((g) => g.length >= 2);
	const near = (a: number, b: number | undefined) => b !== undefined && Math.abs(a - b) < 0.01;
	const sums = groups.map((g) => g.reduce((a, l) => a + l.amount.wan, 0));
	// (where the parts make both the budget and the 执行数, a block under a 年度预算申请 header is the budget
	// the form asked for; a target table's block is its initial budget)
	const asked = cells.slice(Math.max(0, from - 16), from).some((c) => /年度预算申请/.test(c.key));
	const ofBudget = sums.length > 0 && sums.every((x) => near(x, budgetTotal));
	const ofFinal = sums.length > 0 && sums.every((x) => near(x, finalTotal));
	const stage: BudgetLine['stage'] | undefined = env.kind === 'target_table' || env.kind === 'project_target_table' ? 'initial' : ofBudget && (!ofFinal || asked) ? 'budget' : undefined;
	if (stage) for (const l of lines) (l as { stage: BudgetLine['stage'] }).stage = stage;
	out.budget.push(...lines);
}

/** Label:amount cells of a composition block, one a cell: a cell holding several run together
 * ("按收入性质分:60.00按支出性质分:55.00其中:一般公共预算:40.00", "公共财政拨款40.00基本支出32.00") cut into
 * one cell a pair, each keyed "label:amount" and placed at its characters in the source. */
function compositionPairs(cells: GCell[]): GCell[] {
	const LABEL = String.raw`(?:其中[:：]?)?(?:按收入性质分?|按支出性质分?|资金总额|一般公共预算(?:财政)?(?:拨款)?(?:收入)?|公共财政拨款(?:收入)?|政府性基金(?:预算)?(?:财政)?拨款(?:收入)?|纳入(?:财政)?专户管理的非税收入拨款|其他资金|其他收入|基本支出|项目支出)`;
	const PAIR = new RegExp(String.raw`(${LABEL})[:：]?(${NUM})?(?=${LABEL}|$)`, 'g');
	const out: GCell[] = [];
	for (const c of cells) {
		const pairs = [...c.key.matchAll(PAIR)];
		// (the whole cell is pairs, two at least, or one label run straight into its amount)
		const whole = pairs.length > 0 && pairs.map((m) => m[0]).join('') === c.key;
		if (!whole || (pairs.length === 1 && /[:：]/.test(c.key))) {
			out.push(c);
			continue;
		}
		// (a key index to the text: the key is the text without its spaces)
		const at: number[] = [];
		for (let i = 0; i < c.text.length; i++) if (!/\s/.test(c.text[i])) at.push(i);
		for (const m of pairs) {
			const a = at[m.index!] ?? 0;
			const e = (at[m.index! + m[0].length - 1] ?? c.text.length - 1) + 1;
			const label = m[1].replace(/[:：]$/, '');
			// (a cell of its own: not joined again with its neighbours on the line)
			out.push({ text: c.text.slice(a, e), key: m[2] ? `${label}:${m[2]}` : `${label}:`, start: c.start + a, end: c.start + e });
		}
	}
	return out;
}

/* ------------------------------------------------------------------ indicators */

type IndCol = 'l1' | 'l2' | 'name' | 'op' | 'target' | 'unit' | 'actual' | 'max' | 'score' | 'note';

function indCol(k: string, before?: IndCol[]): IndCol | undefined {
	// a target table with a long-term and an annual group of columns (Wuhan's 项目支出绩效目标表:
	// 二级指标(长期) … 指标值(年度)): the annual ones are the year's indicators, the long-term ones no column of them
	if (/[(（]长期[)）]$/.test(k)) return 'note';
	k = k.replace(/[(（]年度[)）]$/, '');
	if (/^一级指标$/.test(k)) return 'l1';
	if (/^二级指标$/.test(k)) return 'l2';
	if (/^三级指标(名称)?$|^指标名称$/.test(k)) return 'name';
	// (an operator or a polarity, 正向 / 反向, whatever the header calls it: read by content)
	if (/^指标性质$|^指标方向性?$|^(计算)?符号$|^指标值类型$/.test(k)) return 'op';
	if (/^(年度|年初|全年)?(指标值|目标值)|^预期(指标)?值|^绩效标准|^当年预期实现值/.test(k)) return 'target';
	if (/^(度量|计量)单位$|^单位$/.test(k)) return 'unit';
	if (/(完成值|实际值|实现值|完成情况|实际完成)/.test(k)) return 'actual';
	if (/^(分值|权重|满分)/.test(k)) return 'max';
	if (/^得分$|^得分[(（]/.test(k)) return 'score';
	if (/原因|偏差|改进措施|备注|计算方法|^指标值?(解释|说明|内容)$/.test(k)) return 'note';
	// (any other wording of these columns, by what the header means: indicators.ts COLUMN_HEADERS)
	const r = columnRole(k, !!before && (before.includes('l1') || before.includes('l2')) && !before.includes('name'));
	// (a rate column among them, 完成率 / 得分率, is read by no role here: a column to pass over, not the header's end)
	return r === 'completion' || r === 'rate' ? 'note' : r === 'initial' || r === 'adjusted' || r === 'final' ? undefined : r;
}

/** Level names, with the points a flowed table writes after them ("产出指标(50分)"). */
// (项目完成指标 and 项目效益指标: the 一级指标 of Sichuan's older 项目支出绩效目标申报表, for 产出 and 效益)
// (and its points as a range, "成本指标(0-20)分", Chongqing's 项目支出绩效目标审批表)
// (a template's fill-in note after a level, "数量指标(必填硬性指标)", "经济效益指标(选填)": Ningxia's
// 项目支出绩效目标申报表, and any form that marks its required levels so)
const FILL_NOTE = '\\((?:必填|选填)[\u4e00-\u9fa5]{0,6}\\)';
const LEVEL1 = new RegExp(`^(产出|效益|效果|满意度|成本|项目完成|项目效益)指标(\\(\\d+分\\)|\\(\\d+[-~]\\d+\\)分|${FILL_NOTE})?$`);
const LEVEL2 = new RegExp(`^${LEVEL2_NAME}等?(\\(\\d+分\\)|${FILL_NOTE})?$`);
const levelName = (k: string) => k.replace(/\(\d+分\)$|\(\d+[-~]\d+\)分$/, '').replace(new RegExp(`${FILL_NOTE}$`), '');
// (and a web page's furniture after the table: 扫一扫在手机打开当前页, [打印], [关闭])
const END_ROW = /^(扫一扫|\[?(打印|关闭|下载)\]?$|【(打印|关闭)】|分享到|上一篇|下一篇|合计|总分|评价结论|存在问题|改进措施|项目负责人|财务负责人|说明|其他需要说明|其他说明|财政部门审核意见|主管部门审核意见|填表人|填报人|单位负责人|项目名称$|预算规模及资金用途|单位[:：](万元|元)$|[\u4e00-\u9fa5]{2,16}\(盖章\))/;

function readIndicatorGrid(ctx: Ctx, env: Env, cells: GCell[], out: GridResult) {
	for (let i = 0; i < cells.length; i++) {
		if (indCol(cells[i].key) !== 'l1' && indCol(cells[i].key) !== 'l2') continue;
		const cols: IndCol[] = [];
		let j = i;
		for (;;) {
			if (j < cells.length && indCol(cells[j].key, cols)) cols.push(indCol(cells[j++].key, cols)!);
			// (a header broken over rows of bar-ended cells, "年度 指标值 |" / "||" / "实际 完成值 |": the
			// row end's empty cells between two header words are no columns)
			else if (cols.length && cells[j]?.key === '' && !cells[j].loose) {
				let e = j;
				while (e < cells.length && e < j + 4 && cells[e].key === '') e++;
				const next = cells[e] && indCol(cells[e].key, cols);
				const rowEnd = /^\|{2,}$/.test(ctx.lines[ctx.lineOf(cells[j].start)]?.raw.trim() ?? '');
				if (!next || next === 'l1' || next === 'l2' || !rowEnd) break;
				j = e;
			} else break;
		}
		// a header of two rows: the upper one's 年度指标值 spans the lower one's 指标性质 | 指标值 | 度量单位,
		// and its columns after that (实际完成值 | 分值 | 得分 | 原因) follow them (Yunnan's 公开14表
		// 项目支出绩效自评表, and every table that splits the target column so)
		if (!cols.includes('actual') && !cols.includes('max')) {
			const upper: IndCol[] = [];
			// (the upper row's trailing empty cells stand between the two)
			let b = i - 1;
			while (b >= 0 && b >= i - 12 && cells[b].key === '') b--;
			for (const stop = b - 10; b >= 0 && b >= stop && indCol(cells[b].key); b--) upper.unshift(indCol(cells[b].key)!);
			const t = upper.indexOf('target');
			if (t >= 0 && upper.slice(t + 1).some((c) => c === 'actual' || c === 'max' || c === 'score')) cols.push(...upper.slice(t + 1));
		}
		// a target table with one value column per place (西坪镇尧山村 | 桃舟乡吾培村 | …, a county's target
		// table of a fund spread over villages): the places' columns hold no target of the one indicator,
		// and its rows keep their names and levels only
		if (!cols.some((c) => c === 'target' || c === 'actual') && cols.includes('name')) {
			let p = j;
			while (p < cells.length && p < j + 20 && /^[\u4e00-\u9fa5]{2,12}[村镇乡县区市街道社区]$/.test(cells[p].key)) p++;
			if (p - j >= 2) {
				for (; j < p; j++) cols.push('note');
			}
		}
		const nameAt = cols.indexOf('name');
		if (nameAt < 0 || !(cols.some((c) => c === 'target' || c === 'actual') || cols.filter((c) => c === 'note').length >= 3)) continue;
		const after = cols.slice(nameAt + 1);
		// a form with columns of its own before the indicator columns (单位名称 | 项目名称 | 预算数 |
		// 年度目标 | 一级指标 …, Sichuan's 部门预算项目绩效目标申报表 of several projects): a row
		// that opens a project begins with those cells, and is read from its first level name
		const lineOf = (x: GCell) => ctx.lineOf(x.start);
		// (the row of a cell: its line, or where one cell a line each ends with a bar and a "||" line closes
		// the row — the cell-bar layout — the first line of its run of cells)
		const rowOf = (x: GCell) => {
			const n = lineOf(x);
			const barCell = (l: number) => /^(?!.* \| ).*\S \|$/.test(ctx.lines[l]?.raw.trimEnd() ?? '');
			if (!barCell(n)) return n;
			let b = n;
			while (b > 0 && barCell(b - 1)) b--;
			return b;
		};
		const headLine = rowOf(cells[i]);
		// (a run of bar cells may carry the table's merged left label, "绩效指标 |", over the header: there the
		// form's own columns are two or more)
		const leadCells = cells.slice(Math.max(0, i - 8), i).filter((x) => x.key && !indCol(x.key) && rowOf(x) === headLine);
		const lead = !cells[i].loose && leadCells.length >= (headLine === lineOf(cells[i]) ? 1 : 2);
		const isLevel = (x: GCell) => LEVEL1.test(x.key) || LEVEL2.test(x.key);
		let skipped = 0;
		// the leading columns' headers, and the money unit the form states above them ("金额单位:元")
		const leadHeads = lead ? cells.slice(Math.max(0, i - 8), i).filter((x) => x.key && rowOf(x) === headLine).map((x) => x.key) : [];
		const projCol = leadHeads.findIndex((h) => /^项目名称$/.test(h));
		const amtCol = leadHeads.findIndex((h) => /^(预算数|预算金额|资金总额|金额)$/.test(h));
		const unitAbove = cells.slice(Math.max(0, i - 20), i).map((x) => x.key.match(/单位[:：](万元|元)$/)?.[1]).find((u) => u) as MoneyUnit | undefined;
		/** a project's money from the cells a row opens with (aligned to the leading columns from the right) */
		const leadMoney = (pre: GCell[]) => {
			if (projCol < 0 || amtCol < 0 || !unitAbove) return;
			const money = (c: GCell | undefined) => c && /^\d{1,3}(,\d{3})*(\.\d+)?$|^\d+(\.\d+)?$/.test(c.key);
			// a row of the unit alone with its one amount, before any project: the sum of its projects
			if (!l1 && pre.length === 2 && money(pre[1]) && !money(pre[0])) {
				out.budget.push({ flow: 'expenditure', breakdown: 'nature', item: '项目支出', scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(pre[1].text, unitAbove, pre[0].start, pre[1].end, 0.7, 'grid.lead.total') });
				return;
			}
			const shift = leadHeads.length - pre.length;
			if (shift < 0 || shift > projCol) return;
			const name = pre[projCol - shift];
			const amt = pre[amtCol - shift];
			if (!name || !money(amt) || money(name) || name.key.length > 40) return;
			out.budget.push({ flow: 'expenditure', breakdown: 'project', item: name.text.trim(), parent: '项目支出', scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(amt!.text, unitAbove, name.start, amt!.end, 0.7, 'grid.lead.project') });
		};
		let l1: string | undefined;
		let l2: string | undefined;
		/** the line of the cell that set the level-2 name (a row that opens its block carries it) */
		let l2Line = -1;
		const rowsRead: Array<{ ind: Indicator; opened: boolean }> = [];
		/** the non-empty cells of a cell's line, from it on (a delimited table keeps one row a line) */
		const lineRest = (x: number) => cells.slice(x, x + 16).filter((y) => y.key !== '' && lineOf(y) === lineOf(cells[x]));
		const opensLine = (x: number) => x === 0 || cells.slice(Math.max(0, x - 16), x).every((y) => y.key === '' || lineOf(y) !== lineOf(cells[x]));
		const delimitedL2 = !cells[i].loose && cols.includes('l2') && nameAt > cols.indexOf('l2');
		// a 一级指标 the vocabulary does not know above the usual level-1 names, which then stand in the
		// 二级 column ("实施效果指标 | 产出指标 | 建设项目个数 | 1": the 中央预算内投资计划绩效目标表)
		const firstRow = cells.slice(j, j + 6).filter((x) => x.key !== '');
		const outerL1 = cols[0] === 'l1' && cols[1] === 'l2' && firstRow[0] && /^[\u4e00-\u9fa5]{2,6}指标$/.test(firstRow[0].key) && !/^(绩效|考核|评价|业绩)指标$/.test(firstRow[0].key) && !LEVEL1.test(firstRow[0].key) && !LEVEL2.test(firstRow[0].key) && LEVEL1.test(firstRow[1]?.key ?? '');
		let k = j;
		if (outerL1) {
			l1 = firstRow[0].key;
			k = cells.indexOf(firstRow[0], k) + 1;
		}
		while (k < cells.length) {
			let c = cells[k];
			if (lead && !c.loose && (k === 0 || rowOf(cells[k - 1]) !== rowOf(c)) && !isLevel(c) && !END_ROW.test(c.key)) {
				const line = rowOf(c);
				let m = k;
				while (m < cells.length && rowOf(cells[m]) === line && !isLevel(cells[m])) m++;
				const found = m < cells.length && rowOf(cells[m]) === line;
				leadMoney(cells.slice(k, m).filter((x) => x.key));
				if (found) c = cells[(k = m)];
				else if (!l1 && !l2 && skipped++ < 3) {
					// the form's own rows before the first indicator (the unit's total): not indicators
					k = m;
					continue;
				}
			}
			// a numbered section heading in plain text after a delimited table ("(三)存在的问题和原因"
			// under an indicator table of ` |` cells): the table has ended
			if (c.loose && !cells[i].loose && /^([(（][一二三四五六七八九十]{1,2}[)）]|[一二三四五六七八九十]{1,2}、)/.test(c.key)) break;
			if (END_ROW.test(c.key)) {
				// the 总分 row, or the 其他需要说明事项 cell that shares its row ("其他需要说明事项 | 无 | 总分 | 100 | 96")
				const later = /^其他/.test(c.key) ? cells.slice(k + 1, k + 4).findIndex((x) => x.key === '总分') : -1;
				// (the label may state the points, "总分(100分)")
				const t = /^(总分|合计)(\(\d{1,3}分\))?$/.test(c.key) ? k : later >= 0 ? k + 1 + later : -1;
				if (t >= 0 && !out.total) {
					// (the points and the score after the empty cells a delimited row keeps under the
					// indicator columns: "总分 | | | | | 100 | 97 |")
					const row = cells[t + 1] && lineOf(cells[t + 1]) === lineOf(cells[t]);
					const after = cells.slice(t + 1, t + 14).filter((x) => x.key !== '' && (!row || lineOf(x) === lineOf(cells[t])));
					out.total = totalRow(ctx, cells[t], after.slice(0, 2), cols.includes('score') && !cols.includes('max'));
					const g = after[2];
					if (out.total?.max && g && /^(优秀?|良好?|中等?|差|较差)$/.test(g.key)) out.grade = ctx.mark({ value: g.key.slice(0, 1) as Grade, quote: ctx.quote(cells[t].start, g.end) }, cells[t].start, g.end, 0.8, 'grid.total.grade');
				}
				break;
			}
			// 成本指标 is a level of its own in newer tables, a part of 产出指标 in older ones
			// (a level written twice, 一级 and 二级 both "满意度指标", is the 二级 the second time)
			if (LEVEL1.test(c.key) && l1 === levelName(c.key) && !l2 && k > 0 && cells[k - 1].key === c.key) {
				l2 = l1;
				k++;
				continue;
			}
			if (outerL1 && LEVEL1.test(c.key)) {
				l2 = levelName(c.key);
				l2Line = lineOf(c);
				k++;
				continue;
			}
			if (LEVEL1.test(c.key) && !(/^成本/.test(c.key) && (l1 === '产出指标' || l1 === '项目完成指标'))) {
				// (the merged level-1 cell printed on a middle row of its block, "产出指标 | 开设课程数量 | 220"
				// among the 数量指标 rows: the same level 1, its open level 2 goes on)
				const sameBlock = !!l2 && levelName(c.key) === l1 && !!cells[k + 1] && !LEVEL2.test(cells[k + 1].key) && !LEVEL1.test(cells[k + 1].key);
				l1 = levelName(c.key);
				// its points, when the table writes them ("产出指标(50分)"): a score node of the level
				const pts = c.key.match(/\((\d+)分\)$/);
				if (pts) {
					const at = writtenForm(c.text).lastIndexOf(pts[1]);
					out.nodes.push({ name: l1, level: 1, max: ctx.figure(c.text.slice(at, at + pts[1].length), '分', c.start, c.end, 0.8, 'grid.level.max') });
				}
				if (!sameBlock) l2 = undefined;
				k++;
				// (in a delimited table the cell after a row's level-1 cell is its level-2 cell, whatever
				// it is called: "效益指标(40分) | 社会效益 | …", "满意度指标(10分) | 群众 | …")
				if (delimitedL2 && !c.loose && !sameBlock) {
					const rest = lineRest(k);
					const n2 = rest[0];
					if (n2 && rest.length >= 2 && !LEVEL1.test(n2.key) && !LEVEL2.test(n2.key) && !isValue(n2.key) && /^[\u4e00-\u9fa5]{2,10}$/.test(n2.key)) {
						l2 = n2.text.trim();
						l2Line = lineOf(n2);
						k = cells.indexOf(n2, k) + 1;
					}
				}
				continue;
			}
			// a level the vocabulary does not know, written as one ("日效性指标", "群众满意度 指标"): a short
			// X指标 cell followed by a name and then a value is a 二级指标 of its own
			const unknownLevel = l1 && !LEVEL2.test(c.key) && /^[\u4e00-\u9fa5]{2,7}指标$/.test(c.key) && cells[k + 1] && !isValue(cells[k + 1].key) && !LEVEL1.test(cells[k + 1].key) && !LEVEL2.test(cells[k + 1].key) && cells[k + 2] && isValue(cells[k + 2].key.replace(/[\u4e00-\u9fa5]{1,4}$/, '').replace(/^[≥≤≧≦><=]+/, ''));
			// (a delimited row that opens with a short name, has a cell more than a row of its own columns
			// holds, or puts text where its points stand: that first cell is the level-2 cell,
			// "社会效益 | 使读者… | 独有… | 独有…" under 二级指标 | 三级指标 | 目标值 | 完成值 | 得分)
			const rowL2 = (() => {
				if (!delimitedL2 || c.loose || !l1 || LEVEL2.test(c.key) || !/^[\u4e00-\u9fa5]{2,10}$/.test(c.key) || !opensLine(k)) return false;
				const rest = lineRest(k);
				if (rest.length < 3 || rest.slice(1).every((x) => isValue(x.key))) return false;
				if (rest.length > 1 + after.length) return true;
				if (rest.length !== 1 + after.length) return false;
				const last = after[after.length - 1];
				return (last === 'score' || last === 'max') && !isNumber(rest[rest.length - 1].key);
			})();
			if (LEVEL2.test(c.key) || unknownLevel || rowL2) {
				l2 = rowL2 ? c.text.trim() : levelName(c.key);
				l2Line = lineOf(c);
				if (!l1) l1 = level1Of(c.key);
				// (a 效益 level under a 一级 cell the table left blank is no output's: the 一级 carried down
				// from 产出指标 stops at 社会效益 / 经济效益 / 生态效益 / 可持续影响, target tables of every province)
				else if (l1 === '产出指标' && level1Of(c.key) === '效益指标') l1 = '效益指标';
				k++;
				continue;
			}
			// the points of a level whose name the conversion lost ("(50分)"): a new level
			if (/^[(（]\d+分[)）]$/.test(c.key)) {
				l1 = undefined;
				l2 = undefined;
				k++;
				continue;
			}
			// the range of points a level's name broke onto its own line ("产出指标 / (40-50)分"): no name
			if (/^[(（]\d+-\d+[)）]分$/.test(c.key)) {
				k++;
				continue;
			}
			// a dash or an empty cell where a name would stand, a scoring note: no indicator
			// (a sub-indicator named after the one above it, "★其中:X人数(≥**人)", is a name)
			// (a name after the form's row ordinal, "指标1:…", is one even as a sentence: the ordinal vouches)
			const ordinal = ORDINAL.test(c.key);
			// (and, in a flowed table, a figure with its unit where a name should stand, "5亩": a value
			// of a row whose cells did not line up, no name)
			// (a year is a name's, "2022年全年")
			const unitFigure = c.loose && new RegExp(`^[≥≤><=]*${NUM}(%|[\u4e00-\u9fa5]{1,3})$`).test(c.key) && !/^(19|20)\d\d年/.test(c.key);
			// (a delimited cell right after its row's level-2 cell stands in the name column whatever it holds:
			// a 数量指标 that lists its counts as a sentence, "慰问A50人;B6户;C8家。", is that row's name)
			// (a figure in the cell after it: a sentence with no value after it is a goal's, not a row)
			const afterLevel = !c.loose && k > 0 && LEVEL2.test(cells[k - 1].key) && !!cells[k + 1] && isValue(cells[k + 1].key) && /\d/.test(cells[k + 1].key) && /[\u4e00-\u9fa5]{4}/.test(c.key);
			const vouched = ordinal || afterLevel;
			if (isBlank(c.key) || unitFigure || (!vouched && /[:：。]/.test(c.key.replace(KEY_MARK, '').replace(/^其中[:：]/, ''))) || c.key.length > (afterLevel ? 120 : ordinal ? 80 : 40)) {
				k++;
				continue;
			}
			// the merged cell of the indicator rows' group ("绩效指标" left of the levels): no row of its own
			// (nor a budget unit's code and name heading the next form of a page, "207101某区某局 | 单位:万元")
			if (c.key === '绩效指标' || /^\d{6,}[\u4e00-\u9fa5]/.test(c.key)) {
				k++;
				continue;
			}
			// rows whose level cells the conversion dropped, right under a delimited header (or a header one cell a line or space-joined, its rows too) ("贫困地区新增
			// 特色产业数量 | ≥1个 | ||||", Inner Mongolia's 绩效目标申报表): a name and a target, no levels
			const bare = !l1 && !l2 && (!c.loose || cells[i].loose) && !c.key.endsWith('指标') && !isValue(c.key) && cells[k + 1] && /^(≥|≤|>=|<=|>|<|=)?\d/.test(cells[k + 1].key) && (cells.slice(j, k).every((x) => x.key === '') || (out.indicators.length > 0 && !out.indicators[out.indicators.length - 1].level2));
			if (!l1 && !l2 && !bare) break;
			// (a delimited row that names no indicator under its level-2 cell, its values zeros, "成本指标(0-20)分 |
			// 经济成本指标 | 0 | 0.00% | 0 | 反映…": the cost rows a template leaves unfilled): passed over
			if (isValue(c.key) && !c.loose && k > 0 && LEVEL2.test(cells[k - 1].key) && /^0(\.0+)?%?$/.test(c.key)) {
				k++;
				while (k < cells.length && (isValue(cells[k].key) || /^0(\.0+)?%?$/.test(cells[k].key))) k++;
				// (and its explanation, the template's "反映…")
				if (k < cells.length && /^反映/.test(cells[k].key)) k++;
				continue;
			}
			if (isValue(c.key)) break; // a number where a name should stand: not this table
			// a filler a row's note cell left on a line of its own ("……"): no row
			if (/^[.…。·]+$/.test(c.key)) {
				k++;
				continue;
			}
			const name = c;
			// delimited cells: one per column; a flowed row holds no empty cells, so it ends at
			// its last numeric column, or earlier at the next level name
			const want = c.loose ? after.slice(0, Math.max(after.lastIndexOf('score'), after.lastIndexOf('max')) + 1).length || after.length : after.length;
			let vals: GCell[] = [];
			// a delimited row whose trailing note cell was left out ends at the next level's name
			const pointsEnd = Math.max(after.lastIndexOf('score'), after.lastIndexOf('max')) + 1;
			// (or at the next row's name: a text cell whose cells after it fill a row's columns up to its
			// points, "病虫害防治面积 | 3万亩 | 3万亩 | 7 | 7 | 森林抚育面积 | …", one cell a line)
			const pointsAt = (x: GCell | undefined) => !!x && isNumber(x.key) && !/%$/.test(x.key) && Number(x.key) <= 100;
			const opensRow = (v: number) => !isValue(cells[v].key) && cells[v].key.length <= 40 && after.slice(0, pointsEnd).every((col, idx) => (col === 'max' || col === 'score' ? pointsAt(cells[v + 1 + idx]) : !!cells[v + 1 + idx] && !isBlank(cells[v + 1 + idx].key)));
			// (a delimited row written a row a line, its name and values on one line: the row ends with
			// its line, whatever empty cells a converter left out after its last value, as tab-separated
			// text leaves them: "其中X面积\t2亩\t2亩" with the next row's name on the next line)
			// (a line that holds no more cells than a row: not a whole table flowed onto one line)
			const rowLine = !c.loose && /\t/.test(ctx.lines[lineOf(c)]?.raw ?? '') && lineRest(k).length >= 2 && (ctx.lines[lineOf(c)]?.raw.split('\t').length ?? 0) <= cols.length + 2;
			for (let v = k + 1; v < cells.length && vals.length < want; v++) {
				if (rowLine && lineOf(cells[v]) !== lineOf(c)) break;
				const level = LEVEL1.test(cells[v].key) || LEVEL2.test(cells[v].key) || END_ROW.test(cells[v].key);
				if (level && (c.loose || (pointsEnd > 0 && vals.length >= pointsEnd))) break;
				if (!c.loose && pointsEnd > 0 && vals.length >= pointsEnd && opensRow(v)) break;
				vals.push(cells[v]);
			}
			// a flowed row with a cell too few or too many cannot be aligned: its name only
			const isPoints = (v: GCell | undefined) => !!v && isNumber(v.key) && !/%$/.test(v.key) && Number(v.key) <= 100;
			const fits = (vs: GCell[]) => vs.length === want && after.every((col, idx) => idx >= want || (col !== 'max' && col !== 'score') || isPoints(vs[idx]));
			let aligned = !c.loose || fits(vals);
			let used = vals.length;
			// a flowed part's row of a name and two figures with their units, the next row's name after
			// them or the next level's ("其中X面积 4亩 4亩 其中Y面积 …", a one-cell-a-line or space-joined 绩效目标自评表):
			// its 指标值 and 实际值, as the delimited rows below read them
			if (!aligned && c.loose) {
				const mi = after.indexOf('max');
				const ti = after.indexOf('target');
				const ai = after.indexOf('actual');
				const unitValue = (v: GCell | undefined) => !!v && new RegExp(`^[≥≤><=]?${NUM}(%|[\u4e00-\u9fa5]{1,3})$`).test(v.key);
				if (mi >= 0 && ti === mi + 1 && ai === ti + 1 && mi === 0 && unitValue(vals[0]) && unitValue(vals[1]) && (vals.length === 2 || (vals[2] && !isValue(vals[2].key) && !unitValue(vals[2])))) {
					vals = [{ ...vals[0], text: '', key: '' }, vals[0], vals[1]];
					used = 2;
					aligned = true;
				}
			}
			if (!aligned) {
				// one cell short because points ran into the value after them: split where that is forced
				const fixed = splitPointsCell(vals.slice(0, want - 1), after);
				if (fixed && fits(fixed)) {
					vals = fixed;
					used = want - 1;
					aligned = true;
				}
			}
			// a part's row under a counted indicator that fills only its value columns, from the left
			// ("★补助种植面积 | 20 | 30亩 | 30亩 | 20" / "其中果树种植面积 | 2亩 | 2亩 | | |": Anhui's
			// 绩效目标自评表): two values with units where the points and the target should stand are its
			// 指标值 and 实际值; bare numbers could be points and leave the row as it is
			if (aligned && !c.loose) {
				const mi = after.indexOf('max');
				const ti = after.indexOf('target');
				const ai = after.indexOf('actual');
				const filled = vals.map((v, idx) => ({ v, idx })).filter((x) => !isBlank(x.v.key));
				const unitValue = (v: GCell) => new RegExp(`^[≥≤><=]?${NUM}(%|[\u4e00-\u9fa5]{1,3})$`).test(v.key);
				if (mi >= 0 && ti === mi + 1 && ai === ti + 1 && filled.length === 2 && filled[0].idx === mi && filled[1].idx === ti && filled.every((x) => unitValue(x.v))) {
					const blank = { ...vals[mi], text: '', key: '' };
					vals = vals.slice();
					vals[mi] = blank;
					vals[ti] = filled[0].v;
					vals[ai] = filled[1].v;
				}
			}
			k += 1 + used;
			if (!name.key) continue;
			// a template's placeholder row ("指标2", "……") with no value filled in: no indicator
			if (/^(指标\d{1,2}|[.…。·]+)$/.test(name.key) && vals.every((v) => isBlank(v.key) || /^[.…。·]+$/.test(v.key))) continue;
			const ind = indicatorOf(ctx, l1, l2, name, after, aligned ? vals : []);
			out.indicators.push(ind);
			rowsRead.push({ ind, opened: !name.loose && l2Line === lineOf(name) });
		}
		blockScores(rowsRead, out);
		i = k;
	}
}

/**
 * Indicator rows one a line with their cells joined by single spaces ("产出指标 数量指标 X工程 >=50平方米",
 * "修缮房屋 >=12间"), under a header of the same kind (一级指标 二级指标 三级指标 指标值 备注): each line's
 * last word is its target, a value with an operator, a % or a unit; the level names the line starts
 * with are its levels; the text between is the name as written, template hints ("( ≥**个 )") and all.
 * Read up to the first line that is no such row. Serves target forms (绩效目标申报表) that county
 * finance sites print as text, whose names hold spaces a cell reader would cut them at.
 */
function readSpacedRows(ctx: Ctx, cells: GCell[]): Indicator[] {
	const out: Indicator[] = [];
	const i = cells.findIndex((c) => c.loose && (indCol(c.key) === 'l1' || indCol(c.key) === 'l2'));
	if (i < 0) return out;
	const line = ctx.lineOf(cells[i].start);
	const cols = cells.slice(i).filter((c) => ctx.lineOf(c.start) === line).map((c) => indCol(c.key));
	const nameAt = cols.indexOf('name');
	const after = cols.slice(nameAt + 1);
	if (nameAt < 0 || after[0] !== 'target' || after.slice(1).some((c) => c !== 'note') || cols.some((c) => !c)) return out;
	const VALUE_WORD = new RegExp(`^(?:>=|<=|≥|≤|≧|≦|>|<|=)(?:${NUM})(?:%|${RATE_UNIT})?$|^(?:${NUM})(?:%|${RATE_UNIT})$`);
	let l1: string | undefined;
	let l2: string | undefined;
	for (const l of ctx.lines.slice(line + 1)) {
		if (l.blank) continue;
		const words = [...l.span.norm.matchAll(/\S+/g)];
		const last = words[words.length - 1];
		if (words.length < 2 || !VALUE_WORD.test(last[0])) break;
		let w = 0;
		for (; w < words.length - 1; w++) {
			// (成本指标 under 产出指标 is its level 2, as in the older tables)
			if (LEVEL1.test(words[w][0]) && !(/^成本/.test(words[w][0]) && l1 === '产出指标')) (l1 = levelName(words[w][0])), (l2 = undefined);
			else if (LEVEL2.test(words[w][0])) l2 = levelName(words[w][0]);
			else break;
		}
		if (w >= words.length - 1) break;
		const a = words[w].index!;
		const b = words[words.length - 2].index! + words[words.length - 2][0].length;
		const cell = (x: number, y: number): GCell => ({ text: l.span.text.slice(x, y), key: l.span.norm.slice(x, y).replace(/\s+/g, ''), start: l.span.map[x], end: l.span.map[y - 1] + 1 });
		const name = cell(a, b);
		if (name.key.length < 2 || /[:：。]/.test(name.key)) break;
		out.push(indicatorOf(ctx, l1, l2, name, ['target'], [cell(last.index!, last.index! + last[0].length)]));
	}
	return out;
}

/**
 * Scored indicator rows one a line with their cells joined by single spaces, under a header of the
 * same kind (一级指标 二级指标 三级指标 年度 实际 分值 得分 …, its 指标值 / 完成值 on a line of their
 * own): each row the level names it starts with, then exactly its name, target and outcome (three
 * words) and its points and score (two numbers, which a long row may carry on the next line, "7 7"),
 * then any 偏差原因 note. A row of fewer words, or whose fourth and fifth words are not points, cannot
 * be cut without guessing and is passed over; a level cell wrapped before its last word ("社会效益"
 * over a line "指标") is that level. Each form of a page reads from its header to its 总分 / 合计, or
 * to three rows in a row that are no such row. Serves county and city 项目支出绩效自评表 that
 * disclosure sites show as text ("指标2:修缮面积 500平方米 520平方米 10 10").
 */
function readSpacedScoredRows(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	const L = ctx.lines;
	const HEAD = /^(?:绩效指标\s+)?一级指标\s+二级指标\s+三级指标\s+(?:\S+\s+){1,4}分值\s+得分(\s|$)/;
	const PTS = /^\d{1,3}(\.\d+)?$/;
	const words = (n: number) => (n < L.length ? [...L[n].span.norm.matchAll(/\S+/g)] : []);
	const nextFilled = (n: number) => {
		let m = n + 1;
		while (m < L.length && L[m].blank) m++;
		return m;
	};
	/** the family of a level-2 name: the level 1 it belongs to */
	const familyOf = (l2: string) => (/^(数量|质量|时效|成本)/.test(l2) ? '产出指标' : /满意度/.test(l2) ? '满意度指标' : /效益|影响/.test(l2) ? '效益指标' : undefined);
	// (each form of a page of several: from each header to its 总分)
	for (let h = 0; h < L.length; h++) {
		if (L[h].tabbed || /\|/.test(L[h].raw) || !HEAD.test(L[h].span.norm.trim())) continue;
		let l1: string | undefined;
		let l2: string | undefined;
		let misses = 0;
		let n = h + 1;
		for (; n < L.length && misses < 3; n++) {
			const l = L[n];
			if (l.blank) continue;
			const ws = words(n);
			if (!ws.length || (ws.length === 1 && ws[0][0] === '指标')) continue;
			if (END_ROW.test(ws[0][0])) break;
			// (a level cell wrapped before its last word, "社会效益" over "指标": the row's next line is "指标")
			const m = nextFilled(n);
			const wrapped = words(m).length === 1 && words(m)[0][0] === '指标';
			let w = 0;
			for (; w < ws.length; w++) {
				const k = wrapped && !/指标$/.test(ws[w][0]) && (LEVEL1.test(ws[w][0] + '指标') || LEVEL2.test(ws[w][0] + '指标')) ? ws[w][0] + '指标' : ws[w][0];
				// (成本指标 under 产出指标 is its level 2, as in the older tables)
				if (LEVEL1.test(k) && !(/^成本/.test(k) && l1 === '产出指标')) (l1 = levelName(k)), (l2 = undefined);
				else if (LEVEL2.test(k)) {
					l2 = levelName(k);
					// (a level 2 of another level 1 than the one carried down: its level 1 is not written)
					if (l1 && familyOf(l2) && familyOf(l2) !== l1) l1 = undefined;
				} else break;
			}
			const rest = ws.slice(w);
			// (points and score on the next line, alone)
			let pts = rest.slice(3, 5);
			let ptsLine = n;
			if (rest.length === 3 && words(m).length === 2 && words(m).every((x) => PTS.test(x[0]))) {
				pts = words(m);
				ptsLine = m;
			}
			if (rest.length < 3 || pts.length !== 2 || !pts.every((x) => PTS.test(x[0]) && Number(x[0]) <= 100) || Number(pts[1][0]) > Number(pts[0][0]) || !(l1 || l2)) {
				misses++;
				continue;
			}
			misses = 0;
			if (ptsLine !== n) n = ptsLine;
			const cell = (ln: number, x: RegExpMatchArray): GCell => {
				const sp = L[ln].span;
				return { text: sp.text.slice(x.index!, x.index! + x[0].length), key: x[0], start: sp.map[x.index!], end: sp.map[x.index! + x[0].length - 1] + 1, loose: true };
			};
			const name = cell(l.n, rest[0]);
			if (name.key.length < 2 || PTS.test(name.key)) continue;
			out.push(indicatorOf(ctx, l1, l2, name, ['target', 'actual', 'max', 'score'], [cell(l.n, rest[1]), cell(l.n, rest[2]), cell(ptsLine, pts[0]), cell(ptsLine, pts[1])]));
		}
		h = n;
	}
	return out;
}

/**
 * Rows flowed onto a line with spaces under a header that starts at the indicator's name (三级指标 |
 * 年初目标值 | 实际完成值 | 得分, the level cells scrambled elsewhere by the conversion): each row its name,
 * whose pieces a wrapped cell left apart are joined ("支持服务贸易、服务外 包企业数量"), then one cell a
 * column. A row whose cells do not fit the columns (text values split by spaces, no telling where the
 * name ends) is passed over; reading stops at a level's name. Serves Hubei's 项目自评表 in .doc
 * mirrors, whose cells come out scrambled and joined by spaces.
 */
function readBareLooseRows(ctx: Ctx, cells: GCell[]): Indicator[] {
	const out: Indicator[] = [];
	const i = cells.findIndex((c) => c.loose && indCol(c.key) === 'name');
	if (i < 0) return out;
	const cols: IndCol[] = [];
	let j = i + 1;
	while (j < cells.length && (indCol(cells[j].key) || /^\([A-Z]\)$/.test(cells[j].key))) {
		if (indCol(cells[j].key)) cols.push(indCol(cells[j].key)!);
		j++;
	}
	if (!cols.includes('target') || !cols.includes('actual') || cols.some((c) => c === 'l1' || c === 'l2' || c === 'name')) return out;
	const want = cols.length;
	const isVal = (k: string) => new RegExp(`^(?:>=|<=|[≥≤><=])?${NUM}(%|以上|以下)*$`).test(k) || isValue(k);
	let k = j;
	while (k < cells.length && cells[k].loose) {
		if (LEVEL1.test(cells[k].key) || LEVEL2.test(cells[k].key) || END_ROW.test(cells[k].key)) break;
		// the name: the text cells up to the first value
		let v = k;
		while (v < cells.length && cells[v].loose && !isVal(cells[v].key) && v - k < 4) v++;
		const vals = cells.slice(v, v + want);
		const fits = v > k && vals.length === want && vals.every((c, x) => isVal(c.key) && (cols[x] !== 'score' && cols[x] !== 'max' ? true : isNumber(c.key) && Number(c.key) <= 100));
		if (!fits) {
			// pass over the row: up to the next run of values' end
			while (v < cells.length && cells[v].loose && !isVal(cells[v].key)) v++;
			while (v < cells.length && cells[v].loose && isVal(cells[v].key)) v++;
			if (v === k) break;
			k = v;
			continue;
		}
		const parts = cells.slice(k, v);
		if (parts.some((c) => LEVEL1.test(c.key) || LEVEL2.test(c.key) || /指标$/.test(c.key))) break;
		const name: GCell = { text: parts.map((c) => c.text).join(''), key: parts.map((c) => c.key).join(''), start: parts[0].start, end: parts[parts.length - 1].end, loose: true };
		out.push(indicatorOf(ctx, undefined, undefined, name, cols, vals));
		k = v + want;
	}
	return out;
}

/**
 * 得分 written once per 二级指标 block: in a delimited table where every row with a score is a row
 * that opens its block (its level-2 cell on its line), some block has further rows and none of those
 * has a score, the scores are the blocks': each becomes a level-2 node (score only) under its level-1
 * node, and the indicators keep none. Serves Hubei's 项目自评表 (年初目标值 | 实际完成值 | 得分 with the
 * 得分 cell merged down each block) and any table that scores its blocks so.
 */
function blockScores(rows: Array<{ ind: Indicator; opened: boolean }>, out: GridResult) {
	const scored = rows.filter((r) => r.ind.score);
	if (scored.length < 2 || !scored.every((r) => r.opened && r.ind.level1 && r.ind.level2)) return;
	// (a block with a row after its first, and no such row scored)
	const more = rows.some((r, x) => !r.opened && x > 0 && r.ind.level2 === rows[x - 1].ind.level2);
	if (!more || rows.some((r) => !r.opened && r.ind.score)) return;
	for (const { ind } of scored) {
		let top = out.nodes.find((n) => n.level === 1 && n.name === ind.level1);
		if (!top) out.nodes.push((top = { name: ind.level1!, level: 1 }));
		(top.children ??= []).push({ name: ind.level2!, level: 2, ...(ind.max ? { max: ind.max } : {}), score: ind.score! });
		delete ind.score;
		delete ind.max;
	}
}

/**
 * A flowed row one cell short, where a points column stands before the target and OCR ran the
 * two together ("20100% | 100%", "1020万元 | 20万元"): the cell is split only when its tail is
 * exactly the next cell (target and outcome written alike) and its head is points ≤ 100, so the
 * split is the one reading that gives the row its missing cell. Anything else stays unsplit.
 * Serves flowed and OCR-fused 项目支出绩效自评表 (分值 / 年度指标值 / 全年实际值 / 得分).
 */
function splitPointsCell(vals: GCell[], cols: IndCol[]): GCell[] | undefined {
	for (let i = 0; i + 1 < vals.length; i++) {
		if (cols[i] !== 'max' || cols[i + 1] !== 'target') continue;
		const v = vals[i];
		const next = vals[i + 1].key;
		if (!next || !v.key.endsWith(next) || v.key.length === next.length) continue;
		const head = v.key.slice(0, v.key.length - next.length);
		if (!/^(?:[1-9]\d?|100)(?:\.\d+)?$/.test(head) || writtenForm(v.text).replace(/\s+/g, '') !== v.key) return undefined;
		const cut = v.start + head.length;
		const a: GCell = { ...v, text: v.text.slice(0, head.length), key: head, end: cut };
		const b: GCell = { ...v, text: v.text.slice(head.length), key: v.key.slice(head.length), start: cut };
		return [...vals.slice(0, i), a, b, ...vals.slice(i + 1)];
	}
	return undefined;
}

/**
 * The 总分 row closing an indicator table: 分值 then 得分 ("总分 | 100 | 95"), or the two run
 * together by OCR ("总分100100"), split only where one reading has score ≤ points ≤ 100.
 */
function totalRow(ctx: Ctx, label: GCell, next: GCell[], scoreOnly = false): GridResult['total'] {
	const pts = (k: string) => /^(0|[1-9]\d*)(\.\d+)?$/.test(k) && Number(k) <= 100;
	const [a, b] = next;
	// a label that states the points, "总分(100分) | 96", over one number: the points and the score
	const lp = label.key.match(/^总分\((\d{1,3})分\)$/);
	if (lp && a && pts(a.key) && Number(a.key) <= Number(lp[1]) && writtenForm(a.text.trim()) === a.key && !(b && pts(b.key))) {
		const at = writtenForm(label.text).lastIndexOf(lp[1]);
		return { max: ctx.figure(lp[1], '分', label.start, label.start + at + lp[1].length, 0.75, 'grid.total.max'), score: ctx.figure(a.text.trim(), '分', label.start, a.end, 0.75, 'grid.total.score') };
	}
	// one number alone on the 总分 row of a table that has a 得分 column and no 分值 column (Yunnan's
	// 项目支出绩效自评表 scored 年初目标值 | 实际完成值 | 得分, "总分 | 71.5 |"): the total score
	if (scoreOnly && a && !b && pts(a.key) && solid(a, true)) return { score: ctx.figure(a.text.trim(), '分', label.start, a.end, 0.75, 'grid.total.score') };
	if (a && b && pts(a.key) && pts(b.key) && Number(b.key) <= Number(a.key)) {
		return { max: ctx.figure(a.text, '分', label.start, a.end, 0.8, 'grid.total.max'), score: ctx.figure(b.text, '分', label.start, b.end, 0.8, 'grid.total.score') };
	}
	// one cell "N分" alone after 总分 (a table without a points column): the total score
	const one = a?.key.match(/^(\d+(?:\.\d+)?)分$/);
	if (one && pts(one[1]) && (!b || isBlank(b.key) || !isValue(b.key))) {
		const at = writtenForm(a.text).indexOf(one[1]);
		return { score: ctx.figure(one[1], '分', label.start, a.start + at + one[1].length, 0.75, 'grid.total.score') };
	}
	if (!a || !/^\d+(\.\d+)?$/.test(a.key) || !solid(a) || pts(a.key)) return undefined;
	const reads = cutsOf(a.key, 2).filter(([m, sc]) => pts(m) && pts(sc) && Number(sc) <= Number(m));
	if (reads.length !== 1) return undefined;
	const [m, s] = reads[0];
	return { max: ctx.figure(m, '分', label.start, a.end, 0.75, 'grid.total.max'), score: ctx.figure(s, '分', label.start, a.end, 0.75, 'grid.total.score') };
}

/** A form's row ordinal before an indicator's name ("指标1:工程完工率", the national 项目支出绩效自评表 template). */
// (and a row's outline number, "一、示范区建立", "2、施用配方肥", "(3)培训人次", rows of a 数量指标 block
// numbered as the work plan lists them)
const ORDINAL = /^指[标標]\s*[\d０-９]{1,2}\s*[:：.．、]?\s*(?=[\u4e00-\u9fa5])|^(?:[一二三四五六七八九十]{1,2}|[\d０-９]{1,2})、\s*(?=[\u4e00-\u9fa5])|^[(（][\d０-９]{1,2}[)）]\s*(?=[\u4e00-\u9fa5])/;

/** Operators written as words in an operator column ("大于等于", Inner Mongolia's 项目支出绩效自评表). */
const OP_WORDS: [RegExp, string][] = [[/^大于等于$|^不低于$|^不少于$/, '≥'], [/^小于等于$|^不高于$|^不超过$|^不多于$/, '≤'], [/^等于$/, '='], [/^大于$|^高于$/, '>'], [/^小于$|^低于$/, '<']];
/** The operator an operator column's cell states, as a sign; a polarity (正向 / 反向) or anything else: none. */
function opSign(k: string): string | undefined {
	if (/^[=<>≤≥＝═]+$/.test(k)) return k;
	return OP_WORDS.find(([re]) => re.test(k))?.[1];
}

/** A date or a year written as a time limit's value ("2024年", "2024年6月", "完成时间为2024年6月30日"). */
const DATE_TEXT = /^(完成时间为|完成时间|于)?(19|20)\d\d年(\d{1,2}月(\d{1,2}日)?)?$/;

function indicatorOf(ctx: Ctx, l1: string | undefined, l2: string | undefined, name: GCell, cols: IndCol[], vals: GCell[]): Indicator {
	const at = (c: IndCol) => {
		const i = cols.indexOf(c);
		return i >= 0 && vals[i] && !isBlank(vals[i].key) ? vals[i] : undefined;
	};
	// (a compared value under 分值 / 得分 and a bare number under 指标值: the two swap, indicators.ts transposedTarget)
	const sw = (['max', 'score'] as const).find((c) => { const t = at('target'), p = at(c); return !!t && !!p && transposedTarget(t.key, p.key); });
	const get = (c: IndCol) => at(sw && c === 'target' ? sw : sw && c === sw ? 'target' : c);
	// a form's row ordinal ("指标1工程完工率", the national 项目支出绩效自评表 template) is not part of the name
	const ind: Indicator = { ...(l1 ? { level1: l1 } : {}), ...(l2 ? { level2: l2 } : {}), name: name.text.replace(KEY_MARK, '').replace(ORDINAL, '') };
	const nameUnit = unitOfName(name.text);
	const unitCell = get('unit');
	const unit = unitCell?.text.trim() || nameUnit;
	if (nameUnit) ind.unit = nameUnit;
	const t = get('target');
	if (t) {
		// the operator column, or either of two (指标性质 and 指标方向, one an operator, the other a polarity)
		const sign = cols.flatMap((col, i) => (col === 'op' && vals[i] ? [opSign(vals[i].key)] : [])).find((x) => x);
		const written = (sign ?? '') + t.key;
		const parsed = parseTarget(t.text, written, unit);
		const end = Math.max(t.end, unitCell?.end ?? 0);
		const target = { ...parsed, text: t.text, quote: ctx.quote(name.start, end) };
		// a 时效指标's target that is a date or a year ("2024年", "完成时间为2024年6月30日") is a date to finish by
		if (l2 === '时效指标' && target.op === 'text' && DATE_TEXT.test(t.key)) target.op = 'deadline';
		// (and a spreadsheet's date serial under a time a 时效指标 names, "完成时间 | = | 44,561": a date to finish by, as written)
		if (isDateSerial(l2, ind.name, t.key)) {
			delete target.value;
			delete target.unit;
			target.op = 'deadline';
		}
		if (unit && target.value !== undefined && !target.unit) target.unit = unit;
		ind.target = ctx.mark(target, name.start, end, 0.8, 'grid.indicator.target');
	}
	const a = get('actual');
	if (a) {
		// an outcome written like its target ("≥266米", "550万粒"): the number and its unit
		// (its unit as a target's is written: up to four characters, or a rate, "元/人*月")
		// (a rate with the word it is a rate of, "100%覆盖", is the rate; a storage size, "10TB", its figure)
		// (under 时效指标 a date or a year is the date it was done by: no figure, "2024年")
		// (a standard per unit, "每亩300": the number)
		const num = l2 === '时效指标' && DATE_TEXT.test(a.key) ? null : a.key.match(new RegExp(`^(?:≥|≤|>=|<=|>|<|=|每[\u4e00-\u9fa5]{1,2})?(${NUM})(%|百分比|TB|GB|MB|${RATE_UNIT})?$`)) ?? a.key.match(new RegExp(`^(?:≥|≤|>=|<=|>|<|=)?(${NUM})(%)[\u4e00-\u9fa5]{1,4}$`));
		// (a bound after the number, "2天以内", is no part of the unit)
		const written = num?.[2]?.replace(/(以内|之内|以下|及以上|以上)$/, '');
		const aUnit = written ? (/^(%|百分比)$/.test(written) ? '%' : written) : unit ?? ind.target?.unit;
		// (an amount in 元 under a name that says 万元: in 万元, indicators.ts yuanUnderWan)
		const actual = yuanUnderWan({ ...(num ? { value: Number(num[1].replace(/,/g, '')) } : {}), ...(num && aUnit ? { unit: aUnit } : {}), text: a.text, quote: ctx.quote(name.start, a.end) }, a.key, unit);
		ind.actual = ctx.mark(actual, name.start, a.end, 0.8, 'grid.indicator.actual');
	}
	// points are at most 100: a larger number is two cells run together, and the row is not read
	const pts = (c: GCell | undefined) => !!c && isNumber(c.key) && !/%$/.test(c.key) && Number(c.key) <= 100;
	const mx = get('max');
	if (mx && pts(mx)) ind.max = ctx.figure(mx.text, '分', name.start, mx.end, 0.8, 'grid.indicator.max');
	const sc = get('score');
	if (sc && pts(sc)) ind.score = ctx.figure(sc.text, '分', name.start, sc.end, 0.8, 'grid.indicator.score');
	// a bare 万 of a cost ("45万" under 成本指标, 项目总成本) is money: 万元
	if (/成本|资金|经费|投资|金额|费用/.test((l2 ?? '') + name.text)) {
		for (const f of [ind.target, ind.actual]) if (f && 'unit' in f && f.unit === '万') f.unit = '万元';
	}
	return ind;
}

/**
 * An allocation table: a header naming the rows' payee or project (项目名称, 村名, 乡镇名称, 单位名称) and
 * an amount column (金额, 分配金额, 下达资金), one row a payee, closed by its 合计. Each row is a cost line
 * of the fund named by its 项目名称 (or, without one, its payee), stage budget; read only where the
 * rows' amounts add up to the 合计 (which is their sum, not a line). Serves the 资金安排表 / 分配表 that
 * county allocation notices attach to a fund's target table (Fujian's and other provinces').
 */
function readAllocationTable(ctx: Ctx, env: Env, cells: GCell[], out: GridResult) {
	const NAME = /^(项目名称|村名|村居名称|乡镇名称|乡镇|单位名称|项目单位|实施单位|补助对象|市县\/单位名称|市县名称)$/;
	// (the budget classification columns of a provincial 预算表: their cells are codes, "2299999-其他支出")
	const CODE_COL = /^支出(功能|经济)分类(科目)?$/;
	const AMOUNT = /^(金额|分配金额|下达金额|安排金额|下达资金|安排资金|补助金额|资金)(\((万元|元)\))?$/;
	for (let i = 0; i < cells.length; i++) {
		// the header: consecutive cells of one row, among them a name column and an amount column
		if (!NAME.test(cells[i].key) && !/^序号$/.test(cells[i].key)) continue;
		let j = i;
		const head: string[] = [];
		// (a header cell's second line, "乡镇 / (社区)", is part of it)
		const word = (k: string) => NAME.test(k) || AMOUNT.test(k) || /^(序号|备注|(列支|支出|功能)?科目(编码)?|(资金)?用途|建设内容|项目内容|说明)$/.test(k) || /^[(（][\u4e00-\u9fa5]{1,4}[)）]$/.test(k) || CODE_COL.test(k);
		while (j < cells.length && j < i + 8 && word(cells[j].key)) head.push(cells[j++].key);
		const amt = head.findIndex((h) => AMOUNT.test(h));
		const names = head.map((h, x) => (NAME.test(h) ? x : -1)).filter((x) => x >= 0);
		if (amt < 0 || !names.length) continue;
		const nameCol = names.find((x) => head[x] === '项目名称') ?? names[names.length - 1];
		let unit: MoneyUnit | undefined = unitOfHeader(head[amt]);
		for (let b = Math.max(0, i - 3); b < i && !unit; b++) unit = unitOfHeader(cells[b].key);
		if (!unit) continue;
		const rows: Array<{ name: GCell; amount: GCell }> = [];
		let k = j;
		let total: GCell | undefined;
		// (a 合计 row first, under the header: the rows after it are its parts)
		let totalFirst: { label: GCell; amount: GCell } | undefined;
		if (/^合计$|^总计$/.test(cells[k]?.key ?? '') && isNumber(cells[k + amt]?.key ?? '') && cells.slice(k + 1, k + head.length).every((c, x) => x + 1 === amt || c.key === '')) {
			totalFirst = { label: cells[k], amount: cells[k + amt] };
			k += head.length;
		}
		while (k + head.length <= cells.length && rows.length < 60) {
			if (/^合计$|^总计$/.test(cells[k].key)) {
				total = cells.slice(k + 1, k + 4).find((c) => isNumber(c.key));
				break;
			}
			const row = cells.slice(k, k + head.length);
			const name = row[nameCol];
			const amount = row[amt];
			if (!name || !amount || !isNumber(amount.key) || /%$/.test(amount.key) || isValue(name.key) || name.key.length > 40) break;
			// (a code column holds a code: a row that does not is out of step)
			if (head.some((h, x) => CODE_COL.test(h) && !/^\d{3,7}\s*[-—]/.test(row[x]?.key ?? ''))) break;
			rows.push({ name, amount });
			k += head.length;
		}
		// a 合计 first and rows held in step by their code columns: an excerpt cut before its last row
		// still has its total and the rows it shows (a provincial 中央基建投资预算表)
		if (totalFirst && !total && rows.length >= 2 && head.some((h) => CODE_COL.test(h))) {
			out.budget.push({ flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(totalFirst.amount.text, unit, totalFirst.label.start, totalFirst.amount.end, 0.75, 'grid.allocation.total') });
			for (const r of rows) out.budget.push({ flow: 'expenditure', breakdown: 'cost', item: r.name.text.replace(/\s+/g, ''), scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(r.amount.text, unit, r.name.start, r.amount.end, 0.75, 'grid.allocation') });
			return;
		}
		let sum = rows.reduce((a, r) => a + Number(r.amount.key.replace(/,/g, '')), 0);
		// rows whose merged cells (a 序号 or a 乡镇 spanning two rows) dropped out, where the amount is the
		// last column and the name the column before it: each amount is a number after a text cell,
		// its name that cell ("1 | 甲镇 | 甲村 | 甲村食堂 | 5 | 乙村 | 乙村食堂 | 5 | 合计 | 10")
		// (the amount the last column but a remark's, "… | 金额 | 备注": a remark left empty is no cell
		// where empty cells drop out, one cell a line or joined by spaces)
		const amountLast = amt === head.length - 1 || head.slice(amt + 1).every((h) => /^(备注|说明)$/.test(h));
		if ((rows.length < 2 || !total) && amountLast && names.includes(amt - 1)) {
			rows.length = 0;
			total = undefined;
			for (k = j; k < cells.length && rows.length < 60; k++) {
				const c = cells[k];
				if (c.key === '') continue;
				if (/^合计$|^总计$/.test(c.key)) {
					total = cells.slice(k + 1, k + 4).find((x) => isNumber(x.key));
					break;
				}
				if (!isNumber(c.key)) {
					if (c.key.length > 40) break;
					continue;
				}
				const prev = cells.slice(j, k).reverse().find((x) => x.key !== '');
				if (prev && !isValue(prev.key) && !/%$/.test(c.key)) rows.push({ name: prev, amount: c });
			}
			sum = rows.reduce((a, r) => a + Number(r.amount.key.replace(/,/g, '')), 0);
		}
		if (rows.length < 2 || !total || Math.abs(sum - Number(total.key.replace(/,/g, ''))) > 0.005) {
			i = Math.max(i, k - 1);
			continue;
		}
		for (const r of rows) out.budget.push({ flow: 'expenditure', breakdown: 'cost', item: r.name.text.replace(/\s+/g, ''), scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(r.amount.text, unit, r.name.start, r.amount.end, 0.75, 'grid.allocation') });
		return;
	}
}

/**
 * The projects of a page holding several project forms: each "项目名称 X" label (X up to the next
 * label, 主管部门 / 实施单位) with where it stands, where at least two name different projects.
 * Serves 项目支出绩效自评表 exported together (one .docx of a unit's projects), in any cell layout.
 */
const forms = new WeakMap<Ctx, Array<{ name: string; start: number }>>();
export function projectForms(ctx: Ctx): Array<{ name: string; start: number }> {
	let got = forms.get(ctx);
	if (got) return got;
	const found: Array<{ name: string; start: number }> = [];
	for (const m of ctx.src.matchAll(/项目名称[ \t|:：]*\n?[ \t|]*([\u4e00-\u9fa5()（）、“”0-9A-Za-z]{2,40}?)[ \t|]*\n?[ \t|]*(?=主管部门|实施单位|项目单位|项目主管)/g)) {
		if (!/^(主管|实施|项目)/.test(m[1])) found.push({ name: m[1], start: m.index! });
	}
	got = new Set(found.map((f) => f.name)).size >= 2 ? found : [];
	forms.set(ctx, got);
	return got;
}

/**
 * The funds rows of several project forms on one page, each under its project: the form's total and
 * its 当年财政拨款 rows become the project's lines (scope all and fiscal), under 项目支出; the other
 * sources and the budget-execution score (one per form, and one record) are not kept.
 */
function fundsByProject(ctx: Ctx, out: GridResult) {
	const projects = projectForms(ctx);
	if (projects.length < 2) return;
	const lines: BudgetLine[] = [];
	for (const l of out.budget) {
		const at = ctx.prov.get(l.amount)?.start ?? -1;
		const p = [...projects].reverse().find((f) => f.start < at);
		if (!p || (l.breakdown !== 'total' && l.scope !== 'fiscal')) continue;
		lines.push({ ...l, breakdown: 'project', item: p.name, parent: '项目支出', scope: l.breakdown === 'total' ? 'all' : 'fiscal' });
	}
	out.budget = lines;
	out.nodes = [];
}

/**
 * Several project target forms on one page, each "项目名称 | X" then its "预算规模及资金用途 | 预算数 | N |
 * 其中:财政资金 | M | 其他资金 | [K]" row (the name and the "单位:万元" cell found in the text above the row): each form's 预算数 is the project's budget (a project of 项目支出) and
 * its 财政资金 the fiscal part of that project. Read only where two forms at least name different
 * projects, each row right after its name (within six cells), the amounts bare numbers under the
 * page's "单位:万元" cell, and the fiscal part not above the whole. Serves the 项目支出绩效目标表 that
 * a unit publishes together, one form per project, in any cell layout.
 */
function readFormBudgets(ctx: Ctx, env: Env, cells: GCell[], out: GridResult): boolean {
	const sq = (c: GCell | undefined) => (c?.key ?? '').replace(/\s+/g, '');
	const found: Array<{ name: string; label: GCell; whole: GCell; fiscalLabel: GCell; fiscal?: GCell; unit: MoneyUnit }> = [];
	for (let j = 0; j < cells.length - 1; j++) {
		if (sq(cells[j]) !== '预算数' || !/^预算规模/.test(sq(cells[j - 1]))) continue;
		// (the form's name and unit above its row, in the text: the cells may begin after them)
		const before = ctx.src.slice(Math.max(0, cells[j].start - 400), cells[j].start);
		const names = [...before.matchAll(/项目名称[ \t|:：]*(?:\n[ \t|]*)*([^\n|]+?)[ \t|]*\n/g)];
		const units = [...before.matchAll(/单位[:：]\s*(万元|元)/g)];
		if (!names.length || !units.length) continue;
		const name = names[names.length - 1][1].replace(/\s+/g, '');
		if (!/^[\u4e00-\u9fa5][\u4e00-\u9fa5()（）、0-9A-Za-z]{1,39}$/.test(name)) continue;
		const whole = cells[j + 1];
		if (!whole || !isNumber(whole.key) || /%$/.test(whole.key)) continue;
		// (the next cells not empty: a layout may keep a row's empty cells)
		let k = j + 2;
		while (k < Math.min(cells.length - 1, j + 6) && sq(cells[k]) === '') k++;
		// (and the label cut in two at its space, "其中:财政 | 资金", as a layout may cut it)
		const FISCAL = /^其中[:：]?财政(拨款)?资金$/;
		const cut = !FISCAL.test(sq(cells[k])) && FISCAL.test(sq(cells[k]) + sq(cells[k + 1])) ? 1 : 0;
		let v = k + 1 + cut;
		while (v < Math.min(cells.length - 1, k + 4) && sq(cells[v]) === '') v++;
		const fiscal = (cut || FISCAL.test(sq(cells[k]))) && cells[v] && isNumber(cells[v].key) && !/%$/.test(cells[v].key) ? cells[v] : undefined;
		if (fiscal && Number(fiscal.key.replace(/,/g, '')) > Number(whole.key.replace(/,/g, '')) + 0.005) continue;
		found.push({ name, label: cells[j], whole, fiscalLabel: cells[k], fiscal, unit: units[units.length - 1][1] as MoneyUnit });
	}
	if (new Set(found.map((f) => f.name)).size < 2) return false;
	for (const f of found) {
		out.budget.push({ flow: 'expenditure', breakdown: 'project', item: f.name, parent: '项目支出', scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(f.whole.text, f.unit, f.label.start, f.whole.end, 0.75, 'grid.form-budgets') });
		if (f.fiscal) out.budget.push({ flow: 'expenditure', breakdown: 'source', item: '财政资金', parent: f.name, scope: 'fiscal', stage: 'budget', year: env.year, amount: ctx.money(f.fiscal.text, f.unit, f.fiscalLabel.start, f.fiscal.end, 0.75, 'grid.form-budgets') });
	}
	return true;
}

/** Funds, the budget-execution score and indicators of the document's tables, by their headers. */
export function readGrid(ctx: Ctx, env: Env, from = 0, haveBudget = false): GridResult {
	// a page holding several projects' tables: the record's project is the one named, and what
	// stands before its name belongs to another
	const cells = cellStream(ctx).filter((c) => c.start >= from);
	const out: GridResult = { budget: [], nodes: [], indicators: [], tasks: [] };
	// the funds table of a project record (a department's budget tables are read by budget.ts)
	// (a whole-department self-evaluation table scores the same funds block: 年度资金总额 | 年初预算数 |
	// 全年执行数 | 分值 | 得分 — Guizhou's and Hunan's 部门整体支出绩效自评表)
	// (and, where the prose read a budget already, a self-evaluation table's scored funds row, 年度资金总额 |
	// 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分, which no budget sentence states: Hunan's
	// 部门整体支出绩效自评表 one cell a line)
	if (env.kind === 'project_self_evaluation' || env.kind === 'project_target_table' || env.kind === 'self_evaluation') readFunds(ctx, env, cells, out, env.kind === 'self_evaluation' && haveBudget);
	// (a funds table with 行次 and lettered columns: its rows are the table's, whatever prose read beside them)
	if (env.kind === 'project_self_evaluation' && !out.budget.length) readNumberedFunds(ctx, env, cells, out);
	// (a run-together funds row is the table's, whatever the prose beside it read: a transfer payment's
	// report run into its 绩效目标自评表)
	if (env.kind === 'project_self_evaluation' && !out.budget.length) readRunOnFunds(ctx, env, out);
	if (env.kind === 'project_self_evaluation' && !out.budget.length && !haveBudget) readGroupedFunds(ctx, env, out);
	if (env.kind === 'project_self_evaluation' && !out.budget.length && !haveBudget) readPlannedPairs(ctx, env, out);
	// a target table's budget as label | amount cells ("资金总额 | 1,560.00", "其中：财政拨款 | 1,500.00")
	// (several project target forms on one page: each form's budget under its project)
	// (a target form's sources written across, before the pairs reader could take a source header and the
	// figure under it for a pair)
	readSourceColumns(ctx, env, cells, out);
	if (env.kind === 'project_target_table' && !out.budget.length) readFormBudgets(ctx, env, cells, out);
	if ((env.kind === 'target_table' || env.kind === 'project_target_table') && !out.budget.length) readFundPairs(ctx, env, cells, out, haveBudget);
	if (env.kind === 'project_target_table' && !out.budget.length && !haveBudget) readYearColumnFunds(ctx, env, out);
	if (env.kind === 'project_target_table') readPlanCosts(ctx, env, cells, out);
	if (env.kind === 'project_target_table' || env.kind === 'target_table') readCostReckoning(ctx, env, cells, out);
	if (env.kind === 'project_self_evaluation') readSpendingDetail(ctx, env, cells, out);
	if ((env.kind === 'project_self_evaluation' || env.kind === 'self_evaluation') && !out.budget.length) readStagePairs(ctx, env, cells, out);
	if (env.kind === 'self_evaluation') readIncomeColumns(ctx, env, cells, out);
	// (an allocation notice's table stands before the target form that names the project: the whole text)
	if (env.kind === 'project_target_table' || env.kind === 'project_self_evaluation') readAllocationTable(ctx, env, [...cellStream(ctx)], out);
	if (env.kind === 'target_table' && !out.budget.length && !haveBudget) readCompositionRows(ctx, env, out);
	// (a department's target form whose 年度预算申请 block splits its 资金总额 by income and by spending,
	// 按收入性质分 | 按支出性质分: the national 部门整体支出绩效目标申报表, Hunan's counties; its title may
	// read 部门整体支出项目绩效目标申报表, and a block with 基本支出 is the department's whatever the title)
	if ((env.kind === 'target_table' || env.kind === 'project_target_table') && !out.budget.length && !haveBudget) {
		const at = cells.findIndex((c) => /^年度预算申请/.test(c.key));
		const unit = at >= 0 ? cells.slice(at, at + 3).map((c) => unitOfHeader(c.key)).find((u) => u) : undefined;
		if (unit) readCompositionCells(ctx, env, cells, unit, at + 1, out);
	}
	if (env.kind === 'target_table') readDutyRows(ctx, env, cells, out);
	readProjectResultRows(ctx, env, out);
	readProjectAmountLines(ctx, env, out);
	readEvaluatedProjects(ctx, env, out);
	readTrancheMatrix(ctx, env, out);
	readProjectBudgetList(ctx, env, cells, out);
	fundsByProject(ctx, out);
	readStageMatrix(ctx, env, cells, out);
	readFundStructure(ctx, env, cells, out);
	readStaffRow(ctx, cells, out);
	const spaced = readSpacedRows(ctx, cells);
	readIndicatorGrid(ctx, env, cells, out);
	if (spaced.length >= 3 && spaced.length >= out.indicators.length) out.indicators = spaced;
	if (!out.indicators.length) {
		const scored = readSpacedScoredRows(ctx);
		if (scored.length >= 3) out.indicators = scored;
	}
	if (!out.indicators.length) {
		const bare = readBareLooseRows(ctx, cells);
		if (bare.length >= 2) out.indicators = bare;
	}
	// rows whose cells OCR fused beyond any cutting: read from their right-hand anchors
	if (!out.indicators.length) {
		const fused = readFlaggedRows(ctx);
		out.indicators.push(...fused.indicators);
		if (!out.nodes.length) out.nodes.push(...fused.nodes);
	}
	if (!out.indicators.length) out.indicators = readWeightedRuns(ctx);
	// rows of a 三级指标 | 分值 | 指标值 | 实际值 | 得分 table flattened with no separator: the cells
	// the grid reader made of its line breaks are fragments, so the reading with more rows wins
	const runOn = readRunOnTable(ctx);
	if (runOn.indicators.length > out.indicators.length) out.indicators = runOn.indicators;
	if (runOn.nodes.length > out.nodes.length) {
		out.nodes = runOn.nodes;
		out.nodesFromRows = true;
	}
	if (!out.indicators.length) out.indicators = readSignedRows(ctx);
	if (!out.indicators.length) out.indicators = readFusedLines(ctx);
	if (!out.indicators.length) out.indicators = readOperatorRows(ctx);
	if (!out.indicators.length) out.indicators = readExplainedRows(ctx);
	if (!out.indicators.length) {
		const ord = readOrdinalRows(ctx);
		out.indicators = ord.indicators;
		if (ord.total && !out.total) out.total = ord.total;
	}
	if (!out.nodes.length) readPointsTree(ctx, cells, out);
	if (!out.nodes.length) readScoreGrid(ctx, cells, out);
	if (!out.nodes.length) {
		out.nodes = readFlowedScoreTable(ctx);
		if (out.nodes.length) out.nodesFromRows = true;
		// (its levels 投入 / 过程 …: the Hunan framework, whatever part of the table the excerpt keeps)
		if (out.nodes.length && out.nodes.every((n) => /^(投入|过程|产出|效果)$/.test(n.name))) out.framework = 'hunan';
	}
	return out;
}

/**
 * A score table whose three levels each carry their points, as cells in reading order (one cell a
 * paragraph): 一级指标 | 分值 | 二级指标 | 分值 | 三级指标 | 分值 | 得分, then each level's name and
 * points, each 三级指标 with its points and its score ("项目决策 | 20 | 项目目标 | 4 | 目标内容 | 4 | 4").
 * A name with one number opens a level (a level 1 where none is open, else a level 2 of the open level
 * 1), a name with two is a 三级指标 of the open level 2; a level closes when its children's points
 * make its own. Read only while the points add up so; stops at the first cell that fits no row (the
 * end of the table or of the excerpt). Serves the 绩效评价指标评分 tables of provincial 项目绩效自评表
 * (项目决策 / 项目管理 / 项目绩效) copied from Word.
 */
function readPointsTree(ctx: Ctx, all: GCell[], out: GridResult) {
	const cells = all.filter((c) => c.key !== '');
	const PTS = /^\d{1,3}(\.\d+)?$/;
	const HEAD = ['一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分'];
	const h = cells.findIndex((_, i) => HEAD.every((k, x) => cells[i + x]?.key === k || (k === '分值' && /^(权重|指标分值)$/.test(cells[i + x]?.key ?? '')) || (k === '得分' && cells[i + x]?.key === '自评得分')));
	if (h < 0) return;
	const nodes: ScoreNode[] = [];
	let l1: { node: ScoreNode; left: number } | undefined;
	let l2: { node: ScoreNode; left: number } | undefined;
	const fig = (name: GCell, c: GCell, rule: string) => ctx.figure(c.text, '分', name.start, c.end, 0.8, rule);
	const near = (a: number, b: number) => Math.abs(a - b) < 1e-6;
	let leaves = 0;
	for (let i = h + HEAD.length; i < cells.length; ) {
		const name = cells[i];
		if (PTS.test(name.key) || END_ROW.test(name.key) || name.key.length > 20) break;
		const a = cells[i + 1];
		const b = cells[i + 2];
		if (!a || !PTS.test(a.key)) break;
		const two = b && PTS.test(b.key);
		if (two) {
			// a 三级指标: its points, then its score (at most its points)
			if (!l2 || Number(b.key) > Number(a.key) || Number(a.key) > l2.left + 1e-6) break;
			(l2.node.children ??= []).push({ name: name.text, level: 3, max: fig(name, a, 'grid.points-tree.max'), score: fig(name, b, 'grid.points-tree.score') });
			l2.left -= Number(a.key);
			leaves++;
			if (near(l2.left, 0)) {
				l1!.left -= l2.node.max!.value;
				l2 = undefined;
				if (near(l1!.left, 0)) l1 = undefined;
			}
			i += 3;
			continue;
		}
		if (l2) break;
		const node: ScoreNode = { name: name.text, level: l1 ? 2 : 1, max: fig(name, a, 'grid.points-tree.level') };
		if (!l1) {
			nodes.push(node);
			l1 = { node, left: Number(a.key) };
		} else {
			if (Number(a.key) > l1.left + 1e-6) break;
			(l1.node.children ??= []).push(node);
			l2 = { node, left: Number(a.key) };
		}
		i += 2;
	}
	if (leaves < 3) return;
	out.nodes = nodes;
	out.nodesFromRows = true;
}

/**
 * A score table as delimited cells, one row per 三级指标 under level cells that carry their points:
 * 序号 | 一级指标 | 二级指标 | 三级指标 | 指标分值 | 指标解释 | 评分标准 | 自评得分, the level cells written
 * "规划 (15分)" in the first row of their group. A level's children are the levels that follow
 * until their points make its own; a row is its name, its points, the text cells, then the score
 * (the first number after the points that does not exceed them). Serves Anhui's 部门整体支出绩效
 * 评价自评表 (规划 / 执行 / 效果) and every province's table with these columns; also a fund's
 * 绩效评价自评表 whose level cells write their points bare ("决策(10)"), whose 二级指标 carry no
 * points (a name cell before the row's own name opens one) and whose score column is 评分.
 */
function readScoreGrid(ctx: Ctx, all: GCell[], out: GridResult) {
	// (read by content, not position: the empty cells a "|" line between cells leaves are no help)
	const cells = all.filter((c) => c.key !== '');
	// (the columns in any template's wording, by what the header means: indicators.ts columnRole)
	const h = cells.findIndex((c, i) => (c.key === '三级指标' || columnRole(c.key) === 'name') && cells.slice(Math.max(0, i - 3), i).some((x) => x.key === '一级指标' || columnRole(x.key) === 'l1'));
	if (h < 0) return;
	const ptsCol = cells.slice(h + 1, h + 9).findIndex((c) => /^(指标)?分值$|^标准分值$|^权重$/.test(c.key) || columnRole(c.key) === 'max');
	const scoreCol = cells.slice(h + 1, h + 12).findIndex((c) => /^(自评)?得分$|^(自评)?评分$/.test(c.key) || columnRole(c.key) === 'score');
	if (ptsCol < 0 || scoreCol <= ptsCol) return;
	const nodes: ScoreNode[] = [];
	let l1: ScoreNode | undefined;
	let l2: ScoreNode | undefined;
	let name: GCell | undefined;
	/** a name cell of the row before its own name: a 二级指标 written without points */
	let group: GCell | undefined;
	let leaf: ScoreNode | undefined;
	let bonus = 0;
	const pts = (n: ScoreNode): number => n.max?.value ?? (n.children ?? []).reduce((a, c) => a + pts(c), 0);
	const sum = (n: ScoreNode) => (n.children ?? []).reduce((a, c) => a + pts(c), 0);
	for (const c of cells.slice(h + scoreCol + 2)) {
		const k = c.key;
		if (END_ROW.test(k)) break;
		// a level cell, not a scoring rule that ends in its points ("年度工作计划是否完整可行(3分)")
		const level = /是否/.test(k) ? null : k.match(/^([\u4e00-\u9fa5]{2,12})[(（](\d+(?:\.\d+)?)分?[)）]$/);
		if (level) {
			const at = writtenForm(c.text).lastIndexOf(level[2]);
			const node: ScoreNode = { name: c.text.slice(0, c.text.search(/[(（]/)).replace(/\s+/g, ''), level: 1, max: ctx.figure(c.text.slice(at, at + level[2].length), '分', c.start, c.end, 0.8, 'grid.score.level') };
			if (!l1 || sum(l1) >= l1.max!.value - 1e-9) {
				l1 = node;
				l2 = undefined;
				nodes.push(node);
			} else {
				node.level = 2;
				l2 = node;
				(l1.children ??= []).push(node);
			}
			name = undefined;
			group = undefined;
			leaf = undefined;
			continue;
		}
		if (isNumber(k) && !/%$/.test(k)) {
			if (name && l1 && group && l1.max && !l1.children?.some((x) => x.max)) {
				// (only under a level whose children carry no points of their own)
				l2 = { name: group.text.replace(/\s+/g, ''), level: 2 };
				(l1.children ??= []).push(l2);
				group = undefined;
			}
			if (name && l1) {
				leaf = { name: name.text.replace(/\s+/g, ''), level: l2 ? 3 : 2, max: ctx.figure(c.text, '分', name.start, c.end, 0.8, 'grid.score.max') };
				(l2 ?? l1).children = [...((l2 ?? l1).children ?? []), leaf];
				name = undefined;
			} else if (leaf && !leaf.score && Number(k) <= leaf.max!.value + bonus) {
				leaf.score = ctx.figure(c.text, '分', c.start, c.end, 0.8, 'grid.score.score');
				leaf = undefined;
			}
			continue;
		}
		// a scoring rule that grants extra points ("…一个加1分，最多加2分"): the score may pass the points by them
		// (the rule stands before or after the points: gathered over the row, from its name on)
		for (const m of k.matchAll(/加(\d+(?:\.\d+)?)分/g)) bonus = Math.max(bonus, Number(m[1]));
		if (isBlank(k) || (leaf && !leaf.score)) continue;
		// a row's name: short, no sentence punctuation (the 指标解释 and 评分标准 cells are sentences)
		if (k.length <= 20 && !/[,，。;；:：、]/.test(k)) {
			group = name;
			name = c;
			bonus = 0;
		}
	}
	if (nodes.some((n) => n.children?.length)) {
		out.nodes = nodes;
		out.nodesFromRows = true;
	}
}


/** Column headers that follow a goal cell in a table and are never part of it. */
// (a numbered goal, "目标1:…", is the goal's text, not a header)
const GOAL_STOP = /^(绩效指标|[一二三]级指标|(年度)?(总体)?目标(?![\d一二三四五六七八九十]\s*[:：、.])|实际完成情况|完成情况|预期(绩效)?目标$)/;
/** A goal numbered in its table cell ("目标1:…;", "目标二：…"), Fujian's and Hunan's target tables. */
const NUMBERED_GOAL = /^目标[\d一二三四五六七八九十]\s*[:：、.]/;

/** The stated goal of a table layout: the first sentence-long cell after a 目标 label
 * ("项目年度目标 | 年度目标完成情况 | 严格执行…", "年度绩效目标 | …"). */
export function goalFromCells(ctx: Ctx): { text: string; quote: string } | undefined {
	const cells = cellStream(ctx);
	// (a form marks its required fields with "*": "*年度绩效总目标")
	const GOAL_LABEL = /^(项目)?(年度|总体|整体)?(总体)?(绩效)?总?目标$|^年度(绩效|主要)?目标|^总体目标|^绩效目标$|^(年初)?设定目标$|^本年度(绩效)?目标$|^预期目标$/;
	// (a saved page's SOURCE note above the text is no cell of the report: header.ts docText)
	const note = ctx.src.match(/^\s*SOURCE:[^\n]*\n(?:\s*-{3,}\s*\n)?/)?.[0].length ?? 0;
	for (let i = 0; i < cells.length; i++) {
		// (nor a page's index field whose value names the kind, "信息分类: | 项目绩效目标")
		if (cells[i].start < note || !GOAL_LABEL.test(cells[i].key.replace(/^\*/, '')) || /[:：]$/.test(cells[i - 1]?.key ?? '')) continue;
		// (the goal after its label in the label's own cell, "年度绩效目标:推进…": the text after the colon)
		// (matched in its written form, half-width and simplified, "年度績效目標："; a text wrapped onto the next
		// lines goes on over them until a sentence ends, a heading or a header starts)
		const wf = writtenForm(cells[i].text);
		const own = wf.length === cells[i].text.length ? wf.match(/^\s*(?:项目)?(?:年度|总体|本年度)(?:绩效)?目标\s*[:：]\s*/) : null;
		if (own && cells[i].text.length - own[0].length >= 8 && !/[:：]/.test(wf.slice(own[0].length, own[0].length + 8))) {
			const st = cells[i].start + own[0].length;
			let end = cells[i].end;
			let text = cells[i].text.slice(own[0].length);
			for (const d of cells.slice(i + 1, i + 8)) {
				if (/[。！!]\s*$/.test(text) || ctx.src.slice(end, d.start) !== '\n' || /^[(（]?[一二三四五六七八九十\d]{1,2}[)）、.．]/.test(d.key) || GOAL_STOP.test(d.key) || GOAL_LABEL.test(d.key)) break;
				text += d.text;
				end = d.end;
			}
			return ctx.mark({ text: text.replace(/\s*\n\s*/g, ''), quote: ctx.quote(st, end) }, st, end, 0.7, 'grid.goal');
		}
		// the column headers that may follow (年初设定目标 | 年度总体目标完成情况综述, 预期目标 |
		// 实际完成情况), then the first cell of text: the goal as set
		let j = i + 1;
		const heads: string[] = [];
		// (a header may state its period, "中期滚动目标(2019年--2021年)": the words without it)
		const headWords = (k: string) => k.replace(/\([^()]*\d{4}[^()]*\)$/, '');
		while (j < cells.length && j < i + 5 && headWords(cells[j].key).length <= 14 && /目标|完成情况|综述|实际完成|预期/.test(cells[j].key) && !NUMBERED_GOAL.test(cells[j].key)) heads.push(headWords(cells[j++].key));
		// (empty cells a web table leaves at the end of the header row are skipped)
		while (j < cells.length && j < i + 12 && cells[j].key === '') j++;
		// 总体目标 split into 中期目标 | 年度目标 (the 项目支出绩效目标表 of Hubei and others): the year's goal
		// is the text under 年度目标
		// (also 项目总目标 | 年度总体目标, the 绩效目标申报表 of fund notices)
		const annual = heads.findIndex((h) => /^年度(总体)?(绩效)?目标$/.test(h));
		if (heads.some((h) => /^(中期(滚动)?|项目总|长期|总|实施期)目标$/.test(h)) && annual > 0) {
			const at = cells.map((c, x) => x).slice(j, j + 2 * annual + 2).filter((x) => cells[x].key !== '').slice(0, annual + 1);
			if (at.length === annual + 1 && at.every((x) => cells[x].key.length >= 4 && !GOAL_STOP.test(cells[x].key) && !isValue(cells[x].key))) j = at[annual];
		}
		for (const [k, c0] of cells.slice(j, j + 3).entries()) {
			// the goal written after its label in the same cell ("年度目标:完成…"): the text after it
			const lab = c0.text.match(/^\s*(?:年度|总体|本年度)?(?:绩效)?目标\s*[:：]\s*/);
			const c = lab && c0.key.length - lab[0].replace(/\s+/g, '').length >= 4 ? { ...c0, text: c0.text.slice(lab[0].length), key: c0.key.slice(lab[0].replace(/\s+/g, '').length), start: c0.start + lab[0].length } : c0;
			// (nor the label's points on a cell of their own, "年度绩效目标 / (80分)")
			if (c.key.length < 4 || isValue(c.key) || /[:：]$/.test(c.key) || /^\(\d{1,3}分\)$/.test(c.key) || /说明|对照|填写|\(\d+字/.test(c.key) || GOAL_STOP.test(c.key) || (/^\*/.test(c.key) && GOAL_LABEL.test(c.key.slice(1)))) continue;
			// a table flowed onto one line with no separator was cut at its numbers: the goal runs on
			// over the pieces that touch it, up to the next column's header ("…采购种子 | 120 | 万粒,免费… | 绩效指标")
			let end = c.end;
			let text = c.text;
			if (NUMBERED_GOAL.test(c.key)) {
				// the goals numbered one a line: all of them, in order; a cell that starts again at a number
				// already read is the next column (实际完成情况 written as the goals again), not more goals
				const numbered = (key: string) => {
					const n = key.match(/^目标([\d一二三四五六七八九十])/)?.[1] ?? '';
					return /\d/.test(n) ? Number(n) : '一二三四五六七八九十'.indexOf(n) + 1;
				};
				const last = (key: string) => Math.max(...[...key.matchAll(/目标([\d一二三四五六七八九十])\s*[:：、.]/g)].map((m) => numbered(m[0])));
				let upTo = last(c.key);
				for (const d of cells.slice(j + k + 1, j + k + 12)) {
					// (a later goal whose colon the text lost, "目标2森林经营…": the next number, a digit, goes on)
					if (!(NUMBERED_GOAL.test(d.key) || /^目标\d[\u4e00-\u9fa5]/.test(d.key)) || numbered(d.key) <= upTo) break;
					upTo = last(d.key);
					end = d.end;
					text += d.text;
				}
			} else if (c.loose) {
				for (const d of cells.slice(j + k + 1, j + k + 40)) {
					if (!d.loose || GOAL_STOP.test(d.key) || d.start !== end) break;
					end = d.end;
					text += d.text;
				}
			}
			// (the cells' text, without the noise the quote keeps: pinyin glosses, stray tags)
			const q = ctx.quote(c.start, end);
			return ctx.mark({ text: text.replace(/\s*\n\s*/g, ''), quote: q }, c.start, end, 0.7, 'grid.goal');
		}
	}
	return undefined;
}

/**
 * The 年度履职目标 rows of a department's target table: 部门职能 | 年度目标任务 | 支出项目名称 |
 * 预算金额(万元), one row a line (Fujian's and Hubei's 部门整体支出绩效目标表, the national
 * template). Each row is a planned task, and its spending line: a project under 项目支出, or
 * 基本支出 / 项目支出 themselves. Rows are read only where their cells line up with the header's
 * (the same count, or fewer where the leading 部门职能 cell spans rows) and the amount is a number.
 */
function readDutyRows(ctx: Ctx, env: Env, cells: GCell[], out: GridResult) {
	const lineOf = (c: GCell) => ctx.lineOf(c.start);
	const byLine = new Map<number, GCell[]>();
	for (const c of cells) {
		if (!c.key) continue;
		const n = lineOf(c);
		const l = byLine.get(n);
		if (l) l.push(c);
		else byLine.set(n, [c]);
	}
	const lines = [...byLine.keys()].sort((a, b) => a - b);
	for (const [li, n] of lines.entries()) {
		const head = byLine.get(n)!.map((c) => c.key);
		const task = head.findIndex((k) => /^(年度)?(目标|重点工作|工作)任务$|^任务名称$/.test(k));
		const item = head.findIndex((k) => /^(支出)?项目名称$/.test(k));
		const amt = head.findIndex((k) => /^(预算)?(金额|资金|数)([(（](万元|元)[)）])?$|^预算(金额|数)/.test(k));
		// (the national template's 年度主要任务: 任务名称 | 主要内容 | 预算金额, with no spending line
		// named: each row a planned task and what it holds; its amount is no budget line of its own)
		const content = head.findIndex((k) => /^主要内容$|^工作内容$/.test(k));
		if (task >= 0 && item < 0 && content > task && amt > content) {
			for (const m of lines.slice(li + 1, li + 30)) {
				const row = byLine.get(m)!;
				if (row.some((c) => /^[一二三]级指标$|^绩效指标$|目标$/.test(c.key))) break;
				const shift = head.length - row.length;
				if (shift < 0 || shift > task) break;
				const at = (i: number) => row[i - shift];
				const a = at(amt);
				if (!a || !isNumber(a.key) || /%$/.test(a.key) || isValue(at(task).key)) break;
				out.tasks.push(ctx.mark({ kind: 'key', name: at(task).text.trim(), content: at(content).text.trim(), quote: ctx.quote(row[0].start, a.end) } as Task, row[0].start, a.end, 0.75, 'grid.tasks.national'));
			}
			break;
		}
		if (task < 0 || item < 0 || amt < 0 || !(task < item && item < amt)) continue;
		const unit = unitOfHeader(head[amt]) ?? '万元';
		for (const m of lines.slice(li + 1, li + 30)) {
			const row = byLine.get(m)!;
			if (row.some((c) => /^[一二三]级指标$|^绩效指标$/.test(c.key))) break;
			// (fewer cells: the leading ones span rows, and the row is read from the right)
			const shift = head.length - row.length;
			if (shift < 0 || shift > task) continue;
			const at = (i: number) => row[i - shift];
			const a = at(amt);
			if (!a || !isNumber(a.key) || /%$/.test(a.key)) continue;
			const name = at(task);
			const what = at(item).text.trim();
			const quote = ctx.quote(row[0].start, a.end);
			if (name.key && !isValue(name.key)) out.tasks.push(ctx.mark({ kind: 'plan', name: name.text.trim(), quote } as Task, row[0].start, a.end, 0.75, 'grid.duty.task'));
			const nature = /^(基本支出|项目支出)$/.test(at(item).key);
			const amount = ctx.money(a.text, unit, row[0].start, a.end, 0.75, 'grid.duty.amount');
			out.budget.push({ flow: 'expenditure', breakdown: nature ? 'nature' : 'project', item: what, ...(nature ? {} : { parent: '项目支出' }), scope: 'all', stage: 'initial', year: env.year, amount });
		}
		break;
	}
}

/**
 * A project's cost table with its reckoning: 成本构成 | 金额 | 测算(公式)依据 [| year columns], one row a cost,
 * its amount, then its reckoning as numbered lines "1.燃油费40次*300=12000元". Each row is a cost line of
 * the budget; each reckoning line whose product is the amount it states is a cost of that row (its
 * parent), where those parts add up to no more than the row. Serves the 项目预算 block of project
 * target tables (Hubei's 项目支出绩效目标申报表 and the like), in any cell layout.
 */
function readCostReckoning(ctx: Ctx, env: Env, cells: GCell[], out: GridResult) {
	for (let i = 0; i + 2 < cells.length; i++) {
		if (!/^成本(构成|明细|项目)$/.test(cells[i].key)) continue;
		const head = cells.slice(i + 1, i + 6).map((c) => c.key);
		const amt = head.findIndex((k) => /^(金额|预算(金额|数)?)(\((万元|元)\))?$/.test(k));
		if (amt < 0 || !head.some((k) => /^测算(\(公式\))?依据$|^(计算|测算)(公式|方法)$/.test(k))) continue;
		const unit: MoneyUnit = unitOfHeader(head[amt]) ?? '万元';
		let k = i + 1;
		while (k < cells.length && (cells[k].key === '' || /^(金额|预算|测算|计算|\d{4}年|备注)/.test(cells[k].key))) k++;
		const lines: BudgetLine[] = [];
		for (let rows = 0; k + 1 < cells.length && rows < 20; rows++) {
			const name = cells[k];
			const val = cells[k + 1];
			if (!/^[\u4e00-\u9fa5][\u4e00-\u9fa5()（）、]{1,24}$/.test(name.key) || !isNumber(val.key) || /%$/.test(val.key)) break;
			const row: BudgetLine = { flow: 'expenditure', breakdown: 'cost', item: name.key, scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(val.text, unit, name.start, val.end, 0.75, 'grid.cost-reckoning') };
			lines.push(row);
			k += 2;
			// the reckoning lines: "N.名称a单位*b=c元", kept where a × b = c
			const parts: BudgetLine[] = [];
			let sum = 0;
			while (k < cells.length && /^\d{1,2}[.、．]/.test(cells[k].key)) {
				const m = cells[k].key.match(new RegExp(`^\\d{1,2}[.、．]([\\u4e00-\\u9fa5]{1,12}?)(\\d+(?:\\.\\d+)?)[\\u4e00-\\u9fa5]{0,2}[*×xX](\\d+(?:\\.\\d+)?)[\\u4e00-\\u9fa5/]{0,4}=(${NUM})(万元|元)$`));
				if (m && Math.abs(Number(m[2]) * Number(m[3]) - Number(m[4].replace(/,/g, ''))) < 0.005) {
					const at = cells[k].text.lastIndexOf(m[4]);
					const money = ctx.money(m[4], m[5] as MoneyUnit, cells[k].start, at >= 0 ? cells[k].start + at + m[4].length : cells[k].end, 0.7, 'grid.cost-reckoning.part');
					sum += money.wan;
					parts.push({ flow: 'expenditure', breakdown: 'cost', item: m[1], parent: name.key, scope: 'all', stage: 'budget', year: env.year, amount: money });
				}
				k++;
			}
			if (sum <= row.amount.wan + 0.005) lines.push(...parts);
			while (k < cells.length && cells[k].key === '') k++;
		}
		out.budget.push(...lines);
		return;
	}
}

/**
 * The costs a target form's plan cell lists, each "what 需 N万元" ("…勘察设计审批需20万元;…检查需20万元;
 * …验收需10万元,合计50万元"): each is a cost of the project's budget. Read only in a cell labelled as the
 * plan or the reckoning of the money (项目实施计划, 资金测算依据, 资金使用计划), with two items at least,
 * and, where the cell states their 合计, only where they add up to it; the names in quotes before an
 * item (the project's own names: “…”、“…”项目…) are not the item's. Serves Shanxi's 项目支出绩效目标申报表
 * and every target form with such a cell.
 */
function readPlanCosts(ctx: Ctx, env: Env, cells: GCell[], out: GridResult) {
	for (let i = 0; i + 1 < cells.length; i++) {
		if (!/^(项目)?实施计划$|^资金(使用|测算)(计划|依据|说明)?$|^(项目)?(资金|预算)测算(依据)?$/.test(cells[i].key)) continue;
		const c = cells[i + 1];
		const t = ctx.src.slice(c.start, c.end);
		const items = [...t.matchAll(new RegExp(`(?:^|[;；。])\\s*([^;；。,，]{2,40}?)需(?:要)?(?:资金|经费)?\\s*(${NUM})\\s*(万元|元)`, 'g'))];
		if (items.length < 2) continue;
		const sum = t.match(new RegExp(`合计\\s*(${NUM})\\s*(万元|元)`));
		const wan = (n: string, u: string) => Number(n.replace(/,/g, '')) * MONEY_FACTOR[u as '元' | '万元'];
		if (sum && Math.abs(items.reduce((a, m) => a + wan(m[2], m[3]), 0) - wan(sum[1], sum[2])) > 0.005) continue;
		for (const m of items) {
			const at = m.index! + m[0].indexOf(m[1]);
			// (the project's own names in quotes before the item)
			const name = m[1].replace(/^(?:[“"][^”"]{1,20}[”"][、,，]?)+/, '').trim();
			if (name.length < 2) continue;
			const from = c.start + at + (m[1].length - m[1].replace(/^(?:[“"][^”"]{1,20}[”"][、,，]?)+/, '').length);
			const end = c.start + m.index! + m[0].length;
			const amount = ctx.money(m[2], m[3] as MoneyUnit, from, end, 0.75, 'grid.plan-costs');
			out.budget.push({ flow: 'expenditure', breakdown: 'cost', item: name, scope: 'all', stage: 'budget', year: env.year, amount });
		}
		return;
	}
}

/**
 * The 总体资金情况 block of a department's target form, its rows flowed with spaces: 收入构成 rows
 * (财政拨款, 其他资金, 合计) and then 支出构成 rows (基本支出, 项目支出, 合计), each "label 当年金额 占比
 * [近两年收支金额 …]" ("基本支出 93.5 75.99% 81.7 99.6"). A row is read where its label is followed by its
 * amount: a 合计 before 基本支出 is the income's, after it the spending's; the share beside the amount is
 * its 占比. Only where the spending's parts add up to its 合计 and every share is its amount ÷ that 合计,
 * and the income's 合计 is 100%. The earlier years' columns are left unread. Serves Hubei's 部门整体支出
 * 绩效目标申报表 as PDF text on mirrors.
 */
function readCompositionRows(ctx: Ctx, env: Env, out: GridResult) {
	// (the form one cell a paragraph or a line, Word tables copied into web pages: its cells from the unit
	// statement before the 收入 | 构成 header on, joined as one line of space-separated cells)
	const cells = cellStream(ctx);
	const spans = ctx.lines.map((l) => l.span);
	const head = cells.findIndex((c, x) => /^收入(构成)?$/.test(c.key) && (c.key === '收入构成' || cells[x + 1]?.key === '构成'));
	if (head >= 0) {
		const from = Math.max(0, cells.slice(0, head).map((c) => /单位[:：](万元|亿元|元)/.test(c.key)).lastIndexOf(true));
		if (head - from <= 40) spans.push(cellsSpan(cells.slice(from, head + 60)));
	}
	for (const span of spans) {
		const l = { span };
		const t = l.span.norm;
		const sq = t.replace(/\s+/g, '');
		if (!/收入构成/.test(sq) || !/支出构成/.test(sq) || !/占比/.test(sq)) continue;
		const unit = (t.match(/单位\s*[:：]\s*(万元|亿元|元)/)?.[1] ?? undefined) as MoneyUnit | undefined;
		if (!unit) continue;
		type Row = { label: string; a: number; amt: string; amtAt: number; share?: string; shareAt?: number; end: number };
		const rows: Row[] = [];
		const re = new RegExp(`(?<![\\u4e00-\\u9fa5])(财政拨款|合计|基本支出|项目支出)\\s+(${NUM})(?:\\s+(${NUM})%)?(?=\\s|$)`, 'g');
		for (const m of t.matchAll(re)) {
			const amtAt = m.index! + m[0].indexOf(m[2], m[1].length);
			const shareAt = m[3] !== undefined ? m.index! + m[0].lastIndexOf(m[3]) : undefined;
			rows.push({ label: m[1], a: m.index!, amt: m[2], amtAt, ...(m[3] !== undefined ? { share: m[3], shareAt } : {}), end: m.index! + m[0].length });
		}
		const spend = rows.findIndex((r) => r.label === '基本支出');
		if (spend < 0) continue;
		const num = (x: string) => Number(x.replace(/,/g, ''));
		const inc = rows.slice(0, spend);
		const exp = rows.slice(spend);
		const expTotal = exp.find((r) => r.label === '合计');
		const parts = exp.filter((r) => r.label === '基本支出' || r.label === '项目支出');
		if (!expTotal || parts.length !== 2 || Math.abs(parts[0] && parts.reduce((a, r) => a + num(r.amt), 0) - num(expTotal.amt)) > 0.011) continue;
		const shareFits = (r: Row, total: number) => {
			if (r.share === undefined) return true;
			const d = r.share.split('.')[1]?.length ?? 0;
			return Math.abs((num(r.amt) / total) * 100 - Number(r.share)) <= 0.5 * 10 ** -d + 1e-9;
		};
		if (![...parts, expTotal].every((r) => shareFits(r, num(expTotal.amt)))) continue;
		const incTotal = inc.find((r) => r.label === '合计' && r.share !== undefined && Number(r.share) === 100);
		// (an income 合计 row that states its shares only, "合计 | 100% | 100%": the 财政拨款 row is read where
		// its share is its amount ÷ the spending's 合计, the form's income and spending being one total)
		const fiscalOnly = !incTotal && !inc.some((r) => r.label === '合计') ? inc.find((r) => r.label === '财政拨款' && r.share !== undefined && num(r.amt) <= num(expTotal.amt) && shareFits(r, num(expTotal.amt))) : undefined;
		const emit = (r: Row, flow: BudgetLine['flow'], line: Pick<BudgetLine, 'breakdown' | 'item' | 'scope'>) => {
			const [q0] = srcRange(l.span, r.a, r.a + 1);
			const [, q1] = srcRange(l.span, r.a, r.end);
			const [a0, a1] = srcRange(l.span, r.amtAt, r.amtAt + r.amt.length);
			const b: BudgetLine = { flow, ...line, stage: 'initial', year: env.year, amount: ctx.money(ctx.src.slice(a0, a1), unit, q0, q1, 0.75, 'grid.composition') };
			if (r.share !== undefined && r.shareAt !== undefined) {
				const [s0, s1] = srcRange(l.span, r.shareAt, r.shareAt + r.share.length);
				b.share = ctx.figure(ctx.src.slice(s0, s1), '%', q0, q1, 0.75, 'grid.composition.share');
			}
			out.budget.push(b);
		};
		if (incTotal) {
			const fiscal = inc.find((r) => r.label === '财政拨款' && num(r.amt) <= num(incTotal.amt) && shareFits(r, num(incTotal.amt)));
			if (fiscal) emit(fiscal, 'income', { breakdown: 'source', item: '财政拨款', scope: 'fiscal' });
			emit(incTotal, 'income', { breakdown: 'total', item: '合计', scope: 'all' });
		}
		if (fiscalOnly) emit(fiscalOnly, 'income', { breakdown: 'source', item: '财政拨款', scope: 'fiscal' });
		for (const r of parts) emit(r, 'expenditure', { breakdown: 'nature', item: r.label, scope: 'all' });
		emit(expTotal, 'expenditure', { breakdown: 'total', item: '合计', scope: 'all' });
		return;
	}
}

/** Cells joined as one line of space-separated cells, each character mapped to the source (a cell's key
 * is its text without spaces: its characters map from the cell's start). */
function cellsSpan(cells: readonly GCell[]): Span {
	let norm = '';
	const map: number[] = [];
	for (const c of cells) {
		if (!c.key) continue;
		if (norm) {
			norm += ' ';
			map.push(map[map.length - 1] + 1);
		}
		const exact = toHalfWidth(c.text) === c.key;
		for (let i = 0; i < c.key.length; i++) map.push(exact ? c.start + i : i === c.key.length - 1 ? c.end - 1 : c.start);
		norm += c.key;
	}
	map.push((map[map.length - 1] ?? 0) + 1);
	return { text: norm, norm, map };
}

/**
 * A target form's money in two year columns, 上年度安排资金 | 本年度申请资金, each row a label and its
 * two amounts on a line of its own: the 项目资金申请 rows by level (合计, 中央资金 … 县级资金; a
 * level with no amounts is an empty row), then the 支出明细预算 rows by item, whose 合计 restates
 * the total. The previous year's column is that year's budget. Serves Hunan's 项目支出预算绩效目标
 * 申报表 and every form with the same two columns.
 */
function readYearColumnFunds(ctx: Ctx, env: Env, out: GridResult) {
	if (env.year === undefined) return;
	const year = env.year;
	let section: 'funds' | 'cost' | undefined;
	let unit: MoneyUnit = '万元';
	const row = new RegExp(`^\\s*([\u4e00-\u9fa5][\u4e00-\u9fa5\\s、()（）]{0,30}?)\\s+(${NUM})\\s+(${NUM})(?=\\s|$)`);
	for (const l of ctx.lines) {
		const t = l.span.text;
		const sq = t.replace(/\s+/g, '');
		if (/上年度?(安排|预算)?(资金|数)/.test(sq) && /本年度?(申请|安排|预算)(资金|数)?/.test(sq)) {
			section = /支出明细|明细预算|测算依据/.test(sq) ? 'cost' : 'funds';
			unit = unitOfHeader(sq) ?? unit;
			continue;
		}
		if (!section || l.blank) continue;
		const m = t.match(row);
		if (!m) {
			// a row with no amounts ("市级资金") stays in the table; anything else ends it
			if (!/^[\u4e00-\u9fa5\s]{2,20}$/.test(t.trim())) section = undefined;
			continue;
		}
		const label = m[1].replace(/\s+/g, '');
		const total = /^(合计|总计)$/.test(label);
		let line: Pick<BudgetLine, 'breakdown' | 'item' | 'scope'> | undefined;
		if (section === 'cost') line = total ? undefined : { breakdown: 'cost', item: label, scope: 'all' };
		else if (total) line = { breakdown: 'total', item: '合计', scope: 'all' };
		else if (/^(中央|省|市|县|区|自治区|本级|上级)级?(财政)?(资金|补助)/.test(label)) line = { breakdown: 'budget_level', item: label, scope: /财政/.test(label) ? 'fiscal' : 'all' };
		else line = fundRow(label);
		if (!line) continue;
		const q0 = l.span.map[t.search(/\S/)];
		const a0 = m.index! + m[0].length - m[3].length;
		const p0 = m.index! + m[0].lastIndexOf(m[2], m[0].length - m[3].length - 1);
		const q1 = l.span.map[a0 + m[3].length - 1] + 1;
		const y1 = l.span.map[p0 + m[2].length - 1] + 1;
		out.budget.push({ flow: 'expenditure', ...line, stage: 'budget', year, amount: ctx.money(m[3], unit, q0, q1, 0.75, 'grid.year-columns') });
		out.budget.push({ flow: 'expenditure', ...line, stage: 'budget', year: year - 1, amount: ctx.money(m[2], unit, q0, Math.max(y1, q1), 0.75, 'grid.year-columns') });
	}
}

/**
 * The budget of a target table written as label | amount cells under a header that states the
 * unit ("年度预算申请（万元）", "资金情况(万元)"): 部门整体支出绩效目标表 and 项目支出绩效目标表 of
 * every province. Each amount is the year's budget as planned (stage initial).
 */
function readFundPairs(ctx: Ctx, env: Env, cells: GCell[], out: GridResult, haveBudget: boolean) {
	let unit: MoneyUnit | undefined;
	// the form's own statement of its unit above its cells ("金额单位:万元"), for the whole form
	const docUnit = ctx.src.slice(0, 4000).match(/金额单位\s*[:：]?\s*(万元|亿元|元)/)?.[1] as MoneyUnit | undefined;
	let reach = 0;
	/** the line of a mid-term column's total (中期资金总额), whose pairs come first in each row */
	let midTerm: number | undefined;
	let lastRow: ReturnType<typeof fundRow>;
	let lastUnit: MoneyUnit | undefined;
	/** the source a bracketed ordinal row opened ("(一)财政拨款小计"), whose numbered rows are its parts */
	let group: string | undefined;
	/** the source whose row a 小计 cell closed ("财政拨款 | 小计 | 80"), and where */
	let subtotal: { item: string; at: number } | undefined;
	const first = out.budget.length;
	// a label and its amount in one cell ("资金总额: 250", "一、预算资金:250", one form cell a paragraph):
	// cut in two at the colon, as if the form had two cells
	const split: GCell[] = [];
	for (const c of cells) {
		const m = c.key.match(new RegExp(`^(.{2,20}?)[:：](${NUM})$`));
		if (!m || !fundRow(m[1])) {
			split.push(c);
			continue;
		}
		const at = c.text.search(/[:：]/);
		const num = c.text.slice(at + 1).trim();
		const n0 = c.text.indexOf(num, at + 1);
		split.push({ ...c, text: c.text.slice(0, at).trim(), key: m[1], end: c.start + at });
		split.push({ ...c, text: num, key: m[2], start: c.start + n0 });
	}
	cells = split;
	for (let i = 0; i < cells.length - 1; i++) {
		// (the unit on a cell of its own under the money's label: "项目资金申请 / (万元)")
		// (or the form's "单位:万元" cell just before its funds block: "单位:万元 | 资金申报计划 | 资金总额 | …")
		const u = /预算|资金|金额|支出/.test(cells[i].key) ? unitOfHeader(cells[i].key) : i > 0 && /^[(（](万元|亿元|元)[)）]$/.test(cells[i].key) && /预算|资金|金额/.test(cells[i - 1].key) ? unitOfHeader(cells[i].key) : /^单位[:：](万元|亿元|元)$/.test(cells[i].key) && cells.slice(i + 1, i + 4).some((c) => fundRow(c.key)?.breakdown === 'total') ? unitOfHeader(cells[i].key) : undefined;
		if (u) {
			unit = u;
			reach = i + 24;
		}
		// (a department's target table splits its money by nature beside its sources: "其中:基本支出 | 500")
		const nat = env.kind === 'target_table' ? cells[i].key.replace(/^其中[:：]?/, '').match(/^(基本支出|项目支出)[:：]?$/) : null;
		// (the parts of a source, read only under it: 政府性基金 / 国有资本经营预算 of 财政拨款, 事业收入 /
		// 经营性收入 of 自有资金)
		const partOf = group && /^\d{1,2}[、.．]\s*((政府性基金|国有资本经营)(预算)?(拨款|资金)?|(事业|经营性?)收入)[:：]?$/.test(cells[i].key) ? { item: '', breakdown: 'source' as const, scope: /收入[:：]?$/.test(cells[i].key) ? ('other' as const) : ('fiscal' as const) } : undefined;
		// (a level of government's money under the fiscal row, "财政资金 | N | 其中: | 省级财政 | N": part of it)
		const underFiscal = /^其中[:：]?$/.test(cells[i - 1]?.key ?? '') && lastRow?.item === '财政拨款支出';
		let row = fundRow(cells[i].key) ?? partOf ?? (nat ? { item: nat[1], breakdown: 'nature' as const, scope: 'all' as const } : undefined) ?? (/^其中[:：]?(当年|本年)/.test(cells[i].key) ? levelRow(cells[i].key) : undefined) ?? (underFiscal && /^(中央|省级?|市级?|县级?|区级?|自治区)财政$/.test(cells[i].key) ? { item: cells[i].key, breakdown: 'budget_level' as const, scope: 'fiscal' as const } : undefined);
		if (row) lastRow = row;
		// (a form with a mid-term column before the year's, "中期资金总额: | 90.00 | 年度资金总额: | 30.00", then
		// "其中:财政拨款 | 90.00 | 其中:财政拨款 | 30.00": a row's first pair is the mid-term money, not the year's)
		if (/^中期(资金|预算)?(总额|总预算|资金)[:：]?$/.test(cells[i].key)) midTerm = ctx.lineOf(cells[i].start);
		if (row && midTerm !== undefined && ctx.lineOf(cells[i].start) >= midTerm) {
			const line = ctx.lineOf(cells[i].start);
			const again = cells.slice(i + 1, i + 8).some((c) => c.key === cells[i].key && ctx.lineOf(c.start) === line);
			if (again) continue;
		}
		// two ordinal levels ("(一)财政拨款小计 | 6" over "1、一般公共预算 | 6", "2、政府性基金 | 0"): a
		// numbered row under a bracketed one is its part, named as written (Sichuan's 项目支出绩效目标申报表)
		let parent: string | undefined;
		if (row && /^[(（][一二三四五六七八九十]{1,2}[)）]/.test(cells[i].key)) group = row.item;
		else if (row && group && /^\d{1,2}[、.．]/.test(cells[i].key)) {
			const name = cells[i].key.replace(/^\d{1,2}[、.．]/, '').replace(/[:：]$/, '');
			row = { item: name, breakdown: 'source', scope: /^一般公共预算/.test(name) ? 'general_public' : row.scope };
			parent = group;
		} else if (!row || !/^\d{1,2}[、.．]/.test(cells[i].key)) group = row ? undefined : group;
		if (underFiscal && row?.breakdown === 'budget_level') parent = '财政拨款支出';
		// (the next non-empty cell; an amount may carry its own unit: "资金总额 | 500万元", Hubei's
		// 项目支出绩效目标表 one cell a line)
		let v = i + 1;
		while (v < cells.length - 1 && v < i + 3 && cells[v].key === '') v++;
		// (a source's subtotal cell between its label and its amount, "财政拨款 | 小计 | 80", its parts on the
		// rows below, "一般公共预算资金 | 80": the amount is the source's; the part of the same source right
		// under it is named as written, its part — Anhui's and Jiangsu's 项目支出绩效目标表 with 收入 rows)
		if (row && cells[v].key === '小计' && v < cells.length - 2) {
			subtotal = { item: row.item, at: i };
			v++;
			while (v < cells.length - 1 && v < i + 5 && cells[v].key === '') v++;
		} else if (row && subtotal && subtotal.item === row.item && subtotal.at < i && i <= subtotal.at + 4 && row.breakdown === 'source' && !parent) {
			const name = cells[i].key.replace(/^其中[:：]?/, '').replace(/[:：]$/, '');
			if (name !== '财政拨款' && /^[\u4e00-\u9fa5]{2,12}$/.test(name)) {
				parent = row.item;
				row = { item: name, breakdown: 'source', scope: /^一般公共预算/.test(name) ? 'general_public' : row.scope };
			}
		}
		const next = cells[v];
		// (a label that ends a header row of labels, "资金来源(万元) | 财政拨款 | 非税安排 | 上年结转 | 其他", over a
		// row of figures: the figure under it starts the next row and belongs to the row's first column, no pair)
		if (row && ctx.lineOf(next.start) !== ctx.lineOf(cells[i].start)) {
			const line = ctx.lineOf(cells[i].start);
			const mates = cells.slice(Math.max(0, i - 9), i + 1).filter((c) => c.key !== '' && ctx.lineOf(c.start) === line);
			if (mates.length >= 3 && !mates.some((c) => isNumber(c.key) || /\d/.test(c.key))) continue;
		}
		const own = next.key.match(new RegExp(`^(${NUM})(万元|亿元|元)$`));
		// an amount with its parts in brackets ("854万(A建设400万元,B建设295万元,C工程159万元)", written
		// twice by some converters, "854万854万(…)"; Hunan's 绩效目标申报表 one cell a paragraph): the
		// amount, and beside the total its parts, where they add up to it
		const rich = !own && row && env.kind === 'project_target_table' ? next.key.match(new RegExp(`^(${NUM})(万元|万|亿元|元)(?:\\1\\2)?(?:[(（]([^()（）]+)[)）])?$`)) : null;
		if (rich && (rich[2] === '万' || rich[3]) && !ctx.isUsed(next.start, next.end)) {
			const u = (rich[2] === '万' ? '万元' : rich[2]) as MoneyUnit;
			const amount = ctx.money(rich[1], u, cells[i].start, next.end, 0.8, 'grid.fund-pairs.parts');
			out.budget.push({ flow: 'expenditure', breakdown: row!.breakdown, item: row!.item, scope: row!.scope, stage: 'budget', year: env.year, amount });
			const parts = row!.breakdown === 'total' && rich[3] ? rich[3].split(/[,，、;；]/).map((p) => p.match(new RegExp(`^([\u4e00-\u9fa5]{2,20}?)(${NUM})(万元|万|元)$`))) : [];
			if (parts.length >= 2 && parts.every((p) => p && p[3] !== '元')) {
				const sum = parts.reduce((a, p) => a + Number(p![2]), 0);
				if (Math.abs(sum - amount.wan) < 0.01) for (const p of parts) out.budget.push({ flow: 'expenditure', breakdown: 'cost', item: p![1], scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(p![2], '万元', cells[i].start, next.end, 0.75, 'grid.fund-pairs.part') });
			}
			continue;
		}
		if (row && own) {
			const t = next.text.replace(/\s+/g, '');
			const amount = ctx.money(t.slice(0, own[1].length) === own[1] ? next.text.slice(0, next.text.indexOf(own[2].slice(0, 1))).trim() : own[1], own[2] as MoneyUnit, cells[i].start, next.end, 0.8, 'grid.fund-pairs');
			out.budget.push({ flow: 'expenditure', breakdown: row.breakdown, item: row.item, ...(parent ? { parent } : {}), scope: row.scope, stage: env.kind === 'project_target_table' ? 'budget' : 'initial', year: env.year, amount });
			continue;
		}
		// (bare amounts under a header's unit: only where the prose readers found no budget; a form
		// that states no unit takes the one the document gives the same amount elsewhere, "…资金500万元
		// 下达你们" above a 年度资金总额 | 500 form attached to a fund notice)
		// (a project's target form: its funds rows are the form's, whatever prose read beside them; an
		// amount the prose reader already placed is not read again)
		// the fund named before its amount in the cell ("其中:财政拨款 | 中央衔接推进乡村振兴补助资金(少数民族
		// 发展任务)50", Inner Mongolia's 绩效目标申报表): the amount is the row's; beside the total, the fund
		// is a level of government's money when its name says so
		const named = row && env.kind === 'project_target_table' && i <= reach ? next.key.match(new RegExp(`^([\u4e00-\u9fa5()（）]{4,40}?(?:资金|经费)(?:[(（][\u4e00-\u9fa5]{2,20}[)）])?)(${NUM})$`)) : null;
		if (named && unit && !ctx.isUsed(next.start, next.end)) {
			const amount = ctx.money(named[2], unit, cells[i].start, next.end, 0.75, 'grid.fund-pairs.named');
			if (row!.breakdown === 'total' && /^(中央|省级?|市级?|县级?|区级?)/.test(named[1])) out.budget.push({ flow: 'expenditure', breakdown: 'budget_level', item: next.text.slice(0, next.text.lastIndexOf(named[2])).trim(), scope: 'all', stage: 'budget', year: env.year, amount });
			else if (row!.breakdown !== 'total') out.budget.push({ flow: 'expenditure', breakdown: row!.breakdown, item: row!.item, scope: row!.scope, stage: 'budget', year: env.year, amount });
			continue;
		}
		if ((haveBudget && env.kind !== 'project_target_table') || !row || !isNumber(next.key) || /%$/.test(next.key)) continue;
		if (ctx.isUsed(next.start, next.end)) continue;
		// (the same amount, by value: "5.00" in the form is the "5万元" the text states; where the text states
		// that value in two units, neither)
		const statedUnits = !unit && !docUnit ? new Set([...ctx.src.matchAll(new RegExp(`(?<![\\d.,])(${NUM})\\s*(万元|亿元|元)`, 'g'))].filter((m) => Number(m[1].replace(/,/g, '')) === Number(next.key.replace(/,/g, ''))).map((m) => m[2])) : new Set<string>();
		const stated = statedUnits.size === 1 ? [...statedUnits][0] : undefined;
		// (and a zero of the block, "上年结转 | 0.00", the unit of the block's amounts read before it)
		const u1 = (i <= reach ? unit : undefined) ?? docUnit ?? (stated as MoneyUnit | undefined) ?? (i <= reach && Number(next.key.replace(/,/g, '')) === 0 ? lastUnit : undefined);
		if (!u1) continue;
		lastUnit = u1;
		const amount = ctx.money(next.text, u1, cells[i].start, next.end, 0.8, 'grid.fund-pairs');
		out.budget.push({ flow: 'expenditure', breakdown: row.breakdown, item: row.item, ...(parent ? { parent } : {}), scope: row.scope, stage: env.kind === 'project_target_table' ? 'budget' : 'initial', year: env.year, amount });
		reach = i + 24;
	}
	// (a funds block a 收入 cell opens, "项目资金(万元) | 收入 | 全年预算数 | 资金总额 | 80 | 财政拨款 | …", and
	// a 支出 cell closes: its rows are the project's income by source, named as income — the 项目支出绩效目标表
	// forms whose money is split into 收入 and 支出 halves)
	const opened = cells.findIndex((c, x) => c.key === '收入' && cells.slice(x + 1, x + 5).some((d) => fundRow(d.key)?.breakdown === 'total'));
	if (opened >= 0) {
		const closed = cells.findIndex((c, x) => x > opened && c.key === '支出');
		const [a, b] = [cells[opened].start, closed > opened ? cells[closed].start : Infinity];
		const INCOME: Record<string, string> = { 财政拨款支出: '财政拨款收入', 其他支出: '其他收入', 上年结转资金: '上年结转' };
		for (const l of out.budget.slice(first)) {
			const p = ctx.prov.get(l.amount);
			if (!p || p.start < a || p.start >= b) continue;
			l.flow = 'income';
			l.item = INCOME[l.item] ?? l.item;
			if (l.parent) l.parent = INCOME[l.parent] ?? l.parent;
		}
	}
}

/* ------------------------------------------------------------------ fund blocks */

/**
 * Funds given as blocks of labelled lines under a fund's heading, one block per fund (Chongqing
 * 中央对地方转移支付 绩效自评表 shown as text):
 *
 *   X资金合计(万元) 年度预算资金总额): 500.00      ← the total (its heading says 合计)
 *   其中:中央补助 300.00 / 市级资金 150.00 / 本级资金(包括结转结余) 50.00
 *   Y补助资金(万元)                               ← a fund of the total: a line of that name
 *   年度预算资金总额: 320.00 / 其中:中央补助 200.00 / …   (its parts: budget_level lines of Y)
 *
 * The heading must state 万元 and the block must open with 年度预算资金总额; a block whose total is
 * empty is skipped. Returns the lines and the source ranges they cover (a prose reader's reading of
 * the same "年度预算资金总额: N" lines gives way to these).
 */
export function readFundBlocks(ctx: Ctx, env: Env): { lines: BudgetLine[]; ranges: Array<[number, number]> } {
	const lines: BudgetLine[] = [];
	const ranges: Array<[number, number]> = [];
	const L = ctx.lines;
	const TOTAL = /年度预算资金总额[)）]?\s*[:：]\s*/;
	const PART = /^(?:其中\s*[:：]\s*)?([\u4e00-\u9fa5]{1,10}?(?:资金|补助|财政|拨款))(?:[(（][^()（）]{0,12}[)）])?\s+(\d[\d,]*(?:\.\d+)?)\s*$/;
	let haveTotal = false;
	for (let i = 0; i < L.length; i++) {
		const s = L[i].span;
		const m = TOTAL.exec(s.norm);
		if (!m) continue;
		// the heading: before the label on the same line, or the line before
		let head = s.norm.slice(0, m.index).trim();
		if (!head) {
			let j = i - 1;
			while (j >= 0 && L[j].blank) j--;
			head = j >= 0 ? L[j].span.norm.trim() : '';
		}
		const h = head.match(/^(.{2,40}?)\s*[(（]\s*万元\s*[)）]$/);
		if (!h) continue;
		const after = s.norm.slice(m.index + m[0].length);
		const num = after.match(/^(\d[\d,]*(?:\.\d+)?)\s*$/);
		if (!num) continue;
		const name = h[1].replace(/\s+/g, '');
		const isTotal = /合计|总计|总额/.test(name) || !haveTotal;
		if (isTotal && haveTotal) break;
		const at = m.index + m[0].length;
		const q0 = s.map[m.index];
		const q1 = s.map[at + num[1].length - 1] + 1;
		const item = isTotal ? '合计' : name;
		lines.push({ flow: 'expenditure', breakdown: isTotal ? 'total' : 'cost', item, scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(num[1], '万元', q0, q1, 0.8, 'grid.fund-blocks') });
		ranges.push([q0, q1]);
		haveTotal = true;
		for (let k = i + 1; k < L.length; k++) {
			if (L[k].blank) continue;
			const ps = L[k].span;
			const p = PART.exec(ps.norm.trim());
			if (!p) break;
			const lead = ps.norm.length - ps.norm.trimStart().length;
			const p0 = ps.map[lead];
			const p1 = ps.map[ps.norm.trimEnd().length - 1] + 1;
			const line: BudgetLine = { flow: 'expenditure', breakdown: 'budget_level', item: p[1], scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(p[2], '万元', p0, p1, 0.75, 'grid.fund-blocks.part') };
			if (!isTotal) line.parent = name;
			lines.push(line);
			ranges.push([p0, p1]);
			i = k;
		}
	}
	return { lines, ranges };
}

/* ------------------------------------------------------------------ stacked fund columns */

/**
 * A use's label in a spending-by-use table: its spaces dropped, and a closing bracket the text layer left
 * at its end with no opening one before it ("春节慰问]", a bookmark's or a comment's debris of Word and
 * PDF exports) dropped too. Serves the 项目支出明细 tables of project evaluation forms in any layout.
 */
export function useLabel(s: string): string {
	const t = s.replace(/\s+/g, '');
	return /[\]】]$/.test(t) && !/[\[【]/.test(t) ? t.slice(0, -1) : t;
}

/**
 * The 项目支出明细情况 table of project evaluation forms: a 支出内容 (支出项目, 经济科目) column, then
 * the planned and the actual spending (计划支出数 / 预算数, 实际支出数 / 执行数) and perhaps a voucher or
 * remark column, one row a use of the money, closed by its 支出合计. Each use is a cost line at each
 * stage its columns state; read only where every row has a figure in each stage column and each
 * column adds up to the 支出合计 row (which is their sum, not a line). Any cell layout: the cells are
 * the document's stream, empty cells skipped. Serves the 财政支出项目绩效评价（自评）报告 forms of
 * Zhejiang, Hunan and other provinces (二、项目支出明细情况).
 */
function readSpendingDetail(ctx: Ctx, env: Env, cells: GCell[], out: GridResult) {
	const ITEM = /^(支出内容|支出项目|支出明细|支出用途|开支内容|开支项目)(\((经济科目|用途)\))?$/;
	const stageOf = (k: string): BudgetLine['stage'] | 'other' | undefined =>
		/^(计划支出|预算支出|计划|预算)(数|金额)?(\((万元|元)\))?$/.test(k) ? 'budget' : /^(实际支出|实际|执行|决算|支出)(数|金额)?(\((万元|元)\))?$/.test(k) ? 'final' : /^(会计凭证号?|凭证号|备注|说明)$/.test(k) ? 'other' : undefined;
	for (let i = 0; i < cells.length; i++) {
		if (!ITEM.test(cells[i].key)) continue;
		let j = i + 1;
		const cols: Array<BudgetLine['stage'] | 'other'> = [];
		while (j < cells.length && cols.length < 5 && stageOf(cells[j].key)) cols.push(stageOf(cells[j++].key)!);
		const stages = cols.filter((c): c is BudgetLine['stage'] => c !== 'other');
		if (!stages.length || new Set(stages).size !== stages.length) continue;
		const heads = cells.slice(i, j).map((c) => c.key);
		const stated = heads.map(unitOfHeader).find((u) => u) ?? cells.slice(Math.max(0, i - 3), i).map((c) => unitOfHeader(c.key)).find((u) => u);
		let unit: MoneyUnit = stated ?? '万元';
		const rows: Array<{ label: GCell; vals: GCell[] }> = [];
		let total: GCell[] | undefined;
		let k = j;
		while (k < cells.length && rows.length < 40) {
			const c = cells[k];
			if (c.key === '') {
				k++;
				continue;
			}
			if (/^(支出)?(合计|总计)$/.test(c.key)) {
				const vals: GCell[] = [];
				for (let v = k + 1; v < cells.length && vals.length < stages.length; v++) {
					if (cells[v].key === '') continue;
					if (!isNumber(cells[v].key) || /%$/.test(cells[v].key)) break;
					vals.push(cells[v]);
				}
				if (vals.length === stages.length) total = vals;
				break;
			}
			// (a new section of the form: the table has ended)
			if (/^[一二三四五六七八九十]+、/.test(c.key) || isValue(c.key) || c.key.length > 40) break;
			const vals: GCell[] = [];
			let v = k + 1;
			for (; v < cells.length && vals.length < stages.length; v++) {
				if (cells[v].key === '') continue;
				if (!isNumber(cells[v].key) || /%$/.test(cells[v].key)) break;
				vals.push(cells[v]);
			}
			// (a remark cell between rows holds no figure: skipped; a row without its figures ends the table)
			if (vals.length === stages.length && /[\u4e00-\u9fa5]{2}/.test(c.key)) rows.push({ label: c, vals });
			else if (vals.length) break;
			k = vals.length === stages.length ? v : k + 1;
		}
		if (!total || rows.length < 2) continue;
		const num = (c: GCell) => Number(c.key.replace(/,/g, ''));
		// (to the cent a report's rounding leaves, ±0.01 as the audit tolerates)
		if (stages.some((_, x) => Math.abs(rows.reduce((a, r) => a + num(r.vals[x]), 0) - num(total![x])) > 0.0101)) continue;
		// (no unit stated: in 元 where the form states its total spending in 万元 as this 支出合计 ÷ 10,000, "实际支出
		// (万元) | 55" above "支出合计 | 550000", and nowhere as the 支出合计 itself)
		if (!stated) {
			const t0 = num(total[total.length - 1]);
			const all = cellStream(ctx);
			const inWan = (v: number) => all.some((c, x) => isNumber(c.key) && !/%$/.test(c.key) && Math.abs(Number(c.key.replace(/,/g, '')) - v) < 0.005 && all.slice(Math.max(0, x - 3), x).some((h) => /万元/.test(h.key)));
			if (t0 > 0 && inWan(t0 * MONEY_FACTOR['元']) && !inWan(t0)) unit = '元';
		}
		for (const r of rows) {
			stages.forEach((stage, x) => {
				out.budget.push({ flow: 'expenditure', breakdown: 'cost', item: useLabel(r.label.text), scope: 'all', stage, year: env.year, amount: ctx.money(r.vals[x].text, unit, r.label.start, r.vals[x].end, 0.75, 'grid.spending-detail') });
			});
		}
		return;
	}
}

/**
 * A 预算执行情况 block of label and amount cells: "预算数: | N | 执行数: | M | [R%]", then each source or
 * level written twice, once a stage ("其中:中央补助 | N1 | 其中:中央补助 | M1 | 地方资金/其他 | | 地方资金/其他 |").
 * The pair is the fund's total at the budget stage (adjusted where the block's heading says 调整后)
 * and spent, the rate after the spent amount its execution rate; each twice-written row a line of
 * the source (财政资金) or level (中央补助) it names at the two stages. Read only where the amounts sit
 * right after their labels and each row is written twice. Serves the 区域(项目)绩效自评表 and
 * 部门整体绩效自评表 that Hebei's and Sichuan's finance departments issue, in any cell layout.
 */
function readStagePairs(ctx: Ctx, env: Env, cells: GCell[], out: GridResult) {
	// (an amount written with its unit, "6.5万元", or the unit in the next cell, "6.5 | 万元")
	const amountAt = (x: number): { cell: GCell; next: number } | undefined => {
		const c = cells[x];
		const m = c?.key.match(new RegExp(`^(${NUM})(万元)?$`));
		if (!c || !m) return undefined;
		const at = c.text.indexOf(m[1]);
		const cell = m[2] && at >= 0 ? { ...c, text: m[1], key: m[1], end: c.start + at + m[1].length } : c;
		return { cell, next: !m[2] && cells[x + 1]?.key === '万元' ? x + 2 : x + 1 };
	};
	for (let i = 0; i < cells.length; i++) {
		if (!/^预算(安排)?数[:：]$/.test(cells[i].key)) continue;
		const b = amountAt(i + 1);
		if (!b || !/^(执行|支出|实际支出)数[:：]$/.test(cells[b.next]?.key ?? '')) continue;
		const f = amountAt(b.next + 1);
		if (!f) continue;
		const heading = cells.slice(Math.max(0, i - 16), i).filter((c) => c.key).slice(-6).map((c) => c.key).join('');
		const stage: BudgetLine['stage'] = /调整后|全年预算/.test(heading) ? 'adjusted' : 'budget';
		const unit: MoneyUnit = cells.slice(Math.max(0, i - 12), i).map((c) => unitOfHeader(c.key)).filter((u) => u).pop() ?? '万元';
		let k = f.next;
		const rate = /^\d+(\.\d+)?%$/.test(cells[k]?.key ?? '') ? cells[k++] : undefined;
		// (the row's points or score after it, "执行数: | 6.2 | 20": not a row)
		if (/^\d+(\.\d+)?$/.test(cells[k]?.key ?? '')) k++;
		const money = (c: GCell, label: GCell) => ctx.money(c.key, unit, label.start, c.end, 0.75, 'grid.stage-pairs');
		const lines: BudgetLine[] = [
			{ flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage, year: env.year, amount: money(b.cell, cells[i]) },
			{ flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'final', year: env.year, amount: money(f.cell, cells[b.next]), ...(rate ? { execution_rate: ctx.figure(rate.key.replace('%', ''), '%', rate.start, rate.end, 0.75, 'grid.stage-pairs.rate') } : {}) }
		];
		// the rows: a label and its amount, the same label again and its amount (a blank where none is stated)
		for (let n = 0; n < 4 && k < cells.length; n++) {
			while (k < cells.length && cells[k].key === '') k++;
			const label = cells[k];
			if (!label || isValue(label.key) || /^\d/.test(label.key)) break;
			const t = label.key.replace(/^其中[:：]?/, '');
			const first = amountAt(k + 1);
			const again = first ? first.next : k + 1;
			// (a row with no amount: its label, then its unit alone or nothing, twice)
			const skipUnit = (x: number) => (cells[x]?.key === '万元' ? x + 1 : x);
			const second = cells[first ? again : skipUnit(again)];
			if (!second || second.key !== label.key) break;
			const last = amountAt((first ? again : skipUnit(again)) + 1);
			k = last ? last.next : skipUnit((first ? again : skipUnit(again)) + 1);
			if (!first || !last) continue;
			const src = fundRow(label.key);
			const level = t.match(/^(中央|省级?|市级?|县级?|区级?|自治区|地方)(财政)?(补助|资金|补助资金|拨款)$/);
			const row = src && src.breakdown !== 'total' ? src : level ? { item: t, breakdown: 'budget_level' as const, scope: (level[2] ? 'fiscal' : 'all') as Scope } : undefined;
			if (!row) continue;
			lines.push({ flow: 'expenditure', breakdown: row.breakdown, item: row.item, scope: row.scope, stage, year: env.year, amount: money(first.cell, label) });
			lines.push({ flow: 'expenditure', breakdown: row.breakdown, item: row.item, scope: row.scope, stage: 'final', year: env.year, amount: money(last.cell, second) });
		}
		out.budget.push(...lines);
		return;
	}
}

/**
 * A department's income table by source in columns: 机构名称 | 收入合计 | 其中: 上年结转 | 公共财政拨款 |
 * 政府基金拨款 | 纳入专户管理的非税收入拨款 | 其他收入 (事业收入, 经营收入 …), one row a unit. The row's total
 * is the year's income, each column its source (上年结转 the balance brought forward); read only where
 * the sources add up to the total (with or without the balance). Serves the 部门(单位)年度收入情况 table of
 * Hunan's 部门整体支出绩效评价 forms, in any cell layout.
 */
function readIncomeColumns(ctx: Ctx, env: Env, cells: GCell[], out: GridResult) {
	type Col = Pick<BudgetLine, 'flow' | 'breakdown' | 'item' | 'scope'>;
	const colOf = (k: string): Col | undefined =>
		/^(上年结转|年初结转(和|及)?结余)(资金)?$/.test(k) ? { flow: 'opening_balance', breakdown: 'total', item: '合计', scope: 'all' }
		: /^(公共财政|一般公共预算(财政)?)拨款(收入)?$/.test(k) ? { flow: 'income', breakdown: 'source', item: '财政拨款收入', scope: 'general_public' }
		: /^政府(性)?基金(预算)?拨款(收入)?$/.test(k) ? { flow: 'income', breakdown: 'source', item: '政府性基金拨款收入', scope: 'fiscal' }
		: /^纳入(财政)?专户管理的非税收入拨款$/.test(k) ? { flow: 'income', breakdown: 'source', item: k, scope: 'fiscal' }
		: /^(其他收入|事业收入|经营收入|上级补助收入|附属单位上缴收入)$/.test(k) ? { flow: 'income', breakdown: 'source', item: k, scope: 'other' }
		: undefined;
	for (let i = 0; i < cells.length; i++) {
		if (!/^收入合计$/.test(cells[i].key) || !cells.slice(Math.max(0, i - 3), i).some((c) => /^(机构|单位|部门)(名称)?$/.test(c.key))) continue;
		const cols: Col[] = [];
		let k = i + 1;
		for (; k < cells.length && k < i + 40; k++) {
			const key = cells[k].key;
			if (key === '' || /^其中[:：]?$/.test(key)) continue;
			// (a header a flowed line cut at its space, "公共财 | 政拨款", "其他 | 收入": its pieces joined)
			const joined = cells[k].loose && cells[k + 1]?.loose && ctx.lineOf(cells[k + 1].start) === ctx.lineOf(cells[k].start) ? key + cells[k + 1].key : '';
			const col = colOf(key) ?? (joined ? colOf(joined) : undefined);
			if (!col) break;
			if (!colOf(key)) k++;
			cols.push(col);
		}
		if (cols.length < 2) continue;
		while (k < cells.length && cells[k].key === '') k++;
		const name = cells[k];
		const vals = cells.slice(k + 1, k + 2 + cols.length);
		if (!name || isValue(name.key) || vals.length !== cols.length + 1 || !vals.every((c) => isNumber(c.key) && !/%$/.test(c.key))) continue;
		const num = (c: GCell) => Number(c.key.replace(/,/g, ''));
		const total = num(vals[0]);
		const parts = cols.map((c, x) => ({ c, v: num(vals[x + 1]) }));
		const all = parts.reduce((a, p) => a + p.v, 0);
		const noOpening = parts.filter((p) => p.c.flow === 'income').reduce((a, p) => a + p.v, 0);
		if (Math.abs(all - total) > 0.0101 && Math.abs(noOpening - total) > 0.0101) continue;
		const unit: MoneyUnit = cells.slice(Math.max(0, i - 12), i).map((c) => unitOfHeader(c.key)).filter((u) => u).pop() ?? '万元';
		out.budget.push({ flow: 'income', breakdown: 'total', item: '合计', scope: 'all', stage: 'final', year: env.year, amount: ctx.money(vals[0].text, unit, name.start, vals[0].end, 0.75, 'grid.income-columns') });
		parts.forEach((p, x) => out.budget.push({ ...p.c, stage: 'final', year: env.year, amount: ctx.money(vals[x + 1].text, unit, name.start, vals[x + 1].end, 0.75, 'grid.income-columns') }));
		return;
	}
}

/** A column of the 项目基本概况 funds block: 计划安排资金 is the budget; 实际到位资金 the money received,
 * 实际支出 the spending and 结余 the balance, all of the year's actuals. */
const STACK_COL: Array<[RegExp, BudgetLine['flow'], BudgetLine['stage']]> = [
	[/^计划安排资金$/, 'expenditure', 'budget'],
	[/^实际到位资金$/, 'income', 'final'],
	[/^实际支出(资金)?$/, 'expenditure', 'final'],
	[/^结余(资金)?$/, 'closing_balance', 'final']
];

/**
 * The funds block of Hunan (Yueyang) 财政支出项目绩效评价自评报告 forms, one cell a paragraph:
 *
 *   计划安排资金 / (万元) / 200 / 实际到位资金 / (万元) / 200 / 实际支出 / (万元) / 150 / 结余(万元) / 50
 *   其中:中央财政 ×4 / 省财政 120 省财政 120 省财政 90 省财政 30 / … / 其它 其它 5 其它 5 其它
 *
 * Each column header with its unit and amount is a total (计划安排资金 the budget, the others the
 * year's actuals); each source label is written once per column, and the amount after its k-th
 * writing is that source's amount in column k (中央/省/市/县/区财政 as budget_level lines, 其它 as
 * other money). Then the 项目支出明细 table (支出内容 / 实际支出数 / 会计凭证号 / 备注): each 支出内容
 * followed by its amount is a line of the year's spending by use, up to the 支出合计 row.
 * Abstains unless three column headers stand in a row, each stating 万元.
 */
export function readStackedFunds(ctx: Ctx, env: Env): BudgetLine[] {
	const out: BudgetLine[] = [];
	// (read from the document's cells, empty ones left out: the block reads the same one cell a line, a row
	// a line with its cells joined by spaces, or as delimited rows)
	const L = cellStream(ctx).filter((c) => c.key !== '');
	const t = (i: number) => (L[i] ? L[i].key : '');
	const isNum = (i: number) => /^\d[\d,]*(\.\d+)?$/.test(t(i));
	const range = (i: number) => [L[i].start, L[i].end] as const;
	for (let i = 0; i < L.length; i++) {
		if (!/^计划安排资金/.test(t(i))) continue;
		// the column headers: "X" / "(万元)" / amount, or "X(万元)" / amount
		const cols: Array<{ flow: BudgetLine['flow']; stage: BudgetLine['stage'] }> = [];
		let j = i;
		const totals: BudgetLine[] = [];
		while (j < L.length && cols.length < 4) {
			const h = t(j).match(/^(.+?)(\(万元\))?$/)!;
			const col = STACK_COL.find(([re]) => re.test(h[1]));
			if (!col) break;
			let k = j + 1;
			if (!h[2]) {
				if (t(k) !== '(万元)') break;
				k++;
			}
			const c = { flow: col[1], stage: col[2] };
			cols.push(c);
			if (isNum(k)) {
				const [, q1] = range(k);
				totals.push({ flow: c.flow, breakdown: 'total', item: '合计', scope: 'all', stage: c.stage, year: env.year, amount: ctx.money(t(k), '万元', range(j)[0], q1, 0.8, 'grid.stacked-funds') });
				k++;
			}
			j = k;
		}
		// (two columns where the form writes its spending below the levels, Zhejiang's 计划安排资金 | 实际到位资金)
		if (cols.length < 2) continue;
		out.push(...totals);
		// the source rows: each label once per column, an amount after some of them
		const seen = new Map<string, number>();
		for (; j < L.length; j++) {
			const lab = t(j).replace(/^其中[:：]?/, '');
			// (a level of government by its one word or by the levels it joins, "县市区财政", "市县财政")
			const src = lab.match(/^((?:中央|省|自治区|市|州|盟|县|区|旗|县市区|市县|县区|旗县)财政|其它|其他)$/);
			if (!src) break;
			const k = seen.get(src[1]) ?? 0;
			seen.set(src[1], k + 1);
			if (!isNum(j + 1) || k >= cols.length) continue;
			const other = /^其[它他]$/.test(src[1]);
			const [q0] = range(j);
			const [, q1] = range(j + 1);
			out.push({ flow: cols[k].flow, breakdown: other ? 'source' : 'budget_level', item: other ? (cols[k].flow === 'income' ? '其他资金' : '其他支出') : src[1], scope: other ? 'other' : 'all', stage: cols[k].stage, year: env.year, amount: ctx.money(t(j + 1), '万元', q0, q1, 0.75, 'grid.stacked-funds.source') });
			j++;
		}
		// (the spending's own pair below the levels, "实际支出(万元) / N")
		const below = t(j).match(/^(.+?)(\(万元\))$/);
		const col = below && cols.length === 2 ? STACK_COL.find(([re]) => re.test(below[1])) : undefined;
		if (col && isNum(j + 1) && !cols.some((c) => c.flow === col[1] && c.stage === col[2])) {
			out.push({ flow: col[1], breakdown: 'total', item: '合计', scope: 'all', stage: col[2], year: env.year, amount: ctx.money(t(j + 1), '万元', range(j)[0], range(j + 1)[1], 0.8, 'grid.stacked-funds') });
			j += 2;
		}
		// the spending by use: 支出内容 / 实际支出数 / 会计凭证号 / 备注, then rows
		if (!(t(j) === '' || /明细/.test(t(j)))) break;
		let d = j;
		while (d < Math.min(L.length, j + 4) && t(d) !== '支出内容') d++;
		if (t(d) !== '支出内容' || !/^实际支出数/.test(t(d + 1))) break;
		// (its amounts in 元 where its 支出合计 is the block's spending in 万元 times ten thousand, "实际支出(万元)
		// 55" over "支出合计 550000": a table without a unit of its own, written in 元)
		const spent = [...totals, ...out].find((l) => l.flow === 'expenditure' && l.breakdown === 'total' && l.stage === 'final')?.amount.wan;
		let useUnit: MoneyUnit = '万元';
		for (let r = d + 2; r < L.length - 1; r++) {
			if (!/^支出合计$/.test(t(r))) continue;
			if (isNum(r + 1) && spent !== undefined && spent > 0 && Math.abs(Number(t(r + 1).replace(/,/g, '')) * MONEY_FACTOR['元'] - spent) < 0.005 && Math.abs(Number(t(r + 1).replace(/,/g, '')) - spent) > 0.01) useUnit = '元';
			break;
		}
		for (let r = d + 2; r < L.length - 1; r++) {
			const name = t(r);
			if (/^[一二三四五六七八九十]+、/.test(name) || /合计|小计/.test(name)) break;
			if (/^(会计凭证号|备注)$/.test(name) || isNum(r) || !isNum(r + 1)) continue;
			// (a voucher cell continued on the next line is no use: "3月12号凭证")
			if (/\d+号|凭证|\d+月\d*日?$/.test(name) || !/[\u4e00-\u9fa5]{2}/.test(name)) continue;
			const [q0] = range(r);
			const [, q1] = range(r + 1);
			out.push({ flow: 'expenditure', breakdown: 'cost', item: useLabel(name), scope: 'all', stage: 'final', year: env.year, amount: ctx.money(t(r + 1), useUnit, q0, q1, 0.75, 'grid.stacked-funds.use') });
			r++;
		}
		break;
	}
	return out;
}

/**
 * A summary of the year's project self-evaluations, one project a row: 序号 | 项目名称 | [项目实施单位] |
 * 预算数 (perhaps split into level columns 中央 / 省级 / 市级 / 区级) | 执行数 | 结余数 | [结余交回财政数] |
 * [自评得分 …] (部门绩效自评结果公开汇总表, 项目支出绩效自评结果汇总表). Each row is a project of the year's
 * spending at the budget stage its header names (调整后 adjusted, 年初 initial, else budget), spent
 * (final) and its balance (closing_balance, final). Rows are lines whose cells are separated by spaces,
 * tabs or bars; empty cells may be lost, so a row is read by its arithmetic: the first amount after
 * the names is the budget only where it minus the next (执行数) is the one after (结余数) to ±0.01; a
 * budget split over two level columns, a name holding a space beside a unit name, or a row that does
 * not check, is not read (no value is placed that the row does not fix). Serves the 绩效自评结果 tables
 * that departments publish with their self-evaluation reports, in any line layout.
 */
function readProjectResultRows(ctx: Ctx, env: Env, out: GridResult) {
	const lines = ctx.lines;
	const BUDGET = /(调整后)?预算(数|金额|资金)|全年预算|年初预算/;
	const SPENT = /执行(数|金额)|实际支出|支出(数|金额)|决算数/;
	const LEFT = /结余(数|金额|资金)?/;
	for (let h = 0; h < lines.length; h++) {
		const sq = lines[h].span.norm.replace(/\s+/g, '');
		if (!/项目名称/.test(sq) || !BUDGET.test(sq) || !SPENT.test(sq) || !LEFT.test(sq)) continue;
		// (the header's columns in order: the budget column before the spent one, the balance after)
		const [b0, s0, l0] = [sq.search(BUDGET), sq.search(SPENT), sq.search(LEFT)];
		if (!(sq.indexOf('项目名称') < b0 && b0 < s0 && s0 < l0)) continue;
		const head = sq.slice(0, b0);
		const textCols = 1 + (/(实施|项目|承担|责任)?单位(名称)?|主管部门/.test(head.slice(head.indexOf('项目名称') + 4)) ? 1 : 0);
		const stage: BudgetLine['stage'] = /调整后|全年预算/.test(sq) ? 'adjusted' : /年初预算/.test(sq) ? 'initial' : 'budget';
		const above = lines.slice(Math.max(0, h - 3), h + 1).map((l) => l.span.norm).join(' ');
		const unit: MoneyUnit | undefined = (above.match(/单位\s*[:：]\s*(万元|亿元|元)/)?.[1] ?? sq.match(/\((万元|亿元|元)\)/)?.[1]) as MoneyUnit | undefined;
		if (!unit) continue;
		const found: BudgetLine[] = [];
		let misses = 0;
		for (let r = h + 1; r < lines.length && misses <= 2; r++) {
			const l = lines[r];
			if (l.blank || l.rule) continue;
			const t = l.span.norm;
			const toks = [...t.matchAll(/[^\s|\t]+/g)].map((m) => ({ t: m[0], a: m.index!, e: m.index! + m[0].length }));
			const num = (x: string) => new RegExp(`^[-+]?${NUM}$`).test(x);
			if (!toks.length || !/^\d{1,3}$/.test(toks[0].t)) {
				// (a second header line, "中央 省级 市级 区级", or a note: the table goes on past two of them)
				if (toks.some((x) => num(x.t))) break;
				misses++;
				continue;
			}
			misses = 0;
			const names = [];
			let x = 1;
			while (x < toks.length && !num(toks[x].t)) names.push(toks[x++]);
			const vals = toks.slice(x);
			if (!names.length || names.length > textCols || vals.length < 3 || !vals.every((v) => num(v.t) || /^\d+(\.\d+)?%$/.test(v.t))) continue;
			const n = (v: { t: string }) => Number(v.t.replace(/,/g, ''));
			const [b, s, left] = vals;
			if (!num(b.t) || !num(s.t) || !num(left.t) || Math.abs(n(b) - n(s) - n(left)) > 0.0101) continue;
			const item = names[0].t;
			if (!/[\u4e00-\u9fa5]{2}/.test(item)) continue;
			// (the quote: the whole row)
			const [q0, q1] = srcRange(l.span, toks[0].a, toks[toks.length - 1].e);
			const money = (v: { t: string; a: number; e: number }) => {
				const [a0, a1] = srcRange(l.span, v.a, v.e);
				return ctx.money(ctx.src.slice(a0, a1), unit, q0, q1, 0.75, 'grid.project-results');
			};
			const base = { breakdown: 'project' as const, item: ctx.src.slice(...srcRange(l.span, names[0].a, names[0].e)).replace(/\s+/g, ''), parent: '项目支出', scope: 'all' as Scope, year: env.year };
			found.push({ flow: 'expenditure', ...base, stage, amount: money(b) });
			found.push({ flow: 'expenditure', ...base, stage: 'final', amount: money(s) });
			found.push({ flow: 'closing_balance', ...base, stage: 'final', amount: money(left) });
		}
		// (two rows at least: one line that checks is no table)
		if (found.length >= 6) out.budget.push(...found);
	}
}

/**
 * A list of projects with their money, one a line and nothing else on it ("A绿化美化项目100万元" /
 * "B防火隔离带建设50万元" / "C专项调查200万"): each a project of the year's budget (the list a department
 * publishes with its project target tables, as captions or a column of its own). Read in target tables
 * only (the budget asked for; in a report the same list could be of any stage), where three such lines
 * or more stand together (a short caption line between them, "双河", is passed over), each name of
 * four characters at least without a sentence's punctuation, and none a total or a fund's row.
 */
function readProjectAmountLines(ctx: Ctx, env: Env, out: GridResult) {
	if (env.kind !== 'target_table' && env.kind !== 'project_target_table') return;
	const ROW = new RegExp(String.raw`^\s*([^\s|\t,，。;；:：]{4,60}?)\s*(${NUM})\s*(万元|万)\s*$`);
	const lines = ctx.lines;
	for (let a = 0; a < lines.length; a++) {
		const run: Array<{ l: Line; m: RegExpMatchArray }> = [];
		let gap = 0;
		let b = a;
		for (; b < lines.length; b++) {
			const l = lines[b];
			if (/[|\t]/.test(l.raw)) break;
			const m = l.span.norm.match(ROW);
			const name = m?.[1] ?? '';
			if (m && (name.match(/[\u4e00-\u9fa5]/g) ?? []).length >= 4 && !/合计|总计|小计|其中|总额|资金$|^预算|^年度/.test(name) && !fundRow(name)) {
				run.push({ l, m });
				gap = 0;
				continue;
			}
			// (a short caption between the rows, or a blank line)
			if ((l.blank || (/^[\u4e00-\u9fa5]{1,6}$/.test(l.span.norm.trim()))) && run.length && gap < 2) {
				gap++;
				continue;
			}
			break;
		}
		if (run.length >= 3) {
			for (const { l, m } of run) {
				const t = l.span.norm;
				const n0 = t.lastIndexOf(m[2], t.length - m[3].length);
				const [q0] = srcRange(l.span, t.search(/\S/), t.search(/\S/) + 1);
				const [a0, a1] = srcRange(l.span, n0, n0 + m[2].length);
				const [, q1] = srcRange(l.span, 0, t.trimEnd().length);
				if (ctx.isUsed(a0, a1)) continue;
				const item = ctx.src.slice(q0, srcRange(l.span, 0, t.indexOf(m[1]) + m[1].length)[1]).replace(/\s+/g, '');
				out.budget.push({ flow: 'expenditure', breakdown: 'project', item, parent: '项目支出', scope: 'all', stage: 'budget', year: env.year, amount: ctx.money(ctx.src.slice(a0, a1), '万元', q0, q1, 0.7, 'grid.project-lines') });
			}
		}
		a = Math.max(a, b - 1);
	}
}

/**
 * A list of evaluated projects, one a row: 序号 | [主管部门] | 项目名称 | 资金量(万元) | 评价等级 (the results a
 * finance bureau publishes of its key evaluations, 重点项目绩效评价结果). Each row is a project of the
 * budget with the money the list states, of the year its name gives ("…项目(2021年度)") or the one the
 * sentence opening the list states (a list without one is not read: a notice's own year is often
 * unknown). The document's cells in reading order, empty ones dropped, so any cell layout; a row is the
 * header's number of cells with a name under 项目名称, a figure under the amount and a grade or score
 * under the grade, two rows at least.
 */
function readEvaluatedProjects(ctx: Ctx, env: Env, out: GridResult) {
	const all = cellStream(ctx).filter((c) => c.key !== '');
	for (let i = 0; i < all.length; i++) {
		if (all[i].key !== '项目名称') continue;
		// the header around it: 序号 / 主管部门 before, the amount (its unit perhaps a cell of its own) and the grade after
		let h0 = i;
		while (h0 > i - 3 && h0 > 0 && /^(序号|主管部门(\(单位\))?|单位(名称)?|评价方式)$/.test(all[h0 - 1].key)) h0--;
		const head: string[] = all.slice(h0, i + 1).map((c) => c.key);
		let j = i + 1;
		while (j < all.length && j < i + 5) {
			const k = all[j].key;
			if (/^\((万元|元)\)$/.test(k) && head.length) {
				head[head.length - 1] += k;
				j++;
				continue;
			}
			if (!/^(资金量|资金规模|资金金额|项目资金|项目金额|预算金额|评价金额)(\((万元|元)\))?$|^(评价等级|评价结果|评价得分|评级|等级)$/.test(k)) break;
			head.push(k);
			j++;
		}
		const name = head.indexOf('项目名称');
		const amt = head.findIndex((k) => /^(资金量|资金规模|资金金额|项目资金|项目金额|预算金额|评价金额)\((万元|元)\)$/.test(k));
		const grade = head.findIndex((k) => /^(评价等级|评价结果|评价得分|评级|等级)$/.test(k));
		if (amt < 0 || grade < 0) continue;
		const unit = unitOfHeader(head[amt])!;
		const lineAt = ctx.lineOf(all[h0].start);
		const intro = ctx.lines.slice(Math.max(0, lineAt - 3), lineAt).map((l) => l.span.norm).join('\n').match(/(20\d\d)\s*年/);
		if (!intro) continue;
		const year = Number(intro[1]);
		const rows: BudgetLine[] = [];
		let k = j;
		for (; k + head.length <= all.length; k += head.length) {
			const row = all.slice(k, k + head.length);
			const n = row[name];
			const v = row[amt];
			const g = row[grade];
			if (!/[\u4e00-\u9fa5]{2}/.test(n.key) || isValue(n.key) || !new RegExp(`^${NUM}$`).test(v.key) || !/^(优|良|中|差|优秀|良好|合格|不合格|\d+(\.\d+)?分?)$/.test(g.key)) break;
			const item = n.text.replace(/\s+/g, '');
			const own = item.match(/[(（](20\d\d)年度?[)）]$/);
			rows.push({ flow: 'expenditure', breakdown: 'project', item, parent: '项目支出', scope: 'all', stage: 'budget', year: own ? Number(own[1]) : year, amount: ctx.money(v.text, unit, n.start, v.end, 0.75, 'grid.evaluated-projects') });
		}
		if (rows.length >= 2) out.budget.push(...rows);
		i = k - 1;
	}
}

/**
 * A fund's allocation in tranches, two header rows over the money: 单位 | 全年X资金 | 其中:A | 其中:B, then
 * 小计 | 提前下达 | 本次下达 under each part, then the payee's row "甲校 | T | a | a1 | a2 | b | b1 | b2" (a county's
 * 资金安排表 attached to a fund's target table). The whole is the year's budget as adjusted (合计), each part a
 * cost line of it (its 小计 adjusted, the tranche sent ahead 提前下达 initial, the one sent now an addition).
 * Read only where every part's 小计 is its two tranches and the parts make the whole (±0.01), from the 合计
 * row where the table has several payees, else from its one row. The document's cells in reading order,
 * empty ones dropped, so any cell layout.
 */
function readTrancheMatrix(ctx: Ctx, env: Env, out: GridResult) {
	const all = cellStream(ctx).filter((c) => c.key !== '');
	const tranche = (k: string, x: number) => (x % 3 === 0 ? /^小计$/.test(k) : x % 3 === 1 ? /^(提前下达|上次下达|第一批)$/.test(k) : /^(本次下达|追加下达|第二批)$/.test(k));
	for (let h = 0; h < all.length; h++) {
		// (the payee column's header before it, "单位", perhaps written with its letters spaced: not needed)
		if (!/资金|经费|补助/.test(all[h + 1]?.key ?? '') || !/^其中/.test(all[h + 2]?.key ?? '')) continue;
		let p = h + 2;
		const parts: string[] = [];
		while (p < all.length && /^其中[:：]?[\u4e00-\u9fa5]{2,20}$/.test(all[p].key)) parts.push(all[p++].key.replace(/^其中[:：]?/, ''));
		if (parts.length < 1 || !all.slice(p, p + 3 * parts.length).every((c, x) => tranche(c.key, x))) continue;
		const width = 2 + 3 * parts.length;
		const line = ctx.lineOf(all[h].start);
		const above = ctx.lines.slice(Math.max(0, line - 4), line + 1).map((l) => l.span.norm).join(' ');
		const unit = above.match(/单位\s*[:：]\s*(万元|亿元|元)/)?.[1] as MoneyUnit | undefined;
		if (!unit) continue;
		const rows: GCell[][] = [];
		// (a row whose cells a text layer ran together, "甲校1,250,000450,000400,000…": cut where every amount
		// carries its thousands separators, the only cut those allow; each piece quotes the whole cell)
		const body = all.slice(p + 3 * parts.length);
		const fused = body[0]?.key.match(/^([\u4e00-\u9fa5()（）]{2,40}?)((?:\d{1,3}(?:,\d{3})+(?:\.\d+)?)+)$/);
		if (fused) {
			const nums = fused[2].match(/\d{1,3}(?:,\d{3})+(?:\.\d+)?(?=\d{1,3},|$)/g) ?? [];
			if (nums.length === width - 1 && nums.join('') === fused[2]) body.splice(0, 1, { ...body[0], text: fused[1], key: fused[1] }, ...nums.map((n) => ({ ...body[0], text: n, key: n })));
		}
		for (let r = 0; r + width <= body.length; r += width) {
			const row = body.slice(r, r + width);
			if (isValue(row[0].key) || !row.slice(1).every((c) => new RegExp(`^${NUM}$`).test(c.key))) break;
			rows.push(row);
		}
		const row = rows.find((r) => /^(合计|总计)$/.test(r[0].key)) ?? (rows.length === 1 ? rows[0] : undefined);
		if (!row) continue;
		const n = (x: number) => Number(row[x].key.replace(/,/g, ''));
		const near = (a: number, b: number) => Math.abs(a - b) <= 0.0101;
		let sum = 0;
		let ok = true;
		for (let g = 0; g < parts.length; g++) {
			if (!near(n(2 + 3 * g), n(3 + 3 * g) + n(4 + 3 * g))) ok = false;
			sum += n(2 + 3 * g);
		}
		if (!ok || !near(sum, n(1))) continue;
		const [q0, q1] = [row[0].start, row[row.length - 1].end];
		const money = (x: number) => ctx.money(row[x].text, unit, q0, q1, 0.75, 'grid.tranches');
		out.budget.push({ flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'adjusted', year: env.year, amount: money(1) });
		parts.forEach((item, g) => {
			out.budget.push({ flow: 'expenditure', breakdown: 'cost', item, scope: 'all', stage: 'adjusted', year: env.year, amount: money(2 + 3 * g) });
			out.budget.push({ flow: 'expenditure', breakdown: 'cost', item, scope: 'all', stage: 'initial', year: env.year, amount: money(3 + 3 * g) });
			out.budget.push({ flow: 'expenditure', breakdown: 'cost', item, scope: 'all', stage: 'addition', year: env.year, amount: money(4 + 3 * g) });
		});
		return;
	}
}

/**
 * The 项目支出情况 table of a department's target form: 项目名称 | [项目类型] | 项目总预算 | 项目本年度预算 |
 * [项目主要支出方向和用途], one project a row (Hubei's 部门整体绩效目标申报表). Each row is a project of the
 * department's spending at the year's initial budget (its 本年度预算; the 总预算 may span years and is not
 * read). Any cell layout: the cells in reading order, a row being a name, perhaps its type (…项目), the two
 * amounts and perhaps a use; read where the year's amount is at most the total, two rows at least.
 */
function readProjectBudgetList(ctx: Ctx, env: Env, cells: readonly GCell[], out: GridResult) {
	if (env.kind !== 'target_table') return;
	for (let i = 0; i < cells.length; i++) {
		if (cells[i].key !== '项目名称') continue;
		let j = i + 1;
		const head: string[] = [];
		while (j < cells.length && j < i + 6 && /^(项目类型|项目性质|项目总预算|(项目)?(本年度|当年|年度)预算(数)?|(项目)?(主要)?支出方向(和|及)?用途|(资金)?用途)(\((万元|元)\))?$/.test(cells[j].key)) head.push(cells[j++].key);
		const tot = head.findIndex((h) => /^项目总预算/.test(h));
		const year = head.findIndex((h) => /(本年度|当年|年度)预算/.test(h));
		if (tot < 0 || year !== tot + 1) continue;
		const typed = head.some((h) => /^项目(类型|性质)$/.test(h));
		const used = head.some((h) => /用途/.test(h));
		const unit: MoneyUnit = head.map(unitOfHeader).find((u) => u) ?? cellStream(ctx).slice(0, i).map((c) => (/单位[:：](万元|亿元|元)/.test(c.key) ? unitOfHeader(c.key) : undefined)).filter((u) => u).pop() ?? '万元';
		const rows: BudgetLine[] = [];
		let k = j;
		while (k < cells.length) {
			const name = cells[k];
			if (!name || !name.key || isValue(name.key) || name.key.length > 40 || !/[\u4e00-\u9fa5]{2}/.test(name.key)) break;
			let v = k + 1;
			if (typed && cells[v] && !isNumber(cells[v].key)) v++;
			const [a, b] = [cells[v], cells[v + 1]];
			if (!a || !b || !isNumber(a.key) || !isNumber(b.key) || /%$/.test(a.key + b.key)) break;
			if (Number(b.key.replace(/,/g, '')) > Number(a.key.replace(/,/g, '')) + 1e-9) break;
			rows.push({ flow: 'expenditure', breakdown: 'project', item: name.text.replace(/\s+/g, ''), parent: '项目支出', scope: 'all', stage: 'initial', year: env.year, amount: ctx.money(b.text, unit, name.start, b.end, 0.7, 'grid.project-budgets') });
			k = v + 2;
			if (used && cells[k] && !isValue(cells[k].key) && cells[k + 1] && !isNumber(cells[k + 1].key) && (!typed || !isNumber(cells[k + 2]?.key ?? ''))) k++;
		}
		if (rows.length >= 2) out.budget.push(...rows);
		return;
	}
}
