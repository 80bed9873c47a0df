/**
 * SqlEngine on native DuckDB (@duckdb/node-api, prebuilt bindings from the npm registry): the
 * server's engine for datasets larger than a browser should hold. It runs the same declared
 * views (../db/views.ts, ../db/metrics.ts) and the same query objects (../db/queries.ts) as the
 * wasm engines, and returns rows by the same conventions (../db/engine.ts: BIGINT and DECIMAL as
 * doubles, DATE as 'YYYY-MM-DD'), so a page cannot tell which engine answered.
 *
 * Nothing is downloaded: extension autoinstall and autoload are off; parquet and json are built
 * into the native package (checked by nativeBuiltins()).
 */
import { DuckDBDateValue, DuckDBInstance, type DuckDBAppender, type DuckDBConnection, type DuckDBValue } from '@duckdb/node-api';
import { DataType, DateUnit, Vector, tableFromIPC, type Table } from 'apache-arrow';
import type { ColType } from '../db/columns';
import { ENGINE_SETTINGS, type Cell, type Row, type SqlEngine } from '../db/engine';
import { dropTableSql } from '../db/fragments';
import { builtinExtensionsSql, createTableSql } from '../db/parquet';
import { tableDef } from '../db/tables';

export type NativeOptions = {
	/** a database file (disk-backed, spills past memory_limit); default in memory */
	path?: string;
	/** DuckDB memory_limit, e.g. '4GB' */
	memoryLimit?: string;
	threads?: number;
};

export type NativeEngine = SqlEngine & {
	/** Append JS rows of declared columns to an existing table (the Parquet build streams reports through this). */
	appendRows(name: string, columns: readonly { name: string; type: ColType }[], rows: readonly Record<string, unknown>[]): Promise<void>;
	/**
	 * A result read column by column: one array of plain cells per result column (same
	 * conventions as query()), without building a JS object per row (the build writes Arrow
	 * parts straight from these).
	 */
	queryColumns(sql: string, params?: readonly (string | number | boolean | null)[]): Promise<{ names: string[]; columns: Cell[][] }>;
};

/** Plain JSON cell of a native value, as the wasm engines return it (./duckdb-node.ts). */
function toCell(v: unknown, type: string): Cell {
	if (v === null || v === undefined) return null;
	if (typeof v === 'bigint') return Number(v);
	if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
	if (v instanceof Date) return type === 'DATE' ? v.toISOString().slice(0, 10) : v.getTime();
	return JSON.stringify(v, (_k, x: unknown) => (typeof x === 'bigint' ? Number(x) : x));
}

const EPOCH_DAY = 86_400_000;

/** Append one value of a declared column type. */
function appendCell(a: DuckDBAppender, type: ColType, v: unknown): void {
	if (v === null || v === undefined) return a.appendNull();
	switch (type) {
		case 'utf8':
			return a.appendVarchar(String(v));
		case 'int32':
			return a.appendInteger(Number(v));
		case 'float64':
			return a.appendDouble(Number(v));
		case 'bool':
			return a.appendBoolean(Boolean(v));
		case 'date': {
			// 'YYYY-MM-DD' from records, epoch milliseconds from Arrow
			const ms = typeof v === 'number' ? v : v instanceof Date ? v.getTime() : Date.parse(`${String(v)}T00:00:00Z`);
			return a.appendDate(new DuckDBDateValue(Math.round(ms / EPOCH_DAY)));
		}
	}
}

/** Declared columns of an Arrow table: the table's declaration, or its Arrow schema. */
function columnsOf(name: string, table: Table): { name: string; type: ColType }[] {
	const def = tableDef(name);
	if (def) return def.columns.map((c) => ({ name: c.name, type: c.type }));
	return table.schema.fields.map((f) => {
		const t = String(f.type);
		const type: ColType = t.startsWith('Int') ? 'int32' : t.startsWith('Float') ? 'float64' : t === 'Bool' ? 'bool' : t.startsWith('Date') ? 'date' : 'utf8';
		return { name: f.name, type };
	});
}

const isValid = (bitmap: Uint8Array | null, i: number) => !bitmap || ((bitmap[i >> 3] >> (i & 7)) & 1) === 1;

/**
 * The values of each declared column of an Arrow table as one JS array (null where null; dates
 * as epoch milliseconds), read batch by batch from the column buffers. Reading rows through
 * apache-arrow's row proxies (table.toArray()) was most of the time of loading a large table.
 */
export function arrowColumns(table: Table, columns: readonly { name: string; type: ColType }[]): unknown[][] {
	return columns.map((c) => {
		const vector = table.getChild(c.name);
		const out: unknown[] = new Array(table.numRows).fill(null);
		if (!vector) return out;
		let k = 0;
		for (const d of vector.data) {
			const n = d.length;
			const bitmap = d.nullCount ? (d.nullBitmap ?? null) : null;
			const off = d.offset;
			const days = DataType.isDate(d.type) && d.type.unit === DateUnit.DAY;
			if (c.type === 'utf8' || c.type === 'bool' || DataType.isDictionary(d.type) || (DataType.isDate(d.type) && !days)) {
				// strings (plain or dictionary-encoded) and bits: apache-arrow's own decoding, per batch
				const values = new Vector([d]).toArray() as unknown[];
				for (let i = 0; i < n; i++) out[k + i] = isValid(bitmap, off + i) ? values[i] : null;
			} else {
				const values = d.values as ArrayLike<number>;
				const scale = c.type === 'date' && days ? EPOCH_DAY : 1;
				for (let i = 0; i < n; i++) out[k + i] = isValid(bitmap, off + i) ? Number(values[off + i]) * scale : null;
			}
			k += n;
		}
		return out;
	});
}

/** A new native DuckDB (in memory unless `path`), with extension downloads switched off. */
export async function createNativeEngine(opts: NativeOptions = {}): Promise<NativeEngine> {
	const config: Record<string, string> = {
		autoinstall_known_extensions: 'false',
		autoload_known_extensions: 'false',
		...ENGINE_SETTINGS
	};
	if (opts.memoryLimit) config.memory_limit = opts.memoryLimit;
	if (opts.threads) config.threads = String(opts.threads);
	const instance = await DuckDBInstance.create(opts.path ?? ':memory:', config);
	let conn: DuckDBConnection | null = await instance.connect();
	// the footers of the Parquet files (16,384-row row groups: hundreds per file) parsed once, not
	// at every query; a file rewritten since is read again (DuckDB compares its modification time).
	// An option of the built-in parquet extension: set once connected, not in the instance config.
	await conn.run(`SET GLOBAL parquet_metadata_cache = true`);
	const live = (): DuckDBConnection => {
		if (!conn) throw new Error('数据库已关闭');
		return conn;
	};
	const rows = async <T extends Row>(c: DuckDBConnection, sql: string, params?: readonly (string | number | boolean | null)[]): Promise<T[]> => {
		const reader = await c.runAndReadAll(sql, params?.length ? (params as DuckDBValue[]) : undefined);
		const names = reader.columnNames();
		const types = reader.columnTypes().map(String);
		return reader.getRowsJS().map((r) => {
			const row: Row = {};
			for (let i = 0; i < names.length; i++) row[names[i]] = toCell(r[i], types[i]);
			return row as T;
		});
	};
	const appendColumns = async (name: string, columns: readonly { name: string; type: ColType }[], values: unknown[][], length: number) => {
		const a = await live().createAppender(name);
		try {
			for (let r = 0; r < length; r++) {
				for (let c = 0; c < columns.length; c++) appendCell(a, columns[c].type, values[c][r]);
				a.endRow();
			}
		} finally {
			a.closeSync();
		}
	};
	const appendRows: NativeEngine['appendRows'] = async (name, columns, data) => {
		const a = await live().createAppender(name);
		try {
			for (const r of data) {
				for (const c of columns) appendCell(a, c.type, r[c.name]);
				a.endRow();
			}
		} finally {
			a.closeSync();
		}
	};
	return {
		query: <T extends Row = Row>(sql: string, params?: readonly (string | number | boolean | null)[]) => rows<T>(live(), sql, params),
		async loadArrow(name: string, ipc: Uint8Array) {
			const table = tableFromIPC(ipc);
			const columns = columnsOf(name, table);
			await live().run(`${dropTableSql(name)}; ${createTableSql(name, columns)}`);
			await appendColumns(name, columns, arrowColumns(table, columns), table.numRows);
		},
		appendRows,
		async queryColumns(sql, params) {
			const reader = await live().runAndReadAll(sql, params?.length ? (params as DuckDBValue[]) : undefined);
			const names = reader.columnNames();
			const types = reader.columnTypes().map(String);
			const columns = reader.getColumnsJS().map((values, i) => {
				const out: Cell[] = new Array(values.length);
				for (let r = 0; r < values.length; r++) out[r] = toCell(values[r], types[i]);
				return out;
			});
			return { names, columns };
		},
		async session() {
			const own = await instance.connect();
			return { query: (sql: string) => rows(own, sql), close: async () => own.closeSync() };
		},
		async close() {
			if (!conn) return;
			conn.closeSync();
			conn = null;
			instance.closeSync();
		}
	};
}

/** The extensions the native package has built in (loaded without any download): parquet must be one. */
export async function nativeBuiltins(engine: SqlEngine): Promise<string[]> {
	return (await engine.query<{ name: string }>(builtinExtensionsSql)).map((r) => r.name);
}
