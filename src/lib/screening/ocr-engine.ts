import { createWorker } from 'tesseract.js';
import type { LexiconLanguage } from '../../schemas/framework.ts';
import { OCR_LANGUAGES, type OcrHost, type PageReader } from './ocr.ts';

/** A Tesseract engine for one language, started from the host's files; nothing is fetched from elsewhere. */
export async function startOcr(host: OcrHost, language: LexiconLanguage): Promise<PageReader> {
	const worker = await createWorker(OCR_LANGUAGES[language], 1 /* OEM.LSTM_ONLY: the models shipped are LSTM only */, {
		langPath: host.langPath,
		...(host.workerPath ? { workerPath: host.workerPath, workerBlobURL: false } : {}),
		...(host.corePath ? { corePath: host.corePath } : {}),
		gzip: true,
		// Never write the language data to a cache (a file in Node, IndexedDB in the browser).
		cacheMethod: 'none',
	});
	return {
		read: async (canvas) => (await worker.recognize(await host.encodePng(canvas))).data.text,
		terminate: async () => {
			await worker.terminate();
		},
	};
}
