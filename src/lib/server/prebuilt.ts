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
import { ArrowTablesBuilder, columnsSource } from '../db/arrow';
import { loadDataset } from '../db/dataset';
import { computeFirstScreen } from '../db/first-screen';
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
	/** Write rows from…to of `columns` (the declared columns of `def`, as queryColumns returns them) as one part. */
	const write = (def: TableDef, columns: readonly (readonly unknown[])[], from: number, to: number, file: string, year: number | null, region: string | null) => {
		const builder = new ArrowTablesBuilder([def]);
		builder.addSource(def.name, columnsSource(columns, from, to));
		const [{ ipc }] = [...builder.finish()];
		writeAtomic(join(dir, file), ipc);
		parts.push({ table: def.name, year, region, file, rows: to - from, bytes: ipc.byteLength, hash: sha(ipc) });
	};
	/** The declared columns of `def` from a query's columns, and its key column (the last one) when `keyed`. */
	const fetch = async (def: TableDef, sql: string, keyed: boolean) => {
		const { names, columns } = await engine.queryColumns(sql);
		const byName = new Map(names.map((n, i) => [n, columns[i]]));
		return { columns: def.columns.map((c) => byName.get(c.name)!), key: keyed ? columns[columns.length - 1] : [], length: columns[0]?.length ?? 0 };
	};
	/** Runs of equal keys in a sorted key column: [key, from, to]. */
	const runs = (key: readonly unknown[]): [unknown, number, number][] => {
		const out: [unknown, number, number][] = [];
		for (let i = 0; i < key.length; ) {
			let j = i + 1;
			while (j < key.length && key[j] === key[i]) j++;
			out.push([key[i], i, j]);
			i = j;
		}
		return out;
	};
	let firstScreen: Manifest['first_screen'] = [];
	let t = Date.now();
	const took = () => {
		const s = ((Date.now() - t) / 1000).toFixed(1);
		t = Date.now();
		return s;
	};
	try {
		await loadDataset(engine, async (name) => new Uint8Array(readFileSync(join(dir, partFile(name, null)))));
		log(`  载入数据表与视图 ${took()} 秒`);
		await materializeMetricViews(engine, (name, i, total) => log(`  计算指标表 ${name}（${i + 1} / ${total}）${i ? `，上一张 ${took()} 秒` : ''}`));
		log(`  最后一张 ${took()} 秒`);
		// the overview's first numbers, from the tables just computed (src/lib/db/first-screen.ts)
		firstScreen = await computeFirstScreen(engine);
		const regions = (await engine.query<{ region: string }>(PART_SQL.regions)).map((r) => r.region);
		const defs = [...(TABLES as readonly TableDef[]), ...METRIC_VIEWS.map(metricTableDef)];
		for (const def of defs) {
			const stored = !def.name.startsWith('m_');
			const [{ n }] = await engine.query<{ n: number }>(PART_SQL.rows(def.name));
			const how = partitioning(def, n, minRows);
			if (!how) {
				if (stored) parts.push(m.parts.find((p) => p.table === def.name)!);
				else {
					const all = await fetch(def, PART_SQL.all(def.name), false);
					write(def, all.columns, 0, all.length, partFile(def.name, null), null, null);
				}
				continue;
			}
			log(`  分区 ${def.name}（${n} 行，按${how === 'year' ? '年度' : '地区'}）`);
			took();
			if (how === 'year') {
				// one query, cut year by year (rows of a NULL year go in no part: ofYear never matched them either)
				const col = partitionColumn(METRIC_VIEWS.find((v) => v.name === def.name)!)!;
				const all = await fetch(def, PART_SQL.byYear(def, col), false);
				const key = all.columns[def.columns.findIndex((c) => c.name === col)];
				for (const [y, from, to] of runs(key)) if (y !== null) write(def, all.columns, from, to, partFile(def.name, Number(y)), Number(y), null);
				log(`    ${took()} 秒`);
				continue;
			}
			// one query, cut region by region: the same parts, numbered as `regions` lists them
			const all = await fetch(def, PART_SQL.byRegion(def), true);
			const cut = new Map(runs(all.key).map(([k, from, to]) => [k, [from, to] as const]));
			for (const [i, region] of regions.entries()) {
				const [from, to] = (region === null ? undefined : cut.get(region)) ?? [0, 0];
				write(def, all.columns, from, to, partFile(def.name, null, i), null, region);
			}
			const rest = cut.get(null);
			if (rest) write(def, all.columns, rest[0], rest[1], partFile(def.name, null, 'rest'), null, null);
			log(`    ${took()} 秒`);
		}
	} finally {
		await engine.close();
	}
	// the dataset may have been rebuilt while we computed: then these tables are not its
	const now = readManifestAt(dir);
	if (!now || now.version !== m.version || now.prebuilt) return now?.prebuilt ? now : null;
	const out: Manifest = { ...m, parts, prebuilt: true, version: versionOf(parts), first_screen: firstScreen };
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
