/**
 * Word (.docx) through mammoth: converted to HTML so that tables are kept, then to text with
 * one table row a line and cells separated by tabs. The zip is checked (sizes, ratio,
 * encryption) before anything is inflated.
 */
import mammoth from 'mammoth';
import { ReadError } from './errors';
import { htmlToText } from './html';
import { checkDocxZip } from './zip';

export async function readDocx(bytes: Uint8Array): Promise<string> {
	checkDocxZip(bytes);
	let html: string;
	try {
		const ab = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
		// node reads `buffer`, the browser build `arrayBuffer`
		const input = { buffer: bytes, arrayBuffer: ab } as unknown as Parameters<typeof mammoth.convertToHtml>[0];
		const res = await mammoth.convertToHtml(input, { ignoreEmptyParagraphs: true });
		html = res.value;
	} catch (e) {
		throw new ReadError(`无法读取这个 Word 文档：${e instanceof Error ? e.message : String(e)}`, 'corrupt');
	}
	const text = htmlToText(html);
	if (!text.trim()) throw new ReadError('Word 文档中没有文字（可能只有图片）', 'no_text');
	return text;
}
