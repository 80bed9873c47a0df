/**
 * Stated vs computed (所述与计算): shares, execution rates, year-on-year changes, indicator
 * completion rates, 得分率 and the grade, each recomputed from the figures the report states.
 * Percentages agree when the computed value, rounded or truncated to the written precision,
 * is within ±0.01 point; the inputs are taken as exact to half their last written digit.
 */
import type { Finding } from '../schema/finding';
import type { Figure, Indicator, ScoreNode, Stage, StatedChange } from '../schema/report';
import { gradeOf } from '../schema/report';
import { normalizeNumbers, round } from '../text/normalize';
import {
	type AuditContext,
	type BudgetStmt,
	type Stmt,
	allIndicators,
	budgetKey,
	candidates,
	decimalsOf,
	figureStmt,
	fmtMoney,
	fmtNum,
	fmtPct,
	statedPct,
	frameKey,
	interval,
	makeFinding,
	moneyStmt,
	pctAgrees,
	pctIsFraction,
	sangongLabel,
	sangongStmts,
	shortLabel,
	withinMoney
} from './common';

type PctCheck = {
	/** the stated percentage */
	stated: Stmt;
	/** the inputs: numerator first */
	inputs: Stmt[];
	f: (xs: number[]) => number;
};

/** Outcome of the best-agreeing alternative: undefined when one agrees. */
function firstDisagreement(checks: PctCheck[]): { check: PctCheck; lo: number; hi: number; fraction: boolean } | undefined {
	let best: { check: PctCheck; lo: number; hi: number; fraction: boolean; gap: number } | undefined;
	for (const check of checks) {
		const d = decimalsOf(check.stated.text);
		const [lo, hi] = interval(check.f, check.inputs);
		const v = Math.abs(check.stated.value);
		// magnitudes: directions are checked separately; an interval across 0 starts at 0
		const a = lo <= 0 && hi >= 0 ? 0 : Math.min(Math.abs(lo), Math.abs(hi));
		const b = Math.max(Math.abs(lo), Math.abs(hi));
		if (pctAgrees(v, a, b, d)) return undefined;
		const fraction = pctIsFraction(v, a, b, d);
		const gap = fraction ? 0 : Math.min(Math.abs(v - a), Math.abs(v - b));
		if (!best || gap < best.gap) best = { check, lo, hi, fraction, gap };
	}
	return best;
}

const midpoint = (c: PctCheck) => c.f(c.inputs.map((x) => x.value));

/**
 * A stated percentage checked against numerator ÷ denominator × 100 for each candidate pair
 * (zero denominators skipped): a finding at `rule` when no pair agrees, else undefined.
 */
function ratioFinding(
	ctx: AuditContext,
	stated: Stmt,
	pairs: [Stmt, Stmt][],
	what: { rule: 'calc.share' | 'calc.execution_rate'; title: string; message: (num: Stmt, den: Stmt, v: number, fraction: boolean) => string }
): Finding | undefined {
	const checks = pairs.filter(([, d]) => d.value !== 0).map((inputs) => ({ stated, inputs, f: ([a, b]: number[]) => (a / b) * 100 }));
	const bad = checks.length ? firstDisagreement(checks) : undefined;
	if (!bad) return undefined;
	const [num, den] = bad.check.inputs;
	const v = midpoint(bad.check);
	return makeFinding(ctx, {
		rule: what.rule,
		severity: 'error',
		title: what.title,
		message: what.message(num, den, v, bad.fraction),
		figures: [stated, num, den],
		expected: v,
		stated: stated.value,
		unit: '%',
		tolerance: 0.01
	});
}

/* ------------------------------------------------------------------ shares */

function budgetShares(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	for (const s of ctx.budget) {
		const share = s.line.share;
		if (!share) continue;
		const fk = frameKey(s.line);
		const same = (pred: (o: BudgetStmt) => boolean) => candidates(ctx.budget.filter((o) => frameKey(o.line) === fk && pred(o)));
		const isTotal = s.line.breakdown === 'total' && s.line.item === '合计';
		const denominators = [
			// a total is not a share of itself (nor of a restatement of itself)
			...(isTotal ? [] : same((o) => o.line.breakdown === 'total' && o.line.item === '合计')),
			...(s.line.parent ? same((o) => o.line.item === s.line.parent && !o.line.parent && o.line.breakdown !== 'total') : []),
			...(s.line.breakdown === 'project' ? same((o) => o.line.breakdown === 'project' && o.line.item === '合计') : []),
			// 财政拨款收入 (fiscal scope) "占本年收入 100%", or a narrower scope's total ("一般公共预算财政拨款支出668.3万元,
			// 占本年支出的48.92%"): a share of the department's total
			...(s.line.scope !== 'all' && (s.line.breakdown === 'source' || isTotal)
				? candidates(
						ctx.budget.filter(
							(o) => frameKey(o.line) === frameKey({ ...s.line, scope: 'all' }) && o.line.breakdown === 'total' && o.line.item === '合计'
						)
					)
				: [])
		];
		if (!denominators.length) continue;
		const stated = figureStmt(share, `budget[${s.index}].share`, `${s.label}占比`, '%');
		const f = ratioFinding(ctx, stated, denominators.map((d) => [s, d]), {
			rule: 'calc.share',
			title: `${shortLabel(s)}占比与金额不符`,
			message: (num, den, v, fraction) =>
				`${shortLabel(num)} ${fmtMoney(num.value)} 万元 ÷ ${shortLabel(den)} ${fmtMoney(den.value)} 万元 = ${fmtPct(v)}，而报告写占 ${statedPct(share.text)}${fraction ? '（疑把比例当作百分数，差 100 倍）' : ''}。`
		});
		if (f) out.push(f);
	}
	return out;
}

function sangongShares(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const stmts = sangongStmts(ctx.report);
	ctx.report.sangong.forEach((line, i) => {
		if (!line.share || !line.amount) return;
		const me = stmts.find((s) => s.path === `sangong[${i}].amount`)!;
		const same = (item: string) =>
			candidates(stmts.filter((o) => o.line.item === item && o.line.stage === line.stage && o.line.scope === line.scope && o.line.year === line.year));
		const denominators = [
			...same('total'),
			...(line.item === 'vehicle_purchase' || line.item === 'vehicle_operation' ? same('vehicle') : [])
		];
		if (!denominators.length) return;
		const stated = figureStmt(line.share, `sangong[${i}].share`, `${me.label}占比`, '%');
		const f = ratioFinding(ctx, stated, denominators.map((d) => [me, d]), {
			rule: 'calc.share',
			title: `${me.label}占比与金额不符`,
			message: (num, den, v) => `${num.label} ${fmtMoney(num.value)} 万元 ÷ ${den.label} ${fmtMoney(den.value)} 万元 = ${fmtPct(v)}，而报告写占 ${statedPct(line.share!.text)}。`
		});
		if (f) out.push(f);
	});
	return out;
}

/* ------------------------------------------------------------------ execution rates */

const BUDGET_STAGES = ['adjusted', 'budget', 'initial'] as const;

function executionRates(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const rate = (stated: Stmt, finals: Stmt[], budgets: Stmt[], subject: string) => {
		const f = ratioFinding(ctx, stated, finals.flatMap((fin) => budgets.map((b): [Stmt, Stmt] => [fin, b])), {
			rule: 'calc.execution_rate',
			title: `${subject}执行率与决算、预算数不符`,
			message: (fin, b, v, fraction) =>
				`${subject}决算 ${fmtMoney(fin.value)} 万元 ÷ 预算 ${fmtMoney(b.value)} 万元 = ${fmtPct(v)}，而报告写 ${statedPct(stated.text)}${fraction ? '（疑差 100 倍）' : ''}。`
		});
		if (f) out.push(f);
	};
	for (const s of ctx.budget) {
		const er = s.line.execution_rate;
		if (!er) continue;
		const at = (stage: Stage) => candidates(ctx.budget.filter((o) => budgetKey(o.line) === budgetKey({ ...s.line, stage })));
		const stated = figureStmt(er, `budget[${s.index}].execution_rate`, `${s.label}执行率`, '%');
		const finals = s.line.stage === 'final' ? [s] : at('final');
		const budgets = s.line.stage === 'final' ? BUDGET_STAGES.flatMap((st) => at(st)) : [s];
		rate(stated, finals, budgets, shortLabel(s) === '合计' ? `${s.label.replace(/（.*$/, '')}` : shortLabel(s));
	}
	const sg = sangongStmts(ctx.report);
	ctx.report.sangong.forEach((line, i) => {
		if (!line.execution_rate) return;
		const same = (stage: string) =>
			candidates(sg.filter((o) => o.line.item === line.item && o.line.scope === line.scope && o.line.year === line.year && o.line.stage === stage));
		const stated = figureStmt(line.execution_rate, `sangong[${i}].execution_rate`, `${sangongLabel(line)}执行率`, '%');
		rate(stated, same('final'), same('budget'), sangongLabel(line).replace(/（.*$/, ''));
	});
	return out;
}

/* ------------------------------------------------------------------ year-on-year changes */

type Subject = { stmt: Stmt; change: StatedChange; changePath: string; priors: Stmt[]; name: string };

function checkChange(ctx: AuditContext, sub: Subject): Finding[] {
	const out: Finding[] = [];
	const { stmt: cur, change, changePath, name } = sub;
	const amt = change.amount ? moneyStmt(change.amount, `${changePath}.amount`, `${cur.label}同比增减额`) : undefined;
	const pct = change.pct ? figureStmt(change.pct, `${changePath}.pct`, `${cur.label}同比增减幅度`, '%') : undefined;
	const dir = change.direction === 'up' ? 1 : change.direction === 'down' ? -1 : 0;
	const word = (sign: number) => (sign > 0 ? '增加' : '减少');

	if (sub.priors.length) {
		// the prior-year figure is stated: recompute amount, percentage and direction
		const prior = sub.priors.reduce((best, p) => {
			if (!amt) return best;
			const e = (x: Stmt) => Math.abs(Math.abs(cur.value - x.value) - Math.abs(amt.value));
			return e(p) < e(best) ? p : best;
		}, sub.priors[0]);
		const c = cur.value - prior.value;
		const sign = Math.sign(round(c, 2));
		const statedSign = dir || Math.sign(amt?.value ?? pct?.value ?? 0);
		if (sign !== 0 && statedSign !== 0 && statedSign !== sign) {
			const byWord = dir !== 0;
			out.push(
				makeFinding(ctx, {
					rule: 'calc.change_direction',
					severity: byWord ? 'error' : 'warning',
					title: `${name}同比增减方向写反`,
					message: byWord
						? `${name}本年 ${fmtMoney(cur.value)} 万元、上年 ${fmtMoney(prior.value)} 万元，实际${word(sign)} ${fmtMoney(Math.abs(c))} 万元，报告却写作“${word(dir)}”。`
						: `${name}本年 ${fmtMoney(cur.value)} 万元${sign > 0 ? '高于' : '低于'}上年 ${fmtMoney(prior.value)} 万元，实为${word(sign)} ${fmtMoney(Math.abs(c))} 万元，但增减值写作 ${normalizeNumbers(amt?.text ?? pct?.text ?? '').replace(/\s+/g, '')}${sign < 0 ? '（未带负号）' : '（带负号）'}，读来像是${word(statedSign)}。`,
					figures: [cur, prior, ...(amt ? [amt] : []), ...(pct ? [pct] : [])],
					expected: c,
					stated: amt ? amt.value : (pct?.value ?? null),
					unit: amt ? '万元' : '%'
				})
			);
		}
		if (amt && !withinMoney(Math.abs(amt.value) - Math.abs(c), 2)) {
			out.push(
				makeFinding(ctx, {
					rule: 'calc.change_amount',
					severity: 'error',
					title: `${name}同比增减额与两年数字不符`,
					message: `${name}本年 ${fmtMoney(cur.value)} 万元 − 上年 ${fmtMoney(prior.value)} 万元 = ${fmtMoney(c)} 万元，而报告写增减 ${amt.text} 万元，相差 ${fmtMoney(Math.abs(Math.abs(amt.value) - Math.abs(c)))} 万元。`,
					figures: [cur, prior, amt],
					expected: Math.abs(c),
					stated: Math.abs(amt.value),
					unit: '万元',
					tolerance: 0.02
				})
			);
		}
		if (pct && !amt && prior.value !== 0) {
			const check = { stated: pct, inputs: [cur, prior], f: ([a, b]: number[]) => (Math.abs(a - b) / b) * 100 };
			const bad = firstDisagreement([check]);
			if (bad) {
				const v = midpoint(check);
				out.push(
					makeFinding(ctx, {
						rule: 'calc.change_pct',
						severity: 'error',
						title: bad.fraction ? `${name}同比增减幅度差 100 倍` : `${name}同比增减幅度与两年数字不符`,
						message: `${name}（本年 ${fmtMoney(cur.value)} − 上年 ${fmtMoney(prior.value)}）÷ 上年 ${fmtMoney(prior.value)} = ${fmtPct(v)}，而报告写 ${statedPct(pct.text)}${bad.fraction ? '，把比例 ' + fmtNum(v / 100, 4) + ' 当成了百分数' : ''}。`,
						figures: [cur, prior, pct],
						expected: v,
						stated: Math.abs(pct.value),
						unit: '%',
						tolerance: 0.01
					})
				);
			}
		}
	}

	if (amt && pct && amt.value !== 0) {
		// the prior year is implied: prior = current − change
		const a = Math.abs(amt.value);
		const signs = dir !== 0 ? [dir] : amt.value < 0 ? [-1] : [1, -1];
		const checks = signs.map((sg) => ({
			stated: pct,
			inputs: [cur, { ...amt, value: a }],
			f: ([c, x]: number[]) => (x / (c - sg * x)) * 100,
			sg
		}));
		const bad = firstDisagreement(checks);
		if (!bad) return out;
		const sg = (bad.check as (typeof checks)[number]).sg;
		const prior = cur.value - sg * a;
		const v = midpoint(bad.check);
		out.push(
			makeFinding(ctx, {
				rule: 'calc.change_pct',
				severity: 'error',
				title: bad.fraction ? `${name}同比增减幅度差 100 倍` : `${name}同比增减幅度与增减额不符`,
				message: `${name}本年 ${fmtMoney(cur.value)} 万元，比上年${word(sg)} ${fmtMoney(a)} 万元，上年应为 ${fmtMoney(prior)} 万元，${sg > 0 ? '增幅' : '降幅'}应为 ${fmtMoney(a)} ÷ ${fmtMoney(prior)} = ${fmtPct(v)}，而报告写 ${statedPct(pct.text)}${bad.fraction ? `，把比例 ${fmtNum(v / 100, 4)} 当成了百分数（差 100 倍）` : ''}。`,
				figures: [cur, amt, pct],
				expected: v,
				stated: Math.abs(pct.value),
				unit: '%',
				tolerance: 0.01
			})
		);
	}
	return out;
}

/** "部门整体收入（预算）" for a total, the item otherwise; no year (both years are named). */
function changeName(s: Stmt): string {
	return s.label.replace(/^\d+年/, '').replace(/·合计$/, '').replace(/^.*·/, '');
}

function changes(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	for (const s of ctx.budget) {
		const ch = s.line.change;
		if (!ch) continue;
		const priors = candidates(ctx.budget.filter((o) => budgetKey(o.line) === budgetKey({ ...s.line, year: ch.base_year })));
		out.push(...checkChange(ctx, { stmt: s, change: ch, changePath: `budget[${s.index}].change`, priors, name: changeName(s) }));
	}
	const sg = sangongStmts(ctx.report);
	ctx.report.sangong.forEach((line, i) => {
		const ch = line.change;
		const me = sg.find((s) => s.path === `sangong[${i}].amount`);
		if (!ch || !me) return;
		const priors = candidates(
			sg.filter((o) => o.line.item === line.item && o.line.stage === line.stage && o.line.scope === line.scope && o.line.year === ch.base_year)
		);
		out.push(...checkChange(ctx, { stmt: me, change: ch, changePath: `sangong[${i}].change`, priors, name: changeName(me) }));
	});
	return out;
}

/* ------------------------------------------------------------------ indicator completion */

/** Factor from the actual's unit to the target's unit, when they differ by a 万 prefix. */
export function unitFactor(targetUnit: string | undefined, actualUnit: string | undefined): number {
	if (!targetUnit || !actualUnit || targetUnit === actualUnit) return 1;
	if (targetUnit === `万${actualUnit}`) return 1e-4;
	if (actualUnit === `万${targetUnit}`) return 1e4;
	return 1;
}

/**
 * Completion rate(s) a stated rate may legitimately be: uncapped and capped at 100%.
 * Undefined when the target is not computable.
 */
export function completionFns(ind: Indicator, factor: number): ((xs: number[]) => number)[] | undefined {
	const t = ind.target;
	if (!t || t.value === undefined || ind.actual?.value === undefined) return undefined;
	const ratio = ([a, x]: number[]) => ((a * factor) / x) * 100;
	switch (t.op) {
		case '>=':
		case '>':
			if (t.value === 0) return undefined;
			return [ratio, (xs) => Math.min(100, ratio(xs))];
		case '<=':
		case '<':
			return [([a, x]) => (a * factor <= x ? 100 : (x / (a * factor)) * 100)];
		case 'range':
			if (t.value === 0) return undefined;
			return [([a, x]) => (a * factor >= x ? 100 : ratio([a, x]))];
		case '=':
			return ind.actual.value * factor === t.value ? [() => 100] : undefined;
		default:
			return undefined;
	}
}

function completions(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	for (const { ind, path } of allIndicators(ctx.report)) {
		if (!ind.stated_completion || !ind.target || !ind.actual || ind.actual.value === undefined) continue;
		const tUnit = ind.target.unit ?? ind.unit;
		const factor = unitFactor(tUnit, ind.actual.unit);
		const fns = completionFns(ind, factor);
		if (!fns) continue;
		const stated = figureStmt(ind.stated_completion, `${path}.stated_completion`, `${ind.name}完成率`, '%');
		const actual: Stmt = {
			...figureStmt({ value: ind.actual.value, unit: ind.actual.unit ?? '', text: ind.actual.text, quote: ind.actual.quote }, `${path}.actual`, `${ind.name}实际完成值`),
			uncertainty: 0.5 * 10 ** -decimalsOf(ind.actual.text)
		};
		const target: Stmt = {
			...figureStmt({ value: ind.target.value!, unit: tUnit ?? '', text: ind.target.text, quote: ind.target.quote }, `${path}.target`, `${ind.name}目标值`),
			uncertainty: 0
		};
		const checks = fns.map((f) => ({ stated, inputs: [actual, target], f }));
		// a rate computed without converting units is a plausibility finding, not this one
		const raw = factor !== 1 ? completionFns(ind, 1)!.map((f) => ({ stated, inputs: [actual, target], f })) : [];
		const bad = firstDisagreement(checks);
		if (!bad || (raw.length && !firstDisagreement(raw))) continue;
		const v = midpoint(bad.check);
		out.push(
			makeFinding(ctx, {
				rule: 'calc.completion',
				severity: 'error',
				title: `“${ind.name}”完成率与目标、实际值不符`,
				message: `“${ind.name}”目标 ${ind.target.text}、实际 ${ind.actual.text}，完成率应为 ${fmtPct(v)}，而报告写 ${statedPct(ind.stated_completion.text)}${bad.fraction ? '（疑差 100 倍）' : ''}。`,
				figures: [stated, actual, target],
				expected: v,
				stated: ind.stated_completion.value,
				unit: '%',
				tolerance: 0.01
			})
		);
	}
	return out;
}

/* ------------------------------------------------------------------ scores */

function scoreRates(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const scores = ctx.report.scores;
	if (!scores) return out;
	const check = (name: string, path: string, max?: Figure, score?: Figure, rate?: Figure) => {
		if (!max || !score || !rate || max.value === 0) return;
		const stated = figureStmt(rate, `${path}.stated_rate`, `${name}得分率`, '%');
		const m = { ...figureStmt(max, `${path}.max`, `${name}分值`, '分'), uncertainty: 0 };
		const s = { ...figureStmt(score, `${path}.score`, `${name}得分`, '分'), uncertainty: 0 };
		const c = { stated, inputs: [s, m], f: ([a, b]: number[]) => (a / b) * 100 };
		const bad = firstDisagreement([c]);
		if (!bad) return;
		const v = midpoint(c);
		out.push(
			makeFinding(ctx, {
				rule: 'calc.score_rate',
				severity: 'error',
				title: `“${name}”得分率与得分、分值不符`,
				message: `“${name}”得分 ${score.text} 分 ÷ 分值 ${max.text} 分 = ${fmtPct(v)}，而得分率写作 ${statedPct(rate.text)}。`,
				figures: [stated, s, m],
				expected: v,
				stated: rate.value,
				unit: '%',
				tolerance: 0.01
			})
		);
	};
	if (scores.total) check('总分', 'scores.total', scores.total.max, scores.total.score, scores.total.stated_rate);
	const walk = (nodes: ScoreNode[], path: string) =>
		nodes.forEach((n, i) => {
			const p = `${path}[${i}]`;
			check(n.name, p, n.max, n.score, n.stated_rate);
			if (n.children) walk(n.children, `${p}.children`);
		});
	walk(scores.tree, 'scores.tree');
	return out;
}

function grade(ctx: AuditContext): Finding[] {
	const s = ctx.report.scores;
	if (!s?.grade || !s.total) return [];
	const expected = gradeOf(s.total.score.value);
	if (expected === s.grade.value) return [];
	const score = figureStmt(s.total.score, 'scores.total.score', '总分', '分');
	return [
		makeFinding(ctx, {
			rule: 'calc.grade',
			severity: 'error',
			title: '等级与总分不符',
			message: `总分 ${s.total.score.text} 分按财预〔2020〕10号应评为“${expected}”，报告却写“${s.grade.value}”。`,
			figures: [score, { ...score, path: 'scores.grade', label: '等级', value: null, unit: '', text: s.grade.value, quote: s.grade.quote }],
			expected,
			stated: s.grade.value,
			unit: ''
		})
	];
}

export function auditComputed(ctx: AuditContext): Finding[] {
	return [
		...budgetShares(ctx),
		...sangongShares(ctx),
		...executionRates(ctx),
		...changes(ctx),
		...completions(ctx),
		...scoreRates(ctx),
		...grade(ctx)
	];
}
