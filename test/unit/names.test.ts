/**
 * Chinese names for server-side ids: a user's department in messages, reports and their history
 * copies in the administrator's audit log. No raw id or path reaches a page.
 */
import { describe, expect, it } from 'vitest';
import { departmentLabel, describeLog, reportLabel } from '../../src/lib/server/names';
import { denied } from '../../src/lib/server/access';

describe('names', () => {
	it('names a department and a report by department, year and kind', () => {
		expect(departmentLabel('guangdong-zhanjiang-kexie')).toBe('湛江市科学技术协会');
		expect(departmentLabel(null)).toBe('未指定部门');
		expect(departmentLabel('no-such-dept')).not.toContain('no-such');
		expect(reportLabel('guangdong-zhanjiang-kexie-2024-self')).toBe('湛江市科学技术协会 2024 年部门整体支出绩效自评报告');
		expect(reportLabel('guangdong-zhanjiang-kexie-2024-self.json')).toBe('湛江市科学技术协会 2024 年部门整体支出绩效自评报告');
		expect(reportLabel('history/guangdong-zhanjiang-kexie-2025-target/2026-11-30T17-11-03-111Z.json')).toBe('湛江市科学技术协会 2025 年部门整体预算绩效目标表');
		// a report no longer in the dataset, of a known department, is named from its parts
		expect(reportLabel('guangdong-zhanjiang-kexie-2019-self')).toBe('湛江市科学技术协会 2019 年部门整体支出绩效自评报告');
		expect(reportLabel('x-y-2019-self')).toBe('（已不在数据集中的报告）');
	});

	it('the audit log shows no ids or paths', () => {
		const [e, u] = describeLog([
			{
				at: '2026-11-30T17:11:03.111Z', user: 'zj@t.cn', user_name: '湛江填报员', role: 'department', address: '127.0.0.1', action: '替换报告',
				target: 'guangdong-zhanjiang-kexie-2024-self',
				from: ['history/guangdong-zhanjiang-kexie-2024-self/2026-11-30T17-11-03-111Z.json'],
				detail: '替换了 guangdong-zhanjiang-kexie-2024-self.json'
			},
			{ at: '2026-11-30T17:00:00.000Z', user: 'a@t.cn', user_name: '管理员', role: 'admin', address: '127.0.0.1', action: '创建用户', target: 'zj@t.cn', detail: '部门工作人员（guangdong-zhanjiang-kexie）' }
		]);
		expect(e.target).toBe('湛江市科学技术协会 2024 年部门整体支出绩效自评报告');
		expect(e.from).toEqual(['湛江市科学技术协会 2024 年部门整体支出绩效自评报告的原版本（已存入历史记录）']);
		expect(JSON.stringify(e)).not.toMatch(/kexie|history\/|\.json/);
		expect(u.detail).toBe('部门工作人员（湛江市科学技术协会）');
	});

	it('the 403 for department staff names their department in Chinese', async () => {
		const user = { id: 'u1', email: 'zj@t.cn', name: '湛江填报员', role: 'department' as const, department: 'guangdong-zhanjiang-kexie' };
		const r = denied({ locals: { user } } as never, 'write_report', 'hunan-hengyang-kexie');
		expect(r?.status).toBe(403);
		const body = await r!.json();
		expect(body.message).toContain('湛江市科学技术协会');
		expect(body.message).not.toContain('guangdong');
	});
});
