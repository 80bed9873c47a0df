import { json } from '@sveltejs/kit';
import { draftFailure, readVersion } from '$lib/server/drafts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	try {
		return json(readVersion(params.report, /^\d{1,7}$/.test(params.version) ? Number(params.version) : NaN));
	} catch (e) {
		return draftFailure(e);
	}
};
