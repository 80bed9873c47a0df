/**
 * What the audit has to go on (src/lib/audit/scope.ts): the figures a report states, and the
 * empty state that never claims a check that did not run. Hand-counted from data/gold:
 * - 99 西藏自治区人民政府驻上海办事处 2024: the record holds no staffing, budget, 三公, score or
 *   indicator → 0 figures → 没有可核对的数字.
 * - 97 井研县马踏镇 2023 申报表: 3 amounts (820-马踏镇部门 8,827,620.53; 村组干部报酬 3,309,840.00;
 *   基层组织活动经费 660,000.00) + 13 indicators with a target value (维护社会稳定 ≥95 … 行政村数量 =11) = 16.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditReport } from '../../src/lib/audit/index';
import { auditEmptyMessage, statedFigures } from '../../src/lib/audit/scope';
import { Report } from '../../src/lib/schema/report';
import { closeDataset, openDataset } from '../../src/lib/server/dataset';

afterAll(closeDataset);

const gold = (f: string): Report => Report.parse(JSON.parse(readFileSync(resolve('data/gold', f), 'utf8')));
const XZ = gold('99_tibet-shanghai-office_2024_dept-final-accounts.json');
const MT = gold('97_jingyan-mata-town_2023_projects-target-form.json');

describe('statedFigures and the audit empty state', () => {
	it('a record without figures has nothing to check, and says so instead of 未发现不一致', () => {
		expect(statedFigures(XZ)).toBe(0);
		expect(auditReport(XZ)).toEqual([]);
		const msg = auditEmptyMessage(statedFigures(XZ));
		expect(msg).toContain('没有可核对的数字');
		expect(msg).not.toContain('未发现不一致');
	});
	it('a record with figures and no finding: 未发现不一致 among the figures it states', () => {
		expect(statedFigures(MT)).toBe(16);
		expect(auditEmptyMessage(16)).toBe('未发现不一致：报告写明的 16 项数字中，可核对的分项、合计、比率与前后数字都在舍入误差内相符。');
	});
	it('the pages read the same count from DuckDB (reports.figures_stated → m_report_overview)', async () => {
		const { engine } = await openDataset();
		expect(
			await engine.query(`SELECT report_id, figures_stated FROM m_report_overview WHERE report_id IN ('${XZ.id}', '${MT.id}') ORDER BY report_id`)
		).toEqual([
			{ report_id: MT.id, figures_stated: 16 },
			{ report_id: XZ.id, figures_stated: 0 }
		]);
	});
});
