/**
 * A draft as plain text (copy) and as a .docx laid out as a section of an official document
 * (公文): 仿宋 三号 body with a two-character first-line indent and 28-point line spacing, 黑体
 * headings, A4 with the 公文 margins. The OOXML is written by hand and zipped with
 * src/lib/export/zip.ts. Pure; runs in Node and the browser.
 */
import { xmlEscape, zip } from '../export/zip';
import type { Draft, DraftItem } from '../schema/draft';

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
	if (meta) lines.push(`${meta.department}${meta.fiscal_year}年度部门整体支出绩效自评报告`, '');
	lines.push('存在问题');
	for (const p of problems) lines.push(`${p.ord}${p.lead}${p.rest}`);
	lines.push('', '改进措施');
	for (const m of measures) lines.push(`${m.ord}${m.lead}${m.rest}`);
	return lines.join('\n');
}

const FS = '仿宋_GB2312';
const FS_ALT = '仿宋';
const HT = '黑体';

function run(text: string, o: { font?: string; size?: number; bold?: boolean } = {}): string {
	const font = o.font ?? FS;
	const size = o.size ?? 32; // 三号 = 16 pt = 32 half-points
	return `<w:r><w:rPr><w:rFonts w:ascii="${font === FS ? FS_ALT : font}" w:hAnsi="${font === FS ? FS_ALT : font}" w:eastAsia="${font}" w:cs="${font}"/>${o.bold ? '<w:b/><w:bCs/>' : ''}<w:sz w:val="${size}"/><w:szCs w:val="${size}"/></w:rPr><w:t xml:space="preserve">${xmlEscape(text)}</w:t></w:r>`;
}

function para(runs: string, o: { center?: boolean; indent?: boolean; before?: number; after?: number; style?: string } = {}): string {
	return `<w:p><w:pPr>${o.style ? `<w:pStyle w:val="${o.style}"/>` : ''}<w:spacing w:before="${o.before ?? 0}" w:after="${o.after ?? 0}" w:line="560" w:lineRule="exact"/>${o.indent ? '<w:ind w:firstLineChars="200" w:firstLine="640"/>' : ''}${o.center ? '<w:jc w:val="center"/>' : '<w:jc w:val="both"/>'}</w:pPr>${runs}</w:p>`;
}

/** The .docx bytes of a draft. */
export function draftDocx(draft: Pick<Draft, 'items'>, meta: ExportMeta): Uint8Array {
	const { problems, measures } = sectionsOf(draft.items);
	const body: string[] = [];
	body.push(para(run(`${meta.department}${meta.fiscal_year}年度部门整体支出绩效自评报告`, { font: '方正小标宋简体', size: 44 }), { center: true, after: 0 }));
	body.push(para(run('（存在问题及改进措施部分）', { font: '楷体_GB2312' }), { center: true, after: 280 }));
	body.push(para(run('一、存在问题', { font: HT }), { indent: true, style: 'Heading1' }));
	for (const p of problems) body.push(para(run(p.ord + p.lead, { bold: true }) + run(p.rest), { indent: true }));
	body.push(para(run('二、改进措施', { font: HT }), { indent: true, style: 'Heading1' }));
	for (const m of measures) body.push(para(run(m.ord + m.lead, { bold: true }) + run(m.rest), { indent: true }));
	const document = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><w:body>${body.join('')}<w:sectPr><w:pgSz w:w="11906" w:h="16838"/><w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1588" w:header="851" w:footer="992" w:gutter="0"/><w:docGrid w:type="lines" w:linePitch="579"/></w:sectPr></w:body></w:document>`;
	const styles = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<w:styles xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:docDefaults><w:rPrDefault><w:rPr><w:rFonts w:ascii="${FS_ALT}" w:hAnsi="${FS_ALT}" w:eastAsia="${FS}" w:cs="${FS}"/><w:sz w:val="32"/><w:szCs w:val="32"/><w:lang w:val="en-US" w:eastAsia="zh-CN"/></w:rPr></w:rPrDefault><w:pPrDefault><w:pPr><w:spacing w:line="560" w:lineRule="exact"/></w:pPr></w:pPrDefault></w:docDefaults><w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style><w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/><w:next w:val="Normal"/><w:qFormat/><w:pPr><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:rFonts w:ascii="${HT}" w:hAnsi="${HT}" w:eastAsia="${HT}"/><w:sz w:val="32"/></w:rPr></w:style></w:styles>`;
	return zip([
		{
			name: '[Content_Types].xml',
			data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/><Override PartName="/word/styles.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.styles+xml"/></Types>`
		},
		{
			name: '_rels/.rels',
			data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`
		},
		{
			name: 'word/_rels/document.xml.rels',
			data: `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`
		},
		{ name: 'word/document.xml', data: document },
		{ name: 'word/styles.xml', data: styles }
	]);
}
