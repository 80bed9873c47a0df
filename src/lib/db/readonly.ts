/**
 * What the SQL page lets a user run: one statement that only reads (SELECT, WITH … SELECT,
 * VALUES, DESCRIBE, SHOW, SUMMARIZE, EXPLAIN). Anything that changes the catalog or the data,
 * settings, extensions, or reads files and URLs is refused with a Chinese message saying why.
 * The statement then runs on a connection of its own (src/lib/db/client.svelte.ts), so even a
 * refused-but-missed temporary object cannot touch the pages' connection.
 *
 * Pure: the SQL text is scanned with comments, strings and quoted names blanked out.
 */
import { TABLES } from './tables';
import { BASE_VIEWS } from './views';
import { METRIC_VIEWS } from './metrics';

/** The SQL with comments, string literals and quoted identifiers replaced by spaces. */
export function blankLiterals(sql: string): string {
	return sql.replace(/--[^\n]*|\/\*[\s\S]*?(\*\/|$)|'(?:[^']|'')*'?|"(?:[^"]|"")*"?/g, (m) => ' '.repeat(m.length));
}

const READ_START = /^\s*\(*\s*(SELECT|WITH|FROM|VALUES|TABLE|DESCRIBE|DESC|SHOW|SUMMARIZE|EXPLAIN|PIVOT|UNPIVOT)\b/i;
const WRITE_WORDS =
	/\b(INSERT|UPDATE|DELETE|DROP|CREATE|ALTER|ATTACH|DETACH|COPY|EXPORT|IMPORT|INSTALL|LOAD|SET|RESET|PRAGMA|CALL|CHECKPOINT|VACUUM|TRUNCATE|GRANT|REVOKE|MERGE|USE|BEGIN|COMMIT|ROLLBACK|ABORT|PREPARE|EXECUTE|DEALLOCATE|ANALYZE|REPLACE\s+INTO|UPSERT)\b/i;
const FILE_FUNCTIONS = /\b(read_\w+|\w+_scan|glob|query_table|query|sniff_csv|parquet_\w+)\s*\(/i;

export type ReadOnlyVerdict = { ok: true; sql: string } | { ok: false; message: string };

export function checkReadOnly(sql: string): ReadOnlyVerdict {
	const blank = blankLiterals(sql);
	const statements = blank.split(';').filter((s) => s.trim());
	if (!statements.length) return { ok: false, message: '请输入一条查询语句（SELECT …）。' };
	if (statements.length > 1) return { ok: false, message: '一次只能运行一条语句：请删去多余的分号后的语句。' };
	const w = WRITE_WORDS.exec(blank);
	if (w) return { ok: false, message: `此页面只读：不能运行 ${w[1].toUpperCase().replace(/\s+/g, ' ')} 语句（会修改数据、表结构或设置）。请只用 SELECT 查询；数据的修改请通过“导入报告”完成。` };
	if (!READ_START.test(blank)) return { ok: false, message: '此页面只读：语句应以 SELECT、WITH、FROM、VALUES、DESCRIBE、SHOW、SUMMARIZE 或 EXPLAIN 开头。' };
	const f = FILE_FUNCTIONS.exec(blank);
	if (f) return { ok: false, message: `此页面只查询已载入的表和视图，不能用 ${f[1]}() 读取文件或网址。` };
	// the trailing semicolon, if any, goes: the statement is wrapped by nothing else
	return { ok: true, sql: sql.trim().replace(/;\s*$/, '') };
}

/** One table or view of the schema panel: its Chinese title and columns with label and unit. */
export type SchemaEntry = { name: string; kind: '表' | '视图'; zh: string; columns: { name: string; label: string; unit: string }[] };

/** Every declared table and view with its columns, as the schema panel lists them. */
export function schemaEntries(): SchemaEntry[] {
	return [
		...TABLES.map((t) => ({ name: t.name, kind: '表' as const, zh: t.zh, columns: t.columns.map((c) => ({ name: c.name, label: c.zh, unit: c.unit ?? '' })) })),
		...[...BASE_VIEWS, ...METRIC_VIEWS].map((v) => ({ name: v.name, kind: '视图' as const, zh: v.zh, columns: v.columns.map((c) => ({ name: c.name, label: c.label, unit: c.unit ?? '' })) }))
	];
}
