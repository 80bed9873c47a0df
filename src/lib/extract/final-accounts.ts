/**
 * 部门决算公开表 as a converter or a document-sharing mirror flattens them (an .xls shown as text):
 * each row written "<label> <行次> <amount>", the row number standing between the label and its
 * amounts, amounts with thousands separators, the money unit stated once in a table's header
 * ("金额单位:元"). Serves the 收入支出决算总表 / 支出决算表 of 部门决算 publications of every province
 * (公开01表 …), whose headers name 项目 | 行次 | 金额.
 *
 * Only a row whose one amount stands right after its own row number, before the next label, is read: a functional class of
 * spending (一、一般公共服务支出 … 九、卫生健康支出), the 一般公共预算 grant, another source of income. A label whose amounts
 * were printed elsewhere (income rows whose amounts follow all the labels) is left alone, since
 * nothing says which amount is whose.
 */
import type { BudgetLine, MoneyUnit } from '../schema/report';
import type { Ctx, Env } from './context';
import { itemOf } from './labels';
import { cellStream } from './grid';

const ROW = /(?:^|\s)(?:[一二三四五六七八九十]{1,3}[、.．])?([\u4e00-\u9fa5]{2,16}(?:支出|收入))\s+(\d{1,3})\s+(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{2})(?=\s*$|\s+(?!-?[\d,.]+(?:\s|$)))/g;
const UNIT = /(?:金额)?单位\s*[:：]\s*(万元|元)/g;

export function readRowNumberTables(ctx: Ctx, env: Env): BudgetLine[] {
	const out: BudgetLine[] = [];
	const src = ctx.src;
	const units = [...src.matchAll(UNIT)];
	// each source line (a flattened table is one long line) that holds a 行次 header
	for (let a = 0; a < src.length; ) {
		const nl = src.indexOf('\n', a);
		const b = nl < 0 ? src.length : nl;
		const text = src.slice(a, b);
		const h = text.search(/行\s*次/);
		if (h >= 0) {
			// the unit stated in this table's headers: the first one from the 行次 header on, else the last before it
			const at = a + h;
			const unitHit = units.find((u) => u.index! >= at && u.index! < b) ?? units.filter((u) => u.index! < at).pop();
			if (unitHit)
				for (const m of text.matchAll(ROW)) {
					const line = rowLine(m[1]);
					if (!line) continue;
					const q0 = a + m.index! + m[0].search(/\S/);
					const numAt = a + m.index! + m[0].lastIndexOf(m[3]);
					const q1 = numAt + m[3].length;
					if (ctx.isUsed(numAt, q1)) continue;
					const amount = ctx.money(m[3], unitHit[1] as MoneyUnit, q0, q1, 0.75, 'budget.rownumber');
					out.push({ ...line, stage: 'final', year: env.year, amount });
				}
		}
		a = b + 1;
	}
	// the same tables one cell a line or with delimited cells ("一、财政拨款收入 / 1 / 120.50 / 一、一般公共服务
	//支出 / 35 / 其中:…"): a label, its row number and one amount, the next cell a label again (a row
	// whose amount cell is empty, and the converter dropped it, has a label right after its number: none);
	// under a 行次 header cell and the table's stated unit
	const cells = cellStream(ctx).filter((c) => c.key !== '');
	let head = -1;
	for (let i = 0; i + 2 < cells.length; i++) {
		if (/^行次$/.test(cells[i].key)) head = i;
		if (head < 0 || i - head > 400) continue;
		const lab = cells[i].key.match(/^(?:[一二三四五六七八九十]{1,3}[、.．])?([\u4e00-\u9fa5]{2,16}(?:支出|收入))$/);
		if (!lab || !/^\d{1,3}$/.test(cells[i + 1].key)) continue;
		const amt = cells[i + 2];
		if (!/^(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d+\.\d{2})$/.test(amt.key)) continue;
		const after = cells[i + 3];
		if (after && /^[-\d,.]+$/.test(after.key)) continue;
		const unitHit = units.filter((u) => u.index! < cells[head].start).pop() ?? units.find((u) => u.index! > cells[head].start && u.index! < cells[head].start + 400);
		if (!unitHit) continue;
		const line = rowLine(lab[1]);
		if (!line || ctx.isUsed(amt.start, amt.end)) continue;
		const t = ctx.src.slice(amt.start, amt.end).trim();
		out.push({ ...line, stage: 'final', year: env.year, amount: ctx.money(t, unitHit[1] as MoneyUnit, cells[i].start, amt.end, 0.75, 'budget.rownumber.cells') });
		i += 2;
	}
	return out;
}

/**
 * What a row of the 收入支出决算总表 is: a functional class of spending; the 一般公共预算 grant
 * (that budget's income total); another source of income (上级补助收入, 事业收入 …). A 政府性基金 or
 * 国有资本经营 row is a budget the record does not keep apart: none.
 */
function rowLine(label: string): Pick<BudgetLine, 'flow' | 'breakdown' | 'item' | 'scope'> | undefined {
	if (/政府性基金|国有资本经营/.test(label)) return undefined;
	const def = itemOf(label);
	if (!def) return undefined;
	if (def.breakdown === 'function' && def.item === label) return { flow: 'expenditure', breakdown: 'function', item: def.item, scope: 'all' };
	if (def.item === '财政拨款收入' && /^一般公共预算财政拨款收入$/.test(label)) return { flow: 'income', breakdown: 'total', item: '合计', scope: 'general_public' };
	// (the 财政拨款收入支出决算总表's own first row, "一、财政拨款收入": the fiscal grant, as income by source)
	if (label === '财政拨款收入') return { flow: 'income', breakdown: 'source', item: '财政拨款收入', scope: 'fiscal' };
	if (def.ownScope && def.item === label) return { flow: 'income', breakdown: 'source', item: def.item, scope: def.ownScope };
	return undefined;
}
