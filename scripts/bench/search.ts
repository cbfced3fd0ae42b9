/**
 * What a search on /search/ costs a reader, in Debian's Chromium against a built site served
 * from disk: a first (cold) search — a fresh browser cache opening `/search/?q=…` and waiting
 * for the results, page, scripts and Pagefind's index included — then a second (warm) search
 * for a different term on the same page, which fetches only the index chunks and result
 * fragments it has not seen.
 *
 * The test server sends files uncompressed, so each figure is given twice: bytes as served,
 * and bytes as a host that gzips text (HTML, CSS, JS, JSON, SVG) would send them. Pagefind's
 * index and fragments are compressed by Pagefind itself and count as they are.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Request } from 'playwright-core';
import { facetedSettled, launchChromium, newContext } from '../../tests/support/browser.ts';
import { serveDirectory } from '../../tests/support/static-server.ts';

export interface SearchCost {
	query: string;
	milliseconds: number;
	requests: number;
	/** Response bodies and headers as the test server sent them (uncompressed). */
	bytes: number;
	/** The same with text responses gzipped, as a static host serves them. */
	gzipBytes: number;
	/** Of `gzipBytes`, what Pagefind's files (/pagefind/) account for. */
	pagefindGzipBytes: number;
	/** Results shown in the status line ("N results"). */
	status: string;
}

export interface SearchFigures {
	cold: SearchCost;
	warm: SearchCost;
}

const TEXT = /^(text\/|application\/(json|javascript)|image\/svg)/;

/** Bytes of the requests that finished while `action` ran, raw and as gzip would send them. */
async function meter(page: Page, action: () => Promise<void>): Promise<Omit<SearchCost, 'query' | 'milliseconds' | 'status'>> {
	const pending: Promise<{ raw: number; gzip: number; pagefind: boolean }>[] = [];
	const listener = (request: Request) => {
		pending.push(
			(async () => {
				const response = await request.response();
				const sizes = await request.sizes();
				const headers = sizes.responseHeadersSize;
				const body = response ? await response.body().catch(() => Buffer.alloc(0)) : Buffer.alloc(0);
				const type = response?.headers()['content-type'] ?? '';
				const gzip = TEXT.test(type) ? gzipSync(body).length : body.length;
				return { raw: headers + sizes.responseBodySize, gzip: headers + gzip, pagefind: new URL(request.url()).pathname.startsWith('/pagefind/') };
			})(),
		);
	};
	page.on('requestfinished', listener);
	await action();
	page.off('requestfinished', listener);
	const done = await Promise.all(pending);
	return {
		requests: done.length,
		bytes: done.reduce((sum, entry) => sum + entry.raw, 0),
		gzipBytes: done.reduce((sum, entry) => sum + entry.gzip, 0),
		pagefindGzipBytes: done.filter((entry) => entry.pagefind).reduce((sum, entry) => sum + entry.gzip, 0),
	};
}

/** Measure a cold then a warm search on `/search/` of the site built in `distDir`. */
export async function measureSearch(distDir: string, coldQuery: string, warmQuery: string): Promise<SearchFigures> {
	const site = await serveDirectory(distDir);
	const browser = await launchChromium();
	try {
		const context = await newContext(browser);
		const page = await context.newPage();
		let status = '';
		let started = performance.now();
		const cold = await meter(page, async () => {
			await page.goto(`${site.url}/search/?q=${encodeURIComponent(coldQuery)}`);
			status = await facetedSettled(page, 120_000);
		});
		const coldMs = performance.now() - started;
		const coldStatus = status;

		started = performance.now();
		const warm = await meter(page, async () => {
			// Submit directly: typing would add the input's 250 ms debounce to the figure.
			await page.evaluate((query) => {
				const input = document.querySelector<HTMLInputElement>('#faceted-q')!;
				input.value = query;
				input.form!.requestSubmit();
			}, warmQuery);
			status = await facetedSettled(page, 120_000);
		});
		const warmMs = performance.now() - started;
		await context.close();
		return {
			cold: { query: coldQuery, milliseconds: coldMs, status: coldStatus, ...cold },
			warm: { query: warmQuery, milliseconds: warmMs, status, ...warm },
		};
	} finally {
		await browser.close();
		await site.close();
	}
}
