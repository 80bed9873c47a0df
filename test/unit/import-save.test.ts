/**
 * Saving an imported report (src/lib/server/import.ts): validation again on the server, atomic
 * writes, the replaced version kept in history, the conflict answer, and nothing written when
 * anything fails. Every test works on a temporary copy of data/.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { saveImportedReport, sourceName } from '../../src/lib/server/import';
import { extract } from '../../src/lib/extract';
import { readManifest, listReports } from '../../src/lib/server/dataset';

let root: string;
const NX = 'guangdong-shaoguan-nanxiong-kexie-2023-self';
const NX_SRC = '001_76cfd38e4eb4b39f.txt';
const ZJ = 'guangdong-zhanjiang-kexie-2024-self';

beforeEach(() => {
	root = mkdtempSync(join(tmpdir(), 'pl-import-'));
	cpSync('data/reports', join(root, 'reports'), { recursive: true });
	cpSync('data/sources', join(root, 'sources'), { recursive: true });
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

/** Every file of the data directory with a hash of its bytes. */
function snapshot(dir = root): Record<string, string> {
	const out: Record<string, string> = {};
	const walk = (d: string) => {
		for (const n of readdirSync(d)) {
			const p = join(d, n);
			if (statSync(p).isDirectory()) walk(p);
			else out[relative(dir, p)] = createHash('sha1').update(readFileSync(p)).digest('hex');
		}
	};
	walk(dir);
	return out;
}

const gold = (id: string) => JSON.parse(readFileSync(join('data/reports', `${id}.json`), 'utf8'));
const src = (name: string) => readFileSync(join('data/sources', name), 'utf8');

describe('saveImportedReport', () => {
	it('saves a new report: source, record (no temp files left), rebuilt dataset', () => {
		rmSync(join(root, 'reports', `${NX}.json`));
		const text = src(NX_SRC);
		const { report } = extract(text, { sourceFile: NX_SRC });
		const r = saveImportedReport({ report, source: text }, root);
		expect(r.ok, JSON.stringify(r)).toBe(true);
		if (!r.ok) return;
		expect(r.status).toBe(201);
		expect(r.id).toBe(NX);
		expect(r.source_file).toBe(NX_SRC); // the same text already there: reused
		const saved = JSON.parse(readFileSync(join(root, 'reports', `${NX}.json`), 'utf8'));
		expect(saved.budget.length).toBeGreaterThan(0);
		expect(readdirSync(join(root, 'reports')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
		expect(readManifest(root)!.reports).toBe(5);
		expect(listReports(root).every((s) => s.ok)).toBe(true);
	});

	it('asks before replacing (409), then replaces and keeps the old version in history', () => {
		const text = src('000_c6a5d19b0a36d056.txt');
		const { report } = extract(text, { sourceFile: '000_c6a5d19b0a36d056.txt' });
		const before = snapshot();
		const old = readFileSync(join(root, 'reports', `${ZJ}.json`), 'utf8');
		const c = saveImportedReport({ report, source: text }, root);
		expect(c.ok).toBe(false);
		if (c.ok) return;
		expect(c.status).toBe(409);
		expect(c.message).toContain('湛江市科学技术协会');
		expect(c.message).toContain('替换');
		expect(snapshot()).toEqual(before);

		const corrected = { ...report, title: report.title + '（更正）' };
		const r = saveImportedReport({ report: corrected, source: text, replace: true }, root);
		expect(r.ok, JSON.stringify(r)).toBe(true);
		if (!r.ok) return;
		expect(r.status).toBe(200);
		expect(r.replaced).toEqual([`${ZJ}.json`]);
		const hist = readdirSync(join(root, 'history', ZJ));
		expect(hist).toHaveLength(1);
		expect(readFileSync(join(root, 'history', ZJ, hist[0]), 'utf8')).toBe(old);
		expect(JSON.parse(readFileSync(join(root, 'reports', `${ZJ}.json`), 'utf8')).title).toMatch(/（更正）$/);
		expect(readManifest(root)!.reports).toBe(5);
	});

	it('validation failure (schema or provenance) writes nothing, with Chinese field errors', () => {
		const before = snapshot();
		const text = src(NX_SRC);
		const bad = gold(NX);
		bad.budget[0].amount.wan = bad.budget[0].amount.wan + 1;
		bad.fiscal_year = 'x';
		const r = saveImportedReport({ report: bad, source: text, replace: true }, root);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.status).toBe(400);
		expect(r.errors!.some((e) => e.field === 'fiscal_year')).toBe(true);
		expect(snapshot()).toEqual(before);

		const prov = gold(NX);
		prov.budget[0].amount.wan += 1;
		const p = saveImportedReport({ report: prov, source: text, replace: true }, root);
		expect(p.ok).toBe(false);
		if (p.ok) return;
		expect(p.errors![0].field).toBe('budget[0].amount');
		expect(p.errors![0].message).toMatch(/不符/);
		// a quote that is not in the submitted source
		const other = saveImportedReport({ report: gold(NX), source: '另一份文件的文字', replace: true }, root);
		expect(other.ok).toBe(false);
		if (!other.ok) expect(other.errors!.some((e) => e.message.includes('引文在原文中找不到'))).toBe(true);
		expect(snapshot()).toEqual(before);
	});

	it('refuses a missing source, a bad id, a too long source', () => {
		const before = snapshot();
		const a = saveImportedReport({ report: gold(NX), source: '   ' }, root);
		expect(a.ok || a.message).toMatch(/原文/);
		const b = saveImportedReport({ report: { ...gold(NX), id: '../../evil' }, source: src(NX_SRC) }, root);
		expect(b.ok || b.status).toBe(400);
		const c = saveImportedReport({ report: gold(NX), source: 'x'.repeat(2_000_001) }, root);
		expect(c.ok || c.status).toBe(413);
		expect(snapshot()).toEqual(before);
	});

	it('never overwrites a different source text of the same name', () => {
		rmSync(join(root, 'reports', `${NX}.json`));
		const text = src(NX_SRC) + '\n附：更正说明。\n';
		const { report } = extract(text, { sourceFile: NX_SRC });
		const r = saveImportedReport({ report, source: text }, root);
		expect(r.ok, JSON.stringify(r)).toBe(true);
		if (!r.ok) return;
		expect(r.source_file).not.toBe(NX_SRC);
		expect(readFileSync(join(root, 'sources', NX_SRC), 'utf8')).toBe(src(NX_SRC));
		expect(readFileSync(join(root, 'sources', r.source_file), 'utf8')).toBe(text);
	});

	it('undoes everything when the dataset cannot be rebuilt', () => {
		writeFileSync(join(root, 'reports', 'broken.json'), '{ not json');
		const before = snapshot();
		const text = src('000_c6a5d19b0a36d056.txt');
		const { report } = extract(text, { sourceFile: 'renamed.docx' });
		const r = saveImportedReport({ report, source: text, replace: true }, root);
		expect(r.ok).toBe(false);
		if (r.ok) return;
		expect(r.status).toBe(500);
		expect(r.message).toContain('撤销');
		const after = snapshot();
		for (const k of Object.keys(after)) if (k.startsWith('arrow/')) delete after[k];
		for (const k of Object.keys(before)) if (k.startsWith('arrow/')) delete before[k];
		expect(after).toEqual(before);
		expect(existsSync(join(root, 'history'))).toBe(existsSync(join(root, 'history')));
	});

	it('makes a safe source file name from the uploaded name', () => {
		expect(sourceName('../../etc/passwd', 'x')).toBe('passwd.txt');
		expect(sourceName('湛江 科协 2024.docx', 'x')).toBe('湛江_科协_2024.txt');
		expect(sourceName(undefined, 'abc-2024-self')).toBe('abc-2024-self.txt');
	});
});
