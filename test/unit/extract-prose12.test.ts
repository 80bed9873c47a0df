/**
 * prose12: prose readers that survive how text is extracted (PDF line wrapping, spaces between
 * characters, traditional characters) and how people word the same budget facts. Every sentence
 * here is made up: invented units, funds and figures.
 */
import { describe, expect, it } from 'vitest';
import { logicalLines, pageWidth, paragraphs, splitLines } from '../../src/lib/extract/doc';
import { extract } from '../../src/lib/extract/index';
import { LEVEL_FUND, OF_WHICH_OPEN, SPENT_LABEL, stageOf } from '../../src/lib/extract/labels';
import { moneyHits } from '../../src/lib/extract/numbers';
import { canonicalFundLabel, partsFirst, perturbText, wording, wordingFold } from '../../src/lib/extract/perturb-text';
import { traditional } from '../../src/lib/extract/perturb-text';

const doc = (...lines: string[]) => ['https://example.org/x', ...lines].join('\n');
const H = ['某县畜牧站2023年度项目支出绩效自评报告', '一、项目基本情况'];
const budget = (src: string) =>
	((extract(src, { sourceFile: 'x.txt' }).report as { budget?: Array<Record<string, unknown> & { amount: { wan: number } }> }).budget ?? []).map((b) => ({
		item: b.item,
		breakdown: b.breakdown,
		stage: b.stage,
		flow: b.flow,
		...(b.parent ? { parent: b.parent } : {}),
		wan: b.amount.wan
	}));

/** A page of prose a PDF wrapped at 28 characters, with page-width lines that end at ；and ：. */
const PAGE = [
	'某县畜牧站主要职责是负责全县畜禽防疫、良种推广和技术培训，指导乡镇畜牧',
	'兽医站开展工作，承担上级交办的其他事项，年内完成了全部的年度工作任务。',
	'2023年度，上级下达畜禽良种补贴项目资金40万元；动物防疫补助经',
	'费项目12.5万元；兽医实验室运行经费项目8万元；养殖技术培训项目',
	'6万元。共计下达资金66.5万元。本年度支出合计60.8万元，其中：',
	'基本支出20.3万元，项目支出40.5万元，年末结转结余5.7万元，全部',
	'用于下一年度的项目建设，资金管理规范，未发现挤占挪用的问题。'
];

describe('paragraphs of a PDF page with its line breaks kept (prose12)', () => {
	it('measures the page width on prose lines', () => {
		expect(pageWidth(splitLines(doc(...PAGE)))).toBeGreaterThan(40);
	});
	it('joins a page-width line that ends with ；or ： into the next, which runs on', () => {
		const src = doc(...PAGE);
		const paras = paragraphs(src, splitLines(src));
		const p = paras.find((x) => x.span.norm.includes('良种补贴'))!;
		expect(p.span.text).toContain('40万元；动物防疫补助经费项目12.5万元；兽医实验室');
		expect(p.span.text).toContain('其中：基本支出20.3万元');
	});
	it('keeps a list of one item a line, each ending with ；, as separate lines', () => {
		const src = doc(
			...PAGE.slice(0, 2),
			'甲乡畜禽良种补贴项目：指标值为“不少于120户”，全年完成值为126户；',
			'乙乡动物防疫补助项目：指标值为“不少于300头”，全年完成值为318头；',
			'丙乡兽医实验室运行项目：指标值为“不少于12次”，全年完成值为12次；',
			...PAGE.slice(2)
		);
		const paras = paragraphs(src, splitLines(src));
		expect(paras.filter((p) => /^[甲乙丙]乡/.test(p.span.norm))).toHaveLength(3);
	});
	it('a short header field ends its paragraph; a wrapped line with a colon does not', () => {
		const src = doc('填报单位：某县畜牧站', '填报日期：2024年3月5日', ...PAGE);
		const paras = paragraphs(src, splitLines(src));
		expect(paras[1].span.text).toBe('填报单位：某县畜牧站');
		expect(paras[2].span.text).toBe('填报日期：2024年3月5日');
	});
	it('logicalLines gives line-by-line readers the joined sentence', () => {
		const src = doc(...PAGE);
		const lines = splitLines(src);
		const ll = logicalLines(lines, paragraphs(src, lines));
		expect(ll.length).toBeLessThan(lines.length);
		expect(ll.some((l) => l.span.norm.includes('动物防疫补助经费项目12.5万元'))).toBe(true);
	});
	it('a line spaced by a PDF text layer reads without its spaces, quotes as written', () => {
		const src = doc('本 年 度 年 初 预 算 为 86. 50 万 元 ， 全 年 执 行 数 为 80. 20 万 元 。');
		const l = splitLines(src)[1];
		expect(l.span.text).toBe('本年度年初预算为86.50万元，全年执行数为80.20万元。');
		expect(src.slice(l.span.map[0], l.span.map[l.span.text.length])).toBe(src.split('\n')[1]);
	});
	it('the same wrapped report reads the same budget lines as the unwrapped one', () => {
		const flat = [...H, PAGE.join('')].join('\n');
		const wrappedSrc = [...H, ...PAGE].join('\n');
		expect(budget(wrappedSrc)).toEqual(budget(flat));
	});
});

describe('headings in traditional characters (prose12)', () => {
	it('carry a simplified matching form beside the title as written', () => {
		const src = doc('二、存在問題', '（一）預算執行進度偏慢，年中調整較多。');
		const h = splitLines(src)[1].heading!;
		expect(h.title).toBe('存在問題');
		expect(h.norm).toBe('存在问题');
	});
	it('a report in traditional characters reads its problems as the simplified one does', () => {
		const src = ['某县畜牧站2023年度部门整体支出绩效自评报告', '一、存在的问题', '（一）预算编制不够精准。', '年中追加调整的项目较多，预算编制的前瞻性有待提高。', '二、改进措施', '（一）加强预算编制。', '提前谋划下一年度的项目，提高预算编制的准确性。'].join('\n');
		const a = extract(src, { sourceFile: 'x.txt' }).report as { problems?: unknown[] };
		const b = extract(traditional('x\n' + src).split('\n').slice(1).join('\n'), { sourceFile: 'x.txt' }).report as { problems?: unknown[] };
		expect(a.problems?.length).toBeGreaterThan(0);
		expect(b.problems?.length).toBe(a.problems?.length);
	});
});

describe('label tables: one synonym table per role (prose12)', () => {
	it('stages in the wordings reports use', () => {
		for (const l of ['年初预算数为', '年初预算', '年初预算安排', '年初数']) expect(stageOf(l)).toBe('initial');
		for (const l of ['全年预算数为', '调整后预算', '调整预算数']) expect(stageOf(l)).toBe('adjusted');
		for (const l of ['全年执行数为', '实际支出', '已支出', '累计支出', '支出数']) expect(stageOf(l)).toBe('final');
		expect(stageOf('实际下达预算')).toBe('budget');
		expect(stageOf('一般公共预算拨款')).toBeUndefined();
	});
	it('a level of government and its money, in every wording', () => {
		for (const l of ['中央资金', '中央财政资金', '中央补助资金', '中央转移支付资金', '其中:省级经费', '县级款项', '县财政配套资金', '上级补助资金', '本级'])
			expect(LEVEL_FUND.test(l), l).toBe(true);
		expect('其中:中央补助资金'.match(LEVEL_FUND)![1]).toBe('中央补助资金');
		for (const l of ['中央农田建设项目', '省级示范点', '资金']) expect(LEVEL_FUND.test(l), l).toBe(false);
	});
	it('spent labels and 其中 with its punctuation', () => {
		for (const l of ['全年执行数为', '实际支出', '已拨付', '使用金额']) expect(SPENT_LABEL.test(l), l).toBe(true);
		expect(SPENT_LABEL.test('年初预算')).toBe(false);
		for (const t of ['(其中：', '(其中:', '（其中，', '其中 :']) expect(OF_WHICH_OPEN.test(t), t).toBe(true);
		expect(OF_WHICH_OPEN.test('(其中')).toBe(false);
	});
	it('a bare 万 before punctuation is 万元; before a word it counts things', () => {
		const src = doc('良种推广18万，培训农户2万人次。');
		const l = splitLines(src)[1];
		expect(moneyHits(l.span).map((h) => h.text)).toEqual(['18']);
	});
});

describe('budget sentences in other wordings read the same lines (prose12)', () => {
	const read = (...s: string[]) => budget([...H, ...s].join('\n'));
	it('全年执行数为 is spending, as 实际支出 is', () => {
		expect(read('2023年项目年初预算86.50万元,全年执行数为80.20万元,执行率92.72%。')).toEqual(read('2023年项目年初预算86.50万元,实际支出80.20万元,执行率92.72%。'));
	});
	it('a bracketed part after 其中 with any punctuation', () => {
		const want = read('一批工程县级批复总投资520.4万元(其中建筑工程480万元),二批工程县级批复总投资210万元(其中建筑工程195.5万元)。');
		expect(want.some((b) => b.item === '建筑工程' && b.parent === '一批工程')).toBe(true);
		expect(read('一批工程县级批复总投资520.4万元(其中:建筑工程480万元),二批工程县级批复总投资210 万元(其中，建筑工程195.5万)。')).toEqual(want);
	});
	it('a level named as 自治区 in brackets is no cost part', () => {
		expect(read('项目预算合计为90万元(其中：自治区40万元,市级50万元)。').some((b) => b.breakdown === 'cost')).toBe(false);
	});
	it('the parts of a fund allocation written with a bare 万', () => {
		const a = read('某县财政局下达某县2023年中央畜牧发展资金86万元。其中:良种补贴50万元,防疫补助30万元,技术培训6万元。');
		const b = read('某县财政局下达某县2023年中央畜牧发展资金86万元。其中:良种补贴50万,防疫补助30万,技术培训6万。');
		expect(a.filter((x) => x.breakdown === 'project')).toHaveLength(3);
		expect(b).toEqual(a);
	});
});

describe('the wording perturbation (prose12)', () => {
	it('restates a total and its parts, parts first, only when they add up', () => {
		expect(partsFirst('下达畜牧发展资金86万元，其中良种补贴50万元、防疫补助36万元。')).toBe('下达畜牧发展资金：良种补贴50万元、防疫补助36万元，合计86万元。');
		expect(partsFirst('下达畜牧发展资金86万元，其中良种补贴50万元、防疫补助30万元。')).toBe('下达畜牧发展资金86万元，其中良种补贴50万元、防疫补助30万元。');
	});
	it('rewrites budget and staffing sentences, deterministically, and leaves other lines alone', () => {
		const src = doc(
			'2023年度年初预算数为1250.00万元，全年预算数为1380.50万元，全年执行数为1300.20万元。',
			'上级下达中央财政资金800万元，其中：良种补贴500万元，防疫补助300万元。',
			'本单位核定编制25名，在职人员23人，退休人员8人。',
			'本单位主要职责是负责全县畜禽防疫和良种推广工作。',
			'年初预算\t1250.00\t1380.50'
		);
		const out = wording(src);
		expect(wording(src)).toBe(out);
		expect(perturbText(src, 'wording')).toBe(out);
		expect(out).not.toBe(src);
		const [, a, b, c, d, e] = out.split('\n');
		expect(a).toMatch(/年初预算(数为|安排)?\s*1,?250\.00\s*万/);
		expect(b).toMatch(/合计800/);
		expect(c).toMatch(/25[人名]/);
		expect(d).toBe('本单位主要职责是负责全县畜禽防疫和良种推广工作。');
		expect(e).toBe('年初预算\t1250.00\t1380.50');
		// the figures stay: every amount of the source is in the output, in 万元
		const amounts = (s: string) => [...s.matchAll(/(\d[\d,]*(?:\.\d+)?)\s*万/g)].map((m) => Number(m[1].replace(/,/g, ''))).sort((x, y) => x - y);
		expect(amounts(out)).toEqual(amounts(src));
	});
	it('folds the fund labels a record keeps as written into one form', () => {
		expect(canonicalFundLabel('中央补助资金')).toBe('中央资金');
		expect(canonicalFundLabel('省级财政资金')).toBe('省级资金');
		expect(canonicalFundLabel('防疫工作经费')).toBe('防疫工作资金');
		expect(wordingFold({ budget: [{ item: '中央财政资金', parent: '畜牧发展款项', amount: { wan: 1, text: '1', unit: '万元' } }] })).toEqual({ budget: [{ item: '中央资金', parent: '畜牧发展资金', amount: { wan: 1 } }] });
	});
});

describe('a total stated after its parts (prose12)', () => {
	it('reads as the total stated first, quotes in the source', () => {
		const a = budget([...H, '某县财政局下达某县2023年中央畜牧发展资金86万元，其中良种补贴50万元、防疫补助36万元。'].join('\n'));
		const b = budget([...H, '某县财政局下达某县2023年中央畜牧发展资金：良种补贴50万元、防疫补助36万元，合计86万元。'].join('\n'));
		expect(a.length).toBe(3);
		expect(b).toEqual(a);
	});
	it('only where the parts add up to the total', () => {
		const b = budget([...H, '某县财政局下达某县2023年中央畜牧发展资金：良种补贴50万元、防疫补助30万元，合计86万元。'].join('\n'));
		expect(b.some((x) => x.parent === '中央畜牧发展资金' && x.wan === 50)).toBe(false);
	});
});

describe('a pinyin gloss after a line break (prose12)', () => {
	it('is noise in the paragraph the break is joined in', () => {
		const src = doc('本年度支出總計86.50萬元，其中年末結', '(jié)轉(zhuǎn)和結(jié)余0.35萬元。');
		const p = paragraphs(src, splitLines(src))[1];
		expect(p.span.norm).toContain('年末结转和结余0.35万元');
	});
});

describe('prose outcome clauses (prose12)', () => {
	it('a thousands separator is part of the number, not a clause end', () => {
		const src = ['某小学2023年度项目支出绩效自评报告', '三、绩效目标实现情况', '1、产出指标', '①数量指标:2023年,我校收到校舍维修经费资金162,000.00元。'].join('\n');
		const r = extract(src, { sourceFile: 'x.txt' }).report as { indicators: Array<{ actual?: { value: number } }> };
		expect(r.indicators.map((i) => i.actual?.value)).toEqual([162000]);
	});
});
