/**
 * The benchmark's plain-JavaScript comparison (src/cli/bench-js.ts): over a dataset that ships its
 * metric tables (as build-data and perflens demo write it, split into parts), DuckDB reads the
 * columns of those tables that the bench queries name, and also computes from the stored tables;
 * both results equal the JavaScript one. Without shipped metric tables DuckDB computes from the
 * stored tables. Timings are not asserted.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { compareJsWithDuckdb } from '../../src/cli/bench-js';
import { generateDemo } from '../../src/lib/demo/generate';
import { writeArrowDataset } from '../../src/lib/server/dataset';
import { buildMetricTables } from '../../src/lib/server/prebuilt';

const tmp = mkdtempSync(join(tmpdir(), 'perflens-bench-js-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
const write = (dir: string) => writeArrowDataset((function* () { for (const r of generateDemo({ departments: 12, years: 3, seed: 5 })) yield r.report; })(), dir, 'bench-js-test');

describe('plain JavaScript against DuckDB', () => {
	it('reads the shipped metric tables (every part) when the dataset has them, and agrees both ways', { timeout: 300_000 }, async () => {
		const dir = join(tmp, 'prebuilt');
		write(dir);
		// split into parts as a large dataset is (tests split small tables)
		const m = (await buildMetricTables(dir, () => undefined, 10))!;
		expect(m.prebuilt).toBe(true);
		expect(m.parts.filter((p) => p.table === 'm_sangong').length).toBeGreaterThan(1);
		const r = await compareJsWithDuckdb(dir);
		expect(r.mismatch).toBe('0 处，如 ');
		expect([r.prebuilt, r.equal]).toEqual([true, true]);
		expect(r.rows).toBeGreaterThan(0);
		expect(r.ratio).toBeCloseTo(r.jsMs / r.duckdbMs);
		// the ratio is the same input both ways (the stored tables); the shipped tables' is printed beside it
		expect(r.prebuiltMs).not.toBeNull();
		expect(r.prebuiltRatio).toBeCloseTo(r.jsMs / r.prebuiltMs!);
	});

	it('computes from the stored tables when the dataset ships no metric tables', { timeout: 300_000 }, async () => {
		const dir = join(tmp, 'plain');
		write(dir);
		const r = await compareJsWithDuckdb(dir);
		expect([r.prebuilt, r.equal]).toEqual([false, true]);
		expect([r.prebuiltMs, r.prebuiltRatio]).toEqual([null, null]);
	});
});
