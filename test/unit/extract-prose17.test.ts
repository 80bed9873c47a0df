/**
 * prose17: identity conventions, staffing and 三公 by class, prose budget values. Every sentence here is
 * made up: invented units and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';

const doc = (...lines: string[]) => ['https://example.org/x', ...lines].join('\n');
const report = (src: string) => extract(src, { sourceFile: 'x.txt' }).report as Record<string, any>;

describe('an evaluation announced by whoever ran or commissioned it is an external evaluation (prose17)', () => {
	it('a unit that commissioned a third party and states the grade', () => {
		const src = doc(
			'青溪河谷茶产业园区管委会',
			'2023年茶产业发展项目支出绩效评价评定等次为良',
			'根据区财政厅有关通知要求,园区管委会成立工作专班,委托第三方机构开展2023年茶产业发展项目支出绩效评价工作,评定结果得分为86.5分,评定等次为“良”。'
		);
		expect(report(src).kind).toBe('external_evaluation');
	});
	it('a finance department that had its review centre evaluate a loan project and publishes the result', () => {
		const src = doc(
			'根据有关办法要求,省财政厅于2023年4月至6月安排省财政投资评审中心对世界银行贷款林溪河流域治理项目开展绩效评价,现将评价结果予以公开。项目总投资1200万元,2023年到位资金800万元。'
		);
		expect(report(src).kind).toBe('external_evaluation');
	});
	it('a bureau that organised the year\'s key-project evaluations and circulates them', () => {
		const src = doc(
			'为深化预算绩效管理改革,根据年度工作计划,我局组织开展了2023年重点项目绩效评价工作,现将评价情况通报如下:',
			'2023年共对6个重点项目进行了评价,涉及部门单位5个,资金8210.5万元。'
		);
		expect(report(src).kind).toBe('external_evaluation');
	});
	it('a cover that labels the firm "评价机构名称"', () => {
		const src = doc(
			'桐溪县2022年度农村供水提升工程绩效评价报告',
			'评价机构名称:桐溪明正会计师事务所(普通合伙)',
			'评价报告时间:2023年3月2日',
			'一、项目概况。桐溪县2022年度农村供水提升工程计划投资1200.00万元。'
		);
		expect(report(src).kind).toBe('external_evaluation');
	});
	it('not a unit\'s own self-evaluation that reports its results', () => {
		const src = doc(
			'根据县财政局要求,我单位对2023年度茶园管护项目开展了绩效自评,现将自评情况报告如下:',
			'一、项目基本情况',
			'项目资金50万元,全部用于茶园管护。'
		);
		expect(report(src).kind).not.toBe('external_evaluation');
	});
});

describe('a whole-department report without its title that analyses its targets (prose17)', () => {
	it('is a self-evaluation, not a target table', () => {
		const src = doc(
			'一、部门概况',
			'青石镇农业服务中心是镇政府下属事业单位。',
			'二、绩效目标完成情况分析',
			'根据绩效目标及指标值逐项分析。',
			'1.年初部门预算绩效目标完成情况',
			'2023年,青石镇农业服务中心年初部门预算产出指标完成情况良好。'
		);
		expect(report(src).kind).toBe('self_evaluation');
	});
});

describe('titles by the conventions the gold decides (prose17)', () => {
	it('an external evaluation keeps its title as written, without the publishing bureau', () => {
		const src = doc(
			'桐溪县2023年8个重点项目绩效评价报告公开',
			'来源:桐溪县财政局',
			'为提高财政资金使用效益,我局委托第三方评价机构对2023年8个重点项目开展了绩效评价,现将评价结果予以公开。涉及资金3120.5万元。'
		);
		expect(report(src).title).toBe('桐溪县2023年8个重点项目绩效评价报告公开');
	});
	it('a place\'s units together (X州州本级) keep the title as written', () => {
		const src = doc(
			'青岭州州本级2022年度“三公”经费决算支出情况说明',
			'来源:青岭州财政局',
			'2022年度青岭州州本级“三公”经费决算支出312.45万元,比上年减少20.1万元。'
		);
		expect(report(src).title).toBe('青岭州州本级2022年度“三公”经费决算支出情况说明');
	});
	it('a title that leads with the unit\'s short name is not prefixed again', () => {
		const src = doc(
			'县委党校2019年部门决算及编制说明',
			'来源:县委党校',
			'一、基本职能',
			'中共桐溪县委党校是县委的重要部门。2019年收入合计356.2万元,支出合计350.1万元。'
		);
		const r = report(src);
		expect(r.title).toBe('县委党校2019年部门决算及编制说明');
		expect(r.kind).toBe('self_evaluation');
	});
	it('a unit\'s name with 部门 on the line above a title that starts with its year joins it', () => {
		const src = doc(
			'永登县自然资源局部门',
			'2023年度整体支出绩效自评报告',
			'一、部门概况',
			'2023年部门收入合计820.5万元,支出合计801.2万元。'
		);
		expect(report(src).title).toBe('永登县自然资源局部门2023年度整体支出绩效自评报告');
	});
	it('a whole-department template filled in for one fund is that fund\'s self-evaluation', () => {
		const src = doc(
			'2021年烈士陵园管护经费120.50万元部门整体支出绩效自评表',
			'单位名称:桐溪县退役军人事务局',
			'年度预算 | 120.50 | 执行数 | 118.20 |'
		);
		expect(report(src).kind).toBe('project_self_evaluation');
	});
});

const sangong = (src: string) => (report(src).sangong ?? []) as Array<Record<string, any>>;

describe('三公 budgets compared with the year before (prose17)', () => {
	it('a budget compared with an earlier year\'s budget is its change on the year before', () => {
		const src = doc(
			'桐溪县水务局2019年“三公”经费预算公开',
			'2019年“三公”经费财政拨款预算3.40万元,比2018年预算减少0.62万元。具体情况:',
			'1、2019年因公出国(境)费预算0万元,与2018年预算持平。',
			'2、2019年公务接待费预算3.40万元,比2018年预算增加0.55万元,主要原因是接待任务增加。'
		);
		const r = report(src);
		expect(r.kind).toBe('target_table');
		const total = sangong(src).find((l) => l.item === 'total');
		expect(total?.stage).toBe('budget');
		expect(total?.change?.amount?.wan).toBe(-0.62);
		expect(total?.change?.base_year).toBe(2018);
		expect(sangong(src).find((l) => l.item === 'reception')?.change?.amount?.wan).toBe(0.55);
	});
	it('a budget difference from the year\'s own budget is still no change', () => {
		const src = doc(
			'2021年度“三公”经费决算情况说明',
			'2021年度“三公”经费财政拨款支出决算为5.20万元,与2021年度预算相比,减少1.10万元。'
		);
		const total = sangong(src).find((l) => l.item === 'total' && l.stage === 'final');
		expect(total?.change).toBeUndefined();
	});
	it('both years stated, then 对比 and a rate: the year\'s change, the earlier figure its own year', () => {
		const src = doc(
			'桐溪市农机局2018年“三公经费”预算对比增减说明',
			'2018年三公经费预算拨入21万元,2017年三公经费预算拨入30.5万元,与上年对比减少9.5万元。其中:1、公务接待费2018年预算6万元,2017年预算8.5万元;对比减少2.5万元;减少率29.41%。2、公务车辆运行2018年预算15万元,2017年预算22万元;对比减少7万元,减少率31.82%。'
		);
		const ls = sangong(src);
		const t18 = ls.find((l) => l.item === 'total' && l.year === 2018);
		expect(t18?.amount?.wan).toBe(21);
		expect(t18?.scope).toBe('fiscal');
		expect(t18?.change?.amount?.wan).toBe(-9.5);
		expect(ls.find((l) => l.item === 'total' && l.year === 2017)?.amount?.wan).toBe(30.5);
		const r18 = ls.find((l) => l.item === 'reception' && l.year === 2018);
		expect(r18?.change?.amount?.wan).toBe(-2.5);
		expect(r18?.change?.pct?.value).toBe(-29.41);
		expect(ls.find((l) => l.item === 'reception' && l.year === 2017)?.amount?.wan).toBe(8.5);
		expect(ls.find((l) => l.item === 'vehicle_operation' && l.year === 2018)?.amount?.wan).toBe(15);
	});
});

const staff = (src: string) => (report(src).staffing ?? []) as Array<Record<string, any>>;

describe('staffing of the units below a department, listed one by one (prose17)', () => {
	const src = doc(
		'桐溪县妇女联合会2023年部门预算说明',
		'一、部门基本情况',
		'机关行政编制12名,实有11人;工勤事业编制2名,实有2人。离退休原有9人,新增1人,现有10人。',
		'直属2个事业单位:(1)县妇联幼儿园:编制18名(全额拨款12名,自收自支6名),实有15人(全额拨款在职10人,自收自支4人,离岗创业1人),退休5人;(2)县妇女儿童活动中心,编制6名,实有5人。',
		'二、收支情况',
		'2023年收入预算合计820.5万元。'
	);
	const ls = staff(src);
	it('each numbered item\'s counts are its unit\'s', () => {
		expect(ls.filter((l) => l.unit === '县妇联幼儿园' && l.category === '合计').map((l) => [l.measure, l.count.value])).toEqual([['authorized', 18], ['actual', 15], ['retired', 5]]);
		expect(ls.filter((l) => l.unit === '县妇女儿童活动中心').map((l) => [l.measure, l.count.value])).toEqual([['authorized', 6], ['actual', 5]]);
	});
	it('the kinds in a bracket after a count, by how they are paid', () => {
		const kids = ls.filter((l) => l.unit === '县妇联幼儿园' && l.category !== '合计').map((l) => [l.category, l.measure, l.count.value]);
		expect(kids).toEqual([['全额拨款', 'authorized', 12], ['自收自支', 'authorized', 6], ['全额拨款', 'actual', 10], ['自收自支', 'actual', 4], ['离岗创业', 'actual', 1]]);
	});
	it('工勤事业编制 is a kind of its own; the retired count brought up to date', () => {
		expect(ls.find((l) => l.unit === '本级' && l.category === '工勤事业编制' && l.measure === 'authorized')?.count.value).toBe(2);
		expect(ls.find((l) => l.unit === '本级' && l.measure === 'retired')?.count.value).toBe(10);
	});
});

describe('a sentence of bare counts after one naming a unit below the department (prose17)', () => {
	it('is that unit\'s', () => {
		const src = doc(
			'桐溪县科协2023年部门预算说明',
			'参照公务员法管理的事业单位1个,县科普服务办公室。编制5名,实有4人,1人退休。',
			'2023年收入预算合计320.5万元。'
		);
		expect(staff(src).filter((l) => l.unit === '县科普服务办公室').map((l) => [l.measure, l.count.value])).toEqual([['authorized', 5], ['actual', 4]]);
	});
});

const budget = (src: string) => (report(src).budget ?? []) as Array<Record<string, any>>;

describe('prose budget lines by class (prose17)', () => {
	it('an outcome inside an indicator row whose level words a line break split is no budget line', () => {
		const src = doc(
			'桐溪县人民医院2022年新院区建设项目支出绩效自评表',
			'项目名称 新院区建设 年度财政资金总额 800 800 100%',
			'产出指标数量指标完成新院区主体工程1项1项1项10效益 指标经济效益完成新院区建设,医院新院区门诊收入达到3亿元3亿元3.2亿元10'
		);
		expect(budget(src).some((l) => l.amount?.wan === 30000)).toBe(false);
	});
	it('economic classes in a section of the basic spending are its parts', () => {
		const src = doc(
			'桐溪县救助管理站2022年度部门整体支出绩效自评报告',
			'二、部门整体支出管理及使用情况',
			'(一)基本支出',
			'2022年基本支出为96.50万元。全部用于人员工资福利支出70.20万元、商品和服务支出20.10万元、对个人和家庭补助支出6.20万元。',
			'(二)项目支出',
			'2022年项目支出30万元。'
		);
		const ls = budget(src).filter((l) => l.breakdown === 'economic');
		expect(ls.map((l) => [l.amount.wan, l.parent])).toEqual([[70.2, '基本支出'], [20.1, '基本支出'], [6.2, '基本支出']]);
	});
});

describe('the 三公 figures a sentence gives after one that names the 三公 without a figure (prose17)', () => {
	it('reads each year\'s budget and actual of the total', () => {
		const src = doc(
			'桐溪县档案馆2022年部门整体支出绩效评价报告',
			'3、“三公”经费控制:馆里贯彻落实厉行节约要求,严格控制“三公”经费开支。上年年初预算安排 1.5 万 元,实际开支 1.2 万元,今年年初预算安排 1.4 万元,实际开支 0.9 万元。'
		);
		const ls = sangong(src).filter((l) => l.item === 'total').map((l) => [l.year, l.stage, l.amount.wan]);
		expect(ls).toEqual([[2021, 'budget', 1.5], [2021, 'final', 1.2], [2022, 'budget', 1.4], [2022, 'final', 0.9]]);
	});
});

describe('a 三公 plan\'s changes stated after its figures (prose17)', () => {
	it('the total\'s change in a sentence of its own, and an item\'s change with no budget of its own', () => {
		const src = doc(
			'2020年,县本级一般公共预算支出安排的“三公”经费预算为860万元。其中,因公出国(境)费20万元,公务接待费140万元,公务用车购置及运行费700万元。同口径比2019年减少96万元,下降10%。其中:公务接待费同口径比2019年减少12万元,下降7.9%;公务用车购置费同口径比2019年减少50万元,下降62.5%。'
		);
		const ls = sangong(src);
		const total = ls.find((l) => l.item === 'total');
		expect(total?.amount?.wan).toBe(860);
		expect(total?.change?.amount?.wan).toBe(-96);
		const purchase = ls.find((l) => l.item === 'vehicle_purchase');
		expect(purchase?.amount).toBeUndefined();
		expect(purchase?.change?.amount?.wan).toBe(-50);
		expect(ls.find((l) => l.item === 'reception')?.change?.amount?.wan).toBe(-12);
	});
});

describe('staffing sentences worded as other departments word them (prose17)', () => {
	it('"现有职工N人,其中,A类a人,B类b人" alone in its paragraph', () => {
		const src = doc(
			'桐溪县委党史研究室2020年部门决算及编制说明',
			'研究室设办公室、编研股2个内设机构。现有职工9人,其中,参照公务员管理2人,事业人员7人。',
			'2020年收入合计150.2万元。'
		);
		expect(staff(src).map((l) => [l.category, l.measure, l.count.value])).toEqual([['合计', 'actual', 9], ['参照公务员管理', 'actual', 2], ['事业人员', 'actual', 7]]);
	});
	it('a whole establishment counted in 个 ("行政事业总编制为N个")', () => {
		const src = doc(
			'桐溪县住建局2019年度部门整体支出绩效评价报告',
			'全局现有在职人员120人,离退休人员40人。行政事业总编制为126个。',
			'2019年收入合计3150.2万元。'
		);
		expect(staff(src).find((l) => l.measure === 'authorized')?.count.value).toBe(126);
	});
});

describe('prose budget: parts, stages and rates of transfer and linkage-fund reports (prose17)', () => {
	it('the projects a total is made of, each with its 总投资; a sum paid out in full is spent', () => {
		const src = doc(
			'青石镇2023年度项目支出绩效自评',
			'项目名称青岗路项目和石桥村道项目,项目总投资95万元,其中:县级财政衔接资金25万元,其他资金70万元。其中青岗路项目总投资60万元,石桥村道项目总投资35万元。',
			'项目资金共95万元,已全部拨付完成。'
		);
		const ls = budget(src);
		expect(ls.filter((l) => l.breakdown === 'project').map((l) => [l.item, l.parent, l.amount.wan])).toEqual([['青岗路项目', '项目支出', 60], ['石桥村道项目', '项目支出', 35]]);
		expect(ls.find((l) => l.breakdown === 'total' && l.stage === 'final')?.amount?.wan).toBe(95);
	});
	it('no rate past a clause where another item is said to be done', () => {
		const src = doc(
			'2022年度项目支出绩效自评',
			'2022年我县文物保护资金下达30万元,资金到位率100%,截至目前,石桥修缮补助已及时划拨县文物所,资金使用率100%;古塔保护项目资金使用200000元,资金使用率80%。'
		);
		const total = budget(src).find((l) => l.breakdown === 'total' && l.amount?.wan === 30);
		expect(total?.execution_rate).toBeUndefined();
	});
});

describe('a town named for the unit where the report is signed by its government (prose17)', () => {
	it('takes the signing government\'s name', () => {
		const src = doc(
			'2024年光山县泼陂河镇青禾社区灌溉设施项目绩效目标自评报告',
			'为提高扶贫项目资金使用效益,现将2024年光山县泼陂河镇青禾社区灌溉设施项目绩效目标自评报告如下:',
			'计划资金全部到位48万元,项目已验收结算。',
			'光山县泼陂河镇人民政府',
			'2025年1月8日'
		);
		expect((report(src).department as { name?: string } | undefined)?.name).toBe('光山县泼陂河镇人民政府');
	});
});
