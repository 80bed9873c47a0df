/**
 * The project of a project record (项目支出绩效自评表 / 目标表 / 项目自评报告): name, budget code,
 * 主管部门, 实施单位 and category, each with its quote; and the number of projects a unit-level
 * report covers ("实施项目共15个", "自评项目35个").
 */
import type { Figure, Project } from '../schema/report';
import type { Ctx } from './context';
import type { Found, Header } from './header';
import { NUM } from './numbers';

function text(ctx: Ctx, f: Found, rule: string) {
	const value = f.value.replace(/\s+/g, '');
	return ctx.mark({ value, quote: ctx.quote(f.start, f.end) }, f.start, f.end, 0.85, rule);
}

/**
 * The fund a heading line of its own names under a title that names only the transfer payment
 * ("X局2021年度中央对地方转移支付预算执行情况绩效自评报告", then "Y发展资金绩效自评"): the fund is the
 * project. Serves transfer-payment self-evaluation reports that give each fund its own section.
 */
function fundHeading(ctx: Ctx): Found | undefined {
	for (const l of ctx.lines.slice(0, 16)) {
		const m = l.span.norm.match(/(?:^|[\s)）])([\u4e00-\u9fa5]{2,20}?(?:资金|经费|补助))\s*绩效自评(?:报告|表)?\s*$/);
		if (!m || /转移支付|预算执行|部门|整体/.test(m[1])) continue;
		const a = m.index! + m[0].indexOf(m[1]);
		const e = m.index! + m[0].length;
		return { value: m[1], start: l.span.map[a], end: l.span.map[e - 1] + 1 } as Found;
	}
	return undefined;
}

export function readProject(ctx: Ctx, header: Header): Project | undefined {
	const p = header.project?.name ? header.project : header.kind === 'project_self_evaluation' && /转移支付/.test(header.title) ? { ...header.project, name: fundHeading(ctx) } : undefined;
	if (!p?.name) return undefined;
	const out: Project = { name: text(ctx, p.name, 'project.name') };
	if (p.code) out.code = text(ctx, p.code, 'project.code');
	if (p.supervisor) out.supervisor = text(ctx, p.supervisor, 'project.supervisor');
	if (p.implementer) out.implementer = text(ctx, p.implementer, 'project.implementer');
	if (p.category) out.category = text(ctx, p.category, 'project.category');
	return out;
}

const COUNT_RE = new RegExp(String.raw`(?:实施|自评|开展|评价|共有|涉及|安排)?项目(?:支出)?(?:绩效)?(?:自评)?(?:项目)?(?:共|合计|总计)?\s*(${NUM})\s*个`);

/** The number of projects a unit-level report covers. */
/** "共有5个项目", "涉及项目3个" */
/** (also the projects a finance bureau chose for evaluation, "我县选择8个2021年县级重点项目") */
const COUNT_BEFORE_RE = new RegExp(String.raw`(?:共有|共|合计|涉及|实施|开展|选择|选取)\s*(${NUM})\s*个(?:\d{4}年度?)?(?:(?:省|市|县|区)级)?(?:重点)?(?:项目|专项)`);

export function readProjectCount(ctx: Ctx): Figure | undefined {
	for (const para of ctx.paras.slice(0, 40)) {
		const m = para.span.norm.match(COUNT_RE) ?? para.span.norm.match(COUNT_BEFORE_RE);
		if (!m) continue;
		// "项目共15个(含…项目5个)": the first count after the word 项目
		const a = m.index! + m[0].lastIndexOf(m[1]);
		const b = a + m[1].length;
		const [qs, qe] = [para.span.map[m.index!], para.span.map[m.index! + m[0].length - 1] + 1];
		return ctx.figure(para.span.text.slice(a, b), '个', qs, qe, 0.8, 'project.count');
	}
	return undefined;
}
