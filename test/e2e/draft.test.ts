/**
 * /draft (问题起草) in headless Chromium against the production server: offline (no
 * configuration), then with PERFLENS_LLM_BASE_URL pointing at the scripted OpenAI-compatible
 * server of test/helpers (good answer, then failures → visible offline fallback).
 */
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { artifact, launchBrowser, offlinePage, startApp, type AppServer } from './harness';
import { goodDraftJson, startScriptedServer, type ScriptedServer } from '../helpers/openai-server';

const ZJ = 'guangdong-zhanjiang-kexie-2024-self';
const HY = 'hunan-hengyang-kexie-2024-self';
const KEY = 'sk-test-never-in-browser-8472';
let browser: Browser;
let draftsDir: string;

beforeAll(async () => {
	browser = await launchBrowser();
	draftsDir = mkdtempSync(join(tmpdir(), 'perflens-drafts-'));
});
afterAll(async () => {
	await browser?.close();
	rmSync(draftsDir, { recursive: true, force: true });
});

const NO_LLM = { PERFLENS_LLM_BASE_URL: '', PERFLENS_LLM_API_KEY: '', PERFLENS_LLM_MODEL: '' };

async function open(app: AppServer, id: string) {
	const o = await offlinePage(browser);
	o.page.setDefaultTimeout(60_000);
	await o.page.goto(`${app.url}/draft?report=${id}`);
	await o.page.waitForSelector('aside.facts li');
	return o;
}
async function generate(page: Page) {
	await page.click('[data-testid=generate]');
	await page.waitForSelector('[data-testid=drafter]');
	await page.waitForFunction(() => !document.querySelector('[data-testid=generate]')?.hasAttribute('disabled'));
}
const itemsText = (page: Page) => page.$$eval('[data-testid=item] textarea', (ts) => ts.map((t) => (t as HTMLTextAreaElement).value).join('\n'));

describe('/draft offline (no configuration)', () => {
	let app: AppServer;
	beforeAll(async () => {
		app = await startApp({ ...NO_LLM, PERFLENS_DRAFTS_DIR: draftsDir });
	});
	afterAll(async () => app?.stop());

	it('湛江 2024: facts, offline draft grounded, edit → highlight, save versions, docx', async () => {
		const { page, foreign, errors } = await open(app, ZJ);
		expect(await page.textContent('nav')).toContain('问题起草');
		expect(await page.textContent('aside.facts')).toContain('91.13万元');
		expect(await page.textContent('[data-testid=drafter-info]')).toContain('离线起草');
		await generate(page);
		expect(await page.textContent('[data-testid=drafter]')).toBe('离线起草');
		expect(await page.locator('[data-testid=item]').count()).toBeGreaterThanOrEqual(5);
		await page.waitForSelector('[data-testid=grounded-ok]');
		const text = await itemsText(page);
		for (const s of ['863.08万元', '91.13万元', '10.56%', '22.44%', '9851%']) expect(text).toContain(s);
		// the audit's inconsistencies are a fix-before-filing list linked to /audit, not part of the narrative:
		// 管理效率 二级 分值 (表1) 2 + 7 + 3 + 20 + 10 + 10 + 3 = 55, stated as 50
		expect(text).not.toMatch(/勾稽|前后不一致/);
		expect(await page.textContent('[data-testid=fix-before-filing] summary')).toContain('18 处');
		expect(await page.textContent('[data-testid=fix-before-filing]')).toContain('2 + 7 + 3 + 20 + 10 + 10 + 3 = 55 分，而管理效率分值写作 50 分');
		expect(await page.getAttribute('[data-testid=fix-before-filing] a', 'href')).toBe('/audit?dept=guangdong-zhanjiang-kexie&year=2024&severity=error');
		// 年度施工质量合格率 0%: the report explains a force-majeure halt (产权问题导致项目停止), so no weakness is written
		expect(await page.textContent('[data-testid=excused]')).toContain('不可抗力');
		expect(text).not.toContain('年度施工质量合格率');
		expect(await page.textContent('[data-testid=item] .chips')).toContain('年初预算');
		await page.screenshot({ path: artifact('draft-offline.png'), fullPage: true });

		// edit in place: an invented figure is highlighted
		const ta = page.locator('[data-testid=item] textarea').first();
		await ta.fill((await ta.inputValue()) + '执行率仅为35.5%。');
		await page.waitForSelector('[data-testid=ungrounded-count]');
		expect(await page.textContent('[data-testid=item] mark.bad')).toBe('35.5%');
		await page.locator('[data-testid=item]').first().screenshot({ path: artifact('draft-ungrounded.png') });

		// save twice → versions 1 and 2 on disk (atomic write leaves no temp files)
		await page.click('[data-testid=save]');
		await page.waitForSelector('text=已保存为第 1 版');
		await page.click('[data-testid=save]');
		await page.waitForSelector('text=已保存为第 2 版');
		const files = readdirSync(join(draftsDir, ZJ)).sort();
		expect(files).toEqual(['1.json', '2.json']);
		expect(JSON.parse(readFileSync(join(draftsDir, ZJ, '1.json'), 'utf8')).items[0].problem).toContain('35.5%');

		// .docx
		const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=docx]')]);
		const path = artifact('draft-zhanjiang.docx');
		await download.saveAs(path);
		const { value } = await mammoth.extractRawText({ path });
		expect(value).toContain('一、存在问题');
		expect(value).toContain('二、改进措施');
		expect(value).toContain('91.13万元');
		expect(readFileSync(path).subarray(0, 2).toString()).toBe('PK');

		// regenerate one item
		const before = await page.locator('[data-testid=item]').count();
		await page.locator('[data-testid=item] button', { hasText: '重新生成此条' }).nth(1).click();
		await page.waitForFunction(() => !document.querySelector('[data-testid=generate]')?.hasAttribute('disabled'));
		expect(await page.locator('[data-testid=item]').count()).toBe(before);
		expect(foreign).toEqual([]);
		expect(errors).toEqual([]);
		await page.close();
	});

	it('衡阳 2024: overstaffing named; the 基本支出 break (334.93 + 91.53 = 426.46 ≠ 526.47) is a fix-before-filing warning', async () => {
		const { page } = await open(app, HY);
		await generate(page);
		const text = await itemsText(page);
		expect(text).not.toContain('526.47万元');
		expect(await page.textContent('[data-testid=fix-before-filing]')).toContain('526.47');
		expect(text).toMatch(/核定编制19人.*实有人数21人/);
		await page.screenshot({ path: artifact('draft-hengyang.png'), fullPage: true });
		await page.close();
	});
});

describe('/draft: the drafter’s day (1440 and 390 px)', () => {
	let app: AppServer;
	beforeAll(async () => {
		app = await startApp({ ...NO_LLM, PERFLENS_DRAFTS_DIR: draftsDir });
	});
	afterAll(async () => app?.stop());

	for (const viewport of [{ width: 1440, height: 900 }, { width: 390, height: 844 }])
		it(`南雄 2023 at ${viewport.width} px: chosen in the pickers, never a blank draft, edits survive a reload, leaving warns, times are local`, async () => {
			const { page: p, errors } = await offlinePage(browser);
			p.setDefaultTimeout(60_000);
			await p.setViewportSize(viewport);
			await p.goto(`${app.url}/draft`);
			await p.waitForSelector('aside.facts li');
			await p.getByLabel('部门').selectOption('南雄市科学技术协会');
			await p.waitForURL(/report=guangdong-shaoguan-nanxiong-kexie-2023-self/);
			await p.waitForSelector('aside.facts li');
			await generate(p);
			// the report's own 存在问题 weighed against its figures: 支出 207.48 万元, stated rate 100%
			const text = await itemsText(p);
			expect(text).toContain('项目支出执行进度仍需提高');
			expect(text).toContain('全年支出决算207.48万元');
			expect(text).toContain('预算执行率为100%');
			expect(text).toContain('内控管理工作仍需加强');
			// edit, reload: the report and the edit come back from the URL and local storage
			const title = p.locator('input[aria-label="问题标题"]').first();
			await title.fill(`项目支出进度需加快（${viewport.width}）`);
			await p.waitForSelector('[data-testid=unsaved]');
			await p.reload();
			await p.waitForSelector('[data-testid=item]');
			expect(await p.locator('input[aria-label="问题标题"]').first().inputValue()).toBe(`项目支出进度需加快（${viewport.width}）`);
			expect(await p.getByLabel('部门').inputValue()).toBe('南雄市科学技术协会');
			await p.waitForSelector('text=已恢复上次未保存的修改');
			// leaving with unsaved changes asks first; cancelling stays
			p.once('dialog', (d) => void d.dismiss());
			await p.locator('nav a', { hasText: '报告' }).first().click();
			await p.waitForTimeout(500);
			expect(new URL(p.url()).pathname).toBe('/draft');
			// saved: the version time is the reader's time zone (Asia/Shanghai in this browser)
			await p.click('[data-testid=save]');
			await p.waitForSelector('text=已保存为第');
			const version = await p.locator('.versions button').last().textContent();
			const stamp = /(\d{4}\/\d{2}\/\d{2} \d{2}:\d{2})/.exec(version ?? '')![1];
			const shanghai = new Date().toLocaleString('zh-CN', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hour12: false });
			expect(Math.abs(Date.parse(stamp.replace(/\//g, '-').replace(' ', 'T')) - Date.parse(shanghai.replace(/\//g, '-').replace(' ', 'T')))).toBeLessThanOrEqual(120_000);
			expect(await p.locator('[data-testid=unsaved]').count()).toBe(0);
			await p.screenshot({ path: artifact(`draft-nanxiong-${viewport.width}.png`), fullPage: true });
			expect(await p.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(viewport.width);
			expect(errors).toEqual([]);
			await p.close();
		});
});

describe('/draft with an OpenAI-compatible endpoint (scripted, loopback)', () => {
	let app: AppServer;
	let srv: ScriptedServer;
	beforeAll(async () => {
		srv = await startScriptedServer({ fallback: () => ({ kind: 'content', content: goodDraftJson(), chunks: 8, delayMs: 50 }), lifetimeMs: 900_000 });
		app = await startApp({ PERFLENS_LLM_BASE_URL: srv.url, PERFLENS_LLM_API_KEY: KEY, PERFLENS_LLM_MODEL: 'scripted-model', PERFLENS_LLM_OUTPUT: 'json_object', PERFLENS_LLM_TIMEOUT_MS: '4000', PERFLENS_DRAFTS_DIR: draftsDir });
	});
	afterAll(async () => {
		await app?.stop();
		await srv?.close();
	});

	it('the model drafts; the key never reaches the browser', async () => {
		const { page, foreign } = await open(app, ZJ);
		const bodies: string[] = [];
		page.on('response', async (r) => {
			try {
				bodies.push(await r.text());
			} catch {
				/* redirects, downloads */
			}
		});
		expect(await page.textContent('[data-testid=drafter-info]')).toContain('scripted-model');
		await generate(page);
		expect(await page.textContent('[data-testid=drafter]')).toContain('大模型起草');
		expect(await page.textContent('[data-testid=progress]')).toContain('正在调用大模型');
		const text = await itemsText(page);
		expect(text).toContain('年中调减91.13万元');
		expect(await page.locator('[data-testid=notice]').count()).toBe(0);
		expect(srv.requests.length).toBeGreaterThanOrEqual(1);
		await page.screenshot({ path: artifact('draft-llm.png'), fullPage: true });
		expect((await page.content()).includes(KEY)).toBe(false);
		expect(bodies.some((b) => b.includes(KEY))).toBe(false);
		expect(foreign).toEqual([]);
		await page.close();
	});

	it('server errors and an invented number → offline draft with a visible notice', async () => {
		const { page } = await open(app, ZJ);
		srv.push({ kind: 'status', status: 500 }, { kind: 'content', content: JSON.stringify({ items: [{ topic: 'x', problem_title: '问题', problem: '执行率仅为35.5%。', measure_title: '措施', measure: '加强管理。', fact_ids: ['exec_rate'] }] }) });
		await generate(page);
		expect(await page.textContent('[data-testid=drafter]')).toBe('离线起草');
		const notice = await page.textContent('[data-testid=notice]');
		expect(notice).toContain('大模型起草未成功');
		expect(notice).toContain('35.5%');
		expect(await page.textContent('[data-testid=progress]')).toContain('HTTP 500');
		await page.waitForSelector('[data-testid=grounded-ok]');
		await page.screenshot({ path: artifact('draft-llm-fallback.png'), fullPage: true });
		await page.close();
	});

	it('a timeout → offline with notice', async () => {
		const { page } = await open(app, ZJ);
		srv.push({ kind: 'hang' }, { kind: 'status', status: 429 });
		await generate(page);
		expect(await page.textContent('[data-testid=drafter]')).toBe('离线起草');
		expect(await page.textContent('[data-testid=notice]')).toContain('限流');
		expect(await page.textContent('[data-testid=progress]')).toContain('超时');
		expect(existsSync(draftsDir)).toBe(true);
		await page.close();
	});
});
