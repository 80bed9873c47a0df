/**
 * The audit rules one by one on small synthetic records: each rule fires on a break beyond
 * rounding and stays silent on figures that agree within the tolerance (±0.01 万元 per summed
 * term, ±0.01 percentage point, truncation as well as rounding).
 */
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../src/lib/audit/index';
import { RULES, RULE_BY_ID } from '../../src/lib/audit/rules';
import { RULE_IDS } from '../../src/lib/schema/finding';
import { Report, type ReportInput } from '../../src/lib/schema/report';

/* ------------------------------------------------------------------ builders */

type Line = ReportInput['budget'][number];
type Sg = ReportInput['sangong'][number];
type Ind = ReportInput['indicators'][number];

const money = (wan: number, text = String(wan), unit: '万元' | '元' = '万元') => ({ wan, text, unit, quote: `${text}${unit}` });
const fig = (value: number, unit = '%', text = String(value)) => ({ value, unit, text, quote: `${text}${unit}` });

function line(flow: Line['flow'], breakdown: Line['breakdown'], item: string, wan: number, extra: Partial<Line> = {}): Line {
	return { flow, breakdown, item, scope: 'all', stage: 'final', year: 2024, amount: money(wan), ...extra };
}
const exp = (breakdown: Line['breakdown'], item: string, wan: number, extra: Partial<Line> = {}) => line('expenditure', breakdown, item, wan, extra);
const total = (wan: number, extra: Partial<Line> = {}) => exp('total', '合计', wan, extra);

function report(p: Partial<ReportInput> = {}): Report {
	return Report.parse({
		id: 'test-2024-self',
		kind: 'self_evaluation',
		fiscal_year: 2024,
		title: '测试报告',
		source_file: 'test.txt',
		department: { id: 'test', name: '测试部门', region: { province: '广东省' }, level: '市级', type: '科学技术协会' },
		staffing: [],
		budget: [],
		sangong: [],
		indicators: [],
		tasks: [],
		problems: [],
		measures: [],
		...p
	});
}

const rules = (r: Report) => auditReport(r).map((f) => f.rule);
const only = (r: Report, rule: string) => auditReport(r).filter((f) => f.rule === rule);

/* ------------------------------------------------------------------ catalogue */

describe('rule catalogue', () => {
	it('names and describes every rule in Chinese, in schema order', () => {
		expect(RULES.map((r) => r.id)).toEqual([...RULE_IDS]);
		for (const r of RULES) {
			expect(r.name).toMatch(/[\u4e00-\u9fff]/);
			expect(r.description).toMatch(/[\u4e00-\u9fff]/);
			expect(r.severities.length).toBeGreaterThan(0);
			expect(r.id.startsWith({ sums: 'sum.', computed: 'calc.', duplicates: 'dup.', plausibility: 'plaus.' }[r.family])).toBe(true);
		}
	});
	it('keeps the audit portable (no node: imports) so it runs in the browser', () => {
		const dir = resolve('src/lib/audit');
		const files = readdirSync(dir).filter((f) => f.endsWith('.ts'));
		expect(files.length).toBeGreaterThanOrEqual(6);
		for (const f of files) expect(readFileSync(resolve(dir, f), 'utf8')).not.toMatch(/from ['"](node:|fs|path)/);
	});
	it('gives only severities the catalogue allows', () => {
		const seeds = readdirSync(resolve('data/reports')).filter((f) => f.endsWith('.json'));
		expect(seeds.length).toBeGreaterThan(0);
		for (const s of seeds) {
			const r = Report.parse(JSON.parse(readFileSync(resolve('data/reports', s), 'utf8')));
			for (const f of auditReport(r)) expect(RULE_BY_ID[f.rule].severities).toContain(f.severity);
		}
	});
});

/* ------------------------------------------------------------------ sums */

describe('parts vs totals', () => {
	it('基本 + 项目 = 合计, within ±0.01 per term', () => {
		// 100 + 50.02 = 150.02 vs 150: 0.02 ≤ 2 × 0.01
		expect(rules(report({ budget: [total(150), exp('nature', '基本支出', 100), exp('nature', '项目支出', 50.02)] }))).toEqual([]);
		// 100 + 50.03 = 150.03 vs 150: 0.03 > 0.02
		const f = only(report({ budget: [total(150), exp('nature', '基本支出', 100), exp('nature', '项目支出', 50.03)] }), 'sum.nature');
		expect(f).toHaveLength(1);
		expect(f[0]).toMatchObject({ severity: 'error', expected: 150.03, stated: 150, difference: -0.03, unit: '万元' });
		expect(f[0].figures.map((x) => x.value)).toEqual([100, 50.03, 150]);
	});
	it('人员经费 + 日常公用经费 = 基本支出', () => {
		const b = (x: number) => [
			exp('nature', '基本支出', 100),
			exp('nature', '人员经费', 80, { parent: '基本支出' }),
			exp('nature', '日常公用经费', x, { parent: '基本支出' })
		];
		expect(rules(report({ budget: b(20.01) }))).toEqual([]);
		expect(only(report({ budget: b(10) }), 'sum.basic')[0]).toMatchObject({ severity: 'error', expected: 90, stated: 100 });
		// a lone 人员经费 is a partial list: no finding unless it exceeds 基本支出
		expect(rules(report({ budget: b(20).slice(0, 2) }))).toEqual([]);
	});
	it('a part written in a narrower fund scope than its parent is summed with the parent’s other parts (153 昭化区卫健局)', () => {
		// “(一)财政拨款小计 6.30”, “1、一般公共预算 6.30”, “2、政府性基金 0.00”, “3、国有资本经营预算 0.00”:
		// 6.30 + 0.00 + 0.00 = 6.30, no shortfall (it was read as 0.00 + 0.00 = 0.00 against 6.30)
		const src = (item: string, wan: number, scope: Line['scope'], parent?: string) => exp('source', item, wan, { scope, stage: 'budget', ...(parent ? { parent } : {}) });
		const b = (gp: number) => [
			src('财政拨款支出', 6.3, 'fiscal'),
			src('一般公共预算拨款', gp, 'general_public', '财政拨款支出'),
			src('政府性基金预算拨款', 0, 'fiscal', '财政拨款支出'),
			src('国有资本经营预算拨款', 0, 'fiscal', '财政拨款支出')
		];
		expect(rules(report({ budget: b(6.3) }))).toEqual([]);
		// a real break is still found: 5.00 + 0.00 + 0.00 = 5.00, 1.30 short of 6.30
		expect(only(report({ budget: b(5) }), 'sum.source')[0]).toMatchObject({ severity: 'warning', expected: 5, stated: 6.3 });
		// the same part in both scopes is one part, not two: 人员经费 80 (all) and its 一般公共预算 part 70
		const basic = [exp('nature', '基本支出', 100), exp('nature', '人员经费', 80, { parent: '基本支出' }), exp('nature', '日常公用经费', 20, { parent: '基本支出' })];
		expect(only(report({ budget: [...basic, exp('nature', '人员经费', 70, { parent: '基本支出', scope: 'general_public' })] }), 'sum.basic')).toEqual([]);
	});
	it('economic classes: excess is an error, shortfall a warning', () => {
		const b = (x: number) => [total(100), exp('economic', '工资福利支出', 60), exp('economic', '商品和服务支出', x)];
		expect(rules(report({ budget: b(40) }))).toEqual([]);
		expect(only(report({ budget: b(50) }), 'sum.economic')[0].severity).toBe('error');
		expect(only(report({ budget: b(30) }), 'sum.economic')[0].severity).toBe('warning');
	});
	it('compares cuts with each other when no total is stated', () => {
		const b = (x: number) => [exp('nature', '基本支出', 70), exp('nature', '项目支出', 30), exp('function', '科学技术支出', x)];
		expect(rules(report({ budget: b(100) }))).toEqual([]);
		expect(only(report({ budget: b(101) }), 'sum.function')[0]).toMatchObject({ expected: 100, stated: 101 });
	});
	it('project items against the 合计 row and against 项目支出', () => {
		const b = (x: number, row = 30) => [
			exp('nature', '项目支出', 30),
			exp('project', '甲', 10, { parent: '项目支出' }),
			exp('project', '乙', x, { parent: '项目支出' }),
			exp('project', '合计', row, { parent: '项目支出' })
		];
		expect(rules(report({ budget: b(20) }))).toEqual([]);
		expect(only(report({ budget: b(19) }), 'sum.project')[0]).toMatchObject({ expected: 29, stated: 30 });
		expect(only(report({ budget: b(21, 31) }), 'sum.project')[0]).toMatchObject({ expected: 31, stated: 30 });
	});
	it('年初预算 + 追加 = 调整预算', () => {
		const b = (x: number) => [
			line('income', 'total', '合计', 100, { stage: 'initial' }),
			line('income', 'total', '合计', 20, { stage: 'addition' }),
			line('income', 'total', '合计', x, { stage: 'adjusted' })
		];
		expect(rules(report({ budget: b(120.02) }))).toEqual([]);
		expect(only(report({ budget: b(125) }), 'sum.adjustment')[0]).toMatchObject({ expected: 120, stated: 125 });
	});
	it('年末结转 = 年初结转 + 收入 − 支出', () => {
		const b = (x: number) => [
			line('opening_balance', 'total', '合计', 5),
			line('income', 'total', '合计', 100),
			line('expenditure', 'total', '合计', 90),
			line('closing_balance', 'total', '合计', x)
		];
		expect(rules(report({ budget: b(15.03) }))).toEqual([]);
		expect(only(report({ budget: b(0) }), 'sum.balance')[0]).toMatchObject({ expected: 15, stated: 0 });
	});
	it('三公 items vs total (undisclosed items are not 0) and 购置 + 运行 = 用车', () => {
		const sg = (item: Sg['item'], wan: number): Sg => ({ item, stage: 'final', scope: 'fiscal', year: 2024, amount: money(wan) });
		expect(rules(report({ sangong: [sg('total', 5), sg('abroad', 0), sg('vehicle', 3), sg('reception', 2)] }))).toEqual([]);
		expect(only(report({ sangong: [sg('total', 5), sg('abroad', 0), sg('vehicle', 3), sg('reception', 1)] }), 'sum.sangong')).toHaveLength(1);
		// reception not disclosed: 0 + 3 ≤ 5 is no finding
		expect(rules(report({ sangong: [sg('total', 5), sg('abroad', 0), sg('vehicle', 3)] }))).toEqual([]);
		expect(only(report({ sangong: [sg('vehicle', 3), sg('vehicle_purchase', 1), sg('vehicle_operation', 1.5)] }), 'sum.vehicle')[0]).toMatchObject({
			expected: 2.5,
			stated: 3
		});
	});
	it('score rows add up to their parent and to the total', () => {
		const r = (s2: number) =>
			report({
				scores: {
					framework: 'hunan',
					total: { max: fig(100, '分'), score: fig(95, '分') },
					tree: [
						{ name: '投入', level: 1, max: fig(40, '分'), score: fig(38, '分') },
						{ name: '产出', level: 1, max: fig(60, '分'), score: fig(s2, '分') }
					]
				}
			});
		expect(rules(r(57))).toEqual([]);
		expect(only(r(56), 'sum.score')[0]).toMatchObject({ expected: 94, stated: 95 });
	});
});

/* ------------------------------------------------------------------ stated vs computed */

describe('stated vs computed', () => {
	const shareOf = (wan: number, share: number, text = String(share)) => [
		total(771.95),
		exp('function', '住房保障支出', wan, { share: fig(share, '%', text) }),
		exp('function', '其他', 771.95 - wan)
	];
	it('shares: rounding, truncation and ±0.01 point pass; more does not', () => {
		// 42 ÷ 771.95 = 5.4407% → 5.44; 5.43 and 5.45 are within ±0.01
		expect(only(report({ budget: shareOf(42, 5.44) }), 'calc.share')).toEqual([]);
		expect(only(report({ budget: shareOf(42, 5.43) }), 'calc.share')).toEqual([]);
		// 469.69 ÷ 771.95 = 60.8459% → 60.85 rounded, 60.84 truncated
		expect(only(report({ budget: shareOf(469.69, 60.84) }), 'calc.share')).toEqual([]);
		expect(only(report({ budget: shareOf(42, 5.42) }), 'calc.share')[0]).toMatchObject({ expected: 5.44, stated: 5.42 });
	});
	it('a narrower scope\'s total states its share of the department\'s total, never of itself', () => {
		// 224 张家界市统计局 2018: “2018年本年支出1366.23万元” … “2018年一般公共预算财政拨款支出668.3万元,占本年支出的48.92%”:
		// 668.3 ÷ 1366.23 = 48.915% → 48.92 (it was checked as 668.3 ÷ 668.3 = 100%, a false error)
		const gp = (share: number) => [total(1366.23), total(668.3, { scope: 'general_public', share: fig(share) })];
		expect(only(report({ budget: gp(48.92) }), 'calc.share')).toEqual([]);
		expect(only(report({ budget: gp(50) }), 'calc.share')[0]).toMatchObject({ expected: 48.92, stated: 50 });
		// a total alone has nothing to be a share of
		expect(only(report({ budget: [total(668.3, { share: fig(48.92) })] }), 'calc.share')).toEqual([]);
	});
	it('writes a stated percentage with one % sign, whether its text carries one or not', () => {
		// 231 零陵区林业局 2021: “年度资金总额 4753.66万元 4753.66万元 3824.26万元 10 100% 10”: the rate's text is “100%”
		const b = (text: string) => [total(4753.66, { stage: 'adjusted' }), total(3824.26, { execution_rate: fig(100, '%', text) })];
		for (const text of ['100%', '100']) {
			const [f] = only(report({ budget: b(text) }), 'calc.execution_rate');
			expect(f.message).toContain('= 80.45%，而报告写 100%。');
			expect(f.message).not.toContain('%%');
		}
	});
	it('execution rate = 决算 ÷ 预算', () => {
		const b = (rate: number) => [total(90, { stage: 'budget' }), total(45, { execution_rate: fig(rate) })];
		expect(rules(report({ budget: b(50) }))).toEqual([]);
		expect(only(report({ budget: b(60) }), 'calc.execution_rate')[0]).toMatchObject({ expected: 50, stated: 60 });
		// 三公: 1.1 ÷ 4.9 = 22.449% → 22.44 truncated passes
		const sg = (rate: number): Sg[] => [
			{ item: 'total', stage: 'final', scope: 'fiscal', year: 2024, amount: money(1.1), execution_rate: fig(rate) },
			{ item: 'total', stage: 'budget', scope: 'fiscal', year: 2024, amount: money(4.9) }
		];
		expect(rules(report({ sangong: sg(22.44) }))).toEqual([]);
		expect(only(report({ sangong: sg(24.49) }), 'calc.execution_rate')).toHaveLength(1);
	});
	const change = (wan: number, amount: number, pct: number, pctText = String(pct), direction: 'up' | 'down' | null = 'down') =>
		exp('nature', '基本支出', wan, {
			change: {
				base_year: 2023,
				amount: money(direction === 'down' ? -amount : amount, String(amount)),
				pct: fig(direction === 'down' ? -pct : pct, '%', pctText),
				...(direction ? { direction } : {})
			}
		});
	it('year-on-year percentage from the amount; a fraction written as a percentage is caught', () => {
		// 64.93 ÷ (642.59 + 64.93) = 9.177% → 9.18
		expect(rules(report({ budget: [change(642.59, 64.93, 9.18)] }))).toEqual([]);
		const f = only(report({ budget: [change(642.59, 64.93, 0.09)] }), 'calc.change_pct')[0];
		expect(f).toMatchObject({ expected: 9.18, stated: 0.09 });
		expect(f.title).toMatch(/100 倍/);
		// a rise: 10 ÷ (110 − 10) = 10%
		expect(rules(report({ budget: [change(110, 10, 10, '10', 'up')] }))).toEqual([]);
		// one-decimal text compares at its precision: 22.27 ÷ 491.96 = 4.527% → "4.5"
		expect(rules(report({ budget: [change(469.69, 22.27, 4.5, '4.5')] }))).toEqual([]);
	});
	it('year-on-year against a stated prior year: amount, percentage and direction', () => {
		const prior = exp('nature', '基本支出', 100, { year: 2023 });
		expect(rules(report({ budget: [prior, change(90, 10, 10)] }))).toEqual([]);
		// a fall written as a rise
		const up = only(report({ budget: [prior, change(90, 10, 10, '10', 'up')] }), 'calc.change_direction');
		expect(up[0]).toMatchObject({ severity: 'error', expected: -10 });
		// no direction word and no minus sign on a fall: warning
		expect(only(report({ budget: [prior, change(90, 10, 10, '10', null)] }), 'calc.change_direction')[0].severity).toBe('warning');
		expect(only(report({ budget: [prior, change(90, 12, 12)] }), 'calc.change_amount')[0]).toMatchObject({ expected: 10, stated: 12 });
	});
	const ind = (op: '>=' | '<=' | 'range', target: number, actual: number, completion: number, extra: Partial<Ind> = {}): Ind => ({
		level1: '产出指标',
		level2: '数量指标',
		name: '活动场次',
		target: { op, value: target, ...(op === 'range' ? { value2: target + 3 } : {}), unit: '场', text: String(target), quote: `目标${target}` },
		actual: { value: actual, unit: '场', text: String(actual), quote: `实际${actual}` },
		stated_completion: fig(completion),
		...extra
	});
	it('completion rates: uncapped, capped at 100%, reverse and range targets', () => {
		expect(rules(report({ indicators: [ind('>=', 65, 96, 147.69)] }))).toEqual([]);
		expect(rules(report({ indicators: [ind('>=', 65, 96, 100)] }))).toEqual([]);
		expect(rules(report({ indicators: [ind('<=', 100, 90, 100)] }))).toEqual([]);
		expect(rules(report({ indicators: [ind('range', 5, 4, 80)] }))).toEqual([]);
		expect(only(report({ indicators: [ind('>=', 65, 50, 90)] }), 'calc.completion')[0]).toMatchObject({ expected: 76.92, stated: 90 });
	});
	it('得分率 and the grade band', () => {
		const r = (rate: number, grade: '优' | '良') =>
			report({
				scores: {
					framework: 'guangdong',
					total: { max: fig(100, '分'), score: fig(89.5, '分'), stated_rate: fig(rate) },
					grade: { value: grade, quote: `等级为${grade}` },
					tree: [
						{ name: '履职效能', level: 1, max: fig(85, '分'), score: fig(74.7, '分') },
						// 14.8 ÷ 15 = 98.667% → 98.67
						{ name: '管理效率', level: 1, max: fig(15, '分'), score: fig(14.8, '分'), stated_rate: fig(98.67) }
					]
				}
			});
		expect(rules(r(89.5, '良'))).toEqual([]);
		expect(only(r(95, '良'), 'calc.score_rate')[0]).toMatchObject({ expected: 89.5, stated: 95 });
		expect(only(r(89.5, '优'), 'calc.grade')[0]).toMatchObject({ expected: '良', stated: '优' });
	});
});

/* ------------------------------------------------------------------ duplicates */

describe('the same figure stated twice', () => {
	it('text vs table: 0.01 apart is rounding, more is a finding', () => {
		expect(rules(report({ budget: [total(711.92), total(711.91)] }))).toEqual([]);
		expect(only(report({ budget: [total(711.92), total(710.92)] }), 'dup.figure')[0]).toMatchObject({ expected: 711.92, stated: 710.92 });
		// different year, stage or scope is not the same figure
		expect(rules(report({ budget: [total(700), total(600, { stage: 'budget' }), total(500, { year: 2023 })] }))).toEqual([]);
	});
	it('one 支出项目 on two rows of a table that add up to its parent is two parts, not one figure written twice', () => {
		// as in 宁德 2019's 目标表: 项目支出 60.8; 地情、市志编纂与年鉴出版经费 49.8 on one task's row and 11 on another's;
		// 49.8 + 11 = 60.8, while neither row alone makes 60.8
		const item = (wan: number, row: string) => ({ ...exp('project', '地情、市志编纂与年鉴出版经费', wan, { parent: '项目支出' }), amount: { ...money(wan), quote: `${row} 地情、市志编纂与年鉴出版经费 ${wan}` } });
		const withParent = (parent: number, rows: Line[]) => report({ budget: [exp('nature', '项目支出', parent), ...rows] });
		expect(only(withParent(60.8, [item(49.8, '保障志鉴地情相关工作开展'), item(11, '按时发放2019年人员福利')]), 'dup.figure')).toEqual([]);
		// the same two rows under a parent they do not make: one figure written two ways (49.80 vs 11.00)
		expect(only(withParent(100, [item(49.8, '保障志鉴地情相关工作开展'), item(11, '按时发放2019年人员福利')]), 'dup.figure')[0]).toMatchObject({ expected: 49.8, stated: 11 });
		// one row alone already makes the parent (60.8): the other is a second writing of it, 60.8 vs 11
		expect(only(withParent(60.8, [item(60.8, '正文'), item(11, '表格')]), 'dup.figure')[0]).toMatchObject({ expected: 60.8, stated: 11 });
		// a sibling counts: 项目支出 70.8 = 其他项目 10 + 49.8 + 11
		const sib = { ...exp('project', '其他项目', 10, { parent: '项目支出' }) };
		expect(only(withParent(70.8, [sib, item(49.8, '甲'), item(11, '乙')]), 'dup.figure')).toEqual([]);
		// a total written twice is never parts (no parent of a 合计)
		expect(only(report({ budget: [total(49.8), { ...total(11), amount: { ...money(11), quote: '另一处 11' } }] }), 'dup.figure')).toHaveLength(1);
	});
	it('fund scopes: a part cannot exceed the whole; 其他收入 is the other-funds income', () => {
		const gp = (item: string, wan: number) => exp('nature', item, wan, { scope: 'general_public', parent: '基本支出' });
		const all = (item: string, wan: number) => exp('nature', item, wan, { parent: '基本支出' });
		expect(rules(report({ budget: [all('人员经费', 400), gp('人员经费', 350)] }))).toEqual([]);
		expect(only(report({ budget: [all('人员经费', 334.93), gp('人员经费', 505.82)] }), 'dup.scope')[0]).toMatchObject({
			expected: 334.93,
			stated: 505.82
		});
		const other = (x: number) => [
			line('income', 'source', '其他收入', 18.38),
			line('income', 'total', '合计', x, { scope: 'other' })
		];
		expect(rules(report({ budget: other(18.38) }))).toEqual([]);
		expect(only(report({ budget: other(14.46) }), 'dup.scope')).toHaveLength(1);
	});
	it('two year-on-year changes implying different prior years', () => {
		const c = (amount: number) =>
			total(771.95, { change: { base_year: 2023, amount: money(-amount, String(amount)), direction: 'down' } });
		expect(rules(report({ budget: [c(112.27), c(112.27)] }))).toEqual([]);
		expect(only(report({ budget: [c(112.27), c(91.13)] }), 'dup.prior_year')[0]).toMatchObject({ expected: 884.22, stated: 863.08 });
	});
	it('one indicator in two tables with different targets', () => {
		const i = (v: number): Ind => ({
			level1: '产出指标',
			level2: '数量指标',
			name: '科普宣传覆盖人群(万人)',
			target: { op: '>', value: v, unit: '万人', text: `>${v}万`, quote: `>${v}万` }
		});
		expect(rules(report({ indicators: [i(30)], tasks: [{ kind: 'key', name: '任务', quote: '任务', indicators: [i(30)] }] }))).toEqual([]);
		expect(only(report({ indicators: [i(30)], tasks: [{ kind: 'key', name: '任务', quote: '任务', indicators: [i(40)] }] }), 'dup.indicator')).toHaveLength(1);
	});
});

/* ------------------------------------------------------------------ plausibility */

describe('plausibility', () => {
	it('an amount in 元 among 万元 figures: warned once, and the sums read it as 万元', () => {
		const b = [
			total(697.45),
			exp('economic', '工资福利支出', 350.78),
			exp('economic', '商品和服务支出', 0.023707, { amount: money(0.023707, '237.07', '元') }),
			exp('economic', '对个人和家庭的补助', 84.15),
			exp('economic', '资本性支出', 1.4),
			exp('economic', '对企业补助', 24)
		];
		const r = report({ budget: b });
		expect(rules(r)).toEqual(['plaus.unit_typo']);
		expect(auditReport(r)[0].message).toMatch(/697\.40/);
		// a real 0 元 is not a typo
		expect(rules(report({ budget: [total(47), exp('economic', '工资福利支出', 0, { amount: money(0, '0', '元') }), exp('economic', '商品和服务支出', 47)] }))).toEqual([]);
	});
	const ind = (actual: number, completion: number, score?: number): Ind => ({
		level1: '产出指标',
		level2: '数量指标',
		name: '覆盖人群(万人)',
		unit: '万人',
		target: { op: '>=', value: 4, unit: '万人', text: '≥4', quote: '≥4' },
		actual: { value: actual, unit: '万人', text: String(actual), quote: `实际${actual}` },
		stated_completion: fig(completion),
		...(score !== undefined ? { max: fig(10, '分'), score: fig(score, '分') } : {})
	});
	it('a completion rate that implies a unit mismatch', () => {
		expect(rules(report({ indicators: [ind(5, 125)] }))).toEqual([]);
		expect(only(report({ indicators: [ind(394.04, 9851)] }), 'plaus.unit_mismatch')[0]).toMatchObject({ stated: 9851 });
	});
	it('full marks for an indicator at 0', () => {
		expect(only(report({ indicators: [ind(0, 0, 10)] }), 'plaus.full_score_zero')).toHaveLength(1);
		expect(only(report({ indicators: [ind(0, 0, 0)] }), 'plaus.full_score_zero')).toHaveLength(0);
	});
	it('staff above the authorised 编制, a score above its maximum', () => {
		const st = (measure: 'authorized' | 'actual', n: number) => ({ unit: '本级', category: '合计', measure, count: fig(n, '人') });
		expect(rules(report({ staffing: [st('authorized', 19), st('actual', 19)] }))).toEqual([]);
		expect(only(report({ staffing: [st('authorized', 19), st('actual', 21)] }), 'plaus.overstaffed')[0]).toMatchObject({ expected: 19, stated: 21 });
		const r = report({ scores: { framework: 'hunan', tree: [{ name: '投入', level: 1, max: fig(10, '分'), score: fig(11, '分') }] } });
		expect(rules(r)).toEqual(['plaus.score_over_max']);
	});
});

/* ------------------------------------------------------------------ seeds, mutated */

describe('the audit reacts to a changed seed', () => {
	const seed = (id: string) => JSON.parse(readFileSync(resolve('data/reports', `${id}.json`), 'utf8'));
	it('001: a wrong share is found', () => {
		const raw = seed('guangdong-shaoguan-nanxiong-kexie-2023-self');
		raw.budget[2].share.value = 83.35; // 172.72 ÷ 207.48 = 83.25%
		expect(only(Report.parse(raw), 'calc.share')[0]).toMatchObject({ expected: 83.25, stated: 83.35 });
	});
	it('002: correcting 基本支出 moves the break to 基本 + 项目 vs 合计', () => {
		const raw = seed('guangdong-guangzhou-haizhu-kexie-2023-self');
		raw.budget[2].amount.wan = 283.79;
		const f = auditReport(Report.parse(raw));
		expect(f.map((x) => x.rule)).toEqual(['sum.nature']); // 283.79 + 47 = 330.79 ≠ 283.79
	});
	it('does not change the record it audits', () => {
		const raw = seed('hunan-hengyang-kexie-2024-self');
		const r = Report.parse(raw);
		const before = JSON.stringify(r);
		auditReport(r);
		expect(JSON.stringify(r)).toBe(before);
	});
});

describe('unit typo guard', () => {
	it('a small 元 amount that makes the list add up as written is not a typo', () => {
		// 100 + 0.05 (500 元) = 100.05 = 合计
		const b = [
			total(100.05),
			exp('economic', '工资福利支出', 60),
			exp('economic', '商品和服务支出', 40),
			exp('economic', '其他支出', 0.05, { amount: money(0.05, '500', '元') })
		];
		expect(rules(report({ budget: b }))).toEqual([]);
	});
});

describe('score sums of a project self-evaluation table', () => {
	// a 项目支出绩效自评表: 预算执行率 (10 分) in the score table, each indicator with its own 分值 and 得分
	const ind = (name: string, max: number, score: number): Ind => ({ level1: '产出指标', level2: '数量指标', name, max: fig(max, '分'), score: fig(score, '分') });
	const r = (totalScore: number, inds: Ind[]) =>
		report({
			kind: 'project_self_evaluation',
			id: 'test-2024-project',
			scores: {
				framework: 'other',
				total: { max: fig(100, '分'), score: fig(totalScore, '分') },
				tree: [{ name: '预算执行率', level: 1, max: fig(10, '分'), score: fig(10, '分') }]
			},
			indicators: inds
		});
	it('counts the indicators’ 分值 and 得分 as the rest of the total', () => {
		// 10 + 50 + 40 = 100 分值; 10 + 48 + 38 = 96 得分
		expect(only(r(96, [ind('A', 50, 48), ind('B', 40, 38)]), 'sum.score')).toEqual([]);
	});
	it('still reports a total that neither the score table nor the table with the indicators makes', () => {
		// 得分 10 + 48 + 38 = 96, stated 97: reported against the score table's own nodes, as before
		expect(only(r(97, [ind('A', 50, 48), ind('B', 40, 38)]), 'sum.score').map((f) => [f.expected, f.stated])).toEqual([[10, 97]]);
	});
	it('a table cut off mid-way (total out of 100 not stated, parts make less than 100) is no break when the 得分 falls short by no more than the missing 分值', () => {
		// 186 梁平区林业局 2023: 自评总分 97.93; 预算执行率 7.93 of 10 and six indicators of 10 (all full marks) read before the
		// excerpt ends: 7.93 + 60 = 67.93, short by 30 — what three unread indicators of 10 would make
		const cut = (totalScore: number, inds: Ind[]) =>
			report({
				kind: 'self_evaluation',
				scores: { framework: 'other', total: { score: fig(totalScore, '分') }, tree: [{ name: '预算执行率', level: 1, max: fig(10, '分'), score: fig(7.93, '分') }] },
				indicators: inds
			});
		const six = ['A', 'B', 'C', 'D', 'E', 'F'].map((n) => ind(n, 10, 10));
		expect(only(cut(97.93, six), 'sum.score')).toEqual([]);
		// short by more than the 30 unread points could make (7.93 + 60 + 30 = 97.93 < 98.5): still a break
		expect(only(cut(98.5, six), 'sum.score').map((f) => [f.expected, f.stated])).toEqual([[7.93, 98.5]]);
		// more than the total: unread rows cannot explain it
		expect(only(cut(60, six), 'sum.score').map((f) => [f.expected, f.stated])).toEqual([[7.93, 60]]);
		// the total's 分值 stated: the 分值 check speaks for itself, as before
		const stated = report({
			kind: 'self_evaluation',
			scores: { framework: 'other', total: { max: fig(100, '分'), score: fig(97.93, '分') }, tree: [{ name: '预算执行率', level: 1, max: fig(10, '分'), score: fig(7.93, '分') }] },
			indicators: six
		});
		expect(only(stated, 'sum.score').map((f) => [f.expected, f.stated])).toEqual([[10, 100], [7.93, 97.93]]);
	});
	it('does not add indicators whose groups the score table already scores', () => {
		const rep = report({
			scores: {
				framework: 'hunan',
				total: { max: fig(100, '分'), score: fig(90, '分') },
				tree: [{ name: '产出指标', level: 1, max: fig(60, '分'), score: fig(50, '分') }]
			},
			indicators: [ind('A', 40, 40)]
		});
		expect(only(rep, 'sum.score').map((f) => [f.expected, f.stated])).toEqual([[60, 100], [50, 90]]);
	});
});

describe('wording of a project record', () => {
	it('names its money the project’s, not the department’s (“2022年项目支出（决算）”)', () => {
		const r = (kind: 'project_self_evaluation' | 'self_evaluation') =>
			report({ kind, id: kind === 'self_evaluation' ? 'test-2024-self' : 'test-2024-project', budget: [total(0, { amount: money(0, '0') }), total(89.97)] });
		const [p] = only(r('project_self_evaluation'), 'dup.figure');
		expect(p.title).toBe('2024年项目支出（决算）合计两处写法不同');
		expect(p.figures.map((g) => g.label)).toEqual(['2024年项目支出（决算）·合计', '2024年项目支出（决算）·合计']);
		expect(only(r('self_evaluation'), 'dup.figure')[0].title).toBe('2024年部门整体支出（决算）合计两处写法不同');
	});
});
