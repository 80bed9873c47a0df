/**
 * The header of a report: department, fiscal year, kind of report, title, filing date,
 * preparer and phone.
 */
import { REPORT_KIND_LABEL, type ReportKind } from '../schema/report';
import { toHalfWidth } from '../text/normalize';
import type { Ctx } from './context';
import type { Line } from './doc';

export interface Header {
	name?: { value: string; start: number; end: number };
	year?: number;
	kind: ReportKind;
	title: string;
	/** the title line(s) as found */
	titleLine?: string;
	/** level word of the title (市级部门…) */
	levelWord?: '省级' | '市级' | '县级' | '区级';
	filingDate?: { value: string; start: number; end: number };
	preparer?: string;
	phone?: string;
}

/** Words that end the name of a government department or public body. */
const ORG_END =
	'(?:协会|联合会|委员会|办公室|管理局|服务中心|中心|研究院|研究所|纪念馆|博物馆|图书馆|科技馆|文化馆|医院|学校|大学|学院|总工会|工会|团委|局|厅|委|办|院|所|馆|站|队|处|会|社|部)';
const ORG = new RegExp(`([\\u4e00-\\u9fa5（）()]{2,40}?${ORG_END})`);

const KIND_RE: Array<[RegExp, ReportKind]> = [
	[/项目支出绩效自评表/, 'project_self_evaluation'],
	[/(整体)?(预算)?绩效目标(申报)?表/, 'target_table'],
	[/绩效(自评|自我评价|评价)报告|自评报告/, 'self_evaluation']
];

const squeeze = (s: string) => s.replace(/\s+/g, '');

function fieldValue(line: Line, label: RegExp): { value: string; start: number; end: number } | undefined {
	const t = line.span.text;
	const m = t.match(label);
	if (!m) return undefined;
	let a = m.index! + m[0].length;
	// tab-separated field: the next non-empty cell
	while (a < t.length && /[\s:：]/.test(t[a])) a++;
	let b = t.length;
	const tab = t.indexOf('\t', a);
	if (tab >= 0) b = tab;
	while (b > a && /\s/.test(t[b - 1])) b--;
	if (b <= a) return undefined;
	return { value: t.slice(a, b), start: line.span.map[a], end: line.span.map[b - 1] + 1 };
}

export function readHeader(ctx: Ctx): Header {
	const head = ctx.lines.slice(0, 60).filter((l) => !l.blank);
	let kind: ReportKind = 'self_evaluation';
	let titleIdx = -1;
	for (let i = 0; i < Math.min(head.length, 12) && titleIdx < 0; i++) {
		const t = squeeze(head[i].span.norm);
		for (const [re, k] of KIND_RE) {
			if (re.test(t) && t.length < 80) {
				kind = k;
				titleIdx = i;
				break;
			}
		}
	}
	const h: Header = { kind, title: '' };

	// named fields
	for (const l of head) {
		const nm =
			fieldValue(l, /^\s*(部\s*门|单\s*位|评\s*价\s*单\s*位|预\s*算\s*单\s*位)\s*(名\s*称)?\s*([(（][^)）]*[)）])?\s*(?=[:：\t])/) ??
			undefined;
		if (nm && !h.name && ORG.test(nm.value)) h.name = nm;
		const fd = l.span.norm.match(/填\s*报\s*(日\s*期|时\s*间)\s*[:：]?\s*(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/);
		if (fd && !h.filingDate) {
			const [s, e] = [l.span.map[fd.index!], l.span.map[fd.index! + fd[0].length - 1] + 1];
			h.filingDate = { value: `${fd[2]}-${fd[3].padStart(2, '0')}-${fd[4].padStart(2, '0')}`, start: s, end: e };
		}
		const pr = fieldValue(l, /^\s*填\s*(报|表)\s*人/);
		if (pr && !h.preparer) h.preparer = pr.value;
		const ph = fieldValue(l, /^\s*联\s*系\s*电\s*话/);
		if (ph && !h.phone) h.phone = ph.value;
		const yr = l.span.norm.match(/^\s*(评\s*价|预\s*算|所\s*属)\s*年\s*度\s*[:：]?\s*(\d{4})/);
		if (yr && !h.year) h.year = Number(yr[2]);
	}

	// the title: the line naming the kind, with the line above when that holds the department
	if (titleIdx >= 0) {
		const tl = head[titleIdx];
		let title = squeeze(tl.span.text).replace(/^(附件\d*)/, '');
		const above = head[titleIdx - 1];
		if (above && !above.tabbed && ORG.test(squeeze(above.span.text)) && squeeze(above.span.text).length <= 40 && !/附件/.test(above.span.text)) {
			if (!h.name) {
				const v = above.span.text.trim();
				const a = above.span.text.indexOf(v);
				h.name = { value: v, start: above.span.map[a], end: above.span.map[a + v.length - 1] + 1 };
			}
		}
		h.titleLine = title;
		const lv = title.match(/(省级|市级|县级|区级)/);
		if (lv) h.levelWord = lv[1] as Header['levelWord'];
		const ty = squeeze(tl.span.norm).match(/(\d{4})\s*年/);
		if (ty && !h.year) h.year = Number(ty[1]);
		// the department named inside the title: between the year and the kind
		if (!h.name) {
			// matched on the normalised title (full-width digits), cut from the title as written
			const m = squeeze(tl.span.norm).match(new RegExp(`^(?:附件\\d*)?(?:\\d{4}年度?)?(.+?${ORG_END})(?:部门)?(?:整体|部门整体|项目)`));
			if (m) {
				const v = squeeze(tl.span.text).slice(m[0].indexOf(m[1]), m[0].indexOf(m[1]) + m[1].length);
				const raw = tl.span.text;
				// locate the name in the raw line (spaces may sit inside it)
				const re = new RegExp(v.split('').map((c) => c.replace(/[()（）]/g, '\\$&')).join('\\s*'));
				const rm = raw.match(re);
				if (rm) h.name = { value: v, start: tl.span.map[rm.index!], end: tl.span.map[rm.index! + rm[0].length - 1] + 1 };
				else h.name = { value: v, start: tl.start, end: tl.end };
			}
		}
	}

	// the year from the text when the header does not give it
	if (!h.year) {
		const body = toHalfWidth(ctx.src.slice(0, 6000)).replace(/\s+/g, '');
		const m =
			body.match(/(?:对|开展|将)(?:我单位)?(\d{4})年度?(?:部门)?整体(?:支出)?(?:进行)?绩效/) ??
			body.match(/(\d{4})年度?部门整体支出/);
		if (m) h.year = Number(m[1]);
		else if (h.filingDate && kind !== 'target_table') h.year = Number(h.filingDate.value.slice(0, 4)) - 1;
	}

	// the title of the record: the report's own title when it names the department, else the
	// department, the year and the kind
	const name = h.name?.value ?? '';
	const label = REPORT_KIND_LABEL[kind];
	const tl = (h.titleLine ?? '').replace(/(省级|市级|县级|区级)(?=部门)/, '');
	if (tl && name && tl.includes(name)) h.title = toHalfWidth(tl);
	else if (tl && /\d{4}\s*年/.test(toHalfWidth(tl))) h.title = name + toHalfWidth(tl);
	else h.title = `${name}${h.year ?? ''}年度${label}`;
	return h;
}
