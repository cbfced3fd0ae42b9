import { z } from 'astro/zod';
import { MAX_ID_LENGTH } from '../lib/content-policy.ts';
import { isoDate, webUrl } from './common.ts';
import { LEXICON_LANGUAGES } from './framework.ts';
import { STANDINGS } from '../lib/screening/structure.ts';

/** How an assessment was made; pages show it beside every figure that uses the assessment. */
export const ASSESSMENT_METHODS = ['automated-screening', 'expert-review', 'published-source'] as const;
export type AssessmentMethod = (typeof ASSESSMENT_METHODS)[number];

/**
 * What an assessment says about one item. An item absent from the file is "not assessed";
 * `not-applicable` is an item about a commitment that began after the plan's period started
 * (src/lib/framework.ts, `isApplicable`), left out of every percentage.
 */
export const FINDING_STATUSES = ['addressed', 'partial', 'not-found', 'not-applicable'] as const;
export type FindingStatus = (typeof FINDING_STATUSES)[number];

/** Quotes are evidence, not reproduction: about 25 words at most (we allow a little slack). */
export const MAX_QUOTE_WORDS = 30;

/** A published review or report that states the finding. */
const citedSource = z
	.object({
		/** Title and authors as published. */
		title: z.string().min(3).max(400),
		/** Where it is published. */
		url: webUrl,
		/** Page, table or section of the source that states the finding. */
		locator: z.string().max(120).optional(),
	})
	.strict();

/** A place in the plan's own text that supports the finding. */
const pageEvidence = z
	.object({
		/** Page number in the PDF (1 = first page of the file, not the printed folio). */
		page: z.number().int().min(1),
		/** A short quote from that page, at most about 25 words. */
		quote: z
			.string()
			.trim()
			.min(3)
			.max(400)
			.refine((quote) => quote.split(/\s+/).length <= MAX_QUOTE_WORDS, {
				error: (issue) => `expected a quote of at most ${MAX_QUOTE_WORDS} words, found ${String(issue.input).split(/\s+/).length}`,
			}),
		/** The lexicon phrase that found it, for automated screening. */
		matched: z.string().max(120).optional(),
		/**
		 * Where the quote stands in the plan, for automated screening: in a `commitment` (an
		 * objective, strategy, action, target, indicator, budget line or responsible body), in the
		 * plan's other `text`, or in its `front-matter` (a foreword, letter or acknowledgement).
		 */
		standing: z.enum(STANDINGS).optional(),
		/**
		 * The quote was read by OCR from an image of the page (the file has no text there), so it
		 * can carry OCR's misreadings; the page is listed in the document's `ocrPages`.
		 */
		ocr: z.literal(true).optional(),
	})
	.strict();

/** One item's finding. `addressed` and `partial` need page evidence or a cited source. */
const finding = z
	.object({
		status: z.enum(FINDING_STATUSES),
		/** Screening's confidence from 0 to 1; only automated screening sets it. */
		confidence: z.number().min(0).max(1).optional(),
		/** Pages that support the finding, best first. */
		evidence: z.array(pageEvidence).max(10).default([]),
		/** A published source that states the finding, for `published-source` assessments. */
		source: citedSource.optional(),
		/** A reviewer's remark (why partial, what was checked). */
		note: z.string().max(600).optional(),
	})
	.strict()
	.refine((value) => value.status === 'not-found' || value.status === 'not-applicable' || value.evidence.length > 0 || value.source !== undefined, {
		error: 'expected page evidence or a cited source for an item marked addressed or partial',
		path: ['evidence'],
	})
	.refine((value) => value.status !== 'not-applicable' || value.note !== undefined, {
		error: 'expected a note saying why the item is not applicable to this plan',
		path: ['note'],
	});

/** The document that was read, so a reader can check the same copy. */
const assessedDocument = z
	.object({
		/** Where the copy that was read can be found. */
		url: webUrl.optional(),
		/** SHA-256 of the file that was read. */
		sha256: z.string().regex(/^[0-9a-f]{64}$/, { error: 'expected a 64-character lowercase hex SHA-256' }).optional(),
		/** Number of pages in that file. */
		pages: z.number().int().min(1).optional(),
		/**
		 * Pages whose text was read by OCR from images (a scan) rather than from the file's text
		 * layer, in order; quotes from them can carry misreadings.
		 */
		ocrPages: z.array(z.number().int().min(1)).min(1).optional(),
	})
	.strict()
	.refine((value) => value.ocrPages === undefined || value.pages === undefined || value.ocrPages.every((page) => page <= value.pages!), {
		error: 'expected OCR pages within the document\'s page count',
		path: ['ocrPages'],
	});

/** A person who checked an automated draft, and what they checked. */
const review = z
	.object({
		/** Who reviewed: a name or role. */
		by: z.string().min(2).max(200),
		/** When. */
		date: isoDate,
		/** What was checked, in a sentence. */
		note: z.string().max(600).optional(),
	})
	.strict();

/**
 * One plan assessed against the framework: `content/assessments/{plan-id}.yaml`.
 * `findings` maps framework item ids to what was found; an item left out was not assessed.
 */
export const assessmentSchema = z
	.object({
		/** The framework version the findings refer to; must be the current major version. */
		frameworkVersion: z.string().regex(/^\d+\.\d+\.\d+$/, { error: 'expected a semantic version such as "1.0.0"' }),
		/** How the findings were made. */
		method: z.enum(ASSESSMENT_METHODS),
		/** Who or what made them: a tool and its version, a reviewer, or the review cited. */
		assessedBy: z.string().min(2).max(300),
		/** When the assessment was made. */
		date: isoDate,
		/** Language of the text that was screened. */
		language: z.enum(LEXICON_LANGUAGES).optional(),
		/** The file that was read. */
		document: assessedDocument.optional(),
		/** The published review every finding comes from, for `published-source`. */
		source: citedSource.optional(),
		/** A person's check of an automated draft; absent means nobody has confirmed it yet. */
		review: review.optional(),
		/** Item id → finding. */
		findings: z.record(z.string().max(MAX_ID_LENGTH).regex(/^[a-z][a-z0-9-]*$/, { error: 'expected a framework item id' }), finding),
		/** What a reader should know about this assessment, in our words. */
		notes: z.string().max(2000).optional(),
	})
	.strict()
	.refine((value) => value.method !== 'published-source' || value.source !== undefined, {
		error: 'expected `source` (the published review) for method published-source',
		path: ['source'],
	})
	.refine((value) => Object.values(value.findings).every((finding) => finding.evidence.every((quote) => !quote.ocr || value.document?.ocrPages?.includes(quote.page))), {
		error: 'expected every quote marked `ocr` to be on a page listed in `document.ocrPages`',
		path: ['findings'],
	});

export type Assessment = z.infer<typeof assessmentSchema>;
export type Finding = z.infer<typeof finding>;
