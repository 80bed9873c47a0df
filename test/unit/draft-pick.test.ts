import { describe, expect, it } from 'vitest';
import { pickDraftReport } from '../../src/lib/draft/pick';

const R = [
	{ id: 'zj-2024-self', department: '湛江市科学技术协会', department_id: 'zj', year: 2024, kind: 'self_evaluation' },
	{ id: 'zj-2025-target', department: '湛江市科学技术协会', department_id: 'zj', year: 2025, kind: 'target_table' },
	{ id: 'zj-2023-self', department: '湛江市科学技术协会', department_id: 'zj', year: 2023, kind: 'self_evaluation' }
];

describe('/draft: the report from the address', () => {
	it('takes ?report=, or ?department= with ?year=', () => {
		expect(pickDraftReport(R, { report: 'zj-2023-self' }, 'zj-2024-self')).toEqual({ id: 'zj-2023-self', notice: null });
		expect(pickDraftReport(R, { department: 'zj', year: '2023' }, 'zj-2024-self')).toEqual({ id: 'zj-2023-self', notice: null });
		expect(pickDraftReport(R, { department: '湛江市科学技术协会' }, 'zj-2024-self').id).toBe('zj-2024-self');
		expect(pickDraftReport(R, {}, 'zj-2024-self')).toEqual({ id: 'zj-2024-self', notice: null });
	});
	it('says so when the address names a department the user may not draft for', () => {
		const r = pickDraftReport(R, { department: 'guangdong-shaoguan-nanxiong-kexie' }, 'zj-2024-self');
		expect(r.id).toBe('zj-2024-self');
		expect(r.notice).toContain('只能为本部门起草');
		expect(r.notice).toContain('湛江市科学技术协会 2024 年');
		expect(pickDraftReport(R, { report: 'other-2023-self' }, 'zj-2024-self').notice).toContain('other-2023-self');
	});
});
