/**
 * Which report /draft opens, from its address: ?report=<id>, or ?department=<name or id> with an
 * optional &year=; the address then names the report opened (department and year are in it). A
 * department the user may not draft for (department staff and another department) is not silently
 * swapped: the page says which one it opened instead.
 */
export type DraftChoice = { id: string; department: string; department_id: string; year: number; kind: string };

export function pickDraftReport(
	reports: readonly DraftChoice[],
	params: { report?: string | null; department?: string | null; year?: string | null },
	fallback: string
): { id: string; notice: string | null } {
	if (params.report && reports.some((r) => r.id === params.report)) return { id: params.report, notice: null };
	const dept = params.department?.trim();
	const year = params.year ? Number(params.year) : null;
	if (dept) {
		const of = reports.filter((r) => r.department === dept || r.department_id === dept);
		const inYear = year ? of.filter((r) => r.year === year) : of;
		const hit = inYear.find((r) => r.kind === 'self_evaluation') ?? inYear[0];
		if (hit) return { id: hit.id, notice: null };
		const opened = reports.find((r) => r.id === fallback);
		const what = opened ? `${opened.department} ${opened.year} 年` : '默认的报告';
		return {
			id: fallback,
			notice: of.length
				? `地址中的部门没有 ${year} 年的报告，已改为打开${what}。`
				: `地址中的部门（${dept}）不在您可以起草的报告中（部门工作人员只能为本部门起草），已改为打开${what}。`
		};
	}
	if (params.report) {
		const opened = reports.find((r) => r.id === fallback);
		return { id: fallback, notice: `地址中的报告（${params.report}）不在您可以起草的报告中，已改为打开${opened ? `${opened.department} ${opened.year} 年` : '默认的报告'}。` };
	}
	return { id: fallback, notice: null };
}
