/**
 * One production server and one headless Chromium for a test file: started before its tests,
 * stopped after them. `served.app` and `served.browser` are set once the file's tests run.
 */
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser, startApp, type AppServer } from './harness';

export function servedForFile(env: Record<string, string> = {}): { app: AppServer; browser: Browser } {
	const served = {} as { app: AppServer; browser: Browser };
	beforeAll(async () => {
		served.app = await startApp(env);
		served.browser = await launchBrowser();
	});
	afterAll(async () => {
		await served.browser?.close();
		await served.app?.stop();
	});
	return served;
}
