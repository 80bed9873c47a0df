/**
 * `perflens extract FILE` — read a report (Word .docx, PDF or text, UTF-8 or GB18030) and print
 * the extracted record as JSON on stdout; every value carries its quote. What could not be read
 * is listed on stderr. A file that cannot be read: a Chinese message on stderr, exit 1.
 *
 *   --positions   print { report, figures, unread } (quote positions and confidences too)
 *   --text        print the text the reader made of the file (to see what the extractor sees)
 */
import { readFileSync, statSync } from 'node:fs';
import { basename } from 'node:path';
import { LIMITS, ReadError, readDocument } from '../../lib/extract/readers/index';

export const usage = 'perflens extract FILE [--positions|--text]   从 Word/PDF/文本报告中提取记录（JSON，含出处引文）';

export async function run(args: string[]): Promise<number> {
	const flags = new Set(args.filter((a) => a.startsWith('--')));
	const files = args.filter((a) => !a.startsWith('--'));
	const unknown = [...flags].filter((f) => f !== '--positions' && f !== '--text');
	if (files.length !== 1 || unknown.length) {
		console.error(`用法：${usage}`);
		return 2;
	}
	const file = files[0];
	let size: number;
	try {
		const st = statSync(file);
		if (!st.isFile()) throw new Error('not a file');
		size = st.size;
	} catch {
		console.error(`错误：找不到文件「${file}」`);
		return 1;
	}
	if (size > LIMITS.fileBytes) {
		console.error(`错误：文件过大（${(size / 1024 / 1024).toFixed(1)} MB），上限为 ${LIMITS.fileBytes / 1024 / 1024} MB`);
		return 1;
	}
	// loaded here, not with the CLI: the extractor's dictionaries are large
	const { ExtractError, extract } = await import('../../lib/extract/index');
	const { validateWithSource } = await import('../../lib/schema/validate');
	try {
		const bytes = new Uint8Array(readFileSync(file));
		const { text } = await readDocument(bytes, basename(file));
		if (flags.has('--text')) {
			process.stdout.write(text);
			return 0;
		}
		const res = extract(text, { sourceFile: basename(file) });
		// a report that does not name its department or year is a draft: say what is missing
		const v = validateWithSource(res.report, text, res.missing.length > 0);
		for (const m of res.missing) console.error(`缺少：${m.message}`);
		if (!v.ok) {
			for (const e of v.errors) console.error(`记录校验未通过：${e.field}：${e.message}`);
			return 1;
		}
		for (const u of res.unread) console.error(`未能读取（${u.kind}）：«${u.text.replace(/\s+/g, ' ').slice(0, 60)}» ${u.reason}`);
		const out = flags.has('--positions') ? { report: v.report, figures: res.figures, unread: res.unread } : v.report;
		process.stdout.write(JSON.stringify(out, null, '\t') + '\n');
		return 0;
	} catch (e) {
		if (e instanceof ReadError || e instanceof ExtractError) {
			console.error(`无法读取「${basename(file)}」：${e.message}`);
			return 1;
		}
		throw e;
	}
}
