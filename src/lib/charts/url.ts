/**
 * URL state of the analysis pages: filters live in the query string so a link reproduces a
 * view. Pure helpers (the pages call goto with replaceState).
 */

/** `href` with the dataset switch (?data=demo) of `current` carried over. */
export function keepData(href: string, current: URL): string {
	const data = current.searchParams.get('data');
	if (!data) return href;
	const u = new URL(href, current.origin);
	u.searchParams.set('data', data);
	return u.pathname + u.search;
}

/** A copy of `current` with the given params set (null / '' / [] deletes them). */
export function withParams(current: URL, params: Record<string, string | number | null | undefined | (string | number)[]>): URL {
	const u = new URL(current);
	for (const [k, v] of Object.entries(params)) {
		if (v === null || v === undefined || v === '' || (Array.isArray(v) && !v.length)) u.searchParams.delete(k);
		else u.searchParams.set(k, Array.isArray(v) ? v.join(',') : String(v));
	}
	return u;
}

/** A comma-separated list param. */
export function listParam(u: URL, key: string): string[] {
	return (u.searchParams.get(key) ?? '').split(',').map((s) => s.trim()).filter(Boolean);
}

/** A year param, or null when absent / not a year. */
export function yearParam(u: URL, key = 'year'): number | null {
	const v = Number(u.searchParams.get(key));
	return Number.isInteger(v) && v > 1900 && v < 3000 ? v : null;
}
