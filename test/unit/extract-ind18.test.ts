/**
 * ind18: indicator tables by class on made-up text — the space layout's header of tall cells
 * wrapped over several lines.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';

const run = (lines: string[]) => extract(['SOURCE: test', '---', ...lines].join('\n'), { sourceFile: 't.txt' }).report;

describe('a space-joined self-evaluation form whose header cells wrap over the lines below', () => {
	// 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因…, the two value
	// headers each written over two lines in their cells, the bars gone
	const rows = [
		'产出指标 数量指标 培训农户人次 ≥300 320 20 20',
		'建设示范基地数量 ≥2 2 20 20',
		'质量指标 培训合格率 ≥90% 95% 20 18',
		'效益指标 社会效益指标 带动增收农户数 ≥50 48 20 17 天气影响',
		'满意度指标 服务对象满意度指标 参训农户满意度 ≥90% 93% 20 20'
	];
	it('reads the rows under a header continued on two lines ("年度 指标值" / "实际 完成值" / "分值 得分 …")', () => {
		const r = run([
			'清河乡农技站项目支出绩效自评表',
			'绩 效 指 标',
			'一级指标 二级指标 三级指标 年度 指标值',
			'实际 完成值',
			'分值 得分 偏差原因分析及改进措施',
			...rows
		]);
		const i = r.indicators.find((x) => x.name === '带动增收农户数');
		expect(r.indicators).toHaveLength(5);
		expect(i?.target?.value).toBe(50);
		expect(i?.actual?.value).toBe(48);
		expect(i?.max?.value).toBe(20);
		expect(i?.score?.value).toBe(17);
		expect(r.indicators.find((x) => x.name === '建设示范基地数量')?.level2).toBe('数量指标');
	});
	it('reads another template\'s wording of the same header ("预期 目标值" / "全年 实际值" / "分值 得分")', () => {
		const r = run(['清河乡农技站项目支出绩效自评表', '一级指标 二级指标 三级指标 预期 目标值', '全年 实际值', '分值 得分', ...rows.slice(0, 4).map((l) => l.replace(/ 天气影响$/, ''))]);
		expect(r.indicators.find((x) => x.name === '培训合格率')?.actual?.value).toBe(95);
		expect(r.indicators.find((x) => x.name === '培训合格率')?.score?.value).toBe(18);
	});
	it('leaves the table unread when a continued header line holds a word that names no column', () => {
		// ("其他" names no column and joins none: which column each figure is stays unknown)
		const r = run(['清河乡农技站项目支出绩效自评表', '一级指标 二级指标 三级指标 年度 指标值', '实际 完成值', '分值 得分 其他', ...rows.slice(0, 2)]);
		expect(r.indicators.some((x) => x.name === '培训农户人次' && x.score?.value === 20)).toBe(false);
	});
});
