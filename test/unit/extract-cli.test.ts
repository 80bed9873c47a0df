/**
 * `perflens extract FILE`: the validated record as JSON on stdout; a file it cannot read gives a
 * Chinese message on stderr and exit code 1.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compareRecords } from '../../src/lib/extract/compare';
import { validateWithSource } from '../../src/lib/schema/validate';

const cli = resolve('src/cli/perflens.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, 'extract', ...args], { encoding: 'utf8', timeout: 60_000 });
const tmp = mkdtempSync(join(tmpdir(), 'perflens-extract-'));

describe('perflens extract', () => {
	it('prints the validated record of a text file, every value with its quote', () => {
		const r = run('data/sources/001_76cfd38e4eb4b39f.txt');
		expect(r.status).toBe(0);
		const record = JSON.parse(r.stdout);
		const gold = JSON.parse(readFileSync('data/reports/guangdong-shaoguan-nanxiong-kexie-2023-self.json', 'utf8'));
		expect(compareRecords(gold, record).accuracy).toBe(1);
		const src = readFileSync('data/sources/001_76cfd38e4eb4b39f.txt', 'utf8');
		expect(validateWithSource(record, src).errors).toEqual([]);
	});
	it('reads Word and PDF, and prints positions with --positions', () => {
		const d = run('test/fixtures/004_189341af007d5dc1.docx');
		expect(d.status).toBe(0);
		expect(JSON.parse(d.stdout).department.name).toBe(JSON.parse(readFileSync('data/reports/hunan-hengyang-kexie-2024-self.json', 'utf8')).department.name);
		const p = run('test/fixtures/003_0865352095e0bf2b.pdf', '--positions');
		expect(p.status).toBe(0);
		const out = JSON.parse(p.stdout);
		expect(out.report.kind).toBe('target_table');
		expect(out.figures.length).toBeGreaterThan(50);
		expect(out.figures[0]).toMatchObject({ path: expect.any(String), start: expect.any(Number), confidence: expect.any(Number) });
	});
	it('lists what it could not read on stderr', () => {
		const r = run('data/sources/000_c6a5d19b0a36d056.txt');
		expect(r.status).toBe(0);
		expect(r.stderr).toMatch(/未能读取/);
	});
	it('refuses bad input with a Chinese message and exit 1', () => {
		const empty = join(tmp, 'empty.txt');
		writeFileSync(empty, '');
		const bin = join(tmp, 'binary.txt');
		writeFileSync(bin, Buffer.from(Array.from({ length: 2048 }, (_, i) => (i * 31) % 256)));
		const notReport = join(tmp, 'notes.txt');
		writeFileSync(notReport, '会议纪要\n今天讨论了下一步工作。\n');
		for (const f of [empty, bin, notReport, 'test/fixtures/bad/encrypted.pdf', 'test/fixtures/bad/image-only.pdf', join(tmp, 'missing.docx')]) {
			const r = run(f);
			expect(r.status, f).toBe(1);
			expect(r.stdout).toBe('');
			expect(r.stderr).toMatch(/[\u4e00-\u9fa5]/);
		}
	});
});
