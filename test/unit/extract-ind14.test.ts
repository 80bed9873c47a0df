/**
 * Indicator and score readers of the fourteenth session (ind14): the same tables read alike whatever
 * the text's characters (full-width digits, traditional characters), and the classes files 327–359
 * brought. Made-up units, places and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { isDateSerial, parseTarget } from '../../src/lib/extract/indicators';
import { fullwidth, traditional } from '../../src/lib/extract/perturb-text';
import { simplifyText } from '../../src/lib/text/simplified';
import { toHalfWidth } from '../../src/lib/text/normalize';

const plain = (s: string | undefined) => (s === undefined ? s : simplifyText(toHalfWidth(s)));

/** indicators and score nodes as values, names in their plain form (half-width, simplified) */
function read(text: string) {
	const r = extract(text, { sourceFile: 't.txt' }).report;
	return {
		indicators: r.indicators.map((i) => [plain(i.level1), plain(i.level2), plain(i.name), i.target?.op, i.target?.value, i.actual?.value ?? plain(i.actual?.text), i.max?.value, i.score?.value]),
		tree: (r.scores?.tree ?? []).map((n) => [plain(n.name), n.max?.value, n.score?.value, (n.children ?? []).map((c) => [plain(c.name), (c.children ?? []).map((l) => [plain(l.name), l.max?.value, l.score?.value])])]),
		total: [r.scores?.total?.max?.value, r.scores?.total?.score?.value]
	};
}

describe('a flowed project self-evaluation table reads alike in full-width digits and traditional characters', () => {
	// 分值 | 年度指标值 | 全年实际值 | 得分 run together: "1030万元30万元10" is 10 | 30万元 | 30万元 | 10
	const text = [
		'青石县水务局2023年财政衔接资金项目绩效自评表',
		'绩效目标自评表(2023年度)项目名称青石县小型水闸维修项目项目负责人及电话王某13900000000主管部门青石县水务局实施单位青石县水务局资金情况(万元)全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:303010100.00%10其中:本年财政拨款3030其他资金年度总体目标年初设定目标年度总体目标完成情况综述维修小型水闸,保障灌溉用水,维修小型水闸,保障灌溉用水,绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因及拟采取的改进措施产出指标(60分)数量指标维修水闸数量20≥12座≥12座20质量指标工程验收合格率20100%100%20成本指标项目计划总投资1030万元30万元10效益指标(30分)社会效益指标受益群众人数30≥800人≥800人30满意度指标(10分)服务对象满意度指标受益群众满意度10≥90%≥90%10总分100100'
	].join('\n');
	const base = read(text);
	it('reads the rows, the level points and the total as written', () => {
		expect(base.indicators).toContainEqual(['产出指标', '质量指标', '工程验收合格率', '>=', 100, 100, 20, 20]);
		expect(base.indicators).toContainEqual(['产出指标', '成本指标', '项目计划总投资', '>=', 30, 30, 10, 10]);
		expect(base.tree.map((n) => [n[0], n[1]])).toEqual([
			['预算执行率', 10],
			['产出指标', 60],
			['效益指标', 30],
			['满意度指标', 10]
		]);
		expect(base.total).toEqual([100, 100]);
	});
	it('full-width digits: the same rows, level points and total', () => {
		expect(read(fullwidth(text))).toEqual(base);
	});
	it('traditional characters: the same rows, level points and total', () => {
		expect(read(traditional(text))).toEqual(base);
	});
});

describe('a flattened decision part in traditional characters', () => {
	const text =
		'某市本级部门项目支出绩效自评表(2021年)项目名称某某运行经费主管部门某市某局自评得分95\n' +
		'一级指标二级指标三级指标分值指标值(A)全年实际值(B)得分未完成原因分析及改进措施项目决策(10分)项目目标完整性4一目标明确4项目立项相关性3一符合职能3可行性3实际需要2\n' +
		'项目产出(40分)数量指标(20分)服务人数101200人1200人10质量指标(10分)合格标准5符合要求符合要求5';
	it('reads 項目決策 as the decision part: its rows by their digits', () => {
		const t = read(traditional(text)).tree;
		expect(t[0][3]).toEqual([
			['项目目标', [['完整性', 4, 4]]],
			['项目立项', [['相关性', 3, 3], ['可行性', 3, 2]]]
		]);
		expect(read(traditional(text))).toEqual(read(text));
	});
});

describe('targets and names through the shared normalisation', () => {
	it('parseTarget reads full-width digits and signs and traditional bound words', () => {
		expect(parseTarget('≥２１３４７人', '≥２１３４７人', undefined)).toMatchObject({ op: '>=', value: 21347, unit: '人' });
		expect(parseTarget('＜５％', '＜５％', undefined)).toMatchObject({ op: '<', value: 5, unit: '%' });
		expect(parseTarget('4.5%以內', '4.5%以內', undefined)).toMatchObject({ op: '<=', value: 4.5, unit: '%' });
		expect(parseTarget('3天之內', '3天之內', undefined)).toMatchObject({ op: '<=', value: 3 });
	});
	it('strips the form ordinal from a name written 指标１： or 指標1:', () => {
		const rows = (s: string) => extract(s, { sourceFile: 't.txt' }).report.indicators.map((i) => plain(i.name));
		const text = [
			'青川县某服务中心2022年度项目绩效目标表',
			'一级指标\t二级指标\t三级指标\t指标值',
			'产出指标\t数量指标\t指标1:保洁小区数量\t≥12个',
			'\t质量指标\t指标2:保洁达标率\t≥95%',
			'\t时效指标\t指标3:按时完成保洁任务\t2022年12月底前',
			'效益指标\t社会效益指标\t指标1:居民生活环境改善\t持续改善',
			'满意度指标\t服务对象满意度指标\t指标1:居民满意度\t≥90%'
		].join('\n');
		const want = ['保洁小区数量', '保洁达标率', '按时完成保洁任务', '居民生活环境改善', '居民满意度'];
		expect(rows(text)).toEqual(want);
		expect(rows(fullwidth(text))).toEqual(want);
		expect(rows(traditional(text))).toEqual(want);
	});
});

describe('a page of several project target forms as pipe rows, with a 绩效指标描述 column', () => {
	const text = [
		'某县某局',
		'项目支出绩效目标表',
		'(2023年)',
		'301001某县某局 | 单位:万元 | |||||',
		'项目名称 | 档案库房改造 | |||||',
		'预算规模及资金用途 | 预算数 | 12.00 | 其中:财政 资金 | 12.00 | 其他资金 | |',
		'用于改造档案库房 | ||||||',
		'绩效目标 | 1.改造档案库房,改善档案保存条件。 |',
		'一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |',
		'产出指标 | 数量指标 | 改造面积 | 改造面积 | ≥150平方米 |',
		'质量指标 | 验收合格率 | 验收合格率 | ≥95百分比 | |',
		'成本指标 | 改造成本 | 改造成本 | 12万元 | |',
		'满意度指标 | 服务对象满意度指标 | 职工满意度 | 职工满意度 | ≥90百分比 |',
		'301001某县某局 | 单位:万元 | |||||',
		'项目名称 | 网络租赁 | |||||',
		'预算规模及资金用途 | 预算数 | 6.00 | 其中:财政 资金 | 6.00 | 其他资金 | |',
		'一级指标 | 二级指标 | 三级指标 | 绩效指标描述 | 指标值 |',
		'产出指标 | 数量指标 | 租赁线路数 | 租赁线路数 | 2条 |'
	].join('\n');
	it('reads the description column as notes and takes no form label or unit code for an indicator', () => {
		const rows = extract(text, { sourceFile: 't.txt' }).report.indicators.map((i) => [i.level2, i.name, i.target?.op, i.target?.value, i.target?.unit]);
		expect(rows.slice(0, 4)).toEqual([
			['数量指标', '改造面积', '>=', 150, '平方米'],
			['质量指标', '验收合格率', '>=', 95, '%'],
			['成本指标', '改造成本', '>=', 12, '万元'],
			['服务对象满意度指标', '职工满意度', '>=', 90, '%']
		]);
		expect(rows.map((r) => r[1])).not.toContain('项目名称');
		expect(rows.map((r) => r[1]).some((n) => /^\d{6}/.test(String(n)))).toBe(false);
	});
});

describe('a target form one cell a paragraph, levels written with 值, an empty 备注 column', () => {
	const cells = [
		'项目支出目标申报表', '项目名称', '某镇中学公用经费', '一级', '二级', '三级', '年度数值', '备注',
		'产出值', '数量值', '在校学生人数', '<=1250人', '\u00a0',
		'质量值', '教学设备完好率', '=98%', '\u00a0',
		'成本值', '生均公用经费', '650元/生/年', '\u00a0',
		'效益值', '社会效益值', '办学条件改善', '有效', '\u00a0',
		'满意度值', '服务对象满意度值', '家长满意度', '>=90%', '\u00a0'
	];
	const text = cells.join('\n\n') + '\n';
	it('reads the 年度数值 column as the target and 产出值 / 数量值 as levels, 成本值 a level 2 under 产出值', () => {
		const rows = extract(text, { sourceFile: 't.txt' }).report.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.target?.unit]);
		expect(rows).toEqual([
			['产出值', '数量值', '在校学生人数', '<=', 1250, '人'],
			['产出值', '质量值', '教学设备完好率', '=', 98, '%'],
			['产出值', '成本值', '生均公用经费', '>=', 650, '元/生/年'],
			['效益值', '社会效益值', '办学条件改善', 'text', undefined, undefined],
			['满意度值', '服务对象满意度值', '家长满意度', '>=', 90, '%']
		]);
	});
});

describe('a target form whose row cells ran together, the target on the next line', () => {
	const text = [
		'部门整体支出项目绩效目标申报表',
		'填报单位(公章):  某县蚕桑站',
		'绩效目标一级指标二级指标三级指标指标解释指标说明及公式预期达到目标',
		'产出指标数量指标推广桑树品种数量推广桑树品种数量',
		'3种',
		'建设示范园数量新建蚕桑示范园',
		'4个',
		'质量指标技术培训合格率参训农户考核合格的比例',
		'95%',
		'效益指标社会效益指标带动农户增收户数带动农户增收户数',
		'200户',
		'',
		'附件:无'
	].join('\n');
	it('reads the levels, the name (its repeat or up to its measure) and the target', () => {
		const rows = extract(text, { sourceFile: 't.txt' }).report.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.target?.unit]);
		expect(rows).toEqual([
			['产出指标', '数量指标', '推广桑树品种数量', '>=', 3, '种'],
			['产出指标', '数量指标', '建设示范园数量', '>=', 4, '个'],
			['产出指标', '质量指标', '技术培训合格率', '>=', 95, '%'],
			['效益指标', '社会效益指标', '带动农户增收户数', '>=', 200, '户']
		]);
	});
});

describe('a project self-evaluation table one cell a line, each cell closed by a bar on the next line', () => {
	// a mirror page's layout: "cell / | / cell / | / ||||" (each row ended by a run of bars)
	const rows: string[][] = [
		['项目名称', '冬季送温暖经费'],
		['主管部门', '某市某局', '项目实施单位', '某市某局'],
		['预算执行情况(万元)\n(20分)', '', '预算数(A)', '执行数(B)', '执行率(B/A)', '得分\n(20分*执行率)'],
		['年度财政资金总额', '12.50', '12.50', '100%', '20'],
		['年度绩效目标\n(80分)', '一级指标', '二级指标', '三级指标', '年初目标值(A)', '实际完成值(B)', '得分'],
		['产出指标(60分)', '数量指标', '走访困难职工30户;走访退休老党员12人;走访一线职工60人。', '100%', '100%', '30'],
		['质量指标', '慰问金足额发放率', '100%', '100%', '30'],
		['效益指标(10分)', '社会效益指标', '困难职工生活得到保障', '有效保障', '有效保障', '10'],
		['满意度指标(10分)', '服务对象满意度指标', '慰问对象满意率', '≥95%', '98%', '10'],
		['总分(100分)', '100'],
		['自评等级', '优']
	];
	const text = ['2022年度项目支出绩效自评表', '单位名称:某市某局 填报日期:2023年4月1日', ...rows.map((r) => r.map((c) => `${c}\n|`).join('\n') + '\n||||')].join('\n') + '\n';
	const r = extract(text, { sourceFile: 't.txt' }).report;
	it('reads the indicator rows, a 数量指标 that lists its counts as a sentence among them', () => {
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.value, i.actual?.value ?? i.actual?.text, i.score?.value])).toEqual([
			['产出指标', '数量指标', '走访困难职工30户;走访退休老党员12人;走访一线职工60人。', 100, 100, 30],
			['产出指标', '质量指标', '慰问金足额发放率', 100, 100, 30],
			['效益指标', '社会效益指标', '困难职工生活得到保障', undefined, '有效保障', 10],
			['满意度指标', '服务对象满意度指标', '慰问对象满意率', 95, 98, 10]
		]);
	});
	it('names the funds block by its label and points, reads 总分(100分) over one number, takes no points for a goal', () => {
		expect(r.scores!.tree[0].name).toBe('预算执行情况');
		expect(r.scores!.tree[0].max?.value).toBe(20);
		expect([r.scores!.total?.max?.value, r.scores!.total?.score?.value]).toEqual([100, 100]);
		expect(r.goal?.text ?? '').not.toBe('(80分)');
	});
});

describe('prose: a goal listed as quantities, and the total written 自评分为', () => {
	const text = [
		'某县某局2023年农贸市场改造项目绩效自评报告',
		'一、项目基本情况',
		'(二)项目绩效目标',
		'新建农贸市场建筑面积为420.5平方米,新建停车场面积为300平方米,安装路灯杆36根,铺设排水管道120米。',
		'二、绩效评价情况',
		'对绩效目标的设定情况、资金投入和使用情况等进行评价,自评分为96分。'
	].join('\n');
	const r = extract(text, { sourceFile: 't.txt' }).report;
	it('takes the name before its copula, a count of 根', () => {
		expect(r.indicators.map((i) => [i.name, i.target?.value, i.target?.unit])).toEqual([
			['新建农贸市场建筑面积', 420.5, '平方米'],
			['新建停车场面积', 300, '平方米'],
			['安装路灯杆', 36, '根'],
			['铺设排水管道', 120, '米']
		]);
	});
	it('reads 自评分为96分 as the total score', () => {
		expect(r.scores?.total?.score?.value).toBe(96);
	});
});

describe('a target approval table whose cost rows the template left unfilled', () => {
	const text = [
		'财政项目支出绩效目标审批表 | |||||||',
		'( 2024年度) | |||||||',
		'预算单位: | 某县某局 | 金额单位:万元 | |||||',
		'项目名称 | 某某宣传经费 | 项目分类 | 运转类 | ||||',
		'年度绩效目标(90分) | 一级指标 | 二级指标 | 三级指标 | 指标值 | 分值 | 指标解释 | |',
		'成本指标(0-20)分 | 经济成本指标 | 0 | 0.00% | 0 | 反映实施相关项目所产生的直接经济成本 | ||',
		'社会成本指标 | 0 | 0.00% | 0 | 反映实施相关项目对社会发展可能造成的负面影响 | |||',
		'产出指标 (40-50)分 |',
		'数量指标 | 宣传活动次数 | ≥6次 | 20 | 反映宣传活动开展情况 | ||',
		'质量指标 | 宣传资料合格率 | 100% | 20 | 反映宣传资料质量 | ||',
		'满意度指标(10分) | 服务对象满意度指标 | 群众满意度 | ≥90% | 10 | 反映群众满意程度 | |'
	].join('\n');
	it('passes over the unnamed zero rows and their explanation, and reads the named rows', () => {
		const rows = extract(text, { sourceFile: 't.txt' }).report.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.value, i.max?.value]);
		expect(rows).toEqual([
			['产出指标', '数量指标', '宣传活动次数', 6, 20],
			['产出指标', '质量指标', '宣传资料合格率', 100, 20],
			['满意度指标', '服务对象满意度指标', '群众满意度', 90, 10]
		]);
	});
});

describe('a target form one cell a paragraph with half-year and full-year targets and the 决策 part', () => {
	const cells = [
		'项目名称', '某馆开放运转经费', '一级指标', '二级指标', '三级指标', '半年(程) 指标值', '全年(程) 指标值',
		'决策', '项目立项', '立项程序规范性', '规范', '规范',
		'绩效目标', '绩效目标合理性', '合理', '合理',
		'产出指标', '数量指标', '开放天数', '≥150天', '≥300天',
		'满意度指标', '服务对象满意度指标', '游客满意度', '≥90%', '≥90%'
	];
	const text = cells.join('\n\n') + '\n';
	it('takes the full-year column as the target, the half-year one as a note, 决策 / 项目立项 as levels', () => {
		const rows = extract(text, { sourceFile: 't.txt' }).report.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text]);
		expect(rows).toEqual([
			['决策', '项目立项', '立项程序规范性', '规范'],
			['决策', '绩效目标', '绩效目标合理性', '合理'],
			['产出指标', '数量指标', '开放天数', '≥300天'],
			['满意度指标', '服务对象满意度指标', '游客满意度', '≥90%']
		]);
	});
});

describe('a merged level-1 cell printed on a middle row of its block', () => {
	const text = [
		'项目支出绩效目标批复表 | ||||||',
		'项目名称 | 某某培训 | 项目负责人 | ||||',
		'绩效指标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | 指标标准或依据 | |',
		'数量指标 | 培训人次 | 300人次 | ||||',
		'授课人次 | 20人次 | |||||',
		'产出指标 | 开设课程门数 | 120 | ||||',
		'质量指标 | 培训完成率 | 100% | ||||',
		'满意度指标 | 服务对象满意度指标 | 学员满意度 | ≥95% | |||',
		'财政资金管理科室(盖章) 年 月 日 | 财政绩效管理科室(盖章) 年 月 日 |'
	].join('\n');
	it('keeps the open level 2 for the row it shares, and stops at the signature row', () => {
		const rows = extract(text, { sourceFile: 't.txt' }).report.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.value]);
		expect(rows).toEqual([
			['产出指标', '数量指标', '培训人次', 300],
			['产出指标', '数量指标', '授课人次', 20],
			['产出指标', '数量指标', '开设课程门数', 120],
			['产出指标', '质量指标', '培训完成率', 100],
			['满意度指标', '服务对象满意度指标', '学员满意度', 95]
		]);
	});
});

describe('a target form whose 总体目标 splits into a mid-term goal with its period and the year goal', () => {
	const text = [
		'项目支出绩效目标申报表 | |||',
		'项目名称 | 某某检测经费 | |||',
		'总 体 目 标 |',
		'中期目标(2025年—2027年) | 年度目标 | |||',
		'三年内完成全县农产品抽检全覆盖,建立检测档案。 |',
		'全年完成农产品抽检1200批次,合格率不低于98%。 |',
		'一级指标 | 二级指标 | 三级指标 | 指标值 | |',
		'产出指标 | 数量指标 | 抽检批次 | ≥1200批次 | |',
		'效益指标 | 社会效益指标 | 抽检合格率 | ≥98% | |'
	].join('\n');
	it('takes the text under 年度目标 as the goal, not the period header', () => {
		const r = extract(text, { sourceFile: 't.txt' }).report;
		expect(r.goal?.text).toBe('全年完成农产品抽检1200批次,合格率不低于98%。');
	});
});

describe('a spreadsheet date serial as a 时效指标 target', () => {
	it('is a deadline only under a time the name states, in the serials of 2000–2049', () => {
		expect(isDateSerial('时效指标', '资金到位时间', '44,561')).toBe(true);
		expect(isDateSerial('时效指标', '项目完成日期', '=45657')).toBe(true);
		expect(isDateSerial('时效指标', '按时完成率', '44,561')).toBe(false);
		expect(isDateSerial('数量指标', '资金到位时间', '44,561')).toBe(false);
		expect(isDateSerial('时效指标', '资金到位时间', '12,000')).toBe(false);
	});
	it('reads it as written, op deadline, no number', () => {
		const text = [
			'项目支出绩效目标表',
			'一级指标\t二级指标\t三级指标\t指标性质\t指标值\t度量单位',
			'产出指标\t数量指标\t培训人数\t=\t40\t人',
			'\t时效指标\t资金到位时间\t=\t45,291\t',
			'\t质量指标\t培训合格率\t≥\t95\t%'
		].join('\n');
		const t = extract(text, { sourceFile: 't.txt' }).report.indicators.find((i) => i.name === '资金到位时间')?.target;
		expect([t?.op, t?.value, t?.text]).toEqual(['deadline', undefined, '45,291']);
	});
});
