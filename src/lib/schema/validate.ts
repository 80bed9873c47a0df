/**
 * Validation of a report record with messages a person can act on (file, field, reason),
 * in Chinese. Pure: runs in Node and in the browser.
 */
import { z } from 'zod';
import { Report, ReportDraft } from './report';
import { checkProvenance } from './provenance';

export type FieldError = { field: string; message: string };
export type ValidationResult =
	| { ok: true; report: Report; errors: [] }
	| { ok: false; report?: undefined; errors: FieldError[] };

export function fieldPath(path: PropertyKey[]): string {
	let out = '';
	for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
	return out || '(整条记录)';
}

const TYPE_ZH: Record<string, string> = {
	string: '文字',
	number: '数字',
	int: '整数',
	boolean: 'true 或 false',
	object: '对象 {…}',
	array: '列表 […]',
	null: 'null',
	undefined: '空',
	date: '日期'
};
const typeZh = (t: string) => TYPE_ZH[t] ?? t;
const typeOf = (v: unknown) => (v === null ? 'null' : Array.isArray(v) ? 'array' : typeof v);
/** a library message is passed on only when it is already Chinese */
const zhOr = (m: string, fallback: string) => (/[\u4e00-\u9fff]/.test(m) ? m : fallback);

/** A Chinese message for one zod issue: what is wrong and how to fix it (never the English text). */
export function zodMessage(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined
				? `缺少必填字段，请填写（应为${typeZh(issue.expected)}）`
				: `类型错误：应为${typeZh(issue.expected)}，实际为${typeZh(typeOf(issue.input))}，请改正`;
		case 'unrecognized_keys':
			return `不认识的字段：${issue.keys.join('、')}，请删除`;
		case 'invalid_value':
			return `取值不在允许范围内，应为 ${issue.values.map(String).join(' / ')} 之一`;
		case 'too_small':
			return zhOr(issue.message, issue.origin === 'array' ? `至少要有 ${issue.minimum} 项` : issue.origin === 'string' ? '不能为空，请填写' : `取值过小（不小于 ${issue.minimum}）`);
		case 'too_big':
			return zhOr(issue.message, issue.origin === 'array' ? `最多 ${issue.maximum} 项，请删减` : issue.origin === 'string' ? `过长（最多 ${issue.maximum} 字），请缩短` : `取值过大（不大于 ${issue.maximum}）`);
		case 'invalid_format':
			return zhOr(issue.message, '格式不正确，请按说明的格式填写');
		case 'invalid_union':
			return '取值的形式不符合任何一种允许的写法';
		default:
			return zhOr(issue.message, '取值不符合要求');
	}
}

/** Every issue of a zod error as { field, message } in Chinese. */
export function zodErrorsZh(error: z.ZodError): FieldError[] {
	return error.issues.map((i) => ({ field: fieldPath(i.path), message: zodMessage(i) }));
}

/** Validate an unknown value as a Report (schema only); `draft`: identity fields may be absent. */
export function validateReport(value: unknown, draft = false): ValidationResult {
	const r = (draft ? ReportDraft : Report).safeParse(value) as ReturnType<typeof Report.safeParse>;
	if (r.success) return { ok: true, report: r.data, errors: [] };
	return {
		ok: false,
		errors: zodErrorsZh(r.error)
	};
}

/** Validate schema and, given the source text, provenance of every quoted figure. */
export function validateWithSource(value: unknown, source: string | undefined, draft = false): ValidationResult {
	const v = validateReport(value, draft);
	if (!v.ok || source === undefined) return v;
	const problems = checkProvenance(v.report, source);
	if (problems.length === 0) return v;
	return { ok: false, errors: problems.map((p) => ({ field: p.path, message: p.message })) };
}
