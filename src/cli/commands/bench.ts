/**
 * `perflens bench [--departments 20,200] [--years 5]` — the speed and memory benchmark:
 * for each size, generate the simulated dataset, write its Arrow tables, load them into
 * duckdb-wasm (Node build) with every view, and time the queries the pages run. Prints a
 * table; numbers are measurements of this machine, never test assertions.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../../lib/db/dataset';
import { kpiQuery, alertsQuery, materializeMetricViews } from '../../lib/db/metrics';
import { reportListQuery } from '../../lib/db/sql';
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

export async function run(args: string[]): Promise<number> {
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
	const rows: Record<string, number>[] = [];
	for (const departments of sizes) {
		const dir = mkdtempSync(join(tmpdir(), 'perflens-bench-'));
		try {
			const [manifest, writeMs] = await timed(() =>
				writeArrowDataset((function* () { for (const d of generateDemo({ departments, years })) yield d.report; })(), dir, `bench-${departments}x${years}`)
			);
			const engine = await createNodeEngine();
			const [, loadMs] = await timed(() => loadDataset(engine, async (name) => new Uint8Array(readFileSync(join(dir, `${name}.arrow`)))));
			const [, listMs] = await timed(() => engine.query(reportListQuery()));
			const [, kpiMs] = await timed(() => engine.query(kpiQuery()));
			const [, alertsMs] = await timed(() => engine.query(alertsQuery()));
			const [, materializeMs] = await timed(() => materializeMetricViews(engine));
			const [, kpiAfterMs] = await timed(() => engine.query(kpiQuery()));
			const rss = process.memoryUsage().rss;
			await engine.close();
			rows.push({
				部门数: departments,
				报告数: manifest.reports,
				'Arrow MB': mb(manifest.tables.reduce((s, t) => s + t.bytes, 0)),
				'生成+写入 s': secs(writeMs),
				'载入+建视图 s': secs(loadMs),
				'报告一览 s': secs(listMs),
				'KPI 视图 s': secs(kpiMs),
				'预警视图 s': secs(alertsMs),
				'物化指标 s': secs(materializeMs),
				'KPI 物化后 s': secs(kpiAfterMs),
				'RSS MB': mb(rss)
			});
		} finally {
			rmSync(dir, { recursive: true, force: true });
		}
	}
	console.table(rows);
	return 0;
}
