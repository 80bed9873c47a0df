/**
 * `perflens draft --report ID [--offline] [--seed N]` — a draft of 存在问题 / 改进措施 as JSON.
 * Without --offline the LLM of PERFLENS_LLM_BASE_URL is used when configured (progress on
 * stderr); the output always says which drafter wrote it, and carries the grounding check.
 */
import { ungrounded } from '../../lib/draft/grounding';
import { factSheetOf } from '../../lib/server/drafts';
import { generateDraft } from '../../lib/server/llm';
import { reportingErrors } from '../errors';

export const usage = 'perflens draft --report ID [--offline] [--seed N]   起草“存在问题”与“改进措施”（默认离线；配置 PERFLENS_LLM_BASE_URL 时使用大模型），输出 JSON';

export async function run(args: string[]): Promise<number> {
	let id: string | undefined;
	let offline = false;
	let seed = 1;
	for (let i = 0; i < args.length; i++) {
		const a = args[i];
		if (a === '--report') id = args[++i];
		else if (a.startsWith('--report=')) id = a.slice(9);
		else if (a === '--offline') offline = true;
		else if (a === '--seed') seed = Number(args[++i]);
		else if (a.startsWith('--seed=')) seed = Number(a.slice(7));
		else {
			console.error(`错误：未知参数「${a}」。用法：${usage}`);
			return 1;
		}
	}
	if (!id) {
		console.error(`错误：请给出报告编号。用法：${usage}`);
		return 1;
	}
	if (!Number.isInteger(seed)) {
		console.error('错误：--seed 须为整数');
		return 1;
	}
	return reportingErrors(async () => {
		const { sheet } = await factSheetOf(id);
		const draft = await generateDraft(sheet, {
			seed,
			...(offline ? { config: null } : {}),
			onEvent: (e) => {
				if (e.type === 'attempt' || e.type === 'status') console.error(e.message);
				else if (e.type === 'rejected') console.error(`第 ${e.attempt} 次被拒绝：${e.reason}`);
				else if (e.type === 'fallback') console.error(e.reason);
			}
		});
		const problems = draft.items.flatMap((it) => [it.problem_title, it.problem, it.measure_title, it.measure].flatMap((t) => ungrounded(t, sheet.facts)));
		console.log(JSON.stringify({ ...draft, grounding: { ok: problems.length === 0, ungrounded: problems.map((p) => p.text) } }, null, 2));
		return 0;
	});
}
