/**
 * The dashboard's year list (src/lib/charts/years.ts): the years with department-wide reports and
 * the years with project records only, newest first, and which year is shown.
 */
import { describe, expect, it } from 'vitest';
import { countsByYear, dashboardYears, pickYear } from '../../src/lib/charts/years';
import type { YearKpiRow } from '../../src/lib/db/queries';

const kpi = (year: number, departments: number, score_departments: number) => ({ year, departments, score_departments, simulated: false }) as unknown as YearKpiRow;

describe('dashboard years', () => {
	const years = dashboardYears(
		[kpi(2024, 3, 2), kpi(2025, 1, 0), kpi(2018, 2, 0)],
		[{ year: 2024, projects: 2, simulated: false }, { year: 2017, projects: 1, simulated: false }]
	);
	it('lists a year that has only project records, with the count of its records', () => {
		expect(years.map((y) => y.year)).toEqual([2025, 2024, 2018, 2017]);
		expect(years.map((y) => y.label)).toEqual(['2025 年（1 个部门）', '2024 年（3 个部门）', '2018 年（2 个部门）', '2017 年（仅 1 份项目记录）']);
		expect(years.find((y) => y.year === 2017)!.kpi).toBeNull();
		expect(years.find((y) => y.year === 2024)!.projects).toBe(2);
	});
	it('shows the asked year, else the newest year with scores', () => {
		expect(pickYear(years, 2017)!.year).toBe(2017);
		expect(pickYear(years, null)!.year).toBe(2024);
		expect(pickYear(years, 1999)!.year).toBe(2024);
	});
	it('with projects only, shows the newest project year; with nothing, nothing', () => {
		const only = dashboardYears([], [{ year: 2017, projects: 1, simulated: false }, { year: 2019, projects: 3, simulated: false }]);
		expect(pickYear(only, null)!.year).toBe(2019);
		expect(pickYear(dashboardYears([], []), null)).toBeUndefined();
	});
});

describe('counts under a multi-year total', () => {
	it('names how many departments each disclosed year sums, oldest first', () => {
		expect(countsByYear([{ year: 2024, value: 1.1, departments: 1 }, { year: 2019, value: null, departments: 0 }, { year: 2023, value: 16.13, departments: 3 }])).toBe('计入部门数：2023 年 3 个 · 2024 年 1 个');
		expect(countsByYear([{ year: 2024, value: null, departments: 0 }])).toBe('');
	});
});
