/**
 * The reports list's columns are 决算 and 自评 figures; a target table (绩效目标表) is filed before
 * the year and holds none of them: its empty cells say 不适用, not 未披露 (nothing was withheld).
 * The same holds for a department × year row (部门对比, 部门页“各年度概况”) whose report is a target table.
 */
import { REPORT_KIND_LABEL, type ReportKind } from '../schema/report';

const TARGET_KIND_LABELS = new Set([REPORT_KIND_LABEL.target_table, REPORT_KIND_LABEL.project_target_table]);
const AFTER_THE_YEAR = new Set(['income_final_wan', 'spending_final_wan', 'sangong_final_wan', 'score_total', 'grade_computed']);

/** The title of a 不适用 cell. */
export const NOT_APPLICABLE_TITLE = '绩效目标表在年度开始前编制，没有决算数与自评得分';

/** Whether the cell is a 决算 / 自评 column of a target table with no value (shown as 不适用). */
export function notApplicable(kindLabel: unknown, key: string, value: unknown): boolean {
	return value === null && typeof kindLabel === 'string' && TARGET_KIND_LABELS.has(kindLabel) && AFTER_THE_YEAR.has(key);
}

const TARGET_KINDS = new Set<string>(['target_table', 'project_target_table'] satisfies ReportKind[]);
/** m_department_year's columns that only a report written after the year can state (决算, 执行, 自评, and what is computed from them). */
const AFTER_THE_YEAR_DEPARTMENT = new Set([
	'execution_final_wan', 'execution_rate_pct', 'spending_final_wan', 'income_final_wan', 'sangong_final_wan', 'sangong_control_rate_pct',
	'sangong_change_pct', 'score_total', 'grade', 'spending_per_staff_wan', 'sangong_per_staff_wan'
]);

/** Whether a department × year cell is a 决算 / 自评 column of a year whose report is a target table, with no value (shown as 不适用). */
export function notApplicableForKind(kind: unknown, key: string, value: unknown): boolean {
	return (value === null || value === undefined) && typeof kind === 'string' && TARGET_KINDS.has(kind) && AFTER_THE_YEAR_DEPARTMENT.has(key);
}
