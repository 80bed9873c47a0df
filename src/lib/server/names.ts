/**
 * Chinese names for the ids the server holds (a user's department, a report in the audit log), so
 * that no raw id or file name reaches a page or a message: "湛江市科学技术协会", "湛江市科学技术协会
 * 2024 年部门整体支出绩效自评报告". Read from the records of the data directory and the gold records
 * of the dataset; an id that is no longer there is named from its parts.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { dataPaths, goldIdentities } from './dataset';
import type { AuditEntry } from './auditlog';
import { KIND_ID_SUFFIX, REPORT_KIND_LABEL, type ReportKind } from '../schema/report';

export type Named = { department_id: string; department: string; year: number; kind: string };

let cache: { key: string; reports: Map<string, Named> } | null = null;

/** Every known report: id → department, year, kind (the record files read as plain JSON, cached
 * until a record or gold file is added, removed or replaced). */
export function knownReports(): Map<string, Named> {
	const p = dataPaths();
	const key = [p.reports, p.gold].map((d) => (existsSync(d) ? `${d}:${statSync(d).mtimeMs}` : d)).join('|');
	if (cache?.key === key) return cache.reports;
	const out = new Map<string, Named>();
	for (const f of existsSync(p.reports) ? readdirSync(p.reports).filter((x) => x.endsWith('.json')).sort() : []) {
		try {
			const r = JSON.parse(readFileSync(join(p.reports, f), 'utf8'));
			if (r?.id && r.department) out.set(String(r.id), { department_id: String(r.department.id ?? ''), department: String(r.department.name ?? ''), year: Number(r.fiscal_year), kind: String(r.kind ?? '') });
		} catch {
			/* a broken record is reported by build-data */
		}
	}
	for (const g of goldIdentities()) if (!out.has(g.id)) out.set(g.id, { department_id: g.department_id, department: g.department, year: g.year, kind: g.kind });
	cache = { key, reports: out };
	return out;
}

/** department id → name. */
export function departmentNames(reports = knownReports()): Map<string, string> {
	const out = new Map<string, string>();
	for (const r of reports.values()) if (r.department_id && !out.has(r.department_id)) out.set(r.department_id, r.department);
	return out;
}

/** A department's name, or a Chinese placeholder (never the id). */
export function departmentLabel(id: string | null | undefined, names?: Map<string, string>): string {
	if (!id) return '未指定部门';
	return (names ?? departmentNames()).get(id) ?? '数据集中没有该部门的报告';
}

/** "湛江市科学技术协会 2024 年部门整体支出绩效自评报告"; a record's file name ("….json") or its history
 * copy ("history/<id>/<time>.json") is named by its report. */
export function reportLabel(idOrPath: string, reports = knownReports()): string {
	const id = idOrPath.startsWith('history/') ? idOrPath.split('/')[1] ?? '' : idOrPath.replace(/\.json$/, '');
	const r = reports.get(id);
	if (r) return `${r.department} ${r.year} 年${REPORT_KIND_LABEL[r.kind as ReportKind] ?? ''}`;
	const m = id.match(/^(.*)-(\d{4})-([a-z]+(?:-target)?)(?:-.*)?$/);
	const dept = m ? departmentNames(reports).get(m[1]) : undefined;
	if (m && dept) {
		const kind = (Object.entries(KIND_ID_SUFFIX) as [ReportKind, string][]).find(([, s]) => s === m[3])?.[0];
		return `${dept} ${m[2]} 年${kind ? REPORT_KIND_LABEL[kind] : '报告'}`;
	}
	return '（已不在数据集中的报告）';
}

const REPORT_ACTIONS = new Set(['新增报告', '替换报告', '保存草稿']);

/**
 * The log as the administrator reads it: reports by department, year and kind, the replaced
 * versions by report, departments by name — never an id or a path.
 */
export function describeLog(log: AuditEntry[]) {
	const reports = knownReports();
	const names = departmentNames(reports);
	return log.map((e) => {
		const isReport = REPORT_ACTIONS.has(e.action);
		const from = (e.from ?? []).map((f) => `${reportLabel(f, reports)}的原版本（已存入历史记录）`);
		const detail = (from.length && /^替换了 /.test(e.detail ?? '') ? '' : (e.detail ?? ''))
			.replace(/^替换了 (.+)$/, (_, files: string) => `替换了${files.split('、').map((f) => reportLabel(f, reports)).join('、')}`)
			.replace(/（([^（）]+)）$/, (m, id: string) => (names.has(id) ? `（${names.get(id)}）` : m));
		return {
			at: e.at,
			user_name: e.user_name,
			role: e.role,
			action: e.action,
			address: e.address,
			target: isReport ? reportLabel(e.target, reports) : e.target,
			from,
			detail
		};
	});
}

