import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScreeningError } from '../../src/lib/screening/errors.ts';
import { tokenizePage } from '../../src/lib/screening/lexicon.ts';
import { DEFAULT_LIMITS, extractPdfPages } from '../../src/lib/screening/pdf.ts';
import { chooseLanguage, compileFramework, detectLanguage, draftAssessment, screenPages, statusFromMatches } from '../../src/lib/screening/screen.ts';
import { assessmentSchema } from '../../src/schemas/assessment.ts';
import { SHARED, hasShared, skipNotice } from '../support/paths.ts';
import { syntheticPdf } from '../support/synthetic-pdf.ts';
import { fixtureFramework } from '../support/synthetic-records.ts';

const framework = fixtureFramework();

const screenText = (pages: string[], language: 'en' | 'fr' = 'en') =>
	Object.fromEntries(screenPages(pages.map(tokenizePage), compileFramework(framework.domainList, language)).map((result) => [result.id, result]));

describe('status from matches', () => {
	it('is not found without matches, partial for one mention, addressed when pages or phrases agree', () => {
		expect(statusFromMatches(0, 0).status).toBe('not-found');
		expect(statusFromMatches(1, 1)).toEqual({ status: 'partial', confidence: 0.5 });
		expect(statusFromMatches(2, 1).status).toBe('addressed');
		expect(statusFromMatches(1, 2).status).toBe('addressed');
		expect(statusFromMatches(9, 9).confidence).toBe(0.95);
	});
});

describe('screening pages', () => {
	it('reports every item, with 1-based pages and quotes for what it found', () => {
		const results = screenText(['Introduction.', 'Our tobacco control law and smoking cessation clinics.', 'The cancer registry started in 2001.']);
		expect(Object.keys(results).sort()).toEqual(['synthetic-cancer-registry', 'synthetic-hpv-vaccination', 'synthetic-tobacco-control']);
		expect(results['synthetic-tobacco-control']).toMatchObject({ status: 'addressed', pages: [2], phrases: ['smoking cessation', 'tobacco control'] });
		expect(results['synthetic-cancer-registry']).toMatchObject({ status: 'partial', pages: [3] });
		expect(results['synthetic-cancer-registry'].evidence).toEqual([{ page: 3, quote: 'The cancer registry started in 2001.', matched: 'cancer registry' }]);
		expect(results['synthetic-hpv-vaccination']).toMatchObject({ status: 'not-found', evidence: [] });
	});

	it('puts the page with most matches first in the evidence', () => {
		const results = screenText(['one cancer registry', 'cancer registry and cancer registry again', 'a cancer registry']);
		expect(results['synthetic-cancer-registry'].evidence.map((evidence) => evidence.page)).toEqual([2, 1, 3]);
	});

	it('uses the lexicon of the document language', () => {
		expect(screenText(['La lutte antitabac est prioritaire.', 'Lutte antitabac.'], 'fr')['synthetic-tobacco-control'].status).toBe('addressed');
		expect(screenText(['La lutte antitabac est prioritaire.'], 'en')['synthetic-tobacco-control'].status).toBe('not-found');
	});

	it('drafts an assessment the schema accepts, marked automated', () => {
		const results = screenPages(['tobacco control', 'cancer registry'].map(tokenizePage), compileFramework(framework.domainList, 'en'));
		const draft = draftAssessment(results, { frameworkVersion: '1.2.0', language: 'en', date: '2026-11-21', document: { pages: 2 } });
		expect(assessmentSchema.parse(draft).method).toBe('automated-screening');
		expect(draft.review).toBeUndefined();
	});
});

describe('language', () => {
	const english = tokenizePage('The plan is for the people of the islands and the health of all. '.repeat(10));
	const french = tokenizePage('Le plan est pour les personnes et la santé des populations dans le pays. '.repeat(10));

	it('detects English and French text', () => {
		expect(detectLanguage([english])).toBe('en');
		expect(detectLanguage([french])).toBe('fr');
		expect(detectLanguage([tokenizePage('Лечение рака '.repeat(50))])).toBeUndefined();
	});

	it("prefers the plan record's single supported language", () => {
		expect(chooseLanguage(['fr', 'ar'], [english])).toBe('fr');
		expect(chooseLanguage([], [french])).toBe('fr');
		expect(chooseLanguage(['en', 'fr'], [french])).toBe('fr');
	});

	it('refuses a plan in a language without a lexicon', () => {
		expect(() => chooseLanguage(['ru'], [english])).toThrow(/the plan is in ru, which has no lexicon; screening supports en, fr, es, pt/);
		expect(() => chooseLanguage([], [tokenizePage('Лечение рака '.repeat(50))])).toThrow(/could not tell the document's language/);
		expect(() => chooseLanguage(['en'], [english], 'de')).toThrow(/"de" has no lexicon/);
	});
});

describe('reading PDFs', () => {
	const code = async (bytes: Uint8Array) => {
		try {
			await extractPdfPages(bytes);
			return 'read';
		} catch (error) {
			return error instanceof ScreeningError ? error.code : `unexpected: ${String(error)}`;
		}
	};

	it('reads the text of each page in order', async () => {
		const pages = await extractPdfPages(syntheticPdf([['Synthetic page one: tobacco control.'], ['Synthetic page two: cancer registry.']]));
		expect(pages).toHaveLength(2);
		expect(pages[0]).toContain('tobacco control');
		expect(pages[1]).toContain('cancer registry');
	});

	it('reports progress page by page', async () => {
		const seen: string[] = [];
		await extractPdfPages(syntheticPdf([['Synthetic text on the first page here'], ['More synthetic text on the second page']]), (done, total) => seen.push(`${done}/${total}`));
		expect(seen).toEqual(['1/2', '2/2']);
	});

	it('refuses empty, non-PDF, encrypted, damaged and text-less files', async () => {
		const good = syntheticPdf([['Synthetic page with enough text to count as text.']]);
		expect(await code(new Uint8Array())).toBe('empty-file');
		expect(await code(new TextEncoder().encode('<html>not a pdf</html>'))).toBe('not-pdf');
		expect(await code(syntheticPdf([['Synthetic page with enough text to count as text.']], { encrypted: true }))).toBe('encrypted');
		expect(await code(good.subarray(0, 200))).toBe('corrupt');
		expect(await code(syntheticPdf([[], []]))).toBe('needs-ocr');
	});

	it('refuses files over the page or size limit before reading them', async () => {
		const pdf = syntheticPdf([['Synthetic a'], ['Synthetic b'], ['Synthetic c']]);
		await expect(extractPdfPages(pdf, undefined, { ...DEFAULT_LIMITS, maxPages: 2 })).rejects.toThrow(/has 3 pages; at most 2/);
		await expect(extractPdfPages(pdf, undefined, { ...DEFAULT_LIMITS, maxBytes: 100 })).rejects.toThrow(/at most/);
	});

	it('stops reading a page at its character limit', async () => {
		const pdf = syntheticPdf([['Synthetic short page'], ['Synthetic long page '.repeat(20)]]);
		await expect(extractPdfPages(pdf, undefined, { ...DEFAULT_LIMITS, maxPageCharacters: 100 })).rejects.toThrow(/page 2 has more than 100 characters of text/);
		expect((await extractPdfPages(pdf, undefined, { ...DEFAULT_LIMITS, maxPageCharacters: 500 }))[1]).toMatch(/^Synthetic long page/);
	});

	it.skipIf(!hasShared)('says an image-only plan needs OCR (American Samoa poster)', async () => {
		const bytes = new Uint8Array(readFileSync(join(SHARED, 'plans-corpus/ASM-NA-NA-ccc-goals-poster-image-only.pdf')));
		await expect(extractPdfPages(bytes)).rejects.toThrow(/no extractable text: 0 characters on 2 pages.*OCR/);
	});
	if (!hasShared) skipNotice('screening the image-only corpus PDF');
});
