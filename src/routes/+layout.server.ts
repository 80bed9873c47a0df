import { ROLE_LABEL, can } from '$lib/server/access';
import { departmentLabel } from '$lib/server/names';
import type { LayoutServerLoad } from './$types';

/** Who is signed in, for the header and for pages that act on the user's own department (import,
 * drafting): name and role in Chinese, the department's id and name, or null (reading needs no
 * sign-in unless an administrator requires it). */
export const load: LayoutServerLoad = ({ locals }) => ({
	/** may this visitor read the data (false when 查看也需要登录 is on and nobody is signed in): the layout then starts no DuckDB and asks for no manifest */
	mayRead: can(locals.user ?? null, 'read'),
	user: locals.user
		? {
				name: locals.user.name,
				role: locals.user.role,
				roleLabel: ROLE_LABEL[locals.user.role],
				department: locals.user.department ? { id: locals.user.department, name: departmentLabel(locals.user.department) } : null
			}
		: null
});
