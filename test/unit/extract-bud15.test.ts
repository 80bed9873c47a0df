/**
 * Budget tables (bud15): a spending-by-use table read once (by the reader that checks it against its
 * 支出合计), a text layer's stray closing bracket dropped from a use's label, and a target form's funds
 * block opened by a 收入 cell read as income. Made-up units, places and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { useLabel } from '../../src/lib/extract/grid';

const lines = (text: string) =>
	extract(text, { sourceFile: 't.txt' }).report.budget.map((l) => [l.flow, l.breakdown, l.item, l.parent ?? '', l.scope, l.stage, l.amount.wan]);

const para = (cells: string[]) => cells.join('\n\n');

describe('the 项目支出明细 table of a project evaluation form, one cell a paragraph', () => {
	const form = para([
		'青禾县财政支出项目绩效评价自评报告',
		'项目名称',
		'河道保洁专项',
		'项目单位',
		'青禾县水务站',
		'一、项目基本概况',
		'项目起止时间',
		'2024年1月起至2024年12月止',
		'计划安排资金',
		'(万元)',
		'32',
		'实际到位资金',
		'(万元)',
		'32',
		'实际支出',
		'(万元)',
		'32',
		'结余(万元)',
		'0',
		...['其中:中央财政', '省财政'].flatMap((n) => [n, n, n, n]),
		...['县财政', '32', '县财政', '32', '县财政', '32', '县财政', '0'],
		'其它',
		'其它',
		'其它',
		'其它',
		'二、项目支出明细情况',
		'支出内容',
		'实际支出数',
		'会计凭证号',
		'备注',
		'河道巡查补助]',
		'120000',
		'2月3号',
		'保洁船维修',
		'80000',
		'4月9号',
		'垃圾清运',
		'100000',
		'6月1号',
		'垃圾清运',
		'20000',
		'9月2号',
		'支出合计',
		'320000',
		'三、项目绩效情况',
	]);
	it('reads each use once, in 元, its label without the stray bracket', () => {
		const costs = lines(form).filter((l) => l[1] === 'cost');
		expect(costs).toContainEqual(['expenditure', 'cost', '河道巡查补助', '', 'all', 'final', 12]);
		expect(costs).toContainEqual(['expenditure', 'cost', '垃圾清运', '', 'all', 'final', 10]);
		expect(costs).toHaveLength(4);
	});
	it('keeps a bracket the label opens itself', () => {
		expect(useLabel('河道巡查补助]')).toBe('河道巡查补助');
		expect(useLabel('保洁补助【汛期】')).toBe('保洁补助【汛期】');
		expect(useLabel('保 洁 船')).toBe('保洁船');
	});
});

describe('a target form whose funds block is opened by a 收入 cell', () => {
	const form = (income: boolean) =>
		para([
			'绿川县文化馆2025年度项目支出绩效目标表',
			'项目名称',
			'乡村书屋运维经费',
			'项目资金 (万元)',
			...(income ? ['收入'] : []),
			'全年预算数',
			'资金总额',
			'45',
			'财政拨款',
			'小计',
			'45',
			'一般公共预算资金',
			'45',
			'政府性基金',
			'上年结转资金',
			'0',
			'其他资金',
			...(income ? ['支出'] : []),
			'总体目标',
			'保障全县书屋正常运行。',
		]);
	it('reads the block as the project income by source, the subtotal as the source and the row under it as its part', () => {
		const a = lines(form(true));
		expect(a).toContainEqual(['income', 'total', '合计', '', 'all', 'budget', 45]);
		expect(a).toContainEqual(['income', 'source', '财政拨款收入', '', 'fiscal', 'budget', 45]);
		expect(a).toContainEqual(['income', 'source', '一般公共预算资金', '财政拨款收入', 'general_public', 'budget', 45]);
		expect(a.some((l) => l[0] === 'expenditure' && l[1] !== 'cost')).toBe(false);
	});
	it('reads a block without a 收入 cell as before: the spending side', () => {
		const a = lines(form(false));
		expect(a.some((l) => l[0] === 'income')).toBe(false);
		expect(a).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'budget', 45]);
	});
});

describe('several project target forms on one page, each with its 预算规模及资金用途 row', () => {
	const form = (name: string, whole: string, fiscal: string) =>
		[`308102绿川县档案馆 | 单位:万元 | |||||`, `项目名称 | ${name} | |||||`, `预算规模及资金用途 | 预算数 | ${whole} | 其中:财政 资金 | ${fiscal} | 其他资金 | |`, '用于档案数字化等 | ||||||', '绩效目标 | 1.完成馆藏档案数字化。 |', '一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |', '产出指标 | 数量指标 | 扫描页数 | 扫描页数 | ≥5000页 |'].join('\n');
	const page = (second: string) => ['绿川县档案馆', '项目支出绩效目标表', '(2025年)', form('档案数字化', '36.00', '30.00'), form(second, '12.50', '12.50')].join('\n');
	it('reads each form budget as its project, the fiscal money as its part', () => {
		const a = lines(page('库房设备维护'));
		expect(a).toContainEqual(['expenditure', 'project', '档案数字化', '项目支出', 'all', 'budget', 36]);
		expect(a).toContainEqual(['expenditure', 'source', '财政资金', '档案数字化', 'fiscal', 'budget', 30]);
		expect(a).toContainEqual(['expenditure', 'project', '库房设备维护', '项目支出', 'all', 'budget', 12.5]);
		expect(a).toContainEqual(['expenditure', 'source', '财政资金', '库房设备维护', 'fiscal', 'budget', 12.5]);
	});
	it('reads one project twice as no list of projects', () => {
		expect(lines(page('档案数字化')).some((l) => l[1] === 'project')).toBe(false);
	});
});

describe('an allocation table whose numbered-columns row states the amount formula', () => {
	const table = (amounts: string[]) =>
		[
			'绿川县2024年度技能培训补助资金绩效自评报告',
			'一、资金使用情况',
			'序号 | 培训机构 | 培训补助标准(元/人) | 2024年培训人数 | 合格人数 | 补助资金 | 备注 |',
			'① | ② | ③ | ④ | ⑤ | ⑥=③*⑤ | |',
			`1 | 青禾职业培训学校 | 1500 | 220 | 210 | ${amounts[0]} | |`,
			`2 | 远帆技能培训中心 | 1500 | 180 | 176 | ${amounts[1]} | |`,
			`3 | 山川家政培训学校 | 1200 | 95 | 90 | ${amounts[2]} | |`,
			'二、绩效目标完成情况',
		].join('\n');
	it('reads each payee amount in the unit its formula fixes (万元 here), of the header year', () => {
		const a = lines(table(['31.5', '26.4', '10.8']));
		expect(a).toContainEqual(['expenditure', 'cost', '青禾职业培训学校', '', 'all', 'final', 31.5]);
		expect(a).toContainEqual(['expenditure', 'cost', '山川家政培训学校', '', 'all', 'final', 10.8]);
		const b = lines(table(['315000', '264000', '108000']));
		expect(b).toContainEqual(['expenditure', 'cost', '远帆技能培训中心', '', 'all', 'final', 26.4]);
	});
	it('reads nothing where the amounts do not check against the formula', () => {
		expect(lines(table(['31.5', '26.9', '10.8'])).filter((l) => l[1] === 'cost').length).toBeLessThan(3);
		expect(lines(table(['30', '26', '11'])).some((l) => l[1] === 'cost')).toBe(false);
	});
});

describe('the formula allocation table one cell a line', () => {
	const rows = [
		['序号', '培训机构', '培训补助标准(元/人)', '2024年培训人数', '合格人数', '补助资金'],
		['①', '②', '③', '④', '⑤', '⑥=③*⑤'],
		['1', '青禾职业培训学校', '1500', '220', '210', '31.5'],
		['2', '远帆技能培训中心', '1500', '180', '176', '26.4'],
		['3', '山川家政培训学校', '1200', '95', '90', '10.8'],
	];
	const text = ['绿川县2024年度技能培训补助资金绩效自评报告', '一、资金使用情况', ...rows.flat(), '二、绩效目标完成情况'].join('\n\n');
	it('reads the same payees and amounts as the barred table', () => {
		const a = lines(text).filter((l) => l[1] === 'cost');
		expect(a).toContainEqual(['expenditure', 'cost', '远帆技能培训中心', '', 'all', 'final', 26.4]);
		expect(a).toHaveLength(3);
	});
});
