/**
 * `perflens audit`: JSON on stdout for a file, a report id or all records; bad input gives a
 * Chinese message on stderr and exit code 1.
 */
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/commands/audit';
import { Finding } from '../../src/lib/schema/finding';

function capture() {
	const out: string[] = [];
	const err: string[] = [];
	vi.spyOn(console, 'log').mockImplementation((...a) => void out.push(a.join(' ')));
	vi.spyOn(console, 'error').mockImplementation((...a) => void err.push(a.join(' ')));
	return { out, err };
}

afterEach(() => vi.restoreAllMocks());

describe('perflens audit', () => {
	it('--report ID prints the findings of data/reports/ID.json', async () => {
		const io = capture();
		expect(await run(['--report', 'guangdong-guangzhou-haizhu-kexie-2023-self'])).toBe(0);
		const res = JSON.parse(io.out.join('\n'));
		expect(res.report_id).toBe('guangdong-guangzhou-haizhu-kexie-2023-self');
		expect(res.counts).toEqual({ error: 1, warning: 0, note: 0 });
		expect(Finding.array().parse(res.findings)[0].rule).toBe('sum.economic');
	});
	it('FILE and --all', async () => {
		let io = capture();
		expect(await run(['data/reports/guangdong-shaoguan-nanxiong-kexie-2023-self.json'])).toBe(0);
		expect(JSON.parse(io.out.join('\n')).findings).toEqual([]);
		vi.restoreAllMocks();
		io = capture();
		expect(await run(['--all'])).toBe(0);
		const all = JSON.parse(io.out.join('\n'));
		expect(all.length).toBeGreaterThanOrEqual(4);
		expect(all.map((r: { report_id: string }) => r.report_id)).toContain('hunan-hengyang-kexie-2024-self');
	});
	it('bad input: Chinese message on stderr, exit 1', async () => {
		const bad = join(tmpdir(), 'perflens-audit-bad.json');
		writeFileSync(bad, '{"id": 1}');
		const notJson = join(tmpdir(), 'perflens-audit-notjson.json');
		writeFileSync(notJson, '{');
		for (const args of [['--report', 'no-such-report'], ['/no/such/file.json'], [bad], [notJson], [], ['--bogus']]) {
			const io = capture();
			expect(await run(args)).toBe(1);
			expect(io.out).toEqual([]);
			expect(io.err.join('\n')).toMatch(/^错误：.*[\u4e00-\u9fff]/);
			vi.restoreAllMocks();
		}
	});
});
