/**
 * The identity a document does not give (department name, region, fiscal year): the import page
 * asks for it, marks the inputs, and keeps saving disabled until every asked field is filled.
 */
import type { IdentityField } from '$lib/schema/report';

/** The name of each identity field as the form labels it. */
export const IDENTITY_LABEL: Record<IdentityField, string> = {
	'department.name': '部门名称',
	'department.region': '所属地区（省）',
	fiscal_year: '年度'
};

/** The form inputs that answer each identity field. */
export const IDENTITY_INPUTS: Record<IdentityField, string[]> = {
	'department.name': ['department.name'],
	'department.region': ['department.region.province'],
	fiscal_year: ['fiscal_year']
};

type Identity = {
	fiscal_year?: number | null;
	department: { name?: string; region?: { province?: string } };
};

/** Is the identity field filled in the record (well enough for the schema)? */
export function isFilled(report: Identity, field: IdentityField): boolean {
	switch (field) {
		case 'department.name':
			return (report.department.name ?? '').trim().length >= 2;
		case 'department.region':
			return (report.department.region?.province ?? '').trim().length >= 2;
		case 'fiscal_year': {
			const y = report.fiscal_year;
			return typeof y === 'number' && Number.isInteger(y) && y >= 2000 && y <= 2100;
		}
	}
}

/** The asked fields still empty, in the order they were asked. */
export function unfilled<T extends { field: IdentityField }>(report: Identity, missing: T[]): T[] {
	return missing.filter((m) => !isFilled(report, m.field));
}

/** The message beside the disabled save button: which fields to fill first. */
export function fillFirstMessage(fields: Array<{ field: IdentityField }>): string {
	return `请先填写${fields.map((m) => IDENTITY_LABEL[m.field]).join('、')}`;
}

type Dated = { year: number; change?: { base_year: number } };
type WithYears = { budget: Dated[]; sangong: Dated[] };

/**
 * Move every statement from the year it was filed under to the year the user gives: a document
 * that states no year had its figures filed under the year it mentions most (prior-year figures
 * one before it), and they follow the year the user types.
 */
export function shiftYears(report: WithYears, from: number, to: number): void {
	const d = to - from;
	if (!d) return;
	for (const l of [...report.budget, ...report.sangong]) {
		l.year += d;
		if (l.change) l.change.base_year += d;
	}
}
