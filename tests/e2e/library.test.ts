/**
 * The planners' library in the browser: the tools library's facets (counts, AND across facets,
 * URL state), a stage page's tools, plans, partners and countries, the partners directory's
 * facets, and the journey of a planner at the "update" stage from the home page by keyboard,
 * with and without JavaScript. The published /data/ files are the oracle.
 */
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
	allLinkPaths,
	countBy,
	facetCountsShown,
	facetedSettled,
	facetedStatusBecomes,
	linkPaths,
	loadAllResults,
	loadRecords,
	resultsLabel,
	useHarness,
	withZeros,
	type CountryRecord,
	linksAcrossPages,
	type Harness,
	type PartnerRecord,
	type ResourceRecord,
} from './helpers.ts';

const STAGES = ['prepare', 'develop', 'implement', 'evaluate', 'update'];
const RESOURCE_TYPES = ['guideline', 'toolkit', 'dataset', 'report', 'course', 'framework'];

let harness: Harness;
let countries: CountryRecord[];
let resources: ResourceRecord[];
let partners: PartnerRecord[];

useHarness((suite) => {
	({ harness, countries } = suite);
	resources = loadRecords('resources');
	partners = loadRecords('partners');
});

const paths = (folder: string, records: readonly { id: string }[]) => records.map((record) => `/${folder}/${record.id}/`).sort();

async function toggle(page: Page, facet: string, value: string, expectedTotal: number): Promise<string> {
	await page.click(`form.facets input[type=checkbox][name="${facet}"][value="${value}"]`);
	return facetedStatusBecomes(page, resultsLabel(expectedTotal));
}

describe('tools library facets', () => {
	it('on load, lists every resource and counts each stage and type over all resources', async () => {
		expect(resources.length).toBeGreaterThanOrEqual(51);
		const page = await harness.page();
		await page.goto(`${harness.site.url}/resources/`);
		expect(await facetedSettled(page)).toBe(resultsLabel(resources.length));
		expect(await facetCountsShown(page, 'stage')).toEqual(withZeros(STAGES, countBy(resources, (r) => r.stages)));
		expect(await facetCountsShown(page, 'resource-type')).toEqual(withZeros(RESOURCE_TYPES, countBy(resources, (r) => r.type)));
		expect((await loadAllResults(page)).sort()).toEqual(paths('resources', resources));
	});

	it('filtering by stage then topic lists exactly the matching resources, with counts within the selection and the selection in the URL', async () => {
		const atUpdate = resources.filter((r) => r.stages.includes('update'));
		const topics = countBy(atUpdate, (r) => r.topics);
		const [topic] = Object.entries(topics).sort((a, b) => b[1] - a[1])[0];
		const both = atUpdate.filter((r) => r.topics.includes(topic));
		expect(both.length).toBeGreaterThan(0);
		expect(both.length).toBeLessThan(atUpdate.length);

		const page = await harness.page();
		await page.goto(`${harness.site.url}/resources/`);
		await facetedSettled(page);
		expect(await toggle(page, 'stage', 'update', atUpdate.length)).toBe(resultsLabel(atUpdate.length));
		// Within the update stage, each topic shows how many update resources it has.
		const shown = await facetCountsShown(page, 'topic');
		for (const [value, count] of Object.entries(topics)) expect(shown[value], value).toBe(count);
		expect(await toggle(page, 'topic', topic, both.length)).toBe(resultsLabel(both.length));
		expect(new URL(page.url()).search).toBe(`?stage=update&topic=${topic}`);
		expect((await loadAllResults(page)).sort()).toEqual(paths('resources', both));
		// Stage counts ignore the stage ticks: every stage's resources on that topic.
		expect(await facetCountsShown(page, 'stage')).toEqual(withZeros(STAGES, countBy(resources.filter((r) => r.topics.includes(topic)), (r) => r.stages)));
	});

	it('opens a shared filtered URL with its filters ticked', async () => {
		const guidelines = resources.filter((r) => r.type === 'guideline' && r.stages.includes('implement'));
		const page = await harness.page();
		await page.goto(`${harness.site.url}/resources/?resource-type=guideline&stage=implement`);
		expect(await facetedSettled(page)).toBe(resultsLabel(guidelines.length));
		expect((await loadAllResults(page)).sort()).toEqual(paths('resources', guidelines));
	});
});

describe('partners directory facets', () => {
	it('counts kinds of support and regions, and ticking a kind then a region lists exactly those partners', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/partners/`);
		expect(await facetedSettled(page)).toBe(resultsLabel(partners.length));
		const kinds = countBy(partners, (p) => p.offers);
		const support = await facetCountsShown(page, 'support');
		for (const [kind, count] of Object.entries(kinds)) expect(support[kind], kind).toBe(count);
		expect(await facetCountsShown(page, 'region')).toEqual(withZeros(['AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR'], countBy(partners, (p) => p.regions)));

		const training = partners.filter((p) => p.offers.includes('training'));
		expect(await toggle(page, 'support', 'training', training.length)).toBe(resultsLabel(training.length));
		expect((await loadAllResults(page)).sort()).toEqual(paths('partners', training));
		const [region] = Object.entries(countBy(training, (p) => p.regions)).sort((a, b) => b[1] - a[1])[0];
		const trainingIn = training.filter((p) => p.regions.includes(region));
		expect(await toggle(page, 'region', region, trainingIn.length)).toBe(resultsLabel(trainingIn.length));
		expect((await loadAllResults(page)).sort()).toEqual(paths('partners', trainingIn));
	});
});

describe('site search', () => {
	it('filters by record kind: resources, then partners offering twinning, with their own facts on each result', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/search/?kind=resource`);
		expect(await facetedSettled(page)).toBe(resultsLabel(resources.length));
		expect((await loadAllResults(page)).sort()).toEqual(paths('resources', resources));
		expect(await page.locator('faceted-search ol[data-results] > li .meta').first().textContent()).toMatch(/^Tool or guidance · /);

		const twinning = partners.filter((p) => p.offers.includes('twinning'));
		await page.goto(`${harness.site.url}/search/?kind=partner&support=twinning`);
		expect(await facetedSettled(page)).toBe(resultsLabel(twinning.length));
		expect((await loadAllResults(page)).sort()).toEqual(paths('partners', twinning));
	});
});

describe('a stage page', () => {
	it('/planning-cycle/update/ lists every update resource, the countries at that stage and the partners for it', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/planning-cycle/update/`);
		expect(await linkPaths(page, '#stage-resources + ul')).toEqual(
			resources.filter((r) => r.stages.includes('update')).map((r) => `/resources/${r.id}/`),
		);
		const atUpdate = countries.filter((country) => country.stage === 'update');
		expect(atUpdate.length).toBeGreaterThan(0);
		expect((await allLinkPaths(page, 'section[aria-labelledby="stage-countries"] ul')).sort()).toEqual(atUpdate.map((c) => `/countries/${c.iso3.toLowerCase()}/`).sort());
		expect((await linkPaths(page, 'section[aria-labelledby="stage-partners"] ul')).sort()).toEqual(paths('partners', partners.filter((p) => p.stages.includes('update'))));
		const examples = await linkPaths(page, 'section[aria-labelledby="stage-examples"] ul');
		expect(examples.length).toBeGreaterThan(0);
		expect(examples.every((path) => path.startsWith('/plans/'))).toBe(true);
	});
});

/** Tab forward until the focused link's path is `path`; fails after `limit` presses. */
async function tabTo(page: Page, path: string, limit = 80): Promise<void> {
	for (let presses = 0; presses < limit; presses += 1) {
		await page.keyboard.press('Tab');
		const href = await page.evaluate(() => (document.activeElement instanceof HTMLAnchorElement ? new URL(document.activeElement.href).pathname : ''));
		if (href === path) return;
	}
	throw new Error(`no link to ${path} within ${limit} Tab presses`);
}

describe('a planner at the update stage, keyboard only', () => {
	it.each([true, false])('reaches tools, example plans and partners for updating in two steps from home (JavaScript %s)', async (javaScriptEnabled) => {
		const page = await harness.page({ javaScriptEnabled });
		await page.goto(`${harness.site.url}/`);
		// Step one: the home page's planning-cycle list.
		await tabTo(page, '/planning-cycle/update/');
		await Promise.all([page.waitForURL('**/planning-cycle/update/'), page.keyboard.press('Enter')]);
		// The stage page holds the three kinds of link; step two opens any of them.
		for (const section of ['stage-resources', 'stage-examples', 'stage-partners']) {
			expect(await page.locator(`section[aria-labelledby="${section}"] ul a`).count(), section).toBeGreaterThan(0);
		}
		const firstTool = (await linkPaths(page, '#stage-resources + ul'))[0];
		await tabTo(page, firstTool);
		await Promise.all([page.waitForURL(`**${firstTool}`), page.keyboard.press('Enter')]);
		expect(await page.locator('main h1').textContent()).toBe(resources.find((r) => `/resources/${r.id}/` === firstTool)!.title);
	});
});

describe('without JavaScript', () => {
	it('/resources/ and its next pages list every resource once, A to Z, and a resource page reads in full', async () => {
		const page = await harness.page({ javaScriptEnabled: false });
		await page.goto(`${harness.site.url}/resources/`);
		expect(await page.locator('#all-resources').isVisible()).toBe(true);
		const { links } = await linksAcrossPages(page, harness.site.url, '/resources/', '#all-resources ul.plan-list');
		expect([...links].sort()).toEqual(paths('resources', resources));
		expect(links).toHaveLength(resources.length);
		const [resource] = resources;
		await page.goto(`${harness.site.url}/resources/${resource.id}/`);
		expect(await page.locator('main h1').textContent()).toBe(resource.title);
		expect(await page.locator('main dl.facts').innerText()).toContain(resource.publisher);
	});
});
