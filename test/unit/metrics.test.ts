/**
 * The metric views (src/lib/db/metrics.ts) over the five gold records, in the real engine
 * (duckdb-wasm Node build). Every expected value is worked out by hand from the seeds:
 *
 * 湛江 2024 (000): 全年预算 771.95（调整）, 年初 863.08, 决算支出 771.95
 *   execution 771.95 ÷ 771.95 = 100%; adjustment (771.95 − 863.08) ÷ 863.08 = −91.13 ÷ 863.08 = −10.56%
 *   三公 1.1 ÷ 4.9 = 22.449 → 22.45% (stated 22.44); 三公 prior = 1.1 − (−1.3) = 2.4, change −1.3 ÷ 2.4 = −54.17% (stated −54.16)
 *   用车 1.1 ÷ 4.4 = 25%; 接待 0 ÷ 0.5 = 0%
 *   income change: prior 771.95 + 112.27 = 884.22; −112.27 ÷ 884.22 = −12.70% (stated −0.13: the report's error)
 *   基本支出 prior 642.59 + 64.93 = 707.52; −64.93 ÷ 707.52 = −9.18% (stated −0.09)
 *   基本支出 share 642.59 ÷ (642.59 + 129.36) = 642.59 ÷ 771.95 = 83.24%
 *   staffing 本级 (12 + 2) ÷ (12 + 2) = 100%; 含科技馆 (14 + 6) ÷ (14 + 18) = 20 ÷ 32 = 62.5%
 *   per staff 771.95 ÷ 20 = 38.5975 → 38.60 万元/人 (在职人数含下属科技馆: the report says the 科协 has
 *     "无独立核算的下属单位", so the 771.95 includes the 科技馆's spending)
 *   indicator 96 ÷ 65 = 147.69% met; 394.04 ÷ 4 = 9851% (≥ 200 over, ≥ 1000 unit mismatch); 0 ÷ 100 = 0% missed;
 *     97.8 ÷ 90 = 108.67% met (stated 100 → gap −8.67)
 *   scores: level-1 45 + 49.8 = 94.8 ≠ total 99.8 (inconsistent); 管理效率 49.8 ÷ 50 = 99.6%, lost 0.2;
 *     绩效管理 19.8 ÷ 20 = 99%
 * 湛江 2025 target vs 2024: 科普宣传覆盖人群 >30 vs 394.04 → 30 ÷ 394.04 = 7.61%, below;
 *   开展科普宣传活动场次 >5 vs 96 → 5 ÷ 96 = 5.21%, below; 受益群众满意率 ≥90 vs 97.8 → 92.02%
 * 衡阳 2024 (004), 一般公共预算: 年初 540.67 + 追加 222.18 = 调整 762.85; 决算 697.45
 *   execution 697.45 ÷ 762.85 = 91.43%; adjustment 222.18 ÷ 540.67 = 41.09%
 *   closing computed 0 + 762.85 − 697.45 = 65.40 (stated 0)
 *   staffing control 21 ÷ 19 = 110.53%; 含中心 (21 + 3) ÷ (19 + 4) = 24 ÷ 23 = 104.35%
 *   人员经费 share 334.93 ÷ (334.93 + 91.53) = 334.93 ÷ 426.46 = 78.54%; per staff 711.92 ÷ (21 + 3) = 29.663 → 29.66
 *     (the 青少年科技活动中心's "财政预算、财务决算…均统一并入市科协，未予单独核算")
 *   score 投入 9 ÷ 10 = 90%, lost 1
 * 海珠 2023 (002): 预算 283.79, 决算 283.79 → 100%; no 三公 → NULL (never 0), alert 'undisclosed'
 * 南雄 2023 (001): 基本支出 share 172.72 ÷ 207.48 = 83.25%; no budget stated → execution NULL; 三公 2.46 final, no budget → control NULL
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COL_TYPE_SQL } from '../../src/lib/db/columns';
import { METRIC_VIEWS, normalizeIndicatorName } from '../../src/lib/db/metrics';
import type { SqlEngine } from '../../src/lib/db/engine';
import { closeDataset, openDataset } from '../../src/lib/server/dataset';

const dir = mkdtempSync(join(tmpdir(), 'pl-metrics-'));
cpSync(resolve('data/reports'), join(dir, 'reports'), { recursive: true });
cpSync(resolve('data/sources'), join(dir, 'sources'), { recursive: true });
afterAll(closeDataset);

const ZJ = 'guangdong-zhanjiang-kexie-2024-self';
const ZJT = 'guangdong-zhanjiang-kexie-2025-target';
const HY = 'hunan-hengyang-kexie-2024-self';
const HZ = 'guangdong-guangzhou-haizhu-kexie-2023-self';
const NX = 'guangdong-shaoguan-nanxiong-kexie-2023-self';

async function engine(): Promise<SqlEngine> {
	return (await openDataset(dir)).engine;
}
async function one(sql: string) {
	const rows = await (await engine()).query(sql);
	expect(rows.length, sql).toBe(1);
	return rows[0];
}

describe('metric views', () => {
	it('creates every declared metric view with exactly its declared columns and types', async () => {
		const e = await engine();
		for (const v of METRIC_VIEWS) {
			const cols = await e.query<{ column_name: string; column_type: string }>(`DESCRIBE ${v.name}`);
			expect(cols.map((c) => [c.column_name, c.column_type]), v.name).toEqual(v.columns.map((c) => [c.name, COL_TYPE_SQL[c.type]]));
		}
	});

	it('m_budget_execution: execution, adjustment, carry-over', async () => {
		expect(await one(`SELECT scope, budget_initial_wan, budget_adjusted_wan, budget_adjusted_source, execution_final_wan, execution_rate_pct, adjustment_rate_pct, budget_addition_computed_wan FROM m_budget_execution WHERE report_id = '${ZJ}'`)).toEqual({
			scope: 'all', budget_initial_wan: 863.08, budget_adjusted_wan: 771.95, budget_adjusted_source: 'adjusted',
			execution_final_wan: 771.95, execution_rate_pct: 100, adjustment_rate_pct: -10.56, budget_addition_computed_wan: -91.13
		});
		expect(await one(`SELECT scope, budget_initial_wan, budget_addition_stated_wan, budget_adjusted_wan, execution_final_wan, execution_rate_pct, adjustment_rate_pct,
			opening_balance_wan, closing_balance_stated_wan, closing_balance_computed_wan, carryover_rate_pct FROM m_budget_execution WHERE report_id = '${HY}'`)).toEqual({
			scope: 'general_public', budget_initial_wan: 540.67, budget_addition_stated_wan: 222.18, budget_adjusted_wan: 762.85,
			execution_final_wan: 697.45, execution_rate_pct: 91.43, adjustment_rate_pct: 41.09,
			opening_balance_wan: 0, closing_balance_stated_wan: 0, closing_balance_computed_wan: 65.4, carryover_rate_pct: 0
		});
		expect(await one(`SELECT execution_rate_pct, budget_adjusted_source FROM m_budget_execution WHERE report_id = '${HZ}'`)).toEqual({ execution_rate_pct: 100, budget_adjusted_source: 'budget' });
		// 南雄 states no budget: NULL, never 0 or 100 — and its own "100%" stays beside it
		expect(await one(`SELECT budget_adjusted_wan, execution_rate_pct, stated_execution_rate_pct, execution_final_wan FROM m_budget_execution WHERE report_id = '${NX}'`)).toEqual({
			budget_adjusted_wan: null, execution_rate_pct: null, stated_execution_rate_pct: 100, execution_final_wan: 207.48
		});
	});

	it('m_staffing, m_budget_structure and the per-staff figures of m_report_kpi', async () => {
		expect(await one(`SELECT own_authorized, own_actual, staffing_control_pct, all_actual, all_authorized, all_staffing_control_pct FROM m_staffing WHERE report_id = '${HY}'`)).toEqual({
			own_authorized: 19, own_actual: 21, staffing_control_pct: 110.53, all_actual: 24, all_authorized: 23, all_staffing_control_pct: 104.35
		});
		expect(await one(`SELECT staffing_control_pct, all_staffing_control_pct FROM m_staffing WHERE report_id = '${ZJ}'`)).toEqual({ staffing_control_pct: 100, all_staffing_control_pct: 62.5 });
		expect(await one(`SELECT staffing_control_pct, own_actual FROM m_staffing WHERE report_id = '${NX}'`)).toEqual({ staffing_control_pct: null, own_actual: 8 });
		expect(await one(`SELECT basic_share_pct, project_share_pct FROM m_budget_structure WHERE report_id = '${ZJ}'`)).toEqual({ basic_share_pct: 83.24, project_share_pct: 16.76 });
		// 湛江: 771.95 ÷ 20 = 38.60 (not 771.95 ÷ 14 本级 = 55.14); the 14 stays beside it as staff_own_actual
		expect(await one(`SELECT spending_final_wan, staff_actual, staff_own_actual, spending_per_staff_wan FROM m_report_kpi WHERE report_id = '${ZJ}'`)).toEqual({
			spending_final_wan: 771.95, staff_actual: 20, staff_own_actual: 14, spending_per_staff_wan: 38.6
		});
		// 南雄 172.72 ÷ (172.72 + 34.76) = 172.72 ÷ 207.48 = 83.25% (stated 83.25)
		expect(await one(`SELECT basic_share_pct, basic_share_stated_pct FROM m_budget_structure WHERE report_id = '${NX}'`)).toEqual({ basic_share_pct: 83.25, basic_share_stated_pct: 83.25 });
		expect(await one(`SELECT personnel_share_pct, public_share_pct FROM m_budget_structure WHERE report_id = '${HY}'`)).toEqual({ personnel_share_pct: 78.54, public_share_pct: 21.46 });
		expect(await one(`SELECT staff_actual, spending_per_staff_wan FROM m_report_kpi WHERE report_id = '${HY}'`)).toEqual({ staff_actual: 24, spending_per_staff_wan: 29.66 });
	});

	it('m_budget_yoy keeps stated and record-based changes apart', async () => {
		const rows = await (await engine()).query(`SELECT measure, current_wan, prior_stated_wan, prior_stated_basis, stated_change_pct, change_stated_pct, prior_records_wan, change_records_pct
			FROM m_budget_yoy WHERE report_id = '${ZJ}' AND measure IN ('income', 'basic') ORDER BY measure`);
		expect(rows).toEqual([
			{ measure: 'basic', current_wan: 642.59, prior_stated_wan: 707.52, prior_stated_basis: 'stated_change', stated_change_pct: -0.09, change_stated_pct: -9.18, prior_records_wan: null, change_records_pct: null },
			{ measure: 'income', current_wan: 771.95, prior_stated_wan: 884.22, prior_stated_basis: 'stated_change', stated_change_pct: -0.13, change_stated_pct: -12.7, prior_records_wan: null, change_records_pct: null }
		]);
	});

	it('m_sangong: control rate, over budget, change', async () => {
		const rows = await (await engine()).query(`SELECT item, budget_wan, final_wan, control_rate_pct, over_budget, prior_stated_wan, change_stated_pct FROM m_sangong WHERE report_id = '${ZJ}' AND item IN ('total', 'vehicle', 'reception') ORDER BY item_order`);
		expect(rows).toEqual([
			{ item: 'total', budget_wan: 4.9, final_wan: 1.1, control_rate_pct: 22.45, over_budget: false, prior_stated_wan: 2.4, change_stated_pct: -54.17 },
			{ item: 'vehicle', budget_wan: 4.4, final_wan: 1.1, control_rate_pct: 25, over_budget: false, prior_stated_wan: null, change_stated_pct: null },
			{ item: 'reception', budget_wan: 0.5, final_wan: 0, control_rate_pct: 0, over_budget: false, prior_stated_wan: null, change_stated_pct: null }
		]);
		expect(await one(`SELECT final_wan, budget_wan, control_rate_pct FROM m_sangong WHERE report_id = '${NX}' AND item = 'total'`)).toEqual({ final_wan: 2.46, budget_wan: null, control_rate_pct: null });
		expect((await (await engine()).query(`SELECT * FROM m_sangong WHERE report_id = '${HZ}'`)).length).toBe(0);
	});

	it('m_indicators: completion by operator, status, unit mismatch', async () => {
		const rows = await (await engine()).query(`SELECT ordinal, computed_completion_pct, status, unit_mismatch_suspected, completion_gap_pct FROM m_indicators WHERE report_id = '${ZJ}' AND ordinal IN (0, 1, 2, 3, 5, 9) ORDER BY ordinal`);
		expect(rows).toEqual([
			{ ordinal: 0, computed_completion_pct: 147.69, status: 'met', unit_mismatch_suspected: false, completion_gap_pct: 0 },
			{ ordinal: 1, computed_completion_pct: 9851, status: 'over', unit_mismatch_suspected: true, completion_gap_pct: 0 },
			{ ordinal: 2, computed_completion_pct: 0, status: 'missed', unit_mismatch_suspected: false, completion_gap_pct: 0 },
			{ ordinal: 3, computed_completion_pct: null, status: 'no_actual', unit_mismatch_suspected: false, completion_gap_pct: null },
			{ ordinal: 5, computed_completion_pct: null, status: 'not_computable', unit_mismatch_suspected: false, completion_gap_pct: null },
			{ ordinal: 9, computed_completion_pct: 108.67, status: 'met', unit_mismatch_suspected: false, completion_gap_pct: -8.67 }
		]);
	});

	it('m_indicators: every operator rule on literal rows', async () => {
		// same CASE logic, checked on synthetic targets: ≤ reverse, range below/inside/above, = and >
		const e = await engine();
		await e.query(`CREATE OR REPLACE TEMP TABLE t_ops AS SELECT * FROM (VALUES
			('<=', 100.0, NULL, 80.0), ('<=', 100.0, NULL, 125.0), ('range', 5.0, 8.0, 4.0), ('range', 5.0, 8.0, 6.0), ('range', 5.0, 8.0, 9.0),
			('=', 100.0, NULL, 100.0), ('=', 100.0, NULL, 99.0), ('>', 5.0, NULL, 5.0)) t(op, v, v2, a)`);
		const sql = METRIC_VIEWS.find((v) => v.name === 'm_indicators')!.sql;
		const c = sql.slice(sql.indexOf('CASE WHEN NOT computable'), sql.indexOf('END AS completion') + 3);
		const rows = await e.query(`SELECT op, a, ${c.replace(/target_op/g, 'op').replace(/target_value2/g, 'v2').replace(/target_value/g, 'v').replace(/actual_value/g, 'a').replace('NOT computable', 'false')} AS completion FROM t_ops`);
		// ≤100 with 80 → met 100; with 125 → 100 ÷ 125 = 80; range below 4 ÷ 5 = 80; inside 100; above 100 (flagged); = met 100, else NULL; >5 with 5 → 5 ÷ 5 = 100
		expect(rows.map((r) => r.completion)).toEqual([100, 80, 80, 100, 100, 100, null, 100]);
	});

	it('m_score_summary and m_score_dimensions', async () => {
		expect(await one(`SELECT grade, grade_consistent, level1_score_sum, level1_sum_consistent, points_lost FROM m_score_summary WHERE report_id = '${ZJ}'`)).toEqual({ grade: '优', grade_consistent: true, level1_score_sum: 94.8, level1_sum_consistent: false, points_lost: 0.2 });
		expect(await one(`SELECT score_max, score_max_assumed, grade_stated, grade_consistent FROM m_score_summary WHERE report_id = '${HZ}'`)).toEqual({ score_max: 100, score_max_assumed: true, grade_stated: null, grade_consistent: null });
		const dims = await (await engine()).query(`SELECT report_id, path, score_rate_pct, points_lost FROM m_score_dimensions WHERE (report_id = '${ZJ}' AND path IN ('管理效率', '管理效率/绩效管理')) OR (report_id = '${HY}' AND path = '投入') ORDER BY report_id, ordinal`);
		expect(dims).toEqual([
			{ report_id: ZJ, path: '管理效率', score_rate_pct: 99.6, points_lost: 0.2 },
			{ report_id: ZJ, path: '管理效率/绩效管理', score_rate_pct: 99, points_lost: 0.2 },
			{ report_id: HY, path: '投入', score_rate_pct: 90, points_lost: 1 }
		]);
	});

	it('m_target_vs_outcome: 2025 targets against 2024 actuals of 湛江', async () => {
		expect(normalizeIndicatorName('科普宣传覆盖人群(万人)')).toBe(normalizeIndicatorName('科普宣传覆盖人群（万人）'));
		const rows = await (await engine()).query(`SELECT name_norm, target_text, outcome_actual_value, target_to_actual_pct, target_below_actual FROM m_target_vs_outcome WHERE target_report_id = '${ZJT}' ORDER BY name_norm`);
		expect(rows).toEqual(
			expect.arrayContaining([
				{ name_norm: '科普宣传覆盖人群', target_text: '>30', outcome_actual_value: 394.04, target_to_actual_pct: 7.61, target_below_actual: true },
				{ name_norm: '开展科普宣传活动场次', target_text: '>5', outcome_actual_value: 96, target_to_actual_pct: 5.21, target_below_actual: true },
				{ name_norm: '受益群众满意率', target_text: '≥90%', outcome_actual_value: 97.8, target_to_actual_pct: 92.02, target_below_actual: true }
			])
		);
		expect(rows.length).toBe(3);
	});

	it('m_report_kpi, m_department_year and m_alerts', async () => {
		expect(await one(`SELECT budget_adjusted_wan, spending_final_wan, execution_rate_pct, sangong_final_wan, sangong_control_rate_pct, sangong_change_pct, sangong_change_source, score_total, grade, indicators_missed FROM m_report_kpi WHERE report_id = '${ZJ}'`)).toEqual({
			budget_adjusted_wan: 771.95, spending_final_wan: 771.95, execution_rate_pct: 100, sangong_final_wan: 1.1, sangong_control_rate_pct: 22.45,
			sangong_change_pct: -54.17, sangong_change_source: 'stated', score_total: 99.8, grade: '优', indicators_missed: 1
		});
		expect(await one(`SELECT sangong_final_wan, execution_rate_pct FROM m_report_kpi WHERE report_id = '${HY}'`)).toEqual({ sangong_final_wan: null, execution_rate_pct: 91.43 });
		expect(await one(`SELECT peer_group, staff_actual, staffing_control_pct, has_target_table FROM m_department_year WHERE department_id = 'hunan-hengyang-kexie' AND year = 2024`)).toEqual({
			peer_group: '科学技术协会·市级', staff_actual: 24, staffing_control_pct: 110.53, has_target_table: false
		});
		// averages leave undisclosed figures out: 三公 stated only by 湛江 (1.1) and 南雄 (2.46) → (1.1 + 2.46) ÷ 2 = 1.78
		expect(await one(`SELECT round(avg(sangong_final_wan), 2) AS a, count(sangong_final_wan) AS n FROM m_department_year`)).toEqual({ a: 1.78, n: 2 });
		const alerts = await (await engine()).query(`SELECT report_id, code, severity, subject FROM m_alerts ORDER BY report_id, code, subject`);
		expect(alerts).toEqual(
			expect.arrayContaining([
				{ report_id: ZJ, code: 'indicator_missed', severity: 'medium', subject: '年度施工质量合格率(≥%)' },
				{ report_id: ZJ, code: 'unit_mismatch', severity: 'low', subject: '科普宣传覆盖人群(万人)' },
				{ report_id: ZJT, code: 'target_below_actual', severity: 'medium', subject: '科普宣传覆盖人群(万人)' },
				{ report_id: HY, code: 'undisclosed', severity: 'low', subject: '“三公”经费决算数' },
				{ report_id: HZ, code: 'undisclosed', severity: 'low', subject: '“三公”经费决算数' }
			])
		);
		// no low-execution alert: the lowest rate is 衡阳 91.43% ≥ 90; no 三公 over budget (1.1 ≤ 4.9)
		expect(alerts.filter((a) => a.code === 'low_execution' || a.code === 'sangong_over_budget')).toEqual([]);
		for (const a of await (await engine()).query(`SELECT message FROM m_alerts`)) expect(a.message).toMatch(/[\u4e00-\u9fff]/);
	});
});
