/**
 * `perflens facts --report ID` — the fact sheet a 存在问题 / 改进措施 draft rests on, as JSON.
 */
import { factSheetOf } from '../../lib/server/drafts';
import { reportingErrors } from '../errors';

export const usage = 'perflens facts --report ID   输出报告的数据事实清单（起草“存在问题/改进措施”所依据的数字，JSON）';

export async function run(args: string[]): Promise<number> {
	const i = args.indexOf('--report');
	const id = i >= 0 ? args[i + 1] : args.find((a) => a.startsWith('--report='))?.slice(9);
	if (!id) {
		console.error(`错误：请给出报告编号。用法：${usage}`);
		return 1;
	}
	return reportingErrors(async () => {
		const { sheet } = await factSheetOf(id);
		console.log(JSON.stringify(sheet, null, 2));
		return 0;
	});
}
