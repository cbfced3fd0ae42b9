import { getDocumentProxy } from 'unpdf';
import type { PDFPageProxy } from 'unpdf/pdfjs';
import { ScreeningError } from './errors.ts';

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

/** Reports progress on long files: pages read so far and the total. */
export type Progress = (done: number, total: number) => void;

/**
 * The text of every page of a PDF, page 1 first. Refuses, with a `ScreeningError`, what cannot
 * be screened honestly: an empty file, a file that is not a PDF, an encrypted or corrupt PDF,
 * one over the limits, and one whose pages carry no text (a scan that needs OCR).
 */
export async function extractPdfPages(bytes: Uint8Array, onProgress?: Progress, limits: ExtractionLimits = DEFAULT_LIMITS): Promise<string[]> {
	checkFileSize(bytes.length, limits);
	const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
	if (!head.includes('%PDF-')) throw new ScreeningError('not-pdf', 'not a PDF: the file does not start with a %PDF- header');

	let document: Awaited<ReturnType<typeof getDocumentProxy>>;
	try {
		// pdf.js takes ownership of the buffer it is given; pass a copy so the caller's stays usable.
		document = await getDocumentProxy(bytes.slice(), { stopAtErrors: true, verbosity: 0 });
	} catch (error) {
		throw asScreeningError(error);
	}
	try {
		const total = document.numPages;
		if (total > limits.maxPages) throw new ScreeningError('too-large', `the PDF has ${total} pages; at most ${limits.maxPages} are screened`);
		const pages: string[] = [];
		for (let number = 1; number <= total; number++) {
			const page = await document.getPage(number);
			const text = await pageText(page, number, limits.maxPageCharacters);
			pages.push(joinFieldText(text, await fieldText(page), number, limits.maxPageCharacters));
			page.cleanup();
			onProgress?.(number, total);
		}
		const characters = pages.reduce((sum, text) => sum + text.replace(/\s+/g, '').length, 0);
		if (characters < MIN_CHARACTERS_PER_PAGE * total) {
			throw new ScreeningError(
				'needs-ocr',
				`no extractable text: ${characters} characters on ${total} ${total === 1 ? 'page' : 'pages'}; the pages are probably images (a scan) and need OCR before screening`,
			);
		}
		return pages;
	} catch (error) {
		throw asScreeningError(error);
	} finally {
		await document.loadingTask.destroy();
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
