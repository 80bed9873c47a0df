/**
 * One figure, one value, wherever it is shown: the per-staff figure, the year's totals and the
 * execution rate are read from every place that shows them — the queries of the dashboard, the
 * compare page and the department page, the draft facts, the CLI (`perflens metrics`), the
 * CSV export of the tables and the text export of a draft — and each is compared with the same
 * hand calculation from the source texts:
 *
 * 湛江 2024 (data/sources/000_c6a5d19b0a36d056.txt)
 *   "市科协2024年度决算支出总计771.95万元"; 表1-3 调整后预算 771.95, 年初预算 863.08 (部门整体)
 *   execution 771.95 ÷ 771.95 × 100 = 100.00%
 *   staff: "市科协实际在岗干部编制 12 人，实际在岗工勤编制 2 人" + "下属单位市科技馆…实际在编 6 人" = 20
 *     (the report: "因我会无独立核算的下属单位" — the 科技馆 is inside the 771.95)
 *   per staff 771.95 ÷ 20 = 38.5975 → 38.60 万元/人 (÷ 14 本级 would be 55.14: the old page figure)
 *   三公 "决算数为1.1万元，完成全年预算数4.9万元的22.44%": 1.1 ÷ 4.9 = 22.449 → 22.45% computed, 22.44% stated
 * 衡阳 2024 (data/sources/004_189341af007d5dc1.txt)
 *   一般公共预算: 年初 540.67 + 年中追加 222.18 = 调整 762.85; 决算 697.45 → 697.45 ÷ 762.85 = 91.427 → 91.43%
 *   "整体支出711.92万元"; staff "实有在职在编人员21人" + 中心 "实有在职在编人员3人" = 24
 *     (the 中心's "财政预算、财务决算和日常工作均统一并入市科协，未予单独核算")
 *   per staff 711.92 ÷ 24 = 29.663 → 29.66 万元/人
 * 2024 totals over both departments (both disclose an adjusted budget and a same-scope final):
 *   调整预算 771.95 + 762.85 = 1,534.80; 同口径决算 771.95 + 697.45 = 1,469.40; 1,469.40 ÷ 1,534.80 = 95.74%
 *   支出决算合计 771.95 + 711.92 = 1,483.87 (2 departments)
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { COMPARE_COLUMNS, DEPARTMENT_YEAR_COLUMNS, exportRows } from '../../src/lib/charts/table';
import type { SqlEngine } from '../../src/lib/db/engine';
import { compare, departmentYears, reportExecution, reportKpi, yearDepartments, yearKpis, type DepartmentYearRow } from '../../src/lib/db/queries';
import { run } from '../../src/lib/db/query';
import { draftText } from '../../src/lib/draft/export';
import { buildFactSheet } from '../../src/lib/draft/facts';
import { offlineDraft } from '../../src/lib/draft/offline';
import { toCSV } from '../../src/lib/export/table';
import type { FactSheet } from '../../src/lib/schema/draft';
import { closeDataset, loadAllRecords, openDataset } from '../../src/lib/server/dataset';

const dir = mkdtempSync(join(tmpdir(), 'pl-agree-'));
cpSync(resolve('data/reports'), join(dir, 'reports'), { recursive: true });
cpSync(resolve('data/sources'), join(dir, 'sources'), { recursive: true });

const ZJ = { department: 'guangdong-zhanjiang-kexie', report: 'guangdong-zhanjiang-kexie-2024-self', perStaff: 38.6, staff: 20, execution: 100 };
const HY = { department: 'hunan-hengyang-kexie', report: 'hunan-hengyang-kexie-2024-self', perStaff: 29.66, staff: 24, execution: 91.43 };

let engine: SqlEngine;
const sheets = new Map<string, FactSheet>();
beforeAll(async () => {
	engine = (await openDataset(dir)).engine;
	for (const r of loadAllRecords(dir).reports) sheets.set(r.id, await buildFactSheet(engine, r));
});
afterAll(closeDataset);

const cli = (...args: string[]) => {
	const r = spawnSync(process.execPath, ['src/cli/perflens.js', 'metrics', ...args], { encoding: 'utf8', env: { ...process.env, PERFLENS_DATA_DIR: dir }, timeout: 120_000 });
	expect(r.status, r.stderr).toBe(0);
	return JSON.parse(r.stdout);
};
const fact = (report: string, id: string) => sheets.get(report)!.facts.find((f) => f.id === id)?.value;
const row2024 = <R extends Pick<DepartmentYearRow, 'department_id' | 'year'>>(rows: R[], department: string) => rows.find((r) => r.department_id === department && r.year === 2024)!;

/** The CSV cells of one row of an exported table, by header. */
function csvRow(csv: string, first: string): Record<string, string> {
	const [head, ...lines] = csv.replace(/^\ufeff/, '').trim().split('\r\n');
	const cells = lines.find((l) => l.startsWith(first))!.split(',');
	return Object.fromEntries(head.split(',').map((h, i) => [h, cells[i]]));
}

describe.each([ZJ, HY])('$report: one per-staff figure and one execution rate', (d) => {
	it('per staff: the report key figures, the department page, the compare page, the dashboard, the facts, the CLI, the exports', async () => {
		const [kpi] = await run(engine, reportKpi(d.report));
		expect([kpi.spending_per_staff_wan, kpi.staff_actual]).toEqual([d.perStaff, d.staff]);
		const dept = row2024(await run(engine, departmentYears(d.department)), d.department);
		const cmp = row2024(await run(engine, compare({ departments: [d.department], years: [2024] })), d.department);
		const dash = row2024(await run(engine, yearDepartments(2024)), d.department);
		for (const r of [dept, cmp, dash]) expect([r.spending_per_staff_wan, r.staff_actual]).toEqual([d.perStaff, d.staff]);
		expect([fact(d.report, 'spending_per_staff'), fact(d.report, 'staff_actual')]).toEqual([d.perStaff, d.staff]);
		expect(cli('--report', d.report)).toMatchObject({ spending_per_staff_wan: d.perStaff, staff_actual: d.staff });
		expect(row2024(cli('--department', d.department), d.department)).toMatchObject({ spending_per_staff_wan: d.perStaff, staff_actual: d.staff });
		// the CSV of the compare table and of the department page: the same figure and its denominator
		const c = exportRows(COMPARE_COLUMNS, [cmp]);
		const compareCsv = csvRow(toCSV(c.columns, c.rows), cmp.department_name);
		expect([compareCsv['人均支出'], compareCsv['在职人数（含下属）']]).toEqual([String(d.perStaff), String(d.staff)]);
		const y = exportRows(DEPARTMENT_YEAR_COLUMNS, [dept]);
		const deptCsv = csvRow(toCSV(y.columns, y.rows), '2024');
		expect([deptCsv['人均支出'], deptCsv['在职人数（含下属）']]).toEqual([String(d.perStaff), String(d.staff)]);
	});

	it('execution rate: the execution view, the pages, the facts, the CLI, the exports', async () => {
		const [e] = await run(engine, reportExecution(d.report));
		expect(e.execution_rate_pct).toBe(d.execution);
		const cmp = row2024(await run(engine, compare({ departments: [d.department], years: [2024] })), d.department);
		for (const r of [row2024(await run(engine, departmentYears(d.department)), d.department), cmp, row2024(await run(engine, yearDepartments(2024)), d.department)]) {
			expect(r.execution_rate_pct).toBe(d.execution);
		}
		expect(fact(d.report, 'exec_rate')).toBe(d.execution);
		expect(row2024<DepartmentYearRow>(cli('--year', '2024').departments, d.department).execution_rate_pct).toBe(d.execution);
		const c = exportRows(COMPARE_COLUMNS, [cmp]);
		expect(csvRow(toCSV(c.columns, c.rows), cmp.department_name)['预算执行率（%）']).toBe(String(d.execution));
	});
});

describe('2024 totals', () => {
	it('the dashboard cards, the CLI and the sum of the departments shown agree with the hand totals', async () => {
		const hand = { departments: 2, execution_departments: 2, budget_adjusted_wan: 1534.8, execution_final_wan: 1469.4, execution_rate_pct: 95.74, spending_departments: 2, spending_final_wan: 1483.87 };
		const [k] = (await run(engine, yearKpis())).filter((y) => y.year === 2024);
		expect(k).toMatchObject(hand);
		expect(cli('--year', '2024').kpi).toMatchObject(hand);
		// the totals are over the same departments the dashboard lists, numerator and denominator alike
		const rows = (await run(engine, yearDepartments(2024))).filter((r) => r.execution_rate_pct !== null);
		const sum = (f: (r: DepartmentYearRow) => number | null) => Math.round(rows.reduce((a, r) => a + (f(r) ?? 0), 0) * 100) / 100;
		expect([rows.length, sum((r) => r.budget_adjusted_wan), sum((r) => r.execution_final_wan)]).toEqual([2, 1534.8, 1469.4]);
	});
});

describe('the draft export carries the same rates', () => {
	it('衡阳 2024: the offline draft names the execution rate 91.43%; 湛江 2024: the 三公 rate 22.45% beside the stated 22.44%', () => {
		const hy = draftText(offlineDraft(sheets.get(HY.report)!, 1));
		expect(hy).toContain('预算执行率为91.43%');
		const zj = draftText(offlineDraft(sheets.get(ZJ.report)!, 1));
		expect(zj).toContain('执行率仅为22.45%（报告所写为22.44%）');
	});
});
