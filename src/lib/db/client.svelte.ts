/**
 * The page-side handle on the one lazily created DuckDB instance. The first call to getDb()
 * starts the worker, fetches the Arrow tables from this origin and creates the views; the
 * `dbState` rune shows progress and failures to every page.
 *
 * Two datasets exist: the real reports ('real', /data/…) and the simulated demo dataset
 * ('demo', /data/demo/…, 模拟数据). They are never mixed: switching loads the other dataset
 * into a fresh instance.
 */
import { loadDataset } from './dataset';
import type { Row, SqlEngine } from './engine';
import { run, type Query } from './query';
import { checkReadOnly } from './readonly';
import { remoteRunner, type RemoteRunner, type ServerQueries } from './remote';

export type Dataset = 'real' | 'demo';
export type DbPhase = 'idle' | 'engine' | 'tables' | 'ready' | 'error';
export type Manifest = {
	version: string;
	generated_at: string;
	reports: number;
	dataset: Dataset;
	tables: { name: string; rows: number }[];
	/** whether pages query on the server (a dataset larger than a browser should hold) */
	server_queries?: ServerQueries;
};

export const DATASET_LABEL: Record<Dataset, string> = { real: '真实报告', demo: '模拟数据' };

export const dbState = $state({
	dataset: 'real' as Dataset,
	phase: 'idle' as DbPhase,
	/** Chinese text of the current step */
	step: '',
	done: 0,
	total: 0,
	error: '',
	manifest: null as Manifest | null,
	/** bumped when the dataset is reloaded; queries re-run when it changes */
	generation: 0,
	/** tables read from this browser's cache (no download) in the last load */
	cached: 0
});

/** Overall progress of a load in percent: the engine (wasm) to 30, the tables to 90, the views to 100. */
export function loadPercent(s: { phase: DbPhase; done: number; total: number; step: string }): number {
	if (s.phase === 'ready') return 100;
	if (s.phase === 'engine') return 10;
	if (s.phase === 'tables') return s.total ? Math.min(95, 30 + Math.round((60 * s.done) / s.total) + (s.done >= s.total ? 5 : 0)) : 30;
	return 0;
}

const CACHE = 'perflens-data';

/**
 * The bytes of a versioned Arrow URL from this browser's Cache Storage, fetched and stored on a
 * miss; entries of other versions are dropped. Without Cache Storage (plain http on an intranet
 * host is not a secure context) the HTTP cache serves it (the URL is immutable).
 */
async function cachedBytes(url: string, what: string, keep: (u: string) => boolean): Promise<Uint8Array> {
	const cache = typeof caches === 'undefined' ? null : await caches.open(CACHE).catch(() => null);
	const hit = await cache?.match(url).catch(() => undefined);
	if (hit) {
		dbState.cached += 1;
		return new Uint8Array(await hit.arrayBuffer());
	}
	const res = await fetchOk(url, what, 'default');
	const buf = await res.arrayBuffer();
	if (cache) {
		void cache.put(url, new Response(buf.slice(0), { headers: { 'content-type': 'application/vnd.apache.arrow.stream' } })).catch(() => undefined);
		void cache.keys().then((keys) => Promise.all(keys.filter((k) => !keep(k.url)).map((k) => cache.delete(k)))).catch(() => undefined);
	}
	return new Uint8Array(buf);
}

let current: { dataset: Dataset; engine: Promise<SqlEngine> } | null = null;

const base = (dataset: Dataset) => (dataset === 'demo' ? '/data/demo' : '/data');

async function fetchOk(url: string, what: string, cache: RequestCache = 'no-cache'): Promise<Response> {
	let res: Response;
	try {
		res = await fetch(url, { cache });
	} catch {
		throw new Error(`无法连接服务器，加载${what}失败`);
	}
	if (!res.ok) {
		const detail = (await res.text().catch(() => '')).slice(0, 200);
		throw new Error(`加载${what}失败（HTTP ${res.status}）${detail ? '：' + detail : ''}`);
	}
	return res;
}

async function open(dataset: Dataset): Promise<SqlEngine> {
	dbState.phase = 'engine';
	dbState.step = '启动浏览器内 DuckDB 数据库';
	dbState.error = '';
	dbState.done = 0;
	dbState.total = 0;
	dbState.cached = 0;
	const manifest = (await (await fetchOk(`${base(dataset)}/manifest.json`, '数据清单')).json()) as Manifest;
	let engine: SqlEngine;
	try {
		const { createBrowserEngine } = await import('./browser');
		engine = await createBrowserEngine();
	} catch (e) {
		throw new Error(`DuckDB 启动失败：${e instanceof Error ? e.message : e}`);
	}
	dbState.phase = 'tables';
	dbState.total = manifest.tables.length;
	await loadDataset(
		engine,
		async (name) => {
			const v = `?v=${encodeURIComponent(manifest.version)}`;
			const url = new URL(`${base(dataset)}/${name}.arrow${v}`, location.href).href;
			// keep this version of this dataset and whatever is cached of the other one
			const dir = `${base(dataset)}/`;
			return cachedBytes(url, `数据表 ${name}`, (u) => {
				const k = new URL(u);
				return k.pathname.replace(/[^/]+$/, '') !== dir || k.search === v;
			});
		},
		(p) => {
			dbState.step = p.step;
			dbState.done = p.done;
		}
	);
	dbState.manifest = { ...manifest, dataset };
	dbState.step = '';
	dbState.phase = 'ready';
	return engine;
}

/** The DuckDB instance of the current dataset, created on first use. */
export function getDb(): Promise<SqlEngine> {
	const dataset = dbState.dataset; // read synchronously: effects re-run when it changes
	void dbState.generation;
	if (!current || current.dataset !== dataset) {
		const previous = current;
		const engine = open(dataset);
		current = { dataset, engine };
		previous?.engine.then((e) => e.close()).catch(() => undefined);
		engine.catch((e: unknown) => {
			if (current?.engine !== engine) return;
			dbState.phase = 'error';
			dbState.error = e instanceof Error ? e.message : String(e);
			current = null;
		});
	}
	return current.engine;
}

/**
 * Reload the dataset when the server's differs from the loaded one (a report was imported):
 * called on navigation, so pages show new reports without a restart or a manual reload.
 */
export async function refreshIfChanged(): Promise<boolean> {
	const loaded = dbState.manifest;
	if (!current || !loaded || dbState.phase !== 'ready') return false;
	try {
		const res = await fetch(`${base(loaded.dataset)}/manifest.json`, { cache: 'no-store' });
		if (!res.ok) return false;
		const latest = (await res.json()) as Manifest;
		if (latest.version === loaded.version) return false;
	} catch {
		return false;
	}
	const previous = current;
	current = null;
	dbState.phase = 'idle';
	dbState.manifest = null;
	dbState.generation += 1;
	previous.engine.then((e) => e.close()).catch(() => undefined);
	return true;
}

/** Switch between the real reports and the simulated demo dataset. */
export function setDataset(dataset: Dataset): void {
	if (dbState.dataset === dataset) return;
	dbState.dataset = dataset;
	dbState.phase = 'idle';
	dbState.manifest = null;
}

async function failing<T>(f: () => Promise<T>): Promise<T> {
	try {
		return await f();
	} catch (e) {
		throw new Error(`查询失败：${e instanceof Error ? e.message : e}`);
	}
}

let remote: { dataset: Dataset; runner: Promise<RemoteRunner | null> } | null = null;

/** The server-query runner (./remote.ts) when the dataset's manifest switches to it, else null. */
function serverRunner(): Promise<RemoteRunner | null> {
	const dataset = dbState.dataset;
	if (remote?.dataset !== dataset) {
		const runner = fetchOk(`${base(dataset)}/manifest.json`, '数据清单')
			.then((r) => r.json() as Promise<Manifest>)
			.then((m) => {
				if (!m.server_queries?.enabled || dbState.dataset !== dataset) return null;
				if (dbState.phase === 'idle') Object.assign(dbState, { manifest: { ...m, dataset }, phase: 'ready', step: '' });
				return remoteRunner(dataset);
			})
			.catch(() => null);
		remote = { dataset, runner };
	}
	return remote.runner;
}

/**
 * Run a query (bound parameters, typed rows) on the current dataset: on the server when its
 * manifest says the dataset is too large for the browser and the query is a page query, else on
 * this browser's instance.
 */
export async function runQuery<R extends Row>(q: Query<R>): Promise<R[]> {
	const server = await serverRunner();
	if (server?.runs(q)) return failing(() => server.run(q));
	const db = await getDb();
	return failing(() => run(db, q));
}

let sqlSession: { engine: SqlEngine; session: Promise<{ query: (sql: string) => Promise<Row[]> }> } | null = null;

/**
 * Run SQL text a user typed (the SQL page): one read-only statement (./readonly.ts), refused
 * with a Chinese message otherwise, on a connection of its own that the pages do not share.
 */
export async function runSqlText(sql: string): Promise<Row[]> {
	const verdict = checkReadOnly(sql);
	if (!verdict.ok) throw new Error(verdict.message);
	const db = await getDb();
	if (!db.session) return failing(() => db.query(verdict.sql));
	if (sqlSession?.engine !== db) sqlSession = { engine: db, session: db.session() };
	const session = await sqlSession.session;
	return failing(() => session.query(verdict.sql));
}
