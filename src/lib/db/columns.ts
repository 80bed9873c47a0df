/**
 * Typed columns, shared by the stored tables (./tables.ts) and the declared views (./views.ts,
 * ./metrics.ts): one column type gives the Arrow type, the DuckDB type and the TypeScript type
 * of a cell, so a row type is derived from a declaration instead of being written by hand.
 *
 * Pure: no I/O, runs in Node and in the browser.
 */

/** Column types: Arrow Utf8/Int32/Float64/Bool/Date32(day) = DuckDB VARCHAR/INTEGER/DOUBLE/BOOLEAN/DATE. */
export type ColType = 'utf8' | 'int32' | 'float64' | 'bool' | 'date';

export const COL_TYPE_SQL: Record<ColType, string> = {
	utf8: 'VARCHAR',
	int32: 'INTEGER',
	float64: 'DOUBLE',
	bool: 'BOOLEAN',
	date: 'DATE'
};

/** The TypeScript type of a cell (dates as 'YYYY-MM-DD'). */
export type CellOf<T extends ColType> = T extends 'utf8' | 'date' ? string : T extends 'bool' ? boolean : number;

/** What a column holds; every declared column has a Chinese label, most a unit. */
export type Column<N extends string = string, T extends ColType = ColType> = {
	name: N;
	type: T;
	/** short Chinese label, as a table header says it: 预算执行率 */
	label: string;
	/** unit of the value: '万元', '%', '分', '人', '万元/人' (absent for non-quantities) */
	unit?: string;
	/** what the label does not say: which figure, which scope, when it is empty */
	note?: string;
	/** how a computed value is worked out, in words: 决算支出 ÷ 调整预算 × 100 */
	formula?: string;
	/** never NULL */
	required?: boolean;
};

/** One row of a declared column list: column name → cell, NULL as null unless required. */
export type RowOfColumns<C extends readonly Column[]> = {
	[K in C[number] as K['name']]: K extends { required: true } ? CellOf<K['type']> : CellOf<K['type']> | null;
};

type Opts = { unit?: string; note?: string; formula?: string; required?: boolean };

/** A column: name, type, Chinese label, and optionally unit, note, formula. */
export function col<const N extends string, const T extends ColType, const O extends Opts = Record<never, never>>(
	name: N,
	type: T,
	label: string,
	opts?: O
): Column<N, T> & O {
	return { name, type, label, ...(opts ?? ({} as O)) };
}

/* Shorthands for the kinds of value the views hold. */
export const text = <const N extends string, const O extends Opts = Record<never, never>>(name: N, label: string, opts?: O) => col(name, 'utf8', label, opts);
export const int = <const N extends string, const O extends Opts = Record<never, never>>(name: N, label: string, opts?: O) => col(name, 'int32', label, opts);
export const num = <const N extends string, const O extends Opts = Record<never, never>>(name: N, label: string, opts?: O) => col(name, 'float64', label, opts);
export const bool = <const N extends string, const O extends Opts = Record<never, never>>(name: N, label: string, opts?: O) => col(name, 'bool', label, opts);
export const date = <const N extends string, const O extends Opts = Record<never, never>>(name: N, label: string, opts?: O) => col(name, 'date', label, opts);
/** money in 万元 */
export const wan = <const N extends string>(name: N, label: string, opts: Omit<Opts, 'unit'> = {}) => col(name, 'float64', label, { ...opts, unit: '万元' });
/** a percentage (58.12 means 58.12 %) */
export const pct = <const N extends string>(name: N, label: string, opts: Omit<Opts, 'unit'> = {}) => col(name, 'float64', label, { ...opts, unit: '%' });
/** points of a score */
export const pts = <const N extends string>(name: N, label: string, opts: Omit<Opts, 'unit'> = {}) => col(name, 'float64', label, { ...opts, unit: '分' });
/** money per person (万元/人) */
export const wanPerHead = <const N extends string>(name: N, label: string, opts: Omit<Opts, 'unit'> = {}) => col(name, 'float64', label, { ...opts, unit: '万元/人' });
/** a number of people */
export const persons = <const N extends string>(name: N, label: string, opts: Omit<Opts, 'unit'> = {}) => col(name, 'float64', label, { ...opts, unit: '人' });

/** The Chinese text a data dictionary prints for a column: label, note and formula. */
export function describe(c: Column): string {
	return [c.label, c.formula ? `= ${c.formula}` : '', c.note ? `（${c.note}）` : ''].filter(Boolean).join(' ').replace(/ （/, '（');
}
