/**
 * Which files a query needs. A dataset is split into parts (src/lib/schema/manifest.ts): small
 * tables whole; the large tables the dashboard reads by year (m_department_year, m_alerts) one
 * fiscal year per file; the other large tables — the stored rows with their quotes and
 * narratives, and the per-report metric tables a department page reads — one region per file
 * (the region of each row's department in m_departments). The browser loads the parts of the
 * tables a query names — through the views it names, down to the stored tables they read — and,
 * when the query says which years or which departments it touches, only those.
 *
 * Pure: no I/O, runs in Node and in the browser.
 */
import type { ManifestPart } from '../schema/manifest';
import { ident, inListParam } from './fragments';
import { METRIC_VIEWS, TOP_ORDER_COLUMN } from './metrics';
import { TABLES, type TableDef } from './tables';
import type { ViewDecl } from './view';
import { BASE_VIEWS } from './views';

/** A metric view's rows as a stored table: its declared columns, in order, with their types. */
export function metricTableDef(v: ViewDecl): TableDef {
	return {
		name: v.name,
		zh: v.zh,
		en: v.name,
		grain: v.grain,
		columns: v.columns.map((c) => ({ name: c.name, type: c.type, zh: c.label, en: c.name, unit: c.unit, required: c.required }))
	};
}

/** The fiscal-year column of a metric view (year or fiscal_year), if it has one. */
export function partitionColumn(v: ViewDecl): string | null {
	return v.columns.find((c) => (c.name === 'year' || c.name === 'fiscal_year') && c.type === 'int32' && c.required)?.name ?? null;
}

/**
 * The order of the rows within each year's file of a year-partitioned table (then table order):
 * m_department_year by the compare page's default order (TOP_ORDER_COLUMN), so that the default
 * view's rows are the first rows of each year and a scan filtering on it skips the rest (README ⑫).
 */
export const YEAR_PART_ORDER: Readonly<Record<string, string>> = { m_department_year: TOP_ORDER_COLUMN };

/** A table is split when it has at least this many rows (small ones stay one file). */
export const PARTITION_MIN_ROWS = 5_000;

/** The tables the dashboard reads one year at a time: split by fiscal year. */
export const YEAR_PARTITIONED: ReadonlySet<string> = new Set(['m_department_year', 'm_alerts']);

/**
 * How a table of `rows` rows is split: by 'year' (the dashboard's year tables), by 'region' (a
 * table whose rows belong to a department: department_id or report_id), or not at all.
 */
export function partitioning(def: TableDef, rows: number, minRows = PARTITION_MIN_ROWS): 'year' | 'region' | null {
	if (rows < minRows) return null;
	if (YEAR_PARTITIONED.has(def.name)) return 'year';
	if (def.name === REGION_INDEX) return null;
	return def.columns.some((c) => c.name === 'department_id' || c.name === 'report_id') ? 'region' : null;
}

/** The table that says which region each department is in (one small file, never split). */
export const REGION_INDEX = 'm_departments';

/** The region key of a row of REGION_INDEX aliased `d` (NULL when the department is not in it). */
export const regionKeySql = (d: string) => `CASE WHEN ${d}.department_id IS NOT NULL THEN coalesce(${d}.region, '') END`;

/** The statements that cut a table into parts (run by src/lib/server/prebuilt.ts at build time). */
export const PART_SQL = {
	rows: (table: string) => `SELECT count(*)::INTEGER AS n FROM ${ident(table)}`,
	all: (table: string) => `SELECT * FROM ${ident(table)}`,
	years: (table: string, col: string) => `SELECT DISTINCT ${ident(col)} AS y FROM ${ident(table)} ORDER BY y`,
	ofYear: (table: string, col: string) => `SELECT * FROM ${ident(table)} WHERE ${ident(col)} = $1`,
	regions: `SELECT DISTINCT ${regionKeySql('d')} AS region FROM ${REGION_INDEX} d ORDER BY region`,
	/** each row with the region of its department (through its report when the table names no department) */
	ofRegion: (def: TableDef) => `SELECT t.* ${regionJoin(def)} WHERE ${regionKeySql('d')} = $1`,
	/** the rows whose department is not in REGION_INDEX */
	rest: (def: TableDef) => `SELECT t.* ${regionJoin(def)} WHERE d.department_id IS NULL`,
	/**
	 * Every row with its region key (`part_region`, as `regions` lists them; NULL for the rows of
	 * `rest`), region by region and in table order within a region: one scan and one join cut the
	 * whole table, where ofRegion and rest would scan and join it once per region.
	 */
	byRegion: (def: TableDef) =>
		`SELECT ${def.columns.map((c) => `t.${ident(c.name)}`).join(', ')}, ${regionKeySql('d')} AS part_region ${regionJoin(def)} ORDER BY part_region NULLS LAST, t.rowid`,
	/**
	 * Every row of a table partitioned by year, year by year; within a year in YEAR_PART_ORDER when
	 * the table has one, then in table order.
	 */
	byYear: (def: TableDef, col: string) =>
		`SELECT ${def.columns.map((c) => ident(c.name)).join(', ')} FROM ${ident(def.name)} ORDER BY ${ident(col)} NULLS LAST, ${YEAR_PART_ORDER[def.name] ? `${ident(YEAR_PART_ORDER[def.name])} NULLS LAST, ` : ''}rowid`
};

function regionJoin(def: TableDef): string {
	return def.columns.some((c) => c.name === 'department_id')
		? `FROM ${ident(def.name)} t LEFT JOIN ${REGION_INDEX} d ON d.department_id = t.department_id`
		: `FROM ${ident(def.name)} t LEFT JOIN reports r ON r.report_id = t.report_id LEFT JOIN ${REGION_INDEX} d ON d.department_id = r.department_id`;
}

/** The regions of some departments (bound as one comma-separated list), from REGION_INDEX. */
export const regionsOfSql = `SELECT DISTINCT ${regionKeySql('d')} AS region FROM ${REGION_INDEX} d WHERE ${inListParam('$1', 'd.department_id')} AND $1 <> ''`;

/**
 * File name of a part: <table>.arrow whole, <table>.<year>.arrow for one year, <table>.g<n>.arrow
 * for the n-th region, <table>.rest.arrow for rows whose department has no region entry.
 */
export function partFile(table: string, year: number | null, region?: number | 'rest'): string {
	if (year !== null) return `${table}.${year}.arrow`;
	if (region === 'rest') return `${table}.rest.arrow`;
	if (region !== undefined) return `${table}.g${region}.arrow`;
	return `${table}.arrow`;
}

/** The identifiers of `sql` that are in `names` (lower-cased, in order of first appearance). */
export function namesIn(sql: string, names: ReadonlySet<string>): string[] {
	const out = new Set<string>();
	for (const m of sql.toLowerCase().matchAll(/[a-z_][a-z0-9_]*/g)) if (names.has(m[0])) out.add(m[0]);
	return [...out];
}

const STORED = new Set<string>(TABLES.map((t) => t.name));

/**
 * The stored and prebuilt tables a query reads. Views are followed to what they read: the base
 * views always, the metric views only when they are not prebuilt (then they are views too).
 */
export function tablesRead(sql: string, prebuilt: boolean): string[] {
	const views = new Map<string, ViewDecl>([...BASE_VIEWS, ...(prebuilt ? [] : METRIC_VIEWS)].map((v) => [v.name, v]));
	const tables = new Set<string>([...STORED, ...(prebuilt ? METRIC_VIEWS.map((v) => v.name) : [])]);
	const known = new Set<string>([...views.keys(), ...tables]);
	const out = new Set<string>();
	const seen = new Set<string>();
	const visit = (text: string) => {
		for (const n of namesIn(text, known)) {
			if (tables.has(n)) out.add(n);
			else if (!seen.has(n)) {
				seen.add(n);
				visit(views.get(n)!.sql);
			}
		}
	};
	visit(sql);
	return [...out];
}

/**
 * The views `sqls` read (all of them metric or base views, followed through the views they read),
 * in creation order (base views, then metric views, each in declaration order): what a
 * computation over the stored tables needs created, and no more.
 */
export function viewsRead(sqls: readonly string[]): ViewDecl[] {
	const all = [...BASE_VIEWS, ...METRIC_VIEWS];
	const views = new Map<string, ViewDecl>(all.map((v) => [v.name, v]));
	const known = new Set<string>(views.keys());
	const seen = new Set<string>();
	const visit = (text: string) => {
		for (const n of namesIn(text, known))
			if (!seen.has(n)) {
				seen.add(n);
				visit(views.get(n)!.sql);
			}
	};
	for (const sql of sqls) visit(sql);
	return all.filter((v) => seen.has(v.name));
}

/** What a query says it touches: only these fiscal years, only the rows of these regions. */
export type Touches = { years?: readonly number[]; regions?: readonly string[] };

/**
 * The parts still to load for a query reading `tables`: every part of those tables not in
 * `loaded`; of a table split by year, only the `years` given; of a table split by region, only
 * the `regions` given (and always the rows without a region).
 */
export function partsToLoad(parts: readonly ManifestPart[], tables: readonly string[], loaded: ReadonlySet<string>, touches: Touches = {}): ManifestPart[] {
	const want = new Set(tables);
	const { years, regions } = touches;
	return parts.filter(
		(p) =>
			want.has(p.table) &&
			!loaded.has(p.file) &&
			(!years || p.year === null || years.includes(p.year)) &&
			(!regions || p.region === null || regions.includes(p.region))
	);
}

/** The parts of a manifest; a manifest without parts has one per stored table (older builds). */
export function partsOf(m: { parts?: readonly ManifestPart[]; tables: readonly { name: string; rows: number; bytes: number }[]; version: string }): ManifestPart[] {
	if (m.parts?.length) return [...m.parts];
	return m.tables.map((t) => ({ table: t.name, year: null, region: null, file: partFile(t.name, null), rows: t.rows, bytes: t.bytes, hash: `${m.version}-${t.name}` }));
}
