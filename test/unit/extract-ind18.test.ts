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

describe('level-2 cells a space-joined form writes as a bare kind or wrapped before 指标', () => {
	it('reads "经济效益" / "社会效益" as level 2 after a level 1, and "生态效益 指标" as one level name', () => {
		const r = run([
			'东坪街道文化中心项目支出绩效自评表',
			// (the form's row label before the header words, as 年度绩效目标 forms print it)
			'年度绩效目标 一级指标 二级指标 三级指标 年初目标值 实际完成值 得分',
			'产出指标(40分) 数量指标 举办惠民演出场次 12场 14场 20',
			'效益指标(40分) 社会效益 丰富群众文化生活 明显提升 明显提升 10',
			'经济效益 带动周边商户营业额 ≥5% 6% 10',
			'生态效益 指标 演出场地垃圾清运率 100% 100% 10',
			'满意度指标(20分) 服务对象满意度指标 观众满意度 ≥90% 95% 20'
		]);
		const by = (n: string) => r.indicators.find((x) => x.name === n);
		expect(by('丰富群众文化生活')?.level2).toBe('社会效益');
		expect(by('丰富群众文化生活')?.level1).toBe('效益指标');
		expect(by('带动周边商户营业额')?.level2).toBe('经济效益');
		expect(by('带动周边商户营业额')?.actual?.value).toBe(6);
		expect(by('演出场地垃圾清运率')?.level2).toBe('生态效益指标');
		expect(by('演出场地垃圾清运率')?.score?.value).toBe(10);
	});
	it('never takes a bare 数量 or 质量 for a level (an indicator may be so named)', () => {
		const r = run(['东坪街道文化中心项目支出绩效自评表', '一级指标 二级指标 三级指标 年初目标值 实际完成值 得分', '产出指标 数量指标 演出场次 12场 14场 20', '质量 演出合格率 100% 100% 10', '时效指标 按期完成率 100% 100% 10']);
		expect(r.indicators.some((x) => x.level2 === '质量')).toBe(false);
	});
});
