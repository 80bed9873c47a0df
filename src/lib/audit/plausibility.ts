/**
 * Plausibility (合理性): figures that add up but cannot be right as written — a 元 amount in a
 * list of 万元, a completion rate that implies a unit mismatch, full marks for nothing done,
 * staff above the authorised 编制, a score above its maximum.
 */
import type { Finding } from '../schema/finding';
import type { Figure, Indicator, ScoreNode } from '../schema/report';
import {
	type AuditContext,
	type BudgetStmt,
	allIndicators,
	bestChoice,
	candidates,
	figureStmt,
	fmtMoney,
	fmtNum,
	fmtPct,
	statedPct,
	frameKey,
	groupBy,
	makeFinding,
	shortLabel,
	siblingKey,
	sumTolerance,
	withinMoney
} from './common';
import { completionFns, unitFactor } from './computed';

function unitTypos(ctx: AuditContext, marked: BudgetStmt[]): Finding[] {
	const out: Finding[] = [];
	for (const s of marked) {
		const l = s.line;
		const siblings = ctx.budget.filter((o) => siblingKey(o.line) === siblingKey(l));
		const refs = ctx.budget.filter((o) =>
			frameKey(o.line) === frameKey(l) && (l.parent ? o.line.item === l.parent && !o.line.parent : o.line.breakdown === 'total' && o.line.item === '合计')
		);
		let confirm = '';
		const others = [...groupBy(siblings.filter((o) => o.line.item !== l.item), (o) => o.line.item).values()].map(
			(g) => candidates(g).filter((c) => !c.isAlt)
		);
		const figures = [s];
		if (refs.length) {
			const rc = candidates(refs).filter((c) => !c.isAlt);
			const n = others.length + 1;
			// the list adds up as written: the small 元 amount is what it says
			const asWritten = bestChoice([...others, rc], (p) => p[n - 1].value - (p.slice(0, n - 1).reduce((a, x) => a + x.value, 0) + s.value));
			if (withinMoney(asWritten.diff, n)) continue;
			const { pick, diff } = bestChoice([...others, rc], (p) => p[n - 1].value - (p.slice(0, n - 1).reduce((a, x) => a + x.value, 0) + s.alt!));
			if (withinMoney(diff, n)) {
				const total = pick[n - 1];
				const sumAlt = total.value - diff;
				const gap = Math.abs(total.value - sumAlt);
				confirm = `；按万元计，该组 ${n} 项合计 ${fmtMoney(sumAlt)} 万元，与${shortLabel(total)} ${fmtMoney(total.value)} 万元${gap < 0.005 ? '相符' : `只差 ${fmtMoney(gap)} 万元（在舍入容差内）`}`;
				figures.push(...pick.slice(0, n - 1), total);
			}
		}
		out.push(
			makeFinding(ctx, {
				rule: 'plaus.unit_typo',
				severity: 'warning',
				title: `${l.item}疑为“万元”误写作“元”`,
				message: `${shortLabel(s)}写作“${s.text}”（合 ${fmtNum(s.value, 6)} 万元），在同组以万元书写的金额中小得不合常理，疑为“${fmtMoney(s.alt!)}万元”之误${confirm}。`,
				figures,
				expected: s.alt!,
				stated: s.value,
				unit: '万元',
				decimals: 6,
				tolerance: confirm ? sumTolerance(others.length + 1) : undefined
			})
		);
	}
	return out;
}

function indicatorPlausibility(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const seen = new Set<string>();
	for (const { ind, path } of allIndicators(ctx.report)) {
		const key = ind.name.replace(/\s+/g, '');
		if (seen.has(key)) continue;
		seen.add(key);
		// completion rate far off the target
		const t = ind.target;
		const a = ind.actual;
		const factor = unitFactor(t?.unit ?? ind.unit, a?.unit);
		const raw = completionFns(ind, 1);
		const rate = ind.stated_completion?.value ?? (raw && a?.value !== undefined && t?.value !== undefined ? raw[0]([a.value, t.value]) : undefined);
		const actualPositive = a?.value !== undefined && a.value > 0;
		if (rate !== undefined && t && (t.op === '>=' || t.op === '>' || t.op === 'range') && ((rate >= 1000) || (actualPositive && rate > 0 && rate <= 1) || factor !== 1)) {
			const figures = [
				...(ind.stated_completion ? [figureStmt(ind.stated_completion, `${path}.stated_completion`, `“${ind.name}”完成率`, '%')] : []),
				...(a && a.value !== undefined ? [figureStmt({ value: a.value, unit: a.unit ?? '', text: a.text, quote: a.quote }, `${path}.actual`, `“${ind.name}”实际完成值`)] : []),
				...(t.value !== undefined ? [figureStmt({ value: t.value, unit: t.unit ?? '', text: t.text, quote: t.quote }, `${path}.target`, `“${ind.name}”目标值`)] : [])
			];
			const times = rate / 100;
			const why =
				factor !== 1
					? `目标以“${t.unit ?? ind.unit}”计、实际以“${a?.unit}”计，单位不一致`
					: rate >= 1000
						? `实际值是目标的 ${fmtNum(times, 2)} 倍，疑为目标与实际单位不一致（如万人与人），或目标值设定明显偏低`
						: `实际值不足目标的 1%，疑为目标与实际单位不一致（如万人与人）`;
			out.push(
				makeFinding(ctx, {
					rule: 'plaus.unit_mismatch',
					severity: 'warning',
					title: `“${ind.name}”完成率异常`,
					message: `“${ind.name}”目标 ${t.text}、实际 ${a?.text ?? '未写'}，完成率 ${fmtPct(rate)}：${why}。`,
					figures: figures.length ? figures : [figureStmt({ value: t.value ?? 0, unit: t.unit ?? '', text: t.text, quote: t.quote }, `${path}.target`, `“${ind.name}”目标值`)],
					expected: 100,
					stated: rate,
					unit: '%'
				})
			);
		}
		// full marks for an indicator with nothing done
		if (ind.max && ind.score && ind.max.value > 0 && ind.score.value >= ind.max.value) {
			const zeroRate = ind.stated_completion?.value === 0;
			const zeroActual = !zeroRate && isZero(ind);
			if (zeroRate || zeroActual) {
				const figs = [
					figureStmt(ind.score, `${path}.score`, `“${ind.name}”得分`, '分'),
					figureStmt(ind.max, `${path}.max`, `“${ind.name}”分值`, '分'),
					...(zeroRate ? [figureStmt(ind.stated_completion!, `${path}.stated_completion`, `“${ind.name}”完成率`, '%')] : []),
					...(zeroActual ? [figureStmt({ value: 0, unit: a!.unit ?? '', text: a!.text, quote: a!.quote }, `${path}.actual`, `“${ind.name}”实际完成值`)] : [])
				];
				out.push(
					makeFinding(ctx, {
						rule: 'plaus.full_score_zero',
						severity: 'warning',
						title: `“${ind.name}”完成为 0 却得满分`,
						message: `“${ind.name}”${zeroRate ? `完成率为 ${statedPct(ind.stated_completion!.text)}` : `实际完成值为 ${a!.text}`}，却得了满分 ${ind.score.text} 分（分值 ${ind.max.text} 分）。`,
						figures: figs,
						expected: 0,
						stated: ind.score.value,
						unit: '分'
					})
				);
			}
		}
	}
	return out;
}

/** Is the indicator's outcome nothing (a 0 rate, or 0 done against a positive target)? */
function isZero(ind: Indicator): boolean {
	const t = ind.target;
	return (
		ind.stated_completion?.value === 0 ||
		(ind.actual?.value === 0 && t?.value !== undefined && t.value > 0 && ['>=', '>', '=', 'range'].includes(t.op))
	);
}

/**
 * A score row that covers a level of indicators (its name contains the indicators' 一级指标,
 * e.g. "部门整体绩效目标产出指标完成情况" for 产出指标) scored full while one of them is at 0.
 */
function fullScoreGroups(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const inds = allIndicators(ctx.report);
	const seen = new Set<string>();
	const walk = (nodes: ScoreNode[], path: string) =>
		nodes.forEach((n, i) => {
			const p = `${path}[${i}]`;
			if (n.children) walk(n.children, `${p}.children`);
			if (!n.max || !n.score || n.max.value <= 0 || n.score.value < n.max.value) return;
			const zero = inds.filter(({ ind }) => !!ind.level1 && n.name.includes(ind.level1) && isZero(ind));
			const fresh = zero.filter(({ ind }) => !seen.has(ind.name));
			if (!fresh.length) return;
			fresh.forEach(({ ind }) => seen.add(ind.name));
			const figs = fresh.flatMap(({ ind, path: ip }) =>
				ind.stated_completion?.value === 0
					? [figureStmt(ind.stated_completion, `${ip}.stated_completion`, `“${ind.name}”完成率`, '%')]
					: [figureStmt({ value: 0, unit: ind.actual!.unit ?? '', text: ind.actual!.text, quote: ind.actual!.quote }, `${ip}.actual`, `“${ind.name}”实际完成值`)]
			);
			out.push(
				makeFinding(ctx, {
					rule: 'plaus.full_score_zero',
					severity: 'warning',
					title: `“${n.name}”含完成为 0 的指标却得满分`,
					message: `${fresh.map(({ ind }) => `“${ind.name}”完成${ind.stated_completion?.value === 0 ? `率为 ${statedPct(ind.stated_completion.text)}` : `值为 ${ind.actual!.text}`}`).join('、')}，而评分表中“${n.name}”仍得满分 ${n.score.text} 分（分值 ${n.max.text} 分）。`,
					figures: [
						...figs,
						figureStmt(n.score, `${p}.score`, `${n.name}得分`, '分'),
						figureStmt(n.max, `${p}.max`, `${n.name}分值`, '分')
					],
					expected: null,
					stated: n.score.value,
					unit: '分'
				})
			);
		});
	const s = ctx.report.scores;
	if (s) walk(s.tree, 'scores.tree');
	return out;
}

function overstaffed(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const stmts = ctx.report.staffing.map((l, i) => ({ ...figureStmt(l.count, `staffing[${i}].count`, `${l.unit}${l.category}`, '人'), l }));
	for (const g of groupBy(stmts, (s) => s.l.unit).values()) {
		/** the unit's total for a measure: its 合计 line, else the sum of its categories */
		const total = (measure: string) => {
			const m = g.filter((s) => s.l.measure === measure);
			const t = m.find((s) => s.l.category === '合计');
			if (t) return { value: t.value, figs: [t] };
			const parts = [...groupBy(m, (s) => s.l.category).values()].map((x) => x[0]);
			return parts.length ? { value: parts.reduce((a, p) => a + p.value, 0), figs: parts } : undefined;
		};
		const pairs: { what: string; auth?: { value: number; figs: typeof stmts }; act?: { value: number; figs: typeof stmts } }[] = [
			{ what: '', auth: total('authorized'), act: total('actual') }
		];
		for (const c of new Set(g.filter((s) => s.l.category !== '合计').map((s) => s.l.category))) {
			const one = (measure: string) => {
				const x = g.find((s) => s.l.measure === measure && s.l.category === c);
				return x ? { value: x.value, figs: [x] } : undefined;
			};
			pairs.push({ what: c, auth: one('authorized'), act: one('actual') });
		}
		for (const { what, auth, act } of pairs) {
			if (!auth || !act || act.value <= auth.value) continue;
			out.push(
				makeFinding(ctx, {
					rule: 'plaus.overstaffed',
					severity: 'warning',
					title: '实有人数超过核定编制',
					message: `${g[0].l.unit}${what}核定编制 ${auth.value} 名，实有在职（在编）人员却有 ${act.value} 人，超出 ${act.value - auth.value} 人。`,
					figures: [
						...auth.figs.map((f) => ({ ...f, label: `${f.label}核定编制` })),
						...act.figs.map((f) => ({ ...f, label: `${f.label}实有人数` }))
					],
					expected: auth.value,
					stated: act.value,
					unit: '人',
					decimals: 0
				})
			);
		}
	}
	return out;
}

function scoresOverMax(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const check = (name: string, path: string, max?: Figure, score?: Figure) => {
		if (!max || !score || score.value <= max.value + 1e-9) return;
		out.push(
			makeFinding(ctx, {
				rule: 'plaus.score_over_max',
				severity: 'error',
				title: `“${name}”得分超过分值`,
				message: `“${name}”分值 ${max.text} 分，得分却为 ${score.text} 分。`,
				figures: [figureStmt(score, `${path}.score`, `${name}得分`, '分'), figureStmt(max, `${path}.max`, `${name}分值`, '分')],
				expected: max.value,
				stated: score.value,
				unit: '分'
			})
		);
	};
	const s = ctx.report.scores;
	if (s?.total) check('总分', 'scores.total', s.total.max, s.total.score);
	const walk = (nodes: ScoreNode[], path: string) =>
		nodes.forEach((n, i) => {
			check(n.name, `${path}[${i}]`, n.max, n.score);
			if (n.children) walk(n.children, `${path}[${i}].children`);
		});
	if (s) walk(s.tree, 'scores.tree');
	for (const { ind, path } of allIndicators(ctx.report)) check(ind.name, path, ind.max, ind.score);
	return out;
}

export function auditPlausibility(ctx: AuditContext, marked: BudgetStmt[]): Finding[] {
	return [
		...unitTypos(ctx, marked),
		...indicatorPlausibility(ctx),
		...fullScoreGroups(ctx),
		...overstaffed(ctx),
		...scoresOverMax(ctx)
	];
}
