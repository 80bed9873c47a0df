/**
 * prose15: identity and prose wrong values. Every sentence here is made up: invented units and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';

const doc = (...lines: string[]) => ['https://example.org/x', ...lines].join('\n');
const dept = (src: string) => (extract(src, { sourceFile: 'x.txt' }).report as { department?: { name?: string } }).department?.name;

describe('a site\'s level before a unit that names its own place (prose15)', () => {
	it('drops the stray 区 of "信息来源:区X旅游度假区管委会"', () => {
		const src = doc(
			'发布日期:2025-06-24 08:59 访问次数: 信息来源:区青枫旅游度假区管委会',
			'2024年新增地方政府专项债券项目绩效评价情况',
			'  经评价,青枫度假区道路提升工程项目自评得分92分,等级为优。'
		);
		expect(dept(src)).toBe('青枫旅游度假区管委会');
	});
	it('keeps a bare unit of a 来源 line for the full name the text gives ("区交通运输局")', () => {
		const src = doc(
			'发布机构 区交通运输局 发文日期 2022-08-05',
			'2021年乡村道路项目专项资金绩效自评报告',
			'  根据有关办法规定,宁安市北河区交通运输局对2021年乡村道路项目开展了绩效自评。'
		);
		expect(dept(src)).not.toBe('交通运输局');
	});
});

describe('the level of a unit named with its own place where the text gives only the province (prose15)', () => {
	it('is left empty, never 省级', () => {
		const src = doc(
			'发布日期:2025-06-24 08:59 访问次数: 信息来源:区青枫旅游度假区管委会',
			'2024年新增地方政府专项债券项目绩效评价情况',
			'  根据浙江省财政厅有关要求,经评价,青枫度假区道路提升工程项目自评得分92分,等级为优。'
		);
		const d = (extract(src, { sourceFile: 'x.txt' }).report as { department?: { level?: string } }).department;
		expect(d?.level).not.toBe('省级');
	});
});

describe('a whole department\'s target form titled 部门整体支出项目绩效目标申报表 (prose15)', () => {
	it('is a target table, not a project\'s', () => {
		const src = doc(
			'信息来源:某县财政局',
			'部门整体支出项目绩效目标申报表',
			'(    2021     年度)',
			'填报单位(公章):  某县蘑菇研究所',
			'部门(单位)名称某县蘑菇研究所',
			'资金类别部门(单位)整体支出',
			'资金总额120.50'
		);
		expect(extract(src, { sourceFile: 'x.txt' }).report.kind).toBe('target_table');
	});
});

describe('a budget publication with only its table of contents (prose15)', () => {
	it('takes the part that explains the year\'s budget for its title and kind', () => {
		const src = doc(
			'目 录',
			'第一部分 某县陶瓷馆概况',
			'一、单位主要职责',
			'第二部分 某县陶瓷馆2024单位预算表',
			'第三部分 某县陶瓷馆2024年单位预算情况说明',
			'第四部分 名词解释',
			'第一部分 某县陶瓷馆概况',
			'一、单位主要职责',
			'主要承担:陶瓷藏品保管、陈列展示工作。'
		);
		const r = extract(src, { sourceFile: 'x.txt' }).report;
		expect(r.kind).toBe('target_table');
		expect(r.title).toBe('某县陶瓷馆2024年单位预算情况说明');
	});
});

describe('the unit a prose report signs with at its end (prose15)', () => {
	it('comes before a unit its body names in passing', () => {
		const src = doc(
			'助学专项资金项目自评报告',
			'一、项目基本情况',
			'宁安市青少年关爱协会省对下专项转移支付项目,重点用于资助困难家庭学生。',
			'二、项目资金情况',
			'该项目年初预算资金为12万元,全部为市级财政资金,2017年度资金全部到位。',
			'三、其他需说明的问题',
			'无',
			'宁安市民政局',
			'2018年6月5日'
		);
		const d = (extract(src, { sourceFile: 'x.txt' }).report as { department?: { name?: string } }).department;
		expect(d?.name).toBe('宁安市民政局');
	});
});

describe('a transfer payment form with a supervisor for each level (prose15)', () => {
	const sup = (src: string) => (extract(src, { sourceFile: 'x.txt' }).report as { project?: { supervisor?: { value: string } } }).project?.supervisor?.value;
	it('takes the most local level that names a unit (地方 over 省级)', () => {
		const src = doc(
			'中央补助地方某某事业发展专项资金转移支付区域(项目)绩效自评表',
			'(2025年度)',
			'转移支付(项目)名称 某某事业发展专项资金',
			'中央主管部门 国家某某局',
			'省级主管部门 中共甘肃省委宣传部',
			'地方主管部门 中共宁安市北河区委宣传部 资金使用单位 宁安市北河区某某放映有限公司'
		);
		expect(sup(src)).toBe('中共宁安市北河区委宣传部');
	});
	it('passes over a level whose cell names no unit ("县(市、区)教育部门")', () => {
		const src = doc(
			'中等职业学校某某补助资金绩效目标表',
			'(2018年度)',
			'项目名称 | 某某补助资金 | |',
			'中央主管部门 | 财政部、教育部 | |',
			'省级财政部门 | 某某省财政厅 | 省级主管部门 | 甘肃省教育厅 |',
			'市级财政部门 | 宁安市财政局 | 市级主管部门 | 宁安市教育局 |',
			'县级财政部门 | 县(市、区)财政部门 | 县级主管部门 | 县(市、区)教育部门 |'
		);
		expect(sup(src)).toBe('宁安市教育局');
	});
});

describe('a 三公 statement whose table comes first under a 一般公共预算财政拨款 heading (prose15)', () => {
	it('reads the prose 财政拨款 figures as 一般公共预算 money', () => {
		const src = doc(
			'一、2016年一般公共预算财政拨款开支的“三公”经费决算情况表',
			'(单位:万元)',
			'项 目',
			'预算数',
			'决算数',
			'合 计',
			'50.00',
			'45.20',
			'二、2016年 “三公”经费财政拨款支出决算情况说明',
			'某县园林局2016年度“三公”经费财政拨款支出决算为45.2万元,完成年初预算的90.4%。',
			'(一)因公出国(境)费支出0万元,与2015年度决算支出持平。',
			'(二)公务接待经费支出20.2万元,与2015年度决算相比,减少3.1万元。'
		);
		const lines = ((extract(src, { sourceFile: 'x.txt' }).report as { sangong?: Array<{ item: string; scope: string; stage: string }> }).sangong ?? []).filter((l) => l.stage === 'final');
		expect(lines.length).toBeGreaterThan(0);
		expect(lines.every((l) => l.scope === 'general_public')).toBe(true);
	});
});

describe('the title of a project report with no title line of its own (prose15)', () => {
	it('is the unit, the year and the kind, without the project in brackets', () => {
		const src = doc(
			'评价类型:项目实施过程评价□项目完成结果评价□',
			'项目名称:某县乡道养护',
			'项目单位:宁安市乡道养护中心',
			'主管部门:宁安市交通运输局',
			'评价方式:部门(单位)绩效自评',
			'报告日期:2021年07月12日',
			'一、项目基本概况',
			'2020年度项目预算资金50万元,实际支出48万元。'
		);
		const r = extract(src, { sourceFile: 'x.txt' }).report;
		expect(r.title).not.toMatch(/[(（]/);
	});
});

describe('party and Youth League bodies (prose15)', async () => {
	const { regionOf } = await import('../../src/lib/extract/region/index');
	it('a Youth League committee is a 共青团委员会', () => {
		expect(regionOf('共青团宁安市委员会', '')?.type).toBe('共青团委员会');
	});
	it('a party committee department named without 中共 is the department', () => {
		expect(regionOf('宁安市委组织部', '')?.type).toBe('组织部');
		expect(regionOf('中共宁安市委组织部', '')?.type).toBe('组织部');
	});
});

describe('a title made from a unit named without its place (prose15)', () => {
	it('is made from the full name the place completes', () => {
		const src = doc(
			'欢迎访问长沙市岳麓区政府门户网',
			'浏览次数: 更新时间:2021-11-15 来源:区疾病预防控制中心 作者:',
			'一、预算单位基本情况',
			'根据长沙市岳麓区人民政府办公室有关规定,区疾病预防控制中心为公益一类事业单位。',
			'二、预算收支情况',
			'2020年收入480.24万元,其中:财政拨款收入385.53万元。'
		);
		const r = extract(src, { sourceFile: 'x.txt' }).report as { title: string; department?: { name?: string } };
		if (r.department?.name && r.department.name !== '区疾病预防控制中心') expect(r.title.startsWith(r.department.name)).toBe(true);
		expect(r.title.startsWith('区')).toBe(false);
	});
});
