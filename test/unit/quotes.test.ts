/**
 * Where a figure came from: the department page's figures lead to the sentences of the report
 * that state them (a DuckDB query on the stored tables), and a computed figure to the figures it
 * is computed from. Hand-checked against the seeds (README review: 771.95, 91.43% = 697.45 ÷ 762.85).
 */
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { closeDataset, openDataset } from '../../src/lib/server/dataset';
import { run } from '../../src/lib/db/query';
import { departmentYears } from '../../src/lib/db/queries';
import { figureQuotes, provenanceOf } from '../../src/lib/db/quotes';

const dir = mkdtempSync(join(tmpdir(), 'pl-quotes-'));
cpSync(resolve('data/reports'), join(dir, 'reports'), { recursive: true });
cpSync(resolve('data/sources'), join(dir, 'sources'), { recursive: true });
afterAll(closeDataset);

describe('figure quotes', () => {
	it('湛江 2024 支出决算 771.95 → its sentence and the report title; 衡阳 执行率 → 决算支出 and 调整预算 with theirs', async () => {
		const { engine } = await openDataset(dir);
		const zj = (await run(engine, departmentYears('guangdong-zhanjiang-kexie'))).find((r) => r.year === 2024)!;
		const spend = provenanceOf(zj, 'spending_final_wan')!;
		expect(spend.formula).toBeNull();
		const rows = await run(engine, figureQuotes(spend.refs[0], 'guangdong-zhanjiang-kexie'));
		expect(rows.some((q) => q.quote.includes('771.95'))).toBe(true);
		expect(rows[0].title).toContain('湛江市科学技术协会');

		const hy = (await run(engine, departmentYears('hunan-hengyang-kexie'))).find((r) => r.year === 2024)!;
		const rate = provenanceOf(hy, 'execution_rate_pct')!;
		expect(rate.formula).toBe('预算执行率 = 决算支出（同口径） ÷ 调整预算 × 100'); // the metric layer's own declaration
		expect(rate.refs.map((r) => r.value)).toEqual([697.45, 762.85]);
		const quotes = await Promise.all(rate.refs.map((r) => run(engine, figureQuotes(r, 'hunan-hengyang-kexie'))));
		expect(quotes[0].some((q) => q.quote.includes('697.45'))).toBe(true);
		expect(quotes[1].some((q) => q.quote.includes('762.85'))).toBe(true);

		const score = provenanceOf(zj, 'score_total')!;
		expect((await run(engine, figureQuotes(score.refs[0], 'guangdong-zhanjiang-kexie')))[0].quote).toContain('99.8');
	});

	it('a figure the report does not state has nothing to show', () => {
		expect(provenanceOf({ report_id: 'x', spending_final_wan: null }, 'spending_final_wan')).toBeNull();
		expect(provenanceOf({ report_id: 'x', execution_final_wan: 1, budget_adjusted_wan: null }, 'execution_rate_pct')).toBeNull();
		expect(provenanceOf({ report_id: 'x' }, 'grade')).toBeNull();
	});
});
