/**
 * `perflens start` (what `npm start` runs): build the dataset, build the app when the sources
 * are newer than the last build, then serve the production build (adapter-node) on PORT
 * (default 3000).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { env, serverDefaults } from '../lib/server/config';
import { compressBuild } from '../build/compress';

const APP_INPUTS = ['src', 'static', 'svelte.config.js', 'package.json', 'package-lock.json', 'tsconfig.json'];

function newestMtime(path: string): number {
	if (!existsSync(path)) return 0;
	const st = statSync(path);
	if (!st.isDirectory()) return st.mtimeMs;
	let newest = st.mtimeMs;
	for (const e of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, e)));
	return newest;
}

/** True when build/ is missing or older than any app source. */
export function buildIsStale(root = process.cwd()): boolean {
	const marker = resolve(root, 'build/handler.js');
	if (!existsSync(marker)) return true;
	const built = statSync(marker).mtimeMs;
	return APP_INPUTS.some((p) => newestMtime(resolve(root, p)) > built);
}

export function buildApp(root = process.cwd()): void {
	console.error('正在构建应用（首次启动或源代码有更新，2 核机器约 1–2 分钟）…');
	const t0 = Date.now();
	const vite = resolve(root, 'node_modules/vite/bin/vite.js');
	const r = spawnSync(process.execPath, [vite, 'build', '--config', 'src/build/vite.config.ts'], {
		cwd: root,
		// a production build whoever starts it: under the test runner NODE_ENV is 'test', and vite would then
		// resolve the packages' development builds (SvelteKit's history warnings in every console, larger files)
		env: { ...env(), NODE_ENV: 'production' },
		stdio: ['ignore', 'inherit', 'inherit']
	});
	if (r.status !== 0) throw new Error('应用构建失败，详见上方输出');
	console.error(`编译完成（${Math.round((Date.now() - t0) / 1000)} 秒），正在预压缩静态文件…`);
	compressBuild(resolve(root, 'build/client'));
	console.error(`应用构建完成（共 ${Math.round((Date.now() - t0) / 1000)} 秒）`);
}

export async function start(buildData: () => Promise<void>): Promise<void> {
	await buildData();
	if (buildIsStale()) buildApp();
	serverDefaults();
	const host = env().HOST;
	const local = host === '127.0.0.1' || host === 'localhost' || host === '::1';
	console.error(`绩效透镜已启动：http://${host === '0.0.0.0' || host === '::' ? 'localhost' : host}:${env().PORT}${local ? '（只接受本机访问；局域网访问请设置环境变量 HOST=0.0.0.0）' : ''}`);
	await import(pathToFileURL(resolve('build/index.js')).href);
}
