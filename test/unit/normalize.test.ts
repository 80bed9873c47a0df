import { describe, expect, it } from 'vitest';
import { normalizeNumbers, numbersIn, parseNumber, round, toHalfWidth } from '../../src/lib/text/normalize';

describe('number normalisation (real report noise)', () => {
	it('reads spaces inside numbers as the seeds write them', () => {
		expect(parseNumber('863. 08')).toBe(863.08);
		expect(parseNumber('12. 34')).toBe(12.34);
	});
	it('reads full-width digits and punctuation', () => {
		expect(toHalfWidth('９７．５％')).toBe('97.5%');
		expect(parseNumber('９７．５')).toBe(97.5);
	});
	it('drops thousands separators but keeps list commas', () => {
		expect(parseNumber('9,570,171.39')).toBe(9570171.39);
		expect(numbersIn('基本支出1,234.5万元、项目支出12,3')).toEqual([1234.5, 12, 3]);
	});
	it('reads ≅ as ≥ (a common typo of the seeds)', () => {
		expect(normalizeNumbers('≅50')).toBe('≥50');
	});
	it('rejects text that is not one number', () => {
		expect(parseNumber('≤ 100%')).toBeNaN();
		expect(parseNumber('持续提升')).toBeNaN();
	});
	it('rounds half away from zero without binary artefacts', () => {
		expect(round(1.005, 2)).toBe(1.01);
		expect(round(-91.125, 2)).toBe(-91.13);
	});
});
