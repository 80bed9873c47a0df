/**
 * prose13: prose figures, identity and wrong values of the reports that joined as files 239–326.
 * Every sentence here is made up: invented units, funds and figures.
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';

const doc = (...lines: string[]) => ['https://example.org/x', ...lines].join('\n');
type Line = { item: string; stage: string; scope: string; year: number; amount?: { wan: number }; change?: { amount?: { wan: number }; direction?: string } };
const sangong = (src: string) =>
	((extract(src, { sourceFile: 'x.txt' }).report as { sangong?: Line[] }).sangong ?? []).map((l) => ({
		item: l.item,
		stage: l.stage,
		scope: l.scope,
		year: l.year,
		wan: l.amount?.wan,
		...(l.change?.amount ? { change: l.change.amount.wan } : {})
	}));

describe('三公 summaries of a district (prose13)', () => {
	const src = doc(
		'今天是 无障碍浏览',
		'2023年一般公共预算“三公”经费决算执行情况说明',
		'日期:2024-10-08',
		'  某某区2023年的“三公”经费决算数合计为210.50万,其中:因公出国(境)费0万元、公务用车购置费80.20万元、公务用车运行维护费100.10万元、公务接待费30.20万元、会议费12.30万元、培训费8.80万元。2022年的三公经费决算数合计为190.00万,其中:因公出国(境)费0万元、公务用车购置费70.00万元、公务用车运行维护费95.00万元、公务接待费25.00万元、会议费15.00万元、培训费9.00万元。',
		'  2023年“三公”经费决算数相较于上年增加20.50万元,主要原因是:',
		'  1、公务接待费增加5.20万元,增加的原因是接待任务增多;会议费减少2.70万元。',
		'  2023年区直财政拨款资金安排“三公”经费决算数为150.40万元,比预算数减少10.00万元。'
	);
	const got = sangong(src);
	it('reads the year a statement opens with: the year before\'s figures are that year\'s', () => {
		expect(got.filter((l) => l.year === 2022).map((l) => [l.item, l.wan])).toEqual([
			['total', 190],
			['abroad', 0],
			['vehicle_purchase', 70],
			['vehicle_operation', 95],
			['reception', 25]
		]);
	});
	it('does not take 会议费 or 培训费 listed after the three items, nor their changes, for 公务接待费', () => {
		expect(got.filter((l) => l.item === 'reception').map((l) => [l.year, l.wan, l.change])).toEqual([
			[2023, 30.2, 5.2],
			[2022, 25, undefined]
		]);
	});
	it('attaches the year\'s change to the year\'s total', () => {
		expect(got.find((l) => l.item === 'total' && l.year === 2023 && l.wan === 210.5)?.change).toBe(20.5);
	});
	it('gives unscoped statements the 一般公共预算 of the title alone on its line, and leaves the body\'s 财政拨款 part its own', () => {
		expect(got.find((l) => l.wan === 210.5)?.scope).toBe('general_public');
		expect(got.find((l) => l.wan === 150.4)?.scope).toBe('fiscal');
	});
});

describe('三公 comparisons that quote the year before (prose13)', () => {
	it('reads no line from "较上年N万元" before the change', () => {
		const src = doc(
			'某州州本级2022年度“三公”经费决算支出情况说明',
			'2022年,州本级一般公共预算财政拨款“三公”经费支出决算汇总数为520万元,较上年560万元减少40万元,下降7%,较预算数600万元减少80万元。其中:因公出国(境)费为0万元,较上年3万元减少3万元,下降100%;公务接待费为70万元,较上年80万元减少10万元,下降13%。'
		);
		const got = sangong(src);
		expect(got.map((l) => [l.item, l.stage, l.wan])).toEqual([
			['total', 'final', 520],
			['total', 'budget', 600],
			['abroad', 'final', 0],
			['reception', 'final', 70]
		]);
		expect(got.find((l) => l.item === 'total' && l.stage === 'final')?.change).toBe(-40);
		expect(got.find((l) => l.item === 'reception')?.change).toBe(-10);
	});
});

describe('report kind and title (prose13)', () => {
	const kindTitle = (src: string) => {
		const r = extract(src, { sourceFile: 'x.txt' }).report as { kind: string; title: string };
		return [r.kind, r.title];
	};
	it('reads a transfer payment\'s self-evaluation in the Ministry\'s outline, kept without its title, as a project\'s', () => {
		const src = doc(
			'一、绩效目标分解下达情况',
			'(一)中央下达某某补助资金专项转移支付预算和绩效目标情况。2023年,中央下达我县某某补助资金120万元。',
			'二、绩效目标完成情况分析',
			'资金到位率100%,执行率95%。'
		);
		expect(kindTitle(src)[0]).toBe('project_self_evaluation');
	});
	it('reads a fund\'s account of its transfer payment ("X区专项转移支付2023年度Y补贴实施情况") as a project\'s', () => {
		const src = doc('某某区专项转移支付2023年度某某补贴实施情况', '2023年度省级拨付我区某某补贴资金30万元。');
		expect(kindTitle(src)).toEqual(['project_self_evaluation', '某某区专项转移支付2023年度某某补贴实施情况']);
	});
	it('drops a page index block\'s 名称: label and the next label from the title', () => {
		const src = doc('索引号: 000000/2024-001', '名称: 某某市某某局某某转移支付2023年度绩效自评报告 文号:', '发布日期: 2024-03-01', '一、基本情况', '2023年某某资金下达100万元。');
		expect(kindTitle(src)[1]).toBe('某某市某某局某某转移支付2023年度绩效自评报告');
	});
	it('takes the form\'s own heading below a headline the page repeats', () => {
		const src = doc(
			'名称: 某某市某某局某某项目绩效支出自评表 文号:',
			'发布日期: 2022-03-17',
			'名称: 某某市某某局某某项目绩效支出自评表',
			'文号:',
			'某某市某某局某某项目绩效支出自评表',
			'发布时间:2022-03-17 16:06 来源:市某某局',
			'项目支出绩效自评表',
			'(2021年度)',
			'项目名称 某某经费',
			'主管部门 某某市某某局 实施单位 某某支队',
			'年初预算数 全年预算数(A) 全年执行数(B) 分值 执行率(B/A) 得分',
			'年度资金总额: 10 10 10 10 100% 10'
		);
		expect(kindTitle(src)).toEqual(['project_self_evaluation', '项目支出绩效自评表(2021年度)']);
	});
});

describe('a fund allocated in tranches (prose13)', () => {
	it('reads neither tranche as the fund\'s amount', () => {
		const src = doc(
			'某某市2023年度中央某某资金转移支付绩效自评报告',
			'一、绩效目标分解下达情况',
			'2023年度,中央下达我市某某防治资金共90万元。具体情况如下:',
			'2023年1月5日,自治区财政厅以《关于提前下达2023年中央某某防治资金预算的通知》向我市下达2023年中央某某防治资金60万元。',
			'2023年8月1日,自治区财政厅以《关于下达2023年中央某某防治资金预算的通知》向我市下达2023年中央某某防治资金30万元。'
		);
		const budget = (extract(src, { sourceFile: 'x.txt' }).report as { budget?: Array<{ breakdown: string; item: string; amount: { wan: number } }> }).budget ?? [];
		expect(budget.filter((l) => l.breakdown === 'budget_level' && /某某防治资金/.test(l.item))).toEqual([]);
	});
});

describe('identity: cited documents and bare units (prose13)', () => {
	const rec = (src: string) => extract(src, { sourceFile: 'x.txt' }).report as { title: string; department?: { name?: string } };
	it('takes no title from a document a 根据 sentence cites, nor its issuer for the unit', () => {
		const r = rec(
			doc(
				'根据《某某旗财政局关于开展2023年度中央对地方转移支付预算执行情况绩效自评工作的通知》(某财发〔2024〕5号)文件要求,某某旗某某苏木人民政府开展并完成了本部门涉及中央对地方转移支付预算执行情况绩效自评工作,项目绩效自评结果综述如下:',
				'项目一:某某嘎查集体经济项目,项目全年预算数50万元,执行数50万元,完成预算的100%。'
			)
		);
		expect(r.title).not.toMatch(/根据|通知/);
		expect(r.department?.name ?? '').not.toMatch(/财政局/);
	});
	it('reads no unit inside a 根据 clause ("…号和县委、县政府有关…的要求,")', () => {
		const r = rec(
			doc(
				'2021年度部门整体支出绩效自评报告',
				'根据《中华人民共和国预算法》、某财绩2022133号和县委、县政府有关预算绩效评价的要求,现将我单位部门整体支出绩效评价情况报告如下:',
				'一、基本情况',
				'宁乡市农业农村局成立于1951年,共有编制18人。'
			)
		);
		expect(r.department?.name).toBe('宁乡市农业农村局');
	});
});

describe('部门预算 publications read as the year\'s plan (prose13)', () => {
	const kind = (...lines: string[]) => (extract(doc(...lines), { sourceFile: 'x.txt' }).report as { kind: string }).kind;
	it('reads a 三公 budget title as a target table', () => {
		expect(kind('某某县某某局2022年“三公”经费预算', '2022年“三公”经费支出预算为8.5万元,比2021年预算增加0.5万元。')).toBe('target_table');
	});
	it('reads an untitled page of 三公 安排 with no actual as a target table', () => {
		expect(kind('一、“三公”经费安排情况', '2022年本部门财政拨款安排“三公”经费32.4万元,比上年减少1.6万元,其中:因公出国(境)费0万元,公务接待费2.4万元。')).toBe('target_table');
	});
	it('keeps an untitled page that states the 三公 支出 of the year as its account of the year', () => {
		expect(kind('2018年度本部门一般公共预算财政拨款安排的“三公”经费支出3.05万元,较上年减少0.03万元;其中:公务接待费支出3.05万元。')).toBe('self_evaluation');
	});
});

describe('staffing kinds and totals (prose13)', () => {
	const staff = (...lines: string[]) => ((extract(doc('某某县某某局2023年度部门整体支出绩效自评报告', ...lines), { sourceFile: 'x.txt' }).report as { staffing?: Array<{ unit: string; category: string; measure: string; count: { value: number } }> }).staffing ?? []).map((s) => [s.unit, s.category, s.measure, s.count.value]);
	it('keeps the department\'s own unit for the kinds bracketed after its 核定编制, and 行政事业编制 as a kind of its own', () => {
		expect(staff('一、基本情况', '本局下设3个股室。核定编制23名(其中行政编制15名,行政事业编制6名,事业编制2名)。')).toEqual([
			['本级', '合计', 'authorized', 23],
			['本级', '行政编制', 'authorized', 15],
			['本级', '行政事业编制', 'authorized', 6],
			['本级', '事业编制', 'authorized', 2]
		]);
	});
});

describe('三公 figures of a plan and of other years (prose13)', () => {
	it('reads a 部门预算 page\'s 三公 安排 as budget, with its changes and a rate-only change', () => {
		const got = sangong(
			doc(
				'一、“三公”经费安排情况',
				'2022年本部门财政拨款安排“三公”经费52.4万元,比上年减少4.6万元,下降8.07%。其中:因公出国(境)费0万元,比上年增加0万元;公务用车运行维护费及公务用车购置费50万元,比上年增加1万元;公务接待费2.4万元,比上年减少5.6万元。公务接待费下降70%。'
			)
		);
		expect(got.map((l) => [l.item, l.stage, l.wan, l.change])).toEqual([
			['total', 'budget', 52.4, -4.6],
			['abroad', 'budget', 0, 0],
			['vehicle', 'budget', 50, 1],
			['reception', 'budget', 2.4, -5.6]
		]);
	});
	it('dates a clause that opens with its own year, and attaches a change to the line of the year its statement names', () => {
		const got = sangong(
			doc(
				'某某县某某局2023年度部门决算情况说明',
				'2023年一般公共预算财政拨款基本支出311.7万元。',
				'2023年度本单位预算安排三公经费总额为23.46万元,而2022年度预算安排的三公经费总额为12万元。',
				'2022年“三公”经费财政拨款支出决算为3.46万元,完成预算100%,较上年增加2.4万元。'
			)
		);
		expect(got.map((l) => [l.item, l.stage, l.year, l.wan, l.change])).toEqual([
			['total', 'budget', 2023, 23.46, undefined],
			['total', 'budget', 2022, 12, undefined],
			['total', 'final', 2022, 3.46, 2.4]
		]);
	});
});

describe('economic classes listed under a nature line that opens its parts with 其中 (prose13)', () => {
	it('gives each class the nature line above it as its parent, up to the next numbered item', () => {
		const src = doc(
			'某某县某某局2024年度部门预算说明',
			'(二)按支出结构分类划分,分为基本支出预算和项目支出预算。',
			'1. 基本支出预算 120.50 万元,占一般公共预算支出',
			'的80.00%,同比减少 1.20 万元,下降 1.0%。其中:',
			'工资福利支出预算 100.30 万元,占基本支出预算',
			'83.24%,同比增加 2.10 万元,增长 2.14%。',
			'商品和服务支出预算 20.20 万元,占基本支出预算',
			'16.76%,同比减少 3.30 万元,下降 14.04%。',
			'2. 项目支出 30.00 万元,占一般公共预算支出的 20.00%,',
			'同比增加 5.00 万元,增长 20.00%。其中:',
			'商品和服务支出 26.00 万元,占项目支出预算 86.67%。',
			'资本性支出 4.00 万元,占项目支出预算 13.33%。'
		);
		const b = ((extract(src, { sourceFile: 'x.txt' }).report as { budget?: Array<{ breakdown: string; item: string; parent?: string; amount: { wan: number } }> }).budget ?? []).filter((l) => l.breakdown === 'economic');
		expect(b.map((l) => [l.item, l.parent, l.amount.wan])).toEqual([
			['工资福利支出', '基本支出', 100.3],
			['商品和服务支出', '基本支出', 20.2],
			['商品和服务支出', '项目支出', 26],
			['资本性支出', '项目支出', 4]
		]);
	});
});

describe('the money a share names (prose13)', () => {
	it('places a nature line stated as a share of the 一般公共预算 spending, and its classes, in that money', () => {
		const src = doc(
			'某某县某某局2024年度部门预算说明',
			'1. 基本支出预算 120.50 万元,占一般公共预算支出的80.00%。其中:',
			'工资福利支出预算 100.30 万元,占基本支出预算83.24%。'
		);
		const b = (extract(src, { sourceFile: 'x.txt' }).report as { budget?: Array<{ item: string; scope: string }> }).budget ?? [];
		expect(b.map((l) => [l.item, l.scope])).toEqual([
			['基本支出', 'general_public'],
			['工资福利支出', 'general_public']
		]);
	});
});

describe('titles that are sentences, and transfer-payment forms (prose13)', () => {
	const rec = (...lines: string[]) => extract(doc(...lines), { sourceFile: 'x.txt' }).report as { kind: string; title: string; department?: { name?: string } };
	it('takes no title from a PDF line cut from a paragraph, with a clause break before the kind words', () => {
		const r = rec('(二)项目支出绩效自评结果。', '1.项目绩效自评总体情况:我部门2024年度项目5个,项目支出总额65.93万元。', '所有项目均开展了绩效自评,其中非敏感涉密项目绩效自评结', '果为:5个项目评为一等。');
		expect(r.title).not.toMatch(/所有项目/);
	});
	it('takes no title from a report a sentence announces by its kind alone, nor a unit from "X省委、省政府"', () => {
		const r = rec('某某省委、省政府历来高度重视某某基金管理工作,较好完成了2022年度某某基金绩效自评工作。现将自评情况报告如下:', '一、绩效目标分解下达情况', '中央下达某某基金120万元。');
		expect(r.title).not.toBe('自评情况报告');
		expect(r.department?.name ?? '').not.toMatch(/省委/);
	});
	it('reads a transfer payment\'s regional 绩效目标自评表, and one kept without its heading, as a project\'s', () => {
		expect(rec('2021年中央对地方专项转移支付区域绩效目标自评表', '填报类型:整体□  区域√  项目□', '转移支付预算数(A) 5.8万 预算执行率(B/A) 100%').kind).toBe('project_self_evaluation');
		expect(rec('(2021年度) | |', '转移支付(项目)名称 | 某某防治项目 |', '资金使用单位 | 某某县卫生健康局 |', '全年预算数(A) | 全年执行数(B) | 预算执行率(B/A) |', '年度资金总额: | 81.54 | 81.54 | 100% |').kind).toBe('project_self_evaluation');
	});
});

describe('a project form\'s fund rows restated as prose (prose13)', () => {
	it('reads each level\'s money at each column\'s stage, with its rate', () => {
		const src = doc(
			'某某市某某转移支付2023年度绩效自评报告',
			'一、基本情况',
			'年度资金总额全年预算数537.25万元,全年执行数477.25万元,当前预算执行率88.83%。其中中央财政资金全年预算数180万元,全年执行数120万元,当前预算执行率66.67%;地方财政资金全年预算数219.25万元,全年执行数219.25万元,当前预算执行率100%。'
		);
		const b = ((extract(src, { sourceFile: 'x.txt' }).report as { budget?: Array<{ breakdown: string; item: string; stage: string; amount: { wan: number }; execution_rate?: { value: number } }> }).budget ?? []).filter((l) => l.breakdown === 'budget_level');
		expect(b.map((l) => [l.item, l.stage, l.amount.wan, l.execution_rate?.value])).toEqual([
			['中央财政资金', 'adjusted', 180, undefined],
			['中央财政资金', 'final', 120, 66.67],
			['地方财政资金', 'adjusted', 219.25, undefined],
			['地方财政资金', 'final', 219.25, 100]
		]);
	});
});

describe('PDF lines of a paragraph are no titles (prose13)', () => {
	it('takes no title from a line that goes on to say what the kind words are', () => {
		const r = extract(doc('一、项目基本情况', '某某站扩建工程共需投资99万元,市级预算安排80%计26万元。', '二、项目绩效自评工作开展情况', '部门整体支出和项目支出绩效自评工作是绩效管理工作的重要部', '分,为保证绩效管理工作顺利开展,我局成立了领导小组。'), { sourceFile: 'x.txt' }).report as { title: string };
		expect(r.title).not.toMatch(/重要部/);
	});
});

describe('kinds of notices and evaluations (prose13)', () => {
	const kind = (...lines: string[]) => (extract(doc(...lines), { sourceFile: 'x.txt' }).report as { kind: string; title: string });
	it('reads a finance bureau\'s report on a project, and its evaluation under its own document number, as an external evaluation', () => {
		expect(kind('某某县财政局关于某某道路养护项目绩效评价报告', '根据财政绩效评价工作的安排,对全县道路养护项目进行了绩效评价。').kind).toBe('external_evaluation');
		expect(kind('某某财绩评〔2022〕1号', '某某区民政局:', '现将某某服务经费项目绩效评价报告印发给你们。', '某某区某某服务经费项目绩效评价报告').kind).toBe('external_evaluation');
	});
	it('reads a notice setting a project\'s targets, titled in the page\'s index cell, as a project target table', () => {
		const r = kind('索 引 号 | 000000/2023-00047 | 发文时间 | 2023-03-27 |', '标 题: | 关于某某镇某某种植项目绩效目标设定的公示 |', '根据有关要求,现将某某种植项目绩效目标公示如下:');
		expect([r.kind, r.title]).toEqual(['project_target_table', '关于某某镇某某种植项目绩效目标设定的公示']);
	});
	it('reads a city\'s list of a bureau\'s project targets as a project target table', () => {
		expect(kind('某某市某某局2025年项目绩效目标和指标', '【项目概况】', '某某项目年度预算安排100000元。').kind).toBe('project_target_table');
	});
});

describe('unit names that end in a weak word inside a common word (prose13)', () => {
	it('does not end a unit at 市场, 城乡 or the 社 of 社区', async () => {
		const { findOrgNames } = await import('../../src/lib/extract/region/index');
		expect(findOrgNames('主管部门: 324-阿坝州市场监督管理部门 项目经办人:').map((o) => o.value)).not.toContain('阿坝州市场');
		expect(findOrgNames('呼伦贝尔市城乡居民基本养老保险补助资金2022年度绩效自评报告').map((o) => o.value)).toEqual([]);
	});
});

describe('stage by the head noun, and cuts (prose13)', () => {
	it('reads "全年预算执行数合计" as executed, and "年中调减…N万" as a negative addition', async () => {
		const { stageOf } = await import('../../src/lib/extract/labels');
		expect(stageOf('全年预算执行数合计')).toBe('final');
		expect(stageOf('全年预算')).toBe('adjusted');
		const src = doc('某某县某某补贴项目2024年度绩效自评报告', '一、基本情况', '2024年某某补贴中央年初下达资金合计207万元,年初预算合计238万元,年中调减中央财政资金30万,全年预算执行数合计208万元。');
		const b = (extract(src, { sourceFile: 'x.txt' }).report as { budget?: Array<{ stage: string; amount: { wan: number } }> }).budget ?? [];
		expect(b.filter((l) => l.stage === 'addition').map((l) => l.amount.wan)).toEqual([-30]);
		expect(b.filter((l) => l.stage === 'final').map((l) => l.amount.wan)).toEqual([208]);
	});
});

describe('a target table\'s indicator targets are no budget lines (prose13)', () => {
	it('reads no actual of the year from an indicator row that sets it as a target', () => {
		const src = doc('2017年度某某专项绩效目标、评价指标与标准值表', '项目名称: 某某专项 单位:万元 资金申报计划 资金总额 355.19 财政资金 245.19 其他资金 110.00 绩效目标名称 目标值 评价指标 标准值 一、投入目标 1.预算投入资金 355.19万元 预算完成率 =100% 2.实际到位资金 355.19万元 资金到位率 =100% 3.实际支出 355.19万元 实际支出率 =100%');
		const b = (extract(src, { sourceFile: 'x.txt' }).report as { kind: string; budget?: Array<{ stage: string }> });
		expect(b.kind).toBe('project_target_table');
		expect((b.budget ?? []).filter((l) => l.stage === 'final')).toEqual([]);
	});
});

describe('money received and its levels (prose13)', () => {
	it('reads the sum received with its levels, the spending after it with its own, and a level\'s allocation received', () => {
		const src = doc(
			'某某区某某局2023年度某某补助资金绩效自评报告',
			'一、基本情况',
			'2023年收到中央下达某某补助资金137.7万元,自治区下达9.6万元。',
			'2023年收到财政资金共233.3万元,其中:中央资金137.7万元,地方资金9.6万元,其他资金86万元2023年支出231.4万元,其中中央资金135.8万元,地方资金9.6万元'
		);
		const b = ((extract(src, { sourceFile: 'x.txt' }).report as { budget?: Array<{ flow: string; breakdown: string; item: string; stage: string; amount: { wan: number } }> }).budget ?? []).map((l) => [l.flow, l.breakdown, l.item, l.stage, l.amount.wan]);
		expect(b).toContainEqual(['expenditure', 'budget_level', '中央', 'budget', 137.7]);
		expect(b).toContainEqual(['income', 'total', '合计', 'final', 233.3]);
		expect(b).toContainEqual(['income', 'budget_level', '地方资金', 'final', 9.6]);
		expect(b).toContainEqual(['expenditure', 'total', '合计', 'final', 231.4]);
		expect(b).toContainEqual(['expenditure', 'budget_level', '中央资金', 'final', 135.8]);
	});
});

describe('levels of Inner Mongolia (prose13)', () => {
	it('reads 盟市 and 旗县级 money as levels', async () => {
		const { LEVEL_FUND } = await import('../../src/lib/extract/labels');
		expect(LEVEL_FUND.test('盟市财政补助资金')).toBe(true);
		expect(LEVEL_FUND.test('旗县级财政资金')).toBe(true);
		expect(LEVEL_FUND.test('地方资金')).toBe(true);
		expect(LEVEL_FUND.test('地方政府')).toBe(false);
	});
});

describe('the sum of an allocation list (prose13)', () => {
	it('reads "分配至X县A万元,Y县B万元,共计N万元" as a budget sum, not spending', () => {
		const src = doc('某某市某某局2022年度某某资金绩效自评报告', '一、基本情况', '3.开展某某文化活动,分配至甲县9万元,乙县5万元,共计14万元。');
		const b = (extract(src, { sourceFile: 'x.txt' }).report as { budget?: Array<{ stage: string; amount: { wan: number } }> }).budget ?? [];
		expect(b.filter((l) => l.amount.wan === 14).map((l) => l.stage)).toEqual(['budget']);
	});
});

describe('a level named with the verb that sent its money (prose13)', () => {
	it('reads "中央拨付N万元" as the level\'s allocation, and an ASCII full stop after a word as a sentence end', () => {
		const src = doc('某某管理区专项转移支付2023年度某某补贴实施情况', '2023年度省级拨付我区某某补贴资金6万元,中央拨付1.6万元.上年度结余的资金0.47万元,共计8.07万元。');
		const b = ((extract(src, { sourceFile: 'x.txt' }).report as { budget?: Array<{ breakdown: string; item: string; stage: string; amount: { wan: number } }> }).budget ?? []).map((l) => [l.breakdown, l.item, l.stage, l.amount.wan]);
		expect(b).toContainEqual(['budget_level', '中央', 'budget', 1.6]);
		expect(b).toContainEqual(['total', '合计', 'budget', 8.07]);
		expect(b.some((l) => String(l[1]).includes('万元'))).toBe(false);
	});
});

describe('the national template\'s own heading under a page\'s headline (prose13)', () => {
	const title = (...lines: string[]) => (extract(doc(...lines), { sourceFile: 'x.txt' }).report as { kind: string; title: string });
	it('takes the form\'s heading with its bracketed year as the title, and 批复表 as a project target table', () => {
		expect(title('某某市某某局2024年某某体系建设项目支出预算绩效目标表', '项目支出绩效目标申报表 | |||', '( 2024 年度) | |||', '项目名称 | 某某体系建设项目 |||').title).toBe('项目支出绩效目标申报表(2024年度)');
		expect(title('2023年某某林场某某建设项目支出绩效自评表', '来源:', '作者: 时间:2023-12-01 点击率:', '项目支出绩效自评表 |', '| ( 2023年度) |', '项目名称 | 某某建设项目 |').title).toBe('项目支出绩效自评表(2023年度)');
		expect(title('项目支出绩效目标批复表 | ||||||', '(2022年度) | ||||||', '项目名称 | 某某班 | 项目负责人 | ||||').kind).toBe('project_target_table');
	});
});
