/**
 * Crash-safe files of the data directory.
 *
 * `writeDurable` writes a temporary file next to the target, fsyncs it, renames it over the
 * target and fsyncs the directory: after a crash the target holds either the old or the new bytes.
 *
 * A replacement of report records (POST /api/reports with replace) touches several files; it is
 * run as a journalled transaction (`runReplacement`):
 *   1. journal/<tx>.json: the target, the new content's hash, every record it replaces (path,
 *      hash, history copy) and the new source file, written durably before anything else;
 *   2. the new record as <target>.<tx>.tmp (fsync), the history copies (fsync), the source text;
 *   3. commit point: rename the temporary file over the target (fsync the directory);
 *   4. retire the replaced records whose path differs from the target (they are in history);
 *   5. the caller's `after` (rebuilding the dataset); on failure everything is undone;
 *   6. delete the journal.
 * `recoverDataDir` (run on start-up and before every save) reads any journal left by a crash:
 * when the target holds the new content the replacement is finished (old records retired, their
 * history copies kept); otherwise it is rolled back (temporary file removed, every replaced record
 * restored from its history copy if missing, the copies and the new source removed). Then stray
 * temporary files are removed. Either way no record is lost and no department-year is left
 * without its live record.
 */
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, existsSync, fsyncSync, mkdirSync, openSync, readFileSync, readdirSync, renameSync, rmSync, statSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';

export const sha = (s: string | Uint8Array) => createHash('sha256').update(s).digest('hex');

function fsyncDir(dir: string): void {
	try {
		const fd = openSync(dir, 'r');
		try {
			fsyncSync(fd);
		} finally {
			closeSync(fd);
		}
	} catch {
		/* some file systems cannot fsync a directory */
	}
}

/** Write bytes to `path` and fsync them (no rename). */
export function writeSynced(path: string, data: string | Uint8Array, flag = 'w'): void {
	mkdirSync(dirname(path), { recursive: true });
	const fd = openSync(path, flag);
	try {
		const buf = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
		let off = 0;
		while (off < buf.length) off += writeSync(fd, buf, off, buf.length - off);
		fsyncSync(fd);
	} finally {
		closeSync(fd);
	}
}

/** Temporary-file name next to `path` (recognised and removed by recovery). */
export const tmpName = (path: string, tag = `${process.pid}-${randomBytes(4).toString('hex')}`) => `${path}.${tag}.tmp`;

/** Durable atomic write: temporary file + fsync, rename, fsync of the directory. */
export function writeDurable(path: string, data: string | Uint8Array): void {
	const tmp = tmpName(path);
	try {
		writeSynced(tmp, data, 'wx');
		renameSync(tmp, path);
		fsyncDir(dirname(path));
	} catch (e) {
		rmSync(tmp, { force: true });
		throw e;
	}
}

/** `keep`: a record that stays where it is (a data/gold record the new one shadows): copied to history, never retired or rewritten */
export type Replaced = { path: string; hash: string; history: string; keep?: boolean };
export type Journal = {
	tx: string;
	target: string;
	tmp: string;
	/** sha256 of the new record's bytes */
	hash: string;
	/** hash of the target before (null: it did not exist) */
	before: string | null;
	replaced: Replaced[];
	/** a source text written by this transaction (removed on roll back) */
	new_source: string | null;
};

/** Test hook: called with the name of each step; a test may kill the process there. */
export type StepHook = (step: string) => void;

const journalDir = (root: string) => join(root, 'journal');

const hashOf = (p: string): string | null => {
	try {
		return sha(readFileSync(p));
	} catch {
		return null;
	}
};

export type ReplacementPlan = {
	target: string;
	content: string;
	replaced: { path: string; text: string; history: string; keep?: boolean }[];
	source?: { path: string; text: string } | null;
};

/**
 * Run a replacement as described in the file comment. `after` runs once the new record is live
 * and the old ones retired; if it throws, the replacement is undone and the error rethrown.
 */
export function runReplacement(root: string, plan: ReplacementPlan, after: () => void, step: StepHook = () => {}): void {
	const tx = `${Date.now().toString(36)}-${randomBytes(4).toString('hex')}`;
	const j: Journal = {
		tx,
		target: plan.target,
		tmp: tmpName(plan.target, tx),
		hash: sha(plan.content),
		before: existsSync(plan.target) ? hashOf(plan.target) : null,
		replaced: plan.replaced.map((r) => ({ path: r.path, hash: sha(r.text), history: r.history, ...(r.keep ? { keep: true } : {}) })),
		new_source: plan.source ? plan.source.path : null
	};
	const jpath = join(journalDir(root), `${tx}.json`);
	writeDurable(jpath, JSON.stringify(j, null, '\t'));
	step('journal');
	try {
		writeSynced(j.tmp, plan.content, 'wx');
		step('tmp');
		for (const r of plan.replaced) {
			if (!existsSync(r.history)) writeDurable(r.history, r.text);
			step('history');
		}
		if (plan.source) {
			writeDurable(plan.source.path, plan.source.text);
			step('source');
		}
		renameSync(j.tmp, j.target);
		fsyncDir(dirname(j.target));
		step('commit');
		for (const r of plan.replaced) {
			if (r.path !== j.target && !r.keep) {
				rmSync(r.path, { force: true });
				fsyncDir(dirname(r.path));
				step('retire');
			}
		}
		after();
		step('after');
	} catch (e) {
		rollBack(j);
		rmSync(jpath, { force: true });
		throw e;
	}
	rmSync(jpath, { force: true });
	fsyncDir(journalDir(root));
}

/** Undo a replacement: the target back to its old content, every replaced record restored. */
function rollBack(j: Journal): void {
	rmSync(j.tmp, { force: true });
	for (const r of j.replaced) {
		if (r.keep) continue;
		const live = hashOf(r.path);
		if (live !== r.hash && existsSync(r.history) && hashOf(r.history) === r.hash) writeDurable(r.path, readFileSync(r.history));
	}
	if (j.before === null && hashOf(j.target) === j.hash && !j.replaced.some((r) => r.path === j.target)) rmSync(j.target, { force: true });
	for (const r of j.replaced) {
		// the copy is only removed once the live record is back (a kept record never left)
		if (r.keep || hashOf(r.path) === r.hash) {
			rmSync(r.history, { force: true });
			try {
				const d = dirname(r.history);
				if (!readdirSync(d).length) rmSync(d, { recursive: true, force: true });
			} catch {
				/* gone */
			}
		}
	}
	if (j.new_source) rmSync(j.new_source, { force: true });
}

/** Finish a committed replacement: retire the replaced records (their history copies exist). */
function rollForward(j: Journal): void {
	rmSync(j.tmp, { force: true });
	for (const r of j.replaced) {
		if (r.path === j.target || r.keep) continue;
		if (!existsSync(r.path)) continue;
		if (!existsSync(r.history)) writeDurable(r.history, readFileSync(r.path));
		if (hashOf(r.history) === hashOf(r.path)) rmSync(r.path, { force: true });
	}
}

export type Recovery = { finished: string[]; rolled_back: string[]; removed_tmp: number };

/** Finish or roll back interrupted replacements, then remove stray temporary files (see above). */
export function recoverDataDir(root: string, extraDirs: string[] = []): Recovery {
	const out: Recovery = { finished: [], rolled_back: [], removed_tmp: 0 };
	const jd = journalDir(root);
	if (existsSync(jd)) {
		for (const f of readdirSync(jd).sort()) {
			const p = join(jd, f);
			if (!f.endsWith('.json')) continue;
			let j: Journal;
			try {
				j = JSON.parse(readFileSync(p, 'utf8'));
			} catch {
				rmSync(p, { force: true }); // a journal is written atomically: a broken one was never used
				continue;
			}
			if (hashOf(j.target) === j.hash && !existsSync(j.tmp)) {
				rollForward(j);
				out.finished.push(j.tx);
			} else {
				rollBack(j);
				out.rolled_back.push(j.tx);
			}
			rmSync(p, { force: true });
		}
	}
	const sweep = (dir: string, depth: number) => {
		if (!existsSync(dir)) return;
		for (const n of readdirSync(dir)) {
			const p = join(dir, n);
			let st;
			try {
				st = statSync(p);
			} catch {
				continue;
			}
			if (st.isDirectory()) {
				if (depth > 0) sweep(p, depth - 1);
			} else if (n.endsWith('.tmp')) {
				rmSync(p, { force: true });
				out.removed_tmp++;
			}
		}
	};
	for (const d of ['reports', 'sources', 'history', 'arrow', 'drafts', 'journal', 'demo'].map((x) => join(root, x)).concat(extraDirs)) sweep(d, 2);
	sweep(root, 0);
	return out;
}
