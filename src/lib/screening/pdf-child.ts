/**
 * Reads one PDF for `extractPdfPagesIsolated` (./isolated.ts) in a child process, which the
 * parent can kill at once when it takes too much memory or time.
 */
import type { LexiconLanguage } from '../../schemas/framework.ts';
import { ScreeningError } from './errors.ts';
import { extractPdfPages, extractPdfPagesWithOcr, type ExtractionLimits, type PdfText, type Progress } from './pdf.ts';

/** What the parent sends: the file, the limits to read it with, and the language to OCR pages without text in, if any. */
export interface ReadRequest {
	bytes: Uint8Array;
	limits: ExtractionLimits;
	ocrLanguage?: LexiconLanguage;
}

/** What the child says to its parent. */
export type ChildMessage =
	| { kind: 'progress'; done: number; total: number; byOcr?: boolean }
	| ({ kind: 'pages' } & PdfText)
	| { kind: 'refused'; code: ScreeningError['code']; message: string };

const send = (message: ChildMessage) => process.send?.(message);

async function read({ bytes, limits, ocrLanguage }: ReadRequest, onProgress: Progress): Promise<PdfText> {
	if (!ocrLanguage) return { pages: await extractPdfPages(bytes, onProgress, limits), ocrPages: [] };
	// Tesseract and the canvas load only for OCR, so reading an ordinary PDF starts as fast as before.
	return extractPdfPagesWithOcr(bytes, async () => (await import('./ocr-node.ts')).nodeOcr(ocrLanguage), onProgress, limits);
}

process.once('message', async (request: ReadRequest) => {
	try {
		send({ kind: 'pages', ...(await read(request, (done, total, byOcr) => send({ kind: 'progress', done, total, byOcr }))) });
	} catch (error) {
		if (!(error instanceof ScreeningError)) throw error;
		send({ kind: 'refused', code: error.code, message: error.message });
	}
});
