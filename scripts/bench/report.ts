/**
 * The benchmark's results: their JSON shape, the issue's targets checked against them, and the
 * table printed at the end of a run.
 */
import type { BuildFigures } from './build.ts';
import type { GapFigures } from './gaps.ts';
import type { OcrFigures, ScreeningFigures } from './screening.ts';
import { BROWSER_SCREENING_FILE, type BrowserOcrRun, type BrowserScreeningRun } from './browser-screening.ts';
import { formatAgreement } from './screening-accuracy.ts';
import { ACCURACY_TARGETS, type Agreement } from '../../src/lib/screening/evaluation.ts';
import type { SearchCost, SearchFigures } from './search.ts';

/** One site measured: the real content or a synthetic catalogue of N plans. */
export interface SiteResult {
	/** `real` or `synthetic-<N>`. */
	name: string;
	plans: number;
	assessments: number;
	/** Seconds spent writing the synthetic content (not part of the build). */
	generateSeconds?: number;
	build: BuildFigures;
	search: SearchFigures;
	gaps: GapFigures;
}

export interface Machine {
	cpu: string;
	cores: number;
	ramBytes: number;
	node: string;
	platform: string;
}

export interface BenchResult {
	date: string;
	machine: Machine;
	sites: SiteResult[];
	/** Absent with a reason when the corpus is missing. */
	screening: ScreeningFigures | { skipped: string };
	/** The screening page in Chromium on the real site; absent with a reason when it could not run. */
	browserScreening?: { runs: BrowserScreeningRun[]; ocr?: BrowserOcrRun; skipped?: string } | { skipped: string };
	/** `npm run screen -- --ocr` on a synthetic scan of plan pages; absent with a reason when the corpus is missing. */
	ocr?: OcrFigures | { skipped: string };
	/** Screening against the reader's labels of the development set; absent with a reason when the corpus is missing. */
	accuracy?: { development: Agreement; holdout: Agreement; plans: { development: number; holdout: number } } | { skipped: string };
	/** What scripts/lighthouse.ts wrote, or why it did not run. */
	lighthouse: unknown;
}

/** The issue's targets. */
export const TARGETS = {
	/** 10k plans: build and index within a minute… */
	buildSeconds10k: 60,
	/** …and 2 GB of memory, on the 2-core machine. */
	peakBytes10k: 2 * 1024 ** 3,
	/** The first search on the real site transfers at most 100 kB. */
	firstSearchBytesReal: 100 * 1000,
	/** Gap analysis of 10k plans within a second. */
	gapSeconds10k: 1,
	/** Screening reads at least 50 pages a second. */
	screeningPagesPerSecond: 50,
	/** The screening page: the 101-page Marshall Islands plan from file chosen to report shown… */
	browserScreeningSeconds: 5,
	/** …and on a CPU four times slower (a phone). */
	browserScreeningSecondsSlow: 20,
} as const;

export interface TargetCheck {
	target: string;
	measured: string;
	met: boolean;
}

const mb = (bytes: number) => `${(bytes / 1024 ** 2).toFixed(0)} MiB`;
const kb = (bytes: number) => `${(bytes / 1000).toFixed(0)} kB`;
const s = (seconds: number | undefined) => (seconds === undefined ? '?' : `${seconds.toFixed(1)} s`);

/** A search's bytes and time until results, then until facet counts: "96 kB 420 ms / 109 kB 480 ms". */
const searchCell = (search: SearchCost) => `${kb(search.resultsShown.gzipBytes)} ${search.resultsShown.milliseconds.toFixed(0)} ms / ${kb(search.gzipBytes)} ${search.milliseconds.toFixed(0)} ms`;

/** Each target the run has figures for, met or not. */
export function checkTargets(result: BenchResult): TargetCheck[] {
	const checks: TargetCheck[] = [];
	const tenK = result.sites.find((site) => site.name === 'synthetic-10000');
	if (tenK) {
		checks.push({ target: `10k plans build + index ≤ ${TARGETS.buildSeconds10k} s`, measured: s(tenK.build.seconds), met: tenK.build.seconds <= TARGETS.buildSeconds10k });
		checks.push({ target: `10k plans build peak memory ≤ 2 GiB`, measured: mb(tenK.build.peakRssBytes), met: tenK.build.peakRssBytes <= TARGETS.peakBytes10k });
		checks.push({ target: `gap analysis of 10k plans ≤ ${TARGETS.gapSeconds10k} s`, measured: `${tenK.gaps.seconds.toFixed(3)} s`, met: tenK.gaps.seconds <= TARGETS.gapSeconds10k });
	}
	const real = result.sites.find((site) => site.name === 'real');
	if (real) {
		// Both stages are held to the target: results alone, and with the facet counts that follow them.
		const { cold } = real.search;
		checks.push({ target: 'first search on the real site ≤ 100 kB (gzip), until results', measured: kb(cold.resultsShown.gzipBytes), met: cold.resultsShown.gzipBytes <= TARGETS.firstSearchBytesReal });
		checks.push({ target: 'first search on the real site ≤ 100 kB (gzip), with facet counts', measured: kb(cold.gzipBytes), met: cold.gzipBytes <= TARGETS.firstSearchBytesReal });
	}
	if (result.accuracy && 'development' in result.accuracy) {
		const { development } = result.accuracy;
		for (const [measure, target] of Object.entries(ACCURACY_TARGETS) as [keyof typeof ACCURACY_TARGETS, number][]) {
			const value = development[measure];
			checks.push({ target: `screening ${measure} on the development set ≥ ${target}`, measured: value === null ? '—' : value.toFixed(2), met: value !== null && value >= target });
		}
	}
	if (result.browserScreening && 'runs' in result.browserScreening) {
		// A single slow core for the whole browser is stricter than the target's phone; it is printed, not held to it.
		for (const run of result.browserScreening.runs.filter((entry) => entry.emulation !== 'whole-browser')) {
			const target = run.throttle === 1 ? TARGETS.browserScreeningSeconds : TARGETS.browserScreeningSecondsSlow;
			checks.push({ target: `screening page, ${run.pages}-page plan, ${phoneRun(run)} ≤ ${target} s`, measured: `${run.seconds.toFixed(1)} s`, met: run.seconds <= target });
		}
	}
	if ('pagesPerSecond' in result.screening) {
		const rate = result.screening.pagesPerSecond;
		checks.push({ target: `screening ≥ ${TARGETS.screeningPagesPerSecond} pages/s`, measured: `${rate.toFixed(0)} pages/s`, met: rate >= TARGETS.screeningPagesPerSecond });
	}
	return checks;
}

/** How a browser screening run was slowed, in words. */
function phoneRun(run: BrowserScreeningRun): string {
	if (run.throttle === 1) return 'this machine';
	return run.emulation === 'whole-browser'
		? `all of Chromium on 1/${run.throttle} of one core, a single-core phone`
		: `every Chromium thread ${run.throttle}× slower, a phone`;
}

/** Lay out rows of cells as a plain-text table with a header rule. */
export function formatTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
	const widths = header.map((title, column) => Math.max(title.length, ...rows.map((row) => row[column].length)));
	const line = (cells: readonly string[]) => cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('  ');
	return [line(header), widths.map((width) => '─'.repeat(width)).join('  '), ...rows.map(line)].join('\n');
}

/** The whole result as the text printed at the end of a run. */
export function formatResult(result: BenchResult): string {
	const sites = formatTable(
		['site', 'plans', 'assessed', 'pages', 'build', 'index', 'pages/s', 'peak RSS', 'dist', 'pagefind', 'search cold', 'search warm', 'gaps', 'load'],
		result.sites.map((site) => [
			site.name,
			String(site.plans),
			String(site.assessments),
			String(site.build.pages ?? site.build.htmlFiles),
			s(site.build.seconds),
			s(site.build.indexSeconds),
			(site.build.pagesPerSecond ?? 0).toFixed(0),
			mb(site.build.peakRssBytes),
			mb(site.build.distBytes),
			mb(site.build.pagefindBytes),
			searchCell(site.search.cold),
			searchCell(site.search.warm),
			`${site.gaps.seconds.toFixed(3)} s`,
			`${site.build.loadBefore.toFixed(1)}→${site.build.loadAfter.toFixed(1)}`,
		]),
	);
	const screening =
		'skipped' in result.screening
			? `screening: SKIPPED: ${result.screening.skipped}`
			: `screening: ${result.screening.pages} pages of ${result.screening.documents} PDFs in ${result.screening.seconds.toFixed(1)} s = ${result.screening.pagesPerSecond.toFixed(0)} pages/s` +
				result.screening.refused.map((entry) => `\n  refused ${entry.file}: ${entry.reason}`).join('');
	const browserScreening =
		result.browserScreening === undefined
			? ''
			: [
					...('runs' in result.browserScreening
						? result.browserScreening.runs.map(
								(run) =>
									`screening page (${BROWSER_SCREENING_FILE}, ${phoneRun(run)}): ${run.seconds.toFixed(1)} s from file chosen to report shown; ${kb(run.pageBytes)} until ready, ${kb(run.screeningBytes)} more once a file is chosen (gzip)`,
							)
						: []),
					...('ocr' in result.browserScreening && result.browserScreening.ocr
						? [
								`screening page OCR (synthetic scan of ${result.browserScreening.ocr.pages} pages of ${BROWSER_SCREENING_FILE}, this machine): ${result.browserScreening.ocr.seconds.toFixed(1)} s = ${result.browserScreening.ocr.pagesPerSecond.toFixed(2)} pages/s, engine start included; ${kb(result.browserScreening.ocr.bytes)} loaded once OCR is chosen (gzip)`,
							]
						: []),
					...(result.browserScreening.skipped ? [`screening page: SKIPPED ${result.browserScreening.skipped}`] : []),
				].join('\n');
	const ocr =
		result.ocr === undefined
			? ''
			: 'skipped' in result.ocr
				? `OCR: SKIPPED: ${result.ocr.skipped}`
				: `OCR, npm run screen -- --ocr (synthetic scan at 150 dpi of pages ${result.ocr.pages.join(', ')} of ${result.ocr.file}): ${result.ocr.seconds.toFixed(1)} s = ${result.ocr.pagesPerSecond.toFixed(2)} pages/s, Tesseract's start included; ${(result.ocr.wordRecall * 100).toFixed(1)}% of the text layer's words read back`;
	const accuracy =
		result.accuracy === undefined
			? ''
			: 'skipped' in result.accuracy
				? `screening accuracy: SKIPPED: ${result.accuracy.skipped}`
				: [
						`screening accuracy against the reader's labels (tests/fixtures/screening/dev-set/):`,
						`  ${formatAgreement(`development (${result.accuracy.plans.development} plans)`, result.accuracy.development)}`,
						`  ${formatAgreement(`holdout (${result.accuracy.plans.holdout} plans)`, result.accuracy.holdout)}`,
					].join('\n');
	const targets = checkTargets(result)
		.map((check) => `${check.met ? 'MET   ' : 'MISSED'} ${check.target}: ${check.measured}`)
		.join('\n');
	const machine = `${result.machine.cpu}, ${result.machine.cores} cores, ${mb(result.machine.ramBytes)} RAM, Node ${result.machine.node}, ${result.date}`;
	return [
		machine,
		'',
		sites,
		'(search: bytes as a gzip host sends them and time, until results are listed / until facet counts are shown too; load: 1-min load average before→after the build)',
		'',
		screening,
		ocr,
		browserScreening,
		accuracy,
		'',
		targets,
	].join('\n');
}
