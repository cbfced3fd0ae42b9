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
 * Word positions per index chunk (Pagefind's default: 20,000). A search loads the chunk of each
 * of its words, so smaller chunks cost a first search less: on the real site "cervical cancer"
 * loads 8 kB of chunks instead of 24 kB, for 0.8 kB more of index metadata (docs/decisions.md,
 * "First search"). Pagefind 1.6 reads it only from an environment variable it calls unstable;
 * a Pagefind that ignores it writes its default, bigger chunks: search stays correct and the
 * first search heavier, which the browser test on chunk bytes and the benchmark would show.
 */
export const INDEX_CHUNK_SIZE = 2000;

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
				// Read by the Pagefind binary, which the Node API starts with this process's environment.
				process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
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
