/**
 * duckdb-wasm in a web worker: the browser implementation of SqlEngine. The wasm bundles and
 * workers are imported with Vite `?url`, so they are served from the app's own origin
 * (never a CDN: users sit on intranets).
 */
import * as duckdb from '@duckdb/duckdb-wasm';
import mvpWasm from '@duckdb/duckdb-wasm/dist/duckdb-mvp.wasm?url';
import mvpWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-mvp.worker.js?url';
import ehWasm from '@duckdb/duckdb-wasm/dist/duckdb-eh.wasm?url';
import ehWorker from '@duckdb/duckdb-wasm/dist/duckdb-browser-eh.worker.js?url';
import { arrowToRows, asStream, engineSettingsSql, type Row, type SqlEngine } from './engine';
import { dropTableSql } from './fragments';

const BUNDLES: duckdb.DuckDBBundles = {
	mvp: { mainModule: mvpWasm, mainWorker: mvpWorker },
	eh: { mainModule: ehWasm, mainWorker: ehWorker }
};


export async function createBrowserEngine(): Promise<SqlEngine> {
	const bundle = await duckdb.selectBundle(BUNDLES);
	const worker = new Worker(bundle.mainWorker!);
	const db = new duckdb.AsyncDuckDB(new duckdb.VoidLogger(), worker);
	await db.instantiate(bundle.mainModule, bundle.pthreadWorker);
	await db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	const conn = await db.connect();
	// Never reach for the internet: extensions (parquet, json …) would be downloaded.
	await conn.query(`SET autoinstall_known_extensions = false`);
	await conn.query(`SET autoload_known_extensions = false`);
	for (const sql of engineSettingsSql()) await conn.query(sql);
	// One statement at a time on the one connection: the pages start their queries together, and a
	// prepared statement is three round trips to the worker (prepare, run, close) that no other
	// statement should come between.
	let last: Promise<unknown> = Promise.resolve();
	const serial = <T>(run: () => Promise<T>): Promise<T> => {
		const next = last.then(run, run);
		last = next.catch(() => undefined);
		return next;
	};
	return {
		query<T extends Row = Row>(sql: string, params?: readonly (string | number | boolean | null)[]) {
			return serial(async () => {
				const start = performance.now();
				try {
					if (!params?.length) return arrowToRows<T>(await conn.query(sql));
					const statement = await conn.prepare(sql);
					try {
						return arrowToRows<T>(await statement.query(...params));
					} finally {
						await statement.close();
					}
				} finally {
					// the time of the statement itself (not the wait for the one before): perflens bench-browser reads these
					performance.measure('perflens:query', { start, detail: sql.slice(0, 120) });
				}
			});
		},
		loadArrow(name: string, ipc: Uint8Array, append = false) {
			return serial(async () => {
				if (!append) await conn.query(dropTableSql(name));
				await conn.insertArrowFromIPCStream(asStream(ipc), { name, create: !append });
			});
		},
		async session() {
			const own = await db.connect();
			return {
				query: (sql: string) => serial(async () => arrowToRows(await own.query(sql))),
				close: () => own.close()
			};
		},
		async close() {
			await conn.close();
			await db.terminate();
			worker.terminate();
		}
	};
}
