/**
 * Server queries from the browser: the same `run(query)` as a local engine, for datasets larger
 * than a browser should hold (the served manifest's `server_queries.enabled`). A page's query
 * object is sent by name with its bound values (./named.ts) to POST /api/query, never as SQL;
 * only the rows of the page's query (aggregates of the metric tables) come back.
 */
import type { Row } from './engine';
import { nameOf } from './named';
import type { Query } from './query';

/** The served manifest's part about server queries (src/lib/server/server-queries.ts). */
export type ServerQueries = { above_reports: number; available: boolean; enabled: boolean };

export type RemoteRunner = {
	/** Is this query one the server runs (a named page query)? */
	runs(q: Query<Row>): boolean;
	run<R extends Row>(q: Query<R>): Promise<R[]>;
};

/** A runner of named page queries on the server for one dataset ('real' or 'demo'). */
export function remoteRunner(dataset: 'real' | 'demo', fetcher: typeof fetch = fetch): RemoteRunner {
	return {
		runs: (q) => nameOf(q) !== undefined,
		async run<R extends Row>(q: Query<R>): Promise<R[]> {
			const name = nameOf(q);
			if (!name) throw new Error('这个查询不能在服务器上运行（不是页面查询）');
			let res: Response;
			try {
				res = await fetcher('/api/query', {
					method: 'POST',
					headers: { 'content-type': 'application/json' },
					body: JSON.stringify({ dataset, name, params: q.params })
				});
			} catch {
				throw new Error('无法连接服务器，查询失败');
			}
			const body = (await res.json().catch(() => null)) as { ok?: boolean; rows?: R[]; message?: string } | null;
			if (!res.ok || !body?.ok || !Array.isArray(body.rows)) throw new Error(body?.message ?? `服务器查询失败（HTTP ${res.status}）`);
			return body.rows;
		}
	};
}
