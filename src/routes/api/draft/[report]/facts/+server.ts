import { json } from '@sveltejs/kit';
import { draftFailure, factSheetOf } from '$lib/server/drafts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	try {
		const { sheet } = await factSheetOf(params.report);
		return json(sheet, { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		return draftFailure(e);
	}
};
