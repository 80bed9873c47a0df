/**
 * The browser data path: dictionary-encoded Arrow, prebuilt metric tables (computed at build
 * time from the metric views' own declarations), parts with a manifest, and the lazy loader
 * that fetches only the parts a query reads. Real DuckDB engine; expected values by hand.
 */
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ArrowTablesBuilder, ipcSchema, ipcToRows, worthDictionary } from '../../src/lib/db/arrow';
import { loadDataset } from '../../src/lib/db/dataset';
import { firstScreenQueries, firstScreenRows } from '../../src/lib/db/first-screen';
import { LazyDataset } from '../../src/lib/db/lazy';
import { METRIC_VIEWS } from '../../src/lib/db/metrics';
import { PARTITION_MIN_ROWS, metricTableDef, namesIn, partFile, partitionColumn, partitioning, partsToLoad, tablesRead } from '../../src/lib/db/parts';
import * as Q from '../../src/lib/db/queries';
import { run, type Query } from '../../src/lib/db/query';
import type { Row } from '../../src/lib/db/engine';
import { TABLES, type TableDef } from '../../src/lib/db/tables';
import { Manifest, type ManifestPart } from '../../src/lib/schema/manifest';
import { loadAllRecords, writeArrowDataset } from '../../src/lib/server/dataset';
import { createNodeEngine } from '../../src/lib/server/duckdb-node';
import { buildMetricTables } from '../../src/lib/server/prebuilt';

const part = (table: string, year: number | null, region: [number, string] | null = null): ManifestPart => ({
	table,
	year,
	region: region?.[1] ?? null,
	file: partFile(table, year, region?.[0]),
	rows: 1,
	bytes: 1,
	hash: `h-${table}-${year}-${region?.[0]}`
});

/**
 * Two engines over the dataset in `dir`: every stored table loaded with the views (the reference),
 * and the browser's lazy loader, which fetches a part only when a query needs it (`fetched` lists them).
 */
async function viewsAndLazy(dir: string, manifest: Manifest) {
	const views = await createNodeEngine();
	const lazyEngine = await createNodeEngine();
	await loadDataset(views, async (name) => new Uint8Array(readFileSync(join(dir, `${name}.arrow`))));
	const fetched: string[] = [];
	const lazy = await LazyDataset.open(lazyEngine, manifest, async (p) => {
		fetched.push(p.file);
		return new Uint8Array(readFileSync(join(dir, p.file)));
	});
	return { views, lazyEngine, lazy, fetched };
}

describe('dictionary encoding', () => {
	it('encodes a text column whose values repeat at least 4 times on average, up to 65,536 values', () => {
		expect(worthDictionary(2, 8)).toBe(true); // 8 rows ÷ 2 values = 4
		expect(worthDictionary(2, 7)).toBe(false); // 3.5 rows per value
		expect(worthDictionary(0, 10)).toBe(false);
		expect(worthDictionary(65_537, 10_000_000)).toBe(false);
	});

	it('round-trips: the same rows come back, repeated text as Dictionary<Int32, Utf8>, unique text plain; DuckDB reads it as VARCHAR', async () => {
		const def: TableDef = {
			name: 't',
			zh: '测试',
			en: 't',
			grain: '一行',
			columns: [
				{ name: 'scope', type: 'utf8', zh: '口径', en: 'scope', required: true },
				{ name: 'quote', type: 'utf8', zh: '引文', en: 'quote' },
				{ name: 'v', type: 'float64', zh: '值', en: 'v' }
			]
		};
		const rows = [
			{ scope: '财政拨款', quote: '甲', v: 1.5 },
			{ scope: '部门整体', quote: '乙', v: null },
			{ scope: '财政拨款', quote: null, v: 3 },
			{ scope: '财政拨款', quote: '丙', v: 4 }
		];
		const b = new ArrowTablesBuilder([def]);
		// two chunks: one dictionary for the whole file
		b.add({ t: rows.slice(0, 3) });
		b.add({ t: rows.slice(3) });
		const [out] = [...b.finish()];
		expect(out.rows).toBe(4);
		// scope: 2 values over 4 rows → 2 rows per value, below 4: stays plain
		expect(ipcSchema(out.ipc).map((f) => f[1])).toEqual(['Utf8', 'Utf8', 'Float64']);
		const many = Array.from({ length: 8 }, (_, i) => ({ scope: i % 2 ? '部门整体' : '财政拨款', quote: `引文${i}`, v: i }));
		const b2 = new ArrowTablesBuilder([def]);
		b2.add({ t: many.slice(0, 5) });
		b2.add({ t: many.slice(5) });
		const [enc] = [...b2.finish()];
		expect(ipcSchema(enc.ipc).map((f) => f[1])).toEqual(['Dictionary<Int32, Utf8>', 'Utf8', 'Float64']);
		expect(ipcToRows(enc.ipc)).toEqual(many);
		const e = await createNodeEngine();
		try {
			await e.loadArrow('t', enc.ipc);
			expect(await e.query(`SELECT scope, count(*)::INTEGER AS n, sum(v) AS s FROM t GROUP BY scope ORDER BY scope`)).toEqual([
				{ scope: '财政拨款', n: 4, s: 0 + 2 + 4 + 6 },
				{ scope: '部门整体', n: 4, s: 1 + 3 + 5 + 7 }
			]);
			expect((await e.query(`SELECT data_type FROM information_schema.columns WHERE table_name = 't' AND column_name = 'scope'`))[0].data_type).toBe('VARCHAR');
		} finally {
			await e.close();
		}
	});
});

describe('parts', () => {
	it('finds the tables a query reads, through the views it names', () => {
		expect(namesIn('SELECT * FROM m_alerts JOIN reports r USING (report_id)', new Set(['m_alerts', 'm_alert_groups', 'reports']))).toEqual(['m_alerts', 'reports']);
		// prebuilt: a metric table is read as it is
		expect(tablesRead('SELECT * FROM m_year_kpi ORDER BY year DESC', true)).toEqual(['m_year_kpi']);
		// a base view is followed down to the stored tables it reads
		expect(tablesRead('SELECT * FROM v_narratives', true).sort()).toEqual(['narratives', 'reports']);
		// without prebuilt tables a metric view is followed too, and never names itself
		const viaViews = tablesRead('SELECT * FROM m_year_kpi', false);
		expect(viaViews).toContain('reports');
		expect(viaViews).toContain('budget_lines');
		expect(viaViews).not.toContain('m_year_kpi');
	});

	it('loads only the years a query touches, and a whole-table part always', () => {
		const parts = [part('m_department_year', 2023), part('m_department_year', 2024), part('m_year_kpi', null), part('reports', null)];
		expect(partsToLoad(parts, ["m_department_year"], new Set(), { years: [2024] }).map((p) => p.file)).toEqual(['m_department_year.2024.arrow']);
		expect(partsToLoad(parts, ['m_department_year', 'm_year_kpi'], new Set(['m_department_year.2024.arrow'])).map((p) => p.file)).toEqual([
			'm_department_year.2023.arrow',
			'm_year_kpi.arrow'
		]);
		expect(partsToLoad(parts, ['reports'], new Set(['reports.arrow']), { years: [2024] })).toEqual([]);
	});

	it('loads only the regions a query touches, and the rows without a region always', () => {
		const parts = [part('narratives', null, [0, '广东省湛江市']), part('narratives', null, [1, '湖南省衡阳市']), { ...part('narratives', null), file: partFile('narratives', null, 'rest') }];
		expect(parts.map((p) => p.file)).toEqual(['narratives.g0.arrow', 'narratives.g1.arrow', 'narratives.rest.arrow']);
		expect(partsToLoad(parts, ['narratives'], new Set(), { regions: ['湖南省衡阳市'] }).map((p) => p.file)).toEqual(['narratives.g1.arrow', 'narratives.rest.arrow']);
		// no region given: every part
		expect(partsToLoad(parts, ['narratives'], new Set(['narratives.rest.arrow'])).map((p) => p.file)).toEqual(['narratives.g0.arrow', 'narratives.g1.arrow']);
	});

	it('splits by year the dashboard tables, by region the tables of departments and reports, nothing small', () => {
		const byName = new Map([...TABLES as readonly TableDef[], ...METRIC_VIEWS.map(metricTableDef)].map((d) => [d.name, d]));
		expect(partitioning(byName.get('m_department_year')!, 5000)).toBe('year');
		expect(partitioning(byName.get('m_alerts')!, 5000)).toBe('year');
		expect(partitioning(byName.get('budget_lines')!, 5000)).toBe('region');
		expect(partitioning(byName.get('m_indicators')!, 5000)).toBe('region');
		expect(partitioning(byName.get('m_departments')!, 5000)).toBe(null); // the region index itself
		expect(partitioning(byName.get('m_year_kpi')!, 5000)).toBe(null); // no department
		expect(partitioning(byName.get('budget_lines')!, 4999)).toBe(null);
	});

	it('partitions the metric tables that have a fiscal-year column', () => {
		const byName = new Map(METRIC_VIEWS.map((v) => [v.name, v]));
		expect(partitionColumn(byName.get('m_department_year')!)).toBe('year');
		expect(partitionColumn(byName.get('m_alerts')!)).toBe('fiscal_year');
		expect(partitionColumn(byName.get('m_departments')!)).toBe(null);
		expect(metricTableDef(byName.get('m_year_kpi')!).columns.map((c) => c.name)).toEqual(byName.get('m_year_kpi')!.columns.map((c) => c.name));
	});
});

describe('prebuilt metric tables on the bundled reports', () => {
	it('hold exactly the rows of the views; the lazy loader reads only what a query needs', { timeout: 240_000 }, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'perflens-prebuilt-'));
		const { reports } = loadAllRecords();
		const plain = writeArrowDataset(reports, dir, 'test');
		expect(plain.prebuilt).toBe(false);
		const m = await buildMetricTables(dir);
		expect(m?.prebuilt).toBe(true);
		const manifest = Manifest.parse(JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')));
		expect(manifest.version).not.toBe(plain.version);
		// 5 reports: every metric table is below PARTITION_MIN_ROWS, so one file each
		expect(PARTITION_MIN_ROWS).toBeGreaterThan(1000);
		expect(manifest.parts.filter((p) => p.table.startsWith('m_')).map((p) => p.file).sort()).toEqual(METRIC_VIEWS.map((v) => `${v.name}.arrow`).sort());
		// the stored tables' parts are unchanged by the metric build
		for (const p of plain.parts) expect(manifest.parts.find((q) => q.file === p.file)).toEqual(p);

		const { views, lazyEngine, lazy, fetched } = await viewsAndLazy(dir, manifest);
		try {
			// the dashboard's year list: one small file, no stored table
			const q = Q.yearKpis();
			await lazy.ensure(q.sql, { years: q.years });
			expect(fetched).toEqual(['m_year_kpi.arrow']);
			expect(await run(lazyEngine, q)).toEqual(await run(views, q));
			// the overview's first numbers are in the manifest, computed with the tables: the rows the
			// views give for the same SQL and parameters
			expect(manifest.first_screen.map((e) => e.sql)).toEqual(firstScreenQueries().map((fq) => fq.sql));
			for (const fq of firstScreenQueries()) expect(firstScreenRows(manifest.first_screen, fq), fq.sql).toEqual(await run(views, fq));
			expect(firstScreenRows(manifest.first_screen, Q.yearKpis())?.length).toBeGreaterThan(3);
			// another query, or the same SQL with other parameters, gets none
			expect(firstScreenRows(manifest.first_screen, Q.yearGrades(2024))).toBeUndefined();
			expect(firstScreenRows(manifest.first_screen, { ...Q.yearKpis(), params: [1] })).toBeUndefined();
			for (const v of METRIC_VIEWS) {
				const sql = `SELECT * FROM ${v.name} ORDER BY ALL`;
				await lazy.ensure(sql);
				expect(await lazyEngine.query(sql), v.name).toEqual(await views.query(sql));
			}
			// the reports list's table holds the rows of the view it is declared from, computed at build time
			const prebuiltOverview = 'SELECT * EXCLUDE (list_order) FROM m_report_overview ORDER BY ALL';
			const overview = 'SELECT * FROM v_report_overview ORDER BY ALL';
			await lazy.ensure(overview);
			expect((await lazyEngine.query(prebuiltOverview)).length).toBe(reports.length);
			expect(await lazyEngine.query(prebuiltOverview)).toEqual(await views.query(overview));
			expect(await lazyEngine.query(prebuiltOverview)).toEqual(await lazyEngine.query(overview));
			// the department page's narratives come with their stored tables, on demand
			const n = Q.departmentNarratives('guangdong-zhanjiang-kexie');
			await lazy.ensure(n.sql);
			expect(fetched).toContain('narratives.arrow');
			expect(await run(lazyEngine, n)).toEqual(await run(views, n));
			expect(fetched.length).toBe(new Set(fetched).size); // each file once
		} finally {
			await views.close();
			await lazyEngine.close();
		}
		// a second build is a no-op
		expect((await buildMetricTables(dir))?.version).toBe(manifest.version);
	});

	it('split by region (every table, as large ones are): a department page reads only its region, with the same rows', { timeout: 240_000 }, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'perflens-regions-'));
		// the five seed reports (data/reports; the corpus gold records add regions this test is not about)
		const seeds = new Set(readdirSync('data/reports').map((f) => f.replace(/\.json$/, '')));
		writeArrowDataset(loadAllRecords().reports.filter((r) => seeds.has(r.id)), dir, 'test');
		const manifest = (await buildMetricTables(dir, () => undefined, 1))!;
		// 5 reports of 4 departments in 4 regions
		const regions = [...new Set(manifest.parts.filter((p) => p.table === 'narratives').map((p) => p.region))].sort();
		expect(regions).toEqual(['广东省广州市海珠区', '广东省湛江市', '广东省韶关市南雄市', '湖南省衡阳市']);
		expect(manifest.parts.filter((p) => p.table === 'm_department_year').map((p) => p.file).sort()).toEqual(['m_department_year.2023.arrow', 'm_department_year.2024.arrow', 'm_department_year.2025.arrow']);
		const { views, lazyEngine, lazy, fetched } = await viewsAndLazy(dir, manifest);
		try {
			const dept = 'hunan-hengyang-kexie';
			const queries: Query<Row>[] = [Q.departmentNarratives(dept), Q.departmentScores(dept), Q.departmentIndicators(dept), Q.departmentSangong(dept), Q.auditFindings({ department: dept })];
			for (const q of queries) {
				await lazy.ensure(q.sql, { years: q.years, departments: q.departments });
				expect(await run(lazyEngine, q)).toEqual(await run(views, q));
			}
			const hengyang = manifest.parts.find((p) => p.region === '湖南省衡阳市')!.file.replace(/^.*\.(g\d+)\.arrow$/, '$1');
			// only 衡阳's region of every split table, and the region index
			expect(fetched.filter((f) => /\.g\d+\.arrow$/.test(f)).every((f) => f.includes(`.${hengyang}.`))).toBe(true);
			expect(fetched).toContain('m_departments.arrow');
			// then a query across departments loads the rest, and agrees too
			const all = `SELECT department_id, count(*) AS n FROM v_narratives GROUP BY ALL ORDER BY ALL`;
			await lazy.ensure(all);
			expect(await lazyEngine.query(all)).toEqual(await views.query(all));
		} finally {
			await views.close();
			await lazyEngine.close();
		}
	});

	it('without prebuilt tables (a report just imported) the browser creates the metric views over the stored tables: the same rows', { timeout: 240_000 }, async () => {
		const dir = mkdtempSync(join(tmpdir(), 'perflens-views-'));
		const manifest = writeArrowDataset(loadAllRecords().reports, dir, 'test');
		expect(manifest.prebuilt).toBe(false);
		const { views, lazyEngine, lazy, fetched } = await viewsAndLazy(dir, manifest);
		try {
			const queries: Query<Row>[] = [Q.yearKpis(), Q.yearAlertGroups(2024), Q.departmentYears('hunan-hengyang-kexie')];
			for (const q of queries) {
				await lazy.ensure(q.sql, { years: q.years, departments: q.departments });
				expect(await run(lazyEngine, q)).toEqual(await run(views, q));
			}
			// m_year_kpi reads reports and the budget and 三公 lines, not the narratives or the audit
			expect(fetched).toContain('budget_lines.arrow');
			expect(fetched).not.toContain('narratives.arrow');
			expect(fetched).not.toContain('audit_figures.arrow');
		} finally {
			await views.close();
			await lazyEngine.close();
		}
	});
});
