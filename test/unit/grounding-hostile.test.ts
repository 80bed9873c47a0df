/**
 * The grounding check against every way Chinese writes a number, vague quantity words, and
 * accusations or names the facts do not hold (issue 11). Facts are written by hand here.
 */
import { describe, expect, it } from 'vitest';
import { accusations, findNumbers, normalizeDigits, parseChineseNumeral, ungrounded } from '../../src/lib/draft/grounding';
import type { Fact } from '../../src/lib/schema/draft';

const f = (id: string, value: number, unit: string, text: string, label = id): Fact => ({ id, kind: 'budget', label, value, unit, text, source: { query: 'q', basis: 'stated', quotes: [] } });
const FACTS: Fact[] = [
	f('final', 771.95, '万元', '771.95万元', '决算支出'),
	f('gap', 37, '万元', '37万元', '资金缺口'),
	f('exec', 88.5, '%', '88.5%', '预算执行率'),
	f('done', 27, '%', '27%', '未完成指标占比'),
	f('items', 3, '项', '三项', '未完成指标')
];
const bad = (t: string) => ungrounded(t, FACTS).map((s) => s.text);

describe('numbers in every script', () => {
	it('invented figures fail whatever their script', () => {
		for (const t of ['资金缺口达三十九万元', '项目资金三千万元', '叁拾捌万元', '执行率𝟒𝟐%', '执行率４２％', '六成项目', '结余二十余万', '约五千万元', '过半项目延期', '三分之一的指标', '偏差在20%-30%之间', '执行率百分之四十二', '二十余项工作', '一亿二千万元'])
			expect(bad(t), t).not.toEqual([]);
	});
	it('the same figures pass when a fact holds them', () => {
		for (const t of ['资金缺口三十七万元', '缺口叁拾柒万元', '执行率８８．５％', '执行率𝟖𝟖.𝟓%', '近三成指标未完成', '决算支出约七百七十万元', '百分之八十八点五', '完成三项', '决算771.95万元，大幅低于预算'])
			expect(bad(t), t).toEqual([]);
	});
	it('a vague quantity word needs a grounded figure in the same text', () => {
		expect(bad('支出大幅下降')).toEqual(['大幅']);
		expect(bad('绝大多数项目按期完成')).toEqual(['绝大多数']);
		expect(bad('决算771.95万元，支出大幅下降')).toEqual([]);
	});
	it('reads Chinese numerals with 万 and 亿, financial numerals, 廿 / 卅', () => {
		expect(parseChineseNumeral('三千万')).toBe(30_000_000);
		expect(parseChineseNumeral('一亿二千万')).toBe(120_000_000);
		expect(parseChineseNumeral('叁拾柒')).toBe(37);
		expect(parseChineseNumeral('廿三')).toBe(23);
		expect(findNumbers('三千万元')[0]).toMatchObject({ value: 3000, kind: 'money' });
		expect(findNumbers('九成')[0]).toMatchObject({ kind: 'percent', range: [85, 95] });
		expect(findNumbers('二十余万')[0]).toMatchObject({ kind: 'money', range: [20, 30] });
	});
	it('maps spans back to the original text across surrogate pairs', () => {
		const t = '执行率𝟒𝟐%，另有３项';
		const spans = findNumbers(t);
		expect(spans.map((s) => t.slice(s.start, s.end))).toEqual(['𝟒𝟐%', '３项']);
		expect(normalizeDigits('𝟒𝟐').text).toBe('42');
	});
	it('a money rate (元/户, 元/人*月) is a standard, grounded by an indicator in the same rate unit (152 濉溪县民政局 2019)', () => {
		// “扶贫临时救助标准 … 目标值≤5300元/户，实际完成5830元/户”: 5300 and 5830 元/户, not 0.53 and 0.583 万元
		const rates = [...FACTS, f('std_target', 5300, '元/户', '≤5300元/户'), f('std_actual', 5830, '元/户', '5830元/户'), f('dibao', 583, '元/人*月', '583元/人*月')];
		const badR = (t: string) => ungrounded(t, rates).map((s) => s.text);
		expect(findNumbers('实际完成5830元/户，')[0]).toMatchObject({ text: '5830元/户', value: 5830, unit: '元/户' });
		expect(badR('目标值≤5300元/户，实际完成5830元/户，完成率为90.91%')).toEqual(['90.91%']);
		expect(badR('农村低保标准583元/人·月')).toEqual([]);
		// an invented rate, a rate in another unit, or the same digits as money still fail
		expect(badR('实际完成5831元/户')).toEqual(['5831元/户']);
		expect(badR('实际完成5830元/人')).toEqual(['5830元/人']);
		expect(badR('缺口5830元')).toEqual(['5830元']);
		// a rate per person and day written with 、 (培训成本 ≥400元/人、天, an indicator table's unit cell)
		const perDay = [...FACTS, f('train_t', 400, '元/人、天', '≥400元/人、天'), f('train_a', 180, '元/人、天', '180元/人、天')];
		const badD = (t: string) => ungrounded(t, perDay).map((s) => s.text);
		expect(findNumbers('目标值≥400元/人、天，')[0]).toMatchObject({ text: '400元/人、天', value: 400, unit: '元/人、天' });
		expect(badD('目标值≥400元/人、天，实际完成180元/人·天')).toEqual([]);
		expect(badD('实际完成181元/人、天')).toEqual(['181元/人、天']);
		// 、 before the next figure still ends the rate
		expect(findNumbers('补助1000元/人、500元/户').map((s) => s.text)).toEqual(['1000元/人', '500元/户']);
	});
	it('years, dates, list markers and document numbers are still not figures', () => {
		expect(findNumbers('2024年6月底，（一）一是加强，财预〔2020〕10号')).toEqual([]);
	});
});

describe('accusations and names', () => {
	const sheet = { facts: FACTS, department: '湛江市科学技术协会' };
	it('rejects accusations and people the facts do not contain', () => {
		expect(accusations('负责人张三挪用专项资金，建议移交纪检监察机关。', sheet)).toEqual(expect.arrayContaining(['挪用', '移交', '负责人张三']));
		expect(accusations('存在违纪使用资金的情况', sheet)).toEqual(['违纪']);
		expect(accusations('李某某未按规定报销', sheet)).not.toEqual([]);
		expect(accusations('王局长签批了该笔支出', sheet)).not.toEqual([]);
	});
	it('passes ordinary drafting language', () => {
		for (const t of ['预算编制的精准度有待提高，部门负责人应加强统筹。', '进一步加强预算执行管理，提高资金使用效益。', '湛江市科学技术协会“三公”经费执行率偏低。'])
			expect(accusations(t, sheet), t).toEqual([]);
	});
	it('allows what the facts themselves say', () => {
		const withQuote = { facts: [{ ...FACTS[0], source: { ...FACTS[0].source, quotes: ['审计发现挪用资金问题已整改'] } }], department: 'x' };
		expect(accusations('审计指出的挪用资金问题已整改。', withQuote)).toEqual([]);
	});
});
