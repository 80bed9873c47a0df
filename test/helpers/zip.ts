/** Test fixtures made on the fly: a zip with one deflated entry (enough of the format for the readers). */
import { deflateRawSync } from 'node:zlib';

export function makeZip(name: string, data: Uint8Array): Uint8Array {
	const comp = deflateRawSync(data);
	const nameB = new TextEncoder().encode(name);
	const local = new Uint8Array(30 + nameB.length + comp.length);
	const dv = new DataView(local.buffer);
	dv.setUint32(0, 0x04034b50, true);
	dv.setUint16(8, 8, true);
	dv.setUint32(18, comp.length, true);
	dv.setUint32(22, data.length, true);
	dv.setUint16(26, nameB.length, true);
	local.set(nameB, 30);
	local.set(comp, 30 + nameB.length);
	const central = new Uint8Array(46 + nameB.length);
	const cv = new DataView(central.buffer);
	cv.setUint32(0, 0x02014b50, true);
	cv.setUint16(10, 8, true);
	cv.setUint32(20, comp.length, true);
	cv.setUint32(24, data.length, true);
	cv.setUint16(28, nameB.length, true);
	central.set(nameB, 46);
	const end = new Uint8Array(22);
	const ev = new DataView(end.buffer);
	ev.setUint32(0, 0x06054b50, true);
	ev.setUint16(8, 1, true);
	ev.setUint16(10, 1, true);
	ev.setUint32(12, central.length, true);
	ev.setUint32(16, local.length, true);
	const out = new Uint8Array(local.length + central.length + end.length);
	out.set(local);
	out.set(central, local.length);
	out.set(end, local.length + central.length);
	return out;
}

/** A .docx that inflates to 60 MB from a few KB (a zip bomb). */
export function zipBomb(): Uint8Array {
	return makeZip('word/document.xml', new Uint8Array(60 * 1024 * 1024));
}
