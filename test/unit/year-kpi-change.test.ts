/**
 * The dashboard's "比上年" of the execution rate and the average score compare the same departments:
 * m_year_kpi over a small m_department_year worked out by hand (the view's own SQL, native DuckDB).
 *
 *   A: 2023 调整 100, 决算 90, 得分 80;  2024 调整 200, 决算 190, 得分 90
 *   B: 2023 调整 100, 决算 50, 得分 60 (no 2024)
 *   C: 2024 调整 100, 决算 100, 得分 100 (no 2023)
 *   D: 2023 调整 50, 决算 50, no score;  2024 调整 50, 决算 40, 得分 70
 * 2024 execution, comparable A and D: (190 + 40) ÷ (200 + 50) = 92.00%; 2023 of the same: (90 + 50) ÷ (100 + 50)
 *   = 93.33% → −1.33 pp over 2 departments (all departments' rates would give 94.29 − 76.00 = +18.29: the old, wrong figure)
 * 2024 score, comparable A only (D has no 2023 score): 90 − 80 = +10 over 1 department
 * 2023 has no 2022: no comparable department, no change (never 0)
 */
import { describe, expect, it } from 'vitest';
import { yearKpi } from '../../src/lib/db/metrics';
import { createNativeEngine } from '../../src/lib/server/duckdb-native';

const rows: Array<[string, number, number, number, number | null]> = [
	['A', 2023, 100, 90, 80],
	['A', 2024, 200, 190, 90],
	['B', 2023, 100, 50, 60],
	['C', 2024, 100, 100, 100],
	['D', 2023, 50, 50, null],
	['D', 2024, 50, 40, 70]
];

describe('m_year_kpi: changes on last year over the same departments', () => {
	it('compares only departments present with the figure in both years', async () => {
		expect.assertions(8);
		const e = await createNativeEngine();
		try {
			await e.query(`CREATE TABLE m_department_year (department_id VARCHAR, year INTEGER, simulated BOOLEAN, budget_adjusted_wan DECIMAL(18,2), execution_final_wan DECIMAL(18,2), execution_rate_pct DECIMAL(18,2),
				sangong_final_wan DECIMAL(18,2), sangong_prior_wan DECIMAL(18,2), spending_final_wan DECIMAL(18,2), prior_spending_final_wan DECIMAL(18,2), score_total DECIMAL(18,2))`);
			for (const [d, y, adj, fin, score] of rows)
				await e.query(`INSERT INTO m_department_year VALUES ($1, $2, false, $3, $4, round($4 / $3 * 100, 2), NULL, NULL, $4, NULL, $5)`, [d, y, adj, fin, score]);
			await e.query(`CREATE VIEW m_year_kpi AS ${yearKpi.sql}`);
			const k = await e.query(`SELECT year, execution_rate_pct, execution_change_departments, execution_rate_change_pp, score_change_departments, avg_score_change FROM m_year_kpi ORDER BY year`);
			expect(k[1]).toMatchObject({ year: 2024, execution_change_departments: 2, execution_rate_change_pp: -1.33 });
			expect(k[1]).toMatchObject({ score_change_departments: 1, avg_score_change: 10 });
			// the year's own rate is still over every department that discloses it
			expect(k[1].execution_rate_pct).toBe(94.29);
			expect(k[0]).toMatchObject({ year: 2023, execution_change_departments: 0, score_change_departments: 0 });
			expect(k[0].execution_rate_change_pp).toBeNull();
			expect(k[0].avg_score_change).toBeNull();
			expect(k[0].execution_rate_pct).toBe(76);
			expect(k.length).toBe(2);
		} finally {
			await e.close();
		}
	});
});
