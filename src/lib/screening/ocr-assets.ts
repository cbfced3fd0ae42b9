import { OCR_DATA_VERSION, OCR_LANGUAGES } from './ocr.ts';

/**
 * Where the site serves Tesseract's files for the browser, and where each comes from in
 * `node_modules`: src/integrations/ocr-assets.ts copies them at build time and serves them in
 * development. Only the LSTM cores (the data shipped has no legacy models), in the three builds
 * tesseract.js chooses from by what the browser's WebAssembly supports.
 */
export const OCR_ASSET_BASE = '/ocr/';
export const OCR_ASSETS: Record<string, string> = {
	'worker.min.js': 'tesseract.js/dist/worker.min.js',
	...Object.fromEntries(
		['tesseract-core-lstm.wasm.js', 'tesseract-core-simd-lstm.wasm.js', 'tesseract-core-relaxedsimd-lstm.wasm.js'].map((file) => [`core/${file}`, `tesseract.js-core/${file}`]),
	),
	...Object.fromEntries(
		Object.values(OCR_LANGUAGES).map((code) => [`lang/${code}.traineddata.gz`, `@tesseract.js-data/${code}/${OCR_DATA_VERSION}/${code}.traineddata.gz`]),
	),
};
