import type { AstroIntegration } from 'astro';
import { copyFileSync, createReadStream, mkdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { OCR_ASSET_BASE, OCR_ASSETS } from '../lib/screening/ocr-assets.ts';

const require = createRequire(import.meta.url);

/**
 * Serve Tesseract's worker, WebAssembly cores and language data from the site itself, for the
 * screening page's OCR (src/lib/screening/ocr.ts): copied from `node_modules` into the build, and
 * served from there by the development server. Nothing is fetched from a CDN.
 */
export function ocrAssets(): AstroIntegration {
	return {
		name: 'nccp-ocr-assets',
		hooks: {
			'astro:server:setup': ({ server }) => {
				server.middlewares.use((request, response, next) => {
					const path = request.url?.startsWith(OCR_ASSET_BASE) ? OCR_ASSETS[request.url.slice(OCR_ASSET_BASE.length)] : undefined;
					if (!path) return next();
					response.setHeader('Content-Type', path.endsWith('.js') ? 'text/javascript' : 'application/octet-stream');
					createReadStream(require.resolve(path)).pipe(response);
				});
			},
			'astro:build:done': ({ dir }) => {
				for (const [target, source] of Object.entries(OCR_ASSETS)) {
					const destination = join(fileURLToPath(dir), OCR_ASSET_BASE, target);
					mkdirSync(dirname(destination), { recursive: true });
					copyFileSync(require.resolve(source), destination);
				}
			},
		},
	};
}
