/**
 * A look at a zip file's central directory, before anything is inflated: entry names and their
 * compressed and uncompressed sizes, so that a zip bomb is refused unopened. The directory is
 * read by fflate (ZIP64 included) with a filter that declines every entry, so nothing is
 * inflated here.
 */
import { unzipSync } from 'fflate';
import { LIMITS, ReadError, humanSize } from './errors';

export interface ZipEntry {
	name: string;
	compressed: number;
	uncompressed: number;
	/** 0 stored, 8 deflated, 99 AES-encrypted */
	method: number;
	/** AES-encrypted (method 99). Word never encrypts inside the zip: its password protection makes an OLE file, refused before this. */
	encrypted: boolean;
}

const damaged = () => new ReadError('文件已损坏：zip 目录项无效', 'corrupt');

/**
 * Entries of the central directory; throws ReadError when the zip is damaged, or when it lists
 * more than `maxEntries` (read no further: a ZIP64 directory may claim billions).
 */
export function zipEntries(b: Uint8Array, maxEntries = Infinity): ZipEntry[] {
	const out: ZipEntry[] = [];
	try {
		unzipSync(b, {
			filter: (f) => {
				// a directory pointing outside the file reads as nameless entries
				if (!f.name || !(f.size <= b.length) || !(f.originalSize >= 0)) throw damaged();
				out.push({ name: f.name, compressed: f.size, uncompressed: f.originalSize, method: f.compression, encrypted: f.compression === 99 });
				if (out.length > maxEntries) throw new ReadError(`Word 文档内含超过 ${maxEntries} 个部件，拒绝读取`, 'zip_bomb');
				return false; // nothing is inflated
			}
		});
	} catch (e) {
		if (e instanceof ReadError) throw e;
		// fflate's only complaint when nothing is inflated: no end-of-directory record, or a broken ZIP64 one
		throw new ReadError('文件已损坏：不是完整的 Word 文档（找不到 zip 目录）', 'corrupt');
	}
	return out;
}

/** Refuse a .docx whose inflated size or ratio is beyond the limits. */
export function checkDocxZip(b: Uint8Array): ZipEntry[] {
	const entries = zipEntries(b, LIMITS.docxEntries);
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
