import { countryFirst, isCountryQuery } from '../lib/search-order.ts';

/** The slice of Pagefind's browser API the portal uses (pagefind.js is written by the build). */
export interface PagefindResult {
	id: string;
	data(): Promise<{ url: string; excerpt: string; meta: Record<string, string | undefined>; filters: Record<string, string[]> }>;
}
export interface PagefindResponse {
	results: PagefindResult[];
	unfilteredResultCount: number;
	filters: Record<string, Record<string, number>>;
	totalFilters: Record<string, Record<string, number>>;
}
export interface Pagefind {
	options(options: Record<string, unknown>): Promise<void>;
	search(
		term: string | null,
		options?: { filters?: Record<string, unknown>; sort?: Record<string, 'asc' | 'desc'> },
	): Promise<PagefindResponse | null>;
	filters(): Promise<Record<string, Record<string, number>>>;
}

let loading: Promise<Pagefind> | undefined;
let loadingFilters: Promise<void> | undefined;
let filtersLoaded = false;

/**
 * Load Pagefind once per page, on first use; the file only exists in a built site. Its filter
 * files are not loaded here: a search fetches the ones its own filters name, and only facet
 * counts need them all (`loadAllFilters`).
 */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
		// Titles and the country names in metadata decide most queries here. No web worker: it is
		// a second 12 kB script on the first search, and searching an index this size is quick.
		await pagefind.options({ noWorker: true, ranking: { metaWeights: { title: 5, names: 4, country: 3 } } });
		return pagefind;
	});
	return loading;
}

/**
 * Load every filter file once. A search counts only the filters Pagefind has loaded, so facet
 * counts are complete only in searches run after this has resolved (see `allFiltersLoaded`).
 */
export function loadAllFilters(pagefind: Pagefind): Promise<void> {
	loadingFilters ??= pagefind.filters().then(() => {
		filtersLoaded = true;
	});
	return loadingFilters;
}

/** Whether a search run now gets complete facet counts. */
export function allFiltersLoaded(): boolean {
	return filtersLoaded;
}

/** Escape text for insertion into HTML built by the search UI. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * The User Timing mark the faceted search sets each time it has listed a search's first results
 * (its facet counts may follow): how the benchmark tells what the results needed from what came after.
 */
export const RESULTS_SHOWN_MARK = 'faceted-search:results-shown';

/** Results a country query orders: its page and plans are nearly always among them (Kenya: 6 plans). */
const COUNTRY_QUERY_WINDOW = 10;

/**
 * The results of `term` in the order a planner expects (src/lib/search-order.ts): for a country
 * query, the country's page, its national plan in force, its other plans newest first, then the
 * rest as Pagefind ranked them. Reads the data of the first `shown` results (which the page shows
 * anyway), and only for a country query those of the first ten; each result's data is fetched
 * once, however often it is read.
 */
export async function orderForCountryQuery(term: string | null, results: readonly PagefindResult[], shown: number): Promise<PagefindResult[]> {
	const memo = results.map((result): PagefindResult => {
		let data: ReturnType<PagefindResult['data']> | undefined;
		return { id: result.id, data: () => (data ??= result.data()) };
	});
	if (!term) return memo;
	const first = await Promise.all(memo.slice(0, shown).map((result) => result.data()));
	const countryIndex = first.findIndex((data) => data.filters.kind?.includes('country') && isCountryQuery(term, data.meta.names));
	if (countryIndex < 0) return memo;
	const iso3 = first[countryIndex].filters.country?.[0];
	const window = await Promise.all(memo.slice(0, COUNTRY_QUERY_WINDOW).map(async (result) => ({ id: result.id, data: await result.data() })));
	const startOf = (period: string | undefined) => Number(/\d{4}/.exec(period ?? '')?.[0] ?? 0);
	const plans = window
		.filter(({ data }) => data.filters.kind?.includes('plan') && iso3 !== undefined && data.filters.country?.includes(iso3))
		.sort((a, b) => startOf(b.data.meta.period) - startOf(a.data.meta.period))
		.map(({ id, data }) => ({ id, inForce: (data.filters.scope ?? []).includes('national') && (data.filters.status ?? []).some((status) => status === 'current' || status === 'open-ended') }));
	const byId = new Map(memo.map((result) => [result.id, result]));
	return countryFirst(memo.map((result) => result.id), memo[countryIndex].id, plans).map((id) => byId.get(id)!);
}
