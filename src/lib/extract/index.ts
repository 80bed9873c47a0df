/**
 * The extractor: the text of a budget performance report in, a report record out, every value
 * with its provenance (the verbatim quote, its position in the text and a confidence) and a
 * list of what could not be read. Pure TypeScript: runs in Node and in the browser.
 *
 *   extract(text, { sourceFile }) → { report, figures, unread, problems }
 *
 * The record is validated against the schema (`Report`) and every quote against the text
 * (`checkProvenance`); what fails is reported in `problems`, never hidden.
 */
import { IDENTITY_FIELDS, REPORT_KIND_LABEL, Report, ReportDraft, type IdentityField } from '../schema/report';
import { toHalfWidth } from '../text/normalize';
import { simplifyText } from '../text/simplified';
import { checkProvenance, quotedNodes } from '../schema/provenance';
import { Ctx, type Unread } from './context';
import { readHeader, type Header } from './header';
import { countiesNamed, departmentId, isBareUnit, placeAt, placeOfText, regionOf, reportId, shortName, withoutPlaces } from './region';
import { readProject, readProjectCount } from './project';
import { cellStream, goalFromCells, projectForms, readFundBlocks, readGrid, readStackedFunds, type GridResult } from './grid';
import { readGoalTargets, readProseIndicators, readTargetValueLines } from './prose-indicators';
import type { BudgetLine, Indicator } from '../schema/report';
import { readStaffing } from './staffing';
import { readBudget } from './budget';
import { payeeListTotals, readAllocations, readPayeeLists, readUseLists } from './allocations';
import { readFormulaRows, readRateRows } from './rate-rows';
import { mergeSangong, readSangong, readSangongTable } from './sangong';
import { readScores } from './scores';
import { readIndicators } from './indicators';
import { readTaskList, readTasks } from './tasks';
import { readGoal, readMeasures, readProblems } from './narrative';
import { listGarbledNumbers, listUnreadMoney } from './unread';

export type { Unread } from './context';

export interface FigureRef {
	/** JSON path of the quoted object in the record, e.g. budget[3].amount */
	path: string;
	start: number;
	end: number;
	confidence: number;
	rule: string;
}

export interface ExtractResult {
	/** the record; its identity fields may be missing (`missing`), in which case it is a draft */
	report: Report;
	figures: FigureRef[];
	unread: Unread[];
	/** identity fields the document does not give: the import page asks for them */
	missing: Array<{ field: IdentityField; message: string }>;
	/** the year the statements were filed under when the document states none (the year it
	 * mentions most); the import page moves them to the year the user gives */
	assumedYear?: number;
	/** schema or provenance problems of the extracted record (empty when all is well) */
	problems: Array<{ path: string; message: string }>;
}

export interface ExtractOptions {
	/** name of the source file, stored as `source_file` */
	sourceFile?: string;
}

export class ExtractError extends Error {}

/** The department from the header: full name (a name written relative to its place, 市X中心,
 * gets the place the document is about), region, level and id; what is unknown stays absent. */
function readDepartment(header: Header, text: string) {
	let name = header.name ? header.name.value.replace(/\s+/g, '') : undefined;
	// a division of a department that fills the form in ("省X厅Y处", "X县财政局Z股"): the department
	// reports, the division is part of it (provincial project forms filled in by the division in charge)
	if (name) name = name.replace(/^([\u4e00-\u9fa5]{2,24}?(?:厅|局))[\u4e00-\u9fa5]{2,14}?(?:处|科|股)$/, '$1');
	// places match in simplified characters (a report in traditional characters keeps its name)
	let reg = name ? regionOf(simplifyText(name), text) : undefined;
	if (!reg) {
		const ctxPlace = placeOfText(text);
		if (ctxPlace && name && /^[市县区州]/.test(name)) {
			// (from the unit's own level: "区X局" of a district is "<district>X局", not "<city><district>X局";
			// where the first place is the city, the one district of it the text names, "X市Y区…" among
			// the projects of a district unit's bond report)
			const one = /^[区县]/.test(name) && !ctxPlace.region.region.district ? countiesNamed(text, name[0]) : [];
			const only = one.length === 1 && (!ctxPlace.region.region.city || one[0].city === ctxPlace.region.region.city) ? one[0].district : undefined;
			const own = [ctxPlace.region.region.district, only, ctxPlace.region.region.city].find((p) => p && p.endsWith(name![0]) && p.length > 1);
			const full = (own ?? ctxPlace.place).replace(/[市县区州]$/, '') + name;
			reg = regionOf(full, text);
			if (reg) name = full;
		} else if (ctxPlace && name && header.name?.bare && isBareUnit(name)) {
			// (a unit without its place, "教育局" of a county site's 发布机构 line: the place the document is about)
			// ("区X中心" of a district's site, its level word written: the district's place once — prose13)
			const full = ctxPlace.place + (ctxPlace.place.endsWith(simplifyText(name[0])) && /^[市县区州]/.test(simplifyText(name)) ? name.slice(1) : name);
			reg = regionOf(full, text);
			if (reg) name = full;
			else reg = { ...ctxPlace.region, type: name, prefix: '' };
		} else if (ctxPlace?.region.region.city && name && /^[\u4e00-\u9fa5]{2,4}新区(?=[\u4e00-\u9fa5]{2})/.test(name) && isBareUnit(name.replace(/^[\u4e00-\u9fa5]{2,4}?新区/, ''))) {
			// (a bureau of a city's functional new district, "X新区民政局" under "Y市X新区…" titles: the
			// new district is its district-level place)
			const zone = name.match(/^[\u4e00-\u9fa5]{2,4}?新区/)![0];
			const { province, city } = ctxPlace.region.region;
			reg = { region: { province, city, district: zone }, level: '区级', type: name.slice(zone.length), prefix: zone };
		} else if (ctxPlace && name && /^省/.test(name) && isBareUnit(name.slice(1))) {
			// (a provincial unit its province's own documents write "省X厅": of the province the text is about)
			reg = { region: { province: ctxPlace.region.region.province }, level: '省级', type: name.slice(1), prefix: '' };
		} else if (ctxPlace && name) {
			reg = { ...ctxPlace.region, type: name, prefix: '' };
			// (a unit that names its own place below the province, "X旅游度假区管委会", "Y镇人民政府", where the text
			// gives only the province: of no level the name or the text says, never the province's — prose15)
			if (reg.level === '省级' && !reg.region.city && /^[\u4e00-\u9fa5]{2,8}?(?:区|县|镇|乡|街道)/.test(name)) reg = { ...reg, level: undefined };
		}
	}
	// no unit named, but a title that starts with its place ("X省2022年度中央Y资金绩效自评报告",
	// "X自治县2024年度…转移支付…自评表", "X市Y工程转移支付…报告"): the fund's place is the report's
	// region, at the most specific level the text names under it (the body's "X市Z区…"); no id, no type
	if (!name && !reg && header.title) {
		const t = simplifyText(header.title.replace(/\s+/g, ''));
		const lead = placeAt(t, 0);
		const r = lead && !/^[省市县区州]/.test(t.slice(lead.length)) ? regionOf(lead + '局', text) : undefined;
		if (r && lead) {
			// the places the text writes right after the title's place ("X市Z区…"): one alone is the
			// report's; several (a province's fund shared among its counties) leave the title's place
			const body = simplifyText(text.slice(0, 8000));
			const subs = new Map<string, NonNullable<ReturnType<typeof regionOf>>>();
			for (let i = body.indexOf(lead); i >= 0; i = body.indexOf(lead, i + lead.length)) {
				const next = placeAt(body, i + lead.length);
				const s = next ? regionOf(lead + next + '局', text) : undefined;
				if (s && s.region.province === r.region.province && (s.region.city !== r.region.city || s.region.district !== r.region.district)) subs.set(JSON.stringify(s.region), s);
			}
			reg = { ...(subs.size === 1 ? [...subs.values()][0] : r), type: '', prefix: '' };
		}
	}
	// a unit below the province named with its province first ("X自治区Y市Z局"): the name
	// starts at its own city's level, as the unit writes it elsewhere and the records keep it
	if (name && reg?.region.city && reg.region.province && reg.region.city !== reg.region.province) name = ownName(name, reg.region, text);
	// (a unit of the Corps named from its division, as the Corps' own documents write it: "第一师X市Y团Z中心")
	if (name && /^(新疆生产建设兵团|兵团)第[一二三四五六七八九十]{1,3}师/.test(name)) name = name.replace(/^(新疆生产建设兵团|兵团)/, '');
	const department: ReportDraft['department'] = {};
	if (reg && name) department.id = departmentId(reg.region, reg.type);
	if (name) department.name = name;
	if (reg) department.region = reg.region;
	const level = header.levelWord ?? reg?.level;
	if (reg && level) department.level = level;
	if (reg && reg.type.length >= 2) department.type = reg.type;
	else if (name) department.type = withoutPlaces(name);
	// a unit named by its level alone, its place unknown ("市X局" on a city's own forms): the level
	// the name says, and its kind without the level word
	const bareLevel = !reg && name ? name.match(/^([省市县区])(?=[\u4e00-\u9fa5]{2})/) : null;
	if (bareLevel && name && isBareUnit(name.slice(1))) {
		department.type = name.slice(1);
		if (!department.level) department.level = header.levelWord ?? (`${bareLevel[1]}级` as '省级' | '市级' | '县级' | '区级');
	}
	if (header.preparer) department.preparer = header.preparer.replace(/\s+/g, '');
	if (header.phone) department.phone = toHalfWidth(header.phone).replace(/\s+/g, '');
	return department;
}

/**
 * The name of a unit written with its province first ("X省Y州Z县W局"), as the unit writes itself
 * elsewhere in the text: from its city ("Y州Z县W局") or, where only that form stands alone, from
 * its county ("Z县W局"); from its city when the text gives neither. The city may be written short
 * (an autonomous prefecture as "X州"). Serves 部门决算 publications and reports whose title names the
 * province and whose body names the unit.
 */
function ownName(name: string, region: { province: string; city?: string; district?: string }, text: string): string {
	const prov = [region.province, shortName(region.province) + '省', shortName(region.province)].find((p) => name.startsWith(p));
	if (!prov || !region.city) return name;
	const rest = name.slice(prov.length);
	// (a county's development zone by the county's short name, "X省Y经济开发区管理委员会": from the zone)
	if (region.district && rest.startsWith(shortName(region.district)) && !rest.startsWith(region.district) && !rest.startsWith(shortName(region.city))) return rest;
	const city = [region.city, shortName(region.city) + region.city.slice(-1), shortName(region.city)].find((c) => rest.startsWith(c));
	if (!city) return name;
	const plain = simplifyText(text);
	/** written on its own: not as the tail of a longer name */
	const alone = (n: string) => [...plain.matchAll(new RegExp(n.replace(/[()（）]/g, '.'), 'g'))].some((m) => !/[\u4e00-\u9fa5]$/.test(plain.slice(Math.max(0, m.index! - 1), m.index!)));
	const county = region.district && rest.slice(city.length).startsWith(region.district) ? rest.slice(city.length) : undefined;
	if (alone(rest) || !county) return rest;
	return alone(county) ? county : rest;
}

/** The most frequent year of the document's first part: the year of a report that states it
 * nowhere in its header (an excerpt, a score table). */
function likelyYear(text: string): number | undefined {
	const counts = new Map<number, number>();
	for (const m of toHalfWidth(text.slice(0, 8000)).matchAll(/(20[0-4]\d)\s*年/g)) counts.set(Number(m[1]), (counts.get(Number(m[1])) ?? 0) + 1);
	return [...counts.entries()].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
}

/** Written in traditional characters: at least 20 characters, and 3% of the Chinese ones, change. */
function isTraditional(text: string): boolean {
	let han = 0;
	let changed = 0;
	for (const ch of text.slice(0, 20000)) {
		if (!/[\u4e00-\u9fff]/.test(ch)) continue;
		han++;
		if (simplifyText(ch) !== ch) changed++;
	}
	return changed >= 20 && changed >= han * 0.03;
}

/** Every string of the record but its quotes, ids, file names and addresses, in simplified characters. */
function simplifyStrings(node: unknown): void {
	if (Array.isArray(node)) {
		node.forEach((v, i) => (typeof v === 'string' ? (node[i] = simplifyText(v)) : simplifyStrings(v)));
		return;
	}
	if (!node || typeof node !== 'object') return;
	const o = node as Record<string, unknown>;
	// (a figure's text, "20萬元" beside its number, is kept as written, as its quote is: the number
	// and unit are what is compared and searched; ind16, a few lines in bud15's file)
	const figure = typeof o.wan === 'number' || typeof o.value === 'number';
	for (const [k, v] of Object.entries(o)) {
		if (k === 'quote' || k === 'id' || k === 'source_file' || k === 'source_url') continue;
		if (figure && k === 'text') continue;
		if (typeof v === 'string') o[k] = simplifyText(v);
		else simplifyStrings(v);
	}
}

/** Budget lines another reader found that are not read already. */
function mergeBudget(found: BudgetLine[], budget: BudgetLine[]) {
	// the same line read twice has one amount; two amounts for one line are both stated (a table
	// and the prose beside it can disagree, and the audit says so)
	const key = (l: BudgetLine) => [l.flow, l.breakdown, l.item, l.scope, l.stage, l.year, l.amount.wan].join('|');
	const have = new Map(budget.map((l) => [key(l), l]));
	for (const l of found) {
		const same = have.get(key(l));
		if (!same) budget.push(l);
		// (the same line read again from a table that states its rate beside it: a statement of its own,
		// as the records keep a table's line apart from the sentence's)
		else if (l.execution_rate && !same.execution_rate && !budget.some((b) => key(b) === key(l) && b.execution_rate)) budget.push(l);
	}
}

/**
 * How much of an indicator table a reading holds: its rows and their filled cells (a target or
 * an outcome that is only an operator sign, "=" or "≥" of a 计算符号 / 指标性质 column, holds none).
 */
// (a reading that ran past the table into the prose after it holds sentences, not cells: a value
// that ends a sentence, "…指标完成率147.69%。", holds none, and a row named by a clause, none at all)
const coverage = (xs: Indicator[]) =>
	xs.reduce((a, i) => {
		if (/[，。；]/.test(i.name)) return a;
		const filled = (['target', 'actual', 'stated_completion', 'max', 'score'] as const).filter((k) => {
			const t = String((i[k] as { text?: unknown } | undefined)?.text ?? i[k] ?? '');
			return i[k] !== undefined && !/^\s*[=≥≤<>＝＞＜≧≦]{1,2}\s*$/.test(t) && !/。/.test(t);
		}).length;
		return filled ? a + 1 + filled + (i.level1 !== undefined ? 1 : 0) + (i.level2 !== undefined ? 1 : 0) : a;
	}, 0);

/**
 * Lines and indicators the grid reader found that the layout readers did not. Indicators: the
 * reading that holds more of the table's cells (the table reader that reads rows by header
 * position reads a table whose rows survived; the grid reader, which reads cells by content, reads
 * more of one whose rows did not: one cell a line, cells joined by spaces, bar-written cells); the
 * table reader's where both hold as much.
 */
function mergeGrid(grid: GridResult, budget: BudgetLine[], indicators: Indicator[]) {
	mergeBudget(grid.budget, budget);
	// a table reading whose names are figures ("95", "1") read its rows shifted against the
	// header (rows that lost or gained leading cells): it is no reading of the table
	if (indicators.length && indicators.filter((i) => /^[\d.,%≥≤<>=\s]+$/.test(i.name)).length * 3 >= indicators.length) indicators.length = 0;
	if (!indicators.length || coverage(grid.indicators) > coverage(indicators)) indicators.splice(0, indicators.length, ...grid.indicators);
}

export function extract(text: string, opts: ExtractOptions = {}): ExtractResult {
	if (!text || !text.trim()) throw new ExtractError('文件没有文字内容');
	const ctx = new Ctx(text);
	const header = readHeader(ctx);
	const kind = header.kind;
	const department = readDepartment(header, text);
	const year = header.year ?? likelyYear(text);
	const missing: ExtractResult['missing'] = [];
	if (!department.name) missing.push({ field: 'department.name', message: IDENTITY_FIELDS['department.name'] });
	if (!department.region) missing.push({ field: 'department.region', message: IDENTITY_FIELDS['department.region'] });
	if (!header.year) missing.push({ field: 'fiscal_year', message: IDENTITY_FIELDS.fiscal_year });

	// the readers need a year for prior-year figures; an unknown year reads as the likeliest one
	const env = { year: year ?? new Date().getFullYear() - 1, kind, deptName: department.name ?? '', deptShort: department.type ?? '' };
	const staffing = readStaffing(ctx, env);
	const budget = readBudget(ctx, env);
	const sangong = mergeSangong(readSangong(ctx, env));
	// the 三公 table's lines that the prose does not state again
	const sgKey = (l: { item: string; stage: string; amount?: { wan: number } }) => `${l.item}|${l.stage}|${l.amount?.wan}`;
	const sgHave = new Set(sangong.map(sgKey));
	for (const l of readSangongTable(ctx, env, cellStream(ctx))) if (!sgHave.has(sgKey(l))) sangong.push(l);
	const scores = readScores(ctx, env);
	const indicators = readIndicators(ctx, env);
	const tasks = readTasks(ctx, env, indicators);
	if (!tasks.length) tasks.push(...readTaskList(ctx));
	const goal = projectForms(ctx).length >= 2 ? undefined : (readGoal(ctx, env) ?? goalFromCells(ctx));
	const problems = readProblems(ctx, env);
	const measures = readMeasures(ctx, env);
	const grid = readGrid(ctx, env, header.project?.name?.start ?? 0, budget.length > 0);
	// a funds table's row numbers (行次) are no amounts: a line the prose reader made of one is dropped
	for (const [a, b] of grid.notAmounts ?? []) {
		const at = budget.findIndex((l) => ctx.prov.get(l.amount)?.end === b && ctx.src.slice(a, b) === l.amount.text);
		if (at >= 0) budget.splice(at, 1);
	}
	// an amount a prose reader took from an indicator row the table reader read ("带动增加村集体收入
	// (≥**万元) >=8万元", a target) is that indicator's, not a budget line
	const rowRanges = grid.indicators.flatMap((ind) => [ind.target, ind.actual].flatMap((f) => {
		const p = f && ctx.prov.get(f);
		return p && /^(grid|runon)\./.test(p.rule) ? [[p.start, p.end] as const] : [];
	}));
	// (and so is an amount of a funds row the table reader read: "年度资金总额: 60万元 60万元 …" is the
	// row's, not a budget sentence's)
	for (const l of grid.budget) {
		const p = ctx.prov.get(l.amount);
		if (p && (p.rule === 'grid.funds' || p.rule === 'grid.composition')) rowRanges.push([p.start, p.end]);
	}
	for (let x = budget.length - 1; x >= 0; x--) {
		const p = ctx.prov.get(budget[x].amount);
		if (!p || !/^budget\.prose/.test(p.rule)) continue;
		// (where its number ends: a quote may run on to the unit, "1,200.5万元")
		const at = ctx.src.lastIndexOf(budget[x].amount.text, p.end);
		const end = at >= p.start ? at + budget[x].amount.text.length : p.end;
		if (rowRanges.some(([a, b]) => end > a && end <= b)) budget.splice(x, 1);
	}
	// funds written as blocks under each fund's heading: a prose reader's reading of their
	// "年度预算资金总额: N" lines (every block's total read as the total) gives way to them
	const blocks = readFundBlocks(ctx, env);
	if (blocks.lines.length) {
		for (let x = budget.length - 1; x >= 0; x--) {
			const p = ctx.prov.get(budget[x].amount);
			if (p && blocks.ranges.some(([a, b]) => p.end > a && p.end <= b)) budget.splice(x, 1);
		}
		mergeBudget(blocks.lines, budget);
	}
	// the funds block of a 项目基本概况 written one cell a paragraph, with its spending by use
	mergeBudget(readStackedFunds(ctx, env), budget);
	// an execution table by payee or use (budget | spent | rate, rows checked by their rate): its rows
	// are the table's, whatever a prose reader made of their figures
	const rated = readRateRows(ctx, env);
	if (rated.lines.length) {
		for (let x = budget.length - 1; x >= 0; x--) {
			const p = ctx.prov.get(budget[x].amount);
			if (p && !/^rate-rows/.test(p.rule) && rated.ranges.some(([a, b]) => p.end > a && p.end <= b)) budget.splice(x, 1);
		}
		mergeBudget(rated.lines, budget);
	}
	// (a spending-by-use table the grid read checked against its 支出合计 is the table's: the stacked-funds
	// reader's reading of its rows, pair by pair and without that check, gives way to it — the 项目支出明细
	// tables of project evaluation forms written one cell a paragraph)
	const detail = grid.budget.flatMap((l) => {
		const p = ctx.prov.get(l.amount);
		return p && p.rule === 'grid.spending-detail' ? [[p.start, p.end] as const] : [];
	});
	if (detail.length) {
		const [a, b] = [Math.min(...detail.map((r) => r[0])), Math.max(...detail.map((r) => r[1]))];
		for (let x = budget.length - 1; x >= 0; x--) {
			const p = ctx.prov.get(budget[x].amount);
			if (p && p.rule === 'grid.stacked-funds.use' && p.end > a && p.start < b) budget.splice(x, 1);
		}
	}
	// an allocation table whose numbered-columns row states its amount's formula (⑧=④*⑦): its rows are the table's
	const formula = readFormulaRows(ctx, env);
	if (formula.lines.length) {
		for (let x = budget.length - 1; x >= 0; x--) {
			const p = ctx.prov.get(budget[x].amount);
			if (p && !/^rate-rows/.test(p.rule) && formula.ranges.some(([a, b]) => p.end > a && p.end <= b)) budget.splice(x, 1);
		}
		mergeBudget(formula.lines, budget);
	}
	mergeGrid(grid, budget, indicators.table);
	// a table's year-and-stage columns and staff row: its 三公 lines that no other reader has, its
	// counts in place of any a prose reader made of its header cells (the year of "2021 年实际在职人数")
	for (const l of grid.sangong ?? []) if (!sangong.some((s) => sgKey(s) === sgKey(l) && s.year === l.year)) sangong.push(l);
	if (grid.staffing?.length) {
		const inHeader = (s: { count: object }) => {
			const p = ctx.prov.get(s.count);
			return !!p && (grid.headerCells ?? []).some(([a, b]) => p.end > a && p.end <= b);
		};
		for (let x = staffing.length - 1; x >= 0; x--) if (inHeader(staffing[x])) staffing.splice(x, 1);
		const key = (s: { unit: string; category: string; measure: string; count: { value: number } }) => [s.unit, s.category, s.measure, s.count.value].join('|');
		for (const l of grid.staffing) if (!staffing.some((s) => key(s) === key(l))) staffing.push(l);
	}
	if (!tasks.length) tasks.push(...grid.tasks);
	// money a notice allocated (下达/拨付 … N万元，其中 …) that the prose reader did not place
	// (an amount of the text the prose reader already placed, in whatever line, is that line's)
	const placedAt = new Set(budget.map((l) => ctx.prov.get(l.amount)?.end));
	const allocated = readAllocations(ctx, env);
	allocated.push(...readPayeeLists(ctx, env, allocated));
	allocated.push(...readUseLists(ctx, env));
	// (a list of places and their shares, and the sum after it, is the list's: a prose reader's reading of
	// its figures, "共计90万元" as the year's spending, gives way to it)
	const listed = [...payeeListTotals(ctx), ...allocated.filter((l) => /^allocations\.payee/.test(ctx.prov.get(l.amount)?.rule ?? '')).map((l) => [ctx.prov.get(l.amount)!.start, ctx.prov.get(l.amount)!.end] as const)];
	for (let x = budget.length - 1; x >= 0; x--) {
		const p = ctx.prov.get(budget[x].amount);
		if (p && /^budget\.prose/.test(p.rule) && listed.some(([a, b]) => p.end > a && p.end <= b)) {
			placedAt.delete(p.end);
			budget.splice(x, 1);
		}
	}
	mergeBudget(allocated.filter((l) => !placedAt.has(ctx.prov.get(l.amount)?.end)), budget);
	// no indicator table at all: the outcomes a prose report lists under each level
	if (!indicators.table.length) indicators.table.push(...readProseIndicators(ctx));
	if (!indicators.table.length) indicators.table.push(...readTargetValueLines(ctx));
	// nor any outcome in prose: the targets its 绩效目标 sentence lists
	if (!indicators.table.length) indicators.table.push(...readGoalTargets(ctx));
	// a flattened table read row by row knows its levels better than its "名称(N分)" runs alone
	// ("…改进措施项目决策(10分)" is 项目决策 after a header): those nodes give way to it
	const covered = (t: { name: string }) => grid.nodesFromRows && grid.nodes.some((n) => t.name.endsWith(n.name));
	const fresh = grid.nodes.filter((n) => grid.nodesFromRows || !scores?.tree.some((t) => t.name === n.name));
	let scoresAll = fresh.length ? { framework: scores?.framework ?? grid.framework ?? ('other' as const), ...scores, tree: [...fresh, ...(scores?.tree ?? []).filter((t) => !covered(t))] } : scores;
	if (scoresAll && scoresAll.framework === 'other' && grid.framework) scoresAll = { ...scoresAll, framework: grid.framework };
	if (grid.total && !scoresAll?.total) scoresAll = { framework: 'other', tree: [], ...scoresAll, total: grid.total };
	if (grid.grade && scoresAll && !scoresAll.grade) scoresAll = { ...scoresAll, grade: grid.grade };
	// a page of several project forms: one record cannot hold their identities, scores and goals (each
	// form's funds are its project's lines)
	const several = projectForms(ctx).length >= 2;
	if (several) scoresAll = undefined;
	const project = several ? undefined : readProject(ctx, header);
	const projectCount = readProjectCount(ctx);

	const filingDate = header.filingDate
		? ctx.mark({ value: header.filingDate.value, quote: ctx.quote(header.filingDate.start, header.filingDate.end) }, header.filingDate.start, header.filingDate.end, 0.95, 'header.filing_date')
		: undefined;
	const id = department.id && header.year ? reportId(department.id, header.year, kind, project?.name.value) : undefined;
	// key order as in the schema
	const ordered: ReportDraft = {
		...(id ? { id } : {}),
		kind,
		...(header.year ? { fiscal_year: header.year } : {}),
		// (a title made from a unit the page names without its place, "区X中心2020年度…", where the place was
		// found: made from the full name — prose15)
		title: (header.titleMadeFrom && department.name && header.title?.startsWith(header.titleMadeFrom) ? department.name + header.title.slice(header.titleMadeFrom.length) : header.title) || REPORT_KIND_LABEL[kind],
		source_file: opts.sourceFile ?? 'import.txt',
		...(header.sourceUrl ? { source_url: header.sourceUrl } : {}),
		...(filingDate ? { filing_date: filingDate } : {}),
		simulated: false,
		department,
		...(project ? { project } : {}),
		...(projectCount ? { project_count: projectCount } : {}),
		staffing,
		budget,
		sangong,
		...(scoresAll ? { scores: scoresAll } : {}),
		indicators: indicators.table,
		tasks,
		...(goal ? { goal } : {}),
		problems,
		measures
	};

	// a report in traditional characters: names, labels and texts are recorded in simplified
	// characters (a finance bureau searches and compares them so); quotes keep the text as written
	if (isTraditional(text)) simplifyStrings(ordered);

	const problemsOut: ExtractResult['problems'] = [];
	// (a department whose level is not known, placed below the region found, is a draft the import
	// page completes: it asks for the 行政级次)
	const parsed = (missing.length || !department.level ? ReportDraft : Report).safeParse(ordered);
	if (!parsed.success) {
		for (const i of parsed.error.issues) problemsOut.push({ path: i.path.join('.'), message: i.message });
	}
	const report = (parsed.success ? parsed.data : ordered) as Report;
	problemsOut.push(...checkProvenance(report, text));

	// positions of every quoted object; zod's parse copies objects, so walk the input record
	const figures: FigureRef[] = [];
	for (const { path, node } of quotedNodes(ordered)) {
		const p = ctx.prov.get(node);
		if (p) figures.push({ path, start: p.start, end: p.end, confidence: p.confidence, rule: p.rule });
		else {
			const q = node.quote as string;
			const at = text.indexOf(q);
			figures.push({ path, start: at, end: at + q.length, confidence: 0.5, rule: 'unknown' });
		}
	}
	// nothing of a report at all: no title, no identity, no figure
	if (!header.titled && missing.length === 3 && figures.length === 0) {
		throw new ExtractError('这份文件看起来不是绩效评价报告或目标表：没有找到报告类型、部门、年度，也没有读出任何数字');
	}
	// an amount a reader could not place that a later reader placed is no longer unread
	const placedLater = (u: Unread) => {
		if (u.kind !== '金额' || !/没有认出/.test(u.reason)) return false;
		const nums = [...ctx.src.slice(u.start, u.end).matchAll(/\d+(?:\.\d+)?/g)];
		const n = nums[nums.length - 1];
		return !!n && ctx.isUsed(u.start + n.index!, u.start + n.index! + n[0].length);
	};
	const unread = [...ctx.unread.filter((u) => !placedLater(u)), ...listUnreadMoney(ctx), ...listGarbledNumbers(ctx)];
	return { report, figures, unread, missing, problems: problemsOut, ...(header.year ? {} : { assumedYear: env.year }) };
}

export { compareRecords } from './compare';
