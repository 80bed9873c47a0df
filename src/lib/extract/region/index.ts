/**
 * Region, government level and stable id of a department, derived from its name (and, to tell
 * apart places of the same name, from the places the document mentions), against the national
 * gazetteer of provinces, cities and counties. No department or report is named here.
 */
import { pinyin } from 'pinyin-pro';
import { GAZETTEER } from './gazetteer-data';
import { FORMER_NAMES } from './gazetteer-former';
import { KIND_ID_SUFFIX } from '../../schema/report';
import { simplifyText as toSimplifiedText } from '../../text/simplified';
import { PINYIN_GLOSS, toHalfWidth } from '../../text/normalize';

const GLOSS_AT = new RegExp(`^${PINYIN_GLOSS}`);

export interface Place {
	province: string;
	city?: string;
	district?: string;
}

interface County {
	/** the name as matched in a text (an autonomous county's short form among them) */
	name: string;
	city: string;
	province: string;
	/** the official name, where `name` is a short form of it */
	full?: string;
}

interface Gaz {
	provinces: string[];
	/** city → province */
	cities: Map<string, string>;
	counties: County[];
}

let gaz: Gaz | undefined;
function load(): Gaz {
	if (gaz) return gaz;
	const provinces: string[] = [];
	const cities = new Map<string, string>();
	const counties: County[] = [];
	for (const line of GAZETTEER.split('\n')) {
		const [prov, rest] = line.split(':');
		provinces.push(prov);
		for (const part of rest.split('|')) {
			const [city, areas] = part.split('=');
			// municipalities list their districts under 市辖区 / 县
			const realCity = city === '市辖区' || city === '县' ? prov : city;
			if (!cities.has(realCity)) cities.set(realCity, prov);
			for (const a of areas.split(',')) if (a) counties.push({ name: a, city: realCity, province: prov });
		}
	}
	// (former names of county-level divisions, for reports of the years before their renaming)
	for (const line of FORMER_NAMES.split('\n')) {
		const [prov, rest] = line.split(':');
		for (const part of rest.split('|')) {
			const [city, areas] = part.split('=');
			const realCity = city === '市辖区' || city === '县' ? prov : city;
			for (const a of areas.split(',')) if (a && !counties.some((c) => c.name === a && c.city === realCity)) counties.push({ name: a, city: realCity, province: prov });
		}
	}
	// an autonomous county or banner is written short as often as in full ("X自治县" and "X县" for
	// "X苗族土家族自治县", Chongqing's and Guizhou's county sites and reports; "X自治旗" for "X族自治旗"):
	// the short forms, where no other county of the province bears them, resolve to the official name
	for (const k of [...counties]) {
		const m = k.name.match(/^([\u4e00-\u9fa5]{2,}?)(?:[\u4e00-\u9fa5]{1,3}族)+自治(县|旗)$/);
		if (!m) continue;
		for (const alias of [m[1] + '自治' + m[2], m[1] + m[2]]) {
			if (!counties.some((c) => c.name === alias && c.province === k.province)) counties.push({ name: alias, city: k.city, province: k.province, full: k.name });
		}
	}
	gaz = { provinces, cities, counties };
	return gaz;
}

/** What a development zone is called after its place's short name. */
const ZONE = /^(经济技术开发区|经济开发区|经开区|高新技术产业开发区|高新技术开发区|高新区|工业园区|产业园区|开发区)/;

const SUFFIX = /(特别行政区|维吾尔自治区|壮族自治区|回族自治区|自治区|自治州|自治县|自治旗|地区|省|市|区|县|盟|旗)$/;

/** Short form of a place name: 广东省 → 广东, 佛山市 → 佛山 (kept whole when one character would be left). */
export function shortName(name: string): string {
	// 恩施土家族苗族自治州 → 恩施, 乳源瑶族自治县 → 乳源
	const ethnic = name.match(/^([\u4e00-\u9fa5]{2,}?)(?:[\u4e00-\u9fa5]{1,3}族)+自治(州|县|旗)$/);
	if (ethnic) return ethnic[1];
	const s = name.replace(SUFFIX, '');
	return s.length >= 2 ? s : name;
}

/** Does `text` start with the place (full or short name)? Returns the length matched. */
function startsWithPlace(text: string, name: string): number {
	if (text.startsWith(name)) return name.length;
	const short = shortName(name);
	// a short name only counts when it is not the start of a longer word of the text
	if (short !== name && text.startsWith(short)) return short.length;
	return 0;
}

export interface RegionResult {
	region: Place;
	/** absent where the unit is below the place found and its own place is not known */
	level?: '省级' | '市级' | '县级' | '区级';
	/** the rest of the name after the places: the department type */
	type: string;
	/** the places matched in the name, as written */
	prefix: string;
}

/**
 * Read the places at the start of a department name. `context` is the document's text: when a
 * county name exists in several cities, the city or province the document mentions decides.
 */
/** The full names of the CPPCC's committees lead with the body, then the place: 中国人民政治协商会议X委员会 is X政协. */
const CPPCC = '中国人民政治协商会议';

export function regionOf(name: string, context = ''): RegionResult | undefined {
	if (name.startsWith(CPPCC) && name.endsWith('委员会')) {
		const r = regionOf(name.slice(CPPCC.length), context);
		return r && r.type === '委员会' ? { ...r, type: '政协', prefix: name.slice(0, CPPCC.length + r.prefix.length) } : r;
	}
	// a party body (中共X区委…, 共青团X市委): the place after the party's name; the unit's kind without
	// the committee it answers to ("中共X区委人民政府接待办公室" is a 接待办公室)
	const party = name.match(/^(中国共产党|中共|共青团)/);
	if (party && name.length > party[0].length + 2) {
		const r = regionOf(name.slice(party[0].length), context);
		if (r) {
			// (the Youth League's own committee, "共青团X区委员会", is a 共青团委员会, not any 员会)
			if (party[0] === '共青团' && /^委(员会)?$/.test(r.type)) return { ...r, type: '共青团委员会', prefix: name.slice(0, party[0].length + r.prefix.length) };
			let type = r.type.replace(/^委(员会)?(?=[\u4e00-\u9fa5]{2,})/, '').replace(/^(人民政府|政府)(?=[\u4e00-\u9fa5]{3,})/, '') || r.type;
			// (the committee's own office, "中共X县委员会办公室", is the 县委办公室, not any 办公室)
			if (type === '办公室' && /^委(员会)?办公室$/.test(r.type) && /[省市县区州旗]$/.test(r.prefix)) type = r.prefix.slice(-1) + '委办公室';
			return { ...r, type, prefix: name.slice(0, party[0].length + r.prefix.length) };
		}
	}
	const g = load();
	// the Xinjiang Production and Construction Corps (新疆生产建设兵团): its divisions are cities (师市合一,
	// 第八师 is 石河子市) and its regiments (X团) the county-level places under them
	const xpcc = name.match(/^(?:新疆生产建设兵团|兵团)?第[一二三四五六七八九十]{1,3}师([\u4e00-\u9fa5]{2,5}?市)?((?:[一二三四五六七八九十〇零百]{1,5}|\d{1,3})团(?:场)?)?/);
	if (xpcc && (xpcc[1] || xpcc[2]) && xpcc[0].length < name.length) {
		const xj = g.provinces.find((p) => p.startsWith('新疆'));
		const city = xpcc[1] && g.counties.some((k) => k.name === xpcc[1] && k.province === xj) ? xpcc[1] : undefined;
		if (xj && (city || !xpcc[1])) {
			const region: Place = { province: xj };
			if (city) region.city = city;
			if (xpcc[2]) region.district = xpcc[2];
			return { region, level: xpcc[2] ? '县级' : '市级', type: name.slice(xpcc[0].length).trim(), prefix: xpcc[0] };
		}
	}
	let rest = name;
	let province: string | undefined;
	let city: string | undefined;
	let district: string | undefined;
	let used = 0;
	// province
	for (const p of g.provinces) {
		const n = p.endsWith('市') ? 0 : startsWithPlace(rest, p); // municipalities are read as cities
		// a short name that is the start of a city of the same name (吉林 of 吉林市) is the city
		if (n && !/^[市区县]/.test(rest.slice(n))) {
			province = p;
			rest = rest.slice(n);
			used += n;
			break;
		}
	}
	// city (full names first, then short ones)
	const cityNames = [...g.cities.keys()].filter((c) => !province || g.cities.get(c) === province);
	let best: { c: string; n: number } | undefined;
	for (const c of cityNames) {
		// an autonomous prefecture (…哈尼族彝族自治州) is written <short name>州 as often as in full
		const abbr = /自治州$/.test(c) ? shortName(c) + '州' : '';
		const n = rest.startsWith(c) ? c.length : abbr && rest.startsWith(abbr) ? abbr.length : 0;
		if (n && (!best || n > best.n)) best = { c, n };
	}
	// (a city's zone by the city's short name, "X国家高新区管委会", "X经济技术开发区")
	if (!best) for (const c of cityNames) {
		const sh = shortName(c);
		if (sh !== c && sh.length >= 2 && rest.startsWith(sh) && ZONE.test(rest.slice(sh.length).replace(/^国家级?/, ''))) best = { c, n: sh.length };
		// (a city's own institution named by the city's short name, "X博物馆", "X图书馆" of X市, where the text
		// names the city in full: the short name is the place, the kind the rest)
		// (not a county of the city whose name starts with the city's, "X阳楼区…" of X阳市)
		else if (sh !== c && sh.length >= 2 && rest.startsWith(sh) && isBareUnit(rest.slice(sh.length)) && count(context, c) > 0 && !g.counties.some((k) => k.city === c && rest.startsWith(k.name))) best = { c, n: sh.length };
	}
	if (best) {
		city = best.c;
		province = g.cities.get(city);
		rest = rest.slice(best.n);
		used += best.n;
	}
	// county / district
	const cands = g.counties.filter((k) => (!city || k.city === city) && (!province || k.province === province) && rest.startsWith(k.name));
	let county: County | undefined;
	if (cands.length === 1) county = cands[0];
	else if (cands.length > 1) {
		// several of the same name: the one whose city or province the document names most
		const score = (k: County) =>
			count(context, shortName(k.city)) * 2 + count(context, shortName(k.province));
		const ranked = [...cands].sort((a, b) => score(b) - score(a));
		// (no guess: where the document names none of their cities or provinces, or two alike, no county)
		if (score(ranked[0]) > 0 && score(ranked[0]) > score(ranked[1])) county = ranked[0];
	}
	// a development zone named by its county's short name ("X经济开发区管理委员会" of X县): the county's
	let zoneLen = 0;
	if (!county) {
		const zone = g.counties.filter((k) => (!city || k.city === city) && (!province || k.province === province) && /[县市旗]$/.test(k.name) && shortName(k.name).length >= 2 && shortName(k.name) !== k.name && rest.startsWith(shortName(k.name)) && ZONE.test(rest.slice(shortName(k.name).length)));
		if (zone.length === 1) {
			county = zone[0];
			zoneLen = shortName(county.name).length;
		}
	}
	if (county && zoneLen) {
		district = county.full ?? county.name;
		city = county.city;
		province = county.province;
		rest = rest.slice(zoneLen);
		used += zoneLen;
	} else if (county) {
		district = county.full ?? county.name;
		city = county.city;
		province = county.province;
		rest = rest.slice(county.name.length);
		used += county.name.length;
	}
	// a city bureau's branch in one of its districts ("X市公安局Y区分局"): the branch is the district's
	if (!county && city) {
		const branch = g.counties.find((k) => k.city === city && rest.includes(k.name + '分局'));
		if (branch) district = branch.name;
	}
	if (!province) return undefined;
	const region: Place = { province };
	if (city && city !== province) region.city = city;
	if (district) region.district = district;
	let level: RegionResult['level'] = '省级';
	if (district) level = district.endsWith('区') ? '区级' : '县级';
	// a municipality's own departments (北京市…局) are of provincial level
	else if (city && city !== province) level = '市级';
	// a unit below the place found, in a place not known ("X省Y经济开发区管委会", "X省Y镇人民政府"): not
	// of that place's level, and of no level the name says
	else if (/^[\u4e00-\u9fa5]{2,8}?(县|镇|乡|街道|经济开发区|开发区|高新区|工业园区|园区|新区|团场)/.test(rest.trim())) level = undefined;
	// a subdistrict's or town's office under its district's government ("X区人民政府Y街道办事处", the
	// formal name Shanghai's and Beijing's subdistricts sign with): its kind is the office
	let type = rest.trim().replace(/^(?:人民政府|政府)(?=[\u4e00-\u9fa5]{1,8}?(?:街道办事处|镇人民政府|乡人民政府))/, '');
	// (a party committee's department named without 中共, "X市委宣传部", "X县委组织部": the department, as the
	// 中共 form gives it; the committee's own office keeps its "X委办公室")
	if (/[省市县区州旗]$/.test(name.slice(0, used)) && /^委(?!员会)[\u4e00-\u9fa5]{2,6}部$/.test(type)) type = type.slice(1);
	return { region, level, type, prefix: name.slice(0, used) };
}

function count(text: string, word: string): number {
	if (!word) return 0;
	let n = 0;
	for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) n++;
	return n;
}

/* ------------------------------------------------------------------ ids */

/** Usual short forms of department types, used in ids (科学技术协会 → 科协 → kexie). */
const TYPE_SHORT: Array<[RegExp, string]> = [
	[/^科学技术协会$/, '科协'],
	[/^科学技术局$/, '科技局'],
	[/^人力资源和社会保障局$/, '人社局'],
	[/^发展和改革(委员会|局)$/, '发改委'],
	[/^住房和城乡建设局$/, '住建局'],
	[/^自然资源局$/, '自然资源局'],
	[/^工业和信息化局$/, '工信局'],
	[/^科学技术和工业信息化局$/, '科工信局'],
	[/^文化广电旅游体育局$/, '文广旅体局'],
	[/^人民政府办公室$/, '政府办'],
	[/^妇女联合会$/, '妇联'],
	[/^总工会$/, '总工会'],
	[/^共青团.*委员会$/, '团委'],
	[/^残疾人联合会$/, '残联'],
	[/^工商业联合会$/, '工商联'],
	[/^文学艺术界联合会$/, '文联'],
	[/^归国华侨联合会$/, '侨联']
];

/**
 * A unit's name without the places it starts with, for its kind when the place cannot be
 * resolved ("城区X局": several cities have a 城区, so no region, and the kind is X局).
 */
export function withoutPlaces(name: string): string {
	const re = placePattern();
	let rest = name;
	for (let i = 0; i < 3; i++) {
		re.lastIndex = 0;
		const m = re.exec(rest);
		if (!m || m.index !== 0 || rest.length - m[0].length < 2) break;
		rest = rest.slice(m[0].length);
	}
	return rest;
}

export function typeShort(type: string): string {
	for (const [re, s] of TYPE_SHORT) if (re.test(type)) return s;
	return type;
}

/** Pinyin slug: lower-case letters and digits, no separators (full-width digits and letters count as
 * theirs: "１３座" and "13座" give one slug). */
export function slug(s: string): string {
	const py = pinyin(toHalfWidth(s), { toneType: 'none', type: 'array', nonZh: 'consecutive' }) as string[];
	return py
		.join('')
		.toLowerCase()
		.replace(/ü/g, 'v')
		.replace(/[^a-z0-9]/g, '');
}

/** `<province>-<city>[-<district>]-<type>` in pinyin. */
export function departmentId(region: Place, type: string): string {
	// 陕西 and 山西 are both "shanxi" in toneless pinyin; the official spelling of 陕西 is Shaanxi.
	const province = shortName(region.province);
	const parts = [province === '陕西' ? 'shaanxi' : province];
	if (region.city) parts.push(shortName(region.city));
	if (region.district) parts.push(shortName(region.district));
	parts.push(typeShort(type));
	return parts.map(slug).filter(Boolean).join('-');
}

/**
 * Report id: `<department id>-<year>-<kind suffix>`, and for a project record the pinyin slug of
 * the project name (at most 40 letters) after it.
 */
export function reportId(departmentId: string, year: number, kind: import('../../schema/report').ReportKind, projectName?: string): string {
	const base = `${departmentId}-${year}-${KIND_ID_SUFFIX[kind]}`;
	const p = projectName ? slug(projectName).slice(0, 40) : '';
	return p ? `${base}-${p}` : base;
}

/* ------------------------------------------------------------------ organisation names */

/** Words that end the name of a government department or public body. */
const ORG_END_WORDS = [
	// (mass organisations by their short names: X区残联, X县妇联, X市科协, X市工商联 — county reports of every province)
	'残联', '妇联', '侨联', '文联', '科协', '工商联', '社科联',
	'协会', '联合会', '委员会', '办公室', '研究室', '管理局', '服务中心', '中心', '研究院', '研究所', '纪念馆', '博物馆', '图书馆', '科技馆', '文化馆',
	'医院', '卫生院', '卫生室', '敬老院', '福利院', '养老院', '疗养院', '党校', '学校', '小学', '中学', '大学', '学院', '幼儿园', '总工会', '工会', '团委', '政府', '人民政府', '街道办事处', '办事处', '街道', '陵园',
	'管理处', '管理所', '管理站', '服务站', '工作站', '指挥部', '政协', '人民法院', '人民检察院',
	'局', '厅', '委', '办', '院', '所', '馆', '站', '队', '处', '会', '社', '部', '镇', '乡', '园', '场'
];
/** Single characters that end a name only where the name's run ends (推进乡村振兴 is no 乡). */
// (街道: a 街道 as the reporting unit, "X县Y街道2023年度…"; streets in a sentence are none)
const WEAK_END = new Set(['街道', '办', '院', '所', '馆', '站', '队', '处', '会', '社', '部', '镇', '乡', '园', '场']);
/** A final character that is not the end of a name when this follows (部门, 会议, 处理 …). */
// (乡村: 乡 before 村 is rural, "X镇乡村振兴资金", no unit)
const NOT_END_AFTER = /^[门议理置室长级属有计费内外务分员村]/;
/** Characters that end the run of a name in running text. */
/** Words that start what follows a name in a title or sentence (…局财政衔接资金项目, …局2021年度). */
// (下设/内设…: the units below the named one follow, "X中心下设办公室、财务室")
const NAME_STOP_WORD = /^(资金|项目|经费|支出|预算|绩效|整体|部门整体|年度|关于|专项|自评|机关整体|下设|内设|设有|下辖)/;
const NAME_STOP = /[的在对将是为于把被从向即并等已]/;

let placeRe: RegExp | undefined;
function placePattern(): RegExp {
	if (placeRe) return placeRe;
	const g = load();
	const names = new Set<string>();
	for (const p of g.provinces) {
		names.add(p);
		if (shortName(p).length >= 2) names.add(shortName(p));
	}
	for (const c of g.cities.keys()) {
		names.add(c);
		const s = shortName(c);
		if (s.length >= 2) {
			names.add(s);
			// 恩施土家族苗族自治州 → 恩施州
			if (/自治州$/.test(c)) names.add(s + '州');
		}
	}
	for (const k of g.counties) if (k.name.length >= 2) names.add(k.name);
	const alts = [...names].sort((a, b) => b.length - a.length).map((s) => s.replace(/[()（）]/g, '\\$&'));
	placeRe = new RegExp(`(?:中共|共青团|中国共产党)?(?:${alts.join('|')})`, 'g');
	return placeRe;
}

/**
 * A unit's name without its place ("教育局", "机关事务服务中心"), as a county site's 发布机构 or 来源
 * line names the site's own unit: a name that ends like a unit and holds no place.
 */
export function isBareUnit(t: string): boolean {
	if (t.length < 3 || t.length > 14 || !/^[\u4e00-\u9fa5]+$/.test(t)) return false;
	if (/^(本|我|该|各|贵|市|县|区|省|州)/.test(t) || /^(办公室|人民政府|政府|委员会|管理局|服务中心|中心|网站|门户)$/.test(t)) return false;
	if (findOrgNames(t).length) return false;
	return orgEnd(t) === t.length;
}

/**
 * The county-level places the text names whose name ends in `suffix` (区, 县), each once: the
 * district a "区X局" of a district's own site belongs to, where the text names only one.
 */
export function countiesNamed(text: string, suffix: string): Place[] {
	const re = placePattern();
	re.lastIndex = 0;
	const out = new Map<string, Place>();
	const plain = toSimplifiedText(text.slice(0, 12000));
	for (const m of plain.matchAll(re)) {
		// (the place with the places after it, "X市Y区…": the most specific)
		let name = m[0];
		for (let next = placeAt(plain, m.index! + name.length); next; next = placeAt(plain, m.index! + name.length)) name += next;
		const r = regionOf(name + '局', text);
		if (r?.region.district?.endsWith(suffix)) out.set(JSON.stringify(r.region), r.region);
	}
	return [...out.values()];
}

/** The place name (of the gazetteer) that starts at `at` in `text`, if any. */
export function placeAt(text: string, at: number): string | undefined {
	const re = new RegExp(placePattern().source, 'y');
	re.lastIndex = at;
	return re.exec(text)?.[0];
}

/** The end of the longest organisation name in `run` (0 when none). */
function orgEnd(run: string): number {
	let strong = 0;
	let weak = 0;
	for (let i = 2; i <= run.length; i++) {
		for (const w of ORG_END_WORDS) {
			if (i >= w.length && run.slice(i - w.length, i) === w && !NOT_END_AFTER.test(run.slice(i))) {
				// (a weak end inside a common word is none: 市场 of "X州市场监督管理部门", 城乡 of "X盟城乡居民…资金",
				// 社 of 社区)
				if (WEAK_END.has(w) && (/(?:市场|城乡)$/.test(run.slice(0, i)) || (w === '社' && run[i] === '区'))) continue;
				if (WEAK_END.has(w)) weak = i;
				else strong = i;
				break;
			}
		}
	}
	// the longest name that ends in a strong word (局, 委员会, 中心 …); a weak single character
	// ends a name only at the end of the run
	if (weak === run.length) return weak;
	return strong || weak;
}

export interface OrgHit {
	value: string;
	/** offset in the searched text */
	index: number;
	length: number;
}

/**
 * Organisation names led by a place (佛山市南海区财政局, 恩施州农业农村局, 醴陵市教育局) in a
 * text, in order. Spaces inside a name (PDF text) are allowed; the value keeps them as written.
 */
export function findOrgNames(text: string): OrgHit[] {
	const re = placePattern();
	re.lastIndex = 0;
	const out: OrgHit[] = [];
	const folded = toSimplifiedText(text);
	let from = 0;
	for (const m of folded.matchAll(re)) {
		if (m.index! < from) continue;
		// the run of the name: CJK characters (and single spaces) up to a stop word
		let j = m.index!;
		let run = '';
		const idx: number[] = [];
		while (j < folded.length && run.length < 40) {
			// a pinyin gloss a reposting site put after a character ("某區(qū)政府辦") is no part of the name
			const gloss = run.length ? folded.slice(j, j + 10).match(GLOSS_AT) : null;
			if (gloss) {
				j += gloss[0].length;
				continue;
			}
			const ch = folded[j];
			// two units side by side are two names: co-signers of a fund notice ("X县财政局 X县乡村振兴局
			// 关于下达…", "X州财政局X州民族与宗教事务局 2023年3月13日"), a form's 主管部门 and 实施单位
			// cells joined by a space ("X市交通运输局 X市交通运输局"); a branch named by its place
			// ("X市公安局Y区分局") is one name
			if (run.length > m[0].length && (ch === ' ' || /(财政局|财政厅)$/.test(run)) && orgEnd(run) === run.length && !WEAK_END.has(run.slice(-1))) {
				const k = ch === ' ' ? j + 1 : j;
				const next = placeAt(folded, k);
				if (next && !/^分(局|院|所|队|中心)/.test(folded.slice(k + next.length, k + next.length + 3))) break;
				// (a page's index block: "发布机构 X局 责任部门 X局 关键字 …", the next label after a space)
				if (ch === ' ' && /^(责任部门|关\s*键\s*字|发布日期|生成日期|主题分类|公开方式|文\s*号|索\s*引\s*号|来源|发布时间)/.test(folded.slice(k, k + 8))) break;
			}
			if (/[\u4e00-\u9fa5]/.test(ch)) {
				if (run.length >= m[0].length && (NAME_STOP.test(ch) || NAME_STOP_WORD.test(folded.slice(j, j + 4)))) break;
				run += ch;
				idx.push(j);
			} else if (!(ch === ' ' && /[\u4e00-\u9fa5]/.test(folded[j + 1] ?? '') && run.length)) break;
			j++;
		}
		const e = orgEnd(run);
		if (e > m[0].length) {
			// a CPPCC committee's full name leads with the body: "中国人民政治协商会议X县委员会"
			const body = e === run.length || /委员会$/.test(run.slice(0, e)) ? folded.slice(Math.max(0, idx[0] - CPPCC.length), idx[0]) === CPPCC : false;
			const a = body ? idx[0] - CPPCC.length : idx[0];
			const b = idx[e - 1] + 1;
			out.push({ value: text.slice(a, idx[0]) + idx.slice(0, e).map((k) => text[k]).join(''), index: a, length: b - a });
			from = b;
		}
	}
	return out;
}

/** Is the whole (squeezed) text an organisation name? */
export function isOrgName(t: string): boolean {
	if (t.length < 4 || t.length > 40 || !/^[\u4e00-\u9fa5]+$/.test(t)) return false;
	const hits = findOrgNames(t);
	if (hits.length && hits[0].index === 0 && hits[0].length === t.length) return true;
	// no place in it: a name of the unit as its own documents write it (市机关事务服务中心)
	if (/^[市县区省州]/.test(t) && orgEnd(t) === t.length) return true;
	// a township's own unit, the town not in the gazetteer (X镇人民政府, X乡卫生院, X街道办事处)
	if (/^[\u4e00-\u9fa5]{2,4}(街道办事处|街道办|镇人民政府|乡人民政府|镇政府|乡政府)$/.test(t)) return true;
	// (and a bureau of a functional new district the gazetteer does not hold, "X新区民政局")
	const town = t.match(/^[\u4e00-\u9fa5]{1,4}?(镇|乡|街道|新区)/);
	const rest = town ? t.slice(town[0].length) : '';
	return !!rest && rest.length >= 2 && orgEnd(rest) === rest.length && !WEAK_END.has(rest.slice(-1)) ;
}

/**
 * The place a document is about when the department's name does not say (市机关事务服务中心,
 * 局本级): the first place-led organisation or place named in the text.
 */
export function placeOfText(text: string): { region: RegionResult; place: string } | undefined {
	for (const o of findOrgNames(text.slice(0, 6000))) {
		// (a name in traditional characters, "石峰區委辦公室", is placed as in simplified; the party's 中共
		// before a place, "中共X市Y区委", is no part of the place)
		const r = regionOf(toSimplifiedText(o.value), text);
		if (r) return { region: r, place: r.prefix.replace(/^中共/, '') };
	}
	const re = placePattern();
	re.lastIndex = 0;
	for (const m of toSimplifiedText(text.slice(0, 6000)).matchAll(re)) {
		const r = regionOf(m[0] + '局', text);
		if (r && r.prefix) return { region: r, place: r.prefix };
	}
	return undefined;
}
