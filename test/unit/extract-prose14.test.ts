/**
 * prose14: prose figures, identity and wrong values — the same facts read whatever unit, digit width
 * and wording a report writes them in, and the rules from files 327–359.
 * Every sentence here is made up: invented units, funds and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { CLAUSE_PIECES, totalFirst } from '../../src/lib/extract/numbers';
import { spanOf } from '../../src/lib/extract/doc';

const doc = (...lines: string[]) => ['https://example.org/x', ...lines].join('\n');
type Line = { flow: string; breakdown: string; item: string; parent?: string; stage: string; scope: string; year: number; amount: { wan: number } };
const budget = (src: string) => ((extract(src, { sourceFile: 'x.txt' }).report as { budget?: Line[] }).budget ?? []).map((l) => ({ flow: l.flow, breakdown: l.breakdown, item: l.item, parent: l.parent, stage: l.stage, year: l.year, wan: l.amount.wan }));
const report = (src: string) => extract(src, { sourceFile: 'x.txt' }).report as unknown as Record<string, unknown>;

describe('clauses of a sentence that states money in 元 (prose14)', () => {
	it('does not cut a figure at its thousands separator', () => {
		const s = '分配至甲县930,000.00元,乙区520,000.00元、丙镇12,345元';
		expect(s.match(CLAUSE_PIECES)).toEqual(['分配至甲县930,000.00元', '乙区520,000.00元', '丙镇12,345元']);
	});
	it('reads a list of places with amounts in 元 as the list in 万元', () => {
		const src = doc(
			'某某市文化局关于某某补助资金支出绩效的自评报告',
			'一、资金分配情况',
			'1.依据测算,给予甲县某某设备运行维护费347,000.00元,乙区162,000.00元,丙区162,000.00元,丁县312,000.00元。',
			'2.分配某某书屋运行维护经费：甲区35,200.00元,乙区161,920.00元,丙区197,120.00元，合计394,240.00元。'
		);
		const b = budget(src);
		expect(b.filter((l) => l.parent === '某某设备运行维护费').map((l) => [l.item, l.wan])).toEqual([
			['甲县', 34.7],
			['乙区', 16.2],
			['丙区', 16.2],
			['丁县', 31.2]
		]);
		// a list stated before its total (the other wording of "经费N万元,其中…") is the fund's
		expect(b.filter((l) => l.parent === '某某书屋运行维护经费').map((l) => [l.item, l.wan])).toEqual([
			['甲区', 3.52],
			['乙区', 16.192],
			['丙区', 19.712]
		]);
		expect(b.find((l) => l.item === '某某书屋运行维护经费')?.wan).toBe(39.424);
	});
	it('restates a total after its parts in 元 as the total first', () => {
		const t = '资金:甲项目120,000.00元、乙项目30,000.00元,合计150,000.00元。';
		const span = spanOf(t, 0, t.length);
		expect(totalFirst(span).text).toContain('150,000.00元，其中：甲项目');
	});
});

describe('prose facts whose amount is written in 元 (prose14)', () => {
	it('reads money received stated under 数量指标 as the year\'s income in 元 as in 万元', () => {
		for (const amt of ['12.30万元', '123,000.00元']) {
			const src = doc(
				'某某县第二小学2023年度某某工作经费项目绩效自评报告',
				'一、项目基本情况',
				`2023年度我校某某工作经费项目财政资金总额${amt},全部为县级资金,拨付使用${amt},预算执行率100%。`,
				'(1)产出指标',
				`①数量指标:2023年,我校收到某某工作经费资金${amt}。`
			);
			const inc = budget(src).filter((l) => l.flow === 'income');
			expect(inc.map((l) => [l.item, l.stage, l.wan])).toEqual([['合计', 'final', 12.3]]);
		}
	});
	it('takes an item\'s sum followed by what was paid of it as the budget, whatever the unit', () => {
		for (const [a, b] of [
			['310.50万元', '310.50万元'],
			['3,105,000.00元', '3,105,000.00元']
		]) {
			const src = doc(
				'某某县某某局2022年度部门整体支出绩效自评报告',
				'三、项目支出情况',
				`一是高中教育支出,即某某学校改善办学条件补助资金、某某结余用于项目建设经费${a},于本年度支出${b},预算完成率100%。`
			);
			const got = budget(src).filter((l) => l.item === '高中教育支出');
			expect(got.map((l) => [l.stage, l.wan])).toEqual([
				['budget', 310.5],
				['final', 310.5]
			]);
		}
	});
	it('reads the year of a 决算 page from its spending sentence in 元 too', () => {
		const src = doc(
			'六、一般公共预算财政拨款基本支出决算情况说明',
			'2023年一般公共预算财政拨款基本支出1,234,500.00元,其中:',
			'人员经费1,000,000.00元,主要包括:基本工资、津贴补贴。',
			'七、财政拨款“三公”经费支出决算情况说明',
			'2022年“三公”经费财政拨款支出决算为12,000.00元,完成预算100%。'
		);
		expect(report(src).fiscal_year).toBe(2023);
	});
});

describe('the same text in full-width digits and punctuation (prose14)', () => {
	it('drops Word bookmarks written with a full-width colon and digits', () => {
		const src = doc(
			'某某县某某协会2024年度部门整体支出绩效自评报告',
			'七、存在的问题',
			'[bookmark： _Toc１２３４]（一）绩效目标编制水平有待提高',
			'部门整体绩效目标设定过于宽泛，没有量化评价指标。',
			'[bookmark： _Toc５６７８]（二）预算执行有待规范',
			'预算执行过程中存在科目串用问题。',
			'八、下一步改进措施',
			'１．提高思想认识，重视绩效目标编制工作。'
		);
		const r = report(src) as { problems?: Array<{ title: string }> };
		expect((r.problems ?? []).map((p) => p.title)).toEqual(['绩效目标编制水平有待提高', '预算执行有待规范']);
	});
	it('gives one id slug to a name in full-width and in half-width digits', async () => {
		const { slug } = await import('../../src/lib/extract/region/index');
		expect(slug('某某水库等１３座水库')).toBe(slug('某某水库等13座水库'));
		expect(slug('某某水库等１３座水库')).toContain('13');
	});
	it('reads a mirror page\'s form heading with its year in full-width digits', () => {
		const lines = (w: (s: string) => string) =>
			doc(
				'部门整体支出绩效自评表(2).docx',
				'',
				'上传人:某** 文档编号:1234 格式:DOCX 页数:9',
				'部门整体支出绩效自评表(2).docx_第1页',
				'第1页 / 共9页',
				'部门整体支出绩效自评表(2).docx_第2页',
				'第2页 / 共9页',
				w('亲,该文档总共9页,到这儿已超出免费预览范围,如果喜欢就下载吧!'),
				'资源描述',
				'',
				w('《部门整体支出绩效自评表(2).docx》由会员分享,可在线阅读,更多相关《部门整体支出绩效自评表(2).docx(9页珍藏版)》请在某某文库上搜索。'),
				'',
				w('1、部门整体支出绩效自评表(2022年度)区级预算单位名称某某市某某区某某中心年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分')
			);
		const full = (s: string) => s.replace(/[0-9,:;().%!?]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
		expect(report(lines((s) => s)).title).toBe('部门整体支出绩效自评表(2022年度)');
		expect(String(report(lines(full)).title).replace(/[\uff01-\uff5e]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0))).toBe('部门整体支出绩效自评表(2022年度)');
	});
});

describe('other wordings of the same budget fact (prose14)', () => {
	it('reads 款项 and 经费 as 资金: money paid and money arrived', () => {
		const src = doc('某某县2023年某某补贴项目绩效评价报告', '一、项目概况', '截止评价点,该项目已拨付款项126.30万元,资金拨付率95%,绩效实际完成情况与计划目标有差异。');
		const b = (extract(src, { sourceFile: 'x.txt' }).report as { budget?: Array<Line & { execution_rate?: { value: number } }> }).budget ?? [];
		expect(b.map((l) => [l.flow, l.breakdown, l.stage, l.amount.wan, l.execution_rate?.value])).toEqual([['expenditure', 'total', 'final', 126.3, 95]]);
		const src2 = doc('某某省2022年某某风险基金绩效自评报告', '一、资金情况', '2022年,我省某某风险基金应到位3612.00万元,实际配套到位经费4200.14万元,资金到位率100%。');
		expect(budget(src2).find((l) => l.wan === 4200.14)).toMatchObject({ flow: 'income', breakdown: 'total', stage: 'final' });
	});
	it('takes 执行数 as the spending whose parts follow, after an income in the same sentence', () => {
		const src = doc(
			'某某文化馆2018年度部门整体支出绩效评价报告',
			'一、部门概况',
			'(三)年度财政收支:全年实际收入：财政拨款收入1200.00万,上年结转结余100.00万元，合计1,300.00万元;全年执行数：基本支出800.5 万元,项目支出400.25万，合计1200.75万元。'
		);
		const b = budget(src);
		expect(b.filter((l) => l.breakdown === 'nature').map((l) => [l.flow, l.item, l.wan])).toEqual([
			['expenditure', '基本支出', 800.5],
			['expenditure', '项目支出', 400.25]
		]);
	});
	it('keeps a section title set apart by blank lines out of the sentence before it', () => {
		const src = doc(
			'某某县某某局2023年某某补助资金绩效自评报告',
			'一、资金情况',
			'   2023年收到财政资金共1500.5万,其中：中央资金1000.5万元,地方资金300万元,其他资金200 万元2023年支出：中央资金900.5万,地方资金300万元,其他资金200万元，合计1400.5 万元',
			'',
			'总体绩效情况分析',
			'',
			'本年度资金使用规范。'
		);
		const b = budget(src);
		expect(b.filter((l) => l.flow === 'expenditure' && l.item === '地方资金').map((l) => l.wan)).toEqual([300]);
		expect(b.find((l) => l.flow === 'expenditure' && l.item === '合计')?.wan).toBe(1400.5);
	});
});

describe('projects listed in prose (prose14)', () => {
	it('reads the parts of 项目支出 separated by ；as its projects', () => {
		const src = doc(
			'某某市某某局2019年度部门整体支出绩效评价报告',
			'1.2部门支出描述',
			'2019年度支出3000.00万元,其中:基本支出2000.00万元,项目支出1000.00万元。',
			'2.项目支出1000.00万元,其中:专项整治300.50万元;执法监督6.50万元;“两站”建设200.00万元;其他监管支出493.00万元。'
		);
		const b = budget(src).filter((l) => l.parent === '项目支出');
		expect(b.map((l) => [l.breakdown, l.item, l.stage, l.wan])).toEqual([
			['project', '专项整治', 'final', 300.5],
			['project', '执法监督', 'final', 6.5],
			['project', '“两站”建设', 'final', 200],
			['project', '其他监管支出', 'final', 493]
		]);
		expect(budget(src).filter((l) => l.item === '合计').map((l) => l.wan)).toEqual([3000]);
	});
	it('reads a list of projects, one a ；-piece after their count, each with its budget and spending', () => {
		const src = doc(
			'某某市某某局2019年度部门整体支出绩效评价报告',
			'1.3部门项目实施情况',
			'我局2019年共有5个支出项目,所有项目皆按照年初预算执行。其中,执法检查年初预算数8万元,年末结算支出7.5万元,项目资金支出进度比率为93.75%;宣传教育120.50万元,年末结算支出120.50万元,项目资金支出进度比率为100%。'
		);
		const got = (extract(src, { sourceFile: 'x.txt' }).report as { budget: Array<Line & { execution_rate?: { value: number } }> }).budget;
		expect(got.map((l) => [l.breakdown, l.item, l.stage, l.amount.wan, l.execution_rate?.value])).toEqual([
			['project', '执法检查', 'initial', 8, undefined],
			['project', '执法检查', 'final', 7.5, 93.75],
			['project', '宣传教育', 'budget', 120.5, undefined],
			['project', '宣传教育', 'final', 120.5, 100]
		]);
	});
});

describe('staffing sentences (prose14)', () => {
	type Staff = { unit: string; category: string; measure: string; count: { value: number } };
	const staff = (src: string) => ((extract(src, { sourceFile: 'x.txt' }).report as { staffing?: Staff[] }).staffing ?? []).map((s) => [s.unit, s.category, s.measure, s.count.value]);
	it('reads 全额供给 as financed, the units below after a ；as theirs, and the retired by kind', () => {
		const src = doc(
			'某某市某某局2017年度部门整体支出绩效自评报告',
			'一、部门基本情况',
			'我局行政编制12名,行政工勤编制2名,财政全额供给人员13人(其中全额供给行政编制人员11人,行政工勤人员2人);下属单位共有事业编制30名(其中,依照公务员法管理事业编制30名),财政全额供给28人(其中,全额供给依照公务员法管理事业编制人员20人,全额供给依照公务员法管理工勤人员8人)。全额供给离休人员1人,全额供给退休人员21人,退休合同制工人2人。'
		);
		expect(staff(src)).toEqual([
			['本级', '行政编制', 'authorized', 12],
			['本级', '行政工勤编制', 'authorized', 2],
			['本级', '合计', 'financed', 13],
			['本级', '行政编制', 'financed', 11],
			['下属单位', '事业编制', 'authorized', 30],
			['下属单位', '依照公务员法管理事业编制', 'authorized', 30],
			['下属单位', '合计', 'financed', 28],
			['下属单位', '依照公务员法管理事业编制', 'financed', 20],
			['下属单位', '依照公务员法管理工勤人员', 'financed', 8],
			['本级', '离休', 'retired', 1],
			['本级', '退休', 'retired', 21],
			['本级', '退休合同制工人', 'retired', 2]
		]);
	});
	it('reads 定编, the kind before 在岗, a hiring as written, the units a bureau holds and no change of a count', () => {
		const src = doc(
			'某某市某某局2021年度部门整体支出绩效自评报告',
			'一、部门概况',
			'有局机关及局属5个二级事业单位。',
			'全局定编人员90人,行政编制12人,事业编制78人;现行政在岗11人,事业在岗70人,退休6人,占编不入编聘用3人。主要变动原因是本年度在编人员增加2人。'
		);
		expect(staff(src)).toEqual([
			['本级', '合计', 'authorized', 90],
			['本级', '行政编制', 'authorized', 12],
			['本级', '事业编制', 'authorized', 78],
			['本级', '行政', 'actual', 11],
			['本级', '事业', 'actual', 70],
			['本级', '合计', 'retired', 6],
			['本级', '占编不入编聘用', 'contracted', 3],
			['本级', '二级事业单位', 'subordinate_units', 5]
		]);
	});
	it('reads the kinds a count includes in brackets, 参公管理 posts, 公务员 after 其中 and a kind of people\'s posts', () => {
		const src = doc(
			'某某县某某局2022年度部门整体支出绩效自评报告',
			'一、基本情况',
			'部门实有人员编制50人,其中行政编制20人(含行政工勤编制2人),事业编制30人(含参公管理事业编制10人);在职在编实有行政人员19人(含行政工勤人员2人)。',
			'某某县某某中心核定编制40名,其中:公务员35人,工勤人员5人。',
			'本单位在职人员编制8人,其中行政编制0人,工勤人员编制0人,事业编制8人。'
		);
		const got = staff(src);
		expect(got).toContainEqual(['本级', '参公管理事业编制', 'authorized', 10]);
		expect(got).toContainEqual(['本级', '行政工勤人员', 'actual', 2]);
		expect(got).toContainEqual(['本级', '工勤人员编制', 'authorized', 0]);
		expect(got.filter((s) => s[1] === '公务员').map((s) => [s[2], s[3]])).toEqual([['authorized', 35]]);
	});
});

describe('identity: titles, kinds and names (prose14)', () => {
	it('joins a title set over three lines: the unit, the year and the money, the kind', () => {
		const src = doc('东山县人民法院', '2019年度一般公共预算财政拨款', '“三公”经费决算情况说明', '2019年一般公共预算财政拨款“三公”经费决算12.5万元,与2018年决算相比减少0.8万元。');
		const r = report(src);
		expect(r.title).toBe('东山县人民法院2019年度一般公共预算财政拨款“三公”经费决算情况说明');
		expect(r.kind).toBe('self_evaluation');
	});
	it('reads a 部门预算 说明 as the plan of the year and a 决算 补充说明 as its account', () => {
		const a = report(doc('重庆市某某区某某馆2024年部门预算情况说明', '一、单位基本情况', '某某馆是公益一类事业单位。', '二、部门预算情况说明', '2024年一般公共预算财政拨款收入 120.5万元。'));
		expect([a.kind, a.title]).toEqual(['target_table', '重庆市某某区某某馆2024年部门预算情况说明']);
		const b = report(doc('某某市政协2016年部门决算公开补充说明', '某某政务网 发布日期 : 2018-08-20', '一、“三公”经费增减情况', '1、2016年因公出国(境)费30.78万元,较2015年相比增加11.99万元。'));
		expect([b.kind, b.title]).toEqual(['self_evaluation', '某某市政协2016年部门决算公开补充说明']);
	});
	it('takes the full name the text gives for a unit a page\'s 来源 line names short', () => {
		const src = doc(
			'首页',
			'新闻中心',
			'来源:青海驻津办 日期:2025-10-15',
			'目 录',
			'一、部门职责',
			'青海省人民政府驻天津办事处主要履行以下职能:联络、协调、服务。',
			'二、2024年度部门整体支出情况',
			'2024年度支出合计1200.50万元。'
		);
		const d = report(src).department as { name: string };
		expect(d.name).toBe('青海省人民政府驻天津办事处');
	});
	it('reads a city institution named by the city\'s short name where the text names the city', () => {
		const src = doc('扬州博物馆2024年度项目支出绩效目标表(某某园区运转经费)', '主管部门 | 扬州市文化广电和旅游局 |', '实施单位 | 扬州博物馆 |', '项目资金 | 50万元 |');
		const d = report(src).department as { name: string; type: string; region: { city?: string } };
		expect([d.name, d.type, d.region.city]).toEqual(['扬州博物馆', '博物馆', '扬州市']);
	});
});

describe('三公 plans stated with 安排 (prose14)', () => {
	type S = { item: string; stage: string; amount?: { wan: number } };
	const sg = (src: string) => ((extract(src, { sourceFile: 'x.txt' }).report as { sangong?: S[] }).sangong ?? []).map((l) => [l.item, l.stage, l.amount?.wan]);
	it('reads the 三公 planned for the year, compared with the year before\'s budget, as a budget', () => {
		const src = doc(
			'根据某某市人民代表大会批准的某某市本级2024年预算,2024年市本级一般公共预算安排的三公经费情况如下。',
			'2024年,一般公共预算安排的“三公”经费支出共计1234万元,比2023年预算数减少100万元,下降7.49%。其中:',
			'公务接待费234万元,比上年年初预算减少17万元。'
		);
		expect(report(src).kind).toBe('target_table');
		expect(sg(src)[0]).toEqual(['total', 'budget', 1234]);
	});
	it('keeps a 决算\'s 安排的三公 spending beside its 年初预算 as the actual', () => {
		const src = doc(
			'某某县某某局2018年度“三公”经费决算情况说明',
			'2018年度本部门一般公共预算财政拨款安排的“三公”经费支出3.05万元,年初预算为3.95万元,差值为0.9万元。'
		);
		expect(sg(src).filter((l) => l[0] === 'total')).toContainEqual(['total', 'final', 3.05]);
	});
});

describe('costs of works listed under an evaluated fund (prose14)', () => {
	it('reads each works\' costs, a ；between works, at the stage of the money evaluated', () => {
		const src = doc(
			'某某县水利局2019年度某某河道治理专项资金绩效评价报告',
			'一、项目资金情况',
			'2019年度专项资金绩效评价资金总计60.50万元,其中甲河一期治理工程监理费20万元,建设用地测绘费5.50万元,青苗补偿费10万元;乙河段治理工程(某某段)监理费15万元,建设用地测绘费2万元,青苗补偿费8万元。'
		);
		expect(budget(src).map((l) => [l.breakdown, l.item, l.parent, l.stage, l.wan])).toEqual([
			['total', '合计', undefined, 'budget', 60.5],
			['cost', '监理费', '甲河一期治理工程', 'budget', 20],
			['cost', '建设用地测绘费', '甲河一期治理工程', 'budget', 5.5],
			['cost', '青苗补偿费', '甲河一期治理工程', 'budget', 10],
			['cost', '监理费', '乙河段治理工程(某某段)', 'budget', 15],
			['cost', '建设用地测绘费', '乙河段治理工程(某某段)', 'budget', 2],
			['cost', '青苗补偿费', '乙河段治理工程(某某段)', 'budget', 8]
		]);
	});
});

describe('a project\'s spending by economic item (prose14)', () => {
	it('reads the items after 主要用于 as the project\'s, as written, and a project opening its own paragraph', () => {
		const src = doc(
			'某某县某某馆2023年度部门整体支出绩效自评报告',
			'三、项目支出情况',
			'(1)某某开放项目支出150000.00元,主要用于商品和服务支出中办公费支出20000.00元,维修(护)费30000.00元,对个人和家庭补助的生活补助支出60000.00元用于志愿者补助,其他资本性支出40000.00元买图书。',
			'(2)2023年某某服务体系建设专项资金项目100000.00元,主要用于办公费支出10000.00元,维修(护)费60000.00元,其他商品和服务支出10000.00元,其他资本性支出20000.00元买图书。'
		);
		const b = budget(src);
		expect(b.filter((l) => l.breakdown === 'economic').map((l) => [l.item, l.wan])).toEqual([
			['办公费', 2],
			['维修(护)费', 3],
			['生活补助', 6],
			['其他资本性支出', 4],
			['办公费', 1],
			['维修(护)费', 6],
			['其他商品和服务支出', 1],
			['其他资本性支出', 2]
		]);
		expect(b.filter((l) => l.parent === '某某服务体系建设专项资金项目').length).toBe(4);
		expect(b.find((l) => l.item === '某某服务体系建设专项资金项目')).toMatchObject({ breakdown: 'project', parent: '项目支出', wan: 10 });
	});
});

describe('figures of a 部门预算 说明 that are no budget line (prose14)', () => {
	it('leaves the organs\' running costs and the purchases planned unread', () => {
		const src = doc(
			'某某县某某局2017年部门预算情况说明',
			'二、部门预算情况说明',
			'2017年一般公共预算财政拨款收入 1200.50万元,一般公共预算财政拨款支出 1200.50万元。',
			'四、其他重要事项的情况说明',
			'1、部门运行经费情况。2017年一般公共预算财政拨款运行经费300万元,主要用于办公费及印刷费。',
			'2、政府采购情况。2017年政府采购预算总额 25 万元。'
		);
		expect(budget(src).map((l) => l.wan)).not.toContain(300);
		expect(budget(src).map((l) => l.wan)).not.toContain(25);
	});
});

describe('a 决算 说明\'s 总计 with the unit named before it (prose14)', () => {
	it('leaves "本单位收入总计N万元,支出总计N万元" unread: the 总计 row, not the year\'s income', () => {
		const src = doc(
			'某某县某某法院2018年度部门决算情况说明',
			'1.总体情况。2018年度本单位收入总计2,076.79万元,支出总计2,076.79万元。',
			'2.收入情况。2018年度本单位收入合计1,930.20万元,较上年决算减少110.02万元。其中:财政拨款收入1,911.98万元;其他收入18.22万元。此外,年初结转和结余146.59万元。'
		);
		expect(budget(src).filter((l) => l.flow === 'income' && l.item === '合计').map((l) => l.wan)).toEqual([1930.2]);
	});
});

describe('the flow a paragraph opens with (prose14)', () => {
	it('reads "(一)收入预算。N年年初预算数…" as income and "(二)支出预算。…" as spending', () => {
		const src = doc(
			'重庆市某某区某某馆2024年部门预算情况说明',
			'二、部门预算情况说明',
			'(一)收入预算。2024年年初预算数820.50万元,其中:一般公共预算拨款820.50万元。',
			'(二)支出预算。2024年年初预算数820.50万元,其中:一般公共服务支出20万元,文化旅游体育与传媒支出800.50万元。'
		);
		const totals = budget(src).filter((l) => l.item === '合计').map((l) => [l.flow, l.stage, l.wan]);
		expect(totals).toEqual([
			['income', 'initial', 820.5],
			['expenditure', 'initial', 820.5]
		]);
	});
});

describe('a level\'s fund named after its verb (prose14)', () => {
	it('reads "中央财政下达专项转移支付资金N万元" as the central level\'s fund', () => {
		const src = doc('某某州某某医院2018年度某某补助资金项目支出绩效自评', '一、项目基本情况', '2018年,中央财政下达专项转移支付资金150万元,用于某某能力建设。');
		expect(budget(src)[0]).toMatchObject({ flow: 'expenditure', breakdown: 'budget_level', item: '中央专项转移支付资金', stage: 'budget', wan: 150 });
	});
});

describe('the money of projects counted first (prose14)', () => {
	it('reads a stage alone after a count of projects as 项目支出', () => {
		const src = doc('某某市某某局2021年度部门整体支出绩效自评报告', '三、项目绩效情况', '    2021年我局监控范围内项目共12项,年初预算数2300万元,执行数2100万元。');
		expect(budget(src).map((l) => [l.breakdown, l.item, l.stage, l.wan])).toEqual([
			['nature', '项目支出', 'initial', 2300],
			['nature', '项目支出', 'final', 2100]
		]);
	});
});

describe('a project named by the whole title (prose14)', () => {
	it('reads "X县Y建设项目项目支出绩效自评报告" as the project Y建设项目 of X县', () => {
		const src = doc('东山县某某设施建设项目项目支出绩效自评报告', '一、项目基本情况', '本项目由东山县住房和城乡建设局实施,2024年下达资金120万元。');
		const r = extract(src, { sourceFile: 'x.txt' }).report as unknown as { project?: { name?: { value: string } } };
		expect(r.project?.name?.value).toBe('东山县某某设施建设项目');
	});
});
