/**
 * Performance indicators (绩效指标): 一级 / 二级 / 三级 with the target (operator, value, unit),
 * the actual, the stated completion, 分值 and 得分. Rows whose cells slid left or right (merged
 * cells lost in conversion) are read by what the cells hold, not only by where they stand.
 */
import { simplifyText } from '../text/simplified';
import type { Actual, Indicator, Target } from '../schema/report';
import type { Ctx, Env } from './context';
import { NUM, isNumberCell } from './numbers';
import { MONEY_FACTOR, normalizeNumbers, toHalfWidth, writtenForm } from '../text/normalize';
import { filled, key, type Cell, type Row } from './tables';

export interface IndicatorResult {
	/** the indicators of the report's indicator tables */
	table: Indicator[];
}

/** 一级指标 names. */
const LEVEL1 = /^(产出|效益|效果|满意度|成本|投入|过程|管理)指标$/;

/**
 * The 二级指标 kinds of the national indicator framework and the names provinces give them, each
 * written "<kind>指标": the one vocabulary every table reader matches level names with. Longest
 * first, so that an alternation takes 服务对象满意度 before 满意度.
 */
export const LEVEL2_KINDS = [
	'社会公众或服务对象满意度',
	'社会公众满意度',
	'服务对象满意度',
	'生态环境成本',
	'可持续影响',
	'经济成本',
	'社会成本',
	'经济效益',
	'社会效益',
	'生态效益',
	'环境效益',
	'满意度',
	'数量',
	'质量',
	'时效',
	'成本'
] as const;
/** A 二级指标 written as its bare kind without 指标, for the kinds no indicator is named (经济效益, 可持续影响 …). */
const BARE_LEVEL2 = /^(?:社会公众或服务对象满意度|社会公众满意度|服务对象满意度|可持续影响|经济成本|社会成本|生态环境成本|经济效益|社会效益|生态效益|环境效益)$/;
/** Regex source of a 二级指标 name: one of LEVEL2_KINDS followed by 指标. */
export const LEVEL2_NAME = `(?:${LEVEL2_KINDS.join('|')})指标`;

/** The 一级指标 a 二级指标 belongs to, when a table leaves it out. */
export function level1Of(level2: string): '产出指标' | '效益指标' | '满意度指标' {
	return /满意/.test(level2) ? '满意度指标' : /效益|影响/.test(level2) ? '效益指标' : '产出指标';
}
/** a level name: short and ending in 指标 */
const isLevelName = (k: string) => /^[\u4e00-\u9fa5]{1,10}指标$/.test(k);

/** Unit named inside an indicator name: "(万人)", "（%）". */
export function unitOfName(written: string): string | undefined {
	const name = toHalfWidth(written);
	// a rate given with its formula: "成本控制率（计算公式：实际成本/总成本*100%）"
	if (/[(（][^()（）]*公式[^()（）]*100\s*[%％]\s*[)）]\s*$/.test(name)) return '%';
	// (a template's hint before the unit, "(≥**平方米)", "(≤**元/株)", does not count toward its length)
	const m = name.match(/[(（]\s*((?:[≥≤><=]+\s*)?(?:[*＊]+\s*)?[^()（）]{1,5}?)\s*[)）]\s*$/);
	if (!m) return undefined;
	// (a template's placeholder for the value, "(≥**人)", stands before the unit)
	const u = m[1].replace(/^[≥≤><=]+/, '').replace(/^[*＊]+/, '').trim();
	// (a bracket that qualifies the name, "成活率(目标)", "(年度)", or notes what is counted, "(总收入)",
	// "(累计)", "(人均)", holds no unit)
	if (!u || /计算|公式|\d/.test(u) || /^(目标|年度|预期|实际|新增|全年|本级|试行|暂定)$|^(含|不含)|总|收入|支出|累计|人均|合计|其中/.test(u)) return undefined;
	return u;
}

/**
 * A 时效指标 target that is a spreadsheet's date serial (days since 1899-12-30, "44,561" is 2021-12-31)
 * under a name that says it is a time or date ("资金到位时间", "完成日期"): a date to finish by, kept as
 * written, never the number. Serials of 2000–2049 only (36526–54788).
 */
export function isDateSerial(level2: string | undefined, name: string, key: string): boolean {
	if (level2 !== '时效指标' || !/(时间|日期|时限)$/.test(name.replace(/\s+/g, ''))) return false;
	const m = key.replace(/^[=＝]/, '').match(/^(\d{2}),?(\d{3})$/);
	if (!m) return false;
	const n = Number(m[1] + m[2]);
	return n >= 36526 && n <= 54788;
}

/** The mark a form puts before its key indicators ("★补助鱼塘面积"): no part of the name (every table reader). */
export const KEY_MARK = /^[★☆※*]+\s*/;

/** A unit as written after a figure: up to four characters, or a rate ("元/平方米", "元/人*月", "元/生/年"). */
export const RATE_UNIT = String.raw`[\u4e00-\u9fa5]{1,4}(?:\/[\u4e00-\u9fa5]{1,3}(?:[*·・/][\u4e00-\u9fa5]{1,2})?)?`;

/** Read a target as written: ≥65, >30万, 5-8, ≤100%, 2025年12月前, 持续提升. */
/**
 * An amount written in 元 under an indicator whose name (or unit column) says 万元 ("项目总成本(万元)" |
 * "≤11,250,000.00元"): the value in the indicator's 万元, exactly (÷10000), the text as written; without
 * this the name's 万元 was put on the 元 figure (万元 "includes" 元). Serves target and outcome cells of
 * every reader that parses them here, and a text whose amounts were written out in 元.
 */
export function yuanUnderWan<T extends { value?: number; value2?: number; unit?: string }>(v: T, written: string, nameUnit: string | undefined): T {
	if (nameUnit !== '万元' || v.value === undefined) return v;
	if (!/\d元(以内|之内|以下|内|及以上|以上)?$/.test(simplifyText(normalizeNumbers(written)).replace(/\s+/g, ''))) return v;
	const wan = (x: number) => Number((x * MONEY_FACTOR.元).toFixed(6));
	return { ...v, value: wan(v.value), ...(v.value2 !== undefined ? { value2: wan(v.value2) } : {}), unit: '万元' };
}

export function parseTarget(text: string, norm: string, nameUnit: string | undefined): Omit<Target, 'quote'> {
	return yuanUnderWan(parseTargetAsWritten(text, norm, nameUnit), norm, nameUnit);
}

function parseTargetAsWritten(text: string, norm: string, nameUnit: string | undefined): Omit<Target, 'quote'> {
	// "═" (a box-drawing double line) stands for = in some converted tables
	// (through the shared number normalisation and in simplified characters, whatever the caller
	// passed: a target written in full-width digits and signs, "≥２１３４７人", "＜５％", or in
	// traditional characters, "4.5%以內", reads as the plain one)
	const t = simplifyText(normalizeNumbers(norm)).replace(/\s+/g, '').replace(/^═/, '=');
	const unitAfter = (rest: string): string | undefined => {
		// (up to four characters, "万平方米", or a rate, "元/平方米")
		// (and a rate over two, "元/人*月", "元/人·月": 低保 standards)
		const u = /^(%|百分比)/.test(rest) ? '%' : rest.match(new RegExp(`^(${RATE_UNIT})$`))?.[1];
		// the name's unit, "(万人次)", unless the target states another one that is no part of it
		// ("≥11.376万元" under "X收入(总收入)")
		if (nameUnit && (!u || nameUnit.includes(u))) return nameUnit;
		return u;
	};
	const num = `(${NUM})`;
	// a standard per unit written before its number ("每亩300", "每人500"): the number, as a bare one
	const per = t.match(new RegExp(`^每[\u4e00-\u9fa5]{1,2}${num}$`));
	if (per) return withUnit({ op: '>=', value: Number(per[1].replace(/,/g, '')), text }, nameUnit);
	// (a level to reach, "达到95%", "达100%", is a lower bound)
	let m = t.match(new RegExp(`^(≥|>=|≧|不低于|不少于|大于等于|达到|达)${num}(.*)$`));
	if (m) return withUnit({ op: '>=', value: Number(m[2].replace(/,/g, '')), text }, unitAfter(m[3]));
	m = t.match(new RegExp(`^(≤|<=|≦|不高于|不超过|小于等于)${num}(.*)$`));
	if (m) return withUnit({ op: '<=', value: Number(m[2].replace(/,/g, '')), text }, unitAfter(m[3]));
	m = t.match(new RegExp(`^(>|大于|高于|超过)${num}(.*)$`));
	if (m) return withUnit({ op: '>', value: Number(m[2].replace(/,/g, '')), text }, unitAfter(m[3]));
	m = t.match(new RegExp(`^(<|小于|低于)${num}(.*)$`));
	if (m) return withUnit({ op: '<', value: Number(m[2].replace(/,/g, '')), text }, unitAfter(m[3]));
	m = t.match(new RegExp(`^(=|等于)${num}(.*)$`));
	if (m) return withUnit({ op: '=', value: Number(m[2].replace(/,/g, '')), text }, unitAfter(m[3]));
	// a bound written after the number ("2天以内", "95%以上", "3个工作日内")
	m = t.match(new RegExp(`^${num}(%|[\\u4e00-\\u9fa5]{0,4}?)(以内|之内|以下|内)$`));
	if (m) return withUnit({ op: '<=', value: Number(m[1].replace(/,/g, '')), text }, unitAfter(m[2]));
	m = t.match(new RegExp(`^${num}(%|[\\u4e00-\\u9fa5]{0,4}?)(及以上|以上)$`));
	if (m) return withUnit({ op: '>=', value: Number(m[1].replace(/,/g, '')), text }, unitAfter(m[2]));
	m = t.match(new RegExp(`^${num}\\s*[-~～—至]\\s*${num}(.*)$`));
	// a period written as months ("2023.07-2024.01") is no range of numbers
	if (m && /^(19|20)\d\d\.\d{1,2}$/.test(m[1]) && /^(19|20)\d\d\.\d{1,2}$/.test(m[2])) return { op: 'text', text };
	// (a range is two figures and at most a unit: "1-6期培训结束后及时考核" is words about periods 1 to 6)
	if (m && m[3] && !new RegExp(`^(%|百分比|${RATE_UNIT})$`).test(m[3])) return { op: 'text', text };
	if (m) return withUnit({ op: 'range', value: Number(m[1]), value2: Number(m[2]), text }, unitAfter(m[3]));
	// (a date alone, "2021年4月15日", is a date to finish by)
	// (and a month of the year with no year, "12月底到位", "9月前完成")
	if (/\d{4}年(\d{1,2}月)?(\d{1,2}日)?(前|底|以前|之前|完成)|年底前|年内|^\d{4}年\d{1,2}月(\d{1,2}日)?$|^\d{1,2}月(\d{1,2}日)?(底|末|前|以前|之前)(前)?(到位|完成|拨付|发放|下达)?$/.test(t)) return { op: 'deadline', text };
	// (a year with a word of time, "2021年全年", "2022年度", is a period, no value)
	if (/^(19|20)\d\d年(度|全年|全年度|内|度内)?$/.test(t)) return { op: 'text', text };
	// (a rate with the word it is a rate of, "100%覆盖", "95%达标": the rate)
	m = t.match(new RegExp(`^${num}%[\\u4e00-\\u9fa5]{1,4}$`));
	if (m) return withUnit({ op: '>=', value: Number(m[1].replace(/,/g, '')), text }, '%');
	// (a unit of up to four characters, "万平方米", a rate, "次/月", "元/生/年", or a metric symbol, "2km", "5t", "10TB")
	m = t.match(new RegExp(`^${num}(%|[\\u4e00-\\u9fa5]{1,4}(?:/[\\u4e00-\\u9fa5]{1,2}){0,2}|km|m|M|m2|m³|m3|kg|t|kW|kWh|MW|TB|GB|MB)?$`));
	if (m) return withUnit({ op: '>=', value: Number(m[1].replace(/,/g, '')), text }, unitAfter(m[2] ?? '') ?? (m[2] && m[2].length <= 6 ? m[2] : undefined));
	return { op: 'text', text };
}

function withUnit(t: Omit<Target, 'quote'>, unit: string | undefined): Omit<Target, 'quote'> {
	if (unit) t.unit = unit;
	return t;
}

function target(ctx: Ctx, c: Cell, nameUnit: string | undefined, q0: number, q1: number, sign = ''): Target {
	const t = { ...parseTarget(c.text, sign + c.norm, nameUnit), quote: ctx.quote(q0, q1) } as Target;
	return ctx.mark(t, q0, q1, t.op === 'text' ? 0.7 : 0.9, 'indicators.target');
}

/** An indicator from its name cell and value cell (task tables). */
export function indicatorFromCells(ctx: Ctx, nameCell: Cell, valueCell: Cell | undefined, known: IndicatorResult, row: Row): Indicator | undefined {
	const name = nameCell.text.replace(/\s+/g, '');
	const found = known.table.find((i) => i.name === name);
	const unit = unitOfName(name);
	const ind: Indicator = {
		level1: found?.level1 ?? '产出指标',
		level2: found?.level2 ?? '数量指标',
		name,
		...(unit ? { unit } : {})
	};
	if (valueCell?.text) ind.target = target(ctx, valueCell, unit, nameCell.start, valueCell.end);
	return ind;
}

/* ------------------------------------------------------------------ column roles by header meaning */

/** What a column of an indicator, score or funds table holds, whatever its header calls it. */
export type ColumnRole =
	| 'l1'
	| 'l2'
	| 'name'
	| 'op'
	| 'target'
	| 'unit'
	| 'actual'
	| 'completion'
	| 'max'
	| 'score'
	| 'rate'
	| 'note'
	| 'initial'
	| 'adjusted'
	| 'final';

/**
 * The header wordings of each column role, the one vocabulary the table readers find columns by
 * (indicators.ts, scores.ts, and grid.ts where its own header words do not know a cell).
 * Gathered from the header rows of the national templates and the provinces' variants
 * (项目支出绩效自评表, 项目支出绩效目标申报表 / 批复表, 部门整体支出绩效目标表 / 自评表, score tables):
 * - levels: 一级指标 / 一级, 二级指标 / 二级, 三级指标 / 指标名称 / 绩效指标 / 三级指标名称;
 * - target: 指标值 / 目标值 / 年度指标值 / 年度目标值 / 预期指标值 / 年初目标值 / 指标值及单位 …;
 * - actual: 实际完成值 / 实际值 / 完成值 / 全年实际值 / 实际完成情况 / 全年实际完成值 / 完成情况 …;
 * - points: 分值 / 权重 / 标准分 / 满分 / 指标分值; score: 得分 / 评分 / 自评得分 / 评价得分 / 实际得分;
 * - notes: 偏差原因分析及改进措施 / 未完成原因和改进措施 / 未完成原因分析 / 备注 / 评分标准 …;
 * - funds: 年初预算数 / 年初预算; 全年预算数 / 调整后预算数 / 全年预算 / 调整预算数; 全年执行数 /
 *   实际执行数 / 执行数 / 实际支出 / 预算执行数; 执行率.
 * A bracketed note after the words ("(A)", "(万元)", "(%)", "(20分*执行率)") does not change the role.
 * Order matters: the first pattern a header matches names its role (得分率 is a rate, not a score;
 * 未完成原因 a note, not an actual; 评分标准 a note, not a score).
 */
export const COLUMN_HEADERS: ReadonlyArray<readonly [ColumnRole, RegExp]> = [
	// (a multi-year target column beside the year's, 实施期指标值 / 中长期指标值 / 长期目标值, is no target of the year)
	// (a half-year target beside the year's, "半年(程)指标值 | 全年(程)指标值", is no target of the year)
	['note', /原因|偏差|改进措施|^备注$|^半年\(程\)(指标值|目标值)$|计算方法|^得分(计算|说明)|^评分(标准|依据|说明)|^评价标准$|^(绩效)?(指标值?)?(解释|说明|内容|描述)$|^(实施期|中长期|长期|整体)(绩效)?(指标值|目标值|目标)$|评.{0,3}分(标准|细则|办法)|^扣分|依据|数据来源|^(评价|考核)要点$|^(计分|评分|打分|考核)方法$/],
	['rate', /得分率|执行率|支出率|^资金到位率$/],
	['completion', /完成率|^完成比例$|^完成比率$/],
	['l1', /^一级(指标)?$/],
	['l2', /^二级(指标)?$/],
	['name', /^三级(指标)?(名称)?$|^指标名称$|^(绩效|考核|评价)指标名称$|^部门整体支出绩效指标$/],
	['op', /^指标性质$|^指标方向性?$|^(计算)?符号$|^指标值类型$/],
	['unit', /^(度量|计量)单位$|^单位$/],
	// (not 调整指标值 / 计划指标值 / 本年度指标值: beside a 年初 or 年度 target, a second target of another
	// stage, read by no role rather than taken for the target)
	['target', /^(\d{4}年度?)?(年度|年初|全年|预期)?(绩效)?(指标值|目标值)(及单位)?$|^全年\(程\)(指标值|目标值)$|^年度(指标)?数值$|^预期(指标)?值$|^绩效标准$|^当年预期实现值$/],
	['actual', /^(\d{4}年度?)?(全年|年度|年末)?(实际)?(完成值|完成数|实际值|实现值|完成情况)$|^(\d{4}年度?)?(全年|年度)?实际完成(指标)?(值|数|情况)?$|^指标完成(值|情况)$/],
	['max', /^(分值|权重|标准分|满分|满分值|标准分值|指标分值|指标权重|分数)$/],
	['score', /^(自评|评价|考核|实际|综合)?得分(情况)?$|^(自评)?评分$|^自评分$/],
	['initial', /^年初(预算|批复|安排)(数|金额|资金)?$/],
	['adjusted', /^(全年|调整后?|年中调整后?)(预算)(数|金额|资金)?$/],
	['final', /^(全年|实际|预算)?执行(数|金额|资金)?$|^实际支出(数|金额)?$|^(全年)?支出数$|^决算数$/]
];

export { writtenForm };

/** A header cell's words: spaces removed, brackets half-width, a bracketed note at the end dropped. */
function headerWords(k: string): string {
	// (in simplified characters: a table in traditional characters, "一級指標 | 指標值", has the same columns)
	const t = writtenForm(k).replace(/\s+/g, '');
	const s = t.replace(/\([^()]*\)$/, '');
	return s || t;
}

/** A group header over the level columns ("绩效指标 | 一级指标 | 二级指标 | 三级指标"), or the name column of a table without 三级指标. */
const GROUP_NAME = /^(绩效|考核|评价)指标$/;

/**
 * The role of a column by what its header says, or undefined when the header names none.
 * 绩效指标 names the indicator column only after the level columns and when no other column
 * does (`nameAfterLevels`): before them, or beside 三级指标, it is the group header over them.
 */
export function columnRole(header: string, nameAfterLevels = false): ColumnRole | undefined {
	const k = headerWords(header);
	if (!k || k.length > 16) return undefined;
	if (GROUP_NAME.test(k)) return nameAfterLevels ? 'name' : undefined;
	for (const [role, re] of COLUMN_HEADERS) if (re.test(k)) return role;
	return undefined;
}

/**
 * The roles of a header row's cells: each role at most once. Where two cells take a role, the one
 * that names it most plainly keeps it (三级指标 before a group header 绩效指标 over the levels).
 */
export function columnRoles(cells: string[]): Array<ColumnRole | undefined> {
	const roles: Array<ColumnRole | undefined> = [];
	for (const c of cells) {
		const r = columnRole(c, (roles.includes('l1') || roles.includes('l2')) && !roles.includes('name') && !cells.some((x) => columnRole(x) === 'name'));
		// (each role once: a second cell of a role is no column of it)
		roles.push(r && r !== 'note' && roles.includes(r) ? undefined : r);
	}
	return roles;
}

/* ------------------------------------------------------------------ indicator tables */

interface IndCols {
	l1?: number;
	l2?: number;
	name: number;
	target?: number;
	actual?: number;
	completion?: number;
	max?: number;
	score?: number;
	/** an operator column (指标性质: ≥ / ≤ / 大于等于 …) and a unit column (计量单位), when the template has them */
	op?: number;
	unit?: number;
	/** the header's cells */
	width: number;
}

/**
 * An indicator table's header row, its columns found by what each header means (columnRoles),
 * wherever they stand and whichever optional columns (指标性质, 计量单位, 偏差原因) the template has.
 */
function headerOf(row: Row): IndCols | undefined {
	const roles = columnRoles(row.cells.map((c) => c.text));
	const at = (r: ColumnRole) => {
		const i = roles.indexOf(r);
		return i >= 0 ? i : undefined;
	};
	const l1 = at('l1');
	const name = at('name');
	if (l1 === undefined || name === undefined) return undefined;
	// a score table (分值/得分 without targets) is read by scores.ts
	const tgt = at('target');
	const actual = at('actual');
	if (tgt === undefined && actual === undefined) return undefined;
	return { l1, l2: at('l2'), name, target: tgt, actual, completion: at('completion'), max: at('max'), score: at('score'), op: at('op'), unit: at('unit'), width: row.cells.length };
}

const MEASURE_WORDS = '场次|人次|万人次|万人|场|人|次|个|家|篇|项|期|所|座|名|部|条|份|天';

/**
 * The unit of a count the table gives bare, as the text around states it: "“开展科普宣传活动
 * 场次”数量指标。…开展了 96 场活动，实现预期目标值（65 场）".
 */
function unitFromProse(ctx: Ctx, name: string, value: number | undefined): string | undefined {
	if (value === undefined) return undefined;
	const quoted = `“${name}”`;
	for (const p of ctx.paras) {
		const t = p.span.norm.replace(/\s+/g, '');
		if (!t.includes(quoted) && !t.includes(`"${name}"`)) continue;
		const m = t.match(new RegExp(`(?<![\\d.])${String(value).replace('.', '\\.')}(${MEASURE_WORDS})`));
		if (m) return m[1];
	}
	return undefined;
}

/** A value written with a comparison sign first ("≥5次", "＜3天", "不低于95%"): a target's form. */
const COMPARED = /^(?:[≥≤<>＞＜≧≦≯≮]|不(?:低|高|少|多|大|小)于)/;

/**
 * A value written with a comparison sign is a target, never points: when a row's place for 分值 /
 * 得分 holds one and its place for 指标值 a bare number, the two swap (a row whose cells sit other
 * than under the header that puts 分值 before 指标值, or a header whose 分值 / 指标值 were
 * transposed against the rows; any template, any layout). Also the grid reader's (grid.ts).
 */
export function transposedTarget(target: string, points: string): boolean {
	return isNumberCell(target.trim()) && !COMPARED.test(target.trim()) && COMPARED.test(points.trim());
}

function swapCompared<C extends { norm: string }>(at: Map<string, C | undefined>) {
	const t = at.get('target');
	if (!t) return;
	for (const role of ['max', 'score']) {
		const c = at.get(role);
		if (c && transposedTarget(t.norm, c.norm)) {
			at.set('target', c);
			at.set(role, t);
			return;
		}
	}
}

/** The identity labels that open a project form: a row holding one is no indicator row. */
const FORM_LABEL = /^(项目名称|预算规模及资金用途|主管部门|(项目)?实施单位|单位[:：](万元|元))$/;

export function readIndicators(ctx: Ctx, env: Env): IndicatorResult {
	const out: Indicator[] = [];
	let lastCols: IndCols | undefined;
	for (const t of ctx.tables) {
		let cols: IndCols | undefined;
		let l1 = '';
		let l2 = '';
		// a table without header right after an indicator table goes on with its columns; its
		// caption names the level-1 indicator ("表 3-2 效益指标得分情况")
		const caption = ctx.lines
			.slice(Math.max(0, t.firstLine - 4), t.firstLine)
			.map((l) => l.span.norm.replace(/\s+/g, ''))
			.join('');
		if (lastCols && !t.rows.some((r) => headerOf(r)) && /指标/.test(caption)) {
			const width = Math.max(...t.rows.map((r) => r.cells.length));
			if (width > lastCols.name) {
				cols = lastCols;
				const c1 = caption.match(/(产出|效益|效果|满意度|成本)指标/);
				if (c1) l1 = c1[0];
			}
		}
		for (const row of t.rows) {
			const h = headerOf(row);
			if (h) {
				cols = h;
				lastCols = h;
				continue;
			}
			if (!cols) continue;
			const ks = row.cells.map(key);
			// (and the identity rows of the next form on a page of several, "项目名称 | …", "单位:万元",
			// "预算规模及资金用途 | 预算数 | …": a new form, not rows of this table)
			if (ks.some((k) => /^(年度重点工作任务|预算整体情况|总体绩效目标)$/.test(k)) || ks.some((k) => FORM_LABEL.test(k))) {
				cols = undefined;
				continue;
			}
			// read the row by content: level names, then the name, then the values
			const idx = filled(row).filter((i) => i >= (cols!.l1 ?? 0));
			if (idx.length && idx[0] > cols.name) {
				// only the rest of a cell that a page broke, beside other cells: it cannot be joined
				// to its cell as one quote of the source
				ctx.unread.push({ kind: '表格行', text: ctx.quote(row.start, row.end), start: row.start, end: row.end, reason: '跨页断开的单元格余下部分，无法与上一行连成同一段引文，未并入' });
				continue;
			}
			let pos = 0;
			const cellsIn = idx.map((i) => row.cells[i]);
			let n1: string | undefined;
			let n2: string | undefined;
			// (a level's points or a template's fill-in note after it, "产出指标(50分)", "数量指标(必填硬性指标)": the level)
			const levelKey = (c: Cell) => key(c).replace(/[(（](\d+分|\d+[-~]\d+\)?分?|(必填|选填)[\u4e00-\u9fa5]{0,6})[)）]?$/, '');
			while (pos < cellsIn.length && isLevelName(levelKey(cellsIn[pos]))) {
				const k = levelKey(cellsIn[pos]);
				// a level-1 name in the level-1 column; anything else (成本指标 in the level-2 column,
				// 可持续影响指标 slid into the level-1 column) is a level-2 name
				if (LEVEL1.test(k) && !n1 && !n2 && (idx[pos] === cols.l1 || cols.l2 === undefined || idx[pos] < cols.l2)) n1 = k;
				else n2 = k;
				pos++;
			}
			if (n1) {
				l1 = n1;
				if (!n2) l2 = '';
			}
			if (n2) l2 = n2;
			// (a 效益 level under a 一级 cell the table left blank is no output's: the 一级 carried down from
			// 产出指标 stops at 社会效益 / 经济效益 / 生态效益 / 可持续影响, target tables of every province)
			if (n2 && !n1 && l1 === '产出指标' && level1Of(n2) === '效益指标') l1 = '效益指标';
			const nameCell = cellsIn[pos];
			if (!nameCell || !l1 || !l2) continue;
			// (the national template's row ordinal, "指标1:", is no part of the name, as the other readers take it)
			const name = nameCell.text.replace(/\s+/g, '').replace(KEY_MARK, '').replace(ORDINAL, '');
			const unit = unitOfName(name);
			const ind: Indicator = { level1: l1, level2: l2, name, ...(unit ? { unit } : {}) };
			const rest = cellsIn.slice(pos + 1);
			const first = row.cells[idx[0]];
			const put = (role: 'target' | 'actual' | 'completion' | 'max' | 'score', c: Cell, opCell?: Cell, unitCell?: Cell) => {
				const u = unitCell?.text.trim() || unit;
				const end = Math.max(c.end, unitCell?.text.trim() ? unitCell.end : 0);
				if (role === 'target') {
					ind.target = target(ctx, c, u, first.start, end, opCell ? opSign(key(opCell)) : '');
					// (a spreadsheet's date serial under a time: a date to finish by, as written)
					if (isDateSerial(l2, name, key(c))) {
						delete ind.target.value;
						delete ind.target.unit;
						ind.target.op = 'deadline';
					}
				} else if (role === 'actual') {
					const a = actualOf(c, u);
					ind.actual = ctx.mark({ ...a, quote: ctx.quote(first.start, end) }, first.start, end, 0.85, 'indicators.actual');
				} else if (role === 'completion' && isNumberCell(c.norm.replace(/%$/, ''))) {
					ind.stated_completion = ctx.figure(c.text.replace(/\s*[%％]$/, ''), '%', first.start, c.end, 0.85, 'indicators.completion');
				} else if ((role === 'max' || role === 'score') && isNumberCell(c.norm)) {
					ind[role] = ctx.figure(c.text, '分', first.start, c.end, 0.85, 'indicators.' + role);
				}
			};
			const roles = (['target', 'actual', 'completion', 'max', 'score'] as const).filter((r) => cols![r] !== undefined).sort((a, b) => cols![a]! - cols![b]!);
			// a row that keeps the header's columns (all its cells, or all but merged level cells on
			// its left): each value read from the column its header names, wherever the template puts
			// it and whichever optional columns (指标性质, 计量单位, 偏差原因) stand between
			const shift = idx[pos] - cols.name;
			if (shift === row.cells.length - cols.width) {
				const cell = (i: number | undefined) => (i === undefined ? undefined : row.cells[i + shift]);
				const opCell = cell(cols.op);
				const unitCell = cell(cols.unit);
				const at = new Map(roles.map((role) => [role, cell(cols![role])] as const));
				swapCompared(at);
				for (const role of roles) {
					const c = at.get(role);
					if (c?.text.trim()) put(role, c, opCell, unitCell);
				}
			} else {
				// a row whose cells slid: the filled cells after the name, in the header's order of values
				const at = new Map(roles.map((role, j) => [role, rest[j]] as const));
				swapCompared(at);
				for (const role of roles) {
					const c = at.get(role);
					if (c) put(role, c);
				}
			}
			// a bare count: its unit from the text about the indicator
			if (!unit) {
				if (ind.actual && ind.actual.value !== undefined && !ind.actual.unit) {
					const u = unitFromProse(ctx, name, ind.actual.value);
					if (u) ind.actual.unit = u;
				}
				if (ind.target && ind.target.value !== undefined && !ind.target.unit) {
					const u = unitFromProse(ctx, name, ind.target.value);
					if (u) ind.target.unit = u;
				}
			}
			out.push(ind);
		}
		if (!cols) lastCols = undefined;
	}
	// (no delimited indicator table: one joined by spaces, read by its header's roles)
	if (!out.length) out.push(...readSpacedRoleRows(ctx));
	if (!out.length) out.push(...readParagraphCells(ctx));
	// (one cell a line: the rows by content, where the readers of delimited rows read fewer with values —
	// a row a delimited reader made of a form's cells holds none)
	// (rows named by a figure, "95", are cells read shifted: no rows, as index.ts mergeGrid takes them)
	const valued = (xs: Indicator[]) => xs.filter((i) => (i.target || i.actual) && !/^[\d.,%≥≤<>=\s]+$/.test(i.name)).length;
	if (valued(out) < 2 || valued(out) * 3 <= out.length) {
		const cl = readCellLines(ctx);
		if (valued(cl) > valued(out)) out.splice(0, out.length, ...cl);
	}
	if (!out.length) out.push(...readRunTogetherRows(ctx));
	if (!out.length) out.push(...readLevelListCells(ctx));
	return { table: out };
}

/** Operators written as signs or words in an operator column (指标性质 / 符号); a polarity (正向 / 反向) gives none. */
function opSign(k: string): string {
	if (/^[=<>≤≥＝═]+$/.test(k)) return k;
	if (/^(大于等于|不低于|不少于)$/.test(k)) return '≥';
	if (/^(小于等于|不高于|不超过|不多于)$/.test(k)) return '≤';
	if (/^(大于|高于)$/.test(k)) return '>';
	if (/^(小于|低于)$/.test(k)) return '<';
	return k === '等于' ? '=' : '';
}

function actualOf(c: Cell, unit: string | undefined): Omit<Actual, 'quote'> {
	// (an outcome written with its own unit, "1200人次", "2.5万平方米", as the grid reader reads it)
	const m = c.norm.replace(/\s+/g, '').match(new RegExp(`^(${NUM})(%|[\\u4e00-\\u9fa5]{1,4})?$`));
	if (m) {
		const a: Omit<Actual, 'quote'> = { value: Number(m[1].replace(/,/g, '')), text: c.text };
		// (about so many, "300余人", "50多家": the unit after the word of about)
		const u = m[2] ? (m[2] === '%' ? '%' : m[2].replace(/^[余多]/, '')) : unit;
		if (u) a.unit = u;
		return yuanUnderWan(a, c.norm, unit);
	}
	return { text: c.text };
}

/* ------------------------------------------------------------------ rows joined by spaces, read by column roles */

/** A word of a row: its text and where it stands in the source. */
interface Word {
	key: string;
	start: number;
	end: number;
}

/** an operator column's content (指标性质 / 指标方向 / 符号): a sign, its words, or a polarity or kind */
const OP_WORD = /^([=<>≤≥＝＞＜]{1,2}|大于等于|小于等于|不低于|不高于|不少于|不超过|大于|小于|等于|正向|反向|中性|定性|定量)$/;
/** a unit column's content: a unit of up to four characters, "%", or a rate, "人/天", "万元/人" */
const UNIT_WORD = new RegExp(`^(%|‰|${RATE_UNIT}|[a-zA-Z²³]{1,4}|[\u4e00-\u9fa5]{1,3}\\/[a-zA-Z\u4e00-\u9fa5]{1,3})$`);
const POINTS_WORD = /^\d{1,3}(\.\d{1,2})?$/;
/** an indicator's ordinal before its name, "指标1:", "指标2.", "指标3、" (stripped from the name as
 * written: its digits half- or full-width, "指标１：", in simplified or traditional characters, "指標1：") */
const ORDINAL = /^指[标標]\s*[\d０-９]{1,2}\s*[:：.．、]\s*/;

/** Whether a word can stand in a column of this role (a row joined by spaces, its empty cells dropped). */
function fitsRole(role: ColumnRole, k: string): boolean {
	if (role === 'op') return OP_WORD.test(k);
	if (role === 'unit') return UNIT_WORD.test(k) && !OP_WORD.test(k);
	// (an operator column's word is no target nor outcome: "定性" is the kind of the target beside it)
	if (role === 'target' || role === 'actual') return !OP_WORD.test(k);
	if (role === 'max' || role === 'score') return POINTS_WORD.test(k) && Number(k) <= 100;
	if (role === 'completion' || role === 'rate') return /^\d{1,3}(\.\d+)?%?$/.test(k);
	// (free text ends the row: never a figure)
	return !POINTS_WORD.test(k);
}

/**
 * The one way a row's words fill the value columns after its name, in order, each word fitting its
 * column's role, the target's filled; undefined where none or more than one way fits (the row is
 * left unread, never guessed).
 */
function placeByRole(words: string[], roles: ColumnRole[]): number[] | undefined {
	const found: number[][] = [];
	const walk = (w: number, c: number, at: number[]) => {
		if (found.length > 1) return;
		if (w === words.length) {
			if (at.some((x) => roles[x] === 'target')) found.push([...at]);
			return;
		}
		for (let x = c; x < roles.length; x++) {
			// (every column skipped is an empty cell: a target is never skipped where a word could fill it)
			if (fitsRole(roles[x], words[w])) walk(w + 1, x + 1, [...at, x]);
		}
	};
	walk(0, 0, []);
	return found.length === 1 ? found[0] : undefined;
}

/** A spaced header's roles read as an indicator header: levels, then the name, then value columns each a role, one of them the target. */
function headerFits(roles: Array<ColumnRole | undefined>): boolean {
	const first = roles.findIndex((r) => r === 'l1' || r === 'l2');
	const nameAt = roles.indexOf('name');
	return first >= 0 && nameAt > first && roles.includes('target') && roles.slice(nameAt + 1).every(Boolean) && roles.slice(first, nameAt).every((r) => r === 'l1' || r === 'l2');
}

/**
 * A header's words with each word that names no column joined to the next when together they name one
 * ("年度" "指标值" → 年度指标值, "实际" "完成值" → 实际完成值); undefined when such a word could join either
 * neighbour (two readings). Words before the levels (a group word) stay as they are.
 */
function joinRoleless(ws: Word[]): Word[] | undefined {
	const out: Word[] = [];
	const firstLevel = ws.findIndex((w) => { const r = columnRole(w.key); return r === 'l1' || r === 'l2'; });
	for (let i = 0; i < ws.length; i++) {
		const w = ws[i];
		if (i <= firstLevel || columnRole(w.key) || i + 1 >= ws.length) {
			out.push(w);
			continue;
		}
		const withNext = columnRole(w.key + ws[i + 1].key);
		const prev = out[out.length - 1];
		const withPrev = prev && !columnRole(prev.key) ? undefined : prev && columnRole(prev.key + w.key) && columnRole(prev.key + w.key) !== columnRole(prev.key) ? columnRole(prev.key + w.key) : undefined;
		if (withNext && withPrev) return undefined;
		if (withNext) {
			out.push({ key: w.key + ws[i + 1].key, start: w.start, end: ws[i + 1].end });
			i++;
		} else out.push(w);
	}
	return out;
}

/**
 * Indicator tables one row a line with their cells joined by spaces and their empty cells dropped,
 * as web pages and PDF text leave them, under a header line of column words ("一级指标 二级指标 三级指标
 * 指标性质 指标值 度量单位 权重(%)", "一级指标 二级指标 三级指标 年度指标值 全年完成值 分值 得分 …"): each
 * header word's role by `columnRole` (the one vocabulary), each row's leading level names carried down,
 * then its name (one word), then its words placed under the value columns by what each role can hold
 * (an operator or 定性 under 指标性质, a unit under 计量单位, points of at most 100 under 分值 / 权重 …), in
 * the one way that fits. Level cells written a character a line ("产" / "出" / "指" / "标 数量指标 …") or
 * wrapped before their last word ("经济效益" over "指标 …") are joined back. A row's points alone on the
 * next line ("10") are its 分值 when the row has none. Reading stops at a total, a new header or three
 * lines in a row that are no rows. Serves target and self-evaluation forms (项目绩效目标表, 转移支付区域
 * 绩效自评表) that disclosure sites print as text, whatever optional columns their template has.
 */
export function readSpacedRoleRows(ctx: Ctx): Indicator[] {
	const out: Indicator[] = [];
	const L = ctx.lines;
	const wordsOf = (n: number, joinOps = true): Word[] => {
		const l = L[n];
		const ws: Word[] = [];
		for (const m of l.span.norm.matchAll(/\S+/g)) ws.push({ key: m[0], start: l.span.map[m.index!], end: l.span.map[m.index! + m[0].length - 1] + 1 });
		// (an operator written apart from its figure, "≥ 5": one word; not under a header with an operator
		// column, whose sign is that column's cell)
		if (joinOps) for (let i = 0; i + 1 < ws.length; i++)
			if (/^[=<>≤≥＝＞＜]{1,2}$/.test(ws[i].key) && /^\d/.test(ws[i + 1].key)) ws.splice(i, 2, { key: ws[i].key + ws[i + 1].key, start: ws[i].start, end: ws[i + 1].end });
		// (a name's unit in brackets written apart, "扶持主体数量 (个)": part of the name)
		for (let i = 1; i < ws.length; i++)
			if (/^[(（][^()（）\d]{1,6}[)）]$/.test(ws[i].key) && /[\u4e00-\u9fa5]$/.test(ws[i - 1].key)) ws.splice(i - 1, 2, { key: ws[i - 1].key + ws[i].key, start: ws[i - 1].start, end: ws[i].end }), i--;
		return ws;
	};
	const plain = (n: number) => n < L.length && !L[n].tabbed && !/\|/.test(L[n].raw) && !L[n].rule;
	// (levels named 目标 for 指标, "产出目标 / 数量目标": Fujian's 部门整体支出绩效自评表)
	const L1_GOAL = /^(产出|效益|效果|满意度)目标$/;
	const L2_GOAL = new RegExp(`^(?:${LEVEL2_KINDS.join('|')})目标$`);
	const isLevel = (k: string) => LEVEL1.test(k) || new RegExp(`^${LEVEL2_NAME}$`).test(k) || L1_GOAL.test(k) || L2_GOAL.test(k);
	const isL1 = (k: string) => LEVEL1.test(k) || L1_GOAL.test(k);
	for (let h = 0; h < L.length; h++) {
		if (!plain(h) || L[h].blank) continue;
		let hw = wordsOf(h);
		if (hw.length < 4) continue;
		// the header: level and name columns, then value columns, each word a role (a group word before the levels passes)
		let roles = columnRoles(hw.map((w) => w.key));
		// (a header wrapped inside its cells, "绩效 实际" over "目标值 完成值": each word without a role and the
		// next line's word in its place make one column word)
		const open = roles.map((r, x) => (r ? -1 : x)).filter((x) => x >= 0 && x > roles.indexOf('name') && roles.indexOf('name') >= 0);
		let headEnd = h;
		if (open.length && h + 1 < L.length && plain(h + 1)) {
			const lower = wordsOf(h + 1);
			if (lower.length === open.length && open.every((x, y) => columnRole(hw[x].key + lower[y].key))) {
				const keys = hw.map((w) => w.key);
				open.forEach((x, y) => (keys[x] = hw[x].key + lower[y].key));
				roles = columnRoles(keys);
				headEnd = h + 1;
			}
		}
		// (a header whose cells wrap over the lines after it, as a space-joined page leaves a header of tall
		// cells: "… 三级指标 年度 指标值" / "实际 完成值" / "分值 得分 偏差原因…"; lines of column words only — no
		// level name, no figure — continue it, and a word with no role joins the next when together they name
		// a column, "年度"+"指标值", "实际"+"完成值"; a word that could join either side leaves the header unread)
		if (!headerFits(roles)) {
			let best: { hw: Word[]; roles: Array<ColumnRole | undefined>; end: number } | undefined;
			for (let extra = 0; extra <= 3; extra++) {
				const more = L.slice(h + 1, h + 1 + extra);
				if (more.length < extra || more.some((l, i) => !plain(h + 1 + i) || l.blank)) break;
				const moreWords = more.flatMap((_, i) => wordsOf(h + 1 + i));
				if (moreWords.some((w) => isLevel(w.key) || /\d/.test(w.key))) break;
				const joined = joinRoleless([...hw, ...moreWords]);
				if (!joined) continue;
				const rs = columnRoles(joined.map((w) => w.key));
				// (the header takes every line of column words that follows it)
				if (headerFits(rs)) best = { hw: joined, roles: rs, end: h + extra };
			}
			if (best) (hw = best.hw), (roles = best.roles), (headEnd = best.end);
		}
		const first = roles.findIndex((r) => r === 'l1' || r === 'l2');
		const nameAt = roles.indexOf('name');
		if (first < 0 || nameAt < first || !roles.includes('target')) continue;
		// (a second column of a role, 指标方向性 beside 指标性质, is a column of words read by no role: a note)
		const vals = roles.slice(nameAt + 1).map((r, i) => r ?? (columnRole(hw[nameAt + 1 + i].key) === 'op' ? ('note' as const) : undefined));
		if (vals.some((r) => !r) || roles.slice(first, nameAt).some((r) => r !== 'l1' && r !== 'l2')) continue;
		const valRoles = vals as ColumnRole[];
		const hasL1 = roles.includes('l1');
		const found: Indicator[] = [];
		let l1 = '';
		let l2 = '';
		let misses = 0;
		let pending = '';
		let n = headEnd + 1;
		for (; n < L.length && misses < 3; n++) {
			if (L[n].blank) continue;
			if (!plain(n)) break;
			let ws = wordsOf(n, !valRoles.includes('op'));
			// (a level written a character a line: kept until the row that ends it)
			if (ws.length === 1 && /^[\u4e00-\u9fa5]$/.test(ws[0].key)) {
				pending += ws[0].key;
				continue;
			}
			if (pending && /^[\u4e00-\u9fa5]$/.test(ws[0].key)) ws = [{ ...ws[0], key: pending + ws[0].key }, ...ws.slice(1)];
			pending = '';
			// (a level wrapped before its last word: "经济效益" ending this line, "指标" opening the next)
			const next = n + 1 < L.length ? wordsOf(n + 1) : [];
			const last = ws[ws.length - 1];
			if (next[0]?.key === '指标' && isLevel(last.key + '指标') && !isLevel(last.key)) ws = [...ws.slice(0, -1), { ...last, key: last.key + '指标' }];
			if (ws[0].key === '指标' && ws.length > 1 && n > h + 1 && isLevel(wordsOf(n - 1).slice(-1)[0]?.key + '指标')) ws = ws.slice(1);
			if (/^(合计|总分|总计|评价结论|说明|备注)/.test(ws[0].key) || columnRoles(ws.map((w) => w.key)).filter(Boolean).length >= 3) break;
			let w = 0;
			// (columns before the levels, 单位名称 / 项目名称 / 预算数, filled on a project's first row only: its
			// words up to the first level name are theirs)
			if (first > 0) {
				const lv = ws.findIndex((x) => isLevel(x.key));
				if (lv > 0) w = lv;
			}
			// (a level cell wrapped inside itself before its last word, "经济效益 指标" on one line: one level name)
			for (let x = w; x + 1 < ws.length && x <= w + 1; x++)
				if (ws[x + 1].key === '指标' && !isLevel(ws[x].key) && isLevel(ws[x].key + '指标')) ws = [...ws.slice(0, x), { key: ws[x].key + '指标', start: ws[x].start, end: ws[x + 1].end }, ...ws.slice(x + 2)];
			let n1: string | undefined;
			let n2: string | undefined;
			// (a level's points after its name, "产出指标(40分)": the level)
			// (or as a range, "成本指标(0-20)分")
			const lvKey = (k: string) => k.replace(/[(（]\d+(?:\.\d+)?分[)）]$|[(（]\d+[-~]\d+[)）]分$/, '');
			for (; w < ws.length && isLevel(lvKey(ws[w].key)); w++) {
				const k = lvKey(ws[w].key);
				// (成本指标 under 产出指标 is its level 2, as the other readers take it — unless a level 2 follows
				// it, 经济成本指标 / 社会成本指标: then it is the cost part's level 1)
				const costL2 = /^成本/.test(k) && /^产出/.test(l1) && !(w + 1 < ws.length && isLevel(lvKey(ws[w + 1].key)));
				if (isL1(k) && !n1 && !n2 && !costL2) n1 = k;
				else n2 = k;
			}
			// (a level 2 written as its bare kind, "效益指标 经济效益 …" / "社会效益 …" as many forms name them: a
			// level 2 where a level 1 stands before it and a name and values follow; only the kinds no indicator is
			// named, never 数量 / 质量 / 时效 / 成本 / 满意度 alone)
			if (!n2 && w < ws.length && ws.length - w >= 3 && (n1 || l1) && BARE_LEVEL2.test(ws[w].key)) n2 = ws[w++].key;
			// (a block's merged level-1 cell printed mid-block, "产出指标 开设课程数量 220" under 数量指标 rows:
			// the level 2 above still holds; and rows above it, whose level 1 the merged cell left out, take
			// the level 1 their level 2 belongs to)
			if (n1 && (n1 !== l1 || n2)) (l1 = n1), (l2 = '');
			if (n2) {
				l2 = n2;
				if (!n1 && ((l1 === '产出指标' && level1Of(n2) === '效益指标') || !l1)) l1 = /.成本指标$/.test(n2) ? '成本指标' : level1Of(n2);
			}
			let rest = ws.slice(w);
			// (a row whose values a long name pushed onto the next line: "X数量(个)" over "15 6 8.0")
			const below = n + 1 < L.length && plain(n + 1) ? wordsOf(n + 1, !valRoles.includes('op')) : [];
			if (rest.length === 1 && below.length >= 2 && /^[≥≤<>=]?\d/.test(below[0].key)) {
				rest = [...rest, ...below];
				n++;
			}
			// (the text's last line, where a page may have cut the source off: a row cut after its name, or whose
			// words fit no placement, is that indicator, its values unknown)
			const cutOff = L.slice(n + 1).every((l) => l.blank);
			if (cutOff && rest.length === 1 && l2 && (l1 || !hasL1) && found.length && rest[0].key.length >= 2 && !POINTS_WORD.test(rest[0].key)) {
				found.push({ ...(l1 ? { level1: l1 } : {}), level2: l2, name: ctx.src.slice(rest[0].start, rest[0].end).replace(/\s+/g, '').replace(KEY_MARK, '').replace(ORDINAL, '') } as Indicator);
				continue;
			}
			// (a table without a 一级指标 column: its rows have a level 2 only)
			if (rest.length < 2 || (!l1 && hasL1) || !l2) {
				if (!n1 && !n2) misses++;
				continue;
			}
			const name = rest[0];
			let cells = rest.slice(1);
			let cols = placeByRole(cells.map((c) => c.key), valRoles);
			// (the row's points alone on the next line)
			const maxAt = valRoles.indexOf('max');
			if (cols && maxAt >= 0 && !cols.includes(maxAt) && next.length === 1 && POINTS_WORD.test(next[0].key) && cols.every((x) => x < maxAt)) {
				cells = [...cells, next[0]];
				cols = [...cols, maxAt];
				n++;
			}
			if (!cols || name.key.length < 2 || POINTS_WORD.test(name.key) || OP_WORD.test(name.key)) {
				// (the cut-off row's indicator, its values unknown)
				if (cutOff && found.length && name.key.length >= 2 && !POINTS_WORD.test(name.key) && !/盖章|负责人|填报|填表|审核|日期/.test(name.key)) found.push({ ...(l1 ? { level1: l1 } : {}), level2: l2, name: ctx.src.slice(name.start, name.end).replace(/\s+/g, '').replace(KEY_MARK, '').replace(ORDINAL, '') } as Indicator);
				misses++;
				continue;
			}
			misses = 0;
			const at = (r: ColumnRole) => {
				const x = cols!.findIndex((c) => valRoles[c] === r);
				return x >= 0 ? cells[x] : undefined;
			};
			// (a row's ordinal, "指标1:", "指标2.", is no part of its name)
			const nm = ctx.src.slice(name.start, name.end).replace(/\s+/g, '').replace(KEY_MARK, '').replace(ORDINAL, '');
			const nameUnit = unitOfName(nm);
			const unitW = at('unit');
			const u = unitW?.key ?? nameUnit;
			const opW = at('op');
			const ind = { ...(l1 ? { level1: l1 } : {}), level2: l2, name: nm, ...(nameUnit ? { unit: nameUnit } : {}) } as Indicator;
			const q0 = name.start;
			const cellOf = (x: Word): Cell => ({ text: ctx.src.slice(x.start, x.end), norm: x.key, start: x.start, end: x.end }) as Cell;
			const tw = at('target')!;
			const tEnd = Math.max(tw.end, unitW ? unitW.end : 0);
			ind.target = target(ctx, cellOf(tw), u, q0, tEnd, opW ? opSign(opW.key) : '');
			const aw = at('actual');
			if (aw) {
				const a = actualOf(cellOf(aw), u);
				ind.actual = ctx.mark({ ...a, quote: ctx.quote(q0, aw.end) }, q0, aw.end, 0.8, 'indicators.spaced');
			}
			for (const r of ['max', 'score'] as const) {
				const pw = at(r);
				if (pw) ind[r] = ctx.figure(ctx.src.slice(pw.start, pw.end), '分', q0, pw.end, 0.8, 'indicators.spaced.' + r);
			}
			if (ind.max && ind.score && ind.score.value > ind.max.value) {
				misses++;
				continue;
			}
			costWan(ind);
			found.push(ind);
		}
		if (found.length >= 2) out.push(...found);
		h = n - 1;
	}
	return out;
}

/**
 * Indicator tables written one cell a paragraph with a blank line between cells, as web pages print a
 * Word table ("一级指标 / 二级指标 / 三级指标 / 年度指标值 / 实际完成指标值", each a paragraph): the header's
 * words give the columns by their roles (columnRole), and the cells after it are read as rows by
 * content: the level names a row opens with (carried down), its name, then one cell a value column. A
 * number alone after the header words (the block's points, "50") heads a column of points that the
 * template leaves unnamed: each row's last cell, a score of at most 100. Reading stops at the first
 * row whose cells do not fit their columns (a value where a name should be, a cut row). Serves transfer-
 * payment 区域绩效目标自评表 and project tables on disclosure pages, two rows or more.
 */
/** Level names written with 值 for 指标: 产出值, 效益值, 满意度值; 数量值, 社会效益值, 服务对象满意度值. */
const LEVEL1_VALUE = /^(产出|效益|效果|满意度|成本)值$/;
const LEVEL2_VALUE = new RegExp(`^(?:${LEVEL2_KINDS.join('|')})值$`);
/** The 决策 / 过程 levels of the common framework (财预〔2020〕10号), as target forms that carry them write them. */
const DECISION_L1 = /^(项目)?(决策|过程|管理)$/;
const DECISION_L2 = /^(项目立项|绩效目标|资金投入|资金管理|组织实施|财务管理|业务管理)$/;

/** A web page's furniture after a table: 扫一扫, 打印, 关闭, 附件下载, 分享到. */
const PAGE_FURNITURE = /^(扫一扫|\[?(打印|关闭|下载)\]?$|【(打印|关闭)】|附件下载|分享到|上一篇|下一篇)/;

export function readParagraphCells(ctx: Ctx): Indicator[] {
	const L = ctx.lines;
	const isCell = (n: number) => !L[n].blank && !L[n].tabbed && !/\|/.test(L[n].raw) && !L[n].rule;
	const cells: number[] = [];
	for (let n = 0; n < L.length; n++) if (isCell(n)) cells.push(n);
	const key = (n: number) => L[n].span.norm.replace(/\s+/g, '');
	// (a level written with 值 for 指标, "产出值 / 数量值 / 社会效益值", as some provinces' forms name them)
	// (and the 决策 part of the common framework above the outputs: 决策 / 项目立项, 绩效目标, 资金投入)
	// (a level with a template's fill-in note, "成本指标(必填硬性指标)", "时效指标(必填)": the level, its note dropped)
	const levelKey = (n: number) => key(n).replace(/[(（](必填|选填)[\u4e00-\u9fa5]{0,6}[)）]$/, '');
	const isL1 = (k: string) => LEVEL1.test(k) || LEVEL1_VALUE.test(k) || DECISION_L1.test(k);
	const isLevel = (k: string) => isL1(k) || new RegExp(`^${LEVEL2_NAME}$`).test(k) || LEVEL2_VALUE.test(k) || DECISION_L2.test(k);
	for (let i = 0; i < cells.length; i++) {
		// the header: consecutive cells each a column word, l1 … name … a value column; blank lines between
		// every two (the layout this reader serves)
		// (or a tree table's: its first column holds the project, the levels and the indicators each on a
		// row of its own, "项目 / 指标值 / 绩效金额", the levels shown by indentation only — the budget
		// system's 项目绩效目标批复表 / 申报表 as disclosure pages print it, Ningxia's and others'; the
		// levels alone on their rows are carried down like merged level cells)
		const tree = /^(项目|项目名称|绩效指标|指标名称?)$/.test(key(cells[i])) && i + 1 < cells.length && cells[i + 1] - cells[i] === 2 && columnRole(key(cells[i + 1])) === 'target';
		if (columnRole(key(cells[i])) !== 'l1' && !tree) continue;
		const roles: ColumnRole[] = tree ? ['name', 'target'] : [];
		let j = tree ? i + 2 : i;
		if (tree) {
			// (the amount column beside the project row, 绩效金额 / 金额: no indicator's)
			if (j < cells.length && cells[j] - cells[j - 1] === 2 && /金额/.test(key(cells[j])) && !columnRole(key(cells[j]))) j++;
			// (the department's and the project's rows and the project's amount before the first level)
			let skip = 0;
			while (j < cells.length && skip < 4 && !isLevel(levelKey(cells[j]))) j++, skip++;
			if (j >= cells.length || !isL1(levelKey(cells[j]))) continue;
		}
		while (!tree && j < cells.length && columnRole(key(cells[j]), roles.includes('l1') && !roles.includes('name')) && (j === i || cells[j] - cells[j - 1] === 2)) roles.push(columnRole(key(cells[j]), roles.includes('l1') && !roles.includes('name'))!), j++;
		const nameAt = roles.indexOf('name');
		if (nameAt < 0 || new Set(roles).size !== roles.length) continue;
		const vals = roles.slice(nameAt + 1);
		if (!vals.includes('target') && !vals.includes('actual')) continue;
		if (vals.some((r) => !['target', 'actual', 'completion', 'max', 'score', 'op', 'unit', 'note'].includes(r))) continue;
		// (the unnamed points column, its header cell the block's points)
		if (j < cells.length && /^\d{1,3}$/.test(key(cells[j])) && Number(key(cells[j])) <= 100 && !vals.includes('score') && !vals.includes('max')) {
			vals.push('score');
			j++;
		}
		// (a trailing 备注 / 说明 column the page left empty prints no cell: the rows are read with it and
		// without it, the reading with more rows kept)
		const bare = vals.slice();
		while (bare.length > 1 && bare[bare.length - 1] === 'note') bare.pop();
		const readRows = (vals: ColumnRole[]): Indicator[] => {
			const out: Indicator[] = [];
			let l1 = '';
			let l2 = '';
			let k = j;
			for (;;) {
				let n1: string | undefined;
				let n2: string | undefined;
				while (k < cells.length && isLevel(levelKey(cells[k]))) {
					const lk = levelKey(cells[k]);
					// (成本指标 under 产出指标 is its level 2, as the other readers take it)
					if (isL1(lk) && !n1 && !n2 && !(/^成本/.test(lk) && /^产出/.test(l1))) n1 = lk;
					else n2 = lk;
					k++;
				}
				if (n1) (l1 = n1), (l2 = '');
				if (n2) {
					l2 = n2;
					if (!n1 && l1 === '产出指标' && level1Of(n2) === '效益指标') l1 = '效益指标';
				}
				if (k + vals.length >= cells.length || !l1 || !l2) break;
				const nameLine = L[cells[k]];
				const nk = key(cells[k]);
				const vs = cells.slice(k + 1, k + 1 + vals.length);
				const fits = vs.every((n, x) => {
					const v = key(n);
					if (isLevel(levelKey(n)) || columnRole(v)) return false;
					return vals[x] === 'max' || vals[x] === 'score' ? /^\d{1,3}(\.\d{1,2})?$/.test(v) && Number(v) <= 100 : vals[x] === 'note' || v.length <= 40;
				});
				// (a web page's furniture after the table, "附件下载:" over "扫一扫", ends it)
				if (!fits || nk.length < 2 || /^\d/.test(nk) || nk.length > 60 || /[:：]$/.test(nk) || vs.some((n) => PAGE_FURNITURE.test(key(n)))) break;
				const name = nameLine.span.text.trim().replace(/\s+/g, '').replace(KEY_MARK, '').replace(ORDINAL, '');
				const unit = unitOfName(name);
				const ind = { level1: l1, level2: l2, name, ...(unit ? { unit } : {}) } as Indicator;
				const q0 = nameLine.start;
				vs.forEach((n, x) => {
					const l = L[n];
					const c = { text: l.span.text.trim(), norm: l.span.norm.trim(), start: l.start + l.raw.search(/\S/), end: l.start + l.raw.trimEnd().length } as Cell;
					const r = vals[x];
					if (r === 'target') ind.target = target(ctx, c, unit, q0, c.end);
					else if (r === 'actual') ind.actual = ctx.mark({ ...actualOf(c, unit), quote: ctx.quote(q0, c.end) }, q0, c.end, 0.8, 'indicators.paragraphs');
					else if (r === 'max' || r === 'score') ind[r] = ctx.figure(c.text, '分', q0, c.end, 0.8, 'indicators.paragraphs.' + r);
				});
				out.push(ind);
				k += 1 + vals.length;
			}
			return out;
		};
		const withNotes = readRows(vals);
		const out = bare.length < vals.length ? [withNotes, readRows(bare)].sort((x, y) => y.length - x.length)[0] : withNotes;
		if (out.length >= 2) return out;
	}
	return [];
}

/* ------------------------------------------------------------------ rows whose cells ran together */

/** An operator column's content as a row runs it into its neighbours: a sign, or its words. */
const RUN_OP = /(?:>=|<=|≥|≤|＝|=|>|<|大于等于|小于等于|不低于|不高于|不少于|不超过|不多于|大于|小于|等于|正向|反向|定性|定量)/y;
/** A target as a cell holds it: an operator, a number and its own unit; a date; or words without figures. */
const RUN_TARGET = /^(?:[≥≤><=＝]{0,2}(?!0\d)\d+(?:\.\d+)?(?:%|‰|[a-zA-Z²³]{1,4}|[\u4e00-\u9fa5]{1,3}(?:\/[\u4e00-\u9fa5a-zA-Z]{1,3})?)?|\d{4}年(?:\d{1,2}月)?(?:\d{1,2}日)?[\u4e00-\u9fa5]{0,3}|[^\d]{1,30})$/;

/** A header run together from column words, "指标名称指标权重计量单位指标性质指标值": its roles in order. */
export function runHeaderRoles(s: string): ColumnRole[] | undefined {
	const roles: ColumnRole[] = [];
	let i = s.startsWith('绩效指标') ? 4 : 0;
	while (i < s.length) {
		let len = Math.min(12, s.length - i);
		let r: ColumnRole | undefined;
		for (; len >= 2; len--) {
			r = columnRole(s.slice(i, i + len), (roles.includes('l1') || roles.includes('l2')) && !roles.includes('name'));
			if (r) break;
		}
		if (!r || roles.includes(r)) return undefined;
		roles.push(r);
		i += len;
	}
	return roles;
}

/**
 * The ways a row run together reads under value columns `vals` after its name: each a list of
 * [start, end) per column. Points (权重 / 分值) are one to three digits of at most 100; a unit and an
 * operator may be empty; the target takes the rest and must read as a target. A unit is taken only
 * before a figure (before words it cannot be told from them).
 */
export function runReadings(s: string, vals: ColumnRole[]): Array<{ nameEnd: number; at: Array<[number, number]> }> {
	const found: Array<{ nameEnd: number; at: Array<[number, number]> }> = [];
	const walk = (x: number, p: number, at: Array<[number, number]>, nameEnd: number) => {
		if (found.length > 1) return;
		const role = vals[x];
		if (x === vals.length - 1) {
			const t = s.slice(p);
			if (!t || !RUN_TARGET.test(t)) return;
			const unitAt = vals.indexOf('unit');
			if (unitAt >= 0 && at[unitAt][1] > at[unitAt][0] && !/\d/.test(t)) return;
			// (an operator column left empty before a signed target: the sign is the column's)
			const opAt = vals.indexOf('op');
			if (opAt >= 0 && at[opAt][1] === at[opAt][0] && /^[≥≤><=＝]/.test(t)) return;
			// (a zero right after points cut inside a run of digits is the points' last digit: "10有效保障")
			if (/^0(?![.\d])/.test(t) && /\d/.test(s[p - 1] ?? '')) return;
			found.push({ nameEnd, at: [...at, [p, s.length]] });
			return;
		}
		const cands: number[] = [];
		if (role === 'max' || role === 'score') {
			const m = s.slice(p).match(/^\d{1,3}(?:\.\d{1,2})?/)?.[0] ?? '';
			for (let l = 1; l <= m.length; l++) {
				const w = m.slice(0, l);
				if (!w.endsWith('.') && !/^0\d/.test(w) && Number(w) > 0 && Number(w) <= 100) cands.push(p + l);
			}
		} else if (role === 'unit') {
			cands.push(p);
			const m = s.slice(p).match(/^(?:%|‰|[a-zA-Z]{1,4}|[\u4e00-\u9fa5]{1,3}(?:\/[\u4e00-\u9fa5a-zA-Z]{1,3})?)/)?.[0] ?? '';
			for (let l = 1; l <= m.length; l++) cands.push(p + l);
		} else if (role === 'op') {
			cands.push(p);
			RUN_OP.lastIndex = p;
			const m = RUN_OP.exec(s);
			if (m) cands.push(p + m[0].length);
		} else return;
		for (const e of new Set(cands)) walk(x + 1, e, [...at, [p, e]], nameEnd);
	};
	// the name ends where a figure starts (not inside one), or where an operator does
	for (let p = 2; p < s.length; p++) {
		// (a name ends in no figure, unit or operator: "…率10%=" is the row's values)
		if (/[\d.%‰=<>≥≤＝~\-]/.test(s[p - 1])) continue;
		walk(0, p, [], p);
		if (found.length > 1) break;
	}
	return found;
}

/**
 * Indicator tables whose cells a web page ran together, one row a line with no separator, under a
 * header run together the same way ("绩效指标指标名称指标权重计量单位指标性质指标值", then "预算执行率
 * 10%=100", "农村公路养护里程10公里=125", "开展文艺活动场次1020", "群众满意度5%95"): the header's
 * words give the columns by role (columnRole); a row is read where exactly one cut fits the columns
 * (points of at most 100, a unit only before a figure, an operator, a target that reads as one), else
 * reading stops. Level names the row opens with (产出指标, 数量指标) are carried down where the header
 * has level columns. Serves Chongqing's 部门(单位)整体绩效目标表 (指标名称 | 指标权重 | 计量单位 | 指标性质 |
 * 指标值) and any target table with name, points, unit, operator and target columns in this state.
 */
export function readRunTogetherRows(ctx: Ctx): Indicator[] {
	const L = ctx.lines;
	for (let h = 0; h < L.length; h++) {
		const hk = L[h].span.norm.trim();
		if (!/指标值|目标值/.test(hk) || /[\s|\t]/.test(hk) || hk.length > 80) continue;
		const roles = runHeaderRoles(hk);
		if (!roles) continue;
		const nameAt = roles.indexOf('name');
		const vals = roles.slice(nameAt + 1);
		if (nameAt < 0 || vals[vals.length - 1] !== 'target' || vals.some((r) => !['max', 'score', 'unit', 'op', 'target'].includes(r))) continue;
		if (roles.slice(0, nameAt).some((r) => r !== 'l1' && r !== 'l2')) continue;
		const out: Indicator[] = [];
		let l1 = '';
		let l2 = '';
		for (let n = h + 1; n < L.length; n++) {
			const line = L[n];
			const raw = line.span.norm;
			const lead = raw.search(/\S/);
			const s = raw.trim();
			if (!s || /[\s|\t]/.test(s)) break;
			let from = 0;
			if (nameAt > 0) {
				const lv = s.match(new RegExp(`^((?:产出|效益|效果|满意度)指标)?(${LEVEL2_NAME})?`))!;
				if (lv[1]) (l1 = lv[1]), (l2 = '');
				if (lv[2]) l2 = lv[2];
				from = lv[0].length;
				if (!l1 && l2) l1 = level1Of(l2);
			}
			const body = s.slice(from);
			const reads = runReadings(body, vals);
			if (reads.length !== 1) break;
			const { nameEnd, at } = reads[0];
			const off = lead + from;
			const src = (i: number) => line.span.map[off + i];
			const text = (a: number, b: number) => line.span.text.slice(off + a, off + b);
			const name = text(0, nameEnd).replace(KEY_MARK, '').replace(ORDINAL, '');
			const ind = { ...(l1 ? { level1: l1 } : {}), ...(l2 ? { level2: l2 } : {}), name } as Indicator;
			const q0 = src(0);
			const q1 = src(body.length - 1) + 1;
			const piece = (role: ColumnRole) => {
				const x = vals.indexOf(role);
				return x < 0 || at[x][1] <= at[x][0] ? undefined : at[x];
			};
			const u = piece('unit');
			const o = piece('op');
			const t = piece('target')!;
			const unit = u ? body.slice(u[0], u[1]) : unitOfName(name);
			// (an operator sign is the target's, as written: "=100"; a word of kind or polarity is not)
			const signed = o && /^[>=<≥≤＝]+$/.test(body.slice(o[0], o[1]));
			const t0 = signed ? o![0] : t[0];
			const cell = { text: text(t0, t[1]), norm: body.slice(t0, t[1]), start: src(t0), end: q1 } as Cell;
			ind.target = target(ctx, cell, unit, q0, q1, o && !signed ? opSign(body.slice(o[0], o[1])) : '');
			for (const r of ['max', 'score'] as const) {
				const p = piece(r);
				if (p) ind[r] = ctx.figure(text(p[0], p[1]), '分', q0, q1, 0.8, 'indicators.run-together.' + r);
			}
			out.push(ind);
		}
		if (out.length >= 2) return out;
	}
	return [];
}

/* ------------------------------------------------------------------ a level's targets listed in one cell */

/** One listed target: a name, then its figure at the clause's end ("巡查频次8次", "验收合格率≥86%", "覆盖人次不低于2万人次"). */
const LISTED = new RegExp(
	`^\\s*([\\u4e00-\\u9fa5][^;；。]{0,40}?[^\\d.\\s%‰≥≤<>=＝,，、])\\s*(?:为|达到|达|约)?\\s*((?:≥|≤|>=|<=|>|<|=|＝|不低于|不少于|不高于|不超过|低于|高于|大于|小于)?\\s*${NUM}\\s*(?:%|‰|[a-zA-Z²³]{1,4}|[\\u4e00-\\u9fa5]{1,3}(?:\\/[\\u4e00-\\u9fa5]{1,3})?)?)\\s*$`
);

/**
 * Targets listed in the cell beside their level, "产出指标 | 开展巡查频次8次;编制宣传资料数量3个;验收合格率≥86%。"
 * (the 年度绩效总目标 block of Hubei's 项目绩效目标表, and any form whose level cells hold their indicators as
 * a list): each clause between semicolons that ends in its figure is an indicator of that level, its name
 * what stands before the figure; a clause without a figure ("名录基本健全") cannot be cut from its name and
 * stays unread. Two such clauses or more in one cell (then a cell of one beside it counts too). The
 * list is the rest of the level's row up to the next bar or tab (bars, tabs, cells joined by spaces), or
 * the next line where the level's cell ends its line (one cell a line, with or without a closing bar).
 */
export function readLevelListCells(ctx: Ctx): Indicator[] {
	const lists: Indicator[][] = [];
	const L = ctx.lines;
	const LEVEL_CELL = new RegExp(`(?<=^|[|\\t\\s])((?:产出|效益|效果|满意度)指标|${LEVEL2_NAME})(?=$|\\s*[|\\t]|\\s)`, 'g');
	for (let n = 0; n < L.length; n++) {
		const norm = L[n].span.norm;
		for (const lm of norm.matchAll(LEVEL_CELL)) {
			const lk = lm[1];
			// (a heading "一、 产出指标" over prose is no cell)
			if (/(^|\s)([一二三四五六七八九十]{1,2}[、.．]|[(（][一二三四五六七八九十\d]{1,2}[)）]|\d{1,2}[、.．])\s*$/.test(norm.slice(0, lm.index))) continue;
			const l1 = /^(产出|效益|效果|满意度)指标$/.test(lk) ? lk : level1Of(lk);
			// the list: the rest of the cell's row up to the next bar or tab, or, where the level's cell ends
			// the line (one cell a line, "产出指标 |"), the next line
			let span = L[n].span;
			let a0 = lm.index! + lk.length;
			const restLine = norm.slice(a0).replace(/^[\s|\t]+/, '');
			let listLine = n;
			if (!restLine.replace(/[|\s]+$/, '')) {
				let m = n + 1;
				while (m < L.length && L[m].blank) m++;
				if (m >= L.length) continue;
				span = L[m].span;
				a0 = 0;
				listLine = m;
			} else a0 += norm.slice(a0).length - restLine.length;
			const cut = span.norm.slice(a0).search(/[|\t]/);
			const b0 = cut < 0 ? span.norm.length : a0 + cut;
			// (the list ends its row: a 三级指标 cell that lists its items, with the row's values after it, is one
			// indicator of a table, not a level's list — its values in the cells after it, on the line below, or
			// after its last clause)
			if (/[^|\s]/.test(span.norm.slice(b0))) continue;
			let below = listLine + 1;
			while (below < L.length && L[below].blank) below++;
			if (below < L.length && listLine !== n && /^[≥≤<>=]?\s*\d[\d.,]*\s*(%|分)?\s*\|?$/.test(L[below].span.norm.trim())) continue;
			if (/(^|[;；。])\s*[≥≤<>=]?\d[\d.]*%?(\s+[≥≤<>=]?\d[\d.]*%?)*\s*$/.test(span.norm.slice(a0, b0).replace(/[。;；\s]+$/, '').replace(/[;；。]\s*(?=[^;；。]*$)/, '；'))) continue;
			const cell = { text: span.text.slice(a0, b0), norm: span.norm.slice(a0, b0), span: { map: span.map.slice(a0, b0) } };
			// (labelled clauses, "数量指标:…", are prose under a level's heading: the prose readers')
			if (/[:：]/.test(cell.norm)) continue;
			const found: Indicator[] = [];
			let a = 0;
			for (const seg of cell.norm.split(/([;；]|。(?=.))/)) {
				const from = a;
				a += seg.length;
				const m = seg.replace(/。$/, '').match(LISTED);
				if (!m) continue;
				const n0 = from + seg.search(/\S/);
				const t0 = from + seg.indexOf(m[2], seg.indexOf(m[1]) + m[1].length);
				const t1 = t0 + m[2].length;
				const q0 = cell.span.map[n0];
				const q1 = cell.span.map[t1 - 1] + 1;
				const name = cell.text.slice(n0, n0 + m[1].length).replace(/\s+/g, '');
				const text = cell.text.slice(t0, t1).trim();
				const parsed = parseTarget(text, cell.norm.slice(t0, t1).trim(), unitOfName(name));
				if (parsed.value === undefined) continue;
				const target = ctx.mark({ ...parsed, quote: ctx.quote(q0, q1) } as Target, q0, q1, 0.7, 'indicators.level-list');
				found.push({ level1: l1, ...(lk !== l1 ? { level2: lk } : {}), name, target } as Indicator);
			}
			if (found.length) lists.push(found);
		}
	}
	// (a cell of one listed target counts beside a cell that lists two or more: one sentence with a figure is no list)
	return lists.some((f) => f.length >= 2) ? lists.flat() : [];
}

/* ------------------------------------------------------------------ one cell a line, rows by content */

/** A bare 万 of a cost ("45万" under 成本指标, 项目总成本) is money: 万元 (as grid.ts reads it). */
function costWan(ind: Indicator) {
	if (!/成本|资金|经费|投资|金额|费用/.test((ind.level2 ?? '') + ind.name)) return;
	for (const f of [ind.target, ind.actual]) if (f && 'unit' in f && f.unit === '万') f.unit = '万元';
}

/** A value cell as a row's cells hold them: a figure (with its bound and unit), an operator, a unit, a polarity. */
const VALUE_CELL = /^(?:[≥≤<>=＝≧≦]{1,2}|不低于|不高于|不少于|不超过|大于|小于|等于)?\s*\d[\d.,]*\s*(?:%|‰|[\u4e00-\u9fa5a-zA-Z/²³·]{0,6})?$|^(?:[≥≤<>=＝≧≦]{1,2}|%|‰)$|^(正向|反向|中性)(指标)?$|^(定量|定性)$/;

/**
 * Indicator tables one cell a line (a Word table's text with every cell a paragraph, or a page whose
 * cells end in " |"), their merged and empty cells left out, under a header of one column word a line
 * (一级指标 / 二级指标 / 三级指标 / 指标性质 / 指标值 / 度量单位 / 权重 …, and a second header row of
 * sub-columns): the rows are found by content, not by counting cells — the level names a row opens with
 * (carried down), its name (text that is no value), then the value cells that follow it (figures with
 * their bounds and units, operators, units, points, polarities), each put under the first value column
 * left that it fits, in the header's order. Cells of columns standing before the levels (单位名称 | 项目名称
 * | 预算数 | 年度目标, a form of several projects) are passed over up to the next level name. Reading stops
 * at a name followed by no value (a qualitative row cannot be told from the next name) or the table's
 * end. Serves target and self-evaluation tables whatever layout their cells come in, when no reader of
 * delimited rows read them.
 */
export function readCellLines(ctx: Ctx): Indicator[] {
	const L = ctx.lines;
	// the document's cells: one a line, a closing bar dropped, lines of bars alone between rows skipped
	const cells: Array<{ n: number; k: string; empty?: boolean }> = [];
	for (let n = 0; n < L.length; n++) {
		if (L[n].blank || L[n].rule) continue;
		const raw = L[n].span.norm.trim();
		// (a bar alone is an empty cell that keeps its column; two or more end a row)
		if (raw === '|') {
			cells.push({ n, k: '', empty: true });
			continue;
		}
		if (/^\|+$/.test(raw)) continue;
		const k = raw.replace(/\s*\|$/, '');
		// (a line of several cells is another layout's row: no cell of this one)
		if (/[|\t]/.test(k)) {
			cells.push({ n: -1, k: '' });
			continue;
		}
		cells.push({ n, k: k.replace(/\s+/g, '') });
	}
	const levelKey = (k: string) => k.replace(/[(（](\d+分|(必填|选填)[\u4e00-\u9fa5]{0,6})[)）]$/, '');
	// (a unit column's cell is a whole cell here: a word of up to three characters, "年", "人/年")
	const unitWord = (w: string) => UNIT_WORD.test(w) || (/^[\u4e00-\u9fa5]{1,3}(\/[\u4e00-\u9fa5]{1,3})?$/.test(w) && !OP_WORD.test(w) && !/^(正向|反向|中性)/.test(w));
	const isL1 = (k: string) => LEVEL1.test(levelKey(k));
	const isLevel = (k: string) => isL1(k) || new RegExp(`^${LEVEL2_NAME}$`).test(levelKey(k));
	// (a page of several forms, each with its header: whose rows are the record's project is the grid
	// reader's to tell)
	const heads = cells.filter((c, x) => columnRole(c.k) === 'l1' && x + 1 < cells.length && columnRole(cells[x + 1].k) === 'l2').length;
	if (heads > 1) return [];
	for (let i = 0; i < cells.length; i++) {
		if (columnRole(cells[i].k) !== 'l1') continue;
		// the header: column words one a line; a second row of sub-columns may follow
		const roles: ColumnRole[] = [];
		let j = i;
		while (j < cells.length && cells[j].n >= 0 && columnRole(cells[j].k, roles.includes('l1') && !roles.includes('name'))) {
			const r = columnRole(cells[j].k, roles.includes('l1') && !roles.includes('name'))!;
			roles.push(roles.includes(r) && r !== 'note' ? 'note' : r);
			j++;
		}
		// (sub-column words the vocabulary does not hold, "预期2022年实现值": header cells up to the first level)
		while (j < cells.length && cells[j].n >= 0 && /值$|^单位$/.test(cells[j].k) && !VALUE_CELL.test(cells[j].k)) j++;
		const nameAt = roles.indexOf('name');
		// (a second name or level column: two tables side by side, 中期 | 年度, whose rows content cannot part)
		const raw = cells.slice(i, i + roles.length).map((c) => columnRole(c.k));
		if (nameAt < 0 || raw.filter((r) => r === 'name').length > 1 || raw.filter((r) => r === 'l2').length > 1) continue;
		const vals: ColumnRole[] = roles.slice(nameAt + 1).filter((r) => r !== 'note' && r !== 'rate' && r !== 'completion');
		if (!vals.includes('target') && !vals.includes('actual')) continue;
		const lead = cells.slice(Math.max(0, i - 6), i).filter((c) => c.n >= 0 && c.k && !columnRole(c.k) && /^(单位名称|项目名称|预算数|年度目标|项目|单位|金额|预算金额|资金总额)$/.test(c.k)).length;
		const out: Indicator[] = [];
		let l1 = '';
		let l2 = '';
		let k = j;
		while (k < cells.length && cells[k].n >= 0) {
			// (a form's own cells before a level: its project's name and money)
			// (a run of cells up to the next level that holds text beyond its first cell is no indicator row,
			// whose cells after its name are values: the form's cells, passed over)
			if (!isLevel(cells[k].k) && lead) {
				let m = k;
				while (m < cells.length && m - k <= 2 * lead + 4 && cells[m].n >= 0 && !isLevel(cells[m].k)) m++;
				const text = cells.slice(k + 1, m).some((c) => !VALUE_CELL.test(c.k) && !/^[\d,.]+$/.test(c.k));
				if (text && m < cells.length && isLevel(cells[m].k)) k = m;
			}
			let n1: string | undefined;
			let n2: string | undefined;
			while (k < cells.length && cells[k].n >= 0 && isLevel(cells[k].k)) {
				const lk = levelKey(cells[k].k);
				if (isL1(lk) && !n1 && !n2 && !(/^成本/.test(lk) && /^产出/.test(l1))) n1 = lk;
				else n2 = lk;
				k++;
			}
			// (the level-1 of the block again, alone before a name: its merged cell printed mid-block, the
			// level 2 above still holds)
			if (n1 && (n1 !== l1 || n2)) (l1 = n1), (l2 = '');
			if (n2) {
				l2 = n2;
				if (!n1 && (!l1 || (l1 === '产出指标' && level1Of(n2) === '效益指标'))) l1 = level1Of(n2);
			}
			if (k >= cells.length || cells[k].n < 0 || !l1) break;
			const nk = cells[k].k;
			// (a name is no outcome in words left over from the row above, "完成", "已完成", "达标")
			if (VALUE_CELL.test(nk) || nk.length < 3 || /^(已?完成|达标|达到|合格|是|否|良好|优秀|按时|及时|有效|无|未完成)$/.test(nk) || nk.length > 60 || ['l1', 'l2', 'name', 'target', 'actual', 'max', 'score', 'unit', 'op'].includes(columnRole(nk) ?? '') || /^(合计|总分|总计)/.test(nk) || PAGE_FURNITURE.test(nk)) break;
			// the value cells after the name
			const vs: number[] = [];
			let v = k + 1;
			// (as many as the columns after the name, 指标方向性 and other columns read by no role among them)
			// (and a unit column's word where the header has one: "年", "人/年")
			// (only right after a bare figure: a short name of the next row is no unit)
			const isValue = (w: string, prev: string | undefined) => w === '' || VALUE_CELL.test(w) || (vals.includes('unit') && !!prev && /\d$/.test(prev) && unitWord(w));
			while (v < cells.length && cells[v].n >= 0 && vs.length < roles.length - nameAt - 1 && isValue(cells[v].k, vs.length ? cells[vs[vs.length - 1]].k : undefined) && !isLevel(cells[v].k)) vs.push(v++);
			while (vs.length && cells[vs[vs.length - 1]].empty) vs.pop();
			if (!vs.some((x) => !cells[x].empty)) break;
			// each value under the first column left that it fits (op, unit and points only where they fit)
			const at = new Map<ColumnRole, number>();
			let c = 0;
			const fits = (r: ColumnRole, w: string) => fitsRole(r, w) || (r === 'unit' && unitWord(w));
			// (a row that keeps its empty cells: each cell under its column, by position)
			const positional = vs.some((x) => cells[x].empty);
			if (positional) {
				vs.forEach((x, y) => {
					const r = roles[nameAt + 1 + y];
					if (!cells[x].empty && r && vals.includes(r) && !at.has(r) && fits(r, cells[x].k)) at.set(r, x);
				});
			}
			for (const x of positional ? [] : vs) {
				let d = c;
				while (d < vals.length && !fits(vals[d], cells[x].k)) d++;
				// (a cell no column left takes, a polarity after the points: passed over)
				if (d >= vals.length) continue;
				if (!at.has(vals[d])) at.set(vals[d], x);
				c = d + 1;
			}
			if (!at.has('target') && !at.has('actual')) break;
			const nameLine = L[cells[k].n];
			const name = nameLine.span.text.trim().replace(/\s+/g, '').replace(/\s*\|$/, '').replace(KEY_MARK, '').replace(ORDINAL, '');
			const cellOf = (x: number) => {
				const l = L[cells[x].n];
				const text = l.span.text.trim().replace(/\s*\|$/, '');
				const s0 = l.start + l.raw.search(/\S/);
				return { text, norm: l.span.norm.trim().replace(/\s*\|$/, ''), start: s0, end: s0 + text.length } as Cell;
			};
			const q0 = nameLine.start + nameLine.raw.search(/\S/);
			const q1 = cellOf(vs[vs.length - 1]).end;
			const u = at.has('unit') ? cellOf(at.get('unit')!).text : undefined;
			const unit = u || unitOfName(name);
			const ind = { level1: l1, ...(l2 ? { level2: l2 } : {}), name: name.replace(/\|$/, ''), ...(unitOfName(name) ? { unit: unitOfName(name) } : {}) } as Indicator;
			const opCell = at.has('op') ? cellOf(at.get('op')!) : undefined;
			const sign = opCell ? opSign(opCell.norm) : '';
			if (at.has('target')) ind.target = target(ctx, cellOf(at.get('target')!), unit, q0, q1, sign);
			if (at.has('actual')) ind.actual = ctx.mark({ ...actualOf(cellOf(at.get('actual')!), unit), quote: ctx.quote(q0, q1) }, q0, q1, 0.8, 'indicators.cell-lines.actual');
			for (const r of ['max', 'score'] as const) if (at.has(r)) ind[r] = ctx.figure(cellOf(at.get(r)!).text, '分', q0, q1, 0.8, 'indicators.cell-lines.' + r);
			costWan(ind);
			out.push(ind);
			k = v;
		}
		if (out.length >= 2) return out;
	}
	return [];
}
