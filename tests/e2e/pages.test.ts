/**
 * The built pages themselves: every record has its page, country pages list exactly their
 * plans, plan pages carry their links, gap-analysis state and citations, and the main content
 * reads without JavaScript. Every page visited has `<html lang="en">` and one h1.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST, ROOT } from '../support/paths.ts';
import {
	allLinkPaths,
	linkPaths,
	pageBasics,
	useHarness,
	linksAcrossPages,
	type CountryRecord,
	type Harness,
	type PlanRecord,
} from './helpers.ts';

let harness: Harness;
let plans: PlanRecord[];
let countries: CountryRecord[];

useHarness((suite) => ({ harness, plans, countries } = suite));

/** Visit a path and check the basics every page must meet. */
async function visit(page: Page, path: string): Promise<void> {
	const response = await page.goto(`${harness.site.url}${path}`);
	expect(response?.status(), `${path} status`).toBe(200);
	expect(await pageBasics(page), `${path}: <html lang> and number of h1`).toEqual({ lang: 'en', h1: 1 });
}

const h1 = async (page: Page) => (await page.textContent('h1'))?.replace(/\s+/g, ' ').trim();
const planPath = (id: string) => `/plans/${id}/`;

describe('country pages list their plans', () => {
	/** Kenya, a country with several plans, one with none and a territory with plans. */
	const picks = () => {
		const byIso3 = new Map(countries.map((country) => [country.iso3, country]));
		const several = countries.find((country) => country.who_member_state && country.iso3 !== 'KEN' && country.plan_ids.length >= 4);
		const none = countries.find((country) => country.who_member_state && country.plan_ids.length === 0);
		const territory = countries.find((country) => !country.who_member_state && country.plan_ids.length > 0);
		return [byIso3.get('KEN'), several, none, territory];
	};

	it('picks Kenya, a country with several plans, one with none and a territory', () => {
		const [ken, several, none, territory] = picks();
		expect(ken?.plan_ids).toHaveLength(5);
		expect(several?.plan_ids.length).toBeGreaterThanOrEqual(4);
		expect(none?.plan_ids).toEqual([]);
		expect(territory?.who_member_state).toBe(false);
	});

	it.each([
		[0, 'Kenya'],
		[1, 'a Member State with 4 or more plans'],
		[2, 'a Member State with no plan'],
		[3, 'a territory with plans'],
	])('%i (%s): the links to plan pages are exactly its plan_ids', async (index) => {
		const country = picks()[index]!;
		const page = await harness.page();
		const path = `/countries/${country.iso3.toLowerCase()}/`;
		await visit(page, path);
		expect(await h1(page)).toBe(country.name);
		const linked = (await linkPaths(page, 'main')).filter((href) => href.startsWith('/plans/'));
		expect(linked.sort(), `${country.iso3} plan links`).toEqual([...country.plan_ids, ...country.regional_plan_ids].map(planPath).sort());
		// One list item per plan, no duplicate entries.
		const listed = await page.$$eval('main ol.plan-list > li', (items) =>
			items.map((item) => decodeURIComponent(new URL(item.querySelector('a')!.href).pathname)),
		);
		expect(listed.sort()).toEqual(country.plan_ids.map(planPath).sort());
		if (country.plan_ids.length === 0) expect(await page.textContent('main')).toContain('No national cancer or NCD plan was found');
		if (!country.who_member_state) expect(await page.textContent('main')).toContain('Territory, area or non-member');
	});

	it('every plan_ids entry points at a plan of that country, and every plan is listed by its country', () => {
		const planById = new Map(plans.map((plan) => [plan.id, plan]));
		const wrong = countries.flatMap((country) =>
			country.plan_ids.filter((id) => planById.get(id)?.country_iso3 !== country.iso3).map((id) => `${country.iso3}: ${id}`),
		);
		expect(wrong).toEqual([]);
		const national = plans.filter((plan) => plan.country_iso3);
		expect(countries.flatMap((country) => country.plan_ids).sort()).toEqual(national.map((plan) => plan.id).sort());
	});

	it('a regional plan is listed, apart from their own plans, by exactly the countries it covers', () => {
		const regional = plans.filter((plan) => !plan.country_iso3);
		expect(regional.map((plan) => plan.id)).toContain('regional-2007-2012-pacific-regional-comprehensive-cancer-control-plan');
		for (const plan of regional) {
			expect(plan.countries_covered.length, plan.id).toBeGreaterThanOrEqual(2);
			const listing = countries.filter((country) => country.regional_plan_ids.includes(plan.id)).map((country) => country.iso3);
			expect(listing.sort(), plan.id).toEqual([...plan.countries_covered].sort());
		}
		for (const plan of plans.filter((record) => record.country_iso3)) expect(plan.countries_covered, plan.id).toEqual([plan.country_iso3]);
	});

	it('the Pacific regional plan page links every covered country, and Guam’s page lists it without changing its status', async () => {
		const plan = plans.find((record) => record.id === 'regional-2007-2012-pacific-regional-comprehensive-cancer-control-plan')!;
		expect(plan.countries_covered).toEqual(['ASM', 'GUM', 'MNP', 'PLW', 'MHL', 'FSM']);
		const page = await harness.page();
		await visit(page, planPath(plan.id));
		const countryLinks = (await linkPaths(page, 'main dl.facts')).filter((href) => href.startsWith('/countries/'));
		expect(countryLinks).toEqual(plan.countries_covered.map((iso3) => `/countries/${iso3.toLowerCase()}/`));
		const guam = countries.find((country) => country.iso3 === 'GUM')!;
		expect(guam).toMatchObject({ plan_ids: [], regional_plan_ids: [plan.id] });
		await visit(page, '/countries/gum/');
		const text = (await page.textContent('main'))!.replace(/\s+/g, ' ');
		expect(text).toContain('No plan found');
		expect(text).toContain('Regional plans covering this country');
		expect(text).toContain("Regional plans do not change this country's status or stage");
	});
});

describe('plan pages', () => {
	const withDocument = () => plans.find((plan) => plan.id === 'ken-2017-2022-cancer-control-strategy')!;
	const withoutDocument = () => plans.find((plan) => !plan.document_url)!;

	async function openPlan(plan: PlanRecord): Promise<Page> {
		const page = await harness.page();
		await visit(page, planPath(plan.id));
		expect(await h1(page)).toBe(plan.title.replace(/\s+/g, ' ').trim());
		return page;
	}

	/** The hrefs of links in main whose href is exactly `url`. */
	const linksTo = (page: Page, url: string) => page.$$eval('main a[href]', (links, target) => links.filter((link) => link.getAttribute('href') === target).length, url);

	it('shows the official source link when document_url is set, and the evidence link', async () => {
		const plan = withDocument();
		expect(plan.document_url).toBeTruthy();
		const page = await openPlan(plan);
		const official = page.getByRole('link', { name: 'Go to the official source' });
		expect(await official.count()).toBe(1);
		expect(await official.getAttribute('href')).toBe(plan.document_url);
		expect(await linksTo(page, plan.document_url!)).toBe(2); // the button and the "Official source" fact
		expect(await linksTo(page, plan.evidence_url)).toBe(1);
		expect(await page.textContent('main')).not.toContain('No official source found');
	});

	it('shows no official source link when document_url is empty, but still the evidence link', async () => {
		const plan = withoutDocument();
		expect(plan.document_url).toBeFalsy();
		const page = await openPlan(plan);
		expect(await page.getByRole('link', { name: 'Go to the official source' }).count()).toBe(0);
		expect(await page.textContent('main')).toContain('No official source found');
		expect(await linksTo(page, plan.evidence_url)).toBe(1);
	});

	it.each(['with', 'without'])('a plan %s a document says "Not yet assessed" and offers 4 citation formats', async (which) => {
		const plan = which === 'with' ? withDocument() : withoutDocument();
		expect(plan.assessment).toBe('not-assessed');
		const page = await openPlan(plan);
		expect(await page.textContent('main')).toContain('Not yet assessed');
		const cite = page.locator('section[aria-labelledby="cite-heading"]');
		expect((await cite.locator('h2').textContent())?.trim()).toBe('Cite this record');
		expect((await cite.locator('details > summary').allTextContents()).map((text) => text.trim())).toEqual(['APA 7', 'Vancouver', 'BibTeX', 'RIS']);
		const citations = await cite.locator('details > pre').allTextContents();
		expect(citations).toHaveLength(4);
		for (const citation of citations) expect(citation).toContain(plan.id);
	});
});

describe('without JavaScript', () => {
	it('a plan page shows its title and facts', async () => {
		const plan = plans.find((record) => record.id === 'ken-2017-2022-cancer-control-strategy')!;
		const page = await harness.page({ javaScriptEnabled: false });
		await visit(page, planPath(plan.id));
		expect(await h1(page)).toBe(plan.title);
		expect(await page.isVisible('main dl.facts')).toBe(true);
		expect(await page.isVisible('main section[aria-labelledby="cite-heading"]')).toBe(true);
	});

	it('a country page shows its name and its plans', async () => {
		const ken = countries.find((country) => country.iso3 === 'KEN')!;
		const page = await harness.page({ javaScriptEnabled: false });
		await visit(page, '/countries/ken/');
		expect(await h1(page)).toBe(ken.name);
		expect(await page.isVisible('main ol.plan-list')).toBe(true);
		expect((await linkPaths(page, 'main ol.plan-list')).filter((href) => href.startsWith('/plans/')).sort()).toEqual(ken.plan_ids.map(planPath).sort());
	});

	it('/countries/ shows its heading and a link to every country', async () => {
		const page = await harness.page({ javaScriptEnabled: false });
		await visit(page, '/countries/');
		expect(await h1(page)).toBe('Countries');
		const linked = new Set((await linkPaths(page, 'main')).filter((href) => /^\/countries\/[^/]+\/$/.test(href)));
		const missing = countries.map((country) => `/countries/${country.iso3.toLowerCase()}/`).filter((path) => !linked.has(path));
		expect(missing).toEqual([]);
	});

	it('/plans/ and its next pages list every plan once, at most 50 a page, and keep the faceted UI hidden', async () => {
		const page = await harness.page({ javaScriptEnabled: false });
		await visit(page, '/plans/');
		expect(await h1(page)).toBe('Plans database');
		expect(await page.isVisible('#all-plans')).toBe(true);
		const { links, pages } = await linksAcrossPages(page, harness.site.url, '/plans/', '#all-plans ul.plan-list');
		expect(links.sort()).toEqual(plans.map((plan) => planPath(plan.id)).sort());
		expect(pages).toBe(Math.ceil(plans.length / 50));
		// The last page read offers the way back to search and filters.
		expect(await page.getAttribute('main a[href="/plans/"]', 'href')).toBe('/plans/');
		await visit(page, '/plans/');
		expect(await page.isHidden('faceted-search [data-js-only]'), 'the faceted UI ([data-js-only][hidden]) must not display without JavaScript').toBe(true);
		expect(await page.isHidden('form.facets'), 'the facet checkboxes must not display without JavaScript').toBe(true);
	});

	it('/search/ explains that search needs JavaScript and keeps the faceted UI hidden', async () => {
		const page = await harness.page({ javaScriptEnabled: false });
		await visit(page, '/search/');
		expect(await h1(page)).toBe('Search');
		expect(await page.textContent('main')).toContain('Search runs in your browser and needs JavaScript.');
		expect(await page.isHidden('faceted-search [data-js-only]'), 'the faceted UI ([data-js-only][hidden]) must not display without JavaScript').toBe(true);
		expect(await page.isHidden('form.facets'), 'the facet checkboxes must not display without JavaScript').toBe(true);
	});

	it('with JavaScript, /plans/ hides the complete list and shows the faceted UI', async () => {
		const page = await harness.page();
		await visit(page, '/plans/');
		await page.waitForSelector('faceted-search [data-js-only]:not([hidden])');
		expect(await page.isHidden('#all-plans')).toBe(true);
		expect(await page.isVisible('form.facets')).toBe(true);
	});
});

describe('every page: <html lang="en"> and exactly one h1', () => {
	it.each([
		'/',
		'/countries/',
		'/countries/ken/',
		'/plans/',
		'/plans/ken-2017-2022-cancer-control-strategy/',
		'/search/',
		'/data/',
		'/about/',
	])('%s', async (path) => {
		const page = await harness.page();
		await visit(page, path);
	});

	it('the 404 page', async () => {
		const page = await harness.page();
		const response = await page.goto(`${harness.site.url}/no-such-page/`);
		expect(response?.status()).toBe(404);
		expect(await pageBasics(page)).toEqual({ lang: 'en', h1: 1 });
		expect(await h1(page)).toBe('Page not found');
	});
});

describe('plans a planner can trust', () => {
	it('no country shows two national plans in force of the same type', () => {
		const inForce = new Map<string, string[]>();
		for (const plan of plans.filter((record) => record.scope === 'national' && (record.status === 'current' || record.status === 'open-ended'))) {
			const key = `${plan.country_iso3} ${plan.type}`;
			inForce.set(key, [...(inForce.get(key) ?? []), plan.id]);
		}
		expect([...inForce.values()].filter((ids) => ids.length > 1)).toEqual([]);
	});

	it('Chile’s page leads with the 2022–2027 plan in force and shows the 2018–2028 plan as superseded', async () => {
		const page = await harness.page();
		await visit(page, '/countries/chl/');
		const inForce = (await page.textContent('section[aria-labelledby="in-force"]'))!.replace(/\s+/g, ' ');
		expect(inForce).toContain('Plan Nacional de Cáncer 2022-2027');
		expect(inForce).not.toContain('2018-2028');
		await visit(page, '/plans/chl-2018-2028-plan-cancer/');
		expect((await page.textContent('main'))!.replace(/\s+/g, ' ')).toMatch(/Superseded \(the notes give the source\) by Plan Nacional de Cáncer 2022-2027/);
	});

	it('serves both feeds as well-formed Atom, linked from the home page and /data/', async () => {
		const page = await harness.page();
		for (const path of ['/', '/data/']) {
			await visit(page, path);
			expect(await page.getAttribute('link[rel="alternate"][href="/feeds/expiring.xml"]', 'type'), path).toBe('application/atom+xml');
			expect(await page.locator('main a[href="/feeds/changes.xml"]').count(), path).toBe(1);
		}
		for (const path of ['/feeds/changes.xml', '/feeds/expiring.xml']) {
			const xml = await (await fetch(`${harness.site.url}${path}`)).text();
			const checked = await page.evaluate((source) => {
				const doc = new DOMParser().parseFromString(source, 'application/xml');
				const atom = 'http://www.w3.org/2005/Atom';
				const feed = doc.documentElement;
				const child = (parent: Element, name: string) => [...parent.children].filter((node) => node.namespaceURI === atom && node.localName === name);
				return {
					error: doc.getElementsByTagName('parsererror').length,
					root: `${feed.namespaceURI} ${feed.localName}`,
					feed: ['id', 'title', 'updated', 'author'].every((name) => child(feed, name).length === 1),
					entries: child(feed, 'entry').length,
					// RFC 4287: every entry has exactly one id, title and updated, and a link or content.
					entriesComplete: child(feed, 'entry').every((entry) => ['id', 'title', 'updated'].every((name) => child(entry, name).length === 1) && child(entry, 'link').length > 0),
					dates: [...doc.getElementsByTagNameNS(atom, 'updated')].every((node) => /^\d{4}-\d{2}-\d{2}T00:00:00Z$/.test(node.textContent ?? '')),
				};
			}, xml);
			expect(checked, path).toMatchObject({ error: 0, root: 'http://www.w3.org/2005/Atom feed', feed: true, entriesComplete: true, dates: true });
			expect(checked.entries, path).toBeGreaterThan(0);
		}
	});
});
