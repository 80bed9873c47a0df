import { draftableReports } from '$lib/server/drafts';
import { drafterInfo } from '$lib/server/llm';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = () => ({ reports: draftableReports(), drafter: drafterInfo() });
