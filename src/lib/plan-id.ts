import { slugify } from './text.ts';
import type { Period } from './status.ts';

/** Words that carry no meaning in an id: articles, prepositions, and "national" which every plan has. */
const FILLER = new Set(
	'a an and the of for in on to by with national nacional nationale nazionale de del della des du la le les el los las en et y e pour para por da do das dos na no o os as ao aos'.split(' '),
);

/**
 * A plan's stable id: `<iso3>-<start>-<end>-<up to five title words>`, e.g.
 * `ken-2017-2022-cancer-control-strategy`; `<iso3>-<start>-<words>` for an open-ended plan.
 * Years and the country's own name are dropped from the words; a title with no Latin letters
 * uses `fallback` (the plan type) instead. Computed once at import, then the
 * file name is the id: renaming breaks citations.
 */
export function planId(iso3: string, period: Period, title: string, fallback: string, countryWords: readonly string[] = []): string {
	const skip = new Set([...FILLER, ...countryWords.flatMap((name) => slugify(name).split('-'))]);
	const words = slugify(title)
		.split('-')
		.filter((word) => word && !/^\d+$/.test(word) && !skip.has(word))
		.slice(0, 5);
	const years = period.end === undefined ? `${period.start}` : `${period.start}-${period.end}`;
	return [iso3.toLowerCase(), years, ...(words.length ? words : [slugify(fallback)])].join('-');
}

/**
 * The start year a plan id carries (`ken-2017-2022-…` → 2017), which validation holds equal to
 * the record's `period.start`; undefined for a string that is not a plan id.
 */
export function startYearOfPlanId(id: string): number | undefined {
	const match = /^[a-z]+-(\d{4})(?:-|$)/.exec(id);
	return match ? Number(match[1]) : undefined;
}
