/**
 * Which requests the server accepts at all:
 *  - Host: only names this server answers to (localhost, loopback and IP addresses, this machine's
 *    name, and PERFLENS_ALLOWED_HOSTS): a foreign name (DNS rebinding) gets 421.
 *  - state-changing methods (POST, PUT, PATCH, DELETE): a browser's Origin (or, without it,
 *    Sec-Fetch-Site) must be this same site, else 403. A client that sends neither is not a
 *    browser and cannot be driven by another site (cross-site request forgery needs a browser).
 */
import { hostname } from 'node:os';
import { allowedHostsOf } from './config';

const IP = /^(?:\d{1,3}(?:\.\d{1,3}){3}|\[[0-9a-f:.]+\])$/i;

/** The host name of a Host header value (without the port), lower-case. */
export function hostOf(h: string): string {
	const v = h.trim().toLowerCase();
	if (v.startsWith('[')) return v.slice(0, v.indexOf(']') + 1);
	return v.replace(/:\d+$/, '');
}

export function hostAllowed(host: string, extra = allowedHostsOf()): boolean {
	const h = hostOf(host);
	if (!h) return false;
	if (h === 'localhost' || h.endsWith('.localhost') || IP.test(h)) return true;
	if (h === hostname().toLowerCase()) return true;
	return extra.includes(h);
}

const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export function requestProblem(request: Request): { status: number; message: string } | null {
	const host = request.headers.get('host') ?? new URL(request.url).host;
	if (!hostAllowed(host)) return { status: 421, message: `拒绝访问：服务器不接受主机名「${hostOf(host).slice(0, 100)}」。如需用此域名访问，请由管理员在 PERFLENS_ALLOWED_HOSTS 中加入它` };
	if (!UNSAFE.has(request.method)) return null;
	const origin = request.headers.get('origin');
	if (origin) {
		let o: URL | null = null;
		try {
			o = new URL(origin);
		} catch {
			/* "null" or garbage */
		}
		if (!o || o.host.toLowerCase() !== host.trim().toLowerCase()) return { status: 403, message: '拒绝请求：请求来自其他网站（Origin 与本站不符），未处理。请在本站页面上操作' };
		return null;
	}
	const site = request.headers.get('sec-fetch-site');
	if (site && site !== 'same-origin' && site !== 'none') return { status: 403, message: '拒绝请求：请求来自其他网站，未处理。请在本站页面上操作' };
	return null;
}
