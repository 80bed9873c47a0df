/**
 * The page queries by name, for server queries (POST /api/query): each name stands for exactly
 * one SQL text of ./queries.ts, with a zod schema of its bound values. The browser sends a name
 * and the values, never SQL; the server looks the name up, validates the values and runs that
 * query object. Pages keep building their queries with ./queries.ts: `nameOf` finds the name of
 * a query object by its SQL text (./remote.ts), so a page cannot tell which engine answered.
 *
 * Pure: no I/O, runs in Node and in the browser.
 */
import { z } from 'zod';
import type { Row } from './engine';
import * as M from './metrics';
import * as Q from './queries';
import type { Param, Query } from './query';

/** An id (department, report): lower-case letters, digits, hyphens. */
const Id = z.string().max(100).regex(/^[a-z0-9-]+$/, '编号只能包含小写字母、数字和连字符');
const Year = z.number().int('年度应为整数').min(1900, '年度应在 1900–2200 之间').max(2200, '年度应在 1900–2200 之间');
/** An optional filter value ('' = not applied). */
const Text = z.string().max(200, '筛选值过长（上限 200 个字符）');
/** A comma-separated list bound as one value (./fragments.ts inListParam). */
const IdList = z.string().max(20_000).regex(/^(?:[a-z0-9-]+(?:,[a-z0-9-]+)*)?$/, '部门列表应为逗号分隔的部门编号');
const YearList = z.string().max(1000).regex(/^(?:\d{4}(?:,\d{4})*)?$/, '年度列表应为逗号分隔的四位年度');
const Count = z.number().int().min(1, '个数应为 1–1000 的整数').max(1000, '个数应为 1–1000 的整数');
/** The first row of a page (0, 1, …). */
const Offset = z.number().int().min(0, '起始行应为非负整数').max(100_000_000, '起始行过大');
/** A search text ('' = everything). */
const Search = z.string().max(100, '查找的文字过长（上限 100 个字符）');

export type NamedQuery = {
	name: string;
	/** the query's SQL text (what a page's query object holds) */
	sql: string;
	/** the bound values, in order */
	params: z.ZodType<Param[]>;
	/** the index of the bound value that names a department, for the queries of one department */
	department?: number;
};

const named = (name: string, q: Query<Row>, params: z.ZodType<Param[]>, department?: number): NamedQuery => ({ name, sql: q.sql, params, department });

const COMPARE = [IdList, Text, Text, Text, YearList, Count] as const;
const AUDIT = [Text, Text, Year.nullable(), Text, Text] as const;

/** Every page query that may run on the server. */
export const NAMED_QUERIES: readonly NamedQuery[] = [
	named('yearKpis', Q.yearKpis(), z.tuple([])),
	named('projectYears', Q.projectYears(), z.tuple([])),
	named('yearGrades', Q.yearGrades(0), z.tuple([Year])),
	named('yearDepartmentFigures', Q.yearDepartmentFigures(0), z.tuple([Year, Count])),
	named('movers', Q.movers(0), z.tuple([Year, Count])),
	// (a capped list takes its limit as a third value)
	named('yearAlertsOfKind', Q.yearAlertsOfKind(0, ''), z.tuple([Year, z.string().max(100)], Count)),
	named('yearAlertGroups', Q.yearAlertGroups(0), z.tuple([Year])),
	named('yearProjects', Q.yearProjects(0), z.tuple([Year])),
	named('reportList', Q.reportList(), z.tuple([Search, Year.nullable(), Text, Count, Offset])),
	// the report list sorted by one of its columns over the whole list (the column and direction are part of the SQL)
	...Q.REPORT_SORT_KEYS.flatMap((key) =>
		(['asc', 'desc'] as const)
			.filter((dir) => !(key === 'fiscal_year' && dir === 'desc'))
			.map((dir) => named(`reportList.sort.${key}.${dir}`, Q.reportList({}, {}, { key, dir }), z.tuple([Search, Year.nullable(), Text, Count, Offset])))
	),
	named('reportFacets', Q.reportFacets(), z.tuple([])),
	named('departmentList', Q.departmentList(), z.tuple([Search, Count, Offset])),
	named('departmentYears', Q.departmentYears(''), z.tuple([Id]), 0),
	named('departmentSpending', Q.departmentSpending('', 'nature'), z.tuple([Id, z.enum(['nature', 'economic', 'function'])]), 0),
	named('departmentSangong', Q.departmentSangong(''), z.tuple([Id]), 0),
	named('departmentIndicators', Q.departmentIndicators(''), z.tuple([Id]), 0),
	named('departmentScores', Q.departmentScores(''), z.tuple([Id]), 0),
	named('departmentNarratives', Q.departmentNarratives(''), z.tuple([Id]), 0),
	named('departmentProjects', Q.departmentProjects(''), z.tuple([Id]), 0),
	named('departmentProjectItems', Q.departmentProjectItems(''), z.tuple([Id]), 0),
	named('reportFiguresStated', Q.reportFiguresStated(''), z.tuple([Id])),
	named('compareChoices', Q.compareChoices(), z.tuple([Search, IdList, Count, Count])),
	named('compareFacets', Q.compareFacets(), z.tuple([])),
	// a peer group or whole years (the precomputed ranks); chosen departments (ranked among themselves)
	named('compare', Q.compare({}), z.tuple([Text, Text, Text, YearList, Count])),
	named('compare.departments', Q.compare({ departments: ['x'] }), z.tuple(COMPARE)),
	// the default compare view: the top n by one declared figure (the figure is part of the SQL)
	...M.departmentYear.columns
		.filter((c) => c.type === 'float64')
		.map((c) => named(`compare.top.${c.name}`, Q.compare({ top: { column: c.name, n: 1 } }), z.tuple([...COMPARE, Count]))),
	named('auditFindings', Q.auditFindings(), z.tuple([...AUDIT, Count, Offset])),
	named('auditSeverityCounts', Q.auditSeverityCounts(), z.tuple(AUDIT)),
	named('reportDepartments', Q.reportDepartments(), z.tuple([Search, z.union([Id, z.literal('')]), Count])),
	named('reportYears', Q.reportYears(), z.tuple([]))
];

const BY_NAME = new Map(NAMED_QUERIES.map((q) => [q.name, q]));
const BY_SQL = new Map(NAMED_QUERIES.map((q) => [q.sql, q]));

/** The named query of a name, or undefined. */
export const namedQuery = (name: string): NamedQuery | undefined => BY_NAME.get(name);

/** The name of a page's query object, or undefined when it is not one of the named queries. */
export const nameOf = (q: Pick<Query<Row>, 'sql'>): string | undefined => BY_SQL.get(q.sql)?.name;

/** Rebuild the query object of a named query from validated values. */
export const boundQuery = (n: NamedQuery, params: readonly Param[]): Query<Row> => ({ sql: n.sql, params });
