/**
 * The dashboard's first screen, computed when the data is built: the rows of the page queries
 * the overview shows first (the year totals, the years with project records, and the charts and
 * lists of the year it opens on), run by DuckDB
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
import { dashboardYears, pickYear, type ProjectYearRow } from '../charts/years';
import { movers, projectYears, yearAlertGroups, yearDepartmentFigures, yearGrades, yearKpis, yearProjects, YEAR_DEPARTMENTS_SHOWN, type YearKpiRow } from './queries';
import type { Param, Query } from './query';

export interface FirstScreenEntry {
	sql: string;
	params: Param[];
	rows: Row[];
}

/** The queries whose rows are computed at build time: the overview's first two, read before any other. */
export const firstScreenQueries = (): Query<Row>[] => [yearKpis(), projectYears()];

/**
 * The overview's queries of the year it opens on (no ?year=: the year `pickYear` chooses from the
 * first two queries' rows, as the page does): grades, alert groups, the two department charts,
 * the year's projects and the departments that moved most. Each is bounded (a few dozen rows).
 */
export const openingYearQueries = (year: number): Query<Row>[] => [yearGrades(year), yearAlertGroups(year), yearDepartmentFigures(year, YEAR_DEPARTMENTS_SHOWN), yearProjects(year), movers(year)];

/** The rows built for exactly this query (SQL text and parameters), if any. */
export function firstScreenRows(entries: readonly FirstScreenEntry[] | undefined, q: Query<Row>): Row[] | undefined {
	const params = JSON.stringify(q.params);
	return entries?.find((e) => e.sql === q.sql && JSON.stringify(e.params) === params)?.rows;
}

/** Run the first-screen queries on an engine that holds the dataset (build time). */
export async function computeFirstScreen(engine: { query: (sql: string, params?: readonly Param[]) => Promise<Row[]> }): Promise<FirstScreenEntry[]> {
	const out: FirstScreenEntry[] = [];
	const add = async (q: Query<Row>) => {
		const rows = await engine.query(q.sql, q.params);
		out.push({ sql: q.sql, params: [...q.params], rows });
		return rows;
	};
	const [kpis, projects] = [await add(yearKpis()), await add(projectYears())];
	const shown = pickYear(dashboardYears(kpis as unknown as YearKpiRow[], projects as unknown as ProjectYearRow[]), null);
	if (shown) for (const q of openingYearQueries(shown.year)) await add(q);
	return out;
}
