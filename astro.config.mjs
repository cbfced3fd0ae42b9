// @ts-check
import { defineConfig } from 'astro/config';
import { securityHeaders } from './src/integrations/headers.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { SITE_URL } from './src/site-url.ts';

/**
 * SITE_URL is the public address the portal is served from; citations and canonical links use
 * it. OUT_DIR, CONTENT_DIR and CACHE_DIR let the build tests build small fixture sites without
 * sharing the content cache of the real site.
 */
export default defineConfig({
	site: SITE_URL,
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// One cached stylesheet for every page keeps each page's HTML small on slow connections.
	// Several pages in flight: Astro awaits each page's write, and the disk's inode work then runs
	// on the second core while the next pages render (10k plans: 104 s → 88 s with 4, a few
	// seconds less with 8; docs/performance.md).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
	devToolbar: { enabled: false },
	// Never inline a script or asset: the Content-Security-Policy allows scripts from files only.
	vite: { build: { assetsInlineLimit: 0 } },
	// Pagefind indexes the output after Astro exits: scripts/build.ts (`npm run build`).
	integrations: [sitemap(), securityHeaders()],
});
