/**
 * Load the dataset into any SqlEngine (browser worker or Node): every table of ./tables.ts
 * from its Arrow IPC bytes, then the declared views (./views.ts, then ./metrics.ts). Shared by
 * the browser client and the Node CLI/server so both see exactly the same tables and views.
 */
import type { SqlEngine } from './engine';
import { METRIC_VIEWS } from './metrics';
import { TABLE_NAMES, type TableName } from './tables';
import { createView, type ViewDecl } from './view';
import { BASE_VIEWS } from './views';

/** Every declared view, in creation order: the base views, then the metric views. */
export const ALL_VIEWS: readonly ViewDecl[] = [...BASE_VIEWS, ...METRIC_VIEWS];

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

/** `views`: the views to create (default every declared view, in creation order). */
export async function loadDataset(
	engine: SqlEngine,
	fetchTable: (name: TableName) => Promise<Uint8Array>,
	onProgress?: (p: LoadProgress) => void,
	views: readonly ViewDecl[] = ALL_VIEWS
): Promise<void> {
	const total = TABLE_NAMES.length;
	let done = 0;
	// every download starts at once (from the network or the browser's cache); DuckDB takes them in order
	const bytes = TABLE_NAMES.map((name) => fetchTable(name).catch((e: unknown) => e instanceof Error ? e : new Error(String(e))));
	for (const [i, name] of TABLE_NAMES.entries()) {
		onProgress?.({ phase: 'table', table: name, done, total, step: `加载数据表 ${name}` });
		const b = await bytes[i];
		if (b instanceof Error) throw new Error(`读取数据表 ${name} 失败：${b.message}`);
		try {
			await engine.loadArrow(name, b);
		} catch (e) {
			throw new Error(`导入数据表 ${name} 失败：${e instanceof Error ? e.message : String(e)}`);
		}
		done++;
	}
	onProgress?.({ phase: 'views', done, total, step: `创建 ${views.length} 个视图` });
	await createViews(engine, views);
}

/** Create views in one round trip; on failure, one by one to name the view that failed. */
export async function createViews(engine: SqlEngine, views: readonly ViewDecl[]): Promise<void> {
	if (!views.length) return;
	try {
		await engine.query(views.map(createView).join(';\n'));
	} catch {
		for (const v of views) {
			try {
				await engine.query(createView(v));
			} catch (e) {
				throw new Error(`创建视图 ${v.name} 失败：${e instanceof Error ? e.message : String(e)}`);
			}
		}
	}
}
