import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { formatProblem, validateContent, type ValidationResult } from '../../src/lib/validate.ts';

/** A small content dir of synthetic records: a few valid ones and one broken file per rule. */
const FIXTURE = 'tests/fixtures/invalid-content';
const result = validateContent(FIXTURE);

/** Every problem reported for one fixture file, as `file: field: message` lines. */
function linesFor(file: string, from: ValidationResult = result, dir = 'invalid-content'): string[] {
	return from.problems.filter((problem) => problem.file === `${dir}/${file}`).map(formatProblem);
}

/** The file has exactly one problem, on `field`, and its message contains `part`. */
function expectOnly(file: string, field: string, part: string, from?: ValidationResult, dir?: string): void {
	const lines = linesFor(file, from, dir);
	const prefix = `${dir ?? 'invalid-content'}/${file}: ${field}: `;
	expect(lines).toHaveLength(1);
	expect(lines[0].startsWith(prefix), `${lines[0]}\n  does not start with ${prefix}`).toBe(true);
	expect(lines[0]).toContain(part);
}

const VALID = [
	'countries/ken.yaml',
	'countries/civ.yaml',
	'countries/zza.yaml',
	'plans/ken-2020-2024-synthetic-valid-plan.md',
	'plans/civ-2021-synthetic-valid-open-ended.md',
	'plans/ken-2019-2023-synthetic-http-allowed.md',
	'plans/regional-2020-2024-synthetic-valid-regional.md',
	'resources/synthetic-valid-resource.yaml',
	'partners/synthetic-valid-partner.yaml',
];

describe('validateContent on the invalid fixture', () => {
	it('counts every record file it read', () => {
		expect(result.countries).toBe(9);
		expect(result.plans).toBe(28);
		expect(result.resources).toBe(7);
		expect(result.partners).toBe(9);
	});

	it('reports nothing for the valid records', () => {
		for (const file of VALID) expect(linesFor(file)).toEqual([]);
	});

	it('reports every other file: nothing is silently skipped', () => {
		const all = ['countries', 'plans', 'resources', 'partners'].flatMap((dir) => readdirSync(join(FIXTURE, dir)).map((name) => `${dir}/${name}`));
		const broken = all.filter((file) => !VALID.includes(file));
		expect(broken.length).toBe(46);
		for (const file of broken) expect(linesFor(file).length, file).toBeGreaterThan(0);
	});

	it('formats problems as file: field: message, grouped by file', () => {
		expect(formatProblem({ file: 'content/plans/x.md', field: 'period.end', message: 'm' })).toBe('content/plans/x.md: period.end: m');
		const files = result.problems.map((problem) => problem.file);
		expect(files).toEqual([...files].sort());
	});
});

describe('country records', () => {
	it('rejects a non-.yaml file', () => {
		expectOnly('countries/notes.txt', '(file)', 'expected a .yaml country record');
	});

	it('rejects a stage that does not exist and lists the stages', () => {
		expectOnly('countries/zzb.yaml', 'stage.value', 'expected one of "prepare"|"develop"|"implement"|"evaluate"|"update", found "planning"');
	});

	it('requires iso3 to match the file name', () => {
		expectOnly('countries/zzc.yaml', 'iso3', 'expected "ZZC" to match the file name zzc.yaml, found "ZZX"');
	});

	it('reports YAML that does not parse', () => {
		expectOnly('countries/zzd.yaml', '(file)', 'YAML does not parse: Flow sequence');
	});

	it('rejects an http source without allowHttp and accepts it with allowHttp: true', () => {
		expectOnly('countries/zze.yaml', 'whoRegionSource', 'expected an https:// URL, found "http://example.org/synthetic/who-regions.csv"');
		expect(readFileSync(join(FIXTURE, 'countries/zza.yaml'), 'utf8')).toContain('whoRegionSource: http://');
		expect(linesFor('countries/zza.yaml')).toEqual([]);
	});

	it('names an unknown field', () => {
		expectOnly('countries/zzf.yaml', 'capital', 'unknown field "capital"');
	});

	it('reports a YAML alias as a syntax problem, not a crash', () => {
		expectOnly('countries/zzg.yaml', '(file)', 'YAML does not parse: Alias resolution is disabled');
	});
});

describe('plan records', () => {
	it('reports a missing required field', () => {
		expectOnly('plans/ken-2020-2024-synthetic-missing-evidence.md', 'evidenceUrl', 'required field is missing');
	});

	it('requires the country to exist', () => {
		expectOnly('plans/xyz-2020-2024-synthetic-unknown-country.md', 'country', 'expected a country in invalid-content/countries/, found "XYZ"');
	});

	it('rejects an end year before the start year', () => {
		expectOnly('plans/ken-2024-2020-synthetic-end-before-start.md', 'period.end', 'expected end year on or after start year 2024, found 2020');
	});

	it('rejects a malformed URL', () => {
		expectOnly('plans/ken-2020-2024-synthetic-malformed-url.md', 'documentUrl', 'expected an absolute https:// URL, found "example.org/synthetic plan.pdf"');
	});

	it('rejects an http URL without allowHttp and accepts it with allowHttp: true', () => {
		expectOnly('plans/ken-2020-2024-synthetic-http-url.md', 'evidenceUrl', 'expected an https:// URL, found "http://example.org/synthetic/evidence"');
		expect(linesFor('plans/ken-2019-2023-synthetic-http-allowed.md')).toEqual([]);
	});

	it('rejects a javascript: URL', () => {
		expectOnly('plans/ken-2020-2024-synthetic-javascript-url.md', 'documentUrl', 'found "javascript:alert(document.cookie)"');
	});

	it('rejects an unknown language code', () => {
		expectOnly('plans/ken-2020-2024-synthetic-unknown-language.md', 'languages.1', 'expected an ISO 639-1 language code such as "en", found "xx"');
	});

	it('rejects an unknown plan type and lists the types', () => {
		expectOnly('plans/ken-2020-2024-synthetic-unknown-type.md', 'type', 'expected one of "cancer-plan"|"ncd-plan"|"cancer-strategy"|"law-policy", found "roadmap"');
	});

	it('reports frontmatter that does not parse, or is missing', () => {
		expectOnly('plans/ken-2020-2024-synthetic-bad-yaml.md', '(file)', 'YAML does not parse: Flow sequence');
		expectOnly('plans/ken-2020-2024-synthetic-no-frontmatter.md', '(file)', 'expected YAML frontmatter between --- lines');
		expectOnly('plans/ken-2020-2024-synthetic-alias.md', '(file)', 'YAML does not parse: Alias resolution is disabled');
	});

	it('names an unknown field', () => {
		expectOnly('plans/ken-2020-2024-synthetic-unknown-field.md', 'budget', 'unknown field "budget"');
	});

	it('keeps mirrors out of documentUrl', () => {
		expectOnly('plans/ken-2020-2024-synthetic-mirror-document.md', 'documentUrl', 'mirrors belong in evidenceUrl');
	});

	it('requires the file name (the id) to agree with the country and period', () => {
		expect(linesFor('plans/ken-2018-2022-synthetic-id-mismatch.md')).toEqual([
			expect.stringMatching(/^invalid-content\/plans\/ken-2018-2022-synthetic-id-mismatch\.md: country: expected "KEN" .* found "CIV"/),
			expect.stringMatching(/^invalid-content\/plans\/ken-2018-2022-synthetic-id-mismatch\.md: period\.start: expected 2018 .* found 2019/),
		]);
		expectOnly('plans/ken-2020-synthetic-open-ended-mismatch.md', 'period.end', 'expected no end year as the file name ken-2020-synthetic-open-ended-mismatch.md has none, found 2024');
	});

	it('rejects a malformed id', () => {
		expectOnly('plans/ken-2020-2024-Synthetic_Bad_Id.md', '(file)', 'expected a plan id such as "ken-2017-2022-cancer-control-strategy"');
	});

	it('rejects a file that is not UTF-8', () => {
		expect(readFileSync(join(FIXTURE, 'plans/ken-2020-2024-synthetic-latin1.md')).includes(0xe9)).toBe(true);
		expectOnly('plans/ken-2020-2024-synthetic-latin1.md', '(file)', 'expected UTF-8 text, found bytes that are not UTF-8 near line 2');
	});

	it('rejects a control character', () => {
		expectOnly('plans/ken-2020-2024-synthetic-control-character.md', '(file)', 'found the control character U+001B at line 15');
	});

	it('rejects a script tag in the body', () => {
		expectOnly('plans/ken-2020-2024-synthetic-script-body.md', 'body', 'found raw HTML (<script>) near line 18; write the body in Markdown only');
	});

	it('rejects event handlers and (entity-encoded) javascript: links in the body', () => {
		expect(linesFor('plans/ken-2020-2024-synthetic-handler-body.md')).toEqual([
			expect.stringMatching(/: body: found raw HTML \(<img> with the event-handler attribute onerror=\) near line 17;/),
			expect.stringMatching(/: body: found a javascript: link near line 19; expected a link to an https:\/\/ address/),
		]);
	});

	it('rejects a non-.md file', () => {
		expectOnly('plans/readme.txt', '(file)', 'expected a .md plan record');
	});
});

describe('regional plan records', () => {
	it('accepts a regional plan that lists the countries it covers and names no country', () => {
		const text = readFileSync(join(FIXTURE, 'plans/regional-2020-2024-synthetic-valid-regional.md'), 'utf8');
		expect(text).toContain('scope: regional\ncountries:\n  - KEN\n  - CIV\n');
		expect(text).not.toMatch(/^country:/m);
		expect(linesFor('plans/regional-2020-2024-synthetic-valid-regional.md')).toEqual([]);
	});

	it('rejects a regional plan that also names a country', () => {
		expectOnly(
			'plans/regional-2020-2024-synthetic-with-country.md',
			'country',
			'expected no country for a regional plan (scope: regional): list every country it covers in "countries" instead, found "KEN"',
		);
	});

	it('requires every covered country to exist, naming the entry', () => {
		expectOnly('plans/regional-2020-2024-synthetic-unknown-covered-country.md', 'countries.1', 'expected a country in invalid-content/countries/, found "XYZ"');
	});

	it('requires a regional plan’s id to start with "regional-", and only a regional plan’s', () => {
		expectOnly(
			'plans/ken-2020-2024-synthetic-regional-bad-prefix.md',
			'scope',
			'expected "national" or "sub-national" as the file name ken-2020-2024-synthetic-regional-bad-prefix.md starts with "ken-", found "regional" (a regional plan\'s file name starts with "regional-" instead of an ISO3 code',
		);
		expectOnly(
			'plans/regional-2020-2024-synthetic-national-scope.md',
			'scope',
			'expected "regional" as the file name regional-2020-2024-synthetic-national-scope.md starts with "regional-", found "national"',
		);
	});
});

describe('resource records', () => {
	it('accepts a valid resource and returns it with its id', () => {
		expect(result.records.resources.map((resource) => resource.id)).toEqual(['synthetic-valid-resource']);
		expect(result.records.resources[0]).toMatchObject({ stages: ['prepare', 'develop'], topics: ['synthetic-prevention'], languages: ['en'] });
	});

	it('rejects an unknown stage and lists the five stages', () => {
		expectOnly('resources/synthetic-unknown-stage.yaml', 'stages.1', 'expected one of "prepare"|"develop"|"implement"|"evaluate"|"update", found "planning"');
	});

	it('rejects a topic that is not a framework domain and lists the domains', () => {
		expectOnly('resources/synthetic-unknown-topic.yaml', 'topics.1', 'expected a framework domain id ("synthetic-prevention"|"synthetic-data"), found "tobacco"');
	});

	it('requires the URL where the facts were verified', () => {
		expectOnly('resources/synthetic-missing-urls.yaml', 'evidenceUrl', 'required field is missing');
	});

	it('rejects a year out of range', () => {
		expectOnly('resources/synthetic-bad-year.yaml', 'year', 'expected a year up to 2100, found 20190');
	});

	it('keeps mirrors out of the official url', () => {
		expectOnly('resources/synthetic-mirror-url.yaml', 'url', 'found the mirror copy "https://www.scribd.com/document/123/synthetic-resource"; mirrors belong in evidenceUrl');
	});

	it('rejects an unknown type and lists the types', () => {
		expectOnly('resources/synthetic-unknown-type.yaml', 'type', 'expected one of "guideline"|"toolkit"|"dataset"|"report"|"course"|"framework", found "webinar"');
	});
});

describe('partner records', () => {
	it('accepts a valid partner and returns it with its id', () => {
		expect(result.records.partners.map((partner) => partner.id)).toEqual(['synthetic-valid-partner']);
		expect(result.records.partners[0]).toMatchObject({ offers: ['plan-review', 'mentoring'], stages: ['develop'], regions: ['AFR'], iccpPartner: true });
	});

	it('rejects an unknown kind of support and lists the kinds', () => {
		expectOnly('partners/synthetic-unknown-support.yaml', 'offers.1', 'expected one of "plan-review"|"plan-update"|"costing"|"registry-support"|"radiotherapy"|"training"|"mentoring"|"twinning"|"technical-assistance"|"advocacy"|"research", found "funding"');
	});

	it('rejects a WHO regional office code where a region code belongs', () => {
		expectOnly('partners/synthetic-unknown-region.yaml', 'regions.0', 'expected one of "AFR"|"AMR"|"SEAR"|"EUR"|"EMR"|"WPR", found "AFRO"');
	});

	it('requires the URL where the facts were verified', () => {
		expectOnly('partners/synthetic-missing-evidence.yaml', 'evidenceUrl', 'required field is missing');
	});

	it('rejects an http website without allowHttp', () => {
		expectOnly('partners/synthetic-http-url.yaml', 'url', 'expected an https:// URL, found "http://example.org/synthetic/partner"');
	});

	it('rejects a contact route that is a mirror or a script', () => {
		expectOnly('partners/synthetic-mirror-contact.yaml', 'contactUrl', 'expected the official contact page, found the mirror copy "https://www.scribd.com/document/123/synthetic-contact"');
		expectOnly('partners/synthetic-script-contact.yaml', 'contactUrl', 'expected an absolute https:// URL, found "javascript:alert(1)"');
	});

	it('rejects a twinning pair in a country the catalogue does not know, or documented over http', () => {
		expectOnly('partners/synthetic-unknown-twinning-country.yaml', 'twinning.0.country', 'expected the ISO3 code of a country in content/countries/, found "ZZZ"');
		expectOnly('partners/synthetic-http-twinning-evidence.yaml', 'twinning.0.evidenceUrl', 'expected an https:// URL, found "http://example.org/synthetic/pairs"');
	});
});

describe('the library folders', () => {
	let scratch: string;
	beforeAll(() => {
		scratch = mkdtempSync(join(tmpdir(), 'validate-library-'));
	});
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	it('are optional: content without resources/ or partners/ has none and no problem about them', () => {
		const content = join(scratch, 'without');
		cpSync('tests/fixtures/site/content', content, { recursive: true });
		rmSync(join(content, 'resources'), { recursive: true });
		rmSync(join(content, 'partners'), { recursive: true });
		const checked = validateContent(content);
		expect(checked.problems).toEqual([]);
		expect([checked.resources, checked.partners, checked.records.resources, checked.records.partners]).toEqual([0, 0, [], []]);
	});

	it('name a malformed id, a listed-twice stage, and a topic checked against that content’s own framework', () => {
		const content = join(scratch, 'broken', 'content');
		cpSync('tests/fixtures/site/content', content, { recursive: true });
		const valid = readFileSync(join(content, 'resources/synthetic-test-resource-prepare.yaml'), 'utf8');
		writeFileSync(join(content, 'resources/Synthetic_Bad_Id.yaml'), valid.replace('  - prepare\n', '  - prepare\n  - prepare\n').replace('  - synthetic-data', '  - governance'));
		const lines = validateContent(content).problems.map(formatProblem);
		expect(lines).toEqual([
			'content/resources/Synthetic_Bad_Id.yaml: (file): expected a resource id of lowercase letters, digits and hyphens (such as "guide-cancer-early-diagnosis") as the file name, found "Synthetic_Bad_Id"',
			'content/resources/Synthetic_Bad_Id.yaml: stages.1: expected each value once, found "prepare" again (also index 0)',
			'content/resources/Synthetic_Bad_Id.yaml: topics.0: expected a framework domain id ("synthetic-prevention"|"synthetic-data"), found "governance"',
		]);
	});
});

describe('a country written as a name', () => {
	it('suggests the ISO3 code of the country it names, in any language', () => {
		const scratch = mkdtempSync(join(tmpdir(), 'validate-name-'));
		const content = join(scratch, 'content');
		cpSync(FIXTURE, content, { recursive: true });
		const plan = readFileSync(join(content, 'plans/civ-2021-synthetic-valid-open-ended.md'), 'utf8');
		writeFileSync(join(content, 'plans/civ-2021-synthetic-valid-open-ended.md'), plan.replace('country: CIV', 'country: Ivory Coast'));
		writeFileSync(join(content, 'plans/ken-2020-2024-synthetic-valid-plan.md'), readFileSync(join(FIXTURE, 'plans/ken-2020-2024-synthetic-valid-plan.md'), 'utf8').replace('country: KEN', 'country: ken'));
		const regional = 'plans/regional-2020-2024-synthetic-valid-regional.md';
		writeFileSync(join(content, regional), readFileSync(join(FIXTURE, regional), 'utf8').replace('  - CIV', '  - Costa de Marfil'));
		const named = validateContent(content);
		rmSync(scratch, { recursive: true, force: true });
		expect(linesFor('plans/civ-2021-synthetic-valid-open-ended.md', named, 'content')).toContain(
			'content/plans/civ-2021-synthetic-valid-open-ended.md: country: expected the ISO3 code: did you mean "CIV" (Côte d’Ivoire)? found "Ivory Coast"',
		);
		expect(linesFor('plans/ken-2020-2024-synthetic-valid-plan.md', named, 'content')).toContain(
			'content/plans/ken-2020-2024-synthetic-valid-plan.md: country: expected the ISO3 code: did you mean "KEN" (Kenya)? found "ken"',
		);
		expect(linesFor(regional, named, 'content')).toContain(
			'content/plans/regional-2020-2024-synthetic-valid-regional.md: countries.1: expected the ISO3 code: did you mean "CIV" (Côte d’Ivoire)? found "Costa de Marfil"',
		);
	});
});

describe('assessment records', () => {
	it('names an assessment whose file is not a plan id', () => {
		expectOnly('assessments/zzz-2020-synthetic-no-such-plan.yaml', '(file)', 'expected the file name to be the id of a plan in plans/, found "zzz-2020-synthetic-no-such-plan"');
	});

	it('reports a bad status with the value found', () => {
		expectOnly('assessments/ken-2019-2023-synthetic-http-allowed.yaml', 'findings.synthetic-hpv-vaccination.status', 'expected one of "addressed"|"partial"|"not-found"|"not-applicable", found "maybe"');
	});

	it('reports every problem of one assessment at once: evidence, quote length, version, page range and unknown item', () => {
		expect(linesFor('assessments/ken-2020-2024-synthetic-valid-plan.yaml').map((line) => line.replace(/^invalid-content\/assessments\/[^:]+: /, ''))).toEqual([
			'findings.synthetic-hpv-vaccination.evidence: expected page evidence or a cited source for an item marked addressed or partial',
			'findings.synthetic-cancer-registry.evidence.0.quote: expected a quote of at most 30 words, found 31',
			'frameworkVersion: expected version 1.x of the framework (current 1.2.0), found 2.0.0; review the findings against the current items',
			'findings.synthetic-tobacco-control.evidence.0.page: expected a page from 1 to 10 (document.pages), found 12',
			'findings.synthetic-no-such-item: expected a framework item id, found "synthetic-no-such-item"',
		]);
	});
});

describe('the framework', () => {
	let scratch: string;
	beforeAll(() => {
		scratch = mkdtempSync(join(tmpdir(), 'validate-framework-'));
		cpSync('tests/fixtures/site/content', join(scratch, 'content'), { recursive: true });
		const domain = join(scratch, 'content/framework/domains/synthetic-data.yaml');
		writeFileSync(domain, readFileSync(domain, 'utf8').replace('id: synthetic-cancer-registry', 'id: synthetic-hpv-vaccination').replace('[cancer registry, population-based registry]', '[cancer registry, Cancer Registry]'));
		writeFileSync(join(scratch, 'content/framework/domains/synthetic-extra.yaml'), 'id: synthetic-extra\nlabel: Synthetic extra\nsummary: A synthetic domain file the framework does not list.\nitems: []\n');
	});
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	it('reports duplicate item ids, duplicate phrases and unlisted or empty domains', () => {
		const lines = validateContent(join(scratch, 'content')).problems.map(formatProblem);
		expect(lines).toEqual(
			expect.arrayContaining([
				'content/framework/domains/synthetic-data.yaml: items.0.lexicon.en.1: expected each phrase once, found "Cancer Registry" again',
				'content/framework/domains/synthetic-prevention.yaml: items.0.id: expected an id unique across the framework, found "synthetic-hpv-vaccination" also in synthetic-data.yaml',
				'content/framework/domains/synthetic-extra.yaml: items: Too small: expected array to have >=1 items, found []',
				'content/framework/framework.yaml: domains: expected every domain file to be listed, found domains/synthetic-extra.yaml missing from the list',
			]),
		);
	});
});

describe('items that did not exist when a plan began', () => {
	let scratch: string;
	beforeAll(() => {
		scratch = mkdtempSync(join(tmpdir(), 'validate-applicability-'));
		cpSync('tests/fixtures/site/content', join(scratch, 'content'), { recursive: true });
		const domain = join(scratch, 'content/framework/domains/synthetic-prevention.yaml');
		// The HPV item begins in 2018: the 2017 plan cannot be judged on it, the 2023 plan can.
		writeFileSync(domain, readFileSync(domain, 'utf8').replace('    target:\n      name: Synthetic target\n', '    target:\n      name: Synthetic target\n    since:\n      year: 2018\n      event: launched by a synthetic body\n      url: https://example.org/since\n'));
		const current = join(scratch, 'content/assessments/ken-2023-2027-synthetic-test-plan-current.yaml');
		writeFileSync(current, readFileSync(current, 'utf8').replace(/  synthetic-hpv-vaccination:\n    status: [a-z-]+\n/, '  synthetic-hpv-vaccination:\n    status: not-applicable\n    note: Synthetic reason.\n'));
	});
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	it('asks for not-applicable before the item began, and refuses it after', () => {
		const lines = validateContent(join(scratch, 'content')).problems.map(formatProblem);
		expect(lines).toEqual(
			expect.arrayContaining([
				expect.stringMatching(
					/ken-2017-2022-synthetic-test-plan-expired\.yaml: findings\.synthetic-hpv-vaccination\.status: expected "not-applicable": the plan's period starts in 2017, before 2018, when this was launched by a synthetic body; found "not-found"$/,
				),
				expect.stringMatching(
					/ken-2023-2027-synthetic-test-plan-current\.yaml: findings\.synthetic-hpv-vaccination\.status: expected addressed, partial or not-found: the item applies to this plan \(it began in 2018 and the plan's period starts in 2023\), found "not-applicable"$/,
				),
			]),
		);
	});
});

describe('problems that cannot be committed as fixtures', () => {
	// Files that differ only in case cannot be checked out on macOS or Windows, and a 256 KiB
	// file or a symlink does not belong in the repository: build them in a temporary copy.
	let scratch: string;
	let copy: ValidationResult;
	beforeAll(() => {
		scratch = mkdtempSync(join(tmpdir(), 'validate-'));
		const content = join(scratch, 'content');
		cpSync(FIXTURE, content, { recursive: true });
		cpSync(join(content, 'countries/ken.yaml'), join(content, 'countries/Ken.yaml'));
		const plan = readFileSync(join(content, 'plans/ken-2020-2024-synthetic-valid-plan.md'), 'utf8');
		writeFileSync(join(content, 'plans/KEN-2020-2024-synthetic-valid-plan.md'), plan);
		writeFileSync(join(content, 'plans/ken-2020-2024-synthetic-huge.md'), plan + 'x'.repeat(256 * 1024));
		symlinkSync('/etc/passwd', join(content, 'plans/ken-2020-2024-synthetic-symlink.md'));
		mkdirSync(join(content, 'plans/ken-2020-2024-synthetic-directory.md'));
		copy = validateContent(content);
	});
	afterAll(() => rmSync(scratch, { recursive: true, force: true }));

	it('reports a duplicate country (same iso3, file names differing in case) on both files', () => {
		expect(linesFor('countries/Ken.yaml', copy, 'content')).toEqual([
			expect.stringMatching(/^content\/countries\/Ken\.yaml: \(file\): duplicate id: "Ken" is the same country as ken\.yaml \(file names that differ only in case/),
			'content/countries/Ken.yaml: (file): expected the file name in lower case, found "Ken.yaml"',
		]);
		expect(linesFor('countries/ken.yaml', copy, 'content')).toEqual([
			expect.stringMatching(/^content\/countries\/ken\.yaml: \(file\): duplicate id: "ken" is the same country as Ken\.yaml /),
		]);
	});

	it('reports a duplicate plan id on both files', () => {
		expect(linesFor('plans/KEN-2020-2024-synthetic-valid-plan.md', copy, 'content')).toContainEqual(
			expect.stringMatching(/^content\/plans\/KEN-2020-2024-synthetic-valid-plan\.md: \(file\): duplicate id: .* same plan as ken-2020-2024-synthetic-valid-plan\.md /),
		);
		expectOnly('plans/ken-2020-2024-synthetic-valid-plan.md', '(file)', 'duplicate id: "ken-2020-2024-synthetic-valid-plan" is the same plan as KEN-2020-2024-synthetic-valid-plan.md', copy, 'content');
	});

	it('rejects a file over 256 KiB without parsing it', () => {
		expectOnly('plans/ken-2020-2024-synthetic-huge.md', '(file)', 'expected a record of at most 256 KiB, found 257 KiB', copy, 'content');
	});

	it('rejects symbolic links and directories instead of following them', () => {
		expectOnly('plans/ken-2020-2024-synthetic-symlink.md', '(file)', 'found a symbolic link', copy, 'content');
		expectOnly('plans/ken-2020-2024-synthetic-directory.md', '(file)', 'found a directory', copy, 'content');
	});

	it('reports a missing records directory', () => {
		const empty = mkdtempSync(join(scratch, 'empty-'));
		const lines = validateContent(empty).problems.map(formatProblem);
		expect(lines).toEqual([
			expect.stringMatching(/^empty-\w+\/countries: \(file\): expected a directory of country records$/),
			expect.stringMatching(/^empty-\w+\/framework\/framework.yaml: \(file\): expected the framework definition/),
			expect.stringMatching(/^empty-\w+\/plans: \(file\): expected a directory of plan records$/),
		]);
	});
});

describe('the real content', () => {
	it('validates with zero problems', () => {
		const real = validateContent('content');
		expect(real.problems.map(formatProblem)).toEqual([]);
		expect(real.countries).toBeGreaterThan(200);
		expect(real.plans).toBeGreaterThan(200);
		expect(real.resources).toBeGreaterThanOrEqual(51);
		expect(real.partners).toBeGreaterThanOrEqual(30);
		// Every record file passed, topics included.
		expect(real.records.resources).toHaveLength(real.resources);
		expect(real.records.partners).toHaveLength(real.partners);
	});
});

describe('standing: successors, one plan in force, dates not yet reached', () => {
	let dir: string;
	let checked: ValidationResult;
	const previousDate = process.env.BUILD_DATE;
	const plan = (id: string, fields: string) => {
		const [, start, end] = /^ken-(\d{4})-(\d{4})-/.exec(id)!;
		writeFileSync(
			join(dir, 'plans', `${id}.md`),
			`---\ntitle: Synthetic ${id}\ncountry: KEN\ntype: cancer-plan\nperiod:\n  start: ${start}\n  end: ${end}\nscope: national\nevidenceUrl: https://example.org/synthetic/${id}\n${fields}added: 2026-01-01\n---\n`,
		);
	};
	beforeAll(() => {
		process.env.BUILD_DATE = '2026-06-01';
		dir = join(mkdtempSync(join(tmpdir(), 'standing-')), 'content');
		cpSync('tests/fixtures/site/content', dir, { recursive: true });
		plan('ken-2024-2026-synthetic-self', 'supersededBy: ken-2024-2026-synthetic-self\n');
		plan('ken-2024-2026-synthetic-unknown-successor', 'supersededBy: ken-2024-2030-synthetic-nowhere\n');
		plan('ken-2024-2026-synthetic-loop-a', 'supersededBy: ken-2024-2026-synthetic-loop-b\n');
		plan('ken-2024-2026-synthetic-loop-b', 'supersededBy: ken-2024-2026-synthetic-loop-a\n');
		plan('ken-2025-2029-synthetic-rival', 'lastVerified: 2026-06-02\n');
		checked = validateContent(dir);
	});
	afterAll(() => {
		if (previousDate === undefined) delete process.env.BUILD_DATE;
		else process.env.BUILD_DATE = previousDate;
	});
	const lines = (id: string) => checked.problems.filter((problem) => problem.file.endsWith(`plans/${id}.md`)).map(formatProblem);

	it('refuses a successor that is the plan itself, missing, or part of a cycle', () => {
		expect(lines('ken-2024-2026-synthetic-self')).toEqual([expect.stringMatching(/: supersededBy: expected the id of another plan, found the plan itself$/)]);
		expect(lines('ken-2024-2026-synthetic-unknown-successor')).toEqual([expect.stringMatching(/: supersededBy: expected the id of a plan in content\/plans\/, found "ken-2024-2030-synthetic-nowhere"$/)]);
		expect(lines('ken-2024-2026-synthetic-loop-a')).toEqual([expect.stringContaining('found a cycle: ken-2024-2026-synthetic-loop-a → ken-2024-2026-synthetic-loop-b → ken-2024-2026-synthetic-loop-a')]);
	});

	it('refuses a verification date after the build date', () => {
		expect(lines('ken-2025-2029-synthetic-rival')).toContain('content/plans/ken-2025-2029-synthetic-rival.md: lastVerified: expected a date on or before 2026-06-01 (the build date), found 2026-06-02');
	});

	it('refuses two plans in force of one type in a country, naming both', () => {
		const fixed = join(dirname(dir), 'fixed');
		cpSync('tests/fixtures/site/content', fixed, { recursive: true });
		for (const id of ['ken-2024-2026-synthetic-rival-a', 'ken-2025-2029-synthetic-rival-b']) {
			const [, start, end] = /^ken-(\d{4})-(\d{4})-/.exec(id)!;
			writeFileSync(join(fixed, 'plans', `${id}.md`), `---\ntitle: Synthetic ${id}\ncountry: KEN\ntype: cancer-plan\nperiod:\n  start: ${start}\n  end: ${end}\nscope: national\nevidenceUrl: https://example.org/synthetic/${id}\nadded: 2026-01-01\n---\n`);
		}
		const found = validateContent(fixed).problems.map(formatProblem);
		expect(found).toEqual([
			'fixed/plans/ken-2024-2026-synthetic-rival-a.md: supersededBy: expected one plan in force of this country and type on 2026-06-01, found this and ken-2025-2029-synthetic-rival-b: set supersededBy on the one replaced (with the source in notes), or flag a draft or an unconfirmed adoption',
			'fixed/plans/ken-2025-2029-synthetic-rival-b.md: supersededBy: expected one plan in force of this country and type on 2026-06-01, found this and ken-2024-2026-synthetic-rival-a: set supersededBy on the one replaced (with the source in notes), or flag a draft or an unconfirmed adoption',
		]);
		// Naming the successor resolves it.
		const a = join(fixed, 'plans', 'ken-2024-2026-synthetic-rival-a.md');
		writeFileSync(a, readFileSync(a, 'utf8').replace('added:', 'supersededBy: ken-2025-2029-synthetic-rival-b\nadded:'));
		expect(validateContent(fixed).problems.map(formatProblem)).toEqual([]);
	});
});
