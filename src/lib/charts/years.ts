/**
 * The dashboard's years: every year with a department-wide report (m_year_kpi) and every year
 * with project records only (m_projects), newest first. A year with projects only has no KPI
 * row: its department figures are undisclosed, and the page shows its projects. Pure.
 */
import type { YearKpiRow } from '../db/queries';

export type ProjectYearRow = { year: number; projects: number; simulated: boolean };

export type DashboardYear = {
	year: number;
	/** the year's KPI row; null when the year has only project records */
	kpi: YearKpiRow | null;
	/** project records of the year */
	projects: number;
	simulated: boolean;
	/** the year select's option: "2024 年（3 个部门）", "2017 年（仅 1 份项目记录）" */
	label: string;
};

export function dashboardYears(kpis: readonly YearKpiRow[], projects: readonly ProjectYearRow[]): DashboardYear[] {
	const byYear = new Map<number, DashboardYear>();
	for (const k of kpis) byYear.set(k.year, { year: k.year, kpi: k, projects: 0, simulated: k.simulated, label: `${k.year} 年（${k.departments} 个部门）` });
	for (const p of projects) {
		const y = byYear.get(p.year);
		if (y) y.projects = p.projects;
		else byYear.set(p.year, { year: p.year, kpi: null, projects: p.projects, simulated: p.simulated, label: `${p.year} 年（仅 ${p.projects} 份项目记录）` });
	}
	return [...byYear.values()].sort((a, b) => b.year - a.year);
}

/**
 * The year shown: the one asked for (?year=) when the dataset has it, else the newest year with
 * scored departments, else the newest year with departments, else the newest year.
 */
export function pickYear(years: readonly DashboardYear[], asked: number | null): DashboardYear | undefined {
	return (
		years.find((y) => y.year === asked) ??
		years.find((y) => y.kpi !== null && y.kpi.score_departments > 0) ??
		years.find((y) => y.kpi !== null) ??
		years[0]
	);
}

/**
 * Under a multi-year total: how many departments each year's point sums ("计入部门数：2018 年 2 个 ·
 * 2024 年 1 个"), so a drop that comes from fewer departments disclosing is not read as a cut.
 * Years whose total is undisclosed are left out.
 */
export function countsByYear(rows: readonly { year: number; value: number | null; departments: number }[]): string {
	const shown = [...rows].filter((r) => r.value !== null).sort((a, b) => a.year - b.year);
	return shown.length ? `计入部门数：${shown.map((r) => `${r.year} 年 ${r.departments} 个`).join(' · ')}` : '';
}
