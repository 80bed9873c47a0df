/**
 * Who may do what, checked on the server for every write and every model call:
 *
 *   | role        | 中文       | read pages | import / edit reports | drafts and model calls | users, settings, audit log |
 *   | analyst     | 财政局分析人员 | all        | –                     | –                      | –                          |
 *   | department  | 部门工作人员   | all        | own department only   | own department only    | –                          |
 *   | leader      | 领导          | all        | –                     | –                      | –                          |
 *   | admin       | 管理员        | all        | all                   | all                    | yes                        |
 *
 * Reading needs no sign-in unless an administrator requires it (settings). Answers are Chinese:
 * 401 when not signed in, 403 when the role may not.
 */
import type { RequestEvent } from '@sveltejs/kit';
import type { Role, User } from './auth';
import { refuse } from './limits';
import { readSettings } from './settings';
import { departmentLabel } from './names';

export const ROLE_LABEL: Record<Role, string> = { analyst: '财政局分析人员', department: '部门工作人员', leader: '领导', admin: '管理员' };
export const ROLES = Object.keys(ROLE_LABEL) as Role[];

export type Action = 'read' | 'write_report' | 'draft' | 'llm' | 'admin';
const ACTION_LABEL: Record<Action, string> = { read: '查看', write_report: '导入或修改报告', draft: '保存草稿', llm: '调用大模型', admin: '管理用户与设置' };

/** May `user` do `action` (on a report of `department`, when given)? */
export function can(user: User | null, action: Action, department?: string | null): boolean {
	if (action === 'read') return !!user || !readSettings().require_login_for_reading;
	if (!user) return false;
	if (user.role === 'admin') return true;
	if (action === 'admin') return false;
	if (user.role !== 'department') return false;
	// department staff: only their own department (unknown department: the import page's assist)
	if (department === undefined) return !!user.department;
	return !!user.department && user.department === department;
}

/** null when allowed, else the 401 / 403 answer. */
export function denied(event: Pick<RequestEvent, 'locals'>, action: Action, department?: string | null): Response | null {
	const user = event.locals?.user ?? null;
	if (can(user, action, department)) return null;
	if (!user) return refuse(401, `请先登录：${ACTION_LABEL[action]}需要登录（登录页 /login）`);
	if (user.role === 'department' && department !== undefined && action !== 'admin')
		return refuse(403, `无权${ACTION_LABEL[action]}：部门工作人员只能处理本部门（${departmentLabel(user.department)}）的报告`);
	return refuse(403, `无权${ACTION_LABEL[action]}：您的角色（${ROLE_LABEL[user.role]}）不能进行此操作，请联系管理员`);
}
