/**
 * Unsaved draft edits kept in the browser's local storage, one entry per report, so a reload or
 * a crash does not lose them. Pure over a Storage-like object (tested in Node with a Map).
 */
import { Draft } from '$lib/schema/draft';

export interface KeyValueStore {
	getItem(key: string): string | null;
	setItem(key: string, value: string): void;
	removeItem(key: string): void;
}

export interface LocalDraft {
	draft: Draft;
	/** The saved version the edits started from (null: a new, never saved draft). */
	base: number | null;
	/** When the edits were last kept (ISO). */
	at: string;
}

const key = (report: string) => `perflens:draft:${report}`;

export function keepLocal(store: KeyValueStore, report: string, draft: Draft, base: number | null, now = new Date()): void {
	try {
		store.setItem(key(report), JSON.stringify({ draft, base, at: now.toISOString() }));
	} catch {
		/* storage full or disabled: the leave warning still guards the edits */
	}
}

/** The kept edits of a report, or null when there are none or they no longer fit the schema. */
export function readLocal(store: KeyValueStore, report: string): LocalDraft | null {
	const raw = store.getItem(key(report));
	if (!raw) return null;
	try {
		const v = JSON.parse(raw) as { draft?: unknown; base?: unknown; at?: unknown };
		const draft = Draft.safeParse(v.draft);
		if (!draft.success || typeof v.at !== 'string') return null;
		return { draft: draft.data, base: typeof v.base === 'number' ? v.base : null, at: v.at };
	} catch {
		return null;
	}
}

export function dropLocal(store: KeyValueStore, report: string): void {
	store.removeItem(key(report));
}

/** Whether `draft` differs from the last saved or opened state (`clean`, a JSON snapshot). */
export function isDirty(draft: Draft | null, clean: string | null): boolean {
	return draft !== null && JSON.stringify(draft) !== clean;
}
