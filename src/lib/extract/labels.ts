/**
 * The vocabulary of budget lines: how reports name totals, sources, natures, economic and
 * functional classes, balances and stages, and the normalised labels of the record.
 */
import type { Breakdown, Flow, Scope, Stage } from '../schema/report';

export interface ItemDef {
	re: RegExp;
	item: string;
	breakdown: Breakdown;
	flow?: Flow;
	parent?: string;
	/** a source label that means the total when the section is about that source */
	scopeTotal?: Scope;
	/** the money a source always is (事业收入 is never 财政拨款) */
	ownScope?: Scope;
}

/** 政府收支分类科目, 支出功能分类 (类). */
export const FUNCTION_CLASSES = [
	'一般公共服务',
	'外交',
	'国防',
	'公共安全',
	'教育',
	'科学技术',
	'文化旅游体育与传媒',
	'文化体育与传媒',
	'社会保障和就业',
	'社会保险基金',
	'卫生健康',
	'医疗卫生与计划生育',
	'节能环保',
	'城乡社区',
	'农林水',
	'交通运输',
	'资源勘探工业信息',
	'资源勘探信息',
	'商业服务业',
	'金融',
	'援助其他地区',
	'自然资源海洋气象',
	'国土海洋气象',
	'住房保障',
	'粮油物资储备',
	'灾害防治及应急管理',
	'预备费',
	'债务付息',
	'债务发行费用'
];

/** Items, most specific first. Labels as the data README normalises them. */
export const ITEMS: ItemDef[] = [
	{ re: /人员经费/, item: '人员经费', breakdown: 'nature', parent: '基本支出' },
	{ re: /(日常)?公用经费/, item: '日常公用经费', breakdown: 'nature', parent: '基本支出' },
	{ re: /基本支出/, item: '基本支出', breakdown: 'nature' },
	{ re: /项目支出/, item: '项目支出', breakdown: 'nature' },
	{ re: /工资福利(支出)?/, item: '工资福利支出', breakdown: 'economic', flow: 'expenditure' },
	{ re: /商品和服务(支出)?/, item: '商品和服务支出', breakdown: 'economic', flow: 'expenditure' },
	// 对个人和家庭的补助; real reports also write 对所人及家庭补助 (a typo of 个人)
	{ re: /对.?人(和|及|与)家庭(的)?补助/, item: '对个人和家庭的补助', breakdown: 'economic', flow: 'expenditure' },
	{ re: /资本性支出/, item: '资本性支出', breakdown: 'economic', flow: 'expenditure' },
	{ re: /对企业(的)?补助/, item: '对企业补助', breakdown: 'economic', flow: 'expenditure' },
	{ re: /债务利息(及费用)?支出/, item: '债务利息及费用支出', breakdown: 'economic', flow: 'expenditure' },
	...FUNCTION_CLASSES.map((c) => ({
		re: new RegExp(`${c}支出`),
		item: `${c}支出`,
		breakdown: 'function' as Breakdown,
		flow: 'expenditure' as Flow
	})),
	// (非财政拨款…, "使用非财政拨款结余", is the other money)
	{ re: /(?<!非)(财政拨款|一般公共预算|经费拨款)收入|(?<!非)财政拨款(?!支出)|经费拨款/, item: '财政拨款收入', breakdown: 'source', flow: 'income', scopeTotal: 'general_public' },
	{ re: /(财政拨款|一般公共预算)支出/, item: '财政拨款支出', breakdown: 'source', flow: 'expenditure', scopeTotal: 'general_public' },
	// the other sources of a 决算's income (收入决算表): money that is not a 财政拨款
	{ re: /上级补助收入/, item: '上级补助收入', breakdown: 'source', flow: 'income', ownScope: 'other' },
	{ re: /(?<!非)事业收入/, item: '事业收入', breakdown: 'source', flow: 'income', ownScope: 'other' },
	{ re: /经营收入/, item: '经营收入', breakdown: 'source', flow: 'income', ownScope: 'other' },
	{ re: /附属单位上缴收入/, item: '附属单位上缴收入', breakdown: 'source', flow: 'income', ownScope: 'other' },
	{ re: /其他收入?(?!支出)|其他资金收入/, item: '其他收入', breakdown: 'source', flow: 'income' },
	// the other uses of a 决算's spending (支出决算表): beside 基本支出 and 项目支出
	{ re: /上缴上级支出/, item: '上缴上级支出', breakdown: 'nature', flow: 'expenditure' },
	{ re: /(?<!非)经营支出/, item: '经营支出', breakdown: 'nature', flow: 'expenditure' },
	{ re: /对附属单位补助支出/, item: '对附属单位补助支出', breakdown: 'nature', flow: 'expenditure' },
	{ re: /其他支出/, item: '其他支出', breakdown: 'source', flow: 'expenditure' },
	// a project's own money (项目绩效目标表 年度资金总额及构成: 自有资金, 自筹资金)
	{ re: /自有资金/, item: '自有资金', breakdown: 'source' },
	{ re: /自筹资金/, item: '自筹资金', breakdown: 'source' }
];

/** Words that make a clause a total of its flow. */
export const TOTAL_RE = /合计|总计|总收入|总支出|整体支出|整体收入|支出总计|收入总计|预算金额|预算收入|预算支出|决算支出|决算收入|本年收入|本年支出|收入|支出/;

/** The levels of government whose money a fund's line names. */
// (地方 before 财政, 资金 or 配套: "地方财政资金", "地方资金", the local share beside 中央(财政)资金 in a transfer
// payment's form and prose)
// (and Inner Mongolia's levels, 盟市 / 旗县(级): "盟市财政补助资金", "旗县级财政资金")
export const LEVEL_WORDS = String.raw`中央|省级|自治区|市级|州级|县级|区级|本级|上级|地方(?=财政|资金|配套)|盟市|盟级|旗县级?|旗级`;
/**
 * A label that names one level's money, in the wordings reports use for it (中央资金 / 中央财政资金 /
 * 中央补助资金 / 中央转移支付资金 / 中央补助 / 中央; 资金, 经费 or 款项; 县财政配套资金), 其中 before it allowed: one
 * table for the budget lines' levels (budget_level). Group 1: the label without 其中.
 */
export const LEVEL_FUND = new RegExp(
	String.raw`^(?:其中[:：]?)?((?:${LEVEL_WORDS})(?:财政)?(?:补助|转移支付)?(?:资金|经费|款项)?|上级补助(?:资金|经费)?|(?:省|市|州|县|区)财政(?:配套)?(?:资金|经费))$`
);

/** The nouns reports call money by, one for another ("到位资金" / "到位经费" / "到位款项"): one table for the labels
 * that end in them. */
export const MONEY_NOUN = String.raw`(?:资金|经费|款项)`;

/** A label that names money paid out or spent, in the wordings reports use for it (拨付, 支付, 使用, 支出,
 * 执行; 执行数, 支出数, 支出金额; with 为/是/达 before the figure: "全年执行数为N万元", "实际支出N万元"). */
export const SPENT_LABEL = /(?:拨付|支付|使用|支出|执行)(?:数|金额)?(?:为|是|达)?$/;

/** 其中 (and 包括) with the punctuation reports put after it ("其中：", "其中:", "其中，", "其中 "), at the end
 * of the text before a part's clause: the clause is a part of the figure before it. */
export const OF_WHICH_OPEN = /(?:其中|包括)\s*[:：,，]\s*$/;

export const OPENING_RE = /年初(上年)?结转(和|及)?结余|年初结转|上年结转|年初结余/;
export const CLOSING_RE = /年末结转(和|及)?结余|年末结余|年末结转/;

/** The item a label names: the keyword that ends latest in the label wins. */
export function itemOf(label: string): ItemDef | undefined {
	let best: { def: ItemDef; end: number; start: number } | undefined;
	for (const def of ITEMS) {
		const re = new RegExp(def.re.source, 'g');
		for (const m of label.matchAll(re)) {
			const end = m.index! + m[0].length;
			if (!best || end > best.end || (end === best.end && m.index! < best.start)) best = { def, end, start: m.index! };
		}
	}
	return best?.def;
}

/** Remove item keywords from a text (to find the flow word that governs it). */
export function stripItems(text: string): string {
	let t = text;
	for (const def of ITEMS) if (def.breakdown !== 'source') t = t.replace(new RegExp(def.re.source, 'g'), (s) => '□'.repeat(s.length));
	return t;
}

/** The flow named last in a text. */
export function lastFlow(text: string): Flow | undefined {
	const t = stripItems(text);
	const i = t.lastIndexOf('收入');
	// (执行数, the template's word for what was spent, "全年执行数：基本支出A万元,项目支出B万元", names spending as
	// 支出 does; not a 收入's: "收入执行数")
	const exec = [...t.matchAll(/(?<!收入(?:预算)?)执行数/g)].pop()?.index ?? -1;
	const o = Math.max(t.lastIndexOf('支出'), t.lastIndexOf('支付'), exec);
	if (i < 0 && o < 0) return undefined;
	return i > o ? 'income' : 'expenditure';
}

/**
 * The words of each budget stage, one table for the labels of prose and the headers of tables: the
 * wordings real reports use for the same stage (年初预算数 / 年初预算 / 年初预算安排 / 年初数; 调整后预算 /
 * 调整预算 / 全年预算; 决算 / 实际支出 / 全年执行数 / 已支出 / 累计支出 / 支出数). Tested in the order
 * adjusted, addition, initial, final, budget: the first that matches names the stage.
 */
export const STAGE_WORDS: Array<[Stage, RegExp]> = [
	['adjusted', /调整后|调整预算|追加调整|全年预算/],
	['addition', /年中追加|追加|调减|调增/],
	['initial', /年初[^。；;]*?(?:预算|批复|安排)|(?:预算|批复)[^。；;]*?年初|年初数/],
	['final', /决算|实际|执行数|已支出|累计支出|支出数/],
	['budget', /预算金额|预算数|预算为|预算收入|预算支出|预算安排/]
];

/** The budget stage a label names. */
export function stageOf(label: string): Stage | undefined {
	// 一般公共预算 names a fund, not a stage
	label = label.replace(/一般公共预算/g, '');
	// (the head noun decides: "全年预算执行数合计N万元" is what was executed of the year's budget, not the budget)
	if (/(?:执行数|执行金额|支出数|决算数)(?:合计|总计|总额)?(?:为|是|达)?$/.test(label.replace(/\s+/g, ''))) return 'final';
	// ("实际下达预算": what a notice finally allocated is the budget, not what was spent)
	for (const [stage, re] of STAGE_WORDS) {
		if (stage === 'final' && /实际下达/.test(label) && !/支出|支付|使用|执行/.test(label)) return 'budget';
		if (re.test(label)) return stage;
	}
	return undefined;
}

/** Stage of a table column header. */
export function columnStage(h: string): Stage | undefined {
	if (/年初预算|年初数/.test(h)) return 'initial';
	if (/调整(后)?预算|全年预算|调整数/.test(h)) return 'adjusted';
	if (/追加|调整额/.test(h)) return 'addition';
	if (/决算|实际|执行数|支出数/.test(h)) return 'final';
	if (/预算/.test(h)) return 'budget';
	return undefined;
}

/** Scope named by a heading. */
export function scopeOf(title: string): Scope | undefined {
	// 一般公共预算及政府性基金财政拨款 (the 三公 statements of many 决算 publications) is more than 一般公共预算
	if (/一般公共预算(及|和|与|、)政府性基金/.test(title)) return 'fiscal';
	// (公共财政拨款, the old name of 一般公共预算拨款, is that money)
	if (/一般公共预算|(?<!一般)公共财政(?:预算)?拨款/.test(title)) return 'general_public';
	if (/其他资金|其他收入|其他支出/.test(title)) return 'other';
	if (/财政拨款|财政资金/.test(title)) return 'fiscal';
	return undefined;
}
