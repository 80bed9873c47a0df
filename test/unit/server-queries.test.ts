/**
 * Server queries (POST /api/query, src/lib/server/server-queries.ts, src/lib/db/remote.ts): a
 * named page query with validated values, run by native DuckDB over the dataset's Parquet,
 * returns the rows the wasm engine returns; the threshold switch (manifest, env override);
 * department staff are limited to their own department; bad input gets a Chinese 4xx, never SQL.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/db/dataset';
import type { Row, SqlEngine } from '../../src/lib/db/engine';
import * as Q from '../../src/lib/db/queries';
import { limited, run, type Query } from '../../src/lib/db/query';
import { remoteRunner } from '../../src/lib/db/remote';
import type { TableName } from '../../src/lib/db/tables';
import { generateDemo } from '../../src/lib/demo/generate';
import type { User } from '../../src/lib/server/auth';
import { writeArrowDataset } from '../../src/lib/server/dataset';
import { createNodeEngine } from '../../src/lib/server/duckdb-node';
import { parquetFromArrow } from '../../src/lib/server/parquet';
import { closeServerQueries, SERVER_QUERY_MAX_ROWS, serverParquetDir, serverQueriesInfo, serverQuery } from '../../src/lib/server/server-queries';
import { POST } from '../../src/routes/api/query/+server';

const root = mkdtempSync(join(tmpdir(), 'perflens-serverq-'));
const saved = { data: process.env.PERFLENS_DATA_DIR, above: process.env.PERFLENS_SERVER_QUERIES_ABOVE_REPORTS };
let wasm: SqlEngine;
let version = '';
let reports = 0;
let dept = '';

const admin: User = { id: 'u1', name: '管理员', role: 'admin' };

function call(body: unknown, user: User | null = admin): Promise<Response> {
	const request = new Request('http://localhost/api/query', { method: 'POST', headers: { 'content-type': 'application/json' }, body: typeof body === 'string' ? body : JSON.stringify(body) });
	return POST({ request, locals: { user }, getClientAddress: () => '127.0.0.1' } as never) as Promise<Response>;
}

beforeAll(async () => {
	process.env.PERFLENS_DATA_DIR = root;
	const demo = join(root, 'demo');
	const m = writeArrowDataset((function* () { for (const r of generateDemo({ departments: 5, years: 2, seed: 3 })) yield r.report; })(), demo, 'server-queries-test');
	version = m.version;
	reports = m.reports;
	const read = async (name: TableName) => new Uint8Array(readFileSync(join(demo, `${name}.arrow`)));
	await parquetFromArrow(read, serverParquetDir('demo', root), version);
	wasm = await createNodeEngine();
	await loadDataset(wasm, read);
	const [kpi] = await run(wasm, Q.yearKpis());
	dept = (await run(wasm, Q.yearDepartments(kpi.year)))[0].department_id;
});

afterAll(async () => {
	await wasm?.close();
	await closeServerQueries();
	process.env.PERFLENS_DATA_DIR = saved.data;
	process.env.PERFLENS_SERVER_QUERIES_ABOVE_REPORTS = saved.above;
	if (saved.data === undefined) delete process.env.PERFLENS_DATA_DIR;
	if (saved.above === undefined) delete process.env.PERFLENS_SERVER_QUERIES_ABOVE_REPORTS;
	rmSync(root, { recursive: true, force: true });
});

describe('POST /api/query', () => {
	it('runs a page query by name on the Parquet and returns the rows the wasm engine returns', async () => {
		const [kpi] = await run(wasm, Q.yearKpis());
		// the page's own query objects, sent by the browser's runner through the handler
		const runner = remoteRunner('demo', (async (_url: string, init: RequestInit) => call(JSON.parse(String(init.body)))) as typeof fetch);
		const queries: Query<Row>[] = [Q.yearKpis(), Q.yearDepartmentFigures(kpi.year), Q.reportList({ year: kpi.year }, { limit: 2, offset: 1 }), Q.departmentList('', { limit: 3 }), Q.departmentYears(dept), Q.compare({ top: { column: 'spending_final_wan', n: 3 } }), Q.auditSeverityCounts({ year: kpi.year })];
		for (const q of queries) {
			expect(runner.runs(q)).toBe(true);
			expect(await runner.run(q)).toEqual(await run(wasm, q));
		}
		expect(runner.runs({ sql: 'SELECT 1', params: [] })).toBe(false);
	});

	it('refuses bad input in Chinese: unknown name, wrong values, SQL, malformed body', async () => {
		const cases: [unknown, number, RegExp][] = [
			[{ dataset: 'demo', name: 'SELECT * FROM reports', params: [] }, 404, /没有名为/],
			[{ dataset: 'demo', name: 'yearGrades', params: ['2024; DROP TABLE reports'] }, 400, /参数有误（第 1 个）/],
			[{ dataset: 'demo', name: 'yearGrades', params: [] }, 400, /参数有误/],
			[{ dataset: 'demo', name: 'departmentYears', params: ['../etc'] }, 400, /编号只能包含/],
			[{ dataset: 'other', name: 'yearKpis' }, 400, /dataset 应为/],
			['{not json', 400, /JSON/]
		];
		for (const [body, status, message] of cases) {
			const res = await call(body);
			expect(res.status, JSON.stringify(body)).toBe(status);
			expect((await res.json()).message).toMatch(message);
		}
	});

	it('caps a result in SQL and keeps its order (the server refuses one row over SERVER_QUERY_MAX_ROWS)', async () => {
		const q = Q.reportList();
		const all = await run(wasm, q);
		expect(all.length).toBeGreaterThan(3);
		expect(await run(wasm, limited(q, 3))).toEqual(all.slice(0, 3));
		expect(serverQuery(q).sql).toContain(`LIMIT ${SERVER_QUERY_MAX_ROWS + 1}`);
	});

	it('says so when the dataset has no Parquet', async () => {
		const res = await call({ dataset: 'real', name: 'yearKpis', params: [] });
		expect(res.status).toBe(503);
		expect((await res.json()).message).toMatch(/perflens build-parquet/);
	});

	it('reads by the read rule of access.ts, the same as the browser path: department staff read another department too', async () => {
		const staff: User = { id: 'u2', name: '部门', role: 'department', department: dept };
		const other: User = { ...staff, department: 'someone-else' };
		expect((await call({ dataset: 'demo', name: 'departmentYears', params: [dept] }, staff)).status).toBe(200);
		expect((await call({ dataset: 'demo', name: 'departmentYears', params: [dept] }, other)).status).toBe(200);
		expect((await call({ dataset: 'demo', name: 'yearKpis', params: [] }, other)).status).toBe(200);
		// reading without sign-in is allowed unless an administrator requires it (settings)
		expect((await call({ dataset: 'demo', name: 'yearKpis', params: [] }, null)).status).toBe(200);
	});

	it('switches above the threshold of the manifest, or of PERFLENS_SERVER_QUERIES_ABOVE_REPORTS', () => {
		delete process.env.PERFLENS_SERVER_QUERIES_ABOVE_REPORTS;
		expect(serverQueriesInfo('demo', version, reports, root)).toEqual({ above_reports: 200_000, available: true, enabled: false });
		process.env.PERFLENS_SERVER_QUERIES_ABOVE_REPORTS = '0';
		expect(serverQueriesInfo('demo', version, reports, root)).toEqual({ above_reports: 0, available: true, enabled: true });
		// Parquet of another version of the data does not count
		expect(serverQueriesInfo('demo', 'other-version', reports, root).enabled).toBe(false);
		process.env.PERFLENS_SERVER_QUERIES_ABOVE_REPORTS = 'viele';
		expect(serverQueriesInfo('demo', version, reports, root).above_reports).toBe(200_000);
	});
});
