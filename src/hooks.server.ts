/**
 * Server hooks: start-up recovery of the data directory, the Host check on every request and the
 * Origin check on every state-changing one (see $lib/server/guard.ts).
 */
import type { Handle, ServerInit } from '@sveltejs/kit';
import { draftsDirOf } from '$lib/server/config';
import { dataDir } from '$lib/server/dataset';
import { requestProblem } from '$lib/server/guard';
import { refuse } from '$lib/server/limits';
import { recoverDataDir } from '$lib/server/store';

export const init: ServerInit = () => {
	const r = recoverDataDir(dataDir(), [draftsDirOf()]);
	if (r.finished.length || r.rolled_back.length || r.removed_tmp)
		console.error(`数据目录恢复：完成 ${r.finished.length} 次、撤销 ${r.rolled_back.length} 次被中断的保存，删除 ${r.removed_tmp} 个临时文件`);
};

export const handle: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	const p = requestProblem(event.request);
	if (p) return refuse(p.status, p.message);
	return resolve(event);
};
