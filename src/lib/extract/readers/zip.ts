/**
 * A look at a zip file's central directory, before anything is inflated: entry names and their
 * compressed and uncompressed sizes, so that a zip bomb is refused unopened.
 */
import { LIMITS, ReadError, humanSize } from './errors';

export interface ZipEntry {
	name: string;
	compressed: number;
	uncompressed: number;
	method: number;
	encrypted: boolean;
}

function u16(b: Uint8Array, i: number) {
	return b[i] | (b[i + 1] << 8);
}
function u32(b: Uint8Array, i: number) {
	return (b[i] | (b[i + 1] << 8) | (b[i + 2] << 16)) + b[i + 3] * 0x1000000;
}

/** Entries of the central directory; throws ReadError when the zip is damaged. */
export function zipEntries(b: Uint8Array): ZipEntry[] {
	// end of central directory: the last PK\x05\x06 within the final 64 KiB + 22 bytes
	let eocd = -1;
	for (let i = b.length - 22; i >= Math.max(0, b.length - 65557); i--) {
		if (b[i] === 0x50 && b[i + 1] === 0x4b && b[i + 2] === 0x05 && b[i + 3] === 0x06) {
			eocd = i;
			break;
		}
	}
	if (eocd < 0) throw new ReadError('文件已损坏：不是完整的 Word 文档（找不到 zip 目录）', 'corrupt');
	const count = u16(b, eocd + 10);
	const size = u32(b, eocd + 12);
	const offset = u32(b, eocd + 16);
	if (count === 0xffff || offset === 0xffffffff) throw new ReadError('不支持 ZIP64 格式的 Word 文档', 'unsupported');
	if (offset + size > b.length) throw new ReadError('文件已损坏：zip 目录超出文件范围', 'corrupt');
	const out: ZipEntry[] = [];
	let p = offset;
	for (let k = 0; k < count; k++) {
		if (u32(b, p) !== 0x02014b50) throw new ReadError('文件已损坏：zip 目录项无效', 'corrupt');
		const flags = u16(b, p + 8);
		const method = u16(b, p + 10);
		const compressed = u32(b, p + 20);
		const uncompressed = u32(b, p + 24);
		const nameLen = u16(b, p + 28);
		const extraLen = u16(b, p + 30);
		const commentLen = u16(b, p + 32);
		const name = new TextDecoder().decode(b.subarray(p + 46, p + 46 + nameLen));
		out.push({ name, compressed, uncompressed, method, encrypted: (flags & 1) === 1 });
		p += 46 + nameLen + extraLen + commentLen;
	}
	return out;
}

/** Refuse a .docx whose inflated size or ratio is beyond the limits. */
export function checkDocxZip(b: Uint8Array): ZipEntry[] {
	const entries = zipEntries(b);
	if (entries.length > LIMITS.docxEntries) throw new ReadError(`Word 文档内含 ${entries.length} 个部件，超过上限 ${LIMITS.docxEntries}，拒绝读取`, 'zip_bomb');
	let total = 0;
	for (const e of entries) {
		if (e.encrypted) throw new ReadError('Word 文档已加密，请先取消密码保护再导入', 'encrypted');
		total += e.uncompressed;
		const ratio = e.uncompressed / Math.max(1, e.compressed);
		if (e.uncompressed > 1024 * 1024 && ratio > LIMITS.docxRatio)
			throw new ReadError(`Word 文档中的「${e.name}」解压后 ${humanSize(e.uncompressed)}，压缩比 ${ratio.toFixed(0)} 倍，疑似压缩炸弹，拒绝读取`, 'zip_bomb');
	}
	if (total > LIMITS.docxInflated)
		throw new ReadError(`Word 文档解压后共 ${humanSize(total)}，超过上限 ${humanSize(LIMITS.docxInflated)}，拒绝读取`, 'zip_bomb');
	if (!entries.some((e) => e.name === 'word/document.xml')) throw new ReadError('这个 zip 文件不是 Word 文档（缺少 word/document.xml）', 'unsupported');
	return entries;
}
