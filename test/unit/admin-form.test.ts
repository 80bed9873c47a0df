import { describe, expect, it } from 'vitest';
import { newUserProblems } from '../../src/lib/admin/user-form';

describe('/admin create-user form', () => {
	it('checks every field with a Chinese message', () => {
		const ok = { name: '张三', email: 'a@b.cn', password: '12345678', role: 'leader', department: '' };
		expect(newUserProblems(ok)).toEqual([]);
		expect(newUserProblems({ ...ok, email: 'not_an_email' })).toEqual([{ field: 'email', message: expect.stringContaining('邮箱格式不正确') }]);
		expect(newUserProblems({ ...ok, name: ' ', password: '' }).map((p) => p.message)).toEqual(['请填写姓名', '请填写初始密码']);
		expect(newUserProblems({ ...ok, password: 'short' })[0].message).toContain('8–128');
		expect(newUserProblems({ ...ok, role: 'department' })[0].field).toBe('department');
		for (const p of newUserProblems({ name: '', email: '', password: '', role: '', department: '' })) expect(p.message).toMatch(/^[\u4e00-\u9fa5]/);
	});
});
