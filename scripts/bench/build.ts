/**
 * Build one content folder as `npm run build` does (validation beside Astro's build, then the
 * Pagefind index) into a scratch folder, cold (an empty content cache), and read the figures
 * the benchmark reports from the process tree and the log.
 */
import { readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { builtPages } from '../../tests/support/built-files.ts';
import { runWatched, type TimedLine } from '../../tests/support/process-tree.ts';

/** The build date every benchmark build uses, so runs are comparable. */
export const BENCH_BUILD_DATE = '2026-11-21';

export interface BuildFigures {
	/** Wall time of `npm run build`, validation included. */
	seconds: number;
	/** Time until the validator's summary line: content validation (`scripts/validate.ts`). */
	validateSeconds?: number;
	/** Astro's content sync (loading and parsing every record into the data store). */
	syncSeconds?: number;
	/** From the first static route rendered to Astro's "Completed" line. */
	renderSeconds?: number;
	/** What the search-index step logs: "indexed N pages for search in X ms". */
	indexSeconds?: number;
	/** Pages Astro reports ("N page(s) built"). */
	pages?: number;
	/** HTML files in the output (the pages a reader can open). */
	htmlFiles: number;
	pagesPerSecond?: number;
	peakRssBytes: number;
	distBytes: number;
	distFiles: number;
	pagefindBytes: number;
	pagefindFiles: number;
	/** Load average (1 min) when the build started and ended: the machine is shared. */
	loadBefore: number;
	loadAfter: number;
}

/** Size and count of every file under a folder. */
export function folderSize(folder: string): { bytes: number; files: number } {
	let bytes = 0;
	let files = 0;
	for (const entry of readdirSync(folder, { recursive: true, withFileTypes: true })) {
		if (!entry.isFile()) continue;
		bytes += statSync(join(entry.parentPath, entry.name)).size;
		files++;
	}
	return { bytes, files };
}

/** When the first line matching `pattern` arrived, and its match. */
function find(lines: readonly TimedLine[], pattern: RegExp): { seconds: number; match: RegExpExecArray } | undefined {
	for (const line of lines) {
		const match = pattern.exec(line.text);
		if (match) return { seconds: line.seconds, match };
	}
	return undefined;
}

/** Read the phases out of the build log; each is undefined when its line is missing. */
export function parseBuildLog(lines: readonly TimedLine[]): Pick<BuildFigures, 'validateSeconds' | 'syncSeconds' | 'renderSeconds' | 'indexSeconds' | 'pages'> {
	const validated = find(lines, /^validate: .* OK$/);
	const syncStart = find(lines, /\[content\] Syncing content/);
	const syncEnd = find(lines, /\[content\] Synced content/);
	const renderStart = find(lines, /generating static routes/);
	const renderEnd = find(lines, /^\S+ ✓ Completed in/);
	const indexed = find(lines, /^build: indexed (\d+) pages for search in (\d+) ms/);
	const built = find(lines, /\[build\] (\d+) page\(s\) built in/);
	const span = (start?: { seconds: number }, end?: { seconds: number }) => (start && end ? end.seconds - start.seconds : undefined);
	return {
		validateSeconds: validated?.seconds,
		syncSeconds: span(syncStart, syncEnd),
		renderSeconds: span(renderStart, renderEnd),
		indexSeconds: indexed ? Number(indexed.match[2]) / 1000 : undefined,
		pages: built ? Number(built.match[1]) : undefined,
	};
}

/** Build `contentDir` into `outDir` with a fresh cache; throws with the log's tail if the build fails. */
export async function buildSite(contentDir: string, outDir: string, cacheDir: string, loadAverage: () => number): Promise<BuildFigures> {
	rmSync(outDir, { recursive: true, force: true });
	rmSync(cacheDir, { recursive: true, force: true });
	const loadBefore = loadAverage();
	const run = await runWatched('npm', ['run', '--silent', 'build'], {
		env: { CONTENT_DIR: contentDir, OUT_DIR: outDir, CACHE_DIR: cacheDir, BUILD_DATE: BENCH_BUILD_DATE },
	});
	if (run.status !== 0) {
		const tail = run.lines.slice(-30).map((line) => line.text).join('\n');
		throw new Error(`build of ${contentDir} failed (exit ${run.status}):\n${tail}`);
	}
	const dist = folderSize(outDir);
	const index = folderSize(join(outDir, 'pagefind'));
	const phases = parseBuildLog(run.lines);
	const htmlFiles = builtPages(outDir).length;
	return {
		seconds: run.seconds,
		...phases,
		htmlFiles,
		pagesPerSecond: (phases.pages ?? htmlFiles) / run.seconds,
		peakRssBytes: run.peakRssBytes,
		distBytes: dist.bytes,
		distFiles: dist.files,
		pagefindBytes: index.bytes,
		pagefindFiles: index.files,
		loadBefore,
		loadAfter: loadAverage(),
	};
}
