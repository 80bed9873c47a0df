/** The benchmark command runs end to end and prints its table (timings are not asserted). */
import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const cli = (...args: string[]) => spawnSync(process.execPath, ['src/cli/perflens.js', ...args], { encoding: 'utf8', timeout: 120_000 });

describe('perflens bench', () => {
	it('prints one row per size with the generated report count', () => {
		const r = cli('bench', '--departments', '3', '--years', '2');
		expect(r.status).toBe(0);
		expect(r.stdout).toContain('报告数');
		// 3 departments × 2 years of self-evaluations, plus target tables for some departments
		const row = r.stdout.split('\n').find((l) => /│\s*0\s*│\s*3\s*│/.test(l));
		expect(row).toBeDefined();
		const reports = Number(row!.split('│')[3].trim());
		expect(reports).toBeGreaterThanOrEqual(6);
		expect(reports).toBeLessThanOrEqual(9);
	});
	it('refuses bad sizes with a Chinese message', () => {
		const r = cli('bench', '--departments', 'abc');
		expect(r.status).toBe(1);
		expect(r.stderr).toContain('--departments');
	});
});
