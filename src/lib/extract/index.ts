/**
 * The extractor: the text of a budget performance report in, a report record out, every value
 * with its provenance (the verbatim quote, its position in the text and a confidence) and a
 * list of what could not be read. Pure TypeScript: runs in Node and in the browser.
 *
 *   extract(text, { sourceFile }) → { report, figures, unread, problems }
 *
 * The record is validated against the schema (`Report`) and every quote against the text
 * (`checkProvenance`); what fails is reported in `problems`, never hidden.
 */
import { Report, type ReportInput } from '../schema/report';
import { toHalfWidth } from '../text/normalize';
import { checkProvenance, quotedNodes } from '../schema/provenance';
import { Ctx, type Unread } from './context';
import { readHeader } from './header';
import { departmentId, regionOf } from './region';
import { readStaffing } from './staffing';
import { readBudget } from './budget';
import { readSangong } from './sangong';
import { readScores } from './scores';
import { readIndicators } from './indicators';
import { readTasks } from './tasks';
import { readGoal, readMeasures, readProblems } from './narrative';
import { listUnreadMoney } from './unread';

export type { Unread } from './context';

export interface FigureRef {
	/** JSON path of the quoted object in the record, e.g. budget[3].amount */
	path: string;
	start: number;
	end: number;
	confidence: number;
	rule: string;
}

export interface ExtractResult {
	report: Report;
	figures: FigureRef[];
	unread: Unread[];
	/** schema or provenance problems of the extracted record (empty when all is well) */
	problems: Array<{ path: string; message: string }>;
}

export interface ExtractOptions {
	/** name of the source file, stored as `source_file` */
	sourceFile?: string;
}

export class ExtractError extends Error {}

const KIND_SUFFIX = { self_evaluation: 'self', target_table: 'target', project_self_evaluation: 'project' } as const;

export function extract(text: string, opts: ExtractOptions = {}): ExtractResult {
	if (!text || !text.trim()) throw new ExtractError('文件没有文字内容');
	const ctx = new Ctx(text);
	const header = readHeader(ctx);
	if (!header.name) throw new ExtractError('没有找到部门名称：这份文件看起来不是部门整体支出绩效报告');
	if (!header.year) throw new ExtractError('没有找到报告所属年度');
	const name = header.name.value.replace(/\s+/g, '');
	const reg = regionOf(name, text);
	if (!reg) throw new ExtractError(`无法从部门名称「${name}」判断所属地区（省、市、区县）`);
	const level = header.levelWord ?? reg.level;
	const deptId = departmentId(reg.region, reg.type);
	const year = header.year;
	const kind = header.kind;

	const department: ReportInput['department'] = {
		id: deptId,
		name,
		region: reg.region,
		level,
		type: reg.type
	};
	if (header.preparer) department.preparer = header.preparer.replace(/\s+/g, '');
	if (header.phone) department.phone = toHalfWidth(header.phone).replace(/\s+/g, '');

	const env = { year, kind, deptName: name, deptShort: reg.type };
	const staffing = readStaffing(ctx, env);
	const budget = readBudget(ctx, env);
	const sangong = readSangong(ctx, env);
	const scores = readScores(ctx, env);
	const indicators = readIndicators(ctx, env);
	const tasks = readTasks(ctx, env, indicators);
	const goal = readGoal(ctx, env);
	const problems = readProblems(ctx, env);
	const measures = readMeasures(ctx, env);

	const record: ReportInput = {
		id: `${deptId}-${year}-${KIND_SUFFIX[kind]}`,
		kind,
		fiscal_year: year,
		title: header.title,
		source_file: opts.sourceFile ?? 'import.txt',
		simulated: false,
		department,
		staffing,
		budget,
		sangong,
		indicators: indicators.table,
		tasks,
		problems,
		measures
	};
	if (header.filingDate) {
		const fd = { value: header.filingDate.value, quote: ctx.quote(header.filingDate.start, header.filingDate.end) };
		ctx.mark(fd, header.filingDate.start, header.filingDate.end, 0.95, 'header.filing_date');
		record.filing_date = fd;
	}
	if (scores) record.scores = scores;
	if (goal) record.goal = goal;
	// key order as in the schema
	const ordered: ReportInput = {
		id: record.id,
		kind: record.kind,
		fiscal_year: record.fiscal_year,
		title: record.title,
		source_file: record.source_file,
		...(record.filing_date ? { filing_date: record.filing_date } : {}),
		simulated: false,
		department: record.department,
		staffing: record.staffing,
		budget: record.budget,
		sangong: record.sangong,
		...(record.scores ? { scores: record.scores } : {}),
		indicators: record.indicators,
		tasks: record.tasks,
		...(record.goal ? { goal: record.goal } : {}),
		problems: record.problems,
		measures: record.measures
	};

	const problemsOut: ExtractResult['problems'] = [];
	const parsed = Report.safeParse(ordered);
	if (!parsed.success) {
		for (const i of parsed.error.issues) problemsOut.push({ path: i.path.join('.'), message: i.message });
	}
	const report = (parsed.success ? parsed.data : ordered) as Report;
	problemsOut.push(...checkProvenance(report, text));

	// positions of every quoted object; zod's parse copies objects, so walk the input record
	const figures: FigureRef[] = [];
	for (const { path, node } of quotedNodes(ordered)) {
		const p = ctx.prov.get(node);
		if (p) figures.push({ path, start: p.start, end: p.end, confidence: p.confidence, rule: p.rule });
		else {
			const q = node.quote as string;
			const at = text.indexOf(q);
			figures.push({ path, start: at, end: at + q.length, confidence: 0.5, rule: 'unknown' });
		}
	}
	const unread = [...ctx.unread, ...listUnreadMoney(ctx)];
	return { report, figures, unread, problems: problemsOut };
}

export { compareRecords } from './compare';
