import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** @type {import('@sveltejs/kit').Config} */
const config = {
	preprocess: vitePreprocess(),
	kit: {
		// precompression is ours (src/build/compress.ts): adapter-node's brotli-11 of the wasm takes minutes
		adapter: adapter({ out: 'build', precompress: false }),
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
