import { readFileSync } from 'node:fs';
import { Ctx } from './lib/extract/context';
const ctx = new Ctx(readFileSync(process.argv[2], 'utf8'));
for (const s of ctx.sections) console.log(s.line, s.rank, s.from, s.to, s.title.slice(0, 40));
for (const l of ctx.lines.slice(0, Number(process.argv[3] ?? 30))) console.log(l.n, l.heading ? 'H' + l.heading.rank : ' ', l.span.norm.slice(0, 50));
