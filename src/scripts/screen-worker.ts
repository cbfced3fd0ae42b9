/// <reference lib="webworker" />
/**
 * The browser page's screening, off the main thread: the same `src/lib/screening` code as
 * `npm run screen` (pdf.js through unpdf, the page structure, the lexicon, the status rule, the
 * draft) on a file that never leaves the browser. The page starts one worker per file and ends
 * it when the report is shown, on an error and on cancel, so memory does not grow from one file
 * to the next. Messages out: `progress`, then `done` or `error`. With `ocr`, pages without a text
 * layer are read by OCR (src/lib/screening/ocr-browser.ts), whose engine loads only then.
 */
import { assembleFramework } from '../lib/framework.ts';
import { planGaps, type Tally } from '../lib/gaps.ts';
import { draftFiles, type DraftFiles } from '../lib/screening/draft-files.ts';
import { ScreeningError } from '../lib/screening/errors.ts';
import { ocrLanguage } from '../lib/screening/ocr.ts';
import { BROWSER_LIMITS, checkFileSize, extractPdfPages, extractPdfPagesWithOcr, type PdfText, type Progress } from '../lib/screening/pdf.ts';
import { draftAssessment, screenDocument } from '../lib/screening/screen.ts';
import { textPages } from '../lib/screening/text.ts';
import type { ScreeningFramework } from '../lib/screening/page-data.ts';
import type { Assessment } from '../schemas/assessment.ts';
import type { LexiconLanguage } from '../schemas/framework.ts';

/** A priority area as the report lists it: its label, its items' labels in order, and the draft's tally over them. */
export interface ReportDomain {
	id: string;
	label: string;
	items: { id: string; label: string }[];
	/** Counted by `planGaps` (src/lib/gaps.ts), as a published plan report counts it. */
	tally: Tally;
}

/** What the page asks for. */
export interface ScreenJob {
	file: File;
	/** `/gaps/screen/framework.json`: the framework and its lexicons, made at build time. */
	frameworkUrl: string;
	/** The catalogued plan, or undefined for a plan not in the catalogue. */
	plan?: { id: string; title: string; languages: string[]; start: number; documentUrl?: string };
	/** For a plan not in the catalogue: the year its period starts, if the user gave it. */
	planStart?: number;
	/** A language chosen on the page, or undefined to detect it. */
	language?: string;
	/** Today, as the draft's date. */
	date: string;
	/** How `assessedBy` names the page. */
	tool: string;
	/** Read pages that have no text layer by OCR: chosen by the user after a scan was refused. */
	ocr?: boolean;
}

export type ScreenMessage =
	| { type: 'progress'; done: number; total: number; byOcr?: boolean }
	/** OCR's engine and language data are loading (a few MB, once per run). */
	| { type: 'loading-ocr'; language: string }
	| { type: 'done'; pages: number; seconds: number; language: string; draft: Assessment; files: DraftFiles; domains: ReportDomain[]; ocr?: { pages: number[]; language: string } }
	| { type: 'error'; code: string; message: string };

const post = (message: ScreenMessage) => (self as unknown as DedicatedWorkerGlobalScope).postMessage(message);

async function screen(job: ScreenJob): Promise<void> {
	const started = performance.now();
	checkFileSize(job.file.size, BROWSER_LIMITS);
	const bytes = new Uint8Array(await job.file.arrayBuffer());
	const onProgress: Progress = (done, total, byOcr) => post({ type: 'progress', done, total, byOcr });
	const ocr = job.ocr ? ocrLanguage(job.language, job.plan?.languages ?? []) : undefined;
	const [{ pages: texts, ocrPages }, framework] = await Promise.all([
		/\.txt$/i.test(job.file.name) || job.file.type === 'text/plain'
			? Promise.resolve({ pages: textPages(bytes), ocrPages: [] })
			: ocr
				? readWithOcr(bytes, ocr, onProgress)
				: extractPdfPages(bytes, onProgress, BROWSER_LIMITS).then((pages): PdfText => ({ pages, ocrPages: [] })),
		fetch(job.frameworkUrl).then((response) => response.json() as Promise<ScreeningFramework>),
	]);
	const assembled = assembleFramework(framework.meta, framework.domains);
	const { language, results } = screenDocument(texts, assembled.domainList, {
		recordLanguages: job.plan?.languages ?? [],
		language: job.language,
		planStart: job.plan?.start ?? job.planStart,
	});
	const sha256 = [...new Uint8Array(await crypto.subtle.digest('SHA-256', bytes))].map((byte) => byte.toString(16).padStart(2, '0')).join('');
	const draft = draftAssessment(results, {
		frameworkVersion: assembled.version,
		language,
		date: job.date,
		tool: job.tool,
		document: { ...(job.plan?.documentUrl ? { url: job.plan.documentUrl } : {}), sha256, pages: texts.length, ...(ocrPages.length > 0 ? { ocrPages } : {}) },
	});
	const files = draftFiles(assembled, draft, { id: job.plan?.id, title: job.plan?.title });
	const gaps = planGaps(assembled, { id: job.plan?.id ?? 'screened-plan', assessment: draft });
	const domains = assembled.domainList.map((domain) => ({
		id: domain.id,
		label: domain.label,
		items: domain.items.map((item) => ({ id: item.id, label: item.label })),
		tally: gaps.domains.get(domain.id)!,
	}));
	post({
		type: 'done',
		pages: texts.length,
		seconds: (performance.now() - started) / 1000,
		language,
		draft,
		files,
		domains,
		...(ocr && ocrPages.length > 0 ? { ocr: { pages: ocrPages, language: ocr } } : {}),
	});
}

/** The PDF's text with pages that have none read by OCR; Tesseract loads only here, and stops when done. */
async function readWithOcr(bytes: Uint8Array, language: LexiconLanguage, onProgress: Progress): Promise<PdfText> {
	post({ type: 'loading-ocr', language });
	return extractPdfPagesWithOcr(bytes, async () => (await import('../lib/screening/ocr-browser.ts')).browserOcr(language), onProgress, BROWSER_LIMITS);
}

self.addEventListener('message', (event: MessageEvent) => {
	// pdf.js, loaded in a worker, also listens on it; only the page's jobs carry a file.
	const job = event.data as ScreenJob;
	if (!(job?.file instanceof File)) return;
	screen(job).catch((error: unknown) => {
		if (error instanceof ScreeningError) post({ type: 'error', code: error.code, message: error.message });
		else post({ type: 'error', code: 'unreadable', message: `the file could not be screened: ${error instanceof Error ? error.message : String(error)}` });
	});
});
