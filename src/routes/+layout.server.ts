import { ROLE_LABEL } from '$lib/server/access';
import { departmentLabel } from '$lib/server/names';
import type { LayoutServerLoad } from './$types';

/** Who is signed in, for the header and for pages that act on the user's own department (import,
 * drafting): name and role in Chinese, the department's id and name, or null (reading needs no
 * sign-in unless an administrator requires it). */
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user
		? {
				name: locals.user.name,
				role: locals.user.role,
				roleLabel: ROLE_LABEL[locals.user.role],
				department: locals.user.department ? { id: locals.user.department, name: departmentLabel(locals.user.department) } : null
			}
		: null
});
