/**
 * `perflens metrics [--year Y | --department ID | --report ID]` — the figures the pages show,
 * as JSON, read with the same queries (src/lib/db/queries.ts) on the same views:
 *
 *   (nothing)         the key figures of every year (the dashboard's KPI cards)
 *   --year Y          that year's key figures and its departments (总览)
 *   --department ID   every year of one department (部门页、部门对比)
 *   --report ID       the key figures of one report (起草用的数据事实也读这一行)
 */
import { departmentYears, reportKpi, yearDepartments, yearKpis } from '../../lib/db/queries';
import { run as runQuery } from '../../lib/db/query';
import { openDataset } from '../../lib/server/dataset';
import { reportingErrors } from '../errors';

export const usage = 'perflens metrics [--year Y | --department ID | --report ID]   输出页面所示的指标（与页面同一查询，JSON）';

function option(args: string[], name: string): string | undefined {
	const i = args.indexOf(name);
	return i >= 0 ? args[i + 1] : args.find((a) => a.startsWith(`${name}=`))?.slice(name.length + 1);
}

export async function run(args: string[]): Promise<number> {
	const year = option(args, '--year');
	const department = option(args, '--department');
	const report = option(args, '--report');
	if ([year, department, report].filter((x) => x !== undefined).length > 1 || args.some((a) => a.startsWith('--') && !/^--(year|department|report)(=|$)/.test(a))) {
		console.error(`错误：参数不正确。用法：${usage}`);
		return 1;
	}
	if (year !== undefined && !/^\d{4}$/.test(year)) {
		console.error('错误：--year 须为四位年份');
		return 1;
	}
	return reportingErrors(async () => {
		const { engine } = await openDataset();
		let out: unknown;
		if (year !== undefined) {
			const y = Number(year);
			const [kpi] = (await runQuery(engine, yearKpis())).filter((k) => k.year === y);
			out = { year: y, kpi: kpi ?? null, departments: await runQuery(engine, yearDepartments(y)) };
		} else if (department !== undefined) out = await runQuery(engine, departmentYears(department));
		else if (report !== undefined) out = (await runQuery(engine, reportKpi(report)))[0] ?? null;
		else out = await runQuery(engine, yearKpis());
		console.log(JSON.stringify(out, null, 2));
		return 0;
	});
}
