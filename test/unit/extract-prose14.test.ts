/**
 * prose14: prose figures, identity and wrong values — the same facts read whatever unit, digit width
 * and wording a report writes them in, and the rules from files 327–359.
 * Every sentence here is made up: invented units, funds and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { CLAUSE_PIECES, totalFirst } from '../../src/lib/extract/numbers';
import { spanOf } from '../../src/lib/extract/doc';

const doc = (...lines: string[]) => ['https://example.org/x', ...lines].join('\n');
type Line = { flow: string; breakdown: string; item: string; parent?: string; stage: string; scope: string; year: number; amount: { wan: number } };
const budget = (src: string) => ((extract(src, { sourceFile: 'x.txt' }).report as { budget?: Line[] }).budget ?? []).map((l) => ({ flow: l.flow, breakdown: l.breakdown, item: l.item, parent: l.parent, stage: l.stage, year: l.year, wan: l.amount.wan }));
const report = (src: string) => extract(src, { sourceFile: 'x.txt' }).report as unknown as Record<string, unknown>;

describe('clauses of a sentence that states money in 元 (prose14)', () => {
	it('does not cut a figure at its thousands separator', () => {
		const s = '分配至甲县930,000.00元,乙区520,000.00元、丙镇12,345元';
		expect(s.match(CLAUSE_PIECES)).toEqual(['分配至甲县930,000.00元', '乙区520,000.00元', '丙镇12,345元']);
	});
	it('reads a list of places with amounts in 元 as the list in 万元', () => {
		const src = doc(
			'某某市文化局关于某某补助资金支出绩效的自评报告',
			'一、资金分配情况',
			'1.依据测算,给予甲县某某设备运行维护费347,000.00元,乙区162,000.00元,丙区162,000.00元,丁县312,000.00元。',
			'2.分配某某书屋运行维护经费：甲区35,200.00元,乙区161,920.00元,丙区197,120.00元，合计394,240.00元。'
		);
		const b = budget(src);
		expect(b.filter((l) => l.parent === '某某设备运行维护费').map((l) => [l.item, l.wan])).toEqual([
			['甲县', 34.7],
			['乙区', 16.2],
			['丙区', 16.2],
			['丁县', 31.2]
		]);
		// a list stated before its total (the other wording of "经费N万元,其中…") is the fund's
		expect(b.filter((l) => l.parent === '某某书屋运行维护经费').map((l) => [l.item, l.wan])).toEqual([
			['甲区', 3.52],
			['乙区', 16.192],
			['丙区', 19.712]
		]);
		expect(b.find((l) => l.item === '某某书屋运行维护经费')?.wan).toBe(39.424);
	});
	it('restates a total after its parts in 元 as the total first', () => {
		const t = '资金:甲项目120,000.00元、乙项目30,000.00元,合计150,000.00元。';
		const span = spanOf(t, 0, t.length);
		expect(totalFirst(span).text).toContain('150,000.00元，其中：甲项目');
	});
});

describe('prose facts whose amount is written in 元 (prose14)', () => {
	it('reads money received stated under 数量指标 as the year\'s income in 元 as in 万元', () => {
		for (const amt of ['12.30万元', '123,000.00元']) {
			const src = doc(
				'某某县第二小学2023年度某某工作经费项目绩效自评报告',
				'一、项目基本情况',
				`2023年度我校某某工作经费项目财政资金总额${amt},全部为县级资金,拨付使用${amt},预算执行率100%。`,
				'(1)产出指标',
				`①数量指标:2023年,我校收到某某工作经费资金${amt}。`
			);
			const inc = budget(src).filter((l) => l.flow === 'income');
			expect(inc.map((l) => [l.item, l.stage, l.wan])).toEqual([['合计', 'final', 12.3]]);
		}
	});
	it('takes an item\'s sum followed by what was paid of it as the budget, whatever the unit', () => {
		for (const [a, b] of [
			['310.50万元', '310.50万元'],
			['3,105,000.00元', '3,105,000.00元']
		]) {
			const src = doc(
				'某某县某某局2022年度部门整体支出绩效自评报告',
				'三、项目支出情况',
				`一是高中教育支出,即某某学校改善办学条件补助资金、某某结余用于项目建设经费${a},于本年度支出${b},预算完成率100%。`
			);
			const got = budget(src).filter((l) => l.item === '高中教育支出');
			expect(got.map((l) => [l.stage, l.wan])).toEqual([
				['budget', 310.5],
				['final', 310.5]
			]);
		}
	});
	it('reads the year of a 决算 page from its spending sentence in 元 too', () => {
		const src = doc(
			'六、一般公共预算财政拨款基本支出决算情况说明',
			'2023年一般公共预算财政拨款基本支出1,234,500.00元,其中:',
			'人员经费1,000,000.00元,主要包括:基本工资、津贴补贴。',
			'七、财政拨款“三公”经费支出决算情况说明',
			'2022年“三公”经费财政拨款支出决算为12,000.00元,完成预算100%。'
		);
		expect(report(src).fiscal_year).toBe(2023);
	});
});
