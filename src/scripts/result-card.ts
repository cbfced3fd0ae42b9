import { escapeHtml, type PagefindResult } from './pagefind.ts';

/** The result-card facts, in order; each record kind fills the ones it has (see SearchFacts on its page). */
const FACT_KEYS = ['kind', 'country', 'period', 'type', 'status', 'publisher', 'year', 'offers'] as const;

/**
 * One search result as a list item: title link, a line of facts, and a sentence about the record
 * (its `summary`, written at build time for plans and countries) or else Pagefind's excerpt.
 */
export async function renderResult(result: PagefindResult, withExcerpt: boolean): Promise<string> {
	const data = await result.data();
	const facts = FACT_KEYS.map((key) => data.meta[key]).filter(Boolean).map((fact) => escapeHtml(fact!));
	// Pagefind's excerpt is already HTML-escaped, with <mark> around the matched words.
	const sentence = data.meta.summary ? escapeHtml(data.meta.summary) : data.excerpt;
	const excerpt = withExcerpt && sentence ? `<p class="muted">${sentence}</p>` : '';
	return `<li><a href="${escapeHtml(data.url)}">${escapeHtml(data.meta.title ?? data.url)}</a><span class="meta">${facts.join(' · ')}</span>${excerpt}</li>`;
}
