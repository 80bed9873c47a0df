/**
 * The perflens command line. Each command prints JSON on stdout; errors go to stderr in
 * Chinese with a non-zero exit code.
 */
import { basename } from 'node:path';
import { EXAMPLE_SQL } from '../lib/db/queries';
import { DatasetError, dataPaths, loadRecord, openDataset, rebuild } from '../lib/server/dataset';

type Command = { usage: string; run: (args: string[]) => Promise<number> };

const commands: Record<string, Command> = {
	start: {
		usage: 'perflens start   生成数据、必要时构建应用，并在 http://localhost:3000 提供服务（PORT 可改端口）',
		async run() {
			const { start } = await import('./start');
			await start(async () => {
				const code = await commands['build-data'].run([]);
				if (code !== 0) throw new Error('数据生成失败，未启动服务');
				if ((await (await import('./commands/demo')).ensureDemo()) !== 0) throw new Error('模拟数据生成失败，未启动服务');
			});
			return 0;
		}
	},
	build: {
		usage: 'perflens build   构建应用（vite build 与静态文件预压缩，打印进度），npm run build 即此命令',
		async run() {
			(await import('./start')).buildApp();
			return 0;
		}
	},
	extract: await import('./commands/extract'),
	'eval-extract': await import('./commands/eval-extract'),
	'bench-extract': await import('./commands/bench-extract'),
	audit: await import('./commands/audit'),
	demo: await import('./commands/demo'),
	bench: await import('./commands/bench'),
	'build-parquet': await import('./commands/build-parquet'),
	'bench-browser': await import('./commands/bench-browser'),
	metrics: await import('./commands/metrics'),
	dictionary: await import('./commands/dictionary'),
	facts: await import('./commands/facts'),
	draft: await import('./commands/draft'),
	user: await import('./commands/user'),
	validate: {
		usage: 'perflens validate [--sources DIR] FILE.json…   校验报告记录（结构与出处引文；原文默认在记录目录旁的 ../sources）',
		async run(args) {
			let sourcesDir: string | undefined;
			const files: string[] = [];
			for (let i = 0; i < args.length; i++) {
				if (args[i] === '--sources') sourcesDir = args[++i];
				else if (args[i].startsWith('--sources=')) sourcesDir = args[i].slice('--sources='.length);
				else files.push(args[i]);
			}
			if (!files.length) throw new Error('请给出要校验的记录文件');
			let bad = 0;
			for (const file of files) {
				const r = loadRecord(file, { sourcesDir });
				if (r.ok) console.log(`${basename(file)}: 通过`);
				else {
					bad++;
					for (const e of r.errors) console.error(`${basename(file)}: ${e.field}: ${e.message}`);
				}
			}
			return bad ? 1 : 0;
		}
	},
	'build-data': {
		usage: 'perflens build-data   校验 data/reports/*.json 与身份完整的 data/gold/*.json 并生成 data/arrow/*.arrow（存储表与预先计算的指标表）与 manifest.json（PERFLENS_DATA_DIR 可指定数据目录）',
		async run() {
			let manifest;
			// finish or roll back a save a crash interrupted, remove stray temporary files
			const { recoverDataDir } = await import('../lib/server/store');
			const rec = recoverDataDir(dataPaths().root, [(await import('../lib/server/config')).draftsDirOf()]);
			if (rec.finished.length || rec.rolled_back.length || rec.removed_tmp)
				console.error(`数据目录恢复：完成 ${rec.finished.length} 次、撤销 ${rec.rolled_back.length} 次被中断的保存，删除 ${rec.removed_tmp} 个临时文件`);
			try {
				// corpus gold records whose document does not name its department or year stay out: say which
				manifest = rebuild(undefined, (s) => console.error(`未并入看板数据集：${s.file}：${s.reason}`));
			} catch (e) {
				if (!(e instanceof DatasetError)) throw e;
				for (const x of e.errors) console.error(`${x.file}: ${x.field}: ${x.message}`);
				console.error(`数据生成失败：${e.errors.length} 处错误，未写入任何文件`);
				return 1;
			}
			const { arrow } = dataPaths();
			// the metric tables the browser reads, computed once here (src/lib/server/prebuilt.ts)
			manifest = (await (await import('../lib/server/prebuilt')).buildMetricTables(arrow)) ?? manifest;
			console.log(JSON.stringify({ dir: arrow, version: manifest.version, reports: manifest.reports, tables: Object.fromEntries(manifest.tables.map((t) => [t.name, t.rows])) }, null, 2));
			return 0;
		}
	},
	sql: {
		usage: 'perflens sql "<SQL>"   在已生成的数据集（全部表和视图）上执行 SQL，以 JSON 输出结果行',
		async run(args) {
			const text = args.join(' ').trim();
			if (!text) throw new Error(`请给出 SQL，例如：perflens sql "${EXAMPLE_SQL}"`);
			let opened;
			try {
				opened = await openDataset();
			} catch (e) {
				if (!(e instanceof DatasetError)) throw e;
				for (const x of e.errors) console.error(`${x.file}: ${x.field}: ${x.message}`);
				console.error('数据集生成失败，无法执行查询');
				return 1;
			}
			if (opened.rebuilt) console.error(`已重新生成数据集（${opened.manifest.reports} 份报告）`);
			let rows;
			try {
				rows = await opened.engine.query(text);
			} catch (e) {
				console.error(`SQL 错误：${e instanceof Error ? e.message : String(e)}`);
				return 1;
			}
			console.log(JSON.stringify(rows, null, 2));
			return 0;
		}
	}
};

export async function main(argv: string[]): Promise<number> {
	const [name, ...rest] = argv;
	const cmd = name ? commands[name] : undefined;
	if (!cmd) {
		console.error(`用法：\n${Object.values(commands).map((c) => '  ' + c.usage).join('\n')}`);
		return name ? 2 : 0;
	}
	try {
		return await cmd.run(rest);
	} catch (e) {
		console.error(`错误：${e instanceof Error ? e.message : String(e)}`);
		return 1;
	}
}
