/**
 * Child process of the kill -9 test (test/unit/crash-save.test.ts): saves the same
 * department-year-kind again and again under two alternating report ids (so every save replaces
 * a record of another file name), printing `saved <n>` after each acknowledged save.
 * argv: <data dir> <start n> [<step> <occurrence>]  — with a step, SIGKILL itself at that step.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { saveImportedReport } from '../../src/lib/server/import';

const [root, startArg, killStep, killAt] = process.argv.slice(2);
const ZJ = 'guangdong-zhanjiang-kexie-2024-self';
const gold = JSON.parse(readFileSync(join('data/reports', `${ZJ}.json`), 'utf8'));
const source = readFileSync(join('data/sources', gold.source_file), 'utf8');
let seen = 0;
const step = (s: string) => {
	if (s === killStep && ++seen === Number(killAt)) process.kill(process.pid, 'SIGKILL');
};
process.stdout.write('ready\n');
for (let n = Number(startArg); ; n++) {
	const id = n % 2 ? `${ZJ}-b` : ZJ;
	const r = saveImportedReport({ report: { ...gold, id, title: `${gold.title}#${n}` }, source, replace: true }, root, step);
	if (!r.ok) {
		process.stdout.write(`failed ${n} ${r.message}\n`);
		process.exit(3);
	}
	process.stdout.write(`saved ${n}\n`);
}
