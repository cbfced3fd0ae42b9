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
	/** CPU slowdown the run was held to (1 = this machine; 4 = a quarter of one core). */
	throttle: number;
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
 * A CPU cgroup (v1) holding Chromium to `1 / slowdown` of one core. DevTools' CPU throttling
 * slows pages but not their workers ("only supported for pages"), and the screening runs in a
 * worker; a quota on the whole browser slows both, as a phone's slower cores would (stricter:
 * main thread and worker share the quota). Undefined where no writable cpu cgroup exists.
 */
function cpuQuota(slowdown: number): { admit(): void; remove(): void } | undefined {
	const root = '/sys/fs/cgroup/cpu';
	if (!existsSync(join(root, 'cgroup.procs'))) return undefined;
	const group = join(root, `nccp-bench-phone-${process.pid}`);
	try {
		mkdirSync(group);
		writeFileSync(join(group, 'cpu.cfs_period_us'), '100000');
		writeFileSync(join(group, 'cpu.cfs_quota_us'), String(Math.round(100000 / slowdown)));
	} catch {
		return undefined;
	}
	return {
		// Every Chromium process below this one: browser, zygotes and their children. Renderers
		// started later fork from a zygote and inherit its group.
		admit() {
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
			for (const pid of parents.keys()) if (pid !== process.pid && below(pid)) writeFileSync(join(group, 'cgroup.procs'), String(pid));
		},
		remove() {
			for (const pid of readFileSync(join(group, 'cgroup.procs'), 'utf8').split('\n').filter(Boolean)) writeFileSync(join(root, 'cgroup.procs'), pid);
			rmdirSync(group);
		},
	};
}

/**
 * Screen the Marshall Islands plan on the site built in `distDir`: as this machine runs it, then
 * with Chromium held to a quarter of one core (a phone), each in a fresh browser. The slow run
 * is left out, with the reason, where no cpu cgroup can be written.
 */
export async function measureBrowserScreening(distDir: string, corpusDir: string): Promise<{ runs: BrowserScreeningRun[]; ocr: BrowserOcrRun; skipped?: string }> {
	const site = await serveDirectory(distDir);
	const runs: BrowserScreeningRun[] = [];
	const scratch = mkdtempSync(join(tmpdir(), 'bench-ocr-'));
	let skipped: string | undefined;
	try {
		for (const slowdown of [1, 4]) {
			const quota = slowdown === 1 ? undefined : cpuQuota(slowdown);
			if (slowdown !== 1 && !quota) {
				skipped = 'the 4× slower run needs a writable cpu cgroup (/sys/fs/cgroup/cpu, as root)';
				continue;
			}
			const browser = await launchChromium();
			try {
				quota?.admit();
				const context = await newContext(browser);
				runs.push(await run(await context.newPage(), site.url, join(corpusDir, BROWSER_SCREENING_FILE), slowdown));
			} finally {
				await browser.close();
				quota?.remove();
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
