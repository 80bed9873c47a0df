/**
 * `perflens dictionary [--write | --check]` — the data dictionary generated from the
 * declarations of src/lib/db (tables, views, metrics): printed, written into
 * data/docs/data-dictionary.md between its markers, or checked against it (exit 1 when stale).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DICTIONARY_FILE, dataDictionary, withDictionary } from '../../lib/db/dictionary';

export const usage = `perflens dictionary [--write|--check]   由表、视图与指标的声明生成数据字典（--write 写入 ${DICTIONARY_FILE}）`;

export async function run(args: string[]): Promise<number> {
	const mode = args[0] ?? '';
	if (args.length > 1 || !['', '--write', '--check'].includes(mode)) {
		console.error(`错误：参数不正确。用法：${usage}`);
		return 1;
	}
	if (!mode) {
		process.stdout.write(dataDictionary());
		return 0;
	}
	const file = resolve(DICTIONARY_FILE);
	const doc = readFileSync(file, 'utf8');
	const next = withDictionary(doc);
	if (mode === '--check') {
		if (next === doc) return 0;
		console.error(`${DICTIONARY_FILE} 与声明不一致，请运行 npx perflens dictionary --write`);
		return 1;
	}
	if (next !== doc) writeFileSync(file, next);
	console.error(`已写入 ${DICTIONARY_FILE}`);
	return 0;
}
