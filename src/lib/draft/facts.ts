/**
 * The fact sheet of one report: every figure a 存在问题 / 改进措施 draft may use, each with its
 * id, Chinese label, value, unit, the text a draft writes, and where it came from (the query
 * over the metric views, the quote of a stated figure, or the audit). Runs in Node and the
 * browser (any SqlEngine holding the dataset).
 *
 * Every computed figure is read from the metric layer (src/lib/db/metrics.ts, through the
 * queries of src/lib/db/queries.ts); nothing is computed here. Where the report states a
 * figure the metric layer also computes (an execution rate, a change), both become facts: the
 * computed one under the plain id, the stated one under `<id>_stated` when the two differ.
 */
import { auditReport, summarize } from '../audit/index';
import type { Row, SqlEngine } from '../db/engine';
import { describeQuery, run, type Query } from '../db/query';
import {
	reportExecution,
	reportIndicators,
	reportKpi,
	reportSangong,
	reportScoreLosses,
	reportYoy,
	type IndicatorRow,
	type SangongRow
} from '../db/queries';
import type { Finding } from '../schema/finding';
import { SCOPE_LABEL, TARGET_OP_SIGN, type Report, type Scope, type TargetOp } from '../schema/report';
import { Fact, type FactKind, type FactSheet } from '../schema/draft';

const CN = ['零', '一', '两', '三', '四', '五', '六', '七', '八', '九', '十'];

/** Round to 2 decimals without float noise. */
export const r2 = (v: number) => Math.round(v * 100 + (v >= 0 ? 1e-9 : -1e-9)) / 100;

/** How a value is written in a draft (unsigned: the sentence carries the direction). */
export function formatValue(value: number, unit: string): string {
	const a = Math.abs(value);
	if (unit === '万元' || unit === '元') return `${a.toFixed(2)}${unit}`;
	if (unit === '%' || unit === '个百分点' || unit === '倍') {
		const s = Number.isInteger(r2(a)) ? String(r2(a)) : r2(a).toFixed(2);
		return `${s}${unit}`;
	}
	if (['项', '个', '人', '名', '场', '次', '家', '条', '处'].includes(unit) && Number.isInteger(a) && a <= 10) return `${CN[a]}${unit}`;
	return `${Number.isInteger(a) ? a : r2(a)}${unit}`;
}

type FactInput = {
	id: string;
	kind: FactKind;
	label: string;
	value: number | null;
	unit: string;
	text?: string;
	/** the query the value was read with (shown to the reader), or the audit reference */
	query: Query<Row> | string;
	quotes?: (string | null | undefined)[];
	/** how the metric layer computed it (a computed fact); absent for a stated figure */
	formula?: string;
	group?: string;
	ref?: string;
	subject?: string;
};

/** Collects facts with unique ids (a repeated id gets _2, _3 …). */
class Sheet {
	readonly facts: Fact[] = [];
	private ids = new Set<string>();

	add(f: FactInput): Fact {
		let id = f.id;
		for (let i = 2; this.ids.has(id); i++) id = `${f.id}_${i}`;
		this.ids.add(id);
		const fact = Fact.parse({
			id,
			kind: f.kind,
			label: f.label,
			value: f.value === null ? null : r2(f.value),
			unit: f.unit,
			text: f.text ?? (f.value === null ? f.label : formatValue(f.value, f.unit)),
			...(f.group ? { group: f.group } : {}),
			...(f.ref ? { ref: f.ref } : {}),
			...(f.subject ? { subject: f.subject } : {}),
			source: {
				query: typeof f.query === 'string' ? f.query : describeQuery(f.query),
				basis: f.formula ? 'computed' : 'stated',
				quotes: (f.quotes ?? []).filter((q): q is string => !!q).map((q) => q.slice(0, 300)),
				...(f.formula ? { formula: f.formula } : {})
			}
		});
		this.facts.push(fact);
		return fact;
	}

	/** A computed fact, and the report's own figure beside it (`<id>_stated`) when they differ. */
	computedAndStated(f: FactInput & { formula: string }, stated: number | null, statedLabel: string, quotes: (string | null | undefined)[] = []): void {
		if (f.value !== null) this.add(f);
		if (stated !== null && (f.value === null || Math.abs(stated - f.value) > 1e-9)) {
			this.add({ ...f, id: `${f.id}_stated`, label: statedLabel, value: stated, formula: undefined, quotes });
		}
	}
}

const scopePrefix = (scope: string | null) => (scope && scope !== 'all' ? SCOPE_LABEL[scope as Scope] ?? '' : '');

/** 年初 → 调整 → 决算, the adjustment and the execution rate, in the report's budget scope. */
async function budgetFacts(sheet: Sheet, engine: SqlEngine, report: Report): Promise<void> {
	const fy = report.fiscal_year;
	const q = reportExecution(report.id);
	const [e] = await run(engine, q);
	if (!e) return;
	const sc = scopePrefix(e.scope);
	if (e.budget_initial_wan !== null) sheet.add({ id: 'budget_initial', kind: 'budget', label: `${fy}年${sc}年初预算`, value: e.budget_initial_wan, unit: '万元', query: q, quotes: [e.budget_initial_quote] });
	if (e.budget_adjusted_wan !== null) {
		const derived = e.budget_adjusted_source === 'initial_plus_addition';
		sheet.add({ id: 'budget_adjusted', kind: 'budget', label: `${fy}年${sc}调整后预算`, value: e.budget_adjusted_wan, unit: '万元', query: q, quotes: [e.budget_adjusted_quote], formula: derived ? '年初预算 + 年中追加' : undefined });
	}
	if (e.execution_final_wan !== null) sheet.add({ id: 'spending_final', kind: 'execution', label: `${fy}年${sc}支出决算`, value: e.execution_final_wan, unit: '万元', query: q, quotes: [e.execution_final_quote] });
	const d = e.budget_addition_computed_wan;
	if (d !== null && Math.abs(d) >= 0.01) {
		sheet.add({ id: 'budget_adjust_amount', kind: 'budget', label: d < 0 ? '年中预算调减金额' : '年中预算追加金额', value: d, unit: '万元', query: q, formula: `${e.budget_adjusted_wan} − ${e.budget_initial_wan}` });
		sheet.add({ id: 'budget_adjust_pct', kind: 'budget', label: '预算调整率（调整额 ÷ 年初预算）', value: e.adjustment_rate_pct, unit: '%', query: q, formula: `(${e.budget_adjusted_wan} − ${e.budget_initial_wan}) ÷ ${e.budget_initial_wan} × 100` });
	} else if (e.budget_addition_stated_wan) {
		sheet.add({ id: 'budget_addition', kind: 'budget', label: `${fy}年年中追加（调减）预算`, value: e.budget_addition_stated_wan, unit: '万元', query: q });
	}
	sheet.computedAndStated(
		{ id: 'exec_rate', kind: 'execution', label: '预算执行率（决算支出 ÷ 调整后预算）', value: e.execution_rate_pct, unit: '%', query: q, formula: `${e.execution_final_wan} ÷ ${e.budget_adjusted_wan} × 100` },
		e.stated_execution_rate_pct,
		'预算执行率（报告所述）',
		[e.execution_final_quote]
	);
	const yq = reportYoy(report.id, 'spending');
	const [y] = await run(engine, yq);
	if (!y) return;
	const records = y.change_records_pct !== null;
	const prior = records ? y.prior_records_wan : y.prior_stated_wan;
	const change = records ? y.change_records_pct : y.change_stated_pct;
	if (prior === null || change === null) return;
	const from = records ? `上一年度报告 ${y.prior_report_id}` : y.prior_stated_basis === 'stated_prior' ? '报告所述上年数' : `${y.current_wan} − 所述增减额 ${y.stated_change_amount_wan}`;
	sheet.add({ id: 'prior_total', kind: 'compare', label: `${fy - 1}年支出决算`, value: prior, unit: '万元', query: yq, formula: from });
	sheet.add({ id: 'prior_change_pct', kind: 'compare', label: '支出决算同比变动率', value: change, unit: '%', query: yq, formula: `(${y.current_wan} − ${prior}) ÷ ${prior} × 100` });
}

/** 人均支出 with its denominator: 支出决算合计 ÷ 在职人数（含下属单位）. */
async function perStaffFacts(sheet: Sheet, engine: SqlEngine, report: Report): Promise<void> {
	const q = reportKpi(report.id);
	const [k] = await run(engine, q);
	if (!k || k.spending_per_staff_wan === null || k.staff_actual === null) return;
	sheet.add({ id: 'staff_actual', kind: 'staffing', label: '在职人数（含下属单位）', value: k.staff_actual, unit: '人', query: q, formula: 'm_staffing.all_actual：本级在职人数 + 各下属单位在职人数' });
	sheet.add({ id: 'spending_per_staff', kind: 'compare', label: '人均支出（支出决算合计 ÷ 在职人数，含下属单位）', value: k.spending_per_staff_wan, unit: '万元', query: q, formula: `${k.spending_final_wan} ÷ ${k.staff_actual}` });
}

/** 三公 budget, final, control rate (stated beside computed), change, and the peers' average. */
async function sangongFacts(sheet: Sheet, engine: SqlEngine, report: Report): Promise<void> {
	const q = reportSangong(report.id);
	const rows = await run(engine, q);
	for (const s of rows) {
		const key = s.item === 'total' ? 'sangong' : `sangong_${s.item}`;
		const lbl = s.item === 'total' ? '“三公”经费' : s.item_label;
		if (s.item !== 'total' && !(s.budget_wan !== null && s.budget_wan > 0)) continue;
		if (s.budget_wan !== null) sheet.add({ id: `${key}_budget`, kind: 'sangong', label: `${lbl}预算`, value: s.budget_wan, unit: '万元', query: q, quotes: [s.budget_quote] });
		if (s.final_wan !== null) sheet.add({ id: `${key}_final`, kind: 'sangong', label: `${lbl}决算`, value: s.final_wan, unit: '万元', query: q, quotes: [s.final_quote] });
		sheet.computedAndStated(
			{ id: `${key}_exec_rate`, kind: 'sangong', label: `${lbl}执行率（决算 ÷ 预算）`, value: s.control_rate_pct, unit: '%', query: q, formula: `${s.final_wan} ÷ ${s.budget_wan} × 100` },
			s.stated_execution_rate_pct,
			`${lbl}执行率（报告所述）`,
			[s.final_quote]
		);
		if (s.item === 'total') totalSangongFacts(sheet, q, s, report.fiscal_year);
	}
}

function totalSangongFacts(sheet: Sheet, q: Query<SangongRow>, s: SangongRow, fy: number): void {
	if (s.stated_change_amount_wan !== null) {
		const ca = s.stated_change_amount_wan;
		sheet.add({ id: 'sangong_change_amount', kind: 'sangong', label: `“三公”经费比${fy - 1}年${ca < 0 ? '减少' : '增加'}`, value: ca, unit: '万元', query: q, quotes: [s.final_quote] });
	}
	const computed = s.change_records_pct ?? s.change_stated_pct;
	const prior = s.change_records_pct !== null ? s.prior_records_wan : s.prior_stated_wan;
	const down = (computed ?? s.stated_change_pct ?? 0) < 0;
	sheet.computedAndStated(
		{ id: 'sangong_change_pct', kind: 'sangong', label: `“三公”经费同比${down ? '下降' : '增长'}幅度（按上年决算计算）`, value: computed, unit: '%', query: q, formula: `(${s.final_wan} − ${prior}) ÷ ${prior} × 100` },
		s.stated_change_pct,
		`“三公”经费同比${down ? '下降' : '增长'}幅度（报告所述）`,
		[s.final_quote]
	);
	if (s.control_rate_pct !== null && s.peer_control_rate_avg_pct !== null && s.peer_reports) {
		sheet.add({ id: 'peer_sangong_exec_rate', kind: 'compare', label: `同年度其他部门“三公”经费平均执行率（${s.peer_reports}个部门）`, value: s.peer_control_rate_avg_pct, unit: '%', query: q, formula: '各可比部门“三公”经费控制率的算术平均（m_sangong.peer_control_rate_avg_pct）' });
		sheet.add({ id: 'peer_count', kind: 'compare', label: '可比部门数', value: s.peer_reports, unit: '个', query: q, formula: 'count（m_sangong.peer_reports）' });
	}
}

const COMPLETION_RULE: Partial<Record<TargetOp, string>> = { '>=': '实际 ÷ 目标 × 100', '>': '实际 ÷ 目标 × 100', '<=': '达标为 100，否则 目标 ÷ 实际 × 100', '<': '达标为 100，否则 目标 ÷ 实际 × 100', range: '区间内为 100，低于下限为 实际 ÷ 下限 × 100', '=': '相等为 100' };

/** One missed or far-exceeded indicator: target, actual, completion (stated beside), multiple. */
function indicatorFacts(sheet: Sheet, q: Query<IndicatorRow>, ind: IndicatorRow, k: number): void {
	const id = `ind_${k}`;
	const g = { group: id, ref: ind.name, subject: ind.name };
	const unit = ind.actual_unit ?? ind.target_unit ?? '';
	const op = (ind.target_op ?? 'text') as TargetOp;
	if (ind.target_value !== null) sheet.add({ id: `${id}_target`, ...g, kind: 'indicator', label: `“${ind.name}”目标值`, value: ind.target_value, unit, text: `${TARGET_OP_SIGN[op]}${formatValue(ind.target_value, unit)}`, query: q, quotes: [ind.target_quote] });
	if (ind.actual_value !== null) sheet.add({ id: `${id}_actual`, ...g, kind: 'indicator', label: `“${ind.name}”实际完成值`, value: ind.actual_value, unit, query: q, quotes: [ind.actual_quote] });
	sheet.computedAndStated(
		{ id: `${id}_completion`, ...g, kind: 'indicator', label: `“${ind.name}”完成率（${COMPLETION_RULE[op] ?? '按目标运算符计算'}）`, value: ind.computed_completion_pct, unit: '%', query: q, formula: `${ind.actual_value} 对 ${ind.target_text}：${COMPLETION_RULE[op] ?? ''}` },
		ind.stated_completion_pct,
		`“${ind.name}”完成率（报告所述）`,
		[ind.actual_quote]
	);
	if (ind.status === 'over' && ind.actual_to_target !== null) {
		sheet.add({ id: `${id}_ratio`, ...g, kind: 'indicator', label: `“${ind.name}”实际值是目标值的倍数`, value: ind.actual_to_target, unit: '倍', query: q, formula: `${ind.actual_value} ÷ ${ind.target_value}` });
	}
}

/** Missed and far-exceeded indicators, and how many targets are qualitative. */
async function targetFacts(sheet: Sheet, engine: SqlEngine, report: Report): Promise<void> {
	const q = reportIndicators(report.id);
	const inds = await run(engine, q);
	inds.filter((i) => i.status === 'missed' || i.status === 'over').forEach((ind, i) => indicatorFacts(sheet, q, ind, i + 1));
	const kq = reportKpi(report.id);
	const [k] = await run(engine, kq);
	if (!k?.indicators_qualitative) return;
	const qualitative = inds.filter((i) => i.target_op === 'text' || i.target_op === 'deadline');
	sheet.add({
		id: 'qual_target_count',
		kind: 'target',
		label: `目标为定性表述、未量化的指标数（${qualitative.map((n) => `“${n.name}”`).join('、')}）`,
		value: k.indicators_qualitative,
		unit: '项',
		query: kq,
		quotes: qualitative.map((i) => i.target_quote),
		formula: 'm_report_kpi.indicators_qualitative'
	});
	sheet.add({ id: 'indicator_count', kind: 'target', label: '绩效指标总数', value: k.indicators_total, unit: '项', query: kq, formula: 'm_report_kpi.indicators_total' });
}

/** Score dimensions (level 1 and 2) that lost points, and the total score. */
async function scoreFacts(sheet: Sheet, engine: SqlEngine, report: Report): Promise<void> {
	const q = reportScoreLosses(report.id);
	(await run(engine, q)).forEach((n, i) => {
		const g = { group: `score_${i + 1}`, ref: n.name, subject: n.path };
		sheet.add({ id: `score_${i + 1}_max`, ...g, kind: 'score', label: `“${n.name}”分值`, value: n.max, unit: '分', query: q, quotes: [n.score_quote] });
		sheet.add({ id: `score_${i + 1}_score`, ...g, kind: 'score', label: `“${n.name}”得分`, value: n.score, unit: '分', query: q, quotes: [n.score_quote] });
		sheet.add({ id: `score_${i + 1}_lost`, ...g, kind: 'score', label: `“${n.name}”扣分`, value: n.points_lost, unit: '分', query: q, formula: `${n.max} − ${n.score}` });
	});
	if (report.scores?.total) {
		sheet.add({ id: 'score_total', kind: 'score', label: '自评总得分', value: report.scores.total.score.value, unit: '分', query: 'report.scores.total', quotes: [report.scores.total.score.quote] });
	}
}

/** The figures of each audit finding (not notes): the stated ones, expected, stated, difference. */
function auditFacts(sheet: Sheet, report: Report, findings: Finding[]): void {
	const rid = report.id;
	findings
		.filter((f) => f.severity !== 'note')
		.forEach((f, i) => {
			const id = `audit_${i + 1}`;
			const unit = f.unit;
			const grp = { group: id, ref: f.rule, subject: f.title };
			f.figures.slice(0, 8).forEach((g, j) => {
				if (g.value === null) return;
				sheet.add({ ...grp, id: `${id}_f${j + 1}`, kind: f.rule.startsWith('plaus.overstaffed') ? 'staffing' : 'audit', label: g.label, value: g.value, unit: g.unit, query: `auditReport(${rid}) · ${f.rule} · ${f.id}`, quotes: [g.quote] });
			});
			if (typeof f.expected === 'number') sheet.add({ ...grp, id: `${id}_expected`, kind: 'audit', label: `${f.title}：按其他数字推算应为`, value: f.expected, unit, query: `auditReport(${rid}) · ${f.rule}`, formula: f.message });
			if (typeof f.stated === 'number') sheet.add({ ...grp, id: `${id}_stated`, kind: 'audit', label: `${f.title}：报告所写`, value: f.stated, unit, query: `auditReport(${rid}) · ${f.rule}`, quotes: f.figures.map((g) => g.quote).slice(0, 2) });
			if (f.difference !== null && f.difference !== 0) sheet.add({ ...grp, id: `${id}_diff`, kind: 'audit', label: `${f.title}：相差`, value: f.difference, unit, query: `auditReport(${rid}) · ${f.rule}`, formula: f.message });
		});
	const errors = summarize(findings).error;
	if (errors) sheet.add({ id: 'audit_error_count', kind: 'audit', label: '勾稽校验发现的错误数', value: errors, unit: '处', query: `auditReport(${rid})`, formula: 'count(severity = error)' });
}

const ORDINAL = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** The report's own 存在问题, one text fact each (the drafter weighs them against the figures). */
function statedProblemFacts(sheet: Sheet, report: Report): void {
	(report.problems ?? []).forEach((p, i) => {
		// the heading, or the text's first sentence when the report gives none
		const title = (p.title ?? p.text.split(/[。；;]/)[0]).replace(/[。；;，,]+$/, '').trim().slice(0, 60);
		if (!title) return;
		sheet.add({ id: `stated_problem_${i + 1}`, kind: 'narrative', label: `报告所述存在问题（${ORDINAL[i] ?? i + 1}）`, value: null, unit: '', text: title, query: `report.problems[${i}]`, quotes: [p.quote], subject: p.text ?? title });
	});
}

const FORCE_MAJEURE = /不可抗力|自然灾害|台风|地震|洪涝|疫情|产权问题|项目停止|停工|暂停实施/;

/**
 * Missed indicators the report explains by force majeure: a line of the source text that names
 * the indicator (its name without the bracketed unit) and gives such a cause.
 */
export function forceMajeureExplanations(source: string, names: string[]): { subject: string; reason: string }[] {
	const lines = source.split(/\n+/).filter((l) => FORCE_MAJEURE.test(l)).map((l) => l.replace(/\s+/g, ''));
	const core = (n: string) => n.replace(/[（(].*?[)）]/g, '').replace(/\s+/g, '');
	const out: { subject: string; reason: string }[] = [];
	for (const name of names) {
		const c = core(name);
		if (c.length < 3) continue;
		const line = lines.find((l) => l.includes(c));
		if (!line) continue;
		const sentence = line.split(/(?<=。)/).find((x) => FORCE_MAJEURE.test(x)) ?? line;
		out.push({ subject: name, reason: sentence.trim().slice(0, 160) });
	}
	return out;
}

/** Build the fact sheet of `report` from the metric views in `engine` and the audit. */
export async function buildFactSheet(engine: SqlEngine, report: Report, findings: Finding[] = auditReport(report), source = ''): Promise<FactSheet> {
	const sheet = new Sheet();
	await budgetFacts(sheet, engine, report);
	await perStaffFacts(sheet, engine, report);
	await sangongFacts(sheet, engine, report);
	await targetFacts(sheet, engine, report);
	await scoreFacts(sheet, engine, report);
	auditFacts(sheet, report, findings);
	statedProblemFacts(sheet, report);
	const missed = sheet.facts.filter((f) => /^ind_\d+_completion$/.test(f.id) && f.value !== null && f.value < 100).map((f) => f.subject ?? '');
	return {
		report_id: report.id,
		department: report.department.name,
		fiscal_year: report.fiscal_year,
		title: report.title,
		facts: sheet.facts,
		department_id: report.department.id,
		checks: findings.filter((f) => f.severity === 'error').map((f) => ({ rule: f.rule, title: f.title, message: f.message })),
		excused: forceMajeureExplanations(source, missed.filter(Boolean))
	};
}
