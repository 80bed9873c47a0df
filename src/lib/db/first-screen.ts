/**
 * The dashboard's first numbers, computed when the data is built: the rows of the page queries
 * the overview shows first (the year totals and the years with project records), run by DuckDB
 * in Node over the same tables the browser reads (the same SQL text, the same parameters), and
 * written into the dataset's manifest beside its version. A browser shows them as soon as the
 * manifest arrives, instead of waiting for duckdb-wasm to compile and start (2–4 s on a 2-core
 * machine); every other query, and these again when the data changes, run in the browser's
 * DuckDB as before. The way Evidence prerenders its query results at build time.
 *
 * A row is used only for exactly the same SQL and parameters, and only from the manifest whose
 * version the page loaded (an import makes a new version without these rows until they are built
 * again).
 */
import type { Row } from './engine';
import { projectYears, yearKpis } from './queries';
import type { Param, Query } from './query';

export interface FirstScreenEntry {
	sql: string;
	params: Param[];
	rows: Row[];
}

/** The queries whose rows are computed at build time: the overview's first two, read before any other. */
export const firstScreenQueries = (): Query<Row>[] => [yearKpis(), projectYears()];

/** The rows built for exactly this query (SQL text and parameters), if any. */
export function firstScreenRows(entries: readonly FirstScreenEntry[] | undefined, q: Query<Row>): Row[] | undefined {
	const params = JSON.stringify(q.params);
	return entries?.find((e) => e.sql === q.sql && JSON.stringify(e.params) === params)?.rows;
}

/** Run the first-screen queries on an engine that holds the dataset (build time). */
export async function computeFirstScreen(engine: { query: (sql: string, params?: readonly Param[]) => Promise<Row[]> }): Promise<FirstScreenEntry[]> {
	const out: FirstScreenEntry[] = [];
	for (const q of firstScreenQueries()) out.push({ sql: q.sql, params: [...q.params], rows: await engine.query(q.sql, q.params) });
	return out;
}
