import { createScheduler, createWorker } from 'tesseract.js';
import type { LexiconLanguage } from '../../schemas/framework.ts';
import { OCR_LANGUAGES, type OcrHost, type PageReader } from './ocr.ts';

/**
 * Tesseract engines for one language, started from the host's files (nothing is fetched from
 * elsewhere): `host.engines` of them, each in its own thread, reading pages side by side.
 */
export async function startOcr(host: OcrHost, language: LexiconLanguage): Promise<PageReader> {
	const scheduler = createScheduler();
	const start = () =>
		createWorker(OCR_LANGUAGES[language], 1 /* OEM.LSTM_ONLY: the models shipped are LSTM only */, {
			langPath: host.langPath,
			...(host.workerPath ? { workerPath: host.workerPath, workerBlobURL: false } : {}),
			...(host.corePath ? { corePath: host.corePath } : {}),
			gzip: true,
			cacheMethod: host.cacheLanguageData ? 'write' : 'none',
		});
	try {
		// The first engine alone, so the others find its language data in the cache, not the network.
		scheduler.addWorker(await start());
		for (const worker of await Promise.all(Array.from({ length: host.engines - 1 }, start))) scheduler.addWorker(worker);
	} catch (error) {
		await scheduler.terminate();
		throw error;
	}
	return {
		engines: host.engines,
		read: async (canvas) => (await scheduler.addJob('recognize', await host.encodePng(canvas))).data.text,
		terminate: async () => {
			await scheduler.terminate();
		},
	};
}
