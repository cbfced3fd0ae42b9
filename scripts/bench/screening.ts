/**
 * Screening throughput on the real plan PDFs in `../shared/plans-corpus`: text extraction,
 * reading the document's structure and lexicon matching of every page, with the functions `npm run screen` calls
 * (extraction in its own bounded process, as curators run it).
 * A document screening refuses (the image-only poster needs OCR) is listed, not counted.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseCsvRecords } from '../../src/lib/csv.ts';
import type { Framework } from '../../src/lib/framework.ts';
import { ScreeningError } from '../../src/lib/screening/errors.ts';
import { extractPdfPagesIsolated, extractPdfPagesWithOcrIsolated } from '../../src/lib/screening/isolated.ts';
import { extractPdfPages } from '../../src/lib/screening/pdf.ts';
import { syntheticScanOf } from '../../tests/support/synthetic-scan.ts';
import { screenDocument } from '../../src/lib/screening/screen.ts';

export interface ScreeningFigures {
	documents: number;
	pages: number;
	seconds: number;
	pagesPerSecond: number;
	/** Documents screening refused, with its reason. */
	refused: { file: string; reason: string }[];
}

export async function measureScreening(corpusDir: string, framework: Framework): Promise<ScreeningFigures> {
	const sources = parseCsvRecords(readFileSync(join(corpusDir, 'SOURCES.csv'), 'utf8'));
	const refused: ScreeningFigures['refused'] = [];
	let pages = 0;
	let documents = 0;
	let seconds = 0;
	for (const source of sources) {
		const bytes = new Uint8Array(readFileSync(join(corpusDir, source.file)));
		const started = performance.now();
		try {
			const texts = await extractPdfPagesIsolated(bytes);
			screenDocument(texts, framework.domainList);
			seconds += (performance.now() - started) / 1000;
			pages += texts.length;
			documents++;
		} catch (error) {
			if (!(error instanceof ScreeningError)) throw error;
			refused.push({ file: source.file, reason: error.message });
		}
	}
	return { documents, pages, seconds, pagesPerSecond: pages / seconds, refused };
}

/** OCR's speed and how much of a page's words it gets back, on a synthetic scan of real plan pages. */
export interface OcrFigures {
	/** The plan whose pages were scanned, and which pages. */
	file: string;
	pages: number[];
	seconds: number;
	pagesPerSecond: number;
	/** Share of the text layer's words (4 letters or more) found in OCR's text of the same page. */
	wordRecall: number;
}

/** Ten body pages of the Marshall Islands plan, the browser bench's plan, scanned at 150 dpi. */
export const OCR_BENCH_FILE = 'MHL-2007-2012-national-comprehensive-cancer-control-plan.pdf';
export const OCR_BENCH_PAGES = [10, 15, 20, 25, 30, 35, 40, 45, 50, 55];

/** The synthetic scan OCR is measured on, in Node and in the browser. */
export async function benchScan(corpusDir: string): Promise<{ scan: Uint8Array; text: string[] }> {
	const pdf = new Uint8Array(readFileSync(join(corpusDir, OCR_BENCH_FILE)));
	const text = await extractPdfPages(pdf);
	return { scan: await syntheticScanOf(pdf, OCR_BENCH_PAGES), text: OCR_BENCH_PAGES.map((page) => text[page - 1]) };
}

/** Share of `truth`'s words found in `read`, over all pages. */
export function wordRecall(truth: readonly string[], read: readonly string[]): number {
	const words = (text: string) => text.toLowerCase().match(/\p{L}{4,}/gu) ?? [];
	let found = 0;
	let total = 0;
	truth.forEach((page, index) => {
		const seen = new Set(words(read[index] ?? ''));
		for (const word of words(page)) {
			total++;
			if (seen.has(word)) found++;
		}
	});
	return total === 0 ? 0 : found / total;
}

/** `npm run screen -- --ocr`'s reading on the synthetic scan, Tesseract's start included. */
export async function measureOcr(corpusDir: string): Promise<OcrFigures> {
	const { scan, text } = await benchScan(corpusDir);
	const started = performance.now();
	const read = await extractPdfPagesWithOcrIsolated(scan, 'en');
	const seconds = (performance.now() - started) / 1000;
	return { file: OCR_BENCH_FILE, pages: OCR_BENCH_PAGES, seconds, pagesPerSecond: read.pages.length / seconds, wordRecall: wordRecall(text, read.pages) };
}
