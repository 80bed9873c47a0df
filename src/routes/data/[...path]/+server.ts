/**
 * The dataset, served to the browser from the app's own origin:
 *   /data/manifest.json, /data/<table>.arrow          the real reports (data/arrow)
 *   /data/demo/manifest.json, /data/demo/<table>.arrow the simulated demo dataset (data/demo)
 * The manifest is never cached; Arrow files are revalidated by ETag (the dataset version), so
 * a report saved by the import page shows up without a restart.
 */
import { error } from '@sveltejs/kit';
import { join } from 'node:path';
import { currentManifest, dataDir, readArrow, readManifest } from '$lib/server/dataset';
import type { RequestHandler } from './$types';

function roots(dataset: 'real' | 'demo') {
	return dataset === 'real' ? dataDir() : join(dataDir(), 'demo');
}

export const GET: RequestHandler = ({ params, request }) => {
	const parts = params.path.split('/');
	const dataset = parts.length === 2 && parts[0] === 'demo' ? 'demo' : 'real';
	const file = parts[parts.length - 1];
	if (parts.length > 2 || (parts.length === 2 && parts[0] !== 'demo')) error(404, '没有这个数据文件');
	const root = roots(dataset);
	const manifest = dataset === 'real' ? currentManifest(root) : readManifest(root);
	if (!manifest) error(404, dataset === 'demo' ? '模拟数据尚未生成（运行 npx perflens demo）' : '数据集尚未生成');
	if (file === 'manifest.json') {
		return new Response(JSON.stringify({ ...manifest, dataset }), {
			headers: { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' }
		});
	}
	const m = /^([a-z_]+)\.arrow$/.exec(file);
	if (!m || !manifest.tables.some((t) => t.name === m[1])) error(404, `没有名为 ${file} 的数据表`);
	const etag = `"${manifest.version}-${m[1]}"`;
	if (request.headers.get('if-none-match') === etag) return new Response(null, { status: 304, headers: { etag } });
	const bytes = readArrow(m[1], root);
	return new Response(new Uint8Array(bytes), {
		headers: {
			'content-type': 'application/vnd.apache.arrow.stream',
			'cache-control': 'no-cache',
			etag
		}
	});
};
