/**
 * The compare table's ranks (支出、执行率、得分排名): within each year over every row matching the
 * filter, also when only the first few rows are shown; undisclosed figures are not ranked.
 * Expected ranks are counted here in plain JavaScript from m_department_year's rows (rank = 1 +
 * how many rows of the same year have a larger figure). Real DuckDB engine over a generated
 * dataset (30 departments × 3 years: ranks well beyond the rows shown) and the bundled reports.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/db/dataset';
import type { Row, SqlEngine } from '../../src/lib/db/engine';
import * as M from '../../src/lib/db/metrics';
import * as Q from '../../src/lib/db/queries';
import { run } from '../../src/lib/db/query';
import { COMPARE_COLUMNS, COMPARE_METRICS } from '../../src/lib/charts/table';
import { generateDemoReports } from '../../src/lib/demo/generate';
import { loadAllRecords, writeArrowDataset } from '../../src/lib/server/dataset';
import { createNodeEngine } from '../../src/lib/server/duckdb-node';

const dir = mkdtempSync(join(tmpdir(), 'perflens-compare-'));
let engine: SqlEngine & { close(): Promise<void> };
let all: Row[];
let bundled: SqlEngine & { close(): Promise<void> };

async function open(sub: string, reports: Parameters<typeof writeArrowDataset>[0]) {
	writeArrowDataset(reports, join(dir, sub), 'test');
	const e = await createNodeEngine();
	await loadDataset(e, async (name) => new Uint8Array(readFileSync(join(dir, sub, `${name}.arrow`))));
	return e;
}

beforeAll(async () => {
	engine = await open('demo', generateDemoReports({ departments: 30, years: 3 }));
	all = await engine.query('SELECT * FROM m_department_year');
	bundled = await open('bundled', loadAllRecords().reports);
}, 180_000);

afterAll(async () => {
	await engine?.close();
	await bundled?.close();
	rmSync(dir, { recursive: true, force: true });
});

const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const order = (a: Row, b: Row) =>
	(b.year as number) - (a.year as number) || text(a.department_name as string, b.department_name as string) || text(a.department_id as string, b.department_id as string);

/** The compare rows of `matching`, worked out by hand: the first `limit`, ranked over all of them, with the columns the page reads. */
function expected(matching: Row[], limit: number) {
	const rankOf = (r: Row, col: string) =>
		r[col] === null ? null : 1 + matching.filter((o) => o.year === r.year && o[col] !== null && (o[col] as number) > (r[col] as number)).length;
	return [...matching]
		.sort(order)
		.slice(0, limit)
		.map((r) => ({ ...Object.fromEntries(Q.COMPARE_FIELDS.map((c) => [c, r[c]])), spending_rank: rankOf(r, 'spending_final_wan'), execution_rank: rankOf(r, 'execution_rate_pct'), score_rank: rankOf(r, 'score_total'), total_rows: matching.length }));
}

describe('compare: only the columns the page reads', () => {
	it('selects every column the table, its export and the charts show, and no other of m_department_year', async () => {
		const selected = new Set<string>([...Q.COMPARE_FIELDS, ...Q.COMPARE_RANKS.map((c) => c.name), 'total_rows']);
		for (const c of COMPARE_COLUMNS) expect(selected.has(c.key), c.key).toBe(true);
		for (const m of COMPARE_METRICS) for (const k of [m.key, m.perStaff]) if (k) expect(selected.has(k), k).toBe(true);
		const [row] = await run(engine, Q.compare({ top: { column: 'spending_final_wan', n: 3 } }));
		expect(Object.keys(row)).toEqual([...selected]);
		expect(Q.COMPARE_FIELDS.length).toBeLessThan(M.departmentYear.columns.length / 3);
	});
});

describe('compare: ranks over every matching row', () => {
	it('every department, every year; and only the first rows shown, ranked the same', async () => {
		expect(new Set(all.map((r) => r.year)).size).toBeGreaterThan(1);
		expect(await run(engine, Q.compare({}))).toEqual(expected(all, Q.COMPARE_MAX_ROWS));
		// a few rows of the year with the most departments shown (as many as it takes for one of them
		// to rank below them): their ranks still count every department of their year
		const years = [...new Set(all.map((r) => r.year as number))];
		const [year, ofYear] = years.map((y) => [y, all.filter((r) => r.year === y)] as const).sort((a, b) => b[1].length - a[1].length)[0];
		expect(ofYear.length).toBeGreaterThan(5);
		const ranks = (rows: Row[]) => rows.flatMap((r) => [r.spending_rank, r.execution_rank, r.score_rank]).filter((x) => x !== null) as number[];
		const k = [1, 2, 3, 4, 5].find((n) => Math.max(...ranks(expected(ofYear, n))) > n);
		expect(k).toBeDefined();
		expect(await run(engine, Q.compare({ years: [year] }, k))).toEqual(expected(ofYear, k!));
	});

	it('a peer group, chosen departments, chosen years, the default top n', async () => {
		const type = all.find((r) => r.dept_type)!.dept_type as string;
		expect(await run(engine, Q.compare({ peer: { type } }))).toEqual(expected(all.filter((r) => r.dept_type === type), Q.COMPARE_MAX_ROWS));
		const ids = [...new Set(all.map((r) => r.department_id as string))].slice(0, 3);
		const years = [...new Set(all.map((r) => r.year as number))].slice(0, 2);
		const chosen = all.filter((r) => ids.includes(r.department_id as string) && years.includes(r.year as number));
		expect(chosen.length).toBeGreaterThan(1);
		expect(await run(engine, Q.compare({ departments: ids, years }))).toEqual(expected(chosen, Q.COMPARE_MAX_ROWS));
		// the top 4 by spending in the latest year that discloses it, every year of theirs
		const latest = Math.max(...all.filter((r) => r.spending_final_wan !== null).map((r) => r.year as number));
		const top = all
			.filter((r) => r.year === latest && r.spending_final_wan !== null)
			.sort((a, b) => (b.spending_final_wan as number) - (a.spending_final_wan as number) || text(a.department_name as string, b.department_name as string))
			.slice(0, 4)
			.map((r) => r.department_id);
		expect(await run(engine, Q.compare({ top: { column: 'spending_final_wan', n: 4 } }))).toEqual(expected(all.filter((r) => top.includes(r.department_id)), Q.COMPARE_MAX_ROWS));
	});

	it('every kind of peer group (type, province, level and their combinations): the precomputed ranks equal ranks counted over the group', async () => {
		const key = { dept_type: 'type', province: 'province', level: 'level' } as const;
		for (const g of M.PEER_GROUPINGS) {
			// the peer group of the department with the most rows sharing its values
			const of = (r: Row) => g.map((c) => r[c]).join('|');
			const [sample] = [...all].filter((r) => g.every((c) => r[c])).sort((a, b) => all.filter((o) => of(o) === of(b)).length - all.filter((o) => of(o) === of(a)).length);
			const peer = Object.fromEntries(g.map((c) => [key[c], sample[c] as string]));
			const matching = all.filter((r) => of(r) === of(sample));
			expect(matching.length, g.join('+')).toBeGreaterThan(1);
			expect(await run(engine, Q.compare({ peer })), g.join('+')).toEqual(expected(matching, Q.COMPARE_MAX_ROWS));
			const year = sample.year as number;
			expect(await run(engine, Q.compare({ peer, years: [year] }, 2)), `${g.join('+')} ${year}`).toEqual(expected(matching.filter((r) => r.year === year), 2));
		}
	});

	it('the bundled reports: every department × year, ranked the same way', async () => {
		const rows = await bundled.query('SELECT * FROM m_department_year');
		expect(rows.length).toBeGreaterThan(20);
		expect(await run(bundled, Q.compare({}))).toEqual(expected(rows, Q.COMPARE_MAX_ROWS));
	});
});
