/**
 * The demo generator (src/lib/demo/generate.ts), the `perflens demo` command and the metric
 * views over a generated dataset, in the real engine. Record-based year-on-year changes (two
 * years on file) only exist here — the seeds hold no department with two self-evaluations — so
 * the expected values are recomputed in JS from the generated records themselves.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { loadDataset } from '../../src/lib/db/dataset';
import type { SqlEngine } from '../../src/lib/db/engine';
import { METRIC_VIEWS, materializeMetricViews } from '../../src/lib/db/metrics';
import { TABLE_NAMES } from '../../src/lib/db/tables';
import { demoDepartment, generateDemo, generateDemoReports } from '../../src/lib/demo/generate';
import { validateWithSource } from '../../src/lib/schema/validate';
import { createNodeEngine } from '../../src/lib/server/duckdb-node';
import { writeArrowDataset } from '../../src/lib/server/dataset';

const CLI = resolve('src/cli/perflens.js');
const r2 = (x: number) => Math.round(x * 100) / 100;

describe('demo generator', () => {
	it('is deterministic, sized departments × years, clearly simulated, and every record validates with its source', () => {
		const a = [...generateDemo({ departments: 12, years: 5, seed: 7 })];
		const b = [...generateDemo({ departments: 12, years: 5, seed: 7 })];
		expect(JSON.stringify(a)).toBe(JSON.stringify(b));
		expect(JSON.stringify(generateDemoReports({ departments: 12, years: 5, seed: 8 }))).not.toBe(JSON.stringify(a.map((r) => r.report)));
		const self = a.filter((r) => r.report.kind === 'self_evaluation');
		expect(self.length).toBe(12 * 5);
		expect(new Set(a.map((r) => r.report.id)).size).toBe(a.length);
		expect(new Set(a.map((r) => r.report.department.type)).size).toBeGreaterThanOrEqual(4);
		expect(new Set(a.map((r) => r.report.department.level)).size).toBeGreaterThanOrEqual(2);
		for (const { report, source } of a) {
			expect(report.simulated).toBe(true);
			expect(report.department.name).toMatch(/（模拟/);
			expect(report.title).toMatch(/模拟数据/);
			const v = validateWithSource(report, source);
			expect(v.errors, report.id).toEqual([]);
		}
		// a department's records do not depend on how many departments are generated
		const first3 = new Set([0, 1, 2].map((i) => demoDepartment(i).id));
		expect(JSON.stringify(generateDemoReports({ departments: 3, years: 5, seed: 7 }))).toBe(JSON.stringify(a.filter((r) => first3.has(r.report.department.id)).map((r) => r.report)));
	});

	it('has realistic gaps: undisclosed figures are absent, never 0', () => {
		const reports = generateDemoReports({ departments: 40, years: 6 }).filter((r) => r.kind === 'self_evaluation');
		const noSangong = reports.filter((r) => r.sangong.length === 0).length;
		const noBudget = reports.filter((r) => !r.budget.some((l) => l.stage === 'adjusted')).length;
		expect(noSangong).toBeGreaterThan(0);
		expect(noSangong).toBeLessThan(reports.length / 2);
		expect(noBudget).toBeGreaterThan(0);
		const incomes = reports.map((r) => r.budget.find((l) => l.flow === 'income' && l.stage === 'final')!.amount.wan);
		expect(Math.min(...incomes)).toBeGreaterThan(100);
		expect(Math.max(...incomes)).toBeLessThan(2500);
	});
});

describe('metric views over the demo dataset', () => {
	let engine: SqlEngine;
	const dir = mkdtempSync(join(tmpdir(), 'pl-demo-'));
	const reports = generateDemoReports({ departments: 24, years: 5, seed: 11 });
	afterAll(async () => engine?.close());

	it('writes the same table layout and loads every view', async () => {
		const m = writeArrowDataset(reports, dir, 'test');
		expect(m.reports).toBe(reports.length);
		expect(m.tables.map((t) => t.name)).toEqual(TABLE_NAMES);
		engine = await createNodeEngine();
		await loadDataset(engine, async (name) => new Uint8Array(readFileSync(join(dir, `${name}.arrow`))));
		const [{ n }] = await engine.query(`SELECT count(*) AS n FROM m_report_kpi WHERE simulated`);
		expect(n).toBe(reports.length);
	});

	it('m_budget_yoy and m_sangong compute record-based changes from the previous year', async () => {
		// every (department, year) pair with both years on file: income change from the two records
		const income = (id: string) => reports.find((r) => r.id === id)!.budget.find((l) => l.flow === 'income' && l.stage === 'final')!.amount.wan;
		const rows = await engine.query(`SELECT report_id, prior_report_id, current_wan, prior_records_wan, change_records_pct FROM m_budget_yoy WHERE measure = 'income' AND prior_report_id IS NOT NULL`);
		const expected = reports.filter((r) => r.kind === 'self_evaluation' && reports.some((p) => p.id === r.id.replace(`-${r.fiscal_year}-`, `-${r.fiscal_year - 1}-`))).length;
		expect(rows.length).toBe(expected);
		expect(rows.length).toBe(24 * 4);
		for (const r of rows) {
			const cur = income(r.report_id as string);
			const pri = income(r.prior_report_id as string);
			expect(r.prior_records_wan).toBe(pri);
			expect(r.change_records_pct).toBe(r2(((cur - pri) / pri) * 100));
		}
		const sg = await engine.query(`SELECT report_id, prior_report_id, final_wan, prior_records_wan, change_records_pct, control_rate_pct, budget_wan, over_budget FROM m_sangong WHERE item = 'total'`);
		for (const s of sg) {
			if (s.prior_records_wan !== null && (s.prior_records_wan as number) !== 0) {
				expect(s.change_records_pct).toBe(r2((((s.final_wan as number) - (s.prior_records_wan as number)) / (s.prior_records_wan as number)) * 100));
			}
			if ((s.budget_wan as number) > 0) expect(s.control_rate_pct).toBe(r2(((s.final_wan as number) / (s.budget_wan as number)) * 100));
		}
		// 三公 never disclosed → no row, and the KPI stays NULL (not 0)
		const none = reports.filter((r) => r.kind === 'self_evaluation' && r.sangong.length === 0).map((r) => r.id);
		expect(none.length).toBeGreaterThan(0);
		const kpi = await engine.query(`SELECT sangong_final_wan FROM m_report_kpi WHERE report_id IN (${none.map((x) => `'${x}'`).join(',')})`);
		expect(kpi.every((k) => k.sangong_final_wan === null)).toBe(true);
	});

	it('m_target_vs_outcome and m_alerts find the planted problems', async () => {
		const [{ n }] = await engine.query(`SELECT count(*) AS n FROM m_target_vs_outcome WHERE target_below_actual`);
		expect(n).toBeGreaterThan(0);
		const codes = (await engine.query(`SELECT DISTINCT code FROM m_alerts`)).map((r) => r.code);
		expect(codes).toEqual(expect.arrayContaining(['low_execution', 'indicator_missed', 'target_below_actual', 'undisclosed']));
	});
});

describe('materializeMetricViews', () => {
	it('replaces every metric view by a table with the same rows and columns', async () => {
		const dir = mkdtempSync(join(tmpdir(), 'pl-demo-mat-'));
		writeArrowDataset(generateDemoReports({ departments: 10, years: 3, seed: 5 }), dir, 'test');
		const e = await createNodeEngine();
		try {
			await loadDataset(e, async (name) => new Uint8Array(readFileSync(join(dir, `${name}.arrow`))));
			const before = await Promise.all(METRIC_VIEWS.map((v) => e.query(`SELECT * FROM ${v.name} ORDER BY ALL`)));
			await materializeMetricViews(e);
			const types = await e.query(`SELECT table_name, table_type FROM information_schema.tables WHERE table_name IN (${METRIC_VIEWS.map((v) => `'${v.name}'`).join(',')})`);
			expect(types.length).toBe(METRIC_VIEWS.length);
			expect(types.every((t) => t.table_type === 'BASE TABLE')).toBe(true);
			const after = await Promise.all(METRIC_VIEWS.map((v) => e.query(`SELECT * FROM ${v.name} ORDER BY ALL`)));
			expect(after).toEqual(before);
		} finally {
			await e.close();
		}
	});
});

describe('perflens demo', () => {
	it('writes data/demo (not data/arrow) and rejects bad arguments', () => {
		const root = mkdtempSync(join(tmpdir(), 'pl-democli-'));
		const env = { ...process.env, PERFLENS_DATA_DIR: root };
		const r = spawnSync(process.execPath, [CLI, 'demo', '--departments', '5', '--years', '3', '--seed', '42'], { env, encoding: 'utf8' });
		expect(r.stderr).not.toMatch(/错误/);
		expect(r.status).toBe(0);
		const out = JSON.parse(r.stdout);
		expect(out).toMatchObject({ simulated: true, departments: 5, years: 3, seed: 42 });
		expect(out.tables.reports).toBe(out.reports);
		expect(out.reports).toBeGreaterThanOrEqual(15);
		expect(existsSync(join(root, 'demo', 'manifest.json'))).toBe(true);
		expect(existsSync(join(root, 'arrow'))).toBe(false);
		const bad = spawnSync(process.execPath, [CLI, 'demo', '--years', 'x'], { env, encoding: 'utf8' });
		expect(bad.status).toBe(1);
		expect(bad.stderr).toMatch(/--years/);
	});
});
