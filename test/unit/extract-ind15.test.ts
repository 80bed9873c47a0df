/**
 * Indicator and score readers of the fifteenth session (ind15): each value cell found by what it
 * means, whatever column order or layout the table is written in. Made-up units, places and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { parseTarget, transposedTarget } from '../../src/lib/extract/indicators';
import { perturb } from '../../src/lib/extract/perturb';

function read(text: string) {
	const r = extract(text, { sourceFile: 't.txt' }).report;
	return r.indicators.map((i) => [i.level2, i.name, i.target?.text, i.max?.value]);
}

describe('a compared value under 分值 is the target (分值 before 指标值, rows that do not sit under it)', () => {
	const rows = (h: string, a: string, b: string) => [
		'青石县某局2031年度项目支出绩效目标表',
		`年度绩效目标 | 一级指标 | 二级指标 | 三级指标 | ${h} | 指标解释 | |`,
		`产出指标 | 数量指标 | 巡查次数 | ${a} | 反映巡查工作量 | |`,
		`数量指标 | 宣传资料份数 | ${b} | 0 | ||`,
		'质量指标 | 问题整改率 | =100% | 10 | 0 | ||',
		'满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 10 | 0 | ||'
	].join('\n');
	it('reads the compared value as the target in both column orders', () => {
		const a = read(rows('指标值 | 分值', '≥6次 | 10', '≥300份 | 10'));
		const b = read(rows('分值 | 指标值', '10 | ≥6次', '≥300份 | 10'));
		for (const r of [a, b]) {
			expect(r).toContainEqual(['数量指标', '巡查次数', '≥6次', 10]);
			expect(r).toContainEqual(['数量指标', '宣传资料份数', '≥300份', 10]);
		}
	});
	it('swaps only a bare number for a compared value', () => {
		expect(transposedTarget('10', '≥5次')).toBe(true);
		expect(transposedTarget('10', '不低于95%')).toBe(true);
		expect(transposedTarget('≥5次', '10')).toBe(false);
		expect(transposedTarget('100%', '10')).toBe(false);
		expect(transposedTarget('12', '8')).toBe(false);
	});
	it('reads the same in the other layouts', () => {
		const text = rows('分值 | 指标值', '10 | ≥6次', '≥300份 | 10');
		for (const l of ['tab', 'cell-bar'] as const) expect(read(perturb(text, l))).toContainEqual(['数量指标', '宣传资料份数', '≥300份', 10]);
	});
});

describe('the goal of a table layout: never a cell of the SOURCE note or of a page index, and the text after its label in its own cell', () => {
	const goal = (text: string) => extract(text, { sourceFile: 't.txt' }).report.goal?.text;
	const table = ['项目名称 | 示例河道保洁项目', '主管部门 | 青石县水务局', '年度绩效目标 | 完成河道保洁120公里,保持水面整洁。', '一级指标 | 二级指标 | 三级指标 | 指标值', '产出指标 | 数量指标 | 保洁里程 | ≥120公里'];
	it('skips a goal label in the SOURCE note', () => {
		const text = ['SOURCE: https://example.gov.cn/a.html  (a county portal 绩效目标 page with its index)', '---', ...table].join('\n');
		expect(goal(text)).toBe('完成河道保洁120公里,保持水面整洁。');
	});
	it('skips a label that is a page-index field value, and a cell ending in a colon', () => {
		const text = ['信息分类: | 项目绩效目标', '内容分类: | 财政、水利', ...table].join('\n');
		expect(goal(text)).toBe('完成河道保洁120公里,保持水面整洁。');
	});
	it('reads the goal written after its label in the same cell', () => {
		const text = ['某专项资金项目绩效自评报告', '项目名称 | 示例航护经费 | 主管部门 | 某局', '年度绩效目标:按计划开展森林巡护,及时处置险情,减少灾害损失。 | |', '(二)绩效目标完成情况分析。 | |'].join('\n');
		expect(goal(text)).toBe('按计划开展森林巡护,及时处置险情,减少灾害损失。');
	});
});

describe('numbered goals under a 预期目标 | 实际完成情况 header', () => {
	const goal = (text: string) => extract(text, { sourceFile: 't.txt' }).report.goal?.text;
	it('reads every numbered goal, a short one no header, one whose colon was lost included', () => {
		const text = ['某局2031年度项目绩效自评表', '项目名称 示例林业项目', '年度', '目标', '完成', '情况', '预期目标', '实际完成情况', '', '目标1:植树8千亩,', '', '目标2抚育林地5万亩', '', '目标3:防治病虫害2万亩', '', '目标1:植树8千亩,', '一级指标 二级指标 三级指标'].join('\n');
		expect(goal(text)).toBe('目标1:植树8千亩,目标2抚育林地5万亩目标3:防治病虫害2万亩');
	});
});

describe('an amount in 元 under an indicator whose name says 万元', () => {
	it('reads the value in 万元, exactly, the text as written', () => {
		expect(parseTarget('≤11,250,000.00元', '≤11,250,000.00元', '万元')).toMatchObject({ op: '<=', value: 1125, unit: '万元', text: '≤11,250,000.00元' });
		expect(parseTarget('2014800元', '2014800元', '万元')).toMatchObject({ value: 201.48, unit: '万元' });
		expect(parseTarget('1125万元', '1125万元', '万元')).toMatchObject({ value: 1125, unit: '万元' });
		// (元 under a name that says 元, or none, stays as written; a rate in 元 too)
		expect(parseTarget('50000元', '50000元', undefined)).toMatchObject({ value: 50000, unit: '元' });
		expect(parseTarget('≥300元/人', '≥300元/人', '万元')).not.toMatchObject({ value: 0.03 });
	});
	it('reads a table row so, target and outcome', () => {
		const text = ['某局2031年度项目支出绩效自评表', '一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分', '产出指标 | 成本指标 | 项目总成本(万元) | ≤1,250,000元 | 1,180,000元 | 10 | 10', '产出指标 | 数量指标 | 维修道路里程 | ≥12公里 | 12公里 | 10 | 10'].join('\n');
		const r = extract(text, { sourceFile: 't.txt' }).report.indicators.find((i) => i.name.startsWith('项目总成本'));
		expect([r?.target?.value, r?.target?.unit, r?.actual?.value, r?.actual?.unit, r?.target?.text]).toEqual([125, '万元', 118, '万元', '≤1,250,000元']);
	});
});

describe('a goal after its label in its own cell, in other writings', () => {
	const goal = (text: string) => extract(text, { sourceFile: 't.txt' }).report.goal?.text;
	it('reads it wrapped onto the next lines, up to the sentence end', () => {
		const text = ['某专项资金项目绩效自评报告', '项目名称 | 示例航护经费 | 主管部门 | 某局', '年度绩效目标:按计划开展森林巡护,及时处', '置险情,减少灾害损失。', '(二)绩效目标完成情况分析。'].join('\n');
		expect(goal(text)).toBe('按计划开展森林巡护,及时处置险情,减少灾害损失。');
	});
	it('reads it in traditional characters', () => {
		const text = ['某專項資金項目績效自評報告', '项目名称 | 示例航护经费 | 主管部门 | 某局', '年度績效目標:按計劃開展森林巡護,及時處置險情。 | |', '(二)績效目標完成情況分析。 | |'].join('\n');
		expect(goal(text)).toBe('按計劃開展森林巡護,及時處置險情。');
	});
});
