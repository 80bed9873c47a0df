/**
 * Which files a query needs. A dataset is split into parts (src/lib/schema/manifest.ts): the
 * stored tables whole, and the prebuilt metric tables one fiscal year per file. The browser
 * loads the parts of the tables a query names — through the views it names, down to the stored
 * tables they read — and, when the query says which years it touches, only those years.
 *
 * Pure: no I/O, runs in Node and in the browser.
 */
import type { ManifestPart } from '../schema/manifest';
import { METRIC_VIEWS } from './metrics';
import { TABLES, type TableDef } from './tables';
import type { ViewDecl } from './view';
import { BASE_VIEWS } from './views';

/** A metric view's rows as a stored table: its declared columns, in order, with their types. */
export function metricTableDef(v: ViewDecl): TableDef {
	return {
		name: v.name,
		zh: v.zh,
		en: v.name,
		grain: v.grain,
		columns: v.columns.map((c) => ({ name: c.name, type: c.type, zh: c.label, en: c.name, unit: c.unit, required: c.required }))
	};
}

/** The fiscal-year column a metric table is partitioned by (year or fiscal_year), if it has one. */
export function partitionColumn(v: ViewDecl): string | null {
	return v.columns.find((c) => (c.name === 'year' || c.name === 'fiscal_year') && c.type === 'int32' && c.required)?.name ?? null;
}

/** File name of a part: <table>.arrow, or <table>.<year>.arrow for one year of a partitioned table. */
export const partFile = (table: string, year: number | null) => (year === null ? `${table}.arrow` : `${table}.${year}.arrow`);

/** The identifiers of `sql` that are in `names` (lower-cased, in order of first appearance). */
export function namesIn(sql: string, names: ReadonlySet<string>): string[] {
	const out = new Set<string>();
	for (const m of sql.toLowerCase().matchAll(/[a-z_][a-z0-9_]*/g)) if (names.has(m[0])) out.add(m[0]);
	return [...out];
}

const STORED = new Set<string>(TABLES.map((t) => t.name));

/**
 * The stored and prebuilt tables a query reads. Views are followed to what they read: the base
 * views always, the metric views only when they are not prebuilt (then they are views too).
 */
export function tablesRead(sql: string, prebuilt: boolean): string[] {
	const views = new Map<string, ViewDecl>([...BASE_VIEWS, ...(prebuilt ? [] : METRIC_VIEWS)].map((v) => [v.name, v]));
	const tables = new Set<string>([...STORED, ...(prebuilt ? METRIC_VIEWS.map((v) => v.name) : [])]);
	const known = new Set<string>([...views.keys(), ...tables]);
	const out = new Set<string>();
	const seen = new Set<string>();
	const visit = (text: string) => {
		for (const n of namesIn(text, known)) {
			if (tables.has(n)) out.add(n);
			else if (!seen.has(n)) {
				seen.add(n);
				visit(views.get(n)!.sql);
			}
		}
	};
	visit(sql);
	return [...out];
}

/**
 * The parts still to load for a query reading `tables`: every part of those tables not in
 * `loaded`, or, when `years` is given, only the parts of those years (and whole-table parts).
 */
export function partsToLoad(parts: readonly ManifestPart[], tables: readonly string[], loaded: ReadonlySet<string>, years?: readonly number[]): ManifestPart[] {
	const want = new Set(tables);
	return parts.filter((p) => want.has(p.table) && !loaded.has(p.file) && (!years || p.year === null || years.includes(p.year)));
}

/** The parts of a manifest; a manifest without parts has one per stored table (older builds). */
export function partsOf(m: { parts?: readonly ManifestPart[]; tables: readonly { name: string; rows: number; bytes: number }[]; version: string }): ManifestPart[] {
	if (m.parts?.length) return [...m.parts];
	return m.tables.map((t) => ({ table: t.name, year: null, file: partFile(t.name, null), rows: t.rows, bytes: t.bytes, hash: `${m.version}-${t.name}` }));
}

/** A metric table is split by fiscal year when it has at least this many rows (small ones stay one file). */
export const PARTITION_MIN_ROWS = 5_000;
