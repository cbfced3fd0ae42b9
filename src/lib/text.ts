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

/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const LATIN_LETTERS: Record<string, string> = { æ: 'ae', œ: 'oe', ø: 'o', ð: 'd', þ: 'th', ß: 'ss', ł: 'l', đ: 'd', ı: 'i', ħ: 'h' };

/**
 * A URL-safe slug from any title: ASCII letters, digits and hyphens only. Letters of other
 * scripts are dropped (callers supply a fallback when nothing is left).
 */
export function slugify(text: string): string {
	return foldForSearch(text)
		.replace(/[æœøðþßłđıħ]/g, (letter) => LATIN_LETTERS[letter])
		.replace(/[^a-z0-9 ]+/g, '')
		.trim()
		.replace(/ +/g, '-');
}
