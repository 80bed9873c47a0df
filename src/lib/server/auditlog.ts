/**
 * The audit log: who changed which report (or user, or setting), when, from what — one JSON line
 * per change in <data directory>/audit-log.jsonl, appended and fsynced. Shown to administrators
 * at /admin.
 */
import { appendFileSync, closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { dataDirOf } from './config';
import type { User } from './auth';

export type AuditEntry = {
	at: string;
	user: string | null;
	user_name: string | null;
	role: string | null;
	address: string;
	action: string;
	target: string;
	/** what was replaced / changed (e.g. the history copy of the previous record) */
	from?: string[];
	detail?: string;
};

const file = () => join(dataDirOf(), 'audit-log.jsonl');

export function logChange(user: User | null, address: string, action: string, target: string, extra: { from?: string[]; detail?: string } = {}): void {
	const e: AuditEntry = { at: new Date().toISOString(), user: user?.email ?? user?.id ?? null, user_name: user?.name ?? null, role: user?.role ?? null, address, action, target, ...extra };
	const f = file();
	mkdirSync(dirname(f), { recursive: true });
	appendFileSync(f, JSON.stringify(e) + '\n');
	const fd = openSync(f, 'r');
	try {
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

/** The newest entries first (at most `limit`). */
export function readLog(limit = 500): AuditEntry[] {
	const f = file();
	if (!existsSync(f)) return [];
	const out: AuditEntry[] = [];
	for (const line of readFileSync(f, 'utf8').split('\n')) {
		if (!line.trim()) continue;
		try {
			out.push(JSON.parse(line));
		} catch {
			/* a line cut by a crash */
		}
	}
	return out.reverse().slice(0, limit);
}
