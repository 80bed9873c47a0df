/**
 * The same figure stated differently (前后一致): text vs table, two sections, two fund scopes
 * that must agree, two year-on-year changes that imply different prior-year figures, one
 * indicator in two tables.
 */
import type { Finding } from '../schema/finding';
import type { BudgetLine, Scope } from '../schema/report';
import { normalizeNumbers, round } from '../text/normalize';
import {
	type AuditContext,
	type BudgetStmt,
	type Stmt,
	allIndicators,
	sangongStmts,
	SCOPE_LABEL,
	scopeName,
	bestChoice,
	budgetKey,
	candidates,
	figureStmt,
	fmtMoney,
	fmtNum,
	frameName,
	FLOW_LABEL,
	groupBy,
	makeFinding,
	moneyStmt,
	shortLabel,
	withinMoney
} from './common';

const real = <T extends Stmt>(xs: T[]) => candidates(xs).filter((s) => !s.isAlt);

/** One finding per figure stated with values further apart than rounding. */
function differing(ctx: AuditContext, groups: Stmt[][], what: (s: Stmt) => string, unit: string, tol: number): Finding[] {
	const out: Finding[] = [];
	for (const g of groups) {
		const c = real(g);
		if (c.length < 2) continue;
		const first = c[0];
		const far = c.reduce((a, s) => (Math.abs(s.value - first.value) > Math.abs(a.value - first.value) ? s : a), c[0]);
		if (Math.abs(far.value - first.value) <= tol + 1e-9) continue;
		const fmt = (x: number) => (unit === '万元' ? `${fmtMoney(x)} 万元` : `${fmtNum(x)} ${unit}`);
		out.push(
			makeFinding(ctx, {
				rule: 'dup.figure',
				severity: 'error',
				title: `${what(first)}两处写法不同`,
				message: `${what(first)}一处写作 ${fmt(first.value)}，另一处写作 ${fmt(far.value)}，相差 ${fmt(Math.abs(far.value - first.value))}。`,
				figures: c,
				expected: first.value,
				stated: far.value,
				unit,
				tolerance: tol
			})
		);
	}
	return out;
}

/**
 * A line a table lists on several rows is not always one figure written twice: a 绩效目标表 may
 * give one 支出项目 once per 年度目标任务 (宁德 2019: 地情、市志编纂与年鉴出版经费 49.8 for the
 * 志鉴 work and 11 for the staff benefits, under 项目支出 60.8). The rows are parts of the line
 * when they were written on different rows (different quotes) and, added up with the line's
 * siblings, they make the parent the report states (the parent item, or the frame's 合计 for a
 * line without one), while a single one of them does not.
 */
function splitAcrossRows(ctx: AuditContext, group: BudgetStmt[]): boolean {
	const l = group[0].line;
	if (l.breakdown === 'total') return false;
	const c = real(group) as BudgetStmt[];
	if (c.length < 2 || new Set(c.map((s) => s.quote)).size < c.length || c.some((s) => s.value <= 0)) return false;
	const sameFrame = (o: BudgetLine) => o.flow === l.flow && o.scope === l.scope && o.stage === l.stage && o.year === l.year;
	const parents = real(
		ctx.budget.filter((s) => sameFrame(s.line) && (l.parent ? s.line.item === l.parent && !s.line.parent : s.line.breakdown === 'total' && !s.line.parent))
	);
	if (!parents.length) return false;
	const siblings = [
		...groupBy(
			ctx.budget.filter((s) => sameFrame(s.line) && s.line.breakdown === l.breakdown && (s.line.parent ?? '') === (l.parent ?? '') && s.line.item !== l.item),
			(s) => budgetKey(s.line)
		).values()
	].map((g) => real(g)[0].value);
	const rest = siblings.reduce((a, v) => a + v, 0);
	const matches = (x: number, terms: number) => parents.some((p) => withinMoney(p.value - x, terms));
	return matches(rest + c.reduce((a, s) => a + s.value, 0), siblings.length + c.length) && !c.some((s) => matches(rest + s.value, siblings.length + 1));
}

function sameFigure(ctx: AuditContext): Finding[] {
	const budget = [...groupBy(ctx.budget, (s) => budgetKey(s.line)).values()].filter((g) => !splitAcrossRows(ctx, g as BudgetStmt[]));
	const what = (s: Stmt) => {
		const l = (s as BudgetStmt).line;
		return `${frameName(l)}${l.item === '合计' ? '合计' : `的${shortLabel(s)}`}`;
	};
	const sg = sangongStmts(ctx.report);
	const sgGroups = [...groupBy(sg, (s) => [s.line.item, s.line.stage, s.line.scope, s.line.year].join('|')).values()];
	const staff = ctx.report.staffing.map((l, i) => ({
		...figureStmt(l.count, `staffing[${i}].count`, `${l.unit}${l.category}`, '人'),
		key: `${l.unit}|${l.category}|${l.measure}`
	}));
	return [
		...differing(ctx, budget, what, '万元', 0.01),
		...differing(ctx, sgGroups, (s) => s.label, '万元', 0.01),
		...differing(ctx, [...groupBy(staff, (s) => s.key).values()], (s) => `${s.label}人数`, '人', 0)
	];
}

/* ------------------------------------------------------------------ fund scopes */

function scopes(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const byKey = groupBy(ctx.budget, (s) => budgetKey(s.line));
	const cands = (l: Pick<BudgetLine, 'flow' | 'breakdown' | 'item' | 'parent' | 'scope' | 'stage' | 'year'>) =>
		real(byKey.get(budgetKey(l)) ?? []) as BudgetStmt[];

	// (a) a part of the funds cannot exceed the whole, for the same item
	const seen = new Set<string>();
	for (const s of ctx.budget) {
		const l = s.line;
		if (l.scope === 'all' || l.stage === 'addition' || (l.flow !== 'income' && l.flow !== 'expenditure')) continue;
		const wholes = l.scope === 'general_public' ? (['all', 'fiscal'] as Scope[]) : (['all'] as Scope[]);
		for (const w of wholes) {
			const k = `${budgetKey(l)}>${w}`;
			if (seen.has(k)) continue;
			seen.add(k);
			const part = cands(l);
			const whole = cands({ ...l, scope: w });
			if (!whole.length || part.some((p) => p.value < 0) || whole.some((x) => x.value < 0)) continue;
			const p = part.reduce((a, x) => (x.value < a.value ? x : a));
			const x = whole.reduce((a, y) => (y.value > a.value ? y : a));
			if (p.value <= x.value + 0.01 + 1e-9) continue;
			out.push(
				makeFinding(ctx, {
					rule: 'dup.scope',
					severity: 'error',
					title: `${scopeName(l.scope)}的${l.item === '合计' ? FLOW_LABEL[l.flow] : l.item}超过${scopeName(w)}`,
					message: `${l.year}年${scopeName(l.scope)}的${shortLabel(p)} ${fmtMoney(p.value)} 万元，超过${scopeName(w)}的同一科目 ${fmtMoney(x.value)} 万元（多 ${fmtMoney(p.value - x.value)} 万元），部分资金不可能大于整体。`,
					figures: [p, x],
					expected: x.value,
					stated: p.value,
					unit: '万元',
					tolerance: 0.01
				})
			);
		}
	}

	// (b) the department's 其他收入/支出 is the other-funds total; 财政拨款 ≥ 一般公共预算
	for (const s of ctx.budget) {
		const l = s.line;
		if (l.scope !== 'all' || l.breakdown !== 'source' || l.parent) continue;
		if (s !== ctx.budget.find((o) => budgetKey(o.line) === budgetKey(l))) continue; // once per figure
		const other = /^其他/.test(l.item);
		const fiscal = /^财政拨款/.test(l.item);
		if (!other && !fiscal) continue;
		const targets: { scope: Scope; mustEqual: boolean }[] = other
			? [{ scope: 'other', mustEqual: true }]
			: [
					{ scope: 'fiscal', mustEqual: true },
					{ scope: 'general_public', mustEqual: false }
				];
		for (const t of targets) {
			let tc = cands({ ...l, breakdown: 'total', item: '合计', parent: undefined, scope: t.scope });
			if (!tc.length) tc = cands({ ...l, scope: t.scope });
			if (!tc.length) continue;
			const { pick, diff } = bestChoice([real([s, ...cands(l)]) as BudgetStmt[], tc], ([a, b]) => a.value - b.value);
			const [a, b] = pick;
			const bad = t.mustEqual ? !withinMoney(diff, 1) : diff < -0.01 - 1e-9;
			if (bad) {
				const flow = FLOW_LABEL[l.flow];
				out.push(
					makeFinding(ctx, {
						rule: 'dup.scope',
						severity: 'error',
						title: `${l.item}与${SCOPE_LABEL[t.scope]}口径的${flow}不一致`,
						message: t.mustEqual
							? `${l.year}年部门整体${flow}中的${l.item}写作 ${fmtMoney(a.value)} 万元，而${SCOPE_LABEL[t.scope]}口径的本年${flow}写作 ${fmtMoney(b.value)} 万元，两处应为同一数字，相差 ${fmtMoney(Math.abs(diff))} 万元。`
							: `${l.year}年部门整体${flow}中的${l.item}写作 ${fmtMoney(a.value)} 万元，少于一般公共预算口径的本年${flow} ${fmtMoney(b.value)} 万元（少 ${fmtMoney(-diff)} 万元）；一般公共预算资金属于财政拨款，前者不应小于后者。`,
						figures: pick,
						expected: b.value,
						stated: a.value,
						unit: '万元',
						tolerance: 0.01
					})
				);
			}
			break; // the first scope that is stated decides
		}
	}
	return out;
}

/* ------------------------------------------------------------------ implied prior years */

function priorYears(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	type Implied = { cur: Stmt; amt: Stmt; prior: number; name: string };
	const groups = new Map<string, Implied[]>();
	const add = (key: string, hasPrior: boolean, cur: Stmt, amt: Stmt, name: string) => {
		if (hasPrior) return;
		const g = groups.get(key) ?? [];
		g.push({ cur, amt, prior: cur.value - amt.value, name });
		groups.set(key, g);
	};
	const keys = new Set(ctx.budget.map((s) => budgetKey(s.line)));
	for (const s of ctx.budget) {
		const ch = s.line.change;
		if (!ch?.amount) continue;
		const hasPrior = keys.has(budgetKey({ ...s.line, year: ch.base_year }));
		const amt = moneyStmt(ch.amount, `budget[${s.index}].change.amount`, `${s.label}同比增减额`);
		add(`${budgetKey(s.line)}>${ch.base_year}`, hasPrior, s, amt, s.label.replace(/（.*?）/, '').replace('·合计', ''));
	}
	const sg = sangongStmts(ctx.report);
	for (const s of sg) {
		const ch = s.line.change;
		if (!ch?.amount) continue;
		const k = (y: number) => [s.line.item, s.line.stage, s.line.scope, y].join('|');
		const hasPrior = sg.some((o) => k(o.line.year) === k(ch.base_year));
		const i = s.path.match(/\d+/)![0];
		add(`sg|${k(s.line.year)}>${ch.base_year}`, hasPrior, s, moneyStmt(ch.amount, `sangong[${i}].change.amount`, `${s.label}同比增减额`), s.label);
	}
	for (const g of groups.values()) {
		if (g.length < 2) continue;
		const first = g[0];
		const other = g.find((x) => Math.abs(x.prior - first.prior) > 0.02 + 1e-9);
		if (!other) continue;
		out.push(
			makeFinding(ctx, {
				rule: 'dup.prior_year',
				severity: 'error',
				title: '两处同比增减推出的上年数不同',
				message: `${first.name}：一处写本年 ${fmtMoney(first.cur.value)} 万元、比上年增减 ${fmtMoney(first.amt.value)} 万元（上年应为 ${fmtMoney(first.prior)} 万元），另一处写本年 ${fmtMoney(other.cur.value)} 万元、增减 ${fmtMoney(other.amt.value)} 万元（上年应为 ${fmtMoney(other.prior)} 万元），两者相差 ${fmtMoney(Math.abs(other.prior - first.prior))} 万元。`,
				figures: [first.cur, first.amt, other.cur, other.amt],
				expected: round(first.prior, 2),
				stated: round(other.prior, 2),
				unit: '万元',
				tolerance: 0.02
			})
		);
	}
	return out;
}

/* ------------------------------------------------------------------ indicators */

/** ">" and "≥" name the same kind of target (the seeds mix them for one indicator). */
const opFamily = (op: string) => (op === '>' || op === '>=' ? 'min' : op === '<' || op === '<=' ? 'max' : op);

const norm = (s: string) => normalizeNumbers(s).replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')');

function indicators(ctx: AuditContext): Finding[] {
	const out: Finding[] = [];
	const all = allIndicators(ctx.report);
	for (const g of groupBy(all, (x) => norm(x.ind.name)).values()) {
		if (g.length < 2) continue;
		const a = g[0];
		for (const b of g.slice(1)) {
			const fields: { name: string; va?: number; vb?: number; fa?: Stmt; fb?: Stmt }[] = [];
			const ta = a.ind.target;
			const tb = b.ind.target;
			if (ta && tb && ta.value !== undefined && tb.value !== undefined) {
				const sa = { ...figureStmt({ value: ta.value, unit: ta.unit ?? '', text: ta.text, quote: ta.quote }, `${a.path}.target`, `“${a.ind.name}”目标值`) };
				const sb = { ...figureStmt({ value: tb.value, unit: tb.unit ?? '', text: tb.text, quote: tb.quote }, `${b.path}.target`, `“${b.ind.name}”目标值`) };
				const sameOp = opFamily(ta.op) === opFamily(tb.op);
				if (ta.value !== tb.value || (ta.value2 ?? null) !== (tb.value2 ?? null) || !sameOp)
					fields.push({ name: '目标值', va: ta.value, vb: tb.value, fa: sa, fb: sb });
			}
			const pairs: [string, 'actual' | 'stated_completion' | 'max' | 'score'][] = [
				['实际完成值', 'actual'],
				['完成率', 'stated_completion'],
				['分值', 'max'],
				['得分', 'score']
			];
			for (const [name, k] of pairs) {
				const fa = a.ind[k];
				const fb = b.ind[k];
				if (!fa || !fb || fa.value === undefined || fb.value === undefined || fa.value === fb.value) continue;
				const mk = (f: NonNullable<typeof fa>, path: string, n: string) =>
					figureStmt({ value: f.value!, unit: f.unit ?? '', text: f.text, quote: f.quote }, `${path}.${k}`, `“${n}”${name}`);
				fields.push({ name, va: fa.value, vb: fb.value, fa: mk(fa, a.path, a.ind.name), fb: mk(fb, b.path, b.ind.name) });
			}
			for (const f of fields) {
				out.push(
					makeFinding(ctx, {
						rule: 'dup.indicator',
						severity: 'error',
						title: `“${a.ind.name}”两处${f.name}不同`,
						message: `绩效指标“${a.ind.name}”的${f.name}一处写作“${f.fa!.text}”，另一处写作“${f.fb!.text}”。`,
						figures: [f.fa!, f.fb!],
						expected: f.va!,
						stated: f.vb!,
						unit: f.fa!.unit
					})
				);
			}
		}
	}
	return out;
}

export function auditDuplicates(ctx: AuditContext): Finding[] {
	return [...sameFigure(ctx), ...scopes(ctx), ...priorYears(ctx), ...indicators(ctx)];
}
