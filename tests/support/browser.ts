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
 * Wait for the faceted search island to finish its current run: not busy and a status shown;
 * returns the status ("N results"). A large synthetic index may need a longer `timeout`.
 */
export async function facetedSettled(page: Page, timeout?: number): Promise<string> {
	await page.waitForFunction(
		() => {
			const element = document.querySelector('faceted-search');
			const status = element?.querySelector('[data-status]')?.textContent?.trim();
			return element && !element.hasAttribute('aria-busy') && Boolean(status);
		},
		undefined,
		{ timeout },
	);
	return (await page.textContent('faceted-search [data-status]'))!.trim();
}
