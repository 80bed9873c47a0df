/**
 * Reading an uploaded file in the browser, with progress: the bytes (FileReader progress), then
 * the readers of $lib/extract/readers (PDF page by page through pdfjs, its worker served from
 * this origin through Vite's ?url import; Word through mammoth; text in any encoding).
 */
import { LIMITS, ReadError, humanSize } from '$lib/extract/readers/errors';
import { readDocument, sniff, type ReadResult } from '$lib/extract/readers';
import type { PdfJs } from '$lib/extract/readers/pdf';
import workerUrl from 'pdfjs-dist/legacy/build/pdf.worker.min.mjs?url';

export type Progress = { step: string; done: number; total: number };

function readBytes(file: File, onProgress: (p: Progress) => void): Promise<Uint8Array> {
	return new Promise((ok, fail) => {
		const r = new FileReader();
		r.onprogress = (e) => onProgress({ step: `读取文件 ${file.name}`, done: e.loaded, total: e.total || file.size });
		r.onerror = () => fail(new ReadError(`无法读取文件：${r.error?.message ?? ''}`, 'corrupt'));
		r.onload = () => ok(new Uint8Array(r.result as ArrayBuffer));
		r.readAsArrayBuffer(file);
	});
}

let pdfjs: Promise<PdfJs> | undefined;
async function loadPdfJs(): Promise<PdfJs> {
	pdfjs ??= import('pdfjs-dist/legacy/build/pdf.mjs').then((m) => {
		m.GlobalWorkerOptions.workerSrc = workerUrl;
		return m as unknown as PdfJs;
	});
	return pdfjs;
}

/** pdfjs, reporting each page as it is read. */
function withPageProgress(lib: PdfJs, onProgress: (p: Progress) => void): PdfJs {
	return {
		getDocument(src) {
			const task = lib.getDocument(src);
			return {
				promise: task.promise.then((doc) => ({
					numPages: doc.numPages,
					getPage(n: number) {
						onProgress({ step: `解析 PDF 第 ${n} / ${doc.numPages} 页`, done: n - 1, total: doc.numPages });
						return doc.getPage(n);
					},
					destroy: () => doc.destroy()
				}))
			};
		}
	};
}

export async function readUpload(file: File, onProgress: (p: Progress) => void): Promise<ReadResult> {
	if (file.size === 0) throw new ReadError('文件是空的', 'empty');
	if (file.size > LIMITS.fileBytes) {
		throw new ReadError(`文件大小 ${humanSize(file.size)}，超过上限 ${humanSize(LIMITS.fileBytes)}`, 'too_large');
	}
	const bytes = await readBytes(file, onProgress);
	if (sniff(bytes) === 'pdf') {
		onProgress({ step: '打开 PDF', done: 0, total: 1 });
		const { readPdf } = await import('$lib/extract/readers/pdf');
		const text = await readPdf(bytes, { pdfjs: withPageProgress(await loadPdfJs(), onProgress) });
		return { text, format: 'pdf' };
	}
	onProgress({ step: sniff(bytes) === 'docx' ? '解析 Word 文档' : '识别文字编码', done: 0, total: 0 });
	return readDocument(bytes, file.name);
}
