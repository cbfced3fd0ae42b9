import type { Assessment, Finding, FindingStatus } from '../../schemas/assessment.ts';
import type { FrameworkDomain, FrameworkItem, LexiconLanguage } from '../../schemas/framework.ts';
import { LEXICON_LANGUAGES } from '../../schemas/framework.ts';
import { isApplicable, notApplicableReason } from '../framework.ts';
import { ScreeningError } from './errors.ts';
import { compilePhrase, matchPhrase, printableText, quoteAround, tokenizePage, type CompiledPhrase, type TokenizedPage } from './lexicon.ts';
import { classifyPages, commitmentLines, removeRunningLines, SKIPPED_PAGE_KINDS, STANDINGS, statedPeriods, type PageKind, type Standing } from './structure.ts';

/** Bumped when matching or scoring rules change, so drafts say which rules made them. */
export const SCREENING_VERSION = '2.0.0';

/** Evidence pages kept per item, best first. */
const EVIDENCE_PAGES = 3;

/** An item's lexicon compiled for one language, with how it is addressed. */
export interface CompiledItem {
	id: string;
	phrases: CompiledPhrase[];
	addressedBy: FrameworkItem['addressedBy'];
	detector?: FrameworkItem['detector'];
	/** The item itself, for telling whether it applies to a plan of a given year. */
	item: FrameworkItem;
}

/** Compile every item of the framework for the document's language. */
export function compileFramework(domains: readonly FrameworkDomain[], language: LexiconLanguage): CompiledItem[] {
	return domains.flatMap((domain) =>
		domain.items.map((item) => ({
			id: item.id,
			phrases: item.lexicon[language].map((phrase) => compilePhrase(phrase, language)),
			addressedBy: item.addressedBy,
			...(item.detector ? { detector: item.detector } : {}),
			item,
		})),
	);
}

/** A page as screening reads it: its words, what kind of page it is, and its commitment lines. */
export interface ReadPage extends TokenizedPage {
	kind: PageKind;
	/** Per line of `lines`, whether it stands in a commitment. */
	commitments: boolean[];
}

/** A document read for screening: its pages and the period its first pages state. */
export interface ReadDocument {
	pages: ReadPage[];
	statedPeriods: ReturnType<typeof statedPeriods>;
}

/**
 * Tokenise a document's page texts without their running headers and footers, for telling its
 * language before its structure is read.
 */
export function tokenizeDocument(texts: readonly string[]): TokenizedPage[] {
	return removeRunningLines(texts).map(tokenizePage);
}

/** Read the structure of tokenised pages in the document's language. */
export function readDocument(texts: readonly string[], pages: readonly TokenizedPage[], language: LexiconLanguage): ReadDocument {
	const kinds = classifyPages(pages.map((page) => page.lines));
	return {
		pages: pages.map((page, index) => ({ ...page, kind: kinds[index], commitments: kinds[index] === 'body' ? commitmentLines(page.lines, language) : page.lines.map(() => false) })),
		statedPeriods: statedPeriods(texts.map((text) => text.split(/\r?\n/))),
	};
}

/** One item's screening result, before it becomes a finding. */
export interface ItemScreening {
	id: string;
	status: FindingStatus;
	confidence: number;
	/** Pages (1-based) with at least one match where the plan speaks (skipped pages left out). */
	pages: number[];
	/** Distinct lexicon phrases that matched there. */
	phrases: string[];
	/** The best pages, a commitment first: page, quote, the phrase that matched and where it stands. */
	evidence: { page: number; quote: string; matched: string; standing: Standing }[];
	/** Why the item is not applicable to the plan, for status `not-applicable`. */
	note?: string;
}

/** How many pages of each standing an item was matched on. */
export interface StandingCounts {
	commitment: number;
	text: number;
	'front-matter': number;
}

/**
 * The rule that turns matches into a status, stated on /gaps/method/. Matches on contents,
 * reference, glossary and roster pages have already been left out.
 * - An item is `addressed` when a match stands in a commitment (an objective, strategy, action,
 *   target, indicator, budget line or named responsible body). An item the plan addresses by
 *   containing it (`addressedBy: content`: its period, its cancer burden) is addressed too when
 *   the plan's own text names it on two pages or more.
 * - A match only in the narrative, or in a foreword, letter or acknowledgement, is `partial`: a
 *   mention that a reviewer weighs.
 * - No match at all is `not-found`.
 * Confidence grows with the commitment pages and phrases that agree; absence is never certain.
 */
export function statusFromStandings(counts: StandingCounts, phraseCount: number, addressedBy: CompiledItem['addressedBy'] = 'commitment'): { status: FindingStatus; confidence: number } {
	const round = (value: number) => Math.round(Math.min(0.95, value) * 100) / 100;
	if (counts.commitment > 0) return { status: 'addressed', confidence: round(0.6 + 0.1 * (counts.commitment - 1) + 0.05 * (phraseCount - 1)) };
	if (addressedBy === 'content' && counts.text >= 2) return { status: 'addressed', confidence: round(0.55 + 0.05 * (counts.text - 2) + 0.05 * (phraseCount - 1)) };
	if (counts.text > 0) return { status: 'partial', confidence: round(0.5 + 0.05 * (counts.text - 1)) };
	if (counts['front-matter'] > 0) return { status: 'partial', confidence: 0.4 };
	return { status: 'not-found', confidence: 0.6 };
}

const standingRank = (standing: Standing) => STANDINGS.indexOf(standing);

/**
 * Screen a read document against compiled items: every item gets a result, found or not. Given
 * the year the plan's period starts, an item about a commitment that began later is
 * `not-applicable` (src/lib/framework.ts), whatever the text says.
 */
export function screenPages(document: ReadDocument, items: readonly CompiledItem[], planStart?: number): ItemScreening[] {
	return items.map((item) => {
		if (planStart !== undefined && !isApplicable(item.item, planStart)) {
			return { id: item.id, status: 'not-applicable', confidence: 1, pages: [], phrases: [], evidence: [], note: notApplicableReason(item.item, planStart) };
		}
		type PageHit = { standing: Standing; phrases: Set<string>; matches: number; detected?: boolean; best: { phrase: string; quote: string; length: number; standing: Standing } };
		const hits = new Map<number, PageHit>();
		const record = (pageNumber: number, standing: Standing, phrase: string, quote: string, length: number) => {
			const hit = hits.get(pageNumber) ?? { standing, phrases: new Set<string>(), matches: 0, best: { phrase, quote, length, standing } };
			hit.phrases.add(phrase);
			hit.matches++;
			if (standingRank(standing) < standingRank(hit.standing)) hit.standing = standing;
			// The quote is the strongest standing's longest phrase: a commitment, where there is one.
			const better = standingRank(standing) - standingRank(hit.best.standing) || hit.best.length - length;
			if (better < 0) hit.best = { phrase, quote, length, standing };
			hits.set(pageNumber, hit);
		};
		document.pages.forEach((page, index) => {
			if (SKIPPED_PAGE_KINDS.has(page.kind)) return;
			for (const phrase of item.phrases) {
				for (const match of matchPhrase(page, phrase)) {
					const line = page.wordLines[page.tokens[match.start].word];
					const standing: Standing = page.kind === 'front-matter' ? 'front-matter' : page.commitments[line] ? 'commitment' : 'text';
					record(index + 1, standing, phrase.phrase, quoteAround(page, match), phrase.words.length);
				}
			}
		});
		if (item.detector === 'stated-period') {
			for (const stated of document.statedPeriods) {
				const page = document.pages[stated.page - 1];
				if (page && SKIPPED_PAGE_KINDS.has(page.kind)) continue;
				record(stated.page, 'commitment', 'stated period', quoteLine(stated.text), 3);
				hits.get(stated.page)!.detected = true;
			}
		}
		const pagesFound = [...hits.keys()].sort((a, b) => a - b);
		const phrases = new Set([...hits.values()].flatMap((hit) => [...hit.phrases]));
		const counts: StandingCounts = { commitment: 0, text: 0, 'front-matter': 0 };
		for (const hit of hits.values()) counts[hit.standing]++;
		const { status, confidence } = statusFromStandings(counts, phrases.size, item.addressedBy);
		// A commitment is the best evidence of a promise; what a plan contains (its burden, its
		// period) is best shown where the plan says most about it.
		// The period printed with the title is the plan's own statement of it: cited first.
		const rank = (hit: PageHit) => (hit.detected ? -1 : item.addressedBy === 'content' ? (hit.standing === 'front-matter' ? 1 : 0) : standingRank(hit.standing));
		const evidence = [...hits.entries()]
			.sort(([pageA, a], [pageB, b]) => rank(a) - rank(b) || b.phrases.size - a.phrases.size || b.matches - a.matches || b.best.length - a.best.length || pageA - pageB)
			.slice(0, EVIDENCE_PAGES)
			.map(([page, hit]) => ({ page, quote: hit.best.quote, matched: hit.best.phrase, standing: hit.standing }));
		return { id: item.id, status, confidence, pages: pagesFound, phrases: [...phrases].sort(), evidence };
	});
}

/** The line that states a plan's period, as a quote of at most 25 words. */
function quoteLine(text: string): string {
	const words = text.trim().split(/\s+/);
	return words.length > 25 ? `${words.slice(0, 25).join(' ')} …` : words.join(' ');
}

/** What a front end asks of a screening: the plan's recorded languages, a chosen language, its start year. */
export interface ScreeningRequest {
	/** The plan record's languages (ISO 639-1), if the plan is catalogued. */
	recordLanguages?: readonly string[];
	/** A language chosen by the user, which wins over the record and the detection. */
	language?: string;
	/** The year the plan's period starts, for items that did not exist before a given year. */
	planStart?: number;
}

/**
 * Screen a document from the text of its pages: drop running headers and footers, choose the
 * language, read which pages are the plan's own words and which lines are commitments, and
 * match every item. The CLI, the browser page, the benchmark and the tests all come through here.
 */
export function screenDocument(pageTexts: readonly string[], domains: readonly FrameworkDomain[], request: ScreeningRequest = {}) {
	const texts = pageTexts.map(printableText);
	const tokenized = tokenizeDocument(texts);
	const language = chooseLanguage(request.recordLanguages ?? [], tokenized, request.language);
	const document = readDocument(texts, tokenized, language);
	return { language, document, results: screenPages(document, compileFramework(domains, language), request.planStart) };
}

/** Frequent short words of each lexicon language, for telling a document's language. */
const STOPWORDS: Record<LexiconLanguage, ReadonlySet<string>> = {
	en: new Set(['the', 'and', 'of', 'to', 'in', 'for', 'with', 'is', 'are', 'be', 'by', 'this', 'that', 'will', 'from']),
	fr: new Set(['le', 'la', 'les', 'des', 'et', 'du', 'une', 'pour', 'dans', 'est', 'sont', 'par', 'sur', 'au', 'aux']),
	es: new Set(['el', 'la', 'los', 'las', 'y', 'del', 'una', 'para', 'en', 'es', 'por', 'con', 'que', 'se', 'su']),
	pt: new Set(['o', 'a', 'os', 'as', 'e', 'do', 'da', 'dos', 'das', 'uma', 'para', 'em', 'com', 'que', 'por', 'no', 'na']),
};

/**
 * The lexicon language a text is written in, by counting each language's frequent words; one
 * language must clearly lead (a third more hits than the next) and appear often enough to trust.
 * Returns undefined for a text in none of them.
 */
export function detectLanguage(pages: readonly TokenizedPage[], candidates: readonly LexiconLanguage[] = LEXICON_LANGUAGES): LexiconLanguage | undefined {
	const scores = new Map(candidates.map((language) => [language, 0]));
	let words = 0;
	for (const page of pages) {
		for (const token of page.tokens) {
			words++;
			for (const language of candidates) if (STOPWORDS[language].has(token.folded)) scores.set(language, scores.get(language)! + 1);
		}
	}
	const ranked = [...scores.entries()].sort((a, b) => b[1] - a[1]);
	const [best, next] = ranked;
	if (!best || best[1] < Math.max(20, words * 0.05)) return undefined;
	if (next && best[1] < next[1] * 1.33) return undefined;
	return best[0];
}

/**
 * Which lexicon to screen with: the plan's own language where the record names exactly one we
 * have, otherwise the detected one among those the record names (or all, when it names none).
 */
export function chooseLanguage(recordLanguages: readonly string[], pages: readonly TokenizedPage[], override?: string): LexiconLanguage {
	const supported = (language: string): language is LexiconLanguage => (LEXICON_LANGUAGES as readonly string[]).includes(language);
	const list = LEXICON_LANGUAGES.join(', ');
	if (override !== undefined) {
		if (!supported(override)) throw new ScreeningError('unsupported-language', `the language "${override}" has no lexicon; screening supports ${list}`);
		return override;
	}
	const known = recordLanguages.filter(supported);
	if (recordLanguages.length > 0 && known.length === 0) {
		throw new ScreeningError('unsupported-language', `the plan is in ${recordLanguages.join(', ')}, which has no lexicon; screening supports ${list}`);
	}
	if (known.length === 1) return known[0];
	const detected = detectLanguage(pages, known.length > 0 ? known : LEXICON_LANGUAGES);
	if (!detected) {
		throw new ScreeningError('unsupported-language', `could not tell the document's language among ${(known.length > 0 ? known : LEXICON_LANGUAGES).join(', ')}; pass --language to choose one`);
	}
	return detected;
}

/** What a draft records about the run that made it. */
export interface DraftContext {
	frameworkVersion: string;
	language: LexiconLanguage;
	date: string;
	document?: Assessment['document'];
	/** Where screening ran, named in `assessedBy`: the CLI by default. */
	tool?: string;
}

/**
 * A draft assessment from screening results, marked automated and unreviewed. Quotes from pages
 * read by OCR (the document's `ocrPages`) are marked `ocr`, as they can carry misreadings.
 */
export function draftAssessment(results: readonly ItemScreening[], context: DraftContext): Assessment {
	const ocrPages = new Set(context.document?.ocrPages);
	const findings: Record<string, Finding> = {};
	for (const result of results) {
		findings[result.id] = {
			status: result.status,
			confidence: result.confidence,
			evidence: result.evidence.map((quote) => (ocrPages.has(quote.page) ? { ...quote, ocr: true as const } : quote)),
			...(result.note ? { note: result.note } : {}),
		};
	}
	return {
		frameworkVersion: context.frameworkVersion,
		method: 'automated-screening',
		assessedBy: `NCCP Portal screening ${SCREENING_VERSION} (${context.tool ?? 'npm run screen'})`,
		date: context.date,
		language: context.language,
		...(context.document ? { document: context.document } : {}),
		findings,
	};
}
