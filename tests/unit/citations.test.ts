import { describe, it, expect } from 'vitest';
import { CITATION_STYLES, formatCitation, type RecordCitation } from '../../src/lib/citations.ts';

const kenya: RecordCitation = {
	portal: 'NCCP Portal',
	title: 'Kenya: National Cancer Control Strategy 2017-2022',
	url: 'https://example.org/plans/ken-2017-2022-cancer-control-strategy/',
	asOf: '2026-11-21',
	id: 'ken-2017-2022-cancer-control-strategy',
	documentUrl: 'https://www.health.go.ke/example.pdf',
};

const { documentUrl: _unused, ...kenyaWithoutDocument } = kenya;

const ivoire: RecordCitation = {
	portal: 'NCCP Portal',
	title: 'Côte d’Ivoire: Plan Stratégique National de lutte contre le cancer 2022-2025',
	url: 'https://example.org/plans/civ-2022-2025-cancer-plan/',
	asOf: '2026-03-05',
	id: 'civ-2022-2025-cancer-plan',
};

const specials: RecordCitation = {
	...kenya,
	title: 'Cancer & Care: 100% {draft}_v2',
	documentUrl: 'https://example.org/a_b.pdf#page=2',
};

const messy: RecordCitation = {
	...kenya,
	portal: '  NCCP\tPortal ',
	title: 'Kenya:\n  National Cancer\r\nControl   Strategy 2017-2022 ',
};

/** The message of the error `run` throws, so tests can compare it exactly. */
function errorOf(run: () => unknown): string {
	try {
		run();
	} catch (error) {
		return (error as Error).message;
	}
	return 'no error thrown';
}

describe('CITATION_STYLES', () => {
	it('lists every style in display order', () => {
		expect(CITATION_STYLES).toEqual(['apa', 'vancouver', 'bibtex', 'ris']);
	});
});

describe('APA 7', () => {
	it('formats a record with the portal as organisational author', () => {
		expect(formatCitation(kenya, 'apa')).toBe(
			'NCCP Portal. (2026, November 21). Kenya: National Cancer Control Strategy 2017-2022 ' +
				'[Catalogue record]. Retrieved November 21, 2026, from ' +
				'https://example.org/plans/ken-2017-2022-cancer-control-strategy/',
		);
	});

	it('keeps non-ASCII titles and writes the day without a leading zero', () => {
		expect(formatCitation(ivoire, 'apa')).toBe(
			'NCCP Portal. (2026, March 5). Côte d’Ivoire: Plan Stratégique National de lutte contre ' +
				'le cancer 2022-2025 [Catalogue record]. Retrieved March 5, 2026, from ' +
				'https://example.org/plans/civ-2022-2025-cancer-plan/',
		);
	});

	it('collapses whitespace runs', () => {
		expect(formatCitation(messy, 'apa')).toBe(formatCitation(kenya, 'apa'));
	});

	it('does not double the full stop after a portal name ending in one', () => {
		expect(formatCitation({ ...kenya, portal: 'NCCP Portal Inc.' }, 'apa')).toMatch(
			/^NCCP Portal Inc\. \(2026, November 21\)\. /,
		);
	});
});

describe('Vancouver', () => {
	it('formats a record as an NLM homepage part', () => {
		expect(formatCitation(kenya, 'vancouver')).toBe(
			'NCCP Portal. Kenya: National Cancer Control Strategy 2017-2022 [Internet]. NCCP Portal; ' +
				'2026 [cited 2026 Nov 21]. Available from: ' +
				'https://example.org/plans/ken-2017-2022-cancer-control-strategy/',
		);
	});

	it('keeps non-ASCII titles and abbreviates the month', () => {
		expect(formatCitation(ivoire, 'vancouver')).toBe(
			'NCCP Portal. Côte d’Ivoire: Plan Stratégique National de lutte contre le cancer ' +
				'2022-2025 [Internet]. NCCP Portal; 2026 [cited 2026 Mar 5]. Available from: ' +
				'https://example.org/plans/civ-2022-2025-cancer-plan/',
		);
	});

	it('collapses whitespace runs', () => {
		expect(formatCitation(messy, 'vancouver')).toBe(formatCitation(kenya, 'vancouver'));
	});
});

describe('BibTeX', () => {
	it('formats a record with the official document in the note', () => {
		expect(formatCitation(kenya, 'bibtex')).toBe(
			[
				'@misc{ken-2017-2022-cancer-control-strategy,',
				'  author = {{NCCP Portal}},',
				'  title = {Kenya: National Cancer Control Strategy 2017-2022},',
				'  year = {2026},',
				'  month = nov,',
				'  url = {https://example.org/plans/ken-2017-2022-cancer-control-strategy/},',
				'  urldate = {2026-11-21},',
				'  note = {Catalogue record. Official document: https://www.health.go.ke/example.pdf}',
				'}',
			].join('\n'),
		);
	});

	it('writes a plain note when there is no official document', () => {
		expect(formatCitation(kenyaWithoutDocument, 'bibtex')).toBe(
			[
				'@misc{ken-2017-2022-cancer-control-strategy,',
				'  author = {{NCCP Portal}},',
				'  title = {Kenya: National Cancer Control Strategy 2017-2022},',
				'  year = {2026},',
				'  month = nov,',
				'  url = {https://example.org/plans/ken-2017-2022-cancer-control-strategy/},',
				'  urldate = {2026-11-21},',
				'  note = {Catalogue record}',
				'}',
			].join('\n'),
		);
	});

	it('keeps non-ASCII characters as UTF-8', () => {
		expect(formatCitation(ivoire, 'bibtex')).toBe(
			[
				'@misc{civ-2022-2025-cancer-plan,',
				'  author = {{NCCP Portal}},',
				'  title = {Côte d’Ivoire: Plan Stratégique National de lutte contre le cancer 2022-2025},',
				'  year = {2026},',
				'  month = mar,',
				'  url = {https://example.org/plans/civ-2022-2025-cancer-plan/},',
				'  urldate = {2026-03-05},',
				'  note = {Catalogue record}',
				'}',
			].join('\n'),
		);
	});

	it('escapes special characters in the title and note', () => {
		const lines = formatCitation(specials, 'bibtex').split('\n');
		expect(lines[2]).toBe('  title = {Cancer \\& Care: 100\\% \\{draft\\}\\_v2},');
		expect(lines[7]).toBe(
			'  note = {Catalogue record. Official document: https://example.org/a\\_b.pdf\\#page=2}',
		);
	});

	it('escapes every special character once, including backslash, caret and tilde', () => {
		const title = 'a\\b{c}d&e%f$g#h_i^j~k';
		const line = formatCitation({ ...kenya, title }, 'bibtex').split('\n')[2];
		expect(line).toBe(
			'  title = {a\\textbackslash{}b\\{c\\}d\\&e\\%f\\$g\\#h\\_i\\textasciicircum{}j' +
				'\\textasciitilde{}k},',
		);
	});

	it('replaces characters outside [A-Za-z0-9_:-] in the key', () => {
		const first = formatCitation({ ...kenya, id: 'ken 2017/2022:plan_é' }, 'bibtex').split('\n')[0];
		expect(first).toBe('@misc{ken-2017-2022:plan_-,');
	});

	it('keeps braces in the url field balanced', () => {
		const url = 'https://example.org/search?q={x}';
		const line = formatCitation({ ...kenya, url }, 'bibtex').split('\n')[5];
		expect(line).toBe('  url = {https://example.org/search?q=%7Bx%7D},');
	});

	it('collapses whitespace runs', () => {
		expect(formatCitation(messy, 'bibtex')).toBe(formatCitation(kenya, 'bibtex'));
	});
});

describe('RIS', () => {
	it('formats a record with the official document as N1', () => {
		expect(formatCitation(kenya, 'ris')).toBe(
			[
				'TY  - ELEC',
				'ID  - ken-2017-2022-cancer-control-strategy',
				'AU  - NCCP Portal',
				'TI  - Kenya: National Cancer Control Strategy 2017-2022',
				'PY  - 2026',
				'DA  - 2026/11/21',
				'Y2  - 2026/11/21',
				'UR  - https://example.org/plans/ken-2017-2022-cancer-control-strategy/',
				'N1  - Official document: https://www.health.go.ke/example.pdf',
				'ER  - ',
			].join('\n'),
		);
	});

	it('leaves out N1 when there is no official document', () => {
		expect(formatCitation(kenyaWithoutDocument, 'ris')).toBe(
			[
				'TY  - ELEC',
				'ID  - ken-2017-2022-cancer-control-strategy',
				'AU  - NCCP Portal',
				'TI  - Kenya: National Cancer Control Strategy 2017-2022',
				'PY  - 2026',
				'DA  - 2026/11/21',
				'Y2  - 2026/11/21',
				'UR  - https://example.org/plans/ken-2017-2022-cancer-control-strategy/',
				'ER  - ',
			].join('\n'),
		);
	});

	it('keeps non-ASCII titles and special characters unescaped', () => {
		expect(formatCitation(ivoire, 'ris').split('\n')[3]).toBe(
			'TI  - Côte d’Ivoire: Plan Stratégique National de lutte contre le cancer 2022-2025',
		);
		expect(formatCitation(specials, 'ris').split('\n')[3]).toBe(
			'TI  - Cancer & Care: 100% {draft}_v2',
		);
	});

	it('collapses whitespace runs so no value spans two lines', () => {
		const output = formatCitation(messy, 'ris');
		expect(output).toBe(formatCitation(kenya, 'ris'));
		expect(output.split('\n')).toHaveLength(10);
	});
});

describe('input errors', () => {
	it('rejects an impossible calendar date', () => {
		expect(errorOf(() => formatCitation({ ...kenya, asOf: '2026-02-30' }, 'apa'))).toBe(
			'Citation field "asOf" must be a real date written YYYY-MM-DD, found "2026-02-30"',
		);
	});

	it('accepts 29 February only in leap years', () => {
		expect(formatCitation({ ...kenya, asOf: '2028-02-29' }, 'ris').split('\n')[6]).toBe(
			'Y2  - 2028/02/29',
		);
		expect(errorOf(() => formatCitation({ ...kenya, asOf: '2100-02-29' }, 'ris'))).toBe(
			'Citation field "asOf" must be a real date written YYYY-MM-DD, found "2100-02-29"',
		);
	});

	it('rejects a date in another format', () => {
		expect(errorOf(() => formatCitation({ ...kenya, asOf: '21/11/2026' }, 'bibtex'))).toBe(
			'Citation field "asOf" must be a real date written YYYY-MM-DD, found "21/11/2026"',
		);
		expect(errorOf(() => formatCitation({ ...kenya, asOf: '2026-13-01' }, 'bibtex'))).toBe(
			'Citation field "asOf" must be a real date written YYYY-MM-DD, found "2026-13-01"',
		);
	});

	it('rejects an empty or blank title', () => {
		expect(errorOf(() => formatCitation({ ...kenya, title: '' }, 'vancouver'))).toBe(
			'Citation field "title" must not be empty',
		);
		expect(errorOf(() => formatCitation({ ...kenya, title: ' \n\t' }, 'vancouver'))).toBe(
			'Citation field "title" must not be empty',
		);
	});

	it('rejects an empty portal', () => {
		expect(errorOf(() => formatCitation({ ...kenya, portal: '  ' }, 'apa'))).toBe(
			'Citation field "portal" must not be empty',
		);
	});

	it('rejects an empty id', () => {
		expect(errorOf(() => formatCitation({ ...kenya, id: '' }, 'bibtex'))).toBe(
			'Citation field "id" must not be empty',
		);
	});

	it('rejects a relative url', () => {
		expect(errorOf(() => formatCitation({ ...kenya, url: '/plans/ken/' }, 'ris'))).toBe(
			'Citation field "url" must be an absolute http(s) URL, found "/plans/ken/"',
		);
	});

	it('rejects a url with another scheme', () => {
		expect(errorOf(() => formatCitation({ ...kenya, url: 'ftp://example.org/x' }, 'ris'))).toBe(
			'Citation field "url" must be an absolute http(s) URL, found "ftp://example.org/x"',
		);
		expect(errorOf(() => formatCitation({ ...kenya, url: 'javascript:alert(1)' }, 'ris'))).toBe(
			'Citation field "url" must be an absolute http(s) URL, found "javascript:alert(1)"',
		);
	});

	it('accepts plain http', () => {
		const url = 'http://example.org/plans/ken/';
		expect(formatCitation({ ...kenya, url }, 'ris').split('\n')[7]).toBe(`UR  - ${url}`);
	});

	it('rejects a bad documentUrl, naming that field', () => {
		expect(errorOf(() => formatCitation({ ...kenya, documentUrl: 'example.pdf' }, 'ris'))).toBe(
			'Citation field "documentUrl" must be an absolute http(s) URL, found "example.pdf"',
		);
	});

	it('rejects an unknown style', () => {
		expect(errorOf(() => formatCitation(kenya, 'mla' as never))).toBe(
			'Citation style must be one of apa, vancouver, bibtex, ris, found "mla"',
		);
	});
});
