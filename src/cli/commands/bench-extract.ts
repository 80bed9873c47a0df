/**
 * `perflens bench-extract` — CPU time of the extractor on every real document of data/sources
 * and on one long report made by joining them all (about 50 pages and more), so that the speed
 * of extraction is measured in a benchmark that prints a table, never in a timed test.
 *
 *   --repeat N   runs per document (default 5); the table shows the median and the slowest
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { dataPaths } from '../../lib/server/dataset';

export const usage = 'perflens bench-extract [--repeat N]   提取速度基准：每份真实报告与一份 50 页以上的长报告的 CPU 时间（打印表格）';

/** Characters of a printed A4 page of a report (仿宋三号, 22 lines of 28 characters). */
const CHARS_PER_PAGE = 600;

export async function run(args: string[]): Promise<number> {
	const i = args.indexOf('--repeat');
	const repeat = i >= 0 ? Number(args[i + 1]) : 5;
	if (!Number.isInteger(repeat) || repeat < 1 || repeat > 100) {
		console.error('错误：--repeat 应为 1 到 100 的整数');
		return 2;
	}
	const { extract } = await import('../../lib/extract/index');
	const dir = dataPaths().sources;
	const docs = readdirSync(dir)
		.filter((f) => f.endsWith('.txt'))
		.sort()
		.map((f) => ({ name: f, text: readFileSync(join(dir, f), 'utf8') }));
	docs.push({ name: '（全部原文连在一起的长报告）', text: docs.map((d) => d.text).join('\n\n') });
	const rows: Array<{ 文档: string; 字数: number; 约页数: number; 'CPU 中位数 ms': number; 'CPU 最慢 ms': number; 读出项: number }> = [];
	for (const d of docs) {
		const times: number[] = [];
		let figures = 0;
		for (let r = 0; r < repeat; r++) {
			const t0 = process.cpuUsage();
			const res = extract(d.text, { sourceFile: d.name });
			const t = process.cpuUsage(t0);
			times.push((t.user + t.system) / 1000);
			figures = res.figures.length;
		}
		times.sort((a, b) => a - b);
		rows.push({
			文档: d.name.length > 48 ? d.name.slice(0, 46) + '…' : d.name,
			字数: d.text.length,
			约页数: Math.round(d.text.length / CHARS_PER_PAGE),
			'CPU 中位数 ms': Math.round(times[Math.floor(times.length / 2)]),
			'CPU 最慢 ms': Math.round(times[times.length - 1]),
			读出项: figures
		});
	}
	console.table(rows);
	return 0;
}
