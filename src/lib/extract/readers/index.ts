/**
 * File readers: Word (.docx), PDF and plain text in, the text the extractor reads out. The
 * format is told by the file's content (a .docx renamed .txt is still read as Word); anything
 * that cannot be read gives a ReadError with a Chinese message.
 *
 * The extractor's text core (../index.ts) does not depend on this folder.
 */
import { LIMITS, ReadError, humanSize } from './errors';
import { decodeText } from './text';

export { ReadError, LIMITS } from './errors';
export { decodeText } from './text';

export type Format = 'docx' | 'pdf' | 'text';

export interface ReadResult {
	text: string;
	format: Format;
	/** text files: the encoding found */
	encoding?: string;
}

function startsWith(b: Uint8Array, sig: number[]): boolean {
	return sig.every((x, i) => b[i] === x);
}

export function sniff(bytes: Uint8Array): Format | 'ole' | 'image' {
	if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) return 'pdf'; // %PDF
	// a zip: read as Word (the reader says so when it is another kind of zip)
	if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'docx';
	if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0])) return 'ole';
	if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47]) || startsWith(bytes, [0xff, 0xd8, 0xff]) || startsWith(bytes, [0x47, 0x49, 0x46])) return 'image';
	return 'text';
}

/** Read a report file (bytes as given) into text. */
export async function readDocument(bytes: Uint8Array, name = ''): Promise<ReadResult> {
	if (bytes.length === 0) throw new ReadError('文件是空的', 'empty');
	if (bytes.length > LIMITS.fileBytes) throw new ReadError(`文件大小 ${humanSize(bytes.length)}，超过上限 ${humanSize(LIMITS.fileBytes)}`, 'too_large');
	const kind = sniff(bytes);
	switch (kind) {
		case 'pdf': {
			const { readPdf } = await import('./pdf');
			return { text: await readPdf(bytes), format: 'pdf' };
		}
		case 'docx': {
			const { readDocx } = await import('./docx');
			return { text: await readDocx(bytes), format: 'docx' };
		}
		case 'ole':
			throw new ReadError('这是旧版 Word（.doc）文件或加密的 Office 文档，无法读取：请在 Word 中另存为 .docx（并取消密码）后再导入', 'unsupported');
		case 'image':
			throw new ReadError('这是图片文件，无法读取文字：请提供 Word、PDF 或文本文件', 'unsupported');
		default: {
			const { text, encoding } = decodeText(bytes);
			if (text.length > LIMITS.textChars) throw new ReadError('文本内容过多，超过上限', 'too_large');
			return { text, format: 'text', encoding };
		}
	}
}
