/**
 * The audit findings as data: tables audit_findings / audit_figures and view v_audit_summary,
 * built from the gold records (data/reports) and read back through the real Node DuckDB engine,
 * must equal auditReport() on the same records.
 */
import { cpSync, mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { auditReport, RULE_BY_ID } from '../../src/lib/audit/index';
import { auditFindings, auditSeverityCounts } from '../../src/lib/db/queries';
import { run } from '../../src/lib/db/query';
import { Report } from '../../src/lib/schema/report';
import { closeDataset, openDataset } from '../../src/lib/server/dataset';
import type { Row } from '../../src/lib/db/engine';

const dir = mkdtempSync(join(tmpdir(), 'pl-audit-'));
cpSync(resolve('data/reports'), join(dir, 'reports'), { recursive: true });
cpSync(resolve('data/sources'), join(dir, 'sources'), { recursive: true });
afterAll(closeDataset);

const reports = readdirSync(resolve('data/reports'))
	.filter((f) => f.endsWith('.json'))
	.sort()
	.map((f) => Report.parse(JSON.parse(readFileSync(resolve('data/reports', f), 'utf8'))));

const HAIZHU = 'guangdong-guangzhou-haizhu-kexie-2023-self';
const HENGYANG = 'hunan-hengyang-kexie-2024-self';


describe('audit_findings through DuckDB on the gold records', () => {
	it('has one row per finding of auditReport, with the same values, in the same order', async () => {
		const { engine } = await openDataset(dir);
		for (const r of reports) {
			const expected = auditReport(r);
			const rows = await engine.query<Row>(`SELECT * FROM audit_findings WHERE report_id = '${r.id}' ORDER BY ordinal`);
			expect(rows.length, r.id).toBe(expected.length);
			rows.forEach((row, i) => {
				const f = expected[i];
				expect(row).toMatchObject({
					report_id: r.id,
					ordinal: i,
					finding_id: f.id,
					rule: f.rule,
					rule_label: RULE_BY_ID[f.rule].name,
					severity: f.severity,
					title: f.title,
					message: f.message,
					expected: typeof f.expected === 'number' ? f.expected : null,
					expected_text: typeof f.expected === 'string' ? f.expected : null,
					stated: typeof f.stated === 'number' ? f.stated : null,
					stated_text: typeof f.stated === 'string' ? f.stated : null,
					difference: f.difference,
					unit: f.unit,
					figure_count: f.figures.length
				});
				expect(JSON.parse(row.figures_json as string)).toEqual(f.figures);
			});
			const figs = await engine.query<Row>(
				`SELECT finding_id, ordinal, label, value, unit, text, quote, path FROM audit_figures WHERE report_id = '${r.id}'`
			);
			const want = expected.flatMap((f) =>
				f.figures.map((g, j) => ({ finding_id: f.id, ordinal: j, label: g.label, value: g.value, unit: g.unit, text: g.text ?? null, quote: g.quote, path: g.path ?? null }))
			);
			const k = (x: Row) => `${x.finding_id}#${x.ordinal}`;
			expect([...figs].sort((a, b) => k(a).localeCompare(k(b)))).toEqual([...want].sort((a, b) => k(a).localeCompare(k(b))));
		}
	});

	it('counts per seed and severity in v_audit_summary (seed 001 has none and still has a row)', async () => {
		const { engine } = await openDataset(dir);
		const rows = await engine.query(`SELECT report_id, findings, errors, warnings, notes FROM v_audit_summary ORDER BY report_id`);
		expect(rows).toEqual([
			{ report_id: HAIZHU, findings: 1, errors: 1, warnings: 0, notes: 0 },
			{ report_id: 'guangdong-shaoguan-nanxiong-kexie-2023-self', findings: 0, errors: 0, warnings: 0, notes: 0 },
			{ report_id: 'guangdong-zhanjiang-kexie-2024-self', findings: 23, errors: 18, warnings: 5, notes: 0 },
			{ report_id: 'guangdong-zhanjiang-kexie-2025-target', findings: 2, errors: 1, warnings: 0, notes: 1 },
			{ report_id: HENGYANG, findings: 14, errors: 11, warnings: 3, notes: 0 }
		]);
		// and equal to auditReport, seed by seed
		for (const r of reports) {
			const f = auditReport(r);
			const row = rows.find((x) => (x as Row).report_id === r.id) as Row;
			expect(row.findings, r.id).toBe(f.length);
			expect(row.errors, r.id).toBe(f.filter((x) => x.severity === 'error').length);
		}
		expect(await run(engine, auditSeverityCounts())).toEqual([
			{ severity: 'error', n: 31 },
			{ severity: 'warning', n: 8 },
			{ severity: 'note', n: 1 }
		]);
	});

	it('holds 004: 人员经费 334.93 + 日常公用经费 91.53 = 426.46 ≠ 基本支出 526.47, with verbatim quotes', async () => {
		const { engine } = await openDataset(dir);
		const [f] = await engine.query<Row>(
			`SELECT finding_id, rule_label, severity, expected, stated, difference, unit FROM audit_findings
			 WHERE report_id = '${HENGYANG}' AND rule = 'sum.basic' AND expected = 426.46`
		);
		expect(f).toMatchObject({ rule_label: '人员经费与日常公用经费合计', severity: 'error', expected: 426.46, stated: 526.47, unit: '万元' });
		expect(f.difference as number).toBeCloseTo(100.01, 2);
		const figs = await engine.query<Row>(
			`SELECT value, quote FROM audit_figures WHERE report_id = '${HENGYANG}' AND finding_id = '${f.finding_id}' ORDER BY ordinal`
		);
		expect(figs.map((g) => g.value).sort()).toEqual([334.93, 526.47, 91.53].sort());
		const source = readFileSync(resolve('data/sources', reports.find((r) => r.id === HENGYANG)!.source_file), 'utf8');
		for (const g of figs) expect(source.includes(g.quote as string), g.quote as string).toBe(true);
	});

	it('holds 002: 144.10 + 61.74 + 77.95 = 283.79 ≠ 基本支出 236.79, and the /audit query filters it', async () => {
		const { engine } = await openDataset(dir);
		const rows = await run(engine, auditFindings({ department: 'guangdong-guangzhou-haizhu-kexie', severity: 'error' }));
		const dept = reports.find((r) => r.id === HAIZHU)!.department.id;
		const again = await run(engine, auditFindings({ department: dept, year: 2023, severity: 'error' }));
		expect(again).toHaveLength(1);
		expect(again[0]).toMatchObject({ rule: 'sum.economic', expected: 283.79, stated: 236.79, difference: -47, department_name: '广州市海珠区科学技术协会', fiscal_year: 2023 });
		expect(again[0].message).toContain('144.10 + 61.74 + 77.95 = 283.79');
		expect(JSON.parse(again[0].figures_json).map((g: { quote: string }) => g.quote)).toContain('基本支出全年共支出 236.79 万元');
		expect(rows).toEqual(again);
		expect(await run(engine, auditFindings({ department: dept, severity: 'note' }))).toEqual([]);
		expect(await run(engine, auditFindings({ rule: 'sum.basic' }))).not.toHaveLength(0);
		// a filter value is bound, never pasted into the SQL: a quote in it is just a value that matches nothing
		expect(await run(engine, auditFindings({ department: "x' OR '1'='1" }))).toEqual([]);
		expect(auditFindings({ department: "x' OR '1'='1" }).sql).not.toContain("x'");
	});
});
