/**
 * `perflens build-parquet [--demo]` — the server's copy of a dataset: native DuckDB reads the
 * Arrow tables of data/arrow (or, with --demo, data/demo), materializes the metric tables from
 * their declarations and writes every relation as hive-partitioned Parquet into
 * <dataset>/parquet (report_year=…/report_region=…), with parquet/manifest.json. POST /api/query
 * reads it; pages switch to it above the manifest's threshold (src/lib/server/server-queries.ts).
 * Prints JSON on stdout.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { TableName } from '../../lib/db/tables';
import { currentManifest, dataDir, dataPaths, readArrow } from '../../lib/server/dataset';
import { parquetFromArrow } from '../../lib/server/parquet';
import { serverParquetDir } from '../../lib/server/server-queries';

export const usage = 'perflens build-parquet [--demo]   用原生 DuckDB 把数据集（默认真实报告，--demo 为模拟数据）写成按年度与省份分区的 Parquet（<数据集>/parquet），供服务器端查询';

export async function run(args: string[]): Promise<number> {
	const demo = args.includes('--demo');
	const unknown = args.find((a) => a !== '--demo');
	if (unknown) {
		console.error(`错误：不认识的参数「${unknown}」。用法：${usage}`);
		return 1;
	}
	let version: string;
	let read: (name: TableName) => Promise<Uint8Array>;
	if (demo) {
		const dir = join(dataDir(), 'demo');
		const path = join(dir, 'manifest.json');
		if (!existsSync(path)) {
			console.error('错误：模拟数据尚未生成，请先运行 npx perflens demo');
			return 1;
		}
		version = (JSON.parse(readFileSync(path, 'utf8')) as { version: string }).version;
		read = async (name) => new Uint8Array(readFileSync(join(dir, `${name}.arrow`)));
	} else {
		version = currentManifest().version;
		read = async (name) => readArrow(name, dataPaths().root);
	}
	const out = serverParquetDir(demo ? 'demo' : 'real');
	const started = Date.now();
	const m = await parquetFromArrow(read, out, version, { onStep: (s) => console.error(s) });
	console.log(
		JSON.stringify(
			{ dir: out, source_version: m.source_version, reports: m.reports, partition_by: m.partition_by, seconds: (Date.now() - started) / 1000, relations: Object.fromEntries(m.relations.map((r) => [r.name, { rows: r.rows, files: r.files, bytes: r.bytes }])) },
			null,
			2
		)
	);
	return 0;
}
