/**
 * The dataset, served to the browser from the app's own origin:
 *   /data/manifest.json, /data/<part>.arrow           the real reports (data/arrow)
 *   /data/demo/manifest.json, /data/demo/<part>.arrow the simulated demo dataset (data/demo)
 * A part is a stored table (reports.arrow …) or a prebuilt metric table, whole or one fiscal year
 * of it (m_department_year.2024.arrow); the manifest lists them with their hashes. The manifest
 * is never cached; a part requested with its hash (?v=) is immutable under that URL (a new
 * version is a new URL), otherwise revalidated by ETag, so a report saved by the import page
 * shows up without a restart. A dataset without prebuilt metric tables (just rebuilt by an
 * import) gets them computed in the background; browsers compute the views meanwhile. The
 * served manifest also says whether pages query on the server (`server_queries`).
 */
import { error } from '@sveltejs/kit';
import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { partsOf } from '$lib/db/parts';
import { currentManifest, dataDir, dataPaths, readArrow, readManifestFile, writeAtomic, type Manifest } from '$lib/server/dataset';
import type { ManifestPart } from '$lib/schema/manifest';
import { prebuildInBackground } from '$lib/server/prebuilt';
import { serverQueriesInfo } from '$lib/server/server-queries';
import type { RequestHandler } from './$types';

const demoDir = () => join(dataDir(), 'demo');

function demoManifest(): Manifest {
	const m = readManifestFile(join(demoDir(), 'manifest.json'));
	if (!m) error(404, '模拟数据尚未生成（运行 npx perflens demo）');
	return m;
}

export const GET: RequestHandler = ({ params, request }) => {
	const parts = params.path.split('/');
	const demo = parts.length === 2 && parts[0] === 'demo';
	if (parts.length > 2 || (parts.length === 2 && !demo)) error(404, '没有这个数据文件');
	const file = parts[parts.length - 1];
	const manifest = demo ? demoManifest() : currentManifest();
	const dir = demo ? demoDir() : dataPaths().arrow;
	if (file === 'manifest.json') {
		if (!manifest.prebuilt) prebuildInBackground(dir);
		const dataset = demo ? 'demo' : 'real';
		return new Response(JSON.stringify({ ...manifest, dataset, server_queries: serverQueriesInfo(dataset, manifest.version, manifest.reports) }), {
			headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
		});
	}
	const part = partsOf(manifest).find((p) => p.file === file);
	if (!part) error(404, `没有名为 ${file} 的数据文件`);
	const etag = `"${part.hash}"`;
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: { etag } });
	// a request naming the part's hash (?v=) gets bytes that never change under that URL
	const versioned = new URL(request.url).searchParams.get('v') === part.hash;
	const headers: Record<string, string> = {
		'content-type': 'application/vnd.apache.arrow.stream',
		'cache-control': versioned ? 'public, max-age=31536000, immutable' : 'no-cache',
		etag,
		vary: 'accept-encoding'
	};
	// a whole stored table of the real reports is rebuilt first when stale (readArrow); every other part is a file as built
	const read = () => (!demo && file === `${part.table}.arrow` && !part.table.startsWith('m_') ? readArrow(part.table) : new Uint8Array(readFileSync(join(dir, file))));
	if (/\bgzip\b/.test(request.headers.get('accept-encoding') ?? '')) {
		return new Response(new Uint8Array(gzipped(dir, part, read)), { headers: { ...headers, 'content-encoding': 'gzip' } });
	}
	return new Response(new Uint8Array(read()), { headers });
};

/**
 * The part gzip-compressed, kept beside it as <file>.<hash>.gz (made on the first request, older
 * hashes of the same file removed): text in Arrow (quotes, names) shrinks about threefold.
 */
function gzipped(dir: string, part: ManifestPart, read: () => Uint8Array): Uint8Array {
	const path = join(dir, `${part.file}.${part.hash}.gz`);
	if (existsSync(path)) return new Uint8Array(readFileSync(path));
	const gz = gzipSync(read(), { level: 6 });
	writeAtomic(path, gz);
	for (const f of readdirSync(dir)) if (f.startsWith(`${part.file}.`) && f.endsWith('.gz') && f !== basename(path)) rmSync(join(dir, f), { force: true });
	return gz;
}

