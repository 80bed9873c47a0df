/**
 * The server under attack, as someone on the same network would try it (issue 11): the real
 * production server on loopback with a copy of the data directory and a scripted
 * OpenAI-compatible model on loopback.
 *
 *  - bad inputs: every write route with malformed, oversized (also chunked), foreign-origin and
 *    path-like requests: each must be refused with a 4xx and a Chinese message (no stack, no
 *    absolute path, no English library text), and the records must be unchanged;
 *  - hostile model behaviours: invented figures in words and other scripts, accusations and
 *    names, obeyed injections, malformed answers, errors, 429, hangs, a huge stream: no draft the
 *    server returns may hold an ungrounded figure or an accusation;
 *  - after everything the server still answers and every record is intact.
 * Prints: handled, survived, lost (must be 0), invented figures shown (must be 0).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { request as httpRequest } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { addUser, artifact, launchBrowser, signInAt, startApp, type AppServer } from './harness';
import type { Browser } from 'playwright-core';
import { goodDraftJson, startScriptedServer, type ScriptedServer, type Step } from '../helpers/openai-server';
import { accusations, ungrounded } from '../../src/lib/draft/grounding';
import type { Draft, FactSheet } from '../../src/lib/schema/draft';

const ZJ = 'guangdong-zhanjiang-kexie-2024-self';
const EVIL_NAME = '<img src=x onerror="document.title=\'pwned\'">海珠区科协';
const USERS = [
	{ email: 'analyst@perflens.test', password: 'analyst-password', name: '分析员', role: 'analyst' },
	{ email: 'leader@perflens.test', password: 'leader-password', name: '领导甲', role: 'leader' },
	{ email: 'zj@perflens.test', password: 'zj-password-1', name: '湛江科协填报员', role: 'department', department: 'guangdong-zhanjiang-kexie' },
	{ email: 'hy@perflens.test', password: 'hy-password-1', name: '衡阳科协填报员', role: 'department', department: 'hunan-hengyang-kexie' }
];
let app: AppServer;
let srv: ScriptedServer;
let dir: string;
const counts = { tried: 0, handled: 0, survived: 0, lost: 0, invented: 0, llm: 0 };

beforeAll(async () => {
	dir = mkdtempSync(join(tmpdir(), 'pl-e2e-hostile-'));
	cpSync('data/reports', join(dir, 'reports'), { recursive: true });
	cpSync('data/sources', join(dir, 'sources'), { recursive: true });
	// a department whose name is HTML: every chart must show it as text
	const hn = JSON.parse(readFileSync(join(dir, 'reports', 'guangdong-guangzhou-haizhu-kexie-2023-self.json'), 'utf8'));
	hn.department.name = EVIL_NAME;
	writeFileSync(join(dir, 'reports', 'guangdong-guangzhou-haizhu-kexie-2023-self.json'), JSON.stringify(hn, null, '\t'));
	for (const u of USERS) addUser({ PERFLENS_DATA_DIR: dir }, u);
	srv = await startScriptedServer({ lifetimeMs: 900_000 });
	app = await startApp({ PERFLENS_DATA_DIR: dir, PERFLENS_LLM_BASE_URL: srv.url, PERFLENS_LLM_API_KEY: 'k', PERFLENS_LLM_MODEL: 'scripted', PERFLENS_LLM_TIMEOUT_MS: '3000', BODY_SIZE_LIMIT: '2M' });
});
afterAll(async () => {
	await app?.stop();
	await srv?.close();
	console.log(
		`[hostile] bad inputs and hostile model answers tried=${counts.tried} handled=${counts.handled} survived=${counts.survived} lost=${counts.lost} invented_figures_shown=${counts.invented} (model behaviours ${counts.llm})`
	);
	if (dir) rmSync(dir, { recursive: true, force: true });
});

/** sha of every record file: the records must not change when a request is refused. */
function records(): Record<string, string> {
	const out: Record<string, string> = {};
	for (const f of readdirSync(join(dir, 'reports')).sort()) out[f] = createHash('sha1').update(readFileSync(join(dir, 'reports', f))).digest('hex');
	return out;
}

const gold = () => JSON.parse(readFileSync(join('data/reports', `${ZJ}.json`), 'utf8'));
const source = () => readFileSync(join('data/sources', gold().source_file), 'utf8');

/** A message a person can act on: Chinese; no stack, no absolute path, no library English. */
function humane(message: unknown): boolean {
	if (typeof message !== 'string' || !/[\u4e00-\u9fff]/.test(message)) return false;
	if (/\/(?:tmp|work|root|home|usr)\/|[A-Z]:\\|\bat \S+ \(|node_modules|\.ts:\d+/.test(message)) return false;
	if (/Invalid input|expected \w+, received|ZodError|SyntaxError|Unexpected token|TypeError/.test(message)) return false;
	return true;
}

type Bad = { name: string; method?: string; path: string; body?: string | Buffer; headers?: Record<string, string>; status: number | number[] };

function badInputs(): Bad[] {
	const g = gold();
	const src = source();
	const rep = (report: unknown, extra: Record<string, unknown> = {}) => JSON.stringify({ report, source: src, ...extra });
	const J = { 'content-type': 'application/json' };
	const list: Bad[] = [
		// the body itself
		{ name: 'not JSON', path: '/api/reports', body: '{report:', status: 400 },
		{ name: 'empty body', path: '/api/reports', body: '', status: 400 },
		{ name: 'array body', path: '/api/reports', body: '[1,2,3]', status: 400 },
		{ name: 'string body', path: '/api/reports', body: '"x"', status: 400 },
		{ name: 'null body', path: '/api/reports', body: 'null', status: 400 },
		{ name: 'number body', path: '/api/reports', body: '42', status: 400 },
		{ name: 'no report', path: '/api/reports', body: JSON.stringify({ source: src }), status: 400 },
		{ name: 'report is a string', path: '/api/reports', body: JSON.stringify({ report: 'x', source: src }), status: 400 },
		{ name: 'report is an array', path: '/api/reports', body: JSON.stringify({ report: [], source: src }), status: 400 },
		{ name: 'no source', path: '/api/reports', body: JSON.stringify({ report: g }), status: 400 },
		{ name: 'source is a number', path: '/api/reports', body: JSON.stringify({ report: g, source: 5 }), status: 400 },
		{ name: 'source is blank', path: '/api/reports', body: JSON.stringify({ report: g, source: '  ' }), status: 400 },
		{ name: 'replace is a string', path: '/api/reports', body: rep(g, { replace: 'yes' }), status: 400 },
		// the id
		{ name: 'id with ../', path: '/api/reports', body: rep({ ...g, id: '../../etc/passwd' }), status: 400 },
		{ name: 'id with slash', path: '/api/reports', body: rep({ ...g, id: 'a/b' }), status: 400 },
		{ name: 'id 300 characters', path: '/api/reports', body: rep({ ...g, id: 'a'.repeat(300) }), status: 400 },
		{ name: 'id upper case', path: '/api/reports', body: rep({ ...g, id: 'ABC' }), status: 400 },
		{ name: 'id Chinese', path: '/api/reports', body: rep({ ...g, id: '湛江' }), status: 400 },
		{ name: 'id a number', path: '/api/reports', body: rep({ ...g, id: 5 }), status: 400 },
		{ name: 'id empty', path: '/api/reports', body: rep({ ...g, id: '' }), status: 400 },
		{ name: 'id NUL', path: '/api/reports', body: rep({ ...g, id: 'a\u0000b' }), status: 400 },
		{ name: 'id leading hyphen', path: '/api/reports', body: rep({ ...g, id: '-rf' }), status: 400 },
		// the record's fields
		{ name: 'fiscal_year a string', path: '/api/reports', body: rep({ ...g, fiscal_year: '二〇二四' }), status: 400 },
		{ name: 'fiscal_year missing', path: '/api/reports', body: rep({ ...g, fiscal_year: undefined }), status: 400 },
		{ name: 'kind unknown', path: '/api/reports', body: rep({ ...g, kind: 'evil' }), status: 400 },
		{ name: 'department null', path: '/api/reports', body: rep({ ...g, department: null }), status: 400 },
		{ name: 'budget an object', path: '/api/reports', body: rep({ ...g, budget: {} }), status: 400 },
		{ name: 'amount a string', path: '/api/reports', body: rep({ ...g, budget: [{ ...g.budget[0], amount: { ...g.budget[0].amount, wan: '100' } }] }), status: 400 },
		{ name: 'amount changed (provenance)', path: '/api/reports', body: rep({ ...g, budget: [{ ...g.budget[0], amount: { ...g.budget[0].amount, wan: g.budget[0].amount.wan + 1 } }] }), status: 400 },
		{ name: 'quote not in source', path: '/api/reports', body: JSON.stringify({ report: g, source: '另一份文件' , replace: true}), status: 400 },
		{ name: 'unknown field', path: '/api/reports', body: rep({ ...g, evil: 1 }), status: 400 },
		{ name: '700,000 items', path: '/api/reports', body: rep({ ...g, budget: Array.from({ length: 70_000 }, () => g.budget[0]) }), status: [400, 413] },
		{ name: 'a 100,000-character text', path: '/api/reports', body: rep({ ...g, title: '报'.repeat(100_000) }), status: [400, 413] },
		{ name: 'nested 5,000 deep', path: '/api/reports', body: `{"report":${'['.repeat(5000)}${']'.repeat(5000)},"source":"x"}`, status: 400 },
		{ name: 'conflict without replace', path: '/api/reports', body: rep(g), status: 409 },
		// sizes
		{ name: '3 MB body with length', path: '/api/reports', body: Buffer.alloc(3 * 1024 * 1024, 0x20), status: 413 },
		{ name: '3 MB body chunked', path: '/api/reports', body: Buffer.alloc(3 * 1024 * 1024, 0x20), headers: { 'transfer-encoding': 'chunked' }, status: 413 },
		{ name: 'lying content-length', path: '/api/reports', body: '{}', headers: { 'content-length': String(50 * 1024 * 1024) }, status: [400, 413] },
		// origin and host
		{ name: 'foreign Origin', path: '/api/reports', body: rep(g, { replace: true }), headers: { origin: 'http://evil.example' }, status: 403 },
		{ name: 'Origin null', path: '/api/reports', body: rep(g, { replace: true }), headers: { origin: 'null' }, status: 403 },
		{ name: 'cross-site fetch', path: '/api/reports', body: rep(g, { replace: true }), headers: { 'sec-fetch-site': 'cross-site' }, status: 403 },
		{ name: 'foreign Host', path: '/api/reports', body: rep(g, { replace: true }), headers: { host: 'evil.example' }, status: 421 },
		{ name: 'foreign Host on a read', method: 'GET', path: '/data/manifest.json', headers: { host: 'attacker.example:3000' }, status: 421 },
		{ name: 'foreign Origin on generate', path: `/api/draft/${ZJ}/generate`, body: '{}', headers: { origin: 'http://evil.example' }, status: 403 },
		{ name: 'foreign Origin on assist', path: '/api/extract/assist', body: '{"text":"x"}', headers: { origin: 'https://evil.example' }, status: 403 },
		// drafts
		{ name: 'draft: not JSON', path: `/api/draft/${ZJ}/versions`, body: 'nope', status: 400 },
		{ name: 'draft: array', path: `/api/draft/${ZJ}/versions`, body: '[]', status: 400 },
		{ name: 'draft: wrong shape', path: `/api/draft/${ZJ}/versions`, body: JSON.stringify({ report_id: ZJ, items: 'x' }), status: 400 },
		{ name: 'draft: other report id', path: `/api/draft/${ZJ}/versions`, body: JSON.stringify({ report_id: 'other', drafter: 'offline', seed: 1, created_at: 'x', items: [] }), status: 400 },
		{ name: 'draft: 20 MB version', path: `/api/draft/${ZJ}/versions`, body: Buffer.alloc(20 * 1024 * 1024, 0x20), status: 413 },
		{ name: 'draft: 1 MB version', path: `/api/draft/${ZJ}/versions`, body: JSON.stringify({ report_id: ZJ, drafter: 'offline', seed: 1, created_at: 'x', items: [{ id: 'a', topic: 't', problem_title: 'x', problem: '问'.repeat(300_000), measure_title: 'x', measure: 'x', fact_ids: ['a'] }] }), status: 413 },
		{ name: 'draft: 500 items', path: `/api/draft/${ZJ}/versions`, body: JSON.stringify({ report_id: ZJ, drafter: 'offline', seed: 1, created_at: 'x', items: Array.from({ length: 500 }, (_, i) => ({ id: `a${i}`, topic: 't', problem_title: 'x', problem: 'x', measure_title: 'x', measure: 'x', fact_ids: ['a'] })) }), status: 400 },
		{ name: 'draft: bad report id in path', path: `/api/draft/${'x'.repeat(300)}/versions`, body: '{}', status: 400 },
		{ name: 'draft: unknown report', method: 'GET', path: '/api/draft/no-such-report/facts', status: 404 },
		{ name: 'draft: dotted id', method: 'GET', path: '/api/draft/..%2F..%2Fetc/facts', status: [400, 404] },
		{ name: 'draft: version not a number', method: 'GET', path: `/api/draft/${ZJ}/versions/abc`, status: 400 },
		{ name: 'draft: version negative', method: 'GET', path: `/api/draft/${ZJ}/versions/-1`, status: 400 },
		{ name: 'draft: version missing', method: 'GET', path: `/api/draft/${ZJ}/versions/999`, status: 404 },
		{ name: 'generate: unknown report', path: '/api/draft/no-such-report/generate', body: '{}', status: 404 },
		{ name: 'generate: 300-char id', path: `/api/draft/${'y'.repeat(300)}/generate`, body: '{}', status: 400 },
		{ name: 'generate: array body', path: `/api/draft/${ZJ}/generate`, body: '[1]', status: 400 },
		{ name: 'generate: 1 MB body', path: `/api/draft/${ZJ}/generate`, body: Buffer.alloc(1024 * 1024, 0x20), status: 413 },
		// assist
		{ name: 'assist: not JSON', path: '/api/extract/assist', body: '{', status: 400 },
		{ name: 'assist: text a number', path: '/api/extract/assist', body: '{"text": 5}', status: 400 },
		{ name: 'assist: no text', path: '/api/extract/assist', body: '{}', status: 400 },
		{ name: 'assist: 3 MB chunked', path: '/api/extract/assist', body: Buffer.alloc(3 * 1024 * 1024, 0x20), headers: { 'transfer-encoding': 'chunked' }, status: 413 },
		// files
		{ name: 'data path traversal', method: 'GET', path: '/data/..%2F..%2Fpackage.json', status: [400, 403, 404] },
		{ name: 'data unknown table', method: 'GET', path: '/data/evil.arrow', status: 404 }
	];
	for (const b of list) b.headers = { ...J, ...b.headers };
	return list;
}

/** One raw HTTP request (node:http, so Host, Origin and chunked bodies are sent as given). */
function send(b: { method?: string; path: string; body?: string | Buffer; headers?: Record<string, string> }): Promise<{ status: number; text: string; headers: Record<string, string | string[] | undefined> }> {
	const u = new URL(app.url);
	return new Promise((ok, fail) => {
		const headers: Record<string, string> = { ...(b.headers ?? {}) };
		if (headers.cookie === undefined) headers.cookie = app.cookie; // the test administrator
		if (headers.cookie === '') delete headers.cookie;
		const chunked = headers['transfer-encoding'] === 'chunked';
		// a new connection per request: a request that lies about its length must not spoil the next
		const req = httpRequest({ host: u.hostname, port: u.port, path: b.path, method: b.method ?? 'POST', headers, setHost: !headers.host, agent: false, timeout: 30_000 }, (res) => {
			let text = '';
			res.setEncoding('utf8');
			res.on('data', (d) => (text += d));
			res.on('end', () => ok({ status: res.statusCode ?? 0, text, headers: res.headers }));
			res.on('error', fail);
		});
		req.on('timeout', () => req.destroy(new Error(`no answer in 30 s: ${b.path}`)));
		req.on('error', (e) => {
			// the server may close the connection on an oversized body after answering
			if ((e as NodeJS.ErrnoException).code === 'EPIPE' || (e as NodeJS.ErrnoException).code === 'ECONNRESET') return;
			fail(e);
		});
		if (b.body !== undefined && b.body !== '') {
			if (chunked) {
				const buf = Buffer.isBuffer(b.body) ? b.body : Buffer.from(b.body);
				for (let i = 0; i < buf.length; i += 64 * 1024) req.write(buf.subarray(i, i + 64 * 1024));
			} else {
				if (!headers['content-length']) req.setHeader('content-length', Buffer.byteLength(b.body));
				req.write(b.body);
			}
		}
		req.end();
	});
}

describe('bad inputs on every route', () => {
	it('are refused with a 4xx and a Chinese message that names the problem; records unchanged', async () => {
		const before = records();
		const list = badInputs();
		expect(list.length).toBeGreaterThanOrEqual(60);
		const wrong: string[] = [];
		for (const b of list) {
			counts.tried++;
			const r = await send(b);
			const want = Array.isArray(b.status) ? b.status : [b.status];
			let message: unknown;
			try {
				message = JSON.parse(r.text).message;
			} catch {
				message = r.text;
			}
			if (!want.includes(r.status) || !humane(message)) wrong.push(`${b.name}: ${r.status} ${String(message).slice(0, 160)}`);
			else counts.handled++;
			if (r.status === 429) expect(r.headers['retry-after']).toBeTruthy();
		}
		expect(wrong).toEqual([]);
		const after = records();
		counts.lost += Object.keys(before).filter((f) => before[f] !== after[f]).length;
		expect(after).toEqual(before);
	});

	it('a save answer holds no absolute path', async () => {
		const r = await send({ path: '/api/reports', body: JSON.stringify({ report: { ...gold(), title: gold().title + '（更正）' }, source: source(), replace: true }), headers: { 'content-type': 'application/json' } });
		expect(r.status).toBe(200);
		expect(r.text).not.toContain(dir);
		expect(r.text).not.toMatch(/"\/(tmp|work|root|home)\//);
		expect(JSON.parse(r.text).history[0]).toMatch(/^history\/guangdong-zhanjiang-kexie-2024-self\/.+\.json$/);
	});
});

/** Run /generate with the scripted steps queued; the final draft. */
async function generate(steps: Step[]): Promise<{ draft: Draft | null; events: { type: string; reason?: string; message?: string }[]; status: number }> {
	srv.push(...steps);
	const r = await send({ path: `/api/draft/${ZJ}/generate`, body: '{}', headers: { 'content-type': 'application/json' } });
	const events = r.text.split('\n').filter(Boolean).map((l) => JSON.parse(l));
	const done = events.find((e) => e.type === 'done');
	return { draft: done?.draft ?? null, events, status: r.status };
}

const item = (problem: string, extra: Record<string, unknown> = {}) =>
	JSON.stringify({ items: [{ topic: 'budget_precision', problem_title: '预算编制有待提高', problem, measure_title: '细化测算', measure: '结合重点工作细化测算。', fact_ids: ['budget_initial'], ...extra }] });

describe('hostile model behaviours (scripted model on loopback)', () => {
	let sheet: FactSheet;
	beforeAll(async () => {
		const r = await fetch(`${app.url}/api/draft/${ZJ}/facts`);
		sheet = await r.json();
	});
	const cases: [string, Step[]][] = [
		['invented money in Chinese numerals (三十七万元)', [{ kind: 'content', content: item('资金缺口达三十七万元，年初预算{{fact:budget_initial}}。') }]],
		['invented 三千万元', [{ kind: 'content', content: item('项目资金三千万元未到位。') }]],
		['invented share 九成', [{ kind: 'content', content: item('九成项目未按期完成。') }]],
		['invented approximation 二十余万', [{ kind: 'content', content: item('结余资金二十余万。') }]],
		['invented 近三成 and 过半', [{ kind: 'content', content: item('近三成指标未完成，过半项目延期。') }]],
		['mathematical digits 𝟒𝟐%', [{ kind: 'content', content: item('执行率仅𝟒𝟐%。') }]],
		['full-width digits ９９．９％', [{ kind: 'content', content: item('完成率仅９９．９％。') }]],
		['a range 20%-30%', [{ kind: 'content', content: item('偏差在20%-30%之间。') }]],
		['vague 大幅 without a figure', [{ kind: 'content', content: item('支出大幅超出预算。') }]],
		['obeyed injection: a name and an accusation', [{ kind: 'content', content: item('负责人张三挪用专项资金{{fact:budget_initial}}，建议移交纪检监察机关。') }]],
		['accusation 违纪 without a name', [{ kind: 'content', content: item('存在违纪使用资金的情况，年初预算{{fact:budget_initial}}。') }]],
		['unknown fact id', [{ kind: 'content', content: item('年初预算{{fact:no_such_fact}}。') }]],
		['malformed JSON', [{ kind: 'content', content: '{"items": [' }]],
		['wrong shape', [{ kind: 'content', content: JSON.stringify({ answer: 'hello' }) }]],
		['too many items', [{ kind: 'content', content: JSON.stringify({ items: Array.from({ length: 30 }, () => JSON.parse(item('x')).items[0]) }) }]],
		['HTML in the text', [{ kind: 'content', content: item('<img src=x onerror=alert(1)>年初预算{{fact:budget_initial}}。') }]],
		['HTTP 500 twice', [{ kind: 'status', status: 500 }, { kind: 'status', status: 500 }]],
		['HTTP 429 (Retry-After 0) then a good answer', [{ kind: 'status', status: 429 }, { kind: 'content', content: goodDraftJson() }]],
		['hangs (timeout) twice', [{ kind: 'hang' }, { kind: 'hang' }]],
		['a 300,000-character streamed answer', [{ kind: 'content', content: '{"items":[' + ' '.repeat(300_000) + ']}', chunks: 300 }]]
	];
	it.each(cases)('%s: no invented figure, accusation or name reaches a draft', async (_name, steps) => {
		counts.tried++;
		counts.llm++;
		const { draft, status } = await generate(steps);
		expect(status).toBe(200);
		expect(draft).toBeTruthy();
		const texts = draft!.items.flatMap((it) => [it.problem_title, it.problem, it.measure_title, it.measure]);
		const bad = texts.flatMap((t) => ungrounded(t, sheet.facts).map((s) => s.text));
		const acc = texts.flatMap((t) => accusations(t, sheet));
		counts.invented += bad.length + acc.length;
		expect(bad).toEqual([]);
		expect(acc).toEqual([]);
		expect(texts.join('')).not.toContain('<img');
		counts.handled++;
		// leave no queued step for the next case
		srv.push();
	});
	it('a third concurrent call from the same user gets 429 with Retry-After', async () => {
		counts.tried++;
		srv.push({ kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' }, { kind: 'hang' });
		const slow = [generate([]), generate([])];
		await new Promise((r) => setTimeout(r, 400));
		const third = await send({ path: `/api/draft/${ZJ}/generate`, body: '{}', headers: { 'content-type': 'application/json' } });
		expect(third.status).toBe(429);
		expect(third.headers['retry-after']).toBe('5');
		expect(humane(JSON.parse(third.text).message)).toBe(true);
		await Promise.all(slow);
		counts.handled++;
	});
});

describe('roles: every write route and every model call checks the role on the server', () => {
	const cookies: Record<string, string> = {};
	beforeAll(async () => {
		for (const u of USERS) cookies[u.role === 'department' ? u.email.split('@')[0] : u.role] = await signInAt(app.url, u.email, u.password);
		cookies.admin = app.cookie;
		cookies.anon = '';
	});
	const draftBody = () => JSON.stringify({ report_id: ZJ, drafter: 'offline', seed: 1, created_at: new Date().toISOString(), items: [{ id: 'a', topic: 'budget_precision', problem_title: '预算编制有待提高', problem: '年初预算测算不够细致。', measure_title: '细化测算', measure: '结合重点工作细化测算。', fact_ids: ['budget_initial'] }] });
	const saveBody = () => JSON.stringify({ report: { ...gold(), title: `${gold().title}（角色测试）` }, source: source(), replace: true });
	type Route = { name: string; path: string; body: () => string; type?: string; allowed: string[]; llm?: boolean };
	const routes: Route[] = [
		{ name: 'POST /api/reports (湛江)', path: '/api/reports', body: saveBody, allowed: ['admin', 'zj'] },
		{ name: 'POST /api/draft/…/versions (湛江)', path: `/api/draft/${ZJ}/versions`, body: draftBody, allowed: ['admin', 'zj'] },
		{ name: 'POST /api/draft/…/generate (湛江, model)', path: `/api/draft/${ZJ}/generate`, body: () => '{}', allowed: ['admin', 'zj'], llm: true },
		// the offline drafter calls no model and saves nothing: whoever may read may use it
		{ name: 'POST /api/draft/…/generate (湛江, offline)', path: `/api/draft/${ZJ}/generate`, body: () => '{"offline":true}', allowed: ['anon', 'analyst', 'leader', 'zj', 'hy', 'admin'] },
		{ name: 'POST /api/extract/assist (model)', path: '/api/extract/assist', body: () => JSON.stringify({ text: '部门整体支出绩效自评报告\n2023年收入合计100.00万元。' }), allowed: ['admin', 'zj', 'hy'], llm: true },
		{ name: 'POST /admin?/create', path: '/admin?/create', type: 'application/x-www-form-urlencoded', body: () => new URLSearchParams({ email: `x${Math.random().toString(36).slice(2)}@t.cn`, name: '新用户', password: 'new-password-1', role: 'leader' }).toString(), allowed: ['admin'] },
		{ name: 'POST /admin?/settings', path: '/admin?/settings', type: 'application/x-www-form-urlencoded', body: () => '', allowed: ['admin'] }
	];
	const who = ['anon', 'analyst', 'leader', 'zj', 'hy', 'admin'];
	it.each(routes)('$name', async (r) => {
		const wrong: string[] = [];
		for (const w of who) {
			counts.tried++;
			if (r.llm) srv.push({ kind: 'content', content: goodDraftJson() });
			const res = await send({ path: r.path, body: r.body(), headers: { 'content-type': r.type ?? 'application/json', cookie: cookies[w], origin: app.url, accept: 'application/json' } });
			const ok = r.allowed.includes(w);
			let msg: unknown = '';
			try {
				const j = JSON.parse(res.text);
				msg = j.message ?? (typeof j.data === 'string' ? j.data : '');
			} catch {
				msg = res.text.slice(0, 200);
			}
			const refused = res.status === 401 || res.status === 403 || /"status":40[13]|"type":"failure"/.test(res.text) && /无权|请先登录/.test(res.text);
			if (ok && refused) wrong.push(`${w}: refused (${res.status}) ${String(msg).slice(0, 120)}`);
			else if (!ok && !refused) wrong.push(`${w}: allowed (${res.status})`);
			else if (!ok && !/无权|请先登录/.test(res.text)) wrong.push(`${w}: refused without a Chinese reason: ${res.text.slice(0, 120)}`);
			else counts.handled++;
			srv.push();
		}
		expect(wrong).toEqual([]);
	});
	it("department staff cannot replace another department's record by reusing its id", async () => {
		counts.tried++;
		const g = gold();
		const disguised = { ...g, department: { ...g.department, id: 'hunan-hengyang-kexie' }, title: '冒名替换' };
		const before = records();
		const r = await send({ path: '/api/reports', body: JSON.stringify({ report: disguised, source: source(), replace: true }), headers: { 'content-type': 'application/json', cookie: cookies.hy, origin: app.url } });
		expect(r.status).toBe(403);
		expect(JSON.parse(r.text).message).toContain('其他部门');
		expect(records()).toEqual(before);
		counts.handled++;
	});
	it('the admin page and its audit log are shown to administrators only', async () => {
		for (const w of who) {
			const res = await send({ method: 'GET', path: '/admin', headers: { cookie: cookies[w] } });
			expect(res.status).toBe(200);
			expect(res.text.includes('操作记录'), w).toBe(w === 'admin');
			expect(res.text.includes('analyst@perflens.test'), w).toBe(w === 'admin');
		}
		const admin = await send({ method: 'GET', path: '/admin', headers: { cookie: cookies.admin } });
		// the saves above are in the log: who, what, from which history copy
		expect(admin.text).toContain('替换报告');
		expect(admin.text).toContain('湛江科协填报员');
		// the replaced version named by its report, not by an id or a path (the history copy is still kept on disk)
		expect(admin.text).toContain('湛江市科学技术协会 2024 年部门整体支出绩效自评报告的原版本（已存入历史记录）');
		expect(admin.text).not.toMatch(/history\/guangdong-zhanjiang-kexie-2024-self\//);
	});
	it('an administrator can require sign-in for reading; then anonymous reads are refused', async () => {
		const on = await send({ path: '/admin?/settings', body: 'require_login_for_reading=on', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.admin, origin: app.url } });
		expect(on.status).toBe(200);
		const anonData = await send({ method: 'GET', path: '/data/manifest.json', headers: { cookie: '' } });
		expect(anonData.status).toBe(401);
		expect(JSON.parse(anonData.text).message).toContain('请先登录');
		const anonPage = await send({ method: 'GET', path: '/compare', headers: { cookie: '' } });
		expect(anonPage.status).toBe(303);
		expect(anonPage.headers.location).toBe('/login?next=%2Fcompare');
		expect((await send({ method: 'GET', path: '/data/manifest.json', headers: { cookie: cookies.leader } })).status).toBe(200);
		const off = await send({ path: '/admin?/settings', body: '', headers: { 'content-type': 'application/x-www-form-urlencoded', cookie: cookies.admin, origin: app.url } });
		expect(off.status).toBe(200);
		expect((await send({ method: 'GET', path: '/data/manifest.json', headers: { cookie: '' } })).status).toBe(200);
	});
	it('sign-in is throttled: after 5 wrong passwords even the right one waits (429 + Retry-After)', async () => {
		// as the login page's enhanced form posts it: the action's answer as JSON
		const tryOnce = async (password: string) => {
			const r = await send({ path: '/login', body: new URLSearchParams({ email: 'leader@perflens.test', password }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url, cookie: '', accept: 'application/json' } });
			return { ...r, json: JSON.parse(r.text) as { type: string; status: number; data?: string } };
		};
		for (let i = 0; i < 5; i++) {
			const r = await tryOnce('wrong-password');
			expect(r.json.status).toBe(401);
			expect(r.text).toContain('邮箱或密码不正确');
		}
		const blocked = await tryOnce('leader-password');
		expect(blocked.json.status).toBe(429);
		expect(blocked.text).toContain('登录失败次数过多');
		expect(String(blocked.headers['set-cookie'] ?? '')).not.toContain('perflens_session');
	});
	it('the session cookie is HttpOnly, SameSite=Strict and Secure on loopback', async () => {
		// as a browser's plain form post (Accept: text/html): a redirect, with the cookie
		const r = await send({ path: '/login', body: new URLSearchParams({ email: 'analyst@perflens.test', password: 'analyst-password' }).toString(), headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app.url, cookie: '', accept: 'text/html' } });
		expect(r.status).toBe(303);
		const c = String(r.headers['set-cookie']);
		expect(c).toMatch(/perflens_session=/);
		expect(c).toMatch(/HttpOnly/i);
		expect(c).toMatch(/SameSite=Strict/i);
		expect(c).toMatch(/Secure/i);
	});
});

describe('text from reports is never HTML: hover every chart', () => {
	let browser: Browser;
	beforeAll(async () => {
		browser = await launchBrowser();
	});
	afterAll(async () => {
		await browser?.close();
	});
	it('a department named <img onerror> shows as text in every tooltip of every page', async () => {
		const page = await browser.newPage({ viewport: { width: 1440, height: 900 }, locale: 'zh-CN' });
		const seen: string[] = [];
		let hovered = 0;
		for (const path of ['/?year=2023', '/compare?year=2023', '/departments/guangdong-guangzhou-haizhu-kexie', '/reports']) {
			await page.goto(app.url + path);
			await page.waitForLoadState('networkidle');
			await page.waitForTimeout(1500);
			const charts = await page.locator('canvas').all();
			for (const c of charts) {
				const box = await c.boundingBox();
				if (!box || box.width < 50) continue;
				await c.scrollIntoViewIfNeeded();
				const b = (await c.boundingBox())!;
				for (let fx = 0.1; fx < 1; fx += 0.1)
					for (const fy of [0.3, 0.5, 0.7]) {
						await page.mouse.move(b.x + b.width * fx, b.y + b.height * fy);
						hovered++;
					}
				const html = await page.evaluate(() => document.body.innerHTML);
				if (html.includes('海珠区科协')) seen.push(path);
				// no element was made from the name: no <img src="x"> anywhere, title untouched
				expect(await page.locator('img[src="x"]').count()).toBe(0);
			}
		}
		expect(hovered).toBeGreaterThan(0);
		expect(await page.title()).not.toBe('pwned');
		await page.screenshot({ path: artifact('hostile-tooltip.png') });
		expect(seen.length).toBeGreaterThan(0); // the name did reach a tooltip or label, as text
		await page.close();
	});
});

describe('after the attack', () => {
	it('the server still answers and every record is valid', async () => {
		const r = await fetch(`${app.url}/data/manifest.json`);
		expect(r.status).toBe(200);
		expect((await r.json()).reports).toBe(5);
		const page = await fetch(`${app.url}/`);
		expect(page.status).toBe(200);
		counts.survived = counts.tried;
		for (const f of readdirSync(join(dir, 'reports'))) expect(() => JSON.parse(readFileSync(join(dir, 'reports', f), 'utf8'))).not.toThrow();
		expect(existsSync(join(dir, 'auth.db'))).toBe(true);
		expect(readdirSync(join(dir, 'reports')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
		expect(counts.lost).toBe(0);
		expect(counts.invented).toBe(0);
	});
});
