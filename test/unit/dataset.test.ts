import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { COL_TYPE_SQL } from '../../src/lib/db/columns';
import { ALL_VIEWS } from '../../src/lib/db/dataset';
import { TABLE_NAMES } from '../../src/lib/db/tables';
import {
	DatasetError,
	closeDataset,
	ensureBuilt,
	listReports,
	openDataset,
	readArrow,
	readManifest,
	rebuild
} from '../../src/lib/server/dataset';

const FIXTURES = resolve('test/unit/fixtures');
const CLI = resolve('src/cli/perflens.js');
const SELF = 'test-shili-kexie-2024-self';

/** A fresh data directory holding the fixture records and sources. */
function fixtureDir(): string {
	const dir = mkdtempSync(join(tmpdir(), 'pl-data-'));
	cpSync(join(FIXTURES, 'reports'), join(dir, 'reports'), { recursive: true });
	cpSync(join(FIXTURES, 'sources'), join(dir, 'sources'), { recursive: true });
	return dir;
}

function editRecord(dir: string, id: string, edit: (r: any) => void): string {
	const file = join(dir, 'reports', `${id}.json`);
	const r = JSON.parse(readFileSync(file, 'utf8'));
	edit(r);
	writeFileSync(file, JSON.stringify(r, null, '\t'));
	return file;
}

function caught(f: () => unknown): DatasetError {
	try {
		f();
	} catch (e) {
		if (e instanceof DatasetError) return e;
		throw e;
	}
	throw new Error('expected a DatasetError');
}

describe('build', () => {
	it('writes every table and a manifest, atomically and reproducibly', () => {
		const dir = fixtureDir();
		const m = rebuild(dir);
		expect(m.reports).toBe(2);
		expect(m.tables.map((t) => t.name)).toEqual(TABLE_NAMES);
		expect(Object.fromEntries(m.tables.map((t) => [t.name, t.rows]))).toMatchObject({ reports: 2, budget_lines: 14, scores: 4 });
		const files = readdirSync(join(dir, 'arrow')).sort();
		expect(files).toEqual([...TABLE_NAMES.map((n) => `${n}.arrow`), 'manifest.json'].sort());
		expect(readManifest(dir)).toEqual(m);
		expect(readArrow('reports', dir).byteLength).toBe(m.tables[0].bytes);
		expect(rebuild(dir).version).toBe(m.version);
		expect(ensureBuilt(dir).rebuilt).toBe(false);
		editRecord(dir, SELF, (r) => (r.title = '改过的标题'));
		const again = ensureBuilt(dir);
		expect(again.rebuilt).toBe(true);
		expect(again.manifest.version).not.toBe(m.version);
		expect(() => readArrow('../reports', dir)).toThrow(/没有名为/);
	});

	it('names file, field and reason of a malformed record, and writes nothing', () => {
		const dir = fixtureDir();
		editRecord(dir, SELF, (r) => {
			r.budget[1].scope = '全部';
			r.sangong[0].amount.wan = 3.3;
		});
		const e = caught(() => rebuild(dir));
		expect(e.errors).toContainEqual({
			file: expect.stringMatching(/test-shili-kexie-2024-self\.json$/),
			field: 'budget[1].scope',
			message: expect.stringContaining('取值不在允许范围内')
		});
		expect(existsSync(join(dir, 'arrow'))).toBe(false);

		editRecord(dir, SELF, (r) => (r.budget[1].scope = 'all'));
		const prov = caught(() => rebuild(dir));
		expect(prov.errors).toEqual([
			{ file: expect.stringMatching(/self\.json$/), field: 'sangong[0].amount', message: expect.stringContaining('与所写') }
		]);

		writeFileSync(join(dir, 'reports', 'test-shili-kexie-2025-target.json'), '{"id": ');
		const json = caught(() => rebuild(dir));
		expect(json.errors).toContainEqual({
			file: expect.stringMatching(/2025-target\.json$/),
			field: '(整条记录)',
			message: expect.stringContaining('JSON 格式错误')
		});
		expect(listReports(dir).map((r) => r.ok)).toEqual([false, false]);
	});

	it('rejects a record whose file name is not its id, or whose source is missing', () => {
		const dir = fixtureDir();
		cpSync(join(dir, 'reports', `${SELF}.json`), join(dir, 'reports', 'other-name.json'));
		expect(caught(() => rebuild(dir)).errors).toContainEqual({
			file: expect.stringMatching(/other-name\.json$/),
			field: 'id',
			message: expect.stringContaining(`${SELF}.json`)
		});
		const dir2 = fixtureDir();
		editRecord(dir2, SELF, (r) => (r.source_file = 'missing.txt'));
		expect(caught(() => rebuild(dir2)).errors).toEqual([
			{ file: expect.stringMatching(/self\.json$/), field: 'source_file', message: expect.stringContaining('找不到原文文件') }
		]);
	});

	it('build-data exits non-zero and prints file: field: reason', () => {
		const dir = fixtureDir();
		editRecord(dir, SELF, (r) => delete r.fiscal_year);
		const r = spawnSync(process.execPath, [CLI, 'build-data'], { env: { ...process.env, PERFLENS_DATA_DIR: dir }, encoding: 'utf8' });
		expect(r.status).toBe(1);
		expect(r.stderr).toMatch(/test-shili-kexie-2024-self\.json: fiscal_year: 缺少必填字段/);
		expect(r.stdout).toBe('');
	});
});

describe('views over the fixture dataset', () => {
	const dir = fixtureDir();
	afterAll(closeDataset);

	it('creates every declared view with exactly its declared columns and types', async () => {
		const { engine } = await openDataset(dir);
		for (const v of ALL_VIEWS) {
			const cols = await engine.query<{ column_name: string; column_type: string }>(`DESCRIBE ${v.name}`);
			expect(cols.map((c) => [c.column_name, c.column_type]), v.name).toEqual(v.columns.map((c) => [c.name, COL_TYPE_SQL[c.type]]));
			for (const c of v.columns) expect(c.label, `${v.name}.${c.name}`).toMatch(/[\u4e00-\u9fff]/);
		}
	});

	it('leaves no required column of a view NULL', async () => {
		const { engine } = await openDataset(dir);
		for (const v of ALL_VIEWS) {
			const required = v.columns.filter((x) => x.required).map((c) => c.name);
			const [nulls] = await engine.query(`SELECT ${required.map((c) => `count(*) FILTER (WHERE "${c}" IS NULL)::INTEGER AS "${c}"`).join(', ')} FROM ${v.name}`);
			expect(nulls, v.name).toEqual(Object.fromEntries(required.map((c) => [c, 0])));
		}
	});

	it('v_report_overview takes the first statement, prefers scope all, and leaves the undisclosed NULL', async () => {
		const { engine } = await openDataset(dir);
		const rows = await engine.query(
			`SELECT report_id, income_final_wan, spending_final_wan, spending_final_scope, sangong_final_wan, sangong_final_scope,
				score_total, grade_stated, grade_computed FROM v_report_overview ORDER BY report_id`
		);
		expect(rows).toEqual([
			{
				report_id: SELF,
				income_final_wan: 500.5,
				// ordinal 0 states 430.00 for scope fiscal; ordinal 11 restates 450.26
				spending_final_wan: 450.25,
				spending_final_scope: 'all',
				sangong_final_wan: 3.2,
				sangong_final_scope: 'fiscal',
				score_total: 85.5,
				grade_stated: '良',
				grade_computed: '良'
			},
			{
				report_id: 'test-shili-kexie-2025-target',
				income_final_wan: null,
				spending_final_wan: null,
				spending_final_scope: null,
				sangong_final_wan: null,
				sangong_final_scope: null,
				score_total: null,
				grade_stated: null,
				grade_computed: null
			}
		]);
	});

	it('computes shares and execution rates beside the stated ones', async () => {
		const { engine } = await openDataset(dir);
		expect(
			await engine.query(`SELECT item, value_wan, stated_share_pct, total_wan, computed_share_pct FROM v_spending_by_nature WHERE report_id = '${SELF}' ORDER BY ordinal`)
		).toEqual([
			// 400.25 ÷ 450.25 = 88.895 %: the stated 88.89 and the computed 88.9 differ, both are kept
			{ item: '基本支出', value_wan: 400.25, stated_share_pct: 88.89, total_wan: 450.25, computed_share_pct: 88.9 },
			{ item: '项目支出', value_wan: 50, stated_share_pct: 11.11, total_wan: 450.25, computed_share_pct: 11.1 }
		]);
		expect(
			await engine.query(`SELECT item, budget_wan, final_wan, stated_execution_rate_pct, computed_execution_rate_pct FROM v_sangong ORDER BY item_order`)
		).toEqual([
			{ item: 'total', budget_wan: 4, final_wan: 3.2, stated_execution_rate_pct: 80, computed_execution_rate_pct: 80 },
			{ item: 'vehicle_operation', budget_wan: null, final_wan: 2, stated_execution_rate_pct: null, computed_execution_rate_pct: null },
			{ item: 'reception', budget_wan: null, final_wan: 1.2, stated_execution_rate_pct: null, computed_execution_rate_pct: null }
		]);
		expect(
			await engine.query(
				`SELECT flow, value_wan, statements, statements_differ FROM v_budget_totals WHERE scope = 'all' ORDER BY flow`
			)
		).toEqual([
			{ flow: 'expenditure', value_wan: 450.25, statements: 2, statements_differ: true },
			{ flow: 'income', value_wan: 500.5, statements: 2, statements_differ: false }
		]);
	});
});
