/** Test fixtures made on the fly with fflate: zips with deflated entries, and bad ones. */
import { zipSync } from 'fflate';

/** A zip with one deflated entry. */
export function makeZip(name: string, data: Uint8Array): Uint8Array {
	return zipSync({ [name]: data }, { level: 9 });
}

/** A zip of the given entries (each deflated). */
export function makeZipOf(entries: Record<string, Uint8Array>): Uint8Array {
	return zipSync(entries, { level: 9 });
}

/** A .docx that inflates to 60 MB from a few KB (a zip bomb). */
export function zipBomb(): Uint8Array {
	return makeZip('word/document.xml', new Uint8Array(60 * 1024 * 1024));
}

/** Where the end-of-central-directory record starts. */
export function eocdOffset(zip: Uint8Array): number {
	for (let i = zip.length - 22; i >= 0; i--) if (zip[i] === 0x50 && zip[i + 1] === 0x4b && zip[i + 2] === 0x05 && zip[i + 3] === 0x06) return i;
	throw new Error('no end of central directory');
}

/** A copy of a zip whose central directory is said to start at `offset`. */
export function withDirectoryAt(zip: Uint8Array, offset: number): Uint8Array {
	const out = zip.slice();
	new DataView(out.buffer).setUint32(eocdOffset(out) + 16, offset, true);
	return out;
}

/** A copy of a zip whose first entry is marked AES-encrypted (method 99) in the central directory. */
export function withAesMethod(zip: Uint8Array): Uint8Array {
	const out = zip.slice();
	const dv = new DataView(out.buffer);
	const cd = dv.getUint32(eocdOffset(out) + 16, true);
	dv.setUint16(cd + 10, 99, true);
	return out;
}
