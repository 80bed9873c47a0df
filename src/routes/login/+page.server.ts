import { fail, redirect } from '@sveltejs/kit';
import { secureCookie, SESSION_COOKIE, signIn } from '$lib/server/users';
import { ROLE_LABEL } from '$lib/server/access';
import { departmentLabel } from '$lib/server/names';
import type { Actions, PageServerLoad } from './$types';

/** Only a path on this site may follow sign-in. */
const safeNext = (n: string | null) => (n && /^\/(?!\/)[^\s\\]*$/.test(n) ? n : '/');


export const load: PageServerLoad = ({ locals, url }) => ({
	user: locals.user ? { name: locals.user.name, role: ROLE_LABEL[locals.user.role], department: locals.user.department ? departmentLabel(locals.user.department) : null } : null,
	next: safeNext(url.searchParams.get('next'))
});

export const actions: Actions = {
	default: async ({ request, cookies, url, getClientAddress, setHeaders }) => {
		const form = await request.formData();
		const email = form.get('email');
		const r = await signIn(email, form.get('password'), getClientAddress());
		if (!r.ok) {
			if (r.retryAfter) setHeaders({ 'retry-after': String(r.retryAfter) });
			return fail(r.status, { message: r.message, email: typeof email === 'string' ? email.slice(0, 200) : '' });
		}
		cookies.set(SESSION_COOKIE, r.token, { path: '/', httpOnly: true, sameSite: 'strict', secure: secureCookie(url), maxAge: r.maxAge });
		redirect(303, safeNext(url.searchParams.get('next')));
	}
};
