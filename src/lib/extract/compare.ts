/**
 * Field-level comparison of two report records: values (amounts, figures, targets, texts,
 * structure keys), never which quote was chosen. Used to measure the extractor against the
 * hand-checked records, and to show what an import would change.
 */

type Json = unknown;

/** One compared field: its path and value (JSON). */
export interface Fact {
	path: string;
	value: string;
}

const SKIP = new Set(['quote', 'source_file', 'simulated']);

/** Arrays whose order carries no meaning: matched by content, not by index. */
const UNORDERED = new Set(['budget', 'sangong', 'staffing', 'indicators']);

function isObj(v: Json): v is Record<string, Json> {
	return typeof v === 'object' && v !== null && !Array.isArray(v);
}

export interface CompareOptions {
	/** compare texts without their whitespace (a PDF does not keep spaces exactly) */
	ignoreWhitespace?: boolean;
}

/** Flatten a value into leaf facts. */
export function facts(v: Json, path = '', opts: CompareOptions = {}): Fact[] {
	if (Array.isArray(v)) return v.flatMap((x, i) => facts(x, `${path}[${i}]`, opts));
	if (isObj(v)) {
		return Object.keys(v)
			.filter((k) => !SKIP.has(k) && v[k] !== undefined)
			.sort()
			.flatMap((k) => facts(v[k], path ? `${path}.${k}` : k, opts));
	}
	if (typeof v === 'string' && opts.ignoreWhitespace) return [{ path, value: JSON.stringify(v.replace(/\s+/g, '')) }];
	return [{ path, value: JSON.stringify(v) }];
}

export interface Diff {
	path: string;
	expected?: string;
	actual?: string;
}

export interface Comparison {
	/** facts equal in both */
	matched: number;
	/** facts of the expected record */
	expected: number;
	/** facts of the actual record */
	actual: number;
	/** matched ÷ (expected + actual − matched): misses and extras both count */
	accuracy: number;
	diffs: Diff[];
}

function factMap(fs: Fact[]): Map<string, string> {
	return new Map(fs.map((f) => [f.path, f.value]));
}

function countEqual(a: Map<string, string>, b: Map<string, string>): number {
	let n = 0;
	for (const [k, v] of a) if (b.get(k) === v) n++;
	return n;
}

/** Pair the items of two unordered arrays so that as many facts as possible agree. */
function pairUnordered(exp: Json[], act: Json[], opts: CompareOptions): Array<[number | undefined, number | undefined]> {
	const ef = exp.map((x) => factMap(facts(x, '', opts)));
	const af = act.map((x) => factMap(facts(x, '', opts)));
	const scores: Array<{ i: number; j: number; s: number }> = [];
	for (let i = 0; i < ef.length; i++) for (let j = 0; j < af.length; j++) {
		const s = countEqual(ef[i], af[j]);
		if (s > 0) scores.push({ i, j, s: s - 0.001 * Math.abs(i - j) / (1 + Math.max(ef.length, af.length)) });
	}
	scores.sort((a, b) => b.s - a.s);
	const ui = new Set<number>();
	const uj = new Set<number>();
	const pairs: Array<[number | undefined, number | undefined]> = [];
	for (const { i, j } of scores) {
		if (ui.has(i) || uj.has(j)) continue;
		ui.add(i);
		uj.add(j);
		pairs.push([i, j]);
	}
	for (let i = 0; i < ef.length; i++) if (!ui.has(i)) pairs.push([i, undefined]);
	for (let j = 0; j < af.length; j++) if (!uj.has(j)) pairs.push([undefined, j]);
	return pairs.sort((a, b) => (a[0] ?? 1e9) - (b[0] ?? 1e9));
}

/** Compare two records field by field. */
export function compareRecords(expected: Json, actual: Json, opts: CompareOptions = {}): Comparison {
	const diffs: Diff[] = [];
	let matched = 0;
	let ne = 0;
	let na = 0;
	const cmpFacts = (e: Fact[], a: Fact[], prefix: string) => {
		const em = factMap(e);
		const am = factMap(a);
		ne += em.size;
		na += am.size;
		for (const [k, v] of em) {
			if (am.get(k) === v) matched++;
			else diffs.push({ path: prefix + k, expected: v, actual: am.get(k) });
		}
		for (const [k, v] of am) if (!em.has(k)) diffs.push({ path: prefix + k, actual: v });
	};
	const E = isObj(expected) ? expected : {};
	const A = isObj(actual) ? actual : {};
	const keys = [...new Set([...Object.keys(E), ...Object.keys(A)])].filter((k) => !SKIP.has(k));
	for (const k of keys) {
		const ev = E[k];
		const av = A[k];
		if (k === 'scores' && (isObj(ev) || isObj(av))) {
			// the score tree's first level in any order (a node the extractor missed shifts no other)
			const es = isObj(ev) ? ev : {};
			const as = isObj(av) ? av : {};
			const { tree: et, ...erest } = es;
			const { tree: at, ...arest } = as;
			cmpFacts(facts(erest, k, opts), facts(arest, k, opts), '');
			const ea = (Array.isArray(et) ? et : []) as Json[];
			const aa = (Array.isArray(at) ? at : []) as Json[];
			for (const [i, j] of pairUnordered(ea, aa, opts)) {
				const label = i !== undefined ? `scores.tree[${i}]` : `scores.tree[+${j}]`;
				cmpFacts(i !== undefined ? facts(ea[i], '', opts) : [], j !== undefined ? facts(aa[j], '', opts) : [], label + '.');
			}
		} else if (UNORDERED.has(k) && Array.isArray(ev ?? []) && Array.isArray(av ?? [])) {
			const ea = (ev ?? []) as Json[];
			const aa = (av ?? []) as Json[];
			for (const [i, j] of pairUnordered(ea, aa, opts)) {
				const label = i !== undefined ? `${k}[${i}]` : `${k}[+${j}]`;
				cmpFacts(i !== undefined ? facts(ea[i], '', opts) : [], j !== undefined ? facts(aa[j], '', opts) : [], label + '.');
			}
		} else {
			cmpFacts(ev === undefined ? [] : facts(ev, k, opts), av === undefined ? [] : facts(av, k, opts), '');
		}
	}
	const union = ne + na - matched;
	return { matched, expected: ne, actual: na, accuracy: union === 0 ? 1 : matched / union, diffs };
}
