import type { AstroIntegration } from 'astro';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** Fail the build on any Pagefind error rather than ship a partial index. */
function assertPagefind<T extends { errors: string[] }>(response: T | undefined, step: string): T {
	if (!response) throw new Error(`Pagefind ${step}: no response`);
	if (response.errors.length) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
	return response;
}

/**
 * The folders of the pages that opt into search (`<Base indexed>`: plan, country, resource and
 * partner records). Pagefind parses every file it is given, body or not; handing it only these
 * skips the gap reports, comparisons and downloads that are most of a large build (5x faster
 * at 1k plans, the same index). A build test checks no indexed page lives elsewhere.
 */
export const INDEXED_FOLDERS = ['plans', 'countries', 'resources', 'partners'] as const;

/**
 * Index the built HTML with Pagefind's Node API at the end of the build, as Starlight does:
 * no CLI step to forget, and the index always matches the pages it sits beside.
 * Pagefind builds one index per `<html lang>`.
 */
export function pagefind(): AstroIntegration {
	return {
		name: 'nccp-pagefind',
		hooks: {
			'astro:build:done': async ({ dir, logger }) => {
				const started = performance.now();
				const pagefindModule = await import('pagefind');
				try {
					const { index } = assertPagefind(await pagefindModule.createIndex({}), 'createIndex');
					if (!index) throw new Error('Pagefind createIndex returned no index');
					const outDir = fileURLToPath(dir);
					const added = assertPagefind(await index.addDirectory({ path: outDir, glob: `{${INDEXED_FOLDERS.join(',')}}/**/*.html` }), 'addDirectory');
					assertPagefind(await index.writeFiles({ outputPath: join(outDir, 'pagefind') }), 'writeFiles');
					logger.info(`Indexed ${added.page_count} pages in ${Math.round(performance.now() - started)} ms`);
				} finally {
					await pagefindModule.close();
				}
			},
		},
	};
}
