/**
 * Citations of one catalogue record of the portal (the page that describes a plan, not the plan
 * document itself), in the styles researchers paste into papers and reference managers.
 * Pure string work with no dependencies so pages, scripts and tests can share it.
 */

/** What a citation needs to know about a record; the page builds it from the record's data. */
export interface RecordCitation {
	/** Portal name used as the author/publisher, e.g. 'NCCP Portal'. */
	portal: string;
	/** Record title as shown on the page, e.g. 'Kenya: National Cancer Control Strategy 2017-2022'. */
	title: string;
	/** Absolute URL of the record page. */
	url: string;
	/** Date the data was current ("data as of"), YYYY-MM-DD; also the access date. */
	asOf: string;
	/** Stable record id, used as the BibTeX key and RIS ID, e.g. 'ken-2017-2022-cancer-control-strategy'. */
	id: string;
	/** URL of the official document, when one exists (added as a note). */
	documentUrl?: string;
	/** What the cited page is, in brackets after the title; default "Catalogue record". */
	medium?: string;
	/** Version of what the page reports on (a gap report gives its framework version). */
	version?: string;
}

/** The styles offered on a record page: two for prose, two for reference managers. */
export type CitationStyle = 'apa' | 'vancouver' | 'bibtex' | 'ris';

/** Every style in the order the page lists them, so the UI and tests never drift from the type. */
export const CITATION_STYLES: readonly CitationStyle[] = Object.freeze([
	'apa',
	'vancouver',
	'bibtex',
	'ris',
]);

const MONTHS = [
	'January',
	'February',
	'March',
	'April',
	'May',
	'June',
	'July',
	'August',
	'September',
	'October',
	'November',
	'December',
] as const;

/** Lower-case BibTeX month macros; unquoted so styles can localise them. */
const BIBTEX_MONTHS = [
	'jan',
	'feb',
	'mar',
	'apr',
	'may',
	'jun',
	'jul',
	'aug',
	'sep',
	'oct',
	'nov',
	'dec',
] as const;

const BIBTEX_ESCAPES: Record<string, string> = {
	'\\': '\\textbackslash{}',
	'{': '\\{',
	'}': '\\}',
	'&': '\\&',
	'%': '\\%',
	$: '\\$',
	'#': '\\#',
	_: '\\_',
	'^': '\\textasciicircum{}',
	'~': '\\textasciitilde{}',
};

interface CalendarDate {
	year: number;
	month: number;
	day: number;
}

interface CleanRecord {
	portal: string;
	title: string;
	url: string;
	date: CalendarDate;
	id: string;
	documentUrl?: string;
	medium: string;
	version?: string;
}

/**
 * Formats one record in one style. Throws an Error naming the offending field rather than
 * printing a citation that a reader would copy with a wrong date or a dead link.
 */
export function formatCitation(record: RecordCitation, style: CitationStyle): string {
	const clean = cleanRecord(record);
	switch (style) {
		case 'apa':
			return formatApa(clean);
		case 'vancouver':
			return formatVancouver(clean);
		case 'bibtex':
			return formatBibtex(clean);
		case 'ris':
			return formatRis(clean);
		default:
			throw new Error(
				`Citation style must be one of ${CITATION_STYLES.join(', ')}, found ${show(style)}`,
			);
	}
}

function formatApa({ portal, title, url, date, medium, version }: CleanRecord): string {
	const long = `${MONTHS[date.month - 1]} ${date.day}`;
	return (
		`${withFullStop(portal)} (${date.year}, ${long}). ${title}${version ? ` (Version ${version})` : ''} [${medium}]. ` +
		`Retrieved ${long}, ${date.year}, from ${url}`
	);
}

function formatVancouver({ portal, title, url, date, version }: CleanRecord): string {
	const cited = `${date.year} ${MONTHS[date.month - 1].slice(0, 3)} ${date.day}`;
	return (
		`${withFullStop(portal)} ${title}${version ? `. Version ${version}` : ''} [Internet]. ${portal}; ${date.year} [cited ${cited}]. ` +
		`Available from: ${url}`
	);
}

function formatBibtex({ portal, title, url, date, id, documentUrl, medium, version }: CleanRecord): string {
	const note = documentUrl ? `${medium}. Official document: ${documentUrl}` : medium;
	const fields = [
		`author = {{${escapeBibtex(portal)}}}`,
		`title = {${escapeBibtex(title)}}`,
		...(version ? [`version = {${escapeBibtex(version)}}`] : []),
		`year = {${date.year}}`,
		`month = ${BIBTEX_MONTHS[date.month - 1]}`,
		`url = {${bibtexUrl(url)}}`,
		`urldate = {${isoDate(date)}}`,
		`note = {${escapeBibtex(note)}}`,
	];
	const key = id.replace(/[^A-Za-z0-9_:-]/g, '-');
	return `@misc{${key},\n${fields.map((field) => `  ${field}`).join(',\n')}\n}`;
}

function formatRis({ portal, title, url, date, id, documentUrl, version }: CleanRecord): string {
	const risDate = isoDate(date).replaceAll('-', '/');
	const lines = [
		'TY  - ELEC',
		`ID  - ${id}`,
		`AU  - ${portal}`,
		`TI  - ${title}`,
		`PY  - ${date.year}`,
		`DA  - ${risDate}`,
		`Y2  - ${risDate}`,
		`UR  - ${url}`,
	];
	if (version) lines.push(`ET  - Version ${version}`);
	if (documentUrl) lines.push(`N1  - Official document: ${documentUrl}`);
	lines.push('ER  - ');
	return lines.join('\n');
}

/** Validates once and collapses whitespace so no style can emit a stray line break. */
function cleanRecord(record: RecordCitation): CleanRecord {
	const portal = collapse(record.portal);
	if (portal === '') throw new Error('Citation field "portal" must not be empty');
	const title = collapse(record.title);
	if (title === '') throw new Error('Citation field "title" must not be empty');
	const id = collapse(record.id);
	if (id === '') throw new Error('Citation field "id" must not be empty');
	const clean: CleanRecord = {
		portal,
		title,
		url: checkUrl('url', record.url),
		date: parseDate(record.asOf),
		id,
		medium: collapse(record.medium) || 'Catalogue record',
	};
	if (collapse(record.version) !== '') clean.version = collapse(record.version);
	if (record.documentUrl !== undefined && collapse(record.documentUrl) !== '') {
		clean.documentUrl = checkUrl('documentUrl', record.documentUrl);
	}
	return clean;
}

function collapse(value: unknown): string {
	return typeof value === 'string' ? value.replace(/\s+/g, ' ').trim() : '';
}

/** Only absolute http(s) links work when pasted into a paper; whitespace would split RIS lines. */
function checkUrl(field: string, value: unknown): string {
	const text = typeof value === 'string' ? value.trim() : '';
	let ok = text !== '' && !/\s/.test(text);
	if (ok) {
		try {
			const parsed = new URL(text);
			ok = parsed.protocol === 'https:' || parsed.protocol === 'http:';
		} catch {
			ok = false;
		}
	}
	if (!ok) {
		throw new Error(
			`Citation field "${field}" must be an absolute http(s) URL, found ${show(value)}`,
		);
	}
	return text;
}

/** Checks the calendar too, because a regex alone lets 2026-02-30 through. */
function parseDate(value: unknown): CalendarDate {
	const match = typeof value === 'string' ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value.trim()) : null;
	if (match) {
		const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
		if (year >= 1 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month)) {
			return { year, month, day };
		}
	}
	throw new Error(
		`Citation field "asOf" must be a real date written YYYY-MM-DD, found ${show(value)}`,
	);
}

function daysInMonth(year: number, month: number): number {
	if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
	return [4, 6, 9, 11].includes(month) ? 30 : 31;
}

function isoDate({ year, month, day }: CalendarDate): string {
	const pad = (value: number, width: number) => String(value).padStart(width, '0');
	return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

/** Avoids "Inc.." when the portal name already ends a sentence. */
function withFullStop(text: string): string {
	return /[.!?]$/.test(text) ? text : `${text}.`;
}

/** One pass, so the braces added for `\` are not escaped a second time. */
function escapeBibtex(text: string): string {
	return text.replace(/[\\{}&%$#_^~]/g, (char) => BIBTEX_ESCAPES[char] ?? char);
}

/** `url` is read verbatim by biblatex, but an unbalanced brace would still end the field early. */
function bibtexUrl(url: string): string {
	return url.replace(/[{}\\]/g, (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Quotes the rejected value so an empty string or stray space is visible in the message. */
function show(value: unknown): string {
	return JSON.stringify(value) ?? String(value);
}
