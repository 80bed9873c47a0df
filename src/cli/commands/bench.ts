/**
 * `perflens bench [--reports 1000,10000,100000] [--departments N,…] [--years 5] [--repeat 5]
 *  [--server-reports 1000000] [--server-generate] [--work DIR] [--json]` — the Node benchmark.
 *
 * For each size: generate the simulated dataset (src/lib/demo/generate.ts) and write its Arrow
 * tables; load them into duckdb-wasm (Node build, the browser's engine) with every view and
 * materialize the metric tables; write the server's Parquet with native DuckDB and open it;
 * time every page query (src/lib/db/workload.ts: the query objects the pages run) on both
 * engines, p50/p95 over --repeat runs; compute the same metrics in plain JavaScript over the same
 * rows (../bench-js.ts), checked equal to DuckDB's, for the JS ÷ DuckDB ratio. Then the server
 * run at --server-reports over Parquet: copies of the largest generated dataset under ids of
 * their own (src/lib/server/parquet.ts replicateParquet), or, with --server-generate, every
 * report generated (about 1 ms of CPU per report plus the metrics).
 *
 * Prints tables, then one JSON line per size (the fields Node can measure; null for the browser's).
 * The server's slowest query counts only queries within its row cap (POST /api/query refuses
 * larger results); those over it are named in the summary.
 * Numbers are measurements of this machine, never test assertions.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadDataset } from '../../lib/db/dataset';
import type { Row, SqlEngine } from '../../lib/db/engine';
import { materializeMetricViews } from '../../lib/db/metrics';
import { run as runQuery, type Query } from '../../lib/db/query';
import type { TableName } from '../../lib/db/tables';
import { pageWorkload } from '../../lib/db/workload';
import { generateDemo } from '../../lib/demo/generate';
import { writeArrowDataset } from '../../lib/server/dataset';
import { createNodeEngine } from '../../lib/server/duckdb-node';
import { SERVER_QUERY_MAX_ROWS, serverQuery } from '../../lib/server/server-queries';
import { openParquet, parquetFromArrow, parquetFromReports, readParquetManifest, replicateParquet, type ParquetManifest } from '../../lib/server/parquet';
import { compareJsWithDuckdb } from '../bench-js';

export const usage =
	'perflens bench [--reports 1000,10000,100000] [--years 5] [--repeat 5] [--server-reports 1000000] [--server-generate] [--server-parquet DIR] [--wasm-max N] [--work DIR] [--json]   基准测试：浏览器引擎（duckdb-wasm）与服务器引擎（原生 DuckDB + Parquet）的构建、载入、页面查询 p50/p95、内存，以及纯 JavaScript 对照；打印表格，--json 时每个规模另输出一行 JSON';

class InputError extends Error {}

type Options = { sizes: { reports?: number; departments?: number }[]; years: number; repeat: number; serverReports: number | null; serverGenerate: boolean; serverParquet: string[]; wasmMax: number; work: string | null; json: boolean };

const mb = (n: number) => Number((n / 1048576).toFixed(1));
const secs = (ms: number) => Number((ms / 1000).toFixed(2));
const ms1 = (ms: number) => Number(ms.toFixed(1));
/** Peak resident memory of this process so far (MB). */
const peakRssMb = () => Math.round(process.resourceUsage().maxRSS / 1024);

async function timed<T>(fn: () => Promise<T> | T): Promise<[T, number]> {
	const t0 = performance.now();
	const v = await fn();
	return [v, performance.now() - t0];
}

function positiveList(flag: string, v: string | undefined): number[] {
	const xs = (v ?? '').split(',').map((x) => Number(x.trim()));
	if (!v || xs.some((n) => !Number.isInteger(n) || n < 1)) throw new InputError(`${flag} 应为逗号分隔的正整数，收到「${v ?? ''}」`);
	return xs;
}

function parse(args: string[]): Options {
	const o: Options = { sizes: [], years: 5, repeat: 5, serverReports: null, serverGenerate: false, serverParquet: [], wasmMax: Infinity, work: null, json: false };
	for (let i = 0; i < args.length; i++) {
		const [flag, inline] = args[i].split('=', 2) as [string, string | undefined];
		const value = () => inline ?? args[++i];
		if (flag === '--reports') o.sizes.push(...positiveList(flag, value()).map((reports) => ({ reports })));
		else if (flag === '--departments') o.sizes.push(...positiveList(flag, value()).map((departments) => ({ departments })));
		else if (flag === '--years') [o.years] = positiveList(flag, value());
		else if (flag === '--repeat') [o.repeat] = positiveList(flag, value());
		else if (flag === '--server-reports') [o.serverReports] = positiveList(flag, value());
		else if (flag === '--server-generate') o.serverGenerate = true;
		else if (flag === '--server-parquet') {
			const v = value();
			if (!v) throw new InputError('--server-parquet 需要一个 Parquet 目录（含 manifest.json）');
			o.serverParquet.push(v);
		} else if (flag === '--wasm-max') [o.wasmMax] = positiveList(flag, value());
		else if (flag === '--work') o.work = value() ?? null;
		else if (flag === '--json') o.json = true;
		else throw new InputError(`不认识的参数「${args[i]}」。用法：${usage}`);
	}
	if (!o.sizes.length && !o.serverParquet.length) o.sizes = [{ reports: 1000 }, { reports: 10_000 }];
	if (o.years > 50) throw new InputError('--years 应为 1–50 的整数');
	return o;
}

/** p-th percentile (nearest rank) of a list of times. */
function percentile(xs: number[], p: number): number {
	const s = [...xs].sort((a, b) => a - b);
	return s[Math.min(s.length - 1, Math.max(0, Math.ceil((p / 100) * s.length) - 1))];
}

type Timing = { p50: number; p95: number; rows: number; error?: string };

/** Names of the queries that failed (with the first reason). */
const failures = (t: Record<string, Timing>) => {
	const f = Object.entries(t).filter(([, v]) => v.error);
	return f.length ? `；${f.length} 个查询失败（${f[0][0]}：${f[0][1].error}）` : '';
};

const message = (e: unknown) => (e instanceof Error ? e.message : String(e)).split('\n')[0].slice(0, 120);

/** Every page query `repeat` times (the first run included: a page runs it once, cold); a failure is recorded, not thrown. */
async function timeWorkload(engine: SqlEngine, queries: Record<string, Query<Row>>, repeat: number, as: (q: Query<Row>) => Query<Row> = (q) => q): Promise<Record<string, Timing>> {
	const out: Record<string, Timing> = {};
	for (const [name, page] of Object.entries(queries)) {
		const q = as(page);
		const times: number[] = [];
		let rows = 0;
		try {
			for (let i = 0; i < repeat; i++) {
				const [r, t] = await timed(() => runQuery(engine, q));
				rows = r.length;
				times.push(t);
			}
			out[name] = { p50: ms1(percentile(times, 50)), p95: ms1(percentile(times, 95)), rows };
		} catch (e) {
			out[name] = { p50: NaN, p95: NaN, rows: 0, error: message(e) };
		}
	}
	return out;
}

/** The slowest page query by p95 (on the server: of those within its row cap). */
const slowest = (t: Record<string, Timing>, maxRows = Infinity) =>
	Object.entries(t).reduce<[string, number]>((m, [k, v]) => (v.rows <= maxRows && v.p95 > m[1] ? [k, v.p95] : m), ['', 0]);
/** Page queries whose result is over the server's row cap (POST /api/query refuses them). */
const overCap = (t: Record<string, Timing>) =>
	Object.entries(t)
		.filter(([, v]) => v.rows > SERVER_QUERY_MAX_ROWS)
		.map(([k]) => `${k}（超过 ${SERVER_QUERY_MAX_ROWS} 行）`)
		.join('、');

/** Query p50/p95 (ms) by query, one column pair per engine. */
type QueryColumns = Record<string, Record<string, number | string>>;

function addQueryColumns(table: QueryColumns, label: string, t: Record<string, Timing>): void {
	for (const [q, v] of Object.entries(t)) {
		table[q] ??= {};
		table[q][`${label} p50`] = v.error ? '失败' : v.p50;
		table[q][`${label} p95`] = v.error ? v.error : v.p95;
	}
}

type JsonLine = {
	reports: number;
	bytes_loaded_first_page: number | null;
	first_numbers_ms_cold: number | null;
	first_numbers_ms_warm: number | null;
	query_p95_ms: number | null;
	tab_peak_mb: number | null;
	duckdb_speedup_vs_js: number | null;
	engine: string;
};

/** The server: page queries on native DuckDB over the Parquet in `dir`, as POST /api/query runs them (capped). */
async function serverRun(dir: string, repeat: number): Promise<{ openMs: number; timing: Record<string, Timing> }> {
	const [{ engine }, openMs] = await timed(() => openParquet(dir, { memoryLimit: '4GB' }));
	try {
		return { openMs, timing: await timeWorkload(engine, await pageWorkload(engine), repeat, serverQuery) };
	} finally {
		await engine.close();
	}
}

const parquetMb = (m: ParquetManifest) => mb(m.relations.reduce((s, r) => s + r.bytes, 0));

export async function run(args: string[]): Promise<number> {
	let o: Options;
	try {
		o = parse(args);
	} catch (e) {
		if (!(e instanceof InputError)) throw e;
		console.error(`错误：${e.message}`);
		return 1;
	}
	const work = o.work ?? mkdtempSync(join(tmpdir(), 'perflens-bench-'));
	mkdirSync(work, { recursive: true });
	const say = (s: string) => console.error(`[bench] ${s}`);
	const summary: Record<string, number | string>[] = [];
	const bytes: Record<string, Record<string, number>> = {};
	const queries: QueryColumns = {};
	const lines: JsonLine[] = [];
	let largest: { reports: number; parquet: string } | null = null;
	try {
		for (const size of o.sizes) {
			const label = size.reports ? `${size.reports} 份` : `${size.departments} 部门`;
			const dir = join(work, `arrow-${size.reports ?? `d${size.departments}`}`);
			say(`${label}：生成并写入 Arrow`);
			const [manifest, buildMs] = await timed(() =>
				writeArrowDataset((function* () { for (const d of generateDemo({ ...size, years: o.years })) yield d.report; })(), dir, `bench-${label}x${o.years}`)
			);
			const read = async (name: TableName) => new Uint8Array(readFileSync(join(dir, `${name}.arrow`)));
			const n = manifest.reports;

			const wasm = await createNodeEngine();
			let wasmLoadMs = 0;
			let wasmMaterializeMs = 0;
			let wasmTiming: Record<string, Timing> = {};
			let wasmError = n > o.wasmMax ? `未测（超过 --wasm-max ${o.wasmMax}）` : '';
			if (!wasmError) say(`${n} 份报告：duckdb-wasm 载入、物化指标表、页面查询 ×${o.repeat}`);
			try {
				if (wasmError) throw new Error(wasmError);
				[, wasmLoadMs] = await timed(() => loadDataset(wasm, read));
				say(`duckdb-wasm 载入+建视图 ${secs(wasmLoadMs)} 秒`);
				[, wasmMaterializeMs] = await timed(() => materializeMetricViews(wasm));
				say(`duckdb-wasm 物化指标表 ${secs(wasmMaterializeMs)} 秒`);
				wasmTiming = await timeWorkload(wasm, await pageWorkload(wasm), o.repeat);
			} catch (e) {
				// duckdb-wasm has 4 GB of address space: a large dataset can exhaust it
				wasmError ||= message(e);
				say(`duckdb-wasm：${wasmError}`);
			} finally {
				await wasm.close();
			}
			const wasmPeak = peakRssMb();

			say(`${n} 份报告：纯 JavaScript 对照`);
			const js = await compareJsWithDuckdb(dir);
			say(`纯 JavaScript ${secs(js.jsMs)} 秒，DuckDB 由同样的存储表计算 ${secs(js.duckdbMs)} 秒${js.prebuiltMs !== null ? `（另：读数据集所带、生成时已算好的指标表 ${secs(js.prebuiltMs)} 秒，不作为比值）` : ''}，${js.equal ? '结果一致' : js.mismatch}`);

			say(`${n} 份报告：原生 DuckDB 写出 Parquet、打开、页面查询 ×${o.repeat}`);
			const pq = join(work, `parquet-${n}`);
			const [pm, parquetMs] = await timed(() => parquetFromArrow(read, pq, manifest.version));
			say(`原生 DuckDB 写出 Parquet ${secs(parquetMs)} 秒`);
			const server = await serverRun(pq, o.repeat);
			if (!largest || n > largest.reports) largest = { reports: n, parquet: pq };

			for (const t of manifest.tables) (bytes[t.name] ??= {})[`${n} Arrow MB`] = mb(t.bytes);
			for (const r of pm.relations.filter((x) => x.kind === 'table')) (bytes[r.name] ??= {})[`${n} Parquet MB`] = mb(r.bytes);
			addQueryColumns(queries, `${n} wasm`, wasmTiming);
			addQueryColumns(queries, `${n} 原生`, server.timing);
			const [wq, wp95] = slowest(wasmTiming);
			const [nq, np95] = slowest(server.timing, SERVER_QUERY_MAX_ROWS);
			summary.push({
				报告数: n,
				'Arrow MB': mb(manifest.tables.reduce((s, t) => s + t.bytes, 0)),
				'生成+写 Arrow s': secs(buildMs),
				'wasm 载入+建视图 s': secs(wasmLoadMs),
				'wasm 物化指标 s': secs(wasmMaterializeMs),
				'wasm 最慢 p95 ms': wasmError ? NaN : wp95,
				'wasm 最慢查询': wasmError ? wasmError : wq + failures(wasmTiming),
				'wasm 后峰值 RSS MB': wasmPeak,
				'Parquet MB': parquetMb(pm),
				'原生 写 Parquet s': secs(parquetMs),
				'原生 打开 s': secs(server.openMs),
				'原生 最慢 p95 ms': np95,
				'原生 最慢查询': nq + failures(server.timing),
				'超出服务器行数上限': overCap(server.timing),
				'峰值 RSS MB': peakRssMb(),
				'JS s': secs(js.jsMs),
				'DuckDB s': secs(js.duckdbMs),
				'JS ÷ DuckDB': js.equal ? Number(js.ratio.toFixed(2)) : `不一致：${js.mismatch}`
			});
			lines.push({
				reports: n,
				bytes_loaded_first_page: null,
				first_numbers_ms_cold: null,
				first_numbers_ms_warm: null,
				query_p95_ms: wasmError ? null : wp95,
				tab_peak_mb: null,
				duckdb_speedup_vs_js: js.equal ? Number(js.ratio.toFixed(2)) : null,
				engine: 'duckdb-wasm (Node)'
			});
			rmSync(dir, { recursive: true, force: true });
			say(`结果：${JSON.stringify(summary[summary.length - 1])}`);
		}

		const servers: { dir: string; how: string; buildMs: number | null }[] = o.serverParquet.map((dir) => ({ dir, how: `已有的 Parquet（${dir}）`, buildMs: null }));
		if (o.serverReports) {
			const dir = join(work, `server-${o.serverReports}`);
			let how = '';
			const [, buildMs] = await timed(async () => {
				if (o.serverGenerate || !largest) {
					how = `生成全部 ${o.serverReports} 份报告`;
					say(`服务器：${how}，原生 DuckDB 写出 Parquet`);
					const gen = (function* () { for (const d of generateDemo({ reports: o.serverReports!, years: o.years })) yield d.report; })();
					return parquetFromReports(gen, dir, `bench-${o.serverReports}x${o.years}`, { path: `${dir}.build.duckdb`, memoryLimit: '4GB', onStep: say });
				}
				const copies = Math.max(1, Math.round(o.serverReports! / largest.reports));
				how = `${largest.reports} 份生成报告的 Parquet 复制 ${copies} 份（各有自己的部门与报告编号）`;
				say(`服务器：${how}`);
				return replicateParquet(largest.parquet, dir, copies, { onStep: say });
			});
			rmSync(`${dir}.build.duckdb`, { force: true });
			servers.push({ dir, how, buildMs });
		}
		for (const { dir, how, buildMs } of servers) {
			const pm = readParquetManifest(dir);
			if (!pm) throw new InputError(`没有找到 Parquet 数据（${dir}/manifest.json）`);
			say(`服务器：${pm.reports} 份报告，打开 Parquet、页面查询 ×${o.repeat}`);
			const server = await serverRun(dir, o.repeat);
			addQueryColumns(queries, `${pm.reports} 服务器`, server.timing);
			const [q, p95] = slowest(server.timing, SERVER_QUERY_MAX_ROWS);
			summary.push({ 报告数: pm.reports, 'Parquet MB': parquetMb(pm), '原生 写 Parquet s': buildMs === null ? '' : secs(buildMs), '原生 打开 s': secs(server.openMs), '原生 最慢 p95 ms': p95, '原生 最慢查询': q + failures(server.timing), '超出服务器行数上限': overCap(server.timing), '峰值 RSS MB': peakRssMb(), 说明: how });
			say(`结果：${JSON.stringify(summary[summary.length - 1])}`);
			lines.push({
				reports: pm.reports,
				bytes_loaded_first_page: null,
				first_numbers_ms_cold: null,
				first_numbers_ms_warm: null,
				query_p95_ms: p95,
				tab_peak_mb: null,
				duckdb_speedup_vs_js: null,
				engine: 'native DuckDB over Parquet (server)'
			});
		}
	} finally {
		if (!o.work) rmSync(work, { recursive: true, force: true });
	}
	console.log('总表（时间为本机测量；峰值 RSS 为本进程到此为止的峰值）');
	console.table(summary);
	console.log('每张表的大小（MB）');
	console.table(bytes);
	console.log('页面查询耗时（毫秒，p50 / p95）');
	console.table(queries);
	if (o.json) for (const l of lines) console.log(JSON.stringify(l));
	return 0;
}
