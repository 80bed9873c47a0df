/**
 * The department type the tables store and peer groups compare by: the type a record states
 * (the name without its places, as the extractor or the checker wrote it), brought to one word per
 * kind of unit, so that peers meet in one group — every town's 人民政府 is a 乡镇人民政府, every
 * 第N中学 a 中学, a bureau's district branch its bureau, a short name its full one. The record
 * keeps what it states; only the grouping is one. Pure: runs at data build and in the browser.
 */

/** Short names of bodies and their full names (the types the corpus and reports write both ways). */
const SYNONYMS: Record<string, string> = {
	妇联: '妇女联合会',
	残联: '残疾人联合会',
	科协: '科学技术协会',
	侨联: '归国华侨联合会',
	文联: '文学艺术界联合会',
	工商联: '工商业联合会',
	社科联: '社会科学界联合会',
	交通局: '交通运输局',
	政府办: '人民政府办公室',
	卫健委: '卫生健康委员会',
	卫健局: '卫生健康局',
	发改委: '发展和改革委员会',
	发改局: '发展和改革局',
	林草局: '林业和草原局',
	人社局: '人力资源和社会保障局',
	住建局: '住房和城乡建设局',
	市场监管局: '市场监督管理局'
};

/** Kinds of unit a name ends in, each its own group whatever precedes it (第二…, a town's …, a name). */
const ENDINGS = ['幼儿园', '小学', '中学', '学校', '卫生院', '医院'] as const;

export function peerType(type: string): string {
	const t = type.replace(/\s+/g, '');
	if (SYNONYMS[t]) return SYNONYMS[t];
	// a bureau's branch in a district or at a port ("公安局X区分局", "自然资源局X口岸分局"): the bureau's kind
	const branch = t.match(/^([\u4e00-\u9fa5]{2,12}?局)[\u4e00-\u9fa5]{2,10}分局$/);
	if (branch) return branch[1];
	// a town's or township's government ("X镇人民政府", "X镇政府", "X乡", "X土家族乡人民政府")
	if (/^[\u4e00-\u9fa5]{1,10}?(镇|乡)(人民政府|政府)?$/.test(t) && !/(城乡|乡村)/.test(t)) return '乡镇人民政府';
	// a subdistrict office ("X街道", "X街道办事处")
	if (/^[\u4e00-\u9fa5]{1,8}?街道(办事处)?$/.test(t)) return '街道办事处';
	for (const e of ENDINGS) if (t.endsWith(e) && t !== e) return e;
	return t;
}
