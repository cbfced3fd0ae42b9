/**
 * Contributed content cannot inject script: hostile records, grouped by threat, are each
 * rejected with their file, field and what was expected (the policy is src/lib/content-policy.ts).
 * Text that is accepted as plain text is shown escaped on the built pages: tests/build/hostile-content.test.ts.
 * Every hostile file is built here in a temporary copy of the fixture site: null bytes, a BOM
 * and Latin-1 bytes do not belong in the repository.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { z } from 'astro/zod';
import { MAX_ID_LENGTH, MAX_URL_LENGTH, markdownBodyProblems, webUrlProblem } from '../../src/lib/content-policy.ts';
import { formatProblem, validateContent, type ValidationResult } from '../../src/lib/validate.ts';
import { assessmentSchema } from '../../src/schemas/assessment.ts';
import { countrySchema } from '../../src/schemas/country.ts';
import { frameworkDomainSchema, frameworkSchema } from '../../src/schemas/framework.ts';
import { partnerSchema } from '../../src/schemas/partner.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { publishedFindingSchema } from '../../src/schemas/published-finding.ts';
import { resourceSchema } from '../../src/schemas/resource.ts';

const BASE = 'tests/fixtures/site/content';
const read = (file: string) => readFileSync(join(BASE, file), 'utf8');
/**
 * A valid plan with the given Markdown body (its file name must start `ken-2023-2027-`): a draft,
 * so that the many copies are not several plans in force of one type in one country.
 */
const plan = (body: string, frontmatter = '') =>
	read('plans/ken-2023-2027-synthetic-test-plan-current.md').replace('flags: []', 'flags:\n  - draft').replace(/\n---\n$/, `\n${frontmatter}---\n${body}`);
/** A valid record with one top-level field set to a YAML value (replaced, or added at the end). */
function withField(yaml: string, key: string, value: string): string {
	const line = new RegExp(`^${key}:.*$`, 'm');
	return line.test(yaml) ? yaml.replace(line, () => `${key}: ${value}`) : `${yaml.trimEnd()}\n${key}: ${value}\n`;
}
const RESOURCE = read('resources/synthetic-test-resource-prepare.yaml');
const PARTNER = read('partners/synthetic-test-partner-global.yaml');
const COUNTRY = read('countries/ken.yaml');

/** Hostile files by path under the content directory. */
const HOSTILE: Record<string, string | Uint8Array> = {
	// ---- raw HTML and script links in a plan's Markdown body ----
	'plans/ken-2023-2027-synthetic-hostile-script.md': plan('Synthetic summary.\n\n<ScRiPt>alert(1)</sCrIpT>\n'),
	'plans/ken-2023-2027-synthetic-hostile-svg.md': plan('Synthetic summary.\n<svg onload=alert(1)><circle r="1"/></svg>\n'),
	'plans/ken-2023-2027-synthetic-hostile-encoded-tag.md': plan('&#60;img src=x onerror=alert(1)&#62;\n'),
	'plans/ken-2023-2027-synthetic-hostile-links.md': plan(
		[
			'[one](JaVaScRiPt:alert(1))',
			'[two](java&#x09;script:alert(1))',
			'![three](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)',
			'[four]: //evil.example/x',
			'<vbscript:msgbox(1)>',
		].join('\n\n') + '\n',
	),
	'plans/ken-2023-2027-synthetic-hostile-plain-scheme.md': plan('Synthetic text that says javascript:alert(1) in prose.\n'),
	'plans/ken-2023-2027-synthetic-hostile-http-link.md': plan('[source](http://example.org/synthetic)\n'),
	'plans/ken-2023-2027-synthetic-inert-text.md': plan('Rates fell below 5% (a < b, c > d); data: none. See [the plan](/plans/ken/), [above](#top) and <https://example.org/synthetic>.\n'),
	'plans/ken-2023-2027-synthetic-http-link-allowed.md': plan('[source](http://example.org/synthetic)\n', 'allowHttp: true\n'),

	// ---- URL fields, one collection after another ----
	'plans/ken-2023-2027-synthetic-hostile-url-fields.md': withField(withField(plan(''), 'documentUrl', '"javascript:alert(1)"'), 'evidenceUrl', '"https:example.org/synthetic"'),
	'countries/zzh.yaml': withField(withField(COUNTRY.replace('iso3: KEN', 'iso3: ZZH').replace('iso2: KE\n', ''), 'whoRegionSource', '"  JaVaScRiPt:alert(1)"'), 'incomeGroupSource', '"file:///etc/passwd"'),
	'resources/synthetic-hostile-urls.yaml': withField(withField(RESOURCE, 'url', '"data:text/html,<script>alert(1)</script>"'), 'evidenceUrl', '"//evil.example/synthetic"'),
	'partners/synthetic-hostile-urls.yaml': withField(
		withField(withField(PARTNER, 'url', '"vbscript:msgbox(1)"'), 'contactUrl', '"https://user:secret@example.org/synthetic"'),
		'twinning',
		'\n  - hub: Synthetic hub\n    centre: Synthetic centre\n    country: KEN\n    evidenceUrl: "https://example.org/synthetic\\\\pairs"',
	),
	'published-findings/synthetic-hostile-url.yaml': withField(read('published-findings/synthetic-review-registry.yaml'), 'sourceUrl', `"https://example.org/${'x'.repeat(MAX_URL_LENGTH)}"`),
	'assessments/ken-2023-2027-synthetic-test-plan-current.yaml': read('assessments/ken-2023-2027-synthetic-test-plan-current.yaml').replace('  pages: 40', '  pages: 40\n  url: "https://example.org/synthetic plan.pdf"'),

	// ---- YAML that could smuggle structure ----
	'resources/synthetic-hostile-js-tag.yaml': withField(RESOURCE, 'summary', '!!js/function "function () { return 1 }"'),
	'resources/synthetic-hostile-local-tag.yaml': withField(RESOURCE, 'summary', '!synthetic-tag A synthetic summary of twenty characters.'),
	'resources/synthetic-hostile-binary-tag.yaml': withField(RESOURCE, 'summary', '!!binary PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg=='),
	'resources/synthetic-hostile-merge-key.yaml': `${RESOURCE.trimEnd()}\n<<: {url: "https://example.org/merged"}\n`,
	'resources/synthetic-hostile-duplicate-key.yaml': `${RESOURCE.trimEnd()}\ntitle: A second synthetic title\n`,
	'resources/synthetic-hostile-proto-key.yaml': `${RESOURCE.trimEnd()}\n__proto__: {polluted: true}\n`,
	'resources/synthetic-hostile-two-documents.yaml': `${RESOURCE.trimEnd()}\n---\ntitle: Synthetic second document\n`,
	'resources/synthetic-hostile-deep.yaml': withField(RESOURCE, 'notes', `${'['.repeat(100_000)}${']'.repeat(100_000)}`),
	'plans/ken-2023-2027-synthetic-hostile-frontmatter-tag.md': withField(plan(''), 'notes', '!!js/undefined ~'),

	// ---- overlong fields and names ----
	'resources/synthetic-hostile-long-summary.yaml': withField(RESOURCE, 'summary', 'S'.repeat(1201)),
	'plans/ken-2023-2027-synthetic-hostile-long-title.md': withField(plan(''), 'title', 'T'.repeat(401)),
	[`resources/synthetic-${'x'.repeat(MAX_ID_LENGTH - 'synthetic-'.length + 1)}.yaml`]: RESOURCE,

	// ---- control and invisible characters, encodings, in YAML as in Markdown ----
	'resources/synthetic-hostile-control-character.yaml': withField(RESOURCE, 'notes', 'Synthetic \x1b[31m red'),
	'resources/synthetic-hostile-yaml-escapes.yaml': withField(withField(RESOURCE, 'notes', '"Synthetic \\0 null"'), 'title', '"Synthetic \\u202Etxt.exe"'),
	'resources/synthetic-hostile-escaped-key.yaml': `${RESOURCE.trimEnd()}\n"sum\\u200Bmary": Synthetic\n`,
	'resources/synthetic-hostile-zero-width.yaml': withField(RESOURCE, 'publisher', 'Synthetic\u200BPublisher'),
	'resources/synthetic-hostile-bom.yaml': `\uFEFF${RESOURCE}`,
	'resources/synthetic-hostile-latin1.yaml': Buffer.from(withField(RESOURCE, 'publisher', 'Synthetic Publisher, Côte'), 'latin1'),
	'plans/ken-2023-2027-synthetic-hostile-null-byte.md': plan('Synthetic\0summary.\n'),

	// ---- files that are not records ----
	'plans/synthetic-payload.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>\n',
	'synthetic-payload.svg': '<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>\n',
	'framework/synthetic-payload.html': '<script>alert(1)</script>\n',
	'resources/synthetic-payload.yaml.svg': '<svg onload="alert(1)"/>\n',

	// ---- plain text that looks like markup: accepted, and printed escaped (see the build test) ----
	'resources/synthetic-inert-markup-text.yaml': withField(RESOURCE, 'summary', '"Synthetic summary <script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1)"'),
};

const ACCEPTED = ['plans/ken-2023-2027-synthetic-inert-text.md', 'plans/ken-2023-2027-synthetic-http-link-allowed.md', 'resources/synthetic-inert-markup-text.yaml'];

let scratch: string;
let result: ValidationResult;
beforeAll(() => {
	scratch = mkdtempSync(join(tmpdir(), 'hostile-'));
	const content = join(scratch, 'content');
	cpSync(BASE, content, { recursive: true });
	for (const [file, text] of Object.entries(HOSTILE)) writeFileSync(join(content, file), text);
	mkdirSync(join(content, 'synthetic-folder'));
	result = validateContent(content);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Every problem reported for one file, as `file: field: message` lines. */
const linesFor = (file: string) => result.problems.filter((problem) => problem.file === `content/${file}`).map(formatProblem);

/** The file has exactly these problems, each given as `field: part of the message`. */
function expectProblems(file: string, ...expected: [field: string, part: string][]): void {
	const lines = linesFor(file);
	expect(lines, lines.join('\n')).toHaveLength(expected.length);
	expected.forEach(([field, part], index) => {
		expect(lines[index].startsWith(`content/${file}: ${field}: `), lines[index]).toBe(true);
		expect(lines[index]).toContain(part);
	});
}

describe('the hostile fixture', () => {
	it('reports every hostile file, and nothing for the base site or the accepted text', () => {
		for (const file of Object.keys(HOSTILE).filter((file) => !ACCEPTED.includes(file))) expect(linesFor(file).length, file).toBeGreaterThan(0);
		const reported = new Set(result.problems.map((problem) => problem.file.replace(/^content\//, '')));
		for (const file of ACCEPTED) expect(reported.has(file), file).toBe(false);
		for (const file of reported) expect(file in HOSTILE || file === 'synthetic-folder', file).toBe(true);
	});
});

describe('raw HTML in a Markdown body', () => {
	it('rejects a script element in any case, once for its start and end tags', () => {
		expectProblems('plans/ken-2023-2027-synthetic-hostile-script.md', ['body', 'found raw HTML (<script>) near line 22; write the body in Markdown only']);
	});

	it('rejects an SVG payload and names its event handler', () => {
		expectProblems(
			'plans/ken-2023-2027-synthetic-hostile-svg.md',
			['body', 'found raw HTML (<svg> with the event-handler attribute onload=) near line 21'],
			['body', 'found raw HTML (<circle>) near line 21'],
		);
	});

	it('decodes character references first: an entity-encoded tag is still a tag', () => {
		expectProblems('plans/ken-2023-2027-synthetic-hostile-encoded-tag.md', ['body', 'found raw HTML (<img> with the event-handler attribute onerror=) near line 20']);
	});

	it.each([
		['<b>bold</b>', '<b>'],
		['`<span>` in a code span', '<span>'],
		['<!-- a comment -->', 'an HTML comment <!--'],
		['<?php echo 1 ?>', 'the declaration "<?php echo 1 ?>"'],
		['<![CDATA[x]]>', 'the declaration "<![CDATA[x]]>"'],
		['<a href="/plans/">a harmless link</a>', '<a>'],
		['</div> alone', '</div>'],
	])('rejects all raw HTML, harmless or not: %s', (body, what) => {
		expect(markdownBodyProblems(body, { allowHttp: false, firstLine: 1 })).toEqual([`found raw HTML (${what}) near line 1; write the body in Markdown only: contributed content may not carry raw HTML`]);
	});

	it('accepts less-than and greater-than signs that open no tag', () => {
		expect(markdownBodyProblems('a < b, 5<10, c > d, <- arrow, < script>', { allowHttp: false, firstLine: 1 })).toEqual([]);
	});

	it('reads a 250 kB body of unclosed tags, comments and links in linear time', () => {
		const started = performance.now();
		for (const unit of ['](', '](<', '<!--', '<a href="', '<b>javascript:']) {
			expect(markdownBodyProblems(unit.repeat(250_000 / unit.length), { allowHttp: false, firstLine: 1 }).length).toBeGreaterThan(0);
		}
		// Each took seconds, or ran out of memory, when every `](` or `<` was read to the end of the text.
		expect(performance.now() - started).toBeLessThan(5000);
	});

	it('lists twenty problems of a body, then counts the rest', () => {
		const problems = markdownBodyProblems('<b>x</b>\n'.repeat(25), { allowHttp: false, firstLine: 10 });
		expect(problems).toHaveLength(21);
		expect(problems[19]).toMatch(/^found raw HTML \(<b>\) near line 29;/);
		expect(problems[20]).toBe('found 5 more problems like these from near line 30 on');
	});
});

describe('links and images in a Markdown body', () => {
	it('rejects script, data and protocol-relative links, obfuscated or not, with their line', () => {
		expectProblems(
			'plans/ken-2023-2027-synthetic-hostile-links.md',
			['body', 'found a javascript: link near line 20; expected a link to an https:// address, a site path such as /plans/ or a #fragment (contributed content must not carry links that can run script)'],
			['body', 'found the relative link "java" near line 22'],
			['body', 'found javascript: in the text near line 22'],
			['body', 'found a data: link near line 24'],
			['body', 'found the protocol-relative link "//evil.example/x" near line 26'],
			['body', 'found a vbscript: link near line 28'],
		);
	});

	it('rejects javascript: written as plain text', () => {
		expectProblems('plans/ken-2023-2027-synthetic-hostile-plain-scheme.md', ['body', 'found javascript: in the text near line 20; contributed content must not carry links that can run script']);
	});

	it('rejects an http link unless the record sets allowHttp', () => {
		expectProblems('plans/ken-2023-2027-synthetic-hostile-http-link.md', ['body', 'found the http:// link "http://example.org/synthetic" near line 20; expected https:// (if the source has no https version, keep it and set allowHttp: true)']);
		expect(linesFor('plans/ken-2023-2027-synthetic-http-link-allowed.md')).toEqual([]);
	});

	it.each([
		['[a](javascript:alert(1))', 'a javascript: link'],
		['[a](jav&#x61;script:alert(1))', 'a javascript: link'],
		['[a](jav&#97script:alert(1))', 'a javascript: link'],
		['[a](javascript&colon;alert(1))', 'a javascript: link'],
		['[a](<javascript:alert(1)>)', 'a javascript: link'],
		['[a](   javascript:alert(1))', 'a javascript: link'],
		['[a](\njavascript:alert(1))', 'a javascript: link'],
		['[a](javascript\\:alert(1))', 'a javascript: link'],
		['[a](&#x20;javascript:alert(1))', 'a javascript: link'],
		['[a](<java&#x09;script:alert(1)>)', 'a javascript: link'],
		['[a][r]\n\n[r]:\n  javascript:alert(1)', 'a javascript: link'],
		['> - [r]: javascript:alert(1)', 'a javascript: link'],
		['<javascript:alert(1)>', 'a javascript: link'],
		['[a](VBScript:msgbox(1))', 'a vbscript: link'],
		['![a](data:image/svg+xml;base64,PHN2Zz4=)', 'a data: link'],
		['[a](file:///etc/passwd)', 'a file: link'],
		['[a](mailto:someone@example.org)', 'a mailto: link'],
		['<someone@example.org>', 'a mailto: link'],
		['[a](//evil.example)', 'the protocol-relative link "//evil.example"'],
		['[a](/\\evil.example)', 'the protocol-relative link "/\\\\evil.example"'],
		['[a](page.html)', 'the relative link "page.html"'],
		['[a](https://user:pw@example.org/)', 'the link "https://user:pw@example.org/"'],
	])('rejects %j', (body, what) => {
		const problems = markdownBodyProblems(body, { allowHttp: false, firstLine: 1 });
		expect(problems).toContainEqual(expect.stringMatching(new RegExp(`^found ${what.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} near line \\d`)));
	});

	it.each([
		'[a](https://example.org/path_(with)_parens)',
		'[a](<https://example.org/a%20b>)',
		'![chart](https://example.org/chart.png "Title")',
		'[a](/plans/ken-2017-2022-cancer-control-strategy/)',
		'[a](#section)',
		'<https://example.org/synthetic>',
		'[ref]: https://example.org/synthetic',
		'A footnote.[^1]\n\n[^1]: Synthetic note: not a link.',
		'It mentions data: none, and javascript as a word.',
		'www.example.org and https://example.org in prose',
	])('accepts %j', (body) => {
		expect(markdownBodyProblems(body, { allowHttp: false, firstLine: 1 })).toEqual([]);
	});

	it('accepts an inert body: signs, site paths, fragments and https autolinks', () => {
		expect(linesFor('plans/ken-2023-2027-synthetic-inert-text.md')).toEqual([]);
	});
});

describe('URL fields in every collection', () => {
	it('rejects script, data, file and protocol-relative URLs and forgiving spellings in every record kind', () => {
		expectProblems(
			'plans/ken-2023-2027-synthetic-hostile-url-fields.md',
			['documentUrl', 'expected an absolute https:// URL, found "javascript:alert(1)"'],
			['evidenceUrl', 'expected an absolute https:// URL, found "https:example.org/synthetic"'],
		);
		expectProblems(
			'countries/zzh.yaml',
			['whoRegionSource', 'expected an absolute https:// URL, found "JaVaScRiPt:alert(1)"'],
			['incomeGroupSource', 'expected an absolute https:// URL, found "file:///etc/passwd"'],
		);
		expectProblems(
			'resources/synthetic-hostile-urls.yaml',
			['url', 'expected an absolute https:// URL, found "data:text/html,<script>alert(1)</script>"'],
			['evidenceUrl', 'expected an absolute https:// URL, found "//evil.example/synthetic"'],
		);
		expectProblems(
			'partners/synthetic-hostile-urls.yaml',
			['url', 'expected an absolute https:// URL, found "vbscript:msgbox(1)"'],
			['contactUrl', 'expected a URL without a user name or password, found "https://user:secret@example.org/synthetic"'],
			['twinning.0.evidenceUrl', 'expected a URL without spaces, control characters or backslashes (percent-encode them)'],
		);
		expectProblems('published-findings/synthetic-hostile-url.yaml', ['sourceUrl', `expected a URL of at most ${MAX_URL_LENGTH} characters, found ${MAX_URL_LENGTH + 20}`]);
		expectProblems('assessments/ken-2023-2027-synthetic-test-plan-current.yaml', ['document.url', 'expected a URL without spaces']);
	});

	it.each([
		['javascript:alert(1)'],
		['JAVASCRIPT:alert(1)'],
		['data:text/html;base64,PHNjcmlwdD4='],
		['data:image/svg+xml,<svg onload=alert(1)>'],
		['vbscript:msgbox(1)'],
		['file:///etc/passwd'],
		['//example.org/x'],
		['https:example.org'],
		['https:/example.org'],
		['https:\\\\example.org'],
		['ftp://example.org/x'],
		['https://localhost/x'],
		['https://exa mple.org/'],
		['https://example.org/\tx'],
		['https://example.org\\@evil.example/'],
		['https://user@example.org/'],
	])('the URL rule rejects %j', (value) => {
		expect(webUrlProblem(value)).toBeDefined();
	});

	it.each([['https://example.org'], ['http://example.org/a?b=c#d'], ['HTTPS://EXAMPLE.ORG/x'], ['https://example.org/%20x']])('the URL rule accepts %j', (value) => {
		expect(webUrlProblem(value)).toBeUndefined();
	});
});

describe('YAML that could smuggle structure', () => {
	it.each([
		['synthetic-hostile-js-tag', 'YAML does not parse: tags are not allowed, found "!!js/function" at line'],
		['synthetic-hostile-local-tag', 'YAML does not parse: tags are not allowed, found "!synthetic-tag" at line'],
		['synthetic-hostile-binary-tag', 'YAML does not parse: tags are not allowed, found "!!binary" at line'],
		['synthetic-hostile-merge-key', 'YAML does not parse: merge keys (<<) are not allowed, found one at line 17'],
		['synthetic-hostile-duplicate-key', 'YAML does not parse: Map keys must be unique at line 17'],
		['synthetic-hostile-two-documents', 'YAML does not parse: Source contains multiple documents'],
		['synthetic-hostile-deep', 'YAML does not parse: nested more than 32 levels deep at line 15'],
	])('rejects %s as a file that does not parse', (name, message) => {
		expectProblems(`resources/${name}.yaml`, ['(file)', message]);
	});

	it('rejects a tag in a plan’s frontmatter', () => {
		expectProblems('plans/ken-2023-2027-synthetic-hostile-frontmatter-tag.md', ['(file)', 'YAML does not parse: tags are not allowed, found "!!js/undefined"']);
	});

	it('reads __proto__ as an unknown field, without touching any prototype', () => {
		expectProblems('resources/synthetic-hostile-proto-key.yaml', ['__proto__', 'unknown field "__proto__"']);
		expect(({} as Record<string, unknown>).polluted).toBeUndefined();
	});
});

describe('overlong fields and names', () => {
	it('names the limit and the length found', () => {
		expectProblems('resources/synthetic-hostile-long-summary.yaml', ['summary', 'expected at most 1200 characters, found 1201']);
		expectProblems('plans/ken-2023-2027-synthetic-hostile-long-title.md', ['title', 'expected at most 400 characters, found 401']);
		const longName = Object.keys(HOSTILE).find((file) => file.length > MAX_ID_LENGTH)!;
		expectProblems(longName, ['(file)', `expected a file name (the resource id) of at most ${MAX_ID_LENGTH} characters before .yaml, found ${MAX_ID_LENGTH + 1}`]);
	});

	// Every text a record can hold is bounded, so a field added without a limit fails here.
	const schemas: [string, z.ZodType][] = [
		['plan', planSchema],
		['country', countrySchema],
		['resource', resourceSchema],
		['partner', partnerSchema],
		['assessment', assessmentSchema],
		['published finding', publishedFindingSchema],
		['framework', frameworkSchema],
		['framework domain', frameworkDomainSchema],
	];
	it.each(schemas)('every text field of a %s record refuses 5,000 characters', (_, schema) => {
		const fields = textFields(schema);
		expect(fields.length).toBeGreaterThan(0);
		for (const [path, field] of fields) expect(field.safeParse('x'.repeat(5000)).success, path).toBe(false);
	});
});

describe('control and invisible characters, and encodings', () => {
	it('rejects them in YAML files as in Markdown, typed or written as YAML escapes', () => {
		expectProblems('resources/synthetic-hostile-control-character.yaml', ['(file)', 'expected printable text, found the control character U+001B at line 15, column 18']);
		expectProblems(
			'resources/synthetic-hostile-yaml-escapes.yaml',
			['title', 'expected printable text, found the invisible character U+202E (written as a YAML escape) at character 11'],
			['notes', 'expected printable text, found the control character U+0000 (written as a YAML escape) at character 11'],
		);
		// The schema alone would pass it: the record must not reach the site.
		expect(result.records.resources.map((resource) => resource.id)).not.toContain('synthetic-hostile-yaml-escapes');
		expectProblems(
			'resources/synthetic-hostile-escaped-key.yaml',
			['(record)', 'expected printable text, found the invisible character U+200B (written as a YAML escape) in a field name'],
			['sum\u200Bmary', 'unknown field'],
		);
		expectProblems('resources/synthetic-hostile-zero-width.yaml', ['(file)', 'found the invisible character U+200B at line 2, column 21']);
		expectProblems('plans/ken-2023-2027-synthetic-hostile-null-byte.md', ['(file)', 'found the control character U+0000 at line 20, column 10']);
	});

	it('rejects a byte-order mark and bytes that are not UTF-8', () => {
		expectProblems('resources/synthetic-hostile-bom.yaml', ['(file)', 'expected UTF-8 without a byte-order mark, found one at the start of the file']);
		expectProblems('resources/synthetic-hostile-latin1.yaml', ['(file)', 'expected UTF-8 text, found bytes that are not UTF-8 near line 2']);
	});
});

describe('files that are not records', () => {
	it('reports an SVG or HTML file anywhere in the content directory, and a stray folder', () => {
		expectProblems('plans/synthetic-payload.svg', ['(file)', 'expected a .md plan record, found "synthetic-payload.svg"']);
		expectProblems('resources/synthetic-payload.yaml.svg', ['(file)', 'expected a .yaml resource record']);
		expectProblems('synthetic-payload.svg', ['(file)', 'expected only countries, plans, framework, assessments, published-findings, resources, partners in content/, found "synthetic-payload.svg"']);
		expectProblems('synthetic-folder', ['(file)', 'found "synthetic-folder"']);
		expectProblems('framework/synthetic-payload.html', ['(file)', 'expected only framework.yaml, domains in content/framework/, found "synthetic-payload.html"']);
	});
});

/** Every string-valued field in a schema, with its dotted path (`*` for list entries and map values). */
function textFields(schema: z.ZodType, path = ''): [string, z.ZodType][] {
	const def = (schema as unknown as { _zod: { def: Record<string, unknown> & { type: string } } })._zod.def;
	const inner = (key: string, at = path) => textFields(def[key] as z.ZodType, at);
	switch (def.type) {
		case 'string':
			return [[path, schema]];
		case 'object':
			return Object.entries(def.shape as Record<string, z.ZodType>).flatMap(([key, field]) => textFields(field, path ? `${path}.${key}` : key));
		case 'array':
			return inner('element', `${path}.*`);
		case 'record':
			return [...inner('keyType', `${path}.(key)`), ...inner('valueType', `${path}.*`)];
		case 'optional':
		case 'default':
			return inner('innerType');
		case 'pipe':
			return [...inner('in'), ...inner('out')];
		default:
			return [];
	}
}
