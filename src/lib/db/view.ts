/**
 * A declared view: what one row is, its typed columns (Chinese label, unit, formula) and the
 * SELECT that computes them. From one declaration come
 * - the DDL (`createView`): the SELECT wrapped so the view has exactly the declared columns, in
 *   order, cast to the declared types — a column the SELECT lacks fails at load time;
 * - the TypeScript row type (`RowOf`), read by pages, facts, CLI and tests;
 * - the data dictionary (./dictionary.ts).
 *
 * Pure: no I/O, runs in Node and in the browser.
 */
import { COL_TYPE_SQL, type Column, type RowOfColumns } from './columns';

export type ViewDecl<N extends string = string, C extends readonly Column[] = readonly Column[]> = {
	name: N;
	/** Chinese title */
	zh: string;
	/** what one row is */
	grain: string;
	columns: C;
	/** the SELECT; it may output more columns than declared, never fewer */
	sql: string;
};

export function view<const N extends string, const C extends readonly Column[]>(v: ViewDecl<N, C>): ViewDecl<N, C> {
	return v;
}

/** One row of a declared view. */
export type RowOf<V extends ViewDecl> = RowOfColumns<V['columns']>;

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** CREATE VIEW: the declared columns of the SELECT, in order, with their declared types. */
export function createView(v: ViewDecl): string {
	const cols = v.columns.map((c) => `CAST(${ident(c.name)} AS ${COL_TYPE_SQL[c.type]}) AS ${ident(c.name)}`).join(',\n\t');
	return `CREATE OR REPLACE VIEW ${v.name} AS\nSELECT ${cols}\nFROM (\n${v.sql.trim()}\n) ${ident(`${v.name}__q`)}`;
}

/** Some declared columns of a view, in the order named (a view built on another reuses them). */
export function pick<V extends ViewDecl, const N extends V['columns'][number]['name']>(v: V, names: readonly N[]): Extract<V['columns'][number], { name: N }>[] {
	return names.map((n) => {
		const c = v.columns.find((x) => x.name === n);
		if (!c) throw new Error(`${v.name} 没有列 ${n}`);
		return c as Extract<V['columns'][number], { name: N }>;
	});
}
