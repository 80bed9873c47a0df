/**
 * SqlEngine on duckdb-wasm's Node build (dist/duckdb-node-blocking.cjs): the same DuckDB the
 * browser runs, in-process and synchronous, for the CLI, the server and the tests. The wasm
 * bundles are read from node_modules/@duckdb/duckdb-wasm/dist; nothing is downloaded, and
 * extension autoloading is switched off.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { arrowToRows, asStream, engineSettingsSql, type Row, type SqlEngine } from '../db/engine';
import { dropTableSql } from '../db/fragments';

type Blocking = typeof import('@duckdb/duckdb-wasm/blocking');
type Bindings = Awaited<ReturnType<Blocking['createDuckDB']>>;
type Connection = ReturnType<Bindings['connect']>;

const require = createRequire(import.meta.url);
const BLOCKING = '@duckdb/duckdb-wasm/dist/duckdb-node-blocking.cjs';

/** Paths of the wasm bundles inside the installed package. */
export function nodeBundles() {
	const dist = dirname(require.resolve(BLOCKING));
	return {
		mvp: { mainModule: join(dist, 'duckdb-mvp.wasm'), mainWorker: join(dist, 'duckdb-node-mvp.worker.cjs') },
		eh: { mainModule: join(dist, 'duckdb-eh.wasm'), mainWorker: join(dist, 'duckdb-node-eh.worker.cjs') }
	};
}


/** Create a new, empty in-memory DuckDB. */
export async function createNodeEngine(): Promise<SqlEngine> {
	const duckdb = require(BLOCKING) as Blocking;
	const db: Bindings = await duckdb.createDuckDB(nodeBundles(), new duckdb.VoidLogger(), duckdb.NODE_RUNTIME);
	await db.instantiate();
	// Same result conventions as the browser engine: BIGINT and DECIMAL come back as doubles.
	db.open({ query: { castBigIntToDouble: true, castDecimalToDouble: true } });
	let conn: Connection | null = db.connect();
	conn.query(`SET autoinstall_known_extensions = false`);
	conn.query(`SET autoload_known_extensions = false`);
	for (const sql of engineSettingsSql()) conn.query(sql);
	const live = (): Connection => {
		if (!conn) throw new Error('数据库已关闭');
		return conn;
	};
	return {
		async query<T extends Row = Row>(sql: string, params?: readonly (string | number | boolean | null)[]) {
			if (!params?.length) return arrowToRows<T>(live().query(sql));
			const statement = live().prepare(sql);
			try {
				return arrowToRows<T>(statement.query(...params));
			} finally {
				statement.close();
			}
		},
		async loadArrow(name: string, ipc: Uint8Array, append = false) {
			const c = live();
			if (!append) c.query(dropTableSql(name));
			c.insertArrowFromIPCStream(asStream(ipc), { name, create: !append });
		},
		async close() {
			if (!conn) return;
			conn.close();
			conn = null;
			db.reset();
		}
	};
}
