/**
 * Configuration: every environment variable is read in src/lib/server/config.ts and nowhere
 * else in src/, and the README's configuration table lists each of them.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { bodyLimitOf, dataDirOf, draftsDirOf, ENV_VARS, llmConfig } from '../../src/lib/server/config';

function files(dir: string): string[] {
	return readdirSync(dir).flatMap((f) => {
		const p = join(dir, f);
		return statSync(p).isDirectory() ? files(p) : /\.(ts|js|svelte)$/.test(f) ? [p] : [];
	});
}

describe('configuration', () => {
	it('is read in one module', () => {
		const readers = files(resolve('src')).filter((f) => /process\.env/.test(readFileSync(f, 'utf8')));
		expect(readers.map((f) => f.slice(resolve('.').length + 1))).toEqual(['src/lib/server/config.ts']);
	});

	it('every variable the code reads is in the README, with the default the code uses', () => {
		const readme = readFileSync(resolve('README.md'), 'utf8');
		const source = readFileSync(resolve('src/lib/server/config.ts'), 'utf8');
		const read = new Set([...source.matchAll(/\be\.([A-Z][A-Z0-9_]+)/g)].map((m) => m[1]));
		expect([...read].sort()).toEqual(ENV_VARS.map((v) => v.name).filter((n) => read.has(n)).sort());
		for (const v of ENV_VARS) expect(readme, v.name).toContain(`\`${v.name}\``);
		expect(readme).toContain('`PERFLENS_DRAFTS_DIR`');
		expect(readme).toContain('`PERFLENS_LLM_TIMEOUT_MS`');
	});

	it('has the documented defaults', () => {
		expect(dataDirOf({})).toBe(resolve('data'));
		expect(draftsDirOf({})).toBe(join(resolve('data'), 'drafts'));
		expect(draftsDirOf({ PERFLENS_DRAFTS_DIR: '/x/drafts' })).toBe('/x/drafts');
		expect(bodyLimitOf({})).toBe(25 * 1024 * 1024);
		expect(bodyLimitOf({ BODY_SIZE_LIMIT: '512K' })).toBe(512 * 1024);
		expect(llmConfig({})).toBeNull();
		expect(llmConfig({ PERFLENS_LLM_BASE_URL: 'http://x/v1' })).toEqual({ baseURL: 'http://x/v1', apiKey: 'none', model: 'gpt-4o-mini', output: 'json_object', timeoutMs: 60000 });
	});
});
