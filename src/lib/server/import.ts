/**
 * Saving an imported report (POST /api/reports): the record and the text of its source document
 * come from the import page; the server validates both again (schema + provenance against the
 * submitted source), then writes
 *   data/sources/<name>            the source text (never overwriting a different text)
 *   data/reports/<id>.json         the record
 *   data/history/<id>/<time>.json  the versions it replaces
 * as one journalled, fsynced replacement (./store.ts: a crash at any point is finished or rolled
 * back on the next start or save), and rebuilds the Arrow dataset, so the dashboards show the
 * report without a restart. Anything that fails leaves the data directory as it was.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { basename, join, relative, sep } from 'node:path';
import { REPORT_KIND_LABEL, type Report } from '../schema/report';
import { validateWithSource, type FieldError } from '../schema/validate';
import { LIMITS } from '../extract/readers/errors';
import { DatasetError, dataDir, dataPaths, goldAsReport, goldIdentities, rebuild, type Manifest } from './dataset';
import { recoverDataDir, runReplacement, type StepHook } from './store';
import { departmentLabel } from './names';
import { idProblem, recordProblems } from './limits';

export type SaveRequest = {
	report: unknown;
	source: unknown;
	/** replace an existing report of the same department, year and kind */
	replace?: boolean;
	/** who saves (for the audit log); null when not signed in */
	by?: { id: string; name: string } | null;
	/** may the saver write records of this department? (checked for the new record and every record it replaces) */
	may?: (departmentId: string | null) => boolean;
};

export type SaveResult =
	| { ok: true; status: 200 | 201; id: string; file: string; source_file: string; replaced: string[]; history: string[]; manifest: Manifest }
	| {
			ok: false;
			status: 400 | 403 | 409 | 413 | 500;
			message: string;
			errors?: FieldError[];
			existing?: { id: string; file: string; title: string };
			/** 409: the figures per group of the record replaced and of the new one */
			before?: Record<FigureGroup, number>;
			after?: Record<FigureGroup, number>;
		};

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

type Existing = {
	file: string;
	path: string;
	id: string;
	title: string;
	text: string;
	department: string | null;
	/** a hand-checked corpus record (data/gold): copied to history, never deleted (data/gold stays the single copy) */
	gold?: boolean;
	/** the record as it is in the dataset (for the figure counts) */
	record?: unknown;
};

/** The groups of figures the replace dialog compares, in its order. */
export const FIGURE_GROUPS = ['预算', '三公', '人员', '指标', '评分'] as const;
export type FigureGroup = (typeof FIGURE_GROUPS)[number];

/** How many figures a record holds per group (budget lines, 三公 lines, staffing lines, indicators, score rows with a score): the groups the import page counts as 读出 N 项. */
export function figureCounts(record: unknown): Record<FigureGroup, number> {
	const r = isObj(record) ? record : {};
	const len = (v: unknown) => (Array.isArray(v) ? v.length : 0);
	let scored = 0;
	const walk = (nodes: unknown) => {
		if (!Array.isArray(nodes)) return;
		for (const n of nodes) {
			if (!isObj(n)) continue;
			if (n.score !== undefined) scored++;
			walk(n.children);
		}
	};
	const sc = isObj(r.scores) ? r.scores : null;
	if (sc) {
		if (isObj(sc.total) && sc.total.score !== undefined) scored++;
		walk(sc.tree);
	}
	return { 预算: len(r.budget), 三公: len(r.sangong), 人员: len(r.staffing), 指标: len(r.indicators), 评分: scored };
}

/** The sentence of the replace question when the new record holds fewer figures than the old one (null when it does not). */
export function fewerFiguresMessage(before: unknown, after: unknown): string | null {
	const a = figureCounts(before);
	const b = figureCounts(after);
	const lost = FIGURE_GROUPS.filter((g) => b[g] < a[g]);
	if (!lost.length) return null;
	const sum = (c: Record<FigureGroup, number>) => FIGURE_GROUPS.reduce((s, g) => s + c[g], 0);
	const parts = lost.map((g) => `${g} ${a[g]} → ${b[g]}（少 ${a[g] - b[g]} 项）`);
	return `注意：这次导入的记录读出的数字少于原来的记录（共 ${sum(a)} 项 → ${sum(b)} 项）：${parts.join('，')}。替换后这些数字将不再显示；如未读全，请先在“未读取的内容”中归入，或取消。`;
}

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
		if (same) out.push({ file: f, path, id: String(raw.id ?? f.replace(/\.json$/, '')), title: String(raw.title ?? ''), text, department: typeof dept.id === 'string' ? dept.id : null, record: raw });
	}
	return out;
}

/**
 * The hand-checked corpus record (data/gold) that a record with this id replaces in the dataset
 * (build-data lets a data/reports record of the same id take the gold one's place), unless a
 * data/reports record already has taken it.
 */
function goldFor(report: Report, root: string, shadowed: Existing[]): Existing[] {
	if (shadowed.some((e) => e.id === report.id)) return [];
	const paths = dataPaths(root);
	const g = goldIdentities(root).find((x) => x.id === report.id);
	if (!g) return [];
	const r = goldAsReport(g.file, paths.sources);
	if (r.ok !== true) return [];
	const text = JSON.stringify(r.report, null, '\t') + '\n';
	return [{ file: `gold/${basename(g.file)}`, path: g.file, id: g.id, title: g.title, text, department: g.department_id || null, gold: true, record: r.report }];
}

const stamp = () => new Date().toISOString().replace(/[:.]/g, '-');

/** Validate and save one imported report; see the file comment. Synchronous: one save at a time. */
export function saveImportedReport(req: SaveRequest, root = dataDir(), step?: StepHook): SaveResult {
	const paths = dataPaths(root);
	recoverDataDir(root);
	const source = req.source;
	if (source === undefined || source === null) return { ok: false, status: 400, message: '缺少原文：字段 source 应为报告原文的文字，保存报告时必须同时提交', errors: [{ field: 'source', message: '缺少原文文字' }] };
	if (typeof source !== 'string') return { ok: false, status: 400, message: '原文格式错误：字段 source 应为文字（字符串）', errors: [{ field: 'source', message: '应为文字' }] };
	if (!source.trim()) return { ok: false, status: 400, message: '原文是空的：字段 source 应为报告原文的文字', errors: [{ field: 'source', message: '不能为空' }] };
	if (source.length > MAX_SOURCE_CHARS) return { ok: false, status: 413, message: `原文过长（${source.length} 字，上限 ${MAX_SOURCE_CHARS} 字），未保存`, errors: [{ field: 'source', message: '过长' }] };
	if (req.report === undefined || req.report === null) return { ok: false, status: 400, message: '缺少报告记录：字段 report 应为报告记录对象', errors: [{ field: 'report', message: '缺少报告记录' }] };
	if (!isObj(req.report)) return { ok: false, status: 400, message: '报告记录格式错误：字段 report 应为对象 {…}', errors: [{ field: 'report', message: '应为对象' }] };

	// the id names the file: check it before anything else
	const id = req.report.id;
	const idWrong = idProblem(id, '报告编号 id ');
	if (idWrong) return { ok: false, status: 400, message: `报告记录有误，未保存：${idWrong}`, errors: [{ field: 'id', message: idWrong }] };
	const big = recordProblems(req.report);
	if (big.length) return { ok: false, status: big[0].field === '(整条记录)' ? 413 : 400, message: `报告记录超出限制，未保存：${big[0].field} ${big[0].message}`, errors: big };

	// the source file name: the uploaded name, unless a different text already has it
	let name = sourceName(req.report.source_file, id as string);
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

	const inReports = existingFor(report, paths.reports);
	const existing = [...inReports, ...goldFor(report, root, inReports)];
	if (req.may) {
		const foreign = [report.department.id, ...existing.map((e) => e.department)].find((d) => !req.may!(d));
		if (foreign !== undefined) return { ok: false, status: 403, message: `无权保存：这次保存会新增或替换其他部门（${foreign === report.department.id ? report.department.name : departmentLabel(foreign)}）的报告记录，部门工作人员只能处理本部门的报告` };
	}
	if (existing.length && !req.replace) {
		const e = existing[0];
		const fewer = fewerFiguresMessage(e.record, report);
		const checked = existing.some((x) => x.gold) ? '（人工核对过的记录）' : '';
		return {
			ok: false,
			status: 409,
			message: `已有${report.department.name} ${report.fiscal_year} 年度的${REPORT_KIND_LABEL[report.kind]}${checked}。是否用这次导入的报告替换它？原来的版本会保存在历史记录中。${fewer ? '\n' + fewer : ''}`,
			existing: { id: e.id, file: e.file, title: e.title },
			before: figureCounts(e.record),
			after: figureCounts(report)
		};
	}

	// write as one journalled replacement (./store.ts): new record, history copies, commit, retire
	const file = `${report.id}.json`;
	const target = join(paths.reports, file);
	const t = stamp();
	const history = existing.map((e) => join(root, 'history', e.id, `${t}.json`));
	try {
		let manifest: Manifest | null = null;
		runReplacement(
			root,
			{
				target,
				content: JSON.stringify(report, null, '\t') + '\n',
				replaced: existing.map((e, i) => ({ path: e.path, text: e.text, history: history[i], keep: e.gold })),
				source: writeSource ? { path: srcPath(name), text: source } : null
			},
			() => {
				manifest = rebuild(root);
			},
			step
		);
		return {
			ok: true,
			status: existing.length ? 200 : 201,
			id: report.id,
			file,
			source_file: name,
			replaced: existing.map((e) => e.file),
			// relative to the data directory: never an absolute path in an answer
			history: history.map((h) => relative(root, h).split(sep).join('/')),
			manifest: manifest!
		};
	} catch (e) {
		try {
			rebuild(root);
		} catch {
			/* the dataset was already broken before this save */
		}
		if (e instanceof DatasetError) {
			return { ok: false, status: 500, message: '保存后重建数据集失败，已撤销本次保存', errors: e.errors.map((x) => ({ field: `${x.file} ${x.field}`, message: x.message })) };
		}
		console.error('save failed', e);
		return { ok: false, status: 500, message: '保存失败，已撤销本次保存（服务器写入文件出错，请检查数据目录的磁盘空间与权限后重试）' };
	}
}

export type { Report };
