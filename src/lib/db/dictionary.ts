/**
 * The data dictionary, generated from the declarations: the stored tables (./tables.ts), the
 * base views (./views.ts) and the metric views (./metrics.ts) with every column's type, unit,
 * label and formula, the one definition of each computed metric, and the thresholds.
 * `perflens dictionary --write` puts it into data/docs/data-dictionary.md between the markers; a unit
 * test fails when the committed text differs from this function's.
 *
 * Pure: no I/O, runs in Node and in the browser.
 */
import { COL_TYPE_SQL, describe, type Column } from './columns';
import { METRIC_THRESHOLDS, METRIC_VIEWS } from './metrics';
import { TABLES, type TableDef } from './tables';
import type { ViewDecl } from './view';
import { BASE_VIEWS } from './views';

export const DICTIONARY_FILE = 'data/docs/data-dictionary.md';
export const DICTIONARY_BEGIN = '<!-- 数据字典：以下由 `npx perflens dictionary --write` 从 src/lib/db 的声明生成，请勿手改 -->';
export const DICTIONARY_END = '<!-- 数据字典结束 -->';

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

function tableSection(t: TableDef): string[] {
	const lines = [`#### \`${t.name}\` ${t.zh}`, '', `每行：${t.grain}。`, '', '| 列 | 类型 | 必有 | 单位 | 说明 |', '|---|---|---|---|---|'];
	for (const c of t.columns) lines.push(`| \`${c.name}\` | ${COL_TYPE_SQL[c.type]} | ${c.required ? '是' : ''} | ${c.unit ?? ''} | ${cell(c.zh)} |`);
	return [...lines, ''];
}

function viewSection(v: ViewDecl): string[] {
	const lines = [`#### \`${v.name}\` ${v.zh}`, '', `每行：${v.grain}。`, '', '| 列 | 类型 | 必有 | 单位 | 说明 |', '|---|---|---|---|---|'];
	for (const c of v.columns) lines.push(`| \`${c.name}\` | ${COL_TYPE_SQL[c.type]} | ${c.required ? '是' : ''} | ${c.unit ?? ''} | ${cell(describe(c))} |`);
	return [...lines, ''];
}

/** Every computed metric column (one with a formula): its one definition and where it lives. */
function definitions(): string[] {
	const seen = new Map<string, { c: Column; where: string[] }>();
	for (const v of METRIC_VIEWS)
		for (const c of v.columns.filter((x) => x.formula)) {
			const key = `${c.label}|${c.formula}`;
			const hit = seen.get(key) ?? { c, where: [] };
			hit.where.push(`${v.name}.${c.name}`);
			seen.set(key, hit);
		}
	const lines = ['| 指标 | 单位 | 定义 | 所在视图.列 |', '|---|---|---|---|'];
	for (const { c, where } of seen.values()) lines.push(`| ${cell(c.label)} | ${c.unit ?? ''} | ${cell(c.formula!)}${c.note ? `（${cell(c.note)}）` : ''} | ${where.map((w) => `\`${w}\``).join('、')} |`);
	return [...lines, ''];
}

const THRESHOLD_LABEL: Record<keyof typeof METRIC_THRESHOLDS, string> = {
	indicatorOverPct: '指标完成率达到此值（%）为“超额过多”（目标可能偏低）',
	unitMismatchPct: '指标完成率达到此值（%）为“疑似单位不一致”',
	executionHighPct: '预算执行率低于此值（%）为高风险预警',
	executionMediumPct: '预算执行率低于此值（%）为中风险预警',
	scoreTolerance: '得分合计与总分的容差（分）',
	moneyTolerance: '金额比较容差（万元）'
};

/** The generated part of data/docs/data-dictionary.md. */
export function dataDictionary(): string {
	const lines: string[] = [
		'### 指标定义（每个计算指标只有这一个定义）',
		'',
		...definitions(),
		'### 阈值（`METRIC_THRESHOLDS`）',
		'',
		'| 阈值 | 值 | 含义 |',
		'|---|---|---|',
		...Object.entries(METRIC_THRESHOLDS).map(([k, v]) => `| \`${k}\` | ${v} | ${THRESHOLD_LABEL[k as keyof typeof METRIC_THRESHOLDS]} |`),
		'',
		'### 表',
		'',
		...(TABLES as readonly TableDef[]).flatMap(tableSection),
		'### 基础视图',
		'',
		...BASE_VIEWS.flatMap(viewSection),
		'### 指标视图',
		'',
		...METRIC_VIEWS.flatMap(viewSection)
	];
	return lines.join('\n').trimEnd() + '\n';
}

/** `doc` with the text between the markers replaced by the generated dictionary. */
export function withDictionary(doc: string): string {
	const a = doc.indexOf(DICTIONARY_BEGIN);
	const b = doc.indexOf(DICTIONARY_END);
	if (a < 0 || b < a) throw new Error(`${DICTIONARY_FILE} 缺少数据字典的起止标记`);
	return `${doc.slice(0, a + DICTIONARY_BEGIN.length)}\n\n${dataDictionary()}\n${doc.slice(b)}`;
}
