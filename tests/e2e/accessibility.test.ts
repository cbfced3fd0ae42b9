/**
 * Accessibility in the browser: axe (WCAG 2.2 AA and best practice) on every page of the sitemap
 * and on the states only the islands reach, and the
 * keyboard paths a reader without a mouse takes: skip link, quick search to a result, facets.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import axe, { type AxeResults } from 'axe-core';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { sitemapUrls } from '../../src/lib/sitemap.ts';
import { DIST } from '../support/paths.ts';
import { countBy, facetedSettled, facetedStatusBecomes, listOf, resultsLabel, useHarness, type Harness, type PlanRecord } from './helpers.ts';

let harness: Harness;
let plans: PlanRecord[];

useHarness((suite) => ({ harness, plans } = suite));

const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** One line per violation: id, impact, node count and the first 3 targets. */
function describeViolations(violations: AxeResults['violations']): string[] {
	return violations.map((violation) => {
		const targets = violation.nodes.slice(0, 3).map((node) => node.target.join(' '));
		return `${violation.id} [${violation.impact}] ×${violation.nodes.length}: ${violation.help} — ${targets.join(' | ')}`;
	});
}

/**
 * Known exceptions: axe rule ids switched off on pages whose path matches, each with the reason.
 * Empty today; an entry here needs a reason a reviewer accepts, and is removed with its cause.
 */
const EXCEPTIONS: { paths: RegExp; rules: string[]; reason: string }[] = [];

/** axe's violations on the open page (loaded with `withAxe`), known exceptions switched off. */
async function axeOn(page: Page, path: string): Promise<string[]> {
	const disabled = EXCEPTIONS.filter((exception) => exception.paths.test(path)).flatMap((exception) => exception.rules);
	// Only the violations cross back to the test: passes and inapplicable rules would be most of the bytes.
	const violations = await page.evaluate(
		async ([tags, off]) =>
			(
				await (window as unknown as { axe: typeof axe }).axe.run(document, {
					runOnly: { type: 'tag', values: tags },
					rules: Object.fromEntries(off.map((rule) => [rule, { enabled: false }])),
					resultTypes: ['violations'],
				})
			).violations,
		[TAGS, disabled] as const,
	);
	return describeViolations(violations);
}

/**
 * A page whose every document gets axe before its own scripts. Injected at navigation, axe is
 * parsed once per page instead of being sent over the protocol per run: twice as fast over
 * the whole sitemap. DevTools injection is not subject to the page's Content-Security-Policy.
 */
async function withAxe(page: Page): Promise<Page> {
	await page.context().addInitScript({ content: axe.source });
	return page;
}

/** Open a page and wait for its islands to render, so axe sees what a reader sees. */
async function openSettled(page: Page, url: string): Promise<void> {
	await page.goto(url);
	if (await page.locator('faceted-search').count()) await facetedSettled(page);
	if (await page.locator('compare-countries').count()) await page.waitForSelector('compare-countries[data-state]:not([data-state=loading])');
}

describe('axe reports no violations', () => {
	// On a phone, where most readers on slow connections are: axe checks touch target sizes
	// (WCAG 2.2), and no page may scroll sideways (reflow, WCAG 1.4.10); wide tables scroll in
	// their own box (WideTable.astro).
	it('on every URL in the sitemap, on a phone, and no page scrolls sideways', async () => {
		const paths = sitemapUrls(readFileSync(join(DIST, 'sitemap.xml'), 'utf8')).map((url) => new URL(url).pathname);
		expect(paths.length).toBeGreaterThan(100);
		const violations: string[] = [];
		// Two tabs share the two cores; each takes the next path until none is left.
		const queue = [...paths];
		await Promise.all(
			[1, 2].map(async () => {
				const page = await withAxe(await harness.page({ touch: true }));
				for (let path = queue.shift(); path !== undefined; path = queue.shift()) {
					await openSettled(page, `${harness.site.url}${path}`);
					violations.push(...(await axeOn(page, path)).map((line) => `${path}: ${line}`));
					const sideways = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
					if (sideways > 0) violations.push(`${path}: scrolls sideways by ${sideways} px on a 390 px phone`);
				}
			}),
		);
		expect(violations.slice(0, 30), `${violations.length} violations`).toEqual([]);
	}, 1_800_000);

	// States the sitemap cannot list: a search with results, and a comparison chosen in the island.
	it.each(['/search/?q=kenya', '/compare/?countries=ken,uga,tza', '/plans/?region=AFR&status=current'])('in the state %s', async (path) => {
		const page = await withAxe(await harness.page());
		await openSettled(page, `${harness.site.url}${path}`);
		if (path.startsWith('/search/')) expect(await page.locator('faceted-search ol[data-results] > li').count()).toBeGreaterThan(0);
		expect(await axeOn(page, path), `axe violations on ${path}`).toEqual([]);
	});
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
