/**
 * The SQL fragments every view and query is built from, each written once: the scope
 * preference, the grade bands, a percentage, a change, a per-head ratio, the labels of the data
 * model's enums. The orders and labels come from src/lib/schema/report.ts, so the SQL and the
 * TypeScript read the same definition.
 *
 * Only constants of the code are written into SQL here (enum values, labels, thresholds);
 * values a user or a page chooses are bound as parameters (./query.ts).
 *
 * Pure: no I/O, runs in Node and in the browser.
 */
import { DEPARTMENT_KINDS, GRADE_BANDS, Scope } from '../schema/report';

/** A string constant of the code as a SQL literal. */
export function literal(s: string): string {
	return `'${String(s).replace(/'/g, "''")}'`;
}

/** Position of `c` in `values` (0, 1, …), values.length for anything else. */
export function rankOf(c: string, values: readonly string[]): string {
	return `(CASE ${c} ${values.map((v, i) => `WHEN ${literal(v)} THEN ${i}`).join(' ')} ELSE ${values.length} END)`;
}

/** The Chinese label of an enum value (NULL for a value without one). */
export function labelOf(c: string, labels: Readonly<Record<string, string>>): string {
	return `(CASE ${c} ${Object.entries(labels)
		.map(([k, v]) => `WHEN ${literal(k)} THEN ${literal(v)}`)
		.join(' ')} END)`;
}

/** Fund-scope preference: 部门整体 0, 财政拨款 1, 一般公共预算 2, 其他资金 3 (the order of Scope). */
export const scopeRank = (c: string) => rankOf(c, Scope.options);

/** Which report represents a department's year: the self-evaluation 0, the target table 1. */
export const departmentKindRank = (c: string) => rankOf(c, DEPARTMENT_KINDS);

/** `c` is a kind whose figures are the whole department's. */
export const isDepartmentKind = (c: string) => `${c} IN (${DEPARTMENT_KINDS.map(literal).join(', ')})`;

/** The grade of a total score by GRADE_BANDS; NULL without a score. */
export function gradeOf(score: string): string {
	const bands = GRADE_BANDS.filter((b) => Number.isFinite(b.min));
	const last = GRADE_BANDS[GRADE_BANDS.length - 1].grade;
	return `(CASE WHEN ${score} IS NULL THEN NULL ${bands.map((b) => `WHEN ${score} >= ${b.min} THEN ${literal(b.grade)}`).join(' ')} ELSE ${literal(last)} END)`;
}

/** GRADE_BANDS in words, for the data dictionary. */
export const GRADE_RULE = `${GRADE_BANDS.map((b, i) => (Number.isFinite(b.min) ? `${b.grade} ≥ ${b.min}` : `${b.grade} < ${GRADE_BANDS[i - 1].min}`)).join('，')}（财预〔2020〕10号 第十八条）`;

/**
 * The rank of a figure among the department × year rows it ranks over, within each year (and,
 * with `within`, within each group of equal values of those columns: a peer group): largest
 * first, equal figures the same rank; NULL for an undisclosed figure (the compare page's ranks,
 * and their precomputed form over every row of a year, or of a peer group in a year, in
 * m_department_year).
 */
export const yearRank = (col: string, within: readonly string[] = []) =>
	`CASE WHEN ${col} IS NOT NULL THEN rank() OVER (PARTITION BY ${['year', ...within].join(', ')} ORDER BY ${col} DESC NULLS LAST) END`;

/** round(x, 2) */
export const r2 = (x: string) => `round(${x}, 2)`;

/** a ÷ b × 100, two decimals; NULL when either is NULL or b is 0. */
export const pctOf = (a: string, b: string) => `(CASE WHEN (${b}) <> 0 THEN round((${a}) / (${b}) * 100, 2) END)`;

/** (a − b) ÷ b × 100, two decimals; NULL when either is NULL or b is 0. */
export const changePct = (a: string, b: string) => `(CASE WHEN (${b}) <> 0 THEN round(((${a}) - (${b})) / (${b}) * 100, 2) END)`;

/** x ÷ n (a figure per person), `digits` decimals; NULL unless n > 0. */
export const perHead = (x: string, n: string, digits = 2) => `(CASE WHEN (${n}) > 0 THEN round((${x}) / (${n}), ${digits}) END)`;

/**
 * A list parameter: `param` holds comma-separated values ('' = no filter); true when `c` is one
 * of them. (duckdb-wasm binds scalars only, so a list travels as one string.)
 */
export const inListParam = (param: string, c: string) => `(${param} = '' OR list_contains(string_split(${param}, ','), CAST(${c} AS VARCHAR)))`;

/** An optional parameter: true when `param` is NULL or '' (no filter), or equals `c`. */
export const optionalParam = (param: string, c: string) => `(coalesce(CAST(${param} AS VARCHAR), '') = '' OR ${c} = ${param})`;

/** A table or view name as a quoted SQL identifier. */
export const ident = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The statement that clears the way for a table loaded from Arrow under `name`. */
export const dropTableSql = (name: string) => `DROP TABLE IF EXISTS ${ident(name)}`;
