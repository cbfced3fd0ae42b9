import { selectionFromParams, selectionToParams, toPagefindFilters, type Selection } from '../lib/facets.ts';
import { allFiltersLoaded, escapeHtml, loadAllFilters, loadPagefind, orderForCountryQuery, RESULTS_SHOWN_MARK, type Pagefind, type PagefindResponse } from './pagefind.ts';
import { renderResult } from './result-card.ts';

/**
 * Results listed at first, then per "more". Each costs a fragment fetch (~0.85 kB with its
 * headers) before a first search can show anything; five, as in Pagefind's own UI, keeps a first
 * search on the real site under 100 kB (docs/performance.md). A reader who asks for more wants a
 * longer list.
 */
const FIRST_RESULTS = 5;
const MORE_RESULTS = 10;

/**
 * Faceted search over the Pagefind index: OR within a facet, AND across facets, counts per
 * value, works with no query, and keeps the state in the URL so a filtered view can be shared.
 * The server-rendered complete list (`data-fallback`) is what readers without JavaScript get.
 * On a narrow screen the filters fold into a disclosure that says how many are set, and the
 * values set show above the results as chips that remove them; values with no result hide.
 */
class FacetedSearch extends HTMLElement {
	#facets: string[] = [];
	#fixed: Record<string, string> = {};
	#run = 0;
	#results: PagefindResponse['results'] = [];
	#shown = 0;

	connectedCallback() {
		this.#facets = JSON.parse(this.dataset.facets ?? '[]');
		this.#fixed = JSON.parse(this.dataset.fixed ?? '{}');
		const params = new URLSearchParams(location.search);
		this.#input.value = params.get('q') ?? '';
		const selection = selectionFromParams(params, this.#facets);
		for (const box of this.#boxes) box.checked = selection[box.name]?.includes(box.value) ?? false;
		if (params.get('sort')) this.#sort.value = params.get('sort')!;

		this.querySelector<HTMLElement>('[data-js-only]')!.hidden = false;
		// Open beside the results on a wide screen; folded under "Filters" on a phone.
		const wide = matchMedia('(min-width: 50rem)');
		const details = this.querySelector<HTMLDetailsElement>('[data-filters]')!;
		details.open = wide.matches;
		wide.addEventListener('change', () => (details.open = wide.matches));
		this.#chips.addEventListener('click', (event) => {
			const chip = (event.target as Element).closest<HTMLButtonElement>('button[data-facet]');
			const box = chip && this.#boxes.find((candidate) => candidate.name === chip.dataset.facet && candidate.value === chip.dataset.value);
			if (!box) return;
			box.checked = false;
			void this.update();
		});
		const fallback = this.dataset.fallback ? document.getElementById(this.dataset.fallback) : null;
		if (fallback) fallback.hidden = true;

		let timer: ReturnType<typeof setTimeout> | undefined;
		this.#input.addEventListener('input', () => {
			clearTimeout(timer);
			timer = setTimeout(() => this.update(), 250);
		});
		this.querySelector('form[role="search"]')!.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.update();
		});
		this.#facetForm.addEventListener('change', () => this.update());
		this.#facetForm.addEventListener('submit', (event) => {
			event.preventDefault();
			void this.update();
		});
		this.#facetForm.addEventListener('reset', () => setTimeout(() => this.update()));
		this.#sort.addEventListener('change', () => this.update());
		this.#more.addEventListener('click', () => this.#showMore(MORE_RESULTS));
		void this.update();
	}

	get #input() {
		return this.querySelector<HTMLInputElement>('input[type="search"]')!;
	}
	get #facetForm() {
		return this.querySelector<HTMLFormElement>('form.facets')!;
	}
	get #boxes() {
		return [...this.querySelectorAll<HTMLInputElement>('form.facets input[type="checkbox"]')];
	}
	get #sort() {
		return this.querySelector<HTMLSelectElement>('select[name="sort"]')!;
	}
	get #more() {
		return this.querySelector<HTMLButtonElement>('[data-more]')!;
	}
	get #list() {
		return this.querySelector<HTMLOListElement>('[data-results]')!;
	}
	get #chips() {
		return this.querySelector<HTMLUListElement>('[data-chips]')!;
	}
	get #status() {
		return this.querySelector<HTMLElement>('[data-status]')!;
	}

	#selection(): Selection {
		const selection: Selection = {};
		for (const box of this.#boxes) if (box.checked) (selection[box.name] ??= []).push(box.value);
		return selection;
	}

	#filters(selection: Selection, except?: string) {
		const fixed = Object.fromEntries(Object.entries(this.#fixed).map(([key, value]) => [key, { any: [value] }]));
		return { ...fixed, ...toPagefindFilters(selection, except) };
	}

	/**
	 * Search, show the first results, then the facet counts. The counts need every filter file
	 * (about a tenth of a first search's bytes), so on the first search they are loaded after the
	 * results are on screen rather than before; `aria-busy` marks the results, then the facets,
	 * as still updating.
	 */
	async update() {
		const run = ++this.#run;
		const term = this.#input.value.trim() || null;
		const selection = this.#selection();
		const sortValue = this.#sort.value;
		const sort = sortValue === 'newest' ? { start: 'desc' as const } : sortValue === 'oldest' ? { start: 'asc' as const } : undefined;
		this.#showSelection();
		const params = selectionToParams(selection, this.#facets, term ?? '');
		if (sortValue !== this.#sort.dataset.default) params.set('sort', sortValue);
		history.replaceState(null, '', params.size ? `?${params}` : location.pathname);
		this.setAttribute('aria-busy', 'true');
		this.#facetForm.setAttribute('aria-busy', 'true');
		try {
			const pagefind = await loadPagefind();
			const countable = allFiltersLoaded();
			const main = await pagefind.search(term, { filters: this.#filters(selection), sort });
			if (!main || run !== this.#run) return;
			// Pagefind reuses its response objects between searches: copy the counts first.
			const mainCounts: Record<string, Record<string, number>> | undefined = countable ? structuredClone(main.filters) : undefined;
			const results = sort ? [...main.results] : await orderForCountryQuery(term, main.results, FIRST_RESULTS);
			if (run !== this.#run) return;
			this.#results = results;
			this.#shown = 0;
			this.#list.replaceChildren();
			this.#status.textContent = this.dataset[results.length === 1 ? 'labelOne' : 'labelMany']!.replace('{n}', String(results.length));
			await this.#showMore(FIRST_RESULTS);
			if (run !== this.#run) return;
			this.removeAttribute('aria-busy');
			performance.mark(RESULTS_SHOWN_MARK);

			const counts = mainCounts ?? (await this.#countsOnceFiltersLoaded(pagefind, term, selection));
			// A facet with ticks is counted without its own ticks (OR within a facet).
			for (const facet of this.#facets) {
				if (!selection[facet]?.length) continue;
				const widened = await pagefind.search(term, { filters: this.#filters(selection, facet) });
				counts[facet] = { ...widened?.filters[facet] };
			}
			if (run !== this.#run) return;
			for (const facet of this.#facets) this.#showCounts(facet, counts[facet] ?? {});
		} catch (error) {
			console.error(error);
			this.#status.textContent = this.dataset.labelError ?? 'Search failed';
		} finally {
			if (run === this.#run) {
				this.removeAttribute('aria-busy');
				this.#facetForm.removeAttribute('aria-busy');
			}
		}
	}

	/** The counts of the current search once every filter file is loaded (the search itself is then cached). */
	async #countsOnceFiltersLoaded(pagefind: Pagefind, term: string | null, selection: Selection): Promise<Record<string, Record<string, number>>> {
		await loadAllFilters(pagefind);
		const counted = await pagefind.search(term, { filters: this.#filters(selection) });
		return structuredClone(counted?.filters ?? {});
	}

	/** The values set, as removable chips above the results and as a count in the "Filters" line. */
	#showSelection() {
		const checked = this.#boxes.filter((box) => box.checked);
		const faceted = this.querySelector<HTMLElement>('.faceted')!;
		this.querySelector('[data-filters-summary]')!.textContent = checked.length
			? faceted.dataset.filtersSetLabel!.replace('{n}', String(checked.length))
			: faceted.dataset.filtersLabel!;
		this.#chips.innerHTML = checked
			.map((box) => {
				const label = escapeHtml(box.closest('label')!.textContent!.replace(/\s*\d+\s*$/, '').trim());
				return `<li><button type="button" data-facet="${escapeHtml(box.name)}" data-value="${escapeHtml(box.value)}" aria-label="${faceted.dataset.chipLabel!.replace('{label}', label)}">${label}</button></li>`;
			})
			.join('');
	}

	#showCounts(facet: string, counts: Record<string, number>) {
		for (const box of this.#boxes) {
			if (box.name !== facet) continue;
			const count = counts[box.value] ?? 0;
			const label = box.closest('label')!;
			label.querySelector('.count')!.textContent = String(count);
			label.classList.toggle('empty', count === 0 && !box.checked);
		}
	}

	async #showMore(count: number) {
		const run = this.#run;
		const next = this.#results.slice(this.#shown, this.#shown + count);
		const items = await Promise.all(next.map((result) => renderResult(result, Boolean(this.#input.value.trim()), this.dataset.planSentence)));
		if (run !== this.#run) return;
		this.#list.insertAdjacentHTML('beforeend', items.join(''));
		this.#shown += next.length;
		this.#more.hidden = this.#shown >= this.#results.length;
	}
}

customElements.define('faceted-search', FacetedSearch);
