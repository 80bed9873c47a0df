/**
 * The create-user form of /admin, checked in the page with Chinese messages (the browser's own
 * required / type=email messages would be in the browser's language); the server checks again.
 */
export type NewUserFields = { name: string; email: string; password: string; role: string; department: string };

/** The problems of the form, one per field, in the form's order (empty: it may be sent). */
export function newUserProblems(f: NewUserFields): { field: keyof NewUserFields; message: string }[] {
	const out: { field: keyof NewUserFields; message: string }[] = [];
	if (!f.name.trim()) out.push({ field: 'name', message: '请填写姓名' });
	const email = f.email.trim();
	if (!email) out.push({ field: 'email', message: '请填写邮箱' });
	else if (!/^[^\s@]+@[^\s@]+$/.test(email)) out.push({ field: 'email', message: '邮箱格式不正确（应如 name@example.gov.cn），请改正' });
	if (!f.password) out.push({ field: 'password', message: '请填写初始密码' });
	else if (f.password.length < 8 || f.password.length > 128) out.push({ field: 'password', message: '密码长度应为 8–128 个字符' });
	if (!f.role) out.push({ field: 'role', message: '请选择角色' });
	if (f.role === 'department' && !f.department) out.push({ field: 'department', message: '部门工作人员必须指定所属部门' });
	return out;
}
