/**
 * Headless Chromium for the end-to-end tests and the browser benchmark, driven by
 * playwright-core. Found via CHROMIUM_PATH, then a system chromium, then @sparticuz/chromium
 * (which ships its binary inside the npm package, so a fresh machine needs no download).
 */
import { existsSync } from 'node:fs';
import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { env } from '../lib/server/config';

const SYSTEM_CHROMIUMS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable'];

export async function findChromium(): Promise<{ path: string; via: string }> {
	const given = env().CHROMIUM_PATH;
	if (given) return { path: given, via: 'CHROMIUM_PATH' };
	const sys = SYSTEM_CHROMIUMS.find((p) => existsSync(p));
	if (sys) return { path: sys, via: 'system' };
	const sparticuz = (await import('@sparticuz/chromium')).default;
	return { path: await sparticuz.executablePath(), via: '@sparticuz/chromium' };
}

const ARGS = ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--disable-quic', '--disable-dev-shm-usage'];

export async function launchBrowser(): Promise<Browser> {
	const { path } = await findChromium();
	return chromium.launch({ executablePath: path, headless: true, args: ARGS });
}

/**
 * A browser with a profile on disk (`dir`), as a user's is: its HTTP cache and V8's compiled-code
 * cache persist between pages, which a throwaway context's small in-memory cache does not do for a
 * 34 MB wasm file. For the benchmark's cold and warm visits.
 */
export async function launchProfile(dir: string): Promise<BrowserContext> {
	const { path } = await findChromium();
	return chromium.launchPersistentContext(dir, { executablePath: path, headless: true, args: ARGS, locale: 'zh-CN' });
}
