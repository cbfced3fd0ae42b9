/**
 * Reads one PDF for `extractPdfPagesIsolated` (./isolated.ts) in a worker thread, so the thread
 * that started it can stop it when it takes too much memory or time.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { ScreeningError } from './errors.ts';
import { extractPdfPages, type ExtractionLimits } from './pdf.ts';

/** What the worker says to the thread that started it. */
export type WorkerMessage =
	| { kind: 'progress'; done: number; total: number }
	| { kind: 'pages'; pages: string[] }
	| { kind: 'refused'; code: ScreeningError['code']; message: string };

const { bytes, limits } = workerData as { bytes: Uint8Array; limits: ExtractionLimits };
const send = (message: WorkerMessage) => parentPort?.postMessage(message);

try {
	const pages = await extractPdfPages(bytes, (done, total) => send({ kind: 'progress', done, total }), limits);
	send({ kind: 'pages', pages });
} catch (error) {
	if (!(error instanceof ScreeningError)) throw error;
	send({ kind: 'refused', code: error.code, message: error.message });
}
