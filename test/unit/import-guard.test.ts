import { describe, expect, it } from 'vitest';
import { isEdited, notAReportMessage, saveBlockedMessage, unreadLines, unreadQuestion } from '../../src/lib/components/import/guard';

describe('import page guards', () => {
	it('says up front who cannot save', () => {
		expect(saveBlockedMessage({ role: 'leader', roleLabel: '领导' })).toContain('领导');
		expect(saveBlockedMessage({ role: 'analyst', roleLabel: '财政局分析人员' })).toContain('不能保存');
		expect(saveBlockedMessage({ role: 'leader' })).toContain('（领导）');
		expect(saveBlockedMessage(null)).toContain('登录');
		expect(saveBlockedMessage({ role: 'admin' })).toBeNull();
		expect(saveBlockedMessage({ role: 'department' })).toBeNull();
	});
	it('lists the unread figures a save leaves out', () => {
		const items = Array.from({ length: 14 }, (_, i) => ({ kind: '金额', text: `第${i}行   合计 ${i}.00 万元` }));
		const lines = unreadLines(items);
		expect(lines).toHaveLength(13);
		expect(lines[0]).toBe('金额：第0行 合计 0.00 万元');
		expect(lines.at(-1)).toBe('另有 2 处');
		expect(unreadLines([{ kind: '表格行', text: 'x'.repeat(60) }])[0]).toBe(`表格行：…${'x'.repeat(40)}`);
		expect(unreadQuestion(3)).toContain('3 处');
	});
	it('knows when the review was edited', () => {
		expect(isEdited(null, 'a')).toBe(false);
		expect(isEdited('a', 'a')).toBe(false);
		expect(isEdited('a', 'b')).toBe(true);
	});
	it('says plainly when the text is not a report', () => {
		expect(notAReportMessage('关于召开2024年第一季度工作会议的通知\n各科室：定于3月5日召开会议。', 0)).toContain('未识别为绩效自评报告或目标表');
		expect(notAReportMessage('2024年度部门整体支出绩效自评报告', 0)).toBeNull();
		expect(notAReportMessage('会议通知', 3)).toBeNull();
	});
});
