/**
 * The consistency audit on the five seed reports. Every expected finding below was worked out
 * by hand from the source text (data/sources/*.txt); the calculation is in the comment next to
 * it. The audit must find exactly these — no more (no false alarms on figures that agree within
 * rounding), no fewer.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { auditReport } from '../../src/lib/audit/index';
import { Finding, RULE_IDS } from '../../src/lib/schema/finding';
import { Report } from '../../src/lib/schema/report';
import { normalizeNumbers } from '../../src/lib/text/normalize';

const load = (id: string): Report => Report.parse(JSON.parse(readFileSync(resolve('data/reports', `${id}.json`), 'utf8')));
const sourceOf = (r: Report) => readFileSync(resolve('data/sources', r.source_file), 'utf8');

type Expect = { rule: string; severity: string; expected: number | string | null; stated: number | string | null };
const key = (f: Expect) => `${f.rule}|${f.severity}|${f.expected}|${f.stated}`;

/** The audit's findings as comparable keys (sorted: the order is tested separately). */
function keys(findings: Finding[]): string[] {
	return findings.map(key).sort();
}

function checkFindings(id: string, expected: Expect[]) {
	const report = load(id);
	const findings = auditReport(report);
	it('finds exactly the hand-checked inconsistencies', () => {
		expect(keys(findings)).toEqual(expected.map(key).sort());
	});
	it('gives valid findings whose quotes are verbatim in the source', () => {
		const source = sourceOf(report);
		expect(source.length).toBeGreaterThan(0);
		for (const f of findings) {
			expect(() => Finding.parse(f)).not.toThrow();
			expect(f.report_id).toBe(report.id);
			expect(f.message).toMatch(/[。]$/);
			for (const fig of f.figures) {
				expect(source.includes(fig.quote), `«${fig.quote}» (${f.id})`).toBe(true);
				if (fig.text) {
					const squash = (s: string) => normalizeNumbers(s).replace(/\s+/g, '');
					expect(squash(fig.quote).includes(squash(fig.text).replace(/(万元|元|亿元)$/, ''))).toBe(true);
				}
			}
		}
	});
	it('is deterministic and ordered by the rule catalogue', () => {
		const again = auditReport(load(id));
		expect(again).toEqual(findings);
		const order = findings.map((f) => RULE_IDS.indexOf(f.rule));
		expect(order).toEqual([...order].sort((a, b) => a - b));
		expect(new Set(findings.map((f) => f.id)).size).toBe(findings.length);
	});
	return findings;
}

describe('seed 000 湛江市科协 2024 自评报告', () => {
	checkFindings('guangdong-zhanjiang-kexie-2024-self', [
		// 支出按经济分类的同比减少额 22.27 + 55.1 + 33 + 1.23 = 111.60，按性质 64.93 + 47.34 = 112.27；
		// 都是支出总额的减少额，差 0.67 > 6 项 × 0.01
		{ rule: 'sum.change', severity: 'warning', expected: -112.27, stated: -111.6 },
		// 表1 一级指标分值 履职效能 45 + 管理效率 50 = 95 ≠ 合计 100
		{ rule: 'sum.score', severity: 'error', expected: 95, stated: 100 },
		// 表1 一级指标得分 45 + 49.8 = 94.8 ≠ 合计 99.8
		{ rule: 'sum.score', severity: 'error', expected: 94.8, stated: 99.8 },
		// 管理效率下二级分值 2 + 7 + 3 + 20 + 10 + 10 + 3 = 55 ≠ 表3-3 管理效率合计 50
		{ rule: 'sum.score', severity: 'error', expected: 55, stated: 50 },
		// 管理效率下二级得分 2 + 7 + 3 + 19.8 + 10 + 10 + 3 = 54.8 ≠ 49.8
		{ rule: 'sum.score', severity: 'error', expected: 54.8, stated: 49.8 },
		// “财政拨款收入减少 91.13 万元”：本年（预算）771.95 − 表1-4 上年 984.59 = −212.64
		{ rule: 'calc.change_amount', severity: 'error', expected: 212.64, stated: 91.13 },
		// “本年收入比上年减少112.27万元，降幅0.13%”：上年 771.95 + 112.27 = 884.22，
		// 112.27 ÷ 884.22 = 12.697% → 12.70%；0.13 是比例 0.127，差 100 倍
		{ rule: 'calc.change_pct', severity: 'error', expected: 12.7, stated: 0.13 },
		// 对个人和家庭的补助：33 ÷ (156.55 + 33) = 33 ÷ 189.55 = 17.409% → 17.41%，报告 17.36%（差 0.05 个百分点）
		{ rule: 'calc.change_pct', severity: 'error', expected: 17.41, stated: 17.36 },
		// 基本支出：64.93 ÷ (642.59 + 64.93) = 64.93 ÷ 707.52 = 9.177% → 9.18%；报告“降幅0.09%”差 100 倍
		{ rule: 'calc.change_pct', severity: 'error', expected: 9.18, stated: 0.09 },
		// 表1-4 合计行：2024 年 863.08 − 2023 年 984.59 = −121.51，增减值却写 121.51（无负号）
		{ rule: 'calc.change_direction', severity: 'warning', expected: -121.51, stated: 121.51 },
		// 表1-4 财政拨款收入行：同上
		{ rule: 'calc.change_direction', severity: 'warning', expected: -121.51, stated: 121.51 },
		// 表3-3 得分率：采购内控制度建设 1 ÷ 1 = 100%，写 50%
		{ rule: 'calc.score_rate', severity: 'error', expected: 100, stated: 50 },
		// 合同备案时效性 1 ÷ 1 = 100%，写 0%；采购政策效能 1 ÷ 1、1 ÷ 1、0.5 ÷ 0.5 = 100%，均写 0%
		{ rule: 'calc.score_rate', severity: 'error', expected: 100, stated: 0 },
		{ rule: 'calc.score_rate', severity: 'error', expected: 100, stated: 0 },
		{ rule: 'calc.score_rate', severity: 'error', expected: 100, stated: 0 },
		{ rule: 'calc.score_rate', severity: 'error', expected: 100, stated: 0 },
		// 资产管理合规性 2 ÷ 2 = 100%，写 75%
		{ rule: 'calc.score_rate', severity: 'error', expected: 100, stated: 75 },
		// 经济成本控制情况 2 ÷ 2 = 100%，写 54%
		{ rule: 'calc.score_rate', severity: 'error', expected: 100, stated: 54 },
		// 2024 年部门预算收入：正文 771.95，表1-4 “2024年” 863.08
		{ rule: 'dup.figure', severity: 'error', expected: 771.95, stated: 863.08 },
		// 2024 年财政拨款收入（预算）：正文 771.95，表1-4 863.08
		{ rule: 'dup.figure', severity: 'error', expected: 771.95, stated: 863.08 },
		// 2023 年预算收入：正文“2023 年的 863.08 万元”，表1-4 “2023年” 984.59
		{ rule: 'dup.figure', severity: 'error', expected: 863.08, stated: 984.59 },
		// 科普宣传覆盖人群：394.04 ÷ 4 = 98.51 倍 = 9851%（目标 4 万人，实际 394.04 万人）
		{ rule: 'plaus.unit_mismatch', severity: 'warning', expected: 100, stated: 9851 },
		// 年度施工质量合格率完成率 0，“部门整体绩效目标产出指标完成情况”仍得 20/20
		{ rule: 'plaus.full_score_zero', severity: 'warning', expected: null, stated: 20 }
	]);
});

describe('seed 001 南雄市科协 2023 自评报告', () => {
	const findings = checkFindings('guangdong-shaoguan-nanxiong-kexie-2023-self', []);
	it('has nothing to report: every figure agrees within rounding', () => {
		// 172.72 + 34.76 = 207.48 = 支出合计；172.72 ÷ 207.48 = 83.247% → 83.25%；
		// 34.76 ÷ 207.48 = 16.753% → 16.75%；97 分 → “优”
		expect(findings).toEqual([]);
	});
});

describe('seed 002 海珠区科协 2023 自评报告', () => {
	checkFindings('guangdong-guangzhou-haizhu-kexie-2023-self', [
		// 基本支出的经济分类 144.10 + 61.74 + 77.95 = 283.79（= 部门整体支出）≠ 基本支出 236.79
		{ rule: 'sum.economic', severity: 'error', expected: 283.79, stated: 236.79 }
	]);
});

describe('seed 003 湛江市科协 2025 目标表', () => {
	checkFindings('guangdong-zhanjiang-kexie-2025-target', [
		// 基本支出 672.54 + 项目支出 90.84 = 763.38 ≠ 市本级使用资金 863.38（对下转移支付未填）
		{ rule: 'sum.breakdown', severity: 'error', expected: 763.38, stated: 863.38 },
		// 财政专项资金 35 + 其他事业发展性支出 50.48 = 85.48 < 项目支出 90.84（差 5.36，提示）
		{ rule: 'sum.breakdown', severity: 'note', expected: 85.48, stated: 90.84 }
	]);
});

describe('seed 004 衡阳市科协 2024 自评报告', () => {
	const findings = checkFindings('hunan-hengyang-kexie-2024-self', [
		// 一般公共预算支出 693 + 其他支出 18.38 = 711.38 ≠ 整体支出 711.91（另一处 711.92；取较接近者）
		{ rule: 'sum.source', severity: 'error', expected: 711.38, stated: 711.91 },
		// 人员经费 334.93 + 日常公用经费 91.53 = 426.46 ≠ 基本支出 526.47
		{ rule: 'sum.basic', severity: 'error', expected: 426.46, stated: 526.47 },
		// 部门整体经济分类 350.78 + 251.54 + 81.47 = 683.79 < 711.91（少 28.12，可能漏列）
		{ rule: 'sum.economic', severity: 'warning', expected: 683.79, stated: 711.91 },
		// 项目明细 153.39 + 30 + 1.05 = 184.44 ≠ 明细表合计 185.46
		{ rule: 'sum.project', severity: 'error', expected: 184.44, stated: 185.46 },
		// 一般公共预算：0 + 762.85 − 697.45 = 65.40，年末结转和结余却写 0
		{ rule: 'sum.balance', severity: 'error', expected: 65.4, stated: 0 },
		// 一般公共预算基本支出：0 + 577.40 − 573.60（正文）= 3.80 ≠ 0；按表中 512.00 则为 65.40，
		// 审计报告较小的差额
		{ rule: 'sum.balance', severity: 'error', expected: 3.8, stated: 0 },
		// 一般公共预算基本支出（决算）：表中 512.00，正文 573.60
		{ rule: 'dup.figure', severity: 'error', expected: 512, stated: 573.6 },
		// 一般公共预算的对个人和家庭补助 84.15 > 部门整体 81.47
		{ rule: 'dup.scope', severity: 'error', expected: 81.47, stated: 84.15 },
		// 一般公共预算的人员经费 505.82 > 部门整体 334.93
		{ rule: 'dup.scope', severity: 'error', expected: 334.93, stated: 505.82 },
		// 部门整体其他收入 18.38 ≠ 其他资金本年收入 14.46
		{ rule: 'dup.scope', severity: 'error', expected: 14.46, stated: 18.38 },
		// 部门整体“一般公共预算支出693万元” < 一般公共预算本年支出 697.45
		{ rule: 'dup.scope', severity: 'error', expected: 697.45, stated: 693 },
		// 部门整体其他支出 18.38 ≠ 其他资金本年支出 14.46
		{ rule: 'dup.scope', severity: 'error', expected: 14.46, stated: 18.38 },
		// “商品和服务支出237.07元” = 0.023707 万元；按万元读 350.78 + 237.07 + 84.15 + 1.4 + 24 = 697.40，
		// 与 697.45 差 0.05（5 项 × 0.01 以内）
		{ rule: 'plaus.unit_typo', severity: 'warning', expected: 237.07, stated: 0.023707 },
		// 本级编制 19 名，实有在职在编 21 人
		{ rule: 'plaus.overstaffed', severity: 'warning', expected: 19, stated: 21 }
	]);
	it('tolerates honest rounding', () => {
		const cites = (v: number) => findings.some((f) => f.figures.some((x) => x.value === v));
		// 年中追加 86.74 + 135.45 = 222.19 vs 222.18：2 项 × 0.01 以内
		expect(cites(222.18)).toBe(false);
		// 基本支出年初 490.67 + 追加 86.74 = 577.41 vs 调整后 577.40
		expect(findings.some((f) => f.rule === 'sum.adjustment')).toBe(false);
		// 整体支出 711.92 与 711.91、项目支出 185.45 与 185.46：同一数字相差 0.01
		expect(findings.filter((f) => f.rule === 'dup.figure').map((f) => f.stated)).toEqual([573.6]);
		// 一般公共预算经济分类按万元读合计 697.40 vs 697.45：不另报合计错误
		expect(findings.some((f) => f.rule === 'sum.economic' && f.stated === 697.45)).toBe(false);
	});
});

describe('corpus 100 宁德市委党史和地方志研究室 2019 目标表 (data/gold)', () => {
	const gold = (f: string): Report => Report.parse(JSON.parse(readFileSync(resolve('data/gold', f), 'utf8')));
	const findings = auditReport(gold('100_ningde-party-history-gazetteer-office_2019_dept-target-table.json'));
	it('finds the 基本支出 written two ways, not the project the 履职 table lists once per task', () => {
		// “资金总额 171.41 / 项目支出 60.8 / 基本支出 110.61”; the 履职 table: 地情、市志编纂与年鉴出版经费 49.8 (志鉴地情工作)
		// and 11 (人员福利) — 49.8 + 11 = 60.8 = 项目支出, two parts of one project; then “基本支出 171.41” — the 资金总额
		// written against 基本支出, which the budget block gives as 110.61: a real inconsistency (171.41 − 110.61 = 60.80).
		expect(findings.filter((f) => f.rule === 'dup.figure').map((f) => [f.expected, f.stated])).toEqual([[110.61, 171.41]]);
	});
});

describe('a sum that does not add up names the parts\' sum, not what the total "should be"', () => {
	it('seed 002: the economic classes of 基本支出 add up to the whole department\'s total, and the message says so', () => {
		const f = auditReport(load('guangdong-guangzhou-haizhu-kexie-2023-self')).find((x) => x.rule === 'sum.economic' && x.stated === 236.79)!;
		expect(f.message).toMatch(/^分项之和 283\.79 万元与基本支出 236\.79 万元不符/);
		expect(f.message).toContain('分项之和等于报告所写的2023年部门整体支出（决算）合计 283.79 万元');
		expect(f.message).not.toContain('应为');
	});
	it('seed 004: 人员经费 + 日常公用经费 against 基本支出, no other total matched', () => {
		const f = auditReport(load('hunan-hengyang-kexie-2024-self')).find((x) => x.rule === 'sum.basic')!;
		expect(f.message).toMatch(/^分项之和 426\.46 万元与基本支出 526\.47 万元不符/);
		expect(f.message).not.toContain('分项之和等于');
	});
});
