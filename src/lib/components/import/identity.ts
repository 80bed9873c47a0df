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
