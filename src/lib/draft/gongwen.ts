/**
 * The layout of an official document (公文) per GB/T 9704-2012 《党政机关公文格式》, as used by the
 * exported draft (.docx). Every font, size and distance of that export is named here.
 *
 * Units: lengths in millimetres as the standard gives them, converted to twips (1/20 pt, the
 * unit of Word's page setup and spacing) by `mm()`; font sizes by their Chinese names (号) in
 * points, converted to half-points (the unit of Word's font sizes) by `halfPoints()`.
 */

/** Millimetres to twips. */
export const mm = (x: number) => Math.round((x * 1440) / 25.4);
/** Points to twips. */
export const pt = (x: number) => Math.round(x * 20);
/** Points to half-points (Word's font size unit). */
export const halfPoints = (x: number) => Math.round(x * 2);

/** Chinese font sizes (字号) in points. */
export const FONT_SIZE_PT = {
	二号: 22,
	三号: 16,
	四号: 14
} as const;

/** Fonts. Word takes the East Asian font for Chinese and the Latin one for digits and letters. */
export const FONTS = {
	/** body text: 仿宋_GB2312 (the 公文 font on government machines); digits and letters in 仿宋 */
	body: { eastAsia: '仿宋_GB2312', latin: '仿宋' },
	/** first-level headings (一、): 黑体 */
	heading: { eastAsia: '黑体', latin: '黑体' },
	/** the title: 方正小标宋简体 (小标宋体) */
	title: { eastAsia: '方正小标宋简体', latin: '方正小标宋简体' },
	/** the line under the title: 楷体_GB2312 */
	subtitle: { eastAsia: '楷体_GB2312', latin: '楷体_GB2312' },
	/** page numbers: 宋体, half-width Arabic digits */
	pageNumber: { eastAsia: '宋体', latin: '宋体' }
} as const;

export type GongwenFont = (typeof FONTS)[keyof typeof FONTS];

/** The page: A4, with the 版心 (text block) 156 mm × 225 mm placed by the four margins. */
export const PAGE = {
	width: mm(210),
	height: mm(297),
	margin: {
		/** 天头 (top) 37 mm */
		top: mm(37),
		/** 订口 (left, binding side) 28 mm */
		left: mm(28),
		/** 210 − 28 − 156 */
		right: mm(26),
		/** 297 − 37 − 225 */
		bottom: mm(35),
		/** no header is printed; Word's usual distance */
		header: mm(15),
		/**
		 * The page number's line sits 7 mm below the text block: footer distance = bottom margin − 7 mm −
		 * the page number's line (四号, exact line height).
		 */
		footer: mm(35 - 7) - pt(FONT_SIZE_PT.四号)
	},
	/** 22 lines a page: the line grid's pitch is the text block's height over 22 (579 twips) */
	linesPerPage: 22,
	linePitch: Math.floor(mm(225) / 22)
} as const;

/** Paragraphs. */
export const PARAGRAPH = {
	/** body and headings: 三号 */
	bodySize: FONT_SIZE_PT.三号,
	/** title: 二号 */
	titleSize: FONT_SIZE_PT.二号,
	/** page number: 四号 */
	pageNumberSize: FONT_SIZE_PT.四号,
	/** fixed line spacing of 28 pt (固定值 28 磅), so 22 lines fill the text block */
	lineSpacing: pt(28),
	/** first-line indent of two characters (首行缩进 2 字符): in character units and, for older readers, in twips */
	firstLineChars: 200,
	firstLine: pt(FONT_SIZE_PT.三号 * 2),
	/** space after the line under the title, before the body */
	afterSubtitle: pt(14),
	/** page numbers keep one character (四号) from the text block's edge: right on odd pages, left on even ones */
	pageNumberInset: pt(FONT_SIZE_PT.四号),
	/** page numbers are written — 1 — (一字线 on both sides) */
	pageNumberDash: '—'
} as const;
