import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

/** Debian's Chromium; the project never downloads a browser of its own. */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** Flags that keep a headless Chromium off the (closed) network and quiet as root in CI. */
export const CHROMIUM_FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

export function launchChromium(): Promise<Browser> {
	return chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_FLAGS });
}

/** A fresh context (axe requires pages from a context, not `browser.newPage()`). */
export interface ContextOptions {
	javaScriptEnabled?: boolean;
	/** A phone: touch events and a narrow viewport. */
	touch?: boolean;
}

export function newContext(browser: Browser, options: ContextOptions = {}): Promise<BrowserContext> {
	const phone = options.touch ? { hasTouch: true, isMobile: true, viewport: { width: 390, height: 844 } } : {};
	return browser.newContext({ javaScriptEnabled: options.javaScriptEnabled ?? true, reducedMotion: 'reduce', ...phone });
}

/**
 * Wait for the faceted search island to finish its current run: results listed and facet counts
 * shown (neither the island nor its facets form busy); returns the status ("N results"). A large
 * synthetic index may need a longer `timeout`.
 */
export function facetedSettled(page: Page, timeout?: number): Promise<string> {
	return facetedReached(page, true, timeout);
}

/**
 * Wait for the faceted search island to list its results; its facet counts may still be loading
 * (they come after the results on a first search). Returns the status ("N results").
 */
export function facetedResultsShown(page: Page, timeout?: number): Promise<string> {
	return facetedReached(page, false, timeout);
}

async function facetedReached(page: Page, withCounts: boolean, timeout?: number): Promise<string> {
	await page.waitForFunction(
		(counts) => {
			const element = document.querySelector('faceted-search');
			const status = element?.querySelector('[data-status]')?.textContent?.trim();
			const countsBusy = counts && element?.querySelector('form.facets')?.hasAttribute('aria-busy');
			return element && !element.hasAttribute('aria-busy') && !countsBusy && Boolean(status);
		},
		withCounts,
		{ timeout },
	);
	return (await page.textContent('faceted-search [data-status]'))!.trim();
}
