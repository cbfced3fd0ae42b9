/// <reference lib="webworker" />
import type { LexiconLanguage } from '../../schemas/framework.ts';
import { OCR_ASSET_BASE } from './ocr-assets.ts';
import { ocrEngines, type CanvasFactory, type OcrCanvas } from './ocr.ts';
import { startOcr } from './ocr-engine.ts';
import type { PageOcr } from './pdf.ts';

type Entry = { canvas: OcrCanvas | null; context: unknown };

/** pdf.js's canvases in a worker, where there is no document: OffscreenCanvas. */
class OffscreenCanvasFactory implements CanvasFactory {
	create(width: number, height: number) {
		const canvas = new OffscreenCanvas(width, height);
		return { canvas, context: canvas.getContext('2d', { willReadFrequently: true }) };
	}
	reset(entry: { canvas: OcrCanvas }, width: number, height: number) {
		entry.canvas.width = width;
		entry.canvas.height = height;
	}
	destroy(entry: Entry) {
		// Shrinking the canvas frees its pixels at once, before the garbage collector runs.
		if (entry.canvas) {
			entry.canvas.width = 0;
			entry.canvas.height = 0;
		}
		entry.canvas = null;
		entry.context = null;
	}
}

/**
 * OCR in the screening page's worker: pages drawn on OffscreenCanvas, Tesseract's worker, cores
 * and language data from the site's own `/ocr/` (src/integrations/ocr-assets.ts).
 */
export async function browserOcr(language: LexiconLanguage): Promise<PageOcr> {
	const base = new URL(OCR_ASSET_BASE, self.location.origin).href;
	const reader = await startOcr(
		{
			CanvasFactory: OffscreenCanvasFactory,
			encodePng: (canvas) => (canvas as OffscreenCanvas).convertToBlob({ type: 'image/png' }),
			workerPath: `${base}worker.min.js`,
			corePath: `${base}core/`,
			langPath: `${base}lang`,
			engines: ocrEngines(navigator.hardwareConcurrency || 1),
			cacheLanguageData: true,
		},
		language,
	);
	return { CanvasFactory: OffscreenCanvasFactory, reader };
}
