/**
 * Long listings read without JavaScript (every plan, every tool) are split into pages of a fixed
 * size, so each page stays within the weight budget however many records the portal holds.
 */

/** Records per page of a no-JS listing: about 3 kB gzipped of plan rows. */
export const LISTING_PAGE_SIZE = 50;

/** A run of consecutive items sharing a group key, e.g. one country's plans on one listing page. */
export interface Run<T> {
	key: string;
	items: T[];
}

/**
 * Consecutive items with the same key, in order. A group cut by a page break continues as a run
 * of the same key on the next page.
 */
export function consecutiveRuns<T>(items: readonly T[], keyOf: (item: T) => string): Run<T>[] {
	const runs: Run<T>[] = [];
	for (const item of items) {
		const key = keyOf(item);
		const last = runs.at(-1);
		if (last?.key === key) last.items.push(item);
		else runs.push({ key, items: [item] });
	}
	return runs;
}
