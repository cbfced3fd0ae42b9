import { slugify } from './text.ts';

/** Words that carry no meaning in a resource id. */
const FILLER = new Set('a an and the of for in on to by with'.split(' '));

/** Most words a resource id keeps: enough to tell editions and modules apart, short enough for a URL. */
const MAX_WORDS = 8;

/**
 * A resource's stable id: the first eight meaningful words of its title as a slug
 * (`guide-cancer-early-diagnosis`, `tackling-ncds-best-buys-other-recommended-interventions-1st`).
 * Computed once at import, then the file name is the id: renaming breaks links and citations.
 * The caller makes ids unique.
 */
export function resourceId(title: string): string {
	// Dotted initials are one word: "P.L.A.N.E.T." is "planet", not six letters (one of them filler).
	const undotted = title.replace(/\b(?:\p{L}\.){2,}/gu, (initials) => initials.replace(/\./g, ''));
	return slugify(undotted)
		.split('-')
		.filter((word) => word && !FILLER.has(word))
		.slice(0, MAX_WORDS)
		.join('-');
}

/**
 * A partner's stable id: the slug of its acronym (`uicc`, `nci-cgh`, `paho-who`), or of its
 * name when it has no acronym or one shorter than three letters (`PM` says little in a URL).
 */
export function partnerId(name: string, acronym?: string): string {
	const short = acronym ? slugify(acronym) : '';
	return short.replace(/-/g, '').length >= 3 ? short : slugify(name);
}
