import { getDocumentProxy } from 'unpdf';
import type { PDFPageProxy } from 'unpdf/pdfjs';
import { ScreeningError } from './errors.ts';
import { ocrScale, type CanvasFactory, type PageReader } from './ocr.ts';

/** Limits that keep a hostile or mistaken file from exhausting time or memory. */
export interface ExtractionLimits {
	/** Largest file accepted, in bytes. */
	maxBytes: number;
	/** Most pages read; a plan longer than this is refused rather than screened in part. */
	maxPages: number;
	/** Most characters of text on one page; a dense printed page has about 5,000. */
	maxPageCharacters: number;
}

export const DEFAULT_LIMITS: ExtractionLimits = { maxBytes: 100 * 1024 * 1024, maxPages: 1500, maxPageCharacters: 100_000 };

/** What the browser page reads: a phone's memory is the bound, so less than a curator's machine. */
export const BROWSER_LIMITS: ExtractionLimits = { maxBytes: 50 * 1024 * 1024, maxPages: 1000, maxPageCharacters: 100_000 };

/** Refuses a file over the size limit, before it is read into memory. */
export function checkFileSize(size: number, limits: ExtractionLimits = DEFAULT_LIMITS): void {
	if (size === 0) throw new ScreeningError('empty-file', 'the file is empty (0 bytes)');
	if (size > limits.maxBytes) {
		throw new ScreeningError('too-large', `the file is ${(size / 1048576).toFixed(1)} MB; at most ${limits.maxBytes / 1048576} MB is screened`);
	}
}

/** Fewer visible characters than this per page on average means the text is in images. */
const MIN_CHARACTERS_PER_PAGE = 20;

/** Reports progress on long files: pages read so far, the total, and whether the last was read by OCR. */
export type Progress = (done: number, total: number, byOcr?: boolean) => void;

/** What reading pages by OCR needs: pdf.js's canvas factory for where the code runs, and a started engine (./ocr.ts). */
export interface PageOcr {
	CanvasFactory: new () => CanvasFactory;
	reader: PageReader;
}

/** The text of every page, and which pages were read by OCR. */
export interface PdfText {
	pages: string[];
	/** Pages (1 = first) whose text came from OCR of the drawn page, in order. */
	ocrPages: number[];
}

/**
 * The text of every page of a PDF, page 1 first. Refuses, with a `ScreeningError`, what cannot
 * be screened honestly: an empty file, a file that is not a PDF, an encrypted or corrupt PDF,
 * one over the limits, and one whose pages carry no text (a scan that needs OCR).
 */
export async function extractPdfPages(bytes: Uint8Array, onProgress?: Progress, limits: ExtractionLimits = DEFAULT_LIMITS): Promise<string[]> {
	return (await readPdf(bytes, onProgress, limits)).pages;
}

/**
 * As `extractPdfPages`, for a scan: every page without a text layer of its own is drawn and read
 * by OCR, the others keep their text. Refuses a file in which OCR too finds no text. The engine
 * comes from `startOcr` (./ocr-node.ts or ./ocr-browser.ts) and is ended however the reading ends.
 */
export async function extractPdfPagesWithOcr(bytes: Uint8Array, startOcr: () => Promise<PageOcr>, onProgress?: Progress, limits: ExtractionLimits = DEFAULT_LIMITS): Promise<PdfText> {
	const ocr = await startOcr();
	try {
		return await readPdf(bytes, onProgress, limits, ocr);
	} finally {
		await ocr.reader.terminate();
	}
}

async function readPdf(bytes: Uint8Array, onProgress: Progress | undefined, limits: ExtractionLimits, ocr?: PageOcr): Promise<PdfText> {
	checkFileSize(bytes.length, limits);
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	if (!head.includes('%PDF-')) throw new ScreeningError('not-pdf', 'not a PDF: the file does not start with a %PDF- header');

	let document: Awaited<ReturnType<typeof getDocumentProxy>>;
	try {
		// pdf.js takes ownership of the buffer it is given; pass a copy so the caller's stays usable.
		// To draw pages for OCR it needs canvases; glyphs are drawn as paths, with no web fonts.
		document = await getDocumentProxy(bytes.slice(), { stopAtErrors: true, verbosity: 0, ...(ocr ? { CanvasFactory: ocr.CanvasFactory, disableFontFace: true } : {}) });
	} catch (error) {
		throw asScreeningError(error);
	}
	try {
		const total = document.numPages;
		if (total > limits.maxPages) throw new ScreeningError('too-large', `the PDF has ${total} pages; at most ${limits.maxPages} are screened`);
		const pages: string[] = [];
		const ocrPages: number[] = [];
		// Pages being drawn and read by OCR, oldest first: one page per engine is read while the
		// next is drawn. Each promise never rejects; a failure is kept and thrown here.
		const reading: Promise<void>[] = [];
		let failure: unknown;
		let done = 0;
		for (let number = 1; number <= total; number++) {
			const page = await document.getPage(number);
			const text = joinFieldText(await pageText(page, number, limits.maxPageCharacters), await fieldText(page), number, limits.maxPageCharacters);
			if (ocr === undefined || visibleCharacters(text) >= MIN_CHARACTERS_PER_PAGE) {
				pages[number - 1] = text;
				page.cleanup();
				onProgress?.(++done, total, false);
				continue;
			}
			ocrPages.push(number);
			const read = readByOcr(page, ocr).then(
				(ocrText) => {
					pages[number - 1] = ocrText.slice(0, limits.maxPageCharacters);
					onProgress?.(++done, total, true);
				},
				(error: unknown) => {
					failure ??= error;
				},
			);
			reading.push(read);
			if (reading.length > ocr.reader.engines) await reading.shift();
			if (failure) throw failure;
		}
		await Promise.all(reading);
		if (failure) throw failure;
		const characters = pages.reduce((sum, text) => sum + visibleCharacters(text), 0);
		if (characters < MIN_CHARACTERS_PER_PAGE * total) {
			const where = `${characters} characters on ${total} ${total === 1 ? 'page' : 'pages'}`;
			throw ocr
				? new ScreeningError('no-text', `OCR found almost no text: ${where}; the pages are pictures without readable words, or the scan is too poor to read`)
				: new ScreeningError('needs-ocr', `no extractable text: ${where}; the pages are probably images (a scan) and need OCR before screening`);
		}
		return { pages, ocrPages };
	} catch (error) {
		throw asScreeningError(error);
	} finally {
		await document.loadingTask.destroy();
	}
}

function visibleCharacters(text: string): number {
	return text.replace(/\s+/g, '').length;
}

/**
 * Draw a page for OCR and read it; the canvas is freed once read (a page is up to 25 MB of
 * pixels), and pdf.js's resources for the page once drawn.
 */
async function readByOcr(page: PDFPageProxy, ocr: PageOcr): Promise<string> {
	const size = page.getViewport({ scale: 1 });
	const viewport = page.getViewport({ scale: ocrScale(size.width, size.height) });
	const factory = new ocr.CanvasFactory();
	const entry = factory.create(Math.ceil(viewport.width), Math.ceil(viewport.height));
	try {
		await page.render({ canvas: entry.canvas as never, canvasContext: entry.context as never, viewport }).promise;
		page.cleanup();
		return await ocr.reader.read(entry.canvas);
	} finally {
		factory.destroy(entry);
	}
}

/**
 * The text of one page, read in the chunks pdf.js produces, so that a page drawing text without
 * end is stopped at the limit instead of after it has filled memory.
 */
async function pageText(page: PDFPageProxy, number: number, maxCharacters: number): Promise<string> {
	const reader: ReadableStreamDefaultReader<Awaited<ReturnType<PDFPageProxy['getTextContent']>>> = page.streamTextContent().getReader();
	let text = '';
	for (;;) {
		const { done, value } = await reader.read();
		if (done) return text;
		for (const item of value.items) if ('str' in item) text += item.str + (item.hasEOL ? '\n' : ' ');
		if (text.length > maxCharacters) {
			const error = new ScreeningError(
				'too-large',
				`page ${number} has more than ${maxCharacters.toLocaleString('en')} characters of text (a dense printed page has about 5,000); the page is damaged or built to never end`,
			);
			await reader.cancel(error);
			throw error;
		}
	}
}

/**
 * The text a page keeps outside its content stream: values typed into form fields and the text
 * of notes and free-text annotations. Some plans keep their objectives in fillable tables, which
 * plain text extraction skips; each value becomes a line of its own.
 */
async function fieldText(page: PDFPageProxy): Promise<string[]> {
	const annotations: { fieldValue?: unknown; contentsObj?: { str?: unknown }; subtype?: string }[] = await page.getAnnotations({ intent: 'display' });
	const lines: string[] = [];
	for (const annotation of annotations) {
		const values = Array.isArray(annotation.fieldValue) ? annotation.fieldValue : [annotation.fieldValue];
		for (const value of values) if (typeof value === 'string' && /\p{L}/u.test(value)) lines.push(value);
		if (annotation.subtype !== 'Widget' && typeof annotation.contentsObj?.str === 'string' && /\p{L}/u.test(annotation.contentsObj.str)) lines.push(annotation.contentsObj.str);
	}
	return lines;
}

/** A page's text with its fields' text after it, within the same character limit. */
function joinFieldText(text: string, fields: readonly string[], number: number, maxCharacters: number): string {
	if (fields.length === 0) return text;
	const joined = `${text}\n${fields.join('\n')}`;
	if (joined.length > maxCharacters) {
		throw new ScreeningError(
			'too-large',
			`page ${number} has more than ${maxCharacters.toLocaleString('en')} characters of text with its form fields (a dense printed page has about 5,000); the page is damaged or built to never end`,
		);
	}
	return joined;
}

/** Translate pdf.js's exceptions into the curator's words. */
function asScreeningError(error: unknown): ScreeningError {
	if (error instanceof ScreeningError) return error;
	const name = error instanceof Error ? error.name : '';
	const detail = error instanceof Error ? error.message : String(error);
	if (name === 'PasswordException') return new ScreeningError('encrypted', 'the PDF is encrypted and needs a password; ask the publisher for an open copy or decrypt it first');
	if (name === 'InvalidPDFException' || name === 'FormatError' || name === 'UnknownErrorException') {
		return new ScreeningError('corrupt', `the PDF is damaged or truncated and cannot be read (${detail})`);
	}
	return new ScreeningError('unreadable', `the PDF could not be read: ${detail}`);
}
