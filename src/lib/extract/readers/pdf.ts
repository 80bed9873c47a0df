/**
 * PDF through pdfjs-dist. The reading order is rebuilt from the text items:
 * - tagged PDF (Word and LibreOffice export the document structure): paragraphs and table rows
 *   and cells come from the structure tree; the text of each from its items in order;
 * - untagged PDF: items are grouped into lines by their baseline, sorted left to right; a wide
 *   gap between items is a cell boundary (tab), and lines that run to the right margin continue
 *   on the next line (one paragraph).
 * Spaces are put where the gap between two items is as wide as a space of the font.
 * Encrypted PDFs and PDFs without text (scans) are refused with a message.
 */
import { LIMITS, ReadError } from './errors';

/* Minimal shapes of what pdfjs gives (its types are not needed at run time). */
interface TextItem {
	str: string;
	transform: number[];
	width: number;
	height: number;
	hasEOL?: boolean;
}
interface MarkItem {
	type: 'beginMarkedContent' | 'beginMarkedContentProps' | 'endMarkedContent';
	id?: string;
	tag?: string;
}
type ContentItem = TextItem | MarkItem;
interface StructNode {
	role?: string;
	type?: string;
	id?: string;
	children?: StructNode[];
}
interface PdfPage {
	getTextContent(o?: { includeMarkedContent?: boolean }): Promise<{ items: ContentItem[] }>;
	getStructTree(): Promise<StructNode | null>;
	getViewport(o: { scale: number }): { width: number; height: number };
	cleanup(): void;
}
interface PdfDoc {
	numPages: number;
	getPage(n: number): Promise<PdfPage>;
	destroy(): Promise<void>;
}
export interface PdfJs {
	getDocument(src: { data: Uint8Array; isEvalSupported?: boolean; useSystemFonts?: boolean; password?: string; stopAtErrors?: boolean }): { promise: Promise<PdfDoc> };
}

const isText = (i: ContentItem): i is TextItem => typeof (i as TextItem).str === 'string';

interface Glyphs {
	str: string;
	x: number;
	y: number;
	w: number;
	size: number;
}

function glyphs(it: TextItem): Glyphs {
	const [a, b, , , e, f] = it.transform;
	return { str: it.str, x: e, y: f, w: it.width, size: Math.hypot(a, b) || it.height || 10 };
}

/** Join the items of one paragraph or cell, in content order. */
function joinItems(items: Glyphs[]): string {
	let out = '';
	let prev: Glyphs | undefined;
	for (const g of items) {
		if (!g.str.trim()) continue; // pdfjs's own whitespace items: decide from geometry
		if (prev) {
			const sameLine = Math.abs(g.y - prev.y) < prev.size * 0.5;
			if (sameLine) {
				const gap = g.x - (prev.x + prev.w);
				if (gap > prev.size * 0.235) out += ' ';
			} else if (/[A-Za-z0-9,.;:]$/.test(out) && /^[A-Za-z0-9]/.test(g.str)) {
				out += ' '; // a Latin word wrapped to the next line
			}
		}
		out += g.str;
		prev = { ...g, w: g.w };
	}
	return out.replace(/[ \u00a0]+/g, (s) => (s.length > 1 ? ' ' : s)).trim();
}

/* ------------------------------------------------------------------ tagged */

const BLOCKS = new Set(['P', 'H', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'LI', 'Lbl', 'LBody', 'Caption', 'TOCI', 'Title', 'BlockQuote', 'Note']);

interface CellInfo {
	text: string;
	/** left of its text */
	x?: number;
	/** right end of its last line of text, and the font size */
	right?: number;
	size?: number;
}
type Block = { kind: 'p'; text: string } | { kind: 'table'; rows: CellInfo[][] };

function taggedBlocks(tree: StructNode, content: Map<string, Glyphs[]>): Block[] {
	const blocks: Block[] = [];
	const textOf = (n: StructNode): Glyphs[] => {
		if (n.type === 'content' && n.id) return content.get(n.id) ?? [];
		return (n.children ?? []).flatMap(textOf);
	};
	const cellText = (n: StructNode): string => {
		// paragraphs inside a cell are joined
		const parts: string[] = [];
		const walk = (m: StructNode) => {
			if (m.role && BLOCKS.has(m.role)) parts.push(joinItems(textOf(m)));
			else if (m.type === 'content') parts.push(joinItems(textOf(m)));
			else (m.children ?? []).forEach(walk);
		};
		walk(n);
		return parts.filter(Boolean).join('').replace(/\t/g, ' ');
	};
	const walk = (n: StructNode) => {
		if (n.role === 'Table') {
			const rows: StructNode[] = [];
			const collect = (m: StructNode) => {
				if (m.role === 'TR') rows.push(m);
				else (m.children ?? []).forEach(collect);
			};
			collect(n);
			blocks.push({
				kind: 'table',
				rows: rows.map((r) =>
					(r.children ?? [])
						.filter((c) => c.role === 'TD' || c.role === 'TH')
						.map((c) => {
							const gs = textOf(c).filter((g) => g.str.trim());
							if (!gs.length) return { text: cellText(c) };
							const low = Math.min(...gs.map((g) => g.y));
							const last = gs.filter((g) => Math.abs(g.y - low) < g.size * 0.5);
							return {
								text: cellText(c),
								x: Math.min(...gs.map((g) => g.x)),
								right: Math.max(...last.map((g) => g.x + g.w)),
								size: gs[0].size
							};
						})
				)
			});
			return;
		}
		if ((n.role && BLOCKS.has(n.role)) || n.type === 'content') {
			const t = joinItems(textOf(n));
			if (t) blocks.push({ kind: 'p', text: t });
			return;
		}
		(n.children ?? []).forEach(walk);
	};
	walk(tree);
	return blocks;
}

/**
 * Does the first row of a page go on with the last row of the page before (a row broken by
 * the page)? Each of its cells sits under a cell of that row whose last line fills its column
 * (the text was wrapped, not ended) and stops mid-sentence; it has fewer cells than that row.
 */
function continuesRow(prev: CellInfo[], next: CellInfo[], table: CellInfo[][]): boolean {
	const filledNext = next.filter((c) => c.text && c.x !== undefined);
	const filledPrev = prev.filter((c) => c.text && c.x !== undefined);
	if (!filledNext.length || filledNext.length >= filledPrev.length) return false;
	// where each column ends: the start of the next column, or the furthest text of the column
	const starts = [...new Set(table.flat().map((c) => c.x).filter((x): x is number => x !== undefined).map((x) => Math.round(x)))].sort((a, b) => a - b);
	const limit = (c: CellInfo) => {
		const next = starts.find((x) => x > c.x! + 3);
		if (next !== undefined) return next;
		return Math.max(...table.flat().filter((d) => d.x !== undefined && Math.abs(d.x - c.x!) <= 3 && d.right !== undefined).map((d) => d.right!));
	};
	return filledNext.every((c) => {
		const p = filledPrev.find((q) => Math.abs(q.x! - c.x!) <= 3);
		if (!p || p.right === undefined || /[。！？；;!?]$/.test(p.text) || /^\d+(\.\d+)?%?$/.test(p.text)) return false;
		return limit(p) - p.right < (p.size ?? 10) * 2;
	});
}

/**
 * Text of the blocks. Empty cells have no tag: each cell is put back in its column by where its
 * text starts, the columns being found over the whole table (a table broken across pages is
 * one table).
 */
function renderBlocks(blocks: Block[]): string[] {
	const lines: string[] = [];
	for (const b of blocks) {
		if (b.kind === 'p') {
			lines.push(b.text);
			continue;
		}
		const xs = b.rows.flatMap((r) => r.map((c) => c.x)).filter((x): x is number => x !== undefined).sort((p, q) => p - q);
		const cols: number[] = [];
		for (const x of xs) if (!cols.length || x - cols[cols.length - 1] > 3) cols.push(x);
		for (const r of b.rows) {
			const out: string[] = [];
			let next = 0;
			for (const c of r) {
				let col = c.x === undefined ? next : cols.findIndex((x) => Math.abs(x - c.x!) <= 3);
				if (col < next) col = next;
				while (out.length < col) out.push('');
				out.push(c.text);
				next = col + 1;
			}
			lines.push(out.join('\t'));
		}
		lines.push('');
	}
	return lines;
}

/* ------------------------------------------------------------------ untagged */

function geometricText(items: Glyphs[], pageWidth: number): string[] {
	const gs = items.filter((g) => g.str.trim());
	if (!gs.length) return [];
	// lines by baseline
	gs.sort((a, b) => b.y - a.y || a.x - b.x);
	const rows: Glyphs[][] = [];
	for (const g of gs) {
		const row = rows[rows.length - 1];
		if (row && Math.abs(row[0].y - g.y) < Math.min(row[0].size, g.size) * 0.5) row.push(g);
		else rows.push([g]);
	}
	const left = Math.min(...gs.map((g) => g.x));
	const right = Math.max(...gs.map((g) => g.x + g.w));
	const out: string[] = [];
	let para = '';
	let prevFull = false;
	for (const row of rows) {
		row.sort((a, b) => a.x - b.x);
		let text = '';
		let cells = 1;
		for (let i = 0; i < row.length; i++) {
			const g = row[i];
			if (i > 0) {
				const p = row[i - 1];
				const gap = g.x - (p.x + p.w);
				if (gap > p.size * 1.5) {
					text += '\t';
					cells++;
				} else if (gap > p.size * 0.235) text += ' ';
			}
			text += g.str;
		}
		const end = row[row.length - 1].x + row[row.length - 1].w;
		const full = end > right - row[0].size * 1.5;
		const indented = row[0].x > left + row[0].size * 0.8;
		if (cells > 1) {
			if (para) out.push(para);
			para = '';
			out.push(text);
			prevFull = false;
			continue;
		}
		if (para && prevFull && !indented) para += (/[A-Za-z0-9]$/.test(para) && /^[A-Za-z0-9]/.test(text) ? ' ' : '') + text;
		else {
			if (para) out.push(para);
			para = text;
		}
		prevFull = full;
	}
	if (para) out.push(para);
	void pageWidth;
	return out;
}

/* ------------------------------------------------------------------ the reader */

let loaded: Promise<PdfJs> | undefined;
async function defaultPdfJs(): Promise<PdfJs> {
	loaded ??= import('pdfjs-dist/legacy/build/pdf.mjs') as unknown as Promise<PdfJs>;
	return loaded;
}

export async function readPdf(bytes: Uint8Array, opts: { pdfjs?: PdfJs } = {}): Promise<string> {
	const pdfjs = opts.pdfjs ?? (await defaultPdfJs());
	let doc: PdfDoc;
	try {
		// pdfjs takes ownership of the buffer: give it a copy
		doc = await pdfjs.getDocument({ data: bytes.slice(), isEvalSupported: false, useSystemFonts: false }).promise;
	} catch (e) {
		const name = (e as { name?: string })?.name;
		if (name === 'PasswordException') throw new ReadError('PDF 文件已加密（需要密码），请先解除密码保护再导入', 'encrypted');
		if (name === 'InvalidPDFException') throw new ReadError('PDF 文件已损坏或不是 PDF 文件', 'corrupt');
		throw new ReadError(`无法打开 PDF 文件：${e instanceof Error ? e.message : String(e)}`, 'corrupt');
	}
	try {
		if (doc.numPages > LIMITS.pdfPages) throw new ReadError(`PDF 共 ${doc.numPages} 页，超过上限 ${LIMITS.pdfPages} 页`, 'too_large');
		const pages: string[] = [];
		const tagged: Block[] = [];
		let chars = 0;
		for (let n = 1; n <= doc.numPages; n++) {
			const page = await doc.getPage(n);
			const tc = await page.getTextContent({ includeMarkedContent: true });
			const tree = await page.getStructTree().catch(() => null);
			const content = new Map<string, Glyphs[]>();
			const all: Glyphs[] = [];
			const stack: Array<string | undefined> = [];
			for (const it of tc.items) {
				if (!isText(it)) {
					if (it.type === 'endMarkedContent') stack.pop();
					else stack.push(it.type === 'beginMarkedContentProps' ? it.id : stack[stack.length - 1]);
					continue;
				}
				const g = glyphs(it);
				all.push(g);
				const id = stack[stack.length - 1];
				if (id) {
					if (!content.has(id)) content.set(id, []);
					content.get(id)!.push(g);
				}
			}
			chars += all.reduce((s, g) => s + g.str.trim().length, 0);
			if (tree && content.size) {
				const blocks = taggedBlocks(tree, content);
				// a table that goes on from the page before
				const last = tagged[tagged.length - 1];
				if (blocks[0]?.kind === 'table' && last?.kind === 'table') {
					const rows = blocks[0].rows;
					if (rows.length && last.rows.length && continuesRow(last.rows[last.rows.length - 1], rows[0], [...last.rows, ...rows])) {
						const prev = last.rows[last.rows.length - 1];
						for (const c of rows.shift()!) {
							const p = prev.find((q) => q.x !== undefined && c.x !== undefined && Math.abs(q.x - c.x) <= 3);
							if (p) p.text += c.text;
						}
					}
					last.rows.push(...rows);
					blocks.shift();
				}
				tagged.push(...blocks);
			} else {
				if (tagged.length) pages.push(renderBlocks(tagged.splice(0)).join('\n'));
				pages.push(geometricText(all, page.getViewport({ scale: 1 }).width).join('\n'));
			}
			page.cleanup();
		}
		if (tagged.length) pages.push(renderBlocks(tagged).join('\n'));
		if (chars === 0) throw new ReadError('PDF 中没有可提取的文字（可能是扫描件或图片），请提供含文字层的 PDF 或 Word 文件', 'no_text');
		const text = pages.join('\n').replace(/\n{3,}/g, '\n\n');
		if (text.length > LIMITS.textChars) throw new ReadError('PDF 文字内容过多，超过上限', 'too_large');
		return text.trim() + '\n';
	} finally {
		await doc.destroy();
	}
}
