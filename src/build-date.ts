/**
 * The date statuses are computed for. BUILD_DATE (YYYY-MM-DD) pins it so two builds of the
 * same content are identical; otherwise it is the day of the build. Read by the catalogue
 * (src/data/catalog.ts) and by the build step that writes plan reports' downloads.
 */
export function buildDate(): Date {
	const pinned = process.env.BUILD_DATE;
	if (pinned && !/^\d{4}-\d{2}-\d{2}$/.test(pinned)) throw new Error(`BUILD_DATE: expected YYYY-MM-DD, found "${pinned}"`);
	return new Date(pinned ? `${pinned}T00:00:00Z` : new Date().toISOString().slice(0, 10));
}
