/**
 * The import review's field helpers: a quoted object reached by its path, labelled in Chinese,
 * and a correction applied (the written text; the value follows, in 万元 for money).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { applyEdit, changeDirection, flipChange, getAt, kindOf, labelOf, shownValue, tokens, type Node } from '../../src/lib/components/import/fields';
import { validateWithSource } from '../../src/lib/schema/validate';
import type { Report } from '../../src/lib/schema/report';
import { MENU, assign, buildStatement, isAssigned, pendingUnread, readAmount, sentenceOf, unassign } from '../../src/lib/components/import/assign';
import { fillFirstMessage, foreignDepartmentMessage, unfilled } from '../../src/lib/components/import/identity';
import { extract, type FigureRef, type Unread } from '../../src/lib/extract';

const rec = JSON.parse(readFileSync('data/reports/guangdong-zhanjiang-kexie-2024-self.json', 'utf8')) as Report;
const source = readFileSync(`data/sources/${rec.source_file}`, 'utf8');

describe('import fields', () => {
	it('reaches a quoted object by its path', () => {
		expect(tokens('scores.tree[0].children[2].score')).toEqual(['scores', 'tree', 0, 'children', 2, 'score']);
		expect(getAt(rec, 'budget[0].amount')).toBe(rec.budget[0].amount);
	});

	it('labels a key task\'s indicator by its Chinese name, never by a field path', () => {
		const target = JSON.parse(readFileSync('data/reports/guangdong-zhanjiang-kexie-2025-target.json', 'utf8')) as Report;
		const label = labelOf(target, 'tasks[0].indicators[0].target');
		expect(label).toContain('科技人物宣传人次');
		expect(label).toMatch(/ · 指标值$/);
		expect(label).not.toMatch(/[a-z]/);
		// the whole extracted record of every seed: no label holds a latin field name
		for (const f of readdirSync('data/reports')) {
			const r = JSON.parse(readFileSync(`data/reports/${f}`, 'utf8')) as Report;
			const { figures, report } = extract(readFileSync(`data/sources/${r.source_file}`, 'utf8'), { sourceFile: r.source_file });
			for (const fig of figures) expect(labelOf(report as Report, fig.path), fig.path).not.toMatch(/\b[a-z_]+\.\d|\[\d+\]/);
		}
	});

	it('labels figures in Chinese', () => {
		const i = rec.budget.findIndex((l) => l.flow === 'income' && l.stage === 'final' && l.year === 2024);
		expect(labelOf(rec, `budget[${i}].amount`)).toMatch(/^2024 收入 · .* · 决算 · 金额$/);
		expect(labelOf(rec, 'problems[0]')).toBe('存在问题 1');
		const s = rec.sangong.findIndex((l) => l.amount);
		expect(labelOf(rec, `sangong[${s}].amount`)).toMatch(/金额$/);
		// a project record's fields, never their internal paths
		expect(['project.name', 'project.code', 'project.supervisor', 'project.implementer', 'project_count'].map((p) => labelOf(rec, p))).toEqual(['项目名称', '项目编码', '主管部门', '实施单位', '项目个数']);
	});

	it('shows and corrects a stated name (a project\'s 项目名称) by its value', () => {
		const node = { value: '工资性支出', quote: '51000021R000000019951-工资性支出' } as Node;
		expect(kindOf(node, 'project.name')).toBe('name');
		expect(shownValue(node, 'name')).toBe('工资性支出');
		applyEdit(node, 'name', '工资性支出项目');
		expect(node.value).toBe('工资性支出项目');
	});

	it('a correction sets the written text and the value; one the source does not say fails provenance', () => {
		const r = structuredClone(rec);
		const node = r.budget[0].amount as unknown as Node;
		const original = node.text as string;
		expect(kindOf(node, 'budget[0].amount')).toBe('money');
		applyEdit(node, 'money', '99999.99');
		expect(node.wan).toBe(99999.99);
		const v = validateWithSource(r, source);
		expect(v.ok).toBe(false);
		expect(v.errors[0].field).toBe('budget[0].amount');
		applyEdit(node, 'money', original);
		expect(validateWithSource(r, source).ok).toBe(true);
		applyEdit(node, 'money', 'abc');
		expect(validateWithSource(r, source).ok).toBe(false);
	});
});

/**
 * Assigning what the extractor missed (src/lib/components/import/assign.ts): an unread figure and
 * a target become a statement of the record with the number as written, its unit and, as quote,
 * the item's verbatim source text. Values worked by hand.
 */
describe('assigning an unread figure', () => {
	const src = '部门整体支出绩效自评报告\n2023年，本单位年初预算1,250.00万元，调整预算1380.50万元，全年支出9,570,171.39元。在职人员35人。\n';
	const item = (text: string, kind = '金额'): Unread => {
		const start = src.indexOf(text);
		if (start < 0) throw new Error(text);
		return { kind, text, start, end: start + text.length, reason: '没有认出这笔金额是哪一项收支' };
	};
	/** an empty self-evaluation of 2023 whose source is `src` */
	const blank = (): Report => {
		const r = extract('部门整体支出绩效自评报告\n2023年\n').report;
		return { ...r, id: 'hunan-zhuzhou-liling-jiaoyu-2023-self', fiscal_year: 2023, department: { id: 'hunan-zhuzhou-liling-jiaoyu', name: '醴陵市教育局', region: { province: '湖南省', city: '株洲市', district: '醴陵市' }, level: '县级', type: '教育局' } };
	};

	it('reads the number as written and its unit from the end of the item', () => {
		expect(readAmount(item('年初预算1,250.00万元'))).toEqual({ ok: true, amount: { text: '1,250.00', unit: '万元', value: 1250 } });
		expect(readAmount(item('支出9,570,171.39元'))).toEqual({ ok: true, amount: { text: '9,570,171.39', unit: '元', value: 9570171.39 } });
		expect(readAmount(item('在职人员35人'))).toEqual({ ok: true, amount: { text: '35', unit: '人', value: 35 } });
		expect(readAmount({ text: '编制１２名' })).toEqual({ ok: true, amount: { text: '１２', unit: '人', value: 12 } });
		expect(readAmount({ text: '2022年全 年实际支付35. 3万元' })).toEqual({ ok: true, amount: { text: '35. 3', unit: '万元', value: 35.3 } });
		const none = readAmount({ text: '年初预算一千二百五十万元' });
		expect(none.ok).toBe(false);
		if (!none.ok) expect(none.message).toContain('没有可以读出的数字');
		for (const text of ['项目资金968.191 8万元', '完成率100.00%10万元']) {
			const split = readAmount({ text });
			expect(split.ok, text).toBe(false);
			if (!split.ok) expect(split.message).toContain('无法确定是多少');
		}
		expect(readAmount({ text: '其中：财政拨款 500万元' })).toMatchObject({ ok: true, amount: { text: '500', unit: '万元' } });
		const bare = readAmount({ text: '基本支出 | 500.00 | 480.00' });
		expect(bare.ok).toBe(false);
		if (!bare.ok) expect(bare.message).toContain('没有写明单位');
	});

	it('«年初预算1,250.00万元» → 年初预算 initial 1250 万元, quoting the item', () => {
		const s = buildStatement(item('年初预算1,250.00万元'), 'budget.initial', 2023);
		expect(s).toEqual({
			ok: true,
			array: 'budget',
			line: { flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'initial', year: 2023, amount: { wan: 1250, text: '1,250.00', unit: '万元', quote: '年初预算1,250.00万元' } }
		});
	});

	it('«调整预算1380.50万元» → adjusted 1380.5', () => {
		const s = buildStatement(item('调整预算1380.50万元'), 'budget.adjusted', 2023);
		expect(s.ok && s.array === 'budget' && s.line.stage).toBe('adjusted');
		expect(s.ok && s.array === 'budget' && s.line.amount).toEqual({ wan: 1380.5, text: '1380.50', unit: '万元', quote: '调整预算1380.50万元' });
	});

	it('«支出9,570,171.39元» → 957.017139 万元, written text and unit 元 kept', () => {
		const s = buildStatement(item('支出9,570,171.39元'), 'budget.final', 2023);
		expect(s.ok && s.array === 'budget' && s.line.amount).toEqual({ wan: 957.017139, text: '9,570,171.39', unit: '元', quote: '支出9,570,171.39元' });
		expect(s.ok && s.array === 'budget' && [s.line.flow, s.line.stage]).toEqual(['expenditure', 'final']);
	});

	it('staff lines of one unit and category are told apart by what they count', () => {
		const count = (n: number) => ({ value: n, unit: '人', text: String(n), quote: `${n}人` });
		const r = {
			staffing: [
				{ unit: '本级', category: '合计', measure: 'authorized', count: count(3) },
				{ unit: '本级', category: '合计', measure: 'actual', count: count(3) },
				{ unit: '本级', category: '合计', measure: 'retired', count: count(1) }
			]
		} as unknown as Report;
		const labels = [0, 1, 2].map((i) => labelOf(r, `staffing[${i}].count`));
		expect(labels).toEqual(['本级 合计 · 编制数', '本级 合计 · 实有人数', '本级 合计 · 离退休人数']);
		expect(new Set(labels).size).toBe(3);
	});

	it('department staff are warned at once when the report is another department\'s, both named', () => {
		const me = { role: 'department', department: { id: 'guangdong-zhanjiang-kexie', name: '湛江市科学技术协会' } };
		const other = { department: { id: 'hunan-zhuzhou-hetang-fulian', name: '株洲市荷塘区妇女联合会' } };
		const msg = foreignDepartmentMessage(me, other)!;
		expect(msg).toContain('株洲市荷塘区妇女联合会');
		expect(msg).toContain('湛江市科学技术协会');
		expect(msg).not.toMatch(/[a-z]{3,}-/);
		// it sends another department's report to the analysts, and allows a correction only of a misread name
		expect(msg).toContain('财政局分析人员');
		expect(msg).toContain('确是本部门的报告');
		expect(foreignDepartmentMessage(me, { department: { id: 'guangdong-zhanjiang-kexie', name: '湛江市科学技术协会' } })).toBeNull();
		expect(foreignDepartmentMessage(me, { department: { name: '' } })).toBeNull();
		expect(foreignDepartmentMessage({ role: 'admin', department: null }, other)).toBeNull();
		expect(foreignDepartmentMessage(null, other)).toBeNull();
	});

	it('a count in 人 → 实有人数 (本级 合计); 三公 targets make 三公 lines', () => {
		expect(buildStatement(item('在职人员35人'), 'staff.actual', 2023)).toEqual({
			ok: true,
			array: 'staffing',
			line: { unit: '本级', category: '合计', measure: 'actual', count: { value: 35, unit: '人', text: '35', quote: '在职人员35人' } }
		});
		const sg = buildStatement({ text: '公务接待费2.5万元' }, 'sangong.reception.final', 2023);
		expect(sg).toEqual({ ok: true, array: 'sangong', line: { item: 'reception', stage: 'final', scope: 'fiscal', year: 2023, amount: { wan: 2.5, text: '2.5', unit: '万元', quote: '公务接待费2.5万元' } } });
	});

	it('refuses what does not fit, in Chinese: money to a staff count, a count to money, no number, no year', () => {
		const m = buildStatement(item('年初预算1,250.00万元'), 'staff.actual', 2023);
		expect(m).toEqual({ ok: false, message: '«1,250.00 万元» 是一笔金额，不能归入人数字段「实有人数」' });
		const c = buildStatement(item('在职人员35人'), 'budget.initial', 2023);
		expect(c.ok).toBe(false);
		if (!c.ok) expect(c.message).toMatch(/是人数，不能归入金额字段/);
		expect(buildStatement({ text: '约一千万元' }, 'budget.initial', 2023).ok).toBe(false);
		const y = buildStatement(item('年初预算1,250.00万元'), 'budget.initial', undefined);
		expect(y.ok).toBe(false);
		if (!y.ok) expect(y.message).toMatch(/年度/);
		expect(buildStatement(item('年初预算1,250.00万元'), 'ignore', 2023).ok).toBe(false);
	});

	it('assigning adds a valid, provenanced statement marked as the user’s; undo removes it and renumbers', () => {
		const r = blank();
		const u1 = item('年初预算1,250.00万元');
		const u2 = item('调整预算1380.50万元');
		const u3 = item('在职人员35人');
		const unread = [u1, u2, u3];
		let figures: FigureRef[] = [];
		for (const [u, t] of [[u1, 'budget.initial'], [u2, 'budget.adjusted'], [u3, 'staff.actual']] as const) {
			const a = assign(r, u, t);
			if (!a.ok) throw new Error(a.message);
			figures = [...figures, a.figure];
		}
		expect(figures.map((f) => [f.path, f.confidence, f.rule, f.start, f.end])).toEqual([
			['budget[0].amount', 1, 'user', u1.start, u1.end],
			['budget[1].amount', 1, 'user', u2.start, u2.end],
			['staffing[0].count', 1, 'user', u3.start, u3.end]
		]);
		expect(figures.every(isAssigned)).toBe(true);
		expect(validateWithSource(r, src)).toMatchObject({ ok: true });
		expect(labelOf(r, 'budget[1].amount')).toBe('2023 支出 · 合计 · 调整预算 · 金额');
		expect(pendingUnread(unread, figures, [])).toEqual([]);

		// a count to a money field: refused, nothing added
		const refused = assign(r, u3, 'budget.final');
		expect(refused.ok).toBe(false);
		expect(r.budget).toHaveLength(2);

		// undo the first: it is pending again, the second moves up to budget[0]
		figures = unassign(r, figures, 'budget[0].amount');
		expect(r.budget.map((l) => l.amount.text)).toEqual(['1380.50']);
		expect(figures.map((f) => f.path)).toEqual(['budget[0].amount', 'staffing[0].count']);
		expect(getAt(r, figures[0].path)).toMatchObject({ text: '1380.50' });
		expect(pendingUnread(unread, figures, [])).toEqual([u1]);
		expect(pendingUnread(unread, figures, [u1])).toEqual([]);
		expect(validateWithSource(r, src).ok).toBe(true);
		// an extractor's figure is not undone
		expect(unassign(r, [{ path: 'budget[0].amount', start: 0, end: 1, confidence: 0.9, rule: 'budget.prose' }], 'budget[0].amount')).toHaveLength(1);
		expect(r.budget).toHaveLength(1);
	});

	it('the menu offers every target the page promises', () => {
		const labels = MENU.flatMap((s) => s.targets.map((t) => t.title));
		for (const l of ['支出合计 · 年初预算', '支出合计 · 调整预算', '支出合计 · 决算', '收入合计 · 决算', '基本支出 · 决算', '项目支出 · 决算', '财政拨款收入 · 决算', '本级合计 · 编制数', '本级合计 · 实有人数', '本级合计 · 离退休人数'])
			expect(labels).toContain(l);
		expect(labels.filter((l) => l.startsWith('“三公”经费'))).toHaveLength(12);
		expect(MENU.at(-1)!.targets[0].id).toBe('ignore');
	});

	it('shows the sentence an item stands in', () => {
		const u = item('调整预算1380.50万元');
		expect(sentenceOf(src, u.start, u.end)).toEqual({ before: '2023年，本单位年初预算1,250.00万元，', text: '调整预算1380.50万元', after: '，全年支出9,570,171.39元。' });
		const long = '表头 '.repeat(50) + '项目总成本 ≤90万元';
		expect(sentenceOf(long, 0, long.length).text).toMatch(/^….*≤90万元$/);
	});
});

describe('identity the document does not give', () => {
	const missing = [
		{ field: 'department.name' as const, message: '部门名称未识别，请填写' },
		{ field: 'department.region' as const, message: '部门所属地区（省、市、区县）未识别，请填写' },
		{ field: 'fiscal_year' as const, message: '报告所属年度未识别，请填写' }
	];
	it('asks until each field is filled, naming it', () => {
		const r: Parameters<typeof unfilled>[0] = { department: { name: '', region: { province: '' } } };
		expect(unfilled(r, missing).map((m) => m.field)).toEqual(['department.name', 'department.region', 'fiscal_year']);
		expect(fillFirstMessage(unfilled(r, missing))).toBe('请先填写部门名称、所属地区（省）、年度');
		r.department.name = '醴陵市教育局';
		r.fiscal_year = 1999;
		expect(unfilled(r, missing).map((m) => m.field)).toEqual(['department.region', 'fiscal_year']);
		r.department.region = { province: '湖南省' };
		r.fiscal_year = 2023;
		expect(unfilled(r, missing)).toEqual([]);
		r.fiscal_year = null;
		expect(fillFirstMessage(unfilled(r, missing))).toBe('请先填写年度');
	});
});

describe('a document without a year: its statements follow the year the user gives', () => {
	it('moves every statement and stated change by the same number of years', async () => {
		const { extract } = await import('../../src/lib/extract/index');
		const { shiftYears } = await import('../../src/lib/components/import/identity');
		const r = extract('醴陵市教育局部门整体支出绩效自评报告\n本年收入合计100万元，比2024年增加10万元。\n');
		expect(r.missing.map((m) => m.field)).toEqual(['fiscal_year']);
		// the year the text mentions most, 2024, is the assumption until the user says otherwise
		expect(r.assumedYear).toBe(2024);
		shiftYears(r.report, r.assumedYear!, 2025);
		expect(r.report.budget.map((l) => [l.year, l.change?.base_year])).toEqual([[2025, 2024]]);
	});
});

describe('year-on-year changes in the review', () => {
	// 66: “三公”经费支出2.05万元,较上年2.08减少0.03万元,减少了1.44%
	const src = readFileSync('data/sources/66_unnamed-dept_2018_sangong-final-accounts.txt', 'utf8');
	const fresh = () => extract(src, { sourceFile: '66.txt' }).report as Report;
	it('says a change shown as written (0.03) is recorded as a decrease', () => {
		const r = fresh();
		const i = r.sangong.findIndex((l) => l.item === 'total' && l.change?.amount);
		expect(shownValue(getAt(r, `sangong[${i}].change.amount`) as Node, 'money')).toBe('0.03');
		expect(changeDirection(r, `sangong[${i}].change.amount`)).toBe('减少');
		expect(changeDirection(r, `sangong[${i}].change.pct`)).toBe('减少');
		expect(changeDirection(r, `sangong[${i}].amount`)).toBeNull();
	});
	it('turns a change the other way: amount, percentage and direction word together, and back', () => {
		const r = fresh();
		const i = r.sangong.findIndex((l) => l.item === 'total' && l.change?.amount);
		flipChange(r, `sangong[${i}].change.pct`);
		expect([r.sangong[i].change!.amount!.wan, r.sangong[i].change!.pct!.value, r.sangong[i].change!.direction]).toEqual([0.03, 1.44, 'up']);
		expect(changeDirection(r, `sangong[${i}].change.amount`)).toBe('增加');
		flipChange(r, `sangong[${i}].change.amount`);
		expect([r.sangong[i].change!.amount!.wan, r.sangong[i].change!.pct!.value, r.sangong[i].change!.direction]).toEqual([-0.03, -1.44, 'down']);
	});
});
