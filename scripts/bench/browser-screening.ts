/**
 * The screening page (/gaps/screen/) in Debian's Chromium on a built site: the 101-page Marshall
 * Islands plan from file chosen to report shown, as a desktop runs it and with the CPU slowed
 * four times (a phone), and the bytes the page loads before a file is chosen and after; then OCR
 * of a synthetic scan of ten of its pages, in pages a second. Bytes are
 * as a host that gzips text would send them (the test server sends them uncompressed).
 */
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { launchChromium, newContext } from '../../tests/support/browser.ts';
import { serveDirectory } from '../../tests/support/static-server.ts';
import { benchScan } from './screening.ts';
import { meter, type Transfer } from './search.ts';

export interface BrowserScreeningRun {
	/** CPU slowdown the run was held to (1 = this machine; 4 = four times slower). */
	throttle: number;
	/** How the slowdown was made, for a slowed run. */
	emulation?: PhoneEmulation;
	/** From the file being chosen to the report on screen. */
	seconds: number;
	pages: number;
	/** Gzip bytes of the page until it is ready for a file. */
	pageBytes: number;
	/** Gzip bytes loaded once the file was chosen (worker, pdf.js, framework, plans). */
	screeningBytes: number;
}

/** OCR in the page: a synthetic scan of plan pages (./screening.ts), from "Read the pages by OCR" to the report. */
export interface BrowserOcrRun {
	pages: number;
	seconds: number;
	pagesPerSecond: number;
	/** Gzip bytes loaded once OCR was chosen: Tesseract's worker, core and English data. */
	bytes: number;
}

export const BROWSER_SCREENING_FILE = 'MHL-2007-2012-national-comprehensive-cancer-control-plan.pdf';
const PLAN = 'mhl-2007-2012-republic-comprehensive-cancer-control-plan';

const gzipTotal = (transfers: readonly Transfer[]) => transfers.reduce((sum, entry) => sum + entry.gzip, 0);

async function run(page: Page, url: string, pdf: string, throttle: number): Promise<BrowserScreeningRun> {
	let loaded: Transfer[] = [];
	const before = await meter(page, async () => {
		await page.goto(`${url}/gaps/screen/?plan=${PLAN}`);
		await page.waitForFunction(() => (document.querySelector('#screen-plan') as HTMLInputElement | null)?.value !== '');
	});
	const started = performance.now();
	loaded = await meter(page, async () => {
		await page.setInputFiles('#screen-file', pdf);
		await page.waitForSelector('plan-screening[data-state=done], plan-screening[data-state=error]', { timeout: 300_000 });
	});
	const seconds = (performance.now() - started) / 1000;
	const state = await page.getAttribute('plan-screening', 'data-state');
	if (state !== 'done') throw new Error(`browser screening ended in ${state}: ${await page.textContent('[data-error]')}`);
	const pages = Number((await page.textContent('[data-result]'))?.match(/(\d+) pages read/)?.[1] ?? 0);
	return { throttle, seconds, pages, pageBytes: gzipTotal(before), screeningBytes: gzipTotal(loaded) };
}

async function runOcr(page: Page, url: string, scan: string): Promise<BrowserOcrRun> {
	await page.goto(`${url}/gaps/screen/?plan=${PLAN}`);
	await page.waitForFunction(() => (document.querySelector('#screen-plan') as HTMLInputElement | null)?.value !== '');
	await page.setInputFiles('#screen-file', scan);
	await page.waitForSelector('[data-ocr-start]', { state: 'visible' });
	const started = performance.now();
	const loaded = await meter(page, async () => {
		await page.click('[data-ocr-start]');
		await page.waitForSelector('plan-screening[data-state=done], plan-screening[data-state=error]', { timeout: 600_000 });
	});
	const seconds = (performance.now() - started) / 1000;
	if ((await page.getAttribute('plan-screening', 'data-state')) !== 'done') throw new Error(`browser OCR ended in error: ${await page.textContent('[data-error]')}`);
	const pages = Number((await page.textContent('[data-result]'))?.match(/(\d+) pages read/)?.[1] ?? 0);
	return { pages, seconds, pagesPerSecond: pages / seconds, bytes: gzipTotal(loaded) };
}

/**
 * How a phone is emulated. DevTools' CPU throttling slows pages but not their workers ("only
 * supported for pages"), and the screening runs in a worker, so the bench uses CPU cgroups (v1):
 * - `per-thread`: every Chromium thread in a cgroup of its own holding it to `1 / slowdown` of a
 *   core, so each thread runs as on a core that many times slower and threads still run side by
 *   side, as on a phone's several slow cores (what "4× CPU throttling" means);
 * - `whole-browser`: all of Chromium's processes share `1 / slowdown` of one core, as on a phone
 *   with a single slow core: stricter, printed beside it.
 */
export type PhoneEmulation = 'per-thread' | 'whole-browser';

const CGROUP_CPU = '/sys/fs/cgroup/cpu';
const PERIOD_US = 100_000;

/** Process ids of every process below this one (the browser, its zygotes and their children). */
function browserProcesses(): number[] {
	const parents = new Map<number, number>();
	for (const entry of readdirSync('/proc').filter((name) => /^\d+$/.test(name))) {
		try {
			const stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
			parents.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
		} catch {
			// The process ended while we looked.
		}
	}
	const below = (pid: number): boolean => pid > 1 && (parents.get(pid) === process.pid || below(parents.get(pid) ?? 0));
	return [...parents.keys()].filter((pid) => pid !== process.pid && below(pid));
}

function makeGroup(name: string, slowdown: number): string {
	const group = join(CGROUP_CPU, name);
	mkdirSync(group);
	writeFileSync(join(group, 'cpu.cfs_period_us'), String(PERIOD_US));
	writeFileSync(join(group, 'cpu.cfs_quota_us'), String(Math.round(PERIOD_US / slowdown)));
	return group;
}

/** Write an id into a cgroup file, ignoring a thread or process that ended meanwhile. */
function move(file: string, id: string | number): void {
	try {
		writeFileSync(file, String(id));
	} catch {
		// It ended.
	}
}

/**
 * Slow Chromium down `slowdown` times as `emulation` says, from `admit` (after launch) until
 * `remove`. Undefined where no writable cpu cgroup exists.
 */
function phoneCpu(slowdown: number, emulation: PhoneEmulation): { admit(): void; remove(): void } | undefined {
	if (!existsSync(join(CGROUP_CPU, 'cgroup.procs'))) return undefined;
	const prefix = `nccp-bench-phone-${process.pid}`;
	const groups: string[] = [];
	let timer: NodeJS.Timeout | undefined;
	try {
		if (emulation === 'whole-browser') groups.push(makeGroup(prefix, slowdown));
	} catch {
		return undefined;
	}
	/** Every thread not yet in a group of its own gets one; new threads start in their creator's. */
	const placeThreads = (placed: Set<string>) => {
		for (const pid of browserProcesses()) {
			let threads: string[] = [];
			try {
				threads = readdirSync(`/proc/${pid}/task`);
			} catch {
				continue;
			}
			for (const tid of threads.filter((tid) => !placed.has(tid))) {
				placed.add(tid);
				const group = makeGroup(`${prefix}-${tid}`, slowdown);
				groups.push(group);
				move(join(group, 'tasks'), tid);
			}
		}
	};
	return {
		admit() {
			if (emulation === 'whole-browser') {
				// Renderers started later fork from a zygote and inherit its group.
				for (const pid of browserProcesses()) move(join(groups[0], 'cgroup.procs'), pid);
				return;
			}
			const placed = new Set<string>();
			placeThreads(placed);
			// A worker's thread starts in its creator's group (sharing its quota) until placed.
			timer = setInterval(() => placeThreads(placed), 20);
		},
		remove() {
			clearInterval(timer);
			for (const group of groups) {
				for (const tid of readFileSync(join(group, 'tasks'), 'utf8').split('\n').filter(Boolean)) move(join(CGROUP_CPU, 'tasks'), tid);
				rmdirSync(group);
			}
		},
	};
}

/**
 * Screen the Marshall Islands plan on the site built in `distDir`: as this machine runs it, then
 * four times slower both ways a phone is emulated, each in a fresh browser. The slow runs are
 * left out, with the reason, where no cpu cgroup can be written.
 */
export async function measureBrowserScreening(distDir: string, corpusDir: string): Promise<{ runs: BrowserScreeningRun[]; ocr: BrowserOcrRun; skipped?: string }> {
	const site = await serveDirectory(distDir);
	const runs: BrowserScreeningRun[] = [];
	const scratch = mkdtempSync(join(tmpdir(), 'bench-ocr-'));
	let skipped: string | undefined;
	try {
		const settings: { slowdown: number; emulation?: PhoneEmulation }[] = [{ slowdown: 1 }, { slowdown: 4, emulation: 'per-thread' }, { slowdown: 4, emulation: 'whole-browser' }];
		for (const { slowdown, emulation } of settings) {
			const phone = emulation ? phoneCpu(slowdown, emulation) : undefined;
			if (emulation && !phone) {
				skipped = 'the 4× slower runs need a writable cpu cgroup (/sys/fs/cgroup/cpu, as root)';
				continue;
			}
			const browser = await launchChromium();
			try {
				phone?.admit();
				const context = await newContext(browser);
				runs.push({ ...(await run(await context.newPage(), site.url, join(corpusDir, BROWSER_SCREENING_FILE), slowdown)), ...(emulation ? { emulation } : {}) });
			} finally {
				await browser.close();
				phone?.remove();
			}
		}
		const scan = join(scratch, 'synthetic-scan.pdf');
		writeFileSync(scan, (await benchScan(corpusDir)).scan);
		const browser = await launchChromium();
		let ocr: BrowserOcrRun;
		try {
			ocr = await runOcr(await (await newContext(browser)).newPage(), site.url, scan);
		} finally {
			await browser.close();
		}
		return { runs, ocr, ...(skipped ? { skipped } : {}) };
	} finally {
		await site.close();
		rmSync(scratch, { recursive: true, force: true });
	}
}
