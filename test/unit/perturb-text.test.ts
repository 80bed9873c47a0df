/**
 * The text perturbations of `eval-extract --perturb-text`: pure, deterministic, prose lines only,
 * and each one keeps what a careful reader reads.
 */
import { describe, expect, it } from 'vitest';
import { fullwidth, isProseLine, spaced, traditional, wanToYuan, wrapped, yuan } from '../../src/lib/extract/perturb-text';
import { simplifyText } from '../../src/lib/text/simplified';

const doc = (...lines: string[]) => ['https://example.org/x', ...lines].join('\n');

describe('perturb-text', () => {
	it('touches prose lines, never table rows', () => {
		expect(isProseLine('本年度年初预算1250.00万元，调整预算1380.50万元。')).toBe(true);
		expect(isProseLine('年初预算\t1250.00\t1380.50')).toBe(false);
		expect(isProseLine('| 年初预算 | 1250.00 |')).toBe(false);
		expect(isProseLine('甲项目 乙单位 1250.00 1380.50 100% 10 10 ，')).toBe(false);
	});
	it('spaces every third prose line as a PDF text layer does', () => {
		const s = doc('甲乙丙丁戊己庚辛，一。', '甲乙丙丁戊己庚辛，二。', '年初预算1250.00万元，调整后预算1380.50万元。');
		expect(spaced(s).split('\n')[3]).toBe('年 初 预 算 1250. 00 万 元，调 整 后 预 算 1380. 50 万 元。');
		expect(spaced(s).split('\n')[1]).toBe('甲乙丙丁戊己庚辛，一。');
	});
	it('full-width digits, punctuation and brackets', () => {
		expect(fullwidth(doc('年初预算(含追加)1250.00万元,执行率98.5%;'))).toBe(doc('年初预算（含追加）１２５０．００万元，执行率９８．５％；'));
	});
	it('wraps at a fixed width, never inside a number', () => {
		const line = '本单位本年度收入合计一千二百五十万元整，其中财政拨款收入1250.00万元，其他收入为零。';
		const w = wrapped(doc(line), 28).split('\n').slice(1);
		expect(w.join('')).toBe(line);
		expect(w.length).toBeGreaterThan(1);
		for (const l of w) expect(/\d$/.test(l) && /^\d/.test(w[w.indexOf(l) + 1] ?? '')).toBe(false);
	});
	it('restates 万元 in 元 exactly', () => {
		expect(wanToYuan('1250.00')).toBe('12,500,000.00');
		expect(wanToYuan('0.35')).toBe('3,500.00');
		expect(wanToYuan('7.1234')).toBe('71,234.00');
		expect(yuan(doc('本年支出合计1250.00万元，比上年增加12.5万元。'))).toBe(doc('本年支出合计12,500,000.00元，比上年增加125,000.00元。'));
	});
	it('traditional characters convert back to the same simplified text', () => {
		const s = doc('部门整体支出绩效自评报告：年初预算1250.00万元，项目资金执行率为98%。');
		const t = traditional(s);
		expect(t).not.toBe(s);
		expect(t).toContain('預算');
		expect(simplifyText(t)).toBe(s);
	});
});
