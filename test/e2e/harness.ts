/**
 * End-to-end harness: the real production server (`perflens start`, as `npm start` runs it)
 * and a real headless Chromium driven by playwright-core.
 *
 * Chromium is found via CHROMIUM_PATH, then a system chromium, then @sparticuz/chromium (which
 * ships its binary inside the npm package, so a fresh machine needs no download).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
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

export type AppServer = {
	url: string;
	proc: ChildProcess;
	output: () => string;
	stop: () => Promise<void>;
	/** the session cookie of the test administrator (signed in once the server is up) */
	cookie: string;
	/** sign in as someone else; the cookie header */
	signIn: (email: string, password: string) => Promise<string>;
};

/** The administrator every e2e server gets (created in its data directory before it starts). */
export const E2E_ADMIN = { email: 'e2e-admin@perflens.test', password: 'e2e-admin-password', name: '测试管理员' };

/** The app whose administrator new pages are signed in as (the last one started). */
let current: AppServer | null = null;

/** Run `perflens user add` against a data directory (an existing user is fine). */
export function addUser(env: Record<string, string>, u: { email: string; password: string; name: string; role: string; department?: string }): void {
	const args = ['src/cli/perflens.js', 'user', 'add', '--email', u.email, '--name', u.name, '--role', u.role, '--password', u.password];
	if (u.department) args.push('--department', u.department);
	spawnSync(process.execPath, args, { cwd: resolve('.'), env: { ...process.env, ...env }, stdio: 'ignore' });
}

/** Sign in through the login form; the session cookie as a Cookie header value. (node:http: the
 * request carries this site's Origin, as a browser's form post does.) */
export function signInAt(url: string, email: string, password: string): Promise<string> {
	const u = new URL(url);
	const body = new URLSearchParams({ email, password }).toString();
	return new Promise((ok, fail) => {
		const req = httpRequest(
			{ host: u.hostname, port: u.port, path: '/login', method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded', origin: u.origin, 'content-length': Buffer.byteLength(body) } },
			(res) => {
				let text = '';
				res.on('data', (d) => (text += d));
				res.on('end', () => {
					const m = /perflens_session=([^;]+)/.exec(String(res.headers['set-cookie'] ?? ''));
					if (m) ok(`perflens_session=${m[1]}`);
					else fail(new Error(`sign-in failed (${res.statusCode}): ${text.slice(0, 300)}`));
				});
			}
		);
		req.on('error', fail);
		req.end(body);
	});
}

/**
 * The last corpus file of the e2e tests' dataset. The page tests check figures worked out by hand
 * from the documents of the seeds and of corpus files 01–238 (the bundled dataset of 2026-11-30);
 * the bundled dataset grows with every corpus batch (files 239–326 joined on 2026-12-01), and a test
 * should not have to be worked out again because a document it does not read was added.
 * The unit tests (projects.test.ts and others) read the whole bundled dataset.
 */
export const PINNED_CORPUS_LAST = 238;

/**
 * A data directory holding data/reports and the corpus files numbered up to PINNED_CORPUS_LAST
 * (sources and gold; files without a number are the first corpus's and kept), built the way
 * `npm run data` builds data/ (build-data, then demo). Built once per content: its name carries a
 * hash of every input file and of the code under src/lib and src/cli, and it appears whole (a rename)
 * or not at all.
 */
export function pinnedDataDir(): string {
	const pick = (dir: string) =>
		readdirSync(resolve('data', dir))
			.filter((f) => {
				const m = /^(\d+)_/.exec(f);
				return !m || Number(m[1]) <= PINNED_CORPUS_LAST;
			})
			.sort();
	const parts = { reports: readdirSync(resolve('data/reports')).sort(), sources: pick('sources'), gold: pick('gold') };
	const h = createHash('sha256');
	for (const [dir, files] of Object.entries(parts)) for (const f of files) h.update(`${dir}/${f}\0`).update(readFileSync(resolve('data', dir, f)));
	// and the code that builds it (the writer, the schema, the metric tables, the demo generator): a
	// change there builds it again rather than test pages over a stale copy
	const code = (dir: string): string[] =>
		readdirSync(resolve(dir), { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? code(join(dir, e.name)) : /\.(ts|js)$/.test(e.name) ? [join(dir, e.name)] : [])).sort();
	for (const f of [...code('src/lib'), ...code('src/cli')]) h.update(`${f}\0`).update(readFileSync(resolve(f)));
	const out = join(tmpdir(), `perflens-e2e-data-${h.digest('hex').slice(0, 16)}`);
	if (existsSync(out)) return out;
	const tmp = `${out}.tmp-${process.pid}`;
	rmSync(tmp, { recursive: true, force: true });
	for (const [dir, files] of Object.entries(parts)) {
		mkdirSync(join(tmp, dir), { recursive: true });
		for (const f of files) cpSync(resolve('data', dir, f), join(tmp, dir, f));
	}
	for (const cmd of ['build-data', 'demo']) {
		const r = spawnSync(process.execPath, ['src/cli/perflens.js', cmd], { cwd: resolve('.'), env: { ...process.env, PERFLENS_DATA_DIR: tmp }, encoding: 'utf8' });
		if (r.status !== 0) throw new Error(`perflens ${cmd} (e2e dataset) failed:\n${r.stdout}\n${r.stderr}`);
	}
	if (existsSync(out)) rmSync(tmp, { recursive: true, force: true });
	else renameSync(tmp, out);
	return out;
}

/**
 * Start the production server exactly as `npm start` does, on a free port; over the e2e dataset
 * (pinnedDataDir) unless the test gives its own PERFLENS_DATA_DIR.
 */
export async function startApp(given: Record<string, string> = {}): Promise<AppServer> {
	const env = given.PERFLENS_DATA_DIR ? given : { ...given, PERFLENS_DATA_DIR: pinnedDataDir() };
	const port = await freePort();
	addUser(env, { ...E2E_ADMIN, role: 'admin' });
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
	let cookie: string;
	try {
		cookie = await signInAt(url, E2E_ADMIN.email, E2E_ADMIN.password);
	} catch (e) {
		proc.kill('SIGTERM'); // never leave a server behind
		throw e;
	}
	const app: AppServer = {
		url,
		proc,
		cookie,
		signIn: (email, password) => signInAt(url, email, password),
		output: () => log,
		stop: () =>
			new Promise<void>((ok) => {
				if (proc.exitCode !== null) return ok();
				proc.once('exit', () => ok());
				proc.kill('SIGTERM');
			})
	};
	current = app;
	return app;
}

/** A page that records every request leaving localhost (the app must work offline). */
export async function offlinePage(browser: Browser, opts: { signedIn?: boolean } = {}): Promise<{ page: Page; foreign: string[]; errors: string[] }> {
	// the users' own locale and time zone (the server runs in UTC)
	const page = await browser.newPage({ viewport: { width: 1400, height: 900 }, locale: 'zh-CN', timezoneId: 'Asia/Shanghai' });
	// signed in as the test administrator unless asked not to (reading needs no sign-in)
	if (current && opts.signedIn !== false) {
		const [name, value] = current.cookie.split('=');
		await page.context().addCookies([{ name, value, url: current.url, httpOnly: true, sameSite: 'Strict', secure: true }]);
	}
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
