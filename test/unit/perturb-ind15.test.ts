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
