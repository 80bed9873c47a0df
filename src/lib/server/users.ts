/**
 * Users and sessions: better-auth (email + password, its admin plugin for roles) on a SQLite
 * database file <data directory>/auth.db (libSQL, whose binary ships inside its npm package, so
 * nothing is compiled or downloaded at install or run time). Tables are created on first start;
 * the session secret is generated then too (<data directory>/auth-secret, mode 600).
 *
 * Self sign-up is off: an administrator creates users (`perflens user add`, or /admin).
 * Sign-in is throttled here (per address and per account).
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { betterAuth } from 'better-auth';
import { admin } from 'better-auth/plugins';
import { getMigrations } from 'better-auth/db/migration';
import { LibsqlDialect } from '@libsql/kysely-libsql';
import { dataDirOf } from './config';
import { writeDurable } from './store';
import type { Role, User } from './auth';

export const SESSION_COOKIE = 'perflens_session';

/** The session cookie is always Secure: browsers keep it over HTTPS and on loopback
 * (http://127.0.0.1, http://localhost are secure contexts); signing in from another machine needs
 * HTTPS in front of the server (README). */
export const secureCookie = (_url: URL) => true;
const SESSION_DAYS = 7;

function secretOf(dir: string): string {
	const f = join(dir, 'auth-secret');
	if (!existsSync(f)) {
		mkdirSync(dir, { recursive: true });
		writeDurable(f, randomBytes(32).toString('base64url'));
		try {
			chmodSync(f, 0o600);
		} catch {
			/* not on every file system */
		}
	}
	return readFileSync(f, 'utf8').trim();
}

function create(dir: string) {
	return betterAuth({
		appName: '绩效透镜',
		secret: secretOf(dir),
		// requests reach better-auth only through our own routes; its URL is never shown
		baseURL: 'http://127.0.0.1',
		database: { dialect: new LibsqlDialect({ url: `file:${join(dir, 'auth.db')}` }), type: 'sqlite' },
		emailAndPassword: { enabled: true, disableSignUp: true, minPasswordLength: 8, maxPasswordLength: 128 },
		session: { expiresIn: SESSION_DAYS * 24 * 3600, updateAge: 24 * 3600 },
		user: { additionalFields: { department: { type: 'string', required: false, input: true } } },
		plugins: [admin({ defaultRole: 'leader', adminRoles: ['admin'] })],
		// sign-in is throttled by us (per account and per address, below): better-auth's limiter keys
		// on a client address that server-side calls do not carry, so it would throttle everyone at once
		rateLimit: { enabled: false },
		telemetry: { enabled: false },
		logger: { disabled: true }
	});
}

type Auth = ReturnType<typeof create>;
let current: { dir: string; auth: Auth; ready: Promise<void> } | null = null;

/** The auth instance of the current data directory, its tables created on first use. */
export async function authOf(dir = dataDirOf()): Promise<Auth> {
	if (!current || current.dir !== dir) {
		const auth = create(dir);
		const ready = getMigrations(auth.options).then(({ runMigrations }) => runMigrations());
		current = { dir, auth, ready };
	}
	await current.ready;
	return current.auth;
}

const ROLES: Role[] = ['analyst', 'department', 'leader', 'admin'];
const asRole = (r: unknown): Role => (ROLES.includes(r as Role) ? (r as Role) : 'leader');

type AuthUser = { id: string; name: string; email: string; role?: string | null; department?: string | null; banned?: boolean | null };
const toUser = (u: AuthUser): User => ({ id: u.id, name: u.name, email: u.email, role: asRole(u.role), department: u.department ?? null });

/** The signed-in user of a request (by our session cookie), or null. */
export async function userOfRequest(headers: Headers, token: string | undefined): Promise<User | null> {
	if (!token) return null;
	const auth = await authOf();
	const h = new Headers();
	h.set('cookie', `better-auth.session_token=${token}`);
	h.set('user-agent', headers.get('user-agent') ?? '');
	try {
		const s = await auth.api.getSession({ headers: h });
		if (!s?.user || (s.user as AuthUser).banned) return null;
		return toUser(s.user as AuthUser);
	} catch {
		return null;
	}
}

/* ------------------------------------------------------------------ sign-in throttle */

const FAIL_WINDOW_MS = 15 * 60_000;
/** failures before waiting: per account 5; per address 20 (many people may share one address) */
const maxFails = (key: string) => (key.startsWith('acct:') ? 5 : 20);
const fails = new Map<string, number[]>();

/** Seconds to wait before another try from this address / for this account, or 0. */
export function loginWait(keys: string[], now = Date.now()): number {
	let wait = 0;
	for (const k of keys) {
		const list = (fails.get(k) ?? []).filter((t) => now - t < FAIL_WINDOW_MS);
		fails.set(k, list);
		if (list.length >= maxFails(k)) wait = Math.max(wait, Math.ceil((list[0] + FAIL_WINDOW_MS - now) / 1000));
	}
	return wait;
}
function noteFailure(keys: string[]): void {
	for (const k of keys) fails.set(k, [...(fails.get(k) ?? []), Date.now()]);
}
function clearFailures(keys: string[]): void {
	for (const k of keys) fails.delete(k);
}

export type SignIn = { ok: true; token: string; user: User; maxAge: number } | { ok: false; status: 400 | 401 | 429; message: string; retryAfter?: number };

/** Check email and password (throttled); the session token to put in our cookie. */
export async function signIn(email: unknown, password: unknown, address: string): Promise<SignIn> {
	if (typeof email !== 'string' || !email.trim() || email.length > 200) return { ok: false, status: 400, message: '请填写登录邮箱' };
	if (typeof password !== 'string' || !password || password.length > 128) return { ok: false, status: 400, message: '请填写密码' };
	const keys = [`addr:${address}`, `acct:${email.trim().toLowerCase()}`];
	const wait = loginWait(keys);
	if (wait > 0) return { ok: false, status: 429, message: `登录失败次数过多，请 ${Math.ceil(wait / 60)} 分钟后再试`, retryAfter: wait };
	const auth = await authOf();
	try {
		const res = await auth.api.signInEmail({ body: { email: email.trim(), password }, asResponse: true });
		if (res.ok) {
			const cookie = res.headers.get('set-cookie') ?? '';
			const token = /better-auth\.session_token=([^;]+)/.exec(cookie)?.[1];
			const body = (await res.json()) as { user: AuthUser };
			if (token && body.user && !(body.user as AuthUser).banned) {
				clearFailures(keys);
				const full = await userOfRequest(new Headers(), decodeURIComponent(token));
				return { ok: true, token: decodeURIComponent(token), user: full ?? toUser(body.user), maxAge: SESSION_DAYS * 24 * 3600 };
			}
		}
	} catch {
		/* wrong password and the like: one message for all */
	}
	noteFailure(keys);
	return { ok: false, status: 401, message: '邮箱或密码不正确' };
}

export async function signOut(token: string | undefined): Promise<void> {
	if (!token) return;
	const auth = await authOf();
	const h = new Headers({ cookie: `better-auth.session_token=${token}` });
	try {
		await auth.api.signOut({ headers: h });
	} catch {
		/* already gone */
	}
}

/* ------------------------------------------------------------------ administration */

export async function countUsers(dir = dataDirOf()): Promise<number> {
	const auth = await authOf(dir);
	const ctx = await auth.$context;
	return ctx.adapter.count({ model: 'user' });
}

export async function listUsers(): Promise<User[]> {
	const auth = await authOf();
	const ctx = await auth.$context;
	const rows = (await ctx.adapter.findMany({ model: 'user', limit: 1000 })) as AuthUser[];
	return rows.map(toUser).sort((a, b) => a.email!.localeCompare(b.email!));
}

export type NewUser = { email: string; name: string; password: string; role: Role; department?: string | null };

/** Create a user (the first administrator from the command line, then from /admin). */
export async function createUser(u: NewUser, dir = dataDirOf()): Promise<User> {
	const auth = await authOf(dir);
	// created with the plugin's plain role, then given ours (the plugin only knows admin / user)
	const r = await auth.api.createUser({ body: { email: u.email.trim(), password: u.password, name: u.name.trim(), data: { department: u.department ?? null } } });
	const ctx = await auth.$context;
	await ctx.adapter.update({ model: 'user', where: [{ field: 'id', value: r.user.id }], update: { role: u.role, department: u.department ?? null } });
	return toUser({ ...(r.user as AuthUser), role: u.role, department: u.department ?? null });
}

export async function setRole(id: string, role: Role, department: string | null): Promise<void> {
	const auth = await authOf();
	const ctx = await auth.$context;
	await ctx.adapter.update({ model: 'user', where: [{ field: 'id', value: id }], update: { role, department } });
	// the role holds from the next request: its sessions are ended so nothing stale survives
	await ctx.internalAdapter.deleteUserSessions(id);
}

export async function removeUser(id: string): Promise<void> {
	const auth = await authOf();
	const ctx = await auth.$context;
	await ctx.internalAdapter.deleteUserSessions(id);
	await ctx.internalAdapter.deleteUser(id);
}
