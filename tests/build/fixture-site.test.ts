import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite, FIXTURE_CONTENT as FIXTURE, fixtureSite } from '../support/fixture-site.ts';
import { ROOT } from '../support/paths.ts';
import { firstSearchFiles, INDEXED_FOLDERS } from '../../scripts/build/search-index.ts';

const INVALID = join(ROOT, 'tests/fixtures/invalid-content');
let outDir: string;
const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const json = (path: string) => JSON.parse(readFileSync(join(outDir, path), 'utf8'));

beforeAll(() => {
	outDir = fixtureSite();
});

describe('a fixture site of eight synthetic plans, one regional and one sub-national', () => {
	it('builds a page for every plan and country', () => {
		for (const file of readdirSync(join(FIXTURE, 'plans'))) expect(existsSync(join(outDir, 'plans', file.replace(/\.md$/, ''), 'index.html'))).toBe(true);
		for (const iso3 of ['ken', 'civ', 'asm']) expect(existsSync(join(outDir, 'countries', iso3, 'index.html'))).toBe(true);
	});

	it('derives statuses from periods, flags and successors on the build date', () => {
		const records = json('data/plans.json').records as { id: string; status: string }[];
		expect(Object.fromEntries(records.map((record) => [record.id, record.status]))).toEqual({
			'ken-2000-2004-synthetic-test-plan-first': 'draft',
			'ken-2005-2009-synthetic-test-plan-second': 'superseded',
			'ken-2010-2014-synthetic-test-plan-third': 'expired',
			'ken-2017-2022-synthetic-test-plan-expired': 'expired',
			'ken-2019-2023-synthetic-test-plan-county': 'expired',
			'ken-2023-2027-synthetic-test-plan-current': 'current',
			'civ-2022-synthetic-test-plan-open-ended': 'open-ended',
			'regional-2024-2028-synthetic-test-plan-regional': 'current',
		});
		expect(json('data/plans.json').dataAsOf).toBe('2026-06-01');
	});

	it('derives country status and stage only where the facts allow, from each country’s own plans', () => {
		const countries = Object.fromEntries((json('data/countries.json').records as { iso3: string; stage?: string }[]).map((record) => [record.iso3, record]));
		expect(countries.KEN).toMatchObject({ status: 'current', stage: 'implement', stage_basis: 'current-plan', regional_plan_ids: [] });
		// CIV and ASM are covered by a current regional plan, which changes neither status nor stage.
		expect(countries.CIV).toMatchObject({ status: 'open-ended', stage_basis: 'unknown', regional_plan_ids: ['regional-2024-2028-synthetic-test-plan-regional'] });
		expect(countries.CIV.stage).toBeUndefined();
		expect(countries.ASM).toMatchObject({ status: 'none', who_member_state: false, plan_ids: [], regional_plan_ids: ['regional-2024-2028-synthetic-test-plan-regional'] });
	});

	it('writes CSV downloads with the same rows as the JSON', () => {
		const csv = readFileSync(join(outDir, 'data/plans.csv'), 'utf8').trim().split('\r\n');
		expect(csv[0].startsWith('id,country_iso3,country_name,countries_covered,title,')).toBe(true);
		expect(csv).toHaveLength(1 + 8);
		expect(csv.some((line) => line.startsWith('ken-2023-2027-synthetic-test-plan-current,KEN,Kenya,KEN,'))).toBe(true);
		expect(csv.some((line) => line.startsWith('regional-2024-2028-synthetic-test-plan-regional,,,CIV;ASM,'))).toBe(true);
	});

	it('shows the document only where there is one, always the evidence, and a gap score only where assessed', () => {
		const current = page('plans/ken-2023-2027-synthetic-test-plan-current');
		expect(current).toContain('href="https://example.org/synthetic/ken-current.pdf"');
		expect(page('plans/ken-2000-2004-synthetic-test-plan-first')).toContain('The copy seen is a draft');
		expect(current).toContain('1 items addressed, 1 partly, 0 not found; 1 not assessed. Expert review, 2 May 2026; checked by Synthetic reviewer on 3 May 2026.');
		expect(current).toContain('<a href="/gaps/plans/ken-2023-2027-synthetic-test-plan-current/">Full gap report</a>');
		const open = page('plans/civ-2022-synthetic-test-plan-open-ended');
		expect(open).toContain('Not yet assessed');
		expect(open).not.toMatch(/items addressed/);
		expect(open).toContain('No official source found');
		expect(open).toContain('href="http://example.org/synthetic/civ-open"');
		expect(open).toContain('no secure (https) version');
		expect(open).toContain('<h1 lang="fr">Plan synthétique de test, sans fin</h1>');
	});

	it('cites the record with its public URL and data date', () => {
		const current = page('plans/ken-2023-2027-synthetic-test-plan-current');
		expect(current).toContain('https://portal.example/plans/ken-2023-2027-synthetic-test-plan-current/');
		expect(current).toContain('TY  - ELEC');
		expect(current).toContain('@misc{ken-2023-2027-synthetic-test-plan-current,');
	});

	it('gives every plan page its search filters, sort key and country names', () => {
		const current = page('plans/ken-2023-2027-synthetic-test-plan-current');
		for (const [key, value] of [['kind', 'plan'], ['region', 'AFR'], ['type', 'ncd-plan'], ['language', 'sw'], ['status', 'current'], ['period', '2020-2029'], ['stage', 'implement']]) {
			expect(current).toContain(`<meta name="search-filter-${key}" data-pagefind-filter="${key}[content]" content="${value}">`);
		}
		expect(current).toContain('<meta name="search-sort-start" data-pagefind-sort="start[content]" content="2023">');
		expect(page('plans/civ-2022-synthetic-test-plan-open-ended')).toMatch(/data-pagefind-meta="names\[content\]" content="[^"]*Ivory Coast[^"]*cote divoire/);
	});

	it('says which plan replaced which, and leads the country page with its plan in force', () => {
		const second = page('plans/ken-2005-2009-synthetic-test-plan-second');
		expect(second).toMatch(/Superseded \(the notes give the source\) by\s*<a href="\/plans\/ken-2010-2014-synthetic-test-plan-third\/">Synthetic test plan, third \(Kenya\)<\/a> \(2010–2014\)/);
		expect(page('plans/ken-2010-2014-synthetic-test-plan-third')).toMatch(/Replaces\s*<a href="\/plans\/ken-2005-2009-synthetic-test-plan-second\/">/);
		const kenya = page('countries/ken');
		const inForce = kenya.slice(kenya.indexOf('id="in-force"'), kenya.indexOf('</section>', kenya.indexOf('id="in-force"')));
		expect(inForce.match(/href="\/plans\//g)).toHaveLength(1);
		expect(inForce).toContain('href="/plans/ken-2023-2027-synthetic-test-plan-current/"');
		expect(inForce).toContain('href="https://example.org/synthetic/ken-current.pdf"');
		const csv = readFileSync(join(outDir, 'data/plans.csv'), 'utf8');
		expect(csv.split('\r\n')[0]).toContain(',superseded_by,');
		expect(csv).toMatch(/^ken-2005-2009-synthetic-test-plan-second,.*,superseded,ken-2010-2014-synthetic-test-plan-third,/m);
	});

	it('shows a regional plan with every covered country, and lists it on their pages', () => {
		const regional = page('plans/regional-2024-2028-synthetic-test-plan-regional');
		expect(regional).toMatch(/<dt[^>]*>Countries covered<\/dt>/);
		expect(regional).toContain('<a href="/countries/civ/">Côte d’Ivoire</a>, <a href="/countries/asm/">American Samoa</a>');
		for (const [key, value] of [['country', 'CIV'], ['country', 'ASM'], ['region', 'AFR'], ['region', 'WPR'], ['income', 'LMIC'], ['income', 'HIC'], ['status', 'current']]) {
			expect(regional).toContain(`<meta name="search-filter-${key}" data-pagefind-filter="${key}[content]" content="${value}">`);
		}
		// A regional plan has no stage: its countries' stages are theirs.
		expect(regional).not.toContain('search-filter-stage');
		expect(regional).toContain('data-pagefind-meta="country[content]" content="Regional: Côte d’Ivoire, American Samoa"');
		expect(regional).toMatch(/data-pagefind-meta="names\[content\]" content="[^"]*Ivory Coast[^"]*American Samoa/);
		for (const iso3 of ['civ', 'asm']) {
			const country = page(`countries/${iso3}`);
			expect(country).toContain('Regional plans covering this country');
			expect(country).toContain('do not change this country&#39;s status or stage');
			expect(country).toContain('href="/plans/regional-2024-2028-synthetic-test-plan-regional/"');
		}
		expect(page('countries/ken')).not.toContain('Regional plans covering this country');
		expect(page('plans')).toMatch(/Regional plans \(several countries\)<\/h3><ul class="plan-list"><li><a href="\/plans\/regional-2024-2028-synthetic-test-plan-regional\/">/);
	});

	it('writes a Pagefind index for the English pages', () => {
		expect(existsSync(join(outDir, 'pagefind/pagefind.js'))).toBe(true);
		const entry = json('pagefind/pagefind-entry.json');
		expect(Object.keys(entry.languages)).toEqual(['en']);
		// Record pages only: 8 plans, 3 countries, 3 resources and 2 partners.
		expect(entry.languages.en.page_count).toBe(8 + 3 + 3 + 2);
	});

	it('serves the files every first search loads smaller than zlib\'s best, with the content Pagefind wrote', () => {
		const files = firstSearchFiles(outDir);
		expect(files.map((file) => file.slice(outDir.length + 1)).sort()).toEqual([`pagefind/pagefind.${json('pagefind/pagefind-entry.json').languages.en.hash}.pf_meta`, 'pagefind/wasm.en.pagefind']);
		for (const file of files) {
			const served = readFileSync(file);
			const content = gunzipSync(served);
			expect(content.subarray(0, 12).toString(), file).toBe('pagefind_dcd');
			expect(served.length, file).toBeLessThan(gzipSync(content, { level: 9 }).length);
		}
	});

	it('puts every page that opts into search in a folder Pagefind is given (it reads only those)', () => {
		const indexed = readdirSync(outDir, { recursive: true })
			.map(String)
			.filter((path) => path.endsWith('.html') && !path.startsWith('pagefind/') && readFileSync(join(outDir, path), 'utf8').includes('data-pagefind-body'));
		expect(indexed.length).toBe(8 + 3 + 3 + 2);
		for (const path of indexed) expect(INDEXED_FOLDERS, path).toContain(path.split('/')[0]);
	});

	it('keeps record pages within 7 kB of gzipped HTML', () => {
		for (const path of ['plans/ken-2023-2027-synthetic-test-plan-current', 'plans/regional-2024-2028-synthetic-test-plan-regional', 'countries/ken', 'countries/asm']) {
			expect(gzipSync(page(path)).length).toBeLessThanOrEqual(7 * 1024);
		}
	});
});

describe('gap reports on the fixture site', () => {
	const text = (path: string) => page(path).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

	it('publishes a stable page and both downloads for every report', () => {
		const reports = ['gaps', 'gaps/regions/afr', 'gaps/regions/wpr', 'gaps/income/lmic', 'gaps/countries/ken', 'gaps/countries/asm', 'gaps/plans/ken-2023-2027-synthetic-test-plan-current', 'gaps/plans/civ-2022-synthetic-test-plan-open-ended', 'gaps/priority-areas/synthetic-prevention'];
		for (const path of reports) {
			expect(existsSync(join(outDir, path, 'index.html')), path).toBe(true);
			expect(existsSync(join(outDir, path, 'report.csv')), path).toBe(true);
			expect(json(`${path}/report.json`).frameworkVersion).toBe('1.2.0');
		}
		expect(existsSync(join(outDir, 'gaps/method/index.html'))).toBe(true);
	});

	it('writes each plan report\'s downloads beside its page, with the plan\'s public URL, and leaves no staging folder', () => {
		// Written by the validation step of the build (scripts/build/plan-downloads.ts), not by Astro.
		const path = 'gaps/plans/ken-2023-2027-synthetic-test-plan-current';
		expect(json(`${path}/report.json`)).toMatchObject({ kind: 'plan', url: `https://portal.example/${path}/`, dataAsOf: '2026-06-01', plansInScope: 1, plansAssessed: 1 });
		expect(readFileSync(join(outDir, path, 'report.csv'), 'utf8').split('\r\n')[0]).toMatch(/^domain_id,domain,item_id,item,/);
		expect(readdirSync(dirname(outDir)).filter((name) => name.startsWith('.plan-downloads-'))).toEqual([]);
	});

	it('states version, data date, scope and methods on every report', () => {
		const world = text('gaps');
		expect(world).toContain('World overview · Framework version 1.2.0 · Data as of 1 June 2026');
		expect(world).toContain('7 catalogued plans in scope: 5 assessed, 2 not assessed.');
		expect(world).toContain('Of the assessed plans, 3 rest on an automated draft that no person has checked and 2 were checked by a person');
		expect(world).toContain('Automated screening of the plan text: 3 plans');
		expect(world).toContain('Expert review: 2 plans');
		// The county plan is counted apart, with a link to its own report.
		expect(world).toContain('1 sub-national plan (a state, territory or tribal plan) falls in this report');
		expect(page('gaps')).toContain('<a href="/gaps/sub-national/ken/">sub-national plans of Kenya</a> (1)');
	});

	it('shows the same figures as its JSON, with not assessed apart from not found', () => {
		const report = json('gaps/countries/ken/report.json');
		const hpv = report.items.find((item: { item_id: string }) => item.item_id === 'synthetic-hpv-vaccination');
		expect(hpv).toMatchObject({ assessed: 5, addressed: 2, partial: 1, not_found: 2, not_applicable: 0, not_assessed: 0, percent_addressed: 40 });
		// Columns: assessed, addressed, partly, not found, not applicable, not assessed, share.
		expect(text('gaps/countries/ken')).toMatch(/Synthetic HPV vaccination item 5 2 1 2 0 0 40%/);
		// The registry: four plans assessed on it, too few for a percentage.
		expect(text('gaps/countries/ken')).toMatch(/Synthetic cancer registry item 4 2 1 1 0 1 n = 4, too few/);
		expect(report.plans.map((plan: { id: string; method?: string }) => [plan.id, plan.method])).toEqual([
			['ken-2023-2027-synthetic-test-plan-current', 'expert-review'],
			['ken-2017-2022-synthetic-test-plan-expired', 'automated-screening'],
			['ken-2010-2014-synthetic-test-plan-third', 'automated-screening'],
			['ken-2005-2009-synthetic-test-plan-second', 'automated-screening'],
			['ken-2000-2004-synthetic-test-plan-first', 'expert-review'],
		]);
		expect(report.subnationalPlansReportedApart).toEqual(['ken-2019-2023-synthetic-test-plan-county']);
		expect(json('gaps/sub-national/ken/report.json').plans.map((plan: { id: string }) => plan.id)).toEqual(['ken-2019-2023-synthetic-test-plan-county']);
	});

	it('shows published review figures beside the world figures, labelled as theirs', () => {
		const world = text('gaps');
		expect(world).toContain('Published review (2025), not ours: synthetic plans with a cancer registry, 42%.');
		expect(world).toContain('What published global reviews found');
		expect(text('gaps/regions/afr')).not.toContain('Published review (2025)');
	});

	it('lists the plans one by one, with no percentage, where fewer than five are assessed', () => {
		const county = text('gaps/sub-national/ken');
		expect(county).toContain('Gap report: Kenya (sub-national plans)');
		expect(county).toContain('Only 1 plan is assessed in this report, fewer than the 5 a percentage needs');
		expect(county).toMatch(/Assessed plans, one by one .*Synthetic HPV vaccination item Addressed/);
		expect(county).not.toMatch(/\d+%/);
		expect(page('gaps/sub-national/ken')).not.toContain('coverage-caption');
	});

	it('says plainly when nothing in a report is assessed, and shows no percentage', () => {
		const asm = text('gaps/countries/asm');
		expect(asm).toContain('No plan in this report has been assessed yet');
		expect(asm).not.toMatch(/\d+%/);
		expect(json('gaps/countries/asm/report.json').items.every((item: { percent_addressed?: number }) => item.percent_addressed === undefined)).toBe(true);
	});

	it('links each quote to the official PDF at its page', () => {
		const plan = page('gaps/plans/ken-2023-2027-synthetic-test-plan-current');
		expect(plan).toContain('<a href="https://example.org/synthetic/ken-current.pdf#page=12" rel="noopener noreferrer external">p. 12</a>');
		expect(plan).toContain('Synthetic quote about HPV vaccination of girls aged 9 to 14.');
		expect(text('gaps/plans/ken-2023-2027-synthetic-test-plan-current')).toContain('Synthetic cancer registry item Not assessed');
		// No official document: the page is cited without a link.
		expect(page('gaps/plans/ken-2017-2022-synthetic-test-plan-expired')).toMatch(/p\. 4(?!<\/a>)/);
	});

	it('lists which plans address each item of a priority area', () => {
		const area = text('gaps/priority-areas/synthetic-prevention');
		expect(area).toMatch(/Addressed : Kenya 2023–2027/);
		expect(area).toMatch(/Partly addressed : Kenya 2023–2027/);
		expect(area).toContain('2 catalogued plans are not assessed on this item.');
		const csv = readFileSync(join(outDir, 'gaps/priority-areas/synthetic-prevention/report.csv'), 'utf8');
		expect(csv.split('\r\n')[0]).toContain('plans_addressed,plans_partial,plans_not_found');
	});

	it('cites the report with its URL, framework version and data date', () => {
		const region = page('gaps/regions/afr');
		expect(region).toContain('Gap report: African Region (Version 1.2.0) [Gap report]. Retrieved June 1, 2026, from https://portal.example/gaps/regions/afr/');
		expect(region).toContain('ET  - Version 1.2.0');
		expect(region).toContain('version = {1.2.0}');
	});

	it('documents the framework and its items on the method page, and each lexicon on its priority area', () => {
		const method = text('gaps/method');
		expect(method).toContain('Framework version 1.2.0 (2 priority areas, 3 items)');
		expect(page('gaps/method')).toContain('id="synthetic-cancer-registry"');
		expect(page('gaps/method')).toContain('href="/gaps/priority-areas/synthetic-prevention/#lexicon-synthetic-hpv-vaccination"');
		expect(page('gaps/priority-areas/synthetic-prevention')).toContain('<details id="lexicon-synthetic-hpv-vaccination">');
		expect(page('gaps/priority-areas/synthetic-prevention')).toContain('<span lang="fr">vaccination contre le HPV</span>');
	});

	it('gives plan pages the assessed and priority-area search filters', () => {
		const current = page('plans/ken-2023-2027-synthetic-test-plan-current');
		expect(current).toContain('<meta name="search-filter-assessed" data-pagefind-filter="assessed[content]" content="yes">');
		expect(current).toContain('<meta name="search-filter-priority-area" data-pagefind-filter="priority-area[content]" content="synthetic-prevention">');
		expect(page('plans/civ-2022-synthetic-test-plan-open-ended')).toContain('<meta name="search-filter-assessed" data-pagefind-filter="assessed[content]" content="no">');
	});

	it('keeps report pages light', () => {
		for (const path of ['gaps', 'gaps/countries/ken', 'gaps/plans/ken-2023-2027-synthetic-test-plan-current']) {
			expect(gzipSync(page(path)).length, path).toBeLessThanOrEqual(7 * 1024);
		}
	});
});

describe('the planners\' library on the fixture site', () => {
	const text = (path: string) => page(path).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
	const ids = (folder: string) => readdirSync(join(FIXTURE, folder)).map((file) => file.replace(/\.yaml$/, '')).sort();

	it('gives every resource and partner a page and a row in /data/: counts in = counts out, ids compared', () => {
		for (const folder of ['resources', 'partners']) {
			for (const id of ids(folder)) expect(existsSync(join(outDir, folder, id, 'index.html')), `${folder}/${id}`).toBe(true);
			const records = json(`data/${folder}.json`).records as { id: string }[];
			expect(records.map((record) => record.id).sort()).toEqual(ids(folder));
			const csv = readFileSync(join(outDir, `data/${folder}.csv`), 'utf8').trim().split('\r\n');
			expect(csv.slice(1).map((line) => line.split(',')[0]).sort()).toEqual(ids(folder));
		}
		const pairs = (json('data/partners.json').records as { id: string; twinning_pairs: string[]; contact_url?: string }[]).map((record) => [record.id, record.twinning_pairs, record.contact_url]);
		expect(pairs).toEqual([
			['synthetic-test-partner-global', [], 'https://example.org/synthetic/partner-global/contact'],
			['synthetic-test-partner-regional', ['Synthetic Hub Hospital (test fixture) > Synthetic Centre (test fixture) (KEN, 2019)'], undefined],
		]);
	});

	it('lists every resource A to Z without JavaScript, with its type and publisher, and links the same tools by stage', () => {
		const list = page('resources').split('id="all-resources"')[1];
		const listed = [...list.matchAll(/<li><a href="\/resources\/([^/]+)\/">([^<]+)<\/a>/g)].map((match) => match[2]);
		const titles = (json('data/resources.json').records as { title: string }[]).map((record) => record.title);
		expect(listed).toEqual([...titles].sort((a, b) => a.localeCompare(b)));
		for (const stage of ['prepare', 'develop', 'implement', 'evaluate', 'update']) expect(list).toContain(`href="/planning-cycle/${stage}/"`);
		// One page holds the fixture's few tools: no "next page".
		expect(list).not.toContain('rel="next"');
		// The faceted form carries every facet with its build-time counts.
		for (const facet of ['stage', 'topic', 'resource-type', 'publisher', 'year', 'language']) expect(page('resources')).toContain(`name="${facet}"`);
		expect(page('resources')).toContain('data-fixed="{&quot;kind&quot;:&quot;resource&quot;}"');
	});

	it('shows a resource with its facts, topics, evidence, related records and citation, and its search filters', () => {
		const html = page('resources/synthetic-test-resource-update');
		const words = text('resources/synthetic-test-resource-update');
		expect(words).toContain('No official address was verified');
		expect(words).toContain('No summary yet');
		expect(words).toContain('http://example.org/synthetic/resource-update-evidence (this source has no secure (https) version)');
		expect(html).toContain('href="/planning-cycle/evaluate/"');
		expect(html).toContain('href="/gaps/priority-areas/synthetic-data/"');
		// The expired Kenyan plan's assessment found an HPV item absent: it is a plan this tool could help.
		expect(words).toMatch(/Assessed plans with a gap in these priority areas .*Synthetic test plan, expired/);
		expect(words).toMatch(/Related tools .*Synthetic test resource for needs assessment/);
		expect(words).toContain('[Catalogue record of a resource]');
		for (const [key, value] of [['kind', 'resource'], ['stage', 'update'], ['topic', 'synthetic-prevention'], ['resource-type', 'report']]) {
			expect(html).toContain(`<meta name="search-filter-${key}" data-pagefind-filter="${key}[content]" content="${value}">`);
		}
		expect(html).not.toContain('search-filter-year');
		expect(text('resources/synthetic-test-resource-prepare')).toContain('A synthetic dataset record for the build tests');
	});

	it('gives each stage its tools, example plans, partners and countries, with how stages are derived', () => {
		const implement = text('planning-cycle/implement');
		expect(implement).toMatch(/Tools for this stage \(1\) Synthetic test toolkit for implementing prevention/);
		expect(implement).toMatch(/Example plans .*Synthetic test plan, current/);
		expect(implement).toMatch(/Partners who support this stage \(1\) Synthetic Regional Twinning Programme/);
		expect(implement).toMatch(/Countries at this stage \(1\) .*derived: the country has a current plan: 1 Kenya/);
		const update = text('planning-cycle/update');
		expect(update).toContain('No catalogued plan fits this rule yet.');
		expect(update).toContain('No country is placed at this stage');
		expect(update).toMatch(/Partners who support this stage \(1\) Synthetic Global Partner/);
		expect(text('planning-cycle')).toMatch(/Implement .*1 tool · 1 partner · 1 country at this stage/);
	});

	it('gives a country the tools for its stage and for the gaps of its newest assessed plan, or says why not', () => {
		const kenya = text('countries/ken');
		expect(kenya).toMatch(/Tools for where you are For the Implement stage Synthetic test toolkit for implementing prevention/);
		// The newest assessed Kenyan plan found nothing absent.
		expect(kenya).toMatch(/From the gap analysis of .*Synthetic test plan, current.* None\./);
		expect(text('countries/civ')).toContain('We cannot tell this country');
		expect(text('countries/civ')).toContain('Once one of its plans is assessed');
	});

	it('shows partners with their contact route, twinning pairs and the tools they publish', () => {
		const global = page('partners/synthetic-test-partner-global');
		expect(global).toContain('href="https://example.org/synthetic/partner-global/contact" rel="noopener noreferrer external">How to contact');
		expect(text('partners/synthetic-test-partner-global')).toMatch(/Tools it publishes in this library Synthetic test toolkit for implementing prevention/);
		const regional = text('partners/synthetic-test-partner-regional');
		expect(regional).toContain('No contact page verified: start from the website.');
		expect(regional).toMatch(/Documented twinning pairs .*Synthetic Hub Hospital \(test fixture\) Synthetic Centre \(test fixture\) Kenya 2019/);
		expect(text('twinning')).toMatch(/Documented twinning pairs .*Synthetic Centre \(test fixture\) Kenya 2019/);
		for (const [key, value] of [['kind', 'partner'], ['support', 'twinning'], ['stage', 'implement'], ['region', 'AFR']]) {
			expect(page('partners/synthetic-test-partner-regional')).toContain(`data-pagefind-filter="${key}[content]" content="${value}"`);
		}
	});

	it('routes requests for help to real contact routes only, by need', () => {
		const help = page('get-help');
		expect(help).not.toContain('<form');
		const section = (kind: string) => help.split(`id="need-${kind}"`)[1].split('</section>')[0];
		expect(section('plan-update')).toContain('href="https://example.org/synthetic/partner-global/contact"');
		// No website and no contact page: the partner page is the only route shown.
		expect(section('twinning')).toContain('No contact page verified');
		expect(help).not.toContain('id="need-costing"');
	});

	it('adds resources and partners to site search as kinds with their own facets', () => {
		const search = page('search');
		expect(search).toMatch(/value="resource"[^>]*> Tool or guidance <span class="count">3</);
		expect(search).toMatch(/value="partner"[^>]*> Partner <span class="count">2</);
		for (const facet of ['topic', 'resource-type', 'support']) expect(search).toContain(`name="${facet}"`);
	});
});

describe('the world map on the fixture site', () => {
	const links = (html: string) => [...html.matchAll(/<a href="(\/countries\/[a-z]+\/)" tabindex="-1" class="k-([^"]+)">/g)].map(([, href, value]) => [href, value]);

	it('draws every fixture country, a small island as a point, and agrees with its table', () => {
		const html = page('map');
		expect(links(html)).toEqual([
			['/countries/civ/', 'open-or-upcoming'],
			['/countries/ken/', 'current'],
			['/countries/asm/', 'none'],
		]);
		// American Samoa has no polygon at this scale: it is a point, drawn after the areas.
		expect(html).toMatch(/<a href="\/countries\/asm\/" tabindex="-1" class="k-none"><circle /);
		const table = html.split('<table class="map-table">')[1];
		expect(table).toMatch(/Kenya<\/a><\/th><td>AFR<\/td><td>Plan in force<\/td>/);
		expect(table).toMatch(/American Samoa<\/a><\/th><td>WPR<\/td><td>No plan found<\/td>/);
	});

	it('gives each layer its own page, and the home page the status layer with the list of countries', () => {
		expect(links(page('map/coverage')).find(([href]) => href === '/countries/ken/')?.[1]).toMatch(/^\d+-\d+$|^not-assessed$/);
		expect(links(page('map/region')).map(([, value]) => value)).toEqual(['AFR', 'AFR', 'WPR']);
		expect(links(page('map/type')).find(([href]) => href === '/countries/ken/')?.[1]).toBe('ncd-plan');
		expect(links(page(''))).toEqual(links(page('map')));
		expect(page('')).toContain('<summary>Countries by value (the map as a list)</summary>');
	});
});

describe('a build on broken content', () => {
	it('stops the build, names every bad file and field, and writes no search index', () => {
		const out = join(inject('scratch'), 'invalid-site');
		const result = buildSite(INVALID, out);
		expect(result.status).not.toBe(0);
		expect(result.stderr).toMatch(/content\/plans\/[^:]+\.md: evidenceUrl: required field is missing/);
		expect(result.stderr).toMatch(/validate: \d+ problems in /);
		// Validation runs beside Astro (scripts/build.ts): whichever ends first, the build fails on it.
		expect(result.stderr).toMatch(/build: (stopped: )?the content has problems/);
		expect(existsSync(join(out, 'pagefind'))).toBe(false);
	});
});
