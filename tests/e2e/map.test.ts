/**
 * The world map in the browser: a shape for every country of the catalogue, the map and its
 * table agreeing, hover naming a country, a click opening its page, layers as plain links.
 */
import { describe, expect, it } from 'vitest';
import { useHarness, type CountryRecord, type Harness } from './helpers.ts';

let harness: Harness;
let countries: CountryRecord[];

useHarness((suite) => ({ harness, countries } = suite));

const STATUS_LABEL: Record<string, string> = {
	current: 'Plan in force',
	'open-or-upcoming': 'Open-ended or upcoming plan only',
	expired: 'Expired plans only',
	none: 'No plan found',
};

describe('the world map', () => {
	it('draws a path or a point for every country in the catalogue, each linking to its page', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/map/`);
		const shapes = await page.$$eval('svg.map-svg a', (links) =>
			links.map((link) => ({ href: new URL((link as SVGAElement).href.baseVal, location.href).pathname, shape: link.firstElementChild!.tagName })),
		);
		expect(shapes.map((shape) => shape.href).sort()).toEqual(countries.map((country) => `/countries/${country.iso3.toLowerCase()}/`).sort());
		expect(new Set(shapes.map((shape) => shape.shape))).toEqual(new Set(['path', 'circle']));
	});

	it('agrees with its table: each country has the value the table gives it', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/map/`);
		const onMap = await page.$$eval('svg.map-svg a', (links) =>
			Object.fromEntries(links.map((link) => [new URL((link as SVGAElement).href.baseVal, location.href).pathname, link.getAttribute('class')!.replace('k-', '')])),
		);
		const inTable = await page.$$eval('table.map-table tbody tr', (rows) =>
			Object.fromEntries(rows.map((row) => [new URL(row.querySelector('a')!.href).pathname, row.lastElementChild!.textContent!.trim()])),
		);
		expect(Object.keys(inTable).sort()).toEqual(Object.keys(onMap).sort());
		for (const [path, value] of Object.entries(onMap)) expect(inTable[path], path).toBe(STATUS_LABEL[value]);
		// And with countries.json: a country with no plan of its own is "none".
		for (const country of countries) {
			if (!country.plan_ids.length) expect(onMap[`/countries/${country.iso3.toLowerCase()}/`], country.iso3).toBe('none');
		}
	});

	it('names the country under the pointer with its value, and a click opens the country page', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/map/`);
		const kenya = page.locator('svg.map-svg a[href="/countries/ken/"]');
		await kenya.hover();
		await page.waitForFunction(() => document.querySelector('[data-readout]')?.textContent?.startsWith('Kenya: '));
		const readout = (await page.textContent('[data-readout]'))!;
		expect(readout).toBe(`Kenya: ${await page.$eval('table.map-table a[href="/countries/ken/"]', (link) => link.closest('tr')!.lastElementChild!.textContent!.trim())}`);
		await Promise.all([page.waitForURL('**/countries/ken/'), kenya.click()]);
		expect(await page.textContent('h1')).toBe('Kenya');
	});

	it('on a touch screen, the first tap on a small island names it and the second opens it', async () => {
		const page = await harness.page({ touch: true });
		await page.goto(`${harness.site.url}/map/`);
		const palau = page.locator('svg.map-svg a[href="/countries/plw/"]');
		expect(await palau.locator('circle').count()).toBe(1);
		await palau.tap();
		await page.waitForFunction(() => document.querySelector('[data-readout]')?.textContent?.startsWith('Palau: '));
		expect(new URL(page.url()).pathname).toBe('/map/');
		await Promise.all([page.waitForURL('**/countries/plw/'), palau.tap()]);
	});

	it('switches layers with plain links, without JavaScript too', async () => {
		const page = await harness.page({ javaScriptEnabled: false });
		await page.goto(`${harness.site.url}/map/`);
		await Promise.all([page.waitForURL('**/map/coverage/'), page.click('nav.layer-nav a[href="/map/coverage/"]')]);
		expect(await page.getAttribute('nav.layer-nav a[href="/map/coverage/"]', 'aria-current')).toBe('page');
		const classes = await page.$$eval('svg.map-svg a', (links) => [...new Set(links.map((link) => link.getAttribute('class')))]);
		expect(classes).toContain('k-not-assessed');
		expect(classes).not.toContain('k-current');
	});
});

describe('a region page', () => {
	it('maps exactly the countries of its WHO region, with the same values in its table', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/gaps/regions/wpr/`);
		const onMap = await page.$$eval('#region-map ~ figure svg a, section[aria-labelledby="region-map"] svg a', (links) =>
			links.map((link) => new URL((link as SVGAElement).href.baseVal, location.href).pathname),
		);
		const wpr = countries.filter((country) => country.who_region === 'WPR').map((country) => `/countries/${country.iso3.toLowerCase()}/`);
		expect([...new Set(onMap)].sort()).toEqual(wpr.sort());
		const inTable = await page.$$eval('section[aria-labelledby="region-map"] table tbody a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect(inTable.sort()).toEqual(wpr.sort());
		// The four assessed Pacific plans give their countries a share; the rest are not assessed or have no plan.
		const classes = await page.$$eval('section[aria-labelledby="region-map"] svg a', (links) => [...new Set(links.map((link) => link.getAttribute('class')))]);
		expect(classes).toContain('k-not-assessed');
		expect(classes.some((name) => /^k-\d+-\d+$/.test(name!))).toBe(true);
	});
});

describe('the home page map', () => {
	it('shows the status layer and lists every country by status', async () => {
		const page = await harness.page({ javaScriptEnabled: false });
		await page.goto(`${harness.site.url}/`);
		expect(await page.locator('svg.map-svg a').count()).toBe(countries.length);
		const listed = await page.$$eval('details.map-list a', (links) => links.map((link) => new URL((link as HTMLAnchorElement).href).pathname));
		expect(listed.sort()).toEqual(countries.map((country) => `/countries/${country.iso3.toLowerCase()}/`).sort());
	});
});

describe('a planner on a phone', () => {
	it('sees the status map on the home page, taps their country, and compares it with two similar countries', async () => {
		const page = await harness.page({ touch: true });
		await page.goto(`${harness.site.url}/`);
		const kenya = page.locator('svg.map-svg a[href="/countries/ken/"]');
		await kenya.tap();
		await page.waitForFunction(() => document.querySelector('[data-readout]')?.textContent?.startsWith('Kenya: '));
		await Promise.all([page.waitForURL('**/countries/ken/'), kenya.tap()]);
		await Promise.all([page.waitForURL('**/compare/ken/'), page.getByRole('link', { name: 'Compare with similar countries' }).tap()]);
		const columns = await page.locator('table.compare').first().locator('thead th[scope="col"]').allTextContents();
		// After the row-heading column: Kenya and two similar countries.
		const countries = columns.map((text) => text.trim()).filter((text) => text && text !== 'Country');
		expect(countries).toHaveLength(3);
		expect(countries[0]).toContain('Kenya');
	});
});
