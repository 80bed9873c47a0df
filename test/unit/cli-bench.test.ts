/** The benchmark command runs end to end, prints its tables and one JSON line per size (timings are not asserted). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) => spawnSync(process.execPath, ['src/cli/perflens.js', ...args], { encoding: 'utf8', timeout: 300_000 });

describe('perflens bench', () => {
	it('measures both engines and the server run, checks plain JavaScript equal, ends with one JSON line per size', () => {
		const r = cli('bench', '--reports', '40', '--repeat', '1', '--server-reports', '80', '--json');
		expect(r.status, r.stderr).toBe(0);
		for (const heading of ['总表', '每张表的大小', '页面查询耗时', 'wasm 载入+建视图 s', '原生 打开 s', '部门页 三公']) expect(r.stdout).toContain(heading);
		const lines = r.stdout
			.trim()
			.split('\n')
			.filter((l) => l.startsWith('{'))
			.map((l) => JSON.parse(l));
		// exactly the reports asked for; the server run is two copies of them
		expect(lines.map((l) => l.reports)).toEqual([40, 80]);
		expect(Object.keys(lines[0])).toEqual(['reports', 'bytes_loaded_first_page', 'first_numbers_ms_cold', 'first_numbers_ms_warm', 'query_p95_ms', 'tab_peak_mb', 'duckdb_speedup_vs_js', 'engine']);
		// what only a browser measures is null; the JS result agreed with DuckDB's, so there is a ratio
		expect([lines[0].bytes_loaded_first_page, lines[0].first_numbers_ms_cold, lines[0].tab_peak_mb]).toEqual([null, null, null]);
		expect(typeof lines[0].duckdb_speedup_vs_js).toBe('number');
		expect(typeof lines[1].query_p95_ms).toBe('number');
	});
	it('refuses bad sizes with a Chinese message', () => {
		const r = cli('bench', '--reports', 'abc');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('--reports 应为逗号分隔的正整数');
	});
});
