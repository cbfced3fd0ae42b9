/**
 * Screenshots of the main pages, at a phone's size and a desktop's, for reviewers who read the
 * repository rather than run the portal: docs/screenshots/{name}-{phone|desktop}.png, the first
 * screen of each page as a reader sees it (results and maps settled).
 *
 *   npm run build && npm run screenshots
 */
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launchChromium, newContext } from '../tests/support/browser.ts';
import { DIST, ROOT } from '../tests/support/paths.ts';
import { serveDirectory } from '../tests/support/static-server.ts';

/** The pages, by the name their files take. */
const PAGES: [name: string, path: string][] = [
	['home', '/'],
	['plans', '/plans/'],
	['search-kenya', '/search/?q=kenya'],
	['countries', '/countries/'],
	['country-kenya', '/countries/ken/'],
	['plan', '/plans/ken-2023-2027-cancer-control-strategy/'],
	['map', '/map/'],
	['gap-reports', '/gaps/'],
	['screen-a-plan', '/gaps/screen/'],
	['tools', '/resources/'],
];

const OUT = join(ROOT, 'docs/screenshots');
if (!existsSync(join(DIST, 'index.html'))) {
	console.error(`screenshots: no built site in ${DIST}; run npm run build first`);
	process.exit(1);
}
mkdirSync(OUT, { recursive: true });
const site = await serveDirectory(DIST);
const browser = await launchChromium();
try {
	for (const [size, touch] of [['phone', true], ['desktop', false]] as const) {
		const context = await newContext(browser, { touch });
		const page = await context.newPage();
		if (!touch) await page.setViewportSize({ width: 1366, height: 900 });
		for (const [name, path] of PAGES) {
			await page.goto(`${site.url}${path}`, { waitUntil: 'networkidle' });
			// The search islands list results after the page loads.
			await page.waitForFunction(() => !document.querySelector('faceted-search[aria-busy], quick-search[aria-busy]'));
			await page.screenshot({ path: join(OUT, `${name}-${size}.png`) });
			console.log(`screenshots: docs/screenshots/${name}-${size}.png`);
		}
		await context.close();
	}
} finally {
	await browser.close();
	await site.close();
}
