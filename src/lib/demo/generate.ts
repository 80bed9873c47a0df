/**
 * 模拟数据 (simulated demo dataset): a deterministic generator of report records for demos and
 * performance work. Same seed and size → byte-identical records.
 *
 * - Every record has `simulated: true`, its department name ends with "（模拟）" (or "（模拟N号）"),
 *   its title says 模拟数据, its ids start with `demo-`, and its source_file is `simulated/<id>.txt`.
 * - Provenance: each record comes with a synthetic source text (`source`) built sentence by
 *   sentence; every quote is a verbatim line of it, so the same provenance check as real records
 *   passes (validateWithSource(report, source)). The source text is generated in memory, not
 *   written to data/sources.
 * - Distributions follow the seeds: income 200–1000 万元, 基本支出 ~80 %, 三公 0–5 万元,
 *   scores 85–100 (a few lower), indicators like seed 000/003.
 * - Realistic gaps (undisclosed figures are absent, never 0) and inconsistencies (a part that
 *   does not sum, a stated share or change off, a unit slip in an indicator).
 * - Size = departments × years self-evaluations, plus a target table for the year after the
 *   last one for about half of the departments.
 *
 * Pure: no I/O.
 */
import { gradeOf, type Department, type Indicator, type Report, type ScoreNode } from '../schema/report';
import { mulberry32 as prng } from '../random';

export type DemoOptions = {
	/** number of departments (default 40) */
	departments?: number;
	/** years per department, ending with lastYear (default 6) */
	years?: number;
	seed?: number;
	/** last fiscal year of the self-evaluations (default 2024) */
	lastYear?: number;
	/**
	 * exactly this many reports: departments are generated (each with `years` years) until there
	 * are, instead of `departments` (the benchmark's 1,000 … 1,000,000 reports)
	 */
	reports?: number;
};

export type DemoRecord = { report: Report; source: string };

export const DEMO_DEFAULTS = { departments: 40, years: 6, seed: 20240601, lastYear: 2024 } as const;

/* ------------------------------------------------------------------ PRNG */

export { mulberry32 as prng } from '../random';

class Rng {
	next: () => number;
	constructor(seed: number) {
		this.next = prng(seed);
	}
	uniform(a: number, b: number) {
		return a + (b - a) * this.next();
	}
	int(a: number, b: number) {
		return Math.floor(this.uniform(a, b + 1));
	}
	chance(p: number) {
		return this.next() < p;
	}
	pick<T>(xs: readonly T[]): T {
		return xs[Math.floor(this.next() * xs.length)];
	}
	normal(mu = 0, sd = 1) {
		const u = 1 - this.next();
		const v = this.next();
		return mu + sd * Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
	}
}

const r2 = (x: number) => Math.round(x * 100) / 100;
const f2 = (x: number) => r2(x).toFixed(2);

/* ------------------------------------------------------------------ departments */

const TYPES = [
	['科学技术协会', 'kexie'],
	['教育局', 'jiaoyu'],
	['卫生健康局', 'weijian'],
	['农业农村局', 'nongye'],
	['文化广电旅游局', 'wenlv'],
	['民政局', 'minzheng'],
	['自然资源局', 'ziran'],
	['交通运输局', 'jiaotong']
] as const;

type Place = { province: [string, string]; city: [string, string]; district?: [string, string]; level: Department['level'] };
const GD: [string, string] = ['广东省', 'guangdong'];
const HN: [string, string] = ['湖南省', 'hunan'];
const PLACES: Place[] = [
	{ province: GD, city: ['湛江市', 'zhanjiang'], level: '市级' },
	{ province: GD, city: ['韶关市', 'shaoguan'], level: '市级' },
	{ province: GD, city: ['韶关市', 'shaoguan'], district: ['南雄市', 'nanxiong'], level: '县级' },
	{ province: GD, city: ['广州市', 'guangzhou'], district: ['海珠区', 'haizhu'], level: '区级' },
	{ province: GD, city: ['广州市', 'guangzhou'], district: ['天河区', 'tianhe'], level: '区级' },
	{ province: GD, city: ['茂名市', 'maoming'], district: ['信宜市', 'xinyi'], level: '县级' },
	{ province: HN, city: ['衡阳市', 'hengyang'], level: '市级' },
	{ province: HN, city: ['衡阳市', 'hengyang'], district: ['衡东县', 'hengdong'], level: '县级' },
	{ province: HN, city: ['长沙市', 'changsha'], district: ['岳麓区', 'yuelu'], level: '区级' },
	{ province: HN, city: ['株洲市', 'zhuzhou'], level: '市级' }
];

export function demoDepartment(i: number): Department {
	// diagonal walk: consecutive departments differ in place and type; unique for i < places × types
	const a = i % PLACES.length;
	const b = Math.floor(i / PLACES.length) % TYPES.length;
	const place = PLACES[a];
	const type = TYPES[(a + b) % TYPES.length];
	const round = Math.floor(i / (TYPES.length * PLACES.length));
	const regionName = place.district ? place.district[0] : place.city[0];
	const slug = [place.province[1], place.city[1], place.district?.[1], type[1]].filter(Boolean).join('-');
	return {
		id: `demo-${slug}${round ? `-${round + 1}` : ''}`,
		name: `${regionName}${type[0]}（模拟${round ? `${round + 1}号` : ''}）`,
		region: { province: place.province[0], city: place.city[0], ...(place.district ? { district: place.district[0] } : {}) },
		level: place.level,
		type: type[0]
	};
}

/* ------------------------------------------------------------------ indicators */

const IND: { level1: string; level2: string; name: string; unit?: string; op: '>=' | '>' | '<=' | 'range' | 'deadline' | 'text'; lo?: number; hi?: number; text?: string }[] = [
	{ level1: '产出指标', level2: '数量指标', name: '开展宣传活动场次', unit: '场', op: '>=', lo: 20, hi: 80 },
	{ level1: '产出指标', level2: '数量指标', name: '服务覆盖人群(万人)', unit: '万人', op: '>', lo: 4, hi: 40 },
	{ level1: '产出指标', level2: '数量指标', name: '举办培训班(期)', unit: '期', op: 'range', lo: 3, hi: 6 },
	{ level1: '产出指标', level2: '质量指标', name: '工作任务完成率(%)', unit: '%', op: '>=', lo: 95, hi: 100 },
	{ level1: '产出指标', level2: '时效指标', name: '完成时间', op: 'deadline' },
	{ level1: '产出指标', level2: '成本指标', name: '成本控制率(%)', unit: '%', op: '<=', lo: 100, hi: 100 },
	{ level1: '效益指标', level2: '社会效益指标', name: '社会影响力', op: 'text', text: '持续提升' },
	{ level1: '满意度指标', level2: '服务对象满意度指标', name: '受益群众满意率(%)', unit: '%', op: '>=', lo: 85, hi: 90 }
];

const PROBLEMS = [
	['预算编制不够精准', '年中追加调减幅度较大，预算编制的科学性和精准度有待提高。'],
	['支出进度偏慢', '部分项目资金支付不及时，预算执行进度仍需加强。'],
	['绩效目标不够量化', '部分绩效指标设置较为宽泛，目标值偏低，指标体系有待完善。'],
	['绩效管理能力不足', '财务人员与业务人员衔接不够，绩效管理专业能力有待提高。']
] as const;
const MEASURES = [
	['科学设定绩效目标', '结合上年实际完成情况科学量化设定绩效目标，提高目标的合理性。'],
	['加快支出进度', '建立预算执行月度通报机制，加快资金支出进度。'],
	['加强全过程绩效管理', '落实事前评估、事中监控、事后评价的全过程绩效管理。']
] as const;

/* ------------------------------------------------------------------ one department's history */

type YearState = { income: number; basic: number; sangong: number; actuals: Map<string, number> };

/** A source text built one sentence at a time; each sentence is a quote. */
class Source {
	lines: string[] = [];
	say(line: string): string {
		this.lines.push(line);
		return line;
	}
	text() {
		return this.lines.join('\n') + '\n';
	}
}

const money = (wan: number, quote: string) => ({ wan: r2(wan), text: f2(wan), unit: '万元' as const, quote });
const figure = (value: number, unit: string, quote: string, text = String(r2(value))) => ({ value: r2(value), unit, text, quote });

function selfEvaluation(rng: Rng, dept: Department, year: number, prev: YearState | null): { rec: DemoRecord; state: YearState } {
	const src = new Source();
	const id = `${dept.id}-${year}-self`;
	const title = `${dept.name}${year}年度部门整体支出绩效自评报告（模拟数据）`;
	src.say(title);
	src.say('本报告为 PerfLens 演示用模拟数据，所有数字均为随机生成，不代表任何真实单位。');

	// ---- money
	const base = Math.min(1000, Math.max(200, prev ? prev.income * rng.uniform(0.9, 1.12) : rng.uniform(200, 1000)));
	const initial = r2(base * rng.uniform(0.85, 1.0));
	const adjusted = r2(initial * (1 + rng.normal(0.03, 0.08)));
	const lowExec = rng.chance(0.08);
	const spending = r2(adjusted * (lowExec ? rng.uniform(0.6, 0.88) : rng.uniform(0.93, 1.0)));
	const income = adjusted;
	const basicShare = Math.min(0.95, Math.max(0.6, rng.normal(0.8, 0.06)));
	const basic = r2(spending * basicShare);
	const project = r2(spending - basic);
	const budget: Report['budget'] = [];
	const discloseBudget = rng.chance(0.85);
	if (discloseBudget) {
		const q = src.say(`${year}年年初预算${f2(initial)}万元，年中追加调整后全年预算${f2(adjusted)}万元。`);
		budget.push({ flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'initial', year, amount: money(initial, q) });
		budget.push({ flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'adjusted', year, amount: money(adjusted, q) });
	}
	{
		const q = src.say(`${year}年收入合计${f2(income)}万元。`);
		const line: Report['budget'][number] = { flow: 'income', breakdown: 'total', item: '合计', scope: 'all', stage: 'final', year, amount: money(income, q) };
		if (prev && rng.chance(0.5)) {
			const d = r2(income - prev.income);
			// inconsistency: now and then the stated percentage is off (e.g. written as a ratio)
			const pct = rng.chance(0.15) ? r2(d / prev.income) : r2((d / prev.income) * 100);
			const q2 = src.say(`收入较上年${d < 0 ? '减少' : '增加'}${f2(Math.abs(d))}万元，${d < 0 ? '下降' : '增长'}${Math.abs(pct)}%。`);
			line.change = {
				base_year: year - 1,
				amount: { wan: d, text: f2(Math.abs(d)), unit: '万元', quote: q2 },
				pct: { value: d < 0 ? -Math.abs(pct) : Math.abs(pct), unit: '%', text: String(Math.abs(pct)), quote: q2 },
				direction: d < 0 ? 'down' : 'up'
			};
		}
		budget.push(line);
	}
	{
		const exec = discloseBudget ? r2((spending / adjusted) * 100) : undefined;
		const q = src.say(`${year}年支出合计${f2(spending)}万元${exec !== undefined ? `，预算执行率${exec}%` : ''}。`);
		budget.push({
			flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'final', year, amount: money(spending, q),
			...(exec !== undefined ? { execution_rate: figure(exec, '%', q) } : {})
		});
	}
	{
		// inconsistency: 项目支出 stated off so that the parts do not sum (≈10 %)
		const projStated = rng.chance(0.1) ? r2(project + rng.int(1, 30)) : project;
		const basicPct = r2((basic / spending) * 100) + (rng.chance(0.1) ? rng.int(2, 9) : 0);
		const q = src.say(`其中基本支出${f2(basic)}万元，占${r2(basicPct)}%；项目支出${f2(projStated)}万元。`);
		const bl: Report['budget'][number] = { flow: 'expenditure', breakdown: 'nature', item: '基本支出', scope: 'all', stage: 'final', year, amount: money(basic, q), share: figure(basicPct, '%', q) };
		if (prev && rng.chance(0.4)) {
			const d = r2(basic - prev.basic);
			const q2 = src.say(`基本支出较上年${d < 0 ? '减少' : '增加'}${f2(Math.abs(d))}万元。`);
			bl.change = { base_year: year - 1, amount: { wan: d, text: f2(Math.abs(d)), unit: '万元', quote: q2 }, direction: d < 0 ? 'down' : 'up' };
		}
		budget.push(bl);
		budget.push({ flow: 'expenditure', breakdown: 'nature', item: '项目支出', scope: 'all', stage: 'final', year, amount: money(projStated, q) });
	}
	if (rng.chance(0.7)) {
		const personnel = r2(basic * rng.uniform(0.72, 0.88));
		const pub = r2(basic - personnel);
		const q = src.say(`基本支出中人员经费${f2(personnel)}万元，日常公用经费${f2(pub)}万元。`);
		budget.push({ flow: 'expenditure', breakdown: 'nature', item: '人员经费', parent: '基本支出', scope: 'all', stage: 'final', year, amount: money(personnel, q) });
		budget.push({ flow: 'expenditure', breakdown: 'nature', item: '日常公用经费', parent: '基本支出', scope: 'all', stage: 'final', year, amount: money(pub, q) });
	}
	{
		const wage = r2(spending * rng.uniform(0.5, 0.65));
		const goods = r2(spending * rng.uniform(0.15, 0.25));
		const capital = r2(spending * rng.uniform(0, 0.03));
		const house = r2(spending - wage - goods - capital);
		const q = src.say(`按经济分类，工资福利支出${f2(wage)}万元，商品和服务支出${f2(goods)}万元，对个人和家庭的补助${f2(house)}万元，资本性支出${f2(capital)}万元。`);
		for (const [item, v] of [['工资福利支出', wage], ['商品和服务支出', goods], ['对个人和家庭的补助', house], ['资本性支出', capital]] as const) {
			budget.push({ flow: 'expenditure', breakdown: 'economic', item, scope: 'all', stage: 'final', year, amount: money(v, q) });
		}
	}

	// ---- 三公
	const sangong: Report['sangong'] = [];
	let sgFinal = prev?.sangong ?? 0;
	if (rng.chance(0.8)) {
		const vb = r2(rng.uniform(0, 4));
		const rb = r2(rng.uniform(0, 1));
		const ab = rng.chance(0.1) ? r2(rng.uniform(0, 2)) : 0;
		const over = rng.chance(0.08);
		const vf = r2(vb * (over ? rng.uniform(1.05, 1.3) : rng.uniform(0.2, 1)));
		const rf = r2(rb * rng.uniform(0, 1));
		const af = r2(ab * rng.uniform(0, 1));
		const tb = r2(vb + rb + ab);
		const tf = r2(vf + rf + af);
		sgFinal = tf;
		const rate = tb > 0 ? r2((tf / tb) * 100) : undefined;
		const q = src.say(`“三公”经费预算${f2(tb)}万元，决算${f2(tf)}万元${rate !== undefined ? `，执行率${rate}%` : ''}。`);
		sangong.push({ item: 'total', stage: 'budget', scope: 'fiscal', year, amount: money(tb, q) });
		const tot: Report['sangong'][number] = { item: 'total', stage: 'final', scope: 'fiscal', year, amount: money(tf, q), ...(rate !== undefined ? { execution_rate: figure(rate, '%', q) } : {}) };
		if (prev && prev.sangong > 0 && rng.chance(0.6)) {
			const d = r2(tf - prev.sangong);
			const q2 = src.say(`“三公”经费较上年${d < 0 ? '减少' : '增加'}${f2(Math.abs(d))}万元。`);
			tot.change = { base_year: year - 1, amount: { wan: d, text: f2(Math.abs(d)), unit: '万元', quote: q2 }, direction: d < 0 ? 'down' : 'up' };
		}
		sangong.push(tot);
		for (const [item, b, f, label] of [['abroad', ab, af, '因公出国（境）费'], ['vehicle', vb, vf, '公务用车购置及运行维护费'], ['reception', rb, rf, '公务接待费']] as const) {
			const qi = src.say(`${label}预算${f2(b)}万元，决算${f2(f)}万元。`);
			sangong.push({ item, stage: 'budget', scope: 'fiscal', year, amount: money(b, qi) });
			sangong.push({ item, stage: 'final', scope: 'fiscal', year, amount: money(f, qi) });
		}
	}

	// ---- staffing
	const staffing: Report['staffing'] = [];
	if (rng.chance(0.9)) {
		const auth = rng.int(10, 40);
		const act = Math.max(1, Math.round(auth * rng.uniform(0.8, 1.1)));
		const q = src.say(`本级核定编制${auth}人，实有在职人员${act}人。`);
		staffing.push({ unit: '本级', category: '合计', measure: 'authorized', count: figure(auth, '人', q) });
		staffing.push({ unit: '本级', category: '合计', measure: 'actual', count: figure(act, '人', q) });
	}

	// ---- indicators
	const actuals = new Map<string, number>();
	const indicators: Indicator[] = IND.map((t) => {
		const ind: Indicator = { level1: t.level1, level2: t.level2, name: t.name, ...(t.unit ? { unit: t.unit } : {}) };
		if (t.op === 'text' || t.op === 'deadline') {
			const tt = t.op === 'text' ? t.text! : `${year}年12月前`;
			const q = src.say(`${t.name}：目标${tt}，完成情况：按期完成，效果良好。`);
			ind.target = { op: t.op, text: tt, quote: q };
			ind.actual = { text: '按期完成，效果良好', quote: q };
			return ind;
		}
		const tv = t.lo === t.hi ? t.lo! : t.op === 'range' ? rng.int(t.lo!, t.hi! - 2) : r2(rng.int(t.lo!, t.hi!));
		const tv2 = t.op === 'range' ? tv + 2 : undefined;
		const sign = t.op === '>=' ? '≥' : t.op === '>' ? '>' : t.op === '<=' ? '≤' : '';
		const ttext = t.op === 'range' ? `${tv}-${tv2}` : `${sign}${tv}${t.unit === '%' ? '%' : ''}`;
		let av: number;
		const roll = rng.next();
		if (t.unit === '%') av = t.op === '<=' ? r2(rng.uniform(90, 100)) : r2(Math.min(100, tv * rng.uniform(roll < 0.1 ? 0.85 : 1, 1.08)));
		else if (t.op === 'range') av = roll < 0.1 ? tv - 1 : roll > 0.9 ? tv2! + 2 : rng.int(tv, tv2!);
		else av = Math.round(tv * (roll < 0.1 ? rng.uniform(0.6, 0.95) : roll > 0.85 ? rng.uniform(2, 5) : rng.uniform(1, 1.6)));
		// unit slip: an actual in 人 against a target in 万人 (cf. seed 000: 9851%)
		if (t.unit === '万人' && rng.chance(0.05)) av = av * 100;
		const atext = `${av}${t.unit === '%' ? '%' : ''}`;
		const q = src.say(`${t.name}：目标值${ttext}，实际完成${atext}。`);
		ind.target = { op: t.op, value: tv, ...(tv2 !== undefined ? { value2: tv2 } : {}), ...(t.unit ? { unit: t.unit } : {}), text: ttext, quote: q };
		ind.actual = { value: av, ...(t.unit ? { unit: t.unit } : {}), text: atext, quote: q };
		if (t.op === '>=' || t.op === '>') {
			const comp = r2((av / tv) * 100);
			const stated = rng.chance(0.3) ? Math.min(100, comp) : comp;
			const qc = src.say(`${t.name}完成率${stated}%。`);
			ind.stated_completion = figure(stated, '%', qc);
		}
		actuals.set(t.name, av);
		return ind;
	});

	// ---- scores
	const fw = dept.region.province === '湖南省' ? 'hunan' : 'guangdong';
	const dims = fw === 'hunan' ? [['投入', 10], ['过程', 30], ['产出', 30], ['效果', 30]] as const : [['履职效能', 50], ['管理效率', 50]] as const;
	const total = r2(rng.chance(0.06) ? rng.uniform(65, 85) : rng.uniform(85, 100));
	let lost = r2(100 - total);
	const tree: ScoreNode[] = dims.map(([name, max], k) => {
		const l = k === dims.length - 1 ? lost : r2(Math.min(lost, max, lost * rng.uniform(0, 0.7)));
		lost = r2(lost - l);
		const sc = r2(max - l);
		const q = src.say(`${name}指标分值${max}分，得分${sc}分。`);
		return { name, level: 1, max: figure(max, '分', q), score: figure(sc, '分', q) };
	});
	const grade = gradeOf(total);
	const qs = src.say(`经综合评价（满分100分），本单位自评得分${total}分，绩效等级为“${grade}”。`);

	// ---- narrative
	const pr = rng.pick(PROBLEMS);
	const ms = rng.pick(MEASURES);
	const qp = src.say(`${pr[0]}。${pr[1]}`);
	const qm = src.say(`${ms[0]}。${ms[1]}`);

	const report: Report = {
		id,
		kind: 'self_evaluation',
		fiscal_year: year,
		title,
		source_file: `simulated/${id}.txt`,
		simulated: true,
		department: dept,
		staffing,
		budget,
		sangong,
		scores: { framework: fw, total: { max: figure(100, '分', qs, '100'), score: figure(total, '分', qs) }, grade: { value: grade, quote: qs }, tree },
		indicators,
		tasks: [],
		problems: [{ title: pr[0], text: pr[1], quote: qp }],
		measures: [{ title: ms[0], text: ms[1], quote: qm }]
	};
	return { rec: { report, source: src.text() }, state: { income, basic, sangong: sgFinal, actuals } };
}

function targetTable(rng: Rng, dept: Department, year: number, last: YearState): DemoRecord {
	const src = new Source();
	const id = `${dept.id}-${year}-target`;
	const title = `${dept.name}${year}年度部门整体预算绩效目标表（模拟数据）`;
	src.say(title);
	src.say('本表为 PerfLens 演示用模拟数据。');
	const initial = r2(last.income * rng.uniform(0.95, 1.08));
	const q = src.say(`${year}年年初预算${f2(initial)}万元。`);
	const indicators: Indicator[] = [];
	for (const t of IND) {
		if (t.op !== '>=' && t.op !== '>') continue;
		const prevActual = last.actuals.get(t.name);
		// a target now and then set below last year's actual (目标偏低)
		const tv = prevActual !== undefined && rng.chance(0.4) ? r2(Math.max(1, prevActual * rng.uniform(0.3, 0.9))) : r2(rng.int(t.lo!, t.hi!));
		const ttext = `${t.op === '>=' ? '≥' : '>'}${tv}${t.unit === '%' ? '%' : ''}`;
		const qi = src.say(`${t.name}：${ttext}`);
		indicators.push({ level1: t.level1, level2: t.level2, name: t.name, ...(t.unit ? { unit: t.unit } : {}), target: { op: t.op, value: tv, ...(t.unit ? { unit: t.unit } : {}), text: ttext, quote: qi } });
	}
	return {
		source: src.text(),
		report: {
			id,
			kind: 'target_table',
			fiscal_year: year,
			title,
			source_file: `simulated/${id}.txt`,
			simulated: true,
			department: dept,
			staffing: [],
			budget: [{ flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'initial', year, amount: money(initial, q) }],
			sangong: [],
			indicators,
			tasks: [],
			problems: [],
			measures: []
		}
	};
}

/** Seed of one department: records of a department do not depend on the total size. */
function deptSeed(seed: number, i: number): number {
	return (Math.imul(seed ^ 0x9e3779b9, 31) + Math.imul(i + 1, 0x85ebca6b)) >>> 0;
}

/** The records of department i (all its years, then possibly a target table). */
export function generateDepartment(i: number, opts: DemoOptions = {}): DemoRecord[] {
	const { years, seed, lastYear } = { ...DEMO_DEFAULTS, ...opts };
	const rng = new Rng(deptSeed(seed, i));
	const dept = demoDepartment(i);
	const out: DemoRecord[] = [];
	let prev: YearState | null = null;
	for (let y = lastYear - years + 1; y <= lastYear; y++) {
		const { rec, state } = selfEvaluation(rng, dept, y, prev);
		out.push(rec);
		prev = state;
	}
	if (prev && rng.chance(0.5)) out.push(targetTable(rng, dept, lastYear + 1, prev));
	return out;
}

/** Every demo record, department by department (a generator: 100,000 reports stream). */
export function* generateDemo(opts: DemoOptions = {}): Generator<DemoRecord> {
	if (opts.reports !== undefined) {
		let left = opts.reports;
		for (let i = 0; left > 0; i++) {
			for (const r of generateDepartment(i, opts)) {
				if (left-- <= 0) return;
				yield r;
			}
		}
		return;
	}
	const n = opts.departments ?? DEMO_DEFAULTS.departments;
	for (let i = 0; i < n; i++) yield* generateDepartment(i, opts);
}

/** Just the reports, as an array. */
export function generateDemoReports(opts: DemoOptions = {}): Report[] {
	const out: Report[] = [];
	for (const r of generateDemo(opts)) out.push(r.report);
	return out;
}
