import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ScreeningError } from '../../src/lib/screening/errors.ts';
import { tokenizePage } from '../../src/lib/screening/lexicon.ts';
import { DEFAULT_LIMITS, extractPdfPages } from '../../src/lib/screening/pdf.ts';
import { assembleFramework } from '../../src/lib/framework.ts';
import { chooseLanguage, detectLanguage, draftAssessment, screenDocument, SCREENING_VERSION, statusFromStandings } from '../../src/lib/screening/screen.ts';
import { assessmentSchema } from '../../src/schemas/assessment.ts';
import { SHARED, hasShared, skipNotice } from '../support/paths.ts';
import { syntheticPdf } from '../support/synthetic-pdf.ts';
import { fixtureFramework } from '../support/synthetic-records.ts';

const framework = fixtureFramework();

const screenText = (pages: string[], language: 'en' | 'fr' = 'en') =>
	Object.fromEntries(screenDocument(pages, framework.domainList, { language }).results.map((result) => [result.id, result]));

describe('status from where matches stand', () => {
	const counts = (commitment: number, text: number, frontMatter = 0) => ({ commitment, text, 'front-matter': frontMatter });

	it('is addressed only with a commitment, partial for a mention, not found without a match', () => {
		expect(statusFromStandings(counts(1, 0), 1).status).toBe('addressed');
		expect(statusFromStandings(counts(0, 5), 3).status).toBe('partial');
		expect(statusFromStandings(counts(0, 0, 2), 1)).toEqual({ status: 'partial', confidence: 0.4 });
		expect(statusFromStandings(counts(0, 0), 0)).toEqual({ status: 'not-found', confidence: 0.6 });
		expect(statusFromStandings(counts(9, 0), 9).confidence).toBe(0.95);
	});

	it('lets what a plan contains be addressed by its text on two pages', () => {
		expect(statusFromStandings(counts(0, 2), 1, 'content').status).toBe('addressed');
		expect(statusFromStandings(counts(0, 1), 1, 'content').status).toBe('partial');
		expect(statusFromStandings(counts(0, 2), 1, 'commitment').status).toBe('partial');
	});
});

describe('screening pages', () => {
	it('reports every item, with 1-based pages, quotes and where each stands', () => {
		const results = screenText([
			'Introduction to the synthetic plan.',
			'Objective 1: expand smoking cessation clinics and tobacco control.',
			'The cancer registry started in 2001.',
		]);
		expect(Object.keys(results).sort()).toEqual(['synthetic-cancer-registry', 'synthetic-hpv-vaccination', 'synthetic-tobacco-control']);
		expect(results['synthetic-tobacco-control']).toMatchObject({ status: 'addressed', pages: [2], phrases: ['smoking cessation', 'tobacco control'] });
		expect(results['synthetic-tobacco-control'].evidence[0]).toMatchObject({ page: 2, standing: 'commitment' });
		expect(results['synthetic-cancer-registry']).toMatchObject({ status: 'partial', pages: [3] });
		expect(results['synthetic-cancer-registry'].evidence).toEqual([{ page: 3, quote: 'The cancer registry started in 2001.', matched: 'cancer registry', standing: 'text' }]);
		expect(results['synthetic-hpv-vaccination']).toMatchObject({ status: 'not-found', evidence: [] });
	});

	it('cites a commitment before pages that only mention the item, however often', () => {
		const results = screenText(['The cancer registry, the cancer registry and the cancer registry again.', 'Background text.', 'Strategy 2.1: Establish a population-based cancer registry.']);
		expect(results['synthetic-cancer-registry'].status).toBe('addressed');
		expect(results['synthetic-cancer-registry'].evidence.map((evidence) => evidence.page)).toEqual([3, 1]);
	});

	it('does not count a mention in the contents, the references or a roster, and counts a foreword as a mention only', () => {
		const contents = 'Table of Contents\nTobacco control ........ 4\nCancer registry ........ 9\nHPV vaccination ........ 12';
		const references = 'References\n1. Smith J, et al. Tobacco control in islands. Journal of Synthetic Health. 2004;3:1-9.\n2. Jones K. (2005). Cancer registry methods. Retrieved from https://example.org.\n3. Lee M, et al. HPV vaccination. J Synth. 2006.\n4. Kim P. (2001). More. Retrieved from https://example.org/x.\n5. Doe A, et al. Another. 2003.';
		const foreword = 'Foreword\nWe will support tobacco control, said the minister.';
		const results = screenText([contents, references, foreword, 'Nothing more.']);
		expect(results['synthetic-cancer-registry'].status).toBe('not-found');
		expect(results['synthetic-hpv-vaccination'].status).toBe('not-found');
		expect(results['synthetic-tobacco-control']).toMatchObject({ status: 'partial', pages: [3], evidence: [{ page: 3, standing: 'front-matter' }] });
	});

	it('quotes without the control characters broken PDF fonts put in place of letters', () => {
		const results = screenText(['Strategy 1: \u0003expand the cancer\u00ad registry\u0083 now.']);
		expect(results['synthetic-cancer-registry'].evidence[0].quote).toBe('Strategy 1: expand the cancer registry now.');
	});

	it('uses the lexicon of the document language', () => {
		expect(screenText(['Objectif 1 : renforcer la lutte antitabac.', 'Lutte antitabac.'], 'fr')['synthetic-tobacco-control'].status).toBe('addressed');
		expect(screenText(['Objectif 1 : renforcer la lutte antitabac.'], 'en')['synthetic-tobacco-control'].status).toBe('not-found');
	});

	it('marks an item about a later initiative not applicable to an earlier plan, with the reason', () => {
		const dated = assembleFramework({ ...framework, domains: ['synthetic-prevention'] }, [
			{
				...framework.domainById.get('synthetic-prevention')!,
				items: framework.domainById.get('synthetic-prevention')!.items.map((item) =>
					item.id === 'synthetic-hpv-vaccination' ? { ...item, since: { year: 2018, event: 'launched by a synthetic body', url: 'https://example.org/since' } } : item,
				),
			},
		]);
		const pages = ['Strategy 1: HPV vaccination for all girls.'];
		const early = screenDocument(pages, dated.domainList, { language: 'en', planStart: 2007 }).results.find((result) => result.id === 'synthetic-hpv-vaccination')!;
		expect(early).toMatchObject({ status: 'not-applicable', evidence: [], note: "Not applicable: the plan's period starts in 2007, before 2018, when this was launched by a synthetic body." });
		const later = screenDocument(pages, dated.domainList, { language: 'en', planStart: 2018 }).results.find((result) => result.id === 'synthetic-hpv-vaccination')!;
		expect(later.status).toBe('addressed');
		const draft = draftAssessment([early], { frameworkVersion: '1.2.0', language: 'en', date: '2026-11-21' });
		expect(assessmentSchema.parse(draft).findings['synthetic-hpv-vaccination']).toMatchObject({ status: 'not-applicable', note: early.note });
	});

	it('drafts an assessment the schema accepts, marked automated', () => {
		const { results } = screenDocument(['Goal: tobacco control', 'cancer registry'], framework.domainList, { language: 'en' });
		const draft = draftAssessment(results, { frameworkVersion: '1.2.0', language: 'en', date: '2026-11-21', document: { pages: 2 } });
		expect(assessmentSchema.parse(draft).method).toBe('automated-screening');
		expect(draft.assessedBy).toBe(`NCCP Portal screening ${SCREENING_VERSION} (npm run screen)`);
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

	it('reads the values of form fields after the page text, where some plans keep their objectives', async () => {
		const pdf = syntheticPdf([['Synthetic page one with a table of objectives.'], ['Synthetic page two.']], { fields: [['Objective 1.1: establish a synthetic cancer registry'], []] });
		const pages = await extractPdfPages(pdf);
		expect(pages[0]).toMatch(/table of objectives\.[\s\S]*\nObjective 1\.1: establish a synthetic cancer registry$/);
		expect(pages[1]).not.toContain('Objective');
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
