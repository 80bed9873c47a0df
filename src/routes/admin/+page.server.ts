import { fail } from '@sveltejs/kit';
import { denied, ROLE_LABEL, ROLES } from '$lib/server/access';
import { logChange, readLog } from '$lib/server/auditlog';
import { readSettings, writeSettings } from '$lib/server/settings';
import { createUser, listUsers, removeUser, setRole } from '$lib/server/users';
import { loadAllRecords } from '$lib/server/dataset';
import type { Role } from '$lib/server/auth';
import { describeLog } from '$lib/server/names';
import type { Actions, PageServerLoad } from './$types';
import { byPinyin } from '$lib/text/sort';

function departments(): { id: string; name: string }[] {
	const seen = new Map<string, string>();
	for (const r of loadAllRecords().reports) seen.set(r.department.id, r.department.name);
	return [...seen].map(([id, name]) => ({ id, name })).sort((a, b) => byPinyin(a.name, b.name));
}

export const load: PageServerLoad = async (event) => {
	if (denied(event, 'admin')) return { allowed: false as const, signedIn: !!event.locals.user };
	return {
		allowed: true as const,
		signedIn: true,
		users: await listUsers(),
		settings: readSettings(),
		log: describeLog(readLog(300)),
		roles: ROLES.map((r) => ({ id: r, label: ROLE_LABEL[r] })),
		departments: departments()
	};
};

const str = (v: FormDataEntryValue | null, max = 200) => (typeof v === 'string' ? v.trim().slice(0, max) : '');
const role = (v: string): Role | null => (ROLES.includes(v as Role) ? (v as Role) : null);

export const actions: Actions = {
	create: async (event) => {
		const no = denied(event, 'admin');
		if (no) return fail(no.status, { message: (await no.json()).message });
		const f = await event.request.formData();
		const email = str(f.get('email'));
		const name = str(f.get('name'), 60);
		const password = typeof f.get('password') === 'string' ? (f.get('password') as string) : '';
		const r = role(str(f.get('role')));
		const department = str(f.get('department'), 100) || null;
		if (!/^[^\s@]+@[^\s@]+$/.test(email)) return fail(400, { message: '邮箱格式不正确，请改正' });
		if (!name) return fail(400, { message: '请填写姓名' });
		if (password.length < 8 || password.length > 128) return fail(400, { message: '密码长度应为 8–128 个字符' });
		if (!r) return fail(400, { message: '请选择角色' });
		if (r === 'department' && !department) return fail(400, { message: '部门工作人员必须指定所属部门' });
		try {
			await createUser({ email, name, password, role: r, department: r === 'department' ? department : null });
		} catch {
			return fail(400, { message: '创建失败：该邮箱可能已被使用' });
		}
		logChange(event.locals.user, event.getClientAddress(), '创建用户', email, { detail: `${ROLE_LABEL[r]}${department && r === 'department' ? `（${department}）` : ''}` });
		return { message: `已创建用户 ${email}`, ok: true };
	},
	role: async (event) => {
		const no = denied(event, 'admin');
		if (no) return fail(no.status, { message: (await no.json()).message });
		const f = await event.request.formData();
		const id = str(f.get('id'), 100);
		const r = role(str(f.get('role')));
		const department = str(f.get('department'), 100) || null;
		if (!id || !r) return fail(400, { message: '请选择用户和角色' });
		if (r === 'department' && !department) return fail(400, { message: '部门工作人员必须指定所属部门' });
		if (id === event.locals.user?.id && r !== 'admin') return fail(400, { message: '不能取消自己的管理员角色' });
		await setRole(id, r, r === 'department' ? department : null);
		logChange(event.locals.user, event.getClientAddress(), '修改角色', id, { detail: ROLE_LABEL[r] + (department && r === 'department' ? `（${department}）` : '') });
		return { message: '已修改角色', ok: true };
	},
	remove: async (event) => {
		const no = denied(event, 'admin');
		if (no) return fail(no.status, { message: (await no.json()).message });
		const id = str((await event.request.formData()).get('id'), 100);
		if (!id) return fail(400, { message: '请选择用户' });
		if (id === event.locals.user?.id) return fail(400, { message: '不能删除自己' });
		await removeUser(id);
		logChange(event.locals.user, event.getClientAddress(), '删除用户', id);
		return { message: '已删除用户', ok: true };
	},
	settings: async (event) => {
		const no = denied(event, 'admin');
		if (no) return fail(no.status, { message: (await no.json()).message });
		const on = (await event.request.formData()).get('require_login_for_reading') === 'on';
		writeSettings({ require_login_for_reading: on });
		logChange(event.locals.user, event.getClientAddress(), '修改设置', '查看需要登录', { detail: on ? '开启' : '关闭' });
		return { message: on ? '已设置：查看数据需要登录' : '已设置：查看数据无需登录', ok: true };
	}
};
