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
