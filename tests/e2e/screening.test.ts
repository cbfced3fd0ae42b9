/**
 * A planner screens the plan they hold on /gaps/screen/: the browser runs the same screening as
 * `npm run screen`, on real corpus PDFs, never sends the file anywhere, can be cancelled, refuses
 * a scanned poster with the CLI's words and offers to read it by OCR, and gives an assessment
 * file that `npm run validate` accepts. Needs ../shared/plans-corpus.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import axe from 'axe-core';
import type { Page } from 'playwright-core';
import { afterAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content-files.ts';
import { assessmentSchema, type Assessment } from '../../src/schemas/assessment.ts';
import { ROOT, SHARED, hasShared, skipNotice } from '../support/paths.ts';
import { useHarness, type Harness } from './helpers.ts';

let harness: Harness;
useHarness((suite) => ({ harness } = suite));

const NODE = join(ROOT, 'node_modules/.bin/node');
const CORPUS = join(SHARED, 'plans-corpus');
const scratch = mkdtempSync(join(tmpdir(), 'screen-page-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** The two plans screened both ways: a national plan and a state plan. */
const PLANS = [
	{ id: 'mhl-2007-2012-republic-comprehensive-cancer-control-plan', file: 'MHL-2007-2012-national-comprehensive-cancer-control-plan.pdf' },
	{ id: 'usa-2012-cancer-action-plan-blueprint-cancer', file: 'subnational/US-kentucky-ccc-plan.pdf' },
];

/** A page that records every request it makes, with axe ready for a run. */
async function screeningPage(path = '/gaps/screen/'): Promise<{ page: Page; requests: string[] }> {
	const page = await harness.page();
	await page.context().addInitScript({ content: axe.source });
	const requests: string[] = [];
	page.on('request', (request) => requests.push(request.url()));
	await page.goto(`${harness.site.url}${path}`);
	return { page, requests };
}

/** Choose a file and wait for the run to end; returns the state it ended in. */
async function screen(page: Page, file: string): Promise<string> {
	await page.setInputFiles('#screen-file', file);
	await page.waitForSelector('plan-screening[data-state=done], plan-screening[data-state=error]', { timeout: 60_000 });
	return (await page.getAttribute('plan-screening', 'data-state'))!;
}

async function violations(page: Page): Promise<string[]> {
	const found = await page.evaluate(async () =>
		(await (window as unknown as { axe: typeof axe }).axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] }, resultTypes: ['violations'] })).violations,
	);
	return found.map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 3).join(' | ')}`);
}

/** The text of a download the page offers. */
async function download(page: Page, selector: string): Promise<string> {
	const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
	return readFileSync((await file.path())!, 'utf8');
}

/** Status and evidence pages per item: what must be the same in the browser and the CLI. */
const findingsOf = (assessment: Assessment) =>
	Object.fromEntries(Object.entries(assessment.findings).map(([id, finding]) => [id, { status: finding.status, pages: finding.evidence.map((evidence) => evidence.page) }]));

if (!hasShared) skipNotice('screening real plans in the browser');

describe.skipIf(!hasShared)('screening a plan in the browser', () => {
	it.each(PLANS)('finds in $file what npm run screen finds, with nothing sent anywhere, and a file npm run validate accepts', async ({ id, file }) => {
		const { page, requests } = await screeningPage(`/gaps/screen/?plan=${id}`);
		expect(await violations(page)).toEqual([]);
		await page.waitForFunction(() => (document.querySelector('#screen-plan') as HTMLInputElement).value !== '');
		expect(await screen(page, join(CORPUS, file))).toBe('done');
		expect(await page.textContent('[data-result]')).toContain('Automated draft: these findings come from matching phrases');
		expect(await violations(page)).toEqual([]);

		const yaml = await download(page, 'a[download$=".yaml"]');
		const browser = assessmentSchema.parse(parseYaml(yaml));
		expect(browser).toMatchObject({ method: 'automated-screening', document: { pages: expect.any(Number), sha256: expect.stringMatching(/^[0-9a-f]{64}$/) } });
		expect(browser.assessedBy).toContain('in the browser');

		// The CLI on the same file.
		const out = join(scratch, `${id}.cli.yaml`);
		const cli = spawnSync(NODE, ['scripts/screen-plan.ts', join(CORPUS, file), '--plan', id, '--out', out, '--force'], { cwd: ROOT, encoding: 'utf8' });
		expect(cli.status, cli.stderr).toBe(0);
		const reference = assessmentSchema.parse(parseYaml(readFileSync(out, 'utf8')));
		expect(findingsOf(browser)).toEqual(findingsOf(reference));
		expect(browser.document?.sha256).toBe(reference.document?.sha256);

		// The downloaded file, saved where the README says, passes validation.
		const content = join(scratch, `content-${id}`);
		cpSync(join(ROOT, 'content'), content, { recursive: true });
		writeFileSync(join(content, 'assessments', `${id}.yaml`), yaml);
		const validation = spawnSync(NODE, ['scripts/validate.ts', content], { cwd: ROOT, encoding: 'utf8' });
		expect(validation.status, validation.stderr).toBe(0);

		const csv = await download(page, 'a[download$=".csv"]');
		expect(csv.split('\r\n')[0]).toMatch(/^domain_id,domain,item_id,item,status,/);
		const origin = new URL(harness.site.url).origin;
		expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
	});

	it('reads on a phone: no sideways scroll, and axe finds nothing once the report is shown', async () => {
		const page = await harness.page({ touch: true });
		await page.context().addInitScript({ content: axe.source });
		await page.goto(`${harness.site.url}/gaps/screen/?plan=usa-2011-2015-comprehensive-cancer-alliance-idaho-strategic`);
		await page.waitForFunction(() => (document.querySelector('#screen-plan') as HTMLInputElement).value !== '');
		expect(await screen(page, join(CORPUS, 'subnational/US-idaho-ccc-plan.pdf'))).toBe('done');
		expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
		expect(await violations(page)).toEqual([]);
	});

	it('refuses the image-only poster in the CLI’s words, and stays usable for the next file', async () => {
		const { page, requests } = await screeningPage();
		await page.check('input[name="kind"][value="other"]');
		expect(await screen(page, join(CORPUS, 'ASM-NA-NA-ccc-goals-poster-image-only.pdf'))).toBe('error');
		expect(await page.textContent('[data-error]')).toMatch(/no extractable text: 0 characters on 2 pages; the pages are probably images \(a scan\) and need OCR before screening/);
		expect(await page.isVisible('[data-ocr-start]')).toBe(true);
		expect(await violations(page)).toEqual([]);
		expect(await screen(page, join(CORPUS, 'subnational/US-idaho-ccc-plan.pdf'))).toBe('done');
		expect(await page.textContent('[data-error]')).toBe('');
		expect(await page.isVisible('[data-ocr-start]')).toBe(false);
		// OCR was offered, not started: none of its engine was fetched.
		expect(requests.filter((url) => url.includes('/ocr/'))).toEqual([]);
	});

	it('reads the poster by OCR when asked, from the site’s own files, and marks what OCR read', async () => {
		const { page, requests } = await screeningPage('/gaps/screen/?plan=asm-2013-rowing-together-healthier-strategic-action');
		await page.waitForFunction(() => (document.querySelector('#screen-plan') as HTMLInputElement).value !== '');
		expect(await screen(page, join(CORPUS, 'ASM-NA-NA-ccc-goals-poster-image-only.pdf'))).toBe('error');
		expect(await page.textContent('[data-ocr]')).toMatch(/English language data \(about \d+\.\d MB, which your browser keeps for next time\)/);
		await page.click('[data-ocr-start]');
		await page.waitForSelector('plan-screening[data-state=done], plan-screening[data-state=error]', { timeout: 120_000 });
		expect(await page.textContent('[data-error]')).toBe('');
		expect(await page.textContent('[data-ocr-notice]')).toContain('2 of 2 pages were read by OCR (English)');
		expect(await page.locator('[data-result] .ocr-mark').count()).toBeGreaterThan(0);
		expect(await violations(page)).toEqual([]);

		const draft = assessmentSchema.parse(parseYaml(await download(page, 'a[download$=".yaml"]')));
		expect(draft.document?.ocrPages).toEqual([1, 2]);
		const quotes = Object.values(draft.findings).flatMap((finding) => finding.evidence);
		expect(quotes.length).toBeGreaterThan(0);
		expect(quotes.every((quote) => quote.ocr === true)).toBe(true);

		const origin = new URL(harness.site.url).origin;
		expect(requests.filter((url) => !url.startsWith(origin) && !url.startsWith('blob:') && !url.startsWith('data:'))).toEqual([]);
		expect(requests.filter((url) => url.includes('/ocr/')).map((url) => new URL(url).pathname)).toEqual(
			expect.arrayContaining(['/ocr/worker.min.js', '/ocr/lang/eng.traineddata.gz']),
		);
	});

	it('stops at once on cancel, and screens the next file', async () => {
		const { page } = await screeningPage();
		await page.check('input[name="kind"][value="other"]');
		await page.setInputFiles('#screen-file', join(CORPUS, 'subnational/US-connecticut-ccc-plan.pdf'));
		await page.waitForSelector('plan-screening[data-state=running]');
		await page.click('[data-cancel]');
		expect(await page.getAttribute('plan-screening', 'data-state')).toBe('cancelled');
		expect(await page.textContent('[data-error]')).toContain('Cancelled');
		// Nothing arrives from the ended run.
		await page.waitForTimeout(1500);
		expect(await page.textContent('[data-result]')).toBe('');
		expect(await screen(page, join(CORPUS, 'subnational/US-idaho-ccc-plan.pdf'))).toBe('done');
	});

	it('asks for a plan from the list when the one typed is not in it', async () => {
		const { page } = await screeningPage();
		await page.fill('#screen-plan', 'Synthetic plan that is not catalogued');
		expect(await screen(page, join(CORPUS, 'subnational/US-idaho-ccc-plan.pdf'))).toBe('error');
		expect(await page.textContent('[data-error]')).toContain('Choose a plan from the list');
	});
});

describe('the screening page without a file', () => {
	it('says the file stays in the browser, and without JavaScript how else to screen', async () => {
		const page = await harness.page({ javaScriptEnabled: false });
		await page.goto(`${harness.site.url}/gaps/screen/`);
		const text = (await page.textContent('main'))!;
		expect(text).toContain('never leaves it');
		expect(text).toContain('Screening in the browser needs JavaScript');
	});

	it('is linked from the overview, every plan page and the stages that hold a plan text', async () => {
		const page = await harness.page({ javaScriptEnabled: false });
		for (const path of ['/gaps/', '/planning-cycle/develop/', '/planning-cycle/evaluate/', '/planning-cycle/update/']) {
			await page.goto(`${harness.site.url}${path}`);
			expect(await page.locator('a[href="/gaps/screen/"]').count(), path).toBeGreaterThan(0);
		}
		await page.goto(`${harness.site.url}/plans/ken-2017-2022-cancer-control-strategy/`);
		expect(await page.getAttribute('a:text("Screen this plan’s document")', 'href')).toBe('/gaps/screen/?plan=ken-2017-2022-cancer-control-strategy');
	});
});
