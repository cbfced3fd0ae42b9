/**
 * Gap reports in the browser, as an advocate uses them: open a report from the overview, read
 * what was and was not assessed, download the table, copy a citation, filter plans by
 * assessment, and print. The published JSON of each report is the oracle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';
import { facetedSettled, facetedStatusBecomes, resultsLabel, useHarness, type Harness, type PlanRecord } from './helpers.ts';

let harness: Harness;
let plans: PlanRecord[];

useHarness((suite) => ({ harness, plans } = suite));

const reportJson = (path: string) => JSON.parse(readFileSync(join(DIST, path, 'report.json'), 'utf8'));


const STATUS_WORDS: Record<string, string> = { addressed: 'Addressed', partial: 'Partly addressed', 'not-found': 'Not found', 'not-applicable': 'Not applicable', 'not-assessed': 'Not assessed' };

describe('an advocate reads a regional gap report', () => {
	it('reaches the Western Pacific report from the overview and sees what was and was not assessed', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/`);
		await page.click('nav[aria-label="Main"] >> text=Gap reports');
		await page.click('text=Western Pacific Region');
		expect(new URL(page.url()).pathname).toBe('/gaps/regions/wpr/');
		const expected = reportJson('gaps/regions/wpr');
		const scope = `${expected.plansInScope} catalogued plans in scope: ${expected.plansAssessed} assessed, ${expected.plansInScope - expected.plansAssessed} not assessed.`;
		const main = (await page.textContent('main'))!;
		expect(main).toContain(scope);
		expect(expected.plansAssessed).toBeGreaterThan(0);
		// Fewer than five national and regional plans are assessed here: no percentage, the plans one by one.
		expect(expected.plansAssessed).toBeLessThan(5);
		expect(main).toContain(`Only ${expected.plansAssessed} plans are assessed in this report, fewer than the 5 a percentage needs`);
		// (The region map still bins each country by its own newest assessed plan: one plan's figure.)
		expect(await page.locator('#by-domain, #versus-world, figure:has(#coverage-caption)').count()).toBe(0);
		const assessed = expected.plans.filter((plan: { assessed: boolean }) => plan.assessed).map((plan: { id: string }) => plan.id);
		const tobacco = await page.$$eval('section[aria-labelledby="one-by-one"] tr:has(a[href="/gaps/method/#tobacco-control"]) td', (cells) => cells.map((cell) => cell.textContent!.trim()));
		expect(tobacco).toEqual(assessed.map((id: string) => STATUS_WORDS[reportJson(`gaps/plans/${id}`).items.find((item: { item_id: string }) => item.item_id === 'tobacco-control').status]));
		// The sub-national plans of the region are named apart, never counted here.
		expect(main).toContain('sub-national plans of Micronesia (Federated States of)');
		expect(expected.subnationalPlansReportedApart.length).toBeGreaterThan(0);
	});

	it('downloads exactly the table the page shows', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/gaps/regions/wpr/`);
		const href = await page.getAttribute('a:text("CSV (the table above)")', 'href');
		const response = await page.request.get(`${harness.site.url}${href}`);
		expect(response.ok()).toBe(true);
		const lines = (await response.text()).trim().split('\r\n');
		const itemRows = await page.locator('section[aria-labelledby="one-by-one"] tbody th[scope=row]').count();
		expect(lines).toHaveLength(1 + itemRows);
		expect(lines[0].split(',').slice(0, 4)).toEqual(['domain_id', 'domain', 'item_id', 'item']);
	});

	it('opens a citation in APA with the report URL, version and date', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/gaps/regions/wpr/`);
		await page.click('summary:text("APA 7")');
		const apa = (await page.locator('details[open] pre').textContent())!;
		const version = reportJson('gaps/regions/wpr').frameworkVersion;
		expect(apa).toContain(`Gap report: Western Pacific Region (Version ${version}) [Gap report].`);
		expect(apa).toMatch(/from https?:\/\/[^ ]+\/gaps\/regions\/wpr\/$/);
	});
});

describe('a plan report shows its evidence', () => {
	it('links each quote to the page of the official PDF', async () => {
		const assessed = plans.find((plan) => plan.assessment !== 'not-assessed' && plan.document_url);
		expect(assessed, 'an assessed plan with an official document').toBeDefined();
		const page = await harness.page();
		await page.goto(`${harness.site.url}/gaps/plans/${assessed!.id}/`);
		const link = page.locator('td blockquote footer a').first();
		expect(await link.getAttribute('href')).toMatch(new RegExp(`^${assessed!.document_url!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#page=\\d+$`));
		expect(await page.textContent('main')).toMatch(/Automated screening of the plan text|Expert review|Published review/);
	});
});

describe('search filters on the gap analysis', () => {
	it('ticking "Assessed" lists exactly the assessed plans', async () => {
		const assessed = plans.filter((plan) => plan.assessment !== 'not-assessed');
		const page = await harness.page();
		await page.goto(`${harness.site.url}/plans/`);
		expect(await facetedSettled(page)).toBe(resultsLabel(plans.length));
		await page.click('form.facets input[type=checkbox][name="assessed"][value="yes"]');
		expect(await facetedStatusBecomes(page, resultsLabel(assessed.length))).toBe(resultsLabel(assessed.length));
		const shown = await page.$$eval('faceted-search ol[data-results] > li a[href^="/plans/"]', (links) => [...new Set(links.map((link) => new URL((link as HTMLAnchorElement).href).pathname))]);
		// The first page of results: every one an assessed plan (the count above is all of them).
		expect(shown.length).toBeGreaterThan(0);
		for (const path of shown) expect(assessed.map((plan) => `/plans/${plan.id}/`)).toContain(path);
	});
});

describe('printing a report', () => {
	it('hides navigation and downloads but keeps the figures and the citation', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/gaps/`);
		await page.emulateMedia({ media: 'print' });
		expect(await page.isVisible('nav[aria-label="Main"]')).toBe(false);
		expect(await page.isVisible('#downloads-heading')).toBe(false);
		expect(await page.isVisible('#published-heading')).toBe(true);
		expect(await page.isVisible('#one-by-one')).toBe(true);
		expect(await page.isVisible('#cite-heading')).toBe(true);
	});
});

describe('without JavaScript, every kind of gap report reads in full', () => {
	it.each(['gaps', 'gaps/regions/wpr', 'gaps/income/umic', 'gaps/countries/plw', 'gaps/priority-areas/prevention', 'gaps/plans/plw-2007-2012-national-cancer-strategic-plan'])(
		'/%s/ shows its title, scope and one row per item of report.json',
		async (path) => {
			const expected = reportJson(path);
			const page = await harness.page({ javaScriptEnabled: false });
			await page.goto(`${harness.site.url}/${path}/`);
			expect(await page.locator('main h1').innerText()).toBe(expected.title);
			expect(await page.locator('main').innerText()).toContain(`${expected.plansInScope} catalogued plan`);
			// Rows are visible to a reader, not only present in the markup.
			const rows = page.locator('main section table tbody th[scope=row] > a[href^="/gaps/method/#"]');
			const visible = await rows.evaluateAll((links) => links.filter((link) => (link as HTMLElement).offsetParent !== null).map((link) => link.textContent!.trim()));
			expect(visible).toEqual(expected.items.map((item: { item: string }) => item.item));
		},
	);
});
