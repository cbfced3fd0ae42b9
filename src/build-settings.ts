/**
 * What a build reads from its environment, in one place for Astro (astro.config.mjs, the
 * collections, src/data) and the scripts (`npm run build`, `npm run gaps`). The build tests and
 * the benchmark set them to build fixture and synthetic sites beside the real one.
 */

/** The content folder the site is built from: CONTENT_DIR, or `content/`. */
export const CONTENT_DIR = process.env.CONTENT_DIR ?? 'content';

/** Where the site is built: OUT_DIR, or `dist/`. */
export const OUT_DIR = process.env.OUT_DIR ?? 'dist';

/** Astro's cache (content store, Vite): CACHE_DIR, so fixture builds do not share the real site's. */
export const CACHE_DIR = process.env.CACHE_DIR ?? 'node_modules/.astro';

/**
 * The public address the portal is served from (SITE_URL); citations, canonical links and the
 * downloads' `url` fields use it.
 */
export const SITE_URL = process.env.SITE_URL ?? 'http://127.0.0.1:4321';

/**
 * Where readers send corrections and official documents (src/lib/corrections.ts): the
 * repository's web address (REPOSITORY_URL: links open its new-issue form with the record in the
 * title) and the maintainers' address (MAINTAINERS_EMAIL: a prefilled email). Set at least one
 * before publishing; with neither, the links lead to /about/#corrections, which says how to
 * propose a change to the record's file.
 */
export const CORRECTION_CHANNEL = correctionChannel(process.env.REPOSITORY_URL, process.env.MAINTAINERS_EMAIL);

/** The channel from the two values, refusing a value that would make a broken link. */
export function correctionChannel(repositoryUrl: string | undefined, email: string | undefined): { repositoryUrl?: string; email?: string } {
	if (repositoryUrl && !/^https:\/\/[^\s/]+\/\S+$/.test(repositoryUrl)) throw new Error(`REPOSITORY_URL: expected the repository's https:// address, found "${repositoryUrl}"`);
	if (email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) throw new Error(`MAINTAINERS_EMAIL: expected an email address, found "${email}"`);
	return { ...(repositoryUrl ? { repositoryUrl } : {}), ...(email ? { email } : {}) };
}

/**
 * The date statuses are computed for, from a YYYY-MM-DD value (`source` names where it came from
 * in the error), or the day of the build when there is none. Pinned, two builds of the same
 * content are identical.
 */
export function parseBuildDate(pinned: string | undefined, source: string): Date {
	if (!pinned) return new Date(new Date().toISOString().slice(0, 10));
	const date = new Date(`${pinned}T00:00:00Z`);
	// The round trip refuses dates that match the pattern but do not exist, such as 2026-13-01.
	if (!/^\d{4}-\d{2}-\d{2}$/.test(pinned) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== pinned) {
		throw new Error(`${source}: expected a date written YYYY-MM-DD, found "${pinned}"`);
	}
	return date;
}

/** The build's date: BUILD_DATE, or today. */
export function buildDate(): Date {
	return parseBuildDate(process.env.BUILD_DATE, 'BUILD_DATE');
}
