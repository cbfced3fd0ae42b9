/**
 * Index the built site with Pagefind's Node API: the last step of `npm run build`
 * (scripts/build.ts), once Astro has exited.
 *
 * It used to be an Astro integration (`astro:build:done`), as Starlight does it. At 10k plans
 * that put Pagefind's ~1 GB on top of the 2+ GB the Astro process still held when the hook ran;
 * as a step of its own the build's peak is the larger of the two, not their sum
 * (docs/decisions.md, "Search index after the build").
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { gzipAsync } from '@gfx/zopfli';

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
	// Read by the Pagefind binary, which the Node API starts with this process's environment.
	process.env.PAGEFIND_UNSTABLE_INDEX_CHUNK_SIZE = String(INDEX_CHUNK_SIZE);
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

/**
 * The files every first search loads whatever its words: per language of the site, Pagefind's
 * WebAssembly and its metadata (named in `pagefind-entry.json`). Pagefind gzips for speed, not
 * size; zopfli writes the same bytes 5–14 % smaller: 3.7 kB less per first search on the real
 * site, 16 kB at 10k plans (metadata 96 → 83 kB), for about a second of build. Index chunks,
 * fragments and filter files, many and small, are left as Pagefind wrote them: this zopfli takes
 * ~150 ms a file whatever its size, and they would save a few hundred bytes.
 */
export function firstSearchFiles(outDir: string): string[] {
	const folder = join(outDir, 'pagefind');
	const entry = JSON.parse(readFileSync(join(folder, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, { hash: string; wasm: string }> };
	return Object.values(entry.languages).flatMap(({ hash, wasm }) => [join(folder, `wasm.${wasm}.pagefind`), join(folder, `pagefind.${hash}.pf_meta`)]);
}

/**
 * Recompress one of Pagefind's gzip files with zopfli; the file keeps its name and, once
 * decompressed, every byte. Returns the bytes saved; throws rather than write a file that would
 * decompress to anything else.
 */
export async function recompressGzip(path: string): Promise<number> {
	const served = readFileSync(path);
	const content = gunzipSync(served);
	const smaller = Buffer.from(await gzipAsync(content, { numiterations: 5 }));
	if (!gunzipSync(smaller).equals(content)) throw new Error(`search index: recompressing ${path} changed its content`);
	if (smaller.length >= served.length) return 0;
	writeFileSync(path, smaller);
	return served.length - smaller.length;
}

/** Recompress the files every first search loads (`firstSearchFiles`); returns how many and the bytes saved. */
export async function recompressSearchFiles(outDir: string): Promise<{ files: number; savedBytes: number }> {
	const files = firstSearchFiles(outDir);
	let savedBytes = 0;
	for (const file of files) savedBytes += await recompressGzip(file);
	return { files: files.length, savedBytes };
}
