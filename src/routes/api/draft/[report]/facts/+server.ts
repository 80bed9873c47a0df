import { error, json } from '@sveltejs/kit';
import { factSheetOf, NotFound } from '$lib/server/drafts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ params }) => {
	try {
		const { sheet } = await factSheetOf(params.report);
		return json(sheet, { headers: { 'cache-control': 'no-store' } });
	} catch (e) {
		if (e instanceof NotFound) error(404, e.message);
		error(500, e instanceof Error ? e.message : String(e));
	}
};
