/**
 * The data manifest (<data>/arrow/manifest.json, <data>/demo/manifest.json): what the browser
 * reads first to know which files make up the dataset. This zod schema is the single source of
 * the type; the server writes it (src/lib/server/dataset.ts, prebuilt.ts), the browser parses it
 * (src/lib/db/client.svelte.ts).
 *
 * A dataset is a set of *parts*: one Arrow file each, a table whole, one fiscal year of it (the
 * tables the dashboard reads by year) or one region of it (the tables a department page reads;
 * src/lib/db/parts.ts). Tables are the stored ones (src/lib/db/tables.ts) and, computed at build
 * time, the metric tables (src/lib/db/metrics.ts). Every
 * part has the hash of its bytes: the browser caches a part under that hash, so only the parts
 * that changed are fetched again after a rebuild.
 */
import { z } from 'zod';

export const ManifestPart = z.object({
	/** table the part belongs to: a stored table (reports, budget_lines …) or a metric table (m_…) */
	table: z.string().regex(/^[a-z][a-z0-9_]*$/),
	/** the fiscal year the part holds; null: not split by year */
	year: z.number().int().nullable(),
	/**
	 * the region (m_departments.region) whose departments' rows the part holds; null: not split by
	 * region (or, in a table split by region, the rows of departments without one in m_departments)
	 */
	region: z.string().nullable().default(null),
	/** file name beside the manifest */
	file: z.string().regex(/^[a-z][a-z0-9_]*(\.\d{4}|\.g\d{1,5}|\.rest)?\.arrow$/),
	rows: z.number().int().nonnegative(),
	bytes: z.number().int().nonnegative(),
	/** hash of the file's bytes (the cache key of the part) */
	hash: z.string().min(8)
});
export type ManifestPart = z.infer<typeof ManifestPart>;

export const Manifest = z.object({
	/** hash of every part: changes whenever any part changes */
	version: z.string(),
	generated_at: z.string(),
	reports: z.number().int().nonnegative(),
	tables: z.array(z.object({ name: z.string(), rows: z.number().int(), bytes: z.number().int() })),
	/** hash of the table layout (TABLES): a new layout forces a rebuild */
	layout: z.string(),
	/** fingerprint of the inputs the tables were built from */
	inputs: z.string(),
	/** every file of the dataset; older manifests have none (then one part per entry of `tables`) */
	parts: z.array(ManifestPart).default([]),
	/**
	 * the metric views' rows are in the parts as tables (computed once when the data was built);
	 * false: the browser creates the metric views over the stored tables instead
	 */
	prebuilt: z.boolean().default(false),
	/**
	 * the rows of the overview's first queries (src/lib/db/first-screen.ts), computed with the
	 * metric tables by DuckDB in Node: exact SQL text and parameters, and their rows; shown before
	 * the browser's DuckDB has started
	 */
	first_screen: z
		.array(z.object({ sql: z.string(), params: z.array(z.union([z.string(), z.number(), z.boolean(), z.null()])), rows: z.array(z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()]))) }))
		.default([]),
	/** set by the server when it sends the manifest */
	dataset: z.enum(['real', 'demo']).optional()
});
export type Manifest = z.infer<typeof Manifest>;
