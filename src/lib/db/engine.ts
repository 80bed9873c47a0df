/**
 * The one interface every DuckDB instance implements: duckdb-wasm in a browser worker
 * (src/lib/db/browser.ts) and duckdb-wasm's Node build (src/lib/server/duckdb-node.ts).
 * Everything above this (dataset loading, views, metrics) is shared and runs on both.
 */
import { tableFromIPC, tableToIPC, type Table } from 'apache-arrow';

/** A result row as plain JSON values (BIGINT → number, DATE → 'YYYY-MM-DD', DECIMAL → number). */
export type Cell = string | number | boolean | null;
export type Row = Record<string, Cell>;

export interface SqlEngine {
	/**
	 * Run one statement and return its rows as plain objects. With `params`, the statement is
	 * prepared and the values are bound to its $1, $2 … placeholders (never pasted into the text).
	 */
	query<T extends Row = Row>(sql: string, params?: readonly (string | number | boolean | null)[]): Promise<T[]>;
	/** Create (or replace) table `name` from an Arrow IPC stream/file; with `append`, add the rows to the existing table. */
	loadArrow(name: string, ipc: Uint8Array, append?: boolean): Promise<void>;
	/** A second connection to the same database (the SQL page's), not shared with the pages. */
	session?(): Promise<{ query: (sql: string) => Promise<Row[]>; close: () => Promise<void> }>;
	close(): Promise<void>;
}

/**
 * Settings of every engine (duckdb-wasm in the browser and in Node: `SET GLOBAL` once connected;
 * native DuckDB: its instance config), so that a page query is planned alike everywhere:
 * - a page of up to COMPARE_MAX_ROWS (500) rows in one order is found on the order column and the
 *   filters alone, then its other columns fetched for those rows only (DuckDB's default is 50
 *   rows: the compare page's 500 read every column of the table — in duckdb-wasm at 96,460
 *   reports, 113 columns of every row of m_department_year);
 * - … and those rows are fetched by their row ids pushed into the scan as a list (above 50 ids,
 *   DuckDB's default, only their min and max are pushed: a sorted page of the report list at
 *   1,000,000 reports, 200 rows scattered over the table, read every column of 845,470 rows
 *   on the server; with the list, 38,558).
 */
export const ENGINE_SETTINGS = { late_materialization_max_rows: '1000', dynamic_or_filter_threshold: '1000' } as const;

/** ENGINE_SETTINGS as statements for an engine already open (duckdb-wasm). */
export const engineSettingsSql = () => Object.entries(ENGINE_SETTINGS).map(([k, v]) => `SET GLOBAL ${k} = ${v}`);

/**
 * Convert an Arrow result table to plain rows, column by column: each column's values are read
 * once in order and its type named once. (Reading them through apache-arrow's row proxies,
 * `table.toArray()` then `row[name]`, looks the column up by name at every cell: 105 rows of
 * m_department_year's 113 columns took 39 ms in Node's duckdb-wasm, now 21 ms; 500 rows 145 →
 * 33 ms.) A name repeated in the result is the first column of that name, as a row proxy reads it.
 */
export function arrowToRows<T extends Row = Row>(table: Table): T[] {
	const out: Row[] = Array.from({ length: table.numRows }, () => ({}));
	const seen = new Set<string>();
	for (const [j, f] of table.schema.fields.entries()) {
		if (seen.has(f.name)) continue;
		seen.add(f.name);
		const type = f.type?.toString() ?? '';
		let i = 0;
		for (const v of table.getChildAt(j) ?? []) out[i++][f.name] = toCell(v, type);
	}
	return out as T[];
}

function toCell(v: unknown, type: string): Cell {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'number') {
		if (type.startsWith('Date')) return new Date(v).toISOString().slice(0, 10);
		return v;
	}
	if (typeof v === 'string' || typeof v === 'boolean') return v;
	if (v instanceof Date) return v.toISOString().slice(0, 10);
	// Decimal and other wrapper types stringify to their exact decimal text.
	if (type.startsWith('Decimal')) return Number(String(v));
	if (typeof v === 'object' && v !== null && 'toJSON' in v) return JSON.stringify(v);
	return String(v);
}

/** Arrow IPC *file* format starts with the magic "ARROW1"; duckdb wants the stream format. */
export function asStream(ipc: Uint8Array): Uint8Array {
	const isFile = ipc.length > 6 && String.fromCharCode(...ipc.subarray(0, 6)) === 'ARROW1';
	return isFile ? tableToIPC(tableFromIPC(ipc), 'stream') : ipc;
}
