/**
 * Resource topics are the framework's domain ids (`content/framework/framework.yaml`): the
 * priority areas are the one controlled topic list, so a resource links to the gap reports of
 * the areas it helps with. This maps the free-text topics of the reference catalogue
 * ("governance;prevention;early detection;registries") onto those ids.
 */

/**
 * Catalogue words that are not themselves a domain id, and the domain each belongs to. A word
 * that is a domain id written with spaces ("early detection", "palliative care") needs no entry.
 * An unmapped word is an import error: extend this table, never drop the word.
 */
export const TOPIC_SYNONYMS: Readonly<Record<string, readonly string[]>> = {
	/** Population-based registries are an item of the situation-analysis domain. */
	registries: ['situation-analysis'],
	registry: ['situation-analysis'],
	tobacco: ['prevention'],
	/** HPV vaccination is a prevention item; HPV-based screening is tagged by "screening". */
	hpv: ['prevention'],
	screening: ['early-detection'],
	pathology: ['diagnosis'],
	surgery: ['treatment'],
	radiotherapy: ['treatment'],
	medicines: ['treatment'],
	workforce: ['workforce-infrastructure'],
};

export interface TopicMapping {
	/** Domain ids, each once, in the order of `domainIds` (the framework's display order). */
	topics: string[];
	/** Words of the text that map to no domain, as written. */
	unmapped: string[];
}

/**
 * Map `;`-separated topic words onto domain ids. Case and surrounding spaces are ignored; a
 * word maps when it is a domain id (with spaces or hyphens) or a `TOPIC_SYNONYMS` entry whose
 * domains are all in `domainIds`. Pure: the caller decides what an unmapped word means.
 */
export function mapTopics(text: string, domainIds: readonly string[]): TopicMapping {
	const known = new Set(domainIds);
	const found = new Set<string>();
	const unmapped: string[] = [];
	for (const word of text.split(';').map((part) => part.trim()).filter(Boolean)) {
		const key = word.toLowerCase().replace(/\s+/g, ' ');
		const asId = key.replace(/ /g, '-');
		const domains = known.has(asId) ? [asId] : TOPIC_SYNONYMS[key];
		if (domains && domains.length > 0 && domains.every((domain) => known.has(domain))) {
			for (const domain of domains) found.add(domain);
		} else {
			unmapped.push(word);
		}
	}
	return { topics: domainIds.filter((id) => found.has(id)), unmapped };
}
