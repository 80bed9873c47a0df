/**
 * Load the dataset into any SqlEngine (browser worker or Node): every table of ./tables.ts
 * from its Arrow IPC bytes, then the views of ./sql.ts. Shared by the browser client and the
 * Node CLI/server so both see exactly the same tables and views.
 */
import type { SqlEngine } from './engine';
import { createMetricViewStatements, METRIC_VIEWS } from './metrics';
import { createViewStatements, VIEWS } from './sql';
import { TABLE_NAMES, type TableName } from './tables';

export type LoadProgress = {
	phase: 'table' | 'views';
	/** table being loaded (phase 'table') */
	table?: TableName;
	/** tables loaded so far */
	done: number;
	total: number;
	/** Chinese text of the step */
	step: string;
};

export async function loadDataset(
	engine: SqlEngine,
	fetchTable: (name: TableName) => Promise<Uint8Array>,
	onProgress?: (p: LoadProgress) => void
): Promise<void> {
	const total = TABLE_NAMES.length;
	let done = 0;
	for (const name of TABLE_NAMES) {
		onProgress?.({ phase: 'table', table: name, done, total, step: `加载数据表 ${name}` });
		let bytes: Uint8Array;
		try {
			bytes = await fetchTable(name);
		} catch (e) {
			throw new Error(`读取数据表 ${name} 失败：${e instanceof Error ? e.message : String(e)}`);
		}
		try {
			await engine.loadArrow(name, bytes);
		} catch (e) {
			throw new Error(`导入数据表 ${name} 失败：${e instanceof Error ? e.message : String(e)}`);
		}
		done++;
	}
	onProgress?.({ phase: 'views', done, total, step: `创建 ${VIEWS.length + METRIC_VIEWS.length} 个视图` });
	const statements = [...createViewStatements(), ...createMetricViewStatements()];
	const viewNames = [...VIEWS, ...METRIC_VIEWS].map((v) => v.name);
	for (let i = 0; i < statements.length; i++) {
		try {
			await engine.query(statements[i]);
		} catch (e) {
			throw new Error(`创建视图 ${viewNames[i]} 失败：${e instanceof Error ? e.message : String(e)}`);
		}
	}
}
