/**
 * Index the built site with Pagefind's Node API: the last step of `npm run build`
 * (scripts/build.ts), once Astro has exited.
 *
 * It used to be an Astro integration (`astro:build:done`), as Starlight does it. At 10k plans
 * that put Pagefind's ~1 GB on top of the 2+ GB the Astro process still held when the hook ran;
 * as a step of its own the build's peak is the larger of the two, not their sum
 * (docs/decisions.md, "Search index after the build").
 */
import { join } from 'node:path';

/**
 * The folders of the pages that opt into search (`<Base indexed>`: plan, country, resource and
 * partner records). Pagefind parses every file it is given, body or not; handing it only these
 * skips the gap reports, comparisons and downloads that are most of a large build (5x faster
 * at 1k plans, the same index). A build test checks no indexed page lives elsewhere.
 */
export const INDEXED_FOLDERS = ['plans', 'countries', 'resources', 'partners'] as const;

/** Fail on any Pagefind error rather than ship a partial index. */
function assertPagefind<T extends { errors: string[] }>(response: T | undefined, step: string): T {
	if (!response) throw new Error(`Pagefind ${step}: no response`);
	if (response.errors.length) throw new Error(`Pagefind ${step} failed:\n${response.errors.join('\n')}`);
	return response;
}

/**
 * Write `<outDir>/pagefind/`, one index per `<html lang>`, from the built HTML; returns the
 * number of pages indexed.
 */
export async function indexSite(outDir: string): Promise<number> {
	const pagefind = await import('pagefind');
	try {
		const { index } = assertPagefind(await pagefind.createIndex({}), 'createIndex');
		if (!index) throw new Error('Pagefind createIndex returned no index');
		const added = assertPagefind(await index.addDirectory({ path: outDir, glob: `{${INDEXED_FOLDERS.join(',')}}/**/*.html` }), 'addDirectory');
		assertPagefind(await index.writeFiles({ outputPath: join(outDir, 'pagefind') }), 'writeFiles');
		return added.page_count;
	} finally {
		await pagefind.close();
	}
}
