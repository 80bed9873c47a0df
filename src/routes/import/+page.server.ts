import { drafterInfo } from '$lib/server/llm';
import type { PageServerLoad } from './$types';

/** Whether a model is configured: the page then offers to read what the rules missed. */
export const load: PageServerLoad = () => ({ assist: drafterInfo() });
