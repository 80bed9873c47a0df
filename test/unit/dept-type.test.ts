import { describe, expect, it } from 'vitest';
import { peerType } from '../../src/lib/db/dept-type';

describe('peerType: one group per kind of unit', () => {
	it('brings the types records write to one word per kind', () => {
		expect.assertions(16);
		const cases: Array<[string, string]> = [
			['第二幼儿园', '幼儿园'],
			['第六中学', '中学'],
			['明朗中学', '中学'],
			['第一示范小学', '小学'],
			['天星镇中心卫生院', '卫生院'],
			['第二人民医院', '医院'],
			['公安局曾都区分局', '公安局'],
			['自然资源局甘其毛都口岸分局', '自然资源局'],
			['太白镇人民政府', '乡镇人民政府'],
			['南岳镇政府', '乡镇人民政府'],
			['云雾土家族乡人民政府', '乡镇人民政府'],
			['塘子街道', '街道办事处'],
			['妇联', '妇女联合会'],
			['交通局', '交通运输局']
		];
		for (const [t, g] of cases) expect(peerType(t)).toBe(g);
		// what is already one kind stays, and names that merely contain 乡 are no towns
		expect(peerType('乡村振兴局')).toBe('乡村振兴局');
		expect(peerType('住房和城乡建设局')).toBe('住房和城乡建设局');
	});
});
