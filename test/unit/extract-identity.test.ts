/**
 * Identity rules written from corpus files 160–191 (the fifth session): department names,
 * titles, kinds and years in layouts the earlier corpus lacked. Every text here is made up
 * (places are real, so the gazetteer knows them; units, figures and funds are invented).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';

const name = (r: ReturnType<typeof extract>['report']) => (typeof r.department.name === 'string' ? r.department.name : r.department.name?.value);

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
