/**
 * End-to-end harness: the real production server (`perflens start`, as `npm start` runs it)
 * and a real headless Chromium driven by playwright-core.
 *
 * Chromium is found via CHROMIUM_PATH, then a system chromium, then @sparticuz/chromium (which
 * ships its binary inside the npm package, so a fresh machine needs no download).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { createServer } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';

export { findChromium, launchBrowser } from '../../src/cli/chromium';

export async function freePort(): Promise<number> {
	return new Promise((ok, fail) => {
		const s = createServer();
		s.unref();
		s.on('error', fail);
		s.listen(0, '127.0.0.1', () => {
			const a = s.address();
			const port = typeof a === 'object' && a ? a.port : 0;
			s.close(() => ok(port));
		});
	});
}

export type AppServer = { url: string; proc: ChildProcess; output: () => string; stop: () => Promise<void> };

/** Start the production server exactly as `npm start` does, on a free port. */
export async function startApp(env: Record<string, string> = {}): Promise<AppServer> {
	const port = await freePort();
	const proc = spawn(process.execPath, ['src/cli/perflens.js', 'start'], {
		cwd: resolve('.'),
		env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...env },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	proc.stdout!.on('data', (d) => (log += d));
	proc.stderr!.on('data', (d) => (log += d));
	const url = `http://127.0.0.1:${port}`;
	const deadline = Date.now() + 540_000; // a first start builds the app
	for (;;) {
		if (proc.exitCode !== null) throw new Error(`server exited (${proc.exitCode}):\n${log}`);
		try {
			const r = await fetch(url + '/data/manifest.json');
			if (r.ok) break;
		} catch {
			/* not up yet */
		}
		if (Date.now() > deadline) throw new Error(`server did not start:\n${log}`);
		await new Promise((r) => setTimeout(r, 500));
	}
	return {
		url,
		proc,
		output: () => log,
		stop: () =>
			new Promise<void>((ok) => {
				if (proc.exitCode !== null) return ok();
				proc.once('exit', () => ok());
				proc.kill('SIGTERM');
			})
	};
}

/** A page that records every request leaving localhost (the app must work offline). */
export async function offlinePage(browser: Browser): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
	// the users' own locale and time zone (the server runs in UTC)
	const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
	const foreign: string[] = [];
	const errors: string[] = [];
	page.on('request', (req) => {
		const u = new URL(req.url());
		if (!['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname) && !['data:', 'blob:'].includes(u.protocol)) {
			foreign.push(req.url());
		}
	});
	page.on('pageerror', (e) => errors.push(String(e)));
	page.on('console', (m) => {
		if (m.type() === 'error') errors.push(m.text());
	});
	return { page, foreign, errors };
}

export const ARTIFACTS = resolve('test/.artifacts');
export function artifact(name: string): string {
	mkdirSync(ARTIFACTS, { recursive: true });
	return resolve(ARTIFACTS, name);
}
