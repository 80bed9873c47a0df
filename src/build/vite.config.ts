import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

/** The project root (this file lives in src/build). */
const root = fileURLToPath(new URL('../..', import.meta.url));

// The project keeps its tooling inside src/build so the top level stays as the README lists it;
// every script passes `--config src/build/vite.config.ts` and runs from the project root.
export default defineConfig({
	root,
	plugins: [sveltekit()],
	optimizeDeps: {
		// duckdb-wasm ships its own workers and wasm; pre-bundling breaks their URLs.
		exclude: ['@duckdb/duckdb-wasm']
	},
	server: { port: 5173, strictPort: false },
	test: {
		expect: { requireAssertions: true },
		projects: [
			{
				extends: true,
				root,
				test: {
					name: 'unit',
					environment: 'node',
					include: ['test/unit/**/*.test.ts'],
					testTimeout: 60_000,
					// loading duckdb-wasm in a beforeAll takes seconds, more on a busy 2-core machine
					hookTimeout: 120_000
				}
			},
			{
				extends: true,
				root,
				test: {
					name: 'e2e',
					environment: 'node',
					include: ['test/e2e/**/*.test.ts'],
					testTimeout: 180_000,
					hookTimeout: 600_000,
					// one browser and one server at a time on a 2-core machine
					fileParallelism: false
				}
			}
		]
	}
});
