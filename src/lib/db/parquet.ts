/**
 * The SQL of the server's Parquet layout (run by native DuckDB, src/lib/server/parquet.ts):
 * every table and every materialized metric table is written once, at build time, as
 * hive-partitioned Parquet
 *
 *   <dir>/<relation>/report_year=<year>/report_region=<province>/data_0.parquet
 *
 * and read back with read_parquet(hive_partitioning), so the same declared views and the same
 * query objects run over it. Any engine that reads hive-partitioned Parquet (DuckDB, Trino, Spark,
 * ClickHouse …) reads the same files.
 *
 * Pure: no I/O, runs anywhere.
 */
import { COL_TYPE_SQL, type ColType } from './columns';
import { ident, literal } from './fragments';

/** The hive partition keys, in path order: the report's fiscal year, then its province. */
export const PARTITION_KEYS = ['report_year', 'report_region'] as const;

type Cols = readonly { name: string; type: ColType }[];

/** CREATE TABLE with declared columns and types. */
export const createTableSql = (name: string, columns: Cols) =>
	`CREATE TABLE ${ident(name)} (${columns.map((c) => `${ident(c.name)} ${COL_TYPE_SQL[c.type]}`).join(', ')})`;

/** Append the rows of a newline-delimited JSON file (one object per row, declared columns) to a table. */
export const insertFromJsonSql = (name: string, columns: Cols, file: string) =>
	`INSERT INTO ${ident(name)} SELECT * FROM read_json(${literal(file)}, format = 'newline_delimited', columns = {${columns
		.map((c) => `${literal(c.name)}: ${literal(COL_TYPE_SQL[c.type])}`)
		.join(', ')}})`;

/** The extensions built into this DuckDB (loaded with no download). */
export const builtinExtensionsSql = `SELECT extension_name AS name FROM duckdb_extensions() WHERE loaded ORDER BY 1`;

/**
 * How a relation with these columns is partitioned: through its report (report_id → reports) when
 * it has one, else by its own year and province columns; [] when it has neither.
 */
export function partitionKeysOf(columns: readonly { name: string }[]): (typeof PARTITION_KEYS)[number][] {
	const has = (n: string) => columns.some((c) => c.name === n);
	if (has('report_id')) return [...PARTITION_KEYS];
	return [...(has('fiscal_year') || has('year') ? (['report_year'] as const) : []), ...(has('province') ? (['report_region'] as const) : [])];
}

/**
 * The relations the pages read across departments in one order (a page of the report list, of
 * the audit findings, the alerts of one kind in one year): written in that order, so the rows of
 * one year, one kind, one page sit together and row-group statistics skip the rest. Every other
 * relation is written by department and report (a department page reads one department).
 */
export const PARQUET_ORDER: Readonly<Record<string, readonly string[]>> = {
	m_report_overview: ['list_order'],
	m_audit_findings: ['list_order'],
	m_department_year: ['compare_order'],
	m_alerts: ['fiscal_year', 'code', 'severity_rank', 'department_name', 'subject']
};
/**
 * Rows per Parquet row group (DuckDB's default is 122,880). Small enough that the rows of one
 * department (or one page, one kind of alert) are a few row groups of a file and the statistics
 * of the others skip them: at 1,000,000 reports a department page's narratives are ~80,000 rows
 * per year × province file, one default row group, read whole for one department's 82 rows.
 */
export const PARQUET_ROW_GROUP = 16_384;

/** The order a relation's rows are written in (see PARQUET_ORDER). */
export function parquetOrderOf(name: string, columns: readonly { name: string }[]): readonly string[] {
	return PARQUET_ORDER[name] ?? ['department_id', 'report_id'].filter((n) => columns.some((c) => c.name === n));
}

const writeOptions = (keys: readonly string[]) => [
	'FORMAT parquet',
	'COMPRESSION zstd',
	`ROW_GROUP_SIZE ${PARQUET_ROW_GROUP}`,
	...(keys.length ? [`PARTITION_BY (${keys.join(', ')})`] : []),
	'OVERWRITE_OR_IGNORE'
];

/**
 * COPY one relation to hive-partitioned Parquet under `dir`, rows in the relation's order
 * (parquetOrderOf: by department and report, so row-group statistics skip most of a file for a
 * one-department query; the page-wide relations in their page's order).
 */
export function copyToParquetSql(name: string, columns: readonly { name: string }[], dir: string, partitioned = true): string {
	const has = (n: string) => columns.some((c) => c.name === n);
	// an empty relation is one empty file (a partitioned COPY of no rows writes none)
	const keys = partitioned ? partitionKeysOf(columns) : [];
	const viaReport = has('report_id');
	const year = viaReport ? 'p.fiscal_year' : has('fiscal_year') ? 't.fiscal_year' : 't.year';
	const select = [
		't.*',
		...(keys.includes('report_year') ? [`${year} AS report_year`] : []),
		...(keys.includes('report_region') ? [`${viaReport ? 'p.province' : 't.province'} AS report_region`] : [])
	].join(', ');
	const join = viaReport ? `LEFT JOIN (SELECT report_id, fiscal_year, province FROM reports) p ON p.report_id = t.report_id` : '';
	const order = parquetOrderOf(name, columns).map((c) => `t.${ident(c)}`);
	const target = keys.length ? dir : `${dir}/data_0.parquet`;
	return `COPY (SELECT ${select} FROM ${ident(name)} t ${join}${order.length ? ` ORDER BY ${order.join(', ')}` : ''}) TO ${literal(target)} (${writeOptions(keys).join(', ')})`;
}

/** Rows of one relation. */
export const countRowsSql = (name: string) => `SELECT count(*) AS n FROM ${ident(name)}`;

/** The Parquet files of one relation written by copyToParquetSql. */
export const parquetGlob = (dir: string) => `${dir}/**/*.parquet`;

/**
 * A view over the Parquet files of one relation with exactly its declared columns, in order, with
 * their declared types (the partition keys stay out).
 */
export function parquetViewSql(name: string, columns: Cols, dir: string): string {
	const cols = columns.map((c) => `CAST(${ident(c.name)} AS ${COL_TYPE_SQL[c.type]}) AS ${ident(c.name)}`).join(', ');
	return `CREATE OR REPLACE VIEW ${ident(name)} AS SELECT ${cols} FROM read_parquet(${literal(parquetGlob(dir))}, hive_partitioning = true, union_by_name = true)`;
}

/**
 * The same relation held in memory (a table), for the relations every page reads; a relation of
 * PARQUET_ORDER in that order (its first rows in the first row group: a top-n in that order
 * skips the rest by the row groups' statistics).
 */
export function parquetTableSql(name: string, columns: Cols, dir: string): string {
	const order = PARQUET_ORDER[name];
	return parquetViewSql(name, columns, dir).replace(/^CREATE OR REPLACE VIEW/, 'CREATE OR REPLACE TABLE') + (order ? ` ORDER BY ${order.map(ident).join(', ')}` : '');
}

/** Columns that identify a report, a department or a finding: a copy of the dataset gets its own. */
const isIdColumn = (name: string) => /(^|_)id$/.test(name) || name === 'department_name';

/**
 * COPY the Parquet of one relation `copies` times into `dir`, keeping its hive partitions: copy 0
 * as it is, copy k with every id (and the department name) suffixed "-ck", so each copy is a set
 * of departments of its own (the benchmark's 1,000,000 reports from 100,000 generated ones).
 */
export function replicateParquetSql(name: string, columns: readonly { name: string }[], from: string, dir: string, copies: number, partitioned = true): string {
	const keys = partitioned ? partitionKeysOf(columns) : [];
	const replaced = columns
		.filter((c) => isIdColumn(c.name))
		.map((c) => `CASE WHEN c.copy_no = 0 THEN t.${ident(c.name)} ELSE t.${ident(c.name)} || '-c' || c.copy_no END AS ${ident(c.name)}`);
	const select = replaced.length ? `t.* REPLACE (${replaced.join(', ')})` : 't.*';
	// every relation sorted again into the order build-parquet writes it in (parquetOrderOf: the
	// page's order, or by department and report), so that row-group statistics skip what they
	// would skip in a dataset built whole (copy k's rows of a department sit beside copy 0's)
	const order = parquetOrderOf(name, columns).map(ident);
	return `COPY (SELECT * FROM (SELECT ${select} FROM read_parquet(${literal(parquetGlob(from))}, hive_partitioning = true, union_by_name = true) t, range(${Math.trunc(copies)}) c(copy_no))${
		order.length ? ` ORDER BY ${order.join(', ')}` : ''
	}) TO ${literal(keys.length ? dir : `${dir}/data_0.parquet`)} (${writeOptions(keys).join(', ')})`;
}
