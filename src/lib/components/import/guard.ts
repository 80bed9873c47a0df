/**
 * What the import page says before work could be lost or refused: who may save at all (told up
 * front, not by a 403 at the end), the unread figures a save would leave out, and the question
 * before unsaved edits are dropped (another file, another page).
 */

type Viewer = { role: string; roleLabel?: string } | null | undefined;

/** Roles whose saves the server accepts (write_report: admin, department staff of their department). */
const SAVING_ROLES = new Set(['admin', 'department']);

/** Why this user cannot save any report (null: they can, subject to the department check). */
export function saveBlockedMessage(user: Viewer): string | null {
	if (!user) return '未登录：可以读取和核对报告，保存到数据集需要先登录（部门工作人员或管理员的账号）。';
	if (SAVING_ROLES.has(user.role)) return null;
	const label = user.roleLabel ?? (user.role === 'leader' ? '领导' : user.role === 'analyst' ? '财政局分析人员' : user.role);
	return `您的角色（${label}）只能查看，不能保存报告：可以在这里读取和核对报告，保存到数据集需要部门工作人员或管理员的账号。`;
}

export type UnreadLike = { kind: string; text: string };

/** The unread items a save leaves out, as short lines ("金额：…"); at most `max`, then how many more. */
export function unreadLines(pending: UnreadLike[], max = 12): string[] {
	const clip = (s: string) => {
		const t = s.replace(/\s+/g, ' ').trim();
		return t.length > 40 ? `…${t.slice(-40)}` : t;
	};
	const out = pending.slice(0, max).map((u) => `${u.kind}：${clip(u.text)}`);
	if (pending.length > max) out.push(`另有 ${pending.length - max} 处`);
	return out;
}

/** The question before a save that leaves unread figures out. */
export function unreadQuestion(n: number): string {
	return `还有 ${n} 处找到了数字但没有归入任何字段（未读取），保存后它们不会进入数据集：`;
}

/** The question before unsaved edits of the review are dropped. */
export const LEAVE_QUESTION = '导入的报告有未保存的修改，离开后修改会丢失。确定离开吗？';
export const REPLACE_FILE_QUESTION = '导入的报告有未保存的修改，读取新的文件或文字会丢弃这些修改。继续吗？';

/** Whether the review holds edits not saved: the record, the assignments or the set-aside items changed since it was read. */
export function isEdited(baseline: string | null, now: string | null): boolean {
	return baseline !== null && now !== null && baseline !== now;
}

/** Words any report the page reads carries (its kind, or what it accounts for). */
const REPORT_WORDS = /绩效自评|自评报告|自评表|绩效目标|目标表|绩效评价|部门决算|决算|预算|三公|绩效指标/;

/** When nothing a report holds was found (no kind words in the text, no figures read): the plain notice, else null. */
export function notAReportMessage(text: string, figures: number): string | null {
	if (figures > 0 || REPORT_WORDS.test(text.replace(/\s+/g, ''))) return null;
	return '未识别为绩效自评报告或目标表：文中既没有“绩效自评”“绩效目标表”“预算”“决算”等字样，也没有读出任何数字。请确认选择的文件是否正确；下方的报告类型只是默认值。';
}
