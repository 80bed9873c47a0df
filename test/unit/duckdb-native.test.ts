/**
 * Native DuckDB (src/lib/server/duckdb-native.ts) against the wasm Node engine
 * (src/lib/server/duckdb-node.ts): the same Arrow tables, the same declared views, every page
 * query (src/lib/db/workload.ts) returns equal rows — on the bundled dataset and on a small
 * generated one — and so does the server's Parquet copy (src/lib/server/parquet.ts) read back
 * with read_parquet(hive_partitioning). Also: parquet is built in (no download), the layout is
 * hive-partitioned by report year and province, and every page query has a name (POST /api/query).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/db/dataset';
import type { Row, SqlEngine } from '../../src/lib/db/engine';
import { nameOf, NAMED_QUERIES } from '../../src/lib/db/named';
import { run, type Query } from '../../src/lib/db/query';
import type { TableName } from '../../src/lib/db/tables';
import { pageWorkload } from '../../src/lib/db/workload';
import { generateDemo } from '../../src/lib/demo/generate';
import { writeArrowDataset, rebuild } from '../../src/lib/server/dataset';
import { createNativeEngine, nativeBuiltins } from '../../src/lib/server/duckdb-native';
import { createNodeEngine } from '../../src/lib/server/duckdb-node';
import { openParquet, parquetFromArrow, readParquetManifest } from '../../src/lib/server/parquet';

const tmp = mkdtempSync(join(tmpdir(), 'perflens-native-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));

/** Doubles summed in another order may differ in the last bits: equal to 1e-9 relative. */
function same(a: Row[], b: Row[], what: string): void {
	expect(b.length, `${what}: 行数`).toBe(a.length);
	for (let i = 0; i < a.length; i++) {
		expect(Object.keys(b[i]), `${what} 第 ${i} 行的列`).toEqual(Object.keys(a[i]));
		for (const [k, v] of Object.entries(a[i])) {
			const w = b[i][k];
			if (typeof v === 'number' && typeof w === 'number' && !Number.isInteger(v)) expect(Math.abs(v - w), `${what} 第 ${i} 行 ${k}`).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(v)));
			else expect(w, `${what} 第 ${i} 行 ${k}`).toEqual(v);
		}
	}
}

type Dataset = { name: string; dir: string; version: string };

const datasets: Dataset[] = [];

beforeAll(() => {
	const real = join(tmp, 'real');
	// the bundled dataset: the records of data/reports, built the way build-data builds them
	const m = rebuild('data');
	datasets.push({ name: '内置数据集', dir: join('data', 'arrow'), version: m.version });
	const small = join(tmp, 'demo');
	const d = writeArrowDataset((function* () { for (const r of generateDemo({ departments: 7, years: 3, seed: 11 })) yield r.report; })(), small, 'native-test');
	datasets.push({ name: '模拟数据（7 个部门 × 3 年）', dir: small, version: d.version });
	void real;
});

const reader = (dir: string) => async (name: TableName) => new Uint8Array(readFileSync(join(dir, `${name}.arrow`)));

describe('native DuckDB engine', () => {
	it('has parquet built in and never downloads extensions', async () => {
		const e = await createNativeEngine();
		try {
			expect(await nativeBuiltins(e)).toContain('parquet');
			const [s] = await e.query<{ install: string; load: string }>(
				`SELECT current_setting('autoinstall_known_extensions')::VARCHAR AS install, current_setting('autoload_known_extensions')::VARCHAR AS load`
			);
			expect(s).toEqual({ install: 'false', load: 'false' });
			// a page of up to 1,000 rows is found on its order columns, its other columns fetched by row id (../../src/lib/server/duckdb-native.ts)
			const [m] = await e.query<{ rows: string; ids: string }>(
				`SELECT current_setting('late_materialization_max_rows')::VARCHAR AS rows, current_setting('dynamic_or_filter_threshold')::VARCHAR AS ids`
			);
			expect(m).toEqual({ rows: '1000', ids: '1000' });
			const [c] = await e.query<{ cache: string }>(`SELECT current_setting('parquet_metadata_cache')::VARCHAR AS cache`);
			expect(c.cache).toBe('true');
		} finally {
			await e.close();
		}
	});

	it('returns rows by the wasm conventions: BIGINT and DECIMAL as numbers, DATE as text, bound values', async () => {
		const [w, n] = [await createNodeEngine(), await createNativeEngine()];
		try {
			const sql = `SELECT 7::BIGINT AS b, 1.25::DECIMAL(10,2) AS d, DATE '2024-03-01' AS day, $1::INTEGER + 1 AS p, $2 AS s, NULL::DOUBLE AS z, true AS t`;
			const expected = [{ b: 7, d: 1.25, day: '2024-03-01', p: 42, s: '部门', z: null, t: true }];
			expect(await w.query(sql, [41, '部门'])).toEqual(expected);
			expect(await n.query(sql, [41, '部门'])).toEqual(expected);
		} finally {
			await w.close();
			await n.close();
		}
	});

	it('every page query has a name for server queries', () => {
		const names = new Set(NAMED_QUERIES.map((q) => q.name));
		expect(names.size).toBe(NAMED_QUERIES.length);
		expect(new Set(NAMED_QUERIES.map((q) => q.sql)).size).toBe(NAMED_QUERIES.length);
	});

	for (const i of [0, 1]) {
		// (builds the Parquet and runs every page query on three engines: minutes on a loaded 2-core machine;
		// over 300 s at load 10–14, where the views of the wasm engine take 5–20 s per compare query)
		it(`agrees with the wasm engine on every page query, from Arrow and from Parquet (dataset ${i + 1})`, { timeout: 900_000 }, async () => {
			const ds = datasets[i];
			const wasm = await createNodeEngine();
			const native = await createNativeEngine();
			const pq = join(tmp, `parquet-${i}`);
			try {
				await loadDataset(wasm, reader(ds.dir));
				await loadDataset(native, reader(ds.dir));
				const manifest = await parquetFromArrow(reader(ds.dir), pq, ds.version);
				const { engine: server } = await openParquet(pq);
				try {
					const queries = await pageWorkload(wasm);
					expect(Object.keys(queries).length).toBeGreaterThanOrEqual(20);
					let rows = 0;
					for (const [page, q] of Object.entries(queries) as [string, Query<Row>][]) {
						expect(nameOf(q), page).toBeDefined();
						const a = await run(wasm, q);
						rows += a.length;
						same(a, await run(native, q), `${ds.name} ${page}（原生）`);
						same(a, await run(server, q), `${ds.name} ${page}（Parquet）`);
					}
					expect(rows).toBeGreaterThan(0);
					// the manifest counts what the engines hold
					const [{ n }] = await wasm.query<{ n: number }>(`SELECT count(*) AS n FROM reports`);
					expect(manifest.reports).toBe(n);
					expect(manifest.relations.find((r) => r.name === 'reports')?.rows).toBe(n);
				} finally {
					await server.close();
				}
			} finally {
				await wasm.close();
				await native.close();
			}
		});
	}

	it('writes hive partitions by report year and province, recorded in the manifest', () => {
		const pq = join(tmp, 'parquet-1');
		const m = readParquetManifest(pq)!;
		expect(m.partition_by).toEqual(['report_year', 'report_region']);
		const rel = m.relations.find((r) => r.name === 'm_department_year')!;
		expect(rel.partitioned_by).toEqual(['report_year', 'report_region']);
		const years = readdirSync(join(pq, 'm_department_year')).sort();
		// 7 departments × 3 years ending 2024 (and no target tables in a department-year of their own)
		expect(years.filter((y) => y.startsWith('report_year=')).slice(0, 3)).toEqual(['report_year=2022', 'report_year=2023', 'report_year=2024']);
		const regions = readdirSync(join(pq, 'm_department_year', 'report_year=2024'));
		expect(regions.every((r) => r.startsWith('report_region='))).toBe(true);
		expect(existsSync(join(pq, 'm_department_year', 'report_year=2024', regions[0], 'data_0.parquet'))).toBe(true);
		expect(rel.files).toBe(readdirSync(join(pq, 'm_department_year'), { recursive: true }).filter((f) => String(f).endsWith('.parquet')).length);
	});
});
