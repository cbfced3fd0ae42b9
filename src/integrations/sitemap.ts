import type { AstroIntegration } from 'astro';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { sitemapXml } from '../lib/sitemap.ts';

/**
 * Write `sitemap.xml` listing every built page at the end of the build, for search engines and
 * for the accessibility test, which audits every URL in it. Data downloads and the 404 page are
 * not pages a reader lands on, so they are left out.
 */
export function sitemap(): AstroIntegration {
	let site: URL | undefined;
	return {
		name: 'nccp-sitemap',
		hooks: {
			'astro:config:done': ({ config }) => {
				site = config.site ? new URL(config.site) : undefined;
			},
			'astro:build:done': ({ dir, pages, logger }) => {
				if (!site) throw new Error('nccp-sitemap: set `site` in astro.config (SITE_URL) so the sitemap can give absolute URLs');
				const xml = sitemapXml(site, pages.map((page) => page.pathname));
				writeFileSync(join(fileURLToPath(dir), 'sitemap.xml'), xml);
				logger.info(`sitemap.xml lists ${xml.split('<loc>').length - 1} pages`);
			},
		},
	};
}
