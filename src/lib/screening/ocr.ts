import type { ImageLike } from 'tesseract.js';
import type { LexiconLanguage } from '../../schemas/framework.ts';

/**
 * OCR for scanned plans, shared by `npm run screen -- --ocr` and the browser page: pdf.js draws a
 * page that has no text layer, Tesseract (tesseract.js, its WebAssembly build) reads the drawing,
 * and the text goes through the same screening as any other page. Only where the drawing happens
 * and where Tesseract's files are found differ between Node and the browser: ./ocr-node.ts and
 * ./ocr-browser.ts pass them to ./ocr-engine.ts. This file loads no engine, so the browser's
 * screening worker can use it without carrying Tesseract.
 */

/** Tesseract's name for each language screening has a lexicon for; each has a data package. */
export const OCR_LANGUAGES: Record<LexiconLanguage, string> = { en: 'eng', fr: 'fra', es: 'spa', pt: 'por' };

/**
 * The data set read: `4.0.0_best_int`, Tesseract's LSTM models stored as integers, about a third
 * of the size of the full models (2.9 MB for English) for nearly the same accuracy.
 */
export const OCR_DATA_VERSION = '4.0.0_best_int';

/**
 * Pages are drawn at 200 dots per inch, which Tesseract reads well for body text, and never
 * more than 2,500 pixels on their long side, which bounds a phone's memory (25 MB a page).
 */
const OCR_DPI = 200;
const OCR_MAX_SIDE = 2500;

/** The scale at which pdf.js draws a page of this size (in PDF points) for OCR. */
export function ocrScale(width: number, height: number): number {
	return Math.min(OCR_DPI / 72, OCR_MAX_SIDE / Math.max(width, height, 1));
}

/**
 * The language OCR reads: the one chosen, else the plan record's first language that has a
 * lexicon, else English. OCR cannot detect a language before it has read the text, so the page
 * and the CLI say which one was used.
 */
export function ocrLanguage(chosen: string | undefined, recordLanguages: readonly string[]): LexiconLanguage {
	const known = (language: string | undefined): language is LexiconLanguage => language !== undefined && language in OCR_LANGUAGES;
	if (known(chosen)) return chosen;
	return recordLanguages.find(known) ?? 'en';
}

/** A canvas pdf.js draws on, with what OCR needs of it. */
export interface OcrCanvas {
	width: number;
	height: number;
	getContext(kind: '2d'): unknown;
}

/** pdf.js's canvas factory (its `CanvasFactory` option), for where the code runs. */
export interface CanvasFactory {
	create(width: number, height: number): { canvas: OcrCanvas; context: unknown };
	reset(entry: { canvas: OcrCanvas }, width: number, height: number): void;
	destroy(entry: { canvas: OcrCanvas | null; context: unknown }): void;
}

/** Where the code runs, for OCR: how to make canvases, encode them, and find Tesseract's files. */
export interface OcrHost {
	/** pdf.js's canvas factory class for this environment. */
	CanvasFactory: new () => CanvasFactory;
	/** The drawn page as a PNG (a Blob in the browser, a Buffer in Node), which Tesseract reads in both. */
	encodePng(canvas: OcrCanvas): Promise<ImageLike>;
	/** Tesseract's worker script (the browser's copy); Node uses the package's own. */
	workerPath?: string;
	/** The folder of Tesseract's WebAssembly core (the browser's copy); Node uses the package's own. */
	corePath?: string;
	/** The folder holding `{eng,fra,spa,por}.traineddata.gz`. */
	langPath: string;
	/** How many engines read pages side by side (each a thread with its own copy of the model, about 100 MB). */
	engines: number;
	/**
	 * Keep the language data once downloaded (the browser's IndexedDB), so further engines and
	 * later runs do not fetch it again. Node reads it from `node_modules` and writes no cache.
	 */
	cacheLanguageData?: boolean;
}

/**
 * Engines to start on a machine with `cores` cores: one per core, at most three, which bounds
 * memory on a phone. Drawing the next page takes far less than reading one, so it shares the
 * cores (on this 2-core machine, 10 scanned pages: 1 engine 0.37 pages/s, 2 engines 0.46).
 */
export function ocrEngines(cores: number): number {
	return Math.max(1, Math.min(3, cores));
}

/** Reads drawn pages, up to `engines` at once; ended with `terminate` so the engines' memory is freed. */
export interface PageReader {
	engines: number;
	read(canvas: OcrCanvas): Promise<string>;
	terminate(): Promise<void>;
}
