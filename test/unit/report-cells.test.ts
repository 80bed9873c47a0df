import { describe, expect, it } from 'vitest';
import { notApplicable, notApplicableForKind } from '../../src/lib/charts/report-cells';

describe('/reports: a target table\'s 决算 columns', () => {
	it('are 不适用 when empty, never for a self-evaluation', () => {
		expect(notApplicable('部门整体预算绩效目标表', 'spending_final_wan', null)).toBe(true);
		expect(notApplicable('项目支出绩效目标表', 'score_total', null)).toBe(true);
		expect(notApplicable('部门整体预算绩效目标表', 'spending_final_wan', 12.5)).toBe(false);
		expect(notApplicable('部门整体支出绩效自评报告', 'spending_final_wan', null)).toBe(false);
		expect(notApplicable('部门整体预算绩效目标表', 'province', null)).toBe(false);
	});
});

describe('部门对比 and 各年度概况: a year whose report is a target table', () => {
	it('says 不适用 in its empty 决算 / 自评 columns, 未披露 (not this) in its budget columns and in a self-evaluation', () => {
		expect(notApplicableForKind('target_table', 'spending_final_wan', null)).toBe(true);
		expect(notApplicableForKind('target_table', 'execution_rate_pct', null)).toBe(true);
		expect(notApplicableForKind('target_table', 'grade', null)).toBe(true);
		expect(notApplicableForKind('target_table', 'sangong_per_staff_wan', null)).toBe(true);
		// a target table states its budget: an empty budget cell is 未披露
		expect(notApplicableForKind('target_table', 'budget_initial_wan', null)).toBe(false);
		expect(notApplicableForKind('target_table', 'spending_final_wan', 30)).toBe(false);
		expect(notApplicableForKind('self_evaluation', 'spending_final_wan', null)).toBe(false);
		expect(notApplicableForKind(undefined, 'spending_final_wan', null)).toBe(false);
	});
});
