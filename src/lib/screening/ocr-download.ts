import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { gzipSync } from 'node:zlib';
import type { LexiconLanguage } from '../../schemas/framework.ts';
import { OCR_ASSETS } from './ocr-assets.ts';
import { OCR_LANGUAGES } from './ocr.ts';

/**
 * What a browser downloads to start OCR in each language, in bytes, measured at build time so
 * the page can say it: the worker and one core as a host that gzips scripts sends them, and the
 * language data (already gzipped). The SIMD core stands for the three, which differ by 0.3%.
 */
export function ocrDownloadBytes(): Record<LexiconLanguage, number> {
	const require = createRequire(import.meta.url);
	const size = (asset: string, gzip: boolean) => {
		const bytes = readFileSync(require.resolve(OCR_ASSETS[asset]));
		return gzip ? gzipSync(bytes).length : bytes.length;
	};
	const engine = size('worker.min.js', true) + size('core/tesseract-core-simd-lstm.wasm.js', true);
	const entries = Object.entries(OCR_LANGUAGES).map(([language, code]) => [language, engine + size(`lang/${code}.traineddata.gz`, false)]);
	return Object.fromEntries(entries) as Record<LexiconLanguage, number>;
}
