import { Worker } from 'node:worker_threads';
import { ScreeningError } from './errors.ts';
import { DEFAULT_LIMITS, type ExtractionLimits, type Progress } from './pdf.ts';
import type { WorkerMessage } from './pdf-worker.ts';

/**
 * Bounds on the thread that reads a PDF. pdf.js inflates compressed streams and interprets page
 * content with no limits of its own, so a small hostile file (a "zip bomb" stream, forms that
 * draw each other a billion times) could otherwise take all the memory or run for hours.
 */
export interface ResourceLimits {
	/**
	 * Most memory of the whole process while reading, in MB (resident set, checked every few
	 * milliseconds). Inflated streams are held in buffers outside the JavaScript heap, so only
	 * this bound catches them.
	 */
	maxMemoryMb: number;
	/**
	 * JavaScript heap of the reading thread, in MB (its old generation). A backstop set above
	 * `maxMemoryMb`: Node enforces it on a best-effort basis and some allocations abort the whole
	 * process instead (nodejs/node#47224), so the memory check is meant to stop the thread first.
	 */
	maxHeapMb: number;
	/** Longest wait for the file to open or for the next page, in seconds. */
	maxSecondsPerPage: number;
	/** Longest time for the whole file, in seconds (1,500 pages at 50 pages a second take 30). */
	maxSeconds: number;
}

export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxMemoryMb: 512, maxHeapMb: 1024, maxSecondsPerPage: 10, maxSeconds: 120 };

/** What a curator can still do with a genuine file that breaks a bound. */
const TEXT_INSTEAD = '. If it opens normally in a PDF reader, screen its text instead (pdftotext plan.pdf plan.txt)';

/** How often the process's memory is checked while a PDF is read. */
const MEMORY_CHECK_MS = 10;

/**
 * `extractPdfPages` in a worker thread with a heap limit, a memory watchdog and timeouts: the
 * text of every page, or a `ScreeningError` saying which bound the file broke (code
 * `resource-limit`) or why it cannot be screened.
 */
export function extractPdfPagesIsolated(
	bytes: Uint8Array,
	onProgress?: Progress,
	limits: ExtractionLimits = DEFAULT_LIMITS,
	resources: ResourceLimits = DEFAULT_RESOURCE_LIMITS,
): Promise<string[]> {
	// The worker gets its own copy, which it hands to pdf.js.
	const copy = bytes.slice();
	const worker = new Worker(new URL('./pdf-worker.ts', import.meta.url), {
		workerData: { bytes: copy, limits },
		transferList: [copy.buffer],
		resourceLimits: { maxOldGenerationSizeMb: resources.maxHeapMb, maxYoungGenerationSizeMb: 16 },
	});
	const outOfMemory = () =>
		new ScreeningError(
			'resource-limit',
			`reading the PDF took more than ${resources.maxMemoryMb} MB of memory and was stopped: its streams or structure expand to far more than a plan needs (a damaged or hostile file)${TEXT_INSTEAD}`,
		);

	return new Promise<string[]>((resolve, reject) => {
		let pagesRead = 0;
		let settled = false;
		const finish = (outcome: { pages: string[] } | { error: ScreeningError }) => {
			if (settled) return;
			settled = true;
			clearInterval(memoryCheck);
			clearTimeout(pageTimer);
			clearTimeout(fileTimer);
			void worker.terminate();
			if ('pages' in outcome) resolve(outcome.pages);
			else reject(outcome.error);
		};
		const tooSlow = (what: string, seconds: number) =>
			finish({ error: new ScreeningError('resource-limit', `${what} took more than ${seconds} s and was stopped: the file is damaged or built to never finish${TEXT_INSTEAD}`) });

		const memoryCheck = setInterval(() => {
			if (process.memoryUsage.rss() > resources.maxMemoryMb * 1048576) finish({ error: outOfMemory() });
		}, MEMORY_CHECK_MS);
		const fileTimer = setTimeout(() => tooSlow('reading the PDF', resources.maxSeconds), resources.maxSeconds * 1000);
		let pageTimer = setTimeout(() => tooSlow('opening the PDF', resources.maxSecondsPerPage), resources.maxSecondsPerPage * 1000);

		worker.on('message', (message: WorkerMessage) => {
			if (message.kind === 'progress') {
				pagesRead = message.done;
				clearTimeout(pageTimer);
				pageTimer = setTimeout(() => tooSlow(`reading page ${pagesRead + 1}`, resources.maxSecondsPerPage), resources.maxSecondsPerPage * 1000);
				onProgress?.(message.done, message.total);
			} else if (message.kind === 'pages') {
				finish({ pages: message.pages });
			} else {
				finish({ error: new ScreeningError(message.code, message.message) });
			}
		});
		worker.on('error', (error: Error & { code?: string }) => {
			if (error.code === 'ERR_WORKER_OUT_OF_MEMORY') finish({ error: outOfMemory() });
			else finish({ error: new ScreeningError('unreadable', `the PDF could not be read: ${error.message}`) });
		});
		worker.on('exit', () => finish({ error: new ScreeningError('unreadable', 'the PDF reader stopped without an answer') }));
	});
}
