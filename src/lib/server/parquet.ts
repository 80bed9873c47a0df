/**
 * The server's copy of a dataset: hive-partitioned Parquet written at build time by native DuckDB
 * (../db/parquet.ts has the SQL), plus parquet/manifest.json recording every relation's files,
 * rows and bytes, the partition keys, and the dataset size above which pages switch to server
 * queries. Written from the Arrow tables of a data directory (`perflens build-parquet`), or
 * streamed from generated reports (`perflens bench` at 1,000,000 reports, never held as Arrow).
 *
 *   <data>/parquet/manifest.json
 *   <data>/parquet/<table or metric>/report_year=2024/region=广东省/data_0.parquet
 *
 * openParquet() gives a native engine over those files with every declared relation: the tables
 * as views over read_parquet, the base views on top, the metric tables held in memory up to
 * METRICS_IN_MEMORY_UP_TO reports (read from the Parquet above that), so the query objects of ../db/queries.ts run unchanged.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Column } from '../db/columns';
import { ALL_VIEWS, loadDataset } from '../db/dataset';
import { materializeMetricViews, METRIC_VIEWS } from '../db/metrics';
import { copyToParquetSql, countRowsSql, createTableSql, insertFromJsonSql, PARTITION_KEYS, partitionKeysOf, parquetTableSql, parquetViewSql, replicateParquetSql } from '../db/parquet';
import { reportsToRows, TABLES, type TableName } from '../db/tables';
import { createView } from '../db/view';
import { BASE_VIEWS } from '../db/views';
import type { Report } from '../schema/report';
import { createNativeEngine, type NativeEngine, type NativeOptions } from './duckdb-native';

/** Default of `queries_above_reports`: larger datasets are queried on the server (PERFLENS_SERVER_QUERIES_ABOVE_REPORTS overrides). */
export const DEFAULT_SERVER_QUERIES_ABOVE_REPORTS = 200_000;

export type ParquetManifest = {
	/** version of the Arrow dataset it was built from (or of the generated input) */
	source_version: string;
	generated_at: string;
	reports: number;
	/** hive partition keys, in path order */
	partition_by: readonly string[];
	/** pages switch to server queries when the dataset has more reports than this */
	queries_above_reports: number;
	relations: { name: string; kind: 'table' | 'metric'; rows: number; files: number; bytes: number; partitioned_by: string[] }[];
};

export const parquetDirOf = (datasetDir: string) => join(datasetDir, 'parquet');

type Decl = { name: string; columns: readonly { name: string; type: Column['type'] }[] };
const RELATIONS: { decl: Decl; kind: 'table' | 'metric' }[] = [
	...TABLES.map((t) => ({ decl: t as Decl, kind: 'table' as const })),
	...METRIC_VIEWS.map((v) => ({ decl: v as Decl, kind: 'metric' as const }))
];

function filesUnder(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir, { recursive: true, encoding: 'utf8' })
		.filter((f) => f.endsWith('.parquet'))
		.map((f) => join(dir, f));
}

export function readParquetManifest(dir: string): ParquetManifest | null {
	const path = join(dir, 'manifest.json');
	if (!existsSync(path)) return null;
	try {
		return JSON.parse(readFileSync(path, 'utf8')) as ParquetManifest;
	} catch {
		return null;
	}
}

/** A new build directory beside `dir` (swapped in by finish()). */
function staging(dir: string): string {
	const path = `${dir}.${process.pid}.tmp`;
	rmSync(path, { recursive: true, force: true });
	mkdirSync(path, { recursive: true });
	return path;
}

/**
 * Record every relation's files, rows and bytes in the manifest, written last inside the staged
 * directory, then swap it in for `dir` (readers never see half a build).
 */
async function finish(staged: string, dir: string, sourceVersion: string, rowsOf: (name: string) => Promise<number>): Promise<ParquetManifest> {
	const relations: ParquetManifest['relations'] = [];
	for (const { decl, kind } of RELATIONS) {
		const files = filesUnder(join(staged, decl.name));
		const rows = await rowsOf(decl.name);
		relations.push({ name: decl.name, kind, rows, files: files.length, bytes: files.reduce((s, f) => s + statSync(f).size, 0), partitioned_by: rows ? partitionKeysOf(decl.columns) : [] });
	}
	const manifest: ParquetManifest = {
		source_version: sourceVersion,
		generated_at: new Date().toISOString(),
		reports: relations.find((r) => r.name === 'reports')?.rows ?? 0,
		partition_by: PARTITION_KEYS,
		queries_above_reports: DEFAULT_SERVER_QUERIES_ABOVE_REPORTS,
		relations
	};
	writeFileSync(join(staged, 'manifest.json'), JSON.stringify(manifest, null, '\t') + '\n');
	const old = `${dir}.${process.pid}.old`;
	if (existsSync(dir)) renameSync(dir, old);
	renameSync(staged, dir);
	rmSync(old, { recursive: true, force: true });
	return manifest;
}

const countOf = (engine: NativeEngine) => async (name: string) => (await engine.query<{ n: number }>(countRowsSql(name)))[0].n;

/**
 * With the tables and every declared view in `engine`: materialize the metric views, write every
 * relation as partitioned Parquet into `dir` (replacing what was there), then the manifest, last.
 */
async function writeParquet(engine: NativeEngine, dir: string, sourceVersion: string, onStep?: (step: string) => void): Promise<ParquetManifest> {
	await materializeMetricViews(engine, (name) => onStep?.(`物化指标表 ${name}`));
	const staged = staging(dir);
	for (const { decl } of RELATIONS) {
		onStep?.(`写出 Parquet ${decl.name}`);
		mkdirSync(join(staged, decl.name), { recursive: true });
		const n = await countOf(engine)(decl.name);
		await engine.query(copyToParquetSql(decl.name, decl.columns, join(staged, decl.name), n > 0));
	}
	return finish(staged, dir, sourceVersion, countOf(engine));
}

/**
 * The metric tables that aggregate or rank across departments: recomputed, not copied, by
 * replicateParquet (m_department_year: its compare order and year ranks span every department).
 */
const ACROSS_DEPARTMENTS = new Set(['m_department_year', 'm_year_kpi', 'm_year_grades', 'm_alert_groups']);

/**
 * `copies` copies of the Parquet in `from` as one dataset in `dir` (the benchmark's server run:
 * 1,000,000 reports from 100,000 generated ones, where generating them all would take hours on
 * two cores). Each copy's departments and reports get ids of their own; the per-year aggregates
 * across departments are recomputed from the copies by their declarations. Comparisons with
 * peers inside a report's rows (m_sangong's peer count) keep the values of the copied dataset.
 */
export async function replicateParquet(from: string, dir: string, copies: number, opts: NativeOptions & { onStep?: (step: string) => void } = {}): Promise<ParquetManifest> {
	const src = readParquetManifest(from);
	if (!src) throw new Error(`没有找到 Parquet 数据（${from}）`);
	const engine = await createNativeEngine(opts);
	try {
		const staged = staging(dir);
		for (const { decl } of RELATIONS) {
			if (ACROSS_DEPARTMENTS.has(decl.name)) continue;
			opts.onStep?.(`复制 ${decl.name} × ${copies}`);
			const rows = src.relations.find((r) => r.name === decl.name)?.rows ?? 0;
			mkdirSync(join(staged, decl.name), { recursive: true });
			await engine.query(replicateParquetSql(decl.name, decl.columns, join(from, decl.name), join(staged, decl.name), copies, rows > 0));
			await engine.query(parquetViewSql(decl.name, decl.columns, join(staged, decl.name)));
		}
		for (const v of METRIC_VIEWS.filter((m) => ACROSS_DEPARTMENTS.has(m.name))) {
			opts.onStep?.(`重算 ${v.name}`);
			await engine.query(createView(v));
			mkdirSync(join(staged, v.name), { recursive: true });
			await engine.query(copyToParquetSql(v.name, v.columns, join(staged, v.name)));
		}
		return await finish(staged, dir, `${src.source_version}x${copies}`, countOf(engine));
	} finally {
		await engine.close();
	}
}

/** Parquet for the Arrow tables of a dataset directory (data/arrow or data/demo): `readTable` gives each table's bytes. */
export async function parquetFromArrow(
	readTable: (name: TableName) => Promise<Uint8Array>,
	dir: string,
	sourceVersion: string,
	opts: NativeOptions & { onStep?: (step: string) => void } = {}
): Promise<ParquetManifest> {
	const engine = await createNativeEngine(opts);
	try {
		await loadDataset(engine, readTable, (p) => opts.onStep?.(p.step));
		return await writeParquet(engine, dir, sourceVersion, opts.onStep);
	} finally {
		await engine.close();
	}
}

/** Reports converted per chunk (bounds the JS rows held at once). */
const CHUNK = 5000;

/**
 * Parquet for reports streamed from any iterable (the demo generator at 1,000,000 reports): each
 * chunk's rows go as newline-delimited JSON into a disk-backed native DuckDB (`path`, spilling
 * past `memoryLimit`; DuckDB's JSON reader is several times faster than appending value by value),
 * never through Arrow.
 */
export async function parquetFromReports(
	reports: Iterable<Report>,
	dir: string,
	sourceVersion: string,
	opts: NativeOptions & { onStep?: (step: string) => void } = {}
): Promise<ParquetManifest> {
	const engine = await createNativeEngine(opts);
	const scratch = mkdtempSync(join(tmpdir(), 'perflens-parquet-'));
	try {
		await engine.query(TABLES.map((t) => createTableSql(t.name, t.columns)).join(';\n'));
		let chunk: Report[] = [];
		let count = 0;
		const flush = async () => {
			if (!chunk.length) return;
			const rows = reportsToRows(chunk) as Record<string, Record<string, unknown>[]>;
			for (const t of TABLES) {
				if (!rows[t.name].length) continue;
				const file = join(scratch, `${t.name}.ndjson`);
				writeFileSync(file, rows[t.name].map((r) => JSON.stringify(r)).join('\n'));
				await engine.query(insertFromJsonSql(t.name, t.columns, file));
			}
			count += chunk.length;
			chunk = [];
			opts.onStep?.(`已写入 ${count} 份报告`);
		};
		for (const r of reports) {
			chunk.push(r);
			if (chunk.length >= CHUNK) await flush();
		}
		await flush();
		opts.onStep?.(`创建 ${ALL_VIEWS.length} 个视图`);
		await engine.query(ALL_VIEWS.map(createView).join(';\n'));
		return await writeParquet(engine, dir, sourceVersion, opts.onStep);
	} finally {
		await engine.close();
		rmSync(scratch, { recursive: true, force: true });
	}
}

/** Up to this many reports the server holds the metric tables in memory (about 3 GB at 1,000,000 would not be). */
export const METRICS_IN_MEMORY_UP_TO = 200_000;

/**
 * The metric tables the pages read across all departments, held in memory at any size so that a
 * peer group, a top-n or a page of a list is not a Parquet scan: the dashboard's, compare's and
 * the department list's (one row per department × year at most), the dashboard's alerts (the
 * alerts of one kind), the report list's and the audit list's (one row per report, per finding).
 * At 1,000,000 reports about 4.4 million rows; the process holds about 3.5 GB after opening.
 */
export const METRICS_ALWAYS_IN_MEMORY: ReadonlySet<string> = new Set([
	'm_department_year',
	'm_departments',
	'm_year_kpi',
	'm_year_grades',
	'm_alert_groups',
	'm_alerts',
	'm_report_overview',
	'm_audit_findings'
]);

/**
 * A native engine over the Parquet of `dir`: the tables as views over read_parquet (with
 * hive_partitioning), the base views on them, the metric tables read into memory.
 */
export async function openParquet(
	dir: string,
	opts: NativeOptions & { metricsInMemoryUpTo?: number; /** instead of METRICS_ALWAYS_IN_MEMORY (the benchmark's comparisons) */ alwaysInMemory?: ReadonlySet<string> } = {}
): Promise<{ engine: NativeEngine; manifest: ParquetManifest }> {
	const manifest = readParquetManifest(dir);
	if (!manifest) throw new Error(`没有找到 Parquet 数据（${join(dir, 'manifest.json')}），请先运行 npx perflens build-parquet`);
	const engine = await createNativeEngine(opts);
	try {
		const statements = [
			...TABLES.map((t) => parquetViewSql(t.name, t.columns, join(dir, t.name))),
			...BASE_VIEWS.map(createView),
			// the metric tables in memory while that is small; above, read from the Parquet at each query
			...METRIC_VIEWS.map((v) =>
				(manifest.reports <= (opts.metricsInMemoryUpTo ?? METRICS_IN_MEMORY_UP_TO) || (opts.alwaysInMemory ?? METRICS_ALWAYS_IN_MEMORY).has(v.name) ? parquetTableSql : parquetViewSql)(v.name, v.columns, join(dir, v.name))
			)
		];
		await engine.query(statements.join(';\n'));
	} catch (e) {
		await engine.close();
		throw new Error(`读取 Parquet 数据失败：${e instanceof Error ? e.message : String(e)}`);
	}
	return { engine, manifest };
}
