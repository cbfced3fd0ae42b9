// @ts-check
import { defineConfig } from 'astro/config';
import { securityHeaders } from './src/integrations/headers.ts';
import { sitemap } from './src/integrations/sitemap.ts';

/**
 * SITE_URL is the public address the portal is served from; citations and canonical links use
 * it. OUT_DIR, CONTENT_DIR and CACHE_DIR let the build tests build small fixture sites without
 * sharing the content cache of the real site.
 */
export default defineConfig({
	site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
	outDir: process.env.OUT_DIR ?? './dist',
	cacheDir: process.env.CACHE_DIR ?? './node_modules/.astro',
	trailingSlash: 'always',
	// One cached stylesheet for every page keeps each page's HTML small on slow connections.
	build: { format: 'directory', inlineStylesheets: 'never' },
	devToolbar: { enabled: false },
	// Never inline a script or asset: the Content-Security-Policy allows scripts from files only.
	vite: { build: { assetsInlineLimit: 0 } },
	// Pagefind indexes the output after Astro exits: scripts/build.ts (`npm run build`).
	integrations: [sitemap(), securityHeaders()],
});
