/**
 * The identity of a report: department, fiscal year, kind of report, title, filing date,
 * preparer and phone, and for project records the project (name, code, 主管部门, 实施单位).
 *
 * Real reports state their identity in any order and place, so every field is gathered from
 * several kinds of evidence, strongest first, and a field no evidence gives stays absent (the
 * import page asks the user for it; the record is never thrown away):
 * - labelled fields, with the value on the same line, in the next cell or on the next line
 *   ("部门(单位)名称:", "预算部门、单位名称", "实施单位（盖章）", "主管部门", "项目单位") — cover pages
 *   of Hunan and Hubei reports, Sichuan/Anhui project tables, target-table headers;
 * - the title line, name before or after the year ("X局2024年度部门整体支出绩效自评报告",
 *   "2024年X局…", the name alone on the line above or below the title);
 * - the body's first naming of an organisation ("X中心(以下简称“…”)", "我局…X局");
 * - page metadata of the site the report was published on ("发布机构:", "来源:"), never a
 *   site banner.
 */
import { PROJECT_KINDS, REPORT_KIND_LABEL, type ReportKind } from '../schema/report';
import { simplifyText } from '../text/simplified';
import { PINYIN_GLOSS, toHalfWidth, writtenForm } from '../text/normalize';
import type { Ctx } from './context';
import { spanOf, type Span } from './doc';
import { findOrgNames, isBareUnit, isOrgName, placeAt, regionOf } from './region';
import { MONEY_UNIT, NUM } from './numbers';

export interface Found {
	value: string;
	start: number;
	end: number;
	/** the source position of each character of `value` (and its end), where noise inside it was dropped */
	map?: number[];
	/** a unit a page's 发布机构/来源 line names without its place: the place the document is about completes it */
	bare?: boolean;
	/** named by a page's 发布机构/来源 line (how the site signs, often short) */
	weak?: boolean;
}

export interface Header {
	name?: Found;
	year?: number;
	kind: ReportKind;
	title: string;
	/** level word of the title (市级部门…) */
	levelWord?: '省级' | '市级' | '县级' | '区级';
	/** the unit's name a title made of name, year and kind starts with (no title line of its own) */
	titleMadeFrom?: string;
	filingDate?: Found;
	preparer?: string;
	phone?: string;
	sourceUrl?: string;
	project?: { name?: Found; code?: Found; supervisor?: Found; implementer?: Found; category?: Found };
	/** a line names the kind of report (a title was found) */
	titled?: boolean;
	/** the title with a bracketed note on the next line that belongs to it */
	titleNote?: { start: number; end: number };
}

/**
 * Kinds by the words of a title, most specific first. Serves the titles of every layout seen:
 * 部门整体支出绩效自评报告 / 评价报告 / 自评表 / 评分表, 部门整体支出绩效目标(申报)表, 项目支出绩效
 * 自评表, 专项资金绩效自评价报告, 财政支出项目绩效评价自评报告, 项目支出绩效目标表, 自评核查报告.
 */
const KIND_RE: Array<[RegExp, ReportKind]> = [
	// (a finance bureau's 重点(项目)绩效评价 of the year's key projects, and a unit's report on putting
	// right what an evaluation or re-evaluation found, "X局关于Y项目绩效评价整改情况报告", with the
	// evaluation's score and grade: the evaluation is another's)
	// (also a finance bureau's report on a project it evaluated, "X财政局关于Y项目绩效评价报告")
	[/财政(?:局|厅)关于[^。，,]{2,60}绩效评价(?:报告|结果)|自评核查|核查报告|第三方.{0,12}评价|重点(项目)?绩效评价报告|(绩效|再)评价(结果)?(反馈)?(问题)?整改(情况)?报告/, 'external_evaluation'],
	// a whole-department template filled in for one fund, the title naming the fund and its money ("2020年X经费
	// N万元部门整体支出绩效自评表"): that fund's self-evaluation
	[/(?:经费|资金|补助|补贴)\s*\d+(?:\.\d+)?\s*万?元\s*(?:部门)?整体支出绩效(?:自评|评价)/, 'project_self_evaluation'],
	// a report on the whole department and its projects is a whole-department report
	[/部门整体支出(及|和|与)项目|整体(支出)?(及|和|与)项目支出/, 'self_evaluation'],
	// a whole department's target form whose template says 项目 ("部门整体支出项目绩效目标申报表" of Hunan's
	// counties, 资金类别 部门(单位)整体支出): the department's target table, not a project's
	[/部门(?:[(（]单位[)）])?整体支出项目绩效目标(?:申报|审批|审核|批复)?表/, 'target_table'],
	// (also a town's notice setting a project's targets, "关于X项目绩效目标设定的公示", and a city's list of a
	// bureau's projects, "X局2025年项目绩效目标和指标")
	[/项目(支出)?绩效目标(申报|审批|审核|批复)?表|项目支出.{0,6}目标(申报|审批|审核|批复)?表|项目绩效目标(?:设定|申报|批复)?的?公示|项目绩效目标(?:和|及|与)(?:绩效)?指标\s*$/, 'project_target_table'],
	// a fund's target table, named by the fund ("2024年X补助资金(Y)绩效目标表", "专项资金绩效目标表",
	// a notice "关于下达X补助资金文件及绩效目标表"): one fund's targets, not a department's
	[/(资金|专项)[^。，,；;]{0,40}绩效目标表/, 'project_target_table'],
	[/项目(支出)?绩效(单位)?自评|项目.{0,10}自评(价)?(表|报告|结果)|专项资金.{0,6}自评|项目绩效评价自评|项目支出绩效自评|(项目|专项|工程)(支出)?绩效评价报告/, 'project_self_evaluation'],
	// a project's evaluation sheet of indicators or scores ("X项目绩效评价指标表", an .xlsx published as is)
	[/项目(支出)?绩效评价(指标|评分)表/, 'project_self_evaluation'],
	// a fund's evaluation: a transfer payment (转移支付), a named fund (中央水利发展资金, 补助资金)
	// (also a subsidy named without 资金, "X县农业保险保费补贴2020年度绩效自评报告")
	// (the fund's name in brackets between, "X转移支付(Y工程项目)2019年-2020年度绩效自评报告"; a fund's
	// account of its use, "X区专项转移支付2023年度Y补贴实施情况")
	[/转移支付.{0,40}绩效(自评|评价)|转移支付[^。，,；;]{0,30}(实施|使用|执行)情况\s*$|((发展|补助|专项|衔接)资金|补贴).{0,12}绩效(自评|评价)(自评)?(报告|表)/, 'project_self_evaluation'],
	// any fund named right before its evaluation ("X省2022年度中央自然灾害资金绩效自评报告", "X资金(Y)
	// 绩效评价"), the bond-funded projects a department reports on ("新增地方政府专项债券项目绩效评价
	// 情况") and a fund's report on its use ("关于“2021年X补助资金”管理使用情况")
	[/资金\s*(?:[(（][^()（）]{1,20}[)）])?绩效(自评|评价)|债券项目.{0,8}绩效评价|(资金|补贴)[”"]?\s*(的)?(管理)?使用情况(报告)?\s*$/, 'project_self_evaluation'],
	// a transfer payment's or project's 绩效目标自评(表) (the Ministry of Finance's template that every
	// province's funds fill in: "X补助地方资金(Y)绩效目标自评"): its execution against its targets
	// (also a transfer payment's regional form, "2021年中央对地方专项转移支付区域绩效目标自评表")
	[/(资金|项目|转移支付)[^。，,；;]{0,24}绩效目标自评/, 'project_self_evaluation'],
	[/(整体)?(支出)?(预算)?绩效目标(申报)?表|绩效目标表/, 'target_table'],
	[/绩效(自评|自我评价|评价)|自评(报告|表|工作|结果|情况)|评分表/, 'self_evaluation'],
	// the 三公 part of a 部门预算 publication ("X局2022年“三公”经费预算", "…“三公”经费预算情况说明"): the
	// department's plan for the year, read like its target table
	// (also "X局2016年“三公”经费预算公开", "…“三公”经费预算财政拨款情况说明", "…“三公经费”预算对比增减说明": the same plan)
	[/[“"]?三公[”"]?经费[”"]?(支出)?预算(安排)?(财政拨款)?(对比)?(增减)?(公开|情况)?(说明)?\s*$/, 'target_table'],
	// the 三公 part of a 部门决算 publication ("X2022年度“三公”经费决算情况说明"): the department's
	// own statement of the year, read like a whole-department report
	[/[“"]?三公[”"]?经费(支出)?决算(情况)?(说明|$)/, 'self_evaluation'],
	// a 部门决算 publication ("X局2022年度部门决算", "X2015年部门决算公开补充说明"): the department's own account of its year
	// (also "X2017年部门决算及编制说明", Sichuan's county units)
	[/(部门|单位)决算(公开)?(补充)?(及编制)?(情况)?(说明)?(?=[\s|]*$)/, 'self_evaluation'],
	// a 部门预算 publication ("X法院2017年部门预算情况说明", "X馆2024年单位预算情况说明"): the department's plan for the
	// year, read like its target table
	[/(部门|单位)预算(公开)?(情况)?(说明)(?=[\s|]*$)/, 'target_table']
];

/**
 * Titles of a department's publications that hold a report or a table of another kind: taken only
 * where the head has no title of the kinds above ("X局2019年决算公开报告" around a 项目支出绩效自评表
 * is that table's record; alone, it is the department's own account of its year).
 */
const LATE_KIND_RE: Array<[RegExp, ReportKind]> = [
	// ("X局2019年决算公开报告", "2020年度部门(单位)决算草案(Y所)")
	[/决算公开(报告|说明)(?=[\s|]*$)|(部门|单位)\s*[(（]单位[)）]\s*决算草案(\s*[(（][^()（）]{1,10}[)）])?(?=[\s|]*$)/, 'self_evaluation'],
	// a target sheet's heading cell alone, "| 部门整体绩效目标 |" (a workbook's 部门整体绩效目标 sheet)
	[/(?<=^|\|)\s*部门整体(?:支出)?(?:预算)?绩效目标(?=[\s|]*$)/, 'target_table'],
	// a 三公 statement of its changes ("X2017年“三公”经费增减情况说明")
	[/[“"]?三公[”"]?经费[^。，,]{0,6}情况说明(?=[\s|]*$)/, 'self_evaluation']
];

/** Lines of web page furniture that never hold the title (a site's welcome banner among them). */
const PAGE_META = /^(欢迎(来到|访问|光临)|索引号|标题(?![:：|]+[^|]*(?:报告|表|公示|通知|说明|指标)[\s|]*$)|发布机构|发布日期|发布时间|发文日期|来源|信息来源|浏览|字体|文号|时效性|编辑|作者|分类|主题|公开|打印|关闭|【|SOURCE:|---)/;

const squeeze = (s: string) => s.replace(/\s+/g, '');
/** An amount in any money unit as the header's clues read it: "N万元", "12,345.00元", "N亿元" (numbers.ts). */
const AMOUNT = String.raw`${NUM}\s*${MONEY_UNIT}`;

/** Labels of identity fields; the value follows on the line, in the next cell or on the next line. */
const LABELS = {
	department: /(?:预算)?部\s*门\s*[(（、]?\s*单\s*位\s*[)）]?\s*名\s*称|预算部门[、,，]?单位名称|(?:部门|单位|填报单位|评价单位|预算单位|申报单位|被评价单位)\s*(?:名\s*称)?(?=\s*[:：|\t])|(?<=^|\n)(?:预算单位|申报单位)(?=[ \u3000]+[\u4e00-\u9fa5])|部\s*门\s*名\s*称|单\s*位\s*名\s*称/,
	// (资金使用单位: the transfer-payment 绩效目标自评表's unit that spends the money)
	// (下达地方或单位: the unit a 中央预算内投资计划绩效目标表, the national template for central budget
	// investment, sends the money to)
	implementer: /(?:项目)?实施\s*(?:[(（]\s*主管\s*[)）])?\s*单位\s*(?:[(（]\s*盖章\s*[)）])?|项目单位|项目承担单位|项目执行单位|资金使用单位|下达地方或单位/,
	// (a label cell broken over lines: "主管部门 / 及编码", Wuhan's target tables)
	// (a transfer payment's form names the ministry, 中央主管部门, and the local 地方主管部门: the
	// record's supervisor is the local one)
	supervisor: /(?<!中央)主管部门(?:\s*及\s*(?:代码|编码))?|主管单位/,
	project: /项目名称|专项资金名称|项目支出名称|转移支付\s*(?:[(（]\s*项目\s*[)）])?\s*名称/,
	category: /项目类别|项目性质|项目类型|项目属性|项目分类/,
	preparer: /填\s*(?:报|表)\s*人|(?<!项目)联\s*系\s*人(?!员|电话|\s*电\s*话)/,
	phone: /联\s*系\s*电\s*话|联络电话/
};

const ANY_LABEL = new RegExp(`\\s(?:${Object.values(LABELS).map((r) => r.source).join('|')}|项目负责人|联系人|填报日期|单位[:：])|主管部门|实施单位|项目单位|项目负责人|负责人及电话|项目资金[(（]|评价方式|评价机构|联系电话|项目属性|项目类[别型]|项目性质|项目期限|立项依据|资金来源|预算金额|项目概况|实施期|财政部门|资金情况|资金使用单位|中央主管部门|地方主管部门|项目分类|建设周期|业务主管部门`);

/**
 * The document's head as labels are matched in it: noise dropped (pinyin glosses of reposting
 * sites, "項(xiàng)目名稱"), half-width and simplified for matching (`norm`), as written (`text`),
 * with the source position of every character (`map`).
 */
const heads = new WeakMap<Ctx, Span>();
function headView(ctx: Ctx): Span {
	let v = heads.get(ctx);
	if (!v) {
		// (a saved page's SOURCE line is not the report's text: see docText)
		const note = ctx.src.match(/^\s*SOURCE:[^\n]*\n(?:\s*-{3,}\s*\n)?/);
		heads.set(ctx, (v = spanOf(ctx.src, 0, Math.min(ctx.src.length, 12000), note ? [[0, note[0].length]] : [])));
	}
	return v;
}

/** A part [a, b) of a found value, with its source range. */
function sub(v: Found, a: number, b: number): Found {
	if (!v.map) return { value: v.value.slice(a, b), start: v.start + a, end: v.start + b };
	return { value: v.value.slice(a, b), start: v.map[a], end: v.map[b - 1] + 1, map: v.map.slice(a, b + 1) };
}

/** Column headers of funds and indicator tables, and of the lists above a form (序号 | 项目名称 | 备注, an
 * allocation's 项目名称 | 金额, a bond report's 项目名称 | 债券性质 | 自评分数 | 自评等级): never the value of
 * the label before them. */
const COLUMN_HEADER = /^(?:(?:年初|全年|年度)?预算(?:数|金额)|资金总额|年度(?:绩效)?目标|[一二三]级指标|指标值|指标性质|(?:全年)?执行数|执行率|分值|得分|权重|备注|序号|金额|[\u4e00-\u9fa5]{2,4}(?:性质|等级|分数))(?:[(（](?:万元|元|%)[)）])?$/;

/** The value after a label at view position `at`: same line, next cell or next line. */
function valueAfter(view: Span, at: number, maxLen = 60): Found | undefined {
	const src = view.text;
	let a = at;
	let lines = 0;
	// skip separators, a 盖章 note and up to two line breaks (value in the next cell / line)
	for (;;) {
		while (a < src.length && /[ \t:：|\u3000]/.test(src[a])) a++;
		const note = src.slice(a).match(/^[(（]\s*(盖章|公章|签章|签字)\s*[)）]/);
		if (note) {
			a += note[0].length;
			continue;
		}
		if (src[a] === '\r' || src[a] === '\n') {
			if (++lines > 3) return undefined;
			a++;
			continue;
		}
		break;
	}
	// paired labels and values ("项目实施单位/项目负责人 X区农技中心/张某"): the first of the pair
	const pair = view.norm.slice(a, a + 12).match(/^[/／][\u4e00-\u9fa5]{1,6}?(?:人|单位|部门|名称|电话|期限|时间|代码)/);
	if (pair) {
		a += pair[0].length;
		while (a < src.length && /[ \t:：|\u3000]/.test(src[a])) a++;
	}
	let b = a;
	while (b < src.length && b - a < maxLen && !(pair && /[/／]/.test(src[b])) && !/[\t\n\r|]/.test(src[b]) && !/^ {2,}/.test(src.slice(b, b + 2))) b++;
	// a value that is the next field's label: the label's own value is missing (a scrambled PDF
	// table, "项目名称 主管部门 X局 …"), and there is none
	if (new RegExp(`^(?:${ANY_LABEL.source})`).test(' ' + view.norm.slice(a, b)) || new RegExp(`^(?:${ANY_LABEL.source})`).test(view.norm.slice(a, b))) return undefined;
	// a value never holds the next field's label ("商品和服务支出 主管部门 X局" on one line)
	const next = view.norm.slice(a, b).slice(1).search(ANY_LABEL);
	if (next >= 0) b = a + 1 + next;
	// nor a field's label written with its colon after a space ("项目名称: X 是否为专项资金: 实施(主管)
	// 单位 …", Hebei's 预算项目绩效自评表 as label: value pairs on one line)
	const colon = view.norm.slice(a, b).search(/\s[\u4e00-\u9fa5()（）]{2,12}[:：]/);
	if (colon > 0) b = a + colon;
	while (b > a && /[\s:：。；;,，]/.test(src[b - 1])) b--;
	if (b <= a) return undefined;
	// the next column's header, not a value: a header row (单位名称 | 项目名称 | 预算数 | 年度目标 …,
	// the 申报表 of several projects) names its columns, and each row under it holds the values
	if (COLUMN_HEADER.test(view.norm.slice(a, b).replace(/\s+/g, ''))) return undefined;
	const map = view.map.slice(a, b);
	map.push(view.map[b - 1] + 1);
	return { value: src.slice(a, b), start: view.map[a], end: view.map[b - 1] + 1, map };
}

/** Every labelled value of a kind in the document's first part. */
function labelled(ctx: Ctx, re: RegExp, limit = 12000, anywhere = false): Found[] {
	const out: Found[] = [];
	const view = headView(ctx);
	const norm = view.norm;
	const g = new RegExp(re.source, 'g');
	for (const m of norm.matchAll(g)) {
		const i = m.index!;
		if (view.map[i] >= limit) break;
		// a label stands at the start of a line or a cell, not inside a sentence; a label no sentence
		// uses (实施单位, 主管部门, 项目名称) may stand anywhere: table text run together keeps it
		const before = norm.slice(Math.max(0, i - 2), i);
		// (a numbered item's label, "1.单位名称", "(一)部门名称", follows its number)
		// (a required field's mark, "*联系人:", is no part of a sentence)
		if (!anywhere && i > 0 && !/([\n\t|\s:：*＊]|\d[)）.、]?|[一二三四五六七八九十][、.．)）])$/.test(before)) continue;
		const v = valueAfter(view, i + m[0].length);
		if (v) out.push(v);
	}
	return out;
}

/** The unit a document signs with at its end: a line that is a unit's name alone, right over the closing
 * date line, among the last lines of the text. */
function signedBy(ctx: Ctx): Found | undefined {
	const tail = ctx.lines.filter((l) => !l.blank).slice(-4);
	const date = tail.findIndex((l) => /^\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日$/.test(squeeze(toHalfWidth(l.span.norm))));
	if (date < 1 || date < tail.length - 2) return undefined;
	const l = tail[date - 1];
	const v = l.span.text.trim();
	const t = squeeze(simplifyText(v));
	if (t.length > 30 || !isOrgName(t) || findOrgNames(v).length !== 1 || findOrgNames(v)[0].value.length !== v.length) return undefined;
	const a = l.span.text.indexOf(v);
	return { value: v, start: l.span.map[a], end: l.span.map[a + v.length - 1] + 1 };
}

/** An organisation named in a found value (the whole value, or the org name inside it). */
function orgOf(v: Found): Found | undefined {
	// a unit's code before its name ("314002-X县民政局机关", "[155]X县民政局"): the name
	const code = v.value.match(/^\s*(?:\d{3,}\s*[-—_－]|[\[［【(（]\s*\d{3,}\s*[\]］】)）])\s*(?=[\u4e00-\u9fa5])/);
	if (code) v = sub(v, code[0].length, v.value.length);
	const t = squeeze(toHalfWidth(v.value));
	// (two units in one cell run, "X市交通运输局 X市交通运输局" where a form's 主管部门 and 实施单位
	// cells were joined: the first)
	const hits = /[\u4e00-\u9fa5]\s+[\u4e00-\u9fa5]/.test(v.value) ? findOrgNames(v.value) : [];
	if (hits.length > 1 && hits[0].index === 0) return { ...sub(v, 0, hits[0].length), value: hits[0].value };
	if (isOrgName(t)) return v;
	const hit = findOrgNames(v.value)[0];
	if (!hit) {
		// a title's unit before its year that names no place the gazetteer holds: a township's own unit
		// ("X镇人民政府2024年度绩效自评报告"); not a unit led by a bare 区/市 (a masked "XX区Y园" loses
		// its XX in the title)
		// (or a value's first word, "主管部门:X街道办事处 委托单位:…" run together on a PDF's cover)
		const y = v.value.search(/(?:19|20)\d\d\s*年|(?<=[\u4e00-\u9fa5])[\s,，;；。|]/);
		const lead = y > 0 ? v.value.slice(0, y) : v.value;
		const at = lead.length - lead.trimStart().length;
		const name = lead.trim();
		return name && !/\s/.test(name) && !/^[市县区省州]/.test(name) && isOrgName(name) ? sub(v, at, at + name.length) : undefined;
	}
	// the unit's own part named after it stays: X县Y局本级, X局机关
	if (hit.index === 0 && /^(本级|机关|本部)$/.test(squeeze(v.value.slice(hit.length)))) return v;
	return { ...sub(v, hit.index, hit.index + hit.length), value: hit.value };
}

/**
 * The project or fund a title names: after its year ("X局2024年度Y资金绩效评价表"), or between the
 * unit and the year ("X医院Y补助资金2023年度绩效自评报告"), before the kind words. Only a name that
 * ends like one (项目, 资金, 经费, 工程, 补助) and is more than those words. Serves project and fund
 * self-evaluation reports and 评价表 titled without a 项目名称 label (Yunnan's, Anhui's and
 * Sichuan's fund evaluations).
 */
function fromTitle(written: string): { name: string; at: number } | undefined {
	// (matched in simplified characters, one for one, so positions hold; the name is returned as written)
	const title = simplifyText(written);
	const found = fromSimplifiedTitle(title);
	return found && { name: written.slice(found.at, found.at + found.name.length), at: found.at };
}

function fromSimplifiedTitle(title: string): { name: string; at: number } | undefined {
	// (kind words without 绩效 whose 项目 names the thing before them a project, "X奖助学金项目自评结果":
	// the name is X, whatever word it ends in)
	const bare = title.search(/项目(?:支出)?自评(?:价)?(?:报告|表|结果)\s*$/);
	const kindAt = bare > 0 && !/绩效/.test(title) ? bare : title.search(/(?:支出)?绩效(?:评价)?(?:自评|评价|目标自评)(?:报告|表)?(?:[(（][^()（）]*[)）])?\s*$/);
	if (kindAt <= 0) return undefined;
	const head = title.slice(0, kindAt);
	const ok = (s: string) => /^[\u4e00-\u9fa5()（）“”]{4,40}$/.test(s) && (kindAt === bare || /(项目|资金|经费|工程|补助|补贴)$/.test(s)) && !/^(项目|项目支出|专项资金|财政资金|资金|部门整体支出)$/.test(s);
	const year = head.match(/(20\d\d)\s*年度?/);
	// (a title that is the project's own name, itself ending in 项目, then the template's kind words, "X县Y设施建设项目
	// 项目支出绩效自评报告": the name, place included)
	if (!year && /项目项目(?:支出)?$/.test(head)) {
		const name = head.replace(/项目项目(?:支出)?$/, '项目').trim();
		if (ok(name)) return { name, at: title.indexOf(name) };
	}
	if (year) {
		const after = head.slice(year.index! + year[0].length).trim();
		if (ok(after)) return { name: after, at: title.indexOf(after, year.index! + year[0].length) };
		const before = head.slice(0, year.index!).trim();
		const org = findOrgNames(before)[0];
		// (or after the place alone, "X县农业保险保费补贴2020年度绩效自评报告": the county's fund)
		const lead = org && org.index === 0 ? org.length : (placeAt(before, 0)?.length ?? 0);
		// (a project the title calls a transfer payment, "X市Y工程转移支付2020年度绩效自评报告": Y工程)
		const rest = lead ? before.slice(lead).replace(/(?<=(?:项目|工程))(?:专项)?转移支付$/, '') : '';
		if (!after && ok(rest)) return { name: rest, at: lead };
		// (a place of work named with its place and followed by 项目 alone, "X市国家现代农业产业园项目2022
		// 年度绩效自评报告": the whole is the project's name)
		if (!after && org && org.index === 0 && /^(项目|工程)$/.test(rest) && /[园区站场馆院校]$/.test(org.value)) return { name: before, at: 0 };
	}
	return undefined;
}

/** The whole source in half-width, simplified characters, one for one (same length and offsets):
 * what patterns built from a line's folded form (`span.norm`) are matched against. */
const foldedSrcs = new WeakMap<Ctx, string>();
function foldedSrc(ctx: Ctx): string {
	let f = foldedSrcs.get(ctx);
	if (f === undefined) foldedSrcs.set(ctx, (f = writtenForm(ctx.src)));
	return f;
}

/**
 * The document's first `n` characters with a saved page's address line ("SOURCE: <address> (note)",
 * the line an importer or a crawler puts above the text, and its "---" rule) blanked: a note about
 * the page is not the report's text. Same length as the source, so positions stay.
 */
function docText(ctx: Ctx, n: number): string {
	// in simplified characters, one for one (a report in traditional characters, or a scan with some,
	// is matched by the same patterns; offsets and lengths stay those of the text as written)
	const head = simplifyText(ctx.src.slice(0, n));
	const m = head.match(/^\s*SOURCE:[^\n]*\n(?:\s*-{3,}\s*\n)?/);
	let out = m ? ' '.repeat(m[0].length) + head.slice(m[0].length) : head;
	// (nor a workbook's list of sheet names: their years are other sheets', not the report's)
	const sheets = sheetList(ctx);
	if (sheets) out = out.slice(0, sheets[0]) + out.slice(sheets[0], sheets[1]).replace(/[^\n]/g, ' ') + out.slice(sheets[1]);
	return out.slice(0, n);
}

/**
 * A workbook exported as text lists its sheets first: a line "Overview" (or "工作表", "Sheet"), then
 * one short line a sheet name, up to the first table row. The range [start, end) of those lines: the
 * names are other sheets' (other projects, other years), not the heading or the year of the sheet shown.
 * Serves the 部门整体绩效目标 sheets that county sites publish as spreadsheets.
 */
const sheetLists = new WeakMap<Ctx, [number, number] | null>();
function sheetList(ctx: Ctx): [number, number] | undefined {
	let got = sheetLists.get(ctx);
	if (got === undefined) {
		got = null;
		const lines = ctx.lines.filter((l) => !l.blank).slice(0, 60);
		const at = lines.slice(0, 6).findIndex((l) => /^(Overview|工作表|Sheets?)$/i.test(l.span.norm.trim()));
		if (at >= 0) {
			let e = at + 1;
			while (e < lines.length && !/[|\t]/.test(lines[e].raw) && lines[e].span.norm.trim().length <= 30 && !/[。；;，,:：]/.test(lines[e].span.norm)) e++;
			if (e - at - 1 >= 2 && e < lines.length && /[|\t]/.test(lines[e].raw)) got = [lines[at].start, lines[e].start];
		}
		sheetLists.set(ctx, got);
	}
	return got ?? undefined;
}

/**
 * The full name, among the units the head names, of a unit named short: the bare unit with a place before it
 * ("X局" → "Y区X局", the one such name the text gives), or the same place's unit whose kind the short
 * kind abbreviates (its first and last characters in order, the rest at most one character off: "驻X办" of
 * "人民政府驻X市办事处").
 */
function fullNameOf(name: string, orgs: Array<{ value: string; index: number; length: number }>): { value: string; index: number; length: number } | undefined {
	const cands = orgs.filter((o) => squeeze(simplifyText(o.value)) !== name);
	if (isBareUnit(name) || (!regionOf(name) && isOrgName(name))) {
		const full = [...new Set(cands.map((o) => squeeze(simplifyText(o.value))).filter((v) => v.endsWith(name) && /[省市县区州旗盟]$/.test(v.slice(0, -name.length))))];
		return full.length === 1 ? cands.find((o) => squeeze(simplifyText(o.value)) === full[0]) : undefined;
	}
	const r = regionOf(name);
	if (!r || r.type.length < 2 || r.type.length > 5) return undefined;
	const same = cands.filter((o) => {
		const v = squeeze(simplifyText(o.value));
		const f = regionOf(v);
		if (!f || JSON.stringify(f.region) !== JSON.stringify(r.region) || f.type.length <= r.type.length + 1) return false;
		const t = r.type;
		const i0 = f.type.indexOf(t[0]);
		if (i0 < 0 || !f.type.slice(i0 + 1).includes(t[t.length - 1])) return false;
		// (the characters of the short kind, in order, one of them at most missing from the full kind)
		let at = i0;
		let missing = 0;
		for (const c of t.slice(1)) {
			const j = f.type.indexOf(c, at + 1);
			if (j < 0) missing++;
			else at = j;
		}
		return missing <= 1;
	});
	const names = [...new Set(same.map((o) => squeeze(simplifyText(o.value))))];
	return names.length === 1 ? same[0] : undefined;
}

/** Where the title of the document stands: the first line (or, in a document flowed onto one
 * line, the first sentence piece) in the head that names a kind of report. */
type TitleHit = { kind: ReportKind; text: string; start: number; end: number; line: number };

/**
 * A 部门预算 or 部门决算 publication that opens with its table of contents and has no title line of its own
 * ("目录 / 第一部分 X馆概况 / … / 第三部分 X馆2024年单位预算情况说明"): the part that explains the year's
 * budget or final accounts, without its part number, names the document (county budget and final-accounts
 * disclosures of Jiangxi and other provinces). Only where no line of the head is a title.
 */
function contentsTitle(ctx: Ctx): TitleHit | undefined {
	for (const l of ctx.lines.slice(0, 80)) {
		if (l.blank) continue;
		const m = l.span.norm.match(/^(\s*第[一二三四五六七八九十\d]+部分[\s:：、]*)([\u4e00-\u9fa5][^\s|]{4,60}?)\s*$/);
		if (!m) continue;
		const words = simplifyText(m[2]);
		const kind = /\d{4}\s*年度?(?:部门|单位)预算(?:公开)?(?:情况)?说明$/.test(words) ? 'target_table' : /\d{4}\s*年度?(?:部门|单位)决算(?:公开)?(?:情况)?说明$/.test(words) ? 'self_evaluation' : undefined;
		if (!kind) continue;
		const a = m[1].length;
		const b = a + m[2].length;
		return { kind, text: l.span.text.slice(a, b), start: l.span.map[a], end: l.span.map[b - 1] + 1, line: l.n };
	}
	return undefined;
}

/** The title: first a line whose kind words end in a title noun (…报告, …表, …总结), then any. */
function findTitle(ctx: Ctx): TitleHit | undefined {
	const t = titleLine(ctx, true) ?? titleLine(ctx, false) ?? titleLine(ctx, false, LATE_KIND_RE) ?? contentsTitle(ctx);
	// a page's headline without a year gives way to the form's own heading a few lines below, which
	// states its year ("X资金绩效目标申报表(Y建设)" / "来源:…" / "绩效目标申报表(基础设施建设类)" / "(2022年度)")
	// (or a headline with a year, where the page's metadata line stands between: "来源:…", "发布时间")
	// (a heading a site masked, "****2024年度…", is no better than the headline)
	// (the page's metadata line: PAGE_META at its start, or after the site's name, "X局 x.gov.cn 发布时间:…")
	const metaBetween = (form: TitleHit, from = t!.line) => !/\*{2,}/.test(ctx.lines[form.line].span.norm) && ctx.lines.slice(from + 1, form.line).some((l) => PAGE_META.test(squeeze(l.span.norm)) || /发布时间[:：]|来源[:：]|^日期[:：]/.test(squeeze(l.span.norm)));
	if (t) {
		// a page's headline with the unit's short name ("县档案馆2024年…自评报告") over the cover's title
		// with its full name ("X自治县档案馆2024年…自评报告"): the cover's (county sites of Yunnan and others)
		const next = ctx.lines.slice(t.line + 1).find((l) => !l.blank);
		const year0 = squeeze(simplifyText(t.text)).search(/\d{4}年/);
		if (next && year0 > 0 && year0 <= 8) {
			const n0 = squeeze(next.span.norm);
			const tail = squeeze(writtenForm(t.text)).slice(year0);
			if (n0.length > squeeze(t.text).length && n0.length <= 60 && squeeze(toHalfWidth(next.span.norm)).endsWith(tail) && isOrgName(n0.slice(0, n0.length - tail.length))) {
				const again = titleLine(ctx, true, KIND_RE, next.n);
				if (again && again.line === next.n) return again;
			}
		}
		// (a page that repeats its headline — the index block's 名称 twice, then the page's own heading —
		// is read from its last repeat: the form's own heading stands below that; Anhui's and other
		// provinces' 信息公开 pages)
		let anchor = t.line;
		let form = titleLine(ctx, true, KIND_RE, t.line + 1);
		while (form && form.line <= anchor + 12 && squeeze(form.text) === squeeze(t.text)) {
			anchor = ctx.lineOf(Math.max(form.start, form.end - 1));
			form = titleLine(ctx, true, KIND_RE, anchor + 1);
		}
		// an attachment named in a notice ("附件:X绩效目标表") gives way to the attached form's own heading
		if (form && form.line <= anchor + 12 && /^附件\d*[:：]/.test(squeeze(ctx.lines[t.line].span.norm)) && !/^附件\d*[:：]?$/.test(squeeze(ctx.lines[form.line].span.norm))) return form;
		// (or the national template's own heading with its bracketed year right under a page's headline, "X局2024年Y项目
		// 支出预算绩效目标表" / "项目支出绩效目标申报表" / "(2024年度)": the form's heading is the document's title)
		// (titles compared in their folded form: a year written in full-width digits is a year)
		const fold = (x: string) => squeeze(writtenForm(x));
		const template = (x: TitleHit) => /^(?:项目支出|部门整体支出|部门整体)?绩效(?:目标|自评)(?:申报|批复|审批)?表[(（]\d{4}年度?[)）]$/.test(fold(x.text));
		if (form && form.line <= anchor + 12 && ((/[(（]\d{4}年度?[)）]$/.test(fold(form.text)) && !/\d{4}/.test(fold(t.text))) || (template(form) && ctx.lines.slice(anchor + 1, form.line).filter((l) => !l.blank).length <= 3) || (/\d{4}年/.test(fold(form.text)) && metaBetween(form, anchor)) || (metaBetween(form, anchor) && /^(项目(支出)?)?绩效目标(申报|审批)?表$/.test(fold(form.text))))) return form;
	}
	return t;
}

/** A title noun right after the kind words, with a bracketed note. */
const TITLE_END = /^(?:[\u4e00-\u9fa5]{0,8}?(?:总结报告|报告|表|总结))(\s*[(（][^)）]{0,30}[)）])?/;

/**
 * Unit names the body writes across a PDF's line break or with the spaces its text layer leaves
 * between characters ("…安排梧 州 市 农 产 品 …中 心 出国团组", "…下达X县\n农业农村局…"): found in the
 * paragraphs' cleaned text (line breaks and letter spaces dropped) and added, at their source
 * positions, to the names found in the text as written, which stay as they are. Serves PDF-converted
 * reports of every layout.
 */
function withBrokenNames(ctx: Ctx, found: Array<{ value: string; index: number; length: number }>, limit: number) {
	const extra: typeof found = [];
	for (const p of ctx.paras) {
		if (p.start >= limit) break;
		for (const o of findOrgNames(p.span.norm)) {
			const index = p.span.map[o.index];
			const end = p.span.map[o.index + o.length - 1] + 1;
			// only a name that crosses what the cleaning dropped: the rest the text as written holds
			if (index >= limit || end - index === o.length || found.some((f) => f.index < end && index < f.index + f.length)) continue;
			extra.push({ ...o, value: p.span.text.slice(o.index, o.index + o.length), index, length: end - index });
		}
	}
	return extra.length ? [...found, ...extra].sort((a, b) => a.index - b.index) : found;
}

/** The kind words of a title that ends in its noun ("…绩效自评报告", "…目标表"). */
function endsAsTitle(norm: string, kinds: Array<[RegExp, ReportKind]>): boolean {
	return kinds.some(([re]) => [...norm.matchAll(new RegExp(re.source, 'g'))].some((x) => TITLE_END.test(norm.slice(x.index! + x[0].length)) || /(报告|表|总结|说明|决算)$/.test(x[0])));
}

/**
 * A title that PDF text extraction or a narrow column broke over two lines at the line width
 * ("X县Y局2021年度部门(单位)整体支出绩效评价" / "自评报告"): the two lines as one, where the
 * first does not end as a title and ends no sentence, and the second is short and completes it.
 * Serves PDF-converted reports of every layout (a 28–40 character line width is usual); titles
 * broken after the year or inside a bracket, and a kind line under a short unit line, are read
 * where the title is found (below).
 */
function unwrapTitles<L extends { n: number; start: number; end: number; raw: string; span: Span }>(src: string, lines: L[], kinds: Array<[RegExp, ReportKind]>): L[] {
	const out: L[] = [];
	for (let i = 0; i < lines.length; i++) {
		const l = lines[i];
		const m = lines[i + 1];
		const a = squeeze(l.span.norm);
		// (a first line that fills a width, starts no continuation — "开放方向)2024年…" — and a second
		// that is no item of a list, "2.绩效目标表")
		if (m && m.n === l.n + 1 && i < 12 && a.length >= 20 && a.length <= 60 && !/^[^(（]*[)）]/.test(a) && !/[。；;:：,，!！?？|]$/.test(a) && !/\|/.test(a) && a.search(/[:：]/) <= 6 && (a.match(/[:：]/g) ?? []).length <= 1 && !PAGE_META.test(a) && !endsAsTitle(l.span.norm, kinds)) {
			const b = squeeze(m.span.norm);
			if (b.length >= 2 && b.length <= 16 && !/[:：|]/.test(b) && !/^([(（]?\d+[)）.、．]|[一二三四五六七八九十]+、)/.test(b) && endsAsTitle(a + b, kinds) && (b.length <= 8 || !endsAsTitle(b, kinds))) {
				out.push({ ...l, end: m.end, raw: l.raw + m.raw, span: spanOf(src, l.start, m.end, [[l.end, m.start]]) });
				i++;
				continue;
			}
		}
		out.push(l);
	}
	return out;
}

function titleLine(ctx: Ctx, strict: boolean, kinds = KIND_RE, from = 0): TitleHit | undefined {
	const sheets = sheetList(ctx);
	const head = unwrapTitles(ctx.src, ctx.lines.filter((l) => !l.blank && l.n >= from && !(sheets && l.start >= sheets[0] && l.start < sheets[1])).slice(0, 60), kinds);
	// the links a page lists at its end ("相关附件:" / "相关文档:" then file names) are no titles
	const links = head.findIndex((l) => /^(相关附件|相关文档|相关链接|附件下载|相关阅读)[:：]?$/.test(squeeze(l.span.norm)));
	for (const [idx, l] of head.entries()) {
		if (links >= 0 && idx > links) break;
		// a long line holds a title only where a document flowed onto one line begins
		if (idx > 4 && squeeze(l.span.norm).length > 90) continue;
		const norm = squeeze(l.span.norm).replace(/^[•·●▪*-]+/, '');
		if (PAGE_META.test(norm) || /^https?:/.test(norm)) continue;
		// the value of a page's metadata label on the line above ("• 公开目录" / "• 自评报告") is no title
		const above0 = idx > 0 ? squeeze(head[idx - 1].span.norm).replace(/^[•·●▪*-]+/, '') : '';
		if (norm.length <= 10 && above0.length <= 6 && (PAGE_META.test(above0) || /^(公开目录|目录|栏目|所属栏目|信息类别|类别)$/.test(above0))) continue;
		// a part of a publication's table of contents ("第二部分2024年度单位决算情况说明") is no title
		if (/^第[一二三四五六七八九十\d]+(部分|章|节)/.test(norm) || /^[\u4e00-\u9fa5]{2,30}第[一二三四五六七八九十]+部分/.test(norm)) continue;
		// a chapter heading (二、项目绩效自评工作开展情况) or a bare category word is no title
		if (l.heading?.marker && squeeze(l.span.norm).length < 90) continue;
		if (norm.length < 8 && !/报告|表/.test(norm)) continue;
		// a cover's label line ("评价方式:部门(单位)绩效自评", "评价类型:…") names no document
		if (/^(评价(方式|类型|机构|方法|对象|组织)|项目(名称|单位|类型|属性)|报告日期|填报(单位|日期)|主管部门)[:：]/.test(norm)) continue;
		// an attachment's caption ("项目支出绩效目标表3", the page's title for its third table) gives way
		// to the form's own heading below it
		if (strict && /表\d{1,2}$/.test(norm)) continue;
		// a mirror's file name line ("X自评表.xlsx") gives way to the form's own heading
		if (strict && /\.(xlsx?|docx?|pdf|wps)$/i.test(norm)) continue;
		for (const [re, kind] of kinds) {
			// in a flowed line the kind words may stand in a sentence first and in the title later:
			// strictly, the first place where they end in a title noun
			const all = [...l.span.norm.matchAll(new RegExp(re.source, 'g'))];
			// (kind words inside a document a sentence cites, "根据《X局关于开展2023年度…绩效自评工作的通知》…", name
			// that document, not this one; a mirror's file name in 《》 is read below)
			// (the sentence may run over lines a PDF broke: the 《 and the 根据 before it are looked for in the
			// paragraph's text before the line too)
			const inCited = (x: RegExpMatchArray) => {
				const at = l.span.map[x.index!];
				const para = simplifyText(ctx.src.slice(Math.max(0, at - 200), at)).split(/\n\s*\n/).pop()!;
				const open = para.lastIndexOf('《');
				if (open < 0 || open < para.lastIndexOf('》')) return false;
				const inside = ctx.src.slice(at - (para.length - open), ctx.src.indexOf('》', at) >>> 0);
				if (/\.(?:docx?|pdf|wps|xlsx?)/i.test(inside)) return false;
				const lead = para.slice(0, open);
				return /(根据|按照|依据|依照)[^。；;]*$/.test(lead) || /[，,。；;][^\n]*$/.test(lead);
			};
			const all1 = all.filter((x) => !inCited(x));
			const m = strict ? all1.find((x) => TITLE_END.test(l.span.norm.slice(x.index! + x[0].length)) || /(报告|表|总结|说明|决算)$/.test(x[0])) : all1[0];
			if (!m) continue;
			const noun = l.span.norm.slice(m.index! + m[0].length).match(TITLE_END);
			if (strict && !noun && !/(报告|表|总结|说明|决算)$/.test(m[0])) continue;
			// kind words without a title noun that a clause follows ("…项目绩效评价显示:产业…", "…绩效评价表明，…")
			// are a sentence about the evaluation, not its title (news pages and summaries of every province)
			if (!noun && !/(报告|表|总结|说明|决算)$/.test(m[0]) && /^[\u4e00-\u9fa5]{0,4}[:：，,]/.test(l.span.norm.slice(m.index! + m[0].length))) continue;
			// (nor a line that goes on to say what they are, "…支出绩效自评工作是绩效管理工作的重要部", a PDF line of a
			// paragraph)
			if (!noun && !/(报告|表|总结|说明|决算)$/.test(m[0]) && /(?:工作|情况)?(?:是|为了|旨在)[\u4e00-\u9fa5]{4,}/.test(l.span.norm.slice(m.index! + m[0].length)) && !/(报告|表)\s*$/.test(l.span.norm)) continue;
			// a long line is a flowed document: the title is the piece around the kind words
			let a = 0;
			let b = l.span.norm.length;
			// a page's index block as delimited cells ("名称: | X县2023年度…自评报告 | 文号: | 无"): the title
			// is the cell that holds the kind words
			if (l.span.norm.includes('|')) {
				const c0 = l.span.norm.lastIndexOf('|', m.index!) + 1;
				const c1 = l.span.norm.indexOf('|', m.index!);
				if (c0 > 0 || c1 >= 0) {
					a = c0;
					b = c1 >= 0 ? c1 : b;
				}
			}
			// a document-sharing mirror names the file: "《X报告.docx》由会员分享…" → X报告
			const shared = l.span.norm.match(/《([^》]{4,80}?)\.(?:docx?|pdf|wps|xlsx?)(?:\([^)]*\))?》/);
			if (shared && re.test(shared[1])) {
				// the title as the document itself writes it further on, with its bracketed year
				// (file names lose their brackets: "部门单位整体" in the name is "部门(单位)整体" in the text,
				// yzwku/renrendoc mirrors of Hunan's 部门(单位)整体支出 reports)
				// (and a file named for another year than the form inside it states: the form's own year)
				const loose = new RegExp([...shared[1]].map((c) => (/\d/.test(c) ? '\\d' : c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('[()（）]?'), 'g');
				loose.lastIndex = ctx.lines[l.n].end;
				// (matched in the folded text, one for one: the file name is read from the folded line)
				const hit = loose.exec(foldedSrc(ctx));
				const own = hit ? hit.index : -1;
				const ownLen = hit ? hit[0].length : 0;
				const br = own >= 0 ? ctx.src.slice(own + ownLen, own + ownLen + 16).match(/^\s*[(（][^()（）\n]{2,12}[)）]/) : null;
				if (br) return { kind, text: ctx.src.slice(own, own + ownLen + br[0].length), start: own, end: own + ownLen + br[0].length, line: ctx.lineOf(own) };
				if (hit && hit[0] !== shared[1]) return { kind, text: ctx.src.slice(own, own + ownLen), start: own, end: own + ownLen, line: ctx.lineOf(own) };
				a = shared.index! + 1;
				b = a + shared[1].length;
				// (the form's label cells run into the file name: "…自评表单位名称X填报日期.docx")
				const cut = shared[1].search(/(?<=表|报告)(单位名称|填报单位|填报日期|主管部门|实施单位|部门名称|预算单位)/);
				if (cut > 0) b = a + cut;
				const s0 = l.span.map[a];
				return { kind, text: l.span.text.slice(a, b), start: s0, end: l.span.map[b - 1] + 1, line: l.n };
			}
			if (squeeze(l.span.norm).length > 90 || (strict && noun && l.span.norm.slice(m.index! + m[0].length + noun[0].length).trim().length > 12)) {
				const i = m.index!;
				a = i;
				while (a > 0 && i - a < 50 && !/[。；;!?！？:：\n]|\.(pdf|docx?|html?)/i.test(l.span.norm.slice(a - 1, a + 4).slice(0, 1) + (l.span.norm.slice(a - 4, a) === '.pdf' ? '.pdf' : ''))) a--;
				// a title quoted in a sentence starts after its verb: "现将2022年X局…报告如下"
				const lead = l.span.norm.slice(a, i).search(/(现将|特将|现就|现把)(?=[^现特]*$)/);
				if (lead >= 0) a += lead + 2;
				// a report a notice asks for ("…于预算年度结束后及时将项目绩效自评报告报送…", "请按要求编制…
				// 自评报告") is a mention in a sentence, not the document's title
				else if (/(将|报送|提交|上报|编制|撰写|形成|开展)[^,，。]{0,16}$/.test(l.span.norm.slice(Math.max(a, i - 20), i)) && !/关于/.test(l.span.norm.slice(a, i))) continue;
				// a bracket that closes before the title without opening in it ends a page's note
				// ("详情见附件(注:以下内容为附件图片识别…)部门预算项目支出绩效自评表", tender-site OCR copies)
				const before = l.span.norm.slice(a, i);
				const close = Math.max(before.lastIndexOf(')'), before.lastIndexOf('）'));
				if (close >= 0 && !/[(（]/.test(before.slice(0, close))) a += close + 1;
				// stop after the kind words and a bracketed note
				b = i + m[0].length;
				const rest = l.span.norm.slice(b).match(/^(?:[\u4e00-\u9fa5]{0,8}?(?:总结报告|报告|表|总结))?(\s*[(（][^)）]{0,30}[)）])?/);
				if (rest) b += rest[0].length;
				// a file name before the title ("….pdf 2021 年…") is not part of it
				const pdf = l.span.norm.slice(a, b).search(/\.(pdf|docx?)\s*/i);
				if (pdf >= 0) a += l.span.norm.slice(a, b).slice(pdf).match(/^\.(pdf|docx?)\s*/i)![0].length + pdf;
			}
			// file metadata before the title (a converter's GUIDs, flags, timestamps) is no part of it
			// (an opening quote is the title's, "“三公”经费决算情况说明")
			const first = l.span.norm.slice(a, b).search(/[\u4e00-\u9fa5(（“"《]|\d{4}\s*年/);
			if (first > 0 && !/[\u4e00-\u9fa5]/.test(l.span.norm.slice(a, a + first))) a += first;
			// a breadcrumb before the title ("您现在的位置:首页>通知公告>…") is page furniture
			const crumb = l.span.norm.slice(a, b).lastIndexOf('>');
			if (crumb >= 0 && /位置|首页/.test(l.span.norm.slice(a, b))) a += crumb + 1;
			// a form's label cells run into its title line ("…项目自评表单位名称X填报日期"): the title ends there
			const cells0 = l.span.norm.slice(m.index! + m[0].length, b).search(/单位名称|填报单位|填报日期|主管部门|实施单位|部门名称|预算单位/);
			if (cells0 > 0 && cells0 <= 12) b = m.index! + m[0].length + cells0;
			// (a sharing site's or a page's label before the title, "文档介绍:", "内容概述:", is not part of it)
			// (nor a page index block's label, "名称: X 文号:", "概述:X", Anhui's and Inner Mongolia's 信息公开 pages,
			// with the next label after it)
			const label0 = l.span.norm.slice(a, b).match(/^\s*(?:(?:文档介绍|内容概述|内容摘要|文档简介|名称|概述|标\s*题)\s*[:：][\s|]*|信息名称\s*[:：]?)\s*/);
			if (label0) a += label0[0].length;
			const label1 = l.span.norm.slice(a, b).search(/\s+(?:文号|索引号|发布日期|发文日期)\s*[:：]/);
			if (label1 > 0) b = a + label1;
			// a report a sentence announces without naming it ("…开展自评,县级自评情况报告如下:") is the text
			// below, not a title; one it names after 现将 ("现将2022年X局Y项目绩效自评总结报告如下") is
			if ((/^\s*如下/.test(l.span.norm.slice(b)) || /如下[:：]?\s*$/.test(l.span.norm.slice(a, b))) && !/(现将|特将|现就|现把)/.test(l.span.norm.slice(Math.max(0, a - 2), m.index!))) continue;
			const text = l.span.text.slice(a, b).trim().replace(/[\s|]*$/, '').replace(/\.(pdf|docx?|wps|html?)$/i, '').replace(/[_\s-]*第\s*\d+\s*页$/, '');
			if (!text || squeeze(text).length > 90) continue;
			// a sentence's clause before the kind words ("所有项目均开展了绩效自评,其中…项目绩效自评结", a PDF line
			// cut from a paragraph) is no title: a title holds no clause break outside its brackets
			if (/[，,；;。]/.test(l.span.norm.slice(a, m.index!).replace(/[(（][^()（）]*[)）]/g, ''))) continue;
			// a report a sentence announces by its kind alone ("现将自评情况报告如下") names no title
			if (/如下/.test(l.span.norm.slice(b, b + 4)) && squeeze(text).length < 10) continue;
			// a page preview's caption ("项目绩效目标表_第1页"): the title as the document writes it
			// further on, with its bracketed year, when it does
			// (found in the folded text, one for one: the document may write it in full-width digits and brackets)
			if (/[_\s-]*第\s*\d+\s*页$/.test(l.span.norm.trim())) {
				const folded = foldedSrc(ctx);
				const want = writtenForm(text);
				for (let own = folded.indexOf(want, ctx.lines[l.n].end); own >= 0; own = folded.indexOf(want, own + 1)) {
					const br = folded.slice(own + text.length, own + text.length + 16).match(/^\s*[(（][^()（）\n]{2,12}[)）]/);
					if (br) return { kind, text: ctx.src.slice(own, own + text.length + br[0].length), start: own, end: own + text.length + br[0].length, line: ctx.lineOf(own) };
				}
			}
			const s = l.span.map[a];
			// a title broken over two lines ("**河县2023年度中央水利发展资金\n绩效自评报告"): a line of the
			// kind words alone takes the short line above it that names the year, the unit or the fund
			const prevLine = idx > 0 ? head[idx - 1] : undefined;
			const above = prevLine ? squeeze(prevLine.span.norm) : '';
			// (also a title line that starts with its year under the unit's name alone: "X镇人民政府" /
			// "2022年度部门决算情况说明", Chongqing's 部门决算 publications)
			// (or under the fund's name alone, "X县农业保险保费补贴" / "2020年度绩效自评报告")
			// (or the unit's name with the word 部门 that the next line goes on from, "X局部门" / "2023年度整体支出…")
			const yearFirst = /^20\d\d年/.test(squeeze(text)) && prevLine && (isOrgName(squeeze(prevLine.span.norm)) || isOrgName(squeeze(prevLine.span.norm).replace(/(部门|单位)$/, '')) || /(项目|资金|经费|工程|补助|补贴)$/.test(squeeze(prevLine.span.norm)));
			// (or under a line that breaks after the year or inside a bracket, the long title of a fund's
			// target table set over three lines: "X专项(Y\n项目)2022年\n中央预算内投资计划绩效目标表")
			const brokenAfter = /20\d\d年度?$|[(（][^)）]*$/.test(above);
			// (or a title set over three lines, the unit, then the year and the money, then the kind: "X法院" / "2017年度一般
			// 公共预算财政拨款" / "“三公”经费决算情况说明", the 决算 说明 of courts and bureaus)
			const unitAbove = idx > 1 ? squeeze(head[idx - 2].span.norm) : '';
			const yearBetween = /^20\d\d年度?[\u4e00-\u9fa5“”"]{2,24}$/.test(above) && !!prevLine && idx > 1 && head[idx - 2].n === prevLine.n - 1 && prevLine.n === l.n - 1 && unitAbove.length <= 30 && isOrgName(unitAbove);
			if (a === 0 && (squeeze(text).length <= 10 || yearFirst || brokenAfter || yearBetween) && prevLine && above.length <= 40 && !/[。；;:：,，|]/.test(above) && !PAGE_META.test(above) && /20\d\d年|资金|项目|经费|补助|补贴|工程|局|委|办|中心|政府/.test(above) && !KIND_RE.some(([re]) => re.test(above))) {
				const prev2 = idx > 1 ? head[idx - 2] : undefined;
				const above2 = prev2 ? squeeze(prev2.span.norm) : '';
				const three = yearBetween || (!!prev2 && prev2.n === prevLine.n - 1 && /[(（][^)）]*$/.test(above2) && /^[^(（]*[)）]/.test(above) && above2.length <= 40 && !/[。；;:：,，|]/.test(above2) && !PAGE_META.test(above2));
				const top = three && prev2 ? prev2 : prevLine;
				const t0 = top.span.map[0];
				const joined = ((three && prev2 ? prev2.span.text.trim() : '') + prevLine.span.text.trim() + text).replace(/\s+/g, '');
				// the kind the whole title names ("…发展资金" + "绩效自评报告" is a fund's evaluation)
				const whole = KIND_RE.find(([re]) => re.test(simplifyText(joined)))?.[1] ?? kind;
				return { kind: whole, text: joined, start: t0, end: l.span.map[Math.max(a, b - 1)] + 1, line: top.n };
			}
			// the form's year on the line under its title ("项目支出绩效目标表" / "(2020年度)", the bracket
			// often lost by the conversion): part of the title
			// (lines of empty cells alone, "|||||||", are no lines of text)
			const below = head.slice(idx + 1).find((x) => x.span.norm.replace(/[\s|]/g, ''));
			// (a delimited form's cells: "绩效目标申报表 |" / "(2021年度) |")
			if (!l.span.norm.slice(b).replace(/[\s|]/g, '') && below && below.n <= l.n + 3 && /^[(（]?\d{4}年度?[)）]$/.test(squeeze(below.span.norm).replace(/^\|+|\|+$/g, ''))) {
				const yr = below.span.text.trim().replace(/^[\s|]+|[\s|]+$/g, '');
				return { kind, text: text + yr, start: s, end: below.start + below.span.text.indexOf(yr) + yr.length, line: l.n };
			}
			return { kind, text, start: s, end: l.span.map[Math.max(a, b - 1)] + 1, line: l.n };
		}
	}
	return undefined;
}

function yearIn(s: string): number | undefined {
	// (a date run into a title, "…中心2019年6月14日X区2018年度Y项目绩效评价报告" on a PDF's cover, is no year of the report)
	const m = toHalfWidth(s).replace(/\s+/g, '').match(/(20[0-4]\d|199\d)年度?(?!\d{1,2}月\d{1,2}日)/);
	return m ? Number(m[1]) : undefined;
}

export function readHeader(ctx: Ctx): Header {
	// the title matched in simplified characters, one for one, so offsets into it stay those of the
	// text as written (a report in traditional characters; quotes are cut from the source by offset)
	const hit = findTitle(ctx);
	const title = hit && { ...hit, text: simplifyText(hit.text) };
	let kind: ReportKind = title?.kind ?? guessKind(ctx);
	// a title that names no kind of spending ("X经费 绩效自评表") on a project's form (项目名称,
	// 年初预算 … 得分): the form's kind (项目支出绩效自评表 copied from a school's or bureau's news page)
	if (title && kind === 'self_evaluation' && !/部门|单位|整体|机关|三公|决算/.test(simplifyText(title.text))) {
		const form = guessKind(ctx);
		if (form === 'project_self_evaluation' || form === 'project_target_table') kind = form;
	}
	// a bare 绩效目标(申报)表 title on a project's form (项目名称 in its first cells, no 部门整体 or
	// 单位 in the title): the project's target form (attached to a fund notice, Shaanxi's and others')
	if (title && kind === 'target_table' && !/部门|单位|整体|机关/.test(title.text) && /项目名称/.test(squeeze(simplifyText(ctx.src.slice(title.end, title.end + 400))))) kind = 'project_target_table';
	// a third party's report ("受X财政局委托，我所成立绩效评价工作组对Y…"): an external evaluation,
	// whatever its title calls it (Hunan's 专项资金绩效评价报告 by accounting firms)
	// (also "受X财政局委托,Y会计师事务所(以下简称“我所”)…", and a cover naming the firm, "委托单位:X财政局 /
	// 评价机构:Y会计师事务所"; Shanghai's evaluations by a social organisation's centre or a research
	// institute, "评价机构:X社会组织培育中心")
	const head4k = squeeze(docText(ctx, 4000));
	// (a third party's evaluation of a project is still about that project: its unit is found as a
	// project record's is)
	const evaluatedKind = kind;
	// (a finance bureau's evaluation sent under its own document number, "X财绩评〔2022〕1号" over the unit's name and
	// the commissioned report's cover: the bureau's evaluation of the unit's project)
	if ((kind === 'project_self_evaluation' || kind === 'self_evaluation') && /财[\u4e00-\u9fa5]{0,2}(?:绩评|评)\s*[〔\[【]\s*20\d\d\s*[〕\]】]\s*\d+\s*号/.test(head4k.slice(0, 400))) kind = 'external_evaluation';
	if ((kind === 'project_self_evaluation' || kind === 'self_evaluation') && (/受[\u4e00-\u9fa5]{2,30}委托\s*[,，]?\s*(我所|本所|我公司|本公司|我中心)/.test(head4k) || /受[\u4e00-\u9fa5]{2,30}?委托[,，]?[\u4e00-\u9fa5()（）]{2,30}?(会计师事务所|评估|咨询|有限公司|有限责任公司)/.test(head4k) || /评价机构[:：]?[\u4e00-\u9fa5()（）]{2,30}?(会计师事务所|评估|咨询|有限公司|有限责任公司|社会组织[\u4e00-\u9fa5]{0,6}中心|研究院|研究中心)/.test(head4k))) kind = 'external_evaluation';
	// (a cover's label written in full, "评价机构名称:X会计师事务所", as "评价机构:X")
	if ((kind === 'project_self_evaluation' || kind === 'self_evaluation') && /评价机构名称[:：]?[\u4e00-\u9fa5()（）]{2,30}?(会计师事务所|评估|咨询|有限公司|有限责任公司)/.test(head4k)) kind = 'external_evaluation';
	// an evaluation another body ran and announces: a finance bureau's or department's (or a unit's) notice
	// that it commissioned a third party or its review centre, or organised the year's key-project
	// evaluations, and now makes the results public ("委托第三方机构…开展X项目支出绩效评价工作…评定结果得分为N分";
	// "财政厅…安排X评审中心对Y项目开展绩效评价,现将评价结果予以公开"; "我局组织开展了2022年重点项目
	// 绩效评价工作,现将评价情况通报如下"; "我局委托第三方评价机构…开展了项目绩效评价…现将绩效部分在门户网站公开"):
	// never a unit's own 自评, whose results it reports (报告如下) rather than publishes
	if ((kind === 'project_self_evaluation' || kind === 'self_evaluation') && isAnnouncedEvaluation(writtenForm(head4k.replace(new RegExp(PINYIN_GLOSS, 'g'), '')).slice(0, 1500))) kind = 'external_evaluation';
	const h: Header = { kind, title: '', titled: !!title };

	const url = ctx.src.slice(0, 400).match(/^\s*(?:SOURCE:\s*)?(https?:\/\/[^\s)）]+)/m);
	if (url) h.sourceUrl = url[1];

	// project identity (project kinds, and any table that labels them)
	const first = (re: RegExp, pick: (v: Found) => Found | undefined = (v) => v) => {
		// (a label at the start of a line or cell first — a form's "项目名称 | X" — then one inside a sentence,
		// "该资金政府预算项目名称“X”", which a fund notice above the form may hold)
		for (const v of labelled(ctx, re, 12000, false)) {
			const p = pick(v);
			if (p) return p;
		}
		// (a form's 部门联系人 cell run into its neighbours, "…主管部门X局部门联系人Y联系电话…", too)
		const anywhere = re === LABELS.implementer || re === LABELS.supervisor || re === LABELS.project || re === LABELS.category || re === LABELS.preparer;
		if (anywhere) for (const v of labelled(ctx, re, 12000, true)) {
			const p = pick(v);
			if (p) return p;
		}
		return undefined;
	};
	const project: NonNullable<Header['project']> = {};
	// (a whole-department report's cover that labels its subject "项目名称: X局整体支出" names no project)
	const pn = first(LABELS.project, (v) => (/[\u4e00-\u9fa5]{2}/.test(v.value) && !/^(项目|名称)/.test(squeeze(v.value)) && !/整体(支出)?(绩效)?(评价|自评)?(报告)?$/.test(squeeze(v.value)) ? v : undefined));
	if (pn) {
		// a budget code before the name: "51234567R123456789012-工资性支出"
		const code = pn.value.match(/^\s*([0-9A-Z]{8,})\s*[-—_－]\s*/);
		if (code) {
			const c0 = code.index! + code[0].indexOf(code[1]);
			project.code = sub(pn, c0, c0 + code[1].length);
			const rest = pn.value.slice(code[0].length);
			const r0 = code[0].length + rest.search(/\S|$/);
			project.name = sub(pn, r0, code[0].length + rest.trimEnd().length);
		} else project.name = pn;
		// a form that writes its own kind after the name ("X经费支出绩效自评表"): the name is before it
		const kindWords = simplifyText(project.name.value).search(/(?:项目)?(?:支出)?绩效(?:自评|目标)(?:表|报告)?$/);
		if (kindWords > 1) project.name = sub(project.name, 0, kindWords);
	}
	// (a transfer payment's form that names a supervisor for each level, "省级主管部门 X厅 / 市级主管部门 Y局 /
	// 县级主管部门 县(市、区)教育部门" or "省级主管部门 X / 地方主管部门 Y": the most local level that names a
	// unit is the record's supervisor, as for the 地方主管部门 of the national template)
	const levelOf = (v: Found) => {
		const m = simplifyText(ctx.src.slice(Math.max(0, v.start - 14), v.start)).match(/(省级|市级|州级|县级|区级|地方)主管部门[\s|:：]*$/);
		return m ? ({ 省级: 1, 市级: 2, 州级: 2, 县级: 3, 区级: 3, 地方: 3 } as Record<string, number>)[m[1]] : 0;
	};
	const levelled = labelled(ctx, LABELS.supervisor, 12000, true).map((v) => ({ lv: levelOf(v), o: orgOf(v) })).filter((x) => x.lv && x.o);
	const sup = levelled.length > 1 ? levelled.reduce((a, b) => (b.lv > a.lv ? b : a)).o : first(LABELS.supervisor, orgOf);
	if (sup) project.supervisor = sup;
	// (a unit the 实施单位 cell names without its place, "X建设服务中心": the label vouches for it, the
	// place comes from the document; county 绩效目标申报表 of Hunan and other provinces)
	const imp = first(LABELS.implementer, (v) => orgOf(v) ?? (/^[\u4e00-\u9fa5]{2,14}(服务中心|中心|站|所|管理处|事务所|办公室|委员会|学校|中学|小学|幼儿园|医院|卫生院)$/.test(squeeze(v.value)) ? v : undefined));
	if (imp) project.implementer = imp;
	// ("专项业务类项目", "基础建设、修缮类": a kind of project, not a sentence)
	// ("资产资源类--房屋类": a class and its subclass)
	// (a list of boxes with one ticked, "1、部门预算项目 ☑ 2、市直专项 □": the ticked option)
	const ticked = (v: Found): Found | undefined => {
		const m = v.value.match(/(?:^|\d[、.．]\s*)([\u4e00-\u9fa5]{2,12})\s*[☑√■✔]/);
		if (!m || (v.value.match(/[☑√■✔]/g) ?? []).length !== 1) return undefined;
		const at = m.index! + m[0].indexOf(m[1]);
		return sub(v, at, at + m[1].length);
	};
	const cat = first(LABELS.category, (v) => (/^[\u4e00-\u9fa5]{2,12}项目$|^[\u4e00-\u9fa5、\-—－]{2,20}类$/.test(squeeze(v.value)) ? v : ticked(v)));
	if (cat) project.category = cat;
	// the project of a project report written in prose: a bracketed name under or after the title
	// ("…项目支出绩效自评报告\n(教育专项工作经费)"), or the body naming it ("项目为一个:生均公用经费项目")
	if (!project.name && PROJECT_KINDS.has(kind) && title) {
		const after = ctx.src.slice(title.end, title.end + 60);
		const br = after.match(/^\s*[(（]([^()（）\n]{2,30})[)）]/);
		// a bracketed fund or project in or at the end of the title ("X局(中央救灾资金—抗旱补助)转移支付…报告"),
		// or one in quotes ("X局关于“2021年Y补助资金”管理使用情况")
		// (a short bracket inside it stays: "(X文化馆(站)免费开放补助经费)")
		const inside = title.text.match(/[(（]((?:[^()（）]|[(（][^()（）]{1,4}[)）]){2,60}?(?:项目|经费|资金|工程|补助))[)）]/) ?? title.text.match(/[“"]([^“”"]{4,60}?(?:项目|经费|资金|工程|补助))[”"]/);
		if (inside) {
			const st = title.start + title.text.lastIndexOf(inside[1]);
			project.name = { value: inside[1], start: st, end: st + inside[1].length };
		} else if (br && !/年度|盖章|试行|征求/.test(br[1])) {
			const st = title.end + br.index! + br[0].indexOf(br[1]);
			project.name = { value: br[1], start: st, end: st + br[1].length };
			h.titleNote = { start: title.start, end: title.end + br.index! + br[0].length };
		} else {
			const body = writtenForm(ctx.src.slice(0, 6000));
			// (…资金共下达N万元,用于实施X项目: the project the money went to)
			const m = body.match(/(?:项目名称|项目为[一二三四五六七八九十\d]+个|项目是|项目为|用于实施)\s*[:：]?\s*([\u4e00-\u9fa5()（）]{2,40}?(?:项目|经费|资金|工程))(?=[，。,;；\s二三四五六七八九(（]|$)/);
			// the fund or project the title names between the unit, the year and the kind words
			const t = m ? undefined : fromTitle(title.text);
			if (t) {
				const st = title.start + t.at;
				project.name = { value: t.name, start: st, end: st + t.name.length };
			}
			// or the subject of the project's money: "我县2022年X项目计划投资N万元", "…下达市交通运输局X经费N万元"
			const money = m || t ? null : body.match(new RegExp(String.raw`(?:(?:我县|我市|我区|我局|我校|我单位|本单位)(?:20\d\d年(?:度)?)?|下达(?:[\u4e00-\u9fa5]{2,12}?(?:局|委|办|中心|学校))?)([\u4e00-\u9fa5]{4,30}?(?:项目|经费|工程))(?:计划投资|总投资|预算|资金|共申请|共计)?\s*${AMOUNT}`));
			const hit = m ?? money;
			if (hit) {
				const st = hit.index! + hit[0].indexOf(hit[1]);
				project.name = { value: hit[1], start: st, end: st + hit[1].length };
			}
		}
	}
	if (Object.keys(project).length) h.project = project;

	// the department, strongest evidence first
	const candidates: Array<Found | undefined> = [];
	/** the name standing alone next to the title: the title runs over both lines */
	let adjacent: Found | undefined;
	const isProjectKind = PROJECT_KINDS.has(kind) || (kind === 'external_evaluation' && PROJECT_KINDS.has(evaluatedKind));
	// (the unit's own office or part, "X县民政局机关" / "X局本级", implements for the unit: the department is X县民政局)
	const own = project.implementer?.value.match(/(机关|本级|本部)\s*$/);
	const implementer = own && project.implementer && isOrgName(squeeze(project.implementer.value.slice(0, own.index))) ? sub(project.implementer, 0, own.index!) : project.implementer;
	if (isProjectKind) candidates.push(implementer);
	// a third party's report is about the unit it evaluated: "受X委托，我所…对Y2021年…进行绩效评价"
	if (kind === 'external_evaluation') {
		const head = docText(ctx, 4000);
		const m = head.match(/受[^。]{2,40}?委托[^。]{0,40}?对\s*/);
		const hit = m ? findOrgNames(head.slice(m.index! + m[0].length, m.index! + m[0].length + 40))[0] : undefined;
		if (m && hit && hit.index === 0) {
			const at = m.index! + m[0].length;
			candidates.push({ value: hit.value, start: at, end: at + hit.length });
		}
	}
	// the unit's labelled name; written twice, short and in full ("单位名称:X镇政府" over the
	// table's "单位名称 | X镇人民政府"), the full form
	{
		const named = labelled(ctx, LABELS.department).map(orgOf).filter((v): v is Found => !!v);
		const v0 = named[0];
		const full = v0 && named.find((v) => v !== v0 && squeeze(v.value).length > squeeze(v0.value).length && squeeze(v.value).startsWith(squeeze(v0.value).slice(0, 2)) && squeeze(v.value).endsWith(squeeze(v0.value).slice(-2)));
		candidates.push(full ?? v0);
	}
	if (title) {
		// (a place of work a project's title names, "X区Y乡Z垃圾转运站提升改造项目", is what the money
		// built or ran, not the unit that reports)
		const tOrg = orgOf({ value: title.text, start: title.start, end: title.end });
		const after = tOrg ? simplifyText(squeeze(ctx.src.slice(tOrg.end, tOrg.end + 12))) : '';
		if (!(tOrg && isProjectKind && /^(提升|改造|新建|扩建|改扩建|建设|维修|修缮|升级|续建)*(项目|工程)/.test(after))) candidates.push(tOrg);
		// the name alone on the line just above or below the title
		for (const d of [-1, 1, 2]) {
			const l = ctx.lines.slice(title.line + (d > 0 ? 1 : d), title.line + (d > 0 ? 4 : 0)).find((x) => !x.blank);
			if (!l) continue;
			const t = squeeze(l.span.norm);
			if (t.length <= 40 && isOrgName(t.replace(/^附件\d*/, ''))) {
				const v = l.span.text.trim();
				const a = l.span.text.indexOf(v);
				candidates.push({ value: v, start: l.span.map[a], end: l.span.map[a + v.length - 1] + 1 });
				adjacent = candidates[candidates.length - 1];
				break;
			}
		}
	}
	// (a form whose 实施单位 cell is there but unreadable, its value scrambled away from its label by
	// the conversion: the 主管部门 is another unit, not the one that reports, and is no guess for it)
	// (a value that names no unit, a section of the supervisor's, "X股", is read: the supervisor is the unit;
	// so is a company behind a unit code, "[610001]X生态农业发展有限公司", county 绩效目标申报表 of Hunan)
	const implementerUnread = !implementer && new RegExp(LABELS.implementer.source).test(squeeze(docText(ctx, 4000))) && !labelled(ctx, LABELS.implementer, 12000, true).some((v) => /^[\u4e00-\u9fa5]{2}/.test(squeeze(v.value).replace(/^[[【(（]\d{3,}[\]】)）]/, '')) && !/^(全年|年初|调整|预算|执行|其中|项目|资金|分值|得分|年度)/.test(squeeze(v.value)));
	if (isProjectKind && !implementerUnread) candidates.push(project.supervisor);
	// (a whole-department report on a project report's cover, "项目名称:部门整体支出绩效评价报告 /
	// 项目单位:X办公室": the unit the cover names)
	if (!isProjectKind) candidates.push(implementer);
	const intro = findOrgNames(docText(ctx, 4000)).find((o) => /^\s*[(（]以下简称/.test(ctx.src.slice(o.index + o.length, o.index + o.length + 8)));
	if (intro) candidates.push({ value: intro.value, start: intro.index, end: intro.index + intro.length });
	// (the site's own unit without its place, "发布机构:教育局" on a county's site: the place comes from
	// the document, as for "市X中心")
	// (a site's own level written before a unit that names its own place, "信息来源:区X旅游度假区管委会",
	// "发布机构:市Y开发区管委会" on a district's or city's site: the unit, without the stray level)
	for (const v0 of labelled(ctx, /发布机构|信息来源|来源/, 3000)) {
		const lead = v0.value.length - v0.value.trimStart().length;
		const rest = squeeze(v0.value).slice(1);
		const ownPlace = /^[区市县]$/.test(v0.value.charAt(lead)) && /^[\u4e00-\u9fa5]{2,}?(?:区|县|镇|乡|街道)(?:管委会|管理委员会|管理局|办事处|人民政府|政府)$/.test(rest) && !/^[区市县]/.test(rest) && isOrgName(squeeze(v0.value));
		const v = ownPlace ? sub(v0, lead + 1, v0.value.trimEnd().length) : v0;
		const o = ownPlace ? v : orgOf(v) ?? (isBareUnit(squeeze(v.value)) && !/[镇乡]|街道/.test(v.value) ? { ...v, bare: true } : undefined);
		candidates.push(o && { ...o, weak: true });
	}
	// a unit named in the body; a clause that happens to end in a unit's suffix ("X县完成Y镇…") is none
	// (a unit whose rules or notice are cited — "根据《X省财政厅关于…》" — is not the one reporting)
	const headText = docText(ctx, 3000);
	const cited = (o: { index: number }) => {
		// (spaces that PDF text leaves inside words, "根 据", are none)
		const before = simplifyText(headText.slice(Math.max(0, o.index - 14), o.index)).replace(new RegExp(PINYIN_GLOSS, 'g'), '').replace(/\s+/g, '');
		// (nor a ministry's office in the province, "财政部X监管局", that a notice copies)
		// (nor a unit the reporting one worked with or reported to, "我局商同X财政局后", "会同X局", "报请X政府")
		// (nor a unit inside a sentence's 根据/按照 clause, up to its first comma: "根据《…》、X号和县委、县政府有关…的要求,")
		// (a clause a PDF broke over lines: 根据 at the start of one of its lines)
		const clause = simplifyText(headText.slice(0, o.index)).split(/[，,。；;!?！？]|\n\s*\n/).pop() ?? '';
		return /(根据|按照|依据|依照|经)[\s“"]*$|《[^》]*$|(财政部|国家[\u4e00-\u9fa5]{1,8}[部局委署])$|(商同|会同|协同|配合|会商|报请|提请|报送)$/.test(before) || /《[^》]*$/.test(headText.slice(0, o.index)) || /(?:^|\n)[ \t\u3000]*(根据|按照|依据|依照)/.test(clause);
	};
	// (a collective, "X市部门及乡镇政府", "各单位", is no unit; nor, named in passing in the body, a
	// place of work that ends in a weak word: a station, a team, a park)
	// (nor, where the form's 实施单位 is unread, its 主管部门 again)
	const isSupervisor = (o: { value: string }) => implementerUnread && !!project.supervisor && squeeze(o.value) === squeeze(project.supervisor.value);
	// (a fund notice the finance bureau co-signs, "X县财政局 X县乡村振兴局关于下达…": the unit beside it,
	// whose fund it is — Fujian's and other provinces' allocation notices with their target tables)
	const orgs = withBrokenNames(ctx, findOrgNames(headText), 3000);
	const coSigned = orgs.map((o, i) => {
		const next = orgs[i + 1];
		return /财政(局|厅)$/.test(o.value) && next && next.index - (o.index + o.length) <= 1 && !/财政(局|厅)$/.test(next.value) ? next : o;
	});
	// (the units a notice is addressed to, a salutation line of names ending in a colon, "X局、Y厅、Z大学:",
	// are its recipients, not its sender)
	const salutation = (o: { index: number }) => {
		const a = headText.lastIndexOf('\n', o.index) + 1;
		const e = headText.indexOf('\n', o.index);
		return /^[\u4e00-\u9fa5()（）、，,\s]{4,}[:：]\s*$/.test(headText.slice(a, e < 0 ? undefined : e));
	};
	// (nor a party committee named with its government, "X省委、省政府历来高度重视…": the leadership, not a unit
	// that reports)
	const withGovernment = (o: { index: number; length: number }) => /^\s*[、和及与]\s*(?:[\u4e00-\u9fa5]{0,8}?[省市县区州旗])?(?:人民)?政府/.test(headText.slice(o.index + o.length, o.index + o.length + 14));
	const body = coSigned.find((o) => !isSupervisor(o) && !salutation(o) && !withGovernment(o) && !/网站|门户|政府网|信息公开|文库|平台$/.test(o.value) && !/完成|开展|推进|落实|用于|共计/.test(o.value) && !cited(o) && !/部门|及|各/.test(o.value) && !/[^镇乡][站队场园]$/.test(simplifyText(o.value)));
	// the unit a report signs with at its end, its name alone on a line over the date ("X局 / 2018年6月5日"):
	// before a unit its body names in passing (a fund's prose self-evaluation that opens with the project's
	// owner, "X委员会省对下专项转移支付项目…", signed by the office that reports; Yunnan's and other
	// provinces' 项目自评报告 pages)
	const signature = signedBy(ctx);
	if (signature) candidates.push(signature);
	if (body) candidates.push({ value: body.value, start: body.index, end: body.index + body.length });
	// last, the owner a site's welcome banner names ("欢迎来到X网站!"): a unit's own site, when nothing
	// in the text names the unit (a portal's banner yields to the title, which comes first)
	const welcome = headText.match(/欢迎(?:来到|访问|光临)\s*([\u4e00-\u9fa5]{2,20}?)(?:官方)?(?:网站|门户|官网)/);
	if (welcome) {
		const at = welcome.index! + welcome[0].indexOf(welcome[1]);
		candidates.push(orgOf({ value: welcome[1], start: at, end: at + welcome[1].length }));
	}
	// (the third party a cover names, "评价机构:X中心", is never the unit it evaluated; a unit's own
	// group, "评价机构:X局整体支出绩效评价小组", is the unit)
	const evaluators = kind !== 'external_evaluation' ? [] : labelled(ctx, /评价机构/, 4000).map(orgOf).filter((v): v is Found => !!v).map((v) => squeeze(v.value));
	h.name = candidates.find((c): c is Found => !!c && !/网站|门户|政府网|信息公开/.test(c.value) && !evaluators.includes(squeeze(c.value)));
	// a place's name found for the unit ("X县Y镇", the town a project's name holds) where the text is signed by that
	// place's own government or office ("X县Y镇人民政府" over the closing date): the signing unit (township project
	// self-evaluations whose body names the town and whose page ends with its signature)
	if (h.name && signature) {
		const n = squeeze(simplifyText(h.name.value));
		const t = squeeze(simplifyText(signature.value));
		if (t !== n && t.startsWith(n) && /^(?:人民政府|政府|办事处|街道办事处|管委会|委员会)$/.test(t.slice(n.length))) h.name = signature;
	}
	// the same unit written short and in full: a name without its place ("X局" of a page's 来源 line) or in its short
	// form ("Y驻Z办" of a page's date line), where the text names the unit in full ("W区X局", "Y省人民政府驻Z市
	// 办事处"): the full name (pages that sign with the short name and reports whose body opens with the full one)
	if (h.name?.weak) {
		const full = fullNameOf(squeeze(simplifyText(h.name.value)), orgs.filter((o) => isOrgName(squeeze(simplifyText(o.value)))));
		if (full) h.name = { value: full.value, start: full.index, end: full.index + full.length };
	}

	// the year: a labelled 年度, the title, the body, the filing date
	for (const v of labelled(ctx, /(?:评价|预算|所属|项目|实施)年度/)) {
		const y = v.value.match(/^\s*(\d{4})/);
		if (y) {
			h.year = Number(y[1]);
			break;
		}
	}
	if (!h.year && title) h.year = yearIn(title.text);
	// an allocation notice's number ("X财(农)指〔2024〕17号", the 指标文 that sends a fund down with its
	// target table): the year of the money (county notices of Fujian and other provinces)
	if (!h.year) {
		const num = writtenForm(docText(ctx, 3000)).match(/财[^〔[【\n]{0,6}?指\s*[〔[【]\s*(20\d\d)\s*[〕\]】]/);
		if (num) h.year = Number(num[1]);
	}
	if (!h.year && title) {
		// a year on the line above or below the title ("2019年部门整体支出绩效评价报告" under the name)
		const sheets = sheetList(ctx);
		const around = ctx.lines.filter((l) => !l.blank && !(sheets && l.start >= sheets[0] && l.start < sheets[1]));
		const at = around.findIndex((l) => l.n === title.line);
		const near = around
			.slice(Math.max(0, at - 2), at + 4)
			.map((l) => l.span.norm)
			// short lines only (a year line under the title), never a sentence of the body
			.filter((t) => squeeze(t).length <= 30 && !/[。，,；;]/.test(t) && !/日期|填报|时间|\d{4}\s*年\s*\d{1,2}\s*月/.test(t))
			.join(' ');
		if (squeeze(near).length < 200) h.year = yearIn(near);
	}
	const flat = squeeze(toHalfWidth(docText(ctx, 8000)));
	if (!h.year) {
		const m =
			flat.match(/(?:对|开展|将|就)(?:我单位|本单位|本部门|我局|我中心)?(\d{4})年度?(?:部门|单位|机关)?(?:整体|项目)?(?:支出|资金)?(?:进行|开展)?(?:了)?(?:绩效)?(?:自评|评价)/) ??
			flat.match(/(\d{4})年度?(?:部门|机关)?整体支出/) ??
			// the year a 决算 publication accounts for ("第二部分2024年度单位决算情况说明")
			flat.match(/(\d{4})年度?(?:部门|单位)决算(?:情况)?(?:说明|报表|表)/) ??
			flat.match(/(\d{4})年(?:度)?(?:我单位|本单位|我局|我校|我中心)?(?:项目|部门)/) ??
			// "2023年，本单位年初…": the year a line or sentence about the unit opens with
			toHalfWidth(docText(ctx, 8000)).match(/(?:^|\n|[。；;:：])\s*(\d{4})\s*年度?\s*[，,]?\s*(?:我单位|本单位|我局|我校|我中心|我会|我委|我办|全局|全年)/) ??
			// the year of a 决算 说明's spending ("2023年一般公共预算财政拨款基本支出N万元"): before its 三公
			// section's year, which a page may misstate
			simplifyText(flat).match(new RegExp(String.raw`(\d{4})年度?(?:一般公共预算)?财政拨款(?:基本|项目)?支出(?:决算)?(?:为|是)?${AMOUNT}`)) ??
			// the year of a 三公 statement: "X2021年度一般公共预算财政拨款“三公”经费…"
			// (also "2023年度一般公共預算及政府性基金財政撥款“三公”經費", in either script)
			simplifyText(flat).match(/(\d{4})年度?(?:一般公共预算)?(?:(?:及|和)政府性基金)?(?:财政拨款)?[“"]?三公[”"]?经费/) ??
			// the year of the money a notice allocated: "拨付2017年防汛工作相关经费N万元", "下达X县2023年中央…资金"
			flat.match(new RegExp(String.raw`(?:下达|拨付|下拨)[\u4e00-\u9fa5*]{0,12}?(\d{4})年度?[\u4e00-\u9fa5*、()（）]{2,30}?(?:资金|经费)${AMOUNT}`));
		if (m) h.year = Number(m[1]);
	}


	// filing date, preparer, phone
	// (the date written with dots or dashes too: "填报日期:2021.5.18")
	// (in traditional characters too, "報告日期", where simplifying keeps every offset; a date whose
	// 日 the conversion lost, "8 月 10 项目名称", ends at its digits, not at the space after them)
	const head12 = toHalfWidth(ctx.src.slice(0, 12000));
	const simple12 = simplifyText(head12);
	const fd = (simple12.length === head12.length ? simple12 : head12).match(/(?:填\s*报|报\s*告|编\s*制)\s*(?:日\s*期|时\s*间)\s*[:：]?\s*(\d{4})\s*(?:年|[.\-/])\s*(\d{1,2})\s*(?:月|[.\-/])\s*(\d{1,2})(?:\s*日)?/);
	// (no labelled date: a report cover's date on a line of its own, between the title and the body's
	// first section, "2019年 1月 10 日" under the cover's labels — Henan's and Hunan's report covers)
	const cover = fd ? undefined : coverDate(ctx, title);
	if (fd) {
		h.filingDate = { value: `${fd[1]}-${fd[2].padStart(2, '0')}-${fd[3].padStart(2, '0')}`, start: fd.index!, end: fd.index! + fd[0].length };
		if (!h.year) {
			const y = Number(fd[1]);
			const month = Number(fd[2]);
			// a target table is filed before or at the start of its year; a self-evaluation after it
			h.year = kind === 'target_table' || kind === 'project_target_table' ? (month >= 7 ? y + 1 : y) : y - 1;
		}
	}
	if (cover) h.filingDate = cover;
	if (!h.year) {
		// no sentence says which year the report is on: the year its text names most often as a
		// 年度 (else as a year that is not a date), never one it compares with ("比2022年", "较上年")
		// or a publishing date. Serves 决算 statements and reports whose year stands only in their
		// sentences ("2023年度本单位…", "本单位2023年度总支出…").
		const text = writtenForm(docText(ctx, 8000)).replace(/\s+/g, '');
		const count = (re: RegExp) => {
			const n = new Map<number, number>();
			for (const x of text.matchAll(re)) {
				if (/(比|较|与|同比|对比|相比)$/.test(text.slice(Math.max(0, x.index! - 2), x.index!))) continue;
				if (/(发布|日期|时间|来源)[:：]?$/.test(text.slice(Math.max(0, x.index! - 6), x.index!))) continue;
				const y = Number(x[1]);
				n.set(y, (n.get(y) ?? 0) + 1);
			}
			return [...n].sort((a, b) => b[1] - a[1] || b[0] - a[0])[0]?.[0];
		};
		h.year = count(/(20[0-4]\d)年度/g) ?? count(/(20[0-4]\d)年(?!\d{1,2}月)/g);
	}
	const pr = first(LABELS.preparer, (v) => (/^[\u4e00-\u9fa5]{2,4}$/.test(squeeze(v.value)) ? v : undefined));
	if (pr) h.preparer = squeeze(pr.value);
	const ph = first(LABELS.phone, (v) => (/^[\d\s\-－()（）]{7,20}$/.test(toHalfWidth(v.value)) ? v : undefined));
	if (ph) h.phone = ph.value;

	// the title of the record: the report's own title (with the department when the title line
	// does not name it), else department, year and kind
	// (both in simplified characters: a name read from a report in traditional characters is compared
	// with its title so)
	const name = h.name ? squeeze(simplifyText(h.name.value)) : '';
	const titleText = title ? (h.titleNote ? simplifyText(ctx.src.slice(h.titleNote.start, h.titleNote.end)) : title.text) : '';
	const tl = title ? squeeze(toHalfWidth(titleText)).replace(/^附件\d*[:：]?/, '') : '';
	// (the level of the units a title speaks of, "市级预算部门(单位)…", "区级部门预算…"; the level of the
	// money a fund's title names, "省级彩票公益金", "省级第七批水利专项资金", "省级乡村振兴试点示范专项资金",
	// is not the unit's)
	const lv = tl.match(/(省级|市级|县级|区级)(?=(?:预算)?(?:部门|单位|机关))/);
	if (lv) h.levelWord = lv[1] as Header['levelWord'];
	const label = REPORT_KIND_LABEL[kind];
	if (tl && (!name || tl.includes(name) || isProjectKind)) h.title = tl; // a project table's title names no unit
	// (an evaluation another body ran names what it evaluated, not the department that publishes it,
	// "X县2021年10个重点项目绩效评价报告公开"; a place's units together, "X州州本级2021年度“三公”经费决算
	// 支出情况说明", the finance bureau's sum of them: the title as written)
	// (a title that leads with the unit's own short name, "县委党校2017年部门决算…" of "中共X县委党校": it names
	// the unit already)
	else if (tl && name && /^([\u4e00-\u9fa5]{3,12})(?=\d{4}年)/.test(tl) && name.endsWith(tl.match(/^([\u4e00-\u9fa5]{3,12})(?=\d{4}年)/)![1])) h.title = tl;
	else if (tl && (kind === 'external_evaluation' || /^[\u4e00-\u9fa5]{2,8}?[省市县区州旗][省市县区州]?本级/.test(tl))) h.title = tl;
	// (a form's heading that states no year before its kind words and names no unit, "部门整体支出绩效
	// 目标申报表", "部门整体支出绩效自评表 (2023年度)", "部门整体绩效目标": the heading as written)
	else if (tl && !/^[\u4e00-\u9fa5]{0,10}?\d{4}\s*年/.test(tl) && /表|目标$/.test(tl)) h.title = tl;
	else if (tl && /\d{4}年/.test(tl)) {
		// a department record's title names the department: "<name><year>年…"; a title written as
		// "<place><year>年度部门整体…" (the place of the name, or the district inside a name led by its
		// city, "X市Y区Z局" over "Y区2022年度…") loses the place it repeats
		const rest = tl.replace(/(省级|市级|县级|区级)(?=部门)/, '');
		const place = rest.match(/^([\u4e00-\u9fa5]{2,8}?[省市县区州])(?=\d{4}年)/);
		h.title = name + (place && name.includes(place[1]) ? rest.slice(place[1].length) : rest);
	}
	// (no project in brackets after the kind: 15 gold records of project reports without a title line of
	// their own write "X局2020年度项目支出绩效自评", 2 add the project — prose15)
	else {
		h.title = `${name}${h.year ?? ''}${h.year ? '年度' : ''}${label}`;
		h.titleMadeFrom = name;
	}
	return h;
}

/**
 * A cover's date: a line that is a full date and nothing else, among the cover's short lines (title,
 * labels, unit), before the body's first sentence or section heading — a letter's date under its
 * signature, after the body, is the letter's, not the report's.
 */
function coverDate(ctx: Ctx, title: TitleHit | undefined): Found | undefined {
	if (!title) return undefined;
	for (const l of ctx.lines.slice(0, title.line + 16)) {
		if (l.blank || /^\s*(SOURCE:|-{3,})/.test(l.span.text)) continue;
		const t = toHalfWidth(l.span.text);
		if (/^\s*(?:[一二三四五六七八九十]+、|第[一二三四五六七八九十]+[章部分])/.test(t)) return undefined;
		if (/[。；;]/.test(t) || squeeze(t).length > 60) return undefined;
		const m = t.match(/^\s*(20\d\d)\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日\s*$/);
		if (m) {
			const a = l.span.map[0] + t.search(/\S/);
			const b = a + t.trim().length;
			return { value: `${m[1]}-${m[2].padStart(2, '0')}-${m[3].padStart(2, '0')}`, start: a, end: b };
		}
	}
	return undefined;
}

/** A document without a title line: its kind from what its tables and words hold. */
/** An evaluation announced by whoever ran or commissioned it (see readHeader): a third party or a review
 * centre commissioned to evaluate, or a bureau's key-project evaluations, and results made public or circulated. */
export function isAnnouncedEvaluation(head: string): boolean {
	const commissioned = /委托(?:第三方|[\u4e00-\u9fa5]{0,20}(?:会计师事务所|评审中心|评估))(?:评价)?(?:机构)?[^。]{0,80}绩效评价(?!自评)/.test(head) || /(?:财政(?:厅|局)|我局|我厅)[^。]{0,30}(?:安排|委托)[^。]{0,30}(?:评审中心|事务所|第三方)[^。]{0,40}对[^。]{2,60}开展[^。]{0,6}绩效评价/.test(head);
	const organised = /(?:财政(?:厅|局)|我局|我厅)(?:组织)?开展了?[^。]{0,20}重点(?:项目)?绩效评价/.test(head);
	const published = /现将(?:绩效)?评价(?:结果|情况)?(?:部分)?[^。]{0,12}(?:公开|通报|公示|公告)/.test(head) || /现将绩效部分[^。]{0,12}公开/.test(head) || /评定(?:结果|等次)[^。]{0,12}(?:得分|为)/.test(head);
	return !/自评/.test(head.match(/现将[^。]{0,12}/)?.[0] ?? '') && (commissioned || organised) && published;
}

function guessKind(ctx: Ctx): ReportKind {
	// (a mirror's pinyin glosses, "績效目標(biāo)", dropped: the words are read as written)
	// (the text, not a saved page's SOURCE note above it: docText)
	const t = squeeze(writtenForm(docText(ctx, 20000)).replace(new RegExp(PINYIN_GLOSS, 'g'), ''));
	// a transfer payment's self-evaluation in the Ministry of Finance's outline ("一、绩效目标分解下达情况 /
	// (一)中央下达X专项转移支付预算和绩效目标情况", "(一)转移支付概况"): one fund's execution against its
	// targets, whatever page kept it without its title (provincial and city sites of every province)
	if (!/部门整体|整体支出/.test(t) && /绩效目标分解下达情况|转移支付(概况|预算和绩效目标情况)/.test(t)) return 'project_self_evaluation';
	// a report about a project: its chapters are the project's (项目基本情况, 项目绩效自评)
	if (ctx.sections.some((x) => /^项目(基本情况|基本概况|概况)/.test(x.title)) || (!/部门整体|整体支出/.test(t) && /项目(基本情况|基本概况|概况|绩效自评|资金情况|实施情况)/.test(t))) return 'project_self_evaluation';
	// (the funds columns in any template's wording: 年初预算 / 全年预算 / 调整后预算数 / 调整预算数, tab12b)
	if (/项目名称/.test(t) && /(年初预算|全年预算|调整后?预算数|预算执行率)/.test(t) && /得分/.test(t)) return 'project_self_evaluation';
	// a transfer payment's 绩效自评表 without its heading: its labels (转移支付(项目)名称, 资金使用单位) over the
	// year's budget and execution columns (全年预算数 / 全年执行数)
	if (/转移支付[(（]?项目[)）]?名称|资金使用单位/.test(t) && /全年(预算|执行)数|预算执行率/.test(t) && !/部门整体|整体支出/.test(t)) return 'project_self_evaluation';
	// "我单位及时对X项目开展自评": a project's self-evaluation whose title the page did not keep
	if (!/部门整体|整体支出/.test(t) && /对[\u4e00-\u9fa5、]{2,40}项目(开展|进行)了?(绩效)?自评/.test(t)) return 'project_self_evaluation';
	// a report that speaks of its money as the project's own ("本项目2020年下达资金N万元"): a project's
	// self-evaluation whose title the page did not keep
	if (!/部门整体|整体支出/.test(t) && new RegExp(String.raw`(本项目|该项目)[^。]{0,20}(下达|安排|拨付|预算|资金)[^。]{0,20}${AMOUNT}`).test(t)) return 'project_self_evaluation';
	// a table's tail signed by the project's own officers (项目负责人 / 财务负责人), after its indicator rows
	if (!/部门整体|整体支出/.test(t) && /项目负责人[:：]?财务负责人/.test(t) && /(产出|效益)指标/.test(t)) return 'project_self_evaluation';
	if (/项目名称/.test(t) && /绩效目标/.test(t) && !/完成值|实际完成/.test(t)) return 'project_target_table';
	// a 部门预算 publication's pages kept without their title: the year's 三公 安排 or 预算, the spending
	// planned by nature (基本支出预算 / 项目支出预算), and nowhere an actual, a rate or an evaluation (the
	// 部门预算 说明 of every province, reposted page by page): the department's plan for the year
	// (a 三公 支出 figure without 预算, "“三公”经费支出合计N万元", "安排的“三公”经费支出N万元", is the year's actual)
	if (!/决算|执行率|执行数|执行情况|实际支出|实际完成|完成值|完成率|自评|评价|得分|绩效目标/.test(t) && !(/三公[”"]?经费[)）]?(?:财政拨款)?支出(?:合计|总额|共计)?(?:为|是)?\d/.test(t) && !new RegExp(String.raw`安排的?[“"]?三公[”"]?经费[)）]?支出(?:合计|总额|共计)?(?:为|是)?${AMOUNT}[,，]?(?:比|较)(?:上年|去年|20\d\d年)度?(?:年初)?预算`).test(t)) && /三公[”"]?经费(?:支出)?预算(?:为|数|是)?\d|安排(?:的)?[“"]?三公[”"]?经费|(?:基本|项目)支出预算\d|支出预算(?:为|是)?\d/.test(t)) return 'target_table';
	// (a report that analyses how its targets were met, "三、绩效目标完成情况分析", is no target table)
	if (/绩效目标/.test(t) && /指标值/.test(t) && !/完成值|实际完成|得分|(?:目标|指标)完成情况/.test(t)) return 'target_table';
	return 'self_evaluation';
}
