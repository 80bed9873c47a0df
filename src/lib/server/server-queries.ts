/**
 * Server queries: the named page queries (../db/named.ts) run by native DuckDB over the dataset's
 * Parquet (./parquet.ts), for datasets larger than a browser should hold. Used by POST /api/query;
 * the served manifest (/data/manifest.json) carries `server_queries` so the pages know when to
 * switch (../db/remote.ts, ../db/client.svelte.ts).
 *
 * The switch: more reports than `queries_above_reports` of the Parquet manifest (default 200,000),
 * or than PERFLENS_SERVER_QUERIES_ABOVE_REPORTS when set; and the Parquet is that of the current
 * Arrow dataset (built by `perflens build-parquet`). Otherwise the pages query in the browser.
 */
import { join } from 'node:path';
import type { Row } from '../db/engine';
import { boundQuery, namedQuery } from '../db/named';
import { limited, run, type Query } from '../db/query';
import type { User } from './auth';
import { serverQueriesAboveOf } from './config';
import { dataDir } from './dataset';
import type { NativeEngine } from './duckdb-native';
import { DEFAULT_SERVER_QUERIES_ABOVE_REPORTS, openParquet, parquetDirOf, readParquetManifest } from './parquet';

export type DatasetName = 'real' | 'demo';

/** What the served manifest says about server queries. */
export type ServerQueriesInfo = {
	/** pages switch to server queries above this many reports */
	above_reports: number;
	/** the Parquet of this dataset version is there */
	available: boolean;
	/** switch now: available and the dataset is larger than above_reports */
	enabled: boolean;
};

/** Most rows one server query returns (more: narrow the filter). */
export const SERVER_QUERY_MAX_ROWS = 50_000;

/** A page query as the server runs it: capped at one row over SERVER_QUERY_MAX_ROWS. */
export const serverQuery = <R extends Row>(q: Query<R>): Query<R> => limited(q, SERVER_QUERY_MAX_ROWS + 1);

const datasetDirOf = (dataset: DatasetName, root = dataDir()) => (dataset === 'demo' ? join(root, 'demo') : root);

/** The Parquet directory of a dataset: <data>/parquet, <data>/demo/parquet. */
export const serverParquetDir = (dataset: DatasetName, root = dataDir()) => parquetDirOf(datasetDirOf(dataset, root));

/** Server queries of a dataset whose Arrow manifest has `version` and `reports`. */
export function serverQueriesInfo(dataset: DatasetName, version: string, reports: number, root = dataDir()): ServerQueriesInfo {
	const pm = readParquetManifest(serverParquetDir(dataset, root));
	const above = serverQueriesAboveOf() ?? pm?.queries_above_reports ?? DEFAULT_SERVER_QUERIES_ABOVE_REPORTS;
	const available = !!pm && pm.source_version === version;
	return { above_reports: above, available, enabled: available && reports > above };
}

const engines = new Map<string, Promise<NativeEngine>>();

/** The native engine over a dataset's Parquet, opened once per Parquet version. */
async function engineOf(dataset: DatasetName): Promise<NativeEngine> {
	const dir = serverParquetDir(dataset);
	const pm = readParquetManifest(dir);
	if (!pm) throw new ServerQueryError(503, '服务器端数据尚未生成：请在服务器上运行 npx perflens build-parquet');
	const key = `${dir}\n${pm.source_version}\n${pm.generated_at}`;
	let e = engines.get(key);
	if (!e) {
		for (const [k, old] of engines) if (k.startsWith(`${dir}\n`)) {
			engines.delete(k);
			void old.then((x) => x.close()).catch(() => undefined);
		}
		e = openParquet(dir).then((o) => o.engine);
		engines.set(key, e);
		e.catch(() => engines.delete(key));
	}
	return e;
}

export class ServerQueryError extends Error {
	constructor(
		readonly status: number,
		message: string
	) {
		super(message);
	}
}

/**
 * Run a named query with its values on a dataset for `user`: the values are validated by the
 * query's schema. Who may read is access.ts's read rule, the same as for the data files of the
 * browser path (published reports: every reader reads every department; writes are limited).
 */
export async function runServerQuery(dataset: DatasetName, name: string, params: unknown, user: User | null): Promise<Row[]> {
	const n = namedQuery(name);
	if (!n) throw new ServerQueryError(404, `没有名为「${name.slice(0, 100)}」的页面查询`);
	const parsed = n.params.safeParse(params);
	if (!parsed.success) {
		const issue = parsed.error.issues[0];
		throw new ServerQueryError(400, `查询「${name}」的参数有误${issue?.path.length ? `（第 ${Number(issue.path[0]) + 1} 个）` : ''}：${issue?.message ?? '格式不对'}`);
	}
	// one row over the cap is enough to refuse: a result is never held whole when it is too large
	const rows = await run(await engineOf(dataset), serverQuery(boundQuery(n, parsed.data)));
	if (rows.length > SERVER_QUERY_MAX_ROWS) {
		throw new ServerQueryError(422, `查询「${name}」的结果超过服务器单次返回上限 ${SERVER_QUERY_MAX_ROWS} 行，请缩小筛选范围（年度、部门、类别）`);
	}
	return rows;
}

/** Close the engines (tests, shutdown). */
export async function closeServerQueries(): Promise<void> {
	const all = [...engines.values()];
	engines.clear();
	for (const e of all) await (await e.catch(() => null))?.close();
}
