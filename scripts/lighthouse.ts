/**
 * Lighthouse 13 on five kinds of page of a built site: home, a country, a plan, a gap report and
 * search. Prints the four category scores and the key metrics per page, lists the audits that
 * keep a score below 100, and writes the figures as JSON.
 *
 *   npm run lighthouse -- --dist DIR [--json FILE] [--runs N] [--reports DIR] [--desktop] [--page name=/path/ ...]
 *
 * The build is served gzipped on a loopback port, as a static host serves it; Chromium
 * (CHROME_PATH, default /usr/bin/chromium) runs headless and off the network. Mobile is
 * Lighthouse's default (simulated slow 4G, mid-range phone); --desktop adds a desktop run of
 * every page. Each page is audited --runs times (default 3) and the median run kept, as
 * Lighthouse advises: blocking time varies with the machine's other load. --page replaces the
 * default pages (a synthetic build has other countries and plans). --reports keeps Lighthouse's
 * own report of each median run (HTML and JSON, named form-page) for the details behind a score.
 * Exits non-zero when Lighthouse cannot run or a page is missing from the build; scores below
 * 100 are reported, not an error.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import lighthouse, { desktopConfig, type Result, type RunnerResult } from 'lighthouse';
import { computeMedianRun } from 'lighthouse/core/lib/median-run.js';
import { CHROMIUM, CHROMIUM_FLAGS } from '../tests/support/browser.ts';
import { serveDirectory } from '../tests/support/static-server.ts';

/** One of each kind of page a visitor lands on; all exist in the real site's build. */
const DEFAULT_PAGES: Record<string, string> = {
	home: '/',
	country: '/countries/ken/',
	plan: '/plans/ken-2017-2022-cancer-control-strategy/',
	'gap report': '/gaps/plans/plw-2007-2012-national-cancer-strategic-plan/',
	search: '/search/?q=kenya',
};
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
/** Metric name → Lighthouse audit whose numericValue it is. */
const METRICS = {
	fcpMs: 'first-contentful-paint',
	lcpMs: 'largest-contentful-paint',
	tbtMs: 'total-blocking-time',
	cls: 'cumulative-layout-shift',
	transferBytes: 'total-byte-weight',
} as const;

type Category = (typeof CATEGORIES)[number];
type FormFactor = 'mobile' | 'desktop';

/** An audit that costs its category points. */
interface FailingAudit {
	category: Category;
	id: string;
	title: string;
	/** 0–1, as Lighthouse scores it. */
	score: number;
	/** Lighthouse's one-line finding, e.g. "Potential savings of 12 KiB". */
	displayValue?: string;
}

/** The figures for one page in one form factor. */
interface PageFigures {
	name: string;
	path: string;
	formFactor: FormFactor;
	/** 0–100 per category. */
	scores: Record<Category, number>;
	metrics: Record<keyof typeof METRICS, number>;
	failing: FailingAudit[];
}

const usage = 'lighthouse: usage: node scripts/lighthouse.ts --dist DIR [--json FILE] [--runs N] [--reports DIR] [--desktop] [--page name=/path/ ...]';
const { values } = parseArgs({
	options: {
		dist: { type: 'string' },
		json: { type: 'string' },
		runs: { type: 'string', default: '3' },
		reports: { type: 'string' },
		desktop: { type: 'boolean', default: false },
		page: { type: 'string', multiple: true },
	},
});
if (!values.dist) fail(usage);
const dist = resolve(values.dist);
const pages = values.page ? Object.fromEntries(values.page.map(parsePage)) : DEFAULT_PAGES;
for (const [name, path] of Object.entries(pages)) {
	const file = join(dist, new URL(path, 'http://site').pathname, 'index.html');
	if (!existsSync(file)) fail(`lighthouse: page "${name}" (${path}): ${file} is not in the build`);
}
const runs = Number(values.runs);
if (!Number.isInteger(runs) || runs < 1) fail(`lighthouse: --runs: expected a whole number of at least 1, found "${values.runs}"`);
const formFactors: FormFactor[] = values.desktop ? ['mobile', 'desktop'] : ['mobile'];

const site = await serveDirectory(dist, { compress: true });
const profile = mkdtempSync(join(tmpdir(), 'nccp-lighthouse-'));
const chromeExecutable = process.env.CHROME_PATH ?? CHROMIUM;
let chrome: ChildProcess | undefined;
const figures: PageFigures[] = [];
let version = '';
let runError: unknown;
try {
	const started = await startChrome(chromeExecutable, profile);
	chrome = started.process;
	for (const formFactor of formFactors) {
		for (const [name, path] of Object.entries(pages)) {
			const results: RunnerResult[] = [];
			for (let run = 0; run < runs; run += 1) {
				const result = await lighthouse(
					`${site.url}${path}`,
					{ port: started.port, output: ['html', 'json'], logLevel: 'error' },
					formFactor === 'desktop' ? desktopConfig : undefined,
				);
				if (!result) throw new Error(`no result for ${path}`);
				if (result.lhr.runtimeError) throw new Error(`${path}: ${result.lhr.runtimeError.code}: ${result.lhr.runtimeError.message}`);
				results.push(result);
			}
			const median = computeMedianRun(results.map((result) => result.lhr));
			const { report } = results.find((result) => result.lhr === median)!;
			if (values.reports) writeReports(resolve(values.reports), `${formFactor}-${name.replaceAll(' ', '-')}`, report);
			version = median.lighthouseVersion;
			figures.push(pageFigures(name, path, formFactor, median));
		}
	}
} catch (error) {
	runError = error;
} finally {
	if (chrome) await stopChrome(chrome);
	await site.close();
	rmSync(profile, { recursive: true, force: true });
}
if (runError) fail(`lighthouse: could not run: ${runError instanceof Error ? runError.message : String(runError)}`);

printTable(figures);
if (values.json) {
	const file = resolve(values.json);
	mkdirSync(dirname(file), { recursive: true });
	writeFileSync(file, `${JSON.stringify({ lighthouse: version, chrome: chromeExecutable, dist, runs, pages: figures }, null, '\t')}\n`);
	console.log(`lighthouse: wrote ${file}`);
}

function fail(message: string): never {
	console.error(message);
	process.exit(1);
}

function writeReports(directory: string, name: string, reports: string | string[]): void {
	mkdirSync(directory, { recursive: true });
	const [html, json] = reports;
	writeFileSync(join(directory, `${name}.html`), html);
	writeFileSync(join(directory, `${name}.json`), json);
}

function parsePage(option: string): [string, string] {
	const match = /^([^=]+)=(\/.*)$/.exec(option);
	if (!match) fail(`lighthouse: --page: expected name=/path/, found "${option}"`);
	return [match[1], match[2]];
}

/**
 * Start Chromium headless with a DevTools port for Lighthouse, in a throwaway profile and with
 * its own background traffic off, so the only requests are the page's own, to the loopback server.
 */
function startChrome(executable: string, userDataDir: string): Promise<{ process: ChildProcess; port: number }> {
	const child = spawn(executable, [...CHROMIUM_FLAGS, '--headless=new', '--remote-debugging-port=0', `--user-data-dir=${userDataDir}`, 'about:blank'], {
		stdio: ['ignore', 'ignore', 'pipe'],
	});
	return new Promise((done, reject) => {
		const output: string[] = [];
		const failed = (reason: string) => {
			child.kill();
			reject(new Error(`${executable} ${reason}:\n${output.join('\n')}`));
		};
		const timer = setTimeout(() => failed('did not open its DevTools port within 30 s'), 30_000);
		// Read stderr to the end, or Chromium blocks once the pipe is full.
		createInterface({ input: child.stderr! }).on('line', (line) => {
			if (output.push(line) > 50) output.shift();
			const listening = /DevTools listening on ws:\/\/[^:]+:(\d+)\//.exec(line);
			if (!listening) return;
			clearTimeout(timer);
			done({ process: child, port: Number(listening[1]) });
		});
		child.on('error', (error) => {
			clearTimeout(timer);
			reject(new Error(`${executable}: ${error.message}`));
		});
		child.on('exit', (code) => {
			clearTimeout(timer);
			reject(new Error(`${executable} exited (${code}) before DevTools listened:\n${output.join('\n')}`));
		});
	});
}

async function stopChrome(chrome: ChildProcess): Promise<void> {
	if (chrome.exitCode !== null || chrome.signalCode !== null) return;
	const exited = new Promise((done) => chrome.once('exit', done));
	chrome.kill();
	await exited;
}

function pageFigures(name: string, path: string, formFactor: FormFactor, lhr: Result): PageFigures {
	const scores = {} as Record<Category, number>;
	const failing: FailingAudit[] = [];
	for (const category of CATEGORIES) {
		const { score, auditRefs } = lhr.categories[category];
		if (score === null) throw new Error(`${path}: no ${category} score`);
		scores[category] = Math.round(score * 100);
		for (const { id, weight } of auditRefs) {
			const audit = lhr.audits[id];
			if (weight > 0 && audit.score !== null && audit.score < 1) {
				failing.push({ category, id, title: audit.title, score: audit.score, displayValue: audit.displayValue });
			}
		}
	}
	const metrics = {} as Record<keyof typeof METRICS, number>;
	for (const [metric, id] of Object.entries(METRICS) as [keyof typeof METRICS, string][]) {
		const value = lhr.audits[id].numericValue;
		if (value === undefined) throw new Error(`${path}: no value for ${id}`);
		metrics[metric] = value;
	}
	return { name, path, formFactor, scores, metrics, failing };
}

function printTable(rows: PageFigures[]): void {
	const header = ['page', 'form', 'perf', 'a11y', 'best', 'seo', 'FCP ms', 'LCP ms', 'TBT ms', 'CLS', 'kB'];
	const cells = rows.map((row) => [
		row.name,
		row.formFactor,
		...CATEGORIES.map((category) => String(row.scores[category])),
		row.metrics.fcpMs.toFixed(0),
		row.metrics.lcpMs.toFixed(0),
		row.metrics.tbtMs.toFixed(0),
		row.metrics.cls.toFixed(3),
		(row.metrics.transferBytes / 1000).toFixed(1),
	]);
	const widths = header.map((title, column) => Math.max(title.length, ...cells.map((cell) => cell[column].length)));
	const line = (cell: string[]) => cell.map((text, column) => (column < 2 ? text.padEnd(widths[column]) : text.padStart(widths[column]))).join('  ');
	console.log(line(header));
	for (const cell of cells) console.log(line(cell));
	for (const row of rows) {
		for (const audit of row.failing) {
			const finding = audit.displayValue ? ` (${audit.displayValue})` : '';
			console.log(`  ${row.name} ${row.formFactor} ${audit.category}: ${audit.id} ${Math.round(audit.score * 100)} — ${audit.title}${finding}`);
		}
	}
}
