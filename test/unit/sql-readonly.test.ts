/** The SQL page's read-only rule (src/lib/db/readonly.ts) and its schema panel. */
import { describe, expect, it } from 'vitest';
import { checkReadOnly, explainSqlError, schemaEntries } from '../../src/lib/db/readonly';

describe('read-only SQL', () => {
	it('lets one reading statement through, trailing semicolon dropped', () => {
		expect(checkReadOnly('SELECT * FROM v_report_overview;')).toEqual({ ok: true, sql: 'SELECT * FROM v_report_overview' });
		expect(checkReadOnly('with x as (select 1 as a) select a from x').ok).toBe(true);
		expect(checkReadOnly('DESCRIBE reports').ok).toBe(true);
		// keywords inside strings, quoted names and comments do not count
		expect(checkReadOnly(`SELECT 'drop table reports' AS "delete" -- update\nFROM reports`).ok).toBe(true);
	});
	it('refuses what changes the catalog, the data or the settings, with the reason in Chinese', () => {
		const r = checkReadOnly('drop table reports');
		expect(r).toEqual({ ok: false, message: expect.stringContaining('此页面只读：不能运行 DROP 语句') });
		for (const s of ['INSERT INTO reports VALUES (1)', 'CREATE TABLE t AS SELECT 1', 'UPDATE reports SET title = 1', 'SET threads = 1', 'ATTACH \'x.db\'', 'INSTALL httpfs', 'PRAGMA version'])
			expect(checkReadOnly(s).ok, s).toBe(false);
		expect(checkReadOnly('SELECT 1; DROP TABLE reports')).toEqual({ ok: false, message: expect.stringContaining('一次只能运行一条语句') });
		expect(checkReadOnly("SELECT * FROM read_csv('https://example.com/x.csv')")).toEqual({ ok: false, message: expect.stringContaining('read_csv()') });
		expect(checkReadOnly('  ')).toEqual({ ok: false, message: expect.stringContaining('请输入') });
	});
	it('the schema panel lists every declared table and view with units', () => {
		const s = schemaEntries();
		const kpi = s.find((e) => e.name === 'm_year_kpi')!;
		expect(kpi.kind).toBe('视图');
		expect(kpi.columns.find((c) => c.name === 'execution_rate_pct')).toEqual({ name: 'execution_rate_pct', label: '预算执行率', unit: '%' });
		expect(kpi.columns.find((c) => c.name === 'spending_final_wan')?.unit).toBe('万元');
		expect(s.find((e) => e.name === 'reports')?.kind).toBe('表');
	});
});

describe('SQL errors in Chinese', () => {
	// the texts DuckDB 1.4 gives (perflens sql shows the same engine's messages)
	it('leads with a Chinese explanation of the common kinds, keeping DuckDB\'s text as detail', () => {
		const col = explainSqlError('查询失败：Binder Error: Referenced column "report_year" not found in FROM clause!\nCandidate bindings: "report_id", "fiscal_year"');
		expect(col.lead).toMatch(/^查询失败：找不到列“report_year”/);
		expect(col.detail).toContain('Binder Error');
		expect(explainSqlError('Catalog Error: Table with name nosuch does not exist!\nDid you mean "pg_sequences"?').lead).toMatch(/找不到表或视图“nosuch”/);
		expect(explainSqlError('Parser Error: syntax error at or near "SELEC"').lead).toMatch(/SQL 语法错误：在“SELEC”附近/);
		expect(explainSqlError("Conversion Error: Could not convert string 'abc' to INT32").lead).toMatch(/类型不匹配/);
		expect(explainSqlError('Binder Error: No function matches the given name and argument types \'+(INTEGER, VARCHAR)\'.').lead).toMatch(/类型不匹配/);
		expect(explainSqlError('Catalog Error: Scalar Function with name foo does not exist!').lead).toMatch(/没有名为“foo”的函数/);
		const other = explainSqlError('Invalid Input Error: something odd');
		expect(other.lead).toMatch(/^查询失败：/);
		expect(other.detail).toBe('Invalid Input Error: something odd');
	});

	it('a Chinese message (the read-only refusal) is shown as it is', () => {
		const m = '此页面只读：不能运行 DROP 语句（会修改数据、表结构或设置）。';
		expect(explainSqlError(m)).toEqual({ lead: m, detail: null });
	});
});
