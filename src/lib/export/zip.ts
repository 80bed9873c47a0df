/**
 * A minimal ZIP writer (stored entries, no compression): enough for the Office Open XML
 * packages PerfLens exports (.xlsx tables, .docx drafts). Pure; runs in Node and the browser.
 */

const CRC_TABLE = (() => {
	const t = new Uint32Array(256);
	for (let n = 0; n < 256; n++) {
		let c = n;
		for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
		t[n] = c >>> 0;
	}
	return t;
})();

export function crc32(data: Uint8Array): number {
	let c = 0xffffffff;
	for (let i = 0; i < data.length; i++) c = CRC_TABLE[(c ^ data[i]) & 0xff] ^ (c >>> 8);
	return (c ^ 0xffffffff) >>> 0;
}

export type ZipEntry = { name: string; data: Uint8Array | string };

/** Build a ZIP archive of the given entries (UTF-8 names, stored, fixed 1980 timestamp). */
export function zip(entries: ZipEntry[]): Uint8Array {
	const enc = new TextEncoder();
	const files = entries.map((e) => {
		const data = typeof e.data === 'string' ? enc.encode(e.data) : e.data;
		return { name: enc.encode(e.name), data, crc: crc32(data) };
	});
	const size =
		files.reduce((s, f) => s + 30 + f.name.length + f.data.length + 46 + f.name.length, 0) + 22;
	const out = new Uint8Array(size);
	const view = new DataView(out.buffer);
	let p = 0;
	const offsets: number[] = [];
	const DOS_DATE = (0 << 9) | (1 << 5) | 1; // 1980-01-01
	for (const f of files) {
		offsets.push(p);
		view.setUint32(p, 0x04034b50, true);
		view.setUint16(p + 4, 20, true); // version needed
		view.setUint16(p + 6, 0x0800, true); // UTF-8 names
		view.setUint16(p + 8, 0, true); // stored
		view.setUint16(p + 10, 0, true);
		view.setUint16(p + 12, DOS_DATE, true);
		view.setUint32(p + 14, f.crc, true);
		view.setUint32(p + 18, f.data.length, true);
		view.setUint32(p + 22, f.data.length, true);
		view.setUint16(p + 26, f.name.length, true);
		view.setUint16(p + 28, 0, true);
		out.set(f.name, p + 30);
		out.set(f.data, p + 30 + f.name.length);
		p += 30 + f.name.length + f.data.length;
	}
	const cdStart = p;
	files.forEach((f, i) => {
		view.setUint32(p, 0x02014b50, true);
		view.setUint16(p + 4, 20, true);
		view.setUint16(p + 6, 20, true);
		view.setUint16(p + 8, 0x0800, true);
		view.setUint16(p + 10, 0, true);
		view.setUint16(p + 12, 0, true);
		view.setUint16(p + 14, DOS_DATE, true);
		view.setUint32(p + 16, f.crc, true);
		view.setUint32(p + 20, f.data.length, true);
		view.setUint32(p + 24, f.data.length, true);
		view.setUint16(p + 28, f.name.length, true);
		view.setUint16(p + 30, 0, true);
		view.setUint16(p + 32, 0, true);
		view.setUint16(p + 34, 0, true);
		view.setUint16(p + 36, 0, true);
		view.setUint32(p + 38, 0, true);
		view.setUint32(p + 42, offsets[i], true);
		out.set(f.name, p + 46);
		p += 46 + f.name.length;
	});
	view.setUint32(p, 0x06054b50, true);
	view.setUint16(p + 8, files.length, true);
	view.setUint16(p + 10, files.length, true);
	view.setUint32(p + 12, p - cdStart, true);
	view.setUint32(p + 16, cdStart, true);
	return out;
}

/** XML text escaping. */
export const xmlEscape = (s: string) =>
	s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!)
		// characters XML 1.0 forbids
		// eslint-disable-next-line no-control-regex
		.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
