/**
 * The evaluation data model. These zod schemas are the single source of the types:
 * every other module imports its types from here (z.infer), never redeclares them.
 *
 * Principles
 * - One record per report: department × fiscal year × kind.
 * - Every number is a *statement*: the value, the text as written, and the verbatim quote it
 *   came from (provenance). The same figure may be stated twice (text and table); both
 *   statements are kept, and the audit compares them.
 * - Stated values (shares, changes, rates, 得分率) are kept on the statement they qualify; values
 *   the app computes never live in a record.
 * - Money is stored in 万元. A figure written in 元 or 亿元 keeps its written text and unit.
 * - A figure the report does not state is absent (undefined / null), never 0.
 */
import { z } from 'zod';

/* ------------------------------------------------------------------ provenance & figures */

/** Verbatim excerpt of the source document (after nothing but the file's own decoding). */
export const Quote = z
	.string()
	.min(1, '出处引文不能为空')
	.describe('verbatim text from the source document');

/** A stated number that is not money: a percentage, a count, a score. */
export const Figure = z
	.object({
		/** value in `unit` (signed where the report says 减少/下降: the text stays unsigned) */
		value: z.number().finite(),
		/** canonical unit: '%', '人', '分', '个', '场', '万人', '家' … ('' for a bare number) */
		unit: z.string(),
		/** the number exactly as written, e.g. "147.69", "９７" , "863. 08" */
		text: z.string().min(1),
		quote: Quote
	})
	.strict();
export type Figure = z.infer<typeof Figure>;

export const MoneyUnit = z.enum(['万元', '元', '亿元']);
export type MoneyUnit = z.infer<typeof MoneyUnit>;

/** A stated amount of money, normalised to 万元. */
export const Money = z
	.object({
		/** value in 万元 */
		wan: z.number().finite(),
		/** the number exactly as written, e.g. "863. 08" or "9570171.39" */
		text: z.string().min(1),
		/** the unit it was written in; `wan` = number(text) × factor(unit) */
		unit: MoneyUnit,
		quote: Quote
	})
	.strict();
export type Money = z.infer<typeof Money>;

/** A year-on-year change exactly as the report states it. */
export const StatedChange = z
	.object({
		/** the year compared against (usually fiscal_year − 1) */
		base_year: z.number().int(),
		/** signed by the direction word when one is written; as written when none is */
		amount: Money.optional(),
		/** percentage points, signed like `amount` */
		pct: Figure.optional(),
		/** the direction word used: 增加/增长/上升 → up, 减少/下降/降幅 → down; absent if none */
		direction: z.enum(['up', 'down']).optional()
	})
	.strict();
export type StatedChange = z.infer<typeof StatedChange>;

/* ------------------------------------------------------------------ department */

export const ReportKind = z.enum([
	'self_evaluation', // 部门整体支出绩效自评报告 (and 部门整体支出绩效评价报告 written by the department)
	'target_table', // 部门整体预算绩效目标表 / 绩效目标申报表
	'project_self_evaluation', // 项目支出绩效自评表, or a project self-evaluation report in prose
	'project_target_table', // 项目支出绩效目标表 / 申报表
	'external_evaluation' // 自评核查 / 绩效评价报告 written by a third party or the finance bureau
]);
export type ReportKind = z.infer<typeof ReportKind>;
export const REPORT_KIND_LABEL: Record<ReportKind, string> = {
	self_evaluation: '部门整体支出绩效自评报告',
	target_table: '部门整体预算绩效目标表',
	project_self_evaluation: '项目支出绩效自评',
	project_target_table: '项目支出绩效目标表',
	external_evaluation: '绩效评价（核查）报告'
};
/** Kinds about one project (or the projects of a unit) rather than the whole department. */
export const PROJECT_KINDS: ReadonlySet<ReportKind> = new Set(['project_self_evaluation', 'project_target_table']);
/**
 * Kinds whose figures are the whole department's (部门整体), in the order one of them represents
 * a department's year: the self-evaluation, else the target table. Department × year metrics
 * read only these (a project's money is not the department's).
 */
export const DEPARTMENT_KINDS = ['self_evaluation', 'target_table'] as const satisfies readonly ReportKind[];
/** Suffix of a report id per kind. */
export const KIND_ID_SUFFIX: Record<ReportKind, string> = {
	self_evaluation: 'self',
	target_table: 'target',
	project_self_evaluation: 'project',
	project_target_table: 'project-target',
	external_evaluation: 'review'
};

export const GovLevel = z.enum(['省级', '市级', '县级', '区级']);

export const Department = z
	.object({
		/** stable id: `${region path}-${name}` slug, shared by all reports of the department */
		id: z.string().regex(/^[a-z0-9-]+$/, 'id 只能包含小写字母、数字和连字符'),
		name: z.string().min(2),
		region: z
			.object({
				province: z.string().min(2),
				city: z.string().optional(),
				district: z.string().optional()
			})
			.strict(),
		level: GovLevel,
		/** department type, e.g. 科学技术协会 */
		type: z.string().min(2),
		preparer: z.string().optional(),
		phone: z.string().optional()
	})
	.strict();
export type Department = z.infer<typeof Department>;

/* ------------------------------------------------------------------ staffing */

export const StaffMeasure = z.enum([
	'authorized', // 核定编制
	'actual', // 实际在职 / 实有
	'retired', // 离退休
	'contracted', // 外聘 / 劳务派遣
	'financed', // 财政供养人员数
	'subordinate_units' // 下属单位数
]);
export type StaffMeasure = z.infer<typeof StaffMeasure>;
export const STAFF_MEASURE_LABEL: Record<StaffMeasure, string> = {
	authorized: '核定编制', actual: '实有在职', retired: '离退休', contracted: '外聘/劳务派遣',
	financed: '财政供养', subordinate_units: '下属单位数'
};
/** `unit` of a staff line that is the department itself (any other value names a subordinate unit). */
export const OWN_UNIT = '本级';
export const StaffLine = z
	.object({
		/** whose staff: '本级' or the subordinate unit's name */
		unit: z.string().min(1),
		/** 编制 kind as stated: 行政编制, 事业编制, 工勤编制, 参公事业编制 …; '合计' for a total */
		category: z.string().min(1),
		measure: StaffMeasure,
		count: Figure
	})
	.strict();
export type StaffLine = z.infer<typeof StaffLine>;

/* ------------------------------------------------------------------ budget & spending */

/** 收入 / 支出 / 年初结转和结余 / 年末结转和结余 */
export const Flow = z.enum(['income', 'expenditure', 'opening_balance', 'closing_balance']);
export type Flow = z.infer<typeof Flow>;
export const FLOW_LABEL: Record<Flow, string> = { income: '收入', expenditure: '支出', opening_balance: '年初结转和结余', closing_balance: '年末结转和结余' };

/** How the line cuts the flow. */
export const Breakdown = z.enum([
	'total', // 合计
	'source', // 按来源: 财政拨款, 其他收入
	'nature', // 按性质: 基本支出, 项目支出; and 人员经费/日常公用经费 (parent 基本支出)
	'economic', // 按经济分类
	'function', // 按功能分类
	'project', // 项目明细 (parent 项目支出)
	'development', // 事业发展性支出 (target tables)
	'budget_level', // 按预算级次: 中央/省/市/县, 上级资金/本级资金
	'cost' // 项目成本构成 (project target tables: 保安服务费, 保洁服务费 …)
]);
export type Breakdown = z.infer<typeof Breakdown>;
export const BREAKDOWN_LABEL: Record<Breakdown, string> = {
	total: '合计', source: '按来源', nature: '按性质', economic: '按经济分类', function: '按功能分类',
	project: '项目明细', development: '事业发展性支出', budget_level: '按预算级次', cost: '成本构成'
};

/** Budget stage of the figure. */
export const Stage = z.enum([
	'initial', // 年初预算
	'addition', // 年中追加(+)/调减(−)
	'adjusted', // 调整预算 (全年预算)
	'budget', // 预算数, the report does not say which
	'final' // 决算 / 实际
]);
export type Stage = z.infer<typeof Stage>;
export const STAGE_LABEL: Record<Stage, string> = { initial: '年初预算', addition: '年中追加/调减', adjusted: '调整预算', budget: '预算数', final: '决算' };

/**
 * Fund scope the figure covers. The order is the preference wherever one scope must be chosen
 * (a total, a metric): 部门整体 before 财政拨款 before 一般公共预算 before 其他资金.
 */
export const Scope = z.enum([
	'all', // 部门整体, all funds
	'fiscal', // 财政拨款
	'general_public', // 一般公共预算
	'other' // 其他资金
]);
export type Scope = z.infer<typeof Scope>;
export const SCOPE_LABEL: Record<Scope, string> = { all: '部门整体', fiscal: '财政拨款', general_public: '一般公共预算', other: '其他资金' };

export const BudgetLine = z
	.object({
		flow: Flow,
		breakdown: Breakdown,
		/** normalised label: 合计, 财政拨款收入, 基本支出, 人员经费, 工资福利支出, 科学技术支出 … */
		item: z.string().min(1),
		/** the line it is part of, e.g. 基本支出 for 人员经费 or for an economic class inside 基本支出 */
		parent: z.string().optional(),
		scope: Scope,
		stage: Stage,
		/** the fiscal year the figure is for (a prior-year figure has fiscal_year − 1) */
		year: z.number().int(),
		amount: Money,
		/** stated share of the whole (%), e.g. 占本年支出 58.12% */
		share: Figure.optional(),
		/** stated rate against the budget (%), e.g. 完成率 100% / 支出率 */
		execution_rate: Figure.optional(),
		change: StatedChange.optional()
	})
	.strict();
export type BudgetLine = z.infer<typeof BudgetLine>;

/* ------------------------------------------------------------------ 三公经费 */

export const SangongItem = z.enum([
	'total', // 三公经费合计
	'abroad', // 因公出国(境)费
	'vehicle', // 公务用车购置及运行维护费
	'vehicle_purchase', // 公务用车购置费
	'vehicle_operation', // 公务用车运行维护费
	'reception' // 公务接待费
]);
export type SangongItem = z.infer<typeof SangongItem>;
export const SANGONG_LABEL: Record<SangongItem, string> = {
	total: '“三公”经费合计',
	abroad: '因公出国（境）费',
	vehicle: '公务用车购置及运行维护费',
	vehicle_purchase: '公务用车购置费',
	vehicle_operation: '公务用车运行维护费',
	reception: '公务接待费'
};

/** The stages a 三公 figure is stated in (a subset of Stage, labelled by STAGE_LABEL). */
export const SangongStage = Stage.extract(['budget', 'final']);
export type SangongStage = z.infer<typeof SangongStage>;

export const SangongLine = z
	.object({
		item: SangongItem,
		/** label as the report writes it */
		label: z.string().optional(),
		stage: SangongStage,
		scope: Scope,
		year: z.number().int(),
		/** absent when only a rate or change is stated for the item */
		amount: Money.optional(),
		/** stated execution rate: final ÷ budget (%) */
		execution_rate: Figure.optional(),
		/** stated share of the 三公 total (%) */
		share: Figure.optional(),
		change: StatedChange.optional()
	})
	.strict();
export type SangongLine = z.infer<typeof SangongLine>;

/* ------------------------------------------------------------------ scores */

export type ScoreNode = {
	name: string;
	level: 1 | 2 | 3;
	max?: Figure;
	score?: Figure;
	/** 得分率 as stated (%) */
	stated_rate?: Figure;
	/** 财政赋分: scored by the finance bureau, not by the department */
	assigned_by_finance?: boolean;
	children?: ScoreNode[];
};
export const ScoreNode: z.ZodType<ScoreNode> = z.lazy(() =>
	z
		.object({
			name: z.string().min(1),
			level: z.union([z.literal(1), z.literal(2), z.literal(3)]),
			max: Figure.optional(),
			score: Figure.optional(),
			stated_rate: Figure.optional(),
			assigned_by_finance: z.boolean().optional(),
			children: z.array(ScoreNode).optional()
		})
		.strict()
);

export const Grade = z.enum(['优', '良', '中', '差']);
export type Grade = z.infer<typeof Grade>;
/**
 * Grade bands of a total score (财预〔2020〕10号 第十八条): the lowest score of each grade, best
 * first. The one definition of the grade: gradeOf() here and the SQL fragment of
 * src/lib/db/fragments.ts are both built from it.
 */
export const GRADE_BANDS: readonly { grade: Grade; min: number }[] = [
	{ grade: '优', min: 90 },
	{ grade: '良', min: 80 },
	{ grade: '中', min: 60 },
	{ grade: '差', min: -Infinity }
];

export const Scores = z
	.object({
		/** the score-tree family: guangdong (履职效能/管理效率), hunan (投入/过程/产出/效果) … */
		framework: z.enum(['guangdong', 'hunan', 'other']),
		total: z
			.object({
				max: Figure.optional(),
				score: Figure,
				stated_rate: Figure.optional()
			})
			.strict()
			.optional(),
		/** grade as stated, with its quote */
		grade: z.object({ value: Grade, quote: Quote }).strict().optional(),
		tree: z.array(ScoreNode)
	})
	.strict();
export type Scores = z.infer<typeof Scores>;

/* ------------------------------------------------------------------ indicators */

export const TargetOp = z.enum(['>=', '>', '<=', '<', '=', 'range', 'deadline', 'text']);
export type TargetOp = z.infer<typeof TargetOp>;
/** How a target operator is written before its value ('' for a range, a deadline or a text). */
export const TARGET_OP_SIGN: Record<TargetOp, string> = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', range: '', deadline: '', text: '' };

export const Target = z
	.object({
		op: TargetOp,
		/** the number (lower bound for a range); absent for text / deadline targets */
		value: z.number().finite().optional(),
		/** upper bound of a range */
		value2: z.number().finite().optional(),
		/** unit of the target value: '%', '场', '万人' … */
		unit: z.string().optional(),
		/** the target exactly as written, e.g. "≥65", "≅3", ">30万", "2025年12月前" */
		text: z.string().min(1),
		quote: Quote
	})
	.strict();
export type Target = z.infer<typeof Target>;

export const Actual = z
	.object({
		/** absent when the actual is qualitative */
		value: z.number().finite().optional(),
		unit: z.string().optional(),
		/** as written */
		text: z.string().min(1),
		quote: Quote
	})
	.strict();
export type Actual = z.infer<typeof Actual>;

export const Indicator = z
	.object({
		/** 产出指标 / 效益指标 / 满意度指标; absent when the report does not say */
		level1: z.string().min(1).optional(),
		/** 数量指标 / 质量指标 / 时效指标 / 成本指标 / 社会效益指标 …; absent when the report does not say */
		level2: z.string().min(1).optional(),
		/** 三级指标, the name as written (units in brackets kept) */
		name: z.string().min(1),
		/** unit named inside the indicator name, e.g. 万人 for "(万人)" */
		unit: z.string().optional(),
		target: Target.optional(),
		actual: Actual.optional(),
		stated_completion: Figure.optional(),
		max: Figure.optional(),
		score: Figure.optional()
	})
	.strict();
export type Indicator = z.infer<typeof Indicator>;

/* ------------------------------------------------------------------ narrative */

/** One ordered item of a narrative section. */
export const TextItem = z
	.object({
		/** short heading when the report gives one, e.g. 绩效目标编制水平有待提高 */
		title: z.string().optional(),
		/** the item's text, verbatim apart from joined line breaks */
		text: z.string().min(1),
		quote: Quote
	})
	.strict();
export type TextItem = z.infer<typeof TextItem>;

/** The narrative sections of a report, as the `narratives` table names them. */
export const NarrativeSection = z.enum(['goal', 'problem', 'measure']);
export type NarrativeSection = z.infer<typeof NarrativeSection>;
export const NARRATIVE_SECTION_LABEL: Record<NarrativeSection, string> = { goal: '绩效目标', problem: '存在问题', measure: '改进措施' };

export const Task = z
	.object({
		/** key: 重点工作任务 (with completion); plan: 年度工作计划 rows */
		kind: z.enum(['key', 'plan']),
		name: z.string().min(1),
		content: z.string().optional(),
		actual: z.string().optional(),
		/** stated completion (%) of the task */
		completion: Figure.optional(),
		/** names of the indicators a target table ties to the task (关键性指标) */
		indicators: z.array(Indicator).optional(),
		quote: Quote
	})
	.strict();
export type Task = z.infer<typeof Task>;

/* ------------------------------------------------------------------ projects */

/** A stated piece of text (a name, a code) with its quote. */
export const TextValue = z.object({ value: z.string().min(1), quote: Quote }).strict();
export type TextValue = z.infer<typeof TextValue>;

/** The project a project record is about (项目支出绩效自评表 / 目标表). */
export const Project = z
	.object({
		/** 项目名称 as written, without a leading budget code */
		name: TextValue,
		/** 项目编码 when stated (e.g. 51000021R000000019951) */
		code: TextValue.optional(),
		/** 主管部门 as written */
		supervisor: TextValue.optional(),
		/** 实施单位 / 项目单位 as written */
		implementer: TextValue.optional(),
		/** 项目类别 / 项目性质 as written (本级支出项目, 持续性项目 …) */
		category: TextValue.optional()
	})
	.strict();
export type Project = z.infer<typeof Project>;

/* ------------------------------------------------------------------ the report */

export const Report = z
	.object({
		/** `${department.id}-${fiscal_year}-${kind}` */
		id: z.string().regex(/^[a-z0-9-]+$/, 'id 只能包含小写字母、数字和连字符'),
		kind: ReportKind,
		fiscal_year: z.number().int().min(2000).max(2100),
		title: z.string().min(1),
		/** the source document, relative to data/sources/ */
		source_file: z.string().min(1),
		/** the address the document was published at, when known */
		source_url: z.string().url().optional(),
		/** ISO date the report was filed (填报日期), when stated */
		filing_date: z
			.object({ value: z.string().regex(/^\d{4}-\d{2}-\d{2}$/), quote: Quote })
			.strict()
			.optional(),
		/** true only for generated demo data (模拟数据) */
		simulated: z.boolean().default(false),
		department: Department,
		/** the project, for project records */
		project: Project.optional(),
		/** number of projects a unit-level project report covers (实施项目共15个) */
		project_count: Figure.optional(),
		staffing: z.array(StaffLine),
		budget: z.array(BudgetLine),
		sangong: z.array(SangongLine),
		scores: Scores.optional(),
		indicators: z.array(Indicator),
		tasks: z.array(Task),
		/** 部门整体支出绩效目标 as stated */
		goal: TextItem.optional(),
		problems: z.array(TextItem),
		measures: z.array(TextItem)
	})
	.strict();
export type Report = z.infer<typeof Report>;
export type ReportInput = z.input<typeof Report>;

/**
 * What the extractor returns: a report whose identity may be incomplete. A document that does
 * not name its department (or year) still yields every figure it holds; the import page asks
 * the user for what is missing before the record can be saved as a `Report`.
 */
export const ReportDraft = Report.extend({
	id: z.string().regex(/^[a-z0-9-]+$/).optional(),
	fiscal_year: z.number().int().min(2000).max(2100).optional(),
	department: Department.partial().extend({ region: Department.shape.region.partial().optional() })
});
export type ReportDraft = z.infer<typeof ReportDraft>;

/** Identity fields a draft can lack, with the question the import page asks. */
export const IDENTITY_FIELDS = {
	'department.name': '部门名称未识别，请填写',
	'department.region': '部门所属地区（省、市、区县）未识别，请填写',
	fiscal_year: '报告所属年度未识别，请填写'
} as const;
export type IdentityField = keyof typeof IDENTITY_FIELDS;

/** Grade band of a total score (GRADE_BANDS). */
export function gradeOf(score: number): Grade {
	return GRADE_BANDS.find((b) => score >= b.min)!.grade;
}
