/**
 * The data dictionary of data/docs/data-dictionary.md is generated from the declarations of
 * src/lib/db; this test fails when the committed text and the generated one differ (run
 * `npx perflens dictionary --write` after changing a table, view or metric).
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DICTIONARY_BEGIN, DICTIONARY_END, DICTIONARY_FILE, dataDictionary, withDictionary } from '../../src/lib/db/dictionary';
import { ALL_VIEWS } from '../../src/lib/db/dataset';

const doc = readFileSync(resolve(DICTIONARY_FILE), 'utf8');

describe('data dictionary', () => {
	it('the committed dictionary is the one generated from the declarations', () => {
		const committed = doc.slice(doc.indexOf(DICTIONARY_BEGIN) + DICTIONARY_BEGIN.length, doc.indexOf(DICTIONARY_END)).trim();
		expect(committed).toBe(dataDictionary().trim());
		expect(withDictionary(doc)).toBe(doc);
	});

	it('documents every view and every column, and the one definition of 人均支出', () => {
		const md = dataDictionary();
		for (const v of ALL_VIEWS) {
			expect(md).toContain(`#### \`${v.name}\``);
			for (const c of v.columns) expect(md).toContain(`| \`${c.name}\` |`);
		}
		expect(md).toContain('| 人均支出 | 万元/人 | 支出决算合计 ÷ 在职人数（含下属单位）');
		expect(md).toContain('Σ 决算支出（同口径） ÷ Σ 调整预算 × 100');
	});
});
