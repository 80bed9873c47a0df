/**
 * The import page (/import) end to end, in headless Chromium against the production server
 * with a temporary copy of data/ (PERFLENS_DATA_DIR): every seed's text, a Word and a PDF
 * fixture read and extracted in the browser, figures equal to the gold records, a figure's
 * source sentence highlighted, a correction, saving (new report and confirm-replace), the new
 * report in the reports list, bad files refused with nothing written, and pasted text whose
 * amounts the extractor could not place assigned by the user in two clicks each.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { artifact, launchBrowser, offlinePage, startApp, type AppServer } from './harness';
import { zipBomb } from '../helpers/zip';
import { startScriptedServer, type ScriptedServer } from '../helpers/openai-server';
import { quotedNodes } from '../../src/lib/schema/provenance';
import { parseNumber } from '../../src/lib/text/normalize';
import { labelOf } from '../../src/lib/components/import/fields';
import type { Report } from '../../src/lib/schema/report';
import { isSeedSource } from '../../src/lib/extract/evaluate';

let app: AppServer;
let browser: Browser;
let dir: string;

const NX = 'guangdong-shaoguan-nanxiong-kexie-2023-self';
const ZJ = 'guangdong-zhanjiang-kexie-2024-self';

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'pl-e2e-import-'));
	cpSync('data/reports', join(dir, 'reports'), { recursive: true });
	cpSync('data/sources', join(dir, 'sources'), { recursive: true });
	rmSync(join(dir, 'reports', `${NX}.json`)); // imported below as a new report
	app = await startApp({ PERFLENS_DATA_DIR: dir });
	browser = await launchBrowser();
});
afterAll(async () => {
	await browser?.close();
	await app?.stop();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** gold records by source file */
const gold = new Map<string, Record<string, unknown>>();
for (const f of readdirSync('data/reports')) {
	const r = JSON.parse(readFileSync(join('data/reports', f), 'utf8'));
	gold.set(r.source_file, r);
}

/** Every file of the data directory with a hash of its bytes. */
/**
 * After a save the server computes the metric tables in the background, started by the first
 * request for the manifest (every page asks for it as it starts DuckDB): a test that checks that
 * nothing is written starts that job and waits for it first.
 */
const metricsSettled = async () => {
	await fetch(app.url + '/data/manifest.json', { headers: { cookie: app.cookie } });
	await expect.poll(() => JSON.parse(readFileSync(join(dir, 'arrow', 'manifest.json'), 'utf8')).prebuilt === true, { timeout: 180_000, interval: 500 }).toBe(true);
};

function snapshot(root = dir): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const n of readdirSync(d)) {
			const p = join(d, n);
			if (statSync(p).isDirectory()) walk(p);
			else out[relative(root, p)] = createHash('sha1').update(readFileSync(p)).digest('hex');
		}
	};
	walk(root);
	return out;
}

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
	await page.locator('[data-testid=file-input]').setInputFiles(file as never);
}

/** Click save; when unread figures are left the page asks first (listing them): answer 仍然保存. */
async function clickSave(page: Page) {
	await page.locator('[data-testid=save]').click();
	const ask = page.locator('[data-testid=unread-dialog]');
	if (await ask.isVisible()) await page.locator('[data-testid=confirm-unread]').click();
}

async function importFile(page: Page, path: string) {
	await upload(page, resolve(path));
	await page.waitForSelector('[data-testid=summary]', { timeout: 120_000 });
}

/** "label = number" of every figure input of the page (labels as the page writes them) */
async function shownFigures(page: Page): Promise<string[]> {
	const rows = await page.$$eval('tr[data-path]', (trs) =>
		trs
			.map((tr) => [
				tr.querySelector('[data-testid=figure-label]')?.textContent?.trim() ?? '',
				(tr.querySelector('input[data-testid=figure-input]') as HTMLInputElement | null)?.value
			])
			.filter((x): x is [string, string] => x[1] !== undefined && x[1] !== null)
	);
	return rows.map(([l, v]) => [l, parseNumber(v)] as const).filter(([, n]) => Number.isFinite(n)).map(([l, n]) => `${l} = ${n}`);
}

/** The gold record's money and number figures, labelled as the page labels them. */
function goldNumbers(rec: unknown): string[] {
	const out: string[] = [];
	for (const { path, node } of quotedNodes(rec)) {
		if (typeof node.wan === 'number' || (typeof node.value === 'number' && typeof node.text === 'string' && !path.endsWith('.target'))) {
			const n = parseNumber(node.text as string);
			if (Number.isFinite(n)) out.push(`${labelOf(rec as Report, path)} = ${n}`);
		}
	}
	return out;
}

/** The figures shown are the gold record's (the extractor may list them in another order). */
function expectSameFigures(shown: string[], rec: unknown) {
	const want = goldNumbers(rec).sort();
	expect(want.length).toBeGreaterThan(5);
	expect(shown.filter((s) => want.includes(s)).sort()).toEqual(want);
}

/** The row of 2024 收入合计 决算 (the first figure labelled so). */
async function rowOf(page: Page, re: RegExp, value: string) {
	const rows = page.locator('tr[data-path]').filter({ hasText: re });
	const n = await rows.count();
	for (let i = 0; i < n; i++) {
		const v = await rows.nth(i).locator('input[data-testid=figure-input]').inputValue().catch(() => '');
		if (v.replace(/\s/g, '') === value) return rows.nth(i);
	}
	throw new Error(`no row ${re} = ${value}`);
}

describe('导入报告 (/import)', () => {
	it('a file chosen before the page is hydrated is read once it is (the page says it is still loading)', async () => {
		const { page, errors } = await offlinePage(browser);
		// hold the app's scripts: the server-rendered page is shown, nothing is hydrated yet
		let release!: () => void;
		const held = new Promise<void>((r) => (release = r));
		await page.route('**/_app/immutable/**', async (route) => {
			await held;
			await route.continue();
		});
		await page.goto(app.url + '/import', { waitUntil: 'commit' });
		await page.waitForSelector('[data-testid=file-input]', { state: 'attached' });
		expect(await page.locator('[data-testid=not-ready]').textContent()).toContain('页面正在加载');
		expect(await page.locator('[data-testid=file-input]').getAttribute('data-ready')).toBe('false');
		// 湛江 2024 (seed 000) chosen now, before any handler is attached
		await upload(page, resolve('data/sources', readdirSync('data/sources').find((f) => f.startsWith('000_'))!));
		release();
		await page.waitForSelector('[data-testid=summary]', { timeout: 120_000 });
		expect(await page.locator('[data-testid=summary]').textContent()).toContain('000_');
		expect(await page.locator('[data-testid=not-ready]').count()).toBe(0);
		// 2024 收入决算 771.95 (“收入合计771.95万元”) is among the figures read
		expect((await shownFigures(page)).some((f) => f.endsWith(' = 771.95'))).toBe(true);
		expect(errors).toEqual([]);
		await page.unroute('**/_app/immutable/**');
		await page.close();
	});

	it('reads every seed text in the browser: the figures shown equal the gold records; a figure shows its source sentence', async () => {
		const { page, foreign, errors } = await offlinePage(browser);
		await page.goto(app.url + '/import');
		await page.waitForSelector('[data-testid=file-input]', { state: 'attached' });
		// the seeds (their gold records are in data/reports; the corpus documents' are in data/gold)
		for (const f of readdirSync('data/sources').filter((x) => isSeedSource(x)).sort()) {
			await importFile(page, join('data/sources', f));
			await expect.poll(() => page.locator('[data-testid=summary]').textContent()).toContain(f);
			expectSameFigures(await shownFigures(page), gold.get(f));
			expect(await page.locator('[data-testid=error-count]').textContent()).toBe('校验通过');
			if (f.startsWith('000_')) {
				// 湛江 2024 收入决算 771.95: click it, the highlighted sentence holds it
				const row = await rowOf(page, /2024 收入 · .*决算 · 金额/, '771.95');
				await row.locator('[data-testid=figure-label]').click();
				const mark = page.locator('[data-testid=highlight]');
				await mark.waitFor();
				expect((await mark.textContent())!.replace(/\s/g, '')).toContain('771.95');
				expect((await page.locator('[data-testid=highlight-sentence]').textContent())!.replace(/\s/g, '')).toContain('771.95');
				expect(await mark.isVisible()).toBe(true);
				await page.screenshot({ path: artifact('import-review.png') });
				// the audit findings are shown before saving
				expect(await page.locator('[data-testid=findings]').textContent()).toContain('勾稽校验');
			}
		}
		expect(foreign).toEqual([]);
		expect(errors.filter((e) => !/Warning/i.test(e))).toEqual([]);
	});

	it('imports a Word file as a new report: saved with its source, listed at /reports without a restart', async () => {
		const { page, foreign } = await offlinePage(browser);
		const before = readdirSync(join(dir, 'sources'));
		await page.goto(app.url + '/import');
		await importFile(page, 'test/fixtures/001_76cfd38e4eb4b39f.docx');
		expect(await page.locator('[data-testid=summary]').textContent()).toContain('Word');
		expectSameFigures(await shownFigures(page), gold.get('001_76cfd38e4eb4b39f.txt'));
		await clickSave(page);
		const result = page.locator('[data-testid=save-result]');
		await result.waitFor({ timeout: 60_000 });
		expect(await result.textContent()).toContain(`已保存为 ${NX}.json`);
		await page.screenshot({ path: artifact('import-saved.png') });
		expect(existsSync(join(dir, 'reports', `${NX}.json`))).toBe(true);
		const added = readdirSync(join(dir, 'sources')).filter((f) => !before.includes(f));
		expect(added).toHaveLength(1);
		const saved = JSON.parse(readFileSync(join(dir, 'reports', `${NX}.json`), 'utf8'));
		expect(saved.source_file).toBe(added[0]);

		await page.locator('[data-testid=save-result] a').click();
		await page.waitForSelector('table[aria-label="报告一览"] tbody tr', { timeout: 120_000 });
		await expect.poll(() => page.locator('table[aria-label="报告一览"] tbody tr').count(), { timeout: 30_000 }).toBe(5);
		expect(await page.locator('table[aria-label="报告一览"]').textContent()).toContain('南雄市科学技术协会');
		await page.screenshot({ path: artifact('import-reports.png'), fullPage: true });
		expect(foreign).toEqual([]);
	});

	it('imports a PDF, corrects a field, and asks before replacing the existing report', async () => {
		const { page, foreign } = await offlinePage(browser);
		await page.goto(app.url + '/import');
		await importFile(page, 'test/fixtures/000_c6a5d19b0a36d056.pdf');
		expect(await page.locator('[data-testid=summary]').textContent()).toContain('PDF');
		expectSameFigures(await shownFigures(page), gold.get('000_c6a5d19b0a36d056.txt'));
		const row = await rowOf(page, /2024 收入 · .*决算 · 金额/, '771.95');
		await row.locator('[data-testid=figure-label]').click();
		expect((await page.locator('[data-testid=highlight]').textContent())!.replace(/\s/g, '')).toContain('771.95');

		// a value the source does not say: the error shows next to the field, saving is blocked
		const input = row.locator('input[data-testid=figure-input]');
		await input.fill('771.96');
		await expect.poll(() => row.locator('.field-error').textContent()).toContain('771.96');
		expect(await page.locator('[data-testid=save]').isDisabled()).toBe(true);
		await page.screenshot({ path: artifact('import-field-error.png') });
		await input.fill('771.95');
		await expect.poll(() => page.locator('[data-testid=error-count]').textContent()).toBe('校验通过');

		// a correction: the title and the preparer
		await page.locator('input[data-field=title]').fill('湛江市科学技术协会2024年度部门整体支出绩效自评报告（更正）');
		await page.locator('input[data-field="department.preparer"]').fill('张三');

		const snap = snapshot();
		await clickSave(page);
		const dlg = page.locator('[data-testid=conflict-dialog]');
		await dlg.waitFor({ state: 'visible', timeout: 60_000 });
		expect(await dlg.textContent()).toContain('替换');
		expect(await dlg.textContent()).toContain('湛江市科学技术协会');
		await page.screenshot({ path: artifact('import-conflict.png') });
		expect(snapshot()).toEqual(snap); // nothing written before the answer

		await page.locator('[data-testid=confirm-replace]').click();
		await page.locator('[data-testid=save-result]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-testid=save-result]').textContent()).toContain('历史记录');
		const saved = JSON.parse(readFileSync(join(dir, 'reports', `${ZJ}.json`), 'utf8'));
		expect(saved.title).toMatch(/（更正）$/);
		expect(saved.department.preparer).toBe('张三');
		const hist = readdirSync(join(dir, 'history', ZJ));
		expect(hist).toHaveLength(1);
		expect(JSON.parse(readFileSync(join(dir, 'history', ZJ, hist[0]), 'utf8')).title).not.toMatch(/更正/);
		expect(foreign).toEqual([]);
	});

	it('refuses bad files with a Chinese message and writes nothing', async () => {
		// (the save of the test before leaves the server computing the metric tables in the background)
		await metricsSettled();
		const { page } = await offlinePage(browser);
		await page.goto(app.url + '/import');
		await page.waitForSelector('[data-testid=file-input]', { state: 'attached' });
		const snap = snapshot();
		const bin = Buffer.from(new Uint8Array(4096).map((_, i) => (i * 7919) % 256));
		const cases: Array<[string, Parameters<typeof upload>[1], RegExp]> = [
			['empty', { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) }, /文件是空的/],
			['binary', { name: 'report.txt', mimeType: 'text/plain', buffer: bin }, /[\u4e00-\u9fa5]/],
			['encrypted', resolve('test/fixtures/bad/encrypted.pdf'), /加密/],
			['image-only', resolve('test/fixtures/bad/image-only.pdf'), /没有可提取的文字|扫描件/],
			['too-large', { name: 'big.txt', mimeType: 'text/plain', buffer: Buffer.alloc(21 * 1024 * 1024, 0x41) }, /超过上限/],
			['zip-bomb', { name: 'bomb.docx', mimeType: 'application/octet-stream', buffer: Buffer.from(zipBomb()) }, /[\u4e00-\u9fa5]/]
		];
		for (const [name, file, re] of cases) {
			await upload(page, file);
			const err = page.locator('[data-testid=import-error]');
			await expect.poll(() => err.textContent().catch(() => ''), { timeout: 60_000 }).toMatch(re);
			const text = (await err.textContent())!;
			expect(text, name).toMatch(/无法导入/);
			expect(await page.locator('[data-testid=summary]').count()).toBe(0);
			await page.screenshot({ path: artifact(`import-bad-${name}.png`) });
		}
		expect(snapshot()).toEqual(snap);
	});

	it('the save API refuses invalid records and oversize bodies in Chinese, writing nothing', async () => {
		const snap = snapshot();
		const rec = gold.get('002_b37b7590de2bcca7.txt') as { budget: Array<{ amount: { wan: number } }> };
		const bad = structuredClone(rec);
		bad.budget[0].amount.wan += 1;
		const source = readFileSync('data/sources/002_b37b7590de2bcca7.txt', 'utf8');
		const r = await fetch(app.url + '/api/reports', {
			method: 'POST',
			headers: { 'content-type': 'application/json', cookie: app.cookie },
			body: JSON.stringify({ report: bad, source, replace: true })
		});
		expect(r.status).toBe(400);
		const j = await r.json();
		expect(j.message).toMatch(/错误/);
		expect(j.errors[0].message).toMatch(/不符/);
		const big = await fetch(app.url + '/api/reports', {
			method: 'POST',
			headers: { 'content-type': 'application/json', cookie: app.cookie },
			body: JSON.stringify({ report: rec, source: 'x'.repeat(26 * 1024 * 1024) })
		}).catch((e) => e as Error);
		if (!(big instanceof Error)) expect(big.status).toBe(413);
		expect(snapshot()).toEqual(snap);
	});
	it('an overview shown from the rows built with the data is redrawn from the new data once a report is saved (no stale first screen)', async () => {
		await metricsSettled();
		const { page } = await offlinePage(browser);
		await page.goto(app.url + '/?year=2024');
		await page.locator('[data-kpi="spending"] [data-value]').waitFor({ timeout: 120_000 });
		const year2024 = () => page.locator('select[aria-label="年度"] option[value="2024"]').textContent();
		// the seeds' 2024 department-wide reports: 湛江 (000) and 衡阳 (004)
		expect(await year2024()).toBe('2024 年（2 个部门）');
		// corpus 209 徐闻县前山镇人民政府 2024 (a department-wide report stating staff only), saved meanwhile through the API
		const rec = JSON.parse(readFileSync('data/gold/209_xuwen-qianshan-town_2024_dept-selfeval-report.json', 'utf8')) as Report;
		const source = readFileSync(`data/sources/${rec.source_file}`, 'utf8');
		const r = await fetch(app.url + '/api/reports', { method: 'POST', headers: { 'content-type': 'application/json', cookie: app.cookie }, body: JSON.stringify({ report: rec, source }) });
		expect(r.ok).toBe(true);
		// the next navigation finds the new data version: the pages' queries run again on it
		await page.locator('nav a', { hasText: '报告' }).first().click();
		await page.waitForURL(/\/reports/);
		await page.locator('nav a', { hasText: '总览' }).first().click();
		await page.waitForURL((u) => u.pathname === '/');
		await expect.poll(() => page.locator('select[aria-label="年度"] option[value="2024"]').textContent(), { timeout: 120_000 }).toBe('2024 年（3 个部门）');
		await page.close();
	});
	it('pasted text: the user assigns the amounts the extractor could not place, fills the name, saves; the budget shows them', async () => {
		const { page, foreign, errors } = await offlinePage(browser);
		// the extractor does not know what 年初… / 年中调整为… are: both amounts are left unread
		const text = '部门整体支出绩效自评报告\n2023年，本单位年初1,250.00万元，年中调整为1380.50万元。\n';
		await page.goto(app.url + '/import');
		await page.waitForSelector('[data-testid=file-input]', { state: 'attached' });
		await page.locator('#paste').fill(text);
		await page.getByRole('button', { name: '抽取粘贴的文字' }).click();
		await page.waitForSelector('[data-testid=summary]');

		// no department in the text: asked for, save disabled with the field named
		expect(await page.locator('[data-testid=missing]').textContent()).toContain('部门名称未识别，请填写');
		expect(await page.locator('input[data-field="department.name"]').getAttribute('class')).toMatch(/\bask\b/);
		expect(await page.locator('[data-testid=save]').isDisabled()).toBe(true);
		expect(await page.locator('[data-testid=save-hint]').textContent()).toContain('部门名称');

		// the unread list, with a count: each item with its sentence
		expect(await page.locator('[data-testid=unread-count]').textContent()).toBe('2 处');
		const items = page.locator('[data-testid=unread-item]');
		expect(await items.count()).toBe(2);
		expect(await items.first().textContent()).toContain('2023年，本单位年初1,250.00万元，年中调整为1380.50万元。');
		expect(await page.locator('tr[data-path]').count()).toBe(0);

		// two clicks each: the item (its sentence highlighted in the source, the menu), the target
		await items.filter({ hasText: '本单位年初1,250.00万元，年中' }).first().click();
		expect((await page.locator('[data-testid=highlight]').textContent())!.replace(/\s/g, '')).toBe('本单位年初1,250.00万元');
		expect(await page.locator('[data-testid=assign-amount]').textContent()).toBe('1,250.00 万元');
		await page.screenshot({ path: artifact('import-assign-menu.png') });
		await page.locator('[data-testid=assign-menu] button', { hasText: '年初预算' }).click();
		await expect.poll(() => page.locator('[data-testid=unread-count]').textContent()).toBe('1 处');
		await items.first().click();
		expect((await page.locator('[data-testid=highlight]').textContent())!.replace(/\s/g, '')).toBe('年中调整为1380.50万元');
		await page.locator('[data-testid=assign-menu] button', { hasText: '调整预算' }).click();
		await expect.poll(() => page.locator('[data-testid=unread-count]').textContent()).toBe('0 处');
		expect(await items.count()).toBe(0);

		// both are statements of the budget, marked as the user's, editable; the source highlight works
		const budget = page.locator('section[data-group=budget]');
		const initial = await rowOf(page, /2023 支出 · 合计 · 年初预算 · 金额/, '1,250.00');
		const adjusted = await rowOf(page, /2023 支出 · 合计 · 调整预算 · 金额/, '1380.50');
		expect(await budget.locator('.badge.user').count()).toBe(2);
		await initial.locator('[data-testid=figure-label]').click();
		expect((await page.locator('[data-testid=highlight]').textContent())!.replace(/\s/g, '')).toBe('本单位年初1,250.00万元');
		expect(await adjusted.locator('input[data-testid=figure-input]').isEditable()).toBe(true);

		// the name fills the region; nothing left to ask, the record validates, save is enabled
		await page.locator('input[data-field="department.name"]').fill('醴陵市教育局');
		await expect.poll(() => page.locator('[data-testid=missing]').count()).toBe(0);
		await expect.poll(() => page.locator('[data-testid=error-count]').textContent()).toBe('校验通过');
		expect(await page.locator('[data-testid=save]').isEnabled()).toBe(true);
		expect(await page.locator('[data-testid=record-id]').textContent()).toBe('hunan-zhuzhou-liling-jiaoyuju-2023-self');
		await page.screenshot({ path: artifact('import-assigned.png'), fullPage: true });

		await page.locator('[data-testid=save]').click();
		await page.locator('[data-testid=save-result]').waitFor({ timeout: 60_000 });
		expect(await page.locator('[data-testid=save-result]').textContent()).toContain('已保存为 hunan-zhuzhou-liling-jiaoyuju-2023-self.json');
		const saved = JSON.parse(readFileSync(join(dir, 'reports', 'hunan-zhuzhou-liling-jiaoyuju-2023-self.json'), 'utf8')) as Report;
		expect(saved.budget.map((l) => [l.stage, l.year, l.amount])).toEqual([
			['initial', 2023, { wan: 1250, text: '1,250.00', unit: '万元', quote: '本单位年初1,250.00万元' }],
			['adjusted', 2023, { wan: 1380.5, text: '1380.50', unit: '万元', quote: '年中调整为1380.50万元' }]
		]);

		// the record's budget on its department page
		await page.goto(app.url + '/departments/hunan-zhuzhou-liling-jiaoyuju');
		const overview = page.locator('table[aria-label="各年度概况"] tbody tr');
		await overview.first().waitFor({ timeout: 120_000 });
		const row = (await overview.first().textContent())!;
		expect(row).toContain('1,250.00');
		expect(row).toContain('1,380.50');
		await page.screenshot({ path: artifact('import-assigned-department.png') });
		expect(foreign).toEqual([]);
		expect(errors.filter((e) => !/Warning/i.test(e))).toEqual([]);
	});
});

describe('导入报告 with a model configured: 用大模型补读 (scripted OpenAI-compatible server on loopback)', () => {
	let app2: AppServer;
	let srv: ScriptedServer;
	let dir2: string;
	beforeAll(async () => {
		dir2 = mkdtempSync(join(tmpdir(), 'pl-e2e-assist-'));
		cpSync('data/reports', join(dir2, 'reports'), { recursive: true });
		cpSync('data/sources', join(dir2, 'sources'), { recursive: true });
		srv = await startScriptedServer({ lifetimeMs: 600_000 });
		app2 = await startApp({ PERFLENS_DATA_DIR: dir2, PERFLENS_LLM_BASE_URL: srv.url, PERFLENS_LLM_API_KEY: 'e2e-key', PERFLENS_LLM_MODEL: 'scripted-model', PERFLENS_LLM_TIMEOUT_MS: '4000' });
	});
	afterAll(async () => {
		await app2?.stop();
		await srv?.close();
		if (dir2) rmSync(dir2, { recursive: true, force: true });
	});

	it('takes a value the model quotes from the text, drops invented ones, and says so', async () => {
		const { page, foreign } = await offlinePage(browser);
		const text = '部门整体支出绩效自评报告\n2023年，本单位年初1,250.00万元，年中调整为1380.50万元。\n';
		// one true value with a verbatim quote; a name and an amount the text does not hold
		srv.push({
			kind: 'content',
			content: JSON.stringify({
				values: [
					{ field: 'budget_line', value: '1,250.00', unit: '万元', quote: '本单位年初1,250.00万元', line: { flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'initial' } },
					{ field: 'department_name', value: '醴陵市教育局', quote: '醴陵市教育局2023年度部门整体支出绩效自评报告' },
					{ field: 'budget_line', value: '999', unit: '万元', quote: '年中调整为999万元', line: { flow: 'expenditure', breakdown: 'total', item: '合计', scope: 'all', stage: 'adjusted' } }
				]
			})
		});
		await page.goto(app2.url + '/import');
		await page.waitForSelector('[data-testid=file-input]', { state: 'attached' });
		await page.locator('#paste').fill(text);
		await page.getByRole('button', { name: '抽取粘贴的文字' }).click();
		await page.waitForSelector('[data-testid=summary]');
		expect(await page.locator('[data-testid=unread-count]').textContent()).toBe('2 处');
		await page.locator('[data-testid=assist]').click();
		await page.locator('[data-testid=assist-result]').waitFor({ timeout: 30_000 });
		const note = (await page.locator('[data-testid=assist-result]').textContent())!;
		expect(note).toContain('采纳 1 项');
		expect(note).toContain('舍弃 2 项');
		// the accepted amount is a statement of the budget, with its quote; the other stays unread
		await rowOf(page, /2023 支出 · 合计 · 年初预算 · 金额/, '1,250.00');
		expect(await page.locator('[data-testid=unread-count]').textContent()).toBe('1 处');
		expect(await page.locator('[data-testid=missing]').textContent()).toContain('部门名称未识别，请填写');
		expect(srv.requests.length).toBe(1);
		// the key never reaches the browser
		expect((await page.content()).includes('e2e-key')).toBe(false);
		await page.screenshot({ path: artifact('import-assist.png'), fullPage: true });
		expect(foreign).toEqual([]);
		await page.close();
	});
});
