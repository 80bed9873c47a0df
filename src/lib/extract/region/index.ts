/**
 * Region, government level and stable id of a department, derived from its name (and, to tell
 * apart places of the same name, from the places the document mentions), against the national
 * gazetteer of provinces, cities and counties. No department or report is named here.
 */
import { pinyin } from 'pinyin-pro';
import { GAZETTEER } from './gazetteer-data';

export interface Place {
	province: string;
	city?: string;
	district?: string;
}

interface County {
	name: string;
	city: string;
	province: string;
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
	gaz = { provinces, cities, counties };
	return gaz;
}

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
	level: '省级' | '市级' | '县级' | '区级';
	/** the rest of the name after the places: the department type */
	type: string;
	/** the places matched in the name, as written */
	prefix: string;
}

/**
 * Read the places at the start of a department name. `context` is the document's text: when a
 * county name exists in several cities, the city or province the document mentions decides.
 */
export function regionOf(name: string, context = ''): RegionResult | undefined {
	const g = load();
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
		const n = rest.startsWith(c) ? c.length : 0;
		if (n && (!best || n > best.n)) best = { c, n };
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
		county = [...cands].sort((a, b) => score(b) - score(a))[0];
	}
	if (county) {
		district = county.name;
		city = county.city;
		province = county.province;
		rest = rest.slice(county.name.length);
		used += county.name.length;
	}
	if (!province) return undefined;
	const region: Place = { province };
	if (city && city !== province) region.city = city;
	if (district) region.district = district;
	let level: RegionResult['level'] = '省级';
	if (district) level = district.endsWith('区') ? '区级' : '县级';
	// a municipality's own departments (北京市…局) are of provincial level
	else if (city && city !== province) level = '市级';
	return { region, level, type: rest.trim(), prefix: name.slice(0, used) };
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

export function typeShort(type: string): string {
	for (const [re, s] of TYPE_SHORT) if (re.test(type)) return s;
	return type;
}

/** Pinyin slug: lower-case letters and digits, no separators. */
export function slug(s: string): string {
	const py = pinyin(s, { toneType: 'none', type: 'array', nonZh: 'consecutive' }) as string[];
	return py
		.join('')
		.toLowerCase()
		.replace(/ü/g, 'v')
		.replace(/[^a-z0-9]/g, '');
}

/** `<province>-<city>[-<district>]-<type>` in pinyin. */
export function departmentId(region: Place, type: string): string {
	const parts = [shortName(region.province)];
	if (region.city) parts.push(shortName(region.city));
	if (region.district) parts.push(shortName(region.district));
	parts.push(typeShort(type));
	return parts.map(slug).filter(Boolean).join('-');
}
