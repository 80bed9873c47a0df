/**
 * Server side of the drafts (issue #6): the record and fact sheet of a report, and the saved
 * versions under data/drafts/<report>/<n>.json (atomic write: temp file, then rename).
 */
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { auditReport } from '../audit/index';
import { buildFactSheet } from '../draft/facts';
import { Draft, SavedDraft, type FactSheet } from '../schema/draft';
import type { Report } from '../schema/report';
import { draftsDirOf } from './config';
import { dataPaths, goldIdentities, goldRecord, loadRecord, openDataset } from './dataset';
import { writeSynced } from './store';
import { draftProblems, idProblem, LIMITS } from './limits';
import { zodErrorsZh, type FieldError } from '../schema/validate';
import { byPinyin } from '../text/sort';

export class NotFound extends Error {}
/** A request the user can correct (400), with Chinese field errors. */
export class BadInput extends Error {
	constructor(message: string, readonly errors: FieldError[] = []) {
		super(message);
	}
}

function checkId(id: string): void {
	const p = idProblem(id);
	if (p) throw new BadInput(p, [{ field: 'report', message: p }]);
}

/** The validated record data/reports/<id>.json, or the corpus gold record of that id the dataset holds. */
export function loadReportRecord(id: string): Report {
	checkId(id);
	const { reports, sources } = dataPaths();
	const file = join(reports, `${id}.json`);
	const r = existsSync(file) ? loadRecord(file, { sourcesDir: sources }) : goldRecord(id);
	if (!r) throw new NotFound(`找不到报告「${id}」`);
	if (!r.ok) throw new BadInput(`报告记录「${id}」无效，请先在导入页改正：${r.errors.map((e) => `${e.field}：${e.message}`).slice(0, 3).join('；')}`);
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

/** Reports that can be drafted: id, department, year, title (newest first); the dataset's corpus gold records too. */
export function draftableReports(): { id: string; department: string; department_id: string; year: number; title: string; kind: string }[] {
	const { reports } = dataPaths();
	const out = [];
	for (const f of existsSync(reports) ? readdirSync(reports).filter((x) => x.endsWith('.json')).sort() : []) {
		try {
			const r = JSON.parse(readFileSync(join(reports, f), 'utf8'));
			out.push({ id: String(r.id), department: String(r.department?.name ?? ''), department_id: String(r.department?.id ?? ''), year: Number(r.fiscal_year), title: String(r.title ?? ''), kind: String(r.kind ?? '') });
		} catch {
			/* a broken record is reported by build-data */
		}
	}
	const seen = new Set(out.map((r) => r.id));
	for (const g of goldIdentities()) if (!seen.has(g.id)) out.push({ id: g.id, department: g.department, department_id: g.department_id, year: g.year, title: g.title, kind: g.kind });
	return out.sort((a, b) => b.year - a.year || byPinyin(a.department, b.department));
}

function draftsDir(id: string): string {
	checkId(id);
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
	const dir = draftsDir(id);
	if (!Number.isInteger(version) || version < 1 || version > 1e6) throw new BadInput('草稿版本号应为正整数（如 /versions/1）');
	const file = join(dir, `${version}.json`);
	if (!existsSync(file)) throw new NotFound(`找不到第 ${version} 版草稿`);
	return SavedDraft.parse(JSON.parse(readFileSync(file, 'utf8')));
}

/** Save a new version (n = last + 1), atomically. */
export function saveVersion(id: string, draft: unknown): SavedDraft {
	const dir = draftsDir(id);
	if (typeof draft !== 'object' || draft === null || Array.isArray(draft)) throw new BadInput('草稿格式错误：应为 JSON 对象 {"report_id": …, "drafter": …, "items": […]}');
	const big = draftProblems(draft);
	if (big.length) throw new BadInput(`草稿超出限制，未保存：${big[0].field} ${big[0].message}`, big);
	const parsed = Draft.safeParse(draft);
	if (!parsed.success) {
		const errors = zodErrorsZh(parsed.error);
		throw new BadInput(`草稿有 ${errors.length} 处错误，未保存：${errors.slice(0, 3).map((e) => `${e.field} ${e.message}`).join('；')}`, errors);
	}
	const d = parsed.data;
	if (d.report_id !== id) throw new BadInput(`草稿的 report_id（${d.report_id.slice(0, 100)}）与网址中的报告编号不一致，请从该报告的起草页保存`, [{ field: 'report_id', message: '与报告编号不一致' }]);
	mkdirSync(dir, { recursive: true });
	const count = readdirSync(dir).filter((f) => /^\d+\.json$/.test(f)).length;
	if (count >= LIMITS.draftVersions) throw new BadInput(`该报告已保存 ${count} 个草稿版本（上限 ${LIMITS.draftVersions}），不能再保存新版本`);
	for (let attempt = 0; attempt < 5; attempt++) {
		const version = Math.max(0, ...listVersions(id).map((v) => v.version), ...readdirSync(dir).filter((f) => /^\d+\.json$/.test(f)).map((f) => parseInt(f))) + 1;
		const saved: SavedDraft = { ...d, version, saved_at: new Date().toISOString() };
		const file = join(dir, `${version}.json`);
		if (existsSync(file)) continue;
		const tmp = join(dir, `.${version}.json.${process.pid}.${Date.now()}.tmp`); // fsynced before the rename
		try {
			writeSynced(tmp, JSON.stringify(saved, null, '\t') + '\n', 'wx');
			if (existsSync(file)) continue;
			renameSync(tmp, file);
		} finally {
			rmSync(tmp, { force: true });
		}
		return saved;
	}
	throw new Error('保存草稿失败：版本号冲突，请重试');
}

/** The answer to a failed draft request: 404 / 400 with the Chinese reason, else a plain 500. */
export function draftFailure(e: unknown): Response {
	const body = (status: number, message: string, errors?: FieldError[]) =>
		new Response(JSON.stringify({ ok: false, message, ...(errors?.length ? { errors } : {}) }), { status, headers: { 'content-type': 'application/json; charset=utf-8' } });
	if (e instanceof NotFound) return body(404, e.message);
	if (e instanceof BadInput) return body(400, e.message, e.errors);
	console.error('draft request failed', e);
	return body(500, '服务器处理草稿时出错，请稍后重试；如反复出现请联系管理员查看服务器日志');
}
