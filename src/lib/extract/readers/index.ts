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

/** What a file named .pdf / .docx / .doc that is not one is called in the message (null: another name). */
export function damagedMessage(name: string): string | null {
	const ext = /\.([A-Za-z]{3,4})$/.exec(name.trim())?.[1]?.toLowerCase();
	if (ext === 'pdf') return '这个 PDF 文件已损坏或无法读取（内容不是有效的 PDF 格式）：请重新导出或下载 PDF 后再导入，或改用 Word 文件、粘贴文字';
	if (ext === 'docx' || ext === 'doc') return '这个 Word 文件已损坏或无法读取（内容不是有效的 Word 格式）：请在 Word 中重新另存为 .docx 后再导入，或改用 PDF、粘贴文字';
	return null;
}

/** Text of a file without a document signature; a .pdf or .docx that is not readable text is called damaged, not "not a text file". */
function decodeNamed(bytes: Uint8Array, name: string): ReturnType<typeof decodeText> {
	try {
		return decodeText(bytes);
	} catch (e) {
		const damaged = damagedMessage(name);
		if (damaged && e instanceof ReadError) throw new ReadError(damaged, 'corrupt');
		throw e;
	}
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
			const { text, encoding } = decodeNamed(bytes, name);
			if (text.length > LIMITS.textChars) throw new ReadError('文本内容过多，超过上限', 'too_large');
			return { text, format: 'text', encoding };
		}
	}
}
