import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/**
 * adapter-node serving the .br / .gz files beside each static file (precompress: true makes its
 * static server look for them), without its own compression step: brotli-11 of the two DuckDB wasm
 * files takes minutes. The files are compressed by src/build/compress.ts after the build.
 */
function nodeAdapter() {
	const inner = adapter({ out: 'build', precompress: true });
	return {
		...inner,
		adapt: (builder) => inner.adapt({ ...builder, compress: async () => undefined })
	};
}

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// precompression is ours (src/build/compress.ts); the server sends it (nodeAdapter)
		adapter: nodeAdapter(),
		// Origin is checked on every state-changing request (JSON and forms alike) against the Host
		// header in src/hooks.server.ts (src/lib/server/guard.ts). SvelteKit's own check compares
		// with the origin adapter-node assumes (https unless ORIGIN / PROTOCOL_HEADER are set), which
		// refuses every form post to a plain-HTTP intranet server.
		csrf: { trustedOrigins: ['*'] },
		// Works offline on government intranets: nothing is loaded from another origin.
		csp: {
			directives: {
				'default-src': ['self'],
				'script-src': ['self', 'wasm-unsafe-eval'],
				'worker-src': ['self', 'blob:'],
				'style-src': ['self', 'unsafe-inline'],
				'img-src': ['self', 'data:', 'blob:'],
				'connect-src': ['self'],
				'font-src': ['self', 'data:']
			}
		}
	}
};

export default config;
