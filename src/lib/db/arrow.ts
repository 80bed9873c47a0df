/**
 * Rows ⇄ Arrow IPC, with the explicit schema of ./tables.ts (Utf8, Int32, Float64, Bool,
 * Date32<DAY>). The bytes are the IPC *stream* format, which duckdb-wasm's
 * insertArrowFromIPCStream reads directly. Each field carries its Chinese description and unit
 * as metadata. ArrowTablesBuilder dictionary-encodes the text columns whose values repeat
 * (department, region, item, scope, unit …): one dictionary per column for the whole file.
 * Pure: runs in Node and in the browser.
 */
import {
	Bool,
	DateDay,
	Field,
	Float64,
	Int32,
	RecordBatch,
	Schema,
	Struct,
	Table,
	Utf8,
	makeData,
	tableFromIPC,
	tableToIPC,
	DataType,
	Dictionary,
	Vector
} from 'apache-arrow';
import type { ColType, TableDef } from './tables';

/** Rows per record batch: keeps every Utf8 column chunk far below its 2 GB offset limit. */
export const BATCH_ROWS = 65_536;

export type PlainRow = Record<string, string | number | boolean | null>;

export function arrowType(t: ColType): DataType {
	switch (t) {
		case 'utf8':
			return new Utf8();
		case 'int32':
			return new Int32();
		case 'float64':
			return new Float64();
		case 'bool':
			return new Bool();
		case 'date':
			return new DateDay();
	}
}

export function schemaOf(def: TableDef): Schema {
	return new Schema(
		def.columns.map((c) => {
			const meta = new Map<string, string>([['zh', c.zh]]);
			if (c.unit) meta.set('unit', c.unit);
			return new Field(c.name, arrowType(c.type), !c.required, meta);
		}),
		new Map([['zh', def.zh]])
	);
}

const DAY_MS = 86_400_000;
/** Also cut a batch when its text would exceed this many bytes (UTF-8 upper bound). */
const BATCH_TEXT_BYTES = 256 * 1024 * 1024;
const encoder = new TextEncoder();

function typeError(table: string, column: string, t: ColType, v: unknown): Error {
	return new Error(`表 ${table} 列 ${column}：值 ${JSON.stringify(v)} 不是 ${t}`);
}

/**
 * Where a table's values come from: row objects (rowsSource) or one array per declared column
 * (columnsSource, e.g. a DuckDB result read column by column), so that neither side has to build
 * the other's shape. `at(col)` answers the value of column `col` at a row index.
 */
export type ValueSource = { length: number; at(col: number): (row: number) => unknown };

export function rowsSource(def: TableDef, rows: readonly PlainRow[]): ValueSource {
	return { length: rows.length, at: (col) => {
		const name = def.columns[col].name;
		return (r) => rows[r][name];
	} };
}

/** Rows `from`…`to` of one array per declared column (in the order of def.columns). */
export function columnsSource(columns: readonly (readonly unknown[])[], from = 0, to = columns[0]?.length ?? 0): ValueSource {
	return { length: to - from, at: (col) => {
		const values = columns[col];
		return (r) => values[from + r];
	} };
}

/** One column of one batch as Arrow Data, built straight into typed arrays. */
function columnData(def: TableDef, col: number, type: DataType, src: ValueSource, from: number, to: number) {
	const c = def.columns[col];
	const get = src.at(col);
	const length = to - from;
	const validity = new Uint8Array((length + 7) >> 3);
	let nullCount = 0;
	const bad = (v: unknown) => typeError(def.name, c.name, c.type, v);
	const isNull = (v: unknown, i: number) => {
		if (v === null || v === undefined) {
			nullCount++;
			return true;
		}
		validity[i >> 3] |= 1 << (i & 7);
		return false;
	};
	const done = (parts: Record<string, unknown>) =>
		makeData({ type, length, nullCount, nullBitmap: nullCount ? validity : undefined, ...parts } as never);
	switch (c.type) {
		case 'utf8': {
			let cap = 0;
			for (let r = from; r < to; r++) {
				const v = get(r);
				if (typeof v === 'string') cap += v.length * 3;
			}
			const bytes = new Uint8Array(cap);
			const offsets = new Int32Array(length + 1);
			let pos = 0;
			for (let i = 0; i < length; i++) {
				const v = get(from + i);
				if (!isNull(v, i)) {
					if (typeof v !== 'string') throw bad(v);
					pos += encoder.encodeInto(v, bytes.subarray(pos)).written;
				}
				offsets[i + 1] = pos;
			}
			return done({ valueOffsets: offsets, data: bytes.subarray(0, pos) });
		}
		case 'int32':
		case 'float64': {
			const data = c.type === 'int32' ? new Int32Array(length) : new Float64Array(length);
			for (let i = 0; i < length; i++) {
				const v = get(from + i);
				if (isNull(v, i)) continue;
				if (typeof v !== 'number' || !Number.isFinite(v) || (c.type === 'int32' && (!Number.isInteger(v) || Math.abs(v) > 2 ** 31 - 1))) throw bad(v);
				data[i] = v;
			}
			return done({ data });
		}
		case 'bool': {
			const data = new Uint8Array((length + 7) >> 3);
			for (let i = 0; i < length; i++) {
				const v = get(from + i);
				if (isNull(v, i)) continue;
				if (typeof v !== 'boolean') throw bad(v);
				if (v) data[i >> 3] |= 1 << (i & 7);
			}
			return done({ data });
		}
		case 'date': {
			const data = new Int32Array(length);
			for (let i = 0; i < length; i++) {
				const v = get(from + i);
				if (isNull(v, i)) continue;
				const ms = typeof v === 'string' && /^\d{4}-\d{2}-\d{2}$/.test(v) ? Date.parse(`${v}T00:00:00Z`) : NaN;
				if (!Number.isFinite(ms) || new Date(ms).toISOString().slice(0, 10) !== v) throw bad(v);
				data[i] = ms / DAY_MS;
			}
			return done({ data });
		}
	}
}

/** Batch boundaries: at most BATCH_ROWS rows and about BATCH_TEXT_BYTES of text each. */
function batchBounds(def: TableDef, src: ValueSource): [number, number][] {
	const textCols = def.columns.flatMap((c, i) => (c.type === 'utf8' ? [src.at(i)] : []));
	const out: [number, number][] = [];
	let start = 0;
	let bytes = 0;
	for (let r = 0; r < src.length; r++) {
		let rowBytes = 0;
		for (const get of textCols) {
			const v = get(r);
			if (typeof v === 'string') rowBytes += v.length * 3;
		}
		if (r > start && (r - start >= BATCH_ROWS || bytes + rowBytes > BATCH_TEXT_BYTES)) {
			out.push([start, r]);
			start = r;
			bytes = 0;
		}
		bytes += rowBytes;
	}
	// Always at least one batch (possibly empty) so that an empty table still has its columns.
	out.push([start, src.length]);
	return out;
}

/** Rows → record batches with the table's explicit schema. Rejects values of the wrong type. */
export function rowsToBatches(def: TableDef, rows: readonly PlainRow[], schema = schemaOf(def)): RecordBatch[] {
	return sourceToBatches(def, rowsSource(def, rows), schema);
}

/** Values of any source → record batches with the table's explicit schema. */
export function sourceToBatches(def: TableDef, src: ValueSource, schema = schemaOf(def)): RecordBatch[] {
	return batchBounds(def, src).map(([from, to]) => {
		const children = def.columns.map((_, i) => columnData(def, i, schema.fields[i].type, src, from, to));
		return new RecordBatch(schema, makeData({ type: new Struct(schema.fields), length: to - from, nullCount: 0, children }));
	});
}

/** Rows → an Arrow table with the table's explicit schema. Rejects values of the wrong type. */
export function rowsToTable(def: TableDef, rows: readonly PlainRow[]): Table {
	const schema = schemaOf(def);
	return new Table(schema, rowsToBatches(def, rows, schema));
}

/** A text column is dictionary-encoded when it has at most this many distinct values … */
export const DICT_MAX_VALUES = 65_536;
/** … and they repeat: on average at least this many rows per distinct value. */
export const DICT_MIN_REPEAT = 4;

/** Should a text column with `distinct` values over `rows` rows be dictionary-encoded? */
export function worthDictionary(distinct: number, rows: number): boolean {
	return distinct > 0 && distinct <= DICT_MAX_VALUES && rows >= DICT_MIN_REPEAT * distinct;
}

/**
 * The batches with text column `col` dictionary-encoded (Int32 indices into one Utf8 vector
 * shared by every batch, so an IPC stream writes the dictionary once; its id is the column's
 * position, so the bytes are reproducible). `values` lists the distinct strings in first-seen
 * order; `indices` holds each row's position in `values` (rows of every batch, in order; 0 where
 * null), counted while the rows arrived, so no string is read back out of the batches.
 */
function encodeColumn(schema: Schema, batches: RecordBatch[], col: number, values: string[], indices: Int32Array): { schema: Schema; batches: RecordBatch[] } {
	const field = schema.fields[col];
	const type = new Dictionary(new Utf8(), new Int32(), col, false);
	const dictData = (() => {
		const bytes = values.map((v) => encoder.encode(v));
		const offsets = new Int32Array(values.length + 1);
		for (let i = 0; i < bytes.length; i++) offsets[i + 1] = offsets[i] + bytes[i].length;
		const data = new Uint8Array(offsets[values.length]);
		for (let i = 0; i < bytes.length; i++) data.set(bytes[i], offsets[i]);
		return new Vector([makeData({ type: new Utf8(), length: values.length, nullCount: 0, valueOffsets: offsets, data })]);
	})();
	const fields = schema.fields.slice();
	fields[col] = new Field(field.name, type, field.nullable, field.metadata);
	const out = new Schema(fields, schema.metadata);
	let at = 0;
	return {
		schema: out,
		batches: batches.map((b) => {
			const old = b.data.children[col];
			const data = makeData({ type, length: b.numRows, nullCount: old.nullCount, nullBitmap: old.nullBitmap, data: indices.slice(at, at + b.numRows), dictionary: dictData });
			at += b.numRows;
			const children = b.data.children.slice();
			children[col] = data;
			return new RecordBatch(out, makeData({ type: new Struct(out.fields), length: b.numRows, nullCount: 0, children }));
		})
	};
}

/** Distinct values of one text column and each row's index among them, while rows arrive. */
type DictColumn = { index: Map<string, number>; chunks: Int32Array[] };

/**
 * Builds several tables from rows added in chunks (e.g. 1,000 reports at a time), keeping
 * only the compact Arrow buffers between chunks, so 100,000 reports never sit in memory as
 * JS row objects all at once. Rows come as objects (add) or as one array per column
 * (addSource with columnsSource, e.g. straight from a DuckDB result). Text columns whose values
 * repeat are dictionary-encoded when the table is finished (worthDictionary).
 */
export class ArrowTablesBuilder {
	private readonly parts = new Map<string, { def: TableDef; schema: Schema; batches: RecordBatch[]; rows: number; dict: (DictColumn | null)[] }>();

	constructor(defs: readonly TableDef[], private readonly dictionaries = true) {
		for (const def of defs)
			this.parts.set(def.name, { def, schema: schemaOf(def), batches: [], rows: 0, dict: def.columns.map((c) => (c.type === 'utf8' && dictionaries ? { index: new Map(), chunks: [] } : null)) });
	}

	add(rowsByTable: Record<string, readonly PlainRow[]>): void {
		for (const p of this.parts.values()) {
			const rows = rowsByTable[p.def.name] ?? [];
			if (rows.length) this.addSource(p.def.name, rowsSource(p.def, rows));
		}
	}

	/** Append the values of `src` (columns in the order of the table's declaration) to table `name`. */
	addSource(name: string, src: ValueSource): void {
		const p = this.parts.get(name);
		if (!p) throw new Error(`没有声明的表 ${name}`);
		if (!src.length) return;
		p.batches.push(...sourceToBatches(p.def, src, p.schema));
		p.rows += src.length;
		p.dict.forEach((d, i) => {
			if (!d) return;
			const get = src.at(i);
			const idx = new Int32Array(src.length);
			const index = d.index;
			for (let r = 0; r < src.length; r++) {
				const v = get(r);
				if (typeof v !== 'string') continue;
				let k = index.get(v);
				if (k === undefined) index.set(v, (k = index.size));
				idx[r] = k;
			}
			d.chunks.push(idx);
			if (index.size > DICT_MAX_VALUES) p.dict[i] = null;
		});
	}

	/** IPC stream bytes and row count of every table, in the order of the definitions. */
	*finish(): Generator<{ name: string; rows: number; ipc: Uint8Array }> {
		for (const p of this.parts.values()) {
			let batches = p.batches.length ? p.batches : rowsToBatches(p.def, [], p.schema);
			let schema = p.schema;
			p.batches = [];
			p.dict.forEach((d, i) => {
				if (!d || !worthDictionary(d.index.size, p.rows)) return;
				const indices = new Int32Array(p.rows);
				let at = 0;
				for (const c of d.chunks) {
					indices.set(c, at);
					at += c.length;
				}
				({ schema, batches } = encodeColumn(schema, batches, i, [...d.index.keys()], indices));
			});
			p.dict = [];
			yield { name: p.def.name, rows: p.rows, ipc: tableToIPC(new Table(schema, batches), 'stream') };
		}
	}
}

/** Rows → Arrow IPC stream bytes. */
export function rowsToIPC(def: TableDef, rows: readonly PlainRow[]): Uint8Array {
	return tableToIPC(rowsToTable(def, rows), 'stream');
}

/** Arrow IPC (stream or file) → plain rows; dates back to 'YYYY-MM-DD'. For tests and tools. */
export function ipcToRows(ipc: Uint8Array): PlainRow[] {
	const t = tableFromIPC(ipc);
	const fields = t.schema.fields;
	const out: PlainRow[] = [];
	for (const r of t) {
		const row: PlainRow = {};
		for (const f of fields) {
			const v = r?.[f.name] as unknown;
			if (v === null || v === undefined) row[f.name] = null;
			else if (DataType.isDate(f.type)) {
				const ms = v instanceof Date ? v.getTime() : Number(v);
				row[f.name] = new Date(Math.round(ms / DAY_MS) * DAY_MS).toISOString().slice(0, 10);
			} else row[f.name] = typeof v === 'bigint' ? Number(v) : (v as string | number | boolean);
		}
		out.push(row);
	}
	return out;
}

/** The schema stored in IPC bytes, for tests: [name, arrow type, nullable]. */
export function ipcSchema(ipc: Uint8Array): [string, string, boolean][] {
	return tableFromIPC(ipc).schema.fields.map((f) => [f.name, String(f.type), f.nullable]);
}
