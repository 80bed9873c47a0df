/**
 * The import page's guards (review 7): a hand-checked corpus record (data/gold) counts as an
 * existing report (the replace question, the history copy, 替换报告 in the audit log); saving
 * with unread figures asks first and lists them; unsaved edits are asked about before another
 * file is read or the page is left; roles that cannot save are told up front.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { addUser, artifact, launchBrowser, offlinePage, startApp, type AppServer } from './harness';

let app: AppServer;
let browser: Browser;
let dir: string;
const LEADER = { email: 'ui7-leader@perflens.test', password: 'ui7-leader-password', name: '领导甲', role: 'leader' };
const G119 = '119_jishan-zhaidian-health-center_2021_project-selfeval-table';
let leaderCookie: string;
const STAFF = { email: 'zj-ui7@perflens.test', password: 'zj-ui7-password', name: '湛江填报员', role: 'department', department: 'guangdong-zhanjiang-kexie' };
let staffCookie: string;

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'pl-e2e-ui7-'));
	cpSync('data/reports', join(dir, 'reports'), { recursive: true });
	cpSync('data/sources', join(dir, 'sources'), { recursive: true });
	mkdirSync(join(dir, 'gold'));
	cpSync(join('data/gold', `${G119}.json`), join(dir, 'gold', `${G119}.json`));
	addUser({ PERFLENS_DATA_DIR: dir }, LEADER);
	addUser({ PERFLENS_DATA_DIR: dir }, STAFF);
	app = await startApp({ PERFLENS_DATA_DIR: dir, PERFLENS_LLM_BASE_URL: '', PERFLENS_LLM_API_KEY: '', PERFLENS_LLM_MODEL: '' });
	browser = await launchBrowser();
	leaderCookie = await app.signIn(LEADER.email, LEADER.password);
	staffCookie = await app.signIn(STAFF.email, STAFF.password);
}, 600_000);
afterAll(async () => {
	await browser?.close();
	await app?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

async function importFile(page: Page, path: string) {
	await page.locator('[data-testid=file-input]').setInputFiles(resolve(path));
	await page.waitForSelector('[data-testid=summary]', { timeout: 120_000 });
}

describe('import guards', () => {
	it('a data/gold record is an existing report: asked before replacing, kept in history, logged as 替换报告', async () => {
		const { page } = await offlinePage(browser);
		await page.goto(app.url + '/import');
		await importFile(page, `data/sources/${G119}.txt`);
		await expect.poll(() => page.locator('[data-testid=error-count]').textContent(), { timeout: 60_000 }).toBe('校验通过');
		await page.locator('[data-testid=save]').click();
		const ask = page.locator('[data-testid=unread-dialog]');
		if (await ask.isVisible()) {
			// unread figures: listed before saving
			expect(await ask.locator('li').count()).toBeGreaterThan(0);
			await page.screenshot({ path: artifact('ui7-unread-dialog.png') });
			await page.locator('[data-testid=confirm-unread]').click();
		}
		const dlg = page.locator('[data-testid=conflict-dialog]');
		await dlg.waitFor({ state: 'visible', timeout: 60_000 });
		expect(await dlg.textContent()).toContain('人工核对');
		await page.screenshot({ path: artifact('ui7-gold-conflict.png') });
		await page.locator('[data-testid=confirm-replace]').click();
		await page.locator('[data-testid=save-result]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-testid=save-result]').textContent()).toContain('历史记录');
		expect(existsSync(join(dir, 'gold', `${G119}.json`))).toBe(true);
		const id = readdirSync(join(dir, 'history'))[0];
		expect(readdirSync(join(dir, 'history', id))).toHaveLength(1);
		const log = readFileSync(join(dir, 'audit-log.jsonl'), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
		expect(log.at(-1).action).toBe('替换报告');
		expect(log.at(-1).from[0]).toMatch(/^history\//);
		await page.close();
	});

	it('unsaved edits: asked before another file is read or the page is left', async () => {
		const { page } = await offlinePage(browser);
		await page.goto(app.url + '/import');
		await importFile(page, 'data/sources/' + JSON.parse(readFileSync('data/reports/hunan-hengyang-kexie-2024-self.json', 'utf8')).source_file);
		await page.locator('input[data-field=title]').fill('改过的标题');
		const asked: string[] = [];
		page.on('dialog', (d) => {
			asked.push(d.message());
			void d.dismiss();
		});
		await page.locator('[data-testid=file-input]').setInputFiles(resolve('data/sources/' + JSON.parse(readFileSync('data/reports/guangdong-zhanjiang-kexie-2024-self.json', 'utf8')).source_file));
		await expect.poll(() => asked.length).toBe(1);
		expect(asked[0]).toContain('未保存的修改');
		expect(await page.locator('input[data-field=title]').inputValue()).toBe('改过的标题');
		// the nav at 390 px
		await page.setViewportSize({ width: 390, height: 844 });
		await page.evaluate(() => (document.querySelector('a[href="/reports"]') as HTMLAnchorElement).click());
		await expect.poll(() => asked.length).toBeGreaterThanOrEqual(2);
		expect(new URL(page.url()).pathname).toBe('/import');
		await page.screenshot({ path: artifact('ui7-leave-390.png') });
		await page.close();
	});

	it('a leader is told up front that they cannot save', async () => {
		const { page } = await offlinePage(browser);
		await page.context().clearCookies();
		const [name, value] = leaderCookie.split('=');
		await page.context().addCookies([{ name, value, url: app.url, httpOnly: true, sameSite: 'Strict', secure: true }]);
		await page.goto(app.url + '/import');
		const note = page.locator('[data-testid=save-blocked]');
		await note.waitFor({ timeout: 60_000 });
		expect(await note.textContent()).toContain('领导');
		await importFile(page, 'data/sources/' + JSON.parse(readFileSync('data/reports/hunan-hengyang-kexie-2024-self.json', 'utf8')).source_file);
		expect(await page.locator('[data-testid=save]').isDisabled()).toBe(true);
		await page.screenshot({ path: artifact('ui7-leader-import.png') });
		await page.close();
	});
});

describe('other pages (review 7)', () => {
	it('/admin: the create form is checked in the page, in Chinese; a refusal is not shown as a success', async () => {
		const { page } = await offlinePage(browser);
		await page.goto(app.url + '/admin');
		await page.locator('input[name=name]').fill('新用户');
		await page.locator('input[name=email]').fill('not_an_email');
		await page.locator('input[name=password]').fill('password-123');
		await page.getByRole('button', { name: '创建' }).click();
		const err = page.locator('form[action="?/create"] .field-error');
		await err.first().waitFor({ timeout: 30_000 });
		expect(await err.first().textContent()).toContain('邮箱格式不正确');
		await page.screenshot({ path: artifact('ui7-admin-create.png') });
		await page.close();
	});

	it('/sql with a refused statement: the refusal, and no endless data progress', async () => {
		const { page } = await offlinePage(browser);
		await page.goto(app.url + '/sql?q=' + encodeURIComponent('DELETE FROM reports'));
		await page.waitForTimeout(3000);
		expect(await page.locator('[data-loading]').count()).toBe(0);
		await page.screenshot({ path: artifact('ui7-sql-delete.png') });
		await page.close();
	});

	it('/login with 查看也需要登录 on asks for no manifest', async () => {
		const set = (on: boolean) =>
			fetch(app.url + '/admin?/settings', { method: 'POST', body: on ? 'require_login_for_reading=on' : '', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: app.cookie, origin: app.url }, redirect: 'manual' });
		await set(true);
		try {
			const { page } = await offlinePage(browser, { signedIn: false });
			const asked: string[] = [];
			page.on('request', (r) => {
				if (r.url().includes('manifest.json')) asked.push(r.url());
			});
			await page.goto(app.url + '/login');
			await page.waitForLoadState('networkidle');
			expect(asked).toEqual([]);
			await page.close();
		} finally {
			await set(false);
		}
	});

	it('/draft: the report opened is in the address; staff opening another department\'s address are told', async () => {
		const { page } = await offlinePage(browser);
		await page.context().clearCookies();
		const [name, value] = staffCookie.split('=');
		await page.context().addCookies([{ name, value, url: app.url, httpOnly: true, sameSite: 'Strict', secure: true }]);
		await page.goto(app.url + '/draft?department=guangdong-shaoguan-nanxiong-kexie');
		const notice = page.locator('[data-testid=draft-notice]');
		await notice.waitFor({ timeout: 60_000 });
		expect(await notice.textContent()).toContain('只能为本部门起草');
		await page.waitForURL(/report=guangdong-zhanjiang-kexie-/, { timeout: 30_000 });
		expect(page.url()).not.toContain('nanxiong');
		await page.screenshot({ path: artifact('ui7-draft-staff-foreign.png') });
		await page.close();
	});
});
