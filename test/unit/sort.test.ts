/** Chinese names sort by pinyin wherever a list is sorted in JavaScript (one collator). */
import { describe, expect, it } from 'vitest';
import { byPinyin, sortByPinyin } from '../../src/lib/text/sort';
import { sortRows } from '../../src/lib/charts/table';

describe('pinyin order', () => {
	it('orders department names by pinyin, not by code point', () => {
		const names = ['上海市嘉定区司法局', '东湖区扬子洲镇', '中共宁德市委', '北京市', '昌宁县', '重庆市', '枞阳县'];
		expect([...names].sort(byPinyin)).toEqual(['北京市', '昌宁县', '重庆市', '枞阳县', '东湖区扬子洲镇', '上海市嘉定区司法局', '中共宁德市委']);
		expect(sortByPinyin([{ n: '湛江' }, { n: '衡阳' }], (x) => x.n).map((x) => x.n)).toEqual(['衡阳', '湛江']);
		expect(sortRows([{ d: '湛江' }, { d: '南雄' }, { d: '衡阳' }], { key: 'd', dir: 'asc' }).map((r) => r.d)).toEqual(['衡阳', '南雄', '湛江']);
	});
});
