/**
 * Importing a document whose hand-checked corpus record (data/gold) is in the dataset: the gold
 * record counts as existing (409 and the replace question, with how many figures the import
 * holds fewer), the replacement keeps the gold file and copies the record it shadowed to history.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fewerFiguresMessage, figureCounts, saveImportedReport } from '../../src/lib/server/import';
import { extract } from '../../src/lib/extract';
import { assignIds } from '../../src/lib/components/import/identity';
import { goldIdentities } from '../../src/lib/server/dataset';
import type { Report } from '../../src/lib/schema/report';

let root: string;
const GOLD = ['119_jishan-zhaidian-health-center_2021_project-selfeval-table.json', '123_guangshui-education-bureau_2023_dept-target-form.json'];

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'pl-import-gold-'));
	cpSync('data/reports', join(root, 'reports'), { recursive: true });
	cpSync('data/sources', join(root, 'sources'), { recursive: true });
	mkdirSync(join(root, 'gold'));
	for (const g of GOLD) cpSync(join('data/gold', g), join(root, 'gold', g));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** The import page's record of a corpus document, with the gold record's identity when the text lacks it. */
function imported(goldFile: string): { report: Report; source: string } {
	const g = JSON.parse(readFileSync(join('data/gold', goldFile), 'utf8'));
	const source = readFileSync(join('data/sources', g.source_file), 'utf8');
	const { report } = extract(source, { sourceFile: g.source_file });
	const r = report as Report;
	r.kind = g.kind;
	r.fiscal_year = g.fiscal_year;
	r.department = { ...g.department, ...(r.department.preparer ? { preparer: r.department.preparer } : {}) };
	if (g.project) r.project = { ...(r.project ?? {}), name: g.project.name } as Report['project'];
	assignIds(r);
	return { report: r, source };
}

describe('figure counts', () => {
	it('counts budget, 三公, staffing, indicators and scored rows; says which groups shrink', () => {
		const before = { budget: [1, 2, 3], sangong: [1], staffing: [1, 2, 3, 4], indicators: [1, 2], scores: { total: { score: {} }, tree: [{ score: {}, children: [{ score: {} }, {}] }] } };
		const after = { budget: [1], sangong: [1], staffing: [1, 2, 3, 4], indicators: [], scores: undefined };
		expect(figureCounts(before)).toEqual({ 预算: 3, 三公: 1, 人员: 4, 指标: 2, 评分: 3 });
		const m = fewerFiguresMessage(before, after)!;
		// staffing lines count like the import page's 读出 N 项 counts them; an unchanged group is not named
		expect(m).toContain('共 13 项 → 6 项');
		expect(m).not.toContain('人员');
		expect(m).toContain('预算 3 → 1（少 2 项）');
		expect(m).toContain('指标 2 → 0（少 2 项）');
		expect(m).toContain('评分 3 → 0（少 3 项）');
		expect(m).not.toContain('三公');
		expect(fewerFiguresMessage(after, before)).toBeNull();
	});
});

describe('saving over a data/gold record', () => {
	for (const goldFile of GOLD) {
		it(`${goldFile.slice(0, 3)}: asks before replacing, keeps the gold file, writes history`, () => {
			const id = goldIdentities(root).find((x) => x.file.endsWith(goldFile))!.id;
			const { report, source } = imported(goldFile);
			expect(report.id).toBe(id);
			const first = saveImportedReport({ report, source }, root);
			expect(first.ok).toBe(false);
			if (first.ok) return;
			expect(first.status).toBe(409);
			expect(first.message).toContain('替换');
			expect(first.existing?.file).toBe(`gold/${goldFile}`);
			const goldBefore = readFileSync(join(root, 'gold', goldFile), 'utf8');
			expect(first.before).toBeDefined();
			const second = saveImportedReport({ report, source, replace: true }, root);
			expect(second.ok, JSON.stringify(second).slice(0, 500)).toBe(true);
			if (!second.ok) return;
			expect(second.status).toBe(200);
			expect(second.replaced).toEqual([`gold/${goldFile}`]);
			expect(second.history).toHaveLength(1);
			expect(second.history[0]).toMatch(new RegExp(`^history/${id}/`));
			const copy = JSON.parse(readFileSync(join(root, second.history[0]), 'utf8'));
			expect(copy.id).toBe(id);
			// the gold file stays the single copy of the corpus record
			expect(readFileSync(join(root, 'gold', goldFile), 'utf8')).toBe(goldBefore);
			expect(existsSync(join(root, 'reports', `${id}.json`))).toBe(true);
			expect(readdirSync(join(root, 'journal'))).toEqual([]);
			// a second import now finds the data/reports record (once), not the gold one again
			const third = saveImportedReport({ report, source }, root);
			expect(!third.ok && third.status).toBe(409);
			if (!third.ok) expect(third.existing?.file).toBe(`${id}.json`);
		});
	}

	it('says so when the import holds fewer figures than the gold record', () => {
		const { report, source } = imported(GOLD[0]);
		report.budget = [];
		report.scores = undefined;
		const r = saveImportedReport({ report, source }, root);
		expect(!r.ok && r.status).toBe(409);
		if (r.ok) return;
		expect(r.message).toContain('人工核对');
		expect(r.message).toMatch(/预算 \d+ → 0/);
	});
});
