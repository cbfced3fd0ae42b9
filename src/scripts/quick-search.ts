import { loadPagefind, orderForCountryQuery } from './pagefind.ts';
import { renderResult } from './result-card.ts';

const MAX_RESULTS = 8;

/**
 * Search-as-you-type for a country or a plan. Without JavaScript the form submits to /search/;
 * with it, the first results appear under the box as plain links, reachable with Tab.
 */
class QuickSearch extends HTMLElement {
	#run = 0;

	connectedCallback() {
		const input = this.querySelector<HTMLInputElement>('input[type="search"]')!;
		let timer: ReturnType<typeof setTimeout> | undefined;
		input.addEventListener('input', () => {
			clearTimeout(timer);
			timer = setTimeout(() => this.#search(input.value.trim()), 200);
		});
		// Warm the index while the reader is still typing their first letters.
		input.addEventListener('focus', () => void loadPagefind().catch(() => undefined), { once: true });
	}

	async #search(term: string) {
		const run = ++this.#run;
		const list = this.querySelector<HTMLElement>('[data-results]')!;
		const status = this.querySelector<HTMLElement>('[data-status]')!;
		if (!term) {
			list.replaceChildren();
			status.textContent = '';
			return;
		}
		try {
			const pagefind = await loadPagefind();
			const response = await pagefind.search(term);
			if (run !== this.#run || !response) return;
			const results = await orderForCountryQuery(term, response.results, MAX_RESULTS);
			if (run !== this.#run) return;
			const items = await Promise.all(results.slice(0, MAX_RESULTS).map((result) => renderResult(result, false)));
			if (run !== this.#run) return;
			list.innerHTML = items.join('');
			const count = response.results.length;
			status.textContent = this.dataset[count === 1 ? 'labelOne' : 'labelMany']!.replace('{n}', String(count));
		} catch (error) {
			console.error(error);
			status.textContent = this.dataset.labelError ?? 'Search failed';
		}
	}
}

customElements.define('quick-search', QuickSearch);
