/**
 * Prebuilt metric tables: the rows of every metric view (src/lib/db/metrics.ts, the same
 * declarations the browser would otherwise compute), computed once by DuckDB in Node when the
 * data is built, and written beside the stored tables as Arrow parts — one file per fiscal year
 * for the large ones (src/lib/db/parts.ts). The manifest then lists them and says `prebuilt`;
 * the browser reads these tables instead of creating the metric views.
 *
 * Called by `perflens build-data` and `perflens demo` after the stored tables are written, and in
 * the background by the server when a dataset was rebuilt without them (a report was imported):
 * until that finishes, browsers create the metric views themselves.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ArrowTablesBuilder } from '../db/arrow';
import { loadDataset } from '../db/dataset';
import { METRIC_VIEWS, materializeMetricViews } from '../db/metrics';
import { PARTITION_MIN_ROWS, metricTableDef, partFile, partitionColumn } from '../db/parts';
import type { Manifest } from '../schema/manifest';
import { createNodeEngine } from './duckdb-node';
import { readManifestFile, versionOf, writeAtomic } from './dataset';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex').slice(0, 16);

const readManifestAt = (dir: string) => readManifestFile(join(dir, 'manifest.json'));

/**
 * Compute the metric tables of the dataset in `dir` and add them to its manifest. Does nothing
 * when the manifest already has them; gives up (returns null) when the dataset changed meanwhile.
 */
export async function buildMetricTables(dir: string, log: (line: string) => void = () => undefined): Promise<Manifest | null> {
	const m = readManifestAt(dir);
	if (!m) return null;
	if (m.prebuilt) return m;
	const stored = m.parts.filter((p) => p.year === null && !METRIC_VIEWS.some((v) => v.name === p.table));
	const engine = await createNodeEngine();
	const parts: Manifest['parts'] = [];
	try {
		await loadDataset(engine, async (name) => new Uint8Array(readFileSync(join(dir, partFile(name, null)))));
		await materializeMetricViews(engine, (name, i, total) => log(`  计算指标表 ${name}（${i + 1} / ${total}）`));
		for (const v of METRIC_VIEWS) {
			const def = metricTableDef(v);
			const col = partitionColumn(v);
			const [{ n }] = await engine.query<{ n: number }>(`SELECT count(*)::INTEGER AS n FROM ${v.name}`);
			const years =
				col && n >= PARTITION_MIN_ROWS ? (await engine.query<{ y: number }>(`SELECT DISTINCT ${col} AS y FROM ${v.name} ORDER BY y`)).map((r) => r.y) : [null];
			for (const year of years) {
				const rows = await engine.query(`SELECT * FROM ${v.name}${year === null ? '' : ` WHERE ${col} = $1`}`, year === null ? [] : [year]);
				const builder = new ArrowTablesBuilder([def]);
				builder.add({ [v.name]: rows });
				const [{ ipc }] = [...builder.finish()];
				const file = partFile(v.name, year);
				writeAtomic(join(dir, file), ipc);
				parts.push({ table: v.name, year, file, rows: rows.length, bytes: ipc.byteLength, hash: sha(ipc) });
			}
		}
	} finally {
		await engine.close();
	}
	// the dataset may have been rebuilt while we computed: then these tables are not its
	const now = readManifestAt(dir);
	if (!now || now.version !== m.version || now.prebuilt) return now?.prebuilt ? now : null;
	const all = [...stored, ...parts];
	const out: Manifest = { ...m, parts: all, prebuilt: true, version: versionOf(all) };
	writeAtomic(join(dir, 'manifest.json'), JSON.stringify(out, null, '\t') + '\n');
	// metric files of earlier builds that no part names any more
	const names = new Set(all.map((p) => p.file));
	for (const f of readdirSync(dir)) if (/^m_[a-z_]+(\.\d{4})?\.arrow$/.test(f) && !names.has(f)) rmSync(join(dir, f), { force: true });
	return out;
}

const running = new Map<string, Promise<unknown>>();

/** Start buildMetricTables(dir) unless it is already running for `dir` (the server's background job). */
export function prebuildInBackground(dir: string): void {
	if (running.has(dir)) return;
	const job = buildMetricTables(dir)
		.catch((e: unknown) => console.error(`计算指标表失败（浏览器将自行计算）：${e instanceof Error ? e.message : e}`))
		.finally(() => running.delete(dir));
	running.set(dir, job);
}
