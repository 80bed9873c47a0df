import { readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ArrowTablesBuilder, ipcSchema, ipcToRows, rowsToIPC, rowsToTable, type PlainRow } from '../../src/lib/db/arrow';
import { COL_TYPE_SQL, TABLES, reportsToRows, type TableDef } from '../../src/lib/db/tables';
import { dataDictionary } from '../../src/lib/db/dictionary';
import type { Report } from '../../src/lib/schema/report';
import { createNodeEngine } from '../../src/lib/server/duckdb-node';
import { loadRecord } from '../../src/lib/server/dataset';

const FIXTURES = resolve('test/unit/fixtures');

function fixtureReports(): Report[] {
	const dir = join(FIXTURES, 'reports');
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => {
			const r = loadRecord(join(dir, f));
			if (!r.ok) throw new Error(r.errors.map((e) => `${e.file}: ${e.field}: ${e.message}`).join('\n'));
			return r.report;
		});
}

const defs = TABLES as readonly TableDef[];
const rows = reportsToRows(fixtureReports()) as unknown as Record<string, PlainRow[]>;
const SELF = 'test-shili-kexie-2024-self';
const TARGET = 'test-shili-kexie-2025-target';

describe('reportsToRows', () => {
	it('fills every table with rows whose keys are exactly the declared columns', () => {
		for (const def of defs) {
			// the fixtures add up, so the audit tables stay empty (test/unit/audit-table.test.ts covers them)
			if (!def.name.startsWith('audit_')) expect(rows[def.name].length, def.name).toBeGreaterThan(0);
			for (const row of rows[def.name]) expect(Object.keys(row)).toEqual(def.columns.map((c) => c.name));
		}
	});

	it('keeps one row per statement with its ordinal, money normalised to 万元', () => {
		const budget = rows.budget_lines.filter((r) => r.report_id === SELF);
		expect(budget.map((r) => r.ordinal)).toEqual([...budget.keys()]);
		const spend = budget.filter((r) => r.flow === 'expenditure' && r.breakdown === 'total' && r.scope === 'all');
		expect(spend.map((r) => [r.ordinal, r.value_wan])).toEqual([
			[4, 450.25],
			[11, 450.26]
		]);
		const goods = budget.find((r) => r.item === '商品和服务支出')!;
		expect([goods.value_wan, goods.written_text, goods.written_unit]).toEqual([150.25, '1502500', '元']);
		const change = spend[0];
		expect([change.change_base_year, change.change_amount_wan, change.change_pct, change.change_direction]).toEqual([
			2023, -12.3, -2.66, 'down'
		]);
		expect(change.stated_execution_rate_pct).toBe(90);
	});

	it('writes NULL, never 0, for figures the record does not state', () => {
		const report = rows.reports.find((r) => r.report_id === SELF)!;
		expect(report.score_max).toBeNull();
		expect(report.score_total).toBe(85.5);
		const target = rows.reports.find((r) => r.report_id === TARGET)!;
		expect([target.score_total, target.grade_stated, target.filing_date, target.preparer]).toEqual([null, null, null, '测试员']);
		const basic = rows.budget_lines.find((r) => r.report_id === SELF && r.item === '工资福利支出')!;
		expect([basic.stated_share_pct, basic.change_amount_wan, basic.change_direction]).toEqual([null, null, null]);
		const level1 = rows.scores.find((r) => r.report_id === SELF && r.level === 1)!;
		expect([level1.max, level1.assigned_by_finance]).toEqual([null, null]);
	});

	it('flattens the score tree in pre-order with paths, and ties task indicators to their task', () => {
		expect(rows.scores.map((r) => [r.ordinal, r.path, r.parent_path, r.level, r.score])).toEqual([
			[0, '履职效能', null, 1, 40],
			[1, '履职效能/整体效能', '履职效能', 2, 40],
			[2, '管理效率', null, 1, 45.5],
			[3, '管理效率/预算执行', '管理效率', 2, 45.5]
		]);
		expect(rows.scores[3].record_path).toBe('scores.tree[1].children[0]');
		expect(rows.scores[3].assigned_by_finance).toBe(true);
		const ti = rows.indicators.filter((r) => r.report_id === TARGET);
		expect(ti.map((r) => [r.ordinal, r.record_path, r.task_ordinal, r.task_name])).toEqual([
			[0, 'indicators[0]', null, null],
			[1, 'tasks[0].indicators[0]', 0, '开展科普宣传活动']
		]);
		expect(rows.tasks[0].indicator_count).toBe(1);
		expect(rows.narratives.map((r) => [r.report_id === SELF, r.section, r.ordinal])).toEqual([
			[true, 'problem', 0],
			[true, 'problem', 1],
			[true, 'measure', 0],
			[false, 'goal', 0]
		]);
	});
});

describe('Arrow IPC', () => {
	it('round-trips every table exactly, with the explicit schema', () => {
		for (const def of defs) {
			const ipc = rowsToIPC(def, rows[def.name]);
			expect(ipcToRows(ipc), def.name).toEqual(rows[def.name]);
			const arrowName = { utf8: 'Utf8', int32: 'Int32', float64: 'Float64', bool: 'Bool', date: 'Date32<DAY>' };
			expect(ipcSchema(ipc)).toEqual(def.columns.map((c) => [c.name, arrowName[c.type], !c.required]));
		}
	});

	it('keeps the columns of an empty table', () => {
		const def = defs.find((d) => d.name === 'sangong_lines')!;
		const ipc = rowsToIPC(def, []);
		expect(ipcToRows(ipc)).toEqual([]);
		expect(ipcSchema(ipc).map((f) => f[0])).toEqual(def.columns.map((c) => c.name));
	});

	it('splits large tables into record batches without losing rows', () => {
		const def = defs.find((d) => d.name === 'narratives')!;
		const many = Array.from({ length: 70_000 }, (_, i) => ({ ...rows.narratives[0], ordinal: i }));
		const t = rowsToTable(def, many);
		expect(t.batches.length).toBe(2);
		expect(t.numRows).toBe(70_000);
		expect(t.get(69_999)?.ordinal).toBe(69_999);
	});

	it('builds the same tables from rows added in chunks', () => {
		const reports = fixtureReports();
		const b = new ArrowTablesBuilder(defs);
		for (const r of reports) b.add(reportsToRows([r]) as unknown as Record<string, PlainRow[]>);
		const built = [...b.finish()];
		expect(built.map((t) => t.name)).toEqual(defs.map((d) => d.name));
		for (const t of built) {
			expect(t.rows, t.name).toBe(rows[t.name].length);
			expect(ipcToRows(t.ipc), t.name).toEqual(rows[t.name]);
		}
		const empty = [...new ArrowTablesBuilder(defs).finish()];
		expect(empty.map((t) => [t.rows, ipcSchema(t.ipc).length])).toEqual(defs.map((d) => [0, d.columns.length]));
	});

	it('rejects a value of the wrong type instead of writing it', () => {
		const def = defs.find((d) => d.name === 'budget_lines')!;
		const bad = { ...rows.budget_lines[0], value_wan: '450.25' as unknown as number };
		expect(() => rowsToIPC(def, [bad])).toThrow(/budget_lines.*value_wan/);
		const badDate = { ...rows.reports[0], filing_date: '2025/04/30' };
		expect(() => rowsToIPC(defs[0], [badDate])).toThrow(/filing_date/);
	});

	describe('in DuckDB (Node build)', () => {
		const enginePromise = createNodeEngine();
		afterAll(async () => (await enginePromise).close());

		it('loads with the declared SQL types, including empty tables and dates', async () => {
			const engine = await enginePromise;
			for (const def of defs) {
				await engine.loadArrow(def.name, rowsToIPC(def, def.name === 'staffing' ? [] : rows[def.name]));
				const cols = await engine.query<{ column_name: string; column_type: string }>(`DESCRIBE ${def.name}`);
				expect(cols.map((c) => [c.column_name, c.column_type])).toEqual(def.columns.map((c) => [c.name, COL_TYPE_SQL[c.type]]));
			}
			expect(await engine.query(`SELECT count(*) AS n FROM staffing`)).toEqual([{ n: 0 }]);
			expect(await engine.query(`SELECT filing_date, simulated FROM reports WHERE report_id = '${SELF}'`)).toEqual([
				{ filing_date: '2025-04-30', simulated: true }
			]);
		});
	});
});

describe('docs', () => {
	it('document every column of every table', () => {
		const md = dataDictionary();
		for (const def of defs) {
			expect(md).toContain(`\`${def.name}\``);
			for (const c of def.columns) expect(md).toContain(`| \`${c.name}\` |`);
		}
	});
});

describe('reportsToRows: a project record', () => {
	it('carries the project (name, code, 主管部门, 实施单位) and the source address into the reports row', () => {
		// 青神县发改局 2023 项目支出绩效自评表 (data/sources/09_…): "51000021R000000019951-工资性支出",
		// 主管部门 青神县发展和改革局本级, 实施单位 青神县发展和改革局
		const r = loadRecord(resolve('data/gold/sichuan-meishan-qingshen-fagaiwei-2023-project-gongzixingzhichu.json'));
		if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
		const row = (reportsToRows([r.report]) as unknown as Record<string, PlainRow[]>).reports[0];
		expect([row.kind, row.project_name, row.project_code, row.project_supervisor, row.project_implementer, row.source_url]).toEqual([
			'project_self_evaluation',
			'工资性支出',
			'51000021R000000019951',
			'青神县发展和改革局本级',
			'青神县发展和改革局',
			'https://www.scqs.gov.cn/info/13206/211004.htm'
		]);
	});
});
