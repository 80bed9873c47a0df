import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const FIXTURES = resolve('test/unit/fixtures');
const CLI = resolve('src/cli/perflens.js');

const dir = mkdtempSync(join(tmpdir(), 'pl-cli-'));
cpSync(join(FIXTURES, 'reports'), join(dir, 'reports'), { recursive: true });
cpSync(join(FIXTURES, 'sources'), join(dir, 'sources'), { recursive: true });

function perflens(...args: string[]) {
	return spawnSync(process.execPath, [CLI, ...args], { env: { ...process.env, PERFLENS_DATA_DIR: dir }, encoding: 'utf8' });
}

describe('perflens sql', () => {
	it('prints the rows of a good query as JSON (building the dataset when needed)', () => {
		const r = perflens('sql', `select report_id, spending_final_wan, grade_computed from v_report_overview order by report_id`);
		expect(r.stderr).toContain('已重新生成数据集');
		expect(r.status).toBe(0);
		expect(JSON.parse(r.stdout)).toEqual([
			{ report_id: 'test-shili-kexie-2024-self', spending_final_wan: 450.25, grade_computed: '良' },
			{ report_id: 'test-shili-kexie-2025-target', spending_final_wan: null, grade_computed: null }
		]);
		const again = perflens('sql', 'select 1 as x');
		expect([again.status, again.stderr, JSON.parse(again.stdout)]).toEqual([0, '', [{ x: 1 }]]);
	});

	it("prints DuckDB's message on stderr and exits 1 for bad SQL", () => {
		const r = perflens('sql', 'select * from no_such_table');
		expect(r.status).toBe(1);
		expect(r.stdout).toBe('');
		expect(r.stderr).toMatch(/Catalog Error: Table with name no_such_table does not exist/);
		const syntax = perflens('sql', 'selec 1');
		expect(syntax.status).toBe(1);
		expect(syntax.stderr).toMatch(/Parser Error: syntax error at or near "selec"/);
	});

	it('validate resolves the source beside the record directory, or from --sources', () => {
		const ok = perflens('validate', join(FIXTURES, 'reports', 'test-shili-kexie-2024-self.json'));
		expect([ok.status, ok.stdout.trim()]).toEqual([0, 'test-shili-kexie-2024-self.json: 通过']);
		const wrong = perflens('validate', '--sources', join(FIXTURES, 'reports'), join(FIXTURES, 'reports', 'test-shili-kexie-2024-self.json'));
		expect(wrong.status).toBe(1);
		expect(wrong.stderr).toMatch(/source_file: 找不到原文文件/);
	});
});
