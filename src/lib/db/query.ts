/**
 * A query with its values bound as parameters ($1, $2 … in the SQL), and the type of the rows it
 * returns. Pages, draft facts, CLI and benchmark run these objects; no value a user or a page
 * chooses is ever pasted into SQL text.
 */
import type { Row, SqlEngine } from './engine';

/** A bound value (duckdb-wasm binds scalars; a list travels as one comma-separated string). */
export type Param = string | number | boolean | null;

export type Query<R extends Row = Row> = {
	sql: string;
	params: readonly Param[];
	/**
	 * the fiscal years the query reads from the year-partitioned metric tables (every row it
	 * reads has year / fiscal_year in this list); absent: all years
	 */
	years?: readonly number[];
	/** the departments whose rows the query reads (every row it reads belongs to one of them); absent: all */
	departments?: readonly string[];
	/** type only: the row this query returns */
	readonly row?: R;
};

/** A query returning rows of type R. */
export function query<R extends Row>(sql: string, params: readonly Param[] = [], touches: { years?: readonly number[]; departments?: readonly string[] } = {}): Query<R> {
	return { sql: sql.trim(), params, ...touches };
}

/** Run a query on an engine. */
export function run<R extends Row>(engine: SqlEngine, q: Query<R>): Promise<R[]> {
	return engine.query<R>(q.sql, q.params);
}

/** The query as a reader can run it in the SQL page: the SQL, then the bound values. */
export function describeQuery(q: Query<Row>): string {
	if (!q.params.length) return q.sql;
	return `${q.sql}\n-- ${q.params.map((p, i) => `$${i + 1} = ${typeof p === 'string' ? `'${p}'` : String(p)}`).join('，')}`;
}

/** The first `n` rows of a query, in its order (the server's row cap: one row more tells it is over). */
export function limited<R extends Row>(q: Query<R>, n: number): Query<R> {
	return { ...q, sql: `SELECT * FROM (\n${q.sql}\n) LIMIT ${Math.max(0, Math.trunc(n))}` };
}
