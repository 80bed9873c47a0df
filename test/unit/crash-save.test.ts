/**
 * kill -9 during saves (src/lib/server/store.ts): a child process saves the same
 * department-year-kind again and again under two alternating ids (every save replaces a record of
 * another file name, the case that once lost the live record), and is killed with SIGKILL — first
 * at every step of the replacement, then at random moments. After each kill the start-up recovery
 * runs, and the data directory must hold exactly one valid live record for that department-year,
 * no temporary file, no journal, every acknowledged save kept (live or in history), and a dataset
 * that rebuilds.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { recoverDataDir } from '../../src/lib/server/store';
import { loadAllRecords, rebuild } from '../../src/lib/server/dataset';

const ZJ = 'guangdong-zhanjiang-kexie-2024-self';
let root: string;
beforeAll(() => {
	root = mkdtempSync(join(tmpdir(), 'pl-crash-'));
	cpSync('data/reports', join(root, 'reports'), { recursive: true });
	cpSync('data/sources', join(root, 'sources'), { recursive: true });
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

/** Run the child until it dies; kill it after `ms` (random mode) or let it kill itself at a step. */
function runChild(start: number, opts: { ms?: number; step?: string; at?: number }): Promise<{ acked: number[]; signal: string | null; out: string }> {
	return new Promise((ok) => {
		const args = ['--import', 'tsx', 'test/helpers/save-child.ts', root, String(start)];
		if (opts.step) args.push(opts.step, String(opts.at ?? 1));
		const p = spawn(process.execPath, args, { stdio: ['ignore', 'pipe', 'pipe'] });
		let out = '';
		let timer: NodeJS.Timeout | undefined;
		const guard = setTimeout(() => p.kill('SIGKILL'), 30_000); // bounded: never hangs the suite
		p.stdout.on('data', (d) => {
			out += d;
			if (opts.ms !== undefined && !timer && out.includes('ready')) timer = setTimeout(() => p.kill('SIGKILL'), opts.ms);
		});
		p.stderr.on('data', (d) => (out += d));
		p.on('exit', (_c, signal) => {
			clearTimeout(guard);
			if (timer) clearTimeout(timer);
			ok({ acked: [...out.matchAll(/saved (\d+)/g)].map((m) => Number(m[1])), signal, out: `${out} (exit ${_c})` });
		});
	});
}

function walk(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((n) => {
		const p = join(dir, n);
		return statSync(p).isDirectory() ? walk(p) : [p];
	});
}

/** Every title of ZJ ever stored: live and history (the #n suffix is the save number). */
function storedNumbers(): { live: number[]; all: Set<number> } {
	const num = (t: string) => Number(/#(\d+)$/.exec(t)?.[1] ?? -1);
	const live = readdirSync(join(root, 'reports'))
		.filter((f) => f.startsWith(ZJ))
		.map((f) => num(JSON.parse(readFileSync(join(root, 'reports', f), 'utf8')).title));
	const all = new Set(live);
	for (const f of walk(join(root, 'history'))) all.add(num(JSON.parse(readFileSync(f, 'utf8')).title));
	return { live, all };
}

// a small seeded generator: the random kill moments are reproducible
let seed = 20261129;
const rand = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);

const STEPS: [string, number][] = [
	['journal', 1], ['tmp', 1], ['history', 1], ['commit', 1], ['retire', 1], ['after', 1],
	['journal', 2], ['commit', 2], ['retire', 2]
];
const RANDOM = 14;

describe('kill -9 during saves', () => {
	const stats = { points: 0, killed: 0, finished: 0, rolled_back: 0, lost: 0 };
	let next = 1;
	const acked: number[] = [];

	const check = (label: string) => {
		const rec = recoverDataDir(root);
		stats.finished += rec.finished.length;
		stats.rolled_back += rec.rolled_back.length;
		// exactly one live record of the department-year, valid, and the dataset rebuilds
		const { reports, errors } = loadAllRecords(root);
		expect(errors, label).toEqual([]);
		expect(reports.filter((r) => r.department.id === 'guangdong-zhanjiang-kexie' && r.fiscal_year === 2024 && r.kind === 'self_evaluation'), label).toHaveLength(1);
		expect(rebuild(root).reports, label).toBe(5);
		// no temporary file and no journal left behind
		const stray = walk(root).filter((f) => f.endsWith('.tmp') || f.includes('/journal/'));
		expect(stray, label).toEqual([]);
		// every history copy is complete JSON; every acknowledged save is still stored
		const { live, all } = storedNumbers();
		expect(live, label).toHaveLength(1);
		const lost = acked.filter((n) => !all.has(n));
		stats.lost += lost.length;
		expect(lost, label).toEqual([]);
		// the live record is the newest acknowledged save or the one in flight
		expect(live[0], label).toBeGreaterThanOrEqual(Math.max(-1, ...acked));
	};

	it.each(STEPS)('killed at step %s (occurrence %i): finished or rolled back, nothing lost', async (step, at) => {
		const r = await runChild(next, { step, at });
		expect(r.signal, r.out).toBe('SIGKILL');
		stats.points++;
		stats.killed++;
		acked.push(...r.acked);
		next = Math.max(next, ...r.acked) + 2; // the in-flight number may be live: never reuse it
		check(`${step}#${at}`);
	});

	it(`killed at ${RANDOM} random moments: nothing lost`, async () => {
		for (let i = 0; i < RANDOM; i++) {
			const ms = Math.floor(rand() * 1500);
			const r = await runChild(next, { ms });
			expect(r.signal, r.out).toBe('SIGKILL');
			stats.points++;
			stats.killed++;
			acked.push(...r.acked);
			next = Math.max(next, ...r.acked) + 2;
			check(`random ${i} after ${ms} ms`);
		}
		console.log(`[crash] points=${stats.points} killed=${stats.killed} acknowledged_saves=${acked.length} finished=${stats.finished} rolled_back=${stats.rolled_back} lost=${stats.lost}`);
		expect(stats.points).toBeGreaterThanOrEqual(20);
	});
});
