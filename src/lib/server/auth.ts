/**
 * Who is asking: the signed-in user (event.locals.user, set in hooks.server.ts) or, when nobody
 * is signed in, the client's address — the key the per-user limits (./limits.ts) count by.
 */
import type { RequestEvent } from '@sveltejs/kit';

export type Role = 'analyst' | 'department' | 'leader' | 'admin';
export type User = { id: string; name: string; email?: string; role: Role; department?: string | null };

export function userKey(event: Pick<RequestEvent, 'locals' | 'getClientAddress'>): string {
	const u = event.locals?.user;
	if (u) return `user:${u.id}`;
	try {
		return `addr:${event.getClientAddress()}`;
	} catch {
		return 'addr:unknown';
	}
}
