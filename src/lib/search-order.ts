import { foldForSearch } from './text.ts';

/**
 * A country query ("Kenya", "Quénia", "KEN") puts first what a planner looks for: the country's
 * page, then its plan in force, then its other plans newest first, then everything else as
 * Pagefind ranked it. Pure: the search islands pass what Pagefind returned.
 */

/** True when the query is one of the country's names or codes (`names`: its search terms joined by " · "), ignoring case and accents. */
export function isCountryQuery(query: string, names: string | undefined): boolean {
	const folded = foldForSearch(query);
	return folded !== '' && (names ?? '').split(' · ').some((name) => foldForSearch(name) === folded);
}

/** What ordering needs of a plan result: its id, and whether it is in force. */
export interface PlanHit {
	id: string;
	inForce: boolean;
}

/**
 * The result ids in the order shown: the country page, its plans in force, its other plans (as
 * given: newest first), then the remaining ids in their own order. Only ids among `results` are
 * kept, so a filter that left one out still leaves it out.
 */
export function countryFirst(results: readonly string[], countryPage: string, countryPlans: readonly PlanHit[]): string[] {
	const present = new Set(results);
	const promoted = [countryPage, ...countryPlans.filter((plan) => plan.inForce).map((plan) => plan.id), ...countryPlans.filter((plan) => !plan.inForce).map((plan) => plan.id)].filter((id) => present.has(id));
	const first = new Set(promoted);
	return [...promoted, ...results.filter((id) => !first.has(id))];
}
