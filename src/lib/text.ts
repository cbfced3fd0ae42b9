/**
 * Fold text for matching: lower case, no diacritics, no apostrophes, single spaces.
 * "Côte d’Ivoire" and "cote divoire" fold to the same string, so a planner can type
 * a name the way their keyboard allows.
 */
export function foldForSearch(text: string): string {
	return text
		.normalize('NFKD')
		.replace(/\p{M}+/gu, '')
		.toLowerCase()
		.replace(/['’ʼ`´]/g, '')
		.replace(/[^\p{L}\p{N}]+/gu, ' ')
		.trim();
}

/** A URL-safe slug from any title: ASCII letters, digits and hyphens only. */
export function slugify(text: string): string {
	return foldForSearch(text).replace(/ /g, '-');
}
