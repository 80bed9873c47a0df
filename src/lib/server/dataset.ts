/**
 * The dataset on disk: data/reports/*.json (validated records) → data/arrow/<table>.arrow plus
 * data/arrow/manifest.json. Used by the CLI (`build-data`, `sql`) and by the SvelteKit server
 * (listReports, readArrow, currentManifest, rebuild).
 *
 * Paths are relative to process.cwd(); PERFLENS_DATA_DIR (./config.ts) overrides the data directory.
 * Files are written atomically (temp file + rename), the manifest last.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { ArrowTablesBuilder } from '../db/arrow';
import { METRIC_VIEWS } from '../db/metrics';
import { partFile } from '../db/parts';
import { loadDataset } from '../db/dataset';
import type { SqlEngine } from '../db/engine';
import { TABLES, isTableName, reportsToRows, type TableDef, type TableName } from '../db/tables';
import { Manifest as ManifestSchema, type Manifest as ManifestT } from '../schema/manifest';
import type { Report } from '../schema/report';
import { validateWithSource } from '../schema/validate';
import { assignIds, identityGaps } from '../components/import/identity';
import { dataDirOf } from './config';
import { createNodeEngine } from './duckdb-node';

/* ------------------------------------------------------------------ paths */

/** The data directory (PERFLENS_DATA_DIR, read in ./config.ts). */
export const dataDir = (): string => dataDirOf();

export function dataPaths(root = dataDir()) {
	return {
		root,
		reports: join(root, 'reports'),
		gold: join(root, 'gold'),
		sources: join(root, 'sources'),
		arrow: join(root, 'arrow'),
		manifest: join(root, 'arrow', 'manifest.json')
	};
}

/** A path for messages: relative to the working directory when inside it. */
function shown(path: string): string {
	const rel = relative(process.cwd(), path);
	return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/* ------------------------------------------------------------------ records */

export type RecordError = { file: string; field: string; message: string };

export class DatasetError extends Error {
	constructor(readonly errors: RecordError[]) {
		super(errors.map((e) => `${e.file}: ${e.field}: ${e.message}`).join('\n'));
		this.name = 'DatasetError';
	}
}

export type LoadedRecord =
	| { ok: true; file: string; report: Report; errors: [] }
	| { ok: false; file: string; report?: undefined; raw?: unknown; errors: RecordError[] };

/**
 * The source document of a record: `source_file` under `sourcesDir` when given, otherwise under
 * the `sources/` directory beside the record's directory (data/reports → data/sources).
 */
export function sourcePath(recordFile: string, sourceFile: string, sourcesDir?: string): string | null {
	const dir = resolve(sourcesDir ?? join(dirname(resolve(recordFile)), '..', 'sources'));
	const path = resolve(dir, sourceFile);
	return path.startsWith(dir + sep) ? path : null;
}

/** Read, parse and validate one record file (schema + provenance against its source). */
export function loadRecord(file: string, opts: { sourcesDir?: string; checkFileName?: boolean; draft?: boolean } = {}): LoadedRecord {
	// gold records of documents that do not name their department are drafts (data/README.md)
	const draft = opts.draft ?? basename(dirname(resolve(file))) === 'gold';
	const name = shown(file);
	const fail = (field: string, message: string, raw?: unknown): LoadedRecord => ({
		ok: false,
		file: name,
		raw,
		errors: [{ file: name, field, message }]
	});
	let text: string;
	try {
		text = readFileSync(file, 'utf8');
	} catch (e) {
		return fail('(整条记录)', `无法读取文件：${e instanceof Error ? e.message : e}`);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		return fail('(整条记录)', `JSON 格式错误：${e instanceof Error ? e.message : e}`);
	}
	const sourceFile = (raw as { source_file?: unknown } | null)?.source_file;
	let source: string | undefined;
	if (typeof sourceFile === 'string' && sourceFile) {
		const path = sourcePath(file, sourceFile, opts.sourcesDir);
		if (!path) return fail('source_file', `原文路径不能超出原文目录：${sourceFile}`, raw);
		if (!existsSync(path)) return fail('source_file', `找不到原文文件 ${shown(path)}`, raw);
		source = readFileSync(path, 'utf8');
	}
	const v = validateWithSource(raw, source, draft);
	if (!v.ok) return { ok: false, file: name, raw, errors: v.errors.map((e) => ({ file: name, ...e })) };
	if (opts.checkFileName && !draft && basename(file) !== `${v.report.id}.json`) {
		return fail('id', `文件名应为记录编号加 .json：${v.report.id}.json`, raw);
	}
	return { ok: true, file: name, report: v.report, errors: [] };
}

function jsonFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => f.endsWith('.json'))
		.sort()
		.map((f) => join(dir, f));
}

const recordFiles = (root = dataDir()): string[] => jsonFiles(dataPaths(root).reports);

/** A gold record left out of the dataset, and why. */
export type SkippedRecord = { file: string; reason: string };

/**
 * A gold record (data/gold: a hand-checked ReportDraft of a corpus document) as a Report, the
 * way the import page saves a draft: the identity must be complete (identityGaps), the ids are
 * made from it (assignIds), then schema and provenance are checked as for any record. A draft
 * whose document does not name its department or year is not completed by guessing: it is
 * skipped with the reason.
 */
export function goldAsReport(file: string, sourcesDir: string): LoadedRecord | { ok: 'skipped'; skipped: SkippedRecord } {
	const draft = loadRecord(file, { sourcesDir, draft: true });
	if (!draft.ok) return draft;
	const gaps = identityGaps(draft.report);
	if (gaps.length) return { ok: 'skipped', skipped: { file: draft.file, reason: `原文未写明${gaps.join('、')}，不补造，不进入看板数据集` } };
	const record = structuredClone(draft.report);
	assignIds(record);
	const source = readFileSync(sourcePath(file, record.source_file, sourcesDir)!, 'utf8');
	const v = validateWithSource(record, source);
	if (!v.ok) return { ok: false, file: draft.file, raw: record, errors: v.errors.map((e) => ({ file: draft.file, ...e })) };
	return { ok: true, file: draft.file, report: v.report, errors: [] };
}

/**
 * Every record of the data directory, validated one at a time: data/reports/*.json in file-name
 * order, then the gold records of data/gold/*.json whose identity is complete (goldAsReport;
 * `onSkip` hears of the others). A valid record whose id repeats an earlier one of data/reports
 * comes back as an error; a gold record whose id a data/reports record already has is skipped
 * (an imported record replaces the gold one; data/gold stays the single copy of the corpus).
 */
export function* eachRecord(root = dataDir(), onSkip?: (s: SkippedRecord) => void): Generator<LoadedRecord> {
	const { sources, gold } = dataPaths(root);
	const seen = new Map<string, string>();
	for (const f of recordFiles(root)) {
		const r = loadRecord(f, { sourcesDir: sources, checkFileName: true });
		if (r.ok) {
			const prev = seen.get(r.report.id);
			if (prev) {
				yield { ok: false, file: r.file, raw: r.report, errors: [{ file: r.file, field: 'id', message: `记录编号 ${r.report.id} 与 ${prev} 重复` }] };
				continue;
			}
			seen.set(r.report.id, r.file);
		}
		yield r;
	}
	for (const f of jsonFiles(gold)) {
		const r = goldAsReport(f, sources);
		if (r.ok === 'skipped') {
			onSkip?.(r.skipped);
			continue;
		}
		if (r.ok) {
			const prev = seen.get(r.report.id);
			if (prev) {
				onSkip?.({ file: r.file, reason: `记录编号 ${r.report.id} 已由 ${prev} 提供（导入的记录优先）` });
				continue;
			}
			seen.set(r.report.id, r.file);
		}
		yield r;
	}
}

/**
 * The identity of each gold record that joins the dataset (complete identity, ids assigned as
 * goldAsReport does), without validating it: for listing and finding one record by id. The
 * record itself is validated when it is read (goldRecord) and when the dataset is built.
 */
export function goldIdentities(root = dataDir()): { file: string; id: string; department: string; department_id: string; year: number; title: string; kind: string }[] {
	const out = [];
	for (const f of jsonFiles(dataPaths(root).gold)) {
		try {
			const raw = JSON.parse(readFileSync(f, 'utf8'));
			if (!raw?.department || identityGaps(raw).length) continue;
			assignIds(raw);
			out.push({ file: f, id: String(raw.id), department: String(raw.department.name), department_id: String(raw.department.id ?? ''), year: Number(raw.fiscal_year), title: String(raw.title ?? ''), kind: String(raw.kind ?? '') });
		} catch {
			/* a broken record is reported by build-data */
		}
	}
	return out;
}

/** The gold record of a report id as a validated Report (goldAsReport), or null when there is none. */
export function goldRecord(id: string, root = dataDir()): LoadedRecord | null {
	const g = goldIdentities(root).find((x) => x.id === id);
	if (!g) return null;
	const r = goldAsReport(g.file, dataPaths(root).sources);
	return r.ok === 'skipped' ? null : r;
}

/** The gold records left out of the dataset, and why (what build-data prints). */
export function skippedGold(root = dataDir()): SkippedRecord[] {
	const out: SkippedRecord[] = [];
	for (const r of eachRecord(root, (s) => out.push(s))) void r;
	return out;
}

/** Every record of the data directory, validated; errors of all files together. */
export function loadAllRecords(root = dataDir()): { reports: Report[]; errors: RecordError[] } {
	const reports: Report[] = [];
	const errors: RecordError[] = [];
	for (const r of eachRecord(root)) {
		if (r.ok) reports.push(r.report);
		else errors.push(...r.errors);
	}
	return { reports, errors };
}

export type ReportSummary = {
	file: string;
	id: string | null;
	kind: string | null;
	fiscal_year: number | null;
	title: string | null;
	department_name: string | null;
	simulated: boolean;
	ok: boolean;
	errors: RecordError[];
};

/** One summary per record file, valid or not (for import and status pages). */
export function listReports(root = dataDir()): ReportSummary[] {
	return [...eachRecord(root)].map((r) => {
		const raw = (r.ok ? r.report : r.raw) as Partial<Report> | undefined;
		const str = (v: unknown) => (typeof v === 'string' ? v : null);
		return {
			file: r.file,
			id: str(raw?.id),
			kind: str(raw?.kind),
			fiscal_year: typeof raw?.fiscal_year === 'number' ? raw.fiscal_year : null,
			title: str(raw?.title),
			department_name: str(raw?.department?.name),
			simulated: raw?.simulated === true,
			ok: r.ok,
			errors: r.errors
		};
	});
}

/* ------------------------------------------------------------------ arrow files */

/** The manifest (zod schema in ../schema/manifest.ts): parts with their hashes, layout, inputs. */
export type Manifest = ManifestT;

const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

/** The version of a dataset: a hash of its parts' names and hashes. */
export const versionOf = (parts: Manifest['parts']): string => sha(parts.map((p) => `${p.file}\t${p.hash}`).join('\n')).slice(0, 16);

/** Write a file atomically (temp file + rename). */
export function writeAtomic(path: string, bytes: Uint8Array | string): void {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
	try {
		writeFileSync(tmp, bytes);
		renameSync(tmp, path);
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
}

export function layoutHash(): string {
	// 'parts': files are listed as parts with their own hashes (a manifest without them is rebuilt);
	// the metric views' declarations too: the prebuilt metric tables (and a generated demo dataset)
	// are stale when a view's columns or SQL change
	const tables = (TABLES as readonly TableDef[]).map((t) => [t.name, t.columns.map((c) => [c.name, c.type, !!c.required])]);
	const metrics = METRIC_VIEWS.map((v) => [v.name, v.columns.map((c) => [c.name, c.type]), v.sql]);
	return sha('parts\n' + JSON.stringify(tables) + '\n' + JSON.stringify(metrics)).slice(0, 16);
}

function inputsFingerprint(root: string): string {
	const lines = [...recordFiles(root), ...jsonFiles(dataPaths(root).gold)].map((f) => {
		const st = statSync(f);
		return `${basename(f)}\t${st.size}\t${st.mtimeMs}`;
	});
	return sha(lines.join('\n')).slice(0, 16);
}

/** Reports converted per chunk while rebuilding (bounds the memory held as JS rows). */
const REBUILD_CHUNK = 1000;

export function readManifest(root = dataDir()): Manifest | null {
	return readManifestFile(dataPaths(root).manifest);
}

/** A manifest file parsed (../schema/manifest.ts); null when missing or not a manifest. */
export function readManifestFile(path: string): Manifest | null {
	if (!existsSync(path)) return null;
	try {
		const parsed = ManifestSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
		return parsed.success ? parsed.data : null;
	} catch {
		return null;
	}
}

/**
 * Validate every record and write the Arrow tables and the manifest. A bad record throws a
 * DatasetError naming file, field and reason, and nothing is written.
 */
export function rebuild(root = dataDir(), onSkip?: (s: SkippedRecord) => void): Manifest {
	const inputs = inputsFingerprint(root);
	const builder = new ArrowTablesBuilder(TABLES as readonly TableDef[]);
	const errors: RecordError[] = [];
	let count = 0;
	let chunk: Report[] = [];
	const flush = () => {
		// once a record is bad nothing is written: only validate the rest
		if (!errors.length && chunk.length) builder.add(reportsToRows(chunk));
		chunk = [];
	};
	for (const r of eachRecord(root, onSkip)) {
		if (!r.ok) {
			errors.push(...r.errors);
			continue;
		}
		count++;
		chunk.push(r.report);
		if (chunk.length >= REBUILD_CHUNK) flush();
	}
	flush();
	if (errors.length) throw new DatasetError(errors);
	const { arrow, manifest } = dataPaths(root);
	return writeTables(builder, arrow, manifest, count, inputs);
}

/** Write the built tables as <dir>/<table>.arrow, then the manifest (last, atomically). */
function writeTables(builder: ArrowTablesBuilder, dir: string, manifestPath: string, reports: number, inputs: string): Manifest {
	const tables: Manifest['tables'] = [];
	const parts: Manifest['parts'] = [];
	for (const { name, rows, ipc } of builder.finish()) {
		tables.push({ name: name as TableName, rows, bytes: ipc.byteLength });
		parts.push({ table: name, year: null, region: null, file: partFile(name, null), rows, bytes: ipc.byteLength, hash: sha(ipc).slice(0, 16) });
		writeAtomic(join(dir, partFile(name, null)), ipc);
	}
	const m: Manifest = {
		version: versionOf(parts),
		generated_at: new Date().toISOString(),
		reports,
		tables,
		layout: layoutHash(),
		inputs,
		parts,
		prebuilt: false,
		first_screen: []
	};
	writeAtomic(manifestPath, JSON.stringify(m, null, '\t') + '\n');
	return m;
}

/** Is the built dataset missing or older than the records / the table layout? */
export function isStale(root = dataDir()): boolean {
	const m = readManifest(root);
	if (!m || m.layout !== layoutHash() || m.inputs !== inputsFingerprint(root)) return true;
	const { arrow } = dataPaths(root);
	return m.tables.some((t) => !existsSync(join(arrow, `${t.name}.arrow`)));
}

/** The manifest of an up-to-date dataset, rebuilding first when stale. */
export function ensureBuilt(root = dataDir()): { manifest: Manifest; rebuilt: boolean } {
	if (!isStale(root)) return { manifest: readManifest(root)!, rebuilt: false };
	return { manifest: rebuild(root), rebuilt: true };
}

/** The current manifest (rebuilding when stale), e.g. for GET /data/manifest.json. */
export function currentManifest(root = dataDir()): Manifest {
	return ensureBuilt(root).manifest;
}

/** Bytes of data/arrow/<name>.arrow (built on demand), e.g. for GET /data/<name>.arrow. */
export function readArrow(name: string, root = dataDir()): Uint8Array {
	if (!isTableName(name)) throw new Error(`没有名为 ${name} 的数据表`);
	const path = join(dataPaths(root).arrow, `${name}.arrow`);
	if (!existsSync(path)) ensureBuilt(root);
	return new Uint8Array(readFileSync(path));
}

/* ------------------------------------------------------------------ a loaded engine */

let loaded: { key: string; engine: Promise<SqlEngine> } | null = null;

/**
 * A DuckDB (Node build) holding the current dataset: every table and view, exactly as the
 * browser loads them. Rebuilds a stale dataset first; reloads when the dataset changed.
 */
export async function openDataset(root = dataDir()): Promise<{ engine: SqlEngine; manifest: Manifest; rebuilt: boolean }> {
	const { manifest, rebuilt } = ensureBuilt(root);
	const key = `${root}\n${manifest.version}`;
	if (!loaded || loaded.key !== key) {
		const previous = loaded;
		const engine = (async () => {
			if (previous) await (await previous.engine.catch(() => null))?.close();
			const e = await createNodeEngine();
			await loadDataset(e, async (name) => readArrow(name, root));
			return e;
		})();
		loaded = { key, engine };
		engine.catch(() => {
			if (loaded?.engine === engine) loaded = null;
		});
	}
	return { engine: await loaded.engine, manifest, rebuilt };
}

/** Close the engine of openDataset(). */
export async function closeDataset(): Promise<void> {
	const l = loaded;
	loaded = null;
	if (l) await (await l.engine.catch(() => null))?.close();
}

/* ------------------------------------------------------------------ generated datasets (demo) */

/**
 * Write reports (any iterable: the demo generator streams 100,000) as <dir>/<table>.arrow plus
 * <dir>/manifest.json, in the layout of data/arrow (same TABLES, ArrowTablesBuilder, manifest).
 * The reports must already be valid; `inputs` names what they were generated from.
 */
export function writeArrowDataset(reports: Iterable<Report>, dir: string, inputs: string): Manifest {
	const builder = new ArrowTablesBuilder(TABLES as readonly TableDef[]);
	let count = 0;
	let chunk: Report[] = [];
	const flush = () => {
		if (chunk.length) builder.add(reportsToRows(chunk));
		chunk = [];
	};
	for (const r of reports) {
		count++;
		chunk.push(r);
		if (chunk.length >= REBUILD_CHUNK) flush();
	}
	flush();
	return writeTables(builder, dir, join(dir, 'manifest.json'), count, inputs);
}
