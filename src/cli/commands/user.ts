/**
 * `perflens user add|list` — users of the web app (stored in <data directory>/auth.db).
 * The first administrator is created here; later users can also be created at /admin.
 */
import { createInterface } from 'node:readline';
import { ROLE_LABEL, ROLES } from '../../lib/server/access';
import type { Role } from '../../lib/server/auth';
import { createUser, listUsers } from '../../lib/server/users';

export const usage =
	'perflens user add --email 邮箱 --name 姓名 --role admin|analyst|department|leader [--department 部门编号] [--password 密码]   创建用户（不给 --password 时从标准输入读取）；perflens user list   列出用户';

function arg(args: string[], name: string): string | undefined {
	const i = args.indexOf(`--${name}`);
	if (i >= 0) return args[i + 1];
	return args.find((a) => a.startsWith(`--${name}=`))?.slice(name.length + 3);
}

async function readPassword(): Promise<string> {
	if (process.stdin.isTTY) process.stderr.write('请输入密码（至少 8 个字符）：');
	const rl = createInterface({ input: process.stdin, terminal: false });
	for await (const line of rl) {
		rl.close();
		return line;
	}
	return '';
}

export async function run(args: string[]): Promise<number> {
	const sub = args[0];
	if (sub === 'list') {
		const users = await listUsers();
		console.log(JSON.stringify(users.map((u) => ({ email: u.email, name: u.name, role: u.role, role_label: ROLE_LABEL[u.role], department: u.department })), null, 2));
		return 0;
	}
	if (sub !== 'add') {
		console.error(`用法：${usage}`);
		return 1;
	}
	const email = arg(args, 'email');
	const name = arg(args, 'name');
	const role = arg(args, 'role') as Role | undefined;
	const department = arg(args, 'department') ?? null;
	if (!email || !/^[^\s@]+@[^\s@]+$/.test(email)) return fail('请用 --email 给出登录邮箱');
	if (!name) return fail('请用 --name 给出姓名');
	if (!role || !ROLES.includes(role)) return fail(`请用 --role 给出角色：${ROLES.map((r) => `${r}（${ROLE_LABEL[r]}）`).join('、')}`);
	if (role === 'department' && !department) return fail('部门工作人员请用 --department 给出所属部门编号（如 guangdong-zhanjiang-kexie）');
	const password = arg(args, 'password') ?? (await readPassword());
	if (password.length < 8 || password.length > 128) return fail('密码长度应为 8–128 个字符');
	try {
		const u = await createUser({ email, name, password, role, department: role === 'department' ? department : null });
		console.log(JSON.stringify({ created: u.email, role: u.role, department: u.department }, null, 2));
		return 0;
	} catch {
		return fail('创建失败：该邮箱可能已被使用');
	}
}

function fail(message: string): number {
	console.error(`错误：${message}`);
	return 1;
}
