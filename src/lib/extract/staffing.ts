/**
 * Staffing: 编制, 实有/在职, 离退休, 外聘, 财政供养人员, 下属单位数 — from prose and from tables.
 */
import type { StaffLine } from '../schema/report';
import type { Ctx, Env } from './context';
import type { Span } from './doc';
import { NUM, clauseStart, isNumberCell } from './numbers';
import { cellStream } from './grid';
import { toHalfWidth } from '../text/normalize';
import { simplifyText } from '../text/simplified';

type Measure = StaffLine['measure'];

// (个 counts posts only after a 编制 label: "行政编制24个")
const STAFF_RE = new RegExp(String.raw`(?<![\d.])(${NUM})\s*(个人|名|人|个(?![人月项单机部批次]))(?![次数均员])`, 'g');
// (教职工: a school's people in post, "教职工82人", the 基本情况 of kindergartens' and schools' 决算 说明)
// (有职工: a unit's people in post, "我单位2023年底有职工12人", the 机构设置 of Yunnan whole-department reports)
// (a bare 实际 after a kind's posts, "事业编制20人,实际18人": the people in post of that kind)
// (定编 is 编制 and 供给 is 供养, one for the other: "全局定编人员143人", "财政全额供给人员26人" — FINANCED_WORD)
const STAFF_WORD = /编制|定编|在编|在岗|在职|实有|退休|离休|外聘|劳务派遣|聘用|临聘|协管|供养|供给|财政(?:全额|差额)(?:保障|补助|拨款)|^教职工$|有职工$|^[,，]?实际$|(?:事业|行政|工勤)编$/;
/** people the budget pays, in the words reports use for it: 财政供养 / 财政全额供给 / 全额供给 / 全供养 */
const FINANCED_WORD = /(?:财政|全额|差额|全|部分)(?:供养|供给)/;
/** posts, not people on the payroll */
const POSTS = /书记|主席|主任|委员|领导职数|局长|科长|部长|干事/;

/** the people in post by how the budget pays them ("其中:财政全额保障N人,财政差额补助M人", the 人员情况 of
 * Yunnan whole-department self-evaluation reports): people financed, by kind, as written */
// (also "财政全供养N人,财政部分供养M人", the 编制情况 of Yunnan whole-department evaluation reports)
const FINANCED_KIND = /^(?:其中[:：]?)?(财政(?:全额|差额)(?:保障|补助|拨款)|财政(?:全额?|部分|差额)供养)(?:人员)?$/;

function measureOf(label: string): Measure | undefined {
	if (FINANCED_KIND.test(label.replace(/\s+/g, ''))) return 'financed';
	// people the budget does not pay ("非财政供养N人") are no count of people financed
	if (/非财政/.test(label)) return undefined;
	if (/退休|离休/.test(label)) return 'retired';
	// ("其中全额供给行政编制人员23人": people financed, of that kind of post)
	if (FINANCED_WORD.test(label)) return 'financed';
	// people in post say so (实际在岗干部编制, 在编人数); else the head noun decides: "实有编制数63人"
	// counts establishment posts
	if (!/在岗|在职|在编/.test(label) && /编制(数|人数)?\s*(为|是|共|有)?\s*$/.test(label)) return 'authorized';
	// "在职人员编制为14人", "核定在职全额编制数5名": the establishment of the people in post, posts all the same
	if (/(?:在职人员|核定[\u4e00-\u9fa5]{0,6})编制(数|人数)?\s*(为|是|共|有)?\s*$/.test(label)) return 'authorized';
	if (/外聘|劳务派遣|聘用|临聘|协管/.test(label)) return 'contracted';
	if (/财政供养/.test(label)) return 'financed';
	if (/实有|实际|在职|在岗|在编/.test(label) || /^教职工$|有职工$/.test(label)) return 'actual';
	// (编制 shortened to 编, "核定全额事业编18名")
	if (/编制|定编|(?:事业|行政|工勤)编\s*$/.test(label)) return 'authorized';
	return undefined;
}

function categoryOf(label: string, measure: Measure, sentence = ''): string {
	// (a kind named with its class, "行政工勤编制", keeps both words)
	// (and "行政事业编制", "机关事业编制": the 事业 posts of an organ, a kind of its own)
	// (依照公务员法管理 is 参照公务员法管理 as some reports write it)
	// (参公管理事业 too; and the 事业 posts named by how they are paid, "全额事业编制", "全部补助事业编制人数": as written)
	const m = label.match(/(参公事业|参公管理事业|(?:参照|依照)公务员法管理事业|(?:参照|依照)公务员法管理|参公管理|参公|行政工勤|事业工勤|工勤事业|行政事业|机关事业|(?:全部补助|部分补助|全额|差额)事业|行政|事业|工勤|干部|政法专项|机关)编制/);
	if (m) return `${m[1]}编制`;
	// 编制 shortened to 编 ("核定全额事业编18名")
	const short = label.replace(/\s+/g, '').match(/((?:全额|差额|自收自支)?(?:事业|行政|工勤))编$/);
	if (short) return `${short[1]}编`;
	// a kind of post named in full ("机关后勤服务编制2名"): the kind as written, not the total
	const kind = label.replace(/\s+/g, '').split(/[、,，;；:：\d]/).pop()!.match(/^(?:核定|其中)?([\u4e00-\u9fa5]{2,8})编制数?$/);
	// ("人员编制", "X系统人员编制" are the total)
	// (a kind of people's posts, "工勤人员编制0人", is that kind's)
	if (kind && (!/人员$|系统|单位|[局委办院]$|实有|核定|现有|在编|在职|[我本]/.test(kind[1]) || /^(?:行政|事业|工勤|机关|后勤|技术)[\u4e00-\u9fa5]{0,4}人员$/.test(kind[1]))) return `${kind[1]}编制`;
	// people in post named by their kind of post ("实有事业人员32名", "在职行政人员N人"): that kind's 实有
	if (measure === 'actual') {
		const k = label.replace(/\s+/g, '').match(/(?:实有|在职|在编)(行政|事业|工勤|参公)(?:编制)?人员$/);
		if (k) return `${k[1]}编制`;
		// (the kind before the word of being in post, "现行政在岗16人,事业在岗121人": that kind, as written)
		const before = label.replace(/\s+/g, '').match(/^[,，、]?(?:现|现有)?((?:全部补助|部分补助|全额|差额)?(?:行政|事业|工勤|参公))(?:人员)?(?:在岗|在职|在编)(?:人数)?$/);
		if (before) return before[1];
	}
	if (measure === 'financed') {
		const f = label.replace(/\s+/g, '').match(FINANCED_KIND);
		if (f) return f[1];
		// (a kind of people named after the word of financing, "全额供给依照公务员法管理工勤人员11人": that kind as written)
		const k = label.replace(/\s+/g, '').match(/(?:供给|供养)([\u4e00-\u9fa5]{2,16}人员)$/);
		if (k) return k[1];
	}
	if (measure === 'retired') {
		// "离退休人员N人,其中:离休A人,退休B人": the retired of both kinds together
		if (/离退休/.test(label)) return '合计';
		const r = label.match(/退休(公务员|干部|职工|工人)/);
		if (r) return r[1];
		// (a kind of the retired named with how they were employed, "退休合同制工人3人" beside "退休人员33人": as written)
		const kind = label.replace(/\s+/g, '').match(/(退休[\u4e00-\u9fa5]{1,4}?制(?:工人|职工|干部|人员))$/);
		if (kind) return kind[1];
		// 离休 and 退休 counted apart ("离休2人、退休75人"): each is a kind of its own
		if (/离休/.test(label)) return '离休';
		if (/离休/.test(sentence)) return '退休';
	}
	// people not on the payroll named by their kind ("协管员", "临聘人员", "3个市场化公司聘用人员")
	if (measure === 'contracted') {
		const k = label.replace(/\s+/g, '').replace(/^(其中|包括|含)?[:：]?(\d+个)?/, '');
		if (/^[\u4e00-\u9fa5]{2,14}员$/.test(k)) return k;
		// (or by the way they were taken on, "占编不入编聘用2人", "劳务派遣5人"; not a bare 聘用 / 劳务派遣)
		if (/^[\u4e00-\u9fa5]{2,10}(?:聘用|派遣)$/.test(k) && !/^(?:外聘|劳务|派遣|聘用|临聘|其他|人员)+$/.test(k)) return k;
	}
	return '合计';
}

export function readStaffing(ctx: Ctx, env: Env): StaffLine[] {
	const out: StaffLine[] = [];
	const short = env.deptShort;
	// 市科协 / 区科协: the department's own short forms
	const selfNames = [env.deptName, short];
	for (const para of ctx.paras) {
		const { span } = para;
		// (a paragraph whose only staff words are "现有职工N人" counts its people too: STAFF_WORD anchors 有职工 on the label)
		if (!STAFF_WORD.test(span.norm) && !/有职工\s*\d/.test(span.norm)) continue;
		let unit = '本级';
		let sentenceStart = 0;
		let lastSentence = -1;
		let sentenceFirst = 0;
		let prevEnd = 0;
		/** the sentence whose counts are dated another year-end */
		let otherYearIn = -1;
		/** the sentence in which the units below the department are the subject (a clause after a ；) */
		let belowIn = -1;
		let BELOW_ALL = '';
		STAFF_RE.lastIndex = 0;
		for (const m of span.norm.matchAll(STAFF_RE)) {
			const a = m.index!;
			const b = a + m[1].length;
			// the sentence's subject decides whose staff: the department or a unit below it
			const sStart = Math.max(span.norm.lastIndexOf('。', a) + 1, 0);
			if (sStart !== sentenceStart || unit === '本级') {
				sentenceStart = sStart;
				// (matched in the normalised text: a report in traditional characters or full-width forms,
				// "下屬單位市科技館核定事業編制", names its units the same way)
				const subject = span.norm.slice(sStart, a).trim();
				// a unit below the department, or the department's whole system ("X市农业农村系统人员编制N名",
				// Yunnan and Hunan reports that state the system's staff apart from the bureau's)
				const org = subject.match(/^(?:下属(?:单位|二级单位)?)?([\u4e00-\u9fa5]{2,30}?(?:中心|馆|站|所|院|队|学校|系统))(?=全额|差额|自收|核定|现有|在职|实有|事业|编制|人员编制|共有)/);
				if (org && (org[1].endsWith('系统') || !selfNames.some((s) => s && org[1].includes(s)))) unit = org[1];
				else if (/^(市|区|县|省)?[\u4e00-\u9fa5]{0,12}(机关|本部)/.test(subject) || (short && subject.includes(short))) unit = '本级';
				// (a sentence of bare counts after one that ends naming a unit below the department, "参照公务员法管理的
				// 事业单位1个,X办公室。编制4名,实有3人": that unit's)
				else {
					const named = /^(?:编制|核定|实有|现有)/.test(subject) ? span.norm.slice(Math.max(0, sStart - 40), sStart).match(/[,，:：]\s*([\u4e00-\u9fa5]{2,30}?(?:中心|馆|站|所|院|队|学校|办公室|协会))\s*。$/) : null;
					if (named && !selfNames.some((n) => n && named[1].includes(n))) unit = named[1];
				}
			}
			// the units below the department as a whole, the subject of a clause after a ；("我局行政编制25名,…;下属单位共有
			// 事业编制49名(…),财政全额供给43人(…)。"): the counts to the sentence's end are theirs (whole-department reports
			// that state the bureau's and its units' staff in one sentence); the next sentence is the department's again
			if (belowIn >= 0 && belowIn !== sStart) {
				belowIn = -1;
				if (unit === BELOW_ALL) unit = '本级';
			}
			const semi = Math.max(span.norm.lastIndexOf('；', a), span.norm.lastIndexOf(';', a));
			if (semi >= sStart) {
				const all = span.norm.slice(semi + 1, a).trim().match(/^(下属单位|所属单位|直属单位|下属二级单位)(?=共有|共|核定|现有|实有|编制|事业|行政|在职|[\u4e00-\u9fa5]{0,4}编制)/);
				if (all) {
					unit = BELOW_ALL = all[1];
					belowIn = sStart;
				}
			}
			// a unit set up below the department, named within the sentence ("…在职23名;下设一个二级机构
			// X中心,核定全额事业编18名,在职16人"): the counts after it are that unit's
			const below = span.norm.slice(Math.max(sStart, prevEnd), a).match(/下设(?:一个|\d+个)?(?:二级机构|二级单位|事业单位|直属单位)?([\u4e00-\u9fa5]{2,20}?(?:中心|馆|站|所|院|队))/);
			if (below && !selfNames.some((n) => n && below[1].includes(n))) unit = below[1];
			// the units below the department listed one by one, each a numbered item that opens with its name
			// ("直属4个事业单位:(1)X保育院:编制41名(…),实有30人(…),退休16人;(2)Y中心,编制4名,实有2人", "①X站:…",
			// "1.X中心,编制…"): the counts in an item are its unit's (部门预算/决算 说明 that list their 直属单位' staff)
			const items = [...span.norm.slice(sStart, a).matchAll(/(?:^|[:：;；。,，\s])(?:[(（]\d{1,2}[)）]|\d{1,2}[.、．]|[①②③④⑤⑥⑦⑧⑨⑩])\s*([\u4e00-\u9fa5()（）]{2,30}?(?:中心|馆|站|所|院|队|学校|办公室|协会|社|园))\s*[:：,，]/g)];
			const item = items.pop();
			if (item && !selfNames.some((n) => n && item[1].includes(n))) unit = item[1];
			prevEnd = a + m[0].length;
			let ls = clauseStart(span, a);
			const label = span.norm.slice(ls, a);
			// (and a whole establishment, "行政事业总编制为N个")
			if (m[2] === '个' && !/(行政|事业|工勤|参公|机关|全额|差额|人员|核定)总?编制(数)?\s*(为|是|共|有)?\s*$/.test(label)) continue;
			// a change in a count ("主要变动原因是本年度在编人员增加3人", "较上年减少2人") is no count of people
			if (/(?:增加|减少|增长|下降|变动|新增|净增|净减|增|减)了?\s*$/.test(label)) continue;
			// a count at the end of another year ("2021年末实有在职人员60人,退休25人" in a 2022 report), and
			// the counts after it in its sentence, are not the year's
			const dated = label.replace(/\s+/g, '').match(/(20\d\d)年(末|底|度末|12月31日)/);
			if (dated) otherYearIn = Number(dated[1]) !== env.year ? sStart : -1;
			if (otherYearIn === sStart) continue;
			// a unit's head count in the list of a staff sentence ("其中，局机关在职113人、…、X中心10人"):
			// that unit's people in post (Hunan and Yunnan 基本情况)
			const unitCount = label.match(/^\s*([\u4e00-\u9fa5]{2,20}?(?:中心|馆|站|所|院|队|学校|处))\s*$/);
			// (a unit's count opening a bracket of its kinds, "环卫处N人(在职在编…)", is a head count of all kinds)
			if (unitCount && !/^\s*[(（]/.test(span.norm.slice(a + m[0].length)) && STAFF_WORD.test(span.norm.slice(Math.max(0, ls - 60), ls)) && !selfNames.some((n) => n && unitCount[1].includes(n))) {
				let qa = ls;
				while (qa < a && /\s/.test(span.text[qa])) qa++;
				const count = ctx.figure(span.text.slice(a, b), '人', span.map[qa], span.map[a + m[0].length - 1] + 1, 0.8, 'staffing.prose.unit');
				out.push({ unit: unitCount[1], category: '合计', measure: 'actual', count });
				continue;
			}
			// the kinds of post after a head count ("在职人员81人,专业技术人员57人、管理人员1人,工勤人员23人",
			// the 人员概况 of 单位决算 publications): each kind's count, as the head count measures it
			const post = label.replace(/\s+/g, '').match(/^(?:其中[:：]?)?(专业技术人员|专技人员|管理人员|工勤技能人员|工勤人员|技术工人|普通工人|公务员)$/);
			const head = out[out.length - 1];
			if (post && head && lastSentence === sStart && head.unit === unit && (head.measure === 'actual' || head.measure === 'authorized')) {
				while (ls < a && /\s/.test(span.text[ls])) ls++;
				const count = ctx.figure(span.text.slice(a, b), '人', span.map[ls], span.map[a + m[0].length - 1] + 1, 0.8, 'staffing.prose.post');
				out.push({ unit, category: post[1], measure: head.measure, count });
				continue;
			}
			// the other kinds listed after a count of one kind of people in post ("现有在职在编行政人员4人,参公2人,机关工勤
			// 人员1人,全额拨款事业单位人员5人", Chongqing's 部门决算 说明): each kind's people in post, named as written
			const kindNext = label.replace(/\s+/g, '').match(/^(?:[,，、])?(参公|参照公务员法管理|机关工勤|工勤|(?:全额|差额)(?:拨款)?事业|自收自支事业|事业|行政)(?:单位)?(?:人员)?$/);
			if (kindNext && head && lastSentence === sStart && head.unit === unit && head.measure === 'actual' && head.category !== '合计') {
				while (ls < a && /[\s,，、]/.test(span.text[ls])) ls++;
				const count = ctx.figure(span.text.slice(a, b), '人', span.map[ls], span.map[a + m[0].length - 1] + 1, 0.75, 'staffing.prose.kind');
				out.push({ unit, category: kindNext[1], measure: 'actual', count });
				continue;
			}
			// a kind of people a count includes, in brackets after it ("实有行政人员26人(含行政工勤人员3人)", "事业编制69人
			// (含参公管理事业编制16人)"): that kind's count, as the count before the bracket measures it, named as written
			const incl = label.replace(/\s+/g, '').match(/^[(（]?(?:含|其中[:：]?)([\u4e00-\u9fa5]{2,12}人员)$/);
			if (incl && head && lastSentence === sStart && head.unit === unit && (head.measure === 'actual' || head.measure === 'authorized') && /[(（]\s*(?:含|其中)/.test(span.norm.slice(Math.max(sStart, ls - 2), a))) {
				while (ls < a && /[\s(（]/.test(span.text[ls])) ls++;
				const count = ctx.figure(span.text.slice(a, b), '人', span.map[ls], span.map[a + m[0].length - 1] + 1, 0.75, 'staffing.prose.included');
				out.push({ unit, category: incl[1], measure: head.measure, count });
				continue;
			}
			// the kinds a count is made of, in a bracket right after it, named by how they are paid or placed
			// ("编制41名(全额拨款31名,自收自支10名)", "实有17人(全额拨款在职8人,自收自支8人,离岗创业1人)"): each kind's
			// count, as the count before the bracket measures it, named as written (部门预算/决算 说明 of Gansu and other
			// provinces that break a unit's posts and people down by funding)
			const opened = Math.max(span.norm.lastIndexOf('(', a), span.norm.lastIndexOf('（', a));
			const part = label.replace(/\s+/g, '').replace(/^[(（,，、]?(?:其中[:：]?)?/, '').replace(/(?:在职|在编|在岗)?(?:人员)?$/, '');
			if (opened >= sStart && !/[)）]/.test(span.norm.slice(opened, a)) && /\d\s*[名人]\s*$/.test(span.norm.slice(sStart, opened)) && head && lastSentence === sStart && head.unit === unit && (head.measure === 'actual' || head.measure === 'authorized') && /^(?:全额拨款|差额拨款|全额|差额|自收自支|经费自理|离岗创业|借调|挂职|见习)$/.test(part)) {
				while (ls < a && /[\s(（,，、]/.test(span.text[ls])) ls++;
				const count = ctx.figure(span.text.slice(a, b), '人', span.map[ls], span.map[a + m[0].length - 1] + 1, 0.75, 'staffing.prose.parts');
				out.push({ unit, category: part, measure: head.measure === 'authorized' && /^离岗|借调|挂职|见习/.test(part) ? 'actual' : head.measure, count });
				continue;
			}
			if (!STAFF_WORD.test(label) || POSTS.test(label)) continue;
			// counts in brackets after a unit's head count ("环卫处1707人(在职在编132人、退休人员148人)")
			// are that unit's
			// (a staffing total before the bracket, "核定编制N名(其中行政编制A名,…)", is no unit: its parts are
			// the department's own)
			const group0 = groupOf(span.norm, a);
			const group = group0 && STAFF_WORD.test(group0) && !/(中心|馆|站|所|院|队|学校|处|局|单位)$/.test(group0) ? undefined : group0;
			if (group) unit = /本级|机关|本部/.test(group) || selfNames.some((n) => n && group.includes(n)) ? '本级' : group;
			const measure = measureOf(label);
			if (!measure) continue;
			// (a bare 实际 only right after a kind's posts in its sentence: "计划培训50人,实际48人" counts no staff)
			if (/^[,，]?实际$/.test(label.replace(/\s+/g, '')) && !(head && lastSentence === sStart && head.unit === unit && head.measure === 'authorized' && head.category !== '合计')) continue;
			// a 实有人数 that holds the retired ("实有人数11人,其中:在职人员10人,…退休人员1人", the 人员情况 of
			// 单位决算 publications): no head count of people in post; its parts are read
			if (measure === 'actual' && /实有/.test(label) && /^[^。]{0,6}其中[:：]?[^。]*在职[^。]*(退休|离休)/.test(span.norm.slice(a + m[0].length))) continue;
			// quote: the clause from the org name or the sentence start when the clause is the subject
			while (ls < a && /\s/.test(span.text[ls])) ls++;
			const qa = ls;
			const qb = a + m[0].length;
			const [qs, qe] = [span.map[qa], span.map[qb - 1] + 1];
			// a count at the start of the year that the sentence brings up to date ("离退休原有42人,新增1人,现有43人";
			// "原有N人,调出A人,现有M人"): the count now, quoted with its changes
			const now = /原有$/.test(label.replace(/\s+/g, '')) ? span.norm.slice(a + m[0].length).match(new RegExp(String.raw`^[,，][^。；;]{0,24}?现有\s*(${NUM})\s*[人名]`)) : null;
			const nowAt = now ? a + m[0].length + now[0].lastIndexOf(now[1]) : -1;
			const count = now ? ctx.figure(span.text.slice(nowAt, nowAt + now[1].length), '人', qs, span.map[a + m[0].length + now[0].length - 1] + 1, 0.8, 'staffing.prose.now') : ctx.figure(span.text.slice(a, b), '人', qs, qe, 0.85, 'staffing.prose');
			let category = categoryOf(label, measure, span.norm.slice(sStart, span.norm.indexOf('。', a) + 1 || undefined));
			// "核定事业编制 18 名，…实际在编 6 人": the count goes on with the kind just named;
			// "在编人员" names everyone (合计)
			const last = out[out.length - 1];
			// (after two kinds named together, "行政编制11名、后勤服务编制2名,在职23名", the count is of both;
			// a bare 在职, "核定全额事业编18名,在职16人", counts everyone in post, on the establishment or not)
			// (kinds each followed by its own count, "行政编制N人,实有人数A人;事业编制M人,实有人数B人": only the kinds
			// named since the last count of people in post)
			const lastActual = out.reduce((x, l, k) => (k >= sentenceFirst && l.measure === 'actual' ? k : x), -1);
			const named = out.filter((l, k) => k >= sentenceFirst && k > lastActual && l.unit === unit && l.measure === 'authorized').length;
			if (category === '合计' && measure === 'actual' && !/人员/.test(label) && !/^[,，]?在职$/.test(label.replace(/\s+/g, '')) && last && lastSentence === sStart && last.unit === unit && named <= 1) category = last.category;
			out.push({ unit, category, measure, count });
			if (lastSentence !== sStart) sentenceFirst = out.length - 1;
			lastSentence = sStart;
		}
	}
	out.push(...kindsOfHeadCount(ctx, out));
	// one count stated twice ("县编委核定事业编制14人。…其中:行政编制0人,事业编制14人"; "有职工12人…在职实有12人"):
	// one line, quoted where it is first stated (whole-department reports that restate their staffing
	// under 编制情况 after the 机构设置 paragraph)
	for (let i = out.length - 1; i > 0; i--) {
		const l = out[i];
		if (out.slice(0, i).some((o) => o.unit === l.unit && o.category === l.category && o.measure === l.measure && o.count.value === l.count.value)) out.splice(i, 1);
	}
	out.push(...subordinateUnits(ctx));
	// tables, in any layout (tab rows, one cell a line, " | " cells): 财政供养人员数 32 | 下属二级单位数 1,
	// 人员编制 | 21 | 实有人数 | 21
	const cells = cellStream(ctx);
	{
		{
			cells.forEach((c, i) => {
				const k = c.key;
				const next = cells[i + 1];
				if (!next || !isNumberCell(next.key) || /[.%]/.test(next.key) || k.length > 16) return;
				let measure: Measure | undefined;
				let unitWord = '人';
				if (/财政供养人员/.test(k)) measure = 'financed';
				else if (/下属.*单位(数|个数)/.test(k)) {
					measure = 'subordinate_units';
					unitWord = '个';
				} else if (/实有人数|在职人数|实有人员/.test(k)) measure = 'actual';
				else if (/编制(人)?数|^人员编制$|^编制$/.test(k)) measure = 'authorized';
				else if (/退休人(数|员)/.test(k)) measure = 'retired';
				if (!measure) return;
				if (out.some((o) => o.measure === measure && o.count.value === Number(next.key) && ctx.isUsed(next.start, next.end))) return;
				const count = ctx.figure(next.text.trim(), unitWord, c.start, next.end, 0.9, 'staffing.table');
				out.push({ unit: '本级', category: '合计', measure, count });
			});
		}
	}
	return out;
}

const HEAD = new RegExp(String.raw`(在职(?:人员)?|教职工|职工|实有人员|在编人员)(?:共|共有|为)?\s*(${NUM})\s*(?:人|名)[。，,]?\s*[(（]?\s*其中\s*[:：,，]?\s*`, 'g');
const KIND = new RegExp(String.raw`^([\u4e00-\u9fa5]{2,8}?)\s*(${NUM})\s*(?:人|名)\s*([、，,]\s*)?`);

/**
 * The kinds of people a head count lists after 其中 ("在职N人,其中:A类N1人、B类N2人", "教职工N人。
 * (其中,专任教师N1人,保育员N2人…;退休人员…"): each kind's count, as the head count measures it, when
 * the kinds named without a word of their own measure (编制, 退休, 聘用 …) add up to the head count
 * exactly; a list that does not add up (by sex, by age, a part left out) is not read. Serves the 人员概况
 * of 部门决算 说明 of Sichuan, Gansu and other provinces, and schools' 基本情况.
 */
function kindsOfHeadCount(ctx: Ctx, read: StaffLine[]): StaffLine[] {
	const out: StaffLine[] = [];
	for (const { span } of ctx.paras) {
		HEAD.lastIndex = 0;
		for (const m of span.norm.matchAll(HEAD)) {
			const total = Number(m[2]);
			const head = read.find((l) => l.measure === 'actual' && l.category === '合计' && l.count.value === total && simplifyText(toHalfWidth(l.count.quote)).replace(/\s+/g, '').includes(m[1]));
			if (!head) continue;
			const kinds: Array<{ name: string; num: string; a: number; b: number }> = [];
			let at = m.index! + m[0].length;
			for (;;) {
				const k = span.norm.slice(at).match(KIND);
				if (!k || STAFF_WORD.test(k[1]) || POSTS.test(k[1])) break;
				const a = at + k[0].indexOf(k[2], k[1].length);
				kinds.push({ name: k[1], num: k[2], a: at, b: a + k[2].length + 1 });
				at += k[0].length;
				if (!k[3]) break;
			}
			// (the list ends the clause: a kind cut off or followed by more text is no full list)
			if (kinds.length < 2 || !/^\s*([;；。)）]|$)/.test(span.norm.slice(kinds[kinds.length - 1].b))) continue;
			if (Math.abs(kinds.reduce((x, k) => x + Number(k.num), 0) - total) > 1e-9) continue;
			for (const k of kinds) {
				const na = k.b - 1 - k.num.length;
				const count = ctx.figure(span.text.slice(na, na + k.num.length), '人', span.map[k.a], span.map[k.b - 1] + 1, 0.8, 'staffing.kinds');
				out.push({ unit: head.unit, category: k.name, measure: head.measure, count });
			}
		}
	}
	return out;
}

const UNITS_TOTAL = new RegExp(String.raw`由\s*(${NUM})\s*(家|个)(?:预算)?单位组成`, 'g');
/** "本单位共有10个机构单位,其中3个行政部门…和7个事业单位": the count before its noun */
const UNITS_TOTAL_BEFORE = new RegExp(String.raw`共有\s*(${NUM})\s*(个|家)(?:机构|预算|下属|所属)?单位`, 'g');
/** "纳入本部门N年度决算编制的预算单位包括N个单位": the units a 决算 covers (Chongqing's 单位构成, other
 * provinces' 部门决算单位构成), quoted from 纳入 */
const UNITS_IN_ACCOUNTS = new RegExp(String.raw`纳入[^。；;，,]{0,20}?(?:决算|预算)(?:编制)?(?:范围)?的(?:预算)?单位(?:包括|共|共有|有|为)\s*(${NUM})\s*(个|家)(?:预算)?(?:单位)?`, 'g');
/** "下设2个管理机构,一是正处级事业单位X中心;二是…": bodies set up below the department, counted as units
 * where the words after them say they are 事业单位 (Chongqing and other 基本情况; internal offices,
 * 科室 and 派出/派驻机构, are no units) */
const UNITS_SET_UP = new RegExp(String.raw`下设\s*(${NUM})\s*(个|家)([\u4e00-\u9fa5]{0,6}机构)(?=[,，:：]?\s*(?:一是|分别为|分别是|即|包括|为)?[^。；;]{0,8}事业单位)`, 'g');
/** "下设2个副处级事业单位即A、B;下设3个科级事业单位即C、D、E": public institutions set up below the department,
 * counted by rank, the kind named as written (Hunan city bureaus' 基本情况) */
// (also the units the department holds, "有局机关及局属7个二级事业单位": 局属 / 委属 / 所属 / 直属 before the count)
const UNITS_SET_UP_KIND = new RegExp(String.raw`(?:下设|[局委办院厅]属|所属|直属|下属)\s*(${NUM})\s*(个|家)((?:[正副]?[处科股]级|二级|[\u4e00-\u9fa5]{0,4}额拨款|直属|所属|下属)?事业单位)`, 'g');
const UNITS_PART_BEFORE = new RegExp(String.raw`(${NUM})\s*(个|家)(行政部门|行政单位|事业单位|参公单位)`, 'g');
const UNITS_PART = new RegExp(String.raw`((?:全额拨款|差额拨款|自收自支|参公管理|参照公务员法管理|行政|事业|直属|下属|所属|二级|副科级|正科级)[\u4e00-\u9fa5]{0,8}?单位)\s*(${NUM})\s*(个|家)`, 'g');

/**
 * How many units the department is made of, from prose: "X系统由N家单位组成，其中：全额拨款单位N个
 * (含行政单位N个…)", "内设副科级事业单位N个、直属事业单位N个" (Yunnan and Hunan 基本情况). The
 * units belong to the sentence's subject: the department's whole system when it says so, else 本级.
 */
function subordinateUnits(ctx: Ctx): StaffLine[] {
	const out: StaffLine[] = [];
	/** the budget units a 决算 covers: a count of its own grouping (本级 included) */
	const inAccounts: Array<{ span: Span; a: number; e: number; num: string; word: string; qa: number }> = [];
	for (const { span } of ctx.paras) {
		if (!/单位/.test(span.norm)) continue;
		const unitAt = (a: number) => {
			const sStart = Math.max(span.norm.lastIndexOf('。', a) + 1, 0);
			return span.norm.slice(sStart, a).match(/^\s*([\u4e00-\u9fa5]{2,30}?系统)/)?.[1] ?? '本级';
		};
		const push = (a: number, e: number, category: string, num: string, unitWord: string, qa: number) => {
			if (ctx.isUsed(span.map[a], span.map[a + num.length - 1] + 1)) return;
			const count = ctx.figure(span.text.slice(a, a + num.length), unitWord, span.map[qa], span.map[e - 1] + 1, 0.8, 'staffing.units');
			out.push({ unit: unitAt(a), category, measure: 'subordinate_units', count });
		};
		for (const m of span.norm.matchAll(UNITS_TOTAL)) {
			const a = m.index! + m[0].indexOf(m[1]);
			const sStart = Math.max(span.norm.lastIndexOf('。', m.index!) + 1, 0);
			let qa = sStart;
			while (/\s/.test(span.norm[qa])) qa++;
			push(a, m.index! + m[0].length, '合计', m[1], m[2], qa);
		}
		for (const m of span.norm.matchAll(UNITS_SET_UP)) {
			if (/派出|派驻|内设/.test(m[3])) continue;
			const a = m.index! + m[0].indexOf(m[1], 2);
			push(a, m.index! + m[0].length, m[3], m[1], m[2], m.index!);
		}
		for (const m of span.norm.matchAll(UNITS_SET_UP_KIND)) {
			const a = m.index! + m[0].indexOf(m[1], 2);
			push(a, m.index! + m[0].length, m[3], m[1], m[2], m.index!);
		}
		for (const m of span.norm.matchAll(UNITS_IN_ACCOUNTS)) {
			const a = m.index! + m[0].lastIndexOf(m[1]);
			inAccounts.push({ span, a, e: m.index! + m[0].length, num: m[1], word: m[2], qa: m.index! });
		}
		for (const m of span.norm.matchAll(UNITS_TOTAL_BEFORE)) {
			const a = m.index! + m[0].indexOf(m[1]);
			const sStart = Math.max(span.norm.lastIndexOf('。', m.index!) + 1, 0);
			let qa = sStart;
			while (/\s/.test(span.norm[qa])) qa++;
			// (its parts, "其中3个行政部门(…)和7个事业单位", each quoted from the sentence start)
			const sEnd = span.norm.indexOf('。', m.index!) < 0 ? span.norm.length : span.norm.indexOf('。', m.index!);
			const parts = [...span.norm.slice(m.index! + m[0].length, sEnd).matchAll(UNITS_PART_BEFORE)];
			push(a, m.index! + m[0].length, '合计', m[1], m[2], qa);
			for (const p of parts) {
				const pa = m.index! + m[0].length + p.index!;
				push(pa, pa + p[0].length, p[3], p[1], p[2], qa);
			}
		}
		for (const m of span.norm.matchAll(UNITS_PART)) {
			const a = m.index! + m[0].lastIndexOf(m[2]);
			// "含行政单位1个": the quote opens at the clause
			let qa = m.index!;
			const lead = span.norm.slice(Math.max(0, qa - 3), qa).match(/(含|其中[:：]?|内设|下设)$/);
			if (lead) qa -= lead[1].length;
			// (下属 / 所属 say whose they are, not their kind: "下属二级单位0个" counts 二级单位)
			push(a, m.index! + m[0].length, m[1].replace(/^(内设|下设|下属|所属)(?=[\u4e00-\u9fa5]{2})/, ''), m[2], m[3], qa);
		}
	}
	// (read as the 合计 only where the report counts its units no other way: beside counts of its units by
	// kind, "直属事业单位N个", the two groupings cannot be set one under the other)
	for (const u of inAccounts) {
		const [q0, q1] = [u.span.map[u.qa], u.span.map[u.e - 1] + 1];
		if (out.some((l) => l.unit === '本级')) {
			ctx.unread.push({ kind: '人数', text: ctx.quote(q0, q1), start: q0, end: q1, reason: '这是纳入决算（预算）的单位数（含本级），与文中按类别列出的单位数口径不同，无法对应' });
			continue;
		}
		const count = ctx.figure(u.span.text.slice(u.a, u.a + u.num.length), u.word, q0, q1, 0.8, 'staffing.units');
		out.push({ unit: '本级', category: '合计', measure: 'subordinate_units', count });
	}
	return out;
}

/** The unit whose head count opens the bracket that holds position `at`, if any. */
function groupOf(norm: string, at: number): string | undefined {
	const open = Math.max(norm.lastIndexOf('(', at), norm.lastIndexOf('（', at));
	if (open < 0 || Math.max(norm.lastIndexOf(')', at), norm.lastIndexOf('）', at)) > open) return undefined;
	const m = norm.slice(Math.max(0, open - 40), open).match(/(?:^|[，,、；;。:：\s]|其中)([\u4e00-\u9fa5]{2,20}?)\s*\d+\s*(?:人|名)\s*$/);
	return m ? m[1].replace(/^(其中|包括)/, '') : undefined;
}
