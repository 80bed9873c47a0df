/**
 * Saving an imported report (POST /api/reports): the record and the text of its source document
 * come from the import page; the server validates both again (schema + provenance against the
 * submitted source), then writes
 *   data/sources/<name>            the source text (never overwriting a different text)
 *   data/reports/<id>.json         the record (temporary file, then rename)
 *   data/history/<id>/<time>.json  the version it replaces
 * and rebuilds the Arrow dataset, so the dashboards show the report without a restart.
 * Anything that fails leaves the data directory as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, renameSync, rmSync, rmdirSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { REPORT_KIND_LABEL, type Report } from '../schema/report';
import { validateWithSource, type FieldError } from '../schema/validate';
import { LIMITS } from '../extract/readers/errors';
import { DatasetError, dataDir, dataPaths, rebuild, type Manifest } from './dataset';

export type SaveRequest = {
	report: unknown;
	source: unknown;
	/** replace an existing report of the same department, year and kind */
	replace?: boolean;
};

export type SaveResult =
	| { ok: true; status: 200 | 201; id: string; file: string; source_file: string; replaced: string[]; history: string[]; manifest: Manifest }
	| { ok: false; status: 400 | 409 | 413 | 500; message: string; errors?: FieldError[]; existing?: { id: string; file: string; title: string } };

/** Largest source text accepted (characters), as the readers' limit. */
export const MAX_SOURCE_CHARS = LIMITS.textChars;

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A safe file name for the source text: the uploaded name's stem + .txt. */
export function sourceName(given: unknown, id: string): string {
	let stem = typeof given === 'string' ? basename(given.replace(/\\/g, '/')) : '';
	stem = stem.replace(/\.[A-Za-z0-9]{1,5}$/, '');
	stem = stem.replace(/[^\p{L}\p{N}._-]+/gu, '_').replace(/^[._]+/, '').slice(0, 80);
	return `${stem || id}.txt`;
}

function writeAtomic(path: string, data: string): void {
	mkdirSync(dirname(path), { recursive: true });
	const tmp = `${path}.${process.pid}.${Date.now()}.tmp`;
	try {
		writeFileSync(tmp, data);
		renameSync(tmp, path);
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
}

type Existing = { file: string; path: string; id: string; title: string; text: string };

/** Record files that hold the same report: the same id, or the same department, year and kind. */
function existingFor(report: Report, reportsDir: string): Existing[] {
	if (!existsSync(reportsDir)) return [];
	const out: Existing[] = [];
	for (const f of readdirSync(reportsDir).filter((n) => n.endsWith('.json')).sort()) {
		const path = join(reportsDir, f);
		let text: string;
		let raw: unknown;
		try {
			text = readFileSync(path, 'utf8');
			raw = JSON.parse(text);
		} catch {
			continue;
		}
		if (!isObj(raw)) continue;
		const dept = isObj(raw.department) ? raw.department : {};
		const same =
			raw.id === report.id ||
			f === `${report.id}.json` ||
			(dept.id === report.department.id && raw.fiscal_year === report.fiscal_year && raw.kind === report.kind);
		if (same) out.push({ file: f, path, id: String(raw.id ?? f.replace(/\.json$/, '')), title: String(raw.title ?? ''), text });
	}
	return out;
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** Validate and save one imported report; see the file comment. Synchronous: one save at a time. */
export function saveImportedReport(req: SaveRequest, root = dataDir()): SaveResult {
	const paths = dataPaths(root);
	const source = req.source;
	if (typeof source !== 'string' || !source.trim()) return { ok: false, status: 400, message: '缺少原文：保存报告时必须同时提交原文文字' };
	if (source.length > MAX_SOURCE_CHARS) return { ok: false, status: 413, message: '原文内容过多，超过上限' };
	if (!isObj(req.report)) return { ok: false, status: 400, message: '缺少报告记录' };

	// the id names the file: check it before anything else
	const id = req.report.id;
	if (typeof id !== 'string' || !/^[a-z0-9-]+$/.test(id)) {
		return { ok: false, status: 400, message: '报告记录有误，未保存', errors: [{ field: 'id', message: 'id 只能包含小写字母、数字和连字符' }] };
	}

	// the source file name: the uploaded name, unless a different text already has it
	let name = sourceName(req.report.source_file, id);
	const srcPath = (n: string) => join(paths.sources, n);
	let writeSource = true;
	if (existsSync(srcPath(name))) {
		if (readFileSync(srcPath(name), 'utf8') === source) writeSource = false;
		else {
			const h = createHash('sha256').update(source).digest('hex').slice(0, 8);
			name = name.replace(/\.txt$/, `-${h}.txt`);
			if (existsSync(srcPath(name)) && readFileSync(srcPath(name), 'utf8') === source) writeSource = false;
		}
	}
	const record = { ...req.report, source_file: name };

	const v = validateWithSource(record, source);
	if (!v.ok) return { ok: false, status: 400, message: `报告记录有 ${v.errors.length} 处错误，未保存`, errors: v.errors };
	const report = v.report;

	const existing = existingFor(report, paths.reports);
	if (existing.length && !req.replace) {
		const e = existing[0];
		return {
			ok: false,
			status: 409,
			message: `已有${report.department.name} ${report.fiscal_year} 年度的${REPORT_KIND_LABEL[report.kind]}（${e.file}）。是否用这次导入的报告替换它？原来的版本会保存在历史记录中。`,
			existing: { id: e.id, file: e.file, title: e.title }
		};
	}

	// write: history first, then the source, then the record; undo everything on failure
	const file = `${report.id}.json`;
	const target = join(paths.reports, file);
	const history: string[] = [];
	const undo: Array<() => void> = [];
	try {
		const t = stamp();
		for (const e of existing) {
			const h = join(root, 'history', e.id, `${t}.json`);
			writeAtomic(h, e.text);
			history.push(h);
			if (e.path !== target) {
				rmSync(e.path);
				undo.push(() => writeAtomic(e.path, e.text));
			}
		}
		if (writeSource) {
			writeAtomic(srcPath(name), source);
			undo.push(() => rmSync(srcPath(name), { force: true }));
		}
		const before = existsSync(target) ? readFileSync(target, 'utf8') : null;
		writeAtomic(target, JSON.stringify(report, null, '\t') + '\n');
		undo.push(() => (before === null ? rmSync(target, { force: true }) : writeAtomic(target, before)));
		const manifest = rebuild(root);
		return {
			ok: true,
			status: existing.length ? 200 : 201,
			id: report.id,
			file,
			source_file: name,
			replaced: existing.map((e) => e.file),
			history,
			manifest
		};
	} catch (e) {
		for (const u of undo.reverse()) {
			try {
				u();
			} catch {
				/* keep undoing */
			}
		}
		for (const h of history) rmSync(h, { force: true });
		for (const h of history) {
			try {
				rmdirSync(dirname(h)); // only when empty
			} catch {
				/* not empty */
			}
		}
		try {
			rebuild(root);
		} catch {
			/* the dataset was already broken before this save */
		}
		if (e instanceof DatasetError) {
			return { ok: false, status: 500, message: '保存后重建数据集失败，已撤销本次保存', errors: e.errors.map((x) => ({ field: `${x.file} ${x.field}`, message: x.message })) };
		}
		return { ok: false, status: 500, message: `保存失败，已撤销：${e instanceof Error ? e.message : String(e)}` };
	}
}

export type { Report };
