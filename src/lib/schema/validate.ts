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

function fieldPath(path: PropertyKey[]): string {
	let out = '';
	for (const p of path) out += typeof p === 'number' ? `[${p}]` : out ? `.${String(p)}` : String(p);
	return out || '(整条记录)';
}

function zodMessage(issue: z.core.$ZodIssue): string {
	switch (issue.code) {
		case 'invalid_type':
			return issue.input === undefined ? `缺少必填字段（应为 ${issue.expected}）` : `类型错误：应为 ${issue.expected}`;
		case 'unrecognized_keys':
			return `不认识的字段：${issue.keys.join('、')}`;
		case 'invalid_value':
			return `取值不在允许范围内：${issue.values.map(String).join(' / ')}`;
		case 'too_small':
			return issue.message.startsWith('Too small') ? `取值过小或为空` : issue.message;
		case 'too_big':
			return `取值过大`;
		case 'invalid_format':
			return issue.message.startsWith('Invalid') ? `格式不正确` : issue.message;
		default:
			return issue.message;
	}
}

/** Validate an unknown value as a Report (schema only); `draft`: identity fields may be absent. */
export function validateReport(value: unknown, draft = false): ValidationResult {
	const r = (draft ? ReportDraft : Report).safeParse(value) as ReturnType<typeof Report.safeParse>;
	if (r.success) return { ok: true, report: r.data, errors: [] };
	return {
		ok: false,
		errors: r.error.issues.map((i) => ({ field: fieldPath(i.path), message: zodMessage(i) }))
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
