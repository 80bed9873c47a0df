/**
 * How a command that reads the dataset reports failure: an invalid record prints
 * `file: field: reason` lines, anything else one Chinese line; both exit 1.
 */
import { DatasetError } from '../lib/server/dataset';

export async function reportingErrors(run: () => Promise<number>): Promise<number> {
	try {
		return await run();
	} catch (e) {
		if (e instanceof DatasetError) {
			for (const x of e.errors) console.error(`${x.file}: ${x.field}: ${x.message}`);
			return 1;
		}
		console.error(`错误：${e instanceof Error ? e.message : String(e)}`);
		return 1;
	}
}
