/**
 * What contributed content may contain, for every collection (plans, countries, the framework,
 * assessments, published findings, resources, partners), in one place. Records are data, never
 * markup:
 *
 * - text fields are plain printable text, which pages print escaped (so `<script>` in a note
 *   shows as those characters and runs nothing); no control or invisible characters, whether
 *   typed into the file or written as YAML escapes (`"\0"`, `"\u202E"`);
 * - the only Markdown is a plan's body, and it may carry no raw HTML at all, and links and
 *   images only to https:// addresses (http:// where the record sets `allowHttp`), site paths
 *   (`/plans/…`) or `#fragments`;
 * - every URL field is an absolute https:// address (http:// only with `allowHttp`, checked in
 *   the schemas): never `javascript:`, `data:`, `vbscript:`, `file:` or protocol-relative `//`;
 * - ids (file names) and URLs have a maximum length; text fields have theirs in the schemas.
 *
 * The schemas (`src/schemas/common.ts`) and the validator (`record-files.ts`, `validate.ts`)
 * call these functions; docs/decisions.md says why the rules are what they are.
 */

/** Longest record id (a file name without its extension); the longest in content/ has 85 characters. */
export const MAX_ID_LENGTH = 120;

/** Longest URL; the longest in content/ has 327 characters. */
export const MAX_URL_LENGTH = 2000;

/**
 * Characters that have no place in a record and can hide content from a reviewer: C0 controls
 * other than tab, newline and carriage return, DEL and the C1 controls, zero-width spaces and
 * joiners that are not part of any script's spelling (U+200B, U+2060, U+FEFF), and the Unicode
 * bidirectional overrides and isolates used to make text read differently from how it is stored.
 */
const HIDDEN_CHARACTER = /[\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u200B\u2060\u202A-\u202E\u2066-\u2069\uFEFF]/;

/** The first hidden character in `text`: where it is and how to name it (`the control character U+001B`). */
export function findHiddenCharacter(text: string): { index: number; name: string } | undefined {
	const match = HIDDEN_CHARACTER.exec(text);
	if (!match) return undefined;
	const code = match[0].codePointAt(0)!;
	const kind = code < 0x20 || (code >= 0x7f && code <= 0x9f) ? 'control character' : 'invisible character';
	return { index: match.index, name: `the ${kind} U+${code.toString(16).toUpperCase().padStart(4, '0')}` };
}

/** A value as the contributor wrote it, cut short so one long field cannot flood the log. */
export function preview(value: unknown): string {
	const json = JSON.stringify(value) ?? String(value);
	return json.length > 120 ? `${json.slice(0, 117)}...` : json;
}

/**
 * Why `value` is not an absolute web address we accept, or undefined when it is one. http:// is
 * accepted here (records opt in with `allowHttp`; `requireHttps` in the schemas enforces that).
 * The text itself must start with the scheme: URL parsers forgive `https:example.org`,
 * backslashes and embedded tabs, and a reviewer should see the address a browser will open.
 */
export function webUrlProblem(value: string): string | undefined {
	if (value.length > MAX_URL_LENGTH) return `expected a URL of at most ${MAX_URL_LENGTH} characters, found ${value.length}`;
	const invalid = `expected an absolute https:// URL, found ${preview(value)}`;
	if (!/^https?:\/\/[^/\\]/i.test(value)) return invalid;
	if (/[\s\\\x00-\x1F\x7F]/.test(value)) return `expected a URL without spaces, control characters or backslashes (percent-encode them), found ${preview(value)}`;
	let url: URL;
	try {
		url = new URL(value);
	} catch {
		return invalid;
	}
	if (!url.hostname.includes('.')) return invalid;
	if (url.username || url.password) return `expected a URL without a user name or password, found ${preview(value)}`;
	return undefined;
}

/** Problems listed for one body before the rest are counted in a single line. */
const MAX_BODY_PROBLEMS = 20;

/** `<scheme:…>` and `<user@host>`: CommonMark autolinks, which are links, not HTML. */
const URI_AUTOLINK = /<([A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*)>/y;
const EMAIL_AUTOLINK = /<([A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*)>/y;
/** The start of anything an HTML parser treats as markup: a tag, an end tag, a comment, a declaration or CDATA, a processing instruction. */
const MARKUP = /<(\/?[A-Za-z][A-Za-z0-9:-]*|!--|![A-Za-z[]|\?)/g;
/** A link reference definition (`[label]: destination`), possibly inside a quote or list item; not a footnote (`[^1]: text`). */
const REFERENCE_DEFINITION = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?\[(?!\^)(?:[^\]\\\n]|\\.)+\]:/gm;
/**
 * Schemes that run script or smuggle a document, anywhere in the body: a second net under the
 * link rules, since a Markdown parser may find a link where this module's simpler reading does
 * not. Letters may be split by whitespace (`java script:` after a tab is decoded). `data:` is
 * matched only with a media type, so prose such as "data: none" passes.
 */
const SCRIPT_SCHEME = /\b(?:j\s*a\s*v\s*a|v\s*b)\s*s\s*c\s*r\s*i\s*p\s*t\s*:|\bdata\s*:\s*[a-z]+\/[a-z0-9.+-]+/gi;

/**
 * Everything in a plan's Markdown body that could carry script, or that this policy does not
 * accept: raw HTML (any tag, comment or declaration, harmless or not), and links, images and
 * autolinks that do not go to an https:// address, a site path or a #fragment. Character
 * references are decoded first, so `jav&#x61;script:` and `&#60;script>` are seen for what a
 * browser makes of them.
 */
export function markdownBodyProblems(body: string, options: { allowHttp: boolean; firstLine: number }): string[] {
	const text = decodeCharacterReferences(body);
	/** What was found where, and what to do about it. */
	const found: { index: number; what: string; advice: string }[] = [];
	/** Characters already judged (in tags, link destinations), so the script-scheme net does not report them twice. */
	const judged = new Uint8Array(text.length);
	const checkLink = (index: number, destination: string, end: number) => {
		judged.fill(1, index, end);
		const problem = linkProblem(destination, options.allowHttp);
		if (problem) found.push({ index, ...problem });
	};

	/** Elements already reported by their start tag, whose end tags add nothing. */
	const opened = new Set<string>();
	// A match inside something already judged is part of it (`<a <b>`, `](x](y)`), not a new tag or link.
	for (const match of text.matchAll(MARKUP)) {
		const index = match.index;
		if (judged[index]) continue;
		const autolink = stickyMatch(URI_AUTOLINK, text, index);
		const email = autolink ? undefined : stickyMatch(EMAIL_AUTOLINK, text, index);
		if (autolink) checkLink(index, autolink[1], index + autolink[0].length);
		else if (email) checkLink(index, `mailto:${email[1]}`, index + email[0].length);
		else {
			const end = tagEnd(text, index);
			judged.fill(1, index, end);
			const name = match[1].toLowerCase();
			if (name.startsWith('/') && opened.has(name.slice(1))) continue;
			opened.add(name);
			found.push({ index, what: `found raw HTML (${describeMarkup(match[1], text.slice(index, end))})`, advice: WRITE_MARKDOWN });
		}
	}
	for (const match of text.matchAll(/\]\(/g)) {
		if (judged[match.index]) continue;
		const { start, value, end } = inlineDestination(text, match.index + 2);
		if (value) checkLink(start, value, end);
	}
	for (const match of text.matchAll(REFERENCE_DEFINITION)) {
		if (judged[match.index]) continue;
		const { start, value, end } = inlineDestination(text, match.index + match[0].length);
		if (value) checkLink(start, value, end);
	}
	for (const match of text.matchAll(SCRIPT_SCHEME)) {
		if (judged[match.index] && judged[match.index + match[0].length - 1]) continue;
		found.push({ index: match.index, what: `found ${match[0].replace(/\s+/g, '').toLowerCase()} in the text`, advice: NO_SCRIPT });
	}

	found.sort((a, b) => a.index - b.index);
	const near = (index: number) => `near line ${options.firstLine + lineOf(text, index) - 1}`;
	const problems = found.slice(0, MAX_BODY_PROBLEMS).map(({ index, what, advice }) => `${what} ${near(index)}; ${advice}`);
	if (found.length > MAX_BODY_PROBLEMS) {
		problems.push(`found ${found.length - MAX_BODY_PROBLEMS} more problems like these from ${near(found[MAX_BODY_PROBLEMS].index)} on`);
	}
	return problems;
}

const WRITE_MARKDOWN = 'write the body in Markdown only: contributed content may not carry raw HTML';
const NO_SCRIPT = 'contributed content must not carry links that can run script';
const LINK_RULE = 'expected a link to an https:// address, a site path such as /plans/ or a #fragment';

/** Why a link destination in a body is not accepted, or undefined when it is. */
function linkProblem(raw: string, allowHttp: boolean): { what: string; advice: string } | undefined {
	// What a browser opens: Markdown backslash escapes undone, tabs, newlines and controls dropped.
	const destination = raw
		.replace(/^<|>$/g, '')
		.replace(/\\([!-/:-@[-`{-~])/g, '$1')
		.replace(/[\x00-\x20\x7F]/g, '');
	if (destination.startsWith('#')) return undefined;
	if (destination.startsWith('/')) {
		return /^\/[/\\]/.test(destination) ? { what: `found the protocol-relative link ${preview(destination)}`, advice: LINK_RULE } : undefined;
	}
	const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):/.exec(destination)?.[1].toLowerCase();
	if (scheme === undefined) return { what: `found the relative link ${preview(destination)}`, advice: LINK_RULE };
	if (scheme !== 'https' && scheme !== 'http') {
		const danger = /^(?:javascript|vbscript|data)$/.test(scheme) ? ` (${NO_SCRIPT})` : '';
		return { what: `found a ${scheme}: link`, advice: `${LINK_RULE}${danger}` };
	}
	if (scheme === 'http' && !allowHttp) {
		return { what: `found the http:// link ${preview(destination)}`, advice: 'expected https:// (if the source has no https version, keep it and set allowHttp: true)' };
	}
	const problem = webUrlProblem(destination);
	return problem ? { what: `found the link ${preview(destination)}`, advice: problem.replace(/, found .*$/, '') } : undefined;
}

/**
 * How far a link destination or a tag is read: a longer one is already a problem (a URL has at
 * most `MAX_URL_LENGTH` characters), and a bound keeps a hostile body of 100,000 unclosed
 * `](` or `<a` from costing a quadratic scan.
 */
const MAX_SCAN = MAX_URL_LENGTH + 2;

/**
 * The destination of an inline link or a reference definition starting at `from`: after
 * optional whitespace, either `<…>` or a run without whitespace whose parentheses balance.
 */
function inlineDestination(text: string, from: number): { start: number; value: string; end: number } {
	let start = from;
	while (start < text.length && start < from + MAX_SCAN && /[ \t\r\n]/.test(text[start])) start++;
	const limit = Math.min(text.length, start + MAX_SCAN);
	if (text[start] === '<') {
		const close = text.slice(start, limit).search(/[>\n]/);
		const end = close === -1 ? limit : start + close + 1;
		return { start, value: text.slice(start, end), end };
	}
	let depth = 0;
	let end = start;
	for (; end < limit; end++) {
		const char = text[end];
		if (char === '\\') end++;
		else if (char === '(') depth++;
		else if (char === ')' && depth-- === 0) break;
		else if (/[\s\x00-\x1F]/.test(char)) break;
	}
	return { start, value: text.slice(start, end), end };
}

/** Where a tag or comment that starts at `from` ends: its `>` (or `-->`), else the end of its line (read up to `MAX_SCAN`). */
function tagEnd(text: string, from: number): number {
	const window = text.slice(from, from + MAX_SCAN);
	const closer = window.startsWith('<!--') ? '-->' : '>';
	const close = window.indexOf(closer, 1);
	if (close !== -1) return from + close + closer.length;
	// A tag may span lines; an unclosed one is reported up to its first line's end.
	const line = window.indexOf('\n');
	return from + (line === -1 ? window.length : line);
}

/** `<script>`, `<img> with the event-handler attribute onerror=`, `an HTML comment`. */
function describeMarkup(start: string, markup: string): string {
	if (start === '!--') return 'an HTML comment <!--';
	if (start.startsWith('!') || start === '?') return `the declaration ${preview(markup.slice(0, 20))}`;
	const name = `<${start.toLowerCase()}>`;
	const handler = /[\s/"'](on[a-z]+)\s*=/i.exec(markup)?.[1];
	return handler ? `${name} with the event-handler attribute ${handler.toLowerCase()}=` : name;
}

function stickyMatch(pattern: RegExp, text: string, index: number): RegExpExecArray | null {
	pattern.lastIndex = index;
	return pattern.exec(text);
}

/** 1-based line of a character offset. */
export function lineOf(text: string, offset: number): number {
	let line = 1;
	for (let index = text.indexOf('\n'); index !== -1 && index < offset; index = text.indexOf('\n', index + 1)) line++;
	return line;
}

/**
 * Decode numeric character references and the named ones that matter inside a URL (`&colon;`,
 * `&Tab;`, `&NewLine;`), as browsers and Markdown do, so an encoded scheme is seen decoded.
 * Browsers accept numeric references without the final `;`.
 */
function decodeCharacterReferences(text: string): string {
	return text
		.replace(/&#x([0-9a-f]+);?/gi, (_, hex: string) => codePoint(Number.parseInt(hex, 16)))
		.replace(/&#(\d+);?/g, (_, decimal: string) => codePoint(Number(decimal)))
		.replace(/&(colon|tab|newline);/gi, (_, name: string) => ({ colon: ':', tab: '\t', newline: '\n' })[name.toLowerCase() as 'colon']);
}

function codePoint(code: number): string {
	return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : '\uFFFD';
}
