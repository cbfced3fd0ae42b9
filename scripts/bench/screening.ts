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
import { extractPdfPagesIsolated } from '../../src/lib/screening/isolated.ts';
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
