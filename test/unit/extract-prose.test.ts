/**
 * 部门决算 说明, 三公 说明 and staffing prose, written out as the layouts real publications leave
 * them (PDF pages with their line breaks, flattened tables before their prose): one synthetic text
 * per rule, with invented units and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { splitLines } from '../../src/lib/extract/doc';

const budgetOf = (text: string) => extract(text).report.budget.map((b) => [b.flow, b.breakdown, b.item, b.scope, b.amount.wan, b.change?.amount?.wan, b.change?.pct?.value]);
const unreadOf = (text: string) => extract(text).unread.map((u) => `${u.text.replace(/\s+/g, '')} ${u.reason}`);

describe('extract: 决算 说明 prose', () => {
	it('a PDF page: a numbered paragraph whose first line fills the page width is no heading', () => {
		// figures by hand: 总收入 300.00 = 本年收入 250.00 + 上年结转 50.00
		const text = [
			'阜平县X局2022年度单位决算情况说明',
			'(一)本单位2022年度总收入300.00万元,其中本年收',
			'入250.00万元,较2021年度决算数减少20.00万元,下降7.4%。',
			'收入具体情况如下。',
			'1.一般公共预算财政拨款收入240.00万元,为县本级财政',
			'当年拨付的资金。较2021年度决算数减少18.00万元,下降',
			'7.0%,主要原因是人员减少,压减了机构运行经费,减少',
			'了办公设备购置。',
			'2.上年结转和结余50.00万元,为以前年度支出预算因客',
			'观条件变化未执行完毕、结转到本年度按有关规定继续使用',
			'的资金。较2021年度决算数减少5.00万元,下降9.1 %,主要',
			'原因是上年结转的项目已于本年度执行完毕并全部支付完成。'
		].join('\n');
		expect(budgetOf(text)).toEqual([
			['income', 'total', '合计', 'all', 250, -20, -7.4],
			['income', 'source', '财政拨款收入', 'general_public', 240, -18, -7],
			['opening_balance', 'total', '合计', 'all', 50, -5, -9.1]
		]);
		// the 总收入 holds the balance carried over: not the year's income
		expect(unreadOf(text).some((u) => u.includes('300.00'))).toBe(true);
	});

	it('a short numbered line is still a heading in a PDF page', () => {
		const text = [
			'阜平县X局2022年度单位决算情况说明',
			'(一)收入决算情况',
			'本单位2022年度本年收入合计250.00万元,较2021年度决算',
			'数减少20.00万元,下降7.4%,主要原因是人员减少,压减了',
			'机构运行经费,减少了办公设备购置,取消了部分培训活动',
			'和会议,严格控制一般性支出,节约了日常运行经费开支。',
			'(二)支出决算情况',
			'本单位2022年度本年支出合计240.00万元。'
		].join('\n');
		const r = extract(text);
		expect(r.report.budget.map((b) => [b.flow, b.amount.wan])).toEqual([
			['income', 250],
			['expenditure', 240]
		]);
	});

	it('a long heading that fills the page width stays a heading', () => {
		const text = [
			'阜平县X局2022年度单位决算情况说明',
			'二、2022年度一般公共预算财政拨款收入支出决算情况说明',
			'本单位2022年度一般公共预算财政拨款本年收入合计250.00万元,',
			'较2021年度决算数减少20.00万元,下降7.4%,主要原因是人员',
			'减少,压减了机构运行经费,减少了办公设备购置,取消了部',
			'分培训活动和会议,严格控制一般性支出,节约了运行经费。'
		].join('\n');
		const r = extract(text);
		expect(r.report.budget.map((b) => [b.flow, b.scope, b.amount.wan, b.change?.amount?.wan])).toEqual([['income', 'general_public', 250, -20]]);
		expect(splitLines(text).filter((l) => l.heading).map((l) => l.heading!.title)).toEqual(['2022年度一般公共预算财政拨款收入支出决算情况说明']);
		// (the same line holding a figure mid-sentence is a paragraph's first line)
		const wrapped = text.replace('二、2022年度一般公共预算财政拨款收入支出决算情况说明', '二、本单位2022年度一般公共预算财政拨款收入250.00万元,其');
		expect(splitLines(wrapped).filter((l) => l.heading)).toEqual([]);
	});

	it('收入总计 and 支出总计 stated together and equal are the 总计 row, with the change of 收支', () => {
		const text = [
			'阜平县X局2022年度部门决算情况说明',
			'二、部门决算情况说明',
			'(一)收入支出决算总体情况说明。',
			'1.总体情况。2022年度收入总计1,234.56万元,支出总计1,234.56万元。收支较上年决算数减少100.00万元、下降7.5%,主要原因是项目减少。',
			'2.收入情况。2022年度收入合计1,200.00万元。'
		].join('\n');
		expect(budgetOf(text)).toEqual([['income', 'total', '合计', 'all', 1200, undefined, undefined]]);
		const u = unreadOf(text);
		expect(u.filter((x) => /1,234\.56/.test(x))).toHaveLength(2);
		expect(u.some((x) => x.includes('100.00'))).toBe(true);
	});

	it('a list of tables on heading lines gives no money to the prose after it; 其他收入 beside 经营收入 is non-fiscal; a subject named to its 项; 完成预算的 is the rate', () => {
		// figures by hand: 80.00 + 5.00 = 85.00
		const text = [
			'阜平县X幼儿园2022年度部门决算',
			'第二部分 2022年度部门决算报表(见附件) 一、收入支出决算总表 二、收入决算表 三、支出决算表',
			'四、财政拨款收入支出决算总表',
			'五、一般公共预算财政拨款支出决算表 第三部分 2022年度部门决算情况说明 一、收入决算情况说明',
			'本年收入合计85.00万元,其中:财政拨款收入85.00万元,经营收入0万元;其他收入0万元。',
			'二、支出决算情况说明',
			'教育支出(类)普通教育(款)学前教育(项)支出80.00万元,完成预算的100%,用于教师工资。',
			'住房保障支出(类)住房改革支出(款)住房公积金(项)支出5.00万元,完成预算的100%。'
		].join('\n');
		expect(extract(text).report.budget.map((b) => [b.flow, b.breakdown, b.item, b.scope, b.amount.wan, b.execution_rate?.value])).toEqual([
			['income', 'total', '合计', 'all', 85, undefined],
			['income', 'source', '财政拨款收入', 'fiscal', 85, undefined],
			['income', 'source', '经营收入', 'other', 0, undefined],
			['income', 'source', '其他收入', 'other', 0, undefined],
			['expenditure', 'function', '学前教育', 'all', 80, 100],
			['expenditure', 'function', '住房公积金', 'all', 5, 100]
		]);
	});

	it('a 支出总计 with its 本年支出 part after it stays a total (as before)', () => {
		const text = '阜平县X局2022年度部门决算情况说明\n本局2022年度决算支出总计88.00万元,其中本年支出88.00万元。';
		expect(budgetOf(text).map((b) => [b[0], b[4]])).toContainEqual(['expenditure', 88]);
	});
});

const staffOf = (text: string) => extract(text).report.staffing.map((s) => [s.unit, s.category, s.measure, s.count.value]);

describe('extract: staffing prose of 决算 说明', () => {
	it('the kinds listed after a head count that add up to it', () => {
		const text = '阜平县X局2022年度部门决算情况说明\n3.人员概况:我局核定行政编制40人、行政工勤编制3人。截止到2022年末在职41人,其中:行政人员38人、工勤3人;退休5人。';
		expect(staffOf(text)).toEqual([
			['本级', '行政编制', 'authorized', 40],
			['本级', '行政工勤编制', 'authorized', 3],
			['本级', '合计', 'actual', 41],
			['本级', '合计', 'retired', 5],
			['本级', '行政人员', 'actual', 38],
			['本级', '工勤', 'actual', 3]
		]);
	});

	it('a school: 教职工 is the head count, the kinds in the bracket after it are its parts', () => {
		const text = '阜平县X幼儿园2022年部门决算公开说明\n我园现有幼儿 300人,12个教学班,教职工30人。(其中,专任教师24人,保育员4人,工勤人员2人;退休人员1人,临聘人员3人)。单位核定事业编制28个。';
		expect(staffOf(text)).toEqual([
			['本级', '合计', 'actual', 30],
			['本级', '合计', 'retired', 1],
			['本级', '临聘人员', 'contracted', 3],
			['本级', '事业编制', 'authorized', 28],
			['本级', '专任教师', 'actual', 24],
			['本级', '保育员', 'actual', 4],
			['本级', '工勤人员', 'actual', 2]
		]);
	});

	it('the same in full-width digits and traditional characters', () => {
		const text = '阜平县X局2022年度部門決算情況說明\n截止到２０２２年末在職４１人,其中:行政人員３８人、工勤３人。';
		expect(staffOf(text)).toEqual([
			['本级', '合计', 'actual', 41],
			['本级', '行政人员', 'actual', 38],
			['本级', '工勤', 'actual', 3]
		]);
	});

	it('kinds that do not add up to the head count are not read', () => {
		const text = '阜平县X局2022年度部门决算情况说明\n截止到2022年末在职41人,其中:男性20人、女性19人。';
		expect(staffOf(text)).toEqual([['本级', '合计', 'actual', 41]]);
	});

	it('编制 shortened to 编; a bare 在职 after it counts everyone in post', () => {
		const text = '阜平县X局2022年度部门整体支出绩效评价报告\n阜平县X局核定行政编制9名、机关后勤服务编制1名,在职12名;下设一个二级机构甲服务中心,核定全额事业编6名,在职5人。';
		expect(staffOf(text)).toEqual([
			['本级', '行政编制', 'authorized', 9],
			['本级', '机关后勤服务编制', 'authorized', 1],
			['本级', '合计', 'actual', 12],
			['甲服务中心', '全额事业编', 'authorized', 6],
			['甲服务中心', '合计', 'actual', 5]
		]);
	});

	it('bodies set up below the department count as units where they are said to be 事业单位', () => {
		const a = '阜平县X局2022年度部门整体支出绩效自评报告\nX局内设办公室、规划科等5个科室;下设2个管理机构,一是正科级事业单位县甲中心;二是股级事业单位县乙站。';
		expect(staffOf(a)).toEqual([['本级', '管理机构', 'subordinate_units', 2]]);
		const b = '阜平县X局2022年度部门整体支出绩效自评报告\nX局内设指挥中心等8个科室,下设9个派驻机构(其中7个乡镇派出所、2个景区派出所)。';
		expect(staffOf(b)).toEqual([]);
	});

	it('kinds each followed by their own count in post', () => {
		const text = '阜平县X所2022年度单位决算\n人员情况:行政编制0人,实有人数0人;事业编制30人,实有人数26人。';
		expect(staffOf(text)).toEqual([
			['本级', '行政编制', 'authorized', 0],
			['本级', '行政编制', 'actual', 0],
			['本级', '事业编制', 'authorized', 30],
			['本级', '事业编制', 'actual', 26]
		]);
	});

	it('the budget units a 决算 covers are no 合计 beside counts of units by kind', () => {
		const text = '阜平县X局2022年度部门整体支出绩效评价报告\n阜平县X局内设副科级事业单位2个,直属事业单位5个。2022年,纳入阜平县X局部门预算编制范围的单位有3个,分别为X局机关本级、X中心和Y中心。';
		expect(staffOf(text)).toEqual([
			['本级', '副科级事业单位', 'subordinate_units', 2],
			['本级', '直属事业单位', 'subordinate_units', 5]
		]);
		expect(extract(text).unread.some((u) => u.text.includes('单位有3个'))).toBe(true);
	});

	it('the budget units a 决算 covers', () => {
		const text = '阜平县X局2022年度部门决算情况说明\n(三)单位构成。\n从预算单位构成看,纳入本部门2022年度决算编制的预算单位包括4个单位:阜平县X局(本级)、阜平县X中心、阜平县Y中心、阜平县Z站。';
		expect(staffOf(text)).toEqual([['本级', '合计', 'subordinate_units', 4]]);
	});
});

const sangongOf = (text: string) => extract(text).report.sangong.map((l) => [l.item, l.stage, l.scope, l.amount?.wan, l.execution_rate?.value, l.change?.amount?.wan, l.change?.pct?.value]);

describe('extract: 三公 说明', () => {
	it('a title naming 一般公共预算财政拨款 makes the body’s 财政拨款 that money; 降低 is a fall', () => {
		// figures by hand: 6.00 ÷ 20.00 = 30%; 6.00 + 0.50 = 6.50 last year, 0.50 ÷ 6.50 = 7.69%
		const text = [
			'关于阜平县X局2022年度一般公共预算财政拨款“三公”经费支出决算情况说明',
			'(一)“三公”经费财政拨款支出决算总体情况说明。',
			'阜平县X局2022年度“三公”经费财政拨款支出年初预算为20.00万元,支出决算为6.00万元,完成预算的30%。',
			'2022年度“三公”经费财政拨款支出决算数比2021年度减少0.50万元,降低7.69%。'
		].join('\n');
		expect(sangongOf(text)).toEqual([
			['total', 'budget', 'general_public', 20, undefined, undefined, undefined],
			['total', 'final', 'general_public', 6, 30, -0.5, -7.69]
		]);
	});

	it('without such a title the body’s 财政拨款 stays fiscal', () => {
		const text = [
			'阜平县X局2022年度部门决算情况说明',
			'(一)“三公”经费财政拨款支出决算总体情况说明。',
			'阜平县X局2022年度“三公”经费财政拨款支出年初预算为20.00万元,支出决算为6.00万元,完成预算的30%。'
		].join('\n');
		expect(sangongOf(text).map((l) => l[2])).toEqual(['fiscal', 'fiscal']);
	});
});

describe('extract: 三公 说明, changes and names', () => {
	it('a change the summary states before the item’s actual joins the actual stated after it', () => {
		// figures by hand: 2.00 − 0.80 = 1.20 last year; 0.80 ÷ 1.20 = 66.7%
		const text = [
			'阜平县X中心2021年度“三公”经费支出决算情况说明',
			'2021年度一般公共预算财政拨款安排的“三公”经费支出决算总额为2.00万元,比去年增加0.80万元,增长66.7%。其中,公务用车运行维护费支出决算比预算无增减变化,比去年增加0.80万元,增长66.7%。具体情况如下:',
			'(一)公务用车购置及运行费支出2.00万元。其中:',
			'公务用车购置支出0万元。',
			'公务用车运行支出2.00万元。主要用于下乡检查。'
		].join('\n');
		const r = extract(text);
		const op = r.report.sangong.find((l) => l.item === 'vehicle_operation');
		expect([op?.amount?.wan, op?.change?.amount?.wan, op?.change?.pct?.value]).toEqual([2, 0.8, 66.7]);
		expect(r.unread.some((u) => /增减额/.test(u.reason))).toBe(false);
	});

	it('购置及运行维护费 named after the cars it is for', () => {
		const text = '阜平县X局2021年“三公”经费增减情况说明\n2021年阜平县X局财政预算拨款“三公”经费支出合计12万元,比上年减少1万元。其中:因公出国(境)费0万元;公务用车保有量1辆,购置及运行维护费4万元,比上年减少0.5万元,公务接待费8万元,比上年减少0.5万元。';
		const v = extract(text).report.sangong.find((l) => l.item === 'vehicle');
		expect([v?.label, v?.amount?.wan, v?.change?.amount?.wan]).toEqual(['购置及运行维护费', 4, -0.5]);
	});
});

describe('extract: a 三公 table with its items over a row of stages, one row a line', () => {
	const header = [
		'2022年度一般公共预算财政拨款“三公”经费支出决算表',
		'单位:万元',
		'一般公共预算财政拨款“三公”经费 | ||||||||||||',
		'合计 | 因公出国 (境)费 | 公务用车购置及运行费 | 公务接待费 | ||||||||',
		'小计 | 公务用车 购置费 | 公务用车 运行费 | ||||||||||',
		'预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 | 预算数 | 决算数 |'
	];
	const rows = (text: string) => extract(text).report.sangong.map((l) => [l.item, l.stage, l.scope, l.amount?.wan]);

	it('every column filled: each number in its column', () => {
		// figures by hand: 合计 3 + 10 + 2 = 15 (budget), 1 + 6 + 0.5 = 7.5; 用车 10 = 4 + 6, 6 = 4 + 2
		const text = [...header, '15.00 | 7.50 | 3.00 | 1.00 | 10.00 | 6.00 | 4.00 | 4.00 | 6.00 | 2.00 | 2.00 | 0.50 |'].join('\n');
		expect(rows(text)).toEqual([
			['total', 'budget', 'general_public', 15],
			['total', 'final', 'general_public', 7.5],
			['abroad', 'budget', 'general_public', 3],
			['abroad', 'final', 'general_public', 1],
			['vehicle', 'budget', 'general_public', 10],
			['vehicle', 'final', 'general_public', 6],
			['vehicle_purchase', 'budget', 'general_public', 4],
			['vehicle_purchase', 'final', 'general_public', 4],
			['vehicle_operation', 'budget', 'general_public', 6],
			['vehicle_operation', 'final', 'general_public', 2],
			['reception', 'budget', 'general_public', 2],
			['reception', 'final', 'general_public', 0.5]
		]);
	});

	it('empty cells dropped: a number is read only where the identities leave one column for it', () => {
		// no 出国 and no 购置 (their cells were empty): 合计 12 = 用车 9 + 接待 3; 用车 9 = 运行 9 … and 购置 9 would do as well
		const text = [...header, '12.00 | 5.50 | 9.00 | 5.00 | 9.00 | 5.00 | 3.00 | 0.50 |'].join('\n');
		expect(rows(text)).toEqual([
			['total', 'budget', 'general_public', 12],
			['total', 'final', 'general_public', 5.5],
			['vehicle', 'budget', 'general_public', 9],
			['vehicle', 'final', 'general_public', 5],
			['reception', 'budget', 'general_public', 3],
			['reception', 'final', 'general_public', 0.5]
		]);
		const u = extract(text).unread.filter((x) => x.kind === '表格行').map((x) => x.text);
		expect(u).toEqual(['9.00', '5.00']);
	});

	it('numbers that keep no identity in any placement are not read', () => {
		const text = [...header, '12.00 | 5.50 | 9.00 | 5.00 | 7.00 | 5.00 | 3.00 | 0.50 |'].join('\n');
		expect(rows(text)).toEqual([]);
	});
});

describe('extract: a transfer payment’s money by its step', () => {
	it('预拨 before the year, 清算 after it, 执行到位 spent', () => {
		// figures by hand: 500 = 中央 400 + 省级 100; 500 + 30 = 530
		const text = [
			'阜平县2023年度X项目绩效评价自评报告',
			'(二)项目绩效目标情况。根据省财政厅关于提前下达2023年X补助资金的通知精神,我县及时将原8类X项目预拨资金500万元(中央资金400万元、省级资金100万元)分配到各项目实施机构,年终考核后及时将剩余的清算资金30万元分配到位,2023年度8类X项目资金530万元全部执行到位。'
		].join('\n');
		expect(extract(text).report.budget.map((b) => [b.flow, b.breakdown, b.item, b.scope, b.stage, b.amount.wan])).toEqual([
			['expenditure', 'total', '合计', 'all', 'initial', 500],
			['expenditure', 'budget_level', '中央资金', 'all', 'initial', 400],
			['expenditure', 'budget_level', '省级资金', 'all', 'initial', 100],
			['expenditure', 'total', '合计', 'all', 'addition', 30],
			['expenditure', 'total', '合计', 'all', 'final', 530]
		]);
	});
});

describe('extract: a project’s money a notice gave it, by class of cost', () => {
	it('本项目…下达资金, then its classes of cost said all paid; the whole project’s 总投资 in the goal is not the year’s money', () => {
		// figures by hand: 100.5 + 19.5 = 120
		const text = '阜平县2020年度项目支出绩效自评报告\n总体绩效目标一是完成甲乙海岸线环境提升工程建设,该项目总投资额为2.5亿元,建成后为占地面积约10万平方米的海滨公园一座。\n(一)项目资金情况\n本项目2020年下达直达资金120万元,资金全部用于本项目建设使用,其中一类费100.5万元,二类费19.5万元,均已在2020年支付到位。';
		expect(extract(text).report.budget.map((b) => [b.breakdown, b.item, b.stage, b.amount.wan])).toEqual([
			['total', '合计', 'budget', 120],
			['cost', '一类费', 'final', 100.5],
			['cost', '二类费', 'final', 19.5]
		]);
	});
});

describe('extract: a project’s budget named 预算经费 / 预算价', () => {
	it('each statement of the budget and of the payment', () => {
		const text = '阜平县X局2022年度甲乙道路项目支出绩效自评报告\n2.资金:2022年阜平县甲乙产业园基础设施配套道路建设项目预算经费为500万元,2022年支付480万元。\n当年年度目标完成情况:2022年预算价为500万元,2022年完成支付480万元。';
		expect(extract(text).report.budget.map((b) => [b.stage, b.amount.wan])).toEqual([
			['budget', 500],
			['final', 480],
			['budget', 500],
			['final', 480]
		]);
	});
});

describe('extract: a short numbered line that states amounts', () => {
	it('is a sentence, not a heading', () => {
		const text = '阜平县X局2022年度甲乙道路项目支出绩效自评报告\n2.资金:2022年甲乙道路项目预算经费为500万元,2022年支付480万元。\n3.绩效:完成全部建设任务。';
		expect(extract(text).report.budget.map((b) => [b.stage, b.amount.wan])).toEqual([
			['budget', 500],
			['final', 480]
		]);
	});
});

describe('extract: linkage and transfer funds allocated', () => {
	it('资金共下达 N万元, and money passed on to another body', () => {
		const a = '阜平县X局2022年衔接资金项目绩效自评报告\n(一)阜平县X局2022年衔接资金共下达60万元,用于甲村供水工程、乙村饮水管网改造和丙村蓄水池维修,受益群众1200人。';
		expect(extract(a).report.budget.map((b) => [b.flow, b.stage, b.amount.wan])).toEqual([['expenditure', 'budget', 60]]);
		const b = '阜平县X局2024年转移支付资金绩效自评报告\n严格执行资金管理办法的要求,2024年中央、省、市财政衔接推进乡村振兴补助资金300万元,全部在规定时限内及时下达拨付给县乡村振兴主管部门。';
		expect(extract(b).report.budget.map((x) => [x.flow, x.stage, x.amount.wan])).toEqual([['expenditure', 'budget', 300]]);
	});
});

describe('extract: a project’s funds in prose', () => {
	it('the money a notice gave the project, what was used, what is left and the rate after it', () => {
		const text = [
			'阜平县甲医院2023年度乙项目绩效自评报告',
			'1.项目资金到位情况分析。',
			'阜财社发〔2023〕9号文件下达阜平县甲医院乙项目县级补助资金3.00万元。',
			'2.项目资金执行情况分析。',
			'乙项目县级补助资金3.00万元,截至2023年12月31日,资金已使用2.40万元,结余0.60万元,资金执行率80%。'
		].join('\n');
		expect(extract(text).report.budget.map((b) => [b.flow, b.stage, b.amount.wan, b.execution_rate?.value])).toEqual([
			['expenditure', 'budget', 3, undefined],
			['expenditure', 'final', 2.4, 80],
			['closing_balance', 'final', 0.6, undefined]
		]);
	});
});

describe('extract: a rate said of all the amounts before it', () => {
	it('完成率均达到R% after a total and its parts', () => {
		// figures by hand: 90.5 + 9.5 = 100
		const text = '阜平县X中心2022年整体支出绩效自评总结报告\n一是单位整体绩效自评情况:完成年度工作任务。部门预算总金额 100.00 万元其中:基本支出 90.50 万元,项目支出 9.50 万元。 完成率均达到 100%;部门目标实现率 100%。';
		expect(extract(text).report.budget.map((b) => [b.item, b.stage, b.amount.wan, b.execution_rate?.value])).toEqual([
			['合计', 'budget', 100, 100],
			['基本支出', 'budget', 90.5, 100],
			['项目支出', 'budget', 9.5, 100]
		]);
	});
});

describe('budget prose: the sum of a plan\'s costs', () => {
	it('is left unread, and the form\'s own 年度预算资金总额 is the budget', () => {
		const text = [
			'阜平县市级预算部门(单位)项目支出绩效目标申报表 | |||||||',
			'2025年 | |||||||',
			'项目名称 | 乡村道路巡查经费 | ||||||',
			'项目预算资金(万元) | 中期预算资金总额 | 年度预算资金总额 | 30 | ||||',
			'项目实施计划 | 道路巡查需15万元;质量检测需15万元;竣工验收需10万元,合计40万元。 | ||||||'
		].join('\n');
		const x = extract(text);
		// (the items themselves are costs of the plan, read by the grid reader's plan-cell rule where
		// they add up to the stated 合计; the 合计 is no budget line)
		expect(x.report.budget.map((b) => [b.item, b.amount.wan])).toEqual([['合计', 30], ['道路巡查', 15], ['质量检测', 15], ['竣工验收', 10]]);
		expect(x.unread.some((u) => /合计40万元/.test(u.text) && /实施计划/.test(u.reason))).toBe(true);
	});
});

describe('budget prose: several projects, each in a numbered paragraph', () => {
	const lines = (text: string) => extract(text).report.budget.map((b) => [b.flow, b.breakdown, b.item, b.parent, b.stage, b.amount.wan, b.execution_rate?.value]);

	it('a batch\'s investment and the cost part in brackets after it', () => {
		// figures by hand: 800 + 200 = 1000; 700 + 180 = 880
		const text = [
			'建设项目绩效自评报告',
			'一、县级批复资金情况',
			'我局承担甲县2021年度道路建设项目实施任务,该项目分两批实施,一批项目县级批复总投资800万元(其中建筑工程700万元),二批项目县级批复投资200万元(其中建筑工程180万元),合计批复总投资1000万元(其中建筑工程880万元)。'
		].join('\n');
		expect(lines(text)).toEqual([
			['expenditure', 'cost', '一批项目', undefined, 'budget', 800, undefined],
			['expenditure', 'cost', '建筑工程', '一批项目', 'budget', 700, undefined],
			['expenditure', 'cost', '二批项目', undefined, 'budget', 200, undefined],
			['expenditure', 'cost', '建筑工程', '二批项目', 'budget', 180, undefined],
			['expenditure', 'total', '合计', undefined, 'budget', 1000, undefined],
			['expenditure', 'cost', '建筑工程', undefined, 'budget', 880, undefined]
		]);
	});

	it('a paragraph opening with the project\'s full name and a comma: its pooled money, its parts and what was paid', () => {
		// figures by hand: 50 of 200 paid
		const text = [
			'甲县乙乡人民政府2021年度项目支出绩效单位自评报告',
			'一、基本情况',
			'1.2021年第二批统筹整合使用财政涉农资金茶叶加工厂建设项目,项目实施带动群众增收。统筹整合使用财政涉农资金200万元,其中项目管理费2万元,目前项目资金已拨付50万元。'
		].join('\n');
		expect(lines(text)).toEqual([
			['expenditure', 'project', '茶叶加工厂建设项目', '项目支出', 'budget', 200, undefined],
			['expenditure', 'cost', '项目管理费', '茶叶加工厂建设项目', 'budget', 2, undefined],
			['expenditure', 'project', '茶叶加工厂建设项目', '项目支出', 'final', 50, undefined]
		]);
	});

	it('a fund\'s summary names its projects short; each project\'s paragraph gives its parts and the money received', () => {
		// figures by hand: 30 + 20 = 50; 18 + 12 = 30
		const text = [
			'甲县省级体育彩票公益金转移支付2023年度绩效自评报告',
			'一、绩效目标分解下达情况',
			'2023年下达省级体彩公益金50万元,其中健身器材更新项目30万元、社区运动场项目建设资金20万元。',
			'二、绩效目标完成情况分析',
			'1.健身器材更新项目:2023年下达省级体彩公益金30万元,其中:东区器材更新18万元,西区器材更新12万元,到位资金30万元,资金到位率100%。',
			'2.社区运动场项目:2023年下达省级体彩公益金20万元,到位资金20万元,资金到位率100%。',
			'(二)资金管理情况分析',
			'2023年共支付省级体育彩票公益金50万元,其中支付健身器材更新30万、社区运动场建设20万元。执行率达100%。'
		].join('\n');
		expect(lines(text)).toEqual([
			['expenditure', 'total', '合计', undefined, 'budget', 50, undefined],
			['expenditure', 'project', '健身器材更新项目', '项目支出', 'budget', 30, undefined],
			['expenditure', 'project', '社区运动场项目', '项目支出', 'budget', 20, undefined],
			['expenditure', 'cost', '东区器材更新', '健身器材更新项目', 'budget', 18, undefined],
			['expenditure', 'cost', '西区器材更新', '健身器材更新项目', 'budget', 12, undefined],
			['income', 'project', '健身器材更新项目', undefined, 'final', 30, undefined],
			['income', 'project', '社区运动场项目', undefined, 'final', 20, undefined],
			['expenditure', 'total', '合计', undefined, 'final', 50, 100],
			['expenditure', 'project', '健身器材更新项目', '项目支出', 'final', 30, undefined],
			['expenditure', 'project', '社区运动场项目', '项目支出', 'final', 20, undefined]
		]);
	});
});

describe('budget prose: a fund run over several years, stated year by year', () => {
	it('each year\'s amount is that year\'s line; the sums of the years are left unread', () => {
		// figures by hand: 100 + 300 + 600 = 1000; 100 + 150 + 60 = 310
		const text = [
			'某专项资金全周期跟踪问效绩效评价报告',
			'(二)项目预算安排和支出情况',
			'2021—2023年某专项资金支持乡村文化设施建设项目资金安排1000万元,其中2021年资金安排100万元;2022年安排300万元;2023年安排600万元。',
			'截至2023年7月31日,项目资金支出310万元,总体预算执行率31.00%,其中:2021年度资金支出100万元,预算执行率100%;2022年度资金支出150万元,预算执行率50.00%;2023年度资金支出60万元,预算执行率10.00%。'
		].join('\n');
		const x = extract(text);
		expect(x.report.budget.map((b) => [b.item, b.stage, b.year, b.amount.wan, b.execution_rate?.value])).toEqual([
			['合计', 'budget', 2021, 100, undefined],
			['合计', 'budget', 2022, 300, undefined],
			['合计', 'budget', 2023, 600, undefined],
			['合计', 'final', 2021, 100, 100],
			['合计', 'final', 2022, 150, 50],
			['合计', 'final', 2023, 60, 10]
		]);
		expect(x.unread.filter((u) => /几个年度/.test(u.reason)).map((u) => u.text.match(/(\d+)万元$/)?.[1])).toEqual(['1000', '310']);
	});
});

describe('budget prose: a project evaluation\'s own money', () => {
	const lines = (text: string) => extract(text).report.budget.map((b) => [b.breakdown, b.item, b.stage, b.amount.wan]);

	it('the money evaluated in a notice: 评价X项目N万元资金使用情况', () => {
		const text = [
			'甲市乙园区管委会',
			'2021年茶产业发展项目支出绩效评价评定等次为良',
			'乙园区管委会委托第三方机构开展评价,从数量指标、质量指标、效益指标、满意度指标等方面,客观、公正评价2021年茶产业发展项目820万元资金使用情况,评定结果得分为85.5分。'
		].join('\n');
		expect(lines(text)).toEqual([['total', '合计', 'budget', 820]]);
	});

	it('a project whose name holds 人员经费 is the project, and its levels in brackets are named as written', () => {
		// figures by hand: 60.5 + 39.5 = 100
		const text = [
			'甲市乙区2022年度敬老院运行及人员经费项目绩效评价报告',
			'一、项目基本情况',
			'甲市乙区2022年度敬老院运行及人员经费(集中供养)项目预算合计为100.00万元(其中:自治区60.50万元,市级39.50万元)。'
		].join('\n');
		expect(lines(text)).toEqual([
			['total', '合计', 'budget', 100],
			['budget_level', '自治区', 'budget', 60.5],
			['budget_level', '市级', 'budget', 39.5]
		]);
	});
});

describe('staffing prose: the people in post by how they are paid, and the retired of both kinds', () => {
	it('财政全额保障 / 财政差额补助 are people financed; 离退休人员 is the retired in all', () => {
		// figures by hand: 20 + 0 = 20; 0 + 7 = 7
		const text = [
			'甲县乙局2023年部门整体支出绩效自评报告',
			'一、部门概况',
			'截至2023年12月31日,甲县乙局机关行政编制22名,事业编制3名。',
			'截至2023年12月31日,甲县乙局在职实有20人,其中:财政全额保障20人,财政差额补助0人。离退休人员7人,其中:离休0人,退休7人。'
		].join('\n');
		expect(extract(text).report.staffing.map((s) => [s.category, s.measure, s.count.value])).toEqual([
			['行政编制', 'authorized', 22],
			['事业编制', 'authorized', 3],
			['合计', 'actual', 20],
			['财政全额保障', 'financed', 20],
			['财政差额补助', 'financed', 0],
			['合计', 'retired', 7],
			['离休', 'retired', 0],
			['退休', 'retired', 7]
		]);
	});
});

describe('narrative: the headings of a table of contents', () => {
	it('a 改进措施 heading listed in the 目录 is not the section, nor are the attachments after it its items', () => {
		const text = [
			'甲县乙局 2023年部门整体支出绩效自评报告',
			'目录',
			'一、摘要',
			'二、部门概况',
			'七、存在的问题',
			'八、改进措施及建议',
			'附件1成本费用分析报告',
			'附件2问卷调查报告',
			'甲县乙局',
			'2023年度部门整体支出绩效自评报告',
			'一、部门概况',
			'甲县乙局主要职能是负责全县有关工作,全年完成了各项任务。'
		].join('\n');
		const r = extract(text).report;
		expect(r.measures).toEqual([]);
		expect(r.problems).toEqual([]);
	});
});

describe('budget prose: money received stated as a quantity indicator\'s outcome', () => {
	it('is the year\'s income, of the project\'s money, and the indicator\'s outcome too', () => {
		const text = [
			'甲县第三小学2023年项目支出绩效自评报告',
			'(一)项目基本情况',
			'我校校园维修经费项目财政资金总额8.50万元,拨付使用8.50万元,预算执行率100%。',
			'2. 完成的绩效目标。',
			'(1)产出指标',
			'①数量指标:2023年,我校收到校园维修经费资金8.50万元。',
			'②时效指标:校园维修经费资金到位率为100%。'
		].join('\n');
		const r = extract(text).report;
		expect(r.budget.map((b) => [b.flow, b.scope, b.stage, b.amount.wan])).toEqual([
			['expenditure', 'fiscal', 'budget', 8.5],
			['expenditure', 'fiscal', 'final', 8.5],
			['income', 'fiscal', 'final', 8.5]
		]);
		expect(r.indicators.map((i) => [i.level2, i.name, i.actual?.text])).toEqual([
			['数量指标', '收到校园维修经费资金', '8.50万元'],
			['时效指标', '校园维修经费资金到位率', '100%']
		]);
	});
});

describe('budget prose: the money a notice allotted, as a transfer payment states it', () => {
	it('"…的通知》(X〔2022〕N号)文件规定补助金额为N万元" is the fund\'s budget', () => {
		const text = [
			'甲区乙局2022年转移支付绩效自评报告',
			'根据《甲省财政厅关于拨付2022年中央防汛救灾资金(洪涝灾害救灾补助)的通知》(甲财〔2022〕45号)文件规定补助金额为30万元。用于组织人员采取应急措施。',
			'截止2022年12月31日,此专项经费预算数30万元,全年执行数30万元,实际执行率100%。'
		].join('\n');
		expect(extract(text).report.budget.map((b) => [b.item, b.stage, b.amount.wan, b.execution_rate?.value])).toEqual([
			['合计', 'budget', 30, undefined],
			['合计', 'budget', 30, undefined],
			['合计', 'final', 30, 100]
		]);
	});
});

describe('prose indicators: outcomes written as sentences under a level heading', () => {
	it('each clause naming a figure is an outcome; the task it completes is its target, 控制在…以内 its bound', () => {
		// figures by hand: 1100 ÷ 1000 = 110%; 900 of 900 = 100%
		const text = [
			'甲县乙中心2023年项目支出绩效自评报告',
			'(二)绩效目标设定及指标完成情况',
			'1、数量指标',
			'(1)医疗保险工作方面。2023年度,医疗保险参保总人数为900人,完成市目标任务900人的100%。',
			'(2)城乡工作方面。2023年度,我县月平均投诉率为1.20%,控制在3%以内;网上登记申报560条,完成率100%;为甲县乙学校的12名毕业生发放补贴。',
			'(3)培训服务工作方面。2023年度,已开展电工技能培训20期,培训1100人,完成市目标任务数1000人的110%。',
			'2、质量指标',
			'(1)2023年保险费率继续按照2%执行至2024年12月31日,其中单位费率1.5%,个人费率0.5%。'
		].join('\n');
		const got = extract(text).report.indicators.map((i) => [i.level2, i.name, i.target?.op, i.target?.text, i.actual?.text, i.stated_completion?.value]);
		expect(got).toEqual([
			['数量指标', '医疗保险参保总人数', '>=', '900人', '900人', 100],
			['数量指标', '月平均投诉率', '<=', '3%以内', '1.20%', undefined],
			['数量指标', '网上登记申报', undefined, undefined, '560条', 100],
			['数量指标', '电工技能培训', '>=', '1000人', '1100人', 110],
			['质量指标', '保险费率', undefined, undefined, '2%', undefined]
		]);
	});
});

describe('extract: project money in reports on several projects or several years', () => {
	const linesOf = (text: string) => extract(text).report.budget.map((b) => [b.flow, b.breakdown, b.item, b.parent ?? '', b.stage, b.year, b.amount.wan]);

	it('the parts a numbered project names after 其中 are its costs, not the project again', () => {
		// figures by hand: 30 = 12 + 10 + 8
		const text = [
			'阜平县民政局2023年度省级彩票公益金转移支付绩效自评报告',
			'1.敬老院运营补贴项目:2023年下达省级福彩公益金30万元,其中:甲敬老院运营补贴12万元,乙敬老院运营补贴10万元,丙服务中心运营补贴8万元,到位资金30万元,资金到位率100%。'
		].join('\n');
		const got = linesOf(text);
		expect(got).toContainEqual(['expenditure', 'project', '敬老院运营补贴项目', '项目支出', 'budget', 2023, 30]);
		expect(got).toContainEqual(['expenditure', 'cost', '甲敬老院运营补贴', '敬老院运营补贴项目', 'budget', 2023, 12]);
		expect(got).toContainEqual(['expenditure', 'cost', '丙服务中心运营补贴', '敬老院运营补贴项目', 'budget', 2023, 8]);
		// no project line carries a part's amount
		expect(got.filter((l) => l[1] === 'project').map((l) => l[6])).not.toContain(12);
	});

	it('a numbered paragraph opening with the project name and a comma: the name without the fund batch, budget then paid', () => {
		const text = [
			'阜平县X乡2021年度项目支出绩效自评报告',
			'  1.2021年第二批统筹整合使用财政涉农资金养殖小区建设项目,项目实施带动群众增收。统筹整合使用财政涉农资金150万元,其中项目管理费1.5万元,目前项目资金已拨付120万元。项目本年未竣工验收。'
		].join('\n');
		expect(linesOf(text)).toEqual([
			['expenditure', 'project', '养殖小区建设项目', '项目支出', 'budget', 2021, 150],
			['expenditure', 'cost', '项目管理费', '养殖小区建设项目', 'budget', 2021, 1.5],
			['expenditure', 'project', '养殖小区建设项目', '项目支出', 'final', 2021, 120]
		]);
	});

	it('a total split by year after 其中: each part is its year\'s, the total of several years is left unread', () => {
		// figures by hand: 900 = 200 + 300 + 400 (安排); 510 = 200 + 250 + 60 (支出)
		const text = [
			'X省2021—2023年度彩票公益金项目绩效评价报告',
			'2021—2023年彩票公益金项目资金安排900万元,其中2021年资金安排200万元;2022年安排300万元;2023年安排400万元。',
			'截至2023年7月31日,项目资金支出510万元,其中:2021年度资金支出200万元;2022年度资金支出250万元;2023年度资金支出60万元。'
		].join('\n');
		const r = extract(text);
		const got = r.report.budget.map((b) => [b.stage, b.year, b.amount.wan]);
		expect(got).toEqual([
			['budget', 2021, 200],
			['budget', 2022, 300],
			['budget', 2023, 400],
			['final', 2021, 200],
			['final', 2022, 250],
			['final', 2023, 60]
		]);
		expect(r.unread.some((u) => u.text.includes('510') && u.reason.includes('几个年度'))).toBe(true);
		expect(r.unread.some((u) => u.text.includes('900') && u.reason.includes('几个年度'))).toBe(true);
	});
});

describe('prose indicators and measures of a short project self-evaluation report', () => {
	const text = [
		'甲市图书馆2022年项目支出绩效自评报告',
		'一、自评结论',
		'(二)绩效目标完成情况',
		'1.产出指标完成情况',
		'数量指标:年度开放服务天300天,指标完成率100%;年度开放服务12万人次,指标完成率100%。',
		'2.效益指标完成情况',
		'服务群众阅读需求有效提高,指标完成率100%。',
		'3.满意度指标完成情况',
		'读者满意度调查好评率95%,指标完成率98.5%。',
		'(三)存在的问题和原因分析',
		'经费不足,无法提供更多服务。',
		'(四) 下一步拟改进措施及有关建议',
		'1.措施:加强对各部门申报项目的指导,使项目编制更加符合绩效评价相关要求,重视绩效评价工作,牢固树立绩效管理理念。',
		'2.建议:加大资金投入力度、抓好人才队伍建设。',
		'二、佐证材料'
	].join('\n');

	it('a completion rate after an outcome is its stated completion; under 效益/满意度, a line that states one is an outcome', () => {
		expect(extract(text).report.indicators.map((i) => [i.level1, i.name, i.actual?.text, i.stated_completion?.value])).toEqual([
			['产出指标', '年度开放服务天', '300天', 100],
			['产出指标', '年度开放服务', '12万人次', 100],
			['效益指标', '服务群众阅读需求', '有效提高', 100],
			['满意度指标', '读者满意度调查好评率', '95%', 98.5]
		]);
	});

	it('措施: / 建议: lead an item as its title (a short numbered item read as a heading keeps its heading\'s text, without the full stop)', () => {
		expect(extract(text).report.measures.map((m) => [m.title, m.text])).toEqual([
			['措施', '加强对各部门申报项目的指导,使项目编制更加符合绩效评价相关要求,重视绩效评价工作,牢固树立绩效管理理念。'],
			['建议', '加大资金投入力度、抓好人才队伍建设']
		]);
	});
});

describe('prose indicators: one indicator a sub-heading, its outcome in the line below', () => {
	it('a figure that ends the first clause, the clause before a completion rate, or a short line of words', () => {
		const text = [
			'甲县乙局2022年衔接资金项目绩效自评报告',
			'(二)项目绩效指标完成情况分析。',
			'1.产出指标完成情况分析。',
			'(1)项目完成数量。',
			'完成年度建设项目2个,主要建设内容为新建机井1座。',
			'(2)项目完成质量',
			'已通过竣工验收。',
			'(3)项目实施进度',
			'丙村灌溉项目已完成竣工验收,完成率100%。',
			'(4)项目成本节约情况',
			'项目以中标单价实施,最终以结算审计为准。'
		].join('\n');
		expect(extract(text).report.indicators.map((i) => [i.level1, i.name, i.actual?.text, i.stated_completion?.value])).toEqual([
			['产出指标', '项目完成数量', '2个', undefined],
			['产出指标', '项目完成质量', '已通过竣工验收', undefined],
			['产出指标', '项目实施进度', '已完成竣工验收', 100],
			['产出指标', '项目成本节约情况', '项目以中标单价实施,最终以结算审计为准', undefined]
		]);
	});
});

describe('prose indicators: a level with its second level in brackets, an outcome stated against the target', () => {
	it('"(3)满意度指标(服务对象满意度指标):家长满意度大于年度指标值≥90%。"', () => {
		const text = ['甲县第二小学2023年项目支出绩效自评报告', '2. 完成的绩效目标。', '(3)满意度指标(服务对象满意度指标):家长满意度大于年度指标值≥90%。'].join('\n');
		expect(extract(text).report.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.actual?.text])).toEqual([
			['满意度指标', '服务对象满意度指标', '家长满意度', '>=', 90, '大于年度指标值']
		]);
	});
});

describe('small prose rules: the kind of post of people in post, a project sum before what was paid of it', () => {
	it('实有事业人员N名 after 事业编制核定数 is the 事业编制\'s people in post', () => {
		const text = ['甲市乙馆2018年部门整体支出绩效评价报告', '(二)人员结构情况:2018年,市乙馆事业编制核定数 20 名。实有事业人员 18 名、离退休人员 9 名。'].join('\n');
		expect(extract(text).report.staffing.map((s) => [s.category, s.measure, s.count.value])).toEqual([
			['事业编制', 'authorized', 20],
			['事业编制', 'actual', 18],
			['合计', 'retired', 9]
		]);
	});

	it('a project\'s sum with no word of its stage, followed by what was paid of it, is its budget', () => {
		const text = ['甲县教育局2022年度部门整体支出绩效自评总结', '项目支出情况:一是用于高中教育支出,即教育结余用于项目建设经费120.50万元,于本年度支出120.50万元,执行率100%。'].join('\n');
		expect(extract(text).report.budget.map((b) => [b.item, b.stage, b.amount.wan])).toEqual([
			['高中教育支出', 'budget', 120.5],
			['高中教育支出', 'final', 120.5]
		]);
	});
});

describe('三公 prose: a share of the whole named before its figure', () => {
	it('"公务接待费支出1.20万元,占“三公”经费的100%"', () => {
		const text = ['甲县乙局2018年度“三公”经费支出情况说明', '2018年度本部门一般公共预算财政拨款安排的“三公”经费支出1.20万元;其中:因公出国(境)支出0万元;公务接待费支出1.20万元,占“三公”经费的100%。'].join('\n');
		expect(extract(text).report.sangong.map((s) => [s.item, s.amount?.wan, s.share?.value])).toEqual([
			['total', 1.2, undefined],
			['abroad', 0, undefined],
			['reception', 1.2, 100]
		]);
	});
});

describe('budget prose: income whose parts hold the balance carried over', () => {
	it('"全年实际收入N万元,其中财政拨款收入A万元,上年结转结余B万元": N is the 总计, left unread; the parts are read', () => {
		// figures by hand: 500.00 + 50.50 = 550.50
		const text = ['甲市乙馆2018年度部门整体支出绩效评价报告', '(三)年度财政收支:全年实际收入550.50万元,其中财政拨款收入500.00万元,上年结转结余50.50万元;全年实际支出520.00万元,其中基本支出400.00万元,项目支出120.00万元。'].join('\n');
		const x = extract(text);
		expect(x.report.budget.map((b) => [b.flow, b.breakdown, b.item, b.amount.wan])).toEqual([
			['income', 'source', '财政拨款收入', 500],
			['opening_balance', 'total', '合计', 50.5],
			['expenditure', 'total', '合计', 520],
			['expenditure', 'nature', '基本支出', 400],
			['expenditure', 'nature', '项目支出', 120]
		]);
		expect(x.unread.some((u) => u.text.includes('550.50') && /总计/.test(u.reason))).toBe(true);
	});
});

describe('budget prose: what was paid before, beside the whole cost and what is still to pay', () => {
	it('"已申请专项债券资金支付N万元,…增加投资共T万元,还需拨付M万元" with N + M = T: N is left unread', () => {
		// figures by hand: 800 + 50 = 850
		const text = [
			'2021年度项目支出绩效自评',
			'一、项目基本情况',
			'甲站站房规模扩大,增加投资由地方承担,已申请专项债券资金支付800万元,根据有关批复,甲市应承担站房扩大规模增加投资共850万元,还需拨付50万元,市级预算安排80%计40万元,乙区承担10万元。'
		].join('\n');
		const x = extract(text);
		expect(x.report.budget.map((b) => b.amount.wan)).not.toContain(800);
		expect(x.unread.some((u) => u.text.includes('800') && /以前已支付/.test(u.reason))).toBe(true);
	});
});

describe('narrative: the overall goal on a labelled line of its own', () => {
	it('"总体目标:…" under a 绩效目标和绩效指标设定情况 heading is the goal', () => {
		const text = ['甲区道路改造项目2022年度绩效自评报告', '(二)项目年度预算绩效目标和绩效指标设定情况', '总体目标:完成道路改造建设总量60%。', '当年年度目标完成情况:2022年预算价为500万元,2022年完成支付500万元。'].join('\n');
		expect(extract(text).report.goal?.text).toBe('完成道路改造建设总量60%。');
	});
});

describe('extract: a third party\'s cover', () => {
	it('reads the score and grade the cover states as label:value ("评价分值:88.64分评价等级:良")', () => {
		const text = ['阜平县X镇人民政府2023年村干部报酬项目', '绩效评价报告', '委托单位:阜平县财政局', '评价分值:86.5分评价等级:良 | ||||'].join('\n');
		const r = extract(text).report;
		expect([r.scores?.total?.score.value, r.scores?.grade?.value]).toEqual([86.5, '良']);
	});
});

describe('budget prose: a numbered item\'s cost shared out by levels of government', () => {
	it('"1、X保险:…总保费N万元,中央财政补贴P%为A万元,…": the item\'s cost and each level\'s share of it', () => {
		// figures by hand: 200 × 45% = 90, × 25% = 50; 80 × 50% = 40, × 30% = 24
		const text = [
			'甲县农业保险保费补贴2021年度绩效自评报告',
			'2021年度,全县各险种总保费达到900万元。',
			'一、绩效目标分解下达情况',
			'1、小麦保险:全县2021年小麦种植30万亩,计划和实际承保面积为20万亩,总保费200万元,其中中央财政补贴45%,为90万元,省级财政补贴25%为50万元。',
			'2、奶牛保险:全县2021年计划和实际投保5000头,总保险为80万元,中央财政补贴50%为40万元,县级财政补贴30%为24万元。'
		].join('\n');
		const b = extract(text).report.budget.map((l) => [l.breakdown, l.item, l.parent, l.scope, l.amount.wan, l.share?.value]);
		expect(b).toEqual([
			['cost', '小麦保险', undefined, 'all', 200, undefined],
			['budget_level', '中央财政补贴', '小麦保险', 'fiscal', 90, 45],
			['budget_level', '省级财政补贴', '小麦保险', 'fiscal', 50, 25],
			['cost', '奶牛保险', undefined, 'all', 80, undefined],
			['budget_level', '中央财政补贴', '奶牛保险', 'fiscal', 40, 50],
			['budget_level', '县级财政补贴', '奶牛保险', 'fiscal', 24, 30]
		]);
	});
});

describe('staffing prose: a whole-department report that restates its staffing', () => {
	const staffOf = (text: string) => extract(text).report.staffing.map((s) => [s.measure, s.category, s.count.value]);
	it('职工 with its kinds, 在职人员编制, 财政全供养 / 部分供养, and each count once', () => {
		// figures by hand: 2 + 9 + 1 = 12 in post; 0 + 14 = 14 posts
		const text = [
			'甲县乙馆2023年度部门整体支出绩效评价报告',
			'一、部门概况',
			'1、机构设置情况:',
			'乙馆属于正科级事业单位,领导职数2名。县编委核定事业编制14人。我单位2023底有职工12人,其中管理人员2人,专业技术人员9人,原机关工勤1人。',
			'2.编制情况',
			'我单位在职人员编制为14人,其中:行政编制0人,事业编制14人。在职实有12人,其中: 财政全供养 12人,财政部分供养0人,非财政供养0人。'
		].join('\n');
		expect(staffOf(text).sort()).toEqual(
			[
				['authorized', '事业编制', 14],
				['actual', '合计', 12],
				['actual', '管理人员', 2],
				['actual', '专业技术人员', 9],
				['actual', '原机关工勤', 1],
				['authorized', '合计', 14],
				['authorized', '行政编制', 0],
				['financed', '财政全供养', 12],
				['financed', '财政部分供养', 0]
			].sort()
		);
	});
	it('"核定在职全额编制数N名" counts posts', () => {
		const text = ['2024年度甲区丙会部门整体支出绩效自评报告', '一、部门基本情况', '丙会内设机构包括:办公室、维权部。核定在职全额编制数5名。甲区丙会预算人员实有数5人,在编人员5人。'].join('\n');
		expect(staffOf(text)).toEqual([
			['authorized', '合计', 5],
			['actual', '合计', 5]
		]);
	});
});

describe('budget prose: a notice that gives each evaluated project a numbered paragraph', () => {
	it('a project name that holds a comma is the whole name, and each paragraph\'s money is its own project\'s', () => {
		// figures by hand: 95 ÷ 100 = 95.00%; 190 ÷ 200 = 95.00%
		const text = [
			'甲县2021年5个重点项目绩效评价报告公开',
			'来源:甲县财政局',
			'我县选择5个2021年县级重点项目,委托第三方开展了重点项目绩效评价,现予以公开:',
			'1、乙乡丙村农田道路建设项目,铺建砂石路3公里。2021年下达财政专项扶贫资金100万元,截至2021年12月31日,实际已支付95万元,支付完成率为95.00%。',
			'2、乙乡丁村村内干道,巷道路面硬化建设项目,乙乡人民政府已修建村组道路2公里。2021年下达以工代赈资金200万元,截至2021年12月31日,实际已支付190万元,支付完成率为95.00%。'
		].join('\n');
		const b = extract(text).report.budget.map((l) => [l.item, l.stage, l.amount.wan]);
		expect(b).toEqual([
			['乙乡丙村农田道路建设项目', 'budget', 100],
			['乙乡丙村农田道路建设项目', 'final', 95],
			['乙乡丁村村内干道,巷道路面硬化建设项目', 'budget', 200],
			['乙乡丁村村内干道,巷道路面硬化建设项目', 'final', 190]
		]);
	});
});

describe('三公 prose and its comparison table by year', () => {
	it('"比上年决算数下降P%" after an amount (and after the bracket of its parts), 公车购置及运行费, and the table\'s other year and change row', () => {
		// figures by hand: 10 + 500 + 300 = 810; 20 + 280 = 300; 2019: 30 + 600 + 370 = 1000, 50 + 320 = 370
		const text = [
			'甲县2020年一般公共预算安排“三公”经费决算数810万元,比上年决算数下降19.00 %。分项情况是:因公出国(境)经费10万元,与上年决算数下降66.67%;公务接待费500万元,比上年决算数下降16.67%;公车购置及运行费300万元(其中公务用车购置费20万元,公务用车运行费280万元),比上年决算数下降18.92%。',
			'2020年决算数与2019年决算数对比情况',
			'年度', '|', '合计', '|', '因公出国(境)经费', '|', '公务接待费', '|', '公车购置及运行维护费', '|', '合计', '|', '车辆购置', '|', '车辆运行', '|',
			'2019年', '|', '1000', '|', '30', '|', '600', '|', '370', '|', '50', '|', '320', '|',
			'2020年', '|', '810', '|', '10', '|', '500', '|', '300', '|', '20', '|', '280', '|',
			'2020年比2019年增减%', '|', '-19.00', '|', '-66.67', '|', '-16.67', '|', '-18.92', '|', '-60.00', '|', '-12.50', '|'
		].join('\n');
		const sg = extract(text).report.sangong.map((l) => [l.item, l.year, l.amount?.wan, l.change?.pct?.value]);
		expect(sg).toEqual([
			['total', 2020, 810, -19],
			['abroad', 2020, 10, -66.67],
			['reception', 2020, 500, -16.67],
			['vehicle', 2020, 300, -18.92],
			['vehicle_purchase', 2020, 20, -60],
			['vehicle_operation', 2020, 280, -12.5],
			['total', 2019, 1000, undefined],
			['abroad', 2019, 30, undefined],
			['reception', 2019, 600, undefined],
			['vehicle', 2019, 370, undefined],
			['vehicle_purchase', 2019, 50, undefined],
			['vehicle_operation', 2019, 320, undefined]
		]);
	});
});

describe('prose indicators: targets and outcomes by level in numbered paragraphs', () => {
	const indOf = (text: string) =>
		extract(text).report.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value ?? i.target?.text, i.actual?.value ?? i.actual?.text]);
	it('"产出数量指标:第一,A年初指标值为不低于T,全年实际完成值V。…", a deadline with its outcome in words, and outcomes in words alone', () => {
		const text = [
			'甲区残联中央转移支付2022年度绩效自评报告(乙补助资金)',
			'一、绩效目标分解下达情况',
			'2022年下达甲区中央转移支付资金(乙补助资金)12.5万元,用于丙服务。',
			'二、绩效情况分析',
			'(一)资金投入情况分析。',
			'投入中央直达资金12.5万,执行数12.5万,执行率100%。',
			'(四)绩效指标完成情况分析。',
			'1、产出数量指标:第一,服务对象覆盖率年初指标值为不低于90%,全年实际完成值95%。第二,托养服务人次数年初指标值为不低于40人,全年实际完成值42人。',
			'2、产出时效指标:项目完成时间年初指标值为2022年12月底,实际在规定时间内完成。',
			'3、社会效益指标:丙服务水平有所提高;丁群体出行负担明显减轻。'
		].join('\n');
		const r = extract(text).report;
		expect(r.budget.map((b) => [b.stage, b.amount.wan])).toEqual([
			['budget', 12.5],
			['final', 12.5]
		]);
		expect(indOf(text)).toEqual([
			['产出指标', '数量指标', '服务对象覆盖率', '>=', 90, 95],
			['产出指标', '数量指标', '托养服务人次数', '>=', 40, 42],
			['产出指标', '时效指标', '项目完成时间', 'deadline', '2022年12月底', '实际在规定时间内完成'],
			['效益指标', '社会效益指标', '丙服务水平', undefined, undefined, '有所提高'],
			['效益指标', '社会效益指标', '丁群体出行负担', undefined, undefined, '明显减轻']
		]);
	});
	it('levels restated under 项目绩效目标设定情况 are targets, and a bound written with ≥ is a target anywhere', () => {
		const text = [
			'2022年度项目支出绩效自评',
			'一、绩效目标分解下达情况',
			'(一)、资金下达情况',
			'下达预算资金80万元用于甲村饮水工程。',
			'(二)、项目绩效目标设定情况',
			'1、产出指标数量指标:',
			'甲村新建水房1座。',
			'质量指标:项目(工程)验收合格率100%',
			'2、效益指标',
			'社会效益指标:受益人口数≥30人;集中供水率≥≥95%',
			'可持续影响指标:工程设计使用年限≥10年'
		].join('\n');
		expect(indOf(text)).toEqual([
			['产出指标', '质量指标', '项目(工程)验收合格率', '>=', 100, undefined],
			['效益指标', '社会效益指标', '受益人口数', '>=', 30, undefined],
			['效益指标', '社会效益指标', '集中供水率', '>=', 95, undefined],
			['效益指标', '可持续影响指标', '工程设计使用年限', '>=', 10, undefined]
		]);
	});
});

describe('budget prose: an ex-ante report\'s need, its year\'s budget and the cost items it lists by ordinal', () => {
	it('"共需资金N万元", the items under 项目预算投入 ("一是A,需资金a万元" …), and the 成本指标 that restates them is no line', () => {
		// figures by hand: 30 + 50 + 120 = 200
		const text = [
			'甲村示范点奖励资金绩效评价报告',
			'项目名称 甲村示范点奖励',
			'2021年 2月 3 日',
			'一、项目概况',
			'(一)项目基本情况',
			'我县实施示范村建设项目,示范村5个。共需资金200万元,年初预算安排60万元。',
			'(三)项目预算投入',
			'一是建设方案、规划编制,需资金30万元',
			'二是示范村建设50万元',
			'三是示范村的奖励120万元(按照方案的要求)',
			'(四)绩效目标',
			'成本指标:',
			'该项目需县级财政安排资金200万元,县级安排60万元。'
		].join('\n');
		const b = extract(text).report.budget.map((l) => [l.breakdown, l.item, l.stage, l.amount.wan]);
		expect(b).toEqual([
			['total', '合计', 'budget', 200],
			['total', '合计', 'initial', 60],
			['cost', '建设方案、规划编制', 'budget', 30],
			['cost', '示范村建设', 'budget', 50],
			['cost', '示范村的奖励', 'budget', 120]
		]);
	});
});

describe('a transfer-payment self-evaluation reposted with its figures masked', () => {
	it('the visible parts of a masked allocation are its costs; an allocation with a cut among its parts is not read; the fund\'s own heading names the project', () => {
		const text = [
			'甲县林业局2021年度中央对地方转移支付预算执行情况绩效自评报告',
			'(略) 分 乙发展资金绩效自评',
			'一、绩效目标分解下达情况',
			'中央下达补助资金 点击查看>> 万元。',
			'二、绩效目标完成情况分析',
			'1、项目资金到位情况分析',
			'根据甲财指(资环)【2021】 (略) 文件,下达给我单位资金 点击查看>> 万元,其中:丙补偿资金到位 点击查看>> 万元,丁管护补助4.5万元,造林补助1.2万元,防治费3.3万元。',
			'根据甲财指(资环)【2021】 (略) 文件,下达给我单位资金0.8万元,其中:丙补偿资金调减1.1万元,造林补助1.4万元,戊补助0.5万元。'
		].join('\n');
		const r = extract(text).report;
		expect(r.project?.name.value).toBe('乙发展资金');
		expect(r.budget.map((l) => [l.breakdown, l.item, l.stage, l.amount.wan])).toEqual([
			['cost', '丁管护补助', 'budget', 4.5],
			['cost', '造林补助', 'budget', 1.2],
			['cost', '防治费', 'budget', 3.3]
		]);
	});
});

describe('budget prose: a Hunan whole-department report\'s 一般公共预算支出情况', () => {
	it('budget income with its opening and added parts, other money, and spending above the budget income (all money)', () => {
		// figures by hand: 40 + 10 = 50; spending 62 > 50 (other money 15 makes the difference possible)
		const text = [
			'2022年度甲区乙会部门(单位)整体支出绩效自评报告',
			'一、部门(单位)基本情况',
			'本部门共有编制人数4人,实有人数4人。',
			'二、一般公共预算支出情况',
			'(一)基本支出情况',
			'2022年预算收入50万元,其中年初预算40万元,调整追加10万元。其他资金来源15万元。',
			'2022年支出62万元,其中基本支出60万元,项目支出2万元,结余结转0万元'
		].join('\n');
		const b = extract(text).report.budget.map((l) => [l.flow, l.breakdown, l.item, l.scope, l.stage, l.amount.wan]);
		expect(b).toEqual([
			['income', 'total', '合计', 'general_public', 'adjusted', 50],
			['income', 'total', '合计', 'general_public', 'initial', 40],
			['income', 'total', '合计', 'general_public', 'addition', 10],
			['income', 'source', '其他收入', 'other', 'budget', 15],
			['expenditure', 'total', '合计', 'all', 'final', 62],
			['expenditure', 'nature', '基本支出', 'all', 'final', 60],
			['expenditure', 'nature', '项目支出', 'all', 'final', 2],
			['closing_balance', 'total', '合计', 'all', 'final', 0]
		]);
	});
});

describe('staffing prose: kinds of people in post listed one after another', () => {
	it('"现有在职在编行政人员N人,参公A人,机关工勤人员B人,全额拨款事业单位人员C人": one line per kind', () => {
		const text = ['甲区乙会 2022年度部门决算情况说明', '一、部门基本情况', '现有在职在编行政人员4人,参公2人,机关工勤人员1人,全额拨款事业单位人员5人。挂职副主席1人。归口管理的行政单位离退休人员2人。'].join('\n');
		expect(extract(text).report.staffing.map((s) => [s.measure, s.category, s.count.value])).toEqual([
			['actual', '行政编制', 4],
			['actual', '参公', 2],
			['actual', '机关工勤', 1],
			['actual', '全额拨款事业', 5],
			['retired', '合计', 2]
		]);
	});
});

describe('a fund self-evaluation that names its levels after the notices that sent them', () => {
	it('"其中:依据《…》(X〔2020〕N号)下达中央财政资金A万元,县财政资金B万元": each level; "本项目总体的绩效目标是…" is the goal', () => {
		// figures by hand: 12.5 + 12.5 = 25
		const text = [
			'甲县2021年农村饮水工程维修养护水利发展资金绩效自评报告',
			'一、概述',
			'(一)中央下达水利发展资金预算和绩效目标情况',
			'本项目属中央水利资金项目,项目批复总投资25万元。其中:依据《乙省财政厅关于提前下达2021年中央财政水利发展资金预算的通知》(乙财农【2020】99号)下达中央财政资金12.5万元,县财政资金12.5万元,共计下达25万元。',
			'本项目总体的绩效目标是40处农村饮水工程维修养护,覆盖服务人口1.2(万人)。'
		].join('\n');
		const r = extract(text).report;
		expect(r.budget.map((l) => [l.breakdown, l.item, l.scope, l.amount.wan])).toEqual([
			['total', '合计', 'all', 25],
			['budget_level', '中央财政资金', 'fiscal', 12.5],
			['budget_level', '县财政资金', 'fiscal', 12.5]
		]);
		expect(r.goal?.text).toBe('40处农村饮水工程维修养护,覆盖服务人口1.2(万人)。');
	});
});

describe('project count of a notice of evaluations', () => {
	it('"我县选择N个2021年县级重点项目" counts the projects', () => {
		const text = ['甲县2021年8个重点项目绩效评价报告公开', '来源:甲县财政局', '我县选择8个2021年县级重点项目,委托第三方开展了重点项目绩效评价,现予以公开:', '1、乙乡道路建设项目,2021年下达资金50万元,截至2021年12月31日,实际已支付45万元,支付完成率为90.00%。'].join('\n');
		expect(extract(text).report.project_count?.value).toBe(8);
	});
});

describe('staffing and scope words of 决算 and self-evaluation prose', () => {
	it('"事业编制N人,实际M人": the kind\'s people in post', () => {
		const text = ['甲区乙馆2023年度部门决算', '一、部门基本情况', '本部门行政编制0人,实有人数0人;事业编制20人,实际18人。全年按编制开展培训,计划培训50人,实际48人。'].join('\n');
		expect(extract(text).report.staffing.map((s) => [s.measure, s.category, s.count.value])).toEqual([
			['authorized', '行政编制', 0],
			['actual', '行政编制', 0],
			['authorized', '事业编制', 20],
			['actual', '事业编制', 18]
		]);
	});
	it('公共财政拨款 is the 一般公共预算 money', () => {
		const text = ['2024年度甲区乙会部门整体支出绩效自评报告', '二、一般公共预算支出情况', '(一)基本支出情况', '2024年部门预算财政安排公共财政拨款资金共90.5万元,实际支出90.5万元。'].join('\n');
		expect(extract(text).report.budget.map((b) => [b.flow, b.breakdown, b.scope, b.amount.wan])).toEqual([
			['income', 'total', 'general_public', 90.5],
			['expenditure', 'total', 'general_public', 90.5]
		]);
	});
});

describe('三公: a sentence that compares an item with its year\'s budget', () => {
	it('"与2021年度预算相比,增加0万元,增长0%" after the item\'s actual is no change on last year', () => {
		const text = ['甲市乙会2021年度一般公共预算财政拨款“三公”经费支出决算情况说明', '2021年度一般公共预算财政拨款“三公”经费支出预算为2.5万元,支出决算为2万元,完成预算的80%。', '1.因公出国(境)费支出0万元。与2021年度预算相比,增加0万元,增长0%。'].join('\n');
		const sg = extract(text).report.sangong.find((l) => l.item === 'abroad');
		expect(sg?.amount?.wan).toBe(0);
		expect(sg?.change).toBeUndefined();
	});
});

describe('budget prose: 一般公共预算 spending above its income with no other money named', () => {
	it('stays 一般公共预算 (a balance carried over can pay for it)', () => {
		const text = ['2022年度甲区乙会部门(单位)整体支出绩效自评报告', '二、一般公共预算支出情况', '(一)基本支出情况', '2022年预算收入50万元,其中年初预算40万元,调整追加10万元。', '2022年支出55万元,其中基本支出55万元。'].join('\n');
		expect(extract(text).report.budget.filter((l) => l.flow === 'expenditure').map((l) => l.scope)).toEqual(['general_public', 'general_public']);
	});
});

describe('prose indicators: an outcome stated short of its plan', () => {
	it('"…玉米投保覆盖面积为N万亩,与计划的T万亩以上存在一定差距,投保覆盖率为P%": target, outcome and the rate stated', () => {
		// figures by hand: 12 ÷ 20 = 60%
		const text = [
			'甲县农业农村局关于2023年农业保险项目绩效评价整改情况报告',
			'一、基本情况',
			'2023年农业保险项目绩效再评价得分85分,评价等级为“良”。',
			'二、存在问题',
			'投保覆盖率低,影响资金执行进度。2023年种植业水稻、玉米投保覆盖面积为12万亩,与计划的20万亩以上存在一定差距,投保覆盖率为60%。',
			'培训人数为30人,与计划的0.5万人存在差距。'
		].join('\n');
		const ind = extract(text).report.indicators.map((i) => [i.name, i.target?.op, i.target?.value, i.target?.unit, i.actual?.value, i.actual?.unit, i.stated_completion?.value]);
		expect(ind).toEqual([['投保覆盖面积', '>=', 20, '万亩', 12, '万亩', 60]]);
	});
});

describe('budget prose: the uses a 预算数 line lists with no total', () => {
	it('"1.预算数:2021年,包含补助8个重点项目资金300万元、补助5名传承人资金50万元": each use a cost, named with its count', () => {
		const text = [
			'2021年度中央甲保护专项资金转移支付绩效自评报告',
			'一、绩效目标分解下达情况(一)中央下达专项转移支付预算和绩效目标情况1.预算数:2021年,包含补助8个重点项目资金300万元、补助5名传承人资金50万元、补助乙保护区资金120万元,(二)区内分解下达预算和绩效目标情况1.重点项目补助资金300万元:主要完成以下8项保护工作。'
		].join('\n');
		const b = extract(text).report.budget.map((l) => [l.breakdown, l.item, l.stage, l.amount.wan]);
		expect(b).toEqual([
			['cost', '补助8个重点项目资金', 'budget', 300],
			['cost', '补助5名传承人资金', 'budget', 50],
			['cost', '补助乙保护区资金', 'budget', 120]
		]);
	});
});

describe('narrative: a 绩效目标 that runs over paragraphs', () => {
	it('the paragraphs after the first that open with the same subject are the goal too; a list of tasks is not', () => {
		const text = ['甲县乙会2021年度部门整体支出绩效自评报告', '(二)部门整体支出绩效目标。', '县乙会坚持围绕中心,服务大局,着力提升履职的能力和水平。', '县乙会牢牢把握团结和民主两大主题,做好各项工作。', '一是加强学习;二是改进作风。', '(三)部门整体支出情况分析。'].join('\n');
		expect(extract(text).report.goal?.text.replace(/\s+/g, '')).toBe('县乙会坚持围绕中心,服务大局,着力提升履职的能力和水平。县乙会牢牢把握团结和民主两大主题,做好各项工作。');
	});
});

describe('budget: a table flowed into a paragraph, one cell a line', () => {
	it('a label never runs over a cell ("项目支出名称 | … | 年度本级 预算金额 | 80万 |" is the 本级 money, not 项目支出)', () => {
		const text = ['甲市乙处2023年丙服务项目支出绩效目标申报表', '2023年项目支出绩效目标申报表', '|', '填报单位:(盖章) 单位:万元 |', '||||||', '|', '项目支出名称 |', '丙服务 |', '预算部门 |', '甲市乙处 |', '|||', '|', '年度本级 预算金额 |', '80万 |', '该项目支出上级资金 |', '0 |', '|||'].join('\n');
		expect(extract(text).report.budget.map((l) => [l.breakdown, l.item, l.stage, l.amount.wan])).toEqual([['budget_level', '本级资金', 'budget', 80]]);
	});
});

describe('决算 说明: a change stated with the bare source name, a cause, a subject before its colon (prose10)', () => {
	const text = [
		'某单位2020年度单位决算情况说明',
		'四、财政拨款收入支出决算总体情况说明',
		'2020年财政拨款支出总计500.00万元,与2019年相比增加100.00万元,增长25.00%。收入、支出变动较大的主要原因是2020年新增了80.00万元政府性基金预算财政拨款资金,主要用于购置设备。',
		'五、一般公共预算财政拨款支出决算情况说明',
		'2020年一般公共预算财政拨款支出420.00万元,占本年支出合计的40.00%。与2019年相比,一般公共预算财政拨款增加20.00万元,增长5.00%。',
		'(三)一般公共预算财政拨款支出决算具体情况',
		'1.社会保障和就业(类)行政事业单位养老支出(款)机关事业单位基本养老保险缴费支出(项): 支出决算为30.00万元,完成预算90.00%,决算数小于预算数的主要原因是调整较大。'
	].join('\n');
	it('"主要原因是…新增了N万元X资金" is the cause, not the change of the line before', () => {
		const b = extract(text).report.budget;
		expect(b[0].change?.amount?.wan).toBe(100);
		expect(unreadOf(text).some((u) => u.includes('主要原因是2020年新增了80.00万元 这是说明增减原因'))).toBe(true);
	});
	it('"一般公共预算财政拨款增加N万元" after that money\'s spending total is the change of the spending', () => {
		const b = extract(text).report.budget.find((l) => l.scope === 'general_public' && l.breakdown === 'total');
		expect([b?.flow, b?.amount.wan, b?.change?.amount?.wan, b?.change?.pct?.value]).toEqual(['expenditure', 420, 20, 5]);
		expect(extract(text).report.budget.some((l) => l.flow === 'income')).toBe(false);
	});
	it('"X(类)Y(款)Z(项): 支出决算为N万元,完成预算R%": the 项, under its 类, with its rate', () => {
		const b = extract(text).report.budget.find((l) => l.amount.wan === 30);
		expect([b?.breakdown, b?.item, b?.parent, b?.stage, b?.execution_rate?.value]).toEqual(['function', '机关事业单位基本养老保险缴费支出', '社会保障和就业支出', 'final', 90]);
	});
});

describe('project prose: a sum spent and its parts by level of government (prose10)', () => {
	it('"实际执行N万元。其中中央补助X经费执行A万元,省级财政配套资金执行B万元": each level\'s spending, no second total', () => {
		const text = ['甲省2022年乙补助资金项目绩效自评报告', '(2)项目资金执行情况。实际执行900.50万元,项目执行率90.05%。其中中央补助丙经费执行700.50万元,省级财政配套资金执行200.00万元。'].join('\n');
		expect(extract(text).report.budget.map((l) => [l.breakdown, l.item, l.stage, l.amount.wan])).toEqual([
			['total', '合计', 'final', 900.5],
			['budget_level', '中央补助丙经费', 'final', 700.5],
			['budget_level', '省级财政配套资金', 'final', 200]
		]);
	});
});

describe('fund prose: the parts a list names, read where they add up to the stated total (prose10)', () => {
	it('"下达转移支付A项目40万元;B项目2.50万元;C经费7.50万元。共计下达X资金50万元": each a project, budgeted, and the total', () => {
		const text = ['甲县乙局2024年度转移支付资金绩效自评报告', '(一)下达专项转移支付预算', '2024年度,中央、市级下达转移支付丙会项目40万元;丁补助项目2.50万元;戊工作经费7.50万元。共计下达中央、市级转移支付资金50万元。'].join('\n');
		expect(extract(text).report.budget.map((l) => [l.flow, l.breakdown, l.item, l.stage, l.amount.wan])).toEqual([
			['expenditure', 'project', '丙会项目', 'budget', 40],
			['expenditure', 'project', '丁补助项目', 'budget', 2.5],
			['expenditure', 'project', '戊工作经费', 'budget', 7.5],
			['expenditure', 'total', '合计', 'budget', 50]
		]);
	});
	it('a list whose amounts do not add up to the total is not read as its parts', () => {
		const text = ['甲县乙局2024年度转移支付资金绩效自评报告', '2024年度,中央、市级下达转移支付丙会项目40万元;丁补助项目2.50万元;戊工作经费7.50万元。共计下达中央、市级转移支付资金60万元。'].join('\n');
		expect(extract(text).report.budget.some((l) => l.item === '丙会项目' && l.breakdown === 'project' && l.parent === '项目支出' && l.stage === 'budget')).toBe(false);
	});
	it('"应到位N万元,实际到位M万元" by circled item: due is the budget, arrived the income; the spending after it by name with its rate', () => {
		const text = [
			'甲区2022年专项转移支付绩效自评报告(乙资金)',
			'1.项目资金到位情况分析。',
			'2022年度上级安排甲区乙资金300万元,应到位300万元,实际到位150万元,到位率50%。分项目如下:①丙防火补助应到位100万元,实际到位50万元,到位率50%;②丁护林员项目应到位150万元,实际到位100万元,到位率66.67%;③戊治理补助应到位50万元(甲区2018年戊治理补助资金50万),实际到位0万元,到位率0%。',
			'2.项目资金执行情况分析。',
			'目前共支付资金140万元,资金执行率46.67%。',
			'分别项目为①丙防火补助购买物资支付40万元,资金执行率40%;②丁护林员项目100万元,资金执行率66.67%;③戊治理未支付,资金执行率为0%。'
		].join('\n');
		const b = extract(text, {}).report.budget.map((l) => [l.flow, l.breakdown, l.item, l.stage, l.amount.wan, l.execution_rate?.value]);
		expect(b).toEqual([
			['expenditure', 'total', '合计', 'budget', 300, undefined],
			['income', 'total', '合计', 'final', 150, undefined],
			['expenditure', 'project', '丙防火补助', 'budget', 100, undefined],
			['income', 'project', '丙防火补助', 'final', 50, undefined],
			['expenditure', 'project', '丁护林员项目', 'budget', 150, undefined],
			['income', 'project', '丁护林员项目', 'final', 100, undefined],
			['expenditure', 'project', '戊治理补助', 'budget', 50, undefined],
			['income', 'project', '戊治理补助', 'final', 0, undefined],
			['expenditure', 'total', '合计', 'final', 140, 46.67],
			['expenditure', 'project', '丙防火补助', 'final', 40, 40],
			['expenditure', 'project', '丁护林员项目', 'final', 100, 66.67]
		]);
	});
});

describe('fund use report: a sum sent to the unit, its parts and its cut (prose10)', () => {
	const text = ['甲市乙区民政局关于“2021年丙补助资金”管理使用情况', '一、资金基本情况', '2021年丙补助资金下达我区90万元(甲财直〔2020〕1号),其中丁、戊和己救助资金60万元,庚保障金30万元,调减25万元(甲财直〔2021〕2号),全年实际下达65万元,已全额划转至各街道。'].join('\n');
	it('"X资金下达我区N万元": the budget; "其中A、B资金a万元,C金b万元" adding up to it: its cost parts, named with their 、', () => {
		expect(extract(text).report.budget.slice(0, 3).map((l) => [l.breakdown, l.item, l.stage, l.amount.wan])).toEqual([
			['total', '合计', 'budget', 90],
			['cost', '丁、戊和己救助资金', 'budget', 60],
			['cost', '庚保障金', 'budget', 30]
		]);
	});
	it('"调减N万元,…全年实际下达M万元" where the sum less the cut is M: an addition (negative) and the adjusted budget', () => {
		expect(extract(text).report.budget.slice(3).map((l) => [l.breakdown, l.stage, l.amount.wan])).toEqual([
			['total', 'addition', -25],
			['total', 'adjusted', 65]
		]);
	});
	it('parts that do not add up to the sum are not read as its parts', () => {
		const t2 = text.replace('庚保障金30万元', '庚保障金20万元');
		expect(extract(t2).report.budget.some((l) => l.breakdown === 'cost' && l.item === '丁、戊和己救助资金')).toBe(false);
	});
});

describe('bond-funded project notice: the money secured (prose10)', () => {
	it('"新增地方政府专项债券项目2个,争取债券资金1.25亿元": the projects\' budget', () => {
		const text = ['2024年度新增地方政府专项债券项目绩效评价情况', '我单位2024年新增地方政府专项债券项目2个,争取债券资金1.25亿元。为加强专项债券项目绩效管理,我单位对项目进行绩效自评。'].join('\n');
		const r = extract(text).report;
		expect(r.kind).toMatch(/^project/);
		expect(r.budget.map((l) => [l.flow, l.breakdown, l.stage, l.amount.wan])).toEqual([['expenditure', 'total', 'budget', 12500]]);
	});
});

describe('fund prose: the uses of a sum spent, in the sentence after it (prose10)', () => {
	it('"实际支付N万元,全部用于设备采购。其中:用于A项目a万元、B项目b万元" adding up to N: costs, projects by name included', () => {
		const text = ['甲市乙产业园2022年中央财政资金绩效自评报告', '(一)预算和绩效目标情况。2022年,实际支付500万元,全部用于设备采购和软件开发。其中:用于丙中心建设项目200万元、丁工作站建设项目120万元、戊平台建设项目180万元。'].join('\n');
		const b = extract(text).report.budget.map((l) => [l.breakdown, l.item, l.stage, l.amount.wan]);
		expect(b).toEqual([
			['total', '合计', 'final', 500],
			['cost', '丙中心建设项目', 'final', 200],
			['cost', '丁工作站建设项目', 'final', 120],
			['cost', '戊平台建设项目', 'final', 180]
		]);
	});
});

describe('project prose: the money a notice allotted and the fees it is made of (prose10)', () => {
	it('"X财政局于…以(X财〔2021〕9号)文件拨付资金N万元,其中,直接补助费A万元(每亩B元)": the budget, and the fee a cost of it', () => {
		const text = ['甲县2021年乙抚育项目支出绩效自评报告', '1.项目资金到位情况分析', '2021年乙抚育2万亩,甲县财政局于2021年9月2日以(甲财整合〔2021〕9号)文件拨付资金300万元,其中,直接补助费290万元(每亩145元),其余为间接费用。'].join('\n');
		expect(extract(text).report.budget.map((l) => [l.breakdown, l.item, l.stage, l.amount.wan])).toEqual([
			['total', '合计', 'budget', 300],
			['cost', '直接补助费', 'budget', 290]
		]);
	});
});

describe('fund prose: a fund\'s budget by level, received in full (prose10)', () => {
	it('"共投入X经费预算N万元。其中,中央转移支付资金A万元,省级配套资金B万元" and "N万元资金全部拨付到位"', () => {
		const text = ['甲省2022年乙补助经费项目绩效自评报告', '2022年共投入乙补助经费预算500万元。其中,中央转移支付资金400万元,省级配套资金100万元,专项用于保障乙工作。', '(1)项目资金投入情况。500万元资金全部拨付到位,资金到位率100%。'].join('\n');
		expect(extract(text).report.budget.map((l) => [l.flow, l.breakdown, l.item, l.stage, l.amount.wan])).toEqual([
			['expenditure', 'total', '合计', 'budget', 500],
			['expenditure', 'budget_level', '中央转移支付资金', 'budget', 400],
			['expenditure', 'budget_level', '省级配套资金', 'budget', 100],
			['income', 'total', '合计', 'final', 500]
		]);
	});
});

describe('prose targets listed by level in a 绩效目标 paragraph (prose10)', () => {
	it('"绩效目标。其中,投入目标:A金额N万元,B率100%。产出目标:完成C12个,D3亿元以上": each a target of its level', () => {
		const text = ['2019年甲市直发展项目绩效自评价报告', '一、乙建设项目', '2、项目年度预算绩效目标。其中,投入目标:市级财政投入金额500万元,财政资金到位率100%。产出目标:完成专项规划12个,年度完成固定资产投资3亿元以上。效果目标:乙建设有序推进。'].join('\n');
		const ind = extract(text).report.indicators.map((i) => [i.level1, i.name, i.target?.op, i.target?.value, i.target?.unit]);
		expect(ind).toEqual([
			['投入目标', '市级财政投入金额', '>=', 500, '万元'],
			['投入目标', '财政资金到位率', '>=', 100, '%'],
			['产出目标', '完成专项规划', '>=', 12, '个'],
			['产出目标', '年度完成固定资产投资', '>=', 3, '亿元']
		]);
	});
});

describe('whole-department report: the fiscal money and a labelled goal in one paragraph (prose10)', () => {
	const text = ['甲镇2024年度部门整体支出绩效自评报告', '(三)收支与绩效目标', '2024年度财政拨款收入合计800.50万元(均为一般公共预算收入),财政拨款支出合计800.50万元,预算执行率100%。核心绩效目标:资金支出率≥98%、支出及时率≥97%,圆满完成年度重点任务。', '二、绩效自评情况'].join('\n');
	it('"财政拨款收入合计N万元": the fiscal total, not a source line', () => {
		expect(extract(text).report.budget.map((l) => [l.flow, l.breakdown, l.item, l.scope, l.amount.wan, l.execution_rate?.value])).toEqual([
			['income', 'total', '合计', 'fiscal', 800.5, undefined],
			['expenditure', 'total', '合计', 'fiscal', 800.5, 100]
		]);
	});
	it('"核心绩效目标:A率≥98%、B率≥97%,…": the goal is the text after the label, each signed target an indicator', () => {
		const r = extract(text).report;
		expect(r.goal?.text).toBe('资金支出率≥98%、支出及时率≥97%,圆满完成年度重点任务。');
		expect(r.indicators.map((i) => [i.name, i.target?.op, i.target?.value])).toEqual([
			['资金支出率', '>=', 98],
			['支出及时率', '>=', 97]
		]);
	});
});

describe('whole-department report: units set up by rank, the 一般公共预算 spending stated on its own (prose10)', () => {
	it('"下设2个副处级事业单位即A、B;下设3个科级事业单位即C、D、E": units by rank', () => {
		const text = ['甲市乙局2018年度部门整体支出绩效自评报告', '目前市乙局共设7个内设科室,下设2个副处级事业单位即丙队、丁队;下设3个科级事业单位即戊队、己中心、庚站。'].join('\n');
		expect(extract(text).report.staffing.map((s) => [s.unit, s.category, s.measure, s.count.value])).toEqual([
			['本级', '副处级事业单位', 'subordinate_units', 2],
			['本级', '科级事业单位', 'subordinate_units', 3]
		]);
	});
	it('"2018年一般公共预算财政拨款支出N万元,占本年支出的R%": that money\'s total; among a sentence\'s flows it stays a source line', () => {
		const one = ['甲市乙局2018年度部门整体支出绩效自评报告', '2018年一般公共预算财政拨款支出300.50万元,占本年支出的50.00%。'].join('\n');
		expect(extract(one).report.budget.map((l) => [l.breakdown, l.item, l.scope])).toEqual([['total', '合计', 'general_public']]);
		const flows = ['甲市乙局2018年度部门决算', '2018年度一般公共预算财政拨款上年结转10.00万元,一般公共预算财政拨款收入300.00万元,一般公共预算财政拨款支出305.00万元。'].join('\n');
		expect(extract(flows).report.budget.find((l) => l.amount.wan === 305)?.breakdown).toBe('source');
	});
});

describe('linkage-fund project report: its goal sentence and 资金拨付率 (prose10)', () => {
	const text = ['甲县乙局2023年度项目支出绩效自评', '2023年下达财政衔接资金100万元,用于2023年甲县丙补贴项目。绩效目标内容是对全县5个乡镇1000户脱贫户种植的丙共计10000亩进行补贴,按照每亩100元标准发放。', '截止评价点,该项目已拨付资金95.00万元,资金拨付率95%,绩效实际完成情况与计划目标有差异。'].join('\n');
	it('"…。绩效目标内容是…。": the goal is that sentence', () => {
		expect(extract(text).report.goal?.text).toBe('对全县5个乡镇1000户脱贫户种植的丙共计10000亩进行补贴,按照每亩100元标准发放。');
	});
	it('"已拨付资金N万元,资金拨付率R%": the rate of what was paid', () => {
		const paid = extract(text).report.budget.find((l) => l.amount.wan === 95);
		expect([paid?.stage, paid?.execution_rate?.value]).toEqual(['final', 95]);
	});
});

describe('balances among a numbered list, money received named again after the amount (prose10)', () => {
	it('"8.上年结转和结余0.00万元" after a list announced "如下:" is the opening balance, not a part of the list\'s line', () => {
		const text = ['甲市乙办2022年度部门决算情况说明', '(一)本部门2022年度收入情况如下:', '1.一般公共预算财政拨款收入300.00万元,为本级财政当年拨付的资金。', '2.事业收入0.00万元。', '3.上年结转和结余0.00万元,为以前年度支出预算因客观条件变化未执行完毕的资金。'].join('\n');
		const b = extract(text).report.budget.find((l) => /结转/.test(l.amount.quote));
		expect([b?.flow, b?.breakdown, b?.item]).toEqual(['opening_balance', 'total', '合计']);
	});
	it('"该项目资金N万元转移支付资金全部及时拨付到位": the year\'s income', () => {
		const text = ['甲区乙工程2020年度中央转移支付绩效自评报告', '(一)项目资金到位情况', '2020年度该项目资金500.5万元转移支付资金全部及时拨付到位。'].join('\n');
		expect(extract(text).report.budget.map((l) => [l.flow, l.breakdown, l.stage, l.amount.wan])).toEqual([['income', 'total', 'final', 500.5]]);
	});
});

describe('a change stated as a percentage only (prose10)', () => {
	it('"一般公共预算财政拨款支出N万元,占本年支出的R%,比上年下降C%": the line\'s change, with no amount', () => {
		const text = ['甲市乙局2018年度部门整体支出绩效自评报告', '2018年一般公共预算财政拨款支出300.50万元,占本年支出的50.00%,比上年下降10.25%。'].join('\n');
		const l = extract(text).report.budget[0];
		expect([l.change?.base_year, l.change?.pct?.value, l.change?.direction, l.change?.amount]).toEqual([2017, -10.25, 'down', undefined]);
	});
});

describe('prose indicators: a target and its outcome in the next clause (prose10)', () => {
	it('"数量指标:甲数量≥6台,实际配置6台;乙时长≥900小时,实际时长880.5小时。": each target with its outcome in its unit', () => {
		const text = ['甲省2022年乙补助经费项目绩效自评报告', '(二)绩效目标完成情况分析。', '数量指标:甲数量≥6台,实际配置6台;乙时长≥900小时,实际时长880.5小时。'].join('\n');
		expect(extract(text).report.indicators.map((i) => [i.name, i.target?.value, i.actual?.value, i.actual?.unit])).toEqual([
			['甲数量', 6, 6, '台'],
			['乙时长', 900, 880.5, '小时']
		]);
	});
});

describe('extract: prose read as text extraction leaves it (prose11)', () => {
	it('an allocation restated in 元 with thousands separators is read like one in 万元', () => {
		// figures by hand: 甲工程 1,200,000.00 元 + 乙维修 300,000.00 元 = 1,500,000.00 元 = 150 万元
		const head = ['某县2023年度某某发展资金绩效自评报告', '一、项目基本情况'];
		const wan = [...head, '某市财政局《关于下达2023年某某发展资金预算的通知》,下达某县2023年某某发展资金150万元。其中:甲工程120万元,乙维修30万元。'].join('\n');
		const yuan = [...head, '某市财政局《关于下达2023年某某发展资金预算的通知》,下达某县2023年某某发展资金1,500,000.00元。其中:甲工程1,200,000.00元,乙维修300,000.00元。'].join('\n');
		const read = (t: string) => extract(t).report.budget.map((b) => [b.breakdown, b.item, b.amount.wan]);
		expect(read(wan)).toEqual([
			['budget_level', '某某发展资金', 150],
			['project', '甲工程', 120],
			['project', '乙维修', 30]
		]);
		expect(read(yuan)).toEqual(read(wan));
	});
});

describe('extract: staffing read in traditional characters (prose11)', () => {
	it('a unit below the department is named in traditional characters as in simplified', () => {
		const head = ['某市某某协会2024年度部门整体支出绩效自评报告', '一、部门基本情况'];
		const simp = [...head, '某协核定行政编制 9 个人，实际在岗 9 人。下属单位某某服务中心核定事业编制 15 名，实际在编 7 人。'].join('\n');
		const trad = [...head, '某協核定行政編制 9 個人，實際在崗 9 人。下屬單位某某服務中心核定事業編制 15 名，實際在編 7 人。'].join('\n');
		const units = (t: string) => extract(t).report.staffing.map((s) => [s.unit, s.count.value]);
		expect(units(simp)).toContainEqual(['某某服务中心', 15]);
		expect(units(trad)).toEqual(units(simp));
	});
});

describe('extract prose: a sentence a PDF wrapped at its line width', () => {
	it('a short line with a colon and then a comma continues its sentence on the next line (a header field "填报日期：…" does not)', () => {
		const src = ['某县某某局2023年度部门整体支出绩效自评报告', '二、预算执行情况', '资金情况：本年度，部门年初预算', '1250.00万元，调整预算1380.50万元。'].join('\n');
		const r = extract(src).report;
		expect(r.budget.map((b) => [b.stage, b.item, b.amount?.wan])).toEqual([['initial', '合计', 1250], ['adjusted', '合计', 1380.5]]);
		const cover = extract(['某县某某局2023年度部门整体支出绩效自评报告', '填报日期：2024年5月13日', '一、部门概况'].join('\n')).report;
		expect(cover.filing_date?.value).toBe('2024-05-13');
	});
});

describe("extract prose: a PDF's spaced-out sentence", () => {
	it('spaces between the characters of a prose line are no part of its text; the quotes stay verbatim', () => {
		const lines = ['核 定 编 制 20 人 ， 实 有 在 职 人 员 18 人 ， 离 退 休 人 员 5 人 。', '三 公 经 费 支 出 12. 34 万 元 ， 其 中 公 务 接 待 费 1. 20 万 元 ， 公 务 用 车 运 行 维 护 费 11. 14 万 元 。', '部 门 整 体 支 出 绩 效 自 评 得 分 92. 5 分 ， 等 级 为 优 。'];
		const res = extract(['某县某某局2023年度部门整体支出绩效自评报告', '一、部门概况', ...lines].join('\n'));
		const r = res.report;
		expect(r.staffing.map((s) => s.count.value)).toEqual([20, 18, 5]);
		expect(r.sangong.map((x) => [x.item, x.amount?.wan])).toEqual([['total', 12.34], ['reception', 1.2], ['vehicle_operation', 11.14]]);
		expect(r.scores?.total?.score.value).toBe(92.5);
		expect(res.problems).toEqual([]);
		// a row of cells separated by spaces keeps its spaces (no sentence punctuation in it)
		const row = extract(['某县某某局2023年度部门整体支出绩效自评表', '年初预算数 全年预算数 全年执行数', '100 120 110'].join('\n')).report;
		expect(row.title).toBe('某县某某局2023年度部门整体支出绩效自评表');
	});
});
