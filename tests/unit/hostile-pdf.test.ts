import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hostilePdf, syntheticPdf } from '../support/synthetic-pdf.ts';

/**
 * The screening CLI on files built to break it. Each must end in a few seconds with exit code
 * 1, a message naming the file and what was wrong, nothing written, and the process's peak
 * memory (worker thread included) bounded, however much the file claims or inflates to.
 */

/** The project's Node 24 (the system node may be older and cannot strip types). */
const NODE = 'node_modules/.bin/node';
const PLAN = 'ken-2023-2027-synthetic-test-plan-current';
/** Generous bounds: this guards against runaway reading, it is not a benchmark. */
const MAX_RSS_MB = 600;
const MAX_SECONDS = 20;

let scratch: string;
beforeAll(() => {
	scratch = mkdtempSync(join(tmpdir(), 'hostile-pdf-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Screens `bytes` saved as `name`, measuring the CLI's peak memory and wall time. */
function screen(name: string, bytes: Uint8Array) {
	const path = join(scratch, name);
	writeFileSync(path, bytes);
	const out = join(scratch, `${name}.yaml`);
	const started = performance.now();
	const child = spawnSync(
		NODE,
		['--import', './tests/support/report-max-rss.ts', 'scripts/screen-plan.ts', path, '--plan', PLAN, '--content', 'tests/fixtures/site/content', '--out', out, '--force'],
		{ encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe', 'pipe'] },
	);
	return {
		path,
		out,
		status: child.status,
		stdout: child.stdout,
		stderr: child.stderr,
		seconds: (performance.now() - started) / 1000,
		maxRssMb: Number(child.output[3]) / 1024,
	};
}

/** Runs the CLI on the file and checks the refusal: message, exit code, nothing written, bounds. */
function expectRefused(name: string, bytes: Uint8Array, message: RegExp) {
	const result = screen(name, bytes);
	expect(result.stderr).toMatch(new RegExp(`^screen: ${result.path}: `));
	expect(result.stderr).toMatch(message);
	expect(result.status).toBe(1);
	expect(existsSync(result.out)).toBe(false);
	expect(result.maxRssMb).toBeGreaterThan(0);
	expect(result.maxRssMb).toBeLessThan(MAX_RSS_MB);
	expect(result.seconds).toBeLessThan(MAX_SECONDS);
}

/** A 40-page synthetic plan, the shape of a real one. */
const plan = () => syntheticPdf(Array.from({ length: 40 }, (_, index) => [`Synthetic plan, page ${index + 1}.`, 'Tobacco control and the cancer registry of the synthetic nation.']));

describe('truncated files', () => {
	it('refuses a plan cut in half', () => {
		const whole = plan();
		expectRefused('synthetic-cut-in-half.pdf', whole.subarray(0, whole.length >> 1), /the PDF is damaged or truncated and cannot be read/);
	});

	it('refuses a plan cut after its last page but one', () => {
		const whole = plan();
		const lastPage = new TextDecoder('latin1').decode(whole).lastIndexOf(' 0 obj\n<< /Type /Page ');
		expectRefused('synthetic-cut-before-last-page.pdf', whole.subarray(0, lastPage), /the PDF is damaged or truncated/);
	});

	it('reads every page of a plan cut inside its cross-reference table, which a reader rebuilds', () => {
		const whole = plan();
		const xref = new TextDecoder('latin1').decode(whole).lastIndexOf('xref\n');
		const result = screen('synthetic-cut-in-xref.pdf', whole.subarray(0, xref + 200));
		expect(result.stderr).not.toMatch(/damaged|stopped/);
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/: 40 pages in /);
		expect(result.maxRssMb).toBeLessThan(MAX_RSS_MB);
	});
});

describe('page counts', () => {
	it('refuses a file with more pages than are screened, before reading them', () => {
		expectRefused('synthetic-20000-pages.pdf', hostilePdf.manyPages(20_000), /the PDF has 20000 pages; at most 1500 are screened/);
	});

	it('reads only the pages there are when the page tree claims a hundred million', () => {
		const result = screen('synthetic-claims-1e8-pages.pdf', hostilePdf.claimedPageCount(100_000_000));
		expect(result.status).toBe(0);
		expect(result.stdout).toMatch(/: 2 pages in /);
		expect(result.maxRssMb).toBeLessThan(MAX_RSS_MB);
		expect(result.seconds).toBeLessThan(MAX_SECONDS);
	});
});

describe('page trees and references', () => {
	it('refuses a page tree that contains itself', () => {
		expectRefused('synthetic-cyclic-page-tree.pdf', hostilePdf.cyclicPageTree(), /damaged or truncated and cannot be read \(Pages tree contains circular reference/);
	});

	it('refuses a form that draws itself', () => {
		expectRefused('synthetic-self-drawing-form.pdf', hostilePdf.selfDrawingForm(), /damaged or truncated and cannot be read \(.*circular reference/);
	});

	it('stops on a page tree nested 400,000 deep', () => {
		expectRefused('synthetic-deep-page-tree.pdf', hostilePdf.deepPageTree(400_000), /took more than (\d+ MB of memory|\d+ s) and was stopped/);
	});
});

describe('streams that inflate far beyond their size', () => {
	it('stops a content stream inflating to 4 GB (a zip bomb of 4 MB)', () => {
		expectRefused('synthetic-zip-bomb.pdf', hostilePdf.inflatingStream(4 * 1024 ** 3), /reading the PDF took more than 512 MB of memory and was stopped/);
	});

	it('stops a single string of 50 million characters (100 kB compressed)', () => {
		expectRefused('synthetic-huge-text-run.pdf', hostilePdf.hugeTextRun(50_000_000), /reading the PDF took more than 512 MB of memory and was stopped/);
	});
});

describe('text without end', () => {
	it('stops a page drawing a million strings at the character limit', () => {
		expectRefused('synthetic-endless-text.pdf', hostilePdf.endlessText(1_000_000), /page 1 has more than 100,000 characters of text/);
	});

	it('stops forms that draw each other a billion times', () => {
		expectRefused('synthetic-nested-forms.pdf', hostilePdf.nestedForms(9, 10), /page 1 has more than 100,000 characters of text/);
	});
});
