/** Group rows by a key, keeping first-seen order of keys and rows. Pure. */
export function groupBy<T, K>(rows: readonly T[], key: (r: T) => K): [K, T[]][] {
	const m = new Map<K, T[]>();
	for (const r of rows) {
		const k = key(r);
		const list = m.get(k);
		if (list) list.push(r);
		else m.set(k, [r]);
	}
	return [...m.entries()];
}
