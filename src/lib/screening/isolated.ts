import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ScreeningError } from './errors.ts';
import type { LexiconLanguage } from '../../schemas/framework.ts';
import type { ChildMessage, ReadRequest } from './pdf-child.ts';
import { DEFAULT_LIMITS, type ExtractionLimits, type PdfText, type Progress } from './pdf.ts';

/**
 * Bounds on the process that reads a PDF. pdf.js inflates compressed streams and interprets page
 * content with no limits of its own, so a small hostile file (a "zip bomb" stream, forms that
 * draw each other a billion times) could otherwise take all the memory or run for hours.
 */
export interface ResourceLimits {
	/**
	 * Most resident memory of the reading process, in MB, checked every few milliseconds where
	 * the system shows it (Linux's /proc). Inflated streams are buffers outside the JavaScript
	 * heap, so only this bound catches them.
	 */
	maxMemoryMb: number;
	/** JavaScript heap of the reading process, in MB (its old generation), enforced by V8 everywhere. */
	maxHeapMb: number;
	/** Longest wait for the file to open or for the next page, in seconds. */
	maxSecondsPerPage: number;
	/** Longest time for the whole file, in seconds (1,500 pages at 50 pages a second take 30). */
	maxSeconds: number;
}

export const DEFAULT_RESOURCE_LIMITS: ResourceLimits = { maxMemoryMb: 600, maxHeapMb: 256, maxSecondsPerPage: 10, maxSeconds: 120 };

/**
 * With OCR the reading process also holds Tesseract (about 150 MB with its language data) and a
 * drawn page, and reading a page takes seconds instead of milliseconds: 1 to 5 s on this
 * machine, so a minute a page and half an hour in all (a 300-page scan) leave room for a slow one.
 */
export const OCR_RESOURCE_LIMITS: ResourceLimits = { maxMemoryMb: 1200, maxHeapMb: 512, maxSecondsPerPage: 60, maxSeconds: 1800 };

/** What a curator can still do with a genuine file that breaks a bound. */
const TEXT_INSTEAD = '. If it opens normally in a PDF reader, screen its text instead (pdftotext plan.pdf plan.txt)';

/** How often the reading process's memory is checked. */
const MEMORY_CHECK_MS = 10;

/**
 * `extractPdfPages` in a child process with a heap limit, a memory watchdog and timeouts, killed
 * at once when it breaks one: the text of every page, or a `ScreeningError` saying which bound
 * the file broke (code `resource-limit`) or why it cannot be screened. A child process rather
 * than a worker thread because a thread stops only between instructions (a large allocation
 * under way completes first) and a thread over its heap limit can abort the whole process
 * (nodejs/node#47224).
 */
export async function extractPdfPagesIsolated(
	bytes: Uint8Array,
	onProgress?: Progress,
	limits: ExtractionLimits = DEFAULT_LIMITS,
	resources: ResourceLimits = DEFAULT_RESOURCE_LIMITS,
): Promise<string[]> {
	return (await readIsolated({ bytes, limits }, resources, onProgress)).pages;
}

/** `extractPdfPagesWithOcr` in the same bounded child process: pages without text are read by OCR in `language`. */
export function extractPdfPagesWithOcrIsolated(
	bytes: Uint8Array,
	language: LexiconLanguage,
	onProgress?: Progress,
	limits: ExtractionLimits = DEFAULT_LIMITS,
	resources: ResourceLimits = OCR_RESOURCE_LIMITS,
): Promise<PdfText> {
	return readIsolated({ bytes, limits, ocrLanguage: language }, resources, onProgress);
}

function readIsolated(request: ReadRequest, resources: ResourceLimits, onProgress?: Progress): Promise<PdfText> {
	const child = spawn(process.execPath, [`--max-old-space-size=${resources.maxHeapMb}`, fileURLToPath(new URL('./pdf-child.ts', import.meta.url))], {
		stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
		serialization: 'advanced',
	});
	let stderr = '';
	child.stderr?.on('data', (chunk: Buffer) => {
		stderr = (stderr + chunk.toString()).slice(-4000);
	});
	child.send(request);

	const outOfMemory = (megabytes: number) =>
		new ScreeningError(
			'resource-limit',
			`reading the PDF took more than ${megabytes} MB of memory and was stopped: its streams or structure expand to far more than a plan needs (a damaged or hostile file)${TEXT_INSTEAD}`,
		);

	return new Promise<PdfText>((resolve, reject) => {
		let settled = false;
		const finish = (outcome: { text: PdfText } | { error: ScreeningError }) => {
			if (settled) return;
			settled = true;
			clearInterval(memoryCheck);
			clearTimeout(pageTimer);
			clearTimeout(fileTimer);
			child.kill('SIGKILL');
			if ('text' in outcome) resolve(outcome.text);
			else reject(outcome.error);
		};
		const tooSlow = (what: string, seconds: number) =>
			finish({ error: new ScreeningError('resource-limit', `${what} took more than ${seconds} s and was stopped: the file is damaged or built to never finish${TEXT_INSTEAD}`) });

		const memoryCheck = setInterval(() => {
			if (child.pid !== undefined && (residentBytes(child.pid) ?? 0) > resources.maxMemoryMb * 1048576) finish({ error: outOfMemory(resources.maxMemoryMb) });
		}, MEMORY_CHECK_MS);
		const fileTimer = setTimeout(() => tooSlow('reading the PDF', resources.maxSeconds), resources.maxSeconds * 1000);
		let pageTimer = setTimeout(() => tooSlow('opening the PDF', resources.maxSecondsPerPage), resources.maxSecondsPerPage * 1000);

		child.on('message', (message: ChildMessage) => {
			if (message.kind === 'progress') {
				clearTimeout(pageTimer);
				pageTimer = setTimeout(() => tooSlow(`reading page ${message.done + 1}`, resources.maxSecondsPerPage), resources.maxSecondsPerPage * 1000);
				onProgress?.(message.done, message.total, message.byOcr);
			} else if (message.kind === 'pages') {
				finish({ text: { pages: message.pages, ocrPages: message.ocrPages } });
			} else {
				finish({ error: new ScreeningError(message.code, message.message) });
			}
		});
		child.on('error', (error) => finish({ error: new ScreeningError('unreadable', `the PDF reader could not run: ${error.message}`) }));
		child.on('close', (code, signal) => {
			if (/heap out of memory/.test(stderr)) finish({ error: outOfMemory(resources.maxHeapMb) });
			const detail = stderr.trim().split('\n').at(-1);
			finish({ error: new ScreeningError('unreadable', `the PDF reader stopped (${signal ?? `exit code ${code}`})${detail ? `: ${detail}` : ''}`) });
		});
	});
}

/** Resident memory of a process in bytes, from Linux's /proc; undefined elsewhere or once it has ended. */
function residentBytes(pid: number): number | undefined {
	try {
		const kilobytes = /^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'latin1'))?.[1];
		return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
	} catch {
		return undefined;
	}
}
