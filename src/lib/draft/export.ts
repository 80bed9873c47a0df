/**
 * A draft as plain text (copy) and as a .docx laid out as a section of an official document
 * (公文): 仿宋 三号 body with a two-character first-line indent and 28-point line spacing, 黑体
 * headings, A4 with the 公文 margins, page numbers — 1 — outside the text block. The layout's
 * fonts, sizes and distances are named in ./gongwen.ts; the .docx is written by the `docx`
 * package. Runs in Node and the browser.
 */
import type { IRunOptions, ParagraphChild } from 'docx';
import type { Draft, DraftItem } from '../schema/draft';
import { FONTS, PAGE, PARAGRAPH, halfPoints, type GongwenFont } from './gongwen';

const CN = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];
const ord = (i: number) => `（${CN[i] ?? i + 1}）`;

/** Title and body of one paragraph, without repeating a body that starts with its title. */
export function splitLead(title: string, body: string): { lead: string; rest: string } {
	const t = title.trim().replace(/[。；;.]$/, '');
	let rest = body.trim();
	if (t && rest.startsWith(t)) rest = rest.slice(t.length).replace(/^[。；，,;.]/, '');
	return { lead: t ? `${t}。` : '', rest };
}

export type ExportMeta = { department: string; fiscal_year: number; title?: string };

/** The title over the draft, as the report it goes into is called. */
export const reportTitle = (meta: ExportMeta) => `${meta.department}${meta.fiscal_year}年度部门整体支出绩效自评报告`;

export function sectionsOf(items: DraftItem[]) {
	return {
		problems: items.map((it, i) => ({ ord: ord(i), ...splitLead(it.problem_title, it.problem) })),
		measures: items.map((it, i) => ({ ord: ord(i), ...splitLead(it.measure_title, it.measure) }))
	};
}

/** Plain text for the clipboard. */
export function draftText(draft: Pick<Draft, 'items'>, meta?: ExportMeta): string {
	const { problems, measures } = sectionsOf(draft.items);
	const lines: string[] = [];
	if (meta) lines.push(reportTitle(meta), '');
	lines.push('存在问题');
	for (const p of problems) lines.push(`${p.ord}${p.lead}${p.rest}`);
	lines.push('', '改进措施');
	for (const m of measures) lines.push(`${m.ord}${m.lead}${m.rest}`);
	return lines.join('\n');
}

export const DOCX_MIME = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** Word's four font slots for a 公文 font: Chinese in the East Asian one, digits and letters in the Latin ones. */
const fontOf = (f: GongwenFont) => ({ ascii: f.latin, hAnsi: f.latin, eastAsia: f.eastAsia, cs: f.eastAsia });


/** The .docx bytes of a draft. */
export async function draftDocx(draft: Pick<Draft, 'items'>, meta: ExportMeta): Promise<Uint8Array> {
	// loaded on first export, so the draft page opens without the writer
	const { AlignmentType, Document, DocumentGridType, Footer, HeadingLevel, LineRuleType, Packer, PageNumber, Paragraph, TextRun } = await import('docx');
	const { problems, measures } = sectionsOf(draft.items);

	const run = (text: string, o: { font?: GongwenFont; size?: number; bold?: boolean } = {}) => {
		const opts: IRunOptions = {
			text,
			font: fontOf(o.font ?? FONTS.body),
			size: halfPoints(o.size ?? PARAGRAPH.bodySize),
			...(o.bold ? { bold: true, boldComplexScript: true } : {})
		};
		return new TextRun(opts);
	};
	const exact = (before = 0, after = 0) => ({ before, after, line: PARAGRAPH.lineSpacing, lineRule: LineRuleType.EXACT });
	const indent = { firstLine: PARAGRAPH.firstLine, firstLineChars: PARAGRAPH.firstLineChars };
	const centered = (children: ParagraphChild[], after = 0) => new Paragraph({ children, alignment: AlignmentType.CENTER, spacing: exact(0, after) });
	const heading = (text: string) =>
		new Paragraph({ children: [run(text, { font: FONTS.heading })], heading: HeadingLevel.HEADING_1, alignment: AlignmentType.BOTH, spacing: exact(), indent });
	const body = (lead: string, rest: string) =>
		new Paragraph({ children: [run(lead, { bold: true }), run(rest)], alignment: AlignmentType.BOTH, spacing: exact(), indent });

	// — 1 —: right on odd pages, left on even ones, one character in from the text block's edge
	const pageNumber = (side: 'odd' | 'even') =>
		new Footer({
			children: [
				new Paragraph({
					alignment: side === 'odd' ? AlignmentType.RIGHT : AlignmentType.LEFT,
					indent: side === 'odd' ? { right: PARAGRAPH.pageNumberInset } : { left: PARAGRAPH.pageNumberInset },
					spacing: { before: 0, after: 0, line: halfPoints(PARAGRAPH.pageNumberSize) * 10, lineRule: LineRuleType.EXACT },
					children: [
						new TextRun({
							children: [`${PARAGRAPH.pageNumberDash} `, PageNumber.CURRENT, ` ${PARAGRAPH.pageNumberDash}`],
							font: fontOf(FONTS.pageNumber),
							size: halfPoints(PARAGRAPH.pageNumberSize)
						})
					]
				})
			]
		});

	const title = reportTitle(meta);
	const doc = new Document({
		title,
		creator: '绩效透镜 PerfLens',
		description: '存在问题及改进措施（草稿）',
		evenAndOddHeaderAndFooters: true,
		styles: {
			default: {
				document: {
					run: { font: fontOf(FONTS.body), size: halfPoints(PARAGRAPH.bodySize), language: { value: 'en-US', eastAsia: 'zh-CN' } },
					paragraph: { spacing: { line: PARAGRAPH.lineSpacing, lineRule: LineRuleType.EXACT } }
				},
				// 一、 headings: 黑体 三号, not bold, black, no extra spacing; in the navigation pane as level 1
				heading1: {
					run: { font: fontOf(FONTS.heading), size: halfPoints(PARAGRAPH.bodySize), bold: false, color: '000000' },
					paragraph: { spacing: exact(), outlineLevel: 0, keepNext: true }
				}
			}
		},
		sections: [
			{
				properties: {
					page: {
						size: { width: PAGE.width, height: PAGE.height },
						margin: { ...PAGE.margin, gutter: 0 }
					},
					grid: { type: DocumentGridType.LINES, linePitch: PAGE.linePitch }
				},
				footers: { default: pageNumber('odd'), even: pageNumber('even') },
				children: [
					centered([run(title, { font: FONTS.title, size: PARAGRAPH.titleSize })]),
					centered([run('（存在问题及改进措施部分）', { font: FONTS.subtitle })], PARAGRAPH.afterSubtitle),
					heading('一、存在问题'),
					...problems.map((p) => body(p.ord + p.lead, p.rest)),
					heading('二、改进措施'),
					...measures.map((m) => body(m.ord + m.lead, m.rest))
				]
			}
		]
	});
	return Packer.pack(doc, 'uint8array');
}
