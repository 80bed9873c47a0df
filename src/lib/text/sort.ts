/**
 * Chinese names in pinyin order (北京, 昌宁, 重庆, 枞阳 …), the order readers expect, rather than
 * by code point (上海 before 东湖 before 中共). One collator for every list sorted in JavaScript.
 * (SQL lists still sort by code point: DuckDB's Chinese collation lives in the ICU extension,
 * which the offline app does not load.)
 */
const collator = new Intl.Collator('zh-CN-u-co-pinyin', { numeric: true });

/** Compare two names in pinyin order. */
export const byPinyin = (a: string, b: string): number => collator.compare(a, b);

/** A sorted copy of `items` by the name `key` gives, in pinyin order. */
export function sortByPinyin<T>(items: readonly T[], key: (t: T) => string): T[] {
	return [...items].sort((a, b) => collator.compare(key(a), key(b)));
}
