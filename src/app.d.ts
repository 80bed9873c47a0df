// See https://svelte.dev/docs/kit/types#app.d.ts
import type { User } from '$lib/server/auth';

declare global {
	namespace App {
		interface Error {
			message: string;
		}
		interface Locals {
			/** the signed-in user, or null (set in hooks.server.ts) */
			user: User | null;
		}
	}
}

export {};
