/**
 * Countries side by side in the browser, as a planner uses it: from their country page to a
 * comparison with similar countries, a shared link with their own choice, a change of selection,
 * a bad link, and the same comparison without JavaScript. The published downloads (plans.json,
 * countries.json) and each plan's gap report JSON are the oracle.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { DIST } from '../support/paths.ts';
import { useHarness, type CountryRecord, type Harness, type PlanRecord } from './helpers.ts';

let harness: Harness;
let plans: PlanRecord[];
let countries: CountryRecord[];

useHarness((suite) => ({ harness, plans, countries } = suite));

const STATUS_WORDS: Record<string, string> = { addressed: 'Addressed', partial: 'Partly addressed', 'not-found': 'Not found', 'not-applicable': 'Not applicable', 'not-assessed': 'Not assessed' };
interface ReportItem {
	item_id: string;
	item: string;
	status: string;
}
const planReport = (id: string) => JSON.parse(readFileSync(join(DIST, 'gaps/plans', id, 'report.json'), 'utf8')) as { items: ReportItem[] };
const worldItems = () => (JSON.parse(readFileSync(join(DIST, 'gaps/report.json'), 'utf8')) as { items: ReportItem[] }).items;
const country = (iso3: string) => countries.find((record) => record.iso3 === iso3)!;

/** Wait for the island to finish a run; returns its state (ready, invalid, error, idle). */
async function settled(page: Page): Promise<string> {
	await page.waitForFunction(() => {
		const element = document.querySelector('compare-countries');
		const state = element?.getAttribute('data-state');
		return state && state !== 'loading' && !element!.hasAttribute('aria-busy');
	});
	return (await page.getAttribute('compare-countries', 'data-state'))!;
}

/** What the comparison shows: column names, plan links per column, the findings' source, and each item's words per column. */
async function readComparison(page: Page) {
	return page.evaluate(() => {
		const overview = document.querySelector('table.compare')!;
		const rowOf = (label: string) => [...overview.querySelectorAll('tbody tr')].find((row) => row.querySelector('th[scope=row]')?.textContent?.trim() === label)!;
		const cells = (label: string) => [...rowOf(label).querySelectorAll('td')];
		const path = (link: Element) => new URL((link as HTMLAnchorElement).href).pathname;
		return {
			columns: [...overview.querySelectorAll('thead th[scope=col]')].slice(1).map((th) => th.textContent!.trim()),
			plans: cells('Plans').map((td) => [...td.querySelectorAll('a')].map(path)),
			source: cells('Gap findings from').map((td) => td.querySelector('a') ? path(td.querySelector('a')!) : td.textContent!.trim()),
			items: Object.fromEntries(
				[...document.querySelectorAll('details table.compare tbody tr')].map((row) => [row.querySelector('th')!.textContent!.trim(), [...row.querySelectorAll('td')].map((td) => td.textContent!.trim())]),
			),
		};
	});
}

/** What the published data say the comparison of `codes` must show. */
function expected(codes: string[]) {
	// A country's findings come from its newest assessed national plan: a state's plan does not speak for it.
	const source = codes.map((iso3) =>
		country(iso3).plan_ids.find((id) => {
			const plan = plans.find((entry) => entry.id === id)!;
			return plan.assessment !== 'not-assessed' && plan.scope !== 'sub-national';
		}),
	);
	const reports = source.map((id) => (id ? Object.fromEntries(planReport(id).items.map((item) => [item.item, item.status])) : undefined));
	return {
		columns: codes.map((iso3) => country(iso3).name),
		plans: codes.map((iso3) => [...country(iso3).plan_ids, ...country(iso3).regional_plan_ids].map((id) => `/plans/${id}/`)),
		source: source.map((id) => (id ? `/gaps/plans/${id}/` : 'No plan assessed')),
		items: Object.fromEntries(worldItems().map((item) => [item.item, reports.map((report) => STATUS_WORDS[report?.[item.item] ?? 'not-assessed']!)])),
	};
}

describe('a shared comparison link', () => {
	it('/compare/?countries=ken,uga,tza shows the three countries, their plans and every item as the data say', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/compare/?countries=ken,uga,tza`);
		expect(await settled(page)).toBe('ready');
		const shown = await readComparison(page);
		expect(shown).toEqual(expected(['KEN', 'UGA', 'TZA']));
		expect(Object.keys(shown.items)).toHaveLength(worldItems().length);
		// Each plan's period and status as plans.json has them.
		const kenya = plans.filter((plan) => plan.country_iso3 === 'KEN');
		const kenyaCell = (await page.locator('table.compare tr:has(th[scope=row]:text-is("Plans")) td').first().textContent())!;
		for (const plan of kenya) expect(kenyaCell).toContain(`${plan.period_start}–${plan.period_end ?? ''}`);
		expect(await page.$$eval('compare-countries select', (selects) => selects.map((select) => (select as HTMLSelectElement).value))).toEqual(['ken', 'uga', 'tza', '']);
		expect(await page.textContent('[data-errors]')).toBe('');
	});

	it('keeps not assessed apart from not found where a plan is assessed', async () => {
		const assessed = ['FSM', 'MHL', 'PLW'];
		const page = await harness.page();
		await page.goto(`${harness.site.url}/compare/?countries=${assessed.join(',').toLowerCase()},ken`);
		expect(await settled(page)).toBe('ready');
		const shown = await readComparison(page);
		expect(shown).toEqual(expected([...assessed, 'KEN']));
		const words = Object.values(shown.items).flat();
		expect(words).toContain('Not found');
		expect(words).toContain('Not assessed');
		// Not assessed is drawn apart: no fill, a dashed outline.
		const looks = await page.$$eval('details td.finding-not-assessed, details td.finding-not-found', (cells) =>
			[...new Set(cells.map((cell) => `${cell.className}|${getComputedStyle(cell).backgroundColor}|${getComputedStyle(cell).outlineStyle}`))],
		);
		expect(looks.sort()).toEqual(['finding finding-not-assessed|rgba(0, 0, 0, 0)|dashed', 'finding finding-not-found|rgb(251, 227, 214)|none']);
	});
});

describe('changing the selection', () => {
	it('re-renders the table and rewrites the URL to a shareable link', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/compare/?countries=ken,uga,tza`);
		await settled(page);
		await page.selectOption('#compare-2', 'plw');
		await page.waitForFunction(() => location.search === '?countries=ken,plw,tza');
		expect(await settled(page)).toBe('ready');
		expect(await readComparison(page)).toEqual(expected(['KEN', 'PLW', 'TZA']));
		await page.selectOption('#compare-4', 'rwa');
		await page.waitForFunction(() => location.search === '?countries=ken,plw,tza,rwa');
		expect(await settled(page)).toBe('ready');
		expect((await readComparison(page)).columns).toEqual(['Kenya', 'Palau', 'United Republic of Tanzania', 'Rwanda']);

		// The URL opens the same comparison in a fresh page.
		const shared = await harness.page();
		await shared.goto(page.url());
		expect(await settled(shared)).toBe('ready');
		expect(await readComparison(shared)).toEqual(await readComparison(page));
	});

	it('starts from an empty form and builds the comparison country by country', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/compare/`);
		expect(await settled(page)).toBe('idle');
		expect(await page.isVisible('form.compare-form')).toBe(true);
		expect(await page.isVisible('[data-no-js]')).toBe(false);
		await page.selectOption('#compare-1', 'ken');
		expect(await settled(page)).toBe('invalid');
		expect(await page.textContent('[data-errors]')).toContain('Choose at least 2 different countries (found 1).');
		await page.selectOption('#compare-2', 'uga');
		await page.waitForFunction(() => location.search === '?countries=ken,uga');
		expect(await settled(page)).toBe('ready');
		expect(await page.textContent('[data-errors]')).toBe('');
	});
});

describe('a bad parameter', () => {
	it.each([
		['ken,xyz,ken', ['Unknown country code: XYZ.', 'Listed more than once: KEN.']],
		['ken', ['Choose at least 2 different countries (found 1).']],
		['ken,uga,tza,rwa,bdi', ['Choose at most 4 countries (found 5).']],
		['', ['Choose 2 to 4 countries to compare.']],
	])('?countries=%s shows an error and no table', async (value, messages) => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/compare/?countries=${value}`);
		expect(await settled(page)).toBe('invalid');
		const alert = (await page.textContent('[role=alert]'))!;
		for (const message of messages) expect(alert).toContain(message);
		expect(await page.locator('[data-result] table').count()).toBe(0);
		// The usable codes stay in the form, ready to fix.
		expect(await page.inputValue('#compare-1')).toBe(value.startsWith('ken') ? 'ken' : '');
	});
});

describe('without JavaScript', () => {
	it('/compare/ken/ reads fully: Kenya beside two similar countries, their plans and every item', async () => {
		const page = await harness.page({ javaScriptEnabled: false });
		await page.goto(`${harness.site.url}/compare/ken/`);
		const shown = await readComparison(page);
		expect(shown.columns[0]).toBe('Kenya');
		expect(shown.columns).toHaveLength(3);
		const codes = shown.columns.map((name) => countries.find((record) => record.name === name)!.iso3);
		// Similar countries: same WHO region, each with at least one plan of its own.
		for (const iso3 of codes) {
			expect(country(iso3).who_region).toBe('AFR');
			expect(country(iso3).plan_ids.length).toBeGreaterThan(0);
		}
		expect(shown).toEqual(expected(codes));
		expect(await page.textContent('main')).toContain('not necessarily neighbours');
	});

	it('/compare/ shows why the form needs JavaScript and links every ready-made comparison', async () => {
		const page = await harness.page({ javaScriptEnabled: false });
		await page.goto(`${harness.site.url}/compare/?countries=ken,uga,tza`);
		expect(await page.isVisible('form.compare-form')).toBe(false);
		expect(await page.textContent('[data-no-js]')).toContain('needs JavaScript');
		const links = await page.$$eval('.compare-links a', (anchors) => anchors.map((anchor) => new URL((anchor as HTMLAnchorElement).href).pathname));
		expect(links).toContain('/compare/ken/');
		expect(links).not.toContain('/compare/uga/');
		const response = await page.request.get(`${harness.site.url}${links[0]}`);
		expect(response.status()).toBe(200);
	});
});

describe('a planner compares their country with similar countries', () => {
	it('from the country page, in one tap', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/countries/ken/`);
		await page.click('text=Compare with similar countries');
		await page.waitForURL((url) => url.pathname === '/compare/ken/');
		expect(await page.textContent('h1')).toBe('Kenya and similar countries');
		await page.click('text=Choose other countries');
		await page.waitForURL((url) => url.pathname === '/compare/' && url.search.startsWith('?countries=ken,'));
		expect(await settled(page)).toBe('ready');
		expect((await readComparison(page)).columns[0]).toBe('Kenya');
	});
});
