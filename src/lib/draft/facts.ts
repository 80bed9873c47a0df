/**
 * The fact sheet of one report: every figure a 存在问题 / 改进措施 draft may use, each with its
 * id, Chinese label, value, unit, the text a draft writes, and where it came from (the SQL over
 * the metric views, the quote of a stated figure, or the audit). Runs in Node and the browser
 * (any SqlEngine holding the dataset).
 */
import { auditReport } from '../audit/index';
import type { SqlEngine, Row } from '../db/engine';
import type { Finding } from '../schema/finding';
import type { Report } from '../schema/report';
import { Fact, type FactKind, type FactSheet } from '../schema/draft';
import { factBudgetQuery, factIndicatorQuery, factPeerSangongQuery, factSangongQuery, factScoreQuery } from './facts-sql';

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

type Add = (f: {
	id: string;
	kind: FactKind;
	label: string;
	value: number | null;
	unit: string;
	text?: string;
	query: string;
	quotes?: (string | null | undefined)[];
	formula?: string;
	group?: string;
	ref?: string;
	subject?: string;
}) => Fact;

const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const str = (v: unknown): string | null => (typeof v === 'string' && v ? v : null);

/** Build the fact sheet of `report` from the views in `engine` and the audit. */
export async function buildFactSheet(engine: SqlEngine, report: Report, findings: Finding[] = auditReport(report)): Promise<FactSheet> {
	const facts: Fact[] = [];
	const ids = new Set<string>();
	const add: Add = (f) => {
		let id = f.id;
		for (let i = 2; ids.has(id); i++) id = `${f.id}_${i}`;
		ids.add(id);
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
				query: f.query,
				basis: f.formula ? 'computed' : 'stated',
				quotes: (f.quotes ?? []).filter((q): q is string => !!q).map((q) => q.slice(0, 300)),
				...(f.formula ? { formula: f.formula } : {})
			}
		});
		facts.push(fact);
		return fact;
	};
	const rid = report.id;
	const fy = report.fiscal_year;

	/* ---------------------------------------------------------------- budget & execution */
	const qb = factBudgetQuery(rid);
	const budget = await engine.query(qb);
	const pick = (flows: string[], stages: string[], year = fy, scope?: unknown): Row | undefined => {
		for (const sc of scope ? [scope, undefined] : [undefined])
			for (const flow of flows)
				for (const stage of stages) {
					const r = budget.find((b) => b.flow === flow && b.stage === stage && b.year === year && (sc === undefined || b.scope === sc));
					if (r) return r;
				}
		return undefined;
	};
	// budget stages and the actual of one fund scope (execution = final ÷ adjusted of the same scope)
	const adjusted = pick(['expenditure', 'income'], ['adjusted']) ?? pick(['expenditure'], ['budget']);
	const initial = pick(['expenditure', 'income'], ['initial'], fy, adjusted?.scope);
	const final = pick(['expenditure'], ['final'], fy, adjusted?.scope);
	const SC: Record<string, string> = { all: '', fiscal: '财政拨款', general_public: '一般公共预算', other: '其他资金' };
	const scopeName = (r: Row) => SC[String(r.scope)] ?? "";
	let fInitial: Fact | undefined, fAdjusted: Fact | undefined, fFinal: Fact | undefined;
	if (initial) fInitial = add({ id: 'budget_initial', kind: 'budget', label: `${fy}年${scopeName(initial)}年初预算`, value: num(initial.value_wan), unit: '万元', query: qb, quotes: [str(initial.quote)] });
	if (adjusted) fAdjusted = add({ id: 'budget_adjusted', kind: 'budget', label: `${fy}年${scopeName(adjusted)}调整后预算`, value: num(adjusted.value_wan), unit: '万元', query: qb, quotes: [str(adjusted.quote)] });
	if (final) fFinal = add({ id: 'spending_final', kind: 'execution', label: `${fy}年${scopeName(final)}支出决算`, value: num(final.value_wan), unit: '万元', query: qb, quotes: [str(final.quote)] });
	if (fInitial?.value && fAdjusted?.value !== null && fAdjusted && Math.abs(fAdjusted.value! - fInitial.value) >= 0.01) {
		const d = fAdjusted.value! - fInitial.value;
		add({ id: 'budget_adjust_amount', kind: 'budget', label: d < 0 ? '年中预算调减金额' : '年中预算追加金额', value: d, unit: '万元', query: qb, formula: `${fAdjusted.value} − ${fInitial.value}` });
		add({ id: 'budget_adjust_pct', kind: 'budget', label: '预算调整率（调整额 ÷ 年初预算）', value: (d / fInitial.value) * 100, unit: '%', query: qb, formula: `(${fAdjusted.value} − ${fInitial.value}) ÷ ${fInitial.value} × 100` });
	} else {
		const addition = budget.find((b) => b.stage === 'addition' && b.year === fy);
		if (addition && num(addition.value_wan)) {
			add({ id: 'budget_addition', kind: 'budget', label: `${fy}年年中追加（调减）预算`, value: num(addition.value_wan), unit: '万元', query: qb, quotes: [str(addition.quote)] });
		}
	}
	const statedExec = final && num(final.stated_execution_rate_pct);
	if (statedExec !== null && statedExec !== undefined) {
		add({ id: 'exec_rate', kind: 'execution', label: '预算执行率（所述）', value: statedExec, unit: '%', query: qb, quotes: [str(final!.quote)] });
	} else if (fFinal?.value && fAdjusted?.value) {
		add({ id: 'exec_rate', kind: 'execution', label: '预算执行率（决算支出 ÷ 调整后预算）', value: (fFinal.value / fAdjusted.value) * 100, unit: '%', query: qb, formula: `${fFinal.value} ÷ ${fAdjusted.value} × 100` });
	}
	// prior year
	const prior = pick(['expenditure'], ['final'], fy - 1) ?? pick(['expenditure', 'income'], ['adjusted', 'budget', 'initial'], fy - 1);
	if (prior && fFinal?.value && num(prior.value_wan)) {
		const pv = num(prior.value_wan)!;
		const pf = add({ id: 'prior_total', kind: 'compare', label: `${fy - 1}年${prior.flow === 'income' ? '收入' : '支出'}${prior.stage === 'final' ? '决算' : '预算'}`, value: pv, unit: '万元', query: qb, quotes: [str(prior.quote)] });
		if (prior.flow === 'expenditure' && prior.stage === 'final' && pf.value) {
			add({ id: 'prior_change_pct', kind: 'compare', label: '支出决算同比变动率', value: ((fFinal.value - pv) / pv) * 100, unit: '%', query: qb, formula: `(${fFinal.value} − ${pv}) ÷ ${pv} × 100` });
		}
	}

	/* ---------------------------------------------------------------- 三公 */
	const qs = factSangongQuery(rid);
	const sangong = (await engine.query(qs)).filter((s) => s.year === fy);
	const scopeOf = sangong.find((s) => s.item === 'total')?.scope;
	let sangongRate: number | null = null;
	for (const s of sangong.filter((x) => x.scope === scopeOf)) {
		const key = s.item === 'total' ? 'sangong' : `sangong_${s.item}`;
		const lbl = s.item === 'total' ? '“三公”经费' : String(s.item_label ?? s.item);
		const b = num(s.budget_wan);
		const f = num(s.final_wan);
		if (s.item === 'total' || (b !== null && b > 0)) {
			if (b !== null) add({ id: `${key}_budget`, kind: 'sangong', label: `${lbl}预算`, value: b, unit: '万元', query: qs, quotes: [str(s.budget_quote)] });
			if (f !== null) add({ id: `${key}_final`, kind: 'sangong', label: `${lbl}决算`, value: f, unit: '万元', query: qs, quotes: [str(s.final_quote)] });
			const stated = num(s.stated_execution_rate_pct);
			const computed = num(s.computed_execution_rate_pct);
			if (stated !== null && b) {
				add({ id: `${key}_exec_rate`, kind: 'sangong', label: `${lbl}执行率（所述）`, value: stated, unit: '%', query: qs, quotes: [str(s.final_quote)] });
				if (s.item === 'total') sangongRate = stated;
			} else if (computed !== null) {
				add({ id: `${key}_exec_rate`, kind: 'sangong', label: `${lbl}执行率（决算 ÷ 预算）`, value: computed, unit: '%', query: qs, formula: `${f} ÷ ${b} × 100` });
				if (s.item === 'total') sangongRate = computed;
			}
		}
		if (s.item === 'total') {
			const ca = num(s.stated_change_amount_wan);
			const cp = num(s.stated_change_pct);
			if (ca !== null) add({ id: 'sangong_change_amount', kind: 'sangong', label: `“三公”经费比${num(s.change_base_year) ?? fy - 1}年${ca < 0 ? '减少' : '增加'}`, value: ca, unit: '万元', query: qs, quotes: [str(s.final_quote)] });
			if (cp !== null) add({ id: 'sangong_change_pct', kind: 'sangong', label: `“三公”经费同比${cp < 0 ? '下降' : '增长'}幅度`, value: cp, unit: '%', query: qs, quotes: [str(s.final_quote)] });
		}
	}
	if (sangongRate !== null) {
		const qp = factPeerSangongQuery(rid, fy, report.kind);
		const peers = await engine.query(qp);
		const rates = peers.map((p) => num(p.stated_execution_rate_pct) ?? num(p.computed_execution_rate_pct)).filter((v): v is number => v !== null);
		if (rates.length) {
			add({ id: 'peer_sangong_exec_rate', kind: 'compare', label: `同年度其他部门“三公”经费平均执行率（${rates.length}个部门）`, value: rates.reduce((a, b) => a + b, 0) / rates.length, unit: '%', query: qp, formula: `mean(${rates.join(', ')})` });
			add({ id: 'peer_count', kind: 'compare', label: '可比部门数', value: rates.length, unit: '个', query: qp, formula: 'count' });
		}
	}

	/* ---------------------------------------------------------------- indicators */
	const qi = factIndicatorQuery(rid);
	const inds = await engine.query(qi);
	let k = 0;
	const qualitative: string[] = [];
	for (const ind of inds) {
		const name = String(ind.name);
		if (ind.target_op === 'text' || ind.target_op === 'deadline') {
			qualitative.push(name);
			continue;
		}
		const t = num(ind.target_value);
		const a = num(ind.actual_value);
		const stated = num(ind.stated_completion_pct);
		let completion = stated;
		let formula: string | undefined;
		if (completion === null && t && a !== null && (ind.target_op === '>=' || ind.target_op === '>')) {
			completion = (a / t) * 100;
			formula = `${a} ÷ ${t} × 100`;
		}
		if (completion === null) continue;
		const missed = completion < 100 || (a !== null && t !== null && (ind.target_op === '>=' || ind.target_op === '>') && a < t);
		const far = completion >= 200;
		if (!missed && !far) continue;
		k++;
		const id = `ind_${k}`;
		const g = { group: id, ref: name, subject: name };
		const unit = String(ind.actual_unit ?? ind.target_unit ?? '');
		if (t !== null) add({ id: `${id}_target`, ...g, kind: 'indicator', label: `“${name}”目标值`, value: t, unit, text: `${({ '>=': '≥', '>': '>', '<=': '≤', '<': '<' } as Record<string, string>)[String(ind.target_op)] ?? ''}${formatValue(t, unit)}`, query: qi, quotes: [str(ind.target_quote)] });
		if (a !== null) add({ id: `${id}_actual`, ...g, kind: 'indicator', label: `“${name}”实际完成值`, value: a, unit, query: qi, quotes: [str(ind.actual_quote)] });
		add({ id: `${id}_completion`, ...g, kind: 'indicator', label: `“${name}”完成率${formula ? '（实际 ÷ 目标）' : '（所述）'}`, value: completion, unit: '%', query: qi, quotes: [str(ind.actual_quote)], formula });
		if (far && t && a !== null) add({ id: `${id}_ratio`, ...g, kind: 'indicator', label: `“${name}”实际值是目标值的倍数`, value: a / t, unit: '倍', query: qi, formula: `${a} ÷ ${t}` });
	}
	if (qualitative.length) {
		add({
			id: 'qual_target_count',
			kind: 'target',
			label: `目标为定性表述、未量化的指标数（${qualitative.map((n) => `“${n}”`).join('、')}）`,
			value: qualitative.length,
			unit: '项',
			query: qi + ` -- target_op IN ('text','deadline')`,
			quotes: inds.filter((i) => i.target_op === 'text' || i.target_op === 'deadline').map((i) => str(i.target_quote)),
			formula: 'count'
		});
		add({ id: 'indicator_count', kind: 'target', label: '绩效指标总数', value: inds.length, unit: '项', query: qi, formula: 'count' });
	}

	/* ---------------------------------------------------------------- scores */
	const qsc = factScoreQuery(rid);
	const nodes = await engine.query(qsc);
	let sc = 0;
	for (const n of nodes) {
		const lost = num(n.lost);
		if (lost === null || lost <= 0.001 || Number(n.level) > 2) continue;
		sc++;
		const g = { group: `score_${sc}`, ref: String(n.name), subject: String(n.path) };
		add({ id: `score_${sc}_max`, ...g, kind: 'score', label: `“${n.name}”分值`, value: num(n.max), unit: '分', query: qsc, quotes: [str(n.score_quote)] });
		add({ id: `score_${sc}_score`, ...g, kind: 'score', label: `“${n.name}”得分`, value: num(n.score), unit: '分', query: qsc, quotes: [str(n.score_quote)] });
		add({ id: `score_${sc}_lost`, ...g, kind: 'score', label: `“${n.name}”扣分`, value: lost, unit: '分', query: qsc, formula: `${n.max} − ${n.score}` });
	}
	if (report.scores?.total) {
		add({ id: 'score_total', kind: 'score', label: '自评总得分', value: report.scores.total.score.value, unit: '分', query: 'report.scores.total', quotes: [report.scores.total.score.quote] });
	}

	/* ---------------------------------------------------------------- audit */
	let ak = 0;
	for (const f of findings) {
		if (f.severity === 'note') continue;
		ak++;
		const id = `audit_${ak}`;
		const unit = f.unit === '个百分点' ? '个百分点' : f.unit;
		const grp = { group: id, ref: f.rule, subject: f.title };
		f.figures.slice(0, 8).forEach((g, i) => {
			if (g.value === null) return;
			add({ ...grp, id: `${id}_f${i + 1}`, kind: f.rule.startsWith('plaus.overstaffed') ? 'staffing' : 'audit', label: g.label, value: g.value, unit: g.unit, query: `auditReport(${rid}) · ${f.rule} · ${f.id}`, quotes: [g.quote] });
		});
		if (typeof f.expected === 'number') add({ ...grp, id: `${id}_expected`, kind: 'audit', label: `${f.title}：按其他数字推算应为`, value: f.expected, unit, query: `auditReport(${rid}) · ${f.rule}`, formula: f.message });
		if (typeof f.stated === 'number') add({ ...grp, id: `${id}_stated`, kind: 'audit', label: `${f.title}：报告所写`, value: f.stated, unit, query: `auditReport(${rid}) · ${f.rule}`, quotes: f.figures.map((g) => g.quote).slice(0, 2) });
		if (f.difference !== null && f.difference !== 0) add({ ...grp, id: `${id}_diff`, kind: 'audit', label: `${f.title}：相差`, value: f.difference, unit, query: `auditReport(${rid}) · ${f.rule}`, formula: f.message });
	}
	const errors = findings.filter((f) => f.severity === 'error').length;
	if (errors) add({ id: 'audit_error_count', kind: 'audit', label: '勾稽校验发现的错误数', value: errors, unit: '处', query: `auditReport(${rid})`, formula: 'count(severity = error)' });

	return { report_id: rid, department: report.department.name, fiscal_year: fy, title: report.title, facts };
}

/** Audit findings kept in the sheet, in the order their facts were numbered (audit_1 …). */
export function keptFindings(findings: Finding[]): Finding[] {
	return findings.filter((f) => f.severity !== 'note');
}
