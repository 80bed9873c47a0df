/**
 * The rule catalogue of the consistency audit: Chinese name and description of every rule, for
 * the UI (/audit, the department panel, import review) and the README. The ids and their order
 * come from the Finding schema.
 */
import { RULE_IDS, type RuleFamily, type RuleId, type Severity } from '../schema/finding';

export type RuleInfo = {
	id: RuleId;
	family: RuleFamily;
	/** short Chinese name */
	name: string;
	/** what the rule checks, in Chinese */
	description: string;
	/** the severities the rule can give */
	severities: Severity[];
};

export const FAMILY_LABEL: Record<RuleFamily, string> = {
	sums: '分项与合计',
	computed: '所述与计算',
	duplicates: '前后一致',
	plausibility: '合理性'
};

const R = (family: RuleFamily, name: string, description: string, severities: Severity[] = ['error']) => ({
	family,
	name,
	description,
	severities
});

const INFO: Record<RuleId, Omit<RuleInfo, 'id'>> = {
	'sum.source': R('sums', '按来源分项合计', '财政拨款与其他资金等来源之和应等于收入（支出）合计。列出全部来源时不等即为错误；只列出部分来源时，分项之和超过合计为错误。', ['error', 'warning']),
	'sum.nature': R('sums', '基本支出与项目支出合计', '基本支出与项目支出之和应等于支出合计（收入按用途划分时同理）；未写合计时，用于核对其他口径的分项。'),
	'sum.basic': R('sums', '人员经费与日常公用经费合计', '人员经费与日常公用经费之和应等于基本支出（只写其一时，不得超过基本支出）。'),
	'sum.economic': R('sums', '经济分类合计', '各经济分类支出之和应等于支出合计（或其所属的基本支出、项目支出）。超过合计为错误；少于合计为警告（可能漏列科目）。', ['error', 'warning']),
	'sum.function': R('sums', '功能分类合计', '各功能分类支出之和应等于支出合计。超过合计为错误；少于合计为警告（可能漏列科目）。', ['error', 'warning']),
	'sum.project': R('sums', '项目明细合计', '各项目金额之和应等于项目明细表的合计行（无合计行时不得超过项目支出）。'),
	'sum.breakdown': R('sums', '其他口径分项合计', '按预算级次、事业发展性支出等口径列出的分项之和应与支出总额（或所属的项目支出）一致。超过为错误；少于为提示（可能另有未列明的分项）。', ['error', 'note']),
	'sum.change': R('sums', '分项增减额合计', '同一总额按不同口径拆分时，各分项的同比增减额之和应相同（都等于总额的增减额）。', ['warning']),
	'sum.adjustment': R('sums', '年初预算加追加等于调整预算', '年初预算 + 年中追加（调减）应等于调整后预算。'),
	'sum.balance': R('sums', '结转结余', '年末结转和结余应等于年初结转结余 + 本年收入 − 本年支出（同一资金口径、同一科目）。'),
	'sum.sangong': R('sums', '“三公”经费合计', '因公出国（境）费、公务用车购置及运行维护费、公务接待费之和应等于“三公”经费合计；未披露的项目不按 0 计。', ['error']),
	'sum.vehicle': R('sums', '公务用车购置与运行', '公务用车购置费 + 运行维护费应等于公务用车购置及运行维护费。'),
	'sum.score': R('sums', '评分合计', '下级指标的分值、得分之和应等于上级指标（或总分）的分值、得分。'),
	'sum.staffing': R('sums', '编制与人数合计', '各类编制（人数）之和应等于所写的合计。'),
	'calc.share': R('computed', '占比', '所写占比应等于该项金额 ÷ 合计（或所属项目）× 100%。'),
	'calc.execution_rate': R('computed', '执行率（完成率）', '所写执行率应等于决算数 ÷ 预算数 × 100%（预算数依次取调整预算、预算、年初预算中相符者）。'),
	'calc.change_amount': R('computed', '同比增减额', '所写增减额应等于本年数 − 上年数（两者均在报告中写明时）。'),
	'calc.change_pct': R('computed', '同比增减幅度', '所写增减幅度应等于增减额 ÷ 上年数 × 100%；上年数未写明时由本年数与增减额推出。能识别“差 100 倍”（把比例写成百分数）。'),
	'calc.change_direction': R('computed', '增减方向', '写“增加/增长”的数实际下降、写“减少/下降”的数实际上升，或表中增减值未带负号。', ['error', 'warning']),
	'calc.completion': R('computed', '指标完成率', '所写完成率应等于实际完成值 ÷ 目标值（≥、>、纯数字目标；≤ 类反向指标达标即 100%；区间目标在区间内即 100%）。封顶为 100% 的写法视为一致。'),
	'calc.score_rate': R('computed', '得分率', '所写得分率应等于得分 ÷ 分值 × 100%。'),
	'calc.grade': R('computed', '等级与分数段', '所写等级应与总分所在分数段一致（优 ≥ 90，良 80–<90，中 60–<80，差 < 60，财预〔2020〕10号）。'),
	'dup.figure': R('duplicates', '同一数字两处不同', '同一数字（同一口径、同一阶段、同一年度的同一科目）在正文与表格或不同章节中写法不一，且差额超过舍入误差。'),
	'dup.scope': R('duplicates', '资金口径之间矛盾', '一般公共预算、财政拨款或其他资金口径下的数不应超过部门整体的同一科目；部门整体中的“其他收入（支出）”应等于其他资金口径的收入（支出），“财政拨款”不应小于一般公共预算。'),
	'dup.prior_year': R('duplicates', '上年数前后不一', '由不同处的同比增减推出的上年数互相矛盾，或与报告写明的上年数矛盾。'),
	'dup.indicator': R('duplicates', '同一指标两处不同', '同一绩效指标在不同表格中的目标值、实际值或完成率不一致。'),
	'plaus.unit_typo': R('plausibility', '疑似单位笔误', '在一组以万元书写的金额中，有一项写作“元”且小得不合常理（按原文已能加平的不报）；按万元读时分项合计在容差内相符的，在说明中写明，合计校验也按万元读取该项。', ['warning']),
	'plaus.unit_mismatch': R('plausibility', '完成率异常（疑似单位不一致）', '完成率超过目标 10 倍或不足 1%，多为目标与实际单位不一致（如万人与人），或目标设定明显偏低。', ['warning']),
	'plaus.full_score_zero': R('plausibility', '完成为 0 却得满分', '指标完成值或完成率为 0，却给了满分。', ['warning']),
	'plaus.overstaffed': R('plausibility', '实有人数超过编制', '在职（在编）人数超过核定编制。', ['warning']),
	'plaus.score_over_max': R('plausibility', '得分超过分值', '某项得分高于其分值。')
};

/** The catalogue in display order. */
export const RULES: RuleInfo[] = RULE_IDS.map((id) => ({ id, ...INFO[id] }));
export const RULE_BY_ID: Record<RuleId, RuleInfo> = Object.fromEntries(RULES.map((r) => [r.id, r])) as Record<
	RuleId,
	RuleInfo
>;
