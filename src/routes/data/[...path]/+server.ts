/**
 * The dataset, served to the browser from the app's own origin:
 *   /data/manifest.json, /data/<table>.arrow           the real reports (data/arrow)
 *   /data/demo/manifest.json, /data/demo/<table>.arrow the simulated demo dataset (data/demo)
 * The served manifest also says whether pages query on the server (`server_queries`).
 * The manifest is never cached; an Arrow file requested with the manifest's version (?v=) is
 * immutable under that URL (a new version is a new URL), otherwise revalidated by ETag, so a
 * report saved by the import page shows up without a restart.
 */
import { error } from '@sveltejs/kit';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { currentManifest, dataDir, readArrow, type Manifest } from '$lib/server/dataset';
import { serverQueriesInfo } from '$lib/server/server-queries';
import type { RequestHandler } from './$types';

const demoDir = () => join(dataDir(), 'demo');

function demoManifest(): Manifest {
	const path = join(demoDir(), 'manifest.json');
	if (!existsSync(path)) error(404, '模拟数据尚未生成（运行 npx perflens demo）');
	return JSON.parse(readFileSync(path, 'utf8')) as Manifest;
}

export const GET: RequestHandler = ({ params, request }) => {
	const parts = params.path.split('/');
	const demo = parts.length === 2 && parts[0] === 'demo';
	if (parts.length > 2 || (parts.length === 2 && !demo)) error(404, '没有这个数据文件');
	const file = parts[parts.length - 1];
	const manifest = demo ? demoManifest() : currentManifest();
	if (file === 'manifest.json') {
		const dataset = demo ? 'demo' : 'real';
		return new Response(JSON.stringify({ ...manifest, dataset, server_queries: serverQueriesInfo(dataset, manifest.version, manifest.reports) }), {
			headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
		});
	}
	const m = /^([a-z_]+)\.arrow$/.exec(file);
	if (!m || !manifest.tables.some((t) => t.name === m[1])) error(404, `没有名为 ${file} 的数据表`);
	const etag = `"${manifest.version}-${m[1]}"`;
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: { etag } });
	const bytes = demo ? new Uint8Array(readFileSync(join(demoDir(), `${m[1]}.arrow`))) : readArrow(m[1]);
	// a request naming the current version (?v=) gets bytes that never change under that URL
	const versioned = new URL(request.url).searchParams.get('v') === manifest.version;
	return new Response(new Uint8Array(bytes), {
		headers: { 'content-type': 'application/vnd.apache.arrow.stream', 'cache-control': versioned ? 'public, max-age=31536000, immutable' : 'no-cache', etag }
	});
};
