// @ts-check
import { defineConfig } from 'astro/config';
import { securityHeaders } from './src/integrations/headers.ts';
import { ocrAssets } from './src/integrations/ocr-assets.ts';
import { sitemap } from './src/integrations/sitemap.ts';
import { CACHE_DIR, OUT_DIR, SITE_URL } from './src/build-settings.ts';

/** SITE_URL, OUT_DIR, CONTENT_DIR and CACHE_DIR: src/build-settings.ts. */
export default defineConfig({
	site: SITE_URL,
	outDir: OUT_DIR,
	cacheDir: CACHE_DIR,
	trailingSlash: 'always',
	// One cached stylesheet for every page keeps each page's HTML small on slow connections.
	// Several pages in flight: Astro awaits each page's write, and the disk's inode work then runs
	// on the second core while the next pages render (10k plans: 104 s → 88 s with 4, a few
	// seconds less with 8; docs/performance.md).
	build: { format: 'directory', inlineStylesheets: 'never', concurrency: 8 },
	devToolbar: { enabled: false },
	// Never inline a script or asset: the Content-Security-Policy allows scripts from files only.
	// The screening page's worker (src/scripts/screen-worker.ts) is an ES module, as pdf.js expects.
	vite: { build: { assetsInlineLimit: 0 }, worker: { format: 'es' } },
	// Pagefind indexes the output after Astro exits: scripts/build.ts (`npm run build`).
	integrations: [sitemap(), securityHeaders(), ocrAssets()],
});
