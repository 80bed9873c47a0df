/**
 * ind16: a report in traditional characters keeps a figure's text as written (its number and unit are
 * compared; its name and level are recorded simplified).
 */
import { describe, expect, it } from 'vitest';
import { extract } from '../../src/lib/extract/index';

describe('traditional characters: a figure keeps its text as written', () => {
	it('reads "每公里補助15萬元" with text 15萬元 and a simplified name', () => {
		const text = [
			'SOURCE: test',
			'---',
			'青禾鎮石橋路項目績效自評報告',
			'為規範財政銜接資金管理,青禾鎮人民政府對2023年度實施的項目開展績效自評。',
			'一、績效目標設定情況',
			'1.數量指標:建設里程2.5公里。',
			'2.質量指標:項目驗收合格率100%。',
			'3.成本指標:每公里補助15萬元。',
			'4.滿意度指標:受益群體滿意度達95%。'
		].join('\n');
		const inds = extract(text, { sourceFile: 't.txt' }).report.indicators;
		const cost = inds.find((i) => i.target?.unit === '万元' && i.target?.value === 15);
		expect(cost).toBeDefined();
		expect(cost!.target!.text).toBe('15萬元');
		expect(cost!.name).not.toMatch(/[補萬]/);
	});
});
