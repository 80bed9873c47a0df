/**
 * `perflens bench [--departments 20,200] [--years 5]` — the speed and memory benchmark:
 * for each size, generate the simulated dataset, write its Arrow tables, load them into
 * duckdb-wasm (Node build) with every view, and time the queries the pages run (the same
 * query objects of src/lib/db/queries.ts, with the same bound values). Prints a table; numbers
 * are measurements of this machine, never test assertions.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../../lib/db/dataset';
import type { Row, SqlEngine } from '../../lib/db/engine';
import { materializeMetricViews } from '../../lib/db/metrics';
import { compare, departmentYears, reportList, yearAlertGroups, yearDepartments, yearKpis } from '../../lib/db/queries';
import { run as runQuery, type Query } from '../../lib/db/query';
import { generateDemo } from '../../lib/demo/generate';
import { createNodeEngine } from '../../lib/server/duckdb-node';
import { writeArrowDataset } from '../../lib/server/dataset';

export const usage =
	'perflens bench [--departments 20,200] [--years 5]   基准测试：生成模拟数据，测量写入 Arrow、载入 DuckDB 与页面查询的耗时和内存，打印表格';

const mb = (n: number) => Math.round(n / 1048576);
const secs = (ms: number) => Number((ms / 1000).toFixed(2));

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
	const t0 = performance.now();
	const v = await fn();
	return [v, performance.now() - t0];
}

function parse(args: string[]): { sizes: number[]; years: number } {
	let sizes = [20, 200];
	let years = 5;
	for (let i = 0; i < args.length; i++) {
		const [flag, inline] = args[i].split('=', 2) as [string, string | undefined];
		const value = inline ?? args[++i];
		if (flag === '--departments') sizes = (value ?? '').split(',').map(Number);
		else if (flag === '--years') years = Number(value);
		else throw new Error(`不认识的参数：${args[i]}`);
	}
	if (!sizes.length || sizes.some((n) => !Number.isInteger(n) || n < 1) || !Number.isInteger(years) || years < 1) {
		throw new Error('--departments 应为逗号分隔的正整数，--years 应为正整数');
	}
	return { sizes, years };
}

/** The queries of the dashboard, the compare page and one department page, for the latest year. */
async function pageQueries(engine: SqlEngine): Promise<Record<string, Query<Row>>> {
	const [latest] = await runQuery(engine, yearKpis());
	const year = latest?.year ?? 0;
	const [first] = await runQuery(engine, yearDepartments(year));
	return {
		'报告一览': reportList(),
		'总览 KPI': yearKpis(),
		'总览 预警': yearAlertGroups(year),
		'部门对比': compare({ top: { column: 'spending_final_wan', n: 10 } }),
		'部门页': departmentYears(first?.department_id ?? '')
	};
}

async function timeQueries(engine: SqlEngine, queries: Record<string, Query<Row>>, suffix = ''): Promise<Record<string, number>> {
	const out: Record<string, number> = {};
	for (const [name, q] of Object.entries(queries)) out[`${name}${suffix} s`] = secs((await timed(() => runQuery(engine, q)))[1]);
	return out;
}

export async function run(args: string[]): Promise<number> {
	const { sizes, years } = parse(args);
	const rows: Record<string, number>[] = [];
	for (const departments of sizes) {
		const dir = mkdtempSync(join(tmpdir(), 'perflens-bench-'));
		try {
			const [manifest, writeMs] = await timed(() =>
				writeArrowDataset((function* () { for (const d of generateDemo({ departments, years })) yield d.report; })(), dir, `bench-${departments}x${years}`)
			);
			const engine = await createNodeEngine();
			const [, loadMs] = await timed(() => loadDataset(engine, async (name) => new Uint8Array(readFileSync(join(dir, `${name}.arrow`)))));
			const queries = await pageQueries(engine);
			const before = await timeQueries(engine, { '总览 KPI': queries['总览 KPI'], '部门对比': queries['部门对比'], '总览 预警': queries['总览 预警'] });
			const [, materializeMs] = await timed(() => materializeMetricViews(engine));
			const after = await timeQueries(engine, { '总览 KPI': queries['总览 KPI'] }, ' 物化后');
			const rest = await timeQueries(engine, { '报告一览': queries['报告一览'], '部门页': queries['部门页'] });
			const rss = process.memoryUsage().rss;
			await engine.close();
			rows.push({
				部门数: departments,
				报告数: manifest.reports,
				'Arrow MB': mb(manifest.tables.reduce((s, t) => s + t.bytes, 0)),
				'生成+写入 s': secs(writeMs),
				'载入+建视图 s': secs(loadMs),
				...rest,
				...before,
				'物化指标 s': secs(materializeMs),
				...after,
				'RSS MB': mb(rss)
			});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	console.table(rows);
	return 0;
}
