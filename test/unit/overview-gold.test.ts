/**
 * The views over the hand-checked gold records of the five seed documents (data/reports),
 * against figures read by hand from the source texts (data/sources):
 * - 000 湛江 2024: 表1-3 合计 决算数 771. 95; "决算支出总计771.95万元"; "“三公”经费财政拨款支出决算数为1.1万元，
 *   完成全年预算数4.9万元的22.44%"; "本次自评综合得分为99.8分，绩效等级为“优”".
 * - 004 衡阳 2024: "收入合计781.23万元"; "整体支出711.92万元" (later restated "全年总支出711.91万元");
 *   "自评得分为97分"; "综合绩效级别为“优”"; no 三公 figure.
 * - 001 南雄 2023: "收入为207.48万元，支出为207.48万元"; "“三公”经费支出2.46万元"; "得分97分，绩效等级为“优”".
 * - 002 海珠 2023: "支出为 283.79 万元" (283.79 is also the 预算金额; no income stated); "自评得分为 96.95 分";
 *   no grade stated; no 三公.
 * - 003 湛江 2025 target table: budget only (年初), no final figures, no score.
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDataset, openDataset } from '../../src/lib/server/dataset';

const dir = mkdtempSync(join(tmpdir(), 'pl-gold-'));
cpSync(resolve('data/reports'), join(dir, 'reports'), { recursive: true });
cpSync(resolve('data/sources'), join(dir, 'sources'), { recursive: true });

afterAll(closeDataset);

const COLS = `report_id, income_final_wan, spending_final_wan, sangong_final_wan, score_total, grade_stated, grade_computed`;

describe('v_report_overview on the gold records', () => {
	it('matches the figures read from the five source documents', async () => {
		const { engine, manifest } = await openDataset(dir);
		expect(manifest.reports).toBe(5);
		const rows = await engine.query(`SELECT ${COLS} FROM v_report_overview ORDER BY report_id`);
		expect(rows).toEqual([
			{
				report_id: 'guangdong-guangzhou-haizhu-kexie-2023-self',
				income_final_wan: null,
				spending_final_wan: 283.79,
				sangong_final_wan: null,
				score_total: 96.95,
				grade_stated: null,
				grade_computed: '优'
			},
			{
				report_id: 'guangdong-shaoguan-nanxiong-kexie-2023-self',
				income_final_wan: 207.48,
				spending_final_wan: 207.48,
				sangong_final_wan: 2.46,
				score_total: 97,
				grade_stated: '优',
				grade_computed: '优'
			},
			{
				report_id: 'guangdong-zhanjiang-kexie-2024-self',
				income_final_wan: 771.95,
				spending_final_wan: 771.95,
				sangong_final_wan: 1.1,
				score_total: 99.8,
				grade_stated: '优',
				grade_computed: '优'
			},
			{
				report_id: 'guangdong-zhanjiang-kexie-2025-target',
				income_final_wan: null,
				spending_final_wan: null,
				sangong_final_wan: null,
				score_total: null,
				grade_stated: null,
				grade_computed: null
			},
			{
				report_id: 'hunan-hengyang-kexie-2024-self',
				income_final_wan: 781.23,
				spending_final_wan: 711.92,
				sangong_final_wan: null,
				score_total: 97,
				grade_stated: '优',
				grade_computed: '优'
			}
		]);
	});

	it('shows the 衡阳 spending total stated twice with different values', async () => {
		const { engine } = await openDataset(dir);
		const rows = await engine.query(
			`SELECT value_wan, statements, statements_differ FROM v_budget_totals
			 WHERE report_id = 'hunan-hengyang-kexie-2024-self' AND flow = 'expenditure' AND scope = 'all' AND stage = 'final'`
		);
		expect(rows).toEqual([{ value_wan: 711.92, statements: 2, statements_differ: true }]);
	});

	it('gives the 湛江 2024 三公 budget, final and both execution rates', async () => {
		const { engine } = await openDataset(dir);
		const rows = await engine.query(
			`SELECT scope, budget_wan, final_wan, stated_execution_rate_pct, computed_execution_rate_pct FROM v_sangong
			 WHERE report_id = 'guangdong-zhanjiang-kexie-2024-self' AND item = 'total' AND year = 2024`
		);
		// 1.1 ÷ 4.9 = 22.449 %: the report truncates to 22.44, the view rounds to 22.45
		expect(rows).toEqual([
			{ scope: 'fiscal', budget_wan: 4.9, final_wan: 1.1, stated_execution_rate_pct: 22.44, computed_execution_rate_pct: 22.45 }
		]);
	});

	it('has no final spending for the 2025 target table, only 年初 budget lines', async () => {
		const { engine } = await openDataset(dir);
		const rows = await engine.query(
			`SELECT DISTINCT stage FROM budget_lines WHERE report_id = 'guangdong-zhanjiang-kexie-2025-target'`
		);
		expect(rows).toEqual([{ stage: 'initial' }]);
	});
});
