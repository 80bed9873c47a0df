/**
 * `perflens bench-browser [--url URL] [--runs 3] [--path /]` — what a user waits for in a real
 * headless Chromium: first paint (first-contentful-paint) and first numbers (the dashboard's
 * first KPI value drawn from DuckDB), cold (a fresh browser profile: nothing cached) and warm
 * (the same profile again: Arrow tables from Cache Storage, wasm from the HTTP cache and V8's
 * compiled-code cache). Starts the production server itself unless --url is given. Prints a
 * table of medians; measurements of this machine, never test assertions.
 */
import { spawn } from 'node:child_process';
import { createServer } from 'node:net';
import type { Browser, BrowserContext } from 'playwright-core';
import { launchBrowser } from '../chromium';
import { env } from '../../lib/server/config';

export const usage =
	'perflens bench-browser [--url URL] [--runs 3] [--path /]   浏览器基准：冷启动与热启动的首次绘制、首批数字出现时间（无头 Chromium），打印表格';

const FIRST_NUMBER = '[data-kpi="spending"] [data-value]';

function parse(args: string[]): { url?: string; runs: number; path: string } {
	const out: { url?: string; runs: number; path: string } = { runs: 3, path: '/' };
	for (let i = 0; i < args.length; i++) {
		const [flag, inline] = args[i].split('=', 2) as [string, string | undefined];
		const value = inline ?? args[++i];
		if (flag === '--url') out.url = value;
		else if (flag === '--runs') out.runs = Math.max(1, Number(value) || 3);
		else if (flag === '--path') out.path = value ?? '/';
		else throw new Error(`不认识的参数：${args[i]}`);
	}
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

async function startServer(): Promise<{ url: string; stop: () => void }> {
	const port = await freePort();
	const proc = spawn(process.execPath, ['src/cli/perflens.js', 'start'], { env: { ...env(), PORT: String(port), HOST: '127.0.0.1' }, stdio: ['ignore', 'ignore', 'inherit'] });
	const url = `http://127.0.0.1:${port}`;
	for (let i = 0; i < 1200; i++) {
		if (proc.exitCode !== null) throw new Error('服务启动失败');
		if (await fetch(`${url}/data/manifest.json`).then((r) => r.ok, () => false)) return { url, stop: () => proc.kill('SIGTERM') };
		await new Promise((r) => setTimeout(r, 500));
	}
	proc.kill('SIGTERM');
	throw new Error('服务在 10 分钟内没有启动');
}

/** One page load in `context`: first-contentful-paint and the first KPI value, ms from navigation start. */
async function load(context: BrowserContext, url: string): Promise<{ paint: number; numbers: number }> {
	const page = await context.newPage();
	await page.setViewportSize({ width: 1440, height: 900 });
	await page.goto(url, { waitUntil: 'commit' });
	await page.waitForSelector(FIRST_NUMBER, { timeout: 180_000 });
	const numbers = await page.evaluate(() => performance.now());
	const paint = await page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN);
	await page.close();
	return { paint, numbers };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const s = (ms: number) => (Number.isFinite(ms) ? (ms / 1000).toFixed(2) : '—');

export async function run(args: string[]): Promise<number> {
	const opts = parse(args);
	const server = opts.url ? null : await startServer();
	const base = opts.url ?? server!.url;
	const target = new URL(opts.path, base).href;
	let browser: Browser | null = null;
	try {
		browser = await launchBrowser();
		const cold: { paint: number; numbers: number }[] = [];
		const warm: { paint: number; numbers: number }[] = [];
		for (let i = 0; i < opts.runs; i++) {
			const context = await browser.newContext({ locale: 'zh-CN' });
			cold.push(await load(context, target));
			// let the Cache Storage writes and the wasm code cache settle, then come back
			await new Promise((r) => setTimeout(r, 1500));
			warm.push(await load(context, target));
			await context.close();
			console.error(`第 ${i + 1} / ${opts.runs} 轮：冷 ${s(cold[i].numbers)} 秒，热 ${s(warm[i].numbers)} 秒`);
		}
		const rows = [
			['冷启动（无缓存）', cold],
			['热启动（同一浏览器再次打开）', warm]
		] as const;
		console.log(`页面 ${target}，${opts.runs} 轮中位数（秒）`);
		console.log('| 情形 | 首次绘制 | 首批数字 |');
		console.log('|---|---:|---:|');
		for (const [name, xs] of rows) console.log(`| ${name} | ${s(median(xs.map((x) => x.paint)))} | ${s(median(xs.map((x) => x.numbers)))} |`);
		return 0;
	} finally {
		await browser?.close();
		server?.stop();
	}
}
