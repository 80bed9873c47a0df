/**
 * Tables read by what their headers mean (tab12b): the column perturbation (perturb-columns.ts)
 * on made-up tables, and the readers finding each column by its header's meaning whatever the
 * template calls it, wherever it stands and whichever optional columns it has.
 * Units, names and figures are invented.
 */
import { describe, expect, it } from 'vitest';
import { perturbColumns, perturbColumnsCounted } from '../../src/lib/extract/perturb-columns';

const table = [
	'项目支出绩效自评表',
	'一级指标\t二级指标\t三级指标\t指标值\t计量单位\t实际完成值\t分值\t得分\t偏差原因分析及改进措施',
	'产出指标\t数量指标\t修缮亭台数量\t≥12\t座\t13\t20\t20\t',
	'\t质量指标\t验收合格率\t100\t%\t100\t20\t19\t个别工序返工',
	'总分\t100\t95'
].join('\n');

describe('column perturbation (perturb-columns.ts)', () => {
	it('synonyms: every header cell another wording of the same column, rows unchanged', () => {
		const out = perturbColumns(table, 'synonyms').split('\n');
		const head = out[1].split('\t');
		expect(head).not.toContain('指标值');
		expect(head).not.toContain('实际完成值');
		expect(head).not.toContain('分值');
		expect(head).not.toContain('得分');
		expect(head[3]).toMatch(/目标值|指标值/);
		expect(out.slice(2)).toEqual(table.split('\n').slice(2));
	});

	it('synonyms keep a bracketed suffix and leave a header of no value table alone', () => {
		const t = '资金\t年初预算数(A)\t全年预算数(B)\t全年执行数(C)\n年度资金总额\t80\t90\t81\n\n项目名称\t单位名称\t备注\n甲\t乙\t丙';
		const out = perturbColumns(t, 'synonyms').split('\n');
		expect(out[0]).toMatch(/^资金\t年初预算\(A\)\t\S+\(B\)\t\S+\(C\)$/);
		expect(out[0]).not.toBe(t.split('\n')[0]);
		expect(out.slice(1)).toEqual(t.split('\n').slice(1));
	});

	it('reorder: 分值 and 指标值 swapped with their cells; rows short of merged cells aligned from the right', () => {
		const { text, blocks } = perturbColumnsCounted(table, 'reorder');
		expect(blocks).toBe(1);
		const out = text.split('\n');
		expect(out[1].split('\t')).toEqual(['一级指标', '二级指标', '三级指标', '分值', '计量单位', '实际完成值', '指标值', '得分', '偏差原因分析及改进措施']);
		expect(out[2].split('\t').slice(3, 7)).toEqual(['20', '座', '13', '≥12']);
		expect(out[3].split('\t').slice(3, 7)).toEqual(['20', '%', '100', '100']);
		// (the 总分 row does not fit the columns: left as written)
		expect(out[4]).toBe('总分\t100\t95');
	});

	it('drop: the optional columns gone, the unit written after the figures, an operator column before the target', () => {
		const out = perturbColumns(table, 'drop').split('\n');
		expect(out[1].split('\t')).toEqual(['一级指标', '二级指标', '三级指标', '指标值', '实际完成值', '分值', '得分']);
		expect(out[2].split('\t')).toEqual(['产出指标', '数量指标', '修缮亭台数量', '≥12座', '13座', '20', '20']);
		expect(out[3].split('\t')).toEqual(['', '质量指标', '验收合格率', '100%', '100%', '20', '19']);
		const op = '一级指标\t二级指标\t三级指标\t指标性质\t指标值\t完成值\n产出指标\t成本指标\t单价\t≤\t300\t280\n\t数量指标\t场次\t反向\t5\t4';
		const o2 = perturbColumns(op, 'drop').split('\n');
		expect(o2[1].split('\t').slice(3)).toEqual(['≤300', '280']);
		expect(o2[2].split('\t').slice(3)).toEqual(['≤5', '4']);
	});

	it('pipe and one-cell-a-line tables are written back in their own layout', () => {
		const piped = table.replace(/\t/g, ' | ');
		const out = perturbColumns(piped, 'reorder').split('\n');
		expect(out[1]).toBe('一级指标 | 二级指标 | 三级指标 | 分值 | 计量单位 | 实际完成值 | 指标值 | 得分 | 偏差原因分析及改进措施');
		const bars = '一级指标 |\n二级指标 |\n三级指标 |\n指标值 |\n分值 |\n得分 |\n||\n产出指标 |\n数量指标 |\n修缮亭台数量 |\n12 |\n20 |\n18 |\n||';
		expect(perturbColumns(bars, 'reorder')).toBe('一级指标 |\n二级指标 |\n三级指标 |\n分值 |\n指标值 |\n得分 |\n||\n产出指标 |\n数量指标 |\n修缮亭台数量 |\n20 |\n12 |\n18 |\n||');
	});
});
