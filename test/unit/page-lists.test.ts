/**
 * The long page lists over prebuilt tables. The reports list (报告一览): its rows are
 * m_report_overview, declared as v_report_overview's rows; a page is cut from the whole list
 * sorted in SQL by the chosen column (undisclosed last, then the list's own order). The audit
 * list: m_audit_findings, every finding with its report's columns, in the page's order. Expected
 * rows and orders are worked out here in plain JavaScript from the view's and tables' rows, not
 * by the query under test. Real DuckDB engine over the bundled reports.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/db/dataset';
import type { Row, SqlEngine } from '../../src/lib/db/engine';
import { nameOf } from '../../src/lib/db/named';
import * as Q from '../../src/lib/db/queries';
import { run } from '../../src/lib/db/query';
import { loadAllRecords, writeArrowDataset } from '../../src/lib/server/dataset';
import { createNodeEngine } from '../../src/lib/server/duckdb-node';

const dir = mkdtempSync(join(tmpdir(), 'perflens-report-list-'));
let engine: SqlEngine & { close(): Promise<void> };
let view: Row[];

beforeAll(async () => {
	writeArrowDataset(loadAllRecords().reports, dir, 'test');
	engine = await createNodeEngine();
	await loadDataset(engine, async (name) => new Uint8Array(readFileSync(join(dir, `${name}.arrow`))));
	view = await engine.query('SELECT * FROM v_report_overview');
}, 120_000);

afterAll(async () => {
	await engine?.close();
	rmSync(dir, { recursive: true, force: true });
});

/** Code-point order of two texts (DuckDB's VARCHAR order). */
const text = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
/** The list's own order: newest year, department name, kind, report id. */
const own = (a: Row, b: Row) =>
	(b.fiscal_year as number) - (a.fiscal_year as number) ||
	text(a.department_name as string, b.department_name as string) ||
	text(a.kind as string, b.kind as string) ||
	text(a.report_id as string, b.report_id as string);
/** By one column, undisclosed last in either direction, ties in the list's own order. */
const by = (key: string, dir: 'asc' | 'desc') => (a: Row, b: Row) => {
	const x = a[key];
	const y = b[key];
	if (x === null || y === null) return x === y ? own(a, b) : x === null ? 1 : -1;
	const c = typeof x === 'number' ? x - (y as number) : text(String(x), String(y));
	return (dir === 'asc' ? c : -c) || own(a, b);
};
const ids = (rows: Row[]) => rows.map((r) => r.report_id);

describe('report list (m_report_overview)', () => {
	it('has exactly the rows of v_report_overview, numbered in the list\'s own order', async () => {
		expect(view.length).toBeGreaterThan(40);
		expect(await engine.query('SELECT * EXCLUDE (list_order) FROM m_report_overview ORDER BY ALL')).toEqual(await engine.query('SELECT * FROM v_report_overview ORDER BY ALL'));
		const numbered = await engine.query('SELECT report_id, list_order FROM m_report_overview ORDER BY list_order');
		expect(numbered.map((r) => r.list_order)).toEqual(view.map((_, i) => i + 1));
		expect(ids(numbered)).toEqual(ids([...view].sort(own)));
	});

	it('pages the whole list in its own order: newest year, then department', async () => {
		const expected = ids([...view].sort(own));
		const pages: Row[] = [];
		for (let offset = 0; offset < view.length; offset += 7) {
			const page = await run(engine, Q.reportList({}, { limit: 7, offset }));
			expect(page.length).toBe(Math.min(7, view.length - offset));
			for (const r of page) expect(r.total_rows).toBe(view.length);
			pages.push(...page);
		}
		expect(ids(pages)).toEqual(expected);
		// the default and an explicit 年度 ↓ are the same query
		expect(Q.reportList({}, {}, { key: 'fiscal_year', dir: 'desc' }).sql).toBe(Q.reportList().sql);
	});

	it('sorts the whole list by any shown column before cutting a page (undisclosed last); each sort is a named server query', async () => {
		const spending = [...view].filter((r) => r.spending_final_wan !== null).length;
		// the bundled reports disclose some spending totals and not others: both ends are exercised
		expect(spending).toBeGreaterThan(0);
		expect(spending).toBeLessThan(view.length);
		for (const key of Q.REPORT_SORT_KEYS) {
			for (const dir of ['asc', 'desc'] as const) {
				const q = Q.reportList({}, { limit: 9, offset: 9 }, { key, dir });
				expect(nameOf(q), `${key} ${dir}`).toBeDefined();
				expect(ids(await run(engine, q)), `${key} ${dir}`).toEqual(ids([...view].sort(by(key, dir)).slice(9, 18)));
			}
		}
		// 支出决算 ↓ on the first page: the largest disclosed first, descending
		const top = await run(engine, Q.reportList({}, { limit: 3 }, { key: 'spending_final_wan', dir: 'desc' }));
		const max = Math.max(...view.map((r) => (r.spending_final_wan as number | null) ?? -Infinity));
		expect(top[0].spending_final_wan).toBe(max);
		expect(top[0].spending_final_wan! >= top[1].spending_final_wan! && top[1].spending_final_wan! >= top[2].spending_final_wan!).toBe(true);
		// an unknown column is not a sort of the list (the URL may carry anything)
		expect(Q.reportSortOf({ key: 'title; DROP', dir: 'asc' })).toBeNull();
		expect(Q.reportSortOf({ key: 'score_total', dir: 'asc' })).toEqual({ key: 'score_total', dir: 'asc' });
	});

	it('filters before sorting and counting: a year, a text in the department or region', async () => {
		const year = view[0].fiscal_year as number;
		const ofYear = view.filter((r) => r.fiscal_year === year);
		const rows = await run(engine, Q.reportList({ year }, { limit: 500 }, { key: 'score_total', dir: 'asc' }));
		expect(ids(rows)).toEqual(ids([...ofYear].sort(by('score_total', 'asc'))));
		expect(rows.every((r) => r.total_rows === ofYear.length)).toBe(true);
		const word = (view[0].department_name as string).slice(0, 2);
		const hits = view.filter((r) => [r.department_name, r.province, r.city, r.district].map((x) => x ?? '').join('').includes(word));
		const found = await run(engine, Q.reportList({ q: word }, { limit: 500 }));
		expect(ids(found)).toEqual(ids([...hits].sort(own)));
		expect(found[0].total_rows).toBe(hits.length);
	});
});

describe('audit findings list (m_audit_findings)', () => {
	it('has every finding once with its report\'s department, year, type and title, numbered in the page\'s order', async () => {
		const findings = await engine.query('SELECT * FROM audit_findings');
		const reports = new Map((await engine.query('SELECT * FROM reports')).map((r) => [r.report_id, r]));
		expect(findings.length).toBeGreaterThan(10);
		const expected = findings
			.map((f): Row => {
				const r = reports.get(f.report_id)!;
				return { ...f, department_id: r.department_id, department_name: r.department_name, fiscal_year: r.fiscal_year, kind_label: r.kind_label, report_title: r.title };
			})
			.sort(
				(a, b) =>
					(b.fiscal_year as number) - (a.fiscal_year as number) ||
					text(a.department_name as string, b.department_name as string) ||
					text(a.report_id as string, b.report_id as string) ||
					(a.ordinal as number) - (b.ordinal as number)
			)
			.map((f, i): Row => ({ ...f, list_order: i + 1 }));
		expect(await engine.query('SELECT * FROM m_audit_findings ORDER BY list_order')).toEqual(expected);
		// a page of the audit list is a slice of that order, with the count of all
		const page = await run(engine, Q.auditFindings({}, { limit: 5, offset: 5 }));
		expect(page.map((r) => [r.report_id, r.ordinal])).toEqual(expected.slice(5, 10).map((r) => [r.report_id, r.ordinal]));
		expect(page.every((r) => r.total_rows === findings.length)).toBe(true);
		const errors = expected.filter((f) => f.severity === 'error');
		expect((await run(engine, Q.auditSeverityCounts())).find((c) => c.severity === 'error')?.n).toBe(errors.length);
	});
});
