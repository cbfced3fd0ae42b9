/**
 * Search in the browser against the built portal and its Pagefind index: the home quick search,
 * country names in several languages on /search/, and the faceted plans database (counts, OR
 * within a facet, AND across facets, URL state, clearing, sort), checked against plans.json.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { facetedResultsShown } from '../support/browser.ts';
import {
	allLinkPaths,
	countBy,
	facetCountsShown,
	facetedSettled,
	facetedStatusBecomes,
	linkPaths,
	listOf,
	loadAllResults,
	resultsLabel,
	useHarness,
	withZeros,
	type CountryRecord,
	type Harness,
	type PlanRecord,
} from './helpers.ts';
import { en } from '../../src/i18n/en.ts';

const REGIONS = ['AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR'];
const TYPES = ['cancer-plan', 'ncd-plan', 'cancer-strategy', 'law-policy'];
const INCOMES = ['LIC', 'LMIC', 'UMIC', 'HIC'];

let harness: Harness;
let plans: PlanRecord[];
let countries: CountryRecord[];

useHarness((suite) => ({ harness, plans, countries } = suite));

const planPaths = (records: readonly PlanRecord[]) => records.map((plan) => `/plans/${plan.id}/`).sort();
const plansOf = (iso3: string) => plans.filter((plan) => plan.country_iso3 === iso3);

describe('home quick search', () => {
	it('typing "Kenya" lists the Kenya country page and every Kenyan plan', async () => {
		const kenyan = plansOf('KEN');
		expect(kenyan).toHaveLength(5);
		const page = await harness.page();
		await page.goto(`${harness.site.url}/`);
		await page.fill('#quick-q', 'Kenya');
		await page.waitForFunction(() => Boolean(document.querySelector('quick-search [data-status]')?.textContent?.trim()));
		const hrefs = await linkPaths(page, 'quick-search [data-results]');
		expect(hrefs.length).toBeLessThanOrEqual(8);
		expect(hrefs).toContain('/countries/ken/');
		for (const path of planPaths(kenyan)) expect(hrefs).toContain(path);
	});
});

describe('a country query puts the right thing first', () => {
	const inForce = (record: PlanRecord) => record.scope === 'national' && (record.status === 'current' || record.status === 'open-ended');

	it.each(['Kenya', 'Quénia', 'KEN'])('"%s" lists Kenya’s page, then its plan in force, then its other plans newest first', async (query) => {
		const kenyan = plansOf('KEN');
		const newestFirst = (records: PlanRecord[]) => [...records].sort((a, b) => b.period_start - a.period_start).map((plan) => `/plans/${plan.id}/`);
		const expected = ['/countries/ken/', ...newestFirst(kenyan.filter(inForce)), ...newestFirst(kenyan.filter((record) => !inForce(record)))];
		const page = await harness.page();
		await page.goto(`${harness.site.url}/`);
		await page.fill('#quick-q', query);
		await page.waitForFunction(() => Boolean(document.querySelector('quick-search [data-status]')?.textContent?.trim()));
		const hrefs = await linkPaths(page, 'quick-search [data-results]');
		expect(hrefs.slice(0, expected.length), query).toEqual(expected);
	});

	it('a result reads as a sentence about the record, not a run of field labels', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/search/?q=Kenya`);
		await facetedResultsShown(page);
		const first = (await page.textContent('faceted-search [data-results] li:first-child p'))!;
		expect(first).toMatch(/^Kenya: \d+ plans in the catalogue; in force on .*: /);
		const texts = await page.locator('faceted-search [data-results] li p').allTextContents();
		for (const text of texts) expect(text).not.toMatch(/Scope National Publisher/);
	});
});

describe('what a search loads, and when', () => {
	const filterFile = /\/pagefind\/filter\//;

	it('the quick search loads no filter file (it shows no facet counts)', async () => {
		const page = await harness.page();
		const filterRequests: string[] = [];
		page.on('request', (request) => {
			if (filterFile.test(request.url())) filterRequests.push(request.url());
		});
		await page.goto(`${harness.site.url}/`);
		await page.fill('#quick-q', 'Kenya');
		await page.waitForFunction(() => Boolean(document.querySelector('quick-search [data-status]')?.textContent?.trim()));
		expect(await linkPaths(page, 'quick-search [data-results]')).toContain('/countries/ken/');
		expect(filterRequests).toEqual([]);
	});

	it('/search/ lists its results before any filter file arrives, then counts each kind over exactly those results', async () => {
		const page = await harness.page();
		// Filter files are held until the results are checked: results that waited for them would time out.
		let release!: () => void;
		const released = new Promise<void>((done) => (release = done));
		await page.route(filterFile, async (route) => {
			await released;
			await route.continue();
		});
		await page.goto(`${harness.site.url}/search/?q=${encodeURIComponent('cervical cancer')}`);
		const status = await facetedResultsShown(page, 5_000);
		expect(await page.locator('form.facets').getAttribute('aria-busy')).toBe('true');
		expect(await page.locator('faceted-search ol[data-results] > li').count()).toBe(5);
		release();

		expect(await facetedSettled(page)).toBe(status);
		const total = (await loadAllResults(page)).length;
		expect(status).toBe(resultsLabel(total));
		// Every record has exactly one kind, so complete counts for this search add up to its results.
		const kinds = await facetCountsShown(page, 'kind');
		expect(Object.values(kinds).reduce((sum, count) => sum + count, 0)).toBe(total);
		// The same search again, with the filters already loaded, shows the same counts.
		await page.evaluate(() => document.querySelector<HTMLFormElement>('faceted-search form[role="search"]')!.requestSubmit());
		await facetedSettled(page);
		expect(await facetCountsShown(page, 'kind')).toEqual(kinds);
	});

	it('a two-word first search loads at most 12 kB of index chunks (Pagefind\'s default chunks: 24 kB)', async () => {
		const page = await harness.page();
		const chunkBytes: Promise<number>[] = [];
		page.on('requestfinished', (request) => {
			if (/\/pagefind\/index\//.test(request.url())) chunkBytes.push(request.sizes().then((sizes) => sizes.responseBodySize));
		});
		await page.goto(`${harness.site.url}/search/?q=${encodeURIComponent('cervical cancer')}`);
		await facetedSettled(page);
		const sizes = await Promise.all(chunkBytes);
		expect(sizes.length).toBeGreaterThan(0);
		expect(sizes.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(12_000);
	});

	it('lists 5 results at first and each "more" lists the next 10', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/search/?q=${encodeURIComponent('cervical cancer')}`);
		const status = await facetedSettled(page);
		const items = page.locator('faceted-search ol[data-results] > li');
		expect(await items.count()).toBe(5);
		const first = await allLinkPaths(page, 'faceted-search ol[data-results]');
		await page.locator('faceted-search [data-more]').click();
		await page.waitForFunction(() => document.querySelectorAll('faceted-search ol[data-results] > li').length > 5);
		expect(await items.count()).toBe(15);
		expect((await allLinkPaths(page, 'faceted-search ol[data-results]')).slice(0, 5)).toEqual(first);
		const all = await loadAllResults(page);
		expect(all.length).toBeGreaterThan(20);
		expect(new Set(all).size).toBe(all.length);
		expect(status).toBe(resultsLabel(all.length));
	});
});

describe('what the search index holds', () => {
	/** Every indexed page of a kind with the text Pagefind keeps for it (excerpts are cut from it). */
	async function indexedText(page: Page, kind: string): Promise<Map<string, string>> {
		await page.goto(`${harness.site.url}/search/`);
		// A string, not a function: the test runner would rewrite a function's `import()`.
		const entries: [string, string][] = await page.evaluate(`(async () => {
			const pagefind = await import('/pagefind/pagefind.js');
			const search = await pagefind.search(null, { filters: { kind: ${JSON.stringify(kind)} } });
			return Promise.all(search.results.map(async (result) => {
				const data = await result.data();
				return [decodeURIComponent(data.url), data.content];
			}));
		})()`);
		return new Map(entries);
	}

	it("a plan's own words, without the provenance facts every record page carries", async () => {
		const text = await indexedText(await harness.page(), 'plan');
		expect(text.size).toBe(plans.length);
		const problems = plans.flatMap((plan) => {
			const content = text.get(`/plans/${plan.id}/`) ?? '';
			const wrong = [
				...(content.includes(plan.title) ? [] : ['title missing']),
				...[en.field.added, en.field.lastVerified, `${en.field.evidence} http`, en.noDocument].filter((provenance) => content.includes(provenance)),
			];
			return wrong.length ? [`${plan.id}: ${wrong.join(', ')}`] : [];
		});
		expect(problems.slice(0, 10)).toEqual([]);
	}, 60_000);

	it("a country page without the titles of its plans (each plan is found on its own page)", async () => {
		const text = await indexedText(await harness.page(), 'country');
		const byId = new Map(plans.map((plan) => [plan.id, plan]));
		const withPlans = countries.filter((country) => country.plan_ids.length > 0);
		expect(withPlans.length).toBeGreaterThan(50);
		const problems = withPlans.flatMap((country) => {
			const content = text.get(`/countries/${country.iso3.toLowerCase()}/`) ?? '';
			if (!content.includes(country.name)) return [`${country.iso3}: name missing`];
			return country.plan_ids.map((id) => byId.get(id)!).filter((plan) => content.includes(plan.title_english ?? plan.title)).map((plan) => `${country.iso3}: lists ${plan.id}`);
		});
		expect(problems.slice(0, 10)).toEqual([]);
	}, 60_000);
});

describe('site search finds a country under its other names', () => {
	const civ = () => planPaths(plansOf('CIV'));

	it.each(['cote divoire', "Côte d'Ivoire", 'Ivory Coast', "Côte-d'Ivoire", 'Costa de Marfil'])(
		'/search/?q=%s finds /countries/civ/ and every CIV plan',
		async (query) => {
			expect(civ().length).toBeGreaterThan(0);
			const page = await harness.page();
			await page.goto(`${harness.site.url}/search/?q=${encodeURIComponent(query)}`);
			const status = await facetedSettled(page);
			expect(await page.inputValue('#faceted-q')).toBe(query);
			const hrefs = await loadAllResults(page);
			expect(status, `status for ${query}`).toBe(resultsLabel(hrefs.length));
			expect(hrefs).toContain('/countries/civ/');
			for (const path of civ()) expect(hrefs).toContain(path);
		},
	);
});

describe('site search finds a regional plan under each covered country', () => {
	it.each(['Palau', 'Guam', 'Micronesia'])('/search/?q=%s finds the Pacific regional plan', async (query) => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/search/?q=${encodeURIComponent(query)}`);
		await facetedSettled(page);
		expect(await loadAllResults(page)).toContain('/plans/regional-2007-2012-pacific-regional-comprehensive-cancer-control-plan/');
	});
});

describe('plans database facets', () => {
	/** Tick or untick a facet value like a user and wait for the search to reflect it. */
	async function toggle(page: Page, facet: string, value: string, expectedTotal: number): Promise<string> {
		await page.click(`form.facets input[type=checkbox][name="${facet}"][value="${value}"]`);
		return facetedStatusBecomes(page, resultsLabel(expectedTotal));
	}

	async function ticked(page: Page): Promise<string[]> {
		return page.$$eval('form.facets input[type=checkbox]:checked', (boxes) => boxes.map((box) => `${(box as HTMLInputElement).name}=${(box as HTMLInputElement).value}`));
	}

	const afr = () => plans.filter((plan) => listOf(plan.who_region).includes('AFR'));
	const ncd = () => plans.filter((plan) => plan.type === 'ncd-plan');
	const ncdIn = (regions: string[]) => ncd().filter((plan) => listOf(plan.who_region).some((region) => regions.includes(region)));

	/** Open /plans/ and tick region AFR, then type ncd-plan, as a user would. */
	async function afrNcdByClicks(): Promise<Page> {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/plans/`);
		expect(await facetedSettled(page)).toBe(resultsLabel(plans.length));
		expect(await toggle(page, 'region', 'AFR', afr().length)).toBe(resultsLabel(afr().length));
		expect(await toggle(page, 'type', 'ncd-plan', ncdIn(['AFR']).length)).toBe(resultsLabel(ncdIn(['AFR']).length));
		return page;
	}

	it('on load, every option shows its count over all plans', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/plans/`);
		expect(await facetedSettled(page)).toBe(resultsLabel(plans.length));
		expect(await facetCountsShown(page, 'region')).toEqual(withZeros(REGIONS, countBy(plans, (plan) => listOf(plan.who_region))));
		expect(await facetCountsShown(page, 'type')).toEqual(withZeros(TYPES, countBy(plans, (plan) => plan.type)));
		expect(await facetCountsShown(page, 'income')).toEqual(withZeros(INCOMES, countBy(plans, (plan) => listOf(plan.income_group))));
	});

	it('ticking region AFR then type ncd-plan lists exactly the AFR ncd plans and puts the selection in the URL', async () => {
		const expected = ncdIn(['AFR']);
		expect(expected.length).toBeGreaterThan(0);
		const page = await afrNcdByClicks();
		expect(new URL(page.url()).search).toBe('?region=AFR&type=ncd-plan');
		expect((await loadAllResults(page)).sort()).toEqual(planPaths(expected));
	});

	it('after region AFR alone, each type shows the number of AFR plans of that type', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/plans/`);
		expect(await facetedSettled(page)).toBe(resultsLabel(plans.length));
		expect(await toggle(page, 'region', 'AFR', afr().length)).toBe(resultsLabel(afr().length));
		expect(await facetCountsShown(page, 'type')).toEqual(withZeros(TYPES, countBy(afr(), (plan) => plan.type)));
	});

	it('under AFR + ncd-plan, region counts ignore the region ticks and type counts ignore the type ticks', async () => {
		const page = await afrNcdByClicks();
		expect(await facetCountsShown(page, 'region')).toEqual(withZeros(REGIONS, countBy(ncd(), (plan) => listOf(plan.who_region))));
		expect(await facetCountsShown(page, 'type')).toEqual(withZeros(TYPES, countBy(afr(), (plan) => plan.type)));
	});

	it('under AFR + ncd-plan, an untouched facet (income) counts the AFR ncd plans', async () => {
		const page = await afrNcdByClicks();
		expect(await facetCountsShown(page, 'income')).toEqual(withZeros(INCOMES, countBy(ncdIn(['AFR']), (plan) => listOf(plan.income_group))));
	});

	it('ticking a second region (EMR) widens the result to AFR + EMR ncd plans (OR within a facet)', async () => {
		const expected = ncdIn(['AFR', 'EMR']);
		expect(expected.length).toBeGreaterThan(ncdIn(['AFR']).length);
		const page = await afrNcdByClicks();
		expect(await toggle(page, 'region', 'EMR', expected.length)).toBe(resultsLabel(expected.length));
		expect(new URL(page.url()).search).toBe('?region=AFR&region=EMR&type=ncd-plan');
		expect((await loadAllResults(page)).sort()).toEqual(planPaths(expected));
		expect(await facetCountsShown(page, 'region')).toEqual(withZeros(REGIONS, countBy(ncd(), (plan) => listOf(plan.who_region))));

		// Reloading the URL restores the ticks and the result.
		await page.reload();
		expect(await facetedSettled(page)).toBe(resultsLabel(expected.length));
		expect((await ticked(page)).sort()).toEqual(['region=AFR', 'region=EMR', 'type=ncd-plan']);
		expect((await loadAllResults(page)).sort()).toEqual(planPaths(expected));
	});

	it('"Clear all filters" unticks everything, restores the total and the plain URL', async () => {
		const page = await afrNcdByClicks();
		await page.getByRole('button', { name: 'Clear all filters' }).click();
		expect(await facetedStatusBecomes(page, resultsLabel(plans.length))).toBe(resultsLabel(plans.length));
		expect(await ticked(page)).toEqual([]);
		expect(new URL(page.url()).search).toBe('');
		expect(await facetCountsShown(page, 'region')).toEqual(withZeros(REGIONS, countBy(plans, (plan) => listOf(plan.who_region))));
		expect(await facetCountsShown(page, 'type')).toEqual(withZeros(TYPES, countBy(plans, (plan) => plan.type)));
	});

	it('a shared URL opens with its selection applied', async () => {
		const expected = plans.filter((plan) => listOf(plan.who_region).includes('EUR') && (plan.type === 'cancer-plan' || plan.type === 'cancer-strategy'));
		const page = await harness.page();
		await page.goto(`${harness.site.url}/plans/?region=EUR&type=cancer-plan&type=cancer-strategy`);
		expect(await facetedSettled(page)).toBe(resultsLabel(expected.length));
		expect((await ticked(page)).sort()).toEqual(['region=EUR', 'type=cancer-plan', 'type=cancer-strategy']);
		expect((await loadAllResults(page)).sort()).toEqual(planPaths(expected));
	});
});

describe('plans database sort', () => {
	it('with no query, "Newest first" lists every plan with non-increasing period start', async () => {
		const start = new Map(plans.map((plan) => [`/plans/${plan.id}/`, plan.period_start]));
		const page = await harness.page();
		await page.goto(`${harness.site.url}/plans/`);
		expect(await facetedSettled(page)).toBe(resultsLabel(plans.length));
		const sort = page.locator('#faceted-sort');
		expect(await sort.inputValue()).toBe('newest');
		expect((await sort.locator('option:checked').textContent())?.trim()).toBe('Newest first');
		const hrefs = await loadAllResults(page);
		expect([...hrefs].sort()).toEqual(planPaths(plans));
		const starts = hrefs.map((href) => start.get(href)!);
		const outOfOrder = starts.flatMap((year, index) => (index > 0 && year > starts[index - 1] ? [`${hrefs[index - 1]} (${starts[index - 1]}) before ${hrefs[index]} (${year})`] : []));
		expect(outOfOrder).toEqual([]);
	});
});

describe('results first on a phone', () => {
	it.each(['/search/?q=kenya', '/plans/'])('%s at 390×844 shows its first result within the first 900 px, the filters folded', async (path) => {
		const page = await harness.page({ touch: true });
		await page.goto(`${harness.site.url}${path}`);
		await facetedSettled(page);
		const top = await page.evaluate(() => document.querySelector('faceted-search [data-results] li')!.getBoundingClientRect().top + scrollY);
		expect(top).toBeLessThan(900);
		expect(await page.getAttribute('faceted-search details[data-filters]', 'open')).toBeNull();
		expect(await page.isVisible('faceted-search fieldset')).toBe(false);
	});

	it('says how many filters are set, shows them as chips that remove them, and hides values with no result', async () => {
		const page = await harness.page({ touch: true });
		await page.goto(`${harness.site.url}/plans/`);
		await facetedSettled(page);
		await page.click('faceted-search details[data-filters] > summary');
		await page.check('input[name="region"][value="AFR"]');
		await facetedSettled(page);
		await page.check('input[name="type"][value="cancer-plan"]');
		await facetedSettled(page);
		expect(await page.textContent('[data-filters-summary]')).toBe('Filters (2 set)');
		expect(await page.locator('[data-chips] button').allTextContents()).toEqual(['African Region', 'Cancer control plan']);
		// Every value still shown has a result or is ticked.
		const shown = await page.locator('form.facets label:visible').evaluateAll((labels) =>
			labels.map((label) => ({ count: Number(label.querySelector('.count')!.textContent), checked: label.querySelector('input')!.checked })),
		);
		expect(shown.length).toBeGreaterThan(0);
		expect(shown.filter((value) => value.count === 0 && !value.checked)).toEqual([]);
		const both = await page.textContent('[data-status]');
		await page.click('[data-chips] button[data-value="AFR"]');
		await facetedSettled(page);
		expect(await page.isChecked('input[name="region"][value="AFR"]')).toBe(false);
		expect(await page.textContent('[data-filters-summary]')).toBe('Filters (1 set)');
		expect(await page.textContent('[data-status]')).not.toBe(both);
	});

	it('each listing suggests what it holds, and offers no facet without values', async () => {
		const page = await harness.page();
		for (const [path, hint] of [
			['/partners/', en.search.placeholderPartners],
			['/resources/', en.search.placeholderResources],
			['/plans/', en.search.placeholder],
		]) {
			await page.goto(`${harness.site.url}${path}`);
			await facetedSettled(page);
			expect(await page.getAttribute('#faceted-q', 'placeholder'), path).toBe(hint);
			const legends = await page.locator('form.facets fieldset:visible legend').allTextContents();
			expect(legends.length, path).toBeGreaterThan(0);
			if (path === '/partners/') expect(legends).not.toContain(en.facet.language);
		}
	});

	it('keeps the filters open beside the results on a wide screen', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/plans/`);
		await facetedSettled(page);
		expect(await page.getAttribute('faceted-search details[data-filters]', 'open')).not.toBeNull();
		expect(await page.isVisible('faceted-search details[data-filters] > summary')).toBe(false);
	});
});

describe('search page layout', () => {
	it.each(['/search/?q=kenya', '/plans/'])(
		'%s on a phone does not shift when the search script runs late (Lighthouse layout shift)',
		async (path) => {
			const page = await harness.page({ touch: true });
			await page.addInitScript(() => {
				const shifts: number[] = [];
				(window as unknown as { shifts: number[] }).shifts = shifts;
				new PerformanceObserver((list) => {
					for (const entry of list.getEntries()) shifts.push((entry as PerformanceEntry & { value: number }).value);
				}).observe({ type: 'layout-shift', buffered: true });
			});
			// The page is painted before the island arrives, as on a slow phone.
			await page.route(/FacetedSearch/, async (route) => {
				await new Promise((done) => setTimeout(done, 500));
				await route.continue();
			});
			await page.goto(`${harness.site.url}${path}`);
			await facetedSettled(page);
			await page.waitForTimeout(200);
			expect(await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts)).toEqual([]);
		},
	);
});
