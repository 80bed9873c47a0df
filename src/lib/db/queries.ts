/**
 * Every query PerfLens runs on the dataset, named after what it is for: the pages, the draft
 * facts, the CLI and the benchmark call these and nothing else. Each is a SELECT over the
 * declared views (./views.ts, ./metrics.ts) with its values bound as parameters, typed by the
 * view's row type; none computes a metric of its own. A query filtered to one fiscal year says
 * so, as does a query of one department's rows (its third argument): the browser then fetches
 * only that year, or that department's region, of the tables split that way (./parts.ts).
 */
import type { Breakdown } from '../schema/report';
import { int, type RowOfColumns } from './columns';
import { inListParam, literal, optionalParam, rankOf, yearRank } from './fragments';
import * as M from './metrics';
import { query, type Query } from './query';
import type { RowOf as TableRowOf } from './tables';
import * as V from './views';
import type { RowOf } from './view';

export type ReportOverviewRow = RowOf<typeof M.reportOverview>;
export type ScoreRow = RowOf<typeof V.scores>;
export type NarrativeRow = RowOf<typeof V.narratives>;
export type ExecutionRow = RowOf<typeof M.budgetExecution>;
export type YoyRow = RowOf<typeof M.budgetYoy>;
export type SangongRow = RowOf<typeof M.sangong>;
export type IndicatorRow = RowOf<typeof M.indicators>;
export type ScoreDimensionRow = RowOf<typeof M.scoreDimensions>;
export type ReportKpiRow = RowOf<typeof M.reportKpi>;
export type DepartmentYearRow = RowOf<typeof M.departmentYear>;
export type ProjectRow = RowOf<typeof M.projects>;
export type ProjectItemRow = RowOf<typeof M.projectItems>;
export type DepartmentRow = RowOf<typeof M.departments>;
export type SpendingLineRow = RowOf<typeof M.spendingLines>;
export type YearKpiRow = RowOf<typeof M.yearKpi>;
export type YearGradeRow = RowOf<typeof M.yearGrades>;
export type AlertRow = RowOf<typeof M.alerts>;
export type AlertGroupRow = RowOf<typeof M.alertGroups>;

/* ------------------------------------------------------------------ paging */

/**
 * A page of a list that grows with the dataset (reports, departments, findings): the pages show
 * `limit` rows from `offset`, and every row carries `total_rows`, the number of rows matching the
 * filter, so that no page query returns the whole dataset.
 */
export type PageOf = { limit?: number; offset?: number };
/** Rows per page of the long lists (at 113 reports every list fits on one page). */
export const PAGE_SIZE = 200;
/** The total number of rows matching the filter, on every row of a page. */
export type Paged<R> = R & { total_rows: number };
const TOTAL_ROWS = `count(*) OVER ()::INTEGER AS total_rows`;
/*
 * (a count(*) OVER () beside a LIMIT holds every column of every matching row until the count
 * is known, so the lists over large tables count in a scalar subquery instead and let DuckDB
 * keep only the top rows. The page itself is a subquery, ORDER BY … LIMIT straight over the
 * table, the count joined to its rows after: with the count's cross product between the top-n
 * and the table scan, DuckDB read every column of every row (1.2 s for a sorted page of the
 * report list at 1,000,000 reports); straight over the scan it finds the page on the order
 * columns alone and fetches the other columns of those rows only — late materialization, see
 * ../server/duckdb-native.ts.)
 */
const pageParams = (p: PageOf = {}): [number, number] => [Math.max(1, Math.trunc(p.limit ?? PAGE_SIZE)), Math.max(0, Math.trunc(p.offset ?? 0))];
/** A search text: true when `param` is '' or the concatenation of `cols` contains it. */
const searchParam = (param: string, cols: readonly string[]) => `(${param} = '' OR contains(${cols.map((c, i) => (i ? `coalesce(${c}, '')` : c)).join(' || ')}, ${param}))`;

/* ------------------------------------------------------------------ dashboard (/) */

/** The key figures of every year, newest first (the year selector and the KPI cards). */
export const yearKpis = (): Query<YearKpiRow> => query(`SELECT * FROM m_year_kpi ORDER BY year DESC`);

/** The years with project records and how many (the dashboard's year list also offers a year that has only projects). */
export const projectYears = (): Query<{ year: number; projects: number; simulated: boolean }> =>
	query(`SELECT fiscal_year AS year, count(*)::INTEGER AS projects, bool_or(simulated) AS simulated FROM m_projects GROUP BY fiscal_year ORDER BY year DESC`);

/** Grade distribution of one year. */
export const yearGrades = (year: number): Query<YearGradeRow> =>
	query(`SELECT * FROM m_year_grades WHERE year = $1 ORDER BY grade_order`, [year], { years: [year] });

/** What the dashboard charts of the departments of one year: the top n of one figure, with the counts of all. */
export type DepartmentFigureRow = {
	/** 'spending' (largest first) or 'execution' (lowest first); NULL on the one row of a year where no department discloses either */
	figure: 'spending' | 'execution' | null;
	department_name: string | null;
	value: number | null;
	/** departments of the year */
	departments: number;
	/** departments of the year disclosing 支出决算合计 / an execution rate */
	spending_disclosed: number;
	execution_disclosed: number;
};

/**
 * The dashboard's two department charts of one year: the n largest 支出决算合计 and the n lowest
 * execution rates (ties in the order of the department list), with the number of departments
 * and of those disclosing each figure; no rows for a year without departments.
 */
export const yearDepartmentFigures = (year: number, n = 12): Query<DepartmentFigureRow> =>
	query(
		`WITH d AS (SELECT department_name, spending_final_wan, execution_rate_pct FROM m_department_year WHERE year = $1),
c AS (SELECT count(*)::INTEGER AS departments, count(spending_final_wan)::INTEGER AS spending_disclosed, count(execution_rate_pct)::INTEGER AS execution_disclosed FROM d),
s AS (
	(SELECT 'spending' AS figure, department_name, spending_final_wan AS value, spending_final_wan AS spending FROM d WHERE spending_final_wan IS NOT NULL
		ORDER BY spending_final_wan DESC, department_name LIMIT $2)
	UNION ALL
	(SELECT 'execution', department_name, execution_rate_pct, spending_final_wan FROM d WHERE execution_rate_pct IS NOT NULL
		ORDER BY execution_rate_pct, spending_final_wan DESC NULLS LAST, department_name LIMIT $2)
)
SELECT s.figure, s.department_name, s.value, c.departments, c.spending_disclosed, c.execution_disclosed
FROM c LEFT JOIN s ON true WHERE c.departments > 0
ORDER BY s.figure, CASE WHEN s.figure = 'spending' THEN -s.value ELSE s.value END, s.spending DESC NULLS LAST, s.department_name`,
		[year, n],
		{ years: [year] }
	);

/** The departments of one year, largest spending first. */
export const yearDepartments = (year: number): Query<DepartmentYearRow> =>
	query(`SELECT * FROM m_department_year WHERE year = $1 ORDER BY spending_final_wan DESC NULLS LAST, department_name`, [year], { years: [year] });

/**
 * Departments that moved most since the previous year (both years on file): change of 支出决算合计
 * and of the score, ordered by |change %| then |score change|.
 */
export const movers = (year: number, limit = 10): Query<DepartmentYearRow> =>
	query(
		`SELECT * FROM m_department_year
WHERE year = $1 AND (spending_change_pct IS NOT NULL OR score_change IS NOT NULL)
ORDER BY abs(coalesce(spending_change_pct, 0)) DESC, abs(coalesce(score_change, 0)) DESC, department_name
LIMIT $2`,
		[year, limit],
		{ years: [year] }
	);

/** Alerts of one year, most severe first. */
export const yearAlerts = (year: number): Query<AlertRow> =>
	query(`SELECT * FROM m_alerts WHERE fiscal_year = $1 ORDER BY severity_rank, code, department_name, subject`, [year], { years: [year] });

/** At most this many alerts of one kind are listed on the dashboard (the group shows the count of all). */
export const ALERT_LIST_MAX = 100;

/** The alerts of one kind in one year (a dashboard alert group opened), the first `limit`. */
export const yearAlertsOfKind = (year: number, code: string, limit = ALERT_LIST_MAX): Query<AlertRow> =>
	query(`SELECT * FROM m_alerts WHERE fiscal_year = $1 AND code = $2 ORDER BY severity_rank, department_name, subject LIMIT $3`, [year, code, limit], { years: [year] });

/** The SQL text of every alert of one kind in one year, for the SQL page (where the list is not capped). */
export const alertsSql = (year: number, code: string) =>
	`SELECT * FROM m_alerts WHERE fiscal_year = ${Math.trunc(year)} AND code = ${literal(code)} ORDER BY severity_rank, department_name, subject`;

/** Alert kinds of one year with their counts: the most severe kind first, then the most frequent. */
export const yearAlertGroups = (year: number): Query<AlertGroupRow> =>
	query(`SELECT * FROM m_alert_groups WHERE year = $1 ORDER BY severity_rank, alerts DESC, code`, [year], { years: [year] });

/** The project records of one year (their money is the projects', apart from the departments' totals), largest budget first. */
/** How many of a year's projects the dashboard lists (the largest by budget; the rest on the departments' pages). */
export const YEAR_PROJECTS_SHOWN = 50;
export const yearProjects = (year: number): Query<ProjectRow & { projects_total: number }> =>
	query(
		`SELECT *, count(*) OVER ()::INTEGER AS projects_total FROM m_projects WHERE fiscal_year = $1 ORDER BY budget_adjusted_wan DESC NULLS LAST, department_name, report_id LIMIT ${YEAR_PROJECTS_SHOWN}`,
		[year]
	);

/* ------------------------------------------------------------------ reports */

/** Filters of the report list: a text in the department's name or region, a year, a kind (its label). */
export type ReportFilter = { q?: string; year?: number | null; kind?: string };

/** The columns the report list sorts by (the columns it shows), over the whole list. */
export const REPORT_SORT_KEYS = [
	'fiscal_year', 'department_name', 'province', 'city', 'kind_label', 'income_final_wan', 'spending_final_wan', 'sangong_final_wan', 'score_total', 'grade_computed'
] as const;
export type ReportSortKey = (typeof REPORT_SORT_KEYS)[number];
export type ReportSort = { key: ReportSortKey; dir: 'asc' | 'desc' };
/** The report list's own order (newest year, then department: m_report_overview.list_order), also the tie-break of every sort. */
const REPORT_ORDER = 'list_order';
/** A sort of the report list, when `key` is one of REPORT_SORT_KEYS (else null: the list's own order). */
export const reportSortOf = (s: { key: string; dir: 'asc' | 'desc' } | null | undefined): ReportSort | null =>
	s && (REPORT_SORT_KEYS as readonly string[]).includes(s.key) ? { key: s.key as ReportSortKey, dir: s.dir } : null;
/** ORDER BY of a sort: the key (undisclosed last, in either direction), then the list's own order. */
const reportOrder = (s: ReportSort | null) =>
	!s || (s.key === 'fiscal_year' && s.dir === 'desc') ? REPORT_ORDER : `${s.key} ${s.dir === 'asc' ? 'ASC' : 'DESC'} NULLS LAST, ${REPORT_ORDER}`;

const REPORT_WHERE = `WHERE ${searchParam('$1', ['department_name', 'province', 'city', 'district'])} AND ${optionalParam('$2', 'fiscal_year')} AND ${optionalParam('$3', 'kind_label')}`;

/**
 * One page of the reports matching the filter (m_report_overview: v_report_overview's rows,
 * prebuilt), sorted over all of them by `sort` (default: newest year first, then department).
 */
export const reportList = (f: ReportFilter = {}, p: PageOf = {}, sort: ReportSort | null = null): Query<Paged<ReportOverviewRow>> =>
	query(
		`SELECT p.*, (SELECT count(*) FROM m_report_overview ${REPORT_WHERE})::INTEGER AS total_rows
FROM (SELECT * FROM m_report_overview ${REPORT_WHERE} ORDER BY ${reportOrder(sort)} LIMIT $4 OFFSET $5) p
ORDER BY ${reportOrder(sort)}`,
		[f.q ?? '', f.year != null && Number.isFinite(f.year) ? Math.trunc(f.year) : null, f.kind ?? '', ...pageParams(p)]
	);

/** The years and kinds of the reports with their counts (the report list's filters and its total). */
export const reportFacets = (): Query<{ fiscal_year: number; kind: string; kind_label: string; reports: number }> =>
	query(`SELECT fiscal_year, kind, kind_label, count(*)::INTEGER AS reports FROM reports GROUP BY ALL ORDER BY fiscal_year DESC, kind`);

/* ------------------------------------------------------------------ departments */

const DEPT_SEARCH = searchParam('$1', ['department_name', 'province', 'city', 'district']);

/** One page of the departments whose name or region contains `search`, with their years and latest figures (the /departments index). */
export const departmentList = (search = '', p: PageOf = {}): Query<Paged<DepartmentRow>> =>
	query(
		`SELECT p.*, (SELECT count(*) FROM m_departments WHERE ${DEPT_SEARCH})::INTEGER AS total_rows
FROM (SELECT * FROM m_departments WHERE ${DEPT_SEARCH} ORDER BY department_name, department_id LIMIT $2 OFFSET $3) p
ORDER BY department_name, department_id`,
		[search, ...pageParams(p)]
	);

/** All years of one department, oldest first. */
export const departmentYears = (departmentId: string): Query<DepartmentYearRow> =>
	query(`SELECT * FROM m_department_year WHERE department_id = $1 ORDER BY year`, [departmentId], { departments: [departmentId] });

/** Spending of one department by one breakdown, per year (lines with a parent after it). */
export const departmentSpending = (departmentId: string, breakdown: Extract<Breakdown, 'nature' | 'economic' | 'function'>): Query<SpendingLineRow> =>
	query(`SELECT * FROM m_spending_lines WHERE department_id = $1 AND breakdown = $2 ORDER BY year, parent IS NOT NULL, ordinal`, [departmentId, breakdown], {
		departments: [departmentId]
	});

/** 三公 of one department by item, per year (the report of each department-year). */
export const departmentSangong = (departmentId: string): Query<SangongRow> =>
	query(
		`SELECT * FROM m_sangong WHERE report_id IN (SELECT report_id FROM m_department_year WHERE department_id = $1)
ORDER BY fiscal_year, item_order`,
		[departmentId],
		{ departments: [departmentId] }
	);

/** Indicators of one department (every report) with completion, status and flag. */
export const departmentIndicators = (departmentId: string): Query<IndicatorRow> =>
	query(`SELECT * FROM m_indicators WHERE department_id = $1 ORDER BY fiscal_year, report_id, ordinal`, [departmentId], { departments: [departmentId] });

/** The project records of one department, newest year first. */
export const departmentProjects = (departmentId: string): Query<ProjectRow> =>
	query(`SELECT * FROM m_projects WHERE department_id = $1 ORDER BY fiscal_year DESC, project_name NULLS LAST, report_id`, [departmentId], { departments: [departmentId] });

/** The projects the project records of one department list one by one (a record of several projects), in record order. */
export const departmentProjectItems = (departmentId: string): Query<ProjectItemRow> =>
	query(`SELECT * FROM m_project_items WHERE department_id = $1 ORDER BY fiscal_year DESC, report_id, item_order`, [departmentId], { departments: [departmentId] });

/** How many figures one report states that the audit can check (0: nothing to check; the audit panel's empty state). */
export const reportFiguresStated = (reportId: string, departmentId?: string): Query<{ figures_stated: number }> =>
	query(`SELECT figures_stated FROM m_report_overview WHERE report_id = $1`, [reportId], departmentId ? { departments: [departmentId] } : {});

/** Score trees of one department. */
export const departmentScores = (departmentId: string): Query<ScoreRow> =>
	query(`SELECT * FROM v_scores WHERE department_id = $1 ORDER BY fiscal_year, ordinal`, [departmentId], { departments: [departmentId] });

/** 存在问题 / 改进措施 of one department, newest year first. */
export const departmentNarratives = (departmentId: string): Query<NarrativeRow> =>
	query(
		`SELECT * FROM v_narratives WHERE department_id = $1 AND section IN ('problem', 'measure')
ORDER BY fiscal_year DESC, ${rankOf('section', ['problem', 'measure'])}, ordinal`,
		[departmentId],
		{ departments: [departmentId] }
	);

/* ------------------------------------------------------------------ compare */

/** What the compare page's picker shows of a department (only these columns: 10,000 departments stay light). */
export type CompareChoiceRow = Pick<DepartmentRow, 'department_id' | 'department_name' | 'province' | 'city' | 'dept_type' | 'level' | 'simulated'> & { years: string };

/** How many departments the compare page's picker lists (the rest are found by typing). */
export const CHOICES_SHOWN = 40;
/** With at most this many departments the picker lists them all before anything is typed. */
export const CHOICES_ALL_UP_TO = 12;

/**
 * The departments the compare page's picker lists (those with department-wide reports: a project
 * record is not compared as a department): the chosen ones, those whose name or region
 * contains `search`, or every department when there are few, the first `limit` (by province,
 * city, name), each with `matches`, how many there are in all.
 */
export const compareChoices = (search = '', chosen: readonly string[] = [], limit = CHOICES_SHOWN): Query<CompareChoiceRow & { matches: number }> =>
	query(
		`SELECT department_id, department_name, province, city, dept_type, level, simulated, years, count(*) OVER ()::INTEGER AS matches
FROM m_departments
WHERE reports > 0 AND (list_contains(string_split($2, ','), department_id)
	OR ($1 <> '' AND contains(department_name || coalesce(city, '') || coalesce(province, ''), $1))
	OR ($1 = '' AND (SELECT count(*) FROM m_departments WHERE reports > 0) <= $4))
ORDER BY province, city, department_name
LIMIT $3`,
		[search, chosen.join(','), limit, CHOICES_ALL_UP_TO]
	);

/**
 * The compare page's filter choices: every department type, province, level and year ('departments': how many departments).
 * m_departments is read once (a MATERIALIZED CTE): where it is a view over the stored tables (a report imported in
 * the session), each of four references expanded the whole view again and ran them side by side, 3.1 GB at 234 reports.
 */
export const compareFacets = (): Query<{ facet: 'type' | 'province' | 'level' | 'year' | 'departments'; value: string }> =>
	query(`WITH d AS MATERIALIZED (SELECT dept_type, province, level FROM m_departments WHERE reports > 0)
SELECT 'type' AS facet, dept_type AS value FROM d WHERE dept_type IS NOT NULL GROUP BY dept_type
UNION ALL SELECT 'province', province FROM d WHERE province IS NOT NULL GROUP BY province
UNION ALL SELECT 'level', level FROM d WHERE level IS NOT NULL GROUP BY level
UNION ALL SELECT 'year', year::VARCHAR FROM m_year_kpi WHERE departments > 0
UNION ALL SELECT 'departments', count(*)::VARCHAR FROM d
ORDER BY facet, value`);

export type CompareFilter = {
	departments?: readonly string[];
	/** a peer group: departments with these values */
	peer?: { type?: string; province?: string; level?: string };
	years?: readonly number[];
	/**
	 * The default view: the `n` departments with the largest `column` in the latest year that
	 * discloses it (used when neither departments nor a peer group are chosen).
	 */
	top?: { column: string; n: number };
};

/** Ranks within each year of the compared rows (undisclosed figures are not ranked). */
export const COMPARE_RANKS = [
	int('spending_rank', '支出排名', { note: '支出决算合计，从大到小' }),
	int('execution_rank', '执行率排名', { note: '预算执行率，从高到低' }),
	int('score_rank', '得分排名', { note: '自评得分，从高到低' })
] as const;
/**
 * The columns of m_department_year the compare page reads (its table and export, COMPARE_COLUMNS in
 * charts/table.ts; its charts, COMPARE_METRICS; the stated figures shown beside the computed ones,
 * DepartmentYearCell; its keys and badges), and nothing else: the table has over 100 columns
 * (ranks of every peer group), and in duckdb-wasm the default top 10 read all of them for nearly
 * every 2,048-row vector of the table (~70 ms CPU at 96,460 reports; these columns: see README ⑪).
 */
export const COMPARE_FIELDS = [
	'department_id', 'department_name', 'year', 'region', 'level', 'simulated', 'kind',
	'budget_initial_wan', 'budget_adjusted_wan', 'execution_final_wan', 'execution_rate_pct', 'stated_execution_rate_pct',
	'spending_final_wan', 'sangong_budget_wan', 'sangong_final_wan', 'sangong_control_rate_pct', 'sangong_stated_execution_rate_pct',
	'sangong_change_pct', 'sangong_stated_change_pct', 'score_total', 'grade', 'grade_stated',
	'staff_actual', 'spending_per_staff_wan', 'budget_per_staff_wan', 'sangong_per_staff_wan'
] as const satisfies readonly (keyof DepartmentYearRow)[];
export type CompareRow = Pick<DepartmentYearRow, (typeof COMPARE_FIELDS)[number]> & RowOfColumns<typeof COMPARE_RANKS>;


/** The departments of the default compare view (top n by a declared numeric column in the latest year that discloses it), as a CTE `top`. */
function topDepartments(top: NonNullable<CompareFilter['top']>): string {
	const c = M.departmentYear.columns.find((x) => x.name === top.column && x.type === 'float64');
	if (!c) throw new Error(`m_department_year 没有数值列 ${top.column}`);
	return `top AS MATERIALIZED (SELECT department_id FROM m_department_year
	WHERE ${c.name} IS NOT NULL AND year = (SELECT max(year) FROM m_department_year WHERE ${c.name} IS NOT NULL)
	ORDER BY ${c.name} DESC, department_name LIMIT $7)
`;
}

/** At most this many department × year rows are compared (a larger group is narrowed by type, region, level or year). */
export const COMPARE_MAX_ROWS = 500;

/**
 * Department × year rows of chosen departments, or of a peer group, or the top n, in chosen
 * years: the first `limit` (newest year, then name), ranked within all matching rows, each with
 * `total_rows`, how many rows match.
 *
 * Three statements (three named queries), by what is compared:
 * - a peer group or whole years (no departments chosen, not the top n): the ranks are
 *   precomputed in m_department_year for every year (YEAR_RANKS) and every peer group of a year
 *   (PEER_RANKS: the same ranks over the same rows), so the page is a filter and the first
 *   `limit` rows in the precomputed compare_order (one integer: the table is held in that order,
 *   and the top n finds its rows on the order column, then fetches the rest of the 100 columns
 *   for those rows only); the bound filter values choose the rank columns when the statement is
 *   planned;
 * - chosen departments, or the top n departments: their few rows, ranked among themselves.
 */
export function compare(f: CompareFilter, limit = COMPARE_MAX_ROWS): Query<Paged<CompareRow>> {
	const n = Math.max(1, Math.trunc(limit));
	const years = (f.years ?? []).join(',');
	const [type, province, level] = [f.peer?.type ?? '', f.peer?.province ?? '', f.peer?.level ?? ''];
	if (!f.departments?.length && !f.top) {
		const params = ['$1', '$2', '$3'] as const;
		const where = `WHERE ${M.PEER_DIMENSIONS.map(([c], i) => optionalParam(params[i], c)).join(' AND ')} AND ${inListParam('$4', 'year')}`;
		const set = (p: string) => `coalesce(CAST(${p} AS VARCHAR), '') <> ''`;
		// the grouping the filter values name: whole years when none is set
		const grouping = (g: readonly string[]) => M.PEER_DIMENSIONS.map(([c], i) => (g.includes(c) ? set(params[i]) : `NOT ${set(params[i])}`)).join(' AND ');
		const rankOfGroup = (yearRankName: (typeof M.YEAR_RANKS)[number][0]) =>
			`CASE ${M.PEER_GROUPINGS.map((g) => `WHEN ${grouping(g)} THEN s.${M.peerRankColumn(g, yearRankName)}`).join(' ')} ELSE s.${yearRankName} END`;
		const [spending, execution, score] = M.YEAR_RANKS.map(([name]) => rankOfGroup(name));
		return query(
			`SELECT ${COMPARE_FIELDS.map((c) => `s.${c}`).join(', ')}, ${spending} AS spending_rank, ${execution} AS execution_rank, ${score} AS score_rank,
	(SELECT count(*) FROM m_department_year ${where})::INTEGER AS total_rows
FROM (SELECT * FROM m_department_year ${where} ORDER BY compare_order LIMIT $5) s
ORDER BY s.compare_order`,
			[type, province, level, years, n]
		);
	}
	// the top n by the figure the data is stored in order of (TOP_ORDER_FIGURE, the page's default):
	// its precomputed order, one integer filter whose rows sit together at the start of each year
	// (README ⑫); by another figure: the n departments found first (`top`)
	const topOrdered = f.top?.column === M.TOP_ORDER_FIGURE;
	const topWhere = !f.top ? 'true' : topOrdered ? `${M.TOP_ORDER_COLUMN} <= CAST($7 AS INTEGER)` : 'department_id IN (SELECT department_id FROM top)';
	const where = `WHERE ${inListParam('$1', 'department_id')} AND ${optionalParam('$2', 'dept_type')} AND ${optionalParam('$3', 'province')}
	AND ${optionalParam('$4', 'level')} AND ${inListParam('$5', 'year')} AND ${topWhere}`;
	// the matching rows are a few (chosen departments' or the top n's years): ranked per year over
	// all of them, then the first `limit`
	return query(
		`${f.top && !topOrdered ? `WITH ${topDepartments(f.top)}` : ''}SELECT ${COMPARE_FIELDS.join(', ')}, ${yearRank('spending_final_wan')} AS spending_rank, ${yearRank('execution_rate_pct')} AS execution_rank, ${yearRank('score_total')} AS score_rank,
	count(*) OVER ()::INTEGER AS total_rows
FROM m_department_year
${where}
ORDER BY compare_order
LIMIT $6`,
		[(f.departments ?? []).join(','), type, province, level, years, n, ...(f.top ? [f.top.n] : [])]
	);
}

/* ------------------------------------------------------------------ audit */

/** Filters of the audit findings (/audit): an empty filter is not applied. */
export type AuditFilter = { report?: string; department?: string; year?: number | null; rule?: string; severity?: string };

export type AuditFindingRow = RowOf<typeof M.auditFindings> & TableRowOf<'audit_findings'>;

const AUDIT_WHERE = `WHERE ${optionalParam('$1', 'report_id')} AND ${optionalParam('$2', 'department_id')} AND ${optionalParam('$3', 'fiscal_year')}
	AND ${optionalParam('$4', 'rule')} AND ${optionalParam('$5', 'severity')}`;
const auditParams = (f: AuditFilter) => [f.report ?? '', f.department ?? '', f.year != null && Number.isFinite(f.year) ? Math.trunc(f.year) : null, f.rule ?? '', f.severity ?? ''];

/** One page of the audit findings (m_audit_findings: each with its report's department and year), in report then catalogue order (its list_order). */
export const auditFindings = (f: AuditFilter = {}, p: PageOf = {}): Query<Paged<AuditFindingRow>> =>
	query(
		`SELECT p.*, (SELECT count(*) FROM m_audit_findings ${AUDIT_WHERE})::INTEGER AS total_rows
FROM (SELECT * FROM m_audit_findings ${AUDIT_WHERE} ORDER BY list_order LIMIT $6 OFFSET $7) p
ORDER BY list_order`,
		[...auditParams(f), ...pageParams(p)],
		f.department ? { departments: [f.department] } : {}
	);

/** Counts per severity of the findings matching the filter (every severity, 0 when none). */
export const auditSeverityCounts = (f: AuditFilter = {}): Query<{ severity: string; n: number }> =>
	query(
		// counted first, then joined to the three severities (joining every finding to them before
		// counting probed a hash table 473,380 times at 1,000,000 reports: 117–139 → 14–49 ms)
		`SELECT s.severity, coalesce(c.n, 0)::INTEGER AS n
FROM (VALUES ${['error', 'warning', 'note'].map((s, i) => `(${literal(s)}, ${i})`).join(', ')}) s(severity, o)
LEFT JOIN (SELECT severity, count(*) AS n FROM m_audit_findings ${AUDIT_WHERE} GROUP BY severity) c ON c.severity = s.severity
ORDER BY s.o`,
		auditParams(f)
	);

/** How many departments the audit page's department filter lists (the rest are found by typing). */
export const DEPARTMENT_CHOICES = 200;

/**
 * Departments that have reports, for the audit filter: the first `limit` by name whose name
 * contains `search`, and the chosen one, each with `matches`, how many contain `search`.
 */
export const reportDepartments = (search = '', chosen = '', limit = DEPARTMENT_CHOICES): Query<{ department_id: string; department_name: string; matches: number }> =>
	query(
		`SELECT department_id, department_name, (SELECT count(*) FROM m_departments WHERE ${searchParam('$1', ['department_name'])})::INTEGER AS matches
FROM ((SELECT department_id, department_name FROM m_departments WHERE ${searchParam('$1', ['department_name'])} ORDER BY department_name, department_id LIMIT $3)
	UNION SELECT department_id, department_name FROM m_departments WHERE department_id = $2)
ORDER BY department_name, department_id`,
		[search, chosen, limit]
	);

/** Years that have reports, newest first (the audit filter). */
export const reportYears = (): Query<{ fiscal_year: number }> => query(`SELECT DISTINCT fiscal_year FROM reports ORDER BY fiscal_year DESC`);

/* ------------------------------------------------------------------ one report (draft facts) */

/** Budget execution of one report (execution and adjustment rates, stated beside computed). */
export const reportExecution = (reportId: string): Query<ExecutionRow> => query(`SELECT * FROM m_budget_execution WHERE report_id = $1`, [reportId]);

/** The key figures of one report. */
export const reportKpi = (reportId: string): Query<ReportKpiRow> => query(`SELECT * FROM m_report_kpi WHERE report_id = $1`, [reportId]);

/** Year-on-year change of one measure of one report (spending, income …). */
export const reportYoy = (reportId: string, measure: string): Query<YoyRow> =>
	query(`SELECT * FROM m_budget_yoy WHERE report_id = $1 AND measure = $2`, [reportId, measure]);

/** 三公 of one report by item (control rate, stated beside computed, change, peers). */
export const reportSangong = (reportId: string): Query<SangongRow> =>
	query(`SELECT * FROM m_sangong WHERE report_id = $1 ORDER BY item_order`, [reportId]);

/** Indicators of one report. */
export const reportIndicators = (reportId: string): Query<IndicatorRow> =>
	query(`SELECT * FROM m_indicators WHERE report_id = $1 ORDER BY ordinal`, [reportId]);

/** Score dimensions (level 1 and 2) of one report that lost points. */
export const reportScoreLosses = (reportId: string): Query<ScoreDimensionRow> =>
	query(`SELECT * FROM m_score_dimensions WHERE report_id = $1 AND points_lost > 0 ORDER BY ordinal`, [reportId]);

/* ------------------------------------------------------------------ benchmark (perflens bench-browser) */

/** Execution rate of every report (m_budget_execution): what bench-browser recomputes in plain JavaScript. */
export const benchExecution = (): Query<{ report_id: string; department_id: string; fiscal_year: number; execution_rate_pct: number | null }> =>
	query(`SELECT report_id, department_id, fiscal_year, execution_rate_pct FROM m_budget_execution`);

/** 三公 total of every report (m_sangong, item total): budget and final. */
export const benchSangongTotals = (): Query<{ report_id: string; budget_wan: number | null; final_wan: number | null }> =>
	query(`SELECT report_id, budget_wan, final_wan FROM m_sangong WHERE item = 'total'`);

/** Indicator completion by target operator (m_indicators): computable indicators, their mean completion, how many met. */
export const benchCompletionByOperator = (): Query<{ target_op: string; n: number; mean_pct: number | null; met: number }> =>
	query(`SELECT target_op, count(computed_completion_pct)::INTEGER AS n, round(avg(computed_completion_pct), 2) AS mean_pct, count(*) FILTER (WHERE met)::INTEGER AS met
FROM m_indicators WHERE computable GROUP BY target_op ORDER BY target_op`);

/* ------------------------------------------------------------------ the SQL page and the CLI */

/** The example the SQL page and `perflens sql` show. */
export const EXAMPLE_SQL = `SELECT * FROM v_report_overview ORDER BY fiscal_year DESC`;

/** The SQL text that browses a table (for the SQL page's editor). */
export const browseSql = (table: string) => `SELECT * FROM "${table.replace(/"/g, '""')}" LIMIT 100`;
