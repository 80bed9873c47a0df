/**
 * Parts vs totals (分项与合计): every cut of a total must add up to it, within ±0.01 万元 per
 * summed term. A figure stated more than once is consistent when any of its statements is.
 */
import type { Finding, RuleId, Severity } from '../schema/finding';
import type { Breakdown, BudgetLine, Scope, ScoreNode, Scores, SangongItem } from '../schema/report';
import { SANGONG_LABEL } from '../schema/report';
import {
	allIndicators,
	type AuditContext,
	type BudgetStmt,
	type Stmt,
	bestChoice,
	budgetKey,
	candidates,
	figureStmt,
	fmtMoney,
	fmtNum,
	frameKey,
	frameName,
	FLOW_LABEL,
	groupBy,
	SCOPE_LABEL,
	STAGE_LABEL,
	makeFinding,
	moneyPhrase,
	moneyStmt,
	plusList,
	sangongStmts,
	shortLabel,
	sumTolerance,
	withinMoney
} from './common';

const sum = (xs: Stmt[]) => xs.reduce((a, s) => a + s.value, 0);

/** "−22.27 − 55.10 + 3.00" */
const signedList = (xs: Stmt[]) =>
	xs.map((s, i) => (i === 0 ? fmtMoney(s.value) : `${s.value < 0 ? '−' : '+'} ${fmtMoney(Math.abs(s.value))}`)).join(' ').replace(/^-/, '−');

/** The candidate groups of the lines, one group per item, in first-stated order. */
function itemGroups<T extends Stmt & { line: { item: string } }>(stmts: T[]): T[][] {
	return [...groupBy(stmts, (s) => s.line.item).values()].map(candidates);
}

type Ref = { groups: BudgetStmt[][]; derived: boolean; name: string };

const TOP_BREAKDOWNS: Breakdown[] = ['nature', 'source', 'economic', 'function', 'budget_level', 'development', 'cost'];
const BREAKDOWN_RULE: Record<Breakdown, RuleId> = {
	total: 'sum.nature',
	nature: 'sum.nature',
	source: 'sum.source',
	economic: 'sum.economic',
	function: 'sum.function',
	project: 'sum.project',
	development: 'sum.breakdown',
	budget_level: 'sum.breakdown',
	cost: 'sum.breakdown'
};
const BREAKDOWN_NAME: Record<Breakdown, string> = {
	total: '合计',
	nature: '按支出性质（基本支出、项目支出）',
	source: '按资金来源',
	economic: '按经济分类',
	function: '按功能分类',
	project: '项目明细',
	development: '事业发展性支出',
	budget_level: '按预算级次',
	cost: '项目成本构成'
};

/** Is this cut of the frame complete (its parts must equal the total), or possibly partial? */
function isComplete(b: Breakdown, items: string[]): boolean {
	if (b === 'nature') return items.includes('基本支出') && items.includes('项目支出');
	if (b === 'source') return items.length >= 2;
	return false;
}

/** Severity when a possibly partial list falls short of its total. */
function shortfallSeverity(b: Breakdown): Severity | null {
	if (b === 'economic' || b === 'function' || b === 'source') return 'warning';
	if (b === 'budget_level' || b === 'development') return 'note';
	return null; // project items without a 合计 row, a lone 人员经费: a partial list says nothing
}

function compareParts(
	ctx: AuditContext,
	rule: RuleId,
	b: Breakdown,
	parts: BudgetStmt[][],
	ref: Ref,
	complete: boolean,
	text: { context: string; lead: string; titleParts: string }
): Finding[] {
	const n = parts.length;
	const r = ref.groups.length;
	const { pick, diff } = bestChoice([...parts, ...ref.groups], (p) => sum(p.slice(n)) - sum(p.slice(0, n)));
	const terms = ref.derived ? n + r : n;
	if (withinMoney(diff, terms)) return [];
	const ps = pick.slice(0, n);
	const rs = pick.slice(n);
	const partSum = sum(ps);
	const refSum = sum(rs);
	const excess = partSum > refSum;
	let severity: Severity = 'error';
	if (!complete && !excess) {
		const s = shortfallSeverity(b);
		if (!s) return [];
		severity = s;
	}
	const refText = ref.derived
		? `${ref.name}（${rs.map((s) => `${shortLabel(s)} ${fmtMoney(s.value)}`).join(' + ')} = ${fmtMoney(refSum)} 万元）`
		: `${ref.name} ${fmtMoney(refSum)} 万元`;
	const partsText =
		n === 1 ? moneyPhrase(ps[0]) : `${ps.map(moneyPhrase).join('、')}，合计 ${plusList(ps)} = ${fmtMoney(partSum)} 万元`;
	const tail = complete || excess ? '' : '，可能漏列了分项，也可能数字有误';
	// parts that add up to another total the report states (seed 002: the economic classes of 基本支出
	// make the whole department's spending) point to a misfiled list, not to a wrong total
	const other = n > 1 ? otherTotalMatching(ctx, partSum, [...ps, ...rs], terms) : null;
	const otherText = other ? `；分项之和等于报告所写的${frameName(other.line)}${shortLabel(other)} ${fmtMoney(other.value)} 万元，这些分项可能属于该总额而非${ref.name}，请核对分项所属的总额，而不是改动${ref.name}` : '';
	const lead = n > 1 ? `分项之和 ${fmtMoney(partSum)} 万元与${refText}不符：` : '';
	const message = `${lead}${text.context}${text.lead}${partsText}，比${refText}${excess ? '多' : '少'} ${fmtMoney(Math.abs(partSum - refSum))} 万元${tail}${otherText}。`;
	const title = `${text.titleParts}${n === 1 ? '' : '之和'}${excess ? '超过' : complete ? '不等于' : '少于'}${ref.name}`;
	return [
		makeFinding(ctx, {
			rule,
			severity,
			title,
			message,
			figures: [...ps, ...rs],
			// a derived reference (no stated total) is what the parts should reach
			expected: ref.derived ? refSum : partSum,
			stated: ref.derived ? partSum : refSum,
			unit: '万元',
			tolerance: sumTolerance(terms)
		})
	];
}

/** Another stated total of the same year, flow and stage (not one of `used`) that the parts' sum equals. */
function otherTotalMatching(ctx: AuditContext, partSum: number, used: BudgetStmt[], terms: number): BudgetStmt | null {
	const first = used[0];
	const taken = new Set(used.map((u) => u.index));
	const totals = new Set(['合计', '支出合计', '收入合计', '基本支出', '项目支出']);
	return (
		ctx.budget.find(
			(b) =>
				!taken.has(b.index) &&
				b.line.year === first.line.year &&
				b.line.flow === first.line.flow &&
				b.line.stage === first.line.stage &&
				b.line.scope === first.line.scope &&
				(b.line.breakdown === 'total' || (b.line.breakdown === 'nature' && totals.has(b.line.item))) &&
				withinMoney(b.value - partSum, terms)
		) ?? null
	);
}

const TITLE_PARTS: Record<Breakdown, string> = {
	total: '合计',
	nature: '基本支出与项目支出',
	source: '各来源',
	economic: '经济分类各项',
	function: '功能分类各项',
	project: '项目明细',
	development: '事业发展性支出各项',
	budget_level: '预算级次各项',
	cost: '成本构成各项'
};

/** Each cut of a frame (flow × scope × stage × year) against the frame's total. */
function frameSums(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	for (const stmts of groupBy(ctx.budget, (s) => frameKey(s.line)).values()) {
		const line0 = stmts[0].line;
		const context = `${frameName(line0)}`;
		const totals = stmts.filter((s) => s.line.breakdown === 'total' && s.line.item === '合计');
		const top = (b: Breakdown) => stmts.filter((s) => s.line.breakdown === b && !s.line.parent);
		const items = (b: Breakdown) => [...new Set(top(b).map((s) => s.line.item))];
		let ref: Ref | undefined;
		let refBreakdown: Breakdown | undefined;
		if (totals.length) ref = { groups: [candidates(totals)], derived: false, name: `${FLOW_LABEL[line0.flow]}合计` };
		else {
			for (const b of ['nature', 'source'] as Breakdown[]) {
				if (isComplete(b, items(b))) {
					ref = { groups: itemGroups(top(b)), derived: true, name: b === 'nature' ? '基本支出与项目支出之和' : '各来源之和' };
					refBreakdown = b;
					break;
				}
			}
		}
		if (!ref) continue;
		for (const b of TOP_BREAKDOWNS) {
			if (b === refBreakdown) continue;
			const parts = top(b);
			if (!parts.length) continue;
			out.push(
				...compareParts(ctx, BREAKDOWN_RULE[b], b, itemGroups(parts), ref, isComplete(b, items(b)), {
					context,
					lead: `${BREAKDOWN_NAME[b]}的`,
					titleParts: TITLE_PARTS[b]
				})
			);
		}
	}
	return out;
}

/** The wider fund scopes a scope's money is part of, nearest first (一般公共预算 is part of 财政拨款, both of 部门整体). */
const WIDER_SCOPES: Record<Scope, Scope[]> = { all: [], fiscal: ['all'], general_public: ['fiscal', 'all'], other: ['all'] };

/**
 * The frame a line with a parent is summed in: its own, or — when its parent is stated only in a
 * wider fund scope — the parent's (153 昭化区卫健局: 财政拨款小计 6.30 = 一般公共预算 6.30 + 政府性基金 0.00
 * + 国有资本经营预算 0.00, the first part written as 一般公共预算 money, the parent as 财政拨款).
 */
function parentFrame(ctx: AuditContext, l: BudgetLine): Pick<BudgetLine, 'flow' | 'scope' | 'stage' | 'year'> {
	const stated = (scope: Scope) =>
		ctx.budget.some(
			(s) => s.line.item === l.parent && !s.line.parent && s.line.breakdown !== 'total' && frameKey(s.line) === frameKey({ ...l, scope })
		);
	if (stated(l.scope)) return l;
	// (a line the wider frame also states under the same parent is the same part in two scopes, not one more part)
	const twice = (scope: Scope) =>
		ctx.budget.some(
			(s) => s.line.item === l.item && s.line.parent === l.parent && s.line.breakdown === l.breakdown && frameKey(s.line) === frameKey({ ...l, scope })
		);
	const wider = WIDER_SCOPES[l.scope].find((scope) => stated(scope) && !twice(scope));
	return wider ? { ...l, scope: wider } : l;
}

/** Lines that name a parent (人员经费 in 基本支出, a project in 项目支出 …) against it. */
function parentSums(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const withParent = ctx.budget.filter((s) => s.line.parent && s.line.breakdown !== 'total');
	const frameOf = new Map(withParent.map((s) => [s, parentFrame(ctx, s.line)]));
	for (const stmts of groupBy(withParent, (s) => `${frameKey(frameOf.get(s)!)}|${s.line.parent}|${s.line.breakdown}`).values()) {
		const { line: l0 } = stmts[0];
		const frame = frameOf.get(stmts[0])!;
		const b = l0.breakdown;
		const parent = l0.parent!;
		const row = b === 'project' ? stmts.filter((s) => s.line.item === '合计') : [];
		const parts = stmts.filter((s) => !(b === 'project' && s.line.item === '合计'));
		const parentStmts = ctx.budget.filter(
			(s) => frameKey(s.line) === frameKey(frame) && s.line.item === parent && !s.line.parent && s.line.breakdown !== 'total'
		);
		const context = frameName(frame);
		const rule: RuleId = b === 'nature' ? 'sum.basic' : BREAKDOWN_RULE[b];
		const groups = itemGroups(parts);
		const text = {
			context,
			lead: b === 'nature' ? `${parent}中` : b === 'project' ? `${parent}明细中` : `${parent}中${BREAKDOWN_NAME[b]}的`,
			titleParts: b === 'nature' ? parts.map((p) => p.line.item).filter((x, i, a) => a.indexOf(x) === i).join('与') : TITLE_PARTS[b]
		};
		if (row.length && groups.length) {
			out.push(
				...compareParts(ctx, rule, b, groups, { groups: [candidates(row)], derived: false, name: '明细表合计行' }, true, text)
			);
			if (parentStmts.length) {
				const rc = candidates(row);
				const pc = candidates(parentStmts);
				const { pick, diff } = bestChoice([rc, pc], ([a, p]) => p.value - a.value);
				if (!withinMoney(diff, 1)) {
					out.push(
						makeFinding(ctx, {
							rule: 'sum.project',
							severity: 'error',
							title: `项目明细合计不等于${parent}`,
							message: `${context}项目明细表合计 ${fmtMoney(pick[0].value)} 万元，而${parent}写作 ${fmtMoney(pick[1].value)} 万元，相差 ${fmtMoney(Math.abs(diff))} 万元。`,
							figures: pick,
							expected: pick[0].value,
							stated: pick[1].value,
							unit: '万元',
							tolerance: sumTolerance(1)
						})
					);
				}
			}
			continue;
		}
		if (!parentStmts.length || !groups.length) continue;
		const complete = b === 'nature' && groups.length >= 2;
		out.push(
			...compareParts(ctx, rule, b, groups, { groups: [candidates(parentStmts)], derived: false, name: parent }, complete, text)
		);
	}
	return out;
}

/**
 * The year-on-year changes of the parts of two complete cuts of one total must add up to the
 * same change (both equal the total's change).
 */
function changeSums(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	for (const stmts of groupBy(ctx.budget, (s) => frameKey(s.line)).values()) {
		const totals = stmts.filter((s) => s.line.breakdown === 'total' && s.line.item === '合计');
		const cuts: { b: Breakdown; amount: number; parts: BudgetStmt[]; changes: Stmt[] }[] = [];
		for (const b of TOP_BREAKDOWNS) {
			const parts = stmts.filter((s) => s.line.breakdown === b && !s.line.parent);
			const byItem = [...groupBy(parts, (s) => s.line.item).values()];
			if (byItem.length < 2) continue;
			const first = byItem.map((g) => g.find((s) => s.line.change?.amount) ?? g[0]);
			if (!first.every((s) => s.line.change?.amount)) continue;
			cuts.push({
				b,
				amount: sum(first),
				parts: first,
				changes: first.map((s) =>
					moneyStmt(s.line.change!.amount!, `budget[${s.index}].change.amount`, `${s.label}同比增减额`)
				)
			});
		}
		if (cuts.length === 0) continue;
		// only cuts whose amounts add up to the total (or to each other) are complete
		const refAmount = totals.length ? totals[0].value : cuts[0].amount;
		const complete = cuts.filter((c) => withinMoney(c.amount - refAmount, c.parts.length + 1));
		const totalChange = totals.find((s) => s.line.change?.amount);
		const base = totalChange
			? {
					name: '合计的同比增减额',
					value: totalChange.line.change!.amount!.wan,
					figs: [moneyStmt(totalChange.line.change!.amount!, `budget[${totalChange.index}].change.amount`, `${totalChange.label}同比增减额`)]
				}
			: complete.length >= 2
				? { name: `${BREAKDOWN_NAME[complete[0].b]}各项增减额之和`, value: sum(complete[0].changes), figs: complete[0].changes }
				: undefined;
		if (!base) continue;
		for (const c of complete) {
			if (!totalChange && c === complete[0]) continue;
			const s = sum(c.changes);
			const terms = c.changes.length + base.figs.length;
			if (withinMoney(s - base.value, terms)) continue;
			out.push(
				makeFinding(ctx, {
					rule: 'sum.change',
					severity: 'warning',
					title: '各分项同比增减额之和不一致',
					message:
						`${frameName(c.parts[0].line)}${BREAKDOWN_NAME[c.b]}各项的同比增减额合计 ${signedList(c.changes)} = ${fmtMoney(s)} 万元，` +
						`而${base.name}为 ${fmtMoney(base.value)} 万元，相差 ${fmtMoney(Math.abs(s - base.value))} 万元；两者都应等于支出总额的增减额，所推出的上年数因此不一致。`,
					figures: [...c.changes, ...base.figs],
					expected: base.value,
					stated: s,
					unit: '万元',
					tolerance: sumTolerance(terms)
				})
			);
		}
	}
	return out;
}

/** 年初预算 + 年中追加(调减) = 调整预算, per line. */
function adjustments(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const key = (s: BudgetStmt) => budgetKey({ ...s.line, stage: 'final' });
	for (const stmts of groupBy(ctx.budget, key).values()) {
		const at = (stage: string) => candidates(stmts.filter((s) => s.line.stage === stage));
		const [ini, add, adj] = [at('initial'), at('addition'), at('adjusted')];
		if (!ini.length || !add.length || !adj.length) continue;
		const { pick, diff } = bestChoice([ini, add, adj], ([i, a, j]) => j.value - (i.value + a.value));
		if (withinMoney(diff, 2)) continue;
		const [i, a, j] = pick;
		out.push(
			makeFinding(ctx, {
				rule: 'sum.adjustment',
				severity: 'error',
				title: '年初预算加追加不等于调整预算',
				message: `${i.line.year}年${shortLabel(i)}：年初预算 ${fmtMoney(i.value)} 万元 + 年中追加 ${fmtMoney(a.value)} 万元 = ${fmtMoney(i.value + a.value)} 万元，而调整后预算写作 ${fmtMoney(j.value)} 万元，相差 ${fmtMoney(Math.abs(diff))} 万元。`,
				figures: pick,
				expected: i.value + a.value,
				stated: j.value,
				unit: '万元',
				tolerance: sumTolerance(2)
			})
		);
	}
	return out;
}

/** 年末结转和结余 = 年初结转结余 + 本年收入 − 本年支出, per scope and item. */
function balances(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const key = (s: BudgetStmt) => [s.line.scope, s.line.stage, s.line.year, s.line.breakdown, s.line.item, s.line.parent ?? ''].join('|');
	for (const stmts of groupBy(ctx.budget, key).values()) {
		const at = (flow: string) => candidates(stmts.filter((s) => s.line.flow === flow));
		const [op, inc, exp, cl] = [at('opening_balance'), at('income'), at('expenditure'), at('closing_balance')];
		if (!op.length || !inc.length || !exp.length || !cl.length) continue;
		const { pick, diff } = bestChoice([op, inc, exp, cl], ([o, i, e, c]) => c.value - (o.value + i.value - e.value));
		if (withinMoney(diff, 3)) continue;
		const [o, i, e, c] = pick;
		const computed = o.value + i.value - e.value;
		const l = o.line;
		const what = l.item === '合计' ? '：' : `${l.item}：`;
		out.push(
			makeFinding(ctx, {
				rule: 'sum.balance',
				severity: 'error',
				title: '年末结转和结余与收支不符',
				message: `${l.year}年${SCOPE_LABEL[l.scope]}${what}年初结转结余 ${fmtMoney(o.value)} + 本年收入 ${fmtMoney(i.value)} − 本年支出 ${fmtMoney(e.value)} = ${fmtMoney(computed)} 万元，而年末结转和结余写作 ${fmtMoney(c.value)} 万元，相差 ${fmtMoney(Math.abs(diff))} 万元。`,
				figures: pick,
				expected: computed,
				stated: c.value,
				unit: '万元',
				tolerance: sumTolerance(3)
			})
		);
	}
	return out;
}

/* ------------------------------------------------------------------ 三公 */

function sangongSums(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const all = sangongStmts(ctx.report);
	for (const stmts of groupBy(all, (s) => [s.line.stage, s.line.scope, s.line.year].join('|')).values()) {
		const at = (item: SangongItem) => candidates(stmts.filter((s) => s.line.item === item));
		const check = (rule: RuleId, whole: SangongItem, partsItems: SangongItem[]) => {
			const w = at(whole);
			const groups = partsItems.map(at).filter((g) => g.length);
			if (!w.length || !groups.length) return;
			const complete = groups.length === partsItems.length;
			const n = groups.length;
			const { pick, diff } = bestChoice([...groups, w], (p) => p[n].value - sum(p.slice(0, n)));
			if (withinMoney(diff, n)) return;
			const ps = pick.slice(0, n);
			const total = pick[n];
			const s = sum(ps);
			if (!complete && s <= total.value) return; // undisclosed items are not 0
			const stage = STAGE_LABEL[total.line.stage];
			out.push(
				makeFinding(ctx, {
					rule,
					severity: 'error',
					title: `${SANGONG_LABEL[whole]}与分项之和不符`,
					message: `${total.line.year}年${stage}：${ps.map((p) => `${SANGONG_LABEL[p.line.item]} ${fmtMoney(p.value)} 万元`).join('、')}，合计 ${fmtMoney(s)} 万元，而${SANGONG_LABEL[whole]}写作 ${fmtMoney(total.value)} 万元，相差 ${fmtMoney(Math.abs(diff))} 万元。`,
					figures: pick,
					expected: s,
					stated: total.value,
					unit: '万元',
					tolerance: sumTolerance(n)
				})
			);
		};
		check('sum.sangong', 'total', ['abroad', 'vehicle', 'reception']);
		check('sum.vehicle', 'vehicle', ['vehicle_purchase', 'vehicle_operation']);
	}
	return out;
}

/* ------------------------------------------------------------------ scores */

type ScoreParts = { node: { name: string; max?: ScoreNode['max']; score?: ScoreNode['score'] }; path: string };

/**
 * The indicators that may make up the rest of the total: a 项目支出绩效自评表 scores 预算执行率
 * in its score table (10 分) and gives every indicator its own 分值 and 得分 (90 分 together), so
 * the total is the score table's nodes plus the indicators. Only when every indicator states the
 * field and the score table has no node for the indicators' groups (产出指标, 效益指标 … already
 * counted there); the total is then found consistent only if the sum with them matches.
 */
function indicatorParts(ctx: AuditContext, top: ScoreParts[], field: 'max' | 'score'): ScoreParts[] | 'unknown' {
	const inds = allIndicators(ctx.report);
	if (!inds.length) return [];
	const groups = new Set(inds.flatMap(({ ind }) => [ind.level1, ind.level2].filter((x): x is string => !!x)));
	const named = (n: string) => [...groups].some((g) => g === n || g.startsWith(n) || n.startsWith(g.replace(/指标$/, '')));
	if (top.some((t) => named(t.node.name))) return [];
	// (the indicators make up the rest, but not every one states the field: the rest is not known,
	// and no sum can be checked against the total)
	if (!inds.every(({ ind }) => ind[field])) return inds.some(({ ind }) => ind[field]) ? 'unknown' : [];
	return inds.map(({ ind, path }) => ({ node: { name: ind.name, max: ind.max, score: ind.score }, path }));
}

/**
 * Are some rows of the score table unread? A total out of 100 (its 分值 not stated) whose parts all state
 * their 分值 and make less than 100 has rows that were not read — an excerpt that ends mid-table, such as
 * 186 梁平区林业局's 自评表 (预算执行率 10 + six indicators of 10 read, then “公益林提供管…”). A 得分 that falls
 * short of the total by no more than the missing 分值 is then no break; one that exceeds the total still is.
 */
function partlyRead(parts: ScoreParts[], total: NonNullable<Scores['total']>): boolean {
	if (total.max || !total.score || !parts.length || !parts.every((p) => p.node.max && p.node.score)) return false;
	const tol = 0.01 * parts.length + 1e-9;
	const missingMax = 100 - parts.reduce((a, p) => a + p.node.max!.value, 0);
	const shortfall = total.score.value - parts.reduce((a, p) => a + p.node.score!.value, 0);
	return missingMax > tol && shortfall >= -tol && shortfall <= missingMax + tol;
}

function scoreSums(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const scores = ctx.report.scores;
	if (!scores) return out;
	const check = (parent: ScoreParts, children: ScoreParts[], field: 'max' | 'score') => {
		const pf = parent.node[field];
		if (!pf || !children.length || !children.every((c) => c.node[field])) return;
		const word = field === 'max' ? '分值' : '得分';
		const cs = children.map((c) => figureStmt(c.node[field]!, `${c.path}.${field}`, `${c.node.name}${word}`, '分'));
		const ps = figureStmt(pf, `${parent.path}.${field}`, `${parent.node.name}${word}`, '分');
		const s = cs.reduce((a, c) => a + c.value, 0);
		const diff = ps.value - s;
		if (Math.abs(diff) <= 0.01 * cs.length + 1e-9) return;
		out.push(
			makeFinding(ctx, {
				rule: 'sum.score',
				severity: 'error',
				title: `下级指标${word}之和不等于${parent.node.name}${word}`,
				message: `${children.map((c) => c.node.name).join('、')}的${word}合计 ${cs.map((c) => fmtNum(c.value)).join(' + ')} = ${fmtNum(s)} 分，而${parent.node.name}${word}写作 ${fmtNum(ps.value)} 分，相差 ${fmtNum(Math.abs(diff))} 分。`,
				figures: [...cs, ps],
				expected: s,
				stated: ps.value,
				unit: '分',
				tolerance: 0.01 * cs.length
			})
		);
	};
	const walk = (nodes: ScoreNode[], path: string) => {
		nodes.forEach((n, i) => {
			const p = `${path}[${i}]`;
			if (n.children?.length) {
				const kids = n.children.map((c, j) => ({ node: c, path: `${p}.children[${j}]` }));
				check({ node: n, path: p }, kids, 'max');
				check({ node: n, path: p }, kids, 'score');
				walk(n.children, `${p}.children`);
			}
		});
	};
	if (scores.total) {
		const top = scores.tree.map((n, i) => ({ node: n, path: `scores.tree[${i}]` }));
		const total = { node: { name: '总分', max: scores.total.max, score: scores.total.score }, path: 'scores.total' };
		for (const field of ['max', 'score'] as const) {
			// the score table alone, unless it falls short by exactly what the indicators' own 分值 / 得分 add
			const before = out.length;
			const inds = indicatorParts(ctx, top, field);
			if (inds === 'unknown') continue;
			check(total, top, field);
			if (out.length > before && inds.length) {
				const found = out.splice(before);
				check(total, [...top, ...inds], field);
				if (out.length > before) out.splice(before, out.length - before, ...found);
			}
			if (out.length > before && field === 'score' && partlyRead([...top, ...inds], scores.total)) out.splice(before);
		}
	}
	walk(scores.tree, 'scores.tree');
	return out;
}

/* ------------------------------------------------------------------ staffing */

function staffingSums(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const stmts = ctx.report.staffing.map((l, i) => ({ ...figureStmt(l.count, `staffing[${i}].count`, `${l.unit}${l.category}`, '人'), l }));
	for (const g of groupBy(stmts, (s) => `${s.l.unit}|${s.l.measure}`).values()) {
		const totals = g.filter((s) => s.l.category === '合计');
		const parts = [...groupBy(g.filter((s) => s.l.category !== '合计'), (s) => s.l.category).values()].map((x) => x[0]);
		if (!totals.length || !parts.length) continue;
		const s = parts.reduce((a, p) => a + p.value, 0);
		const t = totals[0];
		if (parts.length < 2 ? s <= t.value : s === t.value) continue;
		out.push(
			makeFinding(ctx, {
				rule: 'sum.staffing',
				severity: 'error',
				title: '各类人数之和不等于合计',
				message: `${t.l.unit}${parts.map((p) => `${p.l.category} ${p.value} 人`).join('、')}，合计 ${s} 人，而合计写作 ${t.value} 人。`,
				figures: [...parts, t],
				expected: s,
				stated: t.value,
				unit: '人',
				decimals: 0
			})
		);
	}
	return out;
}

export function auditSums(ctx: AuditContext): Finding[] {
	return [
		...frameSums(ctx),
		...parentSums(ctx),
		...changeSums(ctx),
		...adjustments(ctx),
		...balances(ctx),
		...sangongSums(ctx),
		...scoreSums(ctx),
		...staffingSums(ctx)
	];
}
