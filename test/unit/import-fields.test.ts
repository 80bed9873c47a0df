/**
 * The import review's field helpers: a quoted object reached by its path, labelled in Chinese,
 * and a correction applied (the written text; the value follows, in 万元 for money).
 */
import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { applyEdit, getAt, kindOf, labelOf, tokens, type Node } from '../../src/lib/components/import/fields';
import { validateWithSource } from '../../src/lib/schema/validate';
import type { Report } from '../../src/lib/schema/report';

const rec = JSON.parse(readFileSync('data/reports/guangdong-zhanjiang-kexie-2024-self.json', 'utf8')) as Report;
const source = readFileSync(`data/sources/${rec.source_file}`, 'utf8');

describe('import fields', () => {
	it('reaches a quoted object by its path', () => {
		expect(tokens('scores.tree[0].children[2].score')).toEqual(['scores', 'tree', 0, 'children', 2, 'score']);
		expect(getAt(rec, 'budget[0].amount')).toBe(rec.budget[0].amount);
	});

	it('labels figures in Chinese', () => {
		const i = rec.budget.findIndex((l) => l.flow === 'income' && l.stage === 'final' && l.year === 2024);
		expect(labelOf(rec, `budget[${i}].amount`)).toMatch(/^2024 收入 · .* · 决算 · 金额$/);
		expect(labelOf(rec, 'problems[0]')).toBe('存在问题 1');
		const s = rec.sangong.findIndex((l) => l.amount);
		expect(labelOf(rec, `sangong[${s}].amount`)).toMatch(/金额$/);
	});

	it('a correction sets the written text and the value; one the source does not say fails provenance', () => {
		const r = structuredClone(rec);
		const node = r.budget[0].amount as unknown as Node;
		const original = node.text as string;
		expect(kindOf(node, 'budget[0].amount')).toBe('money');
		applyEdit(node, 'money', '99999.99');
		expect(node.wan).toBe(99999.99);
		const v = validateWithSource(r, source);
		expect(v.ok).toBe(false);
		expect(v.errors[0].field).toBe('budget[0].amount');
		applyEdit(node, 'money', original);
		expect(validateWithSource(r, source).ok).toBe(true);
		applyEdit(node, 'money', 'abc');
		expect(validateWithSource(r, source).ok).toBe(false);
	});
});
