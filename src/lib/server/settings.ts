/**
 * Settings an administrator changes at run time, kept in <data directory>/settings.json
 * (written durably). Missing file: the defaults.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { dataDirOf } from './config';
import { writeDurable } from './store';

export type Settings = { require_login_for_reading: boolean };
const DEFAULTS: Settings = { require_login_for_reading: false };

const file = () => join(dataDirOf(), 'settings.json');

let cache: { at: string; value: Settings } | null = null;

export function readSettings(): Settings {
	const f = file();
	if (cache && cache.at === f) return cache.value;
	let value = { ...DEFAULTS };
	if (existsSync(f)) {
		try {
			const raw = JSON.parse(readFileSync(f, 'utf8'));
			value = { require_login_for_reading: raw?.require_login_for_reading === true };
		} catch {
			/* a broken file: defaults */
		}
	}
	cache = { at: f, value };
	return value;
}

export function writeSettings(s: Settings): Settings {
	writeDurable(file(), JSON.stringify(s, null, '\t') + '\n');
	cache = { at: file(), value: s };
	return s;
}
