/**
 * The portal's benchmark: how it holds from the real catalogue to 10k plans. Not a test (times
 * depend on the machine); run it by hand and record the figures in docs/performance.md.
 *
 *   npm run bench [-- --sizes 1000,5000,10000] [--out results.json] [--skip-real] [--keep]
 *
 * For each size it writes synthetic content to the OS temp folder (see scripts/bench/
 * synthetic-content.ts), builds it cold as `npm run build` does, searches it in Chromium and
 * times the gap analysis; then the same for the real content/, screening throughput on
 * ../shared/plans-corpus, and Lighthouse on the real site (scripts/lighthouse.ts).
 * Sizes run one after another: the builds would otherwise compete for the two cores.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, platform, tmpdir, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { validateContent } from '../src/lib/validate.ts';
import { buildSite } from './bench/build.ts';
import { timeGapAnalysis } from './bench/gaps.ts';
import { formatResult, type BenchResult, type SiteResult } from './bench/report.ts';
import { measureOcr, measureScreening } from './bench/screening.ts';
import { measureAccuracy } from './bench/screening-accuracy.ts';
import { measureBrowserScreening } from './bench/browser-screening.ts';
import { measureSearch, type SearchCost } from './bench/search.ts';
import { generateSyntheticRecords, writeSyntheticContent } from './bench/synthetic-content.ts';

const { values } = parseArgs({
	options: {
		sizes: { type: 'string', default: '1000,5000,10000' },
		out: { type: 'string' },
		'skip-real': { type: 'boolean', default: false },
		keep: { type: 'boolean', default: false },
	},
});
const sizes = values.sizes
	.split(',')
	.filter(Boolean)
	.map((size) => {
		const plans = Number(size);
		if (!Number.isInteger(plans) || plans < 1) throw new Error(`bench: --sizes: expected whole numbers of plans such as 1000,5000, found "${size}"`);
		return plans;
	});

const CONTENT = resolve('content');
const CORPUS = resolve('../shared/plans-corpus');
const LIGHTHOUSE = resolve('scripts/lighthouse.ts');
/** Words every catalogue has: the first search, then a different one on the same page. */
const COLD_QUERY = 'cervical cancer';
const WARM_QUERY = 'palliative care';

const work = join(tmpdir(), 'nccp-bench');
const out = resolve(values.out ?? join(work, 'bench-results.json'));
mkdirSync(work, { recursive: true });
const load = () => loadavg()[0];
const log = (message: string) => console.log(`bench: ${message} (load ${load().toFixed(2)})`);

const realRecords = validateContent(CONTENT).records;
if (!realRecords.framework) throw new Error('bench: content/framework is invalid; run npm run validate');

/** Build, search and time the gap analysis of one content folder. */
async function measureSite(name: string, contentDir: string, extra: Partial<SiteResult> = {}): Promise<SiteResult> {
	const outDir = join(work, name, 'dist');
	log(`${name}: building`);
	const build = await buildSite(contentDir, outDir, join(work, name, 'cache'), load);
	log(`${name}: built ${build.pages} pages in ${build.seconds.toFixed(1)} s (index ${build.indexSeconds?.toFixed(1)} s), peak ${(build.peakRssBytes / 1024 ** 2).toFixed(0)} MB`);
	const search = await measureSearch(outDir, COLD_QUERY, WARM_QUERY);
	const stages = (cost: SearchCost) => `${(cost.resultsShown.gzipBytes / 1000).toFixed(0)} kB in ${cost.resultsShown.milliseconds.toFixed(0)} ms to results, ${(cost.gzipBytes / 1000).toFixed(0)} kB in ${cost.milliseconds.toFixed(0)} ms with facet counts`;
	log(`${name}: search cold ${stages(search.cold)}; warm ${stages(search.warm)}`);
	const gaps = timeGapAnalysis(contentDir);
	log(`${name}: gap analysis of ${gaps.plans} plans in ${gaps.seconds.toFixed(3)} s`);
	return { name, plans: gaps.plans, assessments: gaps.assessments, ...extra, build, search, gaps };
}

/** Run scripts/lighthouse.ts on the real site (home, a country, a plan, a gap report, search). */
function runLighthouse(dist: string): unknown {
	const json = join(work, 'lighthouse.json');
	rmSync(json, { force: true });
	const run = spawnSync(process.execPath, [LIGHTHOUSE, '--dist', dist, '--json', json], { stdio: 'inherit' });
	if (run.status !== 0 || !existsSync(json)) {
		console.log(`lighthouse: scripts/lighthouse.ts failed (exit ${run.status}), no scores`);
		return { failed: `exit ${run.status}` };
	}
	return JSON.parse(readFileSync(json, 'utf8'));
}

const sites: SiteResult[] = [];
for (const plans of sizes) {
	const name = `synthetic-${plans}`;
	const contentDir = join(work, name, 'content');
	log(`${name}: writing synthetic content`);
	const started = performance.now();
	writeSyntheticContent(contentDir, CONTENT, generateSyntheticRecords(realRecords.countries, realRecords.framework, { plans }));
	const generateSeconds = (performance.now() - started) / 1000;
	sites.push(await measureSite(name, contentDir, { generateSeconds }));
}

let lighthouse: unknown = { skipped: 'the real site was not built (--skip-real)' };
let browserScreening: BenchResult['browserScreening'] = { skipped: 'the real site was not built (--skip-real)' };
if (!values['skip-real']) {
	sites.push(await measureSite('real', CONTENT));
	lighthouse = runLighthouse(join(work, 'real', 'dist'));
	if (existsSync(join(CORPUS, 'SOURCES.csv'))) {
		log('the screening page in Chromium');
		browserScreening = await measureBrowserScreening(join(work, 'real', 'dist'), CORPUS);
	} else browserScreening = { skipped: `${CORPUS} is absent` };
}

let screening: BenchResult['screening'];
let ocr: BenchResult['ocr'];
let accuracy: BenchResult['accuracy'];
if (existsSync(join(CORPUS, 'SOURCES.csv'))) {
	log('screening the plans corpus');
	screening = await measureScreening(CORPUS, realRecords.framework);
	log('OCR of a synthetic scan');
	ocr = await measureOcr(CORPUS);
	log('screening the development set');
	const { development, holdout, plans } = await measureAccuracy(CORPUS, realRecords.framework);
	accuracy = { development, holdout, plans };
} else {
	screening = { skipped: `${CORPUS} is absent` };
	ocr = { skipped: `${CORPUS} is absent` };
	accuracy = { skipped: `${CORPUS} is absent` };
	console.warn(`bench: SKIPPED screening and its accuracy: ${CORPUS} is absent`);
}

const cpu = cpus();
const result: BenchResult = {
	date: new Date().toISOString(),
	machine: { cpu: cpu[0]?.model ?? 'unknown', cores: cpu.length, ramBytes: totalmem(), node: process.version, platform: platform() },
	sites,
	screening,
	ocr,
	browserScreening,
	accuracy,
	lighthouse,
};
writeFileSync(out, `${JSON.stringify(result, null, '\t')}\n`);
// Deleted at the end, not after each size: on a journal-less ext4 (this machine's disk), creating
// files in the minutes after tens of thousands were deleted is several times slower, which made
// each build pay for the clean-up of the one before (docs/performance.md).
if (!values.keep) for (const site of sites) rmSync(join(work, site.name), { recursive: true, force: true });
console.log(`\n${formatResult(result)}\n\nbench: figures written to ${out}`);
