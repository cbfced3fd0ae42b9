/**
 * What a search on /search/ costs a reader, in Debian's Chromium against a built site served
 * from disk: a first (cold) search — a fresh browser cache opening `/search/?q=…` and waiting
 * for the results, page, scripts and Pagefind's index included — then a second (warm) search
 * for a different term on the same page, which fetches only the index chunks and result
 * fragments it has not seen. Each is measured twice: until its first results are listed, and
 * until its facet counts are shown too (a first search loads the filter files after the results).
 *
 * The test server sends files uncompressed, so each figure is given twice: bytes as served,
 * and bytes as a host that gzips text (HTML, CSS, JS, JSON, SVG) would send them. Pagefind's
 * index and fragments are compressed by Pagefind itself and count as they are.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { facetedResultsShown, facetedSettled, launchChromium, newContext } from '../../tests/support/browser.ts';
import { serveDirectory } from '../../tests/support/static-server.ts';
import { RESULTS_SHOWN_MARK } from '../../src/scripts/pagefind.ts';

/** Requests, time and bytes of one stage of a search. */
export interface SearchStage {
	milliseconds: number;
	requests: number;
	/** Response bodies and headers as the test server sent them (uncompressed). */
	bytes: number;
	/** The same with text responses gzipped, as a static host serves them. */
	gzipBytes: number;
	/** Of `gzipBytes`, what Pagefind's files (/pagefind/) account for. */
	pagefindGzipBytes: number;
}

/**
 * One search, until it is complete: results listed and facet counts shown. On a first search
 * the counts need every filter file and come after the results, so `resultsShown` gives the same
 * figures up to the moment the first results were listed (requests whose response had ended).
 */
export interface SearchCost extends SearchStage {
	query: string;
	/** Results shown in the status line ("N results"). */
	status: string;
	/** The cost until the first results were on screen (facet counts possibly still loading). */
	resultsShown: SearchStage;
}

export interface SearchFigures {
	cold: SearchCost;
	warm: SearchCost;
}

const TEXT = /^(text\/|application\/(json|javascript)|image\/svg)/;

export interface Transfer {
	url: string;
	raw: number;
	gzip: number;
	pagefind: boolean;
}

/** Every request that finished while `action` ran, with its bytes raw and as gzip would send them. */
export async function meter(page: Page, action: () => Promise<void>): Promise<Transfer[]> {
	const pending: Promise<Transfer>[] = [];
	const listener = (request: Request) => {
		pending.push(
			(async () => {
				const response = await request.response();
				const sizes = await request.sizes();
				const headers = sizes.responseHeadersSize;
				const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
				const type = response?.headers()['content-type'] ?? '';
				const gzip = TEXT.test(type) ? gzipSync(body).length : body.length;
				return { url: request.url(), raw: headers + sizes.responseBodySize, gzip: headers + gzip, pagefind: new URL(request.url()).pathname.startsWith('/pagefind/') };
			})(),
		);
	};
	page.on('requestfinished', listener);
	await action();
	page.off('requestfinished', listener);
	return Promise.all(pending);
}

function stage(transfers: readonly Transfer[], milliseconds: number): SearchStage {
	const sum = (entries: readonly Transfer[], size: (entry: Transfer) => number) => entries.reduce((total, entry) => total + size(entry), 0);
	return {
		milliseconds,
		requests: transfers.length,
		bytes: sum(transfers, (entry) => entry.raw),
		gzipBytes: sum(transfers, (entry) => entry.gzip),
		pagefindGzipBytes: sum(
			transfers.filter((entry) => entry.pagefind),
			(entry) => entry.gzip,
		),
	};
}

/**
 * The URLs the page had requested before it last listed its results (the island's
 * `RESULTS_SHOWN_MARK`), by its own Resource Timing entries: what those results could have
 * needed. Read once the search is complete, when every such request has ended.
 */
function requestedBeforeResults(page: Page): Promise<string[]> {
	return page.evaluate((markName) => {
		const shown = performance.getEntriesByName(markName, 'mark').at(-1);
		if (!shown) throw new Error(`no "${markName}" performance mark: did the faceted search list its results?`);
		return performance
			.getEntries()
			.filter((entry) => (entry.entryType === 'resource' || entry.entryType === 'navigation') && entry.startTime <= shown.startTime)
			.map((entry) => entry.name);
	}, RESULTS_SHOWN_MARK);
}

/** Meter `start` until the results are shown, then until the search is complete. */
async function measureStages(page: Page, query: string, start: () => Promise<void>): Promise<SearchCost> {
	const started = performance.now();
	let resultsMs = 0;
	let status = '';
	const transfers = await meter(page, async () => {
		await start();
		await facetedResultsShown(page, 120_000);
		resultsMs = performance.now() - started;
		status = await facetedSettled(page, 120_000);
	});
	const totalMs = performance.now() - started;
	const beforeResults = new Set(await requestedBeforeResults(page));
	return {
		query,
		status,
		...stage(transfers, totalMs),
		resultsShown: stage(
			transfers.filter((entry) => beforeResults.has(entry.url)),
			resultsMs,
		),
	};
}

/** Measure a cold then a warm search on `/search/` of the site built in `distDir`. */
export async function measureSearch(distDir: string, coldQuery: string, warmQuery: string): Promise<SearchFigures> {
	const site = await serveDirectory(distDir);
	const browser = await launchChromium();
	try {
		const context = await newContext(browser);
		const page = await context.newPage();
		const cold = await measureStages(page, coldQuery, async () => {
			await page.goto(`${site.url}/search/?q=${encodeURIComponent(coldQuery)}`);
		});
		const warm = await measureStages(page, warmQuery, async () => {
			// Submit directly: typing would add the input's 250 ms debounce to the figure.
			await page.evaluate((query) => {
				const input = document.querySelector<HTMLInputElement>('#faceted-q')!;
				input.value = query;
				input.form!.requestSubmit();
			}, warmQuery);
		});
		await context.close();
		return { cold, warm };
	} finally {
		await browser.close();
		await site.close();
	}
}
