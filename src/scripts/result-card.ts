import { escapeHtml, type PagefindResult } from './pagefind.ts';

/** One search result as a list item: title link, a line of facts, and Pagefind's excerpt. */
export async function renderResult(result: PagefindResult, withExcerpt: boolean): Promise<string> {
	const data = await result.data();
	const facts = [data.meta.kind, data.meta.country, data.meta.period, data.meta.type, data.meta.status].filter(Boolean).map((fact) => escapeHtml(fact!));
	// Pagefind's excerpt is already HTML-escaped, with <mark> around the matched words.
	const excerpt = withExcerpt && data.excerpt ? `<p class="muted">${data.excerpt}</p>` : '';
	return `<li><a href="${escapeHtml(data.url)}">${escapeHtml(data.meta.title ?? data.url)}</a><span class="meta">${facts.join(' · ')}</span>${excerpt}</li>`;
}
