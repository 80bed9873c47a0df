/**
 * A target table (绩效目标表) is filed before the year and holds no 决算 or 自评 figure: in the reports
 * list and in a department × year table (部门对比, 部门页“各年度概况”) those cells say 不适用, not 未披露
 * (nothing was withheld). One list of target kinds and one of after-the-year columns serve both.
 */
import { REPORT_KIND_LABEL, type ReportKind } from '../schema/report';

const TARGET_KINDS: ReadonlySet<string> = new Set<ReportKind>(['target_table', 'project_target_table']);
const TARGET_KIND_LABELS: ReadonlySet<string> = new Set([...TARGET_KINDS].map((k) => REPORT_KIND_LABEL[k as ReportKind]));

/** Columns (of the reports list and of m_department_year) that only a report written after the year can state: 决算, 执行, 自评, and what is computed from them. */
const AFTER_THE_YEAR = new Set([
	'income_final_wan', 'spending_final_wan', 'execution_final_wan', 'execution_rate_pct', 'sangong_final_wan', 'sangong_control_rate_pct',
	'sangong_change_pct', 'score_total', 'grade', 'grade_computed', 'spending_per_staff_wan', 'sangong_per_staff_wan'
]);

/** The title of a 不适用 cell. */
export const NOT_APPLICABLE_TITLE = '绩效目标表在年度开始前编制，没有决算数与自评得分';

/** Whether a cell of a report of this kind (code) is an after-the-year column with no value (shown as 不适用). */
export function notApplicableForKind(kind: unknown, key: string, value: unknown): boolean {
	return (value === null || value === undefined) && typeof kind === 'string' && TARGET_KINDS.has(kind) && AFTER_THE_YEAR.has(key);
}

/** The same, for a row that carries the kind's label (the reports list). */
export function notApplicable(kindLabel: unknown, key: string, value: unknown): boolean {
	return value === null && typeof kindLabel === 'string' && TARGET_KIND_LABELS.has(kindLabel) && AFTER_THE_YEAR.has(key);
}
