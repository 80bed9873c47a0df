/**
 * The identity a document does not give (department name, region, fiscal year): the import page
 * asks for it, marks the inputs, and keeps saving disabled until every asked field is filled.
 */
import { departmentId, reportId } from '../../extract/region';
import { IDENTITY_FIELDS, type IdentityField, type ReportKind } from '../../schema/report';

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

/** A draft's identity as the ids are made from it. */
type Identifiable = {
	id?: string;
	kind: ReportKind;
	fiscal_year?: number | null;
	project?: { name: { value: string } };
	department: { id?: string; name?: string; type?: string; level?: string; region?: { province?: string; city?: string; district?: string } };
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

/**
 * What a draft still lacks to be a Report: the identity fields (IDENTITY_FIELDS) and the
 * department's type and level the ids and the peer groups are made of. Empty when complete.
 */
export function identityGaps(report: Identifiable): string[] {
	const gaps: string[] = (Object.keys(IDENTITY_FIELDS) as IdentityField[]).filter((f) => !isFilled(report, f)).map((f) => IDENTITY_LABEL[f]);
	if (!report.department.type?.trim()) gaps.push('部门类型');
	if (!report.department.level) gaps.push('行政级次');
	return gaps;
}

/**
 * Department and report ids from the identity (region, type, year, kind, project): what the
 * import page does as the user types, and what build-data does with a complete gold draft.
 * An incomplete region leaves the department id as it was (validation says so).
 */
export function assignIds(report: Identifiable): void {
	const reg = report.department.region;
	if (reg) for (const k of ['city', 'district'] as const) if (!reg[k]) delete reg[k];
	try {
		report.department.id = departmentId(reg as Parameters<typeof departmentId>[0], report.department.type as string);
	} catch {
		/* an incomplete region: validation says so */
	}
	if (report.department.id && isFilled(report, 'fiscal_year')) report.id = reportId(report.department.id, report.fiscal_year!, report.kind, report.project?.name.value);
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

/** The signed-in user as the layout gives it (role, and the department of department staff). */
export type Importer = { role: string; department: { id: string; name: string } | null } | null;

/**
 * Department staff may save only their own department's reports (the server checks it again):
 * the warning to show as soon as the extracted department is another one, naming both, or null.
 * Before the department is identified (no id yet) there is nothing to compare.
 */
export function foreignDepartmentMessage(user: Importer, report: { department: { id?: string; name: string } }): string | null {
	if (!user || user.role !== 'department') return null;
	const id = report.department.id;
	if (!id) return null;
	if (!user.department) return '您的账号没有指定所属部门，不能保存报告；请联系管理员指定部门。';
	if (id === user.department.id) return null;
	const theirs = report.department.name.trim() || '另一部门';
	return `这份报告属于“${theirs}”，不是您所在的“${user.department.name}”。部门工作人员只能保存本部门的报告，因此无法保存。其他部门的报告请交财政局分析人员导入；只有当这确是本部门的报告、而提取读错了部门名称或地区时，才在下方“基本信息”中按原文改正。`;
}
