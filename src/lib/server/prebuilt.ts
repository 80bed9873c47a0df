/**
 * Prebuilt metric tables: the rows of every metric view (src/lib/db/metrics.ts, the same
 * declarations the browser would otherwise compute), computed once by native DuckDB in Node when the
 * data is built, and written beside the stored tables as Arrow parts. The large tables, stored and
 * metric, are split by fiscal year or by region (src/lib/db/parts.ts: partitioning). The manifest
 * then lists the parts and says `prebuilt`; the browser reads these tables instead of creating
 * the metric views, and only the parts a page's queries touch.
 *
 * Called by `perflens build-data` and `perflens demo` after the stored tables are written, and in
 * the background by the server when a dataset was rebuilt without them (a report was imported):
 * until that finishes, browsers create the metric views themselves.
 */
import { createHash } from 'node:crypto';
import { readFileSync, readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ArrowTablesBuilder, type PlainRow } from '../db/arrow';
import { loadDataset } from '../db/dataset';
import { METRIC_VIEWS, materializeMetricViews } from '../db/metrics';
import { PART_SQL, PARTITION_MIN_ROWS, metricTableDef, partFile, partitioning, partitionColumn } from '../db/parts';
import { TABLES, type TableDef } from '../db/tables';
import type { Manifest } from '../schema/manifest';
import { createNativeEngine } from './duckdb-native';
import { readManifestFile, versionOf, writeAtomic } from './dataset';

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex').slice(0, 16);

const readManifestAt = (dir: string) => readManifestFile(join(dir, 'manifest.json'));

/**
 * Compute the metric tables of the dataset in `dir` and add them to its manifest. Does nothing
 * when the manifest already has them; gives up (returns null) when the dataset changed meanwhile.
 */
export async function buildMetricTables(
	dir: string,
	log: (line: string) => void = () => undefined,
	/** split tables of at least this many rows (tests split the five bundled reports) */
	minRows = PARTITION_MIN_ROWS
): Promise<Manifest | null> {
	const m = readManifestAt(dir);
	if (!m) return null;
	if (m.prebuilt) return m;
	// native DuckDB, not the wasm build: the same SQL and declarations, but not capped at wasm's
	// 4 GB address space (at 100,000 reports the wasm build ran out of memory materializing them)
	const engine = await createNativeEngine({ memoryLimit: '6GB' });
	const parts: Manifest['parts'] = [];
	const write = (def: TableDef, rows: PlainRow[], file: string, year: number | null, region: string | null) => {
		const builder = new ArrowTablesBuilder([def]);
		builder.add({ [def.name]: rows });
		const [{ ipc }] = [...builder.finish()];
		writeAtomic(join(dir, file), ipc);
		parts.push({ table: def.name, year, region, file, rows: rows.length, bytes: ipc.byteLength, hash: sha(ipc) });
	};
	try {
		await loadDataset(engine, async (name) => new Uint8Array(readFileSync(join(dir, partFile(name, null)))));
		await materializeMetricViews(engine, (name, i, total) => log(`  计算指标表 ${name}（${i + 1} / ${total}）`));
		const regions = (await engine.query<{ region: string }>(PART_SQL.regions)).map((r) => r.region);
		const defs = [...(TABLES as readonly TableDef[]), ...METRIC_VIEWS.map(metricTableDef)];
		for (const def of defs) {
			const stored = !def.name.startsWith('m_');
			const [{ n }] = await engine.query<{ n: number }>(PART_SQL.rows(def.name));
			const how = partitioning(def, n, minRows);
			if (!how) {
				if (stored) parts.push(m.parts.find((p) => p.table === def.name)!);
				else write(def, await engine.query(PART_SQL.all(def.name)), partFile(def.name, null), null, null);
				continue;
			}
			log(`  分区 ${def.name}（${n} 行，按${how === 'year' ? '年度' : '地区'}）`);
			if (how === 'year') {
				const col = partitionColumn(METRIC_VIEWS.find((v) => v.name === def.name)!)!;
				for (const { y } of await engine.query<{ y: number }>(PART_SQL.years(def.name, col)))
					write(def, await engine.query(PART_SQL.ofYear(def.name, col), [y]), partFile(def.name, y), y, null);
				continue;
			}
			for (const [i, region] of regions.entries())
				write(def, await engine.query(PART_SQL.ofRegion(def), [region]), partFile(def.name, null, i), null, region);
			const rest = await engine.query(PART_SQL.rest(def));
			if (rest.length) write(def, rest, partFile(def.name, null, 'rest'), null, null);
		}
	} finally {
		await engine.close();
	}
	// the dataset may have been rebuilt while we computed: then these tables are not its
	const now = readManifestAt(dir);
	if (!now || now.version !== m.version || now.prebuilt) return now?.prebuilt ? now : null;
	const out: Manifest = { ...m, parts, prebuilt: true, version: versionOf(parts) };
	writeAtomic(join(dir, 'manifest.json'), JSON.stringify(out, null, '\t') + '\n');
	// split files of earlier builds that no part names any more (whole stored tables stay: Node reads them)
	const names = new Set(parts.map((p) => p.file));
	for (const f of readdirSync(dir)) if (/^[a-z_]+\.(\d{4}|g\d+|rest)\.arrow$|^m_[a-z_]+\.arrow$/.test(f) && !names.has(f)) rmSync(join(dir, f), { force: true });
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
