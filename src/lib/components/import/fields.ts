/**
 * Helpers of the import review: reach a quoted object of the record by its JSON path (as the
 * extractor's figures name it, e.g. budget[3].amount), say in Chinese what it is, and apply a
 * correction typed by the user (the written text; the value follows from it).
 */
import { MONEY_FACTOR, parseNumber, normalizeNumbers } from '$lib/text/normalize';
import { FLOW_LABEL, SANGONG_LABEL, STAGE_LABEL, type Report } from '$lib/schema/report';

export type Node = Record<string, unknown>;

export function tokens(path: string): Array<string | number> {
	const out: Array<string | number> = [];
	for (const m of path.matchAll(/([^.[\]]+)|\[(\d+)\]/g)) out.push(m[2] !== undefined ? Number(m[2]) : m[1]);
	return out;
}

export function getAt(obj: unknown, path: string): unknown {
	let cur: unknown = obj;
	for (const t of tokens(path)) {
		if (cur === null || typeof cur !== 'object') return undefined;
		cur = (cur as Record<string | number, unknown>)[t];
	}
	return cur;
}

const FLOW = FLOW_LABEL as Record<string, string>;
const STAGE = STAGE_LABEL as Record<string, string>;
const PART: Record<string, string> = {
	amount: '金额',
	share: '占比',
	execution_rate: '执行率',
	'change.amount': '同比变化额',
	'change.pct': '同比变化率',
	count: '人数',
	target: '指标值',
	actual: '实际完成值',
	stated_completion: '完成率',
	max: '分值',
	score: '得分',
	stated_rate: '得分率',
	completion: '完成率'
};

const PROJECT_FIELD: Record<string, string> = { name: '项目名称', code: '项目编码', supervisor: '主管部门', implementer: '实施单位', category: '项目类别' };

export type Group = 'project' | 'budget' | 'sangong' | 'scores' | 'indicators' | 'staffing' | 'tasks' | 'text' | 'other';
export const GROUP_LABEL: Record<Group, string> = {
	project: '项目',
	budget: '收支预决算',
	sangong: '“三公”经费',
	scores: '自评得分',
	indicators: '绩效指标',
	staffing: '人员编制',
	tasks: '重点任务',
	text: '目标、存在问题与改进措施',
	other: '其他'
};

/** Groups in the order of the record's fields (filing date and project first). */
export const GROUP_ORDER: Group[] = ['project', 'other', 'staffing', 'budget', 'sangong', 'scores', 'indicators', 'tasks', 'text'];

export function groupOf(path: string): Group {
	const head = String(tokens(path)[0]);
	if (head === 'budget' || head === 'sangong' || head === 'scores' || head === 'indicators' || head === 'staffing' || head === 'tasks') return head;
	if (head === 'problems' || head === 'measures' || head === 'goal') return 'text';
	if (head === 'project' || head === 'project_count') return 'project';
	return 'other';
}

/** What a staff line's count counts, as the assign menu names it. */
const STAFF_COUNT_LABEL: Record<string, string> = {
	authorized: '编制数',
	actual: '实有人数',
	retired: '离退休人数',
	contracted: '外聘/劳务派遣人数',
	financed: '财政供养人数',
	subordinate_units: '下属单位数'
};

/** A Chinese label for the quoted object at `path`. */
export function labelOf(report: Report, path: string): string {
	const t = tokens(path);
	const rest = (from: number) => t.slice(from).join('.');
	// never a field path: an unknown part is named by its last word, or as 内容
	const part = (from: number) => {
		const r = rest(from);
		return r ? (PART[r] ?? PART[String(t[t.length - 1])] ?? '内容') : '';
	};
	switch (t[0]) {
		case 'budget': {
			const l = report.budget[t[1] as number];
			if (!l) break;
			return `${l.year} ${FLOW[l.flow] ?? l.flow} · ${l.parent ? l.parent + '/' : ''}${l.item} · ${STAGE[l.stage] ?? l.stage} · ${part(2)}`;
		}
		case 'sangong': {
			const l = report.sangong[t[1] as number];
			if (!l) break;
			return `${l.year} ${l.label ?? SANGONG_LABEL[l.item]} · ${STAGE[l.stage] ?? l.stage} · ${part(2)}`;
		}
		case 'staffing': {
			const l = report.staffing[t[1] as number];
			if (!l) break;
			// lines of one unit and category differ by what they count (编制数 / 实有人数 / 离退休人数 …)
			return `${l.unit} ${l.category} · ${rest(2) === 'count' ? (STAFF_COUNT_LABEL[l.measure] ?? part(2)) : part(2)}`;
		}
		case 'indicators': {
			const l = report.indicators[t[1] as number];
			if (!l) break;
			return `${l.name} · ${part(2)}`;
		}
		case 'tasks': {
			const l = report.tasks[t[1] as number];
			if (!l) break;
			if (t.length === 2) return `任务：${l.name}`;
			// an indicator a target table ties to the task: its own name, never indicators.0.target
			if (t[2] === 'indicators' && typeof t[3] === 'number') {
				const ind = l.indicators?.[t[3]];
				return `${l.name} · ${ind?.name ?? '关键性指标'} · ${part(4)}`;
			}
			return `${l.name} · ${part(2)}`;
		}
		case 'scores': {
			if (t[1] === 'total') return `总分 · ${part(2)}`;
			if (t[1] === 'grade') return '等级';
			let nodes = report.scores?.tree ?? [];
			let name = '';
			let i = 2;
			while (i < t.length && typeof t[i] === 'number') {
				const n = nodes[t[i] as number];
				if (!n) break;
				name = n.name;
				nodes = n.children ?? [];
				i += t[i + 1] === 'children' ? 2 : 1;
			}
			return `${name} · ${PART[t[t.length - 1] as string] ?? t[t.length - 1]}`;
		}
		case 'problems':
			return `存在问题 ${(t[1] as number) + 1}`;
		case 'measures':
			return `改进措施 ${(t[1] as number) + 1}`;
		case 'goal':
			return '绩效目标';
		case 'filing_date':
			return '填报日期';
		case 'project':
			return PROJECT_FIELD[t[1] as string] ?? '项目';
		case 'project_count':
			return '项目个数';
	}
	return path;
}

export type Kind = 'money' | 'figure' | 'target' | 'actual' | 'text' | 'name' | 'task' | 'date' | 'grade' | 'other';

export function kindOf(node: Node, path: string): Kind {
	if (typeof node.wan === 'number') return 'money';
	if (path.endsWith('.target')) return 'target';
	if (path.endsWith('.actual')) return 'actual';
	if (typeof node.value === 'number' && typeof node.text === 'string') return 'figure';
	if (path.endsWith('grade')) return 'grade';
	if (path.endsWith('filing_date')) return 'date';
	if (/^tasks\[\d+\]$/.test(path)) return 'task';
	// a stated name or code (the project's 项目名称, 主管部门 …): its value is the text
	if (typeof node.value === 'string' && typeof node.quote === 'string' && node.text === undefined) return 'name';
	if (typeof node.text === 'string') return 'text';
	return 'other';
}

/** The value shown in the editor for a quoted object. */
export function shownValue(node: Node, kind: Kind): string {
	switch (kind) {
		case 'date':
		case 'grade':
		case 'name':
			return String(node.value ?? '');
		case 'task':
			return String(node.name ?? '');
		default:
			return String(node.text ?? '');
	}
}

/** Apply a correction typed by the user: the written text, and the value it means. */
export function applyEdit(node: Node, kind: Kind, input: string): void {
	const n = parseNumber(input);
	switch (kind) {
		case 'money': {
			const sign = (node.wan as number) < 0 ? -1 : 1;
			node.text = input;
			node.wan = Number.isFinite(n) ? sign * n * MONEY_FACTOR[node.unit as keyof typeof MONEY_FACTOR] : NaN;
			break;
		}
		case 'figure': {
			const sign = (node.value as number) < 0 ? -1 : 1;
			node.text = input;
			node.value = Number.isFinite(n) ? sign * n : NaN;
			break;
		}
		case 'target': {
			node.text = input;
			const nums = [...normalizeNumbers(input).matchAll(/\d+(?:\.\d+)?/g)].map((m) => Number(m[0]));
			if (node.op !== 'text' && node.op !== 'deadline') {
				if (nums.length) node.value = nums[0];
				if (node.op === 'range' && nums.length > 1) node.value2 = nums[1];
			}
			break;
		}
		case 'actual': {
			node.text = input;
			if (Number.isFinite(n)) node.value = n;
			else delete node.value;
			break;
		}
		case 'task':
			node.name = input;
			break;
		case 'date':
		case 'grade':
		case 'name':
			node.value = input;
			break;
		default:
			node.text = input;
	}
}

/* ------------------------------------------------------------------ year-on-year changes */

const CHANGE_PART = /^(.*\.change)\.(amount|pct)$/;

/**
 * The direction a year-on-year change (…change.amount or …change.pct) is recorded with: the
 * review shows the figure as written ("0.03" of “减少0.03万元”), so it says whether the record
 * holds a decrease or an increase. null for any other path, or a change of 0.
 */
export function changeDirection(report: unknown, path: string): '增加' | '减少' | null {
	const m = CHANGE_PART.exec(path);
	if (!m) return null;
	const node = getAt(report, path) as Node | undefined;
	const v = (m[2] === 'amount' ? node?.wan : node?.value) as number | undefined;
	return typeof v !== 'number' || !Number.isFinite(v) || v === 0 ? null : v < 0 ? '减少' : '增加';
}

/**
 * Turn a change the other way (the extractor read 减少 as 增加, or the reverse): its amount and
 * percentage change sign together and its direction word follows, so the two stay consistent.
 */
export function flipChange(report: unknown, path: string): void {
	const m = CHANGE_PART.exec(path);
	if (!m) return;
	const change = getAt(report, m[1]) as Node | undefined;
	if (!change) return;
	const amount = change.amount as Node | undefined;
	const pct = change.pct as Node | undefined;
	if (amount && typeof amount.wan === 'number') amount.wan = -amount.wan;
	if (pct && typeof pct.value === 'number') pct.value = -pct.value;
	const v = (amount?.wan ?? pct?.value) as number | undefined;
	if (typeof v === 'number' && v !== 0) change.direction = v < 0 ? 'down' : 'up';
}
