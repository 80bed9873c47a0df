/**
 * `perflens demo [--departments N] [--years N] [--seed S] [--out DIR] [--no-check]` — generate
 * the simulated demo dataset (模拟数据, src/lib/demo/generate.ts) and write its Arrow tables and
 * manifest into data/demo/ (never data/arrow), with the same writer as build-data.
 * Every record is validated (schema + provenance against its synthetic source text) unless
 * --no-check is given (for very large performance datasets). Prints JSON on stdout.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DEMO_DEFAULTS, generateDemo } from '../../lib/demo/generate';
import type { Report } from '../../lib/schema/report';
import { validateWithSource } from '../../lib/schema/validate';
import { dataDir, layoutHash, writeArrowDataset } from '../../lib/server/dataset';
import { buildMetricTables } from '../../lib/server/prebuilt';

export const usage =
	'perflens demo [--departments N] [--years N] [--seed S] [--out DIR] [--no-check]   生成模拟数据集（默认 40 个部门 × 6 年），写入 data/demo/*.arrow 与 manifest.json';

class InputError extends Error {}

function intArg(name: string, v: string | undefined, min: number, max: number): number {
	const n = Number(v);
	if (v === undefined || !Number.isInteger(n) || n < min || n > max) throw new InputError(`参数 ${name} 应为 ${min}–${max} 之间的整数，收到「${v ?? ''}」`);
	return n;
}

export function demoDir(): string {
	return join(dataDir(), 'demo');
}

export async function run(args: string[]): Promise<number> {
	let departments: number = DEMO_DEFAULTS.departments;
	let years: number = DEMO_DEFAULTS.years;
	let seed: number = DEMO_DEFAULTS.seed;
	let out = demoDir();
	let check = true;
	try {
		for (let i = 0; i < args.length; i++) {
			const [flag, inline] = args[i].split('=', 2) as [string, string | undefined];
			const value = () => inline ?? args[++i];
			if (flag === '--departments') departments = intArg(flag, value(), 1, 1_000_000);
			else if (flag === '--years') years = intArg(flag, value(), 1, 50);
			else if (flag === '--seed') seed = intArg(flag, value(), 0, 2 ** 32 - 1);
			else if (flag === '--out') {
				const v = value();
				if (!v) throw new InputError('参数 --out 需要一个目录');
				out = v;
			} else if (flag === '--no-check') check = false;
			else throw new InputError(`不认识的参数「${args[i]}」。用法：${usage}`);
		}
	} catch (e) {
		if (!(e instanceof InputError)) throw e;
		console.error(`错误：${e.message}`);
		return 1;
	}
	const bad: string[] = [];
	function* reports(): Generator<Report> {
		for (const { report, source } of generateDemo({ departments, years, seed })) {
			if (check) {
				const v = validateWithSource(report, source);
				if (!v.ok) {
					bad.push(...v.errors.map((e) => `${report.id}: ${e.field}: ${e.message}`));
					continue;
				}
			}
			yield report;
		}
	}
	const started = Date.now();
	let m = writeArrowDataset(reports(), out, `demo:departments=${departments};years=${years};seed=${seed}`);
	console.error(`生成报告并写出数据表 ${((Date.now() - started) / 1000).toFixed(1)} 秒（${m.reports} 份）`);
	if (bad.length) {
		for (const b of bad.slice(0, 20)) console.error(b);
		console.error(`模拟数据校验失败：${bad.length} 处错误（已跳过这些记录）`);
		return 1;
	}
	// the metric tables the browser reads, computed once here (src/lib/server/prebuilt.ts)
	m = (await buildMetricTables(out, (l) => console.error(l))) ?? m;
	console.log(
		JSON.stringify(
			{ dir: out, simulated: true, departments, years, seed, version: m.version, reports: m.reports, seconds: (Date.now() - started) / 1000, tables: Object.fromEntries(m.tables.map((t) => [t.name, t.rows])) },
			null,
			2
		)
	);
	return 0;
}

/** Build the default demo dataset when data/demo has none or an old table layout (for `perflens start`). */
export async function ensureDemo(): Promise<number> {
	const path = join(demoDir(), 'manifest.json');
	try {
		if (existsSync(path) && JSON.parse(readFileSync(path, 'utf8')).layout === layoutHash()) return 0;
	} catch {
		/* rebuild */
	}
	return run([]);
}
