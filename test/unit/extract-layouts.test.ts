/**
 * One project self-evaluation table, written out in every layout that text extraction leaves
 * (tab rows, markdown rows, " | " one cell a line, one cell a line, space-separated rows, the
 * whole table on one line): the grid reader recovers the same record from each.
 * Figures by hand: 年初 100, 全年 120, 执行 108 → 108 ÷ 120 = 90%, 10 分 × 90% = 9 分.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { departmentId } from '../../src/lib/extract/region/index';

const rows = [
	['项目名称', '乡村道路养护'],
	['主管部门', '醴陵市交通运输局'],
	['实施单位', '醴陵市公路建设养护中心'],
	['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
	['年度资金总额', '100', '120', '108', '10', '90%', '9'],
	['其中:财政拨款', '100', '120', '108', '', '90%', ''],
	['一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分'],
	['产出指标', '数量指标', '养护里程(公里)', '≥50', '52', '20', '20'],
	['', '质量指标', '验收合格率', '≥95%', '98%', '20', '20'],
	['效益指标', '社会效益指标', '群众出行条件', '明显改善', '明显改善', '20', '18']
];
/** One table written out in the six layouts text extraction leaves (every template test below uses it). */
function sixLayouts(title: string, rows: string[][]): Record<string, string> {
	return {
		tab: title + '\n' + rows.map((r) => r.join('\t')).join('\n'),
		markdown: title + '\n' + rows.map((r) => '| ' + r.join(' | ') + ' |').join('\n'),
		'one cell a line, piped': title + ' |\n' + rows.flatMap((r) => r.map((c) => c + ' |')).join('\n'),
		'one cell a line': title + '\n\n' + rows.map((r) => r.filter(Boolean).join('\n\n')).join('\n\n'),
		'space-separated rows': title + '\n' + rows.map((r) => r.filter(Boolean).join(' ')).join('\n'),
		'flowed onto one line': title + ' ' + rows.map((r) => r.filter(Boolean).join(' ')).join(' ')
	};
}
const layouts = sixLayouts('项目支出绩效自评表(2023年度)', rows);

describe('extract: one project table in six layouts', () => {
	for (const [name, text] of Object.entries(layouts)) {
		it(name, () => {
			const r = extract(text).report;
			expect(r.kind).toBe('project_self_evaluation');
			expect(r.fiscal_year).toBe(2023);
			expect(r.project?.name.value).toBe('乡村道路养护');
			expect(r.project?.supervisor?.value).toBe('醴陵市交通运输局');
			expect(r.budget.map((b) => [b.item, b.scope, b.stage, b.amount.wan, b.execution_rate?.value])).toEqual([
				['合计', 'all', 'initial', 100, undefined],
				['合计', 'all', 'adjusted', 120, undefined],
				['合计', 'all', 'final', 108, 90],
				['财政拨款支出', 'fiscal', 'initial', 100, undefined],
				['财政拨款支出', 'fiscal', 'adjusted', 120, undefined],
				['财政拨款支出', 'fiscal', 'final', 108, 90]
			]);
			expect(r.scores?.tree.map((n) => [n.name, n.max?.value, n.score?.value])).toEqual([['预算执行率', 10, 9]]);
			expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.actual?.value ?? i.actual?.text, i.max?.value, i.score?.value])).toEqual([
				['产出指标', '数量指标', '养护里程(公里)', '>=', 50, 52, 20, 20],
				['产出指标', '质量指标', '验收合格率', '>=', 95, 98, 20, 20],
				['效益指标', '社会效益指标', '群众出行条件', 'text', undefined, '明显改善', 20, 18]
			]);
		});
	}
});

describe('extract: a target table with its budget as label | amount cells', () => {
	it('reads the budget, the goal and the indicator targets by their headers', () => {
		const text = [
			'2024年度部门整体支出绩效目标表',
			'部门名称\t宜昌市夷陵区文化和旅游局',
			'年度预算申请（万元）\t资金总额\t1,560.00',
			'\t其中：财政拨款\t1,500.00',
			'\t其他资金\t60.00',
			'年度总体目标\t推进公共文化服务体系建设，提升旅游服务质量。',
			'一级指标\t二级指标\t三级指标\t指标值',
			'产出指标\t数量指标\t举办文化活动场次\t≥120场',
			'\t时效指标\t项目完成时间\t2024年12月前',
			'满意度指标\t服务对象满意度指标\t群众满意度\t≥90%',
			''
		].join('\n');
		const r = extract(text).report;
		expect([r.kind, r.fiscal_year, r.department.id]).toEqual(['target_table', 2024, 'hubei-yichang-yiling-wenhuahelvyouju']);
		// 1,500.00 + 60.00 = 1,560.00
		expect(r.budget.map((b) => [b.item, b.scope, b.stage, b.amount.wan])).toEqual([
			['合计', 'all', 'initial', 1560],
			['财政拨款支出', 'fiscal', 'initial', 1500],
			['其他支出', 'other', 'initial', 60]
		]);
		expect(r.goal?.text).toBe('推进公共文化服务体系建设，提升旅游服务质量。');
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.target?.unit])).toEqual([
			['产出指标', '数量指标', '举办文化活动场次', '>=', 120, '场'],
			['产出指标', '时效指标', '项目完成时间', 'deadline', undefined, undefined],
			['满意度指标', '服务对象满意度指标', '群众满意度', '>=', 90, '%']
		]);
	});
});

describe('extract: a table whose cells lost every separator (OCR, document mirrors)', () => {
	const fused =
		'醴陵市水利局2022年度项目支出绩效自评表(2022年度)项目名称小型水库水标尺安装实施单位醴陵市水利局' +
		'绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因产出指标(70分)数量指标' +
		'安装坡面水标尺10≥266米≥266米10水标尺宽度10≥50厘米≥50厘米10质量指标项目(工程)验收合格率20100%100%20' +
		'材料抽检合格率10100%98%9' +
		'时效指标及时(按期)开工率10≥90%≥90%10效益指标(20分)社会效益指标受益人口数10≥1000人≥1000人10总分100';
	it('reads the rows whose cells a value\'s shape separates or a forced split restores, and only the names of the rest', () => {
		const r = extract(fused).report;
		expect(r.indicators.map((i) => [i.level2, i.name, i.max?.value, i.target?.text, i.actual?.text, i.score?.value])).toEqual([
			['数量指标', '安装坡面水标尺', 10, '≥266米', '≥266米', 10],
			['数量指标', '水标尺宽度', 10, '≥50厘米', '≥50厘米', 10],
			// "20100%" then "100%": the row is a cell short, and only 20 | 100% gives it that cell
			// with the outcome written like the target
			['质量指标', '项目(工程)验收合格率', 20, '100%', '100%', 20],
			// "10100%" then "98%": 10 | 100% or 101 | 00%? nothing confirms a split: the name only
			['质量指标', '材料抽检合格率', undefined, undefined, undefined, undefined],
			['时效指标', '及时(按期)开工率', 10, '≥90%', '≥90%', 10],
			['社会效益指标', '受益人口数', 10, '≥1000人', '≥1000人', 10]
		]);
		expect(r.scores?.tree.map((n) => [n.name, n.max?.value])).toEqual([['产出指标', 70], ['效益指标', 20]]);
	});
});

describe('extract: a whole-department score table fused by OCR, read from its right-hand anchors', () => {
	// Chongqing's 部门整体绩效自评表: 指标名称 / 计量单位 / 指标性质 / 年初指标值 / 调整指标值 / 全年完成值 /
	// 得分系数(%) / 指标权重(分) / 指标得分(分) / 是否核心指标, every separator lost. By hand:
	// "100%22否" = coefficient 100%, weight 2, score 2 (2 × 100% = 2); "80%108" = weight 10,
	// score 8 (10 × 80%); "50%84是" = weight 8, score 4 (8 × 50%).
	const fused =
		'部门整体绩效自评表(2022年度)主管部门某某区科学技术局自评总分(分)93.5年初预算数全年(调整)预算数全年执行数执行率(%)执行率权重执行率得分(分)80%108' +
		'指标名称计量单位指标性质年初指标值调整指标值全年完成值得分系数(%)指标权重(分)指标得分(分)是否核心指标' +
		'财政供养人员控制率%定量指标100%95%100%22否预算调整率%5%0100%33是科普讲座次数次30次24次50%84是' +
		'管理制度健全性性标定指高高100%1010否宣传品数量份第O份20份100%55否';
	it('splits fused points only where score = weight × coefficient leaves one reading', () => {
		const r = extract(fused).report;
		expect(r.scores?.total?.score.value).toBe(93.5);
		expect(r.scores?.tree.map((n) => [n.name, n.max?.value, n.score?.value])).toEqual([['预算执行率', 10, 8]]);
		expect(r.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.actual?.unit, i.max?.value, i.score?.value])).toEqual([
			['财政供养人员控制率', '100%', '95%', '%', 2, 2],
			// "0100%": a zero with the coefficient after it
			['预算调整率', '5%', '0', '%', 3, 3],
			['科普讲座次数', '30次', '24次', '次', 8, 4],
			// 指标性质 scrambled by OCR is dropped; a qualitative value written twice is target and outcome
			['管理制度健全性', '高', '高', undefined, 10, 10],
			// "第O份" is a garbled target cell: no target, the outcome after it
			['宣传品数量', undefined, '20份', '份', 5, 5]
		]);
	});
	it('leaves a run of points that two readings fit unread', async () => {
		const { splitPoints } = await import('../../src/lib/extract/fused-rows');
		expect(splitPoints('22', 100)).toEqual(['2', '2']);
		expect(splitPoints('1010', 100)).toEqual(['10', '10']);
		expect(splitPoints('107.6', 76)).toEqual(['10', '7.6']);
		// 100% coefficient, "1111": 11 and 11 only (1 and 111 is not points ≤ weight)
		expect(splitPoints('1111', 100)).toEqual(['11', '11']);
		// no reading at all: weight 5 × 100% is not 3
		expect(splitPoints('53', 100)).toBeUndefined();
	});
});

describe('extract: a project funds row whose numbers OCR ran together', () => {
	// By hand: 全年预算数 50, 全年执行数 45, 分值 10, 执行率 45 ÷ 50 = 90.00%, 得分 9 (10 × 90%);
	// "50451090.00%" has one cut that passes that arithmetic; 财政拨款 "5045" is 50 | 45 (504 | 5
	// exceeds the total); 总分 "10095" is 100 | 95.
	const fused =
		'项目支出绩效自评表(2023年度)项目名称村道硬化工程主管部门某县交通运输局实施单位某县交通运输局资金情况(万元)' +
		'全年预算数(A)全年执行数(B)分值执行率(B/A)得分年度资金总额:50451090.00%9其中:本年财政拨款5045其他资金' +
		'绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因产出指标(60分)数量指标硬化道路长度30≥5公里≥5公里30' +
		'质量指标验收合格率30100%100%30效益指标(30分)社会效益指标群众出行条件改善10显著提升显著提升6总分10095';
	it('cuts the run where the table\'s own arithmetic leaves one reading', () => {
		const r = extract(fused).report;
		expect(r.budget.map((b) => [b.item, b.stage, b.amount.wan, b.execution_rate?.value])).toEqual([
			['合计', 'adjusted', 50, undefined],
			['合计', 'final', 45, 90],
			['财政拨款支出', 'adjusted', 50, undefined],
			['财政拨款支出', 'final', 45, undefined]
		]);
		expect(r.scores?.total?.max?.value).toBe(100);
		expect(r.scores?.total?.score.value).toBe(95);
		expect(r.scores?.tree.find((n) => n.name === '预算执行率')?.score?.value).toBe(9);
	});
});

describe('extract: staff and units of a department\'s whole system, in prose', () => {
	const text =
		'某县教育局2022年度部门整体支出绩效自评报告\n一、基本情况\n' +
		'某县教育系统由12家单位组成，其中：全额拨款单位10个（含行政单位1个）、差额拨款事业单位2个。' +
		'某县教育系统人员编制300名，其中：行政编制20名、事业编制280名。2022年末实有在职人数290人。';
	it('keeps the system apart from 本级 and reads the unit counts with their kinds', () => {
		const r = extract(text).report;
		expect(r.staffing.map((s) => [s.unit, s.measure, s.category, s.count.value, s.count.unit])).toEqual([
			['某县教育系统', 'authorized', '合计', 300, '人'],
			['某县教育系统', 'authorized', '行政编制', 20, '人'],
			['某县教育系统', 'authorized', '事业编制', 280, '人'],
			['某县教育系统', 'actual', '合计', 290, '人'],
			['某县教育系统', 'subordinate_units', '合计', 12, '家'],
			['某县教育系统', 'subordinate_units', '全额拨款单位', 10, '个'],
			['某县教育系统', 'subordinate_units', '行政单位', 1, '个'],
			['某县教育系统', 'subordinate_units', '差额拨款事业单位', 2, '个']
		]);
	});
});

describe('extract: a project self-evaluation report in prose', () => {
	const text =
		'某县交通运输局2022年度村道建设项目支出绩效自评报告\n一、项目基本情况\n' +
		'我县2022年村道建设项目计划投资500万元。县财政下达我局村道建设经费480万元，衔接资金480万元目前已全部拨付。\n' +
		'二、资金使用情况\n项目财政资金总额480万元，拨付使用456万元，预算执行率95%。其中：300万元用于路基施工；156万元用于路面硬化。';
	it('reads budget, receipts, spending and uses by their words, the spending in the money of the total', () => {
		const r = extract(text).report;
		const lines = r.budget.map((b) => [b.flow, b.breakdown, b.item, b.scope, b.stage, b.amount.wan]);
		expect(lines).toContainEqual(['expenditure', 'total', '合计', 'all', 'budget', 500]);
		expect(lines).toContainEqual(['income', 'total', '合计', 'all', 'final', 480]);
		expect(lines).toContainEqual(['expenditure', 'total', '合计', 'fiscal', 'budget', 480]);
		// "拨付使用456万元" follows the fiscal total in its sentence: fiscal money, spent
		expect(lines).toContainEqual(['expenditure', 'total', '合计', 'fiscal', 'final', 456]);
		expect(lines.filter((l) => l[1] === 'cost')).toEqual([
			['expenditure', 'cost', '路基施工', 'all', 'final', 300],
			['expenditure', 'cost', '路面硬化', 'all', 'final', 156]
		]);
	});
});

describe('extract: a project target table\'s 年度资金总额及构成 written as a run of labels', () => {
	const text =
		'项目绩效目标表(2023年度)\n填报单位(盖章):某镇人民政府\n项目名称 村组道路维修\n' +
		'年度资金总额及构成 总额500万元 财政拨款:300万元(其中:上级财政资金:200万元;本级财政:100万元)二、自有资金:50万元三、其他:150万元';
	it('reads every part as planned spending in its own money', () => {
		const r = extract(text).report;
		expect(r.kind).toBe('project_target_table');
		// by hand: 300 + 50 + 150 = 500; 200 + 100 = 300
		expect(r.budget.map((b) => [b.flow, b.breakdown, b.item, b.scope, b.stage, b.amount.wan])).toEqual([
			['expenditure', 'total', '合计', 'all', 'budget', 500],
			['expenditure', 'source', '财政拨款支出', 'fiscal', 'budget', 300],
			['expenditure', 'budget_level', '上级财政资金', 'fiscal', 'budget', 200],
			['expenditure', 'budget_level', '本级财政', 'fiscal', 'budget', 100],
			['expenditure', 'source', '自有资金', 'other', 'budget', 50],
			['expenditure', 'source', '其他支出', 'other', 'budget', 150]
		]);
	});
});

describe('extract: indicator outcomes written as prose under each level', () => {
	const text =
		'某县第二小学2023年度项目支出绩效自评报告\n二、绩效指标完成情况\n' +
		'①数量指标：2023年，我校完成教师培训320人次。\n②时效指标：培训经费到位率为100%。\n' +
		'3.满意度指标全部完成，全面完成指标任务，参训教师满意度96%。\n4.效益指标全部完成，教学质量明显提升。';
	it('reads one indicator per clause ending in a figure, and nothing from clauses without one', () => {
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.actual?.value, i.actual && 'unit' in i.actual ? i.actual.unit : undefined, i.actual?.text])).toEqual([
			['产出指标', '数量指标', '完成教师培训', 320, '人次', '320人次'],
			['产出指标', '时效指标', '培训经费到位率', 100, '%', '100%'],
			['满意度指标', undefined, '参训教师满意度', 96, '%', '96%']
		]);
	});
});

describe('extract: project spending of a named kind, and its listed parts', () => {
	const text =
		'某市农业农村局2022年度项目支出绩效自评报告\n一、基本情况\n' +
		'本局主要有部门预算项目支出、专项预算支出二类支出，项目资金总预算为1200万元，其中部门预算项目支出200万元，专项预算支出1000万元。\n' +
		'(二)资金安排情况\n2022年部门预算项目支出200万元，分别是农技培训经费120万元，农产品检测费80万元。';
	it('keeps 部门预算项目支出 apart from the nature class 项目支出 and hangs the listed parts under it', () => {
		const r = extract(text).report;
		// by hand: 200 + 1000 = 1200; 120 + 80 = 200
		expect(r.budget.map((b) => [b.breakdown, b.item, b.parent, b.stage, b.amount.wan])).toEqual([
			['total', '合计', undefined, 'budget', 1200],
			['project', '部门预算项目支出', undefined, 'budget', 200],
			['project', '专项预算支出', undefined, 'budget', 1000],
			['project', '部门预算项目支出', undefined, 'budget', 200],
			['project', '农技培训经费', '部门预算项目支出', 'budget', 120],
			['project', '农产品检测费', '部门预算项目支出', 'budget', 80]
		]);
	});
});

describe('extract: a cost shared between levels of government', () => {
	const text =
		'某市交通运输局2021年度项目支出绩效自评报告\n一、项目概况\n' +
		'根据《关于某站房调整规模的批复》(某函〔2020〕12号)，本市应承担增加投资共500万元，已支付300万元，还需拨付200万元，市级预算安排80%计160万元，某某区承担40万元。';
	it('reads each level\'s share as a budget line of the total still to pay', () => {
		const r = extract(text).report;
		// by hand: 80% × 200 = 160; 200 − 160 = 40
		const lines = r.budget.map((b) => [b.breakdown, b.item, b.scope, b.stage, b.amount.wan]);
		expect(lines).toContainEqual(['total', '合计', 'all', 'budget', 200]);
		expect(lines.filter((l) => l[0] === 'budget_level')).toEqual([
			['budget_level', '市级', 'fiscal', 'budget', 160],
			['budget_level', '某某区', 'fiscal', 'budget', 40]
		]);
	});
});

describe('extract: matching funds said to have arrived and been spent', () => {
	const text =
		'某市卫生健康委员会2022年度项目支出绩效自评报告\n二、资金使用情况\n' +
		'节日慰问经费项目市级资金配套5.4万元，全部到位并使用完毕，执行率100%。\n' +
		'项目资金共计30万元，已全部到位。';
	it('reads the one amount as budget, funds received and spending, each with its own quote', () => {
		const r = extract(text).report;
		const lines = r.budget.map((b) => [b.flow, b.breakdown, b.item, b.scope, b.stage, b.amount.wan, b.execution_rate?.value]);
		expect(lines.filter((l) => l[2] === '市级资金')).toEqual([
			['expenditure', 'budget_level', '市级资金', 'fiscal', 'budget', 5.4, undefined],
			['income', 'budget_level', '市级资金', 'fiscal', 'final', 5.4, undefined],
			['expenditure', 'budget_level', '市级资金', 'fiscal', 'final', 5.4, 100]
		]);
		// "已全部到位" only: received, not spent
		expect(lines.filter((l) => l[5] === 30).map((l) => [l[0], l[4]])).toEqual([
			['expenditure', 'budget'],
			['income', 'final']
		]);
	});
});

describe('extract: a project score table flattened by OCR into one run of text', () => {
	// the cells of a scanned table with no separator; 目 misread as "Fl", 元 as 兀, 预算 as 预匏
	const text =
		'某市本级部门项目支出绩效自评表(2021年)项目名称某某运行经费主管部门某市某局自评得分95\n' +
		'项Fl资金(万兀)年度资金总额年初预匏数调整预算数(A)全年执行数(B)执行率(B/A)50.048.036.075%年度总体目标完成情况良好\n' +
		'一级指标二级指标三级指标分值指标值(A)全年实际值(B)得分未完成原因分析及改进措施项目决策(10分)项目目标完整性4一目标明确4项目立项相关性3一符合职能3可行性3实际需要2\n' +
		'2、项目管理(20分)投入管理预算执行率10一75%7项目产出(40分)数量指标(20分)服务人数101200人1200人10维修次数1012次10次6质量指标(10分)合格标准5符合要求符合要求5成本指标(10分)办公成本58万元8万元5项目效益(30分)社会效益指标指标1:群众满意度10工9%工9%10';
	it('reads the funds row by its arithmetic, the decision rows by their digits and the outcome rows by their repeated value', () => {
		const r = extract(text).report;
		// by hand: 36 ÷ 48 = 75%; the only cut of "50.048.036.075%" into three amounts and a rate that holds
		expect(r.budget.map((b) => [b.item, b.stage, b.amount.wan, b.execution_rate?.value])).toEqual([
			['合计', 'initial', 50, undefined],
			['合计', 'adjusted', 48, undefined],
			['合计', 'final', 36, 75]
		]);
		const tree = r.scores!.tree;
		expect(tree.map((n) => [n.name, n.max?.value])).toEqual([
			['项目决策', 10],
			['项目管理', 20],
			['项目产出', 40],
			['项目效益', 30]
		]);
		expect(tree[0].children!.map((c) => [c.name, c.children!.map((l) => [l.name, l.max?.value, l.score?.value])])).toEqual([
			['项目目标', [['完整性', 4, 4]]],
			['项目立项', [['相关性', 3, 3], ['可行性', 3, 2]]]
		]);
		expect(tree[1].children![0].children!.map((l) => [l.name, l.max?.value, l.score?.value])).toEqual([['预算执行率', 10, 7]]);
		expect(tree[2].children!.map((c) => [c.name, c.max?.value])).toEqual([['数量指标', 20], ['质量指标', 10], ['成本指标', 10]]);
		const rows = r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual?.text, i.max?.value, i.score?.value]);
		expect(rows).toEqual([
			['项目产出', '数量指标', '服务人数', '1200人', '1200人', 10, 10],
			// 12次 against 10次: the values differ, nothing anchors the cut, the row is not read
			['项目产出', '质量指标', '合格标准', '符合要求', '符合要求', 5, 5],
			// "58万元8万元5" is 5 | 8万元 | 8万元 | 5, not 58 points
			['项目产出', '成本指标', '办公成本', '8万元', '8万元', 5, 5],
			// "工9%" is a garbled ≥9%: points only
			['项目效益', '社会效益指标', '群众满意度', undefined, undefined, 10, 10]
		]);
	});
});

describe('extract: a target self-evaluation table without points, flattened from a .docx', () => {
	// no separator between cells; the column words wrapped ("年度指标 值"); 指标值 and 完成值 repeat
	const text =
		'2020年度县级专项资金绩效目标自评表专项资金名称某某经费县级主管部门某县某局\n' +
		'项目资金(万元)全年预算数(A)全年执行数(B)执行率(B/A)年度资金总额80.080.0100%绩 效 指 标一级 指标二级 指标三级指标年度指标 值全年 完成值未完成原因和 改进措施' +
		'产 出 指 标数量 指标3000吨储备到位率100%100%库存真实率100%90%质量 指标明显变质比例00效 益 指 标可持续影响 指标设备维护及安全性高高';
	it('reads the rows whose value is written twice, names with their digits, and no repeat inside a number', () => {
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual?.text])).toEqual([
			['产出指标', '数量指标', '3000吨储备到位率', '100%', '100%'],
			// 100% against 90%: no repeat, the row is not read
			['产出指标', '质量指标', '明显变质比例', '0', '0'],
			['效益指标', '可持续影响指标', '设备维护及安全性', '高', '高']
		]);
	});
});

describe('extract: indicator rows written "name operator-target points" on one line', () => {
	const text = '产出指标数量指标足额保障率=100% 22.5 科目调整次数≤10次 22.5 时效指标按时发放率=100% 22.5 效益指标经济效益指标结余率≤5% 22.5 合计100 项目负责人:财务负责人:';
	it('reads each row by its operator, with the levels run into the first row of each', () => {
		const r = extract(text).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.max?.value])).toEqual([
			['产出指标', '数量指标', '足额保障率', '=', 100, 22.5],
			['产出指标', '数量指标', '科目调整次数', '<=', 10, 22.5],
			['产出指标', '时效指标', '按时发放率', '=', 100, 22.5],
			['效益指标', '经济效益指标', '结余率', '<=', 5, 22.5]
		]);
	});
});

describe('extract: traditional characters with pinyin glosses from a reposting site', () => {
	const text = '某某縣文化局2021年度項(xiàng)目支出績效自評報(bào)告\n一、項(xiàng)目基本情況\n本項(xiàng)目共申請預算資金50萬元。';
	it('reads through the glosses and keeps the text as written in the quotes', () => {
		const r = extract(text).report;
		expect(r.kind).toBe('project_self_evaluation');
		const total = r.budget.find((b) => b.breakdown === 'total');
		expect(total?.amount.wan).toBe(50);
	});
});

describe('extract: an indicator table whose header is two rows (年度指标值 over 指标性质 | 指标值 | 度量单位)', () => {
	const text =
		'2022年度项目支出绩效自评表 | 部门:某县某某中学 |\n' +
		'| 项目名称 | 某某专项资金 | 主管部门 | 某县教育局 | 实施单位 | 某县某某中学 |\n' +
		'| 绩效指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | 偏差原因分析及改进措施 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 产出指标 | 数量指标 | 受助人数 | ≧ | 500 | 人次 | 480 | 10 | 8 |\n' +
		'| 质量指标 | 覆盖率 | ═ | 100 | % | 100% | 10 | 10 |\n' +
		'| 满意度指标 | 服务对象满意度指标等 | 学生满意度 | ≧ | 95 | % | 96% | 10 | 10 |\n' +
		'| 其他需要说明事项 | 无 | 总分 | 30 | 28 | 优 |';
	it('puts the upper row\'s columns after the lower row\'s, ends a row at the next level, and reads the 总分 row with its grade', () => {
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.actual?.text, i.max?.value, i.score?.value])).toEqual([
			['产出指标', '数量指标', '受助人数', '>=', 500, '480', 10, 8],
			['产出指标', '质量指标', '覆盖率', '=', 100, '100%', 10, 10],
			['满意度指标', '服务对象满意度指标等', '学生满意度', '>=', 95, '96%', 10, 10]
		]);
		expect([r.scores?.total?.max?.value, r.scores?.total?.score.value, r.scores?.grade?.value]).toEqual([30, 28, '优']);
	});
});

describe('extract: a score table as delimited cells, levels written with their points in their first row', () => {
	const text =
		'2023年度部门整体支出绩效评价自评表\n单位 | 某县某局 |\n' +
		'序号 | 一级 指标 |\n二级 指标 |\n三级 指标 |\n指标分值 | 指标解释 | 指标说明及评分标准 | 自评得分 |\n' +
		'1 | 规划 (10分) |\n基础信息 (4分) | 基础信息 完整性 | 4 | 信息资料是否真实、完整。 | 1、基础数据信息是否真实(2分); 2、基础数据信息是否完整(2分)。 |\n3 |\n' +
		'2 | 工作计划 (6分) | 年度工作 计划完整性 | 3 | 年度工作计划制定是否完整可行。 | 年度工作计划是否完整可行(3分) | 3 | |\n' +
		'3 | 年度工作 计划明确性 | 3 | 年度工作计划制定是否明确可操作。 | 年度工作计划是否明确可操作(3分) | 2 | ||\n' +
		'4 | 执行 (20分) |\n预算执行 (20分) | 预算执行率 | 20 | 预算执行数与预算数的比率。 | 执行率每低1%扣1分 | 18 |';
	it('nests the levels by their points and reads each row\'s points and score, not the scoring rules', () => {
		const tree = extract(text).report.scores!.tree;
		const flat = (ns: typeof tree, d = 0): unknown[] => ns.flatMap((n) => [[d, n.name, n.max?.value, n.score?.value], ...flat(n.children ?? [], d + 1)]);
		expect(flat(tree)).toEqual([
			[0, '规划', 10, undefined],
			[1, '基础信息', 4, undefined],
			[2, '基础信息完整性', 4, 3],
			[1, '工作计划', 6, undefined],
			[2, '年度工作计划完整性', 3, 3],
			[2, '年度工作计划明确性', 3, 2],
			[0, '执行', 20, undefined],
			[1, '预算执行', 20, undefined],
			[2, '预算执行率', 20, 18]
		]);
	});
});

describe('extract: target-table rows flattened with their 反映… explanation', () => {
	const text =
		'某市2022年市直部门预算项目支出绩效目标表项目名称某某运行保障主管部门某市某中心\n' +
		'绩效指标一级指标二级指标绩效标准当年预期实现值数量指标巡查次数反映大楼巡检情况200次质量指标验收合格率反映维修质量情况>92%成本指标成本控制率不超预算';
	it('reads the name before 反映 and the value after the explanation, and no row whose value is text', () => {
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.level2, i.name, i.target?.op, i.target?.value, i.target?.unit])).toEqual([
			['数量指标', '巡查次数', '>=', 200, '次'],
			['质量指标', '验收合格率', '>', 92, '%']
		]);
	});
});

describe('extract: the project of a prose report named only as the subject of its money', () => {
	const text =
		'2022年某县交通运输局财政衔接资金项目绩效自评总结报告\n一、绩效目标分解下达情况\n' +
		'我县2022年某某道路建设项目计划投资500万元，实现新建道路3.5公里。\n';
	it('takes the project from "我县…X项目计划投资N万元"', () => {
		const r = extract(text).report;
		expect(r.project?.name.value).toBe('某某道路建设项目');
	});
});

describe('extract: the 三公 table of a 部门决算 publication, one cell a line, in traditional characters', () => {
	const text =
		'一、2021年度一般公共預算財政撥款“三公”經(jīng)費支出決算表\n單位:萬元\n項 目 |\n預 算 數(shù) |\n決 算 數(shù) |\n' +
		'合 計 |\n30 |\n6 |\n因公出國(境)費 |\n10 |\n|\n公務接待費 |\n12 |\n4 |\n其中:公務用車運行維護費 |\n8 |\n2 |\n' +
		'二、2021年度一般公共預算財政撥款“三公”經費支出情況說明\n某某局2021年度一般公共預算財政撥款“三公”經費支出決算中,公務接待費支出決算4萬元。\n' +
		'1.公務接待費支出4萬元,與2021年度預算相比,減少8萬元,下降66.67%。';
	it('reads each stated cell with its column\'s stage, an empty cell as nothing, the title\'s scope, labels in simplified characters', () => {
		const r = extract(text).report;
		const lines = r.sangong.map((l) => [l.item, l.label, l.stage, l.scope, l.amount?.wan]);
		expect(lines).toEqual(expect.arrayContaining([
			['total', '合计', 'budget', 'general_public', 30],
			['total', '合计', 'final', 'general_public', 6],
			['abroad', '因公出国(境)费', 'budget', 'general_public', 10],
			['reception', '公务接待费', 'budget', 'general_public', 12],
			['vehicle_operation', '公务用车运行维护费', 'budget', 'general_public', 8],
			['vehicle_operation', '公务用车运行维护费', 'final', 'general_public', 2]
		]));
		// the empty 决算 cell of 因公出国(境)费 states nothing
		expect(r.sangong.some((l) => l.item === 'abroad' && l.stage === 'final')).toBe(false);
		// a difference from the budget is no change on the year before
		expect(r.sangong.some((l) => l.change)).toBe(false);
		expect(r.sangong.filter((l) => l.item === 'reception' && l.stage === 'final').every((l) => l.scope === 'general_public')).toBe(true);
	});
});

describe('extract: money allocated by a notice, a fund and its parts, under a title broken over two lines', () => {
	const text =
		'某某县2023年度中央水利发展资金\n绩效自评报告\n一、资金下达情况\n' +
		'市财政局文件《关于下达2023年中央水利发展资金预算的通知》,下达某某县2023年中央水利发展资金300万元。其中:中小河流治理工程200万元,农村饮水工程维修养护100万元。\n' +
		'市财政局文件《关于下达2023年乡村**衔接资金(配套项目)的通知》,下达某某县2023年资金50万元。\n';
	it('reads the fund as its level\'s money, the listed parts as its projects, the fund a notice names, and the two lines as one title', () => {
		const r = extract(text).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.title).toBe('某某县2023年度中央水利发展资金绩效自评报告');
		expect(r.budget.map((b) => [b.breakdown, b.item, b.parent, b.stage, b.amount.wan])).toEqual([
			['budget_level', '中央水利发展资金', undefined, 'budget', 300],
			['project', '中小河流治理工程', '中央水利发展资金', 'budget', 200],
			['project', '农村饮水工程维修养护', '中央水利发展资金', 'budget', 100],
			// the redaction mask (**) stays as written
			['budget_level', '乡村**衔接资金', undefined, 'budget', 50]
		]);
	});
});

describe('extract: a 三公 statement of a 决算 publication and money sent to the unit', () => {
	it('takes the year a 三公 statement names, and the rate stated after the actual', () => {
		const r = extract('某县政协2022年度一般公共预算财政拨款“三公”经费支出年初预算为200000.00元,支出决算为50000.00元,完成年初预算的25%。').report;
		expect(r.fiscal_year).toBe(2022);
		const total = r.sangong.find((l) => l.item === 'total' && l.stage === 'final');
		expect([total?.amount?.wan, total?.execution_rate?.value, total?.scope]).toEqual([5, 25, 'general_public']);
	});
	it('reads money sent "to us" for a purpose as the project\'s total, with its year', () => {
		const text = '某镇防汛项目支出绩效自评报告\n一、项目概况\n区政府下拨防汛相关工作80万元至我镇。\n(一)项目实施依据\n同意向某镇拨付2017年防汛工作相关经费80万元,其中:渠道清杂经费20万元,镇本级和15个村防汛工作经费60万元。';
		const r = extract(text).report;
		expect(r.fiscal_year).toBe(2017);
		expect(r.budget.map((b) => [b.breakdown, b.item, b.amount.wan])).toEqual([
			['total', '合计', 80],
			['total', '合计', 80],
			['cost', '渠道清杂经费', 20],
			['cost', '镇本级和15个村防汛工作经费', 60]
		]);
	});
	it('does not take a unit whose rules are cited for the reporting one', () => {
		const r = extract('项目支出绩效自评报告\n根据四川省财政厅《关于开展绩效自评的通知》要求，我局对项目开展了自评。').report;
		expect(r.department.name).toBeUndefined();
	});
});

describe('extract: a project form copied into a web page, one cell a line with blank lines between', () => {
	// made-up figures: 50 / 50 / 45 → 45 ÷ 50 = 90%, 10 分 × 90% = 9 分; empty cells are lines
	// holding one space; header words are broken over two cells; template rows "指标2" / "……"
	// are left unfilled; the note column of a row holds "0"
	const cells = [
		'校舍维修经费 绩效自评表(修改)', '项目支出绩效自评表', '(2021年度)',
		'项目名称', '校舍维修经费', '主管部门', '邢台市教育局', '实施单位', '邢台市第二职业中学',
		'项目资金\n(万元)', ' ', '年初', '预算数', '全年', '预算数', '全年', '执行数', '分值', '执行率', '得分',
		'年度资金总额', '50', '50', '45', '10', '90%', '9',
		'上年结转资金', ' ', ' ', ' ', ' ',
		'一级指标', '二级指标', '三级指标', '年度', '指标值', '实际', '完成值', '分值', '得分', '偏差原因分析及改进措施',
		'产出指标', '数量指标', '指标1维修面积', '200', '210', '20', '20', '0',
		'指标2', ' ', ' ', ' ', ' ', ' ', '……', ' ', ' ', ' ', ' ', ' ',
		'效益指标', '社会效益', '指标', '指标1教学条件改善', '明显', '明显', '20', '18', '部分教室未完工。'
	];
	const text = cells.join('\n\n');
	it('keeps the columns through the empty cells, joins the broken header words, and takes the form\'s kind and its 实施单位', () => {
		const r = extract(text).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.fiscal_year).toBe(2021);
		expect(r.department.name).toBe('邢台市第二职业中学');
		expect(r.budget.filter((b) => b.item === '合计').map((b) => [b.stage, b.amount.wan])).toEqual([
			['initial', 50],
			['adjusted', 50],
			['final', 45]
		]);
		expect(r.scores?.tree.map((n) => [n.name, n.max?.value, n.score?.value])).toEqual([['预算执行率', 10, 9]]);
		expect(r.indicators.map((i) => [i.level2, i.name, i.target?.value ?? i.target?.text, i.actual?.value ?? i.actual?.text, i.max?.value, i.score?.value])).toEqual([
			['数量指标', '维修面积', 200, 210, 20, 20],
			['社会效益指标', '教学条件改善', '明显', '明显', 20, 18]
		]);
	});
});

describe('extract: a 三公 statement that states each figure twice, by section', () => {
	// made-up figures: budget 10, actual 8 (80%), 较上年减少 2 (下降 20%); 接待 8 = 100% of the total,
	// stated once with its rate and once with its share
	const text = [
		'邢台市信都区张宽街道2022年度一般公共预算及政府性基金财政拨款“三公”经费支出决算',
		'(一)总体情况说明。',
		'2022年度一般公共预算及政府性基金财政拨款“三公”经费支出预算为10万元,支出决算为8万元,完成预算的80%;较上年减少2万元,下降20 %。',
		'(二)具体情况说明。',
		'2022年度一般公共预算及政府性基金财政拨款“三公”经费支出决算中,公务接待费支出决算8万元,占100%;公务用车购置支出0万元。',
		'1.公务接待费预算为10万元,支出决算为8万元,完成预算的80%。'
	].join('\n');
	it('merges the two statements of one figure, reads the change of the sentence after it, and takes the title, the unit and the scope', () => {
		const r = extract(text).report;
		expect(r.title).toBe('邢台市信都区张宽街道2022年度一般公共预算及政府性基金财政拨款“三公”经费支出决算');
		expect(r.department.name).toBe('邢台市信都区张宽街道');
		expect(r.fiscal_year).toBe(2022);
		const final = r.sangong.filter((l) => l.stage === 'final');
		expect(final.map((l) => [l.item, l.label, l.scope, l.amount?.wan, l.execution_rate?.value, l.share?.value, l.change?.amount?.wan, l.change?.pct?.value])).toEqual([
			['total', '“三公”经费', 'fiscal', 8, 80, undefined, -2, -20],
			['reception', '公务接待费', 'fiscal', 8, 80, 100, undefined, undefined],
			['vehicle_purchase', '公务用车购置', 'fiscal', 0, undefined, undefined, undefined, undefined]
		]);
	});
});

describe('extract: a 决算 publication on a county portal', () => {
	it('takes the title line under the site banner, not the banner or a table-of-contents part', () => {
		const text = ['欢迎来到阜平县人民政府预决算公开专题', '', '阜平县林业局2022年度部门决算', '', '目录', '第一部分 部门概况', '第二部分 2022年度部门决算情况说明'].join('\n');
		const r = extract(text).report;
		expect([r.title, r.department.name, r.fiscal_year, r.kind]).toEqual(['阜平县林业局2022年度部门决算', '阜平县林业局', 2022, 'self_evaluation']);
	});
	it('reads the year of its 决算 part, the unit before 下设, the kinds of post, and no 收支总计 (it holds the balances)', () => {
		// made-up figures: 40 in post = 30 + 2 + 8; 收、支总计 900.5
		const text = [
			'目录',
			'第一部分单位概况',
			'第二部分2023年度单位决算情况说明',
			'第一部分单位概况',
			'人员概况:在职人员40人,专业技术人员30人、管理人员2人,工勤人员8人。',
			'阜平县农业技术推广中心下设办公室、财务室等。',
			'第二部分2023年度单位决算情况说明',
			'2023年度收、支总计均为900.5万元。'
		].join('\n');
		const r = extract(text).report;
		expect([r.department.name, r.fiscal_year]).toEqual(['阜平县农业技术推广中心', 2023]);
		expect(r.staffing.map((s) => [s.category, s.measure, s.count.value])).toEqual([
			['合计', 'actual', 40],
			['专业技术人员', 'actual', 30],
			['管理人员', 'actual', 2],
			['工勤人员', 'actual', 8]
		]);
		expect(r.budget).toEqual([]);
		expect(extract(text).unread.some((u) => u.text.includes('900.5') && /收支总计/.test(u.reason))).toBe(true);
	});
});

describe('extract: a 决算 table flattened with its row numbers (an .xls shown as text)', () => {
	it('reads a functional class whose amount stands right after its row number, in the unit of the table header, and no row whose amounts were printed elsewhere', () => {
		// made-up figures: 教育支出 1,234,500.00 元 = 123.45 万元; 卫生健康支出 56,000.50 元 = 5.60005 万元;
		// the income rows' amounts follow all their labels (unreadable)
		const text = [
			'阜平县第一中学2023年度部门决算',
			'收入支出决算总表 收入 项目 行次 金额 一、一般公共预算财政拨款收入 1 二、事业收入 2 1,000.00 2,000.00 本年收入合计 3 公开01表 金额单位:元 支出 项目(按功能分类) 行次 金额 一、一般公共服务支出 31 二、教育支出 32 1,234,500.00 三、卫生健康支出 33 56,000.50 四、节能环保支出 34'
		].join('\n');
		const r = extract(text).report;
		expect(r.budget.map((b) => [b.flow, b.breakdown, b.item, b.stage, b.amount.wan, b.amount.unit])).toEqual([
			['expenditure', 'function', '教育支出', 'final', 123.45, '元'],
			['expenditure', 'function', '卫生健康支出', 'final', 5.60005, '元']
		]);
	});
});

describe('extract: a report whose year stands only inside its sentences', () => {
	it('takes the year it names most as a 年度, not the one it compares with or the publishing date', () => {
		const text = ['邢台市信都区档案馆决算说明', '发布时间:2024年9月1日', '本单位2023年度总支出为100万元,比2022年度增加5万元。', '2023年度基本支出80万元。'].join('\n');
		expect(extract(text).report.fiscal_year).toBe(2023);
	});
});

describe('extract: a township\'s whole-department table in " | " cells with no title', () => {
	// made-up figures; the second-level name "时限性指标" is not in the vocabulary
	const text = [
		'单位名称:柳溪镇政府 填报日期:2022.3.10',
		'单位名称 | 柳溪镇人民政府 | ||||',
		'年度绩效指标 | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 |',
		'产出指标 | 数量指标 | 整治河道 | 12公里 | 12公里 | 30 |',
		'时限性指标 | 处理投诉时间 | 3天以内 | 2天以内 | 30 |',
		'满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥90% | 93% | 40 |',
		'总分 | 100分 | ||||'
	].join('\n');
	it('takes the full name, the filing date, the 年初目标值 column, an unknown level, a bound written after its number and the 总分 cell', () => {
		const r = extract(text).report;
		expect(r.department.name).toBe('柳溪镇人民政府');
		expect(r.filing_date?.value).toBe('2022-03-10');
		expect(r.fiscal_year).toBe(2021);
		expect(r.indicators.map((i) => [i.level2, i.name, i.target?.op, i.target?.value, i.actual?.value, i.actual?.unit, i.score?.value])).toEqual([
			['数量指标', '整治河道', '>=', 12, 12, '公里', 30],
			['时限性指标', '处理投诉时间', '<=', 3, 2, '天', 30],
			['服务对象满意度指标', '群众满意度', '>=', 90, 93, '%', 40]
		]);
		expect(r.scores?.total?.score?.value).toBe(100);
	});
});

describe('extract: the income and spending statements of a 决算 publication', () => {
	// made-up figures: 本年收入合计 500 = 财政拨款收入 450 + 事业收入 50; 收支总计 (with balances) 520;
	// 一般公共预算 400 in and 380 out; 政府性基金 50 in and 50 out
	const text = [
		'阜平县档案馆2023年度部门决算',
		'一、收入支出决算总体情况说明',
		'2023年度收、支总计520万元,比上年增加20万元。',
		'二、收入决算情况说明',
		'2023年度本年收入合计500万元,其中:财政拨款收入450万元,占收入合计的90%;上级补助收入0万元,占收入合计的0%;事业收入50万元,占收入合计的10%。',
		'三、财政拨款收入支出决算总体情况说明',
		'一般公共预算财政拨款本年收入400万元,比上年增加10万元;本年支出380万元,比上年增加5万元。',
		'政府性基金预算财政拨款本年收入50万元,比上年增加50万元;本年支出50万元,比上年增加50万元。'
	].join('\n');
	it('reads each source of income, no 收支总计, the 一般公共预算 spending after its income, and nothing of the 政府性基金 budget', () => {
		const r = extract(text).report;
		expect(r.budget.map((b) => [b.flow, b.breakdown, b.item, b.scope, b.amount.wan, b.share?.value])).toEqual([
			['income', 'total', '合计', 'all', 500, undefined],
			['income', 'source', '财政拨款收入', 'fiscal', 450, 90],
			['income', 'source', '上级补助收入', 'other', 0, 0],
			['income', 'source', '事业收入', 'other', 50, 10],
			['income', 'total', '合计', 'general_public', 400, undefined],
			['expenditure', 'total', '合计', 'general_public', 380, undefined]
		]);
		// (the 收支总计, its change, and the 政府性基金 income and spending)
		expect(extract(text).unread.map((u) => u.reason).filter((x) => /收支总计|政府性基金/.test(x))).toHaveLength(4);
	});
});

describe('extract: a 三公 statement against the year\'s budget', () => {
	// made-up figures: actual 3, budget 4, difference 1; a 年初预算 paragraph whose parts are worded 决算
	const text = [
		'一、2022年年初预算',
		'2022年度一般公共预算财政拨款安排的“三公”经费预算6万元,其中:因公出国(境)费支出决算1万元;公务接待费支出决算2万元。',
		'二、“三公”经费财政拨款支出与年初预算对比情况',
		'2022年度本部门一般公共预算财政拨款安排的“三公"经费支出3万元,较上年3.5减少0.5万元,减少了14.29%;年初预算为4万元,差值为1万元。'
	].join('\n');
	it('reads 一般公共预算 as money not stage, no 差值, no part worded as another stage than its total, and 减少了N% (the budget in a sentence of its own names no item and is left)', () => {
		const r = extract(text, { sourceFile: 'x_2022_y.txt' }).report;
		expect(r.sangong.map((l) => [l.item, l.label, l.stage, l.amount?.wan, l.change?.amount?.wan, l.change?.pct?.value])).toEqual([
			['total', '“三公”经费', 'budget', 6, undefined, undefined],
			['total', '“三公”经费', 'final', 3, -0.5, -14.29]
		]);
		const { unread } = extract(text, { sourceFile: 'x_2022_y.txt' });
		expect(unread.some((u) => u.text.includes('差值为1万元'))).toBe(true);
		expect(unread.filter((u) => /阶段/.test(u.reason))).toHaveLength(2);
	});
});

describe('extract: who the report is by, when the text says it only in passing', () => {
	it('takes no unit from a saved page\'s address note, a collective or a unit whose rules are cited, and reads a change stated as a rate alone', () => {
		const text = [
			'SOURCE: http://example.gov.cn/a.html  (阜平县财政局 summary)',
			'---',
			'根 据阜平县财政局的安排,经阜平县财政局汇总,2021年阜平县部门及乡镇政府“三公”经费决算总额300万元,比上年下降2.5%。'
		].join('\n');
		const r = extract(text).report;
		expect(r.department.name).toBeUndefined();
		expect(r.sangong.map((l) => [l.item, l.stage, l.amount?.wan, l.change?.pct?.value, l.change?.direction])).toEqual([['total', 'final', 300, -2.5, 'down']]);
	});
	it('takes the owner of a unit\'s own site from its welcome banner when nothing else names it', () => {
		const text = ['欢迎来到阜平县政协网站!', '2021年度部门整体支出绩效评价报告', '县政协2021年度收入100万元。'].join('\n');
		expect(extract(text).report.department.name).toBe('阜平县政协');
	});
});

describe('extract: places of party bodies and of a city bureau\'s district branch', () => {
	it('places 中共X区委… in its district with the unit\'s kind, and X市公安局Y区分局 in Y区', () => {
		const a = extract('中共莲池区委人民政府接待办公室2022年度部门决算\n本单位2022年度本年支出合计50万元。').report;
		expect([a.department.region?.district, a.department.type]).toEqual(['莲池区', '接待办公室']);
		const b = extract('保定市公安局竞秀区分局2022年度部门决算\n本单位2022年度本年支出合计50万元。').report;
		expect([b.department.region?.city, b.department.region?.district, b.department.level]).toEqual(['保定市', '竞秀区', '区级']);
	});
});

describe('extract: target forms of several projects, and operator columns', () => {
	it('reads a 申报表 whose rows open with the project\'s own cells, and takes no header word for the project name', () => {
		// made-up figures: two projects of one township, operator and unit in columns of their own
		const text = [
			'| 部门预算项目绩效目标申报表(2024年度) | |||||',
			'| 金额单位:元 | |||||',
			'| 单位名称 | 项目名称 | 预算数 | 年度目标 | 一级指标 | 二级指标 | 三级指标 | 指标性质 | 指标值 | 度量单位 | 权重 | 指标方向性 | |',
			'| 101-某镇部门 | 500,000.00 | ||||||||||',
			'| 101001-阜平县某镇人民政府 | 道路养护 | 300,000.00 | 养护道路 | 产出指标 | 数量指标 | 养护里程 | ≥ | 12 | 公里 | 20 | 正向指标 | |',
			'| 效益指标 | 社会效益指标 | 群众出行便利 | ≥ | 90 | % | 10 | 正向指标 | ||||',
			'| 环境整治 | 200,000.00 | 整治村容 | 满意度指标 | 服务对象满意度指标 | 群众满意度 | ≥ | 85 | % | 10 | 正向指标 | ||',
			'| 产出指标 | 数量指标 | 整治村数 | = | 4 | 个 | 30 | 正向指标 | ||||'
		].join('\n');
		const r = extract(text).report;
		expect(r.project?.name.value).toBeUndefined();
		// the unit's row sums its projects: 300,000 + 200,000 = 500,000 元 = 50 万元
		expect(r.budget.map((b) => [b.breakdown, b.item, b.parent, b.stage, b.amount.unit, b.amount.wan])).toEqual([
			['nature', '项目支出', undefined, 'budget', '元', 50],
			['project', '道路养护', '项目支出', 'budget', '元', 30],
			['project', '环境整治', '项目支出', 'budget', '元', 20]
		]);
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.target?.unit, i.max?.value])).toEqual([
			['产出指标', '数量指标', '养护里程', '>=', 12, '公里', 20],
			['效益指标', '社会效益指标', '群众出行便利', '>=', 90, '%', 10],
			['满意度指标', '服务对象满意度指标', '群众满意度', '>=', 85, '%', 10],
			['产出指标', '数量指标', '整治村数', '=', 4, '个', 30]
		]);
	});
	it('reads an operator written as a word in either of two operator columns, and a name after a 指标N: ordinal', () => {
		const head = ['一级指标', '二级指标', '三级指标', '指标性质', '指标方向', '年度指标值', '实际完成值', '计量单位', '分值', '得分'];
		const rows = [
			['产出指标', '数量指标', '指标1:巡查次数(次)', '正向', '大于等于', '6', '7', '次', '20', '20'],
			['', '质量指标', '指标1:验收合格率', '正向', '等于', '100', '100', '%', '20', '18']
		];
		const text = '项目支出绩效自评表 (2024年度)\n' + [head, ...rows].map((r) => '| ' + r.join(' | ') + ' |').join('\n');
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.name, i.target?.op, i.target?.value, i.actual?.value, i.max?.value, i.score?.value])).toEqual([
			['巡查次数(次)', '>=', 6, 7, 20, 20],
			['验收合格率', '=', 100, 100, 20, 18]
		]);
	});
});

describe('extract: a department target table with 年度履职目标 rows, space-separated', () => {
	it('reads the budget block, the numbered goals, the duty rows as plans and their spending, and the indicator table with an explanation column', () => {
		// made-up figures: 80 + 20 = 100; the duty rows plan 15 and 5 of the 20 of projects
		const text = [
			'部门整体支出绩效目标表',
			'2024年度)',
			'部门(单位)名称 中共阜平县委政策研究室 部门预算编码 901001',
			'年度',
			'预算',
			'安排',
			'(万元)',
			'        资金总额 100',
			'  项目支出 20',
			'  基本支出 80',
			'年度',
			'总体',
			'目标',
			' 目标1:保障人员工资按时发放;',
			' 目标2:完成年度调研课题。',
			'年度',
			'履职',
			'目标',
			'部门职能 年度目标任务 支出项目名称 预算金额(万元)',
			'开展政策研究 完成调研课题8项 调研课题经费 15',
			'编印内部刊物 编印刊物12期 刊物印刷经费 5',
			'',
			'一级指标 二级指标 三级指标 指标解释 目标值',
			'产出指标 数量指标 调研课题数量 8项(计划标准) 8项',
			'刊物期数 12期(计划标准) ≥12期'
		].join('\n');
		const r = extract(text).report;
		expect(r.kind).toBe('target_table');
		expect(r.department.name).toBe('中共阜平县委政策研究室');
		expect(r.goal?.text).toBe('目标1:保障人员工资按时发放;目标2:完成年度调研课题。');
		expect(r.budget.map((b) => [b.breakdown, b.item, b.parent, b.stage, b.amount.wan])).toEqual([
			['total', '合计', undefined, 'initial', 100],
			['nature', '项目支出', undefined, 'initial', 20],
			['nature', '基本支出', undefined, 'initial', 80],
			['project', '调研课题经费', '项目支出', 'initial', 15],
			['project', '刊物印刷经费', '项目支出', 'initial', 5]
		]);
		expect(r.tasks.map((t) => [t.kind, t.name])).toEqual([
			['plan', '完成调研课题8项'],
			['plan', '编印刊物12期']
		]);
		expect(r.indicators.map((i) => [i.level2, i.name, i.target?.text])).toEqual([
			['数量指标', '调研课题数量', '8项'],
			['数量指标', '刊物期数', '≥12期']
		]);
	});
});

describe('extract: a fund\'s score sheet, one cell a line between "|" lines', () => {
	it('reads levels with bare points, 二级指标 without points, the 评分 column and a bonus score; an ambiguous district gives no region', () => {
		// made-up: 决策(6) = 项目立项 (2 + 2) + 资金投入 (2); 过程(3) = 组织实施 (1 + 2); a bonus row scores 2 of 1
		const cells = ['序号', '一级指标', '二级指标', '三级指标', '指标说明', '分值', '评分', '',
			'1', '决策(6)', '项目立项', '议事记录', '记录完整,得2分', '2', '2', '',
			'2', '申报审批', '文件齐全,得2分', '2', '1', '',
			'3', '资金投入', '预算安排', '按标准安排,得2分', '2', '2', '',
			'4', '过程(3)', '组织实施', '工作安排', '纳入重点工作,得1分;有批示的加1分', '1', '2', '',
			'5', '工作保障', '有专人,得2分', '2', '2', ''];
		const text = '2023年度农村公益事业财政奖补项目绩效评价自评表\n|\n填报单位:郊区财政局\n|\n' + cells.map((c) => c || ' ').join('\n|\n');
		const r = extract(text).report;
		const tree = (n: NonNullable<typeof r.scores>['tree'][number]): unknown => [n.name, n.level, n.max?.value, n.score?.value, ...(n.children ?? []).map(tree)];
		expect(r.scores?.tree.map(tree)).toEqual([
			['决策', 1, 6, undefined, ['项目立项', 2, undefined, undefined, ['议事记录', 3, 2, 2], ['申报审批', 3, 2, 1]], ['资金投入', 2, undefined, undefined, ['预算安排', 3, 2, 2]]],
			['过程', 1, 3, undefined, ['组织实施', 2, undefined, undefined, ['工作安排', 3, 1, 2], ['工作保障', 3, 2, 2]]]
		]);
		expect([r.department.name, r.department.type, r.department.region]).toEqual(['郊区财政局', '财政局', undefined]);
	});
});

describe('extract: a 决算 说明 listing income by source and spending by use', () => {
	it('keeps 一般公共预算财政拨款收入 as the 一般公共预算 part, and reads 上缴上级支出 / 经营支出 / 对附属单位补助支出 as uses, not totals', () => {
		// made-up: 100 = 90 + 10; 100 = 60 + 40 + 0 + 0 + 0
		const text = [
			'阜平县某中心2023年度单位决算情况说明',
			'2023年本年收入合计100万元,其中:一般公共预算财政拨款收入90万元,占90%;其他收入10万元,占10%。',
			'2023年本年支出合计100万元,其中:基本支出60万元,占60%;项目支出40万元,占40%;上缴上级支出0万元,占0%;经营支出0万元,占0%;对附属单位补助支出0万元,占0%。'
		].join('\n');
		const r = extract(text).report;
		expect(r.budget.map((b) => [b.flow, b.breakdown, b.item, b.scope, b.amount.wan])).toEqual([
			['income', 'total', '合计', 'all', 100],
			['income', 'source', '财政拨款收入', 'general_public', 90],
			['income', 'source', '其他收入', 'all', 10],
			['expenditure', 'total', '合计', 'all', 100],
			['expenditure', 'nature', '基本支出', 'all', 60],
			['expenditure', 'nature', '项目支出', 'all', 40],
			['expenditure', 'nature', '上缴上级支出', 'all', 0],
			['expenditure', 'nature', '经营支出', 'all', 0],
			['expenditure', 'nature', '对附属单位补助支出', 'all', 0]
		]);
	});
});

describe('extract: a project target table with long-term and annual columns, one cell a line', () => {
	it('reads the annual goal and indicators, the title with its year line, the funds with their own unit, 主管部门及编码 and 项目属性, and stops at the page furniture', () => {
		// made-up figures
		const cells = ['项目支出绩效目标表3', '项目支出绩效目标表', '2024年度)', '项目名称', '乡村学校改造', '主管部门', '及编码', '[001001]阜平县教育局',
			'实施单位', '阜平县教育局', '项目属性', '基础建设、修缮类', '项目资金', '资金总额', '500万元', '其中:财政拨款', '450万元',
			'总体目标', '中期目标', '年度目标', '三年内完成全县学校改造', '完成5所学校改造',
			'一级指标', '二级指标(长期)', '三级指标(长期)', '指标值(长期)', '二级指标(年度)', '三级指标(年度)', '指标值(年度)',
			'产出指标', '数量指标', '数量指标', '改造学校数', '5', '产出指标', '质量指标', '质量指标', '验收合格率', '100%',
			'扫一扫在手机打开当前页', '[打印]', '[关闭]'];
		const r = extract(cells.join('\n\n')).report;
		expect(r.kind).toBe('project_target_table');
		expect(r.title).toBe('项目支出绩效目标表2024年度)');
		expect([r.project?.name.value, r.project?.supervisor?.value, r.project?.category?.value]).toEqual(['乡村学校改造', '阜平县教育局', '基础建设、修缮类']);
		expect(r.goal?.text).toBe('完成5所学校改造');
		expect(r.budget.map((b) => [b.breakdown, b.item, b.scope, b.stage, b.amount.wan])).toEqual([
			['total', '合计', 'all', 'budget', 500],
			['source', '财政拨款支出', 'fiscal', 'budget', 450]
		]);
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.value])).toEqual([
			['产出指标', '数量指标', '改造学校数', 5],
			['产出指标', '质量指标', '验收合格率', 100]
		]);
	});
});

describe('extract: a 决算 说明 whose numbered items open with their label and amount', () => {
	it('reads "5.经营收入 0.00 万,为…" as a line, and 使用非财政拨款结余 as no 财政拨款', () => {
		const text = [
			'某中心2023年度单位决算情况说明',
			'4.事业收入 12.50 万元,为事业单位开展专业业务活动取得的收入。较 2022 年度决算数增加 2.50',
			'万元,增长 25%,主要原因是:服务量增加。',
			'5.经营收入 0.00 万,为事业单位在业务活动之外取得的收入。',
			'7.使用非财政拨款结余(含专用结余)0.00 万元,主要是弥补收支缺口的资金。'
		].join('\n');
		const r = extract(text).report;
		expect(r.budget.map((b) => [b.item, b.scope, b.amount.wan, b.change?.amount?.wan, b.change?.pct?.value])).toEqual([
			['事业收入', 'other', 12.5, 2.5, 25],
			['经营收入', 'other', 0, undefined, undefined]
		]);
	});
});

describe('extract: 三公 statements that compare with the budget and the year before in one sentence', () => {
	it('takes the change on last year, gives unscoped figures the one money the document names, and puts a change on last year\'s budget on the budget line', () => {
		// made-up figures: 2 + 3 = 5
		const text = [
			'某中心2023年度部门决算',
			'一般公共预算财政拨款“三公”经费支出决算中,因公出国(境)费支出决算 0万元;公务用车购置及运行费支出决算2万元;公务接待费支出决算 3万元。',
			'2023 年度一般公共预算财政拨款安排的“三公”经费支出决算总额为 5 万元,比预算增加 0 万元,比去年增加 1 万元,增长 25%。',
			'',
			'某中心2023年“三公”经费支出预算合计6万元,比上年预算数减少0.5万元。'
		].join('\n');
		const r = extract(text).report;
		expect(r.sangong.map((l) => [l.item, l.scope, l.stage, l.amount?.wan, l.change?.amount?.wan, l.change?.direction])).toEqual([
			['abroad', 'general_public', 'final', 0, undefined, undefined],
			['vehicle', 'general_public', 'final', 2, undefined, undefined],
			['reception', 'general_public', 'final', 3, undefined, undefined],
			['total', 'general_public', 'final', 5, 1, 'up'],
			['total', 'general_public', 'budget', 6, -0.5, 'down']
		]);
	});
});

describe('extract: a township\'s 部门决算 with its name on the line above the title', () => {
	it('joins the two title lines, reads 编制 counted in 个, the units it is made of, and no head count of another year-end', () => {
		const text = [
			'阜平县某镇人民政府',
			'2023年度部门决算情况说明',
			'一、部门基本情况',
			'本单位共有6个机构单位,其中2个行政部门(人大、政府)和4个事业单位组成。2023年我单位共有行政编制20个(机关公勤1个),事业编制30个,2022年末实有在职人员45人,退休12人。',
			'该项目共编制12个方案。'
		].join('\n');
		const r = extract(text).report;
		expect(r.title).toBe('阜平县某镇人民政府2023年度部门决算情况说明');
		expect(r.staffing.map((l) => [l.category, l.measure, l.count.value])).toEqual([
			['行政编制', 'authorized', 20],
			['事业编制', 'authorized', 30],
			['合计', 'subordinate_units', 6],
			['行政部门', 'subordinate_units', 2],
			['事业单位', 'subordinate_units', 4]
		]);
	});
});

describe('extract: a project form whose PDF text came out scrambled', () => {
	it('reads no funds row when the 年度资金总额 label stands after its parts, and takes no label for a value', () => {
		// made-up figures, in the order a scrambled PDF gives them
		const text = '财政项目支出绩效自评表 (2023 年度) 项目名称 道路养护费 主管部门 阜平县交通局 年初预算数 全年预算数 全年执行数 分值 执行率 得分 30000.00 30000.00 6.5 其中:当年财政拨款 0 0 — 上年结转资金 0 0 — 其他资金 0 0 — 年度资金总额 项目资金 (元) 阜平县公路 养护中心 实施单位';
		const r = extract(text);
		expect(r.report.budget).toEqual([]);
		expect(r.unread.some((u) => /顺序错乱/.test(u.reason))).toBe(true);
		expect(r.report.project?.name.value).not.toMatch(/主管部门/);
	});
});

describe('extract: a project report in prose with outcomes in words and a web page footer', () => {
	it('reads the funds arranged and paid, each level\'s outcome in words, and no footer as a problem', () => {
		const text = [
			'阜平县新建某路工程项目2023年度绩效自评报告',
			'一、绩效目标分解下达情况',
			'某路工程项目估算投资900万元,县财政通过专项债券安排资金300万元。',
			'二、绩效目标完成情况分析',
			'该项目已拨付工程款280万元,剩余工程款待申请。',
			'数量指标:完成道路建设300米,已完成;',
			'质量指标:确保路面质量,已完成;',
			'时效指标:按时完成建设,随项目进度把控;',
			'三、存在问题',
			'扫一扫在手机打开当前页网站声明|联系我们|网站地图'
		].join('\n');
		const r = extract(text).report;
		expect(r.budget.filter((b) => b.item === '合计').map((b) => [b.stage, b.amount.wan])).toEqual([
			['budget', 300],
			['final', 280]
		]);
		expect(r.indicators.map((i) => [i.level2, i.name, i.actual?.text])).toEqual([
			['数量指标', '完成道路建设', '300米'],
			['质量指标', '确保路面质量', '已完成'],
			['时效指标', '按时完成建设', '随项目进度把控']
		]);
		expect(r.problems).toEqual([]);
	});
});

describe('extract: a third party\'s evaluation of a township\'s rural fund', () => {
	it('is an external evaluation of the unit it names after 对, and 乡 before 村 ends no name', () => {
		const text = [
			'2023年度阜平县某镇乡村振兴专项资金',
			'绩效评价报告',
			'根据县财政局文件要求,受阜平县财政局委托,我所成立绩效评价工作组对阜平县城南庄镇人民政府2023年乡村振兴专项资金进行了绩效评价。'
		].join('\n');
		const r = extract(text).report;
		expect(r.kind).toBe('external_evaluation');
		expect(r.department.name).toBe('阜平县城南庄镇人民政府');
	});
});

describe('extract: a 三公 增减情况说明 of 财政预算拨款 money', () => {
	it('reads 财政预算拨款 as fiscal money and its 支出合计 as spent, past a sentence that only lists what 三公 includes', () => {
		const text = [
			'2023年阜平县委宣传部“三公”经费增减情况说明',
			'“三公”经费包括因公出国(境)费、公务用车购置及运行维护费和公务接待费。2023年阜平县委宣传部财政预算拨款“三公”经费支出合计12万元,比上年减少1.5万元。其中:因公出国(境)费 0 万元;公务接待费10万元,比上年减少1万元。'
		].join('\n');
		const r = extract(text).report;
		expect(r.sangong.map((l) => [l.item, l.scope, l.stage, l.amount?.wan, l.change?.amount?.wan])).toEqual([
			['total', 'fiscal', 'final', 12, -1.5],
			['abroad', 'fiscal', 'final', 0, undefined],
			['reception', 'fiscal', 'final', 10, -1]
		]);
	});
});

describe('extract: a funds table whose empty cells are written ——', () => {
	it('reads every row past the —— cells', () => {
		const rows = [
			['项目资金(万元)', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率(%)', '得分'],
			['年度资金总额', '0', '3', '3', '10', '100', '10'],
			['其中:财政拨款', '0', '1', '1', '——', '100', '——'],
			['其他资金', '0', '2', '2', '——', '100', '——']
		];
		const text = '项目支出绩效自评表 (2024年度)\n项目名称 | 某项业务支出项目 |\n' + rows.map((r) => '| ' + r.join(' | ') + ' | |||||').join('\n');
		const r = extract(text).report;
		expect(r.budget.filter((b) => b.stage === 'final').map((b) => [b.item, b.amount.wan])).toEqual([
			['合计', 3],
			['财政拨款支出', 1],
			['其他支出', 2]
		]);
	});
});

describe('extract: a township\'s road project evaluation in prose', () => {
	it('is a project record, and its 绩效目标 sentence gives the targets when no table does', () => {
		const text = [
			'关于2023年度某村通组道路工程绩效评价报告',
			'一、项目基本情况',
			'(二)绩效目标:道路硬化≥1.2km;项目(工程)验收合格率≥100% ;受益群众满意度≥95%;受益人口数≥40人改善村基础设施。'
		].join('\n');
		const r = extract(text).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.indicators.map((i) => [i.name, i.target?.op, i.target?.value, i.target?.unit])).toEqual([
			['道路硬化', '>=', 1.2, 'km'],
			['项目(工程)验收合格率', '>=', 100, '%'],
			['受益群众满意度', '>=', 95, '%'],
			['受益人口数', '>=', 40, '人']
		]);
	});
});

describe('extract: one amount given to each of several', () => {
	it('reads "对十个乡镇分别补助7万元" as a standard, not a line', () => {
		const r = extract('某县应急管理局2022年度项目绩效自评报告\n此专项经费预算数70万元,全年执行数70万元。对周王、新田共十个乡镇分别补助7万元,并于9月6日完成资金下拨。');
		expect(r.report.budget.map((b) => [b.item, b.stage, b.amount.wan])).toEqual([
			['合计', 'budget', 70],
			['合计', 'final', 70]
		]);
		expect(r.unread.some((u) => u.text.includes('分别补助7万元'))).toBe(true);
	});
});

describe('extract: a 部门决算公开说明 with totals that hold the balances', () => {
	it('leaves 收入总计 / 支出总计 and the change of 收入支出总体 unread, and counts no 实有人数 that holds the retired', () => {
		const text = [
			'阜平县某中心2023年度部门决算公开说明',
			'阜平县某中心2023年度,实有人数12人,其中:在职人员10人,离休人员0人,退休人员2人。',
			'2023年度收入总计100.50万元,其中:本年收入合计100万元,年初结转和结余0.5万元。',
			'2023年度支出总计100.50万元,其中:本年支出合计100万元,年末结转和结余0.5万元。',
			'收入支出总体与上年相比,增加10万元,增长11.06%。'
		].join('\n');
		const r = extract(text);
		expect(r.report.title).toBe('阜平县某中心2023年度部门决算公开说明');
		expect(r.report.staffing.map((l) => [l.category, l.measure, l.count.value])).toEqual([
			['合计', 'actual', 10],
			['离休', 'retired', 0],
			['退休', 'retired', 2]
		]);
		expect(r.report.budget.map((b) => [b.flow, b.amount.wan, b.change?.amount?.wan])).toEqual([
			['income', 100, undefined],
			['opening_balance', 0.5, undefined],
			['expenditure', 100, undefined],
			['closing_balance', 0.5, undefined]
		]);
	});
	it('reads a project\'s batches as parts of its cost, not totals of their own', () => {
		const r = extract('某县2023年道路项目绩效自评报告\n合计批复总投资600万元。一批项目县级批复总投资350万元,二批项目县级批复总投资250万元。').report;
		expect(r.budget.map((b) => [b.breakdown, b.item, b.stage, b.amount.wan])).toEqual([
			['total', '合计', 'budget', 600],
			['cost', '一批项目', 'budget', 350],
			['cost', '二批项目', 'budget', 250]
		]);
	});
});

describe('extract: a sheet run together on one line, its rows numbered 指标N', () => {
	it('reads the rows of one reading (name and four values, or name and a target), the form\'s heading over the file name, and no row run into the next', () => {
		// made-up figures
		const text = [
			'某项目支出绩效自评表.xlsx',
			'阜平县项目支出绩效自评表 (2023年度) 项目名称 基本公共卫生服务 主管部门 阜平县卫生健康局 指标1:居民健康档案 30000人 指标2:发放宣传资料 不少于10 种 不少于5 种 80次 5次 指标3:举办健康讲座 12次 40次 2 2 指标4:0-6岁儿童健康管理数 1500人 1450人 2 1.9 指标5:老年人体检数 4000人 3000人 2 1.5'
		].join('\n');
		const r = extract(text).report;
		expect(r.title).toBe('阜平县项目支出绩效自评表(2023年度)');
		expect(r.indicators.map((i) => [i.name, i.target?.text, i.actual?.text, i.max?.value, i.score?.value])).toEqual([
			['居民健康档案', '30000人', undefined, undefined, undefined],
			['举办健康讲座', '12次', '40次', 2, 2],
			['0-6岁儿童健康管理数', '1500人', '1450人', 2, 1.9],
			['老年人体检数', '4000人', '3000人', 2, 1.5]
		]);
	});
	it('pairs names and values the export split apart, in order, four values a name, and joins a name a wrapped cell broke', () => {
		// made-up figures: names before values (指标4, 指标5), then one row's values followed by those
		// of the rows whose names come after it, the 总分 pair last
		const text = [
			'某项目支出绩效自评表.xlsx',
			'阜平县项目支出绩效自评表 (2023年度) 项目名称 基层医疗补助 主管部门 阜平县卫生健康局 指标1:签约居民建档 3000人 2900人 5 4.8 指标2:随访完成数 800人 780人 5 4.9 指标3:宣传活动场次 20次 24次 5 5 指标4:报告突发事件 数 指标5:入户随访人数 9例 9例 5 5 1200人 1100人 5 4.6',
			'数量指标 指标1:补助资金足额拨 付 100% 100% 10 10 80元 80元 10 10 90% 90% 20 18 95% 95% 10 9 100 92 成本指标 指标1:每人每年补助标准 效益指 标(20 分) 年度 社会效益 指标1:群众就医负担减轻程度 满意度 指标 服务对象满 指标1:群众满意 (10分 意度指标 ) 总分'
		].join('\n');
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual?.text, i.max?.value, i.score?.value])).toEqual([
			[undefined, undefined, '签约居民建档', '3000人', '2900人', 5, 4.8],
			[undefined, undefined, '随访完成数', '800人', '780人', 5, 4.9],
			[undefined, undefined, '宣传活动场次', '20次', '24次', 5, 5],
			[undefined, undefined, '报告突发事件数', '9例', '9例', 5, 5],
			[undefined, undefined, '入户随访人数', '1200人', '1100人', 5, 4.6],
			['产出指标', '数量指标', '补助资金足额拨付', '100%', '100%', 10, 10],
			['产出指标', '成本指标', '每人每年补助标准', '80元', '80元', 10, 10],
			['效益指标', '社会效益', '群众就医负担减轻程度', '90%', '90%', 20, 18],
			[undefined, undefined, '群众满意', '95%', '95%', 10, 9]
		]);
		expect([r.scores?.total?.max?.value, r.scores?.total?.score?.value]).toEqual([100, 92]);
	});
	it('gives the funds rows whose labels stand before the header their values after it, one full row a label, and nothing where the count is off', () => {
		// made-up figures: 48 ÷ 50 = 96%, 10 分 × 96% ≈ 9.6
		const head = '阜平县项目支出绩效自评表 (2023年度) 项目名称 基层医疗补助 主管部门 阜平县卫生健康局 项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 ';
		const r = extract(['某项目.xlsx', head + '50 48 10 96% 9.6 50 48 — 96% — 上年结转资金 — — 其他资金 — —'].join('\n')).report;
		expect(r.budget.map((b) => [b.item, b.scope, b.stage, b.amount.wan, b.execution_rate?.value])).toEqual([
			['合计', 'all', 'adjusted', 50, undefined],
			['合计', 'all', 'final', 48, 96],
			['财政拨款支出', 'fiscal', 'adjusted', 50, undefined],
			['财政拨款支出', 'fiscal', 'final', 48, 96]
		]);
		expect(r.scores?.tree.map((n) => [n.name, n.max?.value, n.score?.value])).toEqual([['预算执行率', 10, 9.6]]);
		// a cell lost: the values no longer fall one full row a label
		const lost = extract(['某项目.xlsx', head + '0 50 10 96% 9.6 50 — 96% — 上年结转资金 — — 其他资金 — —'].join('\n')).report;
		expect(lost.budget).toEqual([]);
	});
	it('takes a report on the whole unit and its projects as a whole-unit report, with its title\'s 总结报告', () => {
		const r = extract('阜平县某中心 2023 年整体和项目支出绩效自评总结报告 一 绩效管理工作开展情况。').report;
		expect([r.kind, r.title]).toEqual(['self_evaluation', '阜平县某中心2023年整体和项目支出绩效自评总结报告']);
	});
});

describe('extract: a project report that lists its projects one a paragraph', () => {
	it('reads the numbered items after "具体如下:" as parts of the announced line, and the spending by source', () => {
		const text = [
			'阜平县某中心2023年项目支出绩效自评报告',
			'某中心2023年参与绩效评价的项目共3个,项目支出110万元。其中:财政拨款项目支出10万元,其他项目支出100万元。具体如下:',
			'1、档案整理费4万元,主要用于档案整理方面;',
			'2、政策宣传6万元,主要用于政策宣传方面;',
			'3、就业专项资金100万元,主要用于专项培训相关费用方面。',
			'(二)绩效目标设定及指标完成情况'
		].join('\n');
		const r = extract(text).report;
		expect(r.budget.map((b) => [b.breakdown, b.item, b.parent, b.scope, b.amount.wan])).toEqual([
			['nature', '项目支出', undefined, 'all', 110],
			['source', '财政拨款支出', '项目支出', 'fiscal', 10],
			['source', '其他支出', '项目支出', 'other', 100],
			['project', '档案整理费', '项目支出', 'all', 4],
			['project', '政策宣传', '项目支出', 'all', 6],
			['project', '就业专项资金', '项目支出', 'all', 100]
		]);
	});
});

describe('extract: indicators written one a line as "name:指标值为“T”,…完成值A"', () => {
	it('reads the quoted target and the outcome after 完成值, a date as a deadline and 约N as the figure', () => {
		const text = [
			'阜平县某工程2023年度项目支出绩效自评',
			'(三)绩效指标完成情况分析。',
			'建设占地面积:指标值为“约5000平方米”,全年实际完成值约6000平方米;',
			'项目竣工验收合格率:指标值为“100%”,全年实际完成值为0,因项目尚在建设工期内;',
			'完工日期:指标值为“2024年6月30日”,全年实际完成值为0,未到完工日期;'
		].join('\n');
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.name, i.target?.op, i.target?.value, i.target?.text, i.actual?.text])).toEqual([
			['建设占地面积', '>=', 5000, '约5000平方米', '约6000平方米'],
			['项目竣工验收合格率', '>=', 100, '100%', '0'],
			['完工日期', 'deadline', undefined, '2024年6月30日', '0']
		]);
	});
});

describe('extract: a fund\'s uses listed as ordinals after the notice that allocated it', () => {
	it('reads each "一是安排X N万元" as a use of the fund, and the money a level adds to it', () => {
		const text = [
			'阜平县2023年农业发展资金使用情况绩效自评报告',
			'根据财政部《关于下达2023年农业发展资金预算的通知》,2023年中央下达我县农业发展资金500万元,主要用于完成农机购置补贴等任务。',
			'(二)我县资金安排情况。具体为:一是安排农机购置补贴300万元,二是安排农业社会化服务200万元。配套安排县级财政资金50万元。'
		].join('\n');
		const r = extract(text).report;
		expect(r.budget.map((b) => [b.breakdown, b.item, b.parent, b.stage, b.amount.wan])).toEqual([
			['budget_level', '农业发展资金', undefined, 'budget', 500],
			['cost', '农机购置补贴', '农业发展资金', 'budget', 300],
			['cost', '农业社会化服务', '农业发展资金', 'budget', 200],
			['budget_level', '县级财政资金', undefined, 'budget', 50]
		]);
	});
});

describe('extract: titles and items with labels run into them', () => {
	it('ends a title before the form\'s label cells, drops a sharing site\'s label, and drops 措施:/建议: from measures', () => {
		const a = extract('2023年度某项目自评表单位名称某科填报日期.docx\n《2023年度某项目自评表单位名称某科填报日期.docx》由会员分享,可在线阅读').report;
		expect(a.title).toBe('2023年度某项目自评表');
		const b = extract('文档介绍:项目支出绩效自评表(2023年度)\n项目名称 某经费').report;
		expect(b.title).toBe('项目支出绩效自评表(2023年度)');
		const c = extract('阜平县图书馆2023年度项目支出绩效自评报告\n五、改进措施\n(一)措施:加强对项目申报的指导。\n(二)建议:加大资金投入力度。').report;
		expect(c.measures.map((m) => m.text)).toEqual(['加强对项目申报的指导', '加大资金投入力度']);
	});
});

describe('extract: a fund report whose outcomes follow "产出指标完成情况。"', () => {
	it('reads the money allocated and received, and each outcome clause after the level\'s sentence', () => {
		const text = [
			'阜平县林业局2023年度项目支出绩效自评报告',
			'1.项目资金到位情况。阜平县财政局下达我局森林防火经费50万元,全部到位。',
			'1.产出指标完成情况。该项指标完成100%。2023年森林防火期,我县共发生森林火灾2起,低于控制指标;火案查处率100%;县级森林防火物资储备30万元。'
		].join('\n');
		const r = extract(text).report;
		expect(r.budget.map((b) => [b.flow, b.stage, b.amount.wan])).toEqual([
			['expenditure', 'budget', 50],
			['income', 'final', 50]
		]);
		expect(r.indicators.map((i) => [i.level1, i.name, i.actual?.text])).toEqual([
			['产出指标', '发生森林火灾', '2起'],
			['产出指标', '火案查处率', '100%'],
			['产出指标', '县级森林防火物资储备', '30万元']
		]);
	});
});

describe('extract: targets with long units and rates, key-indicator marks', () => {
	it('reads "1346万平方米" and "1次/月" as figures, and drops the ★ before a key indicator', () => {
		const rows = [
			['一级指标', '二级指标', '三级指标', '指标值'],
			['产出指标', '数量指标', '★清扫保洁道路面积', '1346.5万平方米'],
			['', '质量指标', '专项考核', '1次/月']
		];
		const r = extract('项目绩效目标表(2023年度)\n项目名称 | 环境卫生清洁 |\n' + rows.map((x) => '| ' + x.join(' | ') + ' |').join('\n')).report;
		expect(r.indicators.map((i) => [i.name, i.target?.op, i.target?.value, i.target?.unit])).toEqual([
			['清扫保洁道路面积', '>=', 1346.5, '万平方米'],
			['专项考核', '>=', 1, '次/月']
		]);
	});
});

describe('extract: a flowed funds row that lost its 执行数 cell', () => {
	const text = (rate: string) => ['项目支出绩效自评表', '( 2023年度)', '项目名称', '某审计费', '项目资金', '(万元)', '年初预算数', '调整预算数', '全年执行数', '分值', '执行率', '得分', '年度资金总额', '20', '20', '10', rate, '10'].join('\n');
	it('reads two amounts before 分值 and rate as 全年预算 and 全年执行 where the rate holds (20 × 100% = 20)', () => {
		const r = extract(text('100%'));
		expect(r.report.budget.map((b) => [b.stage, b.amount.wan])).toEqual([
			['adjusted', 20],
			['final', 20]
		]);
	});
	it('reads the budgets and leaves the 执行数 unread when no reading gives budget × rate', () => {
		const r = extract(text('90%'));
		expect(r.report.budget.map((b) => [b.stage, b.amount.wan])).toEqual([
			['initial', 20],
			['adjusted', 20]
		]);
		expect(r.unread.some((u) => /执行率对不上/.test(u.reason))).toBe(true);
	});
});

describe('ids: 陕西 and 山西 are spelled apart', () => {
	it('a 陕西 unit and a 山西 unit of the same kind get different ids', () => {
		const shaanxi = departmentId({ province: '陕西省', city: '榆林市', district: '清涧县' }, '交通运输局');
		const shanxi = departmentId({ province: '山西省', city: '运城市', district: '稷山县' }, '交通运输局');
		expect(shaanxi.startsWith('shaanxi-yulin-qingjian-')).toBe(true);
		expect(shanxi.startsWith('shanxi-yuncheng-jishan-')).toBe(true);
	});
});

describe('extract: a delimited funds table whose merged header leaves empty columns', () => {
	it('reads the rows by position, the rate after the empty columns included', () => {
		const text = [
			'说明(注:以下内容为附件图片识别,个别文字可能不准确)部门预算项目支出绩效自评表(2023年度) | | | | | | | | | |',
			'项目名称 | | 阜平县乡村道路养护经费 | | | | | | | |',
			'主管部门 | | 阜平县交通运输局 | | | | | 实施单位(盖章) | 阜平县公路养护中心 | |',
			'预算执行情况(10分) | 年度预算数(万元) | 年初预算 | 调整后预算数 | 预算执行数 | | | 预算执行率 | 权重 | 得分 | 原因 |',
			'| 总额 | 8.00 | 10.00 | 9.00 | | | 90.00% | 10 | | |',
			'| 其中:财政资金 | 8.00 | 10.00 | 9.00 | | | 90.00% | / | / | |',
			'| 单位资金 | 0.00 | 0.00 | 0.00 | | | 0.00% | / | / | |'
		].join('\n');
		const r = extract(text).report;
		// the page's note in brackets before the title is no part of it
		expect(r.title).toBe('部门预算项目支出绩效自评表(2023年度)');
		expect(r.budget.map((b) => [b.item, b.stage, b.amount.wan, b.execution_rate?.value])).toEqual([
			['合计', 'initial', 8, undefined],
			['合计', 'adjusted', 10, undefined],
			['合计', 'final', 9, 90],
			['财政拨款支出', 'initial', 8, undefined],
			['财政拨款支出', 'adjusted', 10, undefined],
			['财政拨款支出', 'final', 9, 90],
			['单位资金', 'initial', 0, undefined],
			['单位资金', 'adjusted', 0, undefined],
			['单位资金', 'final', 0, 0]
		]);
	});
});

describe('extract: a transfer payment\'s 绩效目标自评 as a county site prints it', () => {
	it('reads the kind, the labels run together and the funds rows whose digits ran together', () => {
		const text = [
			'农村公路建设补助地方资金(县道改造)绩效目标自评',
			'(2022年度)',
			'转移支付(项目)名称农村公路建设补助地方资金(县道改造)',
			'中央主管部门交通运输部',
			'地方主管部门阜平县交通运输局资金使用单位阜平县公路养护中心',
			'项目资金',
			'(万元)',
			'全年预算数(A)全年执行数(B)预算执行率(B/A)',
			'年度资金总额:2500240096%',
			' 其中:中央补助2000190095%'
		].join('\n');
		const r = extract(text).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.project?.name.value).toBe('农村公路建设补助地方资金(县道改造)');
		// the local supervisor, not the ministry
		expect(r.project?.supervisor?.value).toBe('阜平县交通运输局');
		expect(r.project?.implementer?.value).toBe('阜平县公路养护中心');
		// 2500 | 2400 | 96% (2400 ÷ 2500 = 96%), not 25002400 | 9 | 6%; 1900 ÷ 2000 = 95%
		expect(r.budget.map((b) => [b.item, b.breakdown, b.stage, b.amount.wan, b.execution_rate?.value])).toEqual([
			['合计', 'total', 'adjusted', 2500, undefined],
			['合计', 'total', 'final', 2400, 96],
			['中央补助', 'budget_level', 'adjusted', 2000, undefined],
			['中央补助', 'budget_level', 'final', 1900, 95]
		]);
	});
});

describe('extract: a target form\'s money in two year columns (上年度安排资金 | 本年度申请资金)', () => {
	it('reads the levels and the spending items of both years; the items\' 合计 restates the total', () => {
		const text = [
			'项目支出预算绩效目标申报表',
			'(2025年度)',
			' 填报单位:阜平县教育局',
			'项目基本情况 项目名称 乡村学校取暖经费 ',
			'项目资金情况 项目资金申请(万元) 项 目  上年度安排资金 本年度申请资金',
			'合 计 120.5 140',
			'市级资金',
			'省级资金 20 30',
			'县级资金 100.5 110',
			'支出明细预算(万元) 项 目 上年度安排资金  本年度申请资金 测算依据及说明',
			'合 计 120.5 140 按学校数测算',
			'取暖燃料费 120.5 140',
			'项目年度绩效目标情况 长期绩效目标 保障冬季教学。'
		].join('\n');
		const r = extract(text).report;
		expect(r.kind).toBe('project_target_table');
		expect(r.budget.map((b) => [b.year, b.breakdown, b.item, b.amount.wan])).toEqual([
			[2025, 'total', '合计', 140],
			[2024, 'total', '合计', 120.5],
			[2025, 'budget_level', '省级资金', 30],
			[2024, 'budget_level', '省级资金', 20],
			[2025, 'budget_level', '县级资金', 110],
			[2024, 'budget_level', '县级资金', 100.5],
			[2025, 'cost', '取暖燃料费', 140],
			[2024, 'cost', '取暖燃料费', 120.5]
		]);
	});
});

describe('extract: the project a fund report\'s title names', () => {
	it('takes the fund between the year and the kind words, the title being the cell of a page\'s index block', () => {
		const text = ['名称: | 阜平县2024年度农村饮水安全补助资金绩效自评报告 | 文号: | 无', '一、基本情况', '我县2024年度共安排资金50万元。'].join('\n');
		const r = extract(text).report;
		expect(r.title).toBe('阜平县2024年度农村饮水安全补助资金绩效自评报告');
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.project?.name.value).toBe('农村饮水安全补助资金');
	});
	it('takes the fund between the unit and the year', () => {
		const r = extract('阜平县人民医院基本药物制度补助资金2024年度绩效自评报告\n一、项目概况\n资金已全部拨付。').report;
		expect(r.project?.name.value).toBe('基本药物制度补助资金');
	});
	it('prefers the project the body says the money went to ("用于实施X项目") over a fund type in the title', () => {
		const r = extract('阜平县水务局2024年衔接资金项目绩效自评报告\n(一)阜平县水务局2024年衔接资金共下达80万元,用于实施城南村灌溉渠修复项目。').report;
		expect(r.project?.name.value).toBe('城南村灌溉渠修复项目');
	});
});

describe('extract: a project self-evaluation form as label: value pairs, funds in column groups and a 符号 column', () => {
	const text = [
		'阜平县教育局2024年度预算项目绩效自评表',
		'一、基本情况 项目名称: 乡村教师生活补助 是否为专项资金: 实施(主管)单位 120003-阜平县教育局机关 金额单位: 万元  ',
		'二、预算执行情况 预算安排情况(调整后) 资金到位情况 资金执行情况 预算执行进度(%)',
		'预算数 50.00 到位数 50.00 执行数 45.00 90.00',
		'其中:财政资金 50.00 其中:财政资金 50.00 其中:财政资金 45.00',
		'其他 0.00 其他 0.00 其他 0.00',
		'四、年度绩效指标完成情况 一级指标 二级指标 三级指标 指标分值 预期指标值 单项指标实际完成值 单项指标完成情况 自评得分',
		'符号 单位(文字描述) 单项指标得分 权重占比(%) 单项指标折算得分',
		'产出指标 数量指标 补助教师人数 享受补助的乡村教师人数 >= 300 人(人数) 310人 完成 40.00 40.00 16.00',
		'时效指标 发放及时率 按月发放的比例 >= 95 %(百分比) 92% 未完成 30.00 28.00 8.40',
		'满意度指标 服务对象满意度指标 教师满意度 受补助教师的满意程度 >= 90 %(百分比) 95% 完成 20.00 20.00 4.00'
	].join('\n');
	it('reads the name up to the next label, the unit behind its code and its own office, the funds by group', () => {
		const r = extract(text).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.project?.name.value).toBe('乡村教师生活补助');
		expect(r.project?.implementer?.value).toBe('阜平县教育局机关');
		// the bureau's own office implements for the bureau
		expect(r.department.name).toBe('阜平县教育局');
		// 到位 has no stage; 45 ÷ 50 = 90%
		expect(r.budget.map((b) => [b.item, b.stage, b.amount.wan, b.execution_rate?.value])).toEqual([
			['合计', 'adjusted', 50, undefined],
			['合计', 'final', 45, 90],
			['财政拨款支出', 'adjusted', 50, undefined],
			['财政拨款支出', 'final', 45, undefined],
			['其他支出', 'adjusted', 0, undefined],
			['其他支出', 'final', 0, undefined]
		]);
	});
	it('reads each indicator row by its operator: target, actual, the weight as points and the own score', () => {
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.target?.unit, i.actual?.value, i.max?.value, i.score?.value])).toEqual([
			['产出指标', '数量指标', '补助教师人数', '>=', 300, '人', 310, 40, 40],
			['产出指标', '时效指标', '发放及时率', '>=', 95, '%', 92, 28, 30],
			['满意度指标', '服务对象满意度指标', '教师满意度', '>=', 90, '%', 95, 20, 20]
		]);
	});
});

describe('extract: a fund report in prose with indicator lines under level headings of their own', () => {
	const text = [
		'阜平县人民医院妇幼健康服务补助资金2024年度绩效自评报告',
		'一、绩效目标完成情况分析',
		'1.项目资金到位情况分析。',
		'阜财社〔2024〕12号文件下达阜平县人民医院妇幼健康服务补助资金3.50万元。',
		'(三)绩效指标完成情况分析。',
		'1.产出指标完成情况分析。',
		'(1)数量指标。',
		'开展入户随访:每月开展入户随访一次,共12次。',
		'(2)时效指标。',
		'按时上报数据:每季度上报一次,按时完成。',
		'2.效益指标完成情况分析。',
		'社会效益指标。',
		'孕产妇建档:为孕产妇建立保健档案,共36人。',
		'3.满意度指标完成情况分析',
		'服务对象满意度:服务对象满意度≥85%。',
		'二、存在的问题'
	].join('\n');
	it('reads the fund allocated to itself as the project\'s total budget', () => {
		const r = extract(text).report;
		expect(r.project?.name.value).toBe('妇幼健康服务补助资金');
		expect(r.budget.map((b) => [b.breakdown, b.item, b.stage, b.amount.wan])).toEqual([['total', '合计', 'budget', 3.5]]);
	});
	it('reads each "name: …, 共N次" line as an outcome and an operator at the end as a target; a line without a figure is not read', () => {
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.actual?.value, i.actual?.unit])).toEqual([
			['产出指标', '数量指标', '开展入户随访', undefined, undefined, 12, '次'],
			['效益指标', '社会效益指标', '孕产妇建档', undefined, undefined, 36, '人'],
			['满意度指标', undefined, '服务对象满意度', '>=', 85, undefined, undefined]
		]);
	});
});

describe('extract: a transfer payment advanced, settled and spent', () => {
	it('reads the advance with its levels, the settlement and the spending, and lists none of them as unread', () => {
		const text = [
			'阜平县2024年度基本药物制度补助项目绩效评价自评报告',
			'(二)项目绩效目标情况。我县及时将基本药物制度补助项目预拨资金500万元(中央资金400万元、省级资金100万元)分配到各实施机构,年终考核后及时将剩余的清算资金20万元分配到位,2024年度基本药物制度补助资金520万元全部执行到位。'
		].join('\n');
		const x = extract(text);
		// 400 + 100 = 500; 500 + 20 = 520
		expect(x.report.budget.map((b) => [b.stage, b.breakdown, b.item, b.amount.wan])).toEqual([
			['initial', 'total', '合计', 500],
			['initial', 'budget_level', '中央资金', 400],
			['initial', 'budget_level', '省级资金', 100],
			['addition', 'total', '合计', 20],
			['final', 'total', '合计', 520]
		]);
		expect(x.unread.filter((u) => u.kind === '金额')).toEqual([]);
	});
});

describe('extract: a project target form attached to a fund notice, one cell a line ending in "|"', () => {
	it('reads the kind from its 项目名称, the year under the title, bare amounts in the unit the notice gives them, metric units', () => {
		const text = [
			'阜平县财政局关于下达2025年乡村道路资金的通知',
			'县交通局:',
			'现将乡村道路资金300万元下达你们。',
			'附表1 |',
			'|',
			'绩效目标申报表 |',
			'|||||||',
			'(2025年度) |',
			'|||||||',
			'项目名称 |',
			'2025年城北村道路硬化 |',
			'||||',
			'主管部门 |',
			'阜平县交通运输局 |',
			'实施单位 |',
			'阜平县交通运输局 |',
			'||||',
			'资金情况 |',
			'年度资金总额: |',
			'300 |',
			'|||||',
			'其中:财政拨款 |',
			'300 |',
			'||||||',
			'一级指标 |',
			'二级指标 |',
			'三级指标 |',
			'指标值 |',
			'产出指标 |',
			'数量指标 |',
			'硬化道路长度 |',
			'3km |'
		].join('\n');
		const r = extract(text).report;
		expect(r.kind).toBe('project_target_table');
		expect(r.title).toBe('绩效目标申报表(2025年度)');
		expect(r.budget.map((b) => [b.item, b.stage, b.amount.wan])).toEqual([
			['合计', 'budget', 300],
			['财政拨款支出', 'budget', 300]
		]);
		expect(r.indicators.map((i) => [i.name, i.target?.op, i.target?.value, i.target?.unit])).toEqual([['硬化道路长度', '>=', 3, 'km']]);
	});
});

describe('extract: a project target approval form (审批表) as label value pairs with spaces', () => {
	it('reads the kind, the name up to the next label, the class and the budget rows', () => {
		const text = [
			'2025年城南社区文化广场建设项目支出绩效目标审批表',
			'(   2025年度)',
			'预算单位: 阜平县城南街道办事处',
			'金额单位:万元',
			'项目名称 2025年城南社区文化广场建设项目 项目分类 资产资源类--场地类',
			'建设周期 2025年3月-2025年10月 业务主管部门 县文旅委',
			'项目总预算 48 财政资金预算分类 一般公共预算',
			'当年年度预算 40',
			'其中:财政资金 40 财政资金科目代码 20701'
		].join('\n');
		const r = extract(text).report;
		expect(r.kind).toBe('project_target_table');
		expect(r.project?.name.value).toBe('2025年城南社区文化广场建设项目');
		expect(r.project?.category?.value).toBe('资产资源类--场地类');
		expect(r.budget.map((b) => [b.item, b.stage, b.amount.wan])).toEqual([
			['合计', 'budget', 48],
			['合计', 'budget', 40],
			['财政拨款支出', 'budget', 40]
		]);
	});
});

describe('extract: a page\'s metadata bullets above the title', () => {
	it('takes no metadata value for the title, and the project from the title\'s bracket with a bracket inside', () => {
		const text = [
			'• 发布机构',
			'  • 阜平县文化和旅游局',
			'  • 公开目录',
			'  • 自评报告',
			'  • 主题词',
			'阜平县图书馆2024年度项目支出绩效自评报告(2024年公共图书馆文化馆(站)免费开放补助经费)',
			'一、自评结论',
			'100分。'
		].join('\n');
		const r = extract(text).report;
		expect(r.title).toBe('阜平县图书馆2024年度项目支出绩效自评报告(2024年公共图书馆文化馆(站)免费开放补助经费)');
		expect(r.department.name).toBe('阜平县图书馆');
		expect(r.project?.name.value).toBe('2024年公共图书馆文化馆(站)免费开放补助经费');
	});
});

describe('extract: a project report whose page kept no title', () => {
	it('is a project self-evaluation when it speaks of the money as the project\'s own, and that money is its total', () => {
		const text = ['一、绩效目标完成情况分析', '(一)资金投入情况分析。', '本项目2024年下达直达资金600万元,资金全部用于本项目建设使用。', '(二)总体绩效目标完成情况分析。'].join('\n');
		const r = extract(text).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.budget.map((b) => [b.breakdown, b.item, b.stage, b.amount.wan])).toEqual([['total', '合计', 'budget', 600]]);
	});
});

describe('extract: titles of a department\'s publications', () => {
	it('reads 决算公开报告, a 三公 增减情况说明 and an index block\'s 信息名称 as titles', () => {
		expect(extract('阜平县公安局2024年决算公开报告\n决算公开目录\n第一部分 部门概况').report.title).toBe('阜平县公安局2024年决算公开报告');
		expect(extract('2024年阜平县委宣传部“三公”经费增减情况说明\n“三公”经费包括因公出国(境)费。').report.title).toBe('2024年阜平县委宣传部“三公”经费增减情况说明');
		expect(extract('您所在的位置: 网站首页 > 预决算公开 > 正文\n 信息名称  阜平县第一幼儿园2024年部门决算公开说明\n一、部门基本情况').report.title).toBe('阜平县第一幼儿园2024年部门决算公开说明');
	});
	it('prefers the title of the table it holds, and takes no title from the links listed at a page\'s end', () => {
		const r = extract('2024年度阜平县自然资源局决算公开报告\n项目支出绩效自评表\n(2024年度)\n项目名称\n土地整理经费\n年度资金总额\n50');
		expect(r.report.kind).toBe('project_self_evaluation');
		const s = extract('一、2024年年初预算\n2024年度一般公共预算财政拨款安排的“三公”经费预算20万元。\n相关附件:\n相关文档:\n2024年阜平县开发区三公经费情况说明').report;
		expect(s.title).not.toContain('三公经费情况说明');
	});
});

describe('extract: a label inside a sentence is no label', () => {
	it('takes the unit from the title, not from "…包括3个单位:X(本级)、Y中心" in the body', () => {
		const text = ['名称: | 阜平县交通局2024年度部门决算情况说明 | ||||', '一、部门基本情况', '纳入本部门2024年度决算编制的预算单位包括2个单位:阜平县交通(本级):行政单位、阜平县公路养护中心:公益一类事业单位。'].join('\n');
		expect(extract(text).report.department.name).toBe('阜平县交通局');
	});
});

describe('extract: a unit named with its province first', () => {
	it('is named as it writes itself in the body: from its county when only that form stands alone', () => {
		const text = ['2024年度河北省保定市阜平县公安局部门决算', '第一部分 部门概况', '1.机构组成:阜平县公安局属一级预算单位。'].join('\n');
		expect(extract(text).report.department.name).toBe('阜平县公安局');
	});
	it('from its city when the body writes it so', () => {
		const text = ['2024年度河北省保定市阜平县公安局部门决算', '第一部分 部门概况', '保定市阜平县公安局属一级预算单位。'].join('\n');
		expect(extract(text).report.department.name).toBe('保定市阜平县公安局');
	});
});

describe('extract: the national 项目支出绩效目标申报表 in six layouts', () => {
	const tfRows = [
		['项目名称', '城区道路维修'],
		['主管部门及代码', '阜平县住房和城乡建设局', '实施单位', '阜平县市政设施管理中心'],
		['项目属性', '延续项目', '项目期', '1年'],
		['项目资金(万元)', '年度资金总额:', '120'],
		['', '其中:财政拨款', '100'],
		['', '其他资金', '20'],
		['总体目标', '年度目标:完成城区道路维修2万平方米。'],
		['绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
		['', '产出指标', '数量指标', '维修面积', '≥2万平方米'],
		['', '', '质量指标', '验收合格率', '100%'],
		['', '', '时效指标', '完成时间', '2024年12月底前'],
		['', '', '成本指标', '每平方米维修成本', '≤60元'],
		['', '效益指标', '社会效益指标', '群众出行条件', '明显改善'],
		['', '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%']
	];
	const tfLayouts = sixLayouts('项目支出绩效目标申报表\n(2024年度)', tfRows);
	for (const [name, text] of Object.entries(tfLayouts)) {
		it(name, () => {
			const r = extract(text).report;
			expect(r.kind).toBe('project_target_table');
			expect(r.project?.name.value).toBe('城区道路维修');
			expect(r.project?.supervisor?.value).toBe('阜平县住房和城乡建设局');
			expect(r.department.name).toBe('阜平县市政设施管理中心');
			// 100 + 20 = 120
			expect(r.budget.map((b) => [b.item, b.stage, b.amount.wan]).sort()).toEqual([
				['其他支出', 'budget', 20],
				['合计', 'budget', 120],
				['财政拨款支出', 'budget', 100]
			]);
			expect(r.goal?.text).toBe('完成城区道路维修2万平方米。');
			expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.target?.unit])).toEqual([
				['产出指标', '数量指标', '维修面积', '>=', 2, '万平方米'],
				['产出指标', '质量指标', '验收合格率', '>=', 100, '%'],
				['产出指标', '时效指标', '完成时间', 'deadline', undefined, undefined],
				['产出指标', '成本指标', '每平方米维修成本', '<=', 60, '元'],
				['效益指标', '社会效益指标', '群众出行条件', 'text', undefined, undefined],
				['满意度指标', '服务对象满意度指标', '群众满意度', '>=', 90, '%']
			]);
		});
	}
});

describe('extract: the national 部门整体支出绩效目标表 in six layouts', () => {
	const dtRows = [
		['部门(单位)名称', '阜平县文化广电和旅游局'],
		['年度预算申请(万元)', '资金总额', '850'],
		['', '按收入性质分', '', '按支出性质分', ''],
		['', '其中:一般公共预算', '800', '其中:基本支出', '500'],
		['', '政府性基金', '0', '项目支出', '350'],
		['', '其他资金', '50', '', ''],
		['年度主要任务', '任务名称', '主要内容', '预算金额'],
		['', '公共文化服务', '开展送戏下乡', '200'],
		['', '文物保护', '维修县级文物', '150'],
		['年度总体目标', '完成全县公共文化服务和文物保护任务。'],
		['年度绩效指标', '一级指标', '二级指标', '三级指标', '指标值'],
		['', '产出指标', '数量指标', '送戏下乡场次', '≥100场'],
		['', '', '质量指标', '文物修缮验收合格率', '100%'],
		['', '效益指标', '社会效益指标', '群众文化生活', '持续改善'],
		['', '满意度指标', '服务对象满意度指标', '群众满意度', '≥90%']
	];
	const dtLayouts = sixLayouts('部门整体支出绩效目标表\n(2024年度)', dtRows);
	for (const [name, text] of Object.entries(dtLayouts)) {
		it(name, () => {
			const r = extract(text).report;
			expect(r.kind).toBe('target_table');
			expect(r.department.name).toBe('阜平县文化广电和旅游局');
			// sources 800 + 50 (+ 政府性基金 0, a fund-budget zero left out) = 850 = 基本 500 + 项目 350
			expect(r.budget.map((b) => [b.breakdown, b.item, b.amount.wan]).sort()).toEqual([
				['nature', '基本支出', 500],
				['nature', '项目支出', 350],
				['source', '其他支出', 50],
				['source', '财政拨款支出', 800],
				['total', '合计', 850]
			]);
			expect(r.goal?.text).toBe('完成全县公共文化服务和文物保护任务。');
			expect(r.indicators.map((i) => [i.level2, i.name, i.target?.op, i.target?.value])).toEqual([
				['数量指标', '送戏下乡场次', '>=', 100],
				['质量指标', '文物修缮验收合格率', '>=', 100],
				['社会效益指标', '群众文化生活', 'text', undefined],
				['服务对象满意度指标', '群众满意度', '>=', 90]
			]);
			// the 年度主要任务 rows where a row stays on its line (one cell a line loses the rows)
			if (/tab|markdown|space/.test(name)) expect(r.tasks.map((t) => [t.kind, t.name, t.content])).toEqual([
				['key', '公共文化服务', '开展送戏下乡'],
				['key', '文物保护', '维修县级文物']
			]);
		});
	}
});

describe('extract: the national 部门整体支出绩效自评表 in six layouts', () => {
	const dsRows = [
		['部门(单位)名称', '阜平县农业农村局'],
		['年度预算执行情况(万元)', '', '年初预算数', '全年预算数', '全年执行数', '分值', '执行率', '得分'],
		['', '年度资金总额', '500', '600', '540', '10', '90%', '9'],
		['', '其中:财政拨款', '450', '550', '500', '-', '90.91%', '-'],
		['', '其他资金', '50', '50', '40', '-', '80%', '-'],
		['年度总体目标', '预期目标', '实际完成情况'],
		['', '完成全县农业技术推广任务。', '已完成全县农业技术推广任务。'],
		['绩效指标', '一级指标', '二级指标', '三级指标', '年度指标值', '实际完成值', '分值', '得分', '偏差原因分析及改进措施'],
		['', '产出指标', '数量指标', '培训农民人次', '≥1000人次', '1200人次', '20', '20', ''],
		['', '', '质量指标', '培训合格率', '≥95%', '98%', '20', '20', ''],
		['', '效益指标', '社会效益指标', '农民增收', '明显', '明显', '20', '18', ''],
		['', '满意度指标', '服务对象满意度指标', '农民满意度', '≥90%', '92%', '20', '20', ''],
		['总分', '', '', '', '', '', '100', '97', '']
	];
	const dsLayouts = sixLayouts('部门整体支出绩效自评表\n(2023年度)', dsRows);
	for (const [name, text] of Object.entries(dsLayouts)) {
		it(name, () => {
			const r = extract(text).report;
			expect(r.kind).toBe('self_evaluation');
			expect(r.department.name).toBe('阜平县农业农村局');
			// 540 ÷ 600 = 90%; 500 ÷ 550 = 90.91%; 40 ÷ 50 = 80%
			expect(r.budget.map((b) => [b.item, b.stage, b.amount.wan, b.execution_rate?.value])).toEqual([
				['合计', 'initial', 500, undefined],
				['合计', 'adjusted', 600, undefined],
				['合计', 'final', 540, 90],
				['财政拨款支出', 'initial', 450, undefined],
				['财政拨款支出', 'adjusted', 550, undefined],
				['财政拨款支出', 'final', 500, 90.91],
				['其他支出', 'initial', 50, undefined],
				['其他支出', 'adjusted', 50, undefined],
				['其他支出', 'final', 40, 80]
			]);
			expect(r.scores?.tree.map((n) => [n.name, n.max?.value, n.score?.value])).toEqual([['预算执行率', 10, 9]]);
			// 9 + 20 + 20 + 18 + 20 = 87 is what the rows give; the table states 97 and the audit says so
			expect([r.scores?.total?.max?.value, r.scores?.total?.score.value]).toEqual([100, 97]);
			expect(r.goal?.text).toBe('完成全县农业技术推广任务。');
			expect(r.indicators.map((i) => [i.name, i.target?.op, i.target?.value, i.actual?.value, i.actual?.unit, i.max?.value, i.score?.value])).toEqual([
				['培训农民人次', '>=', 1000, 1200, '人次', 20, 20],
				['培训合格率', '>=', 95, 98, '%', 20, 20],
				['农民增收', 'text', undefined, undefined, undefined, 20, 18],
				['农民满意度', '>=', 90, 92, '%', 20, 20]
			]);
		});
	}
});

describe('extract: a target table pasted as text with no separator at all, one row a line', () => {
	it('reads rows that end in a figure, their level names carried down; a row whose value is words stays unread', () => {
		const text = [
			'绩效目标表',
			'(2025年度)',
			'项目名称阜平县乡村学校改造补助资金',
			'绩效指标一级指标二级指标指标内容指标值',
			'产出指标数量指标改造学校数量12所',
			'质量指标改造工程验收合格率100%',
			'时效指标资金当年下达率100%',
			'效益指标可持续影响指标办学条件持续改善',
			'社会公众或服务对象满意度指标学生家长满意度≥90%',
			'附件:'
		].join('\n');
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.target?.unit])).toEqual([
			['产出指标', '数量指标', '改造学校数量', '>=', 12, '所'],
			['产出指标', '质量指标', '改造工程验收合格率', '>=', 100, '%'],
			['产出指标', '时效指标', '资金当年下达率', '>=', 100, '%'],
			['效益指标', '社会公众或服务对象满意度指标', '学生家长满意度', '>=', 90, '%']
		]);
	});
});

describe('extract: a 绩效目标自评表 one cell a line, with sub-indicators, placeholder units and rate units', () => {
	it('reads a 其中: sub-indicator, the unit after a template placeholder (≥**人), outcomes in 元/人*月, and the unit after a bracketed code', () => {
		// made-up: two quantity rows, one 其中 row, one standard in 元/人*月; funds 40 of 40
		const cells = ['项目名称', '困难救助', '', '', '', '主管部门', '[123]阜平县民政局', '', '', '',
			'资金情况(万元)', '', '全年预算数(A)', '全年执行数(B)', '分值', '执行率(B/A)', '得分', '', '',
			'年度资金总额:', '40', '40', '10', '100%', '10', '', '',
			'一级指标', '二级指标', '三级指标', '分值', '年度指标值', '全年实际值', '得分', '未完成原因及拟采取的改进措施', '',
			'产出指标(50分)', '数量指标', '★★救助人数(按月平均)(≥**人)', '20', '>=300人', '310人', '20', '', '', '', '',
			'★其中:困难老人人数(≥**人)', '20', '>=100人', '96人', '18', '动态管理', '', '', '',
			'质量指标', '救助标准(≥**元/人·月)', '10', '>=500元/人*月', '520元/人*月', '10', ''];
		const text = '绩效目标自评表 (2020年度) |\n' + cells.map((c) => `${c} |`).join('\n');
		const r = extract(text).report;
		expect(r.department.name).toBe('阜平县民政局');
		expect(r.indicators.map((i) => [i.level2, i.name, i.target?.value, i.target?.unit, i.actual?.value, i.actual?.unit, i.max?.value, i.score?.value])).toEqual([
			['数量指标', '救助人数(按月平均)(≥**人)', 300, '人', 310, '人', 20, 20],
			['数量指标', '其中:困难老人人数(≥**人)', 100, '人', 96, '人', 20, 18],
			['质量指标', '救助标准(≥**元/人·月)', 500, '元/人*月', 520, '元/人*月', 10, 10]
		]);
	});
});

describe('extract: Sichuan\'s older 项目支出绩效目标申报表, rows joined by spaces', () => {
	it('reads the two ordinal levels of its funds, 项目完成指标 / 项目效益指标 split over lines, a level written twice, a month deadline, and the unit named from its district', () => {
		// made-up: 财政拨款 8.50 = 一般公共预算 8.50 + 政府性基金 0 + 国有资本经营预算 0
		const text = [
			'发布时间:2022-03-01 10:25:19 来源:阜平市城东区民政局',
			'项目支出绩效目标申报表',
			'(2021年度)',
			'项目名称 困难群众补助',
			'预算单位 区民政局',
			'项目资金(万元) 年度资金总额 金额(万元)',
			'   (一)财政拨款小计 8.50',
			'       1、一般公共预算 8.50',
			'       2、政府性基金 0.00',
			'       3、国有资本经营预算 0.00',
			'   (二)自有资金小计 0.00',
			'       1、事业收入 0.00',
			'   (三)其他收入 0.00',
			'绩效指标 一级指标 二级指标 三级指标 指标值(包含数字及文字描述)',
			'绩效指标 项目完成',
			'指标',
			'数量指标 补助困难群众人数 85人',
			'时效指标 资金拨付 12月底到位',
			'项目效益',
			'指标',
			'社会效益',
			'指标',
			'保障基本生活 100%',
			'满意度指标 满意度指标 受益群众满意度 ≥90%'
		].join('\n');
		const r = extract(text).report;
		expect([r.kind, r.department.name, r.department.region?.district]).toEqual(['project_target_table', '城东区民政局', '城东区']);
		expect(r.budget.map((b) => [b.item, b.parent ?? '', b.scope, b.amount.wan])).toEqual([
			['财政拨款支出', '', 'fiscal', 8.5],
			['一般公共预算', '财政拨款支出', 'general_public', 8.5],
			['政府性基金', '财政拨款支出', 'fiscal', 0],
			['国有资本经营预算', '财政拨款支出', 'fiscal', 0],
			['自有资金', '', 'other', 0],
			['事业收入', '自有资金', 'other', 0],
			['其他支出', '', 'other', 0]
		]);
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value])).toEqual([
			['项目完成指标', '数量指标', '补助困难群众人数', '>=', 85],
			['项目完成指标', '时效指标', '资金拨付', 'deadline', undefined],
			['项目效益指标', '社会效益指标', '保障基本生活', '>=', 100],
			['满意度指标', '满意度指标', '受益群众满意度', '>=', 90]
		]);
	});
});

describe('extract: a 绩效目标申报表 in pipe rows whose level cells were dropped, funds named in their cells', () => {
	it('reads name | target rows right under the header with no levels, a qualifying bracket that is no unit, and the fund named before its amount', () => {
		const text = [
			'绩效目标申报表 | ||||||||',
			'(2021年度) | ||||||||',
			'项目名称 | X村养殖场建设项目 | 项目负责人及电话 | 张三 | |||||',
			'主管部门 | 阜平县民族事务委员会 | 实施单位 | 阜平县民族事务委员会 | |||||',
			'资金情况 (万元) |',
			'年度资金总额:40万 | 中央衔接推进乡村振兴补助资金(少数民族发展任务)40 | ||||||',
			'其中:财政拨款 | 中央衔接推进乡村振兴补助资金(少数民族发展任务)40 | |||||||',
			'绩 效 指 标 |',
			'一级指标 | 二级指标 | 三级指标 | 指标值 | ||||',
			'新建养殖场数量 | ≥1个 | |||||||',
			'养殖动物成活率(目标) | ≥95% | |||||||',
			'时效指标 | 开工时限 | 2021年7月 | ||||||',
			'成本指标 | 围墙200米 | 300元/米 | ||||||'
		].join('\n');
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.level2 ?? '', i.name, i.target?.op, i.target?.value, i.target?.unit])).toEqual([
			['', '新建养殖场数量', '>=', 1, '个'],
			['', '养殖动物成活率(目标)', '>=', 95, '%'],
			['时效指标', '开工时限', 'deadline', undefined, undefined],
			['成本指标', '围墙200米', '>=', 300, '元/米']
		]);
		expect(r.budget.map((b) => [b.breakdown, b.item, b.scope, b.amount.wan])).toEqual([
			['total', '合计', 'all', 40],
			['budget_level', '中央衔接推进乡村振兴补助资金(少数民族发展任务)', 'all', 40],
			['source', '财政拨款支出', 'fiscal', 40]
		]);
	});
});

describe('extract: a county 绩效目标申报表 one cell a paragraph under a page headline', () => {
	it('takes the form\'s heading with its year over the page headline, the 实施单位 named without its place, and an amount with its parts in brackets', () => {
		// made-up: 600 = 350 + 250
		const text = [
			'乡村振兴衔接资金绩效目标申报表(农田建设)',
			'来源:阜平县农业农村局   2022-05-16',
			'',
			'绩效目标申报表(基础设施建设类)',
			'',
			'(2022年度)',
			'',
			'项目名称',
			'',
			'阜平县2022年农田建设项目',
			'',
			'主管部门',
			'',
			'阜平县农业农村局',
			'',
			'实施单位',
			'',
			'农田建设服务中心',
			'',
			'资金情况 (万元)',
			'',
			'年度资金总额:',
			'',
			'600万(农田建设350万元,示范建设250万元)',
			'',
			'其中:财政拨款',
			'',
			'600万600万(农田建设350万元,示范建设250万元)',
			'',
			'其他资金'
		].join('\n');
		const r = extract(text).report;
		expect(r.title).toBe('绩效目标申报表(基础设施建设类)(2022年度)');
		expect([r.department.name, r.department.region?.district]).toEqual(['农田建设服务中心', '阜平县']);
		expect(r.budget.map((b) => [b.breakdown, b.item, b.amount.wan])).toEqual([
			['total', '合计', 600],
			['cost', '农田建设', 350],
			['cost', '示范建设', 250],
			['source', '财政拨款支出', 600]
		]);
	});
});

describe('extract: a 项目支出绩效目标申报表 as space-separated lines under a page headline with its year', () => {
	it('takes the form\'s heading below the page\'s 来源 line, names after 指标1: that are whole sentences, and a year-long period as text', () => {
		const text = [
			'阜平经济开发区2021年度项目支出绩效目标申报表',
			'',
			'2021-09-18 17:32来源:阜平县经济开发区文字大小:[ ]',
			'项目支出绩效目标申报表',
			'(2021年度)',
			'项目名称 物业管理',
			'绩效指标 一级指标 二级指标 三级指标 指标值',
			'产出指标 数量指标 指标1:安置小区物业费 6个',
			'质量指标 指标1:完成管委会下达的物业费清算任务,指导小区开展文明创建等工作。 管理到位,环境整洁',
			'时效指标 指标1:按时完成安置小区物业管理工作 2021年全年',
			'效益指标 社会效益指标 指标1:改善安置小区群众生活质量。 显著改善'
		].join('\n');
		const r = extract(text).report;
		expect(r.title).toBe('项目支出绩效目标申报表(2021年度)');
		expect(r.indicators.map((i) => [i.level2, i.name, i.target?.op, i.target?.text])).toEqual([
			['数量指标', '安置小区物业费', '>=', '6个'],
			['质量指标', '完成管委会下达的物业费清算任务,指导小区开展文明创建等工作。', 'text', '管理到位,环境整洁'],
			['时效指标', '按时完成安置小区物业管理工作', 'text', '2021年全年'],
			['社会效益指标', '改善安置小区群众生活质量。', 'text', '显著改善']
		]);
	});
});

describe('extract: a fund notice with its 绩效目标申报表 attached', () => {
	it('takes the attached form\'s heading over the notice\'s 附件: line, the form\'s 项目名称 over one named in a sentence, and the goal under 年度总体目标', () => {
		const text = [
			'关于下达2021年乡村振兴补助资金预算指标的通知',
			'X团:',
			'现下达你单位专项资金300万元。该资金政府预算项目名称“甲工作经费”,项目名称“乙成果”。',
			'附件:乡村振兴补助资金绩效目标表',
			'阜平县财政局',
			'2021年5月17日',
			'附件: | ||||||',
			'乡村振兴补助资金绩效目标申报表 | ||||||',
			'项目名称 | 阜平县冷库建设项目 | |||||',
			'主管部门 | 阜平县农业农村局 | 实施单位 | 阜平县农业发展服务中心 | |||',
			'项目绩效目标 | 项目总目标 | 年度总体目标 | ||||',
			'建设完成冷库1座,2000平方米。 | 2021年完成冷库主体安装、封顶。 | |||||'
		].join('\n');
		const r = extract(text).report;
		expect(r.title).toBe('乡村振兴补助资金绩效目标申报表');
		expect(r.project?.name?.value).toBe('阜平县冷库建设项目');
		expect(r.goal?.text).toBe('2021年完成冷库主体安装、封顶。');
	});
});

describe('extract: a county 项目绩效自评表 whose funds are label | amount pairs by level of government', () => {
	it('reads 计划安排资金 and 结余 from the first row and each level\'s planned money in its column, leaving a garbled amount', () => {
		// made-up: 计划安排 500 = 县财政 300 + 市财政 200; 实际支出 garbled
		const pairs = (cells: string[]) => cells.map((c) => `${c} |`).join('\n');
		const text = [
			'评价类型:项目实施过程评价□项目完成结果评价□',
			'项目名称:阜平县公路养护',
			'项目单位:阜平县公路养护中心',
			'评价方式:部门(单位)绩效自评',
			'报告日期:2021年07月12日',
			'一、项目基本概况 |',
			'|||||||||||||',
			pairs(['计划安排资金 (万元)', '500', '实际到位资金 (万元)', '5,00.0,77', '实际支出 (万元)', '5,00.0,77', '结余 (万元)', '0']),
			'||||||',
			pairs(['其中:中央财政', '', '其中:中央财政', '', '其中:中央财政', '', '其中:中央财政', '']),
			'||||||',
			pairs(['市财政', '200', '市财政', '', '市财政', '', '市财政', '']),
			'||||||',
			pairs(['县财政', '300', '县财政', '5,00.0,77', '县财政', '5,00.0,77', '县财政', '']),
			'||||||'
		].join('\n');
		const r = extract(text).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.filing_date?.value).toBe('2021-07-12');
		expect(r.budget.map((b) => [b.flow, b.breakdown, b.item, b.stage, b.amount.wan])).toEqual([
			['expenditure', 'total', '合计', 'budget', 500],
			['closing_balance', 'total', '合计', 'final', 0],
			['expenditure', 'budget_level', '市财政', 'budget', 200],
			['expenditure', 'budget_level', '县财政', 'budget', 300]
		]);
	});
});

describe('extract: a city 项目绩效目标表 one cell a paragraph, under a page headline with its year', () => {
	it('takes the form\'s heading after the 发布时间 line, the unit in a cell of its own, label:amount cells, and a target in M', () => {
		const text = [
			'2024年项目绩效目标表(道路洒水服务)',
			'',
			'阜平县城市管理局 www.example.gov.cn 发布时间:2024-07-09 11:10',
			'',
			'2024年项目绩效目标表',
			'',
			'项目名称',
			'',
			'道路洒水服务',
			'',
			'项目资金申请',
			'',
			'(万元)',
			'',
			'资金总额: 120',
			'',
			'        一、预算资金:120',
			'',
			'        二、自有资金:0',
			'',
			'        三、其他:0',
			'',
			'一级指标',
			'',
			'二级指标',
			'',
			'三级指标',
			'',
			'指标值',
			'',
			'产出指标',
			'',
			'数量指标',
			'',
			'洒水车射程',
			'',
			'60M'
		].join('\n');
		const r = extract(text).report;
		expect(r.title).toBe('2024年项目绩效目标表');
		expect(r.budget.filter((b) => b.breakdown === 'source').map((b) => [b.item, b.scope, b.amount.wan])).toEqual([
			['财政拨款支出', 'fiscal', 120],
			['自有资金', 'other', 0],
			['其他支出', 'other', 0]
		]);
		expect(r.indicators.map((i) => [i.name, i.target?.value, i.target?.unit])).toEqual([['洒水车射程', 60, 'M']]);
	});
});

describe('extract: Chongqing\'s 项目支出绩效目标审批表, cells separated by spaces', () => {
	it('reads a level written with its range of points (成本指标(0-20)分) and the goal after 年度主要目标 和成果', () => {
		const text = [
			'2023年X乡冷库建设项目支出绩效目标审批表',
			'(   2023年度)',
			'金额单位:万元',
			'项目名称 2023年X乡冷库建设项目 项目分类 资产资源类--房屋类',
			'年度主要目标     和成果 新建冷库一座,占地200平方米。',
			'年度绩效目标(90分) 一级指标 二级指标 三级指标 指标值 分值 指标解释',
			'成本指标(0-20)分 经济成本指标 项目建设成本 ≤40万元 10'
		].join('\n');
		const r = extract(text).report;
		expect(r.goal?.text).toBe('新建冷库一座,占地200平方米。');
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.max?.value])).toEqual([['成本指标', '经济成本指标', '项目建设成本', '<=', 40, 10]]);
	});
});

describe('extract: the costs a target form\'s plan cell lists', () => {
	it('reads each "what 需 N万元" of the 项目实施计划 cell as a cost of the budget where they add up to the cell\'s 合计, without the quoted project names before them', () => {
		// made-up figures: 12 + 8 + 5 = 25
		const form = (plan: string) =>
			[
				'某省某市市级预算部门(单位)项目支出绩效目标申报表 | |',
				'2023年 | |',
				'项目名称 | “乡村通畅路”工作经费 | |',
				'主管部门及代码 | 建设科 | 实施单位 | 某市道路服务中心 | |',
				'项目预算资金(万元) | 中期预算资金总额 | 年度预算资金总额 | 25 | |',
				`项目实施计划 | ${plan} | |`
			].join('\n');
		const r = extract(form('“乡村通畅路”、“景区连接路”项目前期设计审批需12万元;质量监督检查需8万元;竣工验收需5万元,合计25万元。')).report;
		expect(r.budget.filter((b) => b.breakdown === 'cost').map((b) => [b.item, b.stage, b.amount.wan])).toEqual([
			['项目前期设计审批', 'budget', 12],
			['质量监督检查', 'budget', 8],
			['竣工验收', 'budget', 5]
		]);
		// items that do not make the stated 合计 are not read
		const off = extract(form('项目前期设计审批需12万元;质量监督检查需8万元;竣工验收需5万元,合计30万元。')).report;
		expect(off.budget.filter((b) => b.breakdown === 'cost')).toEqual([]);
	});
});

describe('extract: a counted indicator\'s part rows that fill only their value columns', () => {
	it('reads two values with units where the points and the target stand as the part\'s 指标值 and 实际值, and a counting note in brackets as no unit', () => {
		// made-up figures
		const text = [
			'阜平县某镇2023年度项目绩效目标自评表',
			'项目名称 | 特色种养业奖补 | |',
			'二级指标 | 三级指标 | 分值 | 年度指标值 | 全年实际值 | 得分 | 未完成原因及拟采取的改进措施 | ||',
			'产 出 指 标 (50分) |',
			'数量指标 | ★补助蔬菜种植面积 | 20 | 12亩 | 12亩 | 20 | ||||',
			'其中大棚蔬菜 | 4亩 | 4亩 | ||||||||',
			'其中露天蔬菜 | 8亩 | 8亩 | ||||||||',
			'其中试验田 | 2 | 2 | ||||||||',
			'效 益 指 标 (30分) |',
			'经济效益 指标 |',
			'带动农户增收(总收入) | 20 | ≥6.5万元 | 7万元 | 20 | ||||||',
			'总分 | 100 | 98 |'
		].join('\n');
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.name, i.unit, i.target?.text, i.target?.unit, i.actual?.text, i.max?.value, i.score?.value])).toEqual([
			['补助蔬菜种植面积', undefined, '12亩', '亩', '12亩', 20, 20],
			['其中大棚蔬菜', undefined, '4亩', '亩', '4亩', undefined, undefined],
			['其中露天蔬菜', undefined, '8亩', '亩', '8亩', undefined, undefined],
			// bare numbers could be points: left as the columns give them
			['其中试验田', undefined, '2', undefined, undefined, 2, undefined],
			['带动农户增收(总收入)', undefined, '≥6.5万元', '万元', '7万元', 20, 20]
		]);
	});
});

describe('extract: a target table whose levels carry the range of points they may take', () => {
	it('reads "成本指标(0-20)分" as the level, and its range broken onto a line of its own as no indicator', () => {
		// made-up figures
		const text = [
			'2024年某乡道路配套设施建设项目支出绩效目标审批表',
			'(   2024年度)',
			'预算单位: 阜平县某乡人民政府',
			'金额单位:万元',
			'项目名称 2024年某乡道路配套设施建设项目 项目分类 资产资源类',
			'年度绩效目标(90分) 一级指标 二级指标 三级指标 指标值 分值 指标解释',
			'成本指标(0-20)分 经济成本指标 项目建设成本 ≤40万元 10',
			'产出指标',
			'(40-50)分',
			'数量指标 新建道路长度 ≥2公里 20',
			'效益指标(20-30)分 社会效益指标 受益群众人数 ≥500人 20'
		].join('\n');
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value, i.max?.value])).toEqual([
			['成本指标', '经济成本指标', '项目建设成本', '<=', 40, 10],
			['产出指标', '数量指标', '新建道路长度', '>=', 2, 20],
			['效益指标', '社会效益指标', '受益群众人数', '>=', 500, 20]
		]);
	});
});

describe('extract: the 总体资金情况 block of a department target form, flowed with spaces', () => {
	it('reads the income and spending rows with their 占比 where the spending adds up and the shares agree, and leaves the earlier years unread', () => {
		// made-up figures: 300 + 100 = 400; 300 ÷ 400 = 75%, 100 ÷ 400 = 25%
		const block = (basic: string) =>
			'附件 2: 部门整体支出绩效目标申报表 填报日期:2022 年 12 月 18 日 部门(单位) 名称 填报人 阜平县文化馆 联系电话 当年 金额 近两年收支金额 占比 财政拨款 360 其他资金 总体资金情况 部门总体 资金情况 收入构成 支出构成 部门职能概述 单位:万元 2021 年 2022 年 90% 350 355 40 10% 30 35 合计 400 100% 380 390 ' +
			`基本支出 ${basic} 75% 280 290 项目支出 100 25% 100 100 合计 400 100% 380 390 (一)负责全县群众文化工作。`;
		const r = extract('阜平县文化馆2023年部门整体支出绩效目标申报表\n' + block('300')).report;
		expect(r.budget.map((b) => [b.flow, b.item, b.scope, b.stage, b.amount.wan, b.share?.value])).toEqual([
			['income', '财政拨款', 'fiscal', 'initial', 360, undefined],
			['income', '合计', 'all', 'initial', 400, 100],
			['expenditure', '基本支出', 'all', 'initial', 300, 75],
			['expenditure', '项目支出', 'all', 'initial', 100, 25],
			['expenditure', '合计', 'all', 'initial', 400, 100]
		]);
		// parts that do not add up to the 合计: nothing is read
		expect(extract('阜平县文化馆2023年部门整体支出绩效目标申报表\n' + block('3000')).report.budget).toEqual([]);
	});
});

describe('extract: a project form whose 实施单位 value the conversion scrambled away from its label', () => {
	it('does not take the 主管部门 for the reporting unit, but the unit the form names elsewhere; a section named as 实施单位 still reports for its 主管部门', () => {
		// made-up names and figures
		const scrambled = [
			'某项目绩效自评表.xlsx',
			'阜平县项目支出绩效自评表 (2023年度) 项目名称 城乡居民医保补助 主管部门 阜平县医疗保障局 项目资金 年初预算数 (万元) 年度资金总额 其中:当年财政拨款 实施单位 全年预算数 全年执行数 分值 执行率 得分 50 48 10 96% 9.6 50 48 — 96% — 上年结转资金 — — 其他资金 — — 绩 效 指 标 阜平县医疗保险服务中心 产出 指标'
		].join('\n');
		expect(extract(scrambled).report.department.name).toBe('阜平县医疗保险服务中心');
		const section = '2023年度县级专项资金绩效目标自评表 专项资金名称 县级储备粮 县级主管部门 阜平县商务局 实施单位 粮食储备股 项目资金(万元) 全年预算数(A) 全年执行数(B) 执行率(B/A) 年度资金总额 80 80 100%';
		expect(extract(section).report.department.name).toBe('阜平县商务局');
	});
});

describe('extract: a project\'s evaluation sheet titled 项目绩效评价指标表', () => {
	it('is a project self-evaluation', () => {
		const r = extract('2023年度阜平县助学金项目绩效评价指标表\n评价指标 评价内容 指标名称 指标说明 目标值 分值 备注').report;
		expect(r.kind).toBe('project_self_evaluation');
	});
});

describe('extract: a target form one cell a paragraph, its funds as "label:amount" in one cell', () => {
	it('cuts each cell at its colon and reads the unit on the cell under the money\'s label', () => {
		// made-up figures: 120 = 120 + 0 + 0
		const text = [
			'2024年项目绩效目标表',
			'填报单位(盖章):',
			'项目名称',
			'道路洒水降尘服务',
			'主管部门及其编码',
			'阜平县城市管理局 308001',
			'项目实施单位',
			'阜平县环境卫生管理所',
			'项目资金申请',
			'(万元)',
			'资金总额: 120',
			'        一、预算资金:120',
			'        二、自有资金:0',
			'        三、其他:0',
			'项目概况',
			'继续采购洒水降尘服务,改善县城空气质量。'
		].join('\n\n');
		const r = extract(text).report;
		expect(r.budget.map((b) => [b.breakdown, b.item, b.scope, b.stage, b.amount.wan])).toEqual([
			['total', '合计', 'all', 'budget', 120],
			['source', '财政拨款支出', 'fiscal', 'budget', 120],
			['source', '自有资金', 'other', 'budget', 0],
			['source', '其他支出', 'other', 'budget', 0]
		]);
	});
});

describe('extract: the level of a unit, not of its money', () => {
	it('takes no level from a fund\'s 省级 in the title, and none for a unit below the province in a place it cannot find', () => {
		const a = extract('阜平县民政局省级彩票公益金转移支付2023年度绩效自评报告\n2023年下达省级福彩公益金30万元。').report;
		expect([a.department.name, a.department.level]).toEqual(['阜平县民政局', '县级']);
		const b = extract('河北甲乙经济开发区管理委员会2021年度项目支出绩效目标申报表\n项目名称 物业管理').report;
		expect([b.department.region?.province, b.department.level]).toEqual(['河北省', undefined]);
	});
});

describe('extract: a project target form whose budget cell is 项目预算金额 (万元)', () => {
	it('reads the amount beside it as the project\'s budget', () => {
		// made-up figures
		const text = [
			'2021年阜平县项目支出绩效目标表',
			'项目名称 | 道路修复工程 | 项目负责人 | 张三 | ||',
			'主管预算部门 | 阜平县城市管理局 | 项目预算金额 (万元) | 320 | ||',
			'一级指标 | 二级指标 | 三级指标 | 指标值 | ||',
			'产出指标 | 数量指标 | 修复道路长度 | ≥3公里 | ||'
		].join('\n');
		const r = extract(text).report;
		expect(r.budget.map((b) => [b.breakdown, b.item, b.stage, b.amount.wan])).toEqual([['total', '合计', 'budget', 320]]);
	});
});

describe('extract: a run-together row whose value cells OCR garbled', () => {
	it('keeps its points and score where the same number frames the row, and nothing where the row ends in another number', () => {
		// made-up figures; "≥90%" garbled as "290$290%", "80%" as "^80%"
		const text =
			'项目支出绩效自评表(2023年度)项目名称村道养护主管部门某县交通运输局实施单位某县交通运输局' +
			'绩效指标一级指标二级指标三级指标分值年度指标值全年实际值得分未完成原因产出指标(40分)数量指标养护里程20≥5公里≥5公里20' +
			'质量指标指标1验收合格率10验收合格率290$290%10指标2路况评价5优$良4效益指标(30分)社会效益指标指标1群众出行改善比例1080%^80%10' +
			'满意度指标(10分)服务对象满意度指标群众满意度10≥90%≥90%10总分10098';
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.level2, i.name, i.target?.text, i.max?.value, i.score?.value])).toEqual([
			['数量指标', '养护里程', '≥5公里', 20, 20],
			['质量指标', '验收合格率', undefined, 10, 10],
			['社会效益指标', '群众出行改善比例', undefined, 10, 10],
			['服务对象满意度指标', '群众满意度', '≥90%', 10, 10]
		]);
	});
});

describe('extract: a goal under the 预期目标 | 实际完成情况 headers of a flowed project table', () => {
	it('reads the first sentence after them as the goal', () => {
		const text = '阜平县项目支出绩效自评表 (2023年度) 项目名称 基层医疗补助 主管部门 阜平县卫生健康局 预期目标 实际完成情况 提高基层医疗服务水平,减轻群众就医负担 提高了基层医疗服务水平 年度总 体目标 一级 指标';
		expect(extract(text).report.goal?.text).toBe('提高基层医疗服务水平,减轻群众就医负担');
	});
});

describe('extract: a funds table with 行次 and lettered columns', () => {
	it('reads each numbered row\'s 全年预算数 and its execution with the ratio over it, the empty 统筹整合 cell dropped', () => {
		// made-up figures: 60 ÷ 80 = 75.00%
		const head = [
			'某区某局2024年度林业改革发展资金绩效评价表',
			'年度:2024年',
			'资金投入情况',
			'(万元)',
			'',
			'行次 全年预算数',
			'(A)',
			'统筹整合资金数',
			'(B)',
			'扣除统筹整合资金后预算金额',
			'(C)',
			'全年到位资金',
			'(D)',
			'预算到位',
			'(D/C×100%)',
			'全年执行资金',
			'(E)',
			'预算执行',
			'(E/C×100%)',
			'佐证材料',
			'列次 0 1 2 3 4 5 6 7 所需材料 上传端口'
		];
		const rows = (e: string) => [
			'年度资金总额(万元): 1 80.000000',
			`80.000000 80.000000 100.00% ${e} 75.00%`,
			'其中:中央财政资金(万元) 2 80.000000',
			`80.000000 80.000000 100.00% ${e} 75.00% 预算下达文件`,
			'地方财政资金(万元) 3',
			'',
			'资金管理情况'
		];
		const r = extract([...head, ...rows('60.000000')].join('\n')).report;
		expect(r.budget.map((b) => [b.breakdown, b.item, b.scope, b.stage, b.amount.wan, b.execution_rate?.value])).toEqual([
			['total', '合计', 'all', 'adjusted', 80, undefined],
			['total', '合计', 'all', 'final', 60, 75],
			['budget_level', '中央财政资金', 'fiscal', 'adjusted', 80, undefined],
			['budget_level', '中央财政资金', 'fiscal', 'final', 60, 75]
		]);
		// an execution the ratio does not give: only the budget is read
		const off = extract([...head, ...rows('50.000000')].join('\n')).report;
		expect(off.budget.filter((b) => b.stage === 'final')).toEqual([]);
	});
});

describe('extract: the 总分 of a sheet whose 指标N rows were split from their values', () => {
	it('is read only where every row of the sheet was read', () => {
		// made-up figures; the first row's values stand scattered among header words
		const text = [
			'某项目支出绩效自评表.xlsx',
			'阜平县项目支出绩效自评表 (2023年度) 项目名称 基层医疗补助 主管部门 阜平县卫生健康局 数量指标 指标1:签约居民人数 绩 效 指 标 产出 指标 实际 指标值 完成值 900 分值 得分 880 10 9 质量指标 指标1:补助资金足额拨 付 100% 100% 10 10 80元 80元 10 10 90% 90% 20 18 95% 95% 10 9 100 92 成本指标 指标1:每人每年补助标准 效益指 标(20 分) 年度 社会效益 指标1:群众就医负担减轻程度 满意度 指标 服务对象满 指标1:群众满意 (10分 意度指标 ) 总分'
		].join('\n');
		const r = extract(text).report;
		expect(r.indicators.map((i) => i.name)).toEqual(['补助资金足额拨付', '每人每年补助标准', '群众就医负担减轻程度', '群众满意']);
		expect(r.scores?.total).toBeUndefined();
	});
});

describe('extract: a filing date whose 日 the conversion lost', () => {
	it('quotes the date up to its digits, so the quote holds the date it gives', () => {
		const r = extract('项目支出绩效自评表\n填报日期:2022 年 8 月 10 项目名称 道路养护\n年度资金总额 100').report;
		expect(r.filing_date).toMatchObject({ value: '2022-08-10', quote: '填报日期:2022 年 8 月 10' });
	});
});

describe('extract: a project 自评结果 in prose with an indicator table of ` |` cells headed 指标名称', () => {
	it('reads the project from the title, the allocated budget as budget, every row and stops at the next section', () => {
		// made-up figures: 下达 500, spent 480 (96%)
		const cells = (r: string[]) => r.map((c) => c + ' |').join('\n');
		const text = [
			'2022年度学生助学金项目自评结果',
			'一、自评结论',
			'2022年学生助学金项目实际下达预算500万元,全年度实际总支出480万元,项目预算执行率96%。',
			cells(['一级指标', '二级指标', '指标名称', '目标值', '实际完成值']),
			'|',
			cells(['产出指标', '数量指标', '受助学生人数', '1200', '1250']),
			'|',
			cells(['产出指标', '质量指标', '资助标准执行率', '100%', '100%']),
			cells(['效益指标', '服务对象满意度指标', '受助学生满意度', '90%', '93%']),
			'(三)存在的问题和原因',
			'1、宣传有待加强。'
		].join('\n');
		const r = extract(text).report;
		expect(r.kind).toBe('project_self_evaluation');
		expect(r.project?.name.value).toBe('学生助学金');
		expect(r.budget.map((b) => [b.stage, b.amount.wan])).toEqual([
			['budget', 500],
			['final', 480]
		]);
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.value, i.actual?.value])).toEqual([
			['产出指标', '数量指标', '受助学生人数', 1200, 1250],
			['产出指标', '质量指标', '资助标准执行率', 100, 100],
			['效益指标', '服务对象满意度指标', '受助学生满意度', 90, 93]
		]);
	});
});

describe('extract: a 部门整体支出绩效评价基础数据表 and 自评表, one cell a paragraph', () => {
	// made-up figures; 按收入性质分 60 = 40 + 5 + 15, 按支出性质分 55 = 30 + 25
	const cells = [
		'2022年度部门整体支出绩效自评表',
		'附件一',
		'2022年度部门整体支出绩效评价基础数据表',
		'财政供养人员情况(人',
		'编制数',
		'2022 年实际在职人数',
		'控制率',
		'20',
		'18',
		'90.00%',
		'经费控制情况(万元',
		'2021 年决算数',
		'2022 年预算数',
		'2022 年决算数',
		'三公经费:',
		'3.00',
		'2.50',
		'2.00',
		'1、公务用车购置和维护经费',
		'2.00',
		'2.00',
		'1.50',
		'2、出国经费',
		'0',
		'0',
		'0',
		'3、公务接待',
		'1.00',
		'0.50',
		'0.50',
		'项目支出:',
		'20.00',
		'22.00',
		'25.00',
		'1、业务工作经费',
		'……',
		'公用经费',
		'8.00',
		'9.00',
		'7.00',
		'其中:办公经费',
		'3.00',
		'4.00',
		'2.00',
		'会议费、培训费',
		'1.00',
		'1.00',
		'0.80',
		'附件二',
		'预算部门、单位名称',
		'某县某乡人民政府',
		'年度预算申请',
		'(万元',
		'年初预算数',
		'全年预算数',
		'全年执行数',
		'分值',
		'执行率',
		'自评得分',
		'年度资金总额',
		'50.00',
		'60.00',
		'55.00',
		'10',
		'91.67%',
		'9',
		'按收入性质分:60.00',
		'按支出性质分:55.00',
		'其中: 一般公共预算:40.00',
		'其中:基本支出:30.00',
		'政府性基金拨款:5.00',
		'项目支出:25.00',
		'其他资金:15.00'
	];
	const r = extract(cells.join('\n\n')).report;
	it('reads the staff row by its headers, not the year in a header', () => {
		expect(r.staffing.map((s) => [s.measure, s.count.value])).toEqual([
			['authorized', 20],
			['actual', 18]
		]);
	});
	it('reads the 三公 rows and the nature rows by their year-and-stage columns, the 其中 rows as parts', () => {
		const sg = r.sangong.map((s) => [s.item, s.stage, s.year, s.amount?.wan]);
		expect(sg).toContainEqual(['total', 'final', 2021, 3]);
		expect(sg).toContainEqual(['vehicle', 'budget', 2022, 2]);
		expect(sg).toContainEqual(['reception', 'final', 2022, 0.5]);
		expect(sg).toHaveLength(12);
		const b = r.budget.map((l) => [l.flow, l.breakdown, l.item, l.parent ?? '', l.stage, l.year, l.amount.wan]);
		expect(b).toContainEqual(['expenditure', 'nature', '项目支出', '', 'final', 2021, 20]);
		expect(b).toContainEqual(['expenditure', 'nature', '公用经费', '基本支出', 'budget', 2022, 9]);
		expect(b).toContainEqual(['expenditure', 'economic', '办公经费', '公用经费', 'final', 2022, 2]);
		expect(b).toContainEqual(['expenditure', 'economic', '会议费、培训费', '公用经费', 'final', 2021, 1]);
	});
	it('reads the funds row with its 自评得分 and the label:amount cells of both compositions', () => {
		expect(r.scores?.tree[0]).toMatchObject({ name: '预算执行率', max: { value: 10 }, score: { value: 9 } });
		const b = r.budget.filter((l) => l.year === 2022 && l.stage === 'final').map((l) => [l.flow, l.breakdown, l.item, l.scope, l.amount.wan]);
		expect(b).toContainEqual(['expenditure', 'total', '合计', 'all', 55]);
		expect(b).toContainEqual(['income', 'total', '合计', 'all', 60]);
		expect(b).toContainEqual(['income', 'source', '一般公共预算财政拨款收入', 'general_public', 40]);
		expect(b).toContainEqual(['income', 'source', '政府性基金预算财政拨款收入', 'fiscal', 5]);
		expect(b).toContainEqual(['income', 'source', '其他资金', 'other', 15]);
		expect(b).toContainEqual(['expenditure', 'nature', '基本支出', 'all', 30]);
		expect(b).toContainEqual(['expenditure', 'nature', '项目支出', 'all', 25]);
	});
});

describe('extract: a page of two 项目支出绩效自评表 forms', () => {
	// made-up figures; each form's funds become its project's lines, and no project identity or score is kept
	const form = (name: string, total: string[], fiscal: string[]) => [
		'项目支出绩效自评表',
		'( 2022年度)',
		'项目名称',
		name,
		'主管部门',
		'某县文化馆',
		'实施单位',
		'某县文化馆',
		'项目资金',
		'(万元)',
		'年初预算数',
		'调整预算数',
		'全年执行数',
		'分值',
		'执行率',
		'得分',
		'年度资金总额',
		...total,
		'其中:当年财政拨款',
		...fiscal,
		'上年结转资金',
		'其他资金'
	];
	it('reads each row that lost its empty cells by its rate: two amounts are 全年预算 and 全年执行', () => {
		const text = [...form('群众文化活动经费', ['40', '36', '10', '90%', '9'], ['40', '36', '90%']), ...form('图书购置经费', ['12', '15', '15', '10', '100%', '10'], ['12', '15', '15', '100%'])].join('\n');
		const r = extract(text).report;
		expect(r.project).toBeUndefined();
		expect(r.scores).toBeUndefined();
		expect(r.budget.map((b) => [b.breakdown, b.item, b.scope, b.stage, b.amount.wan])).toEqual([
			['project', '群众文化活动经费', 'all', 'adjusted', 40],
			['project', '群众文化活动经费', 'all', 'final', 36],
			['project', '群众文化活动经费', 'fiscal', 'adjusted', 40],
			['project', '群众文化活动经费', 'fiscal', 'final', 36],
			['project', '图书购置经费', 'all', 'initial', 12],
			['project', '图书购置经费', 'all', 'adjusted', 15],
			['project', '图书购置经费', 'all', 'final', 15],
			['project', '图书购置经费', 'fiscal', 'initial', 12],
			['project', '图书购置经费', 'fiscal', 'adjusted', 15],
			['project', '图书购置经费', 'fiscal', 'final', 15]
		]);
		expect(r.budget.every((b) => b.parent === '项目支出')).toBe(true);
	});
});

describe('extract: two project forms run together with no separator (a mirror of a .docx)', () => {
	// made-up figures: 年度资金总额 "505010100%" is 50 | 50 | 10 | 100% (年初 and 得分 lost);
	// indicator rows "name X X W S" with points and score run together ("2018" is 20 | 18)
	const text = [
		'1、项目支出绩效自评表(2021 年度)项目名称文物修缮经费主管部门某县文物局实施单位某县文物所项目资金 (万元)年初预算数全年预算数全年执行分值执行率得分年度资金总额505010100%其中:当年财政拨款505050100%上年结转资金其他资金年度 总体 目标预期目标实际完成情况修缮两处文物。已完成绩 效 指 标一级指标二级指标三级指标年度 指标值实际 完成值分 值得 分偏差原因分析 及改进措施产出指标数量指标修缮文物数量2处2处3030质量指标验收合格率100%100%2018',
		'2、效益指标社会效益 指标文物保护水平提升提升2020总分10088项目名称文物宣传经费主管部门某县文物局实施单位某县文物所项目资金 (万元)年初预算数全年预算数全年执行分值执行率得分年度资金总额20202010100%其中:当年财政拨款202020100%上年结转资金其他资金'
	].join('\n');
	const r = extract(text).report;
	it('cuts each funds run by the one reading that aligns, under its project', () => {
		expect(r.budget.map((b) => [b.item, b.scope, b.stage, b.amount.wan])).toEqual([
			['文物修缮经费', 'all', 'adjusted', 50],
			['文物修缮经费', 'all', 'final', 50],
			['文物修缮经费', 'fiscal', 'initial', 50],
			['文物修缮经费', 'fiscal', 'adjusted', 50],
			['文物修缮经费', 'fiscal', 'final', 50],
			['文物宣传经费', 'all', 'initial', 20],
			['文物宣传经费', 'all', 'adjusted', 20],
			['文物宣传经费', 'all', 'final', 20],
			['文物宣传经费', 'fiscal', 'initial', 20],
			['文物宣传经费', 'fiscal', 'adjusted', 20],
			['文物宣传经费', 'fiscal', 'final', 20]
		]);
	});
	it('reads the first form’s indicator rows with their points and scores after the values', () => {
		expect(r.indicators.map((i) => [i.level2, i.name, i.target?.text, i.actual?.text, i.max?.value, i.score?.value])).toEqual([
			['数量指标', '修缮文物数量', '2处', '2处', 30, 30],
			['质量指标', '验收合格率', '100%', '100%', 20, 18],
			['社会效益指标', '文物保护水平', '提升', '提升', 20, 20]
		]);
	});
});

describe('extract: a Hubei 项目自评表 in " | " rows, 得分 once per 二级指标 block', () => {
	// made-up figures
	const text = [
		'2023年度文化惠民项目自评表',
		'项目单位(盖章):某市文化馆 主要领导签字:',
		'项目名称 | 文化惠民 | ||||||||',
		'主管部门 | 某市文化和旅游局 | 项目实施单位 | 某市文化馆 | ||||||',
		'项目类别 | 1、部门预算项目 ☑ 2、市直专项 | ||||||||',
		'预算执行情况(万元) (20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) | |||||',
		'年度财政资金总额 | 8 | 6 | 75% | 15 | |||||',
		'年度绩效目标1 (80分) | 一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) | 得分 | |||',
		'产出指标(40分) | 数量指标 | 演出场次 | 20场 | 22场 | 20 | ||||',
		'送戏下乡村数 | 10个 | 12个 | |||||||',
		'质量指标 | 演出覆盖率 | 100%覆盖 | 100%覆盖 | 20 | |||||',
		'效益指标(40分) | 社会效益 | 丰富群众文化生活 | 明显 | 明显 | 20 | ||||',
		'文化氛围 | 节日氛围 | 浓厚 | 浓厚 | 20 | ||||',
		'群众参与 | 积极 | 积极 | |||||||'
	].join('\n');
	const r = extract(text).report;
	it('reads the fiscal funds row, its points from the block label and 预算数 as the adjusted budget', () => {
		expect(r.budget.map((b) => [b.item, b.scope, b.stage, b.amount.wan])).toEqual([
			['合计', 'fiscal', 'adjusted', 8],
			['合计', 'fiscal', 'final', 6]
		]);
		expect(r.scores?.tree[0]).toMatchObject({ name: '预算执行情况', max: { value: 20 }, score: { value: 15 } });
		expect(r.project?.category?.value).toBe('部门预算项目');
	});
	it('takes a level-2 cell the vocabulary does not know by its place in the row, and the block scores as nodes', () => {
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.value ?? i.target?.text, i.score?.value])).toEqual([
			['产出指标', '数量指标', '演出场次', 20, undefined],
			['产出指标', '数量指标', '送戏下乡村数', 10, undefined],
			['产出指标', '质量指标', '演出覆盖率', 100, undefined],
			['效益指标', '社会效益', '丰富群众文化生活', '明显', undefined],
			['效益指标', '文化氛围', '节日氛围', '浓厚', undefined],
			['效益指标', '文化氛围', '群众参与', '积极', undefined]
		]);
		const tree = r.scores!.tree.map((n) => [n.name, n.max?.value, (n.children ?? []).map((c) => [c.name, c.score?.value])]);
		expect(tree).toEqual([
			['预算执行情况', 20, []],
			['产出指标', 40, [['数量指标', 20], ['质量指标', 20]]],
			['效益指标', 40, [['社会效益', 20], ['文化氛围', 20]]]
		]);
	});
});

describe('extract: a workbook’s 部门整体绩效目标 sheet, its sheet names listed first', () => {
	// made-up names and figures
	const text = [
		'Overview',
		'部门整体支出绩效目标表综合保障',
		'2027年河道疏浚',
		'2025-2026水毁修复',
		'| 部门整体绩效目标 | |||||||',
		'| 部门编码: | 201 | 部门名称: | 某县水利局 | *联系人: | 李明 | ||',
		'| 联系电话: | 13800000000 | ||||||',
		'| 年度绩效目标 | |||||||',
		'| *年度绩效总目标 | 保障水利工程正常运行。 | ||||||',
		'| 一级指标 | 二级指标 | 三级指标 | 计算符号 | 目标值 | 度量单位 | 指标值说明 | |',
		'| 产出指标 | 数量指标 | 维护堤防长度(公里) | = | 35 | 公里 | 该指标值数据合理 | |',
		'| 巡查次数(次) | ≥ | 12 | 次 | 该指标值数据合理 | |||',
		'| 质量指标 | 工程完好率(%) | ≥ | 95 | % | 该指标值数据合理 | |'
	].join('\n');
	const r = extract(text).report;
	it('takes neither the title nor the year from the sheet names', () => {
		expect(r.kind).toBe('target_table');
		expect(r.title).toBe('部门整体绩效目标');
		expect(r.fiscal_year).toBeUndefined();
		expect(r.department.preparer).toBe('李明');
		expect(r.goal?.text).toBe('保障水利工程正常运行。');
	});
	it('reads the 计算符号 column as the operator of each target', () => {
		expect(r.indicators.map((i) => [i.level2, i.name, i.target?.op, i.target?.value, i.target?.unit])).toEqual([
			['数量指标', '维护堤防长度(公里)', '=', 35, '公里'],
			['数量指标', '巡查次数(次)', '>=', 12, '次'],
			['质量指标', '工程完好率(%)', '>=', 95, '%']
		]);
	});
});

describe('extract: an allocation notice with its 资金安排表 and a target table with one column per village', () => {
	// made-up names and figures: 30 + 25 + 45 = 100 (the table's 合计)
	const cell = (c: string) => `${c} |`;
	const text = [
		'关于下达2023年县级农田水利专项资金的通知',
		'附件1',
		'2023年县级农田水利专项资金安排表',
		'单位:万元',
		...['序号', '乡镇名称', '项目名称', '金额', '备注'].map(cell),
		...['1', '东山镇', '东山村灌渠修复', '30', ''].map(cell),
		...['2', '西河乡', '西河村山塘整治', '25', ''].map(cell),
		...['3', '南岭镇', '南岭村水陂重建', '45', ''].map(cell),
		...['合计', '100', ''].map(cell),
		'附件2',
		'2023年县级农田水利专项资金绩效目标表',
		'项目名称 | 县级农田水利专项资金 | 主管部门(单位)名称 | 某县水利局 | |||',
		'资金情况(万元) | 资金总额 | 100 | 其中:财政拨款 | 100 | 其他资金 | |',
		...['一级指标', '二级指标', '三级指标', '指标解释', '东山镇东山村', '西河乡西河村', '南岭镇南岭村'].map(cell),
		...['产出指标', '数量指标', '完成水利工程(个)', '反映工程完成情况', '1', '1', '1'].map(cell)
	].join('\n');
	const r = extract(text).report;
	it('reads each row as a cost line of its project where the rows add up to the 合计', () => {
		expect(r.budget.filter((b) => b.breakdown === 'cost').map((b) => [b.item, b.stage, b.amount.wan])).toEqual([
			['东山村灌渠修复', 'budget', 30],
			['西河村山塘整治', 'budget', 25],
			['南岭村水陂重建', 'budget', 45]
		]);
	});
	it('keeps the indicator’s name and levels, not the villages’ values', () => {
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target])).toEqual([['产出指标', '数量指标', '完成水利工程(个)', undefined]]);
	});
	it('reads no row where the amounts do not add up to the 合计', () => {
		const off = extract(text.replace('45 |', '44 |')).report;
		expect(off.budget.filter((b) => b.breakdown === 'cost')).toEqual([]);
	});
});

describe('extract: a 绩效目标申报表 printed one row a line, cells joined by single spaces', () => {
	// made-up names and figures
	const text = [
		'2019年县级专项扶贫资金(茶叶基地)绩效目标申报表',
		'发布时间:2019年04月02日 来源:某区财政局',
		'            绩效目标申报表',
		'项目名称 2019年县级专项扶贫资金(茶叶基地) 项目负责人及电话 张某13800000000',
		'主管部门 某镇政府 实施单位 某镇茶叶专业合作社',
		'资金情况(万元) 年度资金总额: 20',
		'其中:财政拨款 20',
		'其他资金 0',
		'绩效指标 一级指标 二级指标 三级指标 指标值 备注',
		'产出指标 数量指标 新建茶园面积( ≥**亩 ) >=100亩  ',
		'改造加工厂房 >=1个  ',
		'成本指标 茶苗补助标准 <=800元/亩  ',
		'效益指标 经济效益指标 带动增加村集体收入(≥**万元) >=8万元  ',
		'满意度指标 服务对象满意度指标 茶农满意度(≥**%) >=90%  ',
		'财政部门审核意见 (盖章)'
	].join('\n');
	const r = extract(text).report;
	it('reads each line’s last word as its target, its level names as levels, the rest as the name', () => {
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name.replace(/\s+/g, ''), i.target?.op, i.target?.value, i.target?.unit])).toEqual([
			['产出指标', '数量指标', '新建茶园面积(≥**亩)', '>=', 100, '亩'],
			['产出指标', '数量指标', '改造加工厂房', '>=', 1, '个'],
			['产出指标', '成本指标', '茶苗补助标准', '<=', 800, '元/亩'],
			['效益指标', '经济效益指标', '带动增加村集体收入(≥**万元)', '>=', 8, '万元'],
			['满意度指标', '服务对象满意度指标', '茶农满意度(≥**%)', '>=', 90, '%']
		]);
	});
	it('takes no budget line from an indicator row, and the form’s own heading under the page’s metadata as its title', () => {
		expect(r.budget.every((b) => b.flow === 'expenditure')).toBe(true);
		expect(r.title).toBe('绩效目标申报表');
	});
});

describe('extract: a 部门整体绩效自评表 run together, its rows name | unit | 指标值 权重 完成值 得分 as one run of digits', () => {
	// made-up figures; every row weighs 10
	const text = [
		'某区水务局2023年度部门整体绩效自评表',
		'绩效指标指标名称计量单位指标性质指标值指标权重(分)全年完成值指标得分(分)说明河道巡查完成率%951010010水库除险加固数量座61059堤防维护长度公里401045.510农村供水保障率%90101010'
	].join('\n');
	it('cuts each run where the table’s one weight and the usual score fit', () => {
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.name, i.target?.value, i.target?.unit, i.actual?.value, i.max?.value, i.score?.value])).toEqual([
			['河道巡查完成率', 95, '%', 100, 10, 10],
			['水库除险加固数量', 6, '座', 5, 10, 9],
			['堤防维护长度', 40, '公里', 45.5, 10, 10],
			['农村供水保障率', 90, '%', 10, 10, 10]
		]);
	});
});

describe('extract: a fund’s target table run together, with one value column per district', () => {
	// made-up names and figures
	const text = [
		'专项转移支付绩效目标表(2023年度)部门(单位)名称某市文化局项目名称文物保护补助资金情况(万元)资金总额:40其中:财政拨款40其他资金总体目标保护文物绩效指标一级指标二级指标三级指标指标解释区域目标值东城区西城区南山县产出指标数量指标补助文物点数量反映补助文物点数量情况312质量指标资金使用合规性反映资金使用合规情况>=95%>=95%>=95%'
	].join('\n');
	it('keeps a value written alike for every district as the target, and only the name where they differ', () => {
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.op, i.target?.value])).toEqual([
			['产出指标', '数量指标', '补助文物点数量', undefined, undefined],
			['产出指标', '质量指标', '资金使用合规性', '>=', 95]
		]);
	});
});

describe('extract: a Hunan 项目支出绩效目标表 with a 指标值类型 column and the budget by level', () => {
	// made-up figures
	const text = [
		'2025年项目支出绩效目标表 | |||||||',
		'填报单位(盖章):某县妇幼保健院 | 金额单位:万元 | ||||||',
		'项目支出名称 | 妇幼健康服务专项 | 部门预算 | 45.00 | ||||',
		'年度本级预算金额 | 45.00 | 该项目支出上级资金 | |||||',
		'一级指标 | 二级指标 | 三级指标 | 指标值类型 | 目标值 | 度量单位 | 指标值内容 | 备注 |',
		'产出指标 | 数量指标 | 孕产妇健康管理人数 | ≥ | 800 | 人 | 反映管理人数。 | |',
		'成本指标 | 经济成本指标 | 项目经费 | ≤ | 45 | 万元 | 反映项目经费。 | |',
		'社会成本指标 | 对社会产生的不利影响 | 定性 | 减少 | 反映不利影响。 | ||'
	].join('\n');
	const r = extract(text).report;
	it('reads 部门预算 as the total and 年度本级预算金额 as the 本级 money', () => {
		expect(r.budget.map((b) => [b.breakdown, b.item, b.scope, b.amount.wan])).toEqual([
			['total', '合计', 'all', 45],
			['budget_level', '本级资金', 'fiscal', 45]
		]);
	});
	it('reads 指标值类型 as the operator column', () => {
		expect(r.indicators.map((i) => [i.name, i.target?.op, i.target?.value ?? i.target?.text])).toEqual([
			['孕产妇健康管理人数', '>=', 800],
			['项目经费', '<=', 45],
			['对社会产生的不利影响', 'text', '减少']
		]);
	});
});

describe('extract: a Hunan 部门整体支出绩效评价指标表 flowed with no separator, scores after long rule texts', () => {
	// made-up scores
	const text = [
		'某区2023年度部门(单位)整体支出绩效评价自评报告',
		'部门整体支出绩效评价指标表级指标分值二级指标分值三级指标分值评价标准指标说明得分投入15预算配置15在职人员控制率6以100%为标准。在职人员控制率W100%,计6分;每超过一个百分点扣0.5分。在职人员控制率=(在职人员数/编制数)100%。5“三公经费”变动率9“三公经费”变动率至0,计9分;每超过一个百分点扣0.9分。9过程60预算执行20预算完成率6100%计满分,每低于5%扣2分。预算完成率=(支出/预算)X100%.4预算控制率6预算控制率=0,计6分;大于30%不得分预算控制率=(本年追加预算/年初预算)100%o6新建楼堂馆所投资'
	].join('\n');
	it('reads each row’s points after its name and its score before the next name, under its levels', () => {
		const r = extract(text).report;
		const tree = (ns: NonNullable<typeof r.scores>['tree']): unknown[] => ns.map((n) => [n.name, n.max?.value, n.score?.value, ...(n.children ? [tree(n.children)] : [])]);
		expect(r.scores?.framework).toBe('hunan');
		expect(tree(r.scores!.tree)).toEqual([
			['投入', 15, undefined, [['预算配置', 15, undefined, [['在职人员控制率', 6, 5], ['“三公经费”变动率', 9, 9]]]]],
			['过程', 60, undefined, [['预算执行', 20, undefined, [['预算完成率', 6, 4], ['预算控制率', 6, 6]]]]]
		]);
	});
});

describe('extract: a 项目自评表 whose cells a .doc mirror scrambled and joined by spaces', () => {
	// made-up names and figures; the level cells stand elsewhere, the rows under 三级指标 keep their order
	const text = '2021 年市级会展发展资金项目自评表 项目名称 2021 年市级会展发展资金 主管部门 区商务局 三级指标 年初目标值 (A) 实际完成值 (B) 得分 举办展会数量(场) 12 14 10 吸引参展 企业数量 300 352 10 展会品牌影响力 显著提升 明显 提升 10 资金拨付及时率 95%以上 100% 10 社会效益 指标 带动相关消费 二级指标 数量指标';
	it('reads the rows that fit the columns, their name pieces joined, and passes over the one that does not', () => {
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.name, i.target?.value, i.actual?.value, i.score?.value])).toEqual([
			['举办展会数量(场)', 12, 14, 10],
			['吸引参展企业数量', 300, 352, 10],
			['资金拨付及时率', 95, 100, 10]
		]);
	});
});

describe('extract: a scrambled 项目自评表 whose funds header is followed at once by its one row’s values', () => {
	// made-up figures: 120 × 95% = 114, scored 20 × 95% = 19
	const text = '2021 年市级会展发展资金项目自评表 项目名称 2021 年市级会展发展资金 主管部门 区商务局 预算执行 情况(万元) (20 分) 一级指标 年度财政 资金总额 项目实施单位 会展服务中心 预算数 (A) 执行数(B) 执行率(B/A) 得分 (20 分*执行率) 120 114 95% 19 三级指标 年初目标值 (A) 实际完成值 (B) 得分';
	it('gives the values to the one label cut at its space, where the rate checks, and the block its points', () => {
		const r = extract(text).report;
		expect(r.budget.map((b) => [b.item, b.scope, b.stage, b.amount.wan])).toEqual([
			['合计', 'fiscal', 'adjusted', 120],
			['合计', 'fiscal', 'final', 114]
		]);
		expect(r.scores?.tree[0]).toMatchObject({ name: '预算执行情况', max: { value: 20 }, score: { value: 19 } });
		const off = extract(text.replace('95% 19', '90% 19')).report;
		expect(off.budget).toEqual([]);
	});
});

describe('extract: a 效益 level under a blank 一级 cell', () => {
	it('stops the 一级 carried down from 产出指标 (tab rows of a target table)', () => {
		const text = [
			'部门整体预算绩效目标表',
			'一级指标\t二级指标\t三级指标\t指标值',
			'产出指标\t数量指标\t培训人次(人次)\t≥500',
			'\t质量指标\t培训合格率(%)\t≥95%',
			'\t社会效益指标\t群众获得感\t持续提升',
			'\t可持续影响指标\t示范带动作用\t长期'
		].join('\n');
		const r = extract(text).report;
		expect(r.indicators.map((i) => [i.level1, i.level2])).toEqual([
			['产出指标', '数量指标'],
			['产出指标', '质量指标'],
			['效益指标', '社会效益指标'],
			['效益指标', '可持续影响指标']
		]);
	});
});

describe('extract: a long document', () => {
	it('reads a report of several hundred thousand characters without overflowing the call stack (an OCR fix far after a 三级指标 header: its offsets are copied without spreading a long array into a call)', () => {
		const para = '本年度完成培训任务，培训人次达到计划，资金使用规范，各项工作按期推进，群众满意度较高。';
		const text = ['项目支出绩效自评表', '一级指标二级指标三级指标年度指标值实际完成值分值得分', ...Array.from({ length: 7000 }, () => para), '资金1.5万兀'].join('\n');
		expect(text.length).toBeGreaterThan(300_000);
		expect(() => extract(text)).not.toThrow();
	});
});

describe('extract: an execution rate written as a fraction of one (tab10)', () => {
	it('leaves "0.965" unread instead of reading it as 0.965% (space-separated 项目绩效自评表 rows)', () => {
		const text = [
			'项目支出绩效自评表(2023年度)',
			'项目名称 古桥修缮经费',
			'主管部门 云溪县文化和旅游局 实施单位 云溪县文物管理所',
			'项目资金 年初预算数 全年预算数 全年执行数 分值 执行率 得分',
			'(万元) 年度资金总额 40 40 38.6 10 0.965 9',
			'其中:当年财政拨款 40 40 38.6 10 0.965 9'
		].join('\n');
		const r = extract(text);
		const fin = r.report.budget.filter((l) => l.stage === 'final');
		expect(fin.map((l) => l.amount.wan)).toEqual([38.6, 38.6]);
		expect(fin.every((l) => l.execution_rate === undefined)).toBe(true);
		expect(r.unread.some((u) => /小数/.test(u.reason))).toBe(true);
	});
	it('reads a fraction rounded to one decimal as unread too ("500 | 120 | 0.2"), and a rate with % as a rate', () => {
		const row = (rate: string) =>
			['项目支出绩效自评表', '单位名称:云溪县农业农村局 | 填报日期:2023年7月5日 |', '项目名称 | 2022年产业扶持项目 |', '预算执行情况(万元)(20分) | 预算数(A) | 执行数(B) | 执行率(B/A) | 得分 (20分*执行率) |', `年度财政资金总额 | 500 | 120 | ${rate} | 4.8 |`].join('\n');
		const a = extract(row('0.2')).report.budget.find((l) => l.stage === 'final');
		expect(a?.amount.wan).toBe(120);
		expect(a?.execution_rate).toBeUndefined();
		const b = extract(row('24%')).report.budget.find((l) => l.stage === 'final');
		expect(b?.execution_rate?.value).toBe(24);
	});
});

describe('extract: funds as blocks of labelled lines under each fund heading (tab10)', () => {
	const text = [
		'云溪县2024年度中央对地方转移支付养老服务项目绩效自评表',
		'一级指标 二级指标 三级指标 自评内容 完成情况',
		'预算资金安排 2024年度养老服务转移支付资金预算安排情况。',
		'养老服务转移支付资金合计(万元) 年度预算资金总额): 500.00 ',
		'其中:中央补助 300.00 ',
		'市级资金 150.00 ',
		'本级资金(包括结转结余) 50.00 ',
		'其中:',
		'居家养老服务补助资金(万元)',
		'年度预算资金总额: 320.00 ',
		'其中:中央补助 200.00 ',
		'市级资金 90.00 ',
		'本级资金(包括结转结余) 30.00 ',
		'其中:',
		'2023年绩效调整资金(万元)',
		'年度预算资金总额:',
		'其中:中央补助'
	].join('\n');
	it('reads the first block as the total and each later block as a fund with its parts; no block total is read as the total', () => {
		const b = extract(text).report.budget;
		expect(b.map((l) => [l.breakdown, l.item, l.parent ?? '', l.amount.wan])).toEqual([
			['total', '合计', '', 500],
			['budget_level', '中央补助', '', 300],
			['budget_level', '市级资金', '', 150],
			['budget_level', '本级资金', '', 50],
			['cost', '居家养老服务补助资金', '', 320],
			['budget_level', '中央补助', '居家养老服务补助资金', 200],
			['budget_level', '市级资金', '居家养老服务补助资金', 90],
			['budget_level', '本级资金', '居家养老服务补助资金', 30]
		]);
		expect(b.every((l) => l.stage === 'budget' && l.year === 2024)).toBe(true);
	});
	it('abstains where the heading states no unit', () => {
		const b = extract(text.replace(/\(万元\)/g, '')).report.budget;
		expect(b.some((l) => l.amount.wan === 320 && l.breakdown === 'cost')).toBe(false);
	});
});

describe('extract: the funds block of a 项目基本概况 one cell a paragraph (tab10)', () => {
	const cells = [
		'云溪区财政支出项目绩效评价自评报告',
		'项目名称:       农村公路养护',
		'项目单位:       云溪区交通运输局',
		'一、项 目 基 本 概 况',
		'项目起止时间', '2021年1月起至2021年12月止',
		'计划安排资金', '(万元)', '200',
		'实际到位资金', '(万元)', '205',
		'实际支出', '(万元)', '150',
		'结余(万元)', '55',
		...Array(4).fill('其中:中央财政'),
		'省财政', '120', '省财政', '120', '省财政', '90', '省财政', '30',
		...Array(4).fill('市财政'),
		'区财政', '80', '区财政', '80', '区财政', '60', '区财政', '20',
		'其它', '其它', '5', '其它', '其它',
		'二、项目支出明细情况',
		'支出内容', '实际支出数', '会计凭证号', '备注',
		'路面修补', '90', '3月12号凭证',
		'桥涵维护', '60', '5月8号、6月2号', '9月14号凭证',
		'支出合计', '150',
		'三、项目绩效自评情况'
	];
	it('reads each column total, each source by the column of its writing, and the spending by use', () => {
		const b = extract(cells.join('\n\n')).report.budget;
		const got = b.map((l) => [l.flow, l.breakdown, l.item, l.stage, l.amount.wan].join(' '));
		expect(got).toEqual(
			expect.arrayContaining([
				'expenditure total 合计 budget 200',
				'income total 合计 final 205',
				'expenditure total 合计 final 150',
				'closing_balance total 合计 final 55',
				'expenditure budget_level 省财政 budget 120',
				'income budget_level 省财政 final 120',
				'expenditure budget_level 省财政 final 90',
				'closing_balance budget_level 省财政 final 30',
				'expenditure budget_level 区财政 final 60',
				'income source 其他资金 final 5',
				'expenditure cost 路面修补 final 90',
				'expenditure cost 桥涵维护 final 60'
			])
		);
		expect(b.filter((l) => l.breakdown === 'cost')).toHaveLength(2);
		expect(b.some((l) => l.item === '其他支出')).toBe(false);
	});
	it('abstains where fewer than three column headers stand in a row', () => {
		const b = extract(cells.filter((c) => !/^(实际到位资金|实际支出)$/.test(c)).join('\n\n')).report.budget;
		expect(b.some((l) => l.item === '省财政')).toBe(false);
	});
});

describe('extract: scored indicator rows joined by spaces under a two-line header (tab10)', () => {
	const form = (project: string, rows: string[]) => [
		'项目支出绩效自评表',
		'2023年度)',
		`项目名称 ${project}`,
		'主管部门 云溪县水利局 实施单位 云溪县水利局',
		'项目资金   年初预算数 全年预算数 全年执行数 分值 执行率 得分',
		'(万元)',
		'  年度资金总额 80 80 72 10 90% 9',
		'一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施',
		'指标值 完成值',
		...rows,
		'总分 100 92  '
	];
	const text = [
		...form('河道清淤', [
			'  产出指标 数量指标 指标1:清淤长度 12公里 12公里 20 20  ',
			'    质量指标 指标2:验收合格率 ≥95% 96% 20 20  ',
			'    时效指标 完成时限 2023年 2023年 15 15  ',
			'    成本指标 指标3:清淤单价控制 ≤6万元/公里 6万元/公里 15 12 部分单价超标',
			'    社会效益 行洪能力 明显提升 明显提升 10 10  ',
			'指标',
			'  满意度 服务对象满意度指标 沿河群众满意度 90% 93% 10 10  ',
			'指标'
		]),
		'',
		...form('堤防巡查', ['  产出指标 数量指标 巡查次数 120次 126次 20 20  ', '    时效指标 完成时限 2023年 2024年 20 15 部分延至下年', '    质量指标 巡查覆盖率 100% 100% 20 20'])
	].join('\n');
	it('reads every row of every form, with its levels, a wrapped level cell, a note after the score and a time limit as a deadline', () => {
		const ind = extract(text).report.indicators;
		expect(ind.map((i) => [i.level1 ?? '', i.level2 ?? '', i.name, i.target?.text, i.actual?.text, i.max?.value, i.score?.value])).toEqual([
			['产出指标', '数量指标', '清淤长度', '12公里', '12公里', 20, 20],
			['产出指标', '质量指标', '验收合格率', '≥95%', '96%', 20, 20],
			['产出指标', '时效指标', '完成时限', '2023年', '2023年', 15, 15],
			['产出指标', '成本指标', '清淤单价控制', '≤6万元/公里', '6万元/公里', 15, 12],
			['', '社会效益指标', '行洪能力', '明显提升', '明显提升', 10, 10],
			['满意度指标', '服务对象满意度指标', '沿河群众满意度', '90%', '93%', 10, 10],
			['产出指标', '数量指标', '巡查次数', '120次', '126次', 20, 20],
			['产出指标', '时效指标', '完成时限', '2023年', '2024年', 20, 15],
			['产出指标', '质量指标', '巡查覆盖率', '100%', '100%', 20, 20]
		]);
		const limit = ind[2];
		expect(limit.target?.op).toBe('deadline');
		expect(limit.actual && 'value' in limit.actual ? limit.actual.value : undefined).toBeUndefined();
	});
	it('carries points and score written on the line after a long row, and passes over a row it cannot cut', () => {
		const t = [
			'项目支出绩效自评表(2023年度)',
			'绩效指标 一级指标 二级指标 三级指标 年度 实际 分值 得分 偏差原因分析及改进措施',
			'指标值 完成值',
			'产出指标 数量指标 指标1:修缮内容 完成东西两座古桥桥面及栏杆修补 完成东西两座古桥桥面及栏杆修补',
			'8 8',
			'指标2:修缮面积 500平方米 520平方米 8 8',
			'指标3:修缮 等级 县级文保 县级文保 8 8',
			'质量指标 指标1:验收通过率 100% 100% 8 8'
		].join('\n');
		const ind = extract(t).report.indicators;
		expect(ind.map((i) => [i.name, i.max?.value, i.score?.value])).toEqual([
			['修缮内容', 8, 8],
			['修缮面积', 8, 8],
			['验收通过率', 8, 8]
		]);
	});
});

describe('extract: a three-level score table whose levels carry their points, one cell a paragraph (tab10)', () => {
	const cells = ['云溪县文化馆项目绩效自评表', '二、绩效评价指标评分', '一级指标', '分值', '二级指标', '分值', '三级指标', '分值', '得分',
		'项目决策', '15', '项目目标', '5', '目标内容', '5', '4', '决策过程', '10', '决策依据', '4', '4', '决策程序', '6', '5',
		'项目管理', '25', '资金管理', '25', '资金使用', '15', '15', '财务管理', '10', '9',
		'项目绩效', '60', '项目产出', '30', '产出数量', '30', '28', '项目效益', '30', '社会'];
	it('builds the tree by the points each level adds up to, and stops where no row fits', () => {
		const r = extract(cells.join('\n\n')).report;
		const show = (n: { name: string; max?: { value: number }; score?: { value: number }; children?: unknown[] }): unknown => [n.name, n.max?.value, n.score?.value, ...(n.children ?? []).map((c) => show(c as typeof n))];
		expect(r.scores?.tree.map(show)).toEqual([
			['项目决策', 15, undefined, ['项目目标', 5, undefined, ['目标内容', 5, 4]], ['决策过程', 10, undefined, ['决策依据', 4, 4], ['决策程序', 6, 5]]],
			['项目管理', 25, undefined, ['资金管理', 25, undefined, ['资金使用', 15, 15], ['财务管理', 10, 9]]],
			['项目绩效', 60, undefined, ['项目产出', 30, undefined, ['产出数量', 30, 28]], ['项目效益', 30, undefined]]
		]);
	});
	it('abstains where a 三级指标 scores more than its points', () => {
		const bad = cells.map((c, i) => (i === 15 ? '9' : c));
		const tree = extract(bad.join('\n\n')).report.scores?.tree ?? [];
		expect(tree.some((n) => n.name === '项目管理')).toBe(false);
	});
});

describe('extract: a funds row whose amounts write 万元 after them, on one line with its labels cut at spaces (tab10)', () => {
	const text = [
		'2022年河道保洁经费绩效自评表 -.xls',
		'附件1 项目支出绩效自评表 ( 2022 年度) 项目名称 河道保洁经费 主管部门 云溪县水利局 项目资金(万元) 实施单位 云溪县水利局 年初预算数 全年预算数 全年执行数 分值 执行率(全年 执行数/全年 预算数) 年度资金总额: 60.5万元 60.5万元 54.45万元 10 90% 9 其中:当年财政 拨款 60.5万元 60.5万元 54.45万元 10 90% 9 得分 上年结转资金 其他资金 预期目标 实际完成情况'
	].join('\n');
	it('reads the total and the 财政拨款 row, and no budget sentence from the same cells', () => {
		const b = extract(text).report.budget;
		expect(b.map((l) => [l.item, l.scope, l.stage, l.amount.wan, l.execution_rate?.value])).toEqual([
			['合计', 'all', 'initial', 60.5, undefined],
			['合计', 'all', 'adjusted', 60.5, undefined],
			['合计', 'all', 'final', 54.45, 90],
			['财政拨款支出', 'fiscal', 'initial', 60.5, undefined],
			['财政拨款支出', 'fiscal', 'adjusted', 60.5, undefined],
			['财政拨款支出', 'fiscal', 'final', 54.45, 90]
		]);
	});
	it('gives the score of the total row to the funds node where the header names no 得分 column and 得分 stands after the rows', () => {
		const node = extract(text).report.scores?.tree.find((n) => n.name === '预算执行率');
		expect([node?.max?.value, node?.score?.value]).toEqual([10, 9]);
	});
	it('reads no year cut from its 年 as an amount', () => {
		const t = '项目支出绩效自评表\n项目名称 | 茶叶推广项目 |\n项目资金(万元) | 年初预算数 | 全年执行数 |\n年度资金总额 | :40万元 | 2022 | 年茶叶推广项目 | 40 |';
		const b = extract(t).report.budget;
		expect(b.some((l) => l.amount.wan === 2022)).toBe(false);
	});
});

describe('extract: indicator names numbered as the work plan lists them (tab10)', () => {
	it('drops the outline number (一、 / 2、 / (3)) from the name', () => {
		const text = [
			'项目支出绩效自评表',
			'一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 |',
			'产出指标 | 数量指标 | 一、示范片建设 | ≥3000亩 | 3000亩 | 10 | 10 |',
			'产出指标 | 数量指标 | 2、测土配方施肥 | ≥800亩 | 820亩 | 10 | 10 |',
			'产出指标 | 数量指标 | (3)田间试验 | ≥6组 | 6组 | 10 | 10 |',
			'产出指标 | 数量指标 | 2023年新增示范户 | ≥50户 | 52户 | 10 | 10 |'
		].join('\n');
		expect(extract(text).report.indicators.map((i) => i.name)).toEqual(['示范片建设', '测土配方施肥', '田间试验', '2023年新增示范户']);
	});
});

describe('extract: a list of forms above the form (tab10)', () => {
	it('takes no column header of the list (序号 | 项目名称 | 备注) for the project name', () => {
		const text = [
			'2023年度项目支出绩效自评表',
			'云溪县农业农村局本级单位项目绩效自评表清单',
			'序号', '', '项目名称', '', '备注', '', '1', '', '耕地保护补助资金自评表', '', ' ', '',
			'项目支出绩效自评表', '', '2023年度)', '', '项目名称', '', '耕地保护补助资金', '', '主管部门', '', '云溪县农业农村局', '', '实施单位', '', '云溪县农业农村局'
		].join('\n');
		expect(extract(text).report.project?.name.value).toBe('耕地保护补助资金');
	});
});

describe('extract: level cells with a template fill-in note (tab10)', () => {
	it('reads 数量指标 (必填硬性指标) and 社会效益 指标 (必填) as their levels', () => {
		const text = [
			'项目支出绩效目标申报表 |',
			'(2023年度) | ||||||',
			'项目名称 | 云溪县防护林建设项目 | |||||',
			'绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 指标值 | ||',
			'产出指标 | 数量指标 (必填硬性指标) | 新造林面积(亩) | 12000 | |||',
			'质量指标 (必填) | 苗木成活率(≥**%) | 85 | ||||',
			'效益指标 | 经济效益 指标 (选填) | 增加农民收入。 | ||||',
			'社会效益 指标 (必填) | 受益人数(人) | 300 | ||||'
		].join('\n');
		const ind = extract(text).report.indicators;
		expect(ind.map((i) => [i.level1, i.level2, i.name, i.target?.text])).toEqual(
			expect.arrayContaining([
				['产出指标', '数量指标', '新造林面积(亩)', '12000'],
				['产出指标', '质量指标', '苗木成活率(≥**%)', '85'],
				['效益指标', '社会效益指标', '受益人数(人)', '300']
			])
		);
		expect(ind.some((i) => /必填|选填/.test(i.name + (i.level2 ?? '')))).toBe(false);
	});
});

describe('extract: an indicator table one cell a line, its cells broken over lines and its note cell sometimes left out (tab10)', () => {
	const cells = ['部门整体支出绩效自评表', '2022年度)', '一级指标', '二级指标', '三级指标', '年度', '指标值', '实际', '完成值', '分值', '得分', '偏差原因', '分析及', '改进措施',
		'产出指标', '(50)', '数量', '指标', '新修道路', '12公里', '12公里', '10', '10', ' ', '路面修补', '3000平方米', '3200平方米', '8', '8',
		'质量', '指标', '验收合格率', '95%', '100%', '8', '8', ' ', '……', ' ', ' ', ' ',
		'时效', '指标', '当期完成', '90%', '100%', '8', '8', ' ',
		'成本', '指标', '养护补助', '每公里2000', '每公里2000', '8', '8', ' ',
		'效益指标', '30分)', '社会效益指标', '群众出行', '改善', '改善', '8', '7', ' '];
	it('reads every row with its levels, the levels\' points, and the per-unit standard as a number', () => {
		const r = extract(cells.join('\n\n')).report;
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.text, i.actual?.text, i.max?.value, i.score?.value])).toEqual([
			['产出指标', '数量指标', '新修道路', '12公里', '12公里', 10, 10],
			['产出指标', '数量指标', '路面修补', '3000平方米', '3200平方米', 8, 8],
			['产出指标', '质量指标', '验收合格率', '95%', '100%', 8, 8],
			['产出指标', '时效指标', '当期完成', '90%', '100%', 8, 8],
			['产出指标', '成本指标', '养护补助', '每公里2000', '每公里2000', 8, 8],
			['效益指标', '社会效益指标', '群众出行', '改善', '改善', 8, 7]
		]);
		const std = r.indicators[4].target;
		expect(std && 'value' in std ? [std.op, std.value] : undefined).toEqual(['>=', 2000]);
		expect(r.scores?.tree.filter((n) => n.level === 1).map((n) => [n.name, n.max?.value])).toEqual(expect.arrayContaining([['产出指标', 50], ['效益指标', 30]]));
	});
});

describe('extract: a transfer payment funds table with a row per level of government (tab10)', () => {
	it('reads 其中:中央财政资金 as fiscal money of that level, and leaves the empty 地方财政资金 row', () => {
		const text = [
			'养老服务补助资金绩效自评表 | |||||||',
			'(2023年度) | |||||||',
			'转移支付(项目)名称 | 养老服务补助资金 | ||||||',
			'资金使用单位 | 云溪县民政局 | ||||',
			'资金投入情况 (万元) |',
			'全年预算数(A) | 全年执行数(B) | 预算执行率(B/A×100%) | ||||',
			'年度资金总额: | 200 | 180 | 90% | ||||',
			'其中:中央财政资金 | 150 | 135 | 90% | ||||',
			'地方财政资金 | |||||||',
			'其他资金 | |||||||'
		].join('\n');
		const b = extract(text).report.budget;
		expect(b.map((l) => [l.breakdown, l.item, l.scope, l.stage, l.amount.wan])).toEqual([
			['total', '合计', 'all', 'adjusted', 200],
			['total', '合计', 'all', 'final', 180],
			['budget_level', '中央财政资金', 'fiscal', 'adjusted', 150],
			['budget_level', '中央财政资金', 'fiscal', 'final', 135]
		]);
	});
});

describe('extract: an allocation table whose merged cells dropped out, one cell a paragraph (tab10)', () => {
	const cells = ['云溪县民政局关于下达2024年助餐补助资金的通知', '2024年助餐补助资金分配表', '单位:万元', '序号', '乡镇', '(社区)', '补助对象', '补助金额', '1', '云溪镇', '甲村', '甲村长者食堂', '6', '乙社区', '乙社区长者食堂', '4', '合计', '10', ' ', '附件2', '项目支出绩效目标表', '项目名称', '助餐补助资金', '资金总额', '10'];
	it('reads each amount with the cell before it as the payee, where the amounts make the 合计', () => {
		const b = extract(cells.join('\n\n')).report.budget.filter((l) => l.breakdown === 'cost');
		expect(b.map((l) => [l.item, l.amount.wan])).toEqual([
			['甲村长者食堂', 6],
			['乙社区长者食堂', 4]
		]);
	});
	it('abstains where they do not', () => {
		const b = extract(cells.map((c) => (c === '10' ? '12' : c)).join('\n\n')).report.budget.filter((l) => l.breakdown === 'cost');
		expect(b).toEqual([]);
	});
});

describe('extract: a whole-department self-evaluation table one cell a line, its funds row scored and its budget composed (tab10)', () => {
	const cells = ['云溪县林业局2022年度部门整体支出绩效自评报告', '一、部门基本情况', '2022年部门预算收入3200万元,其中基本支出1200万元,项目支出2000万元。', '部门整体支出绩效自评表', '2022年度)',
		'年度预', '算申请', '(万元)', '年初', '预算数', '全年预算数', '全年', '执行数', '分值', '执行率', '得分',
		'年度资金总额', '3200万元', '3200万元', '2880万元', '10', '90%', '9',
		'按收入性质分:', '按支出性质分:', '  其中: 一般公共预算:1200万元', '其中:基本支出:1200万元', '政府性基金拨款:', '项目支出:2000万元', '其他资金:2000万元', '年度总体目标'];
	it('reads the scored funds row beside the prose budget, and its parts as of the budget where they make the budget, not the 执行数', () => {
		const r = extract(cells.join('\n\n')).report;
		const got = r.budget.map((l) => [l.flow, l.breakdown, l.item, l.stage, l.amount.wan].join(' '));
		expect(got).toEqual(expect.arrayContaining(['expenditure total 合计 initial 3200', 'expenditure total 合计 final 2880', 'income source 一般公共预算财政拨款收入 budget 1200', 'income source 其他资金 budget 2000', 'expenditure nature 基本支出 budget 1200', 'expenditure nature 项目支出 budget 2000']));
		expect(r.budget.some((l) => l.item === '基本支出' && l.stage === 'final')).toBe(false);
		expect(r.scores?.tree.find((n) => n.name === '预算执行率')?.score?.value).toBe(9);
	});
});

describe('extract: an allocation 预算表 with its 合计 first and code columns, cut before its last row (tab10)', () => {
	const rows = ['云溪市财政局关于下达2024年中央基建投资预算的通知', '附件1', '2024年中央基建投资预算表(市级部门)', '单位:万元',
		'市县/单位名称 |', '项目名称 |', '金额 |', '支出功能分类科目 |', '支出经济分类科目 |',
		'合计 |', '|', '9,000 |', '|', '|',
		'云溪市数据局 |', '政务云扩容项目 |', '3000 |', '2299999-其他支出 |', '50602-资本性支出(基本建设) |',
		'云溪市公安局 |', '视频前端补点项目 |', '4500 |', '2299999-其他支出 |', '50404-设备购置 |',
		'云溪市疾控中心 |', '实验室'];
	it('reads the total and the rows it shows, held in step by their codes', () => {
		const b = extract(rows.join('\n') + '\n附件2\n绩效目标表\n项目名称 | 政务云扩容项目 |').report.budget;
		expect(b.map((l) => [l.breakdown, l.item, l.amount.wan])).toEqual(expect.arrayContaining([
			['total', '合计', 9000],
			['cost', '政务云扩容项目', 3000],
			['cost', '视频前端补点项目', 4500]
		]));
	});
	it('abstains where a row is out of step with its code columns', () => {
		const bad = rows.map((r) => (r === '2299999-其他支出 |' ? '其他支出 |' : r));
		const b = extract(bad.join('\n') + '\n附件2\n绩效目标表\n项目名称 | 政务云扩容项目 |').report.budget;
		expect(b.some((l) => l.item === '视频前端补点项目')).toBe(false);
	});
});

describe('extract: a 一级指标 above the usual level-1 names (tab10)', () => {
	it('reads 产出指标 / 效益指标 as the 二级 under it, one cell a line', () => {
		const text = ['2023年中央预算内投资计划绩效目标表', '专项名称 |', '农村供水保障专项 | ||||', '绩 效 指 标 |', '一级指标 |', '二级指标 |', '三级指标 |', '指标值 | |',
			'实施效果指标 |', '产出指标 |', '新建供水工程(处) |', '3 | ||', '竣工验收合格率 |', '100% | ||||', '效益指标 |', '受益人口(人) |', '≥5000 | |||'].join('\n');
		const ind = extract(text).report.indicators;
		expect(ind.map((i) => [i.level1, i.level2, i.name, i.target?.text])).toEqual([
			['实施效果指标', '产出指标', '新建供水工程(处)', '3'],
			['实施效果指标', '产出指标', '竣工验收合格率', '100%'],
			['实施效果指标', '效益指标', '受益人口(人)', '≥5000']
		]);
	});
});

describe('extract: a 总分 row with its score alone, under a table with a 得分 column and no 分值 column (tab10)', () => {
	const text = (pointsCol: boolean) =>
		[
			'项目支出绩效自评表 |',
			'项目名称 | 2021年产业扶持项目 | |||||',
			`一级指标 | 二级指标 | 三级指标 | 年初目标值(A) | 实际完成值(B) |${pointsCol ? ' 分值 |' : ''} 得分 |`,
			`产出指标 | 数量指标 | 扶持经营主体(个) | 20 | 16 |${pointsCol ? ' 40 |' : ''} 32.0 |`,
			`效益指标 | 经济效益指标 | 带动增收(元) | 2000 | 2100 |${pointsCol ? ' 40 |' : ''} 40.0 |`,
			'总分 | 72.5 | |||||',
			'偏差大或 目标未完成 原因分析 |'
		].join('\n');
	it('reads the number as the total score', () => {
		expect(extract(text(false)).report.scores?.total).toMatchObject({ score: { value: 72.5 } });
		expect(extract(text(false)).report.scores?.total?.max).toBeUndefined();
	});
	it('reads no score from it where the table has a 分值 column', () => {
		expect(extract(text(true)).report.scores?.total).toBeUndefined();
	});
});

/* ------------------------------------------------------------------ layout perturbation (tab11) */

import { LAYOUTS, documentLayout, parseSegments, perturb, renderText } from '../../src/lib/extract/perturb';

describe('perturb: a table re-rendered in the other layouts, prose unchanged (tab11)', () => {
	const cells = [
		['一级指标', '二级指标', '分值', '自评得分'],
		['履职效能', '整体效能', '50', '45'],
		['', '预算编制', '10', '']
	];
	const prose = ['示例县文化馆2022年度部门整体支出绩效自评报告', '一、基本情况'];
	const written = {
		pipe: [...prose, ...cells.map((r) => r.join(' | '))].join('\n'),
		tab: [...prose, ...cells.map((r) => r.join('\t'))].join('\n'),
		'cell-bar': [...prose, ...cells.flatMap((r) => [...r.map((c) => (c ? `${c} |` : '|')), '|||'])].join('\n')
	};
	it('round-trips: rendered back in its own layout, every text is the original', () => {
		for (const t of Object.values(written)) expect(renderText(parseSegments(t), 'original')).toBe(t);
		const ragged = '标题\nA | B | |||\nC |\n||\n正文。';
		expect(renderText(parseSegments(ragged), 'original')).toBe(ragged);
	});
	it('names the layout the table is written in', () => {
		for (const [k, t] of Object.entries(written)) expect(documentLayout(t, 3)).toBe(k);
		expect(documentLayout(prose.join('\n'))).toBeNull();
	});
	it('writes the same cells in each other layout, the prose as it was', () => {
		expect(perturb(written.pipe, 'tab')).toBe(written.tab);
		expect(perturb(written.tab, 'pipe')).toBe(written.pipe);
		expect(perturb(written.tab, 'cell-bar')).toBe(written.pipe.split('\n').slice(0, 2).concat(cells.flatMap((r) => [...r.map((c) => (c ? `${c} |` : '|')), '||'])).join('\n'));
		expect(perturb(written['cell-bar'], 'tab')).toBe(written.tab);
		expect(perturb(written.pipe, 'space').split('\n').slice(2)).toEqual(['一级指标 二级指标 分值 自评得分', '履职效能 整体效能 50 45', '预算编制 10']);
		expect(perturb(written.pipe, 'cell-line').split('\n').slice(2, 6)).toEqual(cells[0]);
		for (const l of LAYOUTS) expect(perturb(written.pipe, l).split('\n').slice(0, 2)).toEqual(prose);
	});
	it('drops the bars a pipe layout leaves after a row when writing another layout', () => {
		expect(perturb('标题\nA | B | |||\n正文。', 'tab')).toBe('标题\nA\tB\n正文。');
	});
});

describe('extract: a score table read the same with " | " cells as with tabs (tab11)', () => {
	const rows = [
		['一级指标', '二级指标', '分值', '自评得分', '得分率'],
		['履职效能', '整体效能', '50', '45', '90%'],
		['管理效率', '预算编制', '20', '18', '90%'],
		['', '预算执行', '30', '27', '90%'],
		['合计', '', '100', '90', '90%']
	];
	const doc = (sep: string) => ['示例县文化馆2022年度部门整体支出绩效自评报告', '一、评分情况', ...rows.map((r) => r.join(sep))].join('\n');
	const tree = (t: string) => extract(t).report.scores?.tree.map((n) => [n.name, n.children?.map((c) => [c.name, c.max?.value, c.score?.value])]);
	it('reads the tree and the total from either', () => {
		expect(tree(doc('\t'))).toEqual([
			['履职效能', [['整体效能', 50, 45]]],
			['管理效率', [['预算编制', 20, 18], ['预算执行', 30, 27]]]
		]);
		expect(tree(doc(' | '))).toEqual(tree(doc('\t')));
		expect(extract(doc(' | ')).report.scores?.total?.score.value).toBe(90);
	});
	it('reads it one cell a line ending " |", each row ended by a line of bars', () => {
		const barred = ['示例县文化馆2022年度部门整体支出绩效自评报告', '一、评分情况', ...rows.flatMap((r) => [...r.map((c) => (c ? `${c} |` : '|')), '|||'])].join('\n');
		expect(tree(barred)).toEqual(tree(doc('\t')));
		expect(extract(barred).report.scores?.total?.score.value).toBe(90);
	});
	it('reads a table one cell a line after an empty first cell, rows apart by blank lines, with bars as with tabs', () => {
		const stack = (sep: string) =>
			['示例县文化馆2022年度部门整体支出绩效评价得分情况表', ...[['评价内容', '分值', '评价得分'], ['投 入', '10.00', '9'], ['过 程', '30.00', '28'], ['产 出', '30.00', '30'], ['效 果', '30.00', '27']].flatMap((r) => [...r.map((c) => sep + c), ''])].join('\n');
		const read = (t: string) => extract(t).report.scores?.tree.map((n) => [n.name, n.max?.value, n.score?.value]);
		expect(read(stack('\t'))?.length).toBe(4);
		expect(read(stack(' | '))).toEqual(read(stack('\t')));
	});
	it('takes no indicator row for a score dimension (the cell before 分值 is a value: 7月, ≥4, 96%)', () => {
		const t = ['示例县2022年项目支出绩效自评表', '一级指标 | 二级指标 | 三级指标 | 指标值', '实际完成值', '分值 | 得分', '产出指标 | 时效指标 | 完成时间 | 8月 | 7月 | 5 | 5', '数量指标 | 培训人次 | ≥40 | 42 | 10 | 10'].join('\n');
		expect(extract(t).report.scores?.tree ?? []).toEqual([]);
	});
});

describe('extract layouts: numbered goals written again as the completion column', () => {
	it('"目标1:…;目标2:…" under 预期目标 | 实际完成情况, repeated in the next cell, is the goal once, its quote holding it', () => {
		const goal = '目标1:建设冷库200平方米,投资100万元;目标2:购置设备50万元。';
		const src = ['项目支出绩效自评表', '项目名称 | 某某车间建设项目 | |', '年度资金总额 | 150 | 150 | 150 | 10 | 100% | 10 | |', '年度总体目标 | 预期目标 | 实际完成情况 | |', `${goal} | ${goal} | |`, '绩 效 指 标 | 一级指标 | 二级指标 | 三级指标 | 年度指标值 | 实际完成值 | 分值 | 得分 | |'].join('\n');
		const res = extract(src);
		expect(res.report.goal?.text).toBe(goal);
		expect(res.problems).toEqual([]);
	});
});
