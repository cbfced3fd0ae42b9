import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RESOURCE_LIMITS, extractPdfPagesIsolated, type ResourceLimits } from '../../src/lib/screening/isolated.ts';
import { DEFAULT_LIMITS } from '../../src/lib/screening/pdf.ts';
import { canMeasureMemory, runWatched } from '../support/process-tree.ts';
import { hostilePdf, syntheticPdf } from '../support/synthetic-pdf.ts';

/**
 * The screening CLI on files built to break it. Each must end in a few seconds with exit code
 * 1, a message naming the file and what was wrong, nothing written, and peak memory bounded
 * (the CLI and the process it reads the PDF in), however much the file claims or inflates to.
 */

/** The project's Node 24 (the system node may be older and cannot strip types). */
const NODE = 'node_modules/.bin/node';
const PLAN = 'ken-2023-2027-synthetic-test-plan-current';
/**
 * Generous bounds, a guard against runaway reading and not a benchmark: the reading process is
 * killed at 600 MB, the CLI holding the file and the text takes 100 to 200 MB more.
 */
const MAX_MEMORY_MB = 900;
const MAX_SECONDS = 20;

let scratch: string;
beforeAll(() => {
	scratch = mkdtempSync(join(tmpdir(), 'hostile-pdf-'));
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Screens `bytes` saved as `name`, measuring peak memory and wall time. */
async function screen(name: string, bytes: Uint8Array) {
	const path = join(scratch, name);
	writeFileSync(path, bytes);
	const out = join(scratch, `${name}.yaml`);
	// Sampled every 2 ms: a reader killed at its bound lives only milliseconds past it.
	const run = await runWatched(NODE, ['scripts/screen-plan.ts', path, '--plan', PLAN, '--content', 'tests/fixtures/site/content', '--out', out, '--force'], { intervalMs: 2 });
	return { ...run, path, out };
}

/** Checks that a run stayed within the memory and time bounds. */
function expectBounded(run: { peakMemoryMb: number; seconds: number }) {
	if (canMeasureMemory) {
		expect(run.peakMemoryMb).toBeGreaterThan(0);
		expect(run.peakMemoryMb).toBeLessThan(MAX_MEMORY_MB);
	}
	expect(run.seconds).toBeLessThan(MAX_SECONDS);
}

/** Runs the CLI on the file and checks the refusal: message, exit code, nothing written, bounds. */
async function expectRefused(name: string, bytes: Uint8Array, message: RegExp) {
	const run = await screen(name, bytes);
	expect(run.stderr).toMatch(new RegExp(`^screen: ${run.path}: `));
	expect(run.stderr).toMatch(message);
	expect(run.status).toBe(1);
	expect(existsSync(run.out)).toBe(false);
	expectBounded(run);
}

/** A 40-page synthetic plan, the shape of a real one. */
const plan = () => syntheticPdf(Array.from({ length: 40 }, (_, index) => [`Synthetic plan, page ${index + 1}.`, 'Tobacco control and the cancer registry of the synthetic nation.']));

if (!canMeasureMemory) console.warn('SKIPPED the memory bounds of hostile-PDF tests: /proc is absent (not Linux).');

describe('truncated files', () => {
	it('refuses a plan cut in half', async () => {
		const whole = plan();
		await expectRefused('synthetic-cut-in-half.pdf', whole.subarray(0, whole.length >> 1), /the PDF is damaged or truncated and cannot be read/);
	});

	it('refuses a plan cut before its last page', async () => {
		const whole = plan();
		const lastPage = new TextDecoder('latin1').decode(whole).lastIndexOf(' 0 obj\n<< /Type /Page ');
		await expectRefused('synthetic-cut-before-last-page.pdf', whole.subarray(0, lastPage), /the PDF is damaged or truncated/);
	});

	it('reads every page of a plan cut inside its cross-reference table, which a reader rebuilds', async () => {
		const whole = plan();
		const xref = new TextDecoder('latin1').decode(whole).lastIndexOf('xref\n');
		const run = await screen('synthetic-cut-in-xref.pdf', whole.subarray(0, xref + 200));
		expect(run.stderr).not.toMatch(/damaged|stopped/);
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/: 40 pages in /);
		expectBounded(run);
	});
});

describe('page counts', () => {
	it('refuses a file with more pages than are screened, before reading them', async () => {
		await expectRefused('synthetic-20000-pages.pdf', hostilePdf.manyPages(20_000), /the PDF has 20000 pages; at most 1500 are screened/);
	});

	it('reads only the pages there are when the page tree claims a hundred million', async () => {
		const run = await screen('synthetic-claims-1e8-pages.pdf', hostilePdf.claimedPageCount(100_000_000));
		expect(run.status).toBe(0);
		expect(run.stdout).toMatch(/: 2 pages in /);
		expectBounded(run);
	});
});

describe('page trees and references', () => {
	it('refuses a page tree that contains itself', async () => {
		await expectRefused('synthetic-cyclic-page-tree.pdf', hostilePdf.cyclicPageTree(), /damaged or truncated and cannot be read \(Pages tree contains circular reference/);
	});

	it('refuses a form that draws itself', async () => {
		await expectRefused('synthetic-self-drawing-form.pdf', hostilePdf.selfDrawingForm(), /damaged or truncated and cannot be read \(.*circular reference/);
	});

	it('stops on a page tree nested 400,000 deep', async () => {
		await expectRefused('synthetic-deep-page-tree.pdf', hostilePdf.deepPageTree(400_000), /took more than (\d+ MB of memory|\d+ s) and was stopped/);
	});
});

describe('streams that inflate far beyond their size', () => {
	// Memory or time, whichever bound the file reaches first on this machine's load: what matters
	// is that it is refused, with exit 1, nothing written and a reason a curator can act on.
	const EITHER_BOUND = /(?:opening|reading) the PDF took more than (?:\d+ MB of memory|[\d.]+ s) and was stopped/;

	it('stops a content stream inflating to 4 GB (a zip bomb of 4 MB)', async () => {
		await expectRefused('synthetic-zip-bomb.pdf', hostilePdf.inflatingStream(4 * 1024 ** 3), EITHER_BOUND);
	});

	it('stops a single string of 50 million characters (100 kB compressed)', async () => {
		await expectRefused('synthetic-huge-text-run.pdf', hostilePdf.hugeTextRun(50_000_000), EITHER_BOUND);
	});
});

describe('text without end', () => {
	it('stops a page drawing a million strings at the character limit', async () => {
		await expectRefused('synthetic-endless-text.pdf', hostilePdf.endlessText(1_000_000), /page 1 has more than 100,000 characters of text/);
	});

	it('stops forms that draw each other a billion times', async () => {
		await expectRefused('synthetic-nested-forms.pdf', hostilePdf.nestedForms(9, 10), /page 1 has more than 100,000 characters of text/);
	});
});

describe('each bound of the reading process, tightened', () => {
	const read = (bytes: Uint8Array, resources: Partial<ResourceLimits>) =>
		extractPdfPagesIsolated(bytes, undefined, DEFAULT_LIMITS, { ...DEFAULT_RESOURCE_LIMITS, ...resources });

	it.skipIf(!canMeasureMemory)('stops at the memory bound', async () => {
		await expect(read(hostilePdf.inflatingStream(1024 ** 3), { maxMemoryMb: 150 })).rejects.toMatchObject({
			code: 'resource-limit',
			message: expect.stringMatching(/^reading the PDF took more than 150 MB of memory and was stopped/),
		});
	});

	it('stops at the heap bound', async () => {
		await expect(read(hostilePdf.hugeTextRun(50_000_000), { maxHeapMb: 64, maxMemoryMb: 4096 })).rejects.toThrow(/^reading the PDF took more than 64 MB of memory and was stopped/);
	});

	it('stops at the time bound for opening the file or reading a page', async () => {
		await expect(read(hostilePdf.deepPageTree(100_000), { maxSecondsPerPage: 0.2 })).rejects.toThrow(/^opening the PDF took more than 0.2 s and was stopped/);
	});

	it('stops at the time bound for the whole file', async () => {
		await expect(read(hostilePdf.deepPageTree(100_000), { maxSeconds: 0.2 })).rejects.toThrow(/^reading the PDF took more than 0.2 s and was stopped/);
	});

	it('reads a plan well within every bound', async () => {
		expect(await read(plan(), {})).toHaveLength(40);
	});
});
