import { describe, expect, it } from 'vitest';
import { parseSegments, perturb, renderText } from '../../src/lib/extract/perturb';

// A made-up project self-evaluation table in the lone-bar layout: each cell's text on its own
// line(s), a lone bar closing it, a line of bars ending the row.
const LONE = [
	'某某局2031年度项目支出绩效自评表',
	'项目名称',
	'|',
	'示例补助经费',
	'|',
	'||||',
	'预算执行情况(万元)',
	'(20分)',
	'|',
	'|',
	'预算数(A)',
	'|',
	'执行数(B)',
	'|',
	'|||',
	'年度资金总额',
	'|',
	'12.50',
	'|',
	'12.00',
	'|',
	'||||',
	'说明:以上为示例。',
].join('\n');

describe('layout perturbation: lone-bar cells', () => {
	it('reads cells closed by a lone bar as cells, multi-line cells joined, rows by their bar lines', () => {
		const segs = parseSegments(LONE);
		expect(segs.map((s) => s.kind)).toEqual(['prose', 'table', 'prose']);
		const t = segs[1] as Extract<(typeof segs)[number], { kind: 'table' }>;
		expect(t.layout).toBe('cell-bar');
		expect(t.rows.map((r) => r.cells)).toEqual([
			['项目名称', '示例补助经费'],
			['预算执行情况(万元)(20分)', '', '预算数(A)', '执行数(B)'],
			['年度资金总额', '12.50', '12.00'],
		]);
	});
	it('writes the original text back in its own layout', () => {
		expect(renderText(parseSegments(LONE), 'original')).toBe(LONE);
		expect(perturb(LONE, 'cell-bar')).toBe(LONE);
	});
	it('re-renders the rows in the other layouts', () => {
		expect(perturb(LONE, 'pipe').split('\n')).toEqual(['某某局2031年度项目支出绩效自评表', '项目名称 | 示例补助经费', '预算执行情况(万元)(20分) |  | 预算数(A) | 执行数(B)', '年度资金总额 | 12.50 | 12.00', '说明:以上为示例。']);
		expect(perturb(LONE, 'tab').split('\n')[3]).toBe('年度资金总额\t12.50\t12.00');
	});
	it('leaves bar lines without a row end, and a prose line before an ordinary cell-bar table, as they were', () => {
		const noEnd = ['表一', '|', '合计', '|', '出国费', '|', '接待费', '|', '2031年', '|', '5.0', '|'].join('\n');
		const segs = parseSegments(noEnd);
		expect(segs.some((s) => s.kind === 'table' && s.rows.some((r) => r.cells.includes('合计')))).toBe(false);
		expect(renderText(segs, 'original')).toBe(noEnd);
		const bar = ['说明文字', '|', 'A |', 'B |', '||'].join('\n');
		expect(renderText(parseSegments(bar), 'original')).toBe(bar);
	});
});

describe('layout perturbation: a one-cell label row keeps a cell marker', () => {
	const text = ['一级指标 | 二级指标 | 三级指标 | 指标值', '成本指标 | 经济成本指标 | 示例成本 | ≤3万元', '产出指标 (30分) |', '数量指标 | 示例次数 | ≥4次 | 10', '评价分值:88.10分评价等级:良 |'].join('\n');
	it('writes a short label row with a trailing marker in tab and pipe, a "标签:值" line without one', () => {
		const tab = perturb(text, 'tab').split('\n');
		expect(tab[2]).toBe('产出指标 (30分)\t');
		expect(tab[4]).toBe('评价分值:88.10分评价等级:良');
		expect(perturb(text, 'pipe').split('\n')[2]).toBe('产出指标 (30分) |');
		expect(renderText(parseSegments(text), 'original')).toBe(text);
	});
});
