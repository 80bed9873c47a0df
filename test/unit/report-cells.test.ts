import { describe, expect, it } from 'vitest';
import { notApplicable } from '../../src/lib/charts/report-cells';

describe('/reports: a target table\'s 决算 columns', () => {
	it('are 不适用 when empty, never for a self-evaluation', () => {
		expect(notApplicable('部门整体预算绩效目标表', 'spending_final_wan', null)).toBe(true);
		expect(notApplicable('项目支出绩效目标表', 'score_total', null)).toBe(true);
		expect(notApplicable('部门整体预算绩效目标表', 'spending_final_wan', 12.5)).toBe(false);
		expect(notApplicable('部门整体支出绩效自评报告', 'spending_final_wan', null)).toBe(false);
		expect(notApplicable('部门整体预算绩效目标表', 'province', null)).toBe(false);
	});
});
