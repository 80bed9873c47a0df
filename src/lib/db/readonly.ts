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

/** A failed query explained in Chinese (`lead`), with DuckDB's own text kept as `detail`. */
export type SqlErrorExplained = { lead: string; detail: string | null };

const q = (s: string | undefined) => (s ? `“${s}”` : '');
const SQL_ERRORS: [RegExp, (m: RegExpMatchArray) => string][] = [
	[/Referenced column "([^"]+)" not found|column "([^"]+)" (?:not found|does not exist)|does not have a column named "([^"]+)"/i, (m) => `找不到列${q(m[1] ?? m[2] ?? m[3])}：请核对列名的拼写，或在左侧的表与视图中查看有哪些列（列名区分下划线，中文名只是说明，不能直接当列名用）。`],
	[/Table with name ([^\s!]+) does not exist|Table "([^"]+)" does not exist|Referenced table "([^"]+)" not found/i, (m) => `找不到表或视图${q(m[1] ?? m[2] ?? m[3])}：请在左侧列表中选一个已有的表或视图（如 v_report_overview）。`],
	[/(?:Scalar |Aggregate |Table )?Function with name ([^\s!]+) does not exist/i, (m) => `没有名为${q(m[1])}的函数：请核对函数名的拼写。`],
	[/syntax error at or near "([^"]*)"/i, (m) => `SQL 语法错误：在${q(m[1])}附近。请检查逗号、括号、引号和关键字（如 SELECT … FROM … WHERE …）。`],
	[/syntax error|Parser Error/i, () => 'SQL 语法错误：语句不完整或有拼写错误，请检查逗号、括号、引号和关键字。'],
	[/Could not convert|Conversion Error|Could not choose a best candidate function|Cannot compare values of type|No function matches the given name and argument types|Cannot mix values of type|type mismatch|Mismatch Type Error/i, () => '类型不匹配：把文字与数字（或日期）直接比较、运算了。文字要加单引号（如 year = 2024、department_name = \'湛江市科学技术协会\'），必要时用 CAST(列 AS DOUBLE) 转换。'],
	[/must appear in the GROUP BY clause|must be part of an aggregate/i, () => '分组错误：SELECT 中不在 GROUP BY 里的列必须放进聚合函数（如 SUM、AVG、MAX），或加入 GROUP BY。'],
	[/Ambiguous reference to column name "([^"]+)"/i, (m) => `列名${q(m[1])}有歧义：几张表都有这一列，请写成“表名.列名”。`],
	[/Division by zero/i, () => '除数为零：请用 NULLIF(除数, 0) 避免。'],
	[/Out of Memory/i, () => '内存不足：查询的结果太大，请加 WHERE 条件或 LIMIT。'],
	[/Interrupt/i, () => '查询已中断。']
];

/**
 * DuckDB's error text led by a Chinese explanation of the common kinds (unknown column or table,
 * syntax error, type mismatch …). A message that is already Chinese (the read-only check) stays as
 * it is; an unknown kind is said to be DuckDB's own message.
 */
export function explainSqlError(message: string): SqlErrorExplained {
	const raw = message.replace(/^查询失败：/, '').trim();
	if (!/[A-Za-z]{4,}/.test(raw.replace(/[“"][^”"]*[”"]/g, '')) || /^[\u4e00-\u9fa5]/.test(raw)) return { lead: raw, detail: null };
	for (const [re, say] of SQL_ERRORS) {
		const m = raw.match(re);
		if (m) return { lead: `查询失败：${say(m)}`, detail: raw };
	}
	return { lead: '查询失败：DuckDB 未能执行这条语句，原因见下方的原始信息（英文）。', detail: raw };
}
