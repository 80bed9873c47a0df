/**
 * ind13: indicator and score readers for classes of layout and wording, each found by its label or
 * header semantics. Every text here is made up: invented units, names and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';

type Ind = { level1?: string; level2?: string; name: string; target?: { op: string; value?: number; unit?: string; text: string }; actual?: { value?: number; unit?: string; text: string }; max?: { value: number }; score?: { value: number } };
type Node = { name: string; level: number; max?: { value: number }; score?: { value: number }; children?: Node[] };
const run = (...lines: string[]) => extract(['https://example.org/x', ...lines].join('\n'), { sourceFile: 'x.txt' }).report as { indicators: Ind[]; scores?: { tree: Node[]; total?: unknown } };
const brief = (i: Ind) => ({ level1: i.level1, level2: i.level2, name: i.name, op: i.target?.op, value: i.target?.value, unit: i.target?.unit });

describe('targets written with the form hint in their names (prose-indicators readHintedTargets)', () => {
	it('reads each name up to its hint, the target after it, the level from the label before', () => {
		const r = run(
			'关于某乡茶苗种植项目绩效目标设定的公示',
			'一、 产出指标',
			'数量指标:★栽种茶苗数量,新品茶苗栽种数量(≥**株)>=4300株;茶苗成活率(≥**%)>=92;时效指标:栽种及时率(≥**%)>=100%。成本指标:每株补助成本(≤**元/株)≤3.60/株。',
			'二、 效益指标',
			'经济效益指标:茶园年产值(≥**万元)≥26万元,带动农户增收(≥**万元)≥12万元。'
		);
		expect(r.indicators.map(brief)).toEqual([
			{ level1: '产出指标', level2: '数量指标', name: '栽种茶苗数量,新品茶苗栽种数量(≥**株)', op: '>=', value: 4300, unit: '株' },
			{ level1: '产出指标', level2: '数量指标', name: '茶苗成活率(≥**%)', op: '>=', value: 92, unit: '%' },
			{ level1: '产出指标', level2: '时效指标', name: '栽种及时率(≥**%)', op: '>=', value: 100, unit: '%' },
			{ level1: '产出指标', level2: '成本指标', name: '每株补助成本(≤**元/株)', op: '<=', value: 3.6, unit: '元/株' },
			{ level1: '效益指标', level2: '经济效益指标', name: '茶园年产值(≥**万元)', op: '>=', value: 26, unit: '万元' },
			{ level1: '效益指标', level2: '经济效益指标', name: '带动农户增收(≥**万元)', op: '>=', value: 12, unit: '万元' }
		]);
		expect(r.indicators.every((i) => !i.actual)).toBe(true);
	});

	it('one hint in a sentence is no list', () => {
		const r = run('某站2023年度项目支出绩效自评报告', '数量指标:检修泵站数量(≥**座)>=3座。');
		expect(r.indicators.some((i) => i.name.includes('**'))).toBe(false);
	});
});

describe('【一级-二级】 blocks of "指标N:名称(目标)" lines (prose-indicators readBlockTargets)', () => {
	it('reads each line under its block, a bound or words in the bracket', () => {
		const r = run(
			'某局2025年项目绩效目标',
			'【项目概况】:该项目为某系统运维服务。',
			'【产出指标-数量指标】',
			'',
			'指标1:巡检站点数量(≥45个)',
			'',
			'【产出指标-时效指标】',
			'指标1:故障响应时间(<6小时)',
			'【效益指标-社会效益指标】',
			'指标1:保障群众出行(有效保障)',
			'【满意度指标-服务对象满意度指标】',
			'指标1:群众满意度(≥92%)',
			'',
			'本级项目'
		);
		expect(r.indicators.map(brief)).toEqual([
			{ level1: '产出指标', level2: '数量指标', name: '巡检站点数量', op: '>=', value: 45, unit: '个' },
			{ level1: '产出指标', level2: '时效指标', name: '故障响应时间', op: '<', value: 6, unit: '小时' },
			{ level1: '效益指标', level2: '社会效益指标', name: '保障群众出行', op: 'text', value: undefined, unit: undefined },
			{ level1: '满意度指标', level2: '服务对象满意度指标', name: '群众满意度', op: '>=', value: 92, unit: '%' }
		]);
		expect(r.indicators[2].target?.text).toBe('有效保障');
	});
});

describe('section headings with their points and score (scores readScoreHeadings)', () => {
	it('reads each heading as a part of the score', () => {
		const r = run(
			'某区某服务项目绩效评价报告',
			'四、绩效评价指标分析',
			'(一)项目决策情况(分值15分,得分12分)',
			'项目立项依据充分。',
			'(二)项目过程情况(分值25分,得分21.5分)',
			'资金拨付及时。',
			'(三)项目产出情况(分值35分,得分33分)',
			'(四)项目效益情况(分值25分,得分24分)'
		);
		expect(r.scores?.tree.map((n) => [n.name, n.level, n.max?.value, n.score?.value])).toEqual([
			['项目决策情况', 1, 15, 12],
			['项目过程情况', 1, 25, 21.5],
			['项目产出情况', 1, 35, 33],
			['项目效益情况', 1, 25, 24]
		]);
	});

	it('a heading of another marker kind is a part of the one before; one heading alone is none', () => {
		const r = run('某中心2023年度部门整体支出绩效自评报告', '(一)预算管理(分值40分,得分38分)', '1.预算执行率(指标20分,自评得分19分)', '2.结转结余率(指标20分,自评得分19分)', '(二)履职产出(分值60分,得分57分)');
		expect(r.scores?.tree.map((n) => [n.name, n.children?.map((c) => [c.name, c.level, c.score?.value])])).toEqual([
			['预算管理', [['预算执行率', 2, 19], ['结转结余率', 2, 19]]],
			['履职产出', undefined]
		]);
		const one = run('某中心2023年度部门整体支出绩效自评报告', '(一)预算管理(分值40分,得分38分)');
		expect(one.scores?.tree ?? []).toEqual([]);
	});
});

describe('indicator rows joined by spaces, read by the header roles (indicators readSpacedRoleRows)', () => {
	const full = (i: Ind) => ({ ...brief(i), actual: i.actual?.text, max: i.max?.value, score: i.score?.value });
	it('places each word by what its column can hold: operator kind, target, unit, weight', () => {
		const r = run(
			'某县畜牧站项目绩效目标表',
			'一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重(%)',
			'产出指标 成本指标 疫苗采购单价 360 元/支 4',
			'产出指标 数量指标 免疫牲畜数量 1200 15',
			'产出指标 质量指标 免疫合格率 ≥ 95 % 10',
			'效益指标 社会效益指标 疫病防控水平 定性 明显提升',
			'8'
		);
		expect(r.indicators.map(full)).toEqual([
			{ level1: '产出指标', level2: '成本指标', name: '疫苗采购单价', op: '>=', value: 360, unit: '元/支', actual: undefined, max: 4, score: undefined },
			{ level1: '产出指标', level2: '数量指标', name: '免疫牲畜数量', op: '>=', value: 1200, unit: undefined, actual: undefined, max: 15, score: undefined },
			{ level1: '产出指标', level2: '质量指标', name: '免疫合格率', op: '>=', value: 95, unit: '%', actual: undefined, max: 10, score: undefined },
			{ level1: '效益指标', level2: '社会效益指标', name: '疫病防控水平', op: 'text', value: undefined, unit: undefined, actual: undefined, max: 8, score: undefined }
		]);
	});

	it('joins level cells written a character a line or wrapped before 指标; leaves a row that fits two ways unread', () => {
		const r = run(
			'某区文化馆项目绩效自评表',
			'绩 效 指 标 一级指标 二级指标 三级指标 年度指标值 全年完成值 分值 得分 未完成原因和改进措施',
			'产',
			'出',
			'指',
			'标 数量指标 指标1:送戏下乡场次 ≥12场 14场 20 20',
			'质量指标 演出合格率 100% 100% 10 9',
			'效',
			'益',
			'指',
			'标 社会效益',
			'指标 群众参与人次 ≥3000人次 3400人次 10 10',
			'惠及村庄数量 ≥8个 10 10',
			'总分 100 96'
		);
		expect(r.indicators.map(full)).toEqual([
			{ level1: '产出指标', level2: '数量指标', name: '送戏下乡场次', op: '>=', value: 12, unit: '场', actual: '14场', max: 20, score: 20 },
			{ level1: '产出指标', level2: '质量指标', name: '演出合格率', op: '>=', value: 100, unit: '%', actual: '100%', max: 10, score: 9 },
			{ level1: '效益指标', level2: '社会效益指标', name: '群众参与人次', op: '>=', value: 3000, unit: '人次', actual: '3400人次', max: 10, score: 10 }
		]);
	});
});

describe('targets with a bound in words, and targets over places with an operator column', () => {
	it('parseTarget: 达 / 达到 is a lower bound', async () => {
		const { parseTarget } = await import('../../src/lib/extract/indicators');
		expect(parseTarget('达95%', '达95%', undefined)).toMatchObject({ op: '>=', value: 95, unit: '%' });
		expect(parseTarget('达到12个', '达到12个', undefined)).toMatchObject({ op: '>=', value: 12, unit: '个' });
		// (a range is two figures and at most a unit)
		expect(parseTarget('3-5期', '3-5期', undefined)).toMatchObject({ op: 'range', value: 3, value2: 5, unit: '期' });
		expect(parseTarget('1-4期讲座结束后及时测评', '1-4期讲座结束后及时测评', undefined)).toEqual({ op: 'text', text: '1-4期讲座结束后及时测评' });
	});

	it('a goal-setting list in prose: the bound in words belongs to the target, not the name', () => {
		const r = run(
			'某镇2023年衔接资金项目绩效运行监控报告',
			'一、绩效目标设定情况',
			'1.数量指标:甲村道路:路面硬化,硬化里程2.15公里,路面宽度不低于4.5米,厚度不低于18厘米。',
			'2.满意度指标:受益群众满意度达98%。'
		);
		expect(r.indicators.map((i) => [i.name, i.target?.op, i.target?.value, i.target?.unit, i.target?.text])).toEqual([
			['硬化里程', '>=', 2.15, '公里', '2.15公里'],
			['路面宽度', '>=', 4.5, '米', '不低于4.5米'],
			['厚度', '>=', 18, '厘米', '不低于18厘米'],
			['受益群众满意度', '>=', 98, '%', '达98%']
		]);
	});

	it('a target table run together over towns with one 指标方向 cell a row: the operator once, the value once a town', () => {
		const r = run(
			'某区水利局关于下达2025年某专项资金的通知',
			'绩效指标一级指标二级指标三级指标指标解释指标方向甲街道办乙镇成本指标经济成本指标专项资金成本控制率(%)反映专项资金成本控制情况≤100%100%产出指标数量指标新建护岸工程(处)反映护岸工程建设情况≥22质量指标工程验收是否合格反映验收情况是/否是是时效指标截至2026年6月底,工程完工率(%)反映完工情况≥100%100%'
		);
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text])).toEqual([
			['成本指标', '经济成本指标', '专项资金成本控制率(%)', '≤100%'],
			['产出指标', '数量指标', '新建护岸工程(处)', '≥2'],
			['产出指标', '质量指标', '工程验收是否合格', undefined],
			['产出指标', '时效指标', '截至2026年6月底,工程完工率(%)', '≥100%']
		]);
	});
});

describe('score blocks joined by spaces (scores readSpacedScoreBlocks)', () => {
	it('reads the block under its header, each row its name, explanation, points and score', () => {
		const r = run(
			'某县某专项资金转移支付区域(项目)绩效自评表',
			'资金管理情况 情况说明 分值 得分 存在问题和改进措施',
			'分配科学性 按因素法分配到乡镇 8 7',
			'下达及时性 资金已按时下达 6 6',
			'拨付合规性 按国库集中支付规定拨付 6 5.5',
			'总体目标完成情况 年初设定目标 全年实际完成情况'
		);
		const tree = r.scores?.tree ?? [];
		expect(tree.map((n) => [n.name, n.level, n.children?.map((c) => [c.name, c.level, c.max?.value, c.score?.value])])).toEqual([
			['资金管理情况', 1, [['分配科学性', 2, 8, 7], ['下达及时性', 2, 6, 6], ['拨付合规性', 2, 6, 5.5]]]
		]);
	});
});

describe('a project goal listed as quantities under its 绩效目标 heading (prose-indicators readGoalQuantities)', () => {
	it('reads each "name figure unit" clause as a target, the plan words and money left out', () => {
		const r = run(
			'某河道综合整治项目支出绩效评价报告',
			'一、项目概况',
			'(一)项目基本情况',
			'某县地处山区,河道淤积严重。',
			'(二)项目绩效目标',
			'规划整治河道长度4.2 km, 建设内容包括清淤疏浚',
			'3.6 hm2,新建护岸1250m,拦沙坝6座,取水口3口,警示牌12处(沿河村庄)。项目概算总投资860万元。',
			'二、项目资金使用情况',
			'资金已全部到位。'
		);
		expect(r.indicators.map((i) => [i.name, i.target?.op, i.target?.value, i.target?.unit])).toEqual([
			['整治河道长度', '>=', 4.2, 'km'],
			['清淤疏浚', '>=', 3.6, 'hm2'],
			['新建护岸', '>=', 1250, 'm'],
			['拦沙坝', '>=', 6, '座'],
			['取水口', '>=', 3, '口'],
			['警示牌', '>=', 12, '处']
		]);
	});
});

describe('unitOfName: a template hint before the unit', () => {
	it('reads the unit after "≥**"', async () => {
		const { unitOfName } = await import('../../src/lib/extract/indicators');
		expect(unitOfName('新建羊舍(≥**平方米)')).toBe('平方米');
		expect(unitOfName('饲草补助标准(≤**元/头)')).toBe('元/头');
		expect(unitOfName('排水沟(≥米)')).toBe('米');
		expect(unitOfName('成活率(目标)')).toBeUndefined();
	});
});

describe('stated targets and outcomes after a level name with a full stop (prose-indicators readStatedSentences)', () => {
	it('reads "A年初任务数T,全年完成值M" under "数量指标。"', () => {
		const r = run(
			'某旗医疗保障局2023年度某补助资金绩效自评报告',
			'(四)绩效指标完成情况分析。',
			'1.产出指标。',
			'数量指标。参保人数年初任务数52300人,全年完成值53120人;定点机构数量年初任务数46家,全年完成值47家。'
		);
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual?.value, i.actual?.unit])).toEqual([
			['产出指标', '数量指标', '参保人数', '52300人', 53120, '人'],
			['产出指标', '数量指标', '定点机构数量', '46家', 47, '家']
		]);
	});
});

describe('space rows with columns before the levels and two operator columns (readSpacedRoleRows)', () => {
	it('passes over the leading cells of a project row and reads 指标方向性 as no role', () => {
		const r = run(
			'某镇2024年项目绩效目标表',
			'单位名称 项目名称 预算数 年度目标 一级指标 二级指标 三级指标 指标性质 指标值 度量单位 权重 指标方向性',
			'101001-某镇人民政府 河道保洁经费 120,000.00 保持河道整洁 产出指标 数量指标 保洁河道长度 ≥ 18 公里 20 正向指标',
			'产出指标 质量指标 保洁合格率 ≥ 95 % 20 正向指标',
			'满意度指标 服务对象满意度指标 群众满意度 ≥ 90 % 10 正向指标'
		);
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.target?.unit, i.max?.value])).toEqual([
			['产出指标', '数量指标', '保洁河道长度', '>=', 18, '公里', 20],
			['产出指标', '质量指标', '保洁合格率', '>=', 95, '%', 20],
			['满意度指标', '服务对象满意度指标', '群众满意度', '>=', 90, '%', 10]
		]);
	});
});

describe('an indicator table one cell a paragraph (indicators readParagraphCells)', () => {
	it('reads rows by content under the header words, the unnamed points column after the block points', () => {
		const cells = ['某县某补助资金区域绩效目标自评表', '年度绩效指标完成情况', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成指标值', '40', '产出指标', '数量指标', '指标1:检查门店数量', '≥60家', '72家', '6', '指标2:抽检批次', '≥120批次', '126批次', '6', '时效指标', '指标1:完成时间', '2023年11月底前', '2023年11月20日', '4', '效益指标', '社会效益指标', '指标1:群众知晓率', '≥85%', '90%', '4', '满意度指标', '服务对象满意度指标', '指标1:'];
		const r = extract(['https://example.org/x', ...cells].join('\n\n'), { sourceFile: 'x.txt' }).report as { indicators: Ind[] };
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual?.text, i.score?.value])).toEqual([
			['产出指标', '数量指标', '检查门店数量', '≥60家', '72家', 6],
			['产出指标', '数量指标', '抽检批次', '≥120批次', '126批次', 6],
			['产出指标', '时效指标', '完成时间', '2023年11月底前', '2023年11月20日', 4],
			['效益指标', '社会效益指标', '群众知晓率', '≥85%', '90%', 4]
		]);
	});
});

describe('target and outcome pairs run together after a level (prose-indicators readStatedSentences)', () => {
	it('reads "A指标为T实际完成值为M" pairs, names holding figures, the level written with or without a stop', () => {
		const r = run(
			'某局2023年度某补助资金绩效自评报告',
			'(四)绩效指标完成情况分析',
			'3.时效指标。补助金每季度首月发放指标为100%实际完成值为100%慰问金每年1月、8月发放指标为100%实际完成值为96%',
			'4.成本指标按省定标准发放指标为100%实际完成值为100%'
		);
		expect(r.indicators.map((i) => [i.level2, i.name, i.target?.text, i.actual?.value])).toEqual([
			['时效指标', '补助金每季度首月发放', '100%', 100],
			['时效指标', '慰问金每年1月、8月发放', '100%', 96],
			['成本指标', '按省定标准发放', '100%', 100]
		]);
	});
});

describe('outcome clauses run together and shared (prose-indicators readProseIndicators)', () => {
	it('cuts a rate run into the next clause, and gives "A及B均为N" to both', () => {
		const r = run('某局2023年度某补助资金绩效自评报告', '(四)绩效指标完成情况分析', '2.质量指标。补贴发放准确率为97%公示率及档案完整率均为100%。');
		expect(r.indicators.map((i) => [i.name, i.actual?.value, i.actual?.unit])).toEqual([
			['补贴发放准确率', 97, '%'],
			['公示率', 100, '%'],
			['档案完整率', 100, '%']
		]);
	});
	it('leaves "实现100%覆盖" one clause', () => {
		const r = run('某局2023年度某补助资金绩效自评报告', '(四)绩效指标完成情况分析', '2.质量指标。村级站点实现100%覆盖,巡查次数12次。');
		expect(r.indicators.some((i) => i.name === '覆盖')).toBe(false);
	});
});
