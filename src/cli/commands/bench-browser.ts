/**
 * `perflens bench-browser [--reports 1000,10000] [--runs 3] [--url URL] [--path /] [--port N]` — what a user
 * waits for in a real headless Chromium against the production server.
 *
 * Without --reports: the bundled dataset (or --url), first paint and first numbers of one page,
 * cold (a fresh browser profile) and warm (the same profile again: data parts from Cache Storage,
 * wasm from the HTTP cache and V8's compiled-code cache).
 *
 * With --reports: for each size, the simulated dataset of about that many reports (perflens demo
 * into a scratch data directory, metric tables prebuilt as build-data does), a production server
 * on it, and for the dashboard (/), the compare page and one department page, cold and warm:
 * navigation → first numbers, bytes transferred (page and workers), the start-up steps, each page
 * query's time (p50/p95: the page's queries run again one at a time once it is idle, through the
 * `?bench` hook of src/lib/db/client.svelte.ts), the main thread's JS heap and the tab's resident
 * memory (renderer processes, sampled). In the same run, the same metrics (execution rate
 * and 三公 totals per department × year, indicator completion by operator) are computed in plain
 * JavaScript over the same stored rows (../bench-js.ts) and checked equal to DuckDB's. Prints a
 * table per size and ends with one JSON line per size (--no-js: without the plain-JavaScript
 * comparison, whose ratio is then null). Measurements of this machine, never test
 * assertions.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser, launchProfile } from '../chromium';
import { env } from '../../lib/server/config';
import { compareJsWithDuckdb } from '../bench-js';
import { demoDepartment } from '../../lib/demo/generate';
import { layoutHash } from '../../lib/server/dataset';

export const usage =
	'perflens bench-browser [--reports 1000,10000] [--runs 3] [--no-js] [--url URL] [--path /] [--port N]   浏览器基准：无头 Chromium 中各页首批数字（冷/热）、传输字节、查询 p50/p95、内存，与纯 JavaScript 计算相比，打印表格并输出 JSON 行';

const FIRST_NUMBER = '[data-kpi="spending"] [data-value]';
/** The reports the demo generator writes per department and year (self-evaluations, target tables, project tables). */
const REPORTS_PER_DEPARTMENT_YEAR = 261 / 240;
const YEARS = 10;

type Opts = { url?: string; runs: number; path: string; reports: number[]; js: boolean; port?: number };

function parse(args: string[]): Opts {
	const out: Opts = { runs: 3, path: '/', reports: [], js: true };
	for (let i = 0; i < args.length; i++) {
		const [flag, inline] = args[i].split('=', 2) as [string, string | undefined];
		if (flag === '--no-js') {
			out.js = false;
			continue;
		}
		const value = inline ?? args[++i];
		if (flag === '--url') out.url = value;
		else if (flag === '--runs') out.runs = Math.max(1, Number(value) || 3);
		else if (flag === '--path') out.path = value ?? '/';
		else if (flag === '--reports') out.reports = (value ?? '').split(',').map(Number);
		else if (flag === '--port') out.port = Number(value);
		else throw new Error(`不认识的参数：${args[i]}`);
	}
	if (out.reports.some((n) => !Number.isInteger(n) || n < 10)) throw new Error('--reports 应为逗号分隔的整数（每个至少 10）');
	if (out.port !== undefined && !(Number.isInteger(out.port) && out.port > 0 && out.port < 65536)) throw new Error('--port 应为端口号');
	return out;
}

const freePort = () =>
	new Promise<number>((ok, fail) => {
		const s = createServer();
		s.on('error', fail);
		s.listen(0, '127.0.0.1', () => {
			const a = s.address();
			s.close(() => ok(typeof a === 'object' && a ? a.port : 0));
		});
	});

async function startServer(extra: Record<string, string> = {}, fixed?: number): Promise<{ url: string; proc: ChildProcess; stop: () => void }> {
	const port = fixed ?? (await freePort());
	const proc = spawn(process.execPath, ['src/cli/perflens.js', 'start'], { env: { ...env(), ...extra, PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'inherit'] });
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 1200; i++) {
		if (proc.exitCode !== null) throw new Error('服务启动失败');
		if (await fetch(`${url}/data/manifest.json`).then((r) => r.ok, () => false)) return { url, proc, stop: () => proc.kill('SIGTERM') };
		await new Promise((r) => setTimeout(r, 500));
	}
	proc.kill('SIGTERM');
	throw new Error('服务在 10 分钟内没有启动');
}

/* ------------------------------------------------------------------ memory of the tab */

/** Resident memory (bytes) of the Chromium renderer processes below this process (the tab and its workers). */
function rendererRss(exclude: number | undefined): number {
	const parent = new Map<number, number>();
	const info = new Map<number, { renderer: boolean; rss: number }>();
	for (const d of readdirSync('/proc')) {
		if (!/^\d+$/.test(d)) continue;
		try {
			const stat = readFileSync(`/proc/${d}/stat`, 'utf8');
			const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
			parent.set(Number(d), ppid);
			const cmd = readFileSync(`/proc/${d}/cmdline`, 'utf8');
			if (!cmd.includes('--type=renderer')) continue;
			const rss = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${d}/status`, 'utf8'));
			info.set(Number(d), { renderer: true, rss: rss ? Number(rss[1]) * 1024 : 0 });
		} catch {
			/* gone */
		}
	}
	const mine = (pid: number) => {
		for (let p = pid, i = 0; p > 1 && i < 50; p = parent.get(p) ?? 0, i++) {
			if (p === exclude) return false;
			if (p === process.pid) return true;
		}
		return false;
	};
	let sum = 0;
	for (const [pid, x] of info) if (x.renderer && mine(pid)) sum += x.rss;
	return sum;
}

/** Sample the tab's memory every 100 ms until stopped; the peak. */
function sampler(exclude?: number): { stop: () => number } {
	let peak = 0;
	const tick = () => (peak = Math.max(peak, rendererRss(exclude)));
	tick();
	const t = setInterval(tick, 100);
	return { stop: () => (clearInterval(t), tick(), peak) };
}

/* ------------------------------------------------------------------ one page load */

type Load = { numbers: number; paint: number; bytes: number; queries: number[]; loads: number[]; heap: number; engine: number; schema: number; replay: number[]; bySql: [string, number][] };

/** Open `url` in `context`, wait for `selector`, then for the page's queries to settle. */
async function load(context: BrowserContext, url: string, selector: string): Promise<Load> {
	const page = await context.newPage();
	await page.setViewportSize({ width: 1440, height: 900 });
	let bytes = 0;
	// every response of the page and its workers (the DuckDB worker fetches the wasm), as transferred
	page.on('requestfinished', (r) => void r.sizes().then((s) => (bytes += s.responseBodySize + s.responseHeadersSize), () => undefined));
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForSelector(selector, { timeout: 600_000 });
	const numbers = await page.evaluate(() => performance.now());
	const firstBytes = bytes;
	// the rest of the page's queries (charts, tables below the fold)
	let last = -1;
	for (let i = 0; i < 600; i++) {
		await page.waitForTimeout(250);
		const n = await page.evaluate(() => performance.getEntriesByName('perflens:query').length + performance.getEntriesByName('perflens:load').length);
		const busy = await page.evaluate(() => document.querySelectorAll('[data-percent]').length);
		if (n === last && !busy) break;
		last = n;
	}
	const m = await page.evaluate(() => ({
		paint: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
		queries: performance.getEntriesByName('perflens:query').map((e) => e.duration),
		loads: performance.getEntriesByName('perflens:load').map((e) => e.duration),
		engine: performance.getEntriesByName('perflens:engine')[0]?.duration ?? NaN,
		schema: performance.getEntriesByName('perflens:schema')[0]?.duration ?? NaN,
		heap: (performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? NaN
	}));
	// the page's queries again, one at a time on the idle page (client.svelte.ts, ?bench)
	const bySql: [string, number][] = [];
	for (let i = 0; i < 3; i++)
		for (const x of await page.evaluate(() => (window as unknown as { perflensBench?: () => Promise<{ sql: string; ms: number }[]> }).perflensBench?.() ?? Promise.resolve([])))
			bySql.push([x.sql, x.ms]);
	const replay = bySql.map(([, ms]) => ms);
	await page.close();
	return { numbers, bytes: firstBytes, ...m, replay, bySql };
}

const median = (xs: number[]) => quantile(xs, 0.5);
function quantile(xs: number[], q: number): number {
	const s = xs.filter(Number.isFinite).sort((a, b) => a - b);
	if (!s.length) return NaN;
	return s[Math.min(s.length - 1, Math.ceil(q * s.length) - 1)];
}
const sec = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '—');
const ms0 = (ms: number) => (Number.isFinite(ms) ? ms.toFixed(0) : '—');
const mb = (b: number) => (Number.isFinite(b) ? (b / 1048576).toFixed(1) : '—');

/* ------------------------------------------------------------------ the bundled dataset */

async function bundled(opts: Opts): Promise<number> {
	const server = opts.url ? null : await startServer({}, opts.port);
	const url = new URL(opts.path, opts.url ?? server!.url);
	url.searchParams.set('bench', '');
	const target = url.href;
	let browser: Browser | null = null;
	try {
		browser = await launchBrowser();
		const cold: Load[] = [];
		const warm: Load[] = [];
		for (let i = 0; i < opts.runs; i++) {
			const context = await browser.newContext({ locale: 'zh-CN' });
			cold.push(await load(context, target, FIRST_NUMBER));
			await new Promise((r) => setTimeout(r, 1500));
			warm.push(await load(context, target, FIRST_NUMBER));
			await context.close();
			console.error(`第 ${i + 1} / ${opts.runs} 轮：冷 ${sec(cold[i].numbers)} 秒，热 ${sec(warm[i].numbers)} 秒`);
		}
		const queries = [...cold, ...warm].flatMap((l) => l.replay);
		console.log(`页面 ${target}，${opts.runs} 轮中位数；查询为页面空闲后逐条重跑该页全部查询 3 遍`);
		console.log('| 情形 | 首次绘制 s | 首批数字 s | 传输 MB | 查询 p50 ms | 查询 p95 ms | 最慢查询 ms |');
		console.log('|---|---:|---:|---:|---:|---:|---:|');
		for (const [name, xs] of [['冷启动（无缓存）', cold], ['热启动（同一浏览器再次打开）', warm]] as const) {
			const q = xs.flatMap((l) => l.replay);
			console.log(
				`| ${name} | ${sec(median(xs.map((x) => x.paint)))} | ${sec(median(xs.map((x) => x.numbers)))} | ${mb(median(xs.map((x) => x.bytes)))} | ${ms0(median(q))} | ${ms0(quantile(q, 0.95))} | ${ms0(Math.max(...q))} |`
			);
		}
		console.log(`查询共 ${queries.length} 次`);
		return 0;
	} finally {
		await browser?.close();
		server?.stop();
	}
}

/* ------------------------------------------------------------------ generated sizes */

/** A scratch data directory with the demo dataset of about `reports` reports (reused when already generated). */
function dataset(reports: number): { dir: string; departments: number } {
	const departments = Math.max(1, Math.round(reports / (YEARS * REPORTS_PER_DEPARTMENT_YEAR)));
	const dir = join(tmpdir(), `perflens-bench-browser-${departments}x${YEARS}`);
	const demo = join(dir, 'demo');
	const manifest = join(demo, 'manifest.json');
	// reused only when built by these declarations: the server replaces a demo dataset of another
	// table or metric layout with the default one (ensureDemo), which would then be measured instead
	const m = existsSync(manifest) ? (JSON.parse(readFileSync(manifest, 'utf8')) as { prebuilt?: boolean; layout?: string }) : null;
	const ready = m?.prebuilt === true && m.layout === layoutHash();
	if (!ready) {
		mkdirSync(join(dir, 'reports'), { recursive: true });
		console.error(`生成模拟数据：${departments} 个部门 × ${YEARS} 年 → ${demo}`);
		const r = spawnSync(process.execPath, ['src/cli/perflens.js', 'demo', '--departments', String(departments), '--years', String(YEARS), '--no-check', '--out', demo], {
			env: { ...env(), PERFLENS_DATA_DIR: dir, NODE_OPTIONS: '--max-old-space-size=6144' },
			stdio: ['ignore', 'ignore', 'inherit']
		});
		if (r.status !== 0) throw new Error('模拟数据生成失败');
	}
	return { dir, departments };
}

type SizeResult = {
	reports: number;
	bytes_loaded_first_page: number;
	first_numbers_ms_cold: number;
	first_numbers_ms_warm: number;
	query_p95_ms: number;
	tab_peak_mb: number;
	duckdb_speedup_vs_js: number | null;
	/** the same JS time ÷ DuckDB reading the shipped metric tables (their computation done when the data was built) */
	duckdb_speedup_vs_js_prebuilt: number | null;
};

async function atSize(target: number, runs: number, withJs: boolean, port?: number): Promise<SizeResult> {
	const { dir } = dataset(target);
	const manifest = JSON.parse(readFileSync(join(dir, 'demo', 'manifest.json'), 'utf8')) as { reports: number; version: string; parts: { file: string; bytes: number }[] };
	const server = await startServer({ PERFLENS_DATA_DIR: dir }, port);
	try {
		// the dataset the server serves must be the one generated for this size
		const served = JSON.parse(readFileSync(join(dir, 'demo', 'manifest.json'), 'utf8')) as { version: string };
		if (served.version !== manifest.version) throw new Error(`服务启动时替换了 ${dir}/demo 的数据集（表或指标声明已变），测到的不会是 ${target} 份`);
		// the first simulated department: on file every year
		const dept = demoDepartment(0).id;
		const pages = [
			{ name: '总览 /', path: '/?data=demo&bench', selector: FIRST_NUMBER },
			{ name: '部门对比 /compare', path: '/compare?data=demo&bench', selector: 'table[aria-label="部门对比"] tbody tr' },
			{ name: '部门页', path: `/departments/${encodeURIComponent(dept)}?data=demo&bench`, selector: 'table[aria-label="各年度概况"] tbody tr' }
		];
		const results = new Map<string, { cold: Load[]; warm: Load[] }>(pages.map((p) => [p.name, { cold: [], warm: [] }]));
		const mem = sampler(server.proc.pid);
		for (let i = 0; i < runs; i++) {
			for (const p of pages) {
				// a new profile: nothing cached (cold); the same profile again (warm)
				const profile = mkdtempSync(join(tmpdir(), 'perflens-bench-profile-'));
				const context = await launchProfile(profile);
				const r = results.get(p.name)!;
				try {
					r.cold.push(await load(context, server.url + p.path, p.selector));
					await new Promise((ok) => setTimeout(ok, 1500));
					r.warm.push(await load(context, server.url + p.path, p.selector));
				} finally {
					await context.close();
					rmSync(profile, { recursive: true, force: true });
				}
				console.error(`${target} 份 · ${p.name} 第 ${i + 1} / ${runs} 轮：冷 ${sec(r.cold[i].numbers)} 秒，热 ${sec(r.warm[i].numbers)} 秒`);
			}
		}
		const peak = mem.stop();
		const all = [...results.values()].flatMap((r) => [...r.cold, ...r.warm]);
		const queries = all.flatMap((l) => l.replay);
		const totalMb = manifest.parts.reduce((s, p) => s + p.bytes, 0);
		console.log(
			`\n${manifest.reports} 份模拟报告（数据文件共 ${mb(totalMb)} MB），${runs} 轮中位数。传输：到首批数字为止（含 wasm，压缩后）；` +
				`启动：取清单并启动 DuckDB / 建空表与视图；查询：页面空闲后逐条重跑该页全部查询 3 遍（加载时的排队与渲染不计）；载入：取一个数据文件并写入表`
		);
		console.log('| 页面 | 首批数字 冷 s | 首批数字 热 s | 传输 冷 MB | 传输 热 MB | 启动 DuckDB 热 s | 建表 热 s | 查询 p50 ms | 查询 p95 ms | 最慢查询 ms | 载入 p95 ms | JS 堆 MB |');
		console.log('|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|');
		for (const p of pages) {
			const r = results.get(p.name)!;
			const both = [...r.cold, ...r.warm];
			const q = both.flatMap((l) => l.replay);
			const l = both.flatMap((x) => x.loads);
			console.log(
				`| ${p.name} | ${sec(median(r.cold.map((x) => x.numbers)))} | ${sec(median(r.warm.map((x) => x.numbers)))} | ${mb(median(r.cold.map((x) => x.bytes)))} | ${mb(median(r.warm.map((x) => x.bytes)))} | ${sec(median(r.warm.map((x) => x.engine)))} | ${sec(median(r.warm.map((x) => x.schema)))} | ${ms0(median(q))} | ${ms0(quantile(q, 0.95))} | ${ms0(Math.max(...q))} | ${ms0(quantile(l, 0.95))} | ${mb(Math.max(...both.map((x) => x.heap)))} |`
			);
		}
		for (const p of pages) {
			const times = new Map<string, number[]>();
			for (const [sql, ms] of [...results.get(p.name)!.cold, ...results.get(p.name)!.warm].flatMap((x) => x.bySql)) times.set(sql, [...(times.get(sql) ?? []), ms]);
			const slow = [...times].map(([sql, xs]) => [sql, median(xs)] as const).sort((a, b) => b[1] - a[1]).slice(0, 3);
			console.log(`${p.name} 最慢的查询（中位数）：${slow.map(([sql, ms]) => `${ms0(ms)} ms ${sql.replace(/\s+/g, ' ')}`).join('；')}`);
		}
		console.log(`标签页（渲染进程，含 DuckDB 工作线程）内存峰值 ${mb(peak)} MB；查询共 ${queries.length} 次`);
		// the pages' table is printed before the plain-JavaScript comparison (minutes at 100,000 reports)
		const js = withJs ? await compareJsWithDuckdb(join(dir, 'demo')) : null;
		if (js) console.log(
			`同样的指标（各部门各年度执行率与“三公”合计、按运算符的指标完成率）：纯 JavaScript 解析 ${js.rows.toLocaleString('en-US')} 行并计算 ${sec(js.jsMs)} 秒，` +
				`DuckDB 载入同样的存储表并由视图计算 ${sec(js.duckdbMs)} 秒` +
				`（结果${js.equal ? '一致' : `不一致：${js.mismatch}`}），JS ÷ DuckDB = ${js.ratio.toFixed(2)}` +
				(js.prebuiltMs !== null && js.prebuiltRatio !== null
					? `；另：DuckDB 载入数据集所带的三张指标表（生成数据时已算好，只取查询用到的列）并查询 ${sec(js.prebuiltMs)} 秒，JS ÷ 它 = ${js.prebuiltRatio.toFixed(2)}（计算不在计时内，不作为上面的比值）`
					: '')
		);
		const dash = results.get(pages[0].name)!;
		return {
			reports: manifest.reports,
			bytes_loaded_first_page: Math.round(median(dash.cold.map((x) => x.bytes))),
			first_numbers_ms_cold: Math.round(median(dash.cold.map((x) => x.numbers))),
			first_numbers_ms_warm: Math.round(median(dash.warm.map((x) => x.numbers))),
			query_p95_ms: Math.round(quantile(queries, 0.95)),
			tab_peak_mb: Math.round(peak / 1048576),
			duckdb_speedup_vs_js: js?.equal ? Number(js.ratio.toFixed(2)) : null,
			duckdb_speedup_vs_js_prebuilt: js?.equal && js.prebuiltRatio !== null ? Number(js.prebuiltRatio.toFixed(2)) : null
		};
	} finally {
		server.stop();
	}
}

export async function run(args: string[]): Promise<number> {
	const opts = parse(args);
	if (!opts.reports.length) return bundled(opts);
	const lines: SizeResult[] = [];
	for (const n of opts.reports) lines.push(await atSize(n, opts.runs, opts.js, opts.port));
	for (const l of lines) console.log(JSON.stringify(l));
	return 0;
}
