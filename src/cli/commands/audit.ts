/**
 * `perflens audit [FILE | --report ID | --all]` — the consistency audit (勾稽校验) of report
 * records, printed as JSON on stdout:
 *
 *   FILE          a record JSON file           → { report_id, title, counts, findings }
 *   --report ID   data/reports/ID.json         → same
 *   --all         every data/reports/*.json    → [ { report_id, title, counts, findings }, … ]
 *
 * The record is checked against the schema first (not its quotes: an imported record may be
 * audited before its source is stored). Bad input: a Chinese message on stderr, exit 1.
 * Findings are output, not failure: the exit code is 0 whatever they say.
 */
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { auditReport, summarize } from '../../lib/audit/index';
import { Finding } from '../../lib/schema/finding';
import { validateReport } from '../../lib/schema/validate';
import { dataPaths } from '../../lib/server/dataset';

export const usage = 'perflens audit FILE | --report ID | --all   勾稽校验：重算报告中的合计、占比、增减、得分率等，输出不一致之处（JSON）';

class InputError extends Error {}

function reportsDir(): string {
	return dataPaths().reports;
}

function auditFile(file: string) {
	let text: string;
	try {
		if (!statSync(file).isFile()) throw new Error();
		text = readFileSync(file, 'utf8');
	} catch {
		throw new InputError(`找不到文件「${file}」`);
	}
	let raw: unknown;
	try {
		raw = JSON.parse(text);
	} catch (e) {
		throw new InputError(`「${file}」不是有效的 JSON：${e instanceof Error ? e.message : String(e)}`);
	}
	const v = validateReport(raw);
	if (!v.ok) {
		const first = v.errors.slice(0, 5).map((e) => `${e.field}：${e.message}`).join('；');
		throw new InputError(`「${file}」不是有效的报告记录（${v.errors.length} 处错误）：${first}`);
	}
	const findings = Finding.array().parse(auditReport(v.report));
	return { report_id: v.report.id, title: v.report.title, counts: summarize(findings), findings };
}

export async function run(args: string[]): Promise<number> {
	try {
		if (args.length === 1 && args[0] === '--all') {
			const dir = reportsDir();
			if (!existsSync(dir)) throw new InputError(`找不到记录目录「${dir}」`);
			const files = readdirSync(dir)
				.filter((f) => f.endsWith('.json'))
				.sort();
			if (!files.length) throw new InputError(`记录目录「${dir}」中没有报告记录`);
			console.log(JSON.stringify(files.map((f) => auditFile(join(dir, f))), null, 2));
			return 0;
		}
		if (args.length === 2 && args[0] === '--report') {
			const id = args[1];
			if (!/^[a-z0-9-]+$/.test(id)) throw new InputError(`报告编号「${id}」不合法（只能包含小写字母、数字和连字符）`);
			const file = join(reportsDir(), `${id}.json`);
			if (!existsSync(file)) throw new InputError(`找不到报告「${id}」：${file} 不存在`);
			console.log(JSON.stringify(auditFile(file), null, 2));
			return 0;
		}
		if (args.length === 1 && !args[0].startsWith('--')) {
			console.log(JSON.stringify(auditFile(args[0]), null, 2));
			return 0;
		}
		throw new InputError(`参数不正确。用法：${usage}`);
	} catch (e) {
		if (!(e instanceof InputError)) throw e;
		console.error(`错误：${e.message}`);
		return 1;
	}
}
