/**
 * Scanned plans: pages without a text layer are drawn and read by OCR (Tesseract), the rest keep
 * their text, and every quote OCR supplied is marked. Scans here are synthetic (text pages drawn
 * and stored as JPEG images); the reading test uses pages of a real plan from ../shared.
 */
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createIsomorphicCanvasFactory } from 'unpdf';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/lib/content-files.ts';
import { ScreeningError } from '../../src/lib/screening/errors.ts';
import { ocrLanguage, ocrScale, type CanvasFactory, type PageReader } from '../../src/lib/screening/ocr.ts';
import { nodeOcr } from '../../src/lib/screening/ocr-node.ts';
import { extractPdfPages, extractPdfPagesWithOcr, type PageOcr } from '../../src/lib/screening/pdf.ts';
import { draftAssessment } from '../../src/lib/screening/screen.ts';
import { assessmentSchema } from '../../src/schemas/assessment.ts';
import { SHARED, hasShared, skipNotice } from '../support/paths.ts';
import { syntheticPdf } from '../support/synthetic-pdf.ts';
import { syntheticScanOf } from '../support/synthetic-scan.ts';

const NODE = 'node_modules/.bin/node';
const PLAN_LINES = [
	'Synthetic plan for a scanned page test.',
	'Objective 1: tobacco control and smoking cessation for the nation.',
	'A population-based cancer registry will be established by 2025.',
];

let scratch: string;
let scan: Uint8Array;
beforeAll(async () => {
	scratch = mkdtempSync(join(tmpdir(), 'screen-ocr-'));
	scan = await syntheticScanOf(syntheticPdf([PLAN_LINES, ['Synthetic second page: HPV vaccination of girls.']]), [1, 2]);
});
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** OCR with a stand-in engine that returns `text` for every page, counting the pages it was given and whether it was ended. */
async function fakeOcr(text: string): Promise<PageOcr & { calls: () => number; ended: () => boolean }> {
	const CanvasFactory = (await createIsomorphicCanvasFactory(() => import('@napi-rs/canvas'))) as unknown as new () => CanvasFactory;
	let calls = 0;
	let ended = false;
	const reader: PageReader = {
		engines: 2,
		read: async () => {
			calls++;
			return text;
		},
		terminate: async () => {
			ended = true;
		},
	};
	return { CanvasFactory, reader, calls: () => calls, ended: () => ended };
}

describe('which pages OCR reads', () => {
	it('leaves pages that have text alone, and never starts the engine on them', async () => {
		const ocr = await fakeOcr('Synthetic text that OCR should never supply.');
		const read = await extractPdfPagesWithOcr(syntheticPdf([PLAN_LINES, ['Synthetic second page with text of its own.']]), async () => ocr);
		expect(read.ocrPages).toEqual([]);
		expect(ocr.calls()).toBe(0);
		expect(read.pages[0]).toContain('tobacco control');
	});

	it('draws and reads every page without text, and says which', async () => {
		const ocr = await fakeOcr('Synthetic words read from the image of a page.');
		const progress: string[] = [];
		const read = await extractPdfPagesWithOcr(scan, async () => ocr, (done, total, byOcr) => progress.push(`${done}/${total}${byOcr ? ' ocr' : ''}`));
		expect(read).toEqual({ pages: ['Synthetic words read from the image of a page.', 'Synthetic words read from the image of a page.'], ocrPages: [1, 2] });
		expect(progress).toEqual(['1/2 ocr', '2/2 ocr']);
	});

	it('refuses a file in which OCR too finds no words, in its own words', async () => {
		const ocr = await fakeOcr('  ');
		const error = await extractPdfPagesWithOcr(scan, async () => ocr).catch((caught: unknown) => caught);
		expect(error).toBeInstanceOf(ScreeningError);
		// The engine is ended however the reading ends.
		expect(ocr.ended()).toBe(true);
		expect(error).toMatchObject({ code: 'no-text', message: expect.stringMatching(/^OCR found almost no text: 0 characters on 2 pages/) });
	});

	it('draws pages at 200 dpi, at most 2,500 pixels on the long side', () => {
		expect(ocrScale(612, 792)).toBeCloseTo(200 / 72);
		expect(ocrScale(2000, 3000) * 3000).toBeCloseTo(2500);
	});

	it('reads the language chosen, else the record’s, else English', () => {
		expect(ocrLanguage('fr', ['en'])).toBe('fr');
		expect(ocrLanguage(undefined, ['ru', 'pt'])).toBe('pt');
		expect(ocrLanguage(undefined, ['ru'])).toBe('en');
	});
});

describe('Tesseract on a scan', () => {
	it('reads a synthetic scanned page word for word', async () => {
		const read = await extractPdfPagesWithOcr(scan, () => nodeOcr('en'));
		expect(read.ocrPages).toEqual([1, 2]);
		expect(read.pages[0].trim().split('\n')).toEqual(PLAN_LINES);
	});

	if (!hasShared) skipNotice('OCR of real plan pages');
	it.skipIf(!hasShared)('reads at least 90% of the words of real plan pages, scanned at 150 dpi', async () => {
		const pdf = new Uint8Array(readFileSync(join(SHARED, 'plans-corpus/MHL-2007-2012-national-comprehensive-cancer-control-plan.pdf')));
		const pageNumbers = [10, 30];
		const truth = await extractPdfPages(pdf);
		const read = await extractPdfPagesWithOcr(await syntheticScanOf(pdf, pageNumbers), () => nodeOcr('en'));
		const words = (text: string) => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
		for (const [index, number] of pageNumbers.entries()) {
			const expected = words(truth[number - 1]);
			const seen = new Set(words(read.pages[index]));
			expect(expected.length, `page ${number} has text to compare`).toBeGreaterThan(100);
			expect(expected.filter((word) => seen.has(word)).length / expected.length, `page ${number}`).toBeGreaterThan(0.9);
		}
	});
});

describe('quotes read by OCR are marked', () => {
	const result = { id: 'synthetic-tobacco-control', status: 'addressed' as const, confidence: 0.9, pages: [2, 3], phrases: ['tobacco control'], evidence: [2, 3].map((page) => ({ page, quote: 'Synthetic tobacco control objective.', matched: 'tobacco control', standing: 'commitment' as const })) };
	const draft = (ocrPages?: number[]) =>
		draftAssessment([result], { frameworkVersion: '1.2.0', language: 'en', date: '2026-12-07', document: { pages: 3, ...(ocrPages ? { ocrPages } : {}) } });

	it('marks the quotes from OCR pages, and no others', () => {
		const evidence = draft([3]).findings['synthetic-tobacco-control'].evidence;
		expect(evidence.map((quote) => [quote.page, quote.ocr])).toEqual([
			[2, undefined],
			[3, true],
		]);
		expect(assessmentSchema.safeParse(draft([3])).success).toBe(true);
	});

	it('refuses a quote marked ocr on a page not listed as read by OCR, or OCR pages past the end', () => {
		const marked = draft([3]);
		const unlisted = { ...marked, document: { pages: 3, ocrPages: [1] } };
		expect(assessmentSchema.safeParse(unlisted).error?.issues[0].message).toMatch(/quote marked `ocr` to be on a page listed in `document.ocrPages`/);
		const past = { ...marked, document: { pages: 3, ocrPages: [3, 4] } };
		expect(assessmentSchema.safeParse(past).error?.issues[0].message).toMatch(/OCR pages within the document's page count/);
	});
});

describe('npm run screen --ocr', () => {
	const PLAN = 'ken-2017-2022-synthetic-test-plan-expired';
	const run = (...args: string[]) => spawnSync(NODE, ['scripts/screen-plan.ts', ...args, '--content', join(scratch, 'content')], { encoding: 'utf8' });

	beforeAll(() => {
		cpSync('tests/fixtures/site/content', join(scratch, 'content'), { recursive: true });
		writeFileSync(join(scratch, 'scan.pdf'), scan);
	});

	it('without --ocr refuses the scan and says how to read it', () => {
		const refused = run(join(scratch, 'scan.pdf'), '--plan', PLAN, '--out', join(scratch, 'refused.yaml'));
		expect(refused.status).toBe(1);
		expect(refused.stderr).toMatch(/no extractable text: 0 characters on 2 pages.*; pass --ocr to read the pages by OCR/);
	});

	it('with --ocr writes a draft that lists the pages read by OCR and marks their quotes', () => {
		const out = join(scratch, 'ocr.yaml');
		const { status, stdout, stderr } = run(join(scratch, 'scan.pdf'), '--plan', PLAN, '--out', out, '--ocr');
		expect(status, stderr).toBe(0);
		expect(stderr).toContain('screen: page 2 of 2 read by OCR');
		expect(stdout).toMatch(/2 pages in [\d.]+ s \([\d.]+ pages\/s\)/);
		expect(stdout).toContain('2 of 2 pages read by OCR in en');
		const draft = assessmentSchema.parse(parseYaml(readFileSync(out, 'utf8')));
		expect(draft.document).toMatchObject({ pages: 2, ocrPages: [1, 2] });
		expect(draft.findings['synthetic-tobacco-control']).toMatchObject({ status: 'addressed', evidence: [{ page: 1, matched: 'tobacco control', ocr: true }] });
		expect(draft.findings['synthetic-hpv-vaccination'].evidence[0]).toMatchObject({ page: 2, ocr: true });
	});
});
