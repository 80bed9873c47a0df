/**
 * Traditional → simplified characters, one character at a time, so that a normalised text keeps
 * the length (and the offsets) of the text as written. Uses OpenCC's dictionaries (opencc-js):
 * the conversion from traditional to simplified is a many-to-one mapping of characters, so the
 * character-level conversion is exact where phrase-level conversion would only matter the other
 * way round. The written text is always kept for quotes; only matching uses the simplified form.
 */
import { Converter } from 'opencc-js/t2cn';

let convert: ((s: string) => string) | undefined;
const cache = new Map<string, string>();

/** The simplified form of one character (the character itself when it has none). */
export function toSimplified(ch: string): string {
	// ASCII, digits and the common CJK punctuation never change
	if (ch.charCodeAt(0) < 0x2e80) return ch;
	let out = cache.get(ch);
	if (out === undefined) {
		convert ??= Converter({ from: 'tw', to: 'cn' });
		const s = convert(ch);
		out = s.length === ch.length ? s : ch;
		cache.set(ch, out);
	}
	return out;
}

/** A whole text, character by character (same length as the input). */
export function simplifyText(s: string): string {
	let out = '';
	for (const ch of s) out += toSimplified(ch);
	return out;
}
