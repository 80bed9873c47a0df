/**
 * Server hooks: start-up recovery of the data directory and of the user store, the Host check on
 * every request and the Origin check on state-changing ones ($lib/server/guard.ts), the signed-in
 * user (event.locals.user), and sign-in for reading when an administrator requires it.
 */
import { redirect, type Handle, type ServerInit } from '@sveltejs/kit';
import { building } from '$app/environment';
import { draftsDirOf } from '$lib/server/config';
import { dataDir } from '$lib/server/dataset';
import { requestProblem } from '$lib/server/guard';
import { refuse } from '$lib/server/limits';
import { recoverDataDir } from '$lib/server/store';
import { can } from '$lib/server/access';
import { countUsers, SESSION_COOKIE, userOfRequest } from '$lib/server/users';

export const init: ServerInit = async () => {
	if (building) return;
	const r = recoverDataDir(dataDir(), [draftsDirOf()]);
	if (r.finished.length || r.rolled_back.length || r.removed_tmp)
		console.error(`数据目录恢复：完成 ${r.finished.length} 次、撤销 ${r.rolled_back.length} 次被中断的保存，删除 ${r.removed_tmp} 个临时文件`);
	if ((await countUsers()) === 0)
		console.error(
			'尚未创建任何用户：页面可以直接查看、离线起草，导入、保存草稿和调用大模型需要登录。\n' +
				'创建第一个管理员：npx perflens user add --email admin@example.gov.cn --name 管理员 --role admin（按提示输入密码）'
		);
};

/** Pages and files anyone may open even when reading requires sign-in. */
const OPEN = /^\/(?:login|logout)(?:\/|$)|^\/(?:_app|favicon)/;

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	const p = requestProblem(event.request);
	if (p) return refuse(p.status, p.message);
	if (building) return resolve(event);
	event.locals.user = await userOfRequest(event.request.headers, event.cookies.get(SESSION_COOKIE));
	const path = event.url.pathname;
	if (!OPEN.test(path) && !can(event.locals.user, 'read')) {
		if (path.startsWith('/api/') || path.startsWith('/data/')) return refuse(401, '请先登录：管理员已设置查看数据需要登录（登录页 /login）');
		redirect(303, `/login?next=${encodeURIComponent(path + event.url.search)}`);
	}
	return resolve(event);
};
