/**
 * HTML (as mammoth writes it from a Word document) to the plain text the extractor reads:
 * one paragraph a line, one table row a line with its cells separated by tabs. Merged cells
 * (colspan/rowspan) leave empty cells so that columns stay aligned, as in text exported by Word.
 */

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0' };

export function decodeEntities(s: string): string {
	return s.replace(/&(#x[0-9a-fA-F]+|#\d+|[a-zA-Z]+);/g, (m, e: string) => {
		if (e[0] === '#') {
			const n = e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
			return Number.isFinite(n) ? String.fromCodePoint(n) : m;
		}
		return ENTITIES[e] ?? m;
	});
}

interface Tag {
	name: string;
	close: boolean;
	attrs: Record<string, string>;
}

function parseTag(raw: string): Tag {
	const m = raw.match(/^<\s*(\/)?\s*([a-zA-Z0-9]+)([^>]*)>$/s);
	if (!m) return { name: '', close: false, attrs: {} };
	const attrs: Record<string, string> = {};
	for (const a of m[3].matchAll(/([a-zA-Z-]+)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/g)) attrs[a[1].toLowerCase()] = a[3] ?? a[4] ?? a[5] ?? '';
	return { name: m[2].toLowerCase(), close: !!m[1], attrs };
}

const BLOCK = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'div', 'blockquote', 'pre']);

interface Grid {
	rows: string[][];
	/** pending rowspans: column → rows left */
	span: Map<number, number>;
	row?: string[];
	cell?: string[];
	col: number;
}

export function htmlToText(html: string): string {
	const out: string[] = [];
	let para = '';
	const tables: Grid[] = [];
	const text = (s: string) => {
		const g = tables[tables.length - 1];
		if (g?.cell) g.cell.push(s);
		else para += s;
	};
	const endPara = () => {
		const g = tables[tables.length - 1];
		if (g?.cell) return;
		if (para.trim()) out.push(para.replace(/\n+/g, ' ').trimEnd());
		para = '';
	};
	const fill = (g: Grid) => {
		// cells covered by a rowspan from above
		while (g.row && (g.span.get(g.col) ?? 0) > 0) {
			g.span.set(g.col, g.span.get(g.col)! - 1);
			g.row.push('');
			g.col++;
		}
	};
	for (const m of html.matchAll(/<[^>]+>|[^<]+/g)) {
		const tok = m[0];
		if (tok[0] !== '<') {
			text(decodeEntities(tok));
			continue;
		}
		const t = parseTag(tok);
		const g = tables[tables.length - 1];
		if (t.name === 'table') {
			if (!t.close) {
				endPara();
				tables.push({ rows: [], span: new Map(), col: 0 });
			} else {
				const done = tables.pop()!;
				const lines = done.rows.map((r) => r.join('\t'));
				if (tables.length) {
					// a table inside a cell: its rows as text of the cell
					text(lines.join(' '));
				} else {
					out.push(...lines, '');
				}
			}
		} else if (t.name === 'tr' && g) {
			if (!t.close) {
				g.row = [];
				g.col = 0;
			} else if (g.row) {
				fill(g);
				// rowspans beyond the last cell
				for (const [c, n] of g.span) if (c >= g.col && n > 0) {
					g.span.set(c, n - 1);
					while (g.row.length < c) g.row.push('');
					g.row[c] = '';
				}
				g.rows.push(g.row);
				g.row = undefined;
			}
		} else if ((t.name === 'td' || t.name === 'th') && g) {
			if (!t.close) {
				if (!g.row) g.row = [];
				fill(g);
				g.cell = [];
				(g as Grid & { attrs?: Record<string, string> }).attrs = t.attrs;
			} else if (g.cell && g.row) {
				const attrs = (g as Grid & { attrs?: Record<string, string> }).attrs ?? {};
				const content = g.cell.join('').replace(/[\t\n]+/g, ' ').trim();
				g.row.push(content);
				const cs = Math.max(1, Number(attrs.colspan ?? 1) || 1);
				const rs = Math.max(1, Number(attrs.rowspan ?? 1) || 1);
				for (let k = 0; k < cs; k++) {
					if (k > 0) g.row.push('');
					if (rs > 1) g.span.set(g.col + k, rs - 1);
				}
				g.col += cs;
				g.cell = undefined;
			}
		} else if (t.name === 'br') {
			text(g?.cell ? '' : '\n');
		} else if (BLOCK.has(t.name)) {
			if (g?.cell) continue;
			endPara();
		}
	}
	endPara();
	return out.join('\n').replace(/\n{3,}/g, '\n\n').trim() + '\n';
}
