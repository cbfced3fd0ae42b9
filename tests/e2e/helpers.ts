/**
 * Shared set-up for the browser tests: one static server on the built portal and one Chromium
 * per test file, the published data files as the oracle, and waits on the search islands.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { facetedSettled, launchChromium, newContext, type ContextOptions } from '../support/browser.ts';

export { facetedSettled };
import { DIST } from '../support/paths.ts';
import { serveDirectory, type ServedSite } from '../support/static-server.ts';

export interface PlanRecord {
	id: string;
	/** Empty for a regional plan (see countries_covered). */
	country_iso3?: string;
	country_name?: string;
	countries_covered: string[];
	title: string;
	title_english?: string;
	type: string;
	/** national, sub-national or regional. */
	scope: string;
	period_start: number;
	period_end?: number;
	status: string;
	languages: string[];
	/** Several values, separated by ";", for a regional plan (read with `listOf`). */
	who_region?: string;
	income_group?: string;
	document_url?: string;
	evidence_url: string;
	assessment: string;
}

export interface CountryRecord {
	iso3: string;
	name: string;
	who_member_state: boolean;
	who_region?: string;
	/** Empty when the stage is unknown. */
	stage?: string;
	plan_ids: string[];
	regional_plan_ids: string[];
}

export interface ResourceRecord {
	id: string;
	title: string;
	type: string;
	stages: string[];
	topics: string[];
	publisher: string;
	year?: number;
}

export interface PartnerRecord {
	id: string;
	name: string;
	offers: string[];
	stages: string[];
	regions: string[];
}

/** Fail loudly (never skip) when the portal has not been built. */
export function requireBuild(): void {
	if (!existsSync(join(DIST, 'index.html'))) {
		throw new Error(`No built portal at ${DIST} (index.html missing): run \`npm run build\` before the browser tests.`);
	}
}

/** The records of one /data/ download of the built portal (`plans`, `countries`, `resources`, `partners`). */
export function loadRecords<T>(name: string): T[] {
	return (JSON.parse(readFileSync(join(DIST, `data/${name}.json`), 'utf8')) as { records: T[] }).records;
}

/** The server and browser of one test file. */
export interface Harness {
	site: ServedSite;
	browser: Browser;
	/** A page in a fresh context; closed by `close()`. */
	page(options?: ContextOptions): Promise<Page>;
	close(): Promise<void>;
}

/** What a test file gets: the harness and the published data files it checks against. */
export interface Suite {
	harness: Harness;
	plans: PlanRecord[];
	countries: CountryRecord[];
}

/**
 * Start the harness before a test file's tests and close it after them; `receive` gets it once
 * started (`useHarness((suite) => ({ harness, plans } = suite))`).
 */
export function useHarness(receive: (suite: Suite) => void): void {
	let harness: Harness | undefined;
	beforeAll(async () => {
		harness = await startHarness();
		receive({ harness, plans: loadRecords('plans'), countries: loadRecords('countries') });
	});
	afterAll(async () => {
		await harness?.close();
	});
}

async function startHarness(): Promise<Harness> {
	requireBuild();
	const site = await serveDirectory(DIST);
	let browser: Browser;
	try {
		browser = await launchChromium();
	} catch (error) {
		await site.close();
		throw error;
	}
	const contexts: BrowserContext[] = [];
	return {
		site,
		browser,
		async page(options = {}) {
			const context = await newContext(browser, options);
			contexts.push(context);
			const page = await context.newPage();
			page.setDefaultTimeout(10_000);
			return page;
		},
		async close() {
			for (const context of contexts) await context.close().catch(() => undefined);
			await browser.close().catch(() => undefined);
			await site.close();
		},
	};
}

/** Pathname of every distinct link in `selector` (e.g. the results list), in document order. */
export async function linkPaths(page: Page, selector: string): Promise<string[]> {
	return page.$$eval(`${selector} a[href]`, (links) => [...new Set(links.map((link) => decodeURIComponent(new URL((link as HTMLAnchorElement).href).pathname)))]);
}

/** Every link in the element, duplicates kept, as pathnames. */
export async function allLinkPaths(page: Page, selector: string): Promise<string[]> {
	return page.$$eval(`${selector} a[href]`, (links) => links.map((link) => decodeURIComponent(new URL((link as HTMLAnchorElement).href).pathname)));
}

/**
 * Every link under `selector` on a paginated no-JS listing, following its "Next page" links from
 * `start` to the last page; returns the links and the number of pages read.
 */
export async function linksAcrossPages(page: Page, siteUrl: string, start: string, selector: string): Promise<{ links: string[]; pages: number }> {
	const links: string[] = [];
	let pages = 0;
	for (let next: string | null = start; next; pages += 1) {
		await page.goto(new URL(next, siteUrl).href);
		links.push(...(await allLinkPaths(page, selector)));
		const nextLink = page.locator('nav.pager a[rel=next]');
		next = (await nextLink.count()) ? await nextLink.getAttribute('href') : null;
		if (pages > 1000) throw new Error(`${start}: more than 1000 pages of "Next page"`);
	}
	return { links, pages };
}


/** Wait until the faceted status reads `expected` (or time out), then return what it reads. */
export async function facetedStatusBecomes(page: Page, expected: string): Promise<string> {
	await page
		.waitForFunction(
			(text) => {
				const element = document.querySelector('faceted-search');
				return element && !element.hasAttribute('aria-busy') && element.querySelector('[data-status]')?.textContent?.trim() === text;
			},
			expected,
			{ timeout: 8_000 },
		)
		.catch(() => undefined);
	return facetedSettled(page);
}

export const resultsLabel = (n: number) => (n === 1 ? '1 result' : `${n} results`);

/** Click "Show more" until every result is listed; returns the result link paths in order. */
export async function loadAllResults(page: Page): Promise<string[]> {
	const list = 'faceted-search ol[data-results]';
	for (let round = 0; round < 100; round += 1) {
		const more = page.locator('faceted-search [data-more]');
		if (!(await more.isVisible())) break;
		const before = await page.locator(`${list} > li`).count();
		await more.click();
		await page.waitForFunction(
			([selector, count]) => document.querySelectorAll(`${selector} > li`).length > (count as number),
			[list, before] as const,
		);
	}
	return allLinkPaths(page, list);
}

/** The number shown next to each option of a facet: value → count. */
export async function facetCountsShown(page: Page, facet: string): Promise<Record<string, number>> {
	return page.$$eval(`form.facets input[type=checkbox][name="${facet}"]`, (boxes) =>
		Object.fromEntries(
			boxes.map((box) => [(box as HTMLInputElement).value, Number(box.closest('label')!.querySelector('.count')!.textContent!.trim())]),
		),
	);
}

/** The values of a download field that may hold several, separated by ";" (a regional plan's regions). */
export const listOf = (value: string | undefined): string[] => (value ? value.split(';') : []);

/** Count records by a key, once under each of a record's values; keys with no record are absent (compare with `withZeros`). */
export function countBy<T>(records: readonly T[], key: (record: T) => string | readonly string[] | undefined): Record<string, number> {
	const counts: Record<string, number> = {};
	for (const record of records) {
		const found = key(record);
		for (const value of typeof found === 'string' ? [found] : (found ?? [])) {
			if (value) counts[value] = (counts[value] ?? 0) + 1;
		}
	}
	return counts;
}

/** Give every listed option a count, 0 where no record has it. */
export function withZeros(options: readonly string[], counts: Record<string, number>): Record<string, number> {
	return Object.fromEntries(options.map((option) => [option, counts[option] ?? 0]));
}

/** `<html lang>` and the number of h1 elements of the page shown. */
export async function pageBasics(page: Page): Promise<{ lang: string | null; h1: number }> {
	return page.evaluate(() => ({ lang: document.documentElement.getAttribute('lang'), h1: document.querySelectorAll('h1').length }));
}
