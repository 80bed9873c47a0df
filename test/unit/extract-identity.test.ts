/**
 * Identity rules written from corpus files 160–191 (the fifth session): department names,
 * titles, kinds and years in layouts the earlier corpus lacked. Every text here is made up
 * (places are real, so the gazetteer knows them; units, figures and funds are invented).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';

const name = (r: ReturnType<typeof extract>['report']) => r.department.name;

describe('extract identity: titles', () => {
	it('a sharing mirror whose file name lost the brackets: the title as the document writes it', () => {
		const src = [
			'醴陵市2021年度部门单位整体支出绩效评价自评报告.docx',
			'《醴陵市2021年度部门单位整体支出绩效评价自评报告.docx(12页珍藏版)》由会员分享,可在线阅读。',
			'1、醴陵市2021年度部门(单位)整体支出绩效评价自评报告部门(单位)名称醴陵市城市管理局预算编码301001'
		].join('\n');
		const r = extract(src).report;
		expect(name(r)).toBe('醴陵市城市管理局');
		expect(r.title).toBe('醴陵市城市管理局2021年度部门(单位)整体支出绩效评价自评报告');
	});
	it('a title led by the district that the department name holds after its city drops the repeated place', () => {
		const src = ['芙蓉区2022年度部门(单位)整体支出绩效评价自评报告', '部门(单位)名称:长沙市芙蓉区住房和城乡建设局', '填报日期:2023年4月10日'].join('\n');
		const r = extract(src).report;
		expect(name(r)).toBe('长沙市芙蓉区住房和城乡建设局');
		expect(r.title).toBe('长沙市芙蓉区住房和城乡建设局2022年度部门(单位)整体支出绩效评价自评报告');
	});
});

describe('extract identity: titles over page headlines and file names', () => {
	it("a sharing mirror's file named for another year than the form inside: the form's own year", () => {
		const src = ['《醴陵市林业局2022年度部门整体绩效自评表.docx》由会员分享,可在线阅读。', '1、醴陵市林业局2023年度部门整体绩效自评表主管部门醴陵市林业局自评总分(分)95.5'].join('\n');
		const r = extract(src).report;
		expect(r.fiscal_year).toBe(2023);
		expect(r.title).toBe('醴陵市林业局2023年度部门整体绩效自评表');
	});
	it("a headline with the unit's short name over the cover title with its full name: the cover's; its 项目名称 \"X整体支出\" is no project", () => {
		const src = ['县图书馆2024年部门整体支出绩效自评报告', '石林彝族自治县图书馆2024年部门整体支出绩效自评报告', '项目名称: 石林彝族自治县图书馆整体支出', '部门名称:石林彝族自治县图书馆', '一、部门概况'].join('\n');
		const r = extract(src).report;
		expect(r.title).toBe('石林彝族自治县图书馆2024年部门整体支出绩效自评报告');
		expect(r.kind).toBe('self_evaluation');
		expect(r.project).toBeUndefined();
	});
});

describe('extract identity: department names', () => {
	it('a mass organisation by its short name (X区残联, X县妇联) before the fund in the title', () => {
		const src = ['雨湖区残联中央转移支付2022年度绩效自评报告(残疾人事业发展补助资金)', '一、绩效目标分解下达情况', '2022年下达雨湖区中央转移支付资金12.5万元。'].join('\n');
		const r = extract(src).report;
		expect(name(r)).toBe('雨湖区残联');
		expect(r.department.type).toBe('残联');
		expect(r.department.region?.district).toBe('雨湖区');
	});
});

describe('extract identity: which unit reports', () => {
	it('a fund notice co-signed by the finance bureau belongs to the unit beside it', () => {
		const src = ['浏阳市财政局 浏阳市乡村振兴局关于下达省级乡村振兴示范资金的通知', '各乡镇人民政府:现下达2024年省级乡村振兴示范资金150万元。', '浏阳市财政局 浏阳市乡村振兴局', '省级乡村振兴示范专项资金绩效目标表'].join('\n');
		const r = extract(src).report;
		expect(name(r)).toBe('浏阳市乡村振兴局');
		// the level of the fund in the title is not the unit's
		expect(r.department.level).toBe('县级');
	});
	it('a signature run together, "X市财政局X市民族与宗教事务局2023年3月13日": the sector unit', () => {
		const src = ['关于下达2023年民族发展专项资金的通知', '相关县(市、区)财政局:现下达民族发展专项资金80万元,请按规定使用。湘潭市财政局湘潭市民族与宗教事务局2023年3月13日', '专项转移支付绩效目标表'].join('\n');
		expect(name(extract(src).report)).toBe('湘潭市民族与宗教事务局');
	});
	it("a form's 主管部门 and 实施单位 cells joined by a space name one unit, not the name twice", () => {
		const src = ['醴陵市财政预算支出项目绩效目标自评表', '名称 项目主管单位 自评总分: 90 项目实施单位 醴陵市交通运输局 醴陵市交通运输局 项目负责人 张三'].join('\n');
		const r = extract(src).report;
		expect(name(r)).toBe('醴陵市交通运输局');
		expect(r.department.type).toBe('交通运输局');
	});
	it('a company as 实施单位 behind a unit code: the 主管部门 reports', () => {
		const src = ['绩效目标申报表', '项目名称 2019年村级道路硬化 项目负责人及电话 李四13800000000', '主管部门 白兔潭镇政府 实施单位 [620003]湖南省某某建设工程有限公司', '资金情况(万元) 年度资金总额: 12'].join('\n');
		expect(name(extract(src).report)).toBe('白兔潭镇政府');
	});
});

describe('extract identity: kinds', () => {
	it("a unit's report on putting right what an evaluation found is an external evaluation", () => {
		const r = extract(['石屏县林业和草原局关于2023年退耕还林项目绩效评价整改情况报告', '县财政局:根据绩效再评价结果,评价得分86.2分,等级为“良”。现将整改情况报告如下:'].join('\n')).report;
		expect(r.kind).toBe('external_evaluation');
	});
	it("a finance bureau's 重点项目绩效评价 of the year is an external evaluation", () => {
		const r = extract(['某县2022年8个重点项目绩效评价报告公开', '来源:某县财政局', '一、X项目:评价得分90分,等级为优。'].join('\n')).report;
		expect(r.kind).toBe('external_evaluation');
	});
	it('a subsidy titled over two lines under the page headline: the fund\'s self-evaluation, the fund as the project', () => {
		const src = ['醴陵市耕地地力保护补贴2021年度绩效自评报告', '', '发布时间:2022-03-01 09:00 来源:市财政局', '', '醴陵市耕地地力保护补贴', '', '2021年度绩效自评报告', '', '2021年度,我市耕地地力保护补贴发放1520.6万元。'].join('\n');
		const r = extract(src).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.title).toBe('醴陵市耕地地力保护补贴2021年度绩效自评报告');
		expect(r.project?.name.value).toBe('耕地地力保护补贴');
	});
	it('a report that opens "我单位及时对X项目开展自评,…报告如下" is that project\'s self-evaluation, with no title', () => {
		const src = ['按照《某省财政厅关于印发绩效管理办法的通知》要求,我单位及时对村内道路硬化建设项目开展自评,县级自评情况报告如下:', '一、绩效目标分解下达情况', '下达预算资金88.5万元用于村内道路硬化建设项目。'].join('\n');
		const r = extract(src).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.title).not.toContain('如下');
	});
	it("a university's \"X助学金项目自评结果\" is that project's self-evaluation, the words before 项目 its name", () => {
		const r = extract(['2022年度研究生国家助学金项目自评结果', '一、项目基本情况', '本年度发放助学金356.4万元。'].join('\n')).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.project?.name.value).toBe('研究生国家助学金');
	});
	it("an allocation notice with no year in its title: the year of its number (X财(农)指〔2024〕N号)", () => {
		const src = ['浏阳市财政局 浏阳市农业农村局关于下达高标准农田建设资金的通知', '浏财(农)指〔2025〕9号', '各乡镇:现下达高标准农田建设资金120万元。', '附件:高标准农田建设专项资金绩效目标表'].join('\n');
		expect(extract(src).report.fiscal_year).toBe(2025);
	});
});

describe("extract identity: a site's own unit without its place", () => {
	it('"发布机构:教育局" on a county site: the county the title names completes it', () => {
		const src = ['2020年度醴陵市义务教育营养餐项目绩效评价指标表', '', '发布时间: 2021-03-02      发布机构:教育局           字体:[  ]', '', '评价指标评价内容指标名称指标说明目标值分值备注'].join('\n');
		const r = extract(src).report;
		expect(name(r)).toBe('醴陵市教育局');
		expect(r.department.region?.district).toBe('醴陵市');
	});
	it("a form's 实施单位 cell without its place stays as written", () => {
		const src = ['绩效目标申报表', '(2022年度)', '项目名称 醴陵市2022年农田水利项目', '主管部门 醴陵市农业农村局 实施单位 农田建设服务中心'].join('\n');
		expect(name(extract(src).report)).toBe('农田建设服务中心');
	});
});

describe('extract identity: places by their former names', () => {
	it('a county renamed a city since (宁乡县 → 宁乡市): the unit keeps the name of its day, its city and province come from the gazetteer', () => {
		const src = ['宁乡县农业局2016年度部门整体支出绩效自评报告', '一、部门概况', '宁乡县农业局内设机构8个。'].join('\n');
		const r = extract(src).report;
		expect(name(r)).toBe('宁乡县农业局');
		expect(r.department.region).toEqual({ province: '湖南省', city: '长沙市', district: '宁乡县' });
		expect(r.department.level).toBe('县级');
	});
	it('a whole-department report on a project cover ("项目名称:部门整体支出绩效评价报告 / 项目单位:X"): the unit the cover names, no project', () => {
		const src = ['部门整体支出绩效评价报告', '项目名称:部门整体支出绩效评价报告', '项目单位: 醴陵市统计局', '一、部门概况'].join('\n');
		const r = extract(src).report;
		expect(name(r)).toBe('醴陵市统计局');
		expect(r.project).toBeUndefined();
	});
});

describe('extract identity: zones and the Corps', () => {
	it("a development zone by its county's short name, led by the province: the county's, named from the zone", () => {
		const src = ['项目支出绩效目标申报表', '(2022年度)', '项目名称 园区保洁', '主管部门 湖南浏阳经济开发区管理委员会 实施单位 湖南浏阳经济开发区管理委员会'].join('\n');
		const r = extract(src).report;
		expect(name(r)).toBe('浏阳经济开发区管理委员会');
		expect(r.department.region).toEqual({ province: '湖南省', city: '长沙市', district: '浏阳市' });
		expect(r.department.level).toBe('县级');
	});
	it('a regiment of the Xinjiang Production and Construction Corps: its division is a city, the regiment a county-level place', () => {
		const src = ['兵团本级财政衔接资金绩效目标申报表', '(2022年度)', '项目名称 红枣加工厂建设项目', '主管部门 第三师图木舒克市四十一团 实施单位 新疆生产建设兵团第三师图木舒克市四十一团畜牧兽医站'].join('\n');
		const r = extract(src).report;
		expect(name(r)).toBe('第三师图木舒克市四十一团畜牧兽医站');
		expect(r.department.region).toEqual({ province: '新疆维吾尔自治区', city: '图木舒克市', district: '四十一团' });
		expect(r.department.level).toBe('县级');
		expect(r.department.type).toBe('畜牧兽医站');
	});
});

describe('extract identity: party bodies', () => {
	it("a county party committee's own office is the 县委办公室, not any 办公室", () => {
		const r = extract(['中共醴陵市委员会办公室2022年部门整体支出绩效自评报告', '一、部门概况'].join('\n')).report;
		expect(r.department.type).toBe('市委办公室');
	});
});

describe('extract identity: what a title names that is not the unit', () => {
	it("a facility a project's title names is what the money built; the page's 发布机构 reports, cut at the index block's next label", () => {
		const src = ['索 引 号 11640102MB0U40499C/2022-00011 文  号 生成日期 2022-09-01', '发布机构 金凤区水务局 责任部门 金凤区水务局 关 键 字 泵站', '', '银川市金凤区良田镇排水泵站提升改造项目绩效自评报告', '', '一、绩效目标分解下达情况', '下达资金56万元用于泵站提升改造。'].join('\n');
		const r = extract(src).report;
		expect(name(r)).toBe('金凤区水务局');
		expect(r.department.type).toBe('水务局');
	});
	it("a city's zone by the city's short name (\"X国家高新区管委会\"): the city's, the zone its type", () => {
		const src = ['株洲市财政支出项目绩效自评报告(园区道路项目)', '项目单位:株洲国家高新区管委会'].join('\n');
		const r = extract(src).report;
		expect(r.department.region?.city).toBe('株洲市');
		expect(r.department.type).toBe('国家高新区管委会');
	});
});

describe('extract identity: who filled the form in', () => {
	it('a contact person labelled 联系人 (in a cell with its required mark, or run into its neighbours) is the preparer', () => {
		const cells = extract('部门整体绩效目标表\n| 部门名称: | 醴陵市林业局 | *联系人: | 王某 | ||\n| 联系电话 | 13800000000 |').report;
		expect(cells.department.preparer).toBe('王某');
		const run = extract('2023年度部门整体绩效自评表主管部门醴陵市林业局部门联系人李某联系电话自评总分(分)97.93年初预算数').report;
		expect(run.department.preparer).toBe('李某');
		const own = extract('醴陵市卫生健康局2021年度部门整体支出绩效自评报告\n\n联系人\n\n何某某\n\n一、部门概况').report;
		expect(own.department.preparer).toBe('何某某');
	});
});

describe("extract identity: a third party's evaluation", () => {
	it('"受X财政局委托,Y会计师事务所(以下简称“我所”)…" is an external evaluation, of the project the title names', () => {
		const src = ['关于2019年度醴陵市学前教育专项资金的绩效评价报告', '根据《关于全面实施预算绩效管理的意见》等文件,受醴陵市财政局委托,湖南某某联合会计师事务所(以下简称“我所”)于2020年9月对醴陵市教育局学前教育专项资金进行了绩效评价。'].join('\n');
		expect(extract(src).report.kind).toBe('external_evaluation');
	});
	it('a cover that names the firm (委托单位 / 评价机构: X会计师事务所) is an external evaluation', () => {
		const src = ['醴陵市2022年度养老服务项目绩效评价报告', '委托单位:醴陵市财政局', '评价机构:某某会计师事务所(普通合伙)', '项目单位:醴陵市民政局'].join('\n');
		const r = extract(src).report;
		expect(r.kind).toBe('external_evaluation');
		expect(r.title).toBe('醴陵市2022年度养老服务项目绩效评价报告');
	});
});

describe("extract identity: a cover's date", () => {
	it('a date on a line of its own among the cover\'s lines is the filing date; a letter\'s date under its signature after the body is not', () => {
		const cover = extract(['2023年度****部门整体支出绩效自评报告', '部门(单位)名称:****', '2024年 5 月 16日', '(此页为封面)', '一、部门基本情况'].join('\n')).report;
		expect(cover.filing_date?.value).toBe('2024-05-16');
		const letter = extract(['各乡镇人民政府:', '根据省财政厅的通知,现下达2022年省级水利专项资金100万元,请按规定使用。', '附件:2022年省级水利专项资金绩效目标表', '醴陵市水利局', '2023年3月20日'].join('\n')).report;
		expect(letter.filing_date).toBeUndefined();
	});
});


/**
 * Identity rules written from corpus files 192–238 (held-out batch 8, the sixth session). Places
 * are real (the gazetteer knows them); units, funds and figures are made up.
 */
describe('extract identity: funds, towns and places without a unit', () => {
	it('a fund named right before its evaluation, a bond-funded project evaluation and a fund\'s target table are project records', () => {
		expect(extract('某省2023年度中央农业防灾减灾资金绩效自评报告\n一、绩效目标分解下达情况\n').report.kind).toBe('project_self_evaluation');
		expect(extract('2023年度新增地方政府专项债券项目绩效评价情况\n我单位2023年新增专项债券项目2个。\n').report.kind).toBe('project_self_evaluation');
		expect(extract('2025年市级财政衔接推进乡村振兴补助资金(特色产业)绩效目标表\n| 项目名称 | 特色产业 |\n').report.kind).toBe('project_target_table');
		expect(extract('专项资金绩效目标表(2018年度)\n| 专项名称 | 动物防疫 |\n').report.kind).toBe('project_target_table');
		expect(extract('某区民政局关于“2022年中央财政困难群众救助补助资金”管理使用情况\n一、资金下达情况\n').report.kind).toBe('project_self_evaluation');
		// a whole department's report stays one
		expect(extract('醴陵市民政局2023年度部门整体支出绩效自评报告\n一、部门概况\n').report.kind).toBe('self_evaluation');
	});
	it('a township unit the gazetteer does not hold, named before the year of the title, is the department', () => {
		const r = extract('青石镇人民政府2024年度绩效自评报告\n\n一、单位基本情况\n').report;
		expect(r.department.name).toBe('青石镇人民政府');
		// a masked unit ("XX区Y园") whose title lost its XX is not named "区Y园"
		expect(extract('XX区第三幼儿园2019年度部门决算\n第一部分 概况\n').report.department.name).toBeUndefined();
	});
	it('an autonomous county written short ("X自治县", "X县") is the county of its official name', () => {
		const r = extract('彭水自治县民政局2024年度部门整体支出绩效自评报告\n一、部门概况\n').report;
		expect(r.department.region).toEqual({ province: '重庆市', district: '彭水苗族土家族自治县' });
		expect(r.department.type).toBe('民政局');
		expect(extract('石柱县民政局2024年度部门整体支出绩效自评报告\n').report.department.region?.district).toBe('石柱土家族自治县');
	});
	it('a subdistrict office signing as "X区人民政府Y街道办事处" is of kind Y街道办事处', () => {
		const r = extract('上海市徐汇区人民政府枫林路街道办事处2019年度部门整体支出绩效自评报告\n').report;
		expect(r.department.type).toBe('枫林路街道办事处');
		expect(r.department.region?.district).toBe('徐汇区');
	});
	it('no unit named: the place that starts the title is the region, made specific by the one place the body names under it', () => {
		const prov = extract('云南省2023年度中央某某资金绩效自评报告\n一、绩效目标\n2023年投入资金100万元。\n').report;
		expect(prov.department.name).toBeUndefined();
		expect(prov.department.region).toEqual({ province: '云南省' });
		expect(prov.department.level).toBe('省级');
		const one = extract('天津市某某工程转移支付2021年度绩效自评报告\n一、绩效目标\n2021年下达天津市宝坻区某某工程资金100万元。\n').report;
		expect(one.department.region).toEqual({ province: '天津市', district: '宝坻区' });
		expect(one.department.level).toBe('区级');
		// two districts: the fund is the city's
		const two = extract('天津市某某工程转移支付2021年度绩效自评报告\n下达天津市宝坻区50万元,天津市蓟州区50万元。\n').report;
		expect(two.department.region).toEqual({ province: '天津市' });
	});
});

describe("extract identity: a third party's cover run together", () => {
	it('the evaluator (评价机构: a social organisation\'s centre) makes it external, is not the unit, and its date is not the year; the 主管部门 subdistrict office is the unit', () => {
		const src = '资源描述\n浦东新区 2020 年 度 某某街道 道路整治项目 绩效评价报告 评价机构 : 上海某某社会组织服务中心 2021 年 6 月 1 日 浦东新区 2020 年 度某某街道 道路整治项目绩效评价报告 项目名称: 道路整治 项目单位:某某街道 管理办 主管部门:花木街道办事处 委托单位:花木街道办事处 有效性:封面加盖评价机构公章有效';
		const r = extract(src).report;
		expect(r.kind).toBe('external_evaluation');
		expect(r.fiscal_year).toBe(2020);
		expect(r.department.name).toBe('花木街道办事处');
		expect(r.department.region).toEqual({ province: '上海市', district: '浦东新区' });
	});
	it("a unit's own evaluation group (评价机构:X局整体支出绩效评价小组) leaves the unit named", () => {
		const r = extract('醴陵市档案馆2024年度部门整体支出绩效评价报告\n评价机构:醴陵市档案馆整体支出绩效评价小组\n一、部门概况\n').report;
		expect(r.kind).toBe('self_evaluation');
		expect(r.department.name).toBe('醴陵市档案馆');
	});
});

describe('extract identity: a place of work named as the project', () => {
	it('"X市Y产业园项目2022年度绩效自评报告" (also in traditional characters) names the project, not a unit; the place is the region', () => {
		for (const title of ['醴陵市陶瓷产业园项目2022年度绩效自评报告', '醴陵市陶瓷產業園項目2022年度績效自評報告']) {
			const body = title.includes('產') ? '一、績效目標分解下達情況\n2022年,中央財政資金專項資金100萬元,計劃實施3個項目。' : '一、绩效目标分解下达情况\n2022年中央财政资金100万元。';
			const r = extract(`${title}\n${body}\n`).report;
			expect(r.kind).toBe('project_self_evaluation');
			expect(r.project?.name?.value).toBe('醴陵市陶瓷产业园项目');
			expect(r.department.name).toBeUndefined();
			expect(r.department.region?.district).toBe('醴陵市');
		}
	});
});

describe("extract identity: a district unit's own site", () => {
	it('"信息来源:区X局" with the city first and one district of it named in the body is that district\'s unit', () => {
		const src = ['2023年度新增地方政府专项债券项目绩效评价情况', '发布时间:2024-06-19', '信息来源:区卫生健康局', '我单位2023年新增地方政府专项债券项目2个。根据《浙江省地方政府专项债券项目资金绩效管理办法》,我单位开展了绩效评价。', '项目名称', '绍兴二院某某院区(康复医院)工程', '其他项目收益专项债券', '绍兴市越城区某某医院建设工程'].join('\n');
		const r = extract(src).report;
		expect(r.department.name).toBe('越城区卫生健康局');
		expect(r.department.region).toEqual({ province: '浙江省', city: '绍兴市', district: '越城区' });
		// two districts named: no guess
		const two = extract(src + '\n绍兴市柯桥区某某卫生院改建工程').report;
		expect(two.department.region?.district).toBeUndefined();
	});
});

describe('extract identity: units named by their level, divisions, recipients', () => {
	it('a division of a provincial department ("省X厅Y处") reports as the department, of the province the text is about', () => {
		const r = extract('项目支出绩效自评表\n| 项目名称 | 某某发展项目 |\n| 主管部门 | 省农业农村厅种植业管理处 |\n| 实施单位 | 省农业农村厅种植业管理处 |\n根据《海南省某某办法》,海口市某某公司承担实施。\n').report;
		expect(r.department.name).toBe('省农业农村厅');
		expect(r.department.region).toEqual({ province: '海南省' });
		expect(r.department.level).toBe('省级');
		expect(r.department.type).toBe('农业农村厅');
	});
	it('"市财政局" with no place in the text: level 市级, kind 财政局, no region', () => {
		const r = extract('项目支出绩效自评表\n(2019年度)\n| 项目名称 | 某某专项 |\n| 主管部门 | 市财政局 | 实施单位 | 市财政局 |\n').report;
		expect(r.department.name).toBe('市财政局');
		expect(r.department.level).toBe('市级');
		expect(r.department.type).toBe('财政局');
		expect(r.department.region).toBeUndefined();
	});
	it("a notice's salutation line names its recipients, not its sender", () => {
		const r = extract('标题:\n省公安厅、省林业局、海南大学:\n根据《财政部关于下达2024年某某专项的通知》,现将预算下达给你们。\n').report;
		expect(r.department.name).not.toBe('海南大学');
		expect(r.department.name).not.toBe('省公安厅');
	});
});

describe("extract identity: a bureau of a city's functional new district", () => {
	it('"项目单位 X新区民政局" under a "Y市X新区…" title: district X新区 of city Y, kind 民政局', () => {
		const r = extract(['岳阳市某某新区财政支出项目绩效评价自评报告', '来源: 区财政局', '项目名称        养老服务', '项目单位     某某新区民政局', '评价方式:部门(单位)绩效自评'].join('\n\n')).report;
		expect(r.department.name).toBe('某某新区民政局');
		expect(r.department.region).toEqual({ province: '湖南省', city: '岳阳市', district: '某某新区' });
		expect(r.department.type).toBe('民政局');
		expect(r.department.level).toBe('区级');
	});
});

describe('extract identity: the project a title names in other ways', () => {
	it('"X市Y工程转移支付2020年度绩效自评报告" names project Y工程', () => {
		expect(extract('天津市某某工程转移支付2020年度绩效自评报告\n一、绩效目标分解下达情况\n').report.project?.name?.value).toBe('某某工程');
	});
	it('a fund in quotes ("X局关于“2021年Y补助资金”管理使用情况") is the project, and a body sentence on the use of funds is no title', () => {
		const r = extract(['某某区民政局关于“2021年中央财政某某补助资金”管理使用情况', '根据相关文件规定,现将上级转移支付资金使用情况报告如下:', '一、资金下达情况'].join('\n')).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.title).toBe('某某区民政局关于“2021年中央财政某某补助资金”管理使用情况');
		expect(r.project?.name?.value).toBe('2021年中央财政某某补助资金');
	});
});

describe("extract identity: a notice with a central investment plan's target table", () => {
	const src = [
		'津财基指〔2023〕9号',
		'现下达你区2023年预算500万元,专项用于2023年天津市武清区某某整区推进项目,请按规定专款专用。',
		'按照党中央、国务院关于“全面实施预算绩效管理”的决策部署,请你单位按照文件下达的中央绩效目标做好绩效监控,确保年度绩效目标如期实现,于预算年度结束后及时将项目绩效自评报告报送财政部天津监管局,同时抄送市财政局。',
		'附件',
		'天津市农业某某专项(某某资源化利用',
		'整县推进项目)2023年',
		'中央预算内投资计划绩效目标表',
		'专项名称 |',
		'农业某某专项 | ||||',
		'下达地方或单位 |',
		'武清区人民政府 | ||||'
	].join('\n');
	it('the title set over three lines is the title and says the kind; a report the notice asks for is no title', () => {
		const r = extract(src).report;
		expect(r.title).toBe('天津市农业某某专项(某某资源化利用整县推进项目)2023年中央预算内投资计划绩效目标表');
		expect(r.kind).toBe('project_target_table');
	});
	it('the unit the money goes to (下达地方或单位) is the department; the ministry\'s office the report goes to is not', () => {
		const r = extract(src).report;
		expect(r.department.name).toBe('武清区人民政府');
		expect(r.department.region).toEqual({ province: '天津市', district: '武清区' });
	});
});

describe('extract identity: a report in traditional characters is read like its simplified text', () => {
	// made-up texts, written in traditional characters as Hong Kong/Taiwan-style pages and some
	// scans carry them; the perturbation evaluation (`eval-extract --perturb-text traditional`)
	// measures the same over the corpus
	it("a site's welcome banner names the unit; the year and kind come from the body", () => {
		const src = ['歡迎來到岳陽縣政協網站!', '部門整體支出績效評價報告', '一、基本情況', '2023年部門決算收支完成情況。收入:512.30萬元。'].join('\n');
		const r = extract(src).report;
		expect(name(r)).toBe('岳阳县政协');
		expect(r.kind).toBe('self_evaluation');
	});
	it('an untitled project report: its kind from its chapters, as in simplified text', () => {
		const src = ['發布機構: | 南昌縣某鎮 |', '一、項目概況', '區政府下撥防汛相關經費56.20萬元至我鎮。', '(一)項目實施依據', '同意向我鎮撥付2019年防汛工作相關經費56.20萬元。'].join('\n');
		const r = extract(src).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.fiscal_year).toBe(2019);
	});
	it("a sharing page's label before the title is not part of it", () => {
		const src = ['內容概述:廈門市2022年漁業發展資金使用情況績效自評報告', '一、基本情況', '資金總額120.00萬元。'].join('\n');
		const r = extract(src).report;
		expect(r.title).toBe('厦门市2022年渔业发展资金使用情况绩效自评报告');
	});
});

describe('extract identity: a title PDF text extraction broke at the line width', () => {
	it('the two lines are one title; its kind is the whole title\'s', () => {
		const src = ['内容概述: 漳州市2022年渔业产业发展资金使用情况绩效', '自评报告', '发布时间:2023-03-20 10:00', '一、绩效目标分解下达情况', '2022年中央下达我市渔业产业发展资金860万元。'].join('\n');
		const r = extract(src).report;
		expect(r.title).toBe('漳州市2022年渔业产业发展资金使用情况绩效自评报告');
		expect(r.kind).toBe('project_self_evaluation');
	});
	it('an attachment list broken over lines is no title: a continuation line and a numbered item stay apart', () => {
		const src = ['附件:1.重点区域发展专项(推进某省全面深化改革', '开放方向)2024年中央基建投资预算表(省级部门)', '2.绩效目标表', '项目名称 | 某项目 |'].join('\n');
		const r = extract(src).report;
		expect(r.title).not.toContain('开放方向)');
	});
});

describe('extract identity: a unit named in the body across what PDF text leaves', () => {
	it('a name written with spaces between its characters is found, without them', () => {
		const src = ['2021年度部门整体支出绩效自评报告', '一、基本情况', '全 年 使 用 财 政 拨 款 安 排 柳 州 市 水 产 畜 牧 兽 医 局 出 国 团 组 0 个，参 加 其 他 单 位 组 织 的 出 国 团 组 0 个。'].join('\n');
		const r = extract(src).report;
		expect(name(r)).toBe('柳州市水产畜牧兽医局');
	});
	it('a unit the reporting one worked with ("我局商同X财政局后") is not the one reporting', () => {
		const src = ['项目绩效评价报告', '我局商同绵阳市财政局后，分别下达各县资金80万元，以《绵阳市教育和体育局关于下达资金的通知》下达。'].join('\n');
		const r = extract(src).report;
		expect(name(r)).not.toBe('绵阳市财政局');
	});
});

describe('extract identity: a sentence about an evaluation is not its title', () => {
	it('"…项目绩效评价显示:…" is the body, the title comes from elsewhere', () => {
		const src = ['2023年某县优质玉米种植补贴项目绩效评价显示:产业发展项目对我县巩固脱贫成果作用明显。建议继续加大资金投入。', '一、项目基本情况', '某县农业农村局实施该项目，资金120万元。'].join('\n');
		const r = extract(src).report;
		expect(r.title).not.toContain('显示');
	});
});
