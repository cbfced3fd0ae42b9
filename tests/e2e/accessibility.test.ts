/**
 * Accessibility in the browser: axe (WCAG 2.2 AA and best practice) on the main pages, and the
 * keyboard paths a reader without a mouse takes: skip link, quick search to a result, facets.
 */
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { countBy, facetedSettled, facetedStatusBecomes, listOf, resultsLabel, useHarness, type Harness, type PlanRecord } from './helpers.ts';

let harness: Harness;
let plans: PlanRecord[];

useHarness((suite) => ({ harness, plans } = suite));

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One line per violation: id, impact, node count and the first 3 targets. */
function describeViolations(violations: Awaited<ReturnType<AxeBuilder['analyze']>>['violations']): string[] {
	return violations.map((violation) => {
		const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
		return `${violation.id} [${violation.impact}] ×${violation.nodes.length}: ${violation.help} — ${targets.join(' | ')}`;
	});
}

describe('axe reports no violations', () => {
	it.each(['/', '/countries/', '/countries/ken/', '/plans/', '/plans/ken-2017-2022-cancer-control-strategy/', '/plans/regional-2007-2012-pacific-regional-comprehensive-cancer-control-plan/', '/countries/gum/', '/search/?q=kenya', '/data/', '/about/', '/gaps/', '/gaps/regions/wpr/', '/gaps/countries/plw/', '/gaps/plans/plw-2007-2012-national-cancer-strategic-plan/', '/gaps/priority-areas/prevention/', '/gaps/method/', '/resources/', '/resources/guide-cancer-early-diagnosis/', '/planning-cycle/', '/planning-cycle/update/', '/partners/', '/partners/icec-twinning/', '/twinning/', '/get-help/', '/countries/fsm/', '/map/', '/map/coverage/', '/compare/ken/', '/compare/?countries=ken,uga,tza'])(
		'%s',
		async (path) => {
			const page = await harness.page();
			await page.goto(`${harness.site.url}${path}`);
			// Pages with a search island are checked once it has rendered its results.
			if (await page.locator('faceted-search').count()) await facetedSettled(page);
			if (await page.locator('compare-countries').count()) await page.waitForSelector('compare-countries[data-state]:not([data-state=loading])');
			if (path.startsWith('/search/')) expect(await page.locator('faceted-search ol[data-results] > li').count()).toBeGreaterThan(0);
			const results = await new AxeBuilder({ page }).withTags(TAGS).analyze();
			expect(describeViolations(results.violations), `axe violations on ${path}`).toEqual([]);
		},
	);
});

/** What has focus: tag, id, href path, text, whether inside the result list, and its outline. */
function focused(page: Page) {
	return page.evaluate(() => {
		const element = document.activeElement as HTMLElement | null;
		if (!element) return null;
		const style = getComputedStyle(element);
		return {
			tag: element.tagName.toLowerCase(),
			id: element.id,
			type: (element as HTMLInputElement).type ?? '',
			text: element.textContent?.trim() ?? '',
			href: element instanceof HTMLAnchorElement ? decodeURIComponent(new URL(element.href).pathname) : '',
			inResults: Boolean(element.closest('[data-results]')),
			outlineStyle: style.outlineStyle,
			outlineWidth: style.outlineWidth,
		};
	});
}

describe('keyboard only', () => {
	it('home: skip link, quick search, Tab to the first result and Enter to open it, with a visible focus', async () => {
		const page = await harness.page();
		await page.goto(`${harness.site.url}/`);

		await page.keyboard.press('Tab');
		const skip = await focused(page);
		expect(skip).toMatchObject({ tag: 'a', text: 'Skip to content' });
		expect(skip?.outlineStyle).not.toBe('none');

		await page.keyboard.press('Enter');
		await page.waitForFunction(() => document.activeElement?.id === 'content');
		expect(await focused(page)).toMatchObject({ tag: 'main', id: 'content' });

		await page.keyboard.press('Tab');
		expect(await focused(page)).toMatchObject({ tag: 'input', id: 'quick-q' });

		await page.keyboard.type('kenya');
		await page.waitForFunction(() => {
			const search = document.querySelector('quick-search');
			return Boolean(search?.querySelector('[data-status]')?.textContent?.trim()) && search!.querySelectorAll('[data-results] a').length > 0;
		});
		const firstResult = await page.$eval('quick-search [data-results] a', (link) => decodeURIComponent(new URL((link as HTMLAnchorElement).href).pathname));

		// The form's Search button sits between the box and the results: one Tab past it.
		await page.keyboard.press('Tab');
		expect(await focused(page)).toMatchObject({ tag: 'button', type: 'submit', text: 'Search' });
		await page.keyboard.press('Tab');
		const link = await focused(page);
		expect(link).toMatchObject({ tag: 'a', inResults: true, href: firstResult });
		expect(link?.href).toMatch(/^\/(countries|plans)\/[^/]+\/$/);
		expect(link?.outlineStyle, 'focused result link must show an outline').not.toBe('none');
		expect(link?.outlineWidth).not.toBe('0px');

		await page.keyboard.press('Enter');
		await page.waitForURL((url) => url.pathname === firstResult);
		expect(decodeURIComponent(new URL(page.url()).pathname)).toMatch(/^\/(countries|plans)\/[^/]+\/$/);
		expect(await page.textContent('h1')).toBeTruthy();
	});

	it('plans database: facet checkboxes are reached with Tab and toggled with Space', async () => {
		const byRegion = countBy(plans, (plan) => listOf(plan.who_region));
		const page = await harness.page();
		await page.goto(`${harness.site.url}/plans/`);
		expect(await facetedSettled(page)).toBe(resultsLabel(plans.length));

		await page.focus('#faceted-q');
		let box = await focused(page);
		for (let presses = 0; presses < 5 && box?.type !== 'checkbox'; presses += 1) {
			await page.keyboard.press('Tab');
			box = await focused(page);
		}
		// The first option of the first facet: region AFR.
		expect(await page.evaluate(() => `${(document.activeElement as HTMLInputElement).name}=${(document.activeElement as HTMLInputElement).value}`)).toBe('region=AFR');
		expect(box?.outlineStyle, 'focused checkbox must show an outline').not.toBe('none');

		await page.keyboard.press('Space');
		expect(await page.isChecked('input[name=region][value=AFR]')).toBe(true);
		expect(await facetedStatusBecomes(page, resultsLabel(byRegion.AFR))).toBe(resultsLabel(byRegion.AFR));

		await page.keyboard.press('Tab');
		expect(await page.evaluate(() => `${(document.activeElement as HTMLInputElement).name}=${(document.activeElement as HTMLInputElement).value}`)).toBe('region=AMR');
		await page.keyboard.press('Space');
		const both = byRegion.AFR + byRegion.AMR;
		expect(await facetedStatusBecomes(page, resultsLabel(both))).toBe(resultsLabel(both));
		expect(new URL(page.url()).search).toBe('?region=AFR&region=AMR');

		// Space again unticks.
		await page.keyboard.press('Space');
		expect(await page.isChecked('input[name=region][value=AMR]')).toBe(false);
		expect(await facetedStatusBecomes(page, resultsLabel(byRegion.AFR))).toBe(resultsLabel(byRegion.AFR));
	});
});
