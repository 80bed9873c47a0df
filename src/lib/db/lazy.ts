/**
 * A dataset loaded piece by piece: what the browser does with a manifest (../schema/manifest.ts).
 * `open` creates every table empty (stored tables from ./tables.ts; with prebuilt metric tables,
 * those from the metric views' declarations) and the views over them — no data yet. Before each
 * query, `ensure` fetches the parts of the tables the query reads (./parts.ts), only the years
 * and the departments' regions it says it touches, and appends them; a part is fetched once. So the dashboard downloads the
 * few metric tables it shows, and quotes, narratives and source texts (the stored tables) only
 * come when a page asks for them (a department page, the audit list, the SQL page).
 *
 * Without prebuilt metric tables (a dataset rebuilt by an import, before the server has computed
 * them) the metric views are created over the stored tables instead: the same declarations,
 * computed in the browser.
 *
 * Pure (engine and fetch are passed in): runs in the browser and in Node tests.
 */
import type { Manifest, ManifestPart } from '../schema/manifest';
import { COL_TYPE_SQL } from './columns';
import { createViews } from './dataset';
import type { SqlEngine } from './engine';
import { METRIC_VIEWS } from './metrics';
import { REGION_INDEX, metricTableDef, namesIn, partsOf, partsToLoad, regionsOfSql, tablesRead } from './parts';
import { TABLES, type TableDef } from './tables';
import type { ViewDecl } from './view';
import { BASE_VIEWS } from './views';

const BASE_VIEW_NAMES: ReadonlySet<string> = new Set(BASE_VIEWS.map((v) => v.name));

const ident = (s: string) => `"${s.replace(/"/g, '""')}"`;

/** CREATE TABLE with the declared columns and types, empty. */
export const createTableSql = (def: TableDef) =>
	`CREATE OR REPLACE TABLE ${ident(def.name)} (${def.columns.map((c) => `${ident(c.name)} ${COL_TYPE_SQL[c.type]}`).join(', ')})`;

export type PartProgress = { loading: number; loaded: number; step: string };

export class LazyDataset {
	private readonly parts: ManifestPart[];
	private readonly loading = new Map<string, Promise<void>>();
	private readonly loaded = new Set<string>();

	private constructor(
		readonly engine: SqlEngine,
		readonly manifest: Manifest,
		private readonly fetchPart: (p: ManifestPart) => Promise<Uint8Array>,
		private readonly onProgress?: (p: PartProgress) => void
	) {
		this.parts = partsOf(manifest);
	}

	/**
	 * Empty tables and the views over them; no data is fetched yet. With prebuilt metric tables the
	 * pages read tables only, so nothing is created here: each query's tables are created (empty)
	 * before its parts are loaded, and the base views (with every table they read) the first time
	 * a query names one — a dashboard visit creates its few tables, not the whole schema.
	 */
	static async open(
		engine: SqlEngine,
		manifest: Manifest,
		fetchPart: (p: ManifestPart) => Promise<Uint8Array>,
		onProgress?: (p: PartProgress) => void
	): Promise<LazyDataset> {
		const data = new LazyDataset(engine, manifest, fetchPart, onProgress);
		if (!manifest.prebuilt) await data.createSchema([...BASE_VIEWS, ...METRIC_VIEWS]);
		return data;
	}

	private readonly defs = new Map<string, TableDef>(
		[...(TABLES as readonly TableDef[]), ...METRIC_VIEWS.map(metricTableDef)].map((d) => [d.name, d])
	);
	private readonly created = new Map<string, Promise<void>>();
	private views: Promise<void> | null = null;

	/** Every table (stored, and prebuilt metric tables when there are), then `views` over them. */
	private async createSchema(views: readonly ViewDecl[]): Promise<void> {
		const names = [...TABLES.map((t) => t.name), ...(this.manifest.prebuilt ? METRIC_VIEWS.map((v) => v.name) : [])];
		await this.createTables(names);
		await createViews(this.engine, views);
	}

	/** The named tables, empty, unless created already (one statement for those still missing). */
	private createTables(names: readonly string[]): Promise<void> {
		const missing = names.filter((n) => !this.created.has(n) && this.defs.has(n));
		if (missing.length) {
			const done = this.engine.query(missing.map((n) => createTableSql(this.defs.get(n)!)).join(';\n')).then(() => undefined);
			for (const n of missing) this.created.set(n, done);
		}
		return Promise.all(names.flatMap((n) => (this.created.has(n) ? [this.created.get(n)!] : []))).then(() => undefined);
	}

	/** Every table and view, as a dataset without lazy creation has them (the SQL page lists and reads any of them). */
	async createAll(): Promise<void> {
		if (!this.manifest.prebuilt) return;
		await this.schemaFor(`SELECT * FROM ${BASE_VIEWS[0].name}`, []);
	}

	/** The tables `sql` reads exist; and the base views, when it names one (prebuilt datasets create them on first use). */
	private async schemaFor(sql: string, tables: readonly string[]): Promise<void> {
		if (this.manifest.prebuilt && namesIn(sql, BASE_VIEW_NAMES).length) {
			this.views ??= this.createSchema(BASE_VIEWS).catch((e: unknown) => {
				this.views = null;
				throw e;
			});
			await this.views;
		}
		await this.createTables(tables);
	}

	/**
	 * The tables `sql` reads, loaded: of the tables split by year only `years`, of those split by
	 * region only the regions of `departments`, when given.
	 */
	async ensure(sql: string, touches: { years?: readonly number[]; departments?: readonly string[] } = {}): Promise<void> {
		const tables = tablesRead(sql, this.manifest.prebuilt);
		await this.schemaFor(sql, tables);
		let regions: string[] | undefined;
		if (touches.departments && partsToLoad(this.parts, tables, this.loaded).some((p) => p.region !== null)) {
			await this.ensure(`SELECT * FROM ${REGION_INDEX}`);
			const rows = await this.engine.query<{ region: string | null }>(regionsOfSql, [touches.departments.join(',')]);
			regions = rows.flatMap((r) => (r.region === null ? [] : [r.region]));
		}
		const todo = partsToLoad(this.parts, tables, this.loaded, { years: touches.years, regions });
		if (!todo.length) return;
		await Promise.all(todo.map((p) => this.load(p)));
	}

	private load(p: ManifestPart): Promise<void> {
		let pending = this.loading.get(p.file);
		if (!pending) {
			this.report(`加载数据 ${p.file}`);
			const start = performance.now();
			pending = (async () => {
				let bytes: Uint8Array;
				try {
					bytes = await this.fetchPart(p);
				} catch (e) {
					throw new Error(`读取数据表 ${p.table} 失败：${e instanceof Error ? e.message : String(e)}`);
				}
				try {
					await this.engine.loadArrow(p.table, bytes, true);
				} catch (e) {
					throw new Error(`导入数据表 ${p.table} 失败：${e instanceof Error ? e.message : String(e)}`);
				}
				this.loaded.add(p.file);
				// fetch (or cache read) and append: perflens bench-browser reads these
				performance.measure('perflens:load', { start, detail: p.file });
			})();
			this.loading.set(p.file, pending);
			// a failed part may be tried again by the next query
			pending.then(
				() => this.report(''),
				() => {
					this.loading.delete(p.file);
					this.report('');
				}
			);
		}
		return pending;
	}

	private report(step: string): void {
		const inFlight = [...this.loading.keys()].filter((f) => !this.loaded.has(f)).length;
		this.onProgress?.({ loading: inFlight, loaded: this.loaded.size, step });
	}
}
