/**
 * The offline drafter (default, no configuration): picks the problems the fact sheet supports,
 * writes each with the figures that show it in the register of these reports (有待提高 / 仍需加强),
 * pairs it with concrete measures, and varies its wording deterministically by seed. A problem
 * is written only when its facts exist; every figure is a {{fact:id}} placeholder filled from the
 * sheet, so the draft passes the grounding check by construction (and is checked anyway).
 */
import type { Draft, DraftItem, Fact, FactSheet, LlmDraft } from '../schema/draft';
import { fillPlaceholders } from './grounding';
import { mulberry32 as rng } from '../random';
import { SCOPE_LABEL } from '../schema/report';

export { mulberry32 as rng } from '../random';
const hash = (s: string) => [...s].reduce((h, c) => (Math.imul(h, 31) + c.charCodeAt(0)) >>> 0, 7);

type Pick = <T>(xs: readonly T[]) => T;
const F = (id: string) => `{{fact:${id}}}`;

/** A template item: text with {{fact:id}} placeholders. */
export type TemplateItem = Omit<DraftItem, 'id'>;

type Ctx = { facts: Map<string, Fact>; all: Fact[]; sheet: FactSheet; pick: Pick };
type Topic = { topic: string; build: (c: Ctx) => TemplateItem | null };

const has = (c: Ctx, id: string) => c.facts.has(id) && c.facts.get(id)!.value !== null;
const val = (c: Ctx, id: string) => c.facts.get(id)?.value ?? null;
const item = (f: Fact) => {
	const parts = f.label.split('·');
	const last = parts.pop()!.replace(/^\d{4}年/, '').replace('本级合计', '本级');
	if (last !== '合计' || !parts.length) return last;
	return parts.join('').replace(/^\d{4}年/, '').replace(/（.*?）/g, '').replace('口径', '') + '合计';
};

/**
 * The fund scope the budget facts are in, as their labels name it ("2024年一般公共预算支出决算" →
 * "一般公共预算"); '' for the department as a whole. So that "支出决算 697.45 万元" is not read as
 * the whole department's spending when it is the 一般公共预算 part.
 */
const scopeOf = (c: Ctx): string => {
	const label = (c.facts.get('spending_final') ?? c.facts.get('budget_initial'))?.label ?? '';
	const scope = label.replace(/^\d{4}年/, '').replace(/(支出决算|年初预算)$/, '');
	return Object.values(SCOPE_LABEL).includes(scope) && scope !== SCOPE_LABEL.all ? scope : '';
};

const TOPICS: Topic[] = [
	{
		topic: 'budget_precision',
		build(c) {
			const pct = val(c, 'budget_adjust_pct');
			const amount = val(c, 'budget_adjust_amount');
			const addition = val(c, 'budget_addition');
			if (pct !== null && amount !== null && Math.abs(pct) >= 5 && has(c, 'budget_initial') && has(c, 'budget_adjusted')) {
				const dir = amount < 0 ? c.pick(['调减', '核减']) : c.pick(['追加', '调增']);
				const open = c.pick(['预算编制的精准度有待提高。', '预算编制的科学性、准确性仍需加强。', '预算编制与实际需求衔接不够紧密。']);
				const body = `${c.sheet.fiscal_year}年${scopeOf(c)}年初预算${F('budget_initial')}，年中${dir}${F('budget_amount_placeholder')}，调整后预算为${F('budget_adjusted')}，预算调整幅度达${F('budget_adjust_pct')}，`.replace(F('budget_amount_placeholder'), F('budget_adjust_amount'));
				const tail = c.pick(['反映出年初预算测算不够细致，对全年工作任务和支出需求的预判不足。', '说明预算编制时对项目实施条件和资金需求论证不够充分，年中调整幅度较大。']);
				return {
					topic: 'budget_precision',
					problem_title: open.replace('。', ''),
					problem: open + body + tail,
					measure_title: c.pick(['提高预算编制的精准度', '科学精准编制部门预算']),
					measure: c.pick([
						'坚持“先有项目再安排预算”，结合上年执行情况和年度重点工作细化测算各项支出，充分论证项目必要性和可行性，从源头减少年中调整；确需调整的，严格履行审批程序并同步调整绩效目标。',
						'健全预算编制与业务计划衔接机制，由业务科室提前梳理年度工作任务、财务部门统筹测算资金需求，提高年初预算到位率，降低年中预算调整幅度。'
					]),
					fact_ids: ['budget_initial', 'budget_adjust_amount', 'budget_adjusted', 'budget_adjust_pct']
				};
			}
			if (addition !== null && has(c, 'budget_initial') && Math.abs(addition) > 0) {
				const ids = ['budget_initial', 'budget_addition', ...(has(c, 'budget_adjusted') ? ['budget_adjusted'] : [])];
				return {
					topic: 'budget_precision',
					problem_title: '预算编制的精准度有待提高',
					problem: `预算编制的精准度有待提高。${c.sheet.fiscal_year}年${scopeOf(c)}年初预算${F('budget_initial')}，年中${addition > 0 ? '追加' : '调减'}${F('budget_addition')}${has(c, 'budget_adjusted') ? `，调整后预算为${F('budget_adjusted')}` : ''}，${c.pick(['年初预算对全年资金需求预判不足。', '年中预算调整规模较大，年初预算的约束作用有待加强。'])}`,
					measure_title: '提高预算编制的精准度',
					measure: '结合上年执行情况和年度重点工作细化测算各项支出，将可预见的支出全部纳入年初预算，减少年中追加；确需追加的，同步调整并报备绩效目标。',
					fact_ids: ids
				};
			}
			return null;
		}
	},
	{
		topic: 'execution_slow',
		build(c) {
			// the computed rate (决算 ÷ 调整预算); the report's own figure beside it when it differs
			const id = has(c, 'exec_rate') ? 'exec_rate' : 'exec_rate_stated';
			const rate = val(c, id);
			if (rate === null || rate >= 95 || !has(c, 'spending_final')) return null;
			const stated = id === 'exec_rate' && has(c, 'exec_rate_stated') ? `（报告所写为${F('exec_rate_stated')}）` : '';
			return {
				topic: 'execution_slow',
				problem_title: '预算执行进度有待加快',
				problem: `预算执行进度有待加快。全年${scopeOf(c)}支出决算${F('spending_final')}，预算执行率为${F(id)}${stated}，${c.pick(['部分资金未能按计划支出，资金使用效益未能充分发挥。', '支出进度偏慢，存在资金沉淀。'])}`,
				measure_title: '加快预算执行进度',
				measure: '建立预算执行进度月度通报和分析机制，对照序时进度督促项目实施和资金支付，对执行缓慢的项目及时查找原因、调整计划，确保资金及时发挥效益。',
				fact_ids: ['spending_final', id, ...(stated ? ['exec_rate_stated'] : [])]
			};
		}
	},
	{
		topic: 'sangong_execution',
		build(c) {
			const rate = val(c, 'sangong_exec_rate');
			if (rate === null || rate >= 80 || !has(c, 'sangong_budget')) return null;
			const ids = ['sangong_budget', 'sangong_final', 'sangong_exec_rate', 'sangong_exec_rate_stated'].filter((i) => has(c, i));
			const stated = has(c, 'sangong_exec_rate_stated') ? `（报告所写为${F('sangong_exec_rate_stated')}）` : '';
			const subs: string[] = [];
			for (const [k, name] of [['vehicle', '公务用车购置及运行维护费'], ['reception', '公务接待费'], ['abroad', '因公出国（境）费']] as const) {
				const r = val(c, `sangong_${k}_exec_rate`);
				if (r !== null && r < 80 && has(c, `sangong_${k}_budget`)) {
					subs.push(`${name}预算${F(`sangong_${k}_budget`)}、实际支出${F(`sangong_${k}_final`)}，执行率为${F(`sangong_${k}_exec_rate`)}`);
					ids.push(`sangong_${k}_budget`, `sangong_${k}_final`, `sangong_${k}_exec_rate`);
				}
			}
			let peer = '';
			if (has(c, 'peer_sangong_exec_rate') && (val(c, 'peer_sangong_exec_rate') ?? 0) > rate) {
				peer = `，低于同年度可比部门平均水平（${F('peer_sangong_exec_rate')}）`;
				ids.push('peer_sangong_exec_rate');
			}
			const open = c.pick(['“三公”经费预算编制与实际执行偏差较大。', '“三公”经费预算执行率偏低，预算编制的准确性仍需加强。']);
			return {
				topic: 'sangong_execution',
				problem_title: open.replace('。', ''),
				problem: `${open}“三公”经费年初预算${F('sangong_budget')}，实际支出${F('sangong_final')}，执行率仅为${F('sangong_exec_rate')}${stated}${peer}${subs.length ? '；其中' + subs.join('，') : ''}。${c.pick(['厉行节约成效明显，但预算安排明显高于实际需要。', '反映出“三公”经费预算按惯例安排、未充分结合实际需求测算。'])}`,
				measure_title: c.pick(['按实际需求编制“三公”经费预算', '提高“三公”经费预算的准确性']),
				measure: c.pick([
					'继续落实过紧日子要求，以近年实际支出为基础据实编制“三公”经费预算，对公务用车运行维护、公务接待等逐项测算，压减执行率长期偏低的预算额度。',
					'建立“三公”经费预算与上年实际支出挂钩机制，逐项核定公务用车运行维护费、公务接待费等预算，年中根据执行情况及时调整，避免预算虚高。'
				]),
				fact_ids: ids
			};
		}
	},
	{
		topic: 'target_setting',
		build(c) {
			const over = c.all.filter((f) => /^ind_\d+_ratio$/.test(f.id));
			const qual = has(c, 'qual_target_count');
			if (!over.length && !qual) return null;
			const parts: string[] = [];
			const ids: string[] = [];
			for (const r of over.slice(0, 2)) {
				const g = r.group!;
				parts.push(`“${r.subject}”目标值为${F(`${g}_target`)}，实际完成${F(`${g}_actual`)}，完成率达${F(`${g}_completion`)}，是目标值的${F(`${g}_ratio`)}，目标值明显偏低，或目标与实际的计量单位不一致`);
				ids.push(`${g}_target`, `${g}_actual`, `${g}_completion`, `${g}_ratio`);
			}
			if (qual) {
				parts.push(`${has(c, 'indicator_count') ? `全部${F('indicator_count')}绩效指标中有` : '有'}${F('qual_target_count')}指标的目标值为“持续提升”“长期”等定性表述，未设定可衡量的量化目标`);
				ids.push('qual_target_count', ...(has(c, 'indicator_count') ? ['indicator_count'] : []));
			}
			const open = c.pick(['绩效目标设定的科学性有待提高。', '绩效指标体系仍需完善，目标设定不够科学、量化程度不足。', '绩效目标编制水平有待提高。']);
			return {
				topic: 'target_setting',
				problem_title: open.replace(/。$/, '').split('，')[0],
				problem: `${open}${parts.join('；')}。${c.pick(['目标值未能真实反映年度工作量和预期效果，难以发挥绩效目标的导向和约束作用。', '指标难以客观衡量履职成效，影响自评结果的准确性。'])}`,
				measure_title: c.pick(['科学量化设定绩效目标', '完善绩效指标体系']),
				measure: c.pick([
					'以历史完成情况和行业标准为依据科学设定指标值，核对目标值与实际值的计量单位，对定性指标尽量细化为可量化、可考核的数量、质量和时效指标，确保目标与工作任务相匹配。',
					'参照财政部门共性指标框架，逐项复核指标名称、计量单位和目标值，将“持续提升”“长期”等定性表述转化为可衡量的具体指标，年初申报时由财务与业务科室共同审核。'
				]),
				fact_ids: ids
			};
		}
	},
	{
		topic: 'indicator_missed',
		build(c) {
			// a miss the report explains by force majeure is not a weakness (the page says so)
			const excused = new Set((c.sheet.excused ?? []).map((e) => e.subject));
			const missed = c.all.filter((f) => /^ind_\d+_completion$/.test(f.id) && f.value !== null && f.value < 100 && !excused.has(f.subject ?? ''));
			if (!missed.length) return null;
			const ids: string[] = [];
			const parts = missed.slice(0, 3).map((m) => {
				const g = m.group!;
				const p = [`${g}_target`, `${g}_actual`].filter((i) => has(c, i));
				ids.push(...p, m.id);
				return `“${m.subject}”目标值${has(c, `${g}_target`) ? F(`${g}_target`) : ''}，实际完成${has(c, `${g}_actual`) ? F(`${g}_actual`) : ''}，完成率为${F(m.id)}`;
			});
			const fullZero = c.all.find((f) => f.ref === 'plaus.full_score_zero' && f.id.endsWith('_f2'));
			let extra = '';
			if (fullZero) {
				extra = `，但自评时相应指标仍按满分${F(fullZero.id)}计分，自评打分不够严谨`;
				ids.push(fullZero.id);
			}
			const open = c.pick(['部分绩效指标未达到预期目标', '个别绩效指标完成情况不理想']);
			return {
				topic: 'indicator_missed',
				problem_title: open,
				problem: `${open}。${parts.join('；')}${extra}。`,
				measure_title: c.pick(['加强绩效运行监控', '强化绩效目标执行跟踪']),
				measure: c.pick([
					'开展年中绩效运行监控，对完成进度滞后的指标及时分析原因、采取纠偏措施；确因客观情况无法完成的，按程序调整绩效目标，并在自评中如实扣分、说明原因。',
					'建立指标完成情况季度跟踪台账，对未达序时进度的指标及时预警和督办；自评时严格按照完成值 ÷ 指标值计算得分，做到如实评价。'
				]),
				fact_ids: ids
			};
		}
	},
	{
		topic: 'score_loss',
		build(c) {
			const lost = c.all.filter((f) => /^score_\d+_lost$/.test(f.id));
			if (!lost.length) return null;
			// the deepest nodes that lost points (二级 under 一级)
			const deep = lost.filter((l) => !lost.some((o) => o !== l && o.subject?.startsWith(l.subject + '/')));
			const ids: string[] = [];
			const parts = deep.slice(0, 3).map((l) => {
				const g = l.group!;
				ids.push(`${g}_max`, `${g}_score`, l.id);
				return `“${l.ref}”分值${F(`${g}_max`)}，自评得分${F(`${g}_score`)}，扣${F(l.id)}`;
			});
			const names = deep.slice(0, 3).map((l) => l.ref).join('、');
			const open = c.pick([`${names}工作仍需加强`, `${names}方面仍有短板`]);
			return {
				topic: 'score_loss',
				problem_title: open,
				problem: `${open}。自评中${parts.join('；')}，${c.pick(['相关环节的管理仍有提升空间。', '反映出相关管理制度的执行还不够到位。'])}`,
				measure_title: `补齐${names}短板`,
				measure: c.pick([
					`对照评分标准逐项查找${names}方面的扣分原因，制定整改清单，明确责任科室和完成时限，将整改情况纳入下一年度绩效自评。`,
					`针对${names}中的薄弱环节完善内部管理制度，加强业务培训和过程检查，推动全过程预算绩效管理落到实处。`
				]),
				fact_ids: ids
			};
		}
	},
	{
		topic: 'staffing',
		build(c) {
			const f = c.all.filter((x) => x.ref === 'plaus.overstaffed' && /_f\d+$/.test(x.id));
			if (f.length < 2) return null;
			const [a, b] = f;
			const diff = c.all.find((x) => x.ref === 'plaus.overstaffed' && x.id.endsWith('_diff'));
			return {
				topic: 'staffing',
				problem_title: '人员编制管理仍需加强',
				problem: `人员编制管理仍需加强。${item(a)}${F(a.id)}，${item(b)}${F(b.id)}${diff ? `，超出${F(diff.id)}` : ''}，在职人员控制率未达到不超编的要求。`,
				measure_title: '严格控制在职人员规模',
				measure: '严格执行机构编制管理规定，按核定编制配备人员，对超编人员制定消化计划；人员经费预算按实有在编人数据实编制，并在自评报告中准确说明编制与实有人数情况。',
				fact_ids: [a.id, b.id, ...(diff ? [diff.id] : [])]
			};
		}
	},
	{
		topic: 'stated_problems',
		build(c) {
			// the report's own 存在问题, each weighed against the figures that bear on it
			const stated = c.all.filter((f) => f.kind === 'narrative' && /^stated_problem_\d+$/.test(f.id));
			if (!stated.length) return null;
			const rateId = has(c, 'exec_rate') ? 'exec_rate' : has(c, 'exec_rate_stated') ? 'exec_rate_stated' : null;
			const rate = rateId ? val(c, rateId) : null;
			const parts: string[] = [];
			const ids: string[] = [];
			for (const p of stated) {
				ids.push(p.id);
				if (/执行进度|支出进度|支付进度|执行率|使用执行|资金沉淀/.test(p.text) && rateId && rate !== null) {
					if (rate < 95) {
						// the execution item above already gives the figures
						parts.push(`报告自评指出“${F(p.id)}”，与预算执行率偏低的数据一致`);
						continue;
					}
					ids.push(rateId, ...(has(c, 'spending_final') ? ['spending_final'] : []));
					const spent = has(c, 'spending_final') ? `全年${scopeOf(c)}支出决算${F('spending_final')}，` : '';
					parts.push(`报告自评指出“${F(p.id)}”。从数据看，${spent}预算执行率为${F(rateId)}，全年预算总体执行到位，问题主要在于项目支出的序时进度和支付节点`);
				} else {
					// the report's detail, when it says more than the heading and carries no figure of its own
					const detail = (p.subject ?? '').replace(/^[一二三四五六七八九十]+是/, '').split('。')[0];
					const more = detail && !detail.startsWith(p.text) && !/\d/.test(detail) && detail.length <= 80 ? `：${detail}` : '';
					parts.push(`报告自评指出“${F(p.id)}”${more}（没有可核对的数字，依据为报告自述）`);
				}
			}
			const open = c.pick(['报告自评发现的问题仍需整改。', '自评中查找出的薄弱环节需要持续整改。']);
			return {
				topic: 'stated_problems',
				problem_title: open.replace(/。$/, ''),
				problem: `${open}${parts.join('；')}。`,
				measure_title: c.pick(['逐项整改自评发现的问题', '建立自评问题整改台账']),
				measure: c.pick([
					'对自评报告列出的问题逐项建立整改台账，明确责任科室和完成时限：项目支出按实施进度和合同约定节点及时支付，按月跟踪序时进度；完善预算编制与执行、政府采购、资产管理等内部控制制度，整改情况纳入下一年度绩效自评。',
					'针对自评发现的问题制定整改清单，项目资金按合同节点和实施进度均衡支付，定期通报执行进度；对照内部控制规范梳理预算、采购、资产等业务流程，补齐制度短板。'
				]),
				fact_ids: [...new Set(ids)]
			};
		}
	}
];

/**
 * When the figures show no weakness, the draft says so with the figures that show it and drafts
 * measures that keep them there (never a blank draft).
 */
function steadyItem(c: Ctx): TemplateItem | null {
	const shown: string[] = [];
	const ids: string[] = [];
	const rateId = has(c, 'exec_rate') ? 'exec_rate' : has(c, 'exec_rate_stated') ? 'exec_rate_stated' : null;
	if (has(c, 'spending_final')) {
		shown.push(`全年${scopeOf(c)}支出决算${F('spending_final')}`);
		ids.push('spending_final');
	}
	if (rateId) {
		shown.push(`预算执行率${F(rateId)}`);
		ids.push(rateId);
	}
	if (has(c, 'sangong_final')) {
		shown.push(`“三公”经费决算${F('sangong_final')}${has(c, 'sangong_budget') ? `，控制在预算${F('sangong_budget')}以内` : ''}`);
		ids.push('sangong_final', ...(has(c, 'sangong_budget') ? ['sangong_budget'] : []));
	}
	if (has(c, 'score_total')) {
		shown.push(`自评得分${F('score_total')}`);
		ids.push('score_total');
	}
	if (!ids.length) return null;
	return {
		topic: 'steady',
		problem_title: '从数据看未发现明显短板，需巩固现有水平',
		problem: `从本部门的数字看，未发现足以列为问题的短板：${shown.join('，')}。现有执行水平有赖于日常管理，需防止松懈。`,
		measure_title: c.pick(['巩固预算执行和绩效管理成效', '保持预算执行和绩效管理水平']),
		measure: '继续按月跟踪预算执行进度和绩效目标完成情况，保持支出均衡和“三公”经费从严控制；年初据实编制预算和绩效目标，自评时如实反映完成情况，使执行率和得分保持在现有水平。',
		fact_ids: ids
	};
}

export const TOPIC_IDS = [...TOPICS.map((t) => t.topic), 'steady'];

/** Template items (with placeholders) the facts support, in the order of the topics. */
export function offlineTemplates(sheet: FactSheet, seed = 1, only?: string): TemplateItem[] {
	const facts = new Map(sheet.facts.map((f) => [f.id, f]));
	const ctx = (topic: string): Ctx => {
		const r = rng((seed * 2654435761) ^ hash(topic));
		return { facts, all: sheet.facts, sheet, pick: (xs) => xs[Math.floor(r() * xs.length)] };
	};
	const out: TemplateItem[] = [];
	for (const t of TOPICS) {
		if (only && t.topic !== only) continue;
		const it = t.build(ctx(t.topic));
		if (it && it.fact_ids.every((id) => facts.has(id))) out.push(it);
	}
	if (!out.length && (!only || only === 'steady')) {
		const it = steadyItem(ctx('steady'));
		if (it) out.push(it);
	}
	return out;
}

/** Fill placeholders of template items (LLM answers and offline templates alike). */
export function fillItems(items: LlmDraft['items'] | TemplateItem[], sheet: FactSheet): { items: DraftItem[]; unknown: string[] } {
	const unknown: string[] = [];
	const filled = items.map((t, i) => {
		const fill = (s: string) => {
			const r = fillPlaceholders(s, sheet.facts);
			unknown.push(...r.unknown);
			return r;
		};
		const p = fill(t.problem);
		const m = fill(t.measure);
		const pt = fill(t.problem_title);
		const mt = fill(t.measure_title);
		const ids = [...new Set([...t.fact_ids, ...p.used, ...m.used, ...pt.used, ...mt.used])];
		for (const id of t.fact_ids) if (!sheet.facts.some((f) => f.id === id)) unknown.push(id);
		return { id: `${t.topic}-${i + 1}`, topic: t.topic, problem_title: pt.text, problem: p.text, measure_title: mt.text, measure: m.text, fact_ids: ids.filter((id) => sheet.facts.some((f) => f.id === id)) };
	});
	return { items: filled, unknown: [...new Set(unknown)] };
}

/** The offline draft of a fact sheet. */
export function offlineDraft(sheet: FactSheet, seed = 1, notice?: string): Draft {
	const { items } = fillItems(offlineTemplates(sheet, seed), sheet);
	return {
		report_id: sheet.report_id,
		drafter: 'offline',
		...(notice ? { notice } : {}),
		seed,
		created_at: new Date().toISOString(),
		items
	};
}
