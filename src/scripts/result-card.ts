import { escapeHtml, type PagefindResult } from './pagefind.ts';

/** The result-card facts, in order; each record kind fills the ones it has (see SearchFacts on its page). */
const FACT_KEYS = ['kind', 'country', 'period', 'type', 'status', 'publisher', 'year', 'offers'] as const;

/**
 * One search result as a list item: title link, a line of facts, and a sentence about the
 * record: a country's `summary` (written at build time), a plan's made here from its facts with
 * `planSentence` ("{type} of {country}, {period}. {status}."; no bytes added to each fragment a
 * search loads), or else Pagefind's excerpt, which on record pages reads like field labels.
 */
export async function renderResult(result: PagefindResult, withExcerpt: boolean, planSentence?: string): Promise<string> {
	const data = await result.data();
	const facts = FACT_KEYS.map((key) => data.meta[key]).filter(Boolean).map((fact) => escapeHtml(fact!));
	const plan = planSentence && data.filters.kind?.includes('plan') && data.meta.type && data.meta.country && data.meta.period && data.meta.status;
	// Pagefind's excerpt is already HTML-escaped, with <mark> around the matched words.
	const sentence = data.meta.summary
		? escapeHtml(data.meta.summary)
		: plan
			? escapeHtml(planSentence!.replace(/\{(type|country|period|status)\}/g, (_, key: string) => data.meta[key]!))
			: data.excerpt;
	const excerpt = withExcerpt && sentence ? `<p class="muted">${sentence}</p>` : '';
	return `<li><a href="${escapeHtml(data.url)}">${escapeHtml(data.meta.title ?? data.url)}</a><span class="meta">${facts.join(' · ')}</span>${excerpt}</li>`;
}
