/**
 * The benchmark's plain-JavaScript dashboard: what a page without DuckDB would do with the same
 * stored rows — parse the Arrow files into row objects and compute, per report (one department ×
 * year), the budget execution rate and the 三公 total, and the indicator completion by target
 * operator. It follows the metric declarations (src/lib/db/metrics.ts: m_budget_execution,
 * m_sangong, m_indicators) step by step, and its results are checked equal to DuckDB's (the
 * bench queries of src/lib/db/queries.ts) before any time is compared: a benchmark reference,
 * never shown on a page.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC, tableToIPC } from 'apache-arrow';
import { rowsToIPC } from '../lib/db/arrow';
import { loadDataset } from '../lib/db/dataset';
import { metricTableDef, namesIn, viewsRead } from '../lib/db/parts';
import { METRIC_VIEWS } from '../lib/db/metrics';
import { benchCompletionByOperator, benchExecution, benchSangongTotals } from '../lib/db/queries';
import { run } from '../lib/db/query';
import type { SqlEngine } from '../lib/db/engine';
import type { ManifestPart } from '../lib/schema/manifest';
import { tableDef } from '../lib/db/tables';
import { Scope } from '../lib/schema/report';
import { createNodeEngine } from '../lib/server/duckdb-node';

type R = Record<string, unknown>;
const rowsOf = (bytes: Uint8Array): R[] => tableFromIPC(bytes).toArray().map((r) => r.toJSON() as R);
/** DuckDB's round(x, 2) for the values here: half away from zero. */
const round2 = (x: number) => Math.sign(x) * Math.round(Math.abs(x) * 100 + 1e-9) / 100;
const pctOf = (a: number | null, b: number | null) => (a === null || b === null || b === 0 ? null : round2((a / b) * 100));
const scopeRank = (s: string) => {
	const i = (Scope.options as readonly string[]).indexOf(s);
	return i < 0 ? Scope.options.length : i;
};
const lexLess = (a: number[], b: number[]) => {
	const i = a.findIndex((x, k) => x !== b[k]);
	return i >= 0 && a[i] < b[i];
};
const num = (v: unknown) => (v === null || v === undefined ? null : Number(v));

type Result = {
	execution: Map<string, number | null>;
	sangong: Map<string, [number | null, number | null]>;
	completion: Map<string, { n: number; mean: number | null; met: number }>;
};

function computeJs(bytes: Record<'reports' | 'budget_lines' | 'sangong_lines' | 'indicators', Uint8Array>): { result: Result; rows: number } {
	const reports = rowsOf(bytes.reports);
	const budget = rowsOf(bytes.budget_lines);
	const sangong = rowsOf(bytes.sangong_lines);
	const indicators = rowsOf(bytes.indicators);
	const fiscal = new Map(reports.map((r) => [r.report_id as string, r.fiscal_year as number]));

	// m_budget_execution: first statement of each total line of the report's own year, by scope
	type Cell = { v: number; o: number; exec: number | null; execO: number };
	const byScope = new Map<string, Map<string, Map<string, Cell>>>(); // report → scope → flow|stage → first statement
	for (const b of budget) {
		if (b.breakdown !== 'total' || b.parent !== null) continue;
		const rid = b.report_id as string;
		if (b.year !== fiscal.get(rid)) {
			if (!byScope.get(rid)?.get(b.scope as string)) (byScope.get(rid) ?? byScope.set(rid, new Map()).get(rid)!).set(b.scope as string, new Map());
			continue;
		}
		const scopes = byScope.get(rid) ?? byScope.set(rid, new Map()).get(rid)!;
		const lines = scopes.get(b.scope as string) ?? scopes.set(b.scope as string, new Map()).get(b.scope as string)!;
		const key = `${b.flow}|${b.stage}`;
		const o = b.ordinal as number;
		const c = lines.get(key);
		if (!c || o < c.o) lines.set(key, { v: b.value_wan as number, o, exec: c?.exec ?? null, execO: c?.execO ?? Infinity });
		const e = num(b.stated_execution_rate_pct);
		const cur = lines.get(key)!;
		if (e !== null && o < cur.execO) Object.assign(cur, { exec: e, execO: o });
	}
	const execution = new Map<string, number | null>();
	for (const r of reports) {
		const rid = r.report_id as string;
		let best: { key: number[]; rate: number | null } | null = null;
		for (const [scope, lines] of byScope.get(rid) ?? []) {
			const g = (flow: string, stage: string) => lines.get(`${flow}|${stage}`)?.v ?? null;
			const final = g('expenditure', 'final');
			const flow = (g('expenditure', 'adjusted') ?? g('expenditure', 'budget') ?? g('expenditure', 'initial')) !== null ? 'expenditure' : 'income';
			const [initial, addition, adjustedStated, stated] = ['initial', 'addition', 'adjusted', 'budget'].map((s) => g(flow, s));
			const adjusted = adjustedStated ?? stated ?? (initial !== null && addition !== null ? initial + addition : null);
			const key = [-(adjusted !== null && final !== null ? 1 : 0), -(final !== null ? 1 : 0), -(adjusted !== null || initial !== null ? 1 : 0), scopeRank(scope)];
			if (!best || lexLess(key, best.key)) best = { key, rate: pctOf(final, adjusted) };
		}
		execution.set(rid, best?.rate ?? null);
	}

	// m_sangong total: first statement per item, scope, year; the scope with a disclosed total final first
	type S = { budget: number | null; bo: number; final: number | null; fo: number };
	const sg = new Map<string, Map<string, Map<string, S>>>(); // report → scope → item
	for (const s of sangong) {
		const rid = s.report_id as string;
		if (s.year !== fiscal.get(rid)) continue;
		const scopes = sg.get(rid) ?? sg.set(rid, new Map()).get(rid)!;
		const items = scopes.get(s.scope as string) ?? scopes.set(s.scope as string, new Map()).get(s.scope as string)!;
		const it = items.get(s.item as string) ?? items.set(s.item as string, { budget: null, bo: Infinity, final: null, fo: Infinity }).get(s.item as string)!;
		const v = num(s.value_wan);
		const o = s.ordinal as number;
		if (v === null) continue;
		if (s.stage === 'budget' && o < it.bo) Object.assign(it, { budget: v, bo: o });
		if (s.stage === 'final' && o < it.fo) Object.assign(it, { final: v, fo: o });
	}
	const sangongTotals = new Map<string, [number | null, number | null]>();
	for (const [rid, scopes] of sg) {
		const ranked = [...scopes].sort(([a, x], [b, y]) => {
			const tx = x.get('total')?.final != null ? 1 : 0;
			const ty = y.get('total')?.final != null ? 1 : 0;
			const cx = [...x.values()].filter((i) => i.final !== null).length;
			const cy = [...y.values()].filter((i) => i.final !== null).length;
			return ty - tx || cy - cx || scopeRank(a) - scopeRank(b);
		});
		const total = ranked[0]?.[1].get('total');
		if (total) sangongTotals.set(rid, [total.budget, total.final]);
	}

	// m_indicators: completion by target operator
	const completion = new Map<string, { n: number; sum: number; met: number }>();
	for (const i of indicators) {
		const op = i.target_op as string | null;
		const t = num(i.target_value);
		const t2 = num(i.target_value2);
		const a = num(i.actual_value);
		if (!op || !['>=', '>', '<=', '<', '=', 'range'].includes(op) || t === null || a === null) continue;
		let c: number | null;
		let met: boolean;
		if (op === '>=' || op === '>') {
			c = pctOf(a, t);
			met = op === '>=' ? a >= t : a > t;
		} else if (op === '<=' || op === '<') {
			met = op === '<=' ? a <= t : a < t;
			c = met ? 100 : pctOf(t, a);
		} else if (op === 'range') {
			met = a >= t;
			c = a < t ? pctOf(a, t) : 100;
		} else {
			met = Math.abs(a - t) < 1e-9;
			c = met ? 100 : null;
		}
		void t2; // above the range is still met (flagged), as in m_indicators
		const g = completion.get(op) ?? completion.set(op, { n: 0, sum: 0, met: 0 }).get(op)!;
		if (c !== null) {
			g.n++;
			g.sum += c;
		}
		if (met) g.met++;
	}
	return {
		result: {
			execution,
			sangong: sangongTotals,
			completion: new Map([...completion].map(([op, g]) => [op, { n: g.n, mean: g.n ? round2(g.sum / g.n) : null, met: g.met }]))
		},
		rows: reports.length + budget.length + sangong.length + indicators.length
	};
}

const close = (a: number | null | undefined, b: number | null | undefined) => (a ?? null) === (b ?? null) || (a != null && b != null && Math.abs(a - b) <= 0.011);

/** Differences between the two results, in words (empty: equal). */
function differences(js: Result, db: Result): string[] {
	const out: string[] = [];
	for (const [k, v] of db.execution) if (!close(v, js.execution.get(k))) out.push(`执行率 ${k}: DuckDB ${v} / JS ${js.execution.get(k)}`);
	if (js.execution.size !== db.execution.size) out.push(`执行率行数 ${db.execution.size} / ${js.execution.size}`);
	for (const [k, [b, f]] of db.sangong) {
		const j = js.sangong.get(k);
		if (!j || !close(b, j[0]) || !close(f, j[1])) out.push(`三公 ${k}: DuckDB ${b}/${f} / JS ${j?.join('/')}`);
	}
	if (js.sangong.size !== db.sangong.size) out.push(`三公行数 ${db.sangong.size} / ${js.sangong.size}`);
	for (const [op, g] of db.completion) {
		const j = js.completion.get(op);
		if (!j || j.n !== g.n || j.met !== g.met || !close(j.mean, g.mean)) out.push(`完成率 ${op}: DuckDB ${JSON.stringify(g)} / JS ${JSON.stringify(j)}`);
	}
	return out;
}

/**
 * The metric tables the three bench queries read (m_budget_execution, m_sangong, m_indicators) as
 * the data build ships them (computed by DuckDB from the same declarations), when the dataset in
 * `dir` has them: every part's bytes, by table; null when it has none (then DuckDB computes them
 * from the stored tables through the views).
 */
function prebuiltBytes(dir: string, tables: readonly string[]): Map<string, Uint8Array[]> | null {
	let manifest: { prebuilt?: boolean; parts?: ManifestPart[] };
	try {
		manifest = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
	} catch {
		return null;
	}
	if (!manifest.prebuilt || !manifest.parts) return null;
	const out = new Map<string, Uint8Array[]>();
	for (const p of manifest.parts) if (tables.includes(p.table)) (out.get(p.table) ?? out.set(p.table, []).get(p.table)!).push(new Uint8Array(readFileSync(join(dir, p.file))));
	return tables.every((t) => out.has(t)) ? out : null;
}

/** The columns of the metric table `table` that the queries name. */
function columnsNamed(table: string, sqls: readonly string[]): string[] {
	const view = METRIC_VIEWS.find((v) => v.name === table);
	if (!view) throw new Error(`没有指标表 ${table}`);
	return namesIn(sqls.join('\n'), new Set(metricTableDef(view).columns.map((c) => c.name)));
}

type Bench = readonly [ReturnType<typeof benchExecution>, ReturnType<typeof benchSangongTotals>, ReturnType<typeof benchCompletionByOperator>];

/** Run the three bench queries on an engine that has what they read: DuckDB's result. */
async function runBench(engine: SqlEngine, queries: Bench): Promise<Result> {
	const [e, s, c] = [await run(engine, queries[0]), await run(engine, queries[1]), await run(engine, queries[2])];
	return {
		execution: new Map(e.map((r) => [r.report_id, r.execution_rate_pct])),
		sangong: new Map(s.map((r) => [r.report_id, [r.budget_wan, r.final_wan]])),
		completion: new Map(c.map((r) => [r.target_op, { n: r.n, mean: r.mean_pct, met: r.met }]))
	};
}

/** Time `f` on a new Node duckdb-wasm engine (engine start not counted), then close it. */
async function timedOnEngine(f: (engine: SqlEngine) => Promise<Result>): Promise<{ ms: number; result: Result }> {
	const engine = await createNodeEngine();
	try {
		const t = performance.now();
		const result = await f(engine);
		return { ms: performance.now() - t, result };
	} finally {
		await engine.close();
	}
}

/**
 * Both ways over the dataset in `dir`, end to end, each timed from the bytes in memory: JS time ÷
 * DuckDB time, and whether they agree. Both sides start from the same input, the stored tables: the
 * plain-JavaScript dashboard parses them into row objects and computes the three metrics; DuckDB
 * loads them and computes the same metrics through the views (`duckdbMs`, `ratio`: the figure the
 * issue's bar is about). When the data build ships the metric tables (`prebuilt` in the manifest,
 * computed by DuckDB from the same declarations when the data was built), DuckDB also loads the
 * columns of those three tables that the bench queries name and runs the queries on them
 * (`prebuiltMs`, `prebuiltRatio`: what the dashboard does, but the computation was done before the
 * clock started, so it is printed beside the ratio, never as it). Every result is checked equal to
 * the JavaScript one.
 */
export async function compareJsWithDuckdb(
	dir: string
): Promise<{ jsMs: number; duckdbMs: number; ratio: number; prebuiltMs: number | null; prebuiltRatio: number | null; prebuilt: boolean; equal: boolean; mismatch: string; rows: number }> {
	const names = ['reports', 'budget_lines', 'sangong_lines', 'indicators'] as const;
	const bytes = Object.fromEntries(names.map((n) => [n, new Uint8Array(readFileSync(join(dir, `${n}.arrow`)))])) as Record<(typeof names)[number], Uint8Array>;
	const queries: Bench = [benchExecution(), benchSangongTotals(), benchCompletionByOperator()];
	const prebuilt = prebuiltBytes(dir, ['m_budget_execution', 'm_sangong', 'm_indicators']);
	const t0 = performance.now();
	const { result: js, rows } = computeJs(bytes);
	const jsMs = performance.now() - t0;

	// the stored tables these metrics read (the others empty) and the views they read, as the
	// plain-JavaScript side computes these three metrics and nothing else
	const stored = await timedOnEngine(async (engine) => {
		await loadDataset(engine, async (name) => (name in bytes ? bytes[name as (typeof names)[number]] : rowsToIPC(tableDef(name)!, [])), undefined, viewsRead(queries.map((q) => q.sql)));
		return runBench(engine, queries);
	});
	// the shipped metric tables, part after part, only the columns the queries name (Arrow is
	// columnar: selecting columns takes their buffers, no row is read; counted in DuckDB's time),
	// then the same queries
	const shipped = prebuilt
		? await timedOnEngine(async (engine) => {
				for (const [table, parts] of prebuilt) {
					const columns = columnsNamed(table, queries.map((q) => q.sql));
					for (const [i, b] of parts.entries()) await engine.loadArrow(table, tableToIPC(tableFromIPC(b).select(columns), 'stream'), i > 0);
				}
				return runBench(engine, queries);
			})
		: null;
	const diff = [...differences(js, stored.result), ...(shipped ? differences(js, shipped.result).map((d) => `（指标表）${d}`) : [])];
	return {
		jsMs,
		duckdbMs: stored.ms,
		ratio: jsMs / stored.ms,
		prebuiltMs: shipped ? shipped.ms : null,
		prebuiltRatio: shipped ? jsMs / shipped.ms : null,
		prebuilt: !!shipped,
		equal: diff.length === 0,
		mismatch: `${diff.length} 处，如 ${diff.slice(0, 3).join('；')}`,
		rows
	};
}
