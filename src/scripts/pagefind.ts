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

/** Load Pagefind once per page, on first use; the file only exists in a built site. */
export function loadPagefind(): Promise<Pagefind> {
	loading ??= import(/* @vite-ignore */ `${location.origin}/pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
		// Titles and the country names in metadata decide most queries here. No web worker: it is
		// a second 12 kB script on the first search, and searching an index this size is quick.
		await pagefind.options({ noWorker: true, ranking: { metaWeights: { title: 5, names: 4, country: 3 } } });
		// Searches only count the filters Pagefind has loaded; load them all once.
		await pagefind.filters();
		return pagefind;
	});
	return loading;
}

/** Escape text for insertion into HTML built by the search UI. */
export function escapeHtml(text: string): string {
	return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
