/**
 * ind17: indicator and score tables read by class, on made-up text.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';

const run = (lines: string[]) => extract(['SOURCE: test', '---', ...lines].join('\n'), { sourceFile: 't.txt' }).report;

describe('a flattened 整体支出绩效自评表 with points after the values', () => {
	// 一级指标 | 权重 | 二级指标 | 三级指标 | 年度指标值 | 全年完成值 | 分值 | 得分 | 偏差及原因分析, every cell run together
	const text = [
		'青溪镇文化站整体支出绩效自评表(2022年度)',
		'一级指标自评权重二级指标三级指标年度指标值全年完成值分值得分偏差及原因分析管理指标40预算编制管理编制准确率98%98%66资金使用管理支出合规性合规有一笔调整32档案管理归档及时率95%95%88效果指标40满意度指标群众满意度90%90%1010'
	];
	it('reads the level-1 points run on as the next cell, and the rows whose value stands twice', () => {
		const r = run(text);
		const names = r.indicators.map((i) => i.name);
		expect(names).toContain('档案管理归档及时率');
		expect(r.indicators.find((i) => i.name === '档案管理归档及时率')?.score?.value).toBe(8);
		expect(r.indicators.find((i) => i.name === '档案管理归档及时率')?.level1).toBe('管理指标');
		expect(r.scores?.tree.find((n) => n.name === '管理指标')?.max?.value).toBe(40);
	});
	it('leaves a row whose target and outcome differ unread, and keeps it out of the next row', () => {
		const r = run(text);
		// (the pair "32" is no value written twice, and "…调整32档案管理…" is no name)
		expect(r.indicators.some((i) => /合规|32/.test(i.name))).toBe(false);
		expect(r.indicators.every((i) => i.target?.value !== 3 && i.actual?.value !== 3)).toBe(true);
	});
});

describe('a tree table: levels and indicators each on a row of their own, one cell a paragraph', () => {
	const para = (cells: string[]) => cells.join('\n\n');
	it('reads 项目 / 指标值 / 绩效金额 with the levels carried down and fill-in notes dropped', () => {
		const r = run([
			'云岭县农技推广站2021年项目绩效目标批复表',
			'',
			'单位:元',
			'',
			para([
				'项目',
				'指标值',
				'绩效金额',
				' 云岭县农技推广站',
				'  农作物良种推广补助',
				'560000',
				'   产出指标',
				'    数量指标(必填硬性指标)',
				'     推广良种面积',
				'≥3000亩',
				'     示范户数量',
				'120户',
				'    质量指标(必填)',
				'     良种纯度达标率',
				'98%',
				'   效益指标',
				'    经济效益指标(选填)',
				'     亩均增收',
				'≥80元',
				'   满意度指标',
				'    服务对象满意度指标(必填)',
				'     农户满意度',
				'≥90%',
				'附件下载:',
				'扫一扫'
			])
		]);
		const byName = new Map(r.indicators.map((i) => [i.name, i]));
		expect(r.indicators).toHaveLength(5);
		expect(byName.get('示范户数量')?.level2).toBe('数量指标');
		expect(byName.get('良种纯度达标率')?.level2).toBe('质量指标');
		expect(byName.get('亩均增收')?.level1).toBe('效益指标');
		expect(byName.get('亩均增收')?.target?.value).toBe(80);
		expect(byName.get('农户满意度')?.level1).toBe('满意度指标');
	});
	it('reads the same tree under 项目名称 / 指标值 with no amount column', () => {
		const r = run([
			para(['项目名称', '指标值', '河湾社区环境整治', '产出指标', '时效指标', '整治完成时间', '2022年10月底前', '成本指标', '单位面积整治成本', '≤45元/平方米', '效益指标', '社会效益指标', '居民环境投诉下降', '明显下降'])
		]);
		expect(r.indicators.map((i) => i.name)).toEqual(['整治完成时间', '单位面积整治成本', '居民环境投诉下降']);
		expect(r.indicators[1].level2).toBe('成本指标');
		expect(r.indicators[1].level1).toBe('产出指标');
	});
});

describe('a target table whose cells a web page ran together, one row a line', () => {
	it('reads 指标名称 | 指标权重 | 计量单位 | 指标性质 | 指标值 by the one cut that fits the columns', () => {
		const r = run([
			'2023年部门(单位)整体绩效目标表',
			'单位:万元',
			'部门(单位)名称某县松林乡人民政府',
			'绩效指标指标名称指标权重计量单位指标性质指标值',
			'一般公共预算支出执行率15%≥95',
			'便民服务事项办结率(含代办)10%=100',
			'乡村道路日常养护里程20公里≥48',
			'组织农业技术培训场次1012',
			'人居环境整治成效10明显改善',
			'群众满意度5%90',
			'',
			'2023年一般性项目绩效目标表'
		]);
		const by = new Map(r.indicators.map((i) => [i.name, i]));
		expect(r.indicators).toHaveLength(6);
		expect(by.get('一般公共预算支出执行率')?.target).toMatchObject({ op: '>=', value: 95, unit: '%', text: '≥95' });
		expect(by.get('一般公共预算支出执行率')?.max?.value).toBe(15);
		expect(by.get('便民服务事项办结率(含代办)')?.target).toMatchObject({ op: '=', value: 100, unit: '%' });
		expect(by.get('乡村道路日常养护里程')?.target).toMatchObject({ value: 48, unit: '公里' });
		// (1012: points 10 and a target of 12 — 1 | 012 and 101 | 2 do not fit)
		expect(by.get('组织农业技术培训场次')?.target?.value).toBe(12);
		expect(by.get('组织农业技术培训场次')?.max?.value).toBe(10);
		expect(by.get('人居环境整治成效')?.target).toMatchObject({ op: 'text', text: '明显改善' });
		expect(by.get('群众满意度')?.max?.value).toBe(5);
	});
	it('carries level names run into a row, and stops at a row no single cut fits', () => {
		const r = run([
			'一级指标二级指标三级指标分值指标值',
			'产出指标数量指标新建蓄水池数量10≥6个',
			'质量指标蓄水池验收合格率10100%',
			'效益指标社会效益指标受益农户数20≥300户',
			'满意度指标服务对象满意度指标受益群众满意度10≥90%',
			'培训人次5560',
			'成本控制1优良'
		]);
		expect(r.indicators.map((i) => i.name)).toEqual(['新建蓄水池数量', '蓄水池验收合格率', '受益农户数', '受益群众满意度']);
		expect(r.indicators[1]).toMatchObject({ level1: '产出指标', level2: '质量指标' });
		expect(r.indicators[1].target?.value).toBe(100);
		expect(r.indicators[2]).toMatchObject({ level1: '效益指标', level2: '社会效益指标' });
		expect(r.indicators[2].target).toMatchObject({ value: 300, unit: '户' });
	});
});

describe('a level cell beside the list of its targets', () => {
	it('reads each clause that ends in its figure, bars or tabs, level 1 or level 2 cells', () => {
		const r = run([
			'项目名称 | 乡村图书室补充图书经费 | 预算金额 | 12万元 |',
			'年度绩效总目标 | 产出指标 | 新增图书册数1500册;开展阅读活动场次不少于6场;图书上架及时率≥95%。 |',
			'效益指标 | 借阅人次≥3000人次;阅读氛围明显提升。 |',
			'满意度指标\t读者满意度≥90%;活动参与者满意度不低于85%',
			'数量指标 | 覆盖行政村12个;流动借阅点4处 |'
		]);
		const by = new Map(r.indicators.map((i) => [i.name, i]));
		expect(by.get('新增图书册数')?.target).toMatchObject({ op: '>=', value: 1500, unit: '册' });
		expect(by.get('开展阅读活动场次')?.target).toMatchObject({ value: 6, unit: '场' });
		expect(by.get('图书上架及时率')?.target).toMatchObject({ op: '>=', value: 95, unit: '%' });
		expect(by.get('借阅人次')?.level1).toBe('效益指标');
		expect(by.get('活动参与者满意度')?.level1).toBe('满意度指标');
		expect(by.get('流动借阅点')).toMatchObject({ level1: '产出指标', level2: '数量指标' });
		// (a clause without a figure cannot be cut from its name: unread)
		expect([...by.keys()].some((n) => /阅读氛围/.test(n))).toBe(false);
	});
});

describe('indicators listed in the paragraph under 绩效指标完成情况', () => {
	it('reads bare figures as outcomes and bounded ones as targets, heading inline', () => {
		const r = run([
			'石门县2022年农村饮水安全补助资金绩效自评报告',
			'(一)资金投入情况分析。补助资金80万元全部用于饮水工程维修。',
			'(三)绩效指标完成情况分析。维修供水管网长度12.5公里,水质检测合格率98%,工程验收合格率100%,维修任务及时完成率不低于95%,资金按时拨付到达≥90%,农村供水保障水平明显提升。'
		]);
		const by = new Map(r.indicators.map((i) => [i.name, i]));
		expect(by.get('维修供水管网长度')?.actual).toMatchObject({ value: 12.5, unit: '公里' });
		expect(by.get('水质检测合格率')?.actual).toMatchObject({ value: 98, unit: '%' });
		expect(by.get('维修任务及时完成率')?.target).toMatchObject({ op: '>=', value: 95 });
		// (到达 is a verb, not "到" + the copula 达)
		expect(by.get('资金按时拨付到达')?.target?.value).toBe(90);
		expect([...by.keys()].some((n) => /保障水平/.test(n))).toBe(false);
	});
	it('reads the paragraph under a heading line of its own', () => {
		const r = run([
			'青山乡2023年农技推广补助项目绩效自评报告',
			'二、绩效指标完成情况',
			'',
			'培训基层农技人员320人次,发放技术资料1500份,示范基地建设数量4个,受训人员满意度达96%。'
		]);
		expect(r.indicators.map((i) => i.name)).toEqual(['培训基层农技人员', '发放技术资料', '示范基地建设数量', '受训人员满意度']);
		expect(r.indicators[3].actual).toMatchObject({ value: 96, unit: '%' });
	});
});

describe('the level-list cells in every layout', () => {
	const rows = [
		['年度绩效总目标', '产出指标', '新增图书册数1500册;开展阅读活动场次不少于6场;图书上架及时率≥95%。'],
		['效益指标', '借阅人次≥3000人次;阅读氛围明显提升。']
	];
	const layouts: Record<string, string[]> = {
		pipe: rows.map((r) => r.join(' | ') + ' |'),
		tab: rows.map((r) => r.join('\t')),
		space: rows.map((r) => r.join(' ')),
		'cell-line': rows.flat(),
		'cell-bar': rows.flatMap((r) => [...r.map((c) => c + ' |'), '||'])
	};
	for (const [name, lines] of Object.entries(layouts)) {
		it(`reads the same indicators, ${name}`, () => {
			const r = run(['项目名称 | 乡村图书室补充图书经费 |', ...lines]);
			expect(r.indicators.map((i) => [i.level1, i.name, i.target?.value])).toEqual([
				['产出指标', '新增图书册数', 1500],
				['产出指标', '开展阅读活动场次', 6],
				['产出指标', '图书上架及时率', 95],
				['效益指标', '借阅人次', 3000]
			]);
		});
	}
});

describe('an indicator table one cell a line, rows found by content', () => {
	const header = ['一级指标', '二级指标', '三级指标', '指标性质', '指标值', '度量单位', '权重', '指标方向性'];
	it('reads rows whose empty cells were dropped, the level-1 cell printed mid-block, polarity cells passed over', () => {
		const r = run([
			'南坪镇2024年项目绩效目标表',
			...header,
			'产出指标',
			'数量指标',
			'新建机耕道长度',
			'≥',
			'3.2',
			'公里',
			'20',
			'正向指标',
			'硬化晒坝面积',
			'≥',
			'1200',
			'平方米',
			'10',
			'产出指标',
			'维修涵洞数量',
			'8处',
			'时效指标',
			'完工时间',
			'≤',
			'1',
			'年',
			'10',
			'满意度指标',
			'服务对象满意度指标',
			'受益群众满意度',
			'≥',
			'90',
			'%',
			'10'
		]);
		const by = new Map(r.indicators.map((i) => [i.name, i]));
		expect(r.indicators).toHaveLength(5);
		expect(by.get('新建机耕道长度')?.target).toMatchObject({ op: '>=', value: 3.2, unit: '公里' });
		expect(by.get('新建机耕道长度')?.max?.value).toBe(20);
		expect(by.get('硬化晒坝面积')?.max?.value).toBe(10);
		// (产出指标 again before a name: its merged cell printed mid-block, still 数量指标)
		expect(by.get('维修涵洞数量')).toMatchObject({ level1: '产出指标', level2: '数量指标' });
		expect(by.get('完工时间')?.target).toMatchObject({ op: '<=', value: 1, unit: '年' });
		expect(by.get('受益群众满意度')).toMatchObject({ level1: '满意度指标', level2: '服务对象满意度指标' });
	});
	it('passes over the cells of a form of several projects, and reads cells ending in bars by position', () => {
		const r = run([
			'金额单位:元',
			'单位名称',
			'项目名称',
			'预算数',
			'年度目标',
			...header,
			'101-河口乡',
			'1,200,000.00',
			'101001-河口乡人民政府',
			'水毁道路修复',
			'800,000.00',
			'修复水毁道路',
			'产出指标',
			'数量指标',
			'修复道路长度',
			'≥',
			'5',
			'公里',
			'30',
			'正向指标',
			'效益指标',
			'社会效益指标',
			'群众出行条件改善',
			'≥',
			'90',
			'%',
			'20',
			'正向指标'
		]);
		expect(r.indicators.map((i) => [i.name, i.target?.value, i.max?.value])).toEqual([
			['修复道路长度', 5, 30],
			['群众出行条件改善', 90, 20]
		]);
		const bars = run([
			'一级指标 |',
			'二级指标 |',
			'三级指标 |',
			'指标性质 |',
			'指标值 |',
			'度量单位 |',
			'完成值 |',
			'权重 |',
			'得分 |',
			'产出指标 |',
			'数量指标 |',
			'补贴发放覆盖率 |',
			'= |',
			'100 |',
			'% |',
			'|',
			'60 |',
			'|',
			'效益指标 |',
			'社会效益指标 |',
			'参保人员足额保障率 |',
			'= |',
			'100 |',
			'% |',
			'|',
			'40 |',
			'|'
		]);
		expect(bars.indicators.map((i) => [i.name, i.target?.value, i.actual?.value, i.max?.value])).toEqual([
			['补贴发放覆盖率', 100, undefined, 60],
			['参保人员足额保障率', 100, undefined, 40]
		]);
	});
});

describe('rows joined by spaces under a merged level-1 cell printed mid-block', () => {
	it('takes the level 1 a level 2 belongs to above the merged cell, keeps the level 2 below it, 成本指标 as a level 2 of the outputs', () => {
		const r = run([
			'绩效指标 一级指标 二级指标 三级指标 指标值 指标标准或依据',
			'数量指标 培训学员人次 300人次',
			'编印教材种类 4种',
			'产出指标 开设专题讲座场次 12',
			'质量指标 结业考核合格率 98%',
			'成本指标 人均培训成本控制率 100%',
			'满意度指标 服务对象满意度指标 学员满意度 ≥95%',
			'财政资金管理科室(盖章) 年 月 日'
		]);
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name])).toEqual([
			['产出指标', '数量指标', '培训学员人次'],
			['产出指标', '数量指标', '编印教材种类'],
			['产出指标', '数量指标', '开设专题讲座场次'],
			['产出指标', '质量指标', '结业考核合格率'],
			['产出指标', '成本指标', '人均培训成本控制率'],
			['满意度指标', '服务对象满意度指标', '学员满意度']
		]);
	});
	it('keeps 成本指标 a level 1 where a cost level 2 follows it', () => {
		const r = run([
			'一级指标 二级指标 三级指标 指标值 分值',
			'产出指标 数量指标 新建护岸长度 ≥800米 20',
			'成本指标(0-20)分 经济成本指标 项目建设成本 ≤120万元 10',
			'效益指标 社会效益指标 受益人口 ≥1500人 20'
		]);
		expect(r.indicators.find((i) => i.name === '项目建设成本')).toMatchObject({ level1: '成本指标', level2: '经济成本指标' });
	});
});

describe('a 三级指标 cell that lists its items is no level list', () => {
	for (const [name, sep] of [
		['pipe', ' | '],
		['space', ' ']
	]) {
		it(`leaves the row to the table readers, ${name}`, () => {
			const r = run([
				['一级指标', '二级指标', '三级指标', '年初目标值', '实际完成值', '得分'].join(sep),
				['产出指标', '数量指标', '慰问困难党员30人;慰问老党员12人。', '100%', '100%', '20'].join(sep),
				['效益指标', '社会效益指标', '困难群体生活改善', '明显', '明显', '10'].join(sep)
			]);
			expect(r.indicators.some((i) => i.name === '慰问困难党员' || i.name === '慰问老党员')).toBe(false);
		});
	}
});

describe('a space-joined header wrapped inside its cells, levels named 目标', () => {
	it('joins "绩效 实际" over "目标值 完成值" and reads 产出目标 / 数量目标 as levels', () => {
		const r = run([
			'年度绩效指标完成情况 一级指标 二级指标 三级指标 绩效 实际 评分标准 指标分值 自评得分 未完成原因',
			'目标值 完成值',
			'产出目标 数量目标 开展应急演练次数 4次 5次 本指标满分8分,少一次扣2分。 8 8 已完成',
			'发放宣传资料份数 2000份 2300份 本指标满分6分,少100份扣1分。 6 6 已完成',
			'效益目标 社会效益目标 群众应急知识知晓率 90% 92% 本指标满分10分。 10 10 已完成'
		]);
		expect(r.indicators.map((i) => [i.level1, i.level2, i.name, i.target?.value, i.actual?.value, i.max?.value])).toEqual([
			['产出目标', '数量目标', '开展应急演练次数', 4, 5, 8],
			['产出目标', '数量目标', '发放宣传资料份数', 2000, 2300, 6],
			['效益目标', '社会效益目标', '群众应急知识知晓率', 90, 92, 10]
		]);
	});
});
