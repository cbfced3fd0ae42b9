import { createCanvas } from '@napi-rs/canvas';
import { createIsomorphicCanvasFactory, getDocumentProxy } from 'unpdf';
import { imageOnlyPdf, type ScannedPage } from './synthetic-pdf.ts';

/**
 * A synthetic scan of real plan pages: each page of `pdf` listed in `pageNumbers` drawn at `dpi`
 * and stored as a JPEG in an image-only PDF, with no text layer, as a ministry's scanner would
 * make it. Tests and the bench OCR it and compare with the text layer of the same pages.
 */
export async function syntheticScanOf(pdf: Uint8Array, pageNumbers: readonly number[], dpi = 150): Promise<Uint8Array> {
	const CanvasFactory = await createIsomorphicCanvasFactory(() => import('@napi-rs/canvas'));
	const document = await getDocumentProxy(pdf.slice(), { CanvasFactory, disableFontFace: true, verbosity: 0 });
	try {
		const pages: ScannedPage[] = [];
		for (const number of pageNumbers) {
			const page = await document.getPage(number);
			const points = page.getViewport({ scale: 1 });
			const viewport = page.getViewport({ scale: dpi / 72 });
			const canvas = createCanvas(Math.ceil(viewport.width), Math.ceil(viewport.height));
			const context = canvas.getContext('2d');
			// A scanner's page is white paper; a PDF page's background is transparent.
			context.fillStyle = '#fff';
			context.fillRect(0, 0, canvas.width, canvas.height);
			await page.render({ canvas: canvas as never, canvasContext: context as never, viewport }).promise;
			pages.push({
				jpeg: new Uint8Array(await canvas.encode('jpeg', 80)),
				pixels: { width: canvas.width, height: canvas.height },
				points: { width: Math.round(points.width), height: Math.round(points.height) },
			});
		}
		return imageOnlyPdf(pages);
	} finally {
		await document.loadingTask.destroy();
	}
}
