/** An input the readers refuse, with a message for the person who gave it (Chinese). */
export class ReadError extends Error {
	constructor(
		message: string,
		readonly code:
			| 'empty'
			| 'too_large'
			| 'binary'
			| 'encoding'
			| 'unsupported'
			| 'zip_bomb'
			| 'corrupt'
			| 'encrypted'
			| 'no_text'
	) {
		super(message);
		this.name = 'ReadError';
	}
}

/** Limits of what an import reads. */
export const LIMITS = {
	/** bytes of the file as given */
	fileBytes: 20 * 1024 * 1024,
	/** bytes of all entries of a .docx once inflated */
	docxInflated: 80 * 1024 * 1024,
	/** inflated ÷ compressed of one entry beyond which it is a zip bomb */
	docxRatio: 200,
	/** entries of a .docx */
	docxEntries: 2000,
	/** pages of a PDF */
	pdfPages: 300,
	/** characters of the extracted text */
	textChars: 2_000_000
};

export function humanSize(n: number): string {
	if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(1)} MB`;
	if (n >= 1024) return `${(n / 1024).toFixed(0)} KB`;
	return `${n} 字节`;
}
