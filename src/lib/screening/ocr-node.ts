import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname } from 'node:path';
import { createIsomorphicCanvasFactory } from 'unpdf';
import type { LexiconLanguage } from '../../schemas/framework.ts';
import { OCR_ASSETS } from './ocr-assets.ts';
import { OCR_LANGUAGES, ocrEngines, type CanvasFactory } from './ocr.ts';
import { startOcr } from './ocr-engine.ts';
import type { PageOcr } from './pdf.ts';

/**
 * OCR in Node (`npm run screen -- --ocr`): pages are drawn with @napi-rs/canvas, and Tesseract
 * runs from the tesseract.js packages in `node_modules` with the language data the site serves.
 */
export async function nodeOcr(language: LexiconLanguage): Promise<PageOcr> {
	const CanvasFactory = (await createIsomorphicCanvasFactory(() => import('@napi-rs/canvas'))) as unknown as new () => CanvasFactory;
	const langPath = dirname(createRequire(import.meta.url).resolve(OCR_ASSETS[`lang/${OCR_LANGUAGES[language]}.traineddata.gz`]));
	const reader = await startOcr(
		{ CanvasFactory, encodePng: (canvas) => (canvas as unknown as { encode(format: 'png'): Promise<Buffer> }).encode('png'), langPath, engines: ocrEngines(availableParallelism()) },
		language,
	);
	return { CanvasFactory, reader };
}
