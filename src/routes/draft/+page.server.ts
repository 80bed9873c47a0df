import { can } from '$lib/server/access';
import { draftableReports } from '$lib/server/drafts';
import { drafterInfo } from '$lib/server/llm';
import type { PageServerLoad } from './$types';

/**
 * The reports to draft for. Department staff see only their own department's reports (the ones
 * they may save a draft for; the page opens on the latest self-evaluation among them); everyone
 * else sees all. Configuration names (environment variables) are for administrators only.
 */
export const load: PageServerLoad = ({ locals }) => {
	const user = locals.user ?? null;
	const all = draftableReports();
	const own = user?.role === 'department';
	return {
		reports: own ? all.filter((r) => can(user, 'draft', r.department_id)) : all,
		ownDepartment: own,
		mayConfigure: user?.role === 'admin',
		drafter: drafterInfo()
	};
};
