/**
 * The page-side handle on the one lazily created DuckDB instance. The first query starts the
 * worker, reads the manifest and creates the tables (empty) and views (./lazy.ts); each query
 * then fetches the data files of the tables it reads, from this origin or this browser's cache.
 * The `dbState` rune shows progress and failures to every page.
 *
 * Two datasets exist: the real reports ('real', /data/…) and the simulated demo dataset
 * ('demo', /data/demo/…, 模拟数据). They are never mixed: switching loads the other dataset
 * into a fresh instance.
 */
import { Manifest as ManifestSchema, type ManifestPart } from '../schema/manifest';
import type { Row, SqlEngine } from './engine';
import { firstScreenRows, type FirstScreenEntry } from './first-screen';
import { LazyDataset } from './lazy';
import { partsOf } from './parts';
import { run, type Query } from './query';
import { checkReadOnly } from './readonly';
import { remoteRunner, type RemoteRunner, type ServerQueries } from './remote';

export type Dataset = 'real' | 'demo';
export type DbPhase = 'idle' | 'engine' | 'tables' | 'ready' | 'error';
/** the served manifest: its files, and whether pages query on the server (a dataset larger than a browser should hold) */
export type Manifest = ManifestSchema & { dataset: Dataset; server_queries?: ServerQueries };

export const DATASET_LABEL: Record<Dataset, string> = { real: '真实报告', demo: '模拟数据' };

export const dbState = $state({
	dataset: 'real' as Dataset,
	phase: 'idle' as DbPhase,
	/** Chinese text of the current step */
	step: '',
	/** data files loaded so far, and the number loaded or loading */
	done: 0,
	total: 0,
	error: '',
	manifest: null as Manifest | null,
	/** bumped when the dataset is reloaded; queries re-run when it changes */
	generation: 0,
	/** files read from this browser's cache (no download) in this load */
	cached: 0
});

/** Overall progress of a load in percent: the engine (wasm) to 30, the data files to 95. */
export function loadPercent(s: { phase: DbPhase; done: number; total: number; step: string }): number {
	if (s.phase === 'ready') return 100;
	if (s.phase === 'engine') return 10;
	if (s.phase === 'tables') return s.total ? Math.min(95, 30 + Math.round((60 * s.done) / s.total) + (s.done >= s.total ? 5 : 0)) : 30;
	return 0;
}

const CACHE = 'perflens-data';

/**
 * The bytes of a part (a URL naming its hash, so immutable) from this browser's Cache Storage,
 * fetched and stored on a miss; entries no longer in `keep` are dropped, so after a rebuild only
 * the parts that changed are downloaded again. Without Cache Storage (plain http on an intranet
 * host is not a secure context) the HTTP cache serves it.
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

let current: { dataset: Dataset; data: Promise<LazyDataset> } | null = null;

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

async function fetchManifest(dataset: Dataset, cache: RequestCache, raw?: Promise<unknown>): Promise<Manifest> {
	const parsed = ManifestSchema.safeParse(await (raw ?? (await fetchOk(`${base(dataset)}/manifest.json`, '数据清单', cache)).json()));
	if (!parsed.success) throw new Error('数据清单格式不对（服务器与页面版本不一致？请刷新页面）');
	return { ...parsed.data, dataset };
}

/**
 * The page's first read of a dataset's manifest (JSON as served), shared by the server-query
 * check and the dataset's start: one request, not one each. Taken once by open(); later starts
 * (a dataset reloaded after an import) read it again.
 */
let firstManifest: { dataset: Dataset; json: Promise<unknown> } | null = null;
/** The same first read, kept for its first-screen rows (./first-screen.ts) with the data generation it belongs to. */
let firstShown: { dataset: Dataset; generation: number; json: Promise<unknown> } | null = null;
function manifestJson(dataset: Dataset): Promise<unknown> {
	if (firstManifest?.dataset !== dataset) {
		const json = fetchOk(`${base(dataset)}/manifest.json`, '数据清单').then((r) => r.json() as Promise<unknown>);
		json.catch(() => undefined);
		firstManifest = { dataset, json };
		firstShown = { dataset, generation: dbState.generation, json };
	}
	return firstManifest.json;
}
function takeManifestJson(dataset: Dataset): Promise<unknown> | undefined {
	if (firstManifest?.dataset !== dataset) return undefined;
	const { json } = firstManifest;
	firstManifest = null;
	return json;
}

const startEngine = () => import('./browser').then(({ createBrowserEngine }) => createBrowserEngine());

/** An engine started by warmUp() before the page's first query, taken by open(), with the time its start began. */
let early: { engine: Promise<SqlEngine>; started: number } | null = null;

/**
 * Start the browser's DuckDB (the wasm module and its worker) and read the manifest while the
 * page is still being built, instead of at its first query: called by the layout when it sets
 * the dataset. Dropped again when the manifest says the pages query the server.
 */
export function warmUp(): void {
	if (typeof window === 'undefined' || current || early) return;
	const engine = startEngine();
	engine.catch(() => undefined);
	early = { engine, started: performance.now() };
	void serverRunner().then((r) => {
		if (!r || !early || current) return;
		const e = early.engine;
		early = null;
		void e.then((x) => x.close(), () => undefined);
	});
}

/** Start the engine and create the (empty) tables and views; data files come per query. */
async function open(dataset: Dataset): Promise<LazyDataset> {
	dbState.phase = 'engine';
	dbState.step = '启动浏览器内 DuckDB 数据库';
	dbState.error = '';
	dbState.done = 0;
	dbState.total = 0;
	dbState.cached = 0;
	// the manifest and the engine at once (both may have started already: warmUp)
	const started = early?.started ?? performance.now();
	const starting = early?.engine ?? startEngine();
	early = null;
	starting.catch(() => undefined);
	const manifest = await fetchManifest(dataset, 'no-cache', takeManifestJson(dataset)).catch(async (e: unknown) => {
		void starting.then((x) => x.close(), () => undefined);
		throw e;
	});
	let engine: SqlEngine;
	try {
		engine = await starting;
	} catch (e) {
		throw new Error(`DuckDB 启动失败：${e instanceof Error ? e.message : e}`);
	}
	// the steps of a start, for perflens bench-browser
	performance.measure('perflens:engine', { start: started });
	const schemaStart = performance.now();
	dbState.step = manifest.prebuilt ? '创建数据表' : '创建数据表与视图';
	const dir = `${base(dataset)}/`;
	const urlOf = (p: ManifestPart) => new URL(`${dir}${p.file}?v=${encodeURIComponent(p.hash)}`, location.href).href;
	const listed = new Set(partsOf(manifest).map(urlOf));
	// keep this version's parts of this dataset and whatever is cached of the other one
	const keep = (u: string) => listed.has(u) || new URL(u).pathname.replace(/[^/]+$/, '') !== dir;
	const data = await LazyDataset.open(
		engine,
		manifest,
		(p) => cachedBytes(urlOf(p), `数据表 ${p.table}`, keep),
		({ loading, loaded, step }) => {
			if (dbState.manifest?.version !== manifest.version || dbState.phase === 'error') return;
			dbState.done = loaded;
			dbState.total = loaded + loading;
			dbState.step = step;
			dbState.phase = loading > 0 ? 'tables' : 'ready';
		}
	);
	performance.measure('perflens:schema', { start: schemaStart });
	dbState.manifest = manifest;
	dbState.step = '';
	dbState.phase = 'ready';
	replayable(data);
	return data;
}

function getData(): Promise<LazyDataset> {
	const dataset = dbState.dataset; // read synchronously: effects re-run when it changes
	void dbState.generation;
	if (!current || current.dataset !== dataset) {
		const previous = current;
		const data = open(dataset);
		current = { dataset, data };
		previous?.data.then((d) => d.engine.close()).catch(() => undefined);
		data.catch((e: unknown) => {
			if (current?.data !== data) return;
			dbState.phase = 'error';
			dbState.error = e instanceof Error ? e.message : String(e);
			current = null;
		});
	}
	return current.data;
}

/** The DuckDB instance of the current dataset, created on first use (tables fill per query). */
export async function getDb(): Promise<SqlEngine> {
	return (await getData()).engine;
}

/**
 * Reload the dataset when the server's differs from the loaded one (a report was imported):
 * called on navigation, so pages show new reports without a restart or a manual reload.
 */
export async function refreshIfChanged(): Promise<boolean> {
	// (a dataset still opening is waited for: a page may already show the rows built with the data,
	// ./first-screen.ts, while the engine starts, and a report may be saved meanwhile)
	const opening = current;
	if (!opening) return false;
	try {
		await opening.data;
	} catch {
		return false;
	}
	const loaded = dbState.manifest;
	if (current !== opening || !loaded || dbState.phase !== 'ready') return false;
	try {
		const latest = await fetchManifest(loaded.dataset, 'no-store');
		if (latest.version === loaded.version) return false;
	} catch {
		return false;
	}
	if (current !== opening) return false;
	const previous = opening;
	current = null;
	dbState.phase = 'idle';
	dbState.manifest = null;
	dbState.generation += 1;
	previous.data.then((d) => d.engine.close()).catch(() => undefined);
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
		const runner = (manifestJson(dataset) as Promise<Manifest>)
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

/** The queries this page ran, kept only with `?bench` (perflens bench-browser times them again once the page is idle). */
const ran: Query<Row>[] = [];
let benchMode: boolean | null = null;
const inBench = () => (benchMode ??= typeof location !== 'undefined' && new URL(location.href).searchParams.has('bench'));

/**
 * With `?bench` in the address (perflens bench-browser only), `window.perflensBench()` runs every
 * query of the page again, one at a time on the idle page, and returns each one's milliseconds:
 * the page's query times without the waits for loading and rendering.
 */
function replayable(data: LazyDataset): void {
	if (!inBench()) return;
	(window as unknown as { perflensBench: () => Promise<{ sql: string; ms: number }[]> }).perflensBench = async () => {
		const out: { sql: string; ms: number }[] = [];
		for (const q of ran) {
			// (a query the page answered from the rows built with the data has not loaded its tables yet)
			await data.ensure(q.sql, { years: q.years, departments: q.departments });
			const t0 = performance.now();
			await run(data.engine, q);
			out.push({ sql: q.sql.slice(0, 80), ms: performance.now() - t0 });
		}
		return out;
	};
}

/**
 * Run a query (bound parameters, typed rows) on the current dataset: on the server when its
 * manifest says the dataset is too large for the browser and the query is a page query, else on
 * this browser's instance, the tables it reads loaded first.
 */
export async function runQuery<R extends Row>(q: Query<R>): Promise<R[]> {
	// read before any await, so a page's query runs again when the dataset is reloaded (an import)
	void dbState.generation;
	const built = await prebuiltRows(q);
	if (built) {
		if (inBench()) ran.push(q); // (bench-browser still times it on the engine once the page is idle)
		return built as R[];
	}
	const server = await serverRunner();
	if (server?.runs(q)) return failing(() => server.run(q));
	if (inBench()) ran.push(q);
	const data = await getData();
	await data.ensure(q.sql, { years: q.years, departments: q.departments });
	return failing(() => run(data.engine, q));
}

/**
 * Rows computed with the data for exactly this query (the overview's first numbers,
 * ./first-screen.ts): from the loaded manifest, or, before the browser's DuckDB has started, from
 * the manifest this page fetched first, as long as the data has not been reloaded since.
 */
async function prebuiltRows(q: Query<Row>): Promise<Row[] | undefined> {
	const dataset = dbState.dataset;
	const m = dbState.manifest;
	if (m) return m.dataset === dataset ? firstScreenRows(m.first_screen, q) : undefined;
	if (!firstShown && !current && typeof window !== 'undefined') void manifestJson(dataset);
	const shown = firstShown;
	if (shown?.dataset !== dataset || shown.generation !== dbState.generation) return undefined;
	const json = (await shown.json.catch(() => null)) as { first_screen?: FirstScreenEntry[] } | null;
	return firstScreenRows(json?.first_screen, q);
}

let sqlSession: { engine: SqlEngine; session: Promise<{ query: (sql: string) => Promise<Row[]> }> } | null = null;

/**
 * Run SQL text a user typed (the SQL page): one read-only statement (./readonly.ts), refused
 * with a Chinese message otherwise, on a connection of its own that the pages do not share.
 * The tables it names (directly or through views) are loaded first.
 */
export async function runSqlText(sql: string): Promise<Row[]> {
	const verdict = checkReadOnly(sql);
	if (!verdict.ok) throw new Error(verdict.message);
	const data = await getData();
	await data.createAll();
	await data.ensure(verdict.sql);
	const db = data.engine;
	if (!db.session) return failing(() => db.query(verdict.sql));
	if (sqlSession?.engine !== db) sqlSession = { engine: db, session: db.session() };
	const session = await sqlSession.session;
	return failing(() => session.query(verdict.sql));
}
