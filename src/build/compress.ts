/**
 * Precompression of the production build (build/client), in place of adapter-node's own, which
 * spends minutes on brotli quality 11 over both 33–39 MB DuckDB wasm files. Here: every text
 * asset gets .gz and .br; the wasm file browsers load (duckdb-eh) gets gzip and brotli at a
 * quality that takes seconds; the mvp wasm (only for browsers without WebAssembly exceptions,
 * which no supported Chromium, Firefox or Safari is) is left uncompressed. Progress is printed.
 */
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

const COMPRESSIBLE = /\.(js|mjs|css|html|json|svg|txt|xml|wasm|map)$/;
/** Files larger than this are compressed at a fast quality. */
const LARGE = 1024 * 1024;
/** Not worth compressing: browsers never download it. */
const SKIP = /duckdb-mvp[^/]*\.wasm$/;

function* files(dir: string): Generator<string> {
	for (const e of readdirSync(dir, { withFileTypes: true })) {
		const p = join(dir, e.name);
		if (e.isDirectory()) yield* files(p);
		else if (COMPRESSIBLE.test(e.name) && !SKIP.test(e.name)) yield p;
	}
}

export function compressBuild(dir: string, log: (line: string) => void = (l) => console.error(l)): void {
	const list = [...files(dir)];
	const started = Date.now();
	let done = 0;
	for (const f of list) {
		const data = readFileSync(f);
		const large = data.length > LARGE;
		if (large) log(`  压缩 ${relative(dir, f)}（${(data.length / 1024 / 1024).toFixed(1)} MB）…`);
		writeFileSync(f + '.gz', gzipSync(data, { level: large ? 6 : 9 }));
		writeFileSync(
			f + '.br',
			brotliCompressSync(data, {
				params: { [constants.BROTLI_PARAM_QUALITY]: large ? 5 : 11, [constants.BROTLI_PARAM_SIZE_HINT]: data.length, [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_GENERIC }
			})
		);
		done++;
		if (large || done === list.length) log(`  已压缩 ${done} / ${list.length} 个文件（${Math.round((Date.now() - started) / 1000)} 秒）`);
	}
}

export const isBuildDir = (dir: string) => statSync(dir, { throwIfNoEntry: false })?.isDirectory() ?? false;
