/**
 * Plain text files: UTF-8 (with or without BOM), UTF-16 with BOM, and GB18030/GBK — the
 * encoding of text saved by Chinese Windows. Binary files renamed .txt are refused.
 */
import { ReadError } from './errors';

function hasBom(b: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | undefined {
	if (b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf) return 'utf-8';
	if (b[0] === 0xff && b[1] === 0xfe) return 'utf-16le';
	if (b[0] === 0xfe && b[1] === 0xff) return 'utf-16be';
	return undefined;
}

/** Share of characters that no text holds (controls other than tab/newline, U+FFFD). */
function junkShare(s: string): number {
	if (!s.length) return 0;
	let junk = 0;
	for (const ch of s) {
		const c = ch.codePointAt(0)!;
		if ((c < 0x20 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) junk++;
	}
	return junk / s.length;
}

export function decodeText(b: Uint8Array): { text: string; encoding: string } {
	if (b.length === 0) throw new ReadError('文件是空的', 'empty');
	const bom = hasBom(b);
	if (bom) {
		const text = new TextDecoder(bom).decode(b);
		return { text: text.replace(/^\uFEFF/, ''), encoding: bom };
	}
	const head = b.subarray(0, Math.min(b.length, 65536));
	if (head.includes(0)) throw new ReadError('这不是文本文件（含有二进制内容），请选择 .txt、.docx 或 .pdf 文件', 'binary');
	let text: string;
	let encoding = 'utf-8';
	try {
		text = new TextDecoder('utf-8', { fatal: true }).decode(b);
	} catch {
		try {
			text = new TextDecoder('gb18030', { fatal: true }).decode(b);
			encoding = 'gb18030';
		} catch {
			throw new ReadError('无法识别文件的文字编码（既不是 UTF-8 也不是 GB18030/GBK），请另存为 UTF-8 文本后再导入', 'encoding');
		}
	}
	if (junkShare(text.slice(0, 20000)) > 0.02) throw new ReadError('这不是文本文件（含有大量控制字符），请选择 .txt、.docx 或 .pdf 文件', 'binary');
	if (!text.trim()) throw new ReadError('文件中没有文字', 'empty');
	return { text, encoding };
}
