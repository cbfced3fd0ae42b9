/**
 * Screen one document for one catalogued plan and write its draft assessment: what
 * `npm run screen` does for a curator and `npm run screen-corpus` does for every corpus plan.
 * Nothing is written unless the whole document was read; the file is written whole or not at all.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, extname, join, relative } from 'node:path';
import { parseMarkdownRecord, serializeYamlRecord } from '../../src/lib/content-files.ts';
import type { Framework } from '../../src/lib/framework.ts';
import { ScreeningError } from '../../src/lib/screening/errors.ts';
import { extractPdfPagesIsolated, extractPdfPagesWithOcrIsolated } from '../../src/lib/screening/isolated.ts';
import { ocrLanguage } from '../../src/lib/screening/ocr.ts';
import { checkFileSize, type Progress } from '../../src/lib/screening/pdf.ts';
import { textPages } from '../../src/lib/screening/text.ts';
import { draftAssessment, screenDocument, type ItemScreening } from '../../src/lib/screening/screen.ts';
import { planSchema, type Plan } from '../../src/schemas/plan.ts';
import type { LexiconLanguage } from '../../src/schemas/framework.ts';

export interface ScreenFileRequest {
	/** The PDF, or a text file split into pages at form feeds. */
	file: string;
	planId: string;
	contentDir: string;
	framework: Framework;
	/** Where to write; `content/assessments/{plan-id}.yaml` by default. */
	out?: string;
	/** A language that wins over the record and the detection. */
	language?: string;
	/** Replace an existing assessment. */
	force?: boolean;
	/** Where the copy read can be found, when it is not the plan's official document. */
	documentUrl?: string;
	/** Read pages that have no text layer (a scan) by OCR. */
	ocr?: boolean;
	onProgress?: Progress;
}

export interface ScreenFileResult {
	out: string;
	pages: number;
	seconds: number;
	language: LexiconLanguage;
	results: ItemScreening[];
	/** Pages read by OCR, with the language OCR read them in. */
	ocr?: { pages: number[]; language: LexiconLanguage };
}

/** The plan record of an id, or a refusal naming the file that was expected. */
export function readPlan(contentDir: string, planId: string): Plan {
	const planPath = join(contentDir, 'plans', `${planId}.md`);
	if (!/^[a-z0-9-]+$/.test(planId) || !existsSync(planPath)) {
		throw new ScreeningError('unknown-plan', `unknown plan id "${planId}": expected a file ${relative(process.cwd(), planPath)} (add the plan record first)`);
	}
	const plan = planSchema.safeParse(parseMarkdownRecord(readFileSync(planPath, 'utf8')).data);
	if (!plan.success) throw new ScreeningError('unknown-plan', `the plan record ${planPath} is invalid; run npm run validate`);
	return plan.data;
}

export async function screenFile(request: ScreenFileRequest): Promise<ScreenFileResult> {
	const plan = readPlan(request.contentDir, request.planId);
	if (!existsSync(request.file)) throw new ScreeningError('unreadable', `no such file: ${request.file}`);
	const out = request.out ?? join(request.contentDir, 'assessments', `${request.planId}.yaml`);
	if (existsSync(out) && !request.force) {
		throw new ScreeningError('unreadable', `${relative(process.cwd(), out)} exists; it may hold reviewed findings. Pass --force to replace it, or --out to write elsewhere`);
	}

	const started = performance.now();
	const ocr = request.ocr ? ocrLanguage(request.language, plan.languages) : undefined;
	const { bytes, texts, ocrPages } = await readDocument(request.file, ocr, request.onProgress);
	const { language, results } = screenDocument(texts, request.framework.domainList, { recordLanguages: plan.languages, language: request.language, planStart: plan.period.start });
	const seconds = (performance.now() - started) / 1000;

	const documentUrl = request.documentUrl ?? plan.documentUrl;
	const draft = draftAssessment(results, {
		frameworkVersion: request.framework.version,
		language,
		date: new Date().toISOString().slice(0, 10),
		document: {
			...(documentUrl ? { url: documentUrl } : {}),
			sha256: createHash('sha256').update(bytes).digest('hex'),
			pages: texts.length,
			...(ocrPages.length > 0 ? { ocrPages } : {}),
		},
	});
	mkdirSync(dirname(out), { recursive: true });
	const temporary = `${out}.${process.pid}.tmp`;
	writeFileSync(temporary, serializeYamlRecord(draft));
	renameSync(temporary, out);
	return { out, pages: texts.length, seconds, language, results, ...(ocr && ocrPages.length > 0 ? { ocr: { pages: ocrPages, language: ocr } } : {}) };
}

/**
 * The bytes and the text of every page of a document, and the pages read by OCR when a language
 * to read them in is given; a refusal names the file.
 */
async function readDocument(file: string, ocr: LexiconLanguage | undefined, onProgress?: Progress): Promise<{ bytes: Uint8Array; texts: string[]; ocrPages: number[] }> {
	try {
		checkFileSize(statSync(file).size);
		const bytes = new Uint8Array(readFileSync(file));
		if (extname(file).toLowerCase() === '.txt') return { bytes, texts: textPages(bytes), ocrPages: [] };
		if (ocr) {
			const { pages, ocrPages } = await extractPdfPagesWithOcrIsolated(bytes, ocr, onProgress);
			return { bytes, texts: pages, ocrPages };
		}
		return { bytes, texts: await extractPdfPagesIsolated(bytes, onProgress), ocrPages: [] };
	} catch (error) {
		if (error instanceof ScreeningError) {
			const hint = error.code === 'needs-ocr' ? '; pass --ocr to read the pages by OCR (slower, and OCR text can be wrong)' : '';
			throw new ScreeningError(error.code, `${file}: ${error.message}${hint}`);
		}
		throw error;
	}
}
