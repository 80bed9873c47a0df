import { ROLE_LABEL } from '$lib/server/access';
import type { LayoutServerLoad } from './$types';

/** Who is signed in, for the header: name and role in Chinese, or null (reading needs no sign-in
 * unless an administrator requires it). */
export const load: LayoutServerLoad = ({ locals }) => ({
	user: locals.user ? { name: locals.user.name, role: locals.user.role, roleLabel: ROLE_LABEL[locals.user.role] } : null
});
