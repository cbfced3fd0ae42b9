/**
 * Countries side by side on the fixture site: the pre-rendered comparisons, the island's data
 * file and page, and the link from country pages, on the fixture site built once per run.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildComparison, renderComparison, type CompareData, type CompareLabels } from '../../src/lib/compare.ts';
import { fixtureSite } from '../support/fixture-site.ts';

let outDir: string;

const page = (path: string) => readFileSync(join(outDir, path, 'index.html'), 'utf8');
const text = (path: string) => page(path).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
const unescape = (html: string) => html.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))).replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
/** The table block of a page: from the result wrapper to the end of the last priority area. */
const resultOf = (html: string) => html.slice(html.indexOf('<div class="compare-result">'), html.lastIndexOf('</details></div>') + '</details></div>'.length);

beforeAll(() => {
	outDir = fixtureSite();
});

describe('pre-rendered comparisons', () => {
	it('exist for each country with a plan of its own and a similar country, and nowhere else', () => {
		expect(existsSync(join(outDir, 'compare/ken/index.html'))).toBe(true);
		expect(existsSync(join(outDir, 'compare/civ/index.html'))).toBe(true);
		// American Samoa has only a regional plan, and no other Western Pacific country is catalogued.
		expect(existsSync(join(outDir, 'compare/asm/index.html'))).toBe(false);
	});

	it('put the country first beside its similar countries, with the rule and a way to change them', () => {
		const kenya = page('compare/ken');
		expect(kenya).toContain('<h1>Kenya and similar countries</h1>');
		expect(kenya).toContain('<th scope="col">Country</th><th scope="col"><a href="/countries/ken/">Kenya</a></th><th scope="col"><a href="/countries/civ/">Côte d’Ivoire</a></th></tr>');
		expect(kenya).toContain('We hold no data on borders, so they are not necessarily neighbours.');
		expect(kenya).toContain('<a href="/compare/?countries=ken,civ">Choose other countries</a>');
	});

	it('read fully without JavaScript: facts, plans, the plan behind the findings and every item', () => {
		const words = text('compare/ken');
		expect(page('compare/ken')).not.toContain('<script');
		expect(words).toContain('WHO region African Region African Region');
		expect(words).toContain('Status Plan in force Open-ended plan only');
		expect(words).toContain('Planning-cycle stage Implement Unknown');
		expect(words).toMatch(/Plans Synthetic test plan, current \(Kenya\) 2023–2027 · NCD plan · In force Synthetic test plan, county \(Kenya\) 2019–2023 · Cancer control plan · Expired Synthetic test plan, expired \(Kenya\) 2017–2022 · Cancer control plan · Expired .*Synthetic test plan, open-ended \(Côte d’Ivoire\) 2022– · Law, policy or other instrument · In force, open-ended/);
		expect(words).toMatch(/Regional: Synthetic test plan, regional/);
		expect(words).toContain('Gap findings from Synthetic test plan, current (Kenya) (2023–2027) Expert review, 2 May 2026; checked by a reviewer No plan assessed');
		expect(words).toContain('Synthetic prevention 1 addressed · 1 partly · 0 not found · 0 not assessed Not assessed');
		expect(words).toContain('Synthetic HPV vaccination item Addressed Not assessed');
		expect(words).toContain('Synthetic tobacco control item Partly addressed Not assessed');
		// The older plan found the registry addressed, but the newest assessed plan does not assess it.
		expect(words).toContain('Synthetic cancer registry item Not assessed Not assessed');
		expect(page('compare/ken')).toContain('<td class="finding finding-not-assessed">Not assessed</td>');
	});

	it('stay within 7 kB of gzipped HTML', () => {
		for (const path of ['compare/ken', 'compare/civ']) expect(gzipSync(page(path)).length, path).toBeLessThanOrEqual(7 * 1024);
	});

	it('are not in the search index', () => {
		expect(page('compare/ken')).not.toContain('data-pagefind-body');
	});
});

describe('the compare page and its data', () => {
	const data = () => JSON.parse(readFileSync(join(outDir, 'data/compare.json'), 'utf8')) as CompareData;

	it('publishes every country as codes, plans by id slug, findings one character per item', () => {
		const compare = data();
		expect(compare.asOf).toBe('2026-06-01');
		expect(compare.frameworkVersion).toBe('1.2.0');
		expect(Object.keys(compare.countries).sort()).toEqual(['ASM', 'CIV', 'KEN']);
		expect(compare.countries.KEN).toMatchObject({ region: 'AFR', income: 'LMIC', status: 'current', stage: 'implement' });
		expect(compare.countries.KEN!.plans.map((plan) => [plan.slug, plan.status, plan.findings])).toEqual([
			['synthetic-test-plan-current', 'current', 'ap-'],
			// A county's plan is listed, but gives no findings for its country.
			['synthetic-test-plan-county', 'expired', undefined],
			['synthetic-test-plan-expired', 'expired', 'naa'],
			['synthetic-test-plan-third', 'expired', 'ana'],
			['synthetic-test-plan-second', 'superseded', 'pan'],
			['synthetic-test-plan-first', 'draft', 'nap'],
		]);
		expect(compare.countries.ASM).toEqual({ region: 'WPR', income: 'HIC', status: 'none', plans: [], regional: ['regional-2024-2028-synthetic-test-plan-regional'] });
		expect(compare.regionalPlans['regional-2024-2028-synthetic-test-plan-regional']).toMatchObject({ start: 2024, end: 2028, status: 'current' });
		expect(compare.regionalPlans['regional-2024-2028-synthetic-test-plan-regional']!.findings).toBeUndefined();
	});

	it('offers the form to the island only, every country in four selectors, and the ready-made comparisons as links', () => {
		const html = page('compare');
		expect(html).toMatch(/<form class="compare-form" method="get" action="\/compare\/" data-js-only hidden>/);
		expect(html.match(/<select id="compare-\d" name="countries">/g)).toHaveLength(4);
		expect(html.match(/<option value="ken">Kenya<\/option>/g)).toHaveLength(4);
		expect(html).toContain('Choosing your own countries needs JavaScript.');
		expect(html).toMatch(/<li><a href="\/compare\/civ\/">Côte d’Ivoire<\/a><\/li><li><a href="\/compare\/ken\/">Kenya<\/a><\/li>/);
		expect(html).not.toContain('href="/compare/asm/"');
		// The island is a bundled module; the page carries no inline script or style (CSP).
		expect(html).toMatch(/<script type="module" src="\/_astro\/[^"]+\.js"><\/script>/);
		expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/);
		expect(html).not.toMatch(/\sstyle="/);
	});

	it('gives the island the labels and data to print exactly the pre-rendered table', () => {
		const html = page('compare');
		const labels = JSON.parse(unescape(html.match(/data-labels="([^"]+)"/)![1]!)) as CompareLabels;
		const names = new Map([...html.matchAll(/<option value="([a-z]{3})">([^<]+)<\/option>/g)].map((match) => [match[1]!.toUpperCase(), unescape(match[2]!)]));
		const island = renderComparison(buildComparison(data(), ['KEN', 'CIV']), labels, (iso3) => names.get(iso3)!);
		expect(island).toBe(resultOf(page('compare/ken')));
	});

	it('links a country page to its comparison when it has one', () => {
		expect(page('countries/ken')).toContain('<a href="/compare/ken/">Compare with similar countries</a>');
		expect(page('countries/asm')).not.toContain('/compare/');
	});
});
