/**
 * Search in the browser against the built portal and its Pagefind index: the home quick search,
 * country names in several languages on /search/, and the faceted plans database (counts, OR
 * within a facet, AND across facets, URL state, clearing, sort), checked against plans.json.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
	countBy,
	facetCountsShown,
	facetedSettled,
	facetedStatusBecomes,
	linkPaths,
	loadAllResults,
	loadPlans,
	resultsLabel,
	startHarness,
	withZeros,
	type Harness,
	type PlanRecord,
} from './helpers.ts';

const REGIONS = ['AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR'];
const TYPES = ['cancer-plan', 'ncd-plan', 'cancer-strategy', 'law-policy'];

let harness: Harness;
let plans: PlanRecord[];

beforeAll(async () => {
	harness = await startHarness();
	plans = loadPlans();
});

afterAll(async () => {
	await harness?.close();
});

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

describe('plans database facets', () => {
	/** Tick or untick a facet value like a user and wait for the search to reflect it. */
	async function toggle(page: Page, facet: string, value: string, expectedTotal: number): Promise<string> {
		await page.click(`form.facets input[type=checkbox][name="${facet}"][value="${value}"]`);
		return facetedStatusBecomes(page, resultsLabel(expectedTotal));
	}

	async function ticked(page: Page): Promise<string[]> {
		return page.$$eval('form.facets input[type=checkbox]:checked', (boxes) => boxes.map((box) => `${(box as HTMLInputElement).name}=${(box as HTMLInputElement).value}`));
	}

	it('AND across facets, OR within a facet, counts per option, URL state, reload and clear', async () => {
		const ncdIn = (regions: string[]) => plans.filter((plan) => plan.type === 'ncd-plan' && regions.includes(plan.who_region ?? ''));
		const afrNcd = ncdIn(['AFR']);
		const afrEmrNcd = ncdIn(['AFR', 'EMR']);
		expect(afrNcd.length).toBeGreaterThan(0);
		expect(afrEmrNcd.length).toBeGreaterThan(afrNcd.length);

		const page = await harness.page();
		await page.goto(`${harness.site.url}/plans/`);
		expect(await facetedSettled(page)).toBe(resultsLabel(plans.length));

		// Region AFR alone: every AFR plan; type counts are AFR plans by type.
		const afr = plans.filter((plan) => plan.who_region === 'AFR');
		expect(await toggle(page, 'region', 'AFR', afr.length)).toBe(resultsLabel(afr.length));
		expect(await facetCountsShown(page, 'type')).toEqual(withZeros(TYPES, countBy(afr, (plan) => plan.type)));
		expect(await facetCountsShown(page, 'region')).toEqual(withZeros(REGIONS, countBy(plans, (plan) => plan.who_region)));

		// Then type ncd-plan: AFR ∧ ncd-plan.
		expect(await toggle(page, 'type', 'ncd-plan', afrNcd.length)).toBe(resultsLabel(afrNcd.length));
		const ncd = plans.filter((plan) => plan.type === 'ncd-plan');
		// Counting a facet ignores that facet's own ticks.
		expect(await facetCountsShown(page, 'region')).toEqual(withZeros(REGIONS, countBy(ncd, (plan) => plan.who_region)));
		expect(await facetCountsShown(page, 'type')).toEqual(withZeros(TYPES, countBy(afr, (plan) => plan.type)));
		// A facet without ticks counts within the full selection.
		expect(await facetCountsShown(page, 'income')).toEqual(
			withZeros(['LIC', 'LMIC', 'UMIC', 'HIC'], countBy(afrNcd, (plan) => plan.income_group)),
		);
		expect(new URL(page.url()).search).toBe('?region=AFR&type=ncd-plan');
		expect((await loadAllResults(page)).sort()).toEqual(planPaths(afrNcd));

		// A second region widens the result (OR within a facet).
		expect(await toggle(page, 'region', 'EMR', afrEmrNcd.length)).toBe(resultsLabel(afrEmrNcd.length));
		expect(new URL(page.url()).search).toBe('?region=AFR&region=EMR&type=ncd-plan');
		expect((await loadAllResults(page)).sort()).toEqual(planPaths(afrEmrNcd));
		expect(await facetCountsShown(page, 'region')).toEqual(withZeros(REGIONS, countBy(ncd, (plan) => plan.who_region)));

		// Reloading the URL restores the ticks and the result.
		await page.reload();
		expect(await facetedSettled(page)).toBe(resultsLabel(afrEmrNcd.length));
		expect((await ticked(page)).sort()).toEqual(['region=AFR', 'region=EMR', 'type=ncd-plan']);
		expect((await loadAllResults(page)).sort()).toEqual(planPaths(afrEmrNcd));

		// Clear all filters restores the total and the plain URL.
		await page.getByRole('button', { name: 'Clear all filters' }).click();
		expect(await facetedStatusBecomes(page, resultsLabel(plans.length))).toBe(resultsLabel(plans.length));
		expect(await ticked(page)).toEqual([]);
		expect(new URL(page.url()).search).toBe('');
		expect(await facetCountsShown(page, 'region')).toEqual(withZeros(REGIONS, countBy(plans, (plan) => plan.who_region)));
	});

	it('a shared URL opens with its selection applied', async () => {
		const expected = plans.filter((plan) => plan.who_region === 'EUR' && (plan.type === 'cancer-plan' || plan.type === 'cancer-strategy'));
		const page = await harness.page();
		await page.goto(`${harness.site.url}/plans/?region=EUR&type=cancer-plan&type=cancer-strategy`);
		expect(await facetedSettled(page)).toBe(resultsLabel(expected.length));
		expect((await ticked(page)).sort()).toEqual(['region=EUR', 'type=cancer-plan', 'type=cancer-strategy']);
		expect((await loadAllResults(page)).sort()).toEqual(planPaths(expected));
	});
});

describe('plans database sort', () => {
	it('with no query, "Newest period first" lists every plan with non-increasing period start', async () => {
		const start = new Map(plans.map((plan) => [`/plans/${plan.id}/`, plan.period_start]));
		const page = await harness.page();
		await page.goto(`${harness.site.url}/plans/`);
		expect(await facetedSettled(page)).toBe(resultsLabel(plans.length));
		const sort = page.locator('#faceted-sort');
		expect(await sort.inputValue()).toBe('newest');
		expect((await sort.locator('option:checked').textContent())?.trim()).toBe('Newest period first');
		const hrefs = await loadAllResults(page);
		expect([...hrefs].sort()).toEqual(planPaths(plans));
		const starts = hrefs.map((href) => start.get(href)!);
		const outOfOrder = starts.flatMap((year, index) => (index > 0 && year > starts[index - 1] ? [`${hrefs[index - 1]} (${starts[index - 1]}) before ${hrefs[index]} (${year})`] : []));
		expect(outOfOrder).toEqual([]);
	});
});
