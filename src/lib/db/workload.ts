/**
 * The queries the pages run, with the values a reader would choose on a dataset: the latest
 * year, its largest department, its most severe alert kind, the default compare view. The
 * benchmark times these and the engine-agreement test compares them across engines; one entry
 * per page query (./named.ts), so neither can leave one out.
 */
import type { Row, SqlEngine } from './engine';
import * as Q from './queries';
import { run, type Query } from './query';

/** Every page query, by page, with values chosen from the data in `engine`. */
export async function pageWorkload(engine: SqlEngine): Promise<Record<string, Query<Row>>> {
	const kpis = await run(engine, Q.yearKpis());
	const year = kpis[0]?.year ?? 0;
	// the department that moved most in the latest year with changes to show (a year of targets
	// only has none: a department page of no department would be timed)
	let first: Q.DepartmentYearRow | undefined;
	for (const k of kpis) if (!first) [first] = await run(engine, Q.movers(k.year, 1));
	const [group] = await run(engine, Q.yearAlertGroups(year));
	const dept = first?.department_id ?? '';
	return {
		'总览 年度指标': Q.yearKpis(),
		'总览 项目年度': Q.projectYears(),
		'总览 等级分布': Q.yearGrades(year),
		'总览 各部门': Q.yearDepartmentFigures(year),
		'总览 变化最大': Q.movers(year),
		'总览 预警分组': Q.yearAlertGroups(year),
		'总览 一类预警': Q.yearAlertsOfKind(year, group?.code ?? ''),
		'总览 项目': Q.yearProjects(year),
		'报告一览': Q.reportList(),
		'报告一览 筛选': Q.reportFacets(),
		'报告一览 查找': Q.reportList({ q: first?.department_name.slice(0, 2) ?? '' }),
		'报告一览 排序': Q.reportList({}, {}, { key: 'spending_final_wan', dir: 'desc' }),
		'部门列表': Q.departmentList(),
		'部门列表 查找': Q.departmentList(first?.department_name.slice(0, 2) ?? ''),
		'部门页 各年': Q.departmentYears(dept),
		'部门页 支出': Q.departmentSpending(dept, 'economic'),
		'部门页 三公': Q.departmentSangong(dept),
		'部门页 指标': Q.departmentIndicators(dept),
		'部门页 评分': Q.departmentScores(dept),
		'部门页 问题与措施': Q.departmentNarratives(dept),
		'部门页 项目': Q.departmentProjects(dept),
		'部门页 所列项目': Q.departmentProjectItems(dept),
		'部门页 可核对数字': Q.reportFiguresStated(first?.report_id ?? ''),
		'对比 可选部门': Q.compareChoices('', dept ? [dept] : []),
		'对比 查找部门': Q.compareChoices(first?.department_name.slice(0, 2) ?? ''),
		'对比 筛选': Q.compareFacets(),
		'对比 全部部门': Q.compare({}),
		'对比 默认前 10': Q.compare({ top: { column: 'spending_final_wan', n: 10 } }),
		'对比 同类组': Q.compare({ peer: { type: first?.dept_type ?? '' }, years: [first?.year ?? year] }),
		'对比 选定部门': Q.compare({ departments: dept ? [dept] : [] }),
		'勾稽校验 发现': Q.auditFindings(),
		'勾稽校验 按年度': Q.auditFindings({ year }),
		'勾稽校验 计数': Q.auditSeverityCounts(),
		'勾稽校验 部门': Q.reportDepartments(),
		'勾稽校验 查找部门': Q.reportDepartments(first?.department_name.slice(0, 2) ?? '', dept),
		'勾稽校验 年度': Q.reportYears()
	};
}
