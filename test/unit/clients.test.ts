/**
 * The page clients in $lib: the draft stream parser and API client, the local keeping of
 * unsaved draft edits, the import save protocol. Each answer is checked with zod; a malformed
 * one becomes a Chinese message, never an exception.
 */
import { describe, expect, it } from 'vitest';
import { DraftStreamParser, generateDraft, listVersions, openVersion, saveVersion } from '../../src/lib/draft/client';
import { dropLocal, isDirty, keepLocal, readLocal } from '../../src/lib/draft/local';
import { saveReport } from '../../src/lib/components/import/save';
import { localTime } from '../../src/lib/format';
import type { Draft } from '../../src/lib/schema/draft';

const DRAFT: Draft = {
	report_id: 'r1',
	drafter: 'offline',
	seed: 1,
	created_at: '2026-11-29T23:05:00.000Z',
	items: [
		{ id: 'i1', topic: 'execution', problem_title: '预算执行率偏低', problem: '预算执行率 91.43%。', measure_title: '加快执行', measure: '按月调度。', fact_ids: ['f1'] }
	]
};

const respond = (body: unknown, status = 200): typeof fetch =>
	(async () => new Response(typeof body === 'string' ? body : JSON.stringify(body), { status })) as unknown as typeof fetch;

describe('draft stream parser', () => {
	it('splits events across chunk boundaries and keeps the partial line', () => {
		const p = new DraftStreamParser();
		expect(p.push('{"type":"status","message":"读取数据事实"}\n{"type":"del')).toEqual([{ type: 'status', message: '读取数据事实' }]);
		expect(p.push('ta","chars":120}\n')).toEqual([{ type: 'delta', chars: 120 }]);
		expect(p.push('{"type":"fallback","reason":"改用离线起草"}')).toEqual([]);
		expect(p.end()).toEqual([{ type: 'fallback', reason: '改用离线起草' }]);
	});
	it('turns a broken line or a wrong shape into an error event', () => {
		const p = new DraftStreamParser();
		const [a, b] = p.push('not json\n{"type":"done","draft":{"items":3}}\n');
		expect(a.type).toBe('error');
		expect(b).toEqual({ type: 'error', message: '服务器返回的草稿格式不对，未采用' });
	});
});

describe('draft API client', () => {
	it('checks the draft of a done event and keeps one updated line for the model characters', async () => {
		const schema = await import('../../src/lib/schema/draft');
		const valid = schema.Draft.safeParse(DRAFT);
		if (!valid.success) throw new Error('fixture: ' + valid.error.message);
		const ndjson = ['{"type":"status","message":"开始"}', '{"type":"delta","chars":10}', '{"type":"delta","chars":25}', JSON.stringify({ type: 'done', draft: DRAFT })].join('\n') + '\n';
		let last: string[] = [];
		const d = await generateDraft('r1', { seed: 1 }, (l) => (last = l), respond(ndjson));
		expect(d?.items[0].problem_title).toBe('预算执行率偏低');
		expect(last).toEqual(['开始', '已接收模型输出 25 字', '起草完成（离线起草，1 条）']);
	});
	it('says in Chinese why a request failed', async () => {
		expect(await listVersions('r1', respond({ message: '没有这份报告' }, 404))).toEqual({ ok: false, message: '版本列表读取失败：没有这份报告' });
		expect(await saveVersion('r1', DRAFT, respond('<html>', 502))).toEqual({ ok: false, message: '保存失败（服务器返回了无法识别的内容）' });
		expect(await listVersions('r1', respond([{ version: 'x' }]))).toEqual({ ok: false, message: '版本列表读取失败：服务器返回的内容格式不对' });
	});
	it('opens a saved version without its version and time', async () => {
		const r = await openVersion('r1', 2, respond({ ...DRAFT, version: 2, saved_at: '2026-11-29T23:06:00.000Z' }));
		expect(r.ok && r.value).toEqual(DRAFT);
	});
});

describe('unsaved draft edits in local storage', () => {
	const store = () => {
		const m = new Map<string, string>();
		return { getItem: (k: string) => m.get(k) ?? null, setItem: (k: string, v: string) => void m.set(k, v), removeItem: (k: string) => void m.delete(k) };
	};
	it('keeps, reads back and drops one report’s edits', () => {
		const s = store();
		keepLocal(s, 'r1', DRAFT, 3, new Date('2026-11-29T23:10:00Z'));
		expect(readLocal(s, 'r1')).toEqual({ draft: DRAFT, base: 3, at: '2026-11-29T23:10:00.000Z' });
		expect(readLocal(s, 'r2')).toBeNull();
		dropLocal(s, 'r1');
		expect(readLocal(s, 'r1')).toBeNull();
	});
	it('ignores kept text that no longer fits the draft schema', () => {
		const s = store();
		s.setItem('perflens:draft:r1', '{"draft":{"items":"x"},"at":"t"}');
		expect(readLocal(s, 'r1')).toBeNull();
	});
	it('a draft is dirty when it differs from the saved snapshot', () => {
		expect(isDirty(DRAFT, JSON.stringify(DRAFT))).toBe(false);
		expect(isDirty(DRAFT, null)).toBe(true);
		expect(isDirty(null, null)).toBe(false);
	});
	it('times are shown in the reader’s time zone', () => {
		expect(localTime('2026-11-29T23:05:00.000Z', 'Asia/Shanghai')).toBe('2026/11/30 07:05');
		expect(localTime('2026-11-29T23:05:00.000Z', 'UTC')).toBe('2026/11/29 23:05');
	});
});

describe('import save client', () => {
	it('saved, exists and refused answers', async () => {
		expect(await saveReport({}, 'x', false, respond({ ok: true, file: 'a.json', replaced: [], manifest: { version: 'v9' } }, 201))).toEqual({
			kind: 'saved',
			text: '已保存为 a.json；数据集已更新（版本 v9）。'
		});
		expect(await saveReport({}, 'x', false, respond({ ok: false, message: '这份报告已经存在' }, 409))).toEqual({ kind: 'exists', message: '这份报告已经存在' });
		expect(await saveReport({}, 'x', false, respond({ ok: false, message: '报告记录有 1 处错误，未保存', errors: [{ field: 'id', message: '缺少' }] }, 400))).toEqual({
			kind: 'error',
			text: '报告记录有 1 处错误，未保存',
			errors: [{ field: 'id', message: '缺少' }]
		});
		expect(await saveReport({}, 'x', false, respond('oops', 413))).toEqual({ kind: 'error', text: '提交的内容超过服务器上限 25 MB，未保存' });
	});
});
