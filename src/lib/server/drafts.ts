/**
 * Server side of the drafts (issue #6): the record and fact sheet of a report, and the saved
 * versions under data/drafts/<report>/<n>.json (atomic write: temp file, then rename).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { auditReport } from '../audit/index';
import { buildFactSheet } from '../draft/facts';
import { Draft, SavedDraft, type FactSheet } from '../schema/draft';
import type { Report } from '../schema/report';
import { draftsDirOf } from './config';
import { dataPaths, loadRecord, openDataset } from './dataset';

const ID = /^[a-z0-9-]+$/;

export class NotFound extends Error {}

/** The validated record data/reports/<id>.json. */
export function loadReportRecord(id: string): Report {
	if (!ID.test(id)) throw new NotFound(`报告编号「${id}」不合法`);
	const { reports, sources } = dataPaths();
	const file = join(reports, `${id}.json`);
	if (!existsSync(file)) throw new NotFound(`找不到报告「${id}」`);
	const r = loadRecord(file, { sourcesDir: sources });
	if (!r.ok) throw new Error(`报告记录「${id}」无效：${r.errors.map((e) => `${e.field}：${e.message}`).slice(0, 3).join('；')}`);
	return r.report;
}

/** The fact sheet of a report (SQL views of the loaded dataset + the audit). */
export async function factSheetOf(id: string): Promise<{ report: Report; sheet: FactSheet }> {
	const report = loadReportRecord(id);
	const { engine } = await openDataset();
	const file = join(dataPaths().sources, report.source_file ?? '');
	const source = report.source_file && existsSync(file) ? readFileSync(file, 'utf8') : '';
	return { report, sheet: await buildFactSheet(engine, report, auditReport(report), source) };
}

/** Reports that can be drafted: id, department, year, title (newest first). */
export function draftableReports(): { id: string; department: string; year: number; title: string; kind: string }[] {
	const { reports } = dataPaths();
	if (!existsSync(reports)) return [];
	const out = [];
	for (const f of readdirSync(reports).filter((x) => x.endsWith('.json')).sort()) {
		try {
			const r = JSON.parse(readFileSync(join(reports, f), 'utf8'));
			out.push({ id: String(r.id), department: String(r.department?.name ?? ''), year: Number(r.fiscal_year), title: String(r.title ?? ''), kind: String(r.kind ?? '') });
		} catch {
			/* a broken record is reported by build-data */
		}
	}
	return out.sort((a, b) => b.year - a.year || a.department.localeCompare(b.department, 'zh'));
}

function draftsDir(id: string): string {
	if (!ID.test(id)) throw new NotFound(`报告编号「${id}」不合法`);
	return join(draftsDirOf(), id);
}

/** Saved versions of a report's draft, oldest first (version numbers only and when saved). */
export function listVersions(id: string): { version: number; saved_at: string; drafter: string; items: number }[] {
	const dir = draftsDir(id);
	if (!existsSync(dir)) return [];
	return readdirSync(dir)
		.filter((f) => /^\d+\.json$/.test(f))
		.map((f) => {
			try {
				const d = SavedDraft.parse(JSON.parse(readFileSync(join(dir, f), 'utf8')));
				return { version: d.version, saved_at: d.saved_at, drafter: d.drafter, items: d.items.length };
			} catch {
				return null;
			}
		})
		.filter((x): x is NonNullable<typeof x> => !!x)
		.sort((a, b) => a.version - b.version);
}

export function readVersion(id: string, version: number): SavedDraft {
	const file = join(draftsDir(id), `${version}.json`);
	if (!Number.isInteger(version) || version < 1 || !existsSync(file)) throw new NotFound(`找不到第 ${version} 版草稿`);
	return SavedDraft.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Save a new version (n = last + 1), atomically. */
export function saveVersion(id: string, draft: unknown): SavedDraft {
	const d = Draft.parse(draft);
	if (d.report_id !== id) throw new Error('草稿与报告编号不一致');
	const dir = draftsDir(id);
	mkdirSync(dir, { recursive: true });
	for (let attempt = 0; attempt < 5; attempt++) {
		const version = Math.max(0, ...listVersions(id).map((v) => v.version), ...readdirSync(dir).filter((f) => /^\d+\.json$/.test(f)).map((f) => parseInt(f))) + 1;
		const saved: SavedDraft = { ...d, version, saved_at: new Date().toISOString() };
		const file = join(dir, `${version}.json`);
		if (existsSync(file)) continue;
		const tmp = join(dir, `.${version}.json.${process.pid}.${Date.now()}.tmp`);
		try {
			writeFileSync(tmp, JSON.stringify(saved, null, '\t') + '\n');
			if (existsSync(file)) continue;
			renameSync(tmp, file);
		} finally {
			rmSync(tmp, { force: true });
		}
		return saved;
	}
	throw new Error('保存草稿失败：版本号冲突，请重试');
}
