/**
 * The bundled records are the gold standard: every quote must occur verbatim in its source
 * document and contain the number it supports.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkProvenance, quotedNodes } from '../../src/lib/schema/provenance';
import { validateReport } from '../../src/lib/schema/validate';
import type { Report } from '../../src/lib/schema/report';
import { isSeedSource } from '../../src/lib/extract/evaluate';

const dir = resolve('data/reports');
const files = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('bundled gold records', () => {
	it('holds one record per seed document', () => {
		const sources = readdirSync(resolve('data/sources')).filter((f) => isSeedSource(f));
		const used = files.map((f) => JSON.parse(readFileSync(resolve(dir, f), 'utf8')).source_file);
		expect(used.sort()).toEqual(sources.sort());
	});

	for (const file of files) {
		describe(file, () => {
			const raw = JSON.parse(readFileSync(resolve(dir, file), 'utf8'));
			it('validates against the schema', () => {
				const v = validateReport(raw);
				expect(v.errors).toEqual([]);
			});
			it('is named by its id', () => {
				expect(`${raw.id}.json`).toBe(file);
			});
			it('quotes its source verbatim, each quote containing its number', () => {
				const report = raw as Report;
				const source = readFileSync(resolve('data/sources', report.source_file), 'utf8');
				expect([...quotedNodes(report)].length).toBeGreaterThan(10);
				expect(checkProvenance(report, source)).toEqual([]);
			});
		});
	}
});

describe('provenance check catches what it must', () => {
	const file = files.find((f) => f.includes('zhanjiang-kexie-2024')) ?? files[0];
	const report = JSON.parse(readFileSync(resolve(dir, file), 'utf8')) as Report;
	const source = readFileSync(resolve('data/sources', report.source_file), 'utf8');
	const firstMoney = () => report.budget.find((l) => l.amount.wan > 0)!;

	it('rejects a quote that is not in the source', () => {
		const bad = structuredClone(report);
		bad.budget[0].amount.quote += '（篡改）';
		expect(checkProvenance(bad, source).map((p) => p.path)).toContain('budget[0].amount');
	});
	it('rejects a value that differs from the written number', () => {
		const bad = structuredClone(report);
		const i = report.budget.indexOf(firstMoney());
		bad.budget[i].amount.wan += 1;
		expect(checkProvenance(bad, source).map((p) => p.path)).toContain(`budget[${i}].amount`);
	});
});
