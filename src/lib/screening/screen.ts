import type { Assessment, Finding, FindingStatus } from '../../schemas/assessment.ts';
import type { FrameworkDomain, LexiconLanguage } from '../../schemas/framework.ts';
import { LEXICON_LANGUAGES } from '../../schemas/framework.ts';
import { ScreeningError } from './errors.ts';
import { compilePhrase, matchPhrase, quoteAround, tokenizePage, type CompiledPhrase, type TokenizedPage } from './lexicon.ts';

/** Bumped when matching or scoring rules change, so drafts say which rules made them. */
export const SCREENING_VERSION = '1.0.0';

/** Evidence pages kept per item, best first. */
const EVIDENCE_PAGES = 3;

/** An item's lexicon compiled for one language. */
export interface CompiledItem {
	id: string;
	phrases: CompiledPhrase[];
}

/** Compile every item of the framework for the document's language. */
export function compileFramework(domains: readonly FrameworkDomain[], language: LexiconLanguage): CompiledItem[] {
	return domains.flatMap((domain) =>
		domain.items.map((item) => ({ id: item.id, phrases: item.lexicon[language].map((phrase) => compilePhrase(phrase, language)) })),
	);
}

/** One item's screening result, before it becomes a finding. */
export interface ItemScreening {
	id: string;
	status: FindingStatus;
	confidence: number;
	/** Pages (1-based) with at least one match. */
	pages: number[];
	/** Distinct lexicon phrases that matched. */
	phrases: string[];
	evidence: { page: number; quote: string; matched: string }[];
}

/**
 * The rule that turns matches into a status, stated on /gaps/method/:
 * no match is `not-found`; matches on two or more pages, or of two or more different phrases,
 * are `addressed`; a single phrase on a single page is `partial` (a mention a reviewer weighs).
 * Confidence grows with the pages and phrases that agree; absence is never certain.
 */
export function statusFromMatches(pageCount: number, phraseCount: number): { status: FindingStatus; confidence: number } {
	if (pageCount === 0) return { status: 'not-found', confidence: 0.6 };
	if (pageCount === 1 && phraseCount === 1) return { status: 'partial', confidence: 0.5 };
	const confidence = Math.min(0.95, 0.6 + 0.1 * (pageCount - 1) + 0.1 * (phraseCount - 1));
	return { status: 'addressed', confidence: Math.round(confidence * 100) / 100 };
}

/** Screen tokenised pages against compiled items: every item gets a result, found or not. */
export function screenPages(pages: readonly TokenizedPage[], items: readonly CompiledItem[]): ItemScreening[] {
	return items.map((item) => {
		const hitsByPage = new Map<number, { count: number; best?: { phrase: CompiledPhrase; quote: string; length: number } }>();
		const phrases = new Set<string>();
		pages.forEach((page, index) => {
			for (const phrase of item.phrases) {
				const matches = matchPhrase(page, phrase);
				if (matches.length === 0) continue;
				phrases.add(phrase.phrase);
				const entry = hitsByPage.get(index + 1) ?? { count: 0 };
				entry.count += matches.length;
				// The longest phrase on the page makes the most telling quote.
				if (!entry.best || phrase.words.length > entry.best.length) {
					entry.best = { phrase, quote: quoteAround(page, matches[0]), length: phrase.words.length };
				}
				hitsByPage.set(index + 1, entry);
			}
		});
		const pagesFound = [...hitsByPage.keys()].sort((a, b) => a - b);
		const { status, confidence } = statusFromMatches(pagesFound.length, phrases.size);
		const evidence = [...hitsByPage.entries()]
			.sort(([pageA, a], [pageB, b]) => b.count - a.count || (b.best?.length ?? 0) - (a.best?.length ?? 0) || pageA - pageB)
			.slice(0, EVIDENCE_PAGES)
			.map(([page, entry]) => ({ page, quote: entry.best!.quote, matched: entry.best!.phrase.phrase }));
		return { id: item.id, status, confidence, pages: pagesFound, phrases: [...phrases].sort(), evidence };
	});
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
}

/** A draft assessment from screening results, marked automated and unreviewed. */
export function draftAssessment(results: readonly ItemScreening[], context: DraftContext): Assessment {
	const findings: Record<string, Finding> = {};
	for (const result of results) {
		findings[result.id] = {
			status: result.status,
			confidence: result.confidence,
			evidence: result.evidence,
		};
	}
	return {
		frameworkVersion: context.frameworkVersion,
		method: 'automated-screening',
		assessedBy: `NCCP Portal screening ${SCREENING_VERSION} (npm run screen)`,
		date: context.date,
		language: context.language,
		...(context.document ? { document: context.document } : {}),
		findings,
	};
}
