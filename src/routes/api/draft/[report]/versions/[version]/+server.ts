import { error, json } from '@sveltejs/kit';
import { NotFound, readVersion } from '$lib/server/drafts';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = ({ params }) => {
	try {
		return json(readVersion(params.report, Number(params.version)));
	} catch (e) {
		if (e instanceof NotFound) error(404, e.message);
		throw e;
	}
};
