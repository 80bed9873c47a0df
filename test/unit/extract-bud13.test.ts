/**
 * Budget tables of the classes files 239–326 brought (bud13): each reader is found by its header
 * words and serves every document of the class. Made-up units, places and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';
import { cutRateRow } from '../../src/lib/extract/rate-rows';
import { perturb } from '../../src/lib/extract/perturb';

const lines = (text: string) =>
	extract(text, { sourceFile: 't.txt' }).report.budget.map((l) => [l.flow, l.breakdown, l.item, l.parent ?? '', l.scope, l.stage, l.amount.wan, l.execution_rate?.value ?? null]);

describe('execution table by payee: budget | spent | rate, rows checked by their rate', () => {
	it('cuts fused figures only where exactly one cut makes the rate', () => {
		expect(cutRateRow('420.5631.4260.72')).toBeUndefined(); // no cut makes 60.72
		expect(cutRateRow('210.6575.3335.76')).toEqual(['210.65', '75.33', '35.76']);
		expect(cutRateRow('480480.00100.00')).toEqual(['480', '480.00', '100.00']);
		expect(cutRateRow('60|45|75')).toEqual(['60', '45', '75']);
		expect(cutRateRow('60|45|80')).toBeUndefined();
		// nothing spent: many cuts, none taken
		expect(cutRateRow('5000')).toBeUndefined();
	});
	const FUSED = [
		'青川省群众体育专项资金2023年度绩效自评报告',
		'一、资金分配及执行情况',
		'序号单位名称全年预算数全年执行数预算执行率1省青少年体育中心210.6575.3335.76%2省体育训练基地480480.00100.00%3省体育场馆中心90.567.8074.92%',
		'省直单位小计781.15623.1379.77%4甲山市300270.0090.00%5乙水市120.5120.50100.00%地市小计420.5390.5092.87%合计1201.651013.6384.35%由上表可知,资金执行情况较好。'
	].join('\n');
	it('reads a fused table: items, groups under their 小计, the total, the rate on the spent line', () => {
		const got = lines(FUSED);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'adjusted', 1201.65, null]);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 1013.63, 84.35]);
		expect(got).toContainEqual(['expenditure', 'cost', '省青少年体育中心', '省直单位', 'all', 'adjusted', 210.65, null]);
		expect(got).toContainEqual(['expenditure', 'cost', '省体育训练基地', '省直单位', 'all', 'final', 480, 100]);
		expect(got).toContainEqual(['expenditure', 'cost', '省直单位', '', 'all', 'final', 623.13, 79.77]);
		expect(got).toContainEqual(['expenditure', 'cost', '乙水市', '地市', 'all', 'adjusted', 120.5, null]);
		expect(got.filter((l) => l[1] === 'cost')).toHaveLength(14);
	});
	it('reads the same table with its cells apart, and leaves a row whose rate does not check', () => {
		const apart = FUSED.replace(/(\d)(?=[\u4e00-\u9fa5])/g, '$1\n').replace('210.6575.3335.76%', '210.65 75.33 35.76%').replace('480480.00100.00%', '480 480.00 100.00%');
		const got = lines(apart);
		expect(got).toContainEqual(['expenditure', 'cost', '省青少年体育中心', '省直单位', 'all', 'final', 75.33, 35.76]);
		const broken = lines(FUSED.replace('90.567.8074.92%', '90.567.8099.99%'));
		expect(broken.some((l) => l[2] === '省体育场馆中心')).toBe(false);
		// (the rows after a row that cannot be cut are still read)
		expect(broken).toContainEqual(['expenditure', 'cost', '乙水市', '地市', 'all', 'final', 120.5, 100]);
		// (a payee that got nothing, cells apart, reads as written)
		expect(lines(apart.replace('乙水市120.5120.50100.00%', '乙水市120.5120.50100.00%丙镇 0 0 0%'))).toContainEqual(['expenditure', 'cost', '丙镇', '地市', 'all', 'adjusted', 0, null]);
	});
});

describe('funds header cells with their column letter spaced inside the brackets', () => {
	it('reads 全年预算数( A ) | 全年执行数( B ) | 分值 | 预算执行率 ( B/A×100%) | 得分 flowed with spaces', () => {
		const text = [
			'中央补助地方文化发展专项资金转移支付区域(项目)绩效自评表',
			'( 2024 年度)',
			'转移支付(项目)名称 2024年文化发展专项资金',
			'资金投入情况',
			'(万元) 全年预算数( A ) 全年执行数( B ) 分值 预算执行率',
			'( B/A×100%) 得分',
			'年度资金总额: 12 9 10 75% 7.5',
			'其中:中央财政资金 12 9 ——',
			'地方财政资金 ——',
			'其他资金 ——'
		].join('\n');
		const got = lines(text);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'adjusted', 12, null]);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 9, 75]);
		expect(got).toContainEqual(['expenditure', 'budget_level', '中央财政资金', '', 'fiscal', 'final', 9, null]);
	});
});

describe('项目支出明细情况: uses of the money at the stages its columns state, adding up to 支出合计', () => {
	const FORM = [
		'青禾县财政支出项目绩效评价报告',
		'项目名称 2023年乡村阅读推广专项资金',
		'项目单位 青禾县文化馆',
		'一、项 目 基 本 概 况 | ||||',
		'计划安排资金(万元) | 300.00 | 实际到位资金(万元) | 280.50 | |',
		'其中:中央财政 | 其中:中央财政 | | | |',
		'县财政 | 300.00 | 县财政 | 280.50 | |',
		'实际支出(万元) | 280.50 | | | |',
		'二、项目支出明细情况 | ||||',
		'支出内容(经济科目) | 计划支出数(万元) | 实际支出数(万元) | ||',
		'图书采购费 | 120.00 | 118.25 | ||',
		'阅读活动经费 | 100.00 | 92.25 | ||',
		'流动书车运行费 | 80.00 | 70.00 | ||',
		'支出合计 | 300.00 | 280.50 | ||',
		'三、项目绩效情况 | ||||'
	].join('\n');
	it('reads each use at both stages, and the spending row under the levels as the total', () => {
		const got = lines(FORM);
		expect(got).toContainEqual(['expenditure', 'cost', '图书采购费', '', 'all', 'budget', 120, null]);
		expect(got).toContainEqual(['expenditure', 'cost', '流动书车运行费', '', 'all', 'final', 70, null]);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 280.5, null]);
	});
	it('reads the same form one cell a line or one row a line with spaces: the two-column funds block, its levels and the spending below them', () => {
		for (const layout of ['cell-line', 'space', 'tab'] as const) {
			const got = lines(perturb(FORM, layout));
			expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'budget', 300, null]);
			expect(got).toContainEqual(['income', 'budget_level', '县财政', '', 'all', 'final', 280.5, null]);
			expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 280.5, null]);
			expect(got).toContainEqual(['expenditure', 'cost', '阅读活动经费', '', 'all', 'final', 92.25, null]);
		}
	});
	it('leaves the uses unread where a column does not add up to 支出合计', () => {
		expect(lines(FORM.replace('流动书车运行费 | 80.00 | 70.00', '流动书车运行费 | 80.00 | 75.00')).some((l) => l[1] === 'cost')).toBe(false);
	});
	it('reads the one-cell-a-line block whose levels are joined (县市区财政)', () => {
		const cellLines = ['计划安排资金', '(万元)', '50', '实际到位资金', '(万元)', '50', '实际支出', '(万元)', '42.5', '结余(万元)', '7.5',
			'其中:中央财政', '其中:中央财政', '其中:中央财政', '其中:中央财政', '县市区财政', '50', '县市区财政', '50', '县市区财政', '42.5', '县市区财政', '7.5',
			'二、项目支出明细情况', '支出内容', '实际支出数(万元)', '会计凭证号', '备注', '资料印刷费', '12.5', '培训费', '30', '支出合计', '42.5'];
		const got = lines(['青禾县代表活动经费项目支出绩效自评表', '', ...cellLines.flatMap((c) => [c, ''])].join('\n'));
		expect(got).toContainEqual(['expenditure', 'budget_level', '县市区财政', '', 'all', 'final', 42.5, null]);
		expect(got).toContainEqual(['expenditure', 'cost', '培训费', '', 'all', 'final', 30, null]);
	});
});

describe('funds rows of a 项目支出绩效自评表 whose amounts carry a bare 万, and last year\'s money', () => {
	it('reads "150万" under a 项目资金(万元) header, and 上年结转资金 as money of the whole scope', () => {
		const text = [
			'青禾县政务服务中心运行项目支出绩效自评表',
			'(2022年度)',
			'项目资金(万元) | | 年初预算数 | 全年预算数 | 全年执行数 | 分值 | 执行率 | 得分',
			'| 年度资金总额 | 80万 | 80万 | 64万 | 10 | 80% | 8',
			'| 其中:当年财政拨款 | 80万 | 80万 | 64万 | — | | —',
			'| 上年结转资金 | 0 | 0 | 0 | — | | —',
			'| 其他资金 | 0 | 0 | 0 | — | | —'
		].join('\n');
		const got = lines(text);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 64, 80]);
		expect(got).toContainEqual(['expenditure', 'source', '财政拨款支出', '', 'fiscal', 'initial', 80, null]);
		expect(got).toContainEqual(['expenditure', 'source', '上年结转资金', '', 'all', 'adjusted', 0, null]);
	});
});

describe('money shared out among places, listed in one sentence', () => {
	const REPORT = [
		'青川市文化和旅游局关于中央支持地方文化服务补助资金支出绩效的自评报告',
		'一、绩效目标分解下达情况',
		'1.给予甲山县广播节目覆盖运行维护费12.5万元,乙水区8万元,丙湖区6.5万元。',
		'2.开展农村文化活动,每村补助 3000 元,分配至甲山县30万元,乙水区20万元,丙湖区10万元,共计60万元。',
		'3.分配农家书屋运行经费45万元,其中甲山县20万元,乙水区15万元,丙湖区10万元。',
		'4.根据因素分配法测算,分配甲山县5万元,乙水区6万元,丙湖区7万元,共计18万元。'
	].join('\n');
	const got = lines(REPORT);
	it('reads each place under the purpose or fund the sentence names, the fund and a named purpose as projects', () => {
		expect(got).toContainEqual(['expenditure', 'cost', '乙水区', '广播节目覆盖运行维护费', 'all', 'budget', 8, null]);
		expect(got).toContainEqual(['expenditure', 'project', '农村文化活动', '项目支出', 'all', 'budget', 60, null]);
		expect(got).toContainEqual(['expenditure', 'cost', '丙湖区', '农村文化活动', 'all', 'budget', 10, null]);
		expect(got).toContainEqual(['expenditure', 'project', '农家书屋运行经费', '项目支出', 'all', 'budget', 45, null]);
		expect(got).toContainEqual(['expenditure', 'cost', '甲山县', '农家书屋运行经费', 'all', 'budget', 20, null]);
	});
	it('reads no place without its purpose, and no list total as the year\'s spending', () => {
		expect(got.some((l) => l[6] === 5 || l[6] === 7)).toBe(false);
		expect(got.some((l) => l[1] === 'total')).toBe(false);
	});
});

describe('a funds row whose figures ran together past their decimal points', () => {
	const row = (figures: string) =>
		lines([
			'部门整体支出绩效自评表(2022年度)区级预算单位名称青禾县防疫站' + '年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额' + figures + '10按收入性质分:其中:一般公共预算:'.padEnd(230, '。')
		].join('\n'));
	it('is cut where the rate, the points and the score allow one reading', () => {
		const got = row('1368.451368.451368.4510100%');
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'initial', 1368.45, null]);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 1368.45, 100]);
	});
	it('reads the same row where a PDF wrapped the fused line at its page width', () => {
		const text = '部门整体支出绩效自评表(2022年度)区级预算单位名称青禾县防疫站年度预算申请(万元)年初预算数全年预算数全年执行数分值执行率得分年度资金总额1368.451368.451368.4510100%10按收入性质分:1368.45按支出性质分:1368.45其中:一般公共预算:1368.45其中:基本支出:1200.45项目支出:168其他资金:年度总体目标预期目标实际完成情况1:适龄儿童免疫规划接种率95%。2:传染病报告及时率98%。';
		// (cut every 28 characters, never inside a figure, as a PDF's page width does)
		const rows: string[] = [];
		for (let a = 0; a < text.length; ) {
			let b = Math.min(text.length, a + 28);
			while (b < text.length && /[\d.%]/.test(text[b]) && /[\d.]/.test(text[b - 1])) b++;
			rows.push(text.slice(a, b));
			a = b;
		}
		const got = lines(['青禾县防疫站2022年度部门整体支出绩效自评报告', ...rows].join('\n'));
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 1368.45, 100]);
	});
	it('is not read as a figure cut at its second point where no cut checks', () => {
		expect(row('1368.451368.451368.4510101%').some((l) => String(l[6]).startsWith('1368.451'))).toBe(false);
	});
});

describe('a 预算执行情况 block of label and amount cells, each source written once a stage', () => {
	const block = (rows: string[]) => lines(['青禾县市场监管局食品安全补助区域绩效自评表', '(2022年度)', ...rows.flatMap((r) => [r, ''])].join('\n'));
	it('reads the pair as the total, the rate after it, and each twice-written row at both stages', () => {
		const got = block(['单位:万元', '预算安排情况(调整后)', '资金执行情况', '预算执行率', '预算数:', '40', '执行数:', '30', '75%', '其中:财政资金', '40', '其中:财政资金', '30', '其他', '', '其他', '', '二、工作整体完成情况']);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'adjusted', 40, null]);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 30, 75]);
		expect(got).toContainEqual(['expenditure', 'source', '财政拨款支出', '', 'fiscal', 'final', 30, null]);
	});
	it('reads amounts written with their unit and a points cell after the pair', () => {
		const got = block(['预算执行情况', '预算数:', '6.5', '执行数:', '6.2', '20', '其中:中央补助', '6.5  万元', '其中:中央补助', '6.2万元', '地方资金/其他', '万元', '地方资金/其他', '万元']);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'budget', 6.5, null]);
		expect(got).toContainEqual(['expenditure', 'budget_level', '中央补助', '', 'all', 'final', 6.2, null]);
	});
});

describe('a funds header flowed onto one long line with few spaces', () => {
	it('reads 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分得分计算方法 and a row whose colon stands apart', () => {
		const text = [
			'1、项目支出绩效自评表(2019年度)           项目名称青禾街道垃圾清运经费主管部门青禾区城市管理局实施单位:青禾街道城市运行中心项目资金(万元) 年初预算数(A)全年执行数(B)分值(10分)执行率(B/A)得分得分计算方法年度资金总额:128.496.31075%7.5执行率*该指标分值,最高不得超过分值上限。其他资金     年度总体目标通过垃圾清运外包,改善街道环境卫生,服务辖区居民生活。'.padEnd(420, '。')
		].join('\n');
		const got = lines(text);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'initial', 128.4, null]);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 96.3, 75]);
	});
});

describe('a funds row of a level of government named without 财政', () => {
	it('reads 地方资金 under 中央财政资金 as a level line', () => {
		const text = [
			'中央对地方转移支付区域绩效自评表',
			'(2022年度)',
			'资金情况(万元) | 全年预算数(A) | 全年执行数(B) | 执行率(B/A)',
			'年度资金总额: | 90 | 81 | 90%',
			'其中:中央财政资金 | 60 | 54 | 90%',
			'地方资金 | 30 | 27 | 90%',
			'其他资金 | | |'
		].join('\n');
		expect(lines(text)).toContainEqual(['expenditure', 'budget_level', '地方资金', '', 'fiscal', 'final', 27, 90]);
	});
});

describe('部门整体支出绩效评价基础数据表: year-and-stage columns, the unit at the form\'s head', () => {
	const FORM = [
		'青禾县农业服务中心2020年度部门整体支出绩效评价报告',
		'附件3: 部门整体支出绩效评价基础数据表 填报单位: 单位:万元 财政供养人员情况 编制数 2020年实际在职人数 控制率',
		'',
		'30 28 93.33% 经费控制情况 2019年决算数 2020年预算数 2020年决算数 三公经费 6.5 8 5.2',
		'',
		'1、公务用车购置和维护经费 4 5 3.6 其中:公车购置 2 2 公车运行维护 2',
		'',
		'3 1.6',
		'',
		'2、出国经费',
		'',
		'3、公务接待 2.5 3 1.6 项目支出:',
		'',
		'1、农技推广专项 120.5 150 140.25',
		'',
		'2、运行维护专项 公用经费 其中:办公经费 8.2',
		'',
		'9 7.75. 差旅费 4.1 5 3.9 政府采购金额 12 15 14 部门整体支出预算调整 800 860',
		'',
		'三公经费 预算数)÷上年度=(8-6.5)÷6.5=23.08%',
		'',
		'0 过程',
		'',
		'8 预算执行率 年初结余为3.3万元;'
	].join('\n');
	const got = lines(FORM);
	const sg = extract(FORM, { sourceFile: 't.txt' }).report.sangong.map((l) => [l.item, l.stage, l.year, l.amount?.wan]);
	it('reads the projects under 项目支出 and the 公用经费 parts its 其中 lists, at each year and stage', () => {
		expect(got).toContainEqual(['expenditure', 'project', '农技推广专项', '项目支出', 'all', 'final', 120.5, null]);
		expect(got).toContainEqual(['expenditure', 'project', '农技推广专项', '项目支出', 'all', 'budget', 150, null]);
		expect(got).toContainEqual(['expenditure', 'economic', '办公经费', '公用经费', 'all', 'final', 7.75, null]);
		expect(got).toContainEqual(['expenditure', 'economic', '差旅费', '公用经费', 'all', 'budget', 5, null]);
		expect(got.some((l) => l[2] === '政府采购金额' || l[2] === '部门整体支出预算调整')).toBe(false);
	});
	it('reads the 三公 rows, leaves a row that lost a cell, and takes no 三公 figure from lines away', () => {
		expect(sg).toContainEqual(['total', 'final', 2020, 5.2]);
		expect(sg).toContainEqual(['vehicle_operation', 'budget', 2020, 3]);
		expect(sg.some((l) => l[0] === 'vehicle_purchase')).toBe(false);
		expect(sg.some((l) => l[3] === 3.3)).toBe(false);
	});
});

describe('a project cost table with its reckoning lines', () => {
	it('reads each cost and, under it, each reckoning line whose product is its amount', () => {
		const cells = ['青禾县图书馆2021年流动服务项目支出绩效目标申报表', '项目预算', '成本构成', '金额', '测算(公式)依据', '2019年实际执行数', '2020年实际执行数',
			'流动服务车运行费', '3.20', '1.燃油费40次*300=12000元', '2.维修费4次*5000=20000元', '讲座活动', '8.00', '1.讲座20场*3000=60000元', '2.宣传品100份*25=3000元', '3.场地租金5场*4000=21000元'];
		const got = lines(cells.flatMap((c) => [c, '']).join('\n'));
		expect(got).toContainEqual(['expenditure', 'cost', '流动服务车运行费', '', 'all', 'budget', 3.2, null]);
		expect(got).toContainEqual(['expenditure', 'cost', '燃油费', '流动服务车运行费', 'all', 'budget', 1.2, null]);
		expect(got).toContainEqual(['expenditure', 'cost', '讲座', '讲座活动', 'all', 'budget', 6, null]);
		// (5 × 4000 is not 21000: not read)
		expect(got.some((l) => l[2] === '场地租金')).toBe(false);
	});
});

describe('a funds table whose unknown source rows are empty, beside a sentence stating the same spending', () => {
	it('reads the level row after the empty rows, and keeps the table\'s line with its rate beside the sentence\'s', () => {
		const cells = ['青禾县代表之家建设项目支出绩效自评表', '(2022年度)', '2022年该项目预算30万元,实际支出30万元。', '项目资金', '全年预算数', '全年执行数', '预算执行率',
			'年度资金总额:', '30', '30', '100%', '其中:中央、省补助', '', '', '', '市级财政资金', '', '', '', '县级财政资金', '30', '30', '100%', '其他资金', '', '', '', '总体目标'];
		const got = lines(cells.map((c) => `${c} |`).join('\n'));
		expect(got).toContainEqual(['expenditure', 'budget_level', '县级财政资金', '', 'fiscal', 'final', 30, 100]);
		// (one row a line with spaces: the empty row has no empty cells left)
		const spaced = cells.slice(0, 3).join('\n') + '\n项目资金 全年预算数 全年执行数 预算执行率\n年度资金总额: 30 30 100%\n其中:中央、省补助\n市级财政资金\n县级财政资金 30 30 100%\n其他资金\n总体目标';
		expect(lines(spaced)).toContainEqual(['expenditure', 'budget_level', '县级财政资金', '', 'fiscal', 'final', 30, 100]);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 30, 100]);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'final', 30, null]);
	});
});

describe('a target form with a mid-term column before the year\'s', () => {
	it('reads the year\'s pairs only', () => {
		const text = [
			'青禾县农产品检测项目支出绩效目标表',
			'(2023年度)',
			'项目资金 (万元) |',
			'中期资金总额: | 90.00 | 年度资金总额: | 30.00 | |||||',
			'其中:财政拨款 | 90.00 | 其中:财政拨款 | 30.00 | ||||||',
			'其他资金 | 0.00 | 其他资金 | 0.00 | ||||||',
			'总 体 目 标 |'
		].join('\n');
		const got = lines(text);
		expect(got).toContainEqual(['expenditure', 'source', '财政拨款支出', '', 'fiscal', 'budget', 30, null]);
		expect(got.some((l) => l[6] === 90)).toBe(false);
	});
});

describe('a target form whose total is 项目金额 and whose part is the year\'s money of a level', () => {
	it('reads 项目金额 | 80万元 | 其中:当年县级财政资金 | 60万元', () => {
		const text = ['青禾县委党校主体班培训项目支出绩效目标申报表', '(2023年度)', '项目金额 | 80万元 | 其中:当年县级财政资金 | 60万元 | |||', '总体目标 | 完成主体班培训12期 |'].join('\n');
		const got = lines(text);
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'budget', 80, null]);
		expect(got).toContainEqual(['expenditure', 'budget_level', '当年县级财政资金', '', 'fiscal', 'budget', 60, null]);
	});
});

describe('a target form\'s funds pairs flowed on one line under the form\'s 单位:万元', () => {
	it('reads the total, the fiscal money, the level under it and the other money', () => {
		const text = '[摘要] 2019年度青禾县市场监管专项绩效目标、评价指标与标准值表 表-2 项目名称: 市场监管专项 单位:万元 资金申报计划 资金总额 1,250.50 财政资金 850.50 其中: 省级财政 850.50 其他资金 400.00 绩效目标名称 目标值 评价指标 标准值';
		const got = lines(['市场监管专项项目支出绩效目标表', text].join('\n'));
		expect(got).toContainEqual(['expenditure', 'total', '合计', '', 'all', 'budget', 1250.5, null]);
		expect(got).toContainEqual(['expenditure', 'budget_level', '省级财政', '财政拨款支出', 'fiscal', 'budget', 850.5, null]);
		expect(got).toContainEqual(['expenditure', 'source', '其他支出', '', 'other', 'budget', 400, null]);
	});
});

describe('a department\'s income table with its sources in columns', () => {
	const cells = ['青禾县团委2022年度部门整体支出绩效评价报告', '部门(单位)年度收入情况(万元)', '机构名称', '收入合计', '其中:', '上年结转', '公共财政拨款', '政府基金拨款', '纳入专户管理的非税收入拨款', '其他收入', '青禾县团委', '52.4', '2', '48.4', '0', '0', '2', '部门(单位)年度支出和结余情况(万元)'];
	it('reads the total and each source where they add up', () => {
		const got = lines(cells.map((c) => `${c} |`).join('\n'));
		expect(got).toContainEqual(['income', 'total', '合计', '', 'all', 'final', 52.4, null]);
		expect(got).toContainEqual(['opening_balance', 'total', '合计', '', 'all', 'final', 2, null]);
		expect(got).toContainEqual(['income', 'source', '财政拨款收入', '', 'general_public', 'final', 48.4, null]);
	});
	it('reads the same table one row a line, a header cut at its space', () => {
		const text = ['青禾县团委2022年度部门整体支出绩效评价报告', '年度收入情况(万元)', '机构名称 收入合计 其中:', '上年结转 公共财 政拨款 政府基金拨款 纳入专户管理的非税收入拨款 其他 收入', '青禾县团委 52.4 2 48.4 0 0 2', '部门(单位)年度支出和结余情况(万元)'].join('\n');
		expect(lines(text)).toContainEqual(['income', 'source', '其他收入', '', 'other', 'final', 2, null]);
	});
	it('reads none where they do not', () => {
		const got = lines(cells.map((c) => (c === '48.4' ? '38.4 |' : `${c} |`)).join('\n'));
		expect(got.some((l) => l[2] === '财政拨款收入')).toBe(false);
	});
});

describe('a target form\'s bare amounts whose unit only the text states', () => {
	it('takes the unit of the same value stated in the text, and the block\'s unit for its zeros', () => {
		const cells = ['青禾县农村文化建设项目支出绩效目标表', '(2024年度)', '项目资金', '年度资金总额:', '8.00', '其中:财政拨款', '8.00', '上年结转', '0.00', '其他资金', '0.00', '年度目标', '送戏下乡40场。'];
		const got = lines([...cells.map((c) => `${c} |`), '农村文化建设配套经费预算安排8万元。'].join('\n'));
		expect(got).toContainEqual(['expenditure', 'source', '财政拨款支出', '', 'fiscal', 'budget', 8, null]);
		expect(got).toContainEqual(['expenditure', 'source', '上年结转', '', 'all', 'budget', 0, null]);
	});
});
