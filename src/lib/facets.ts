import { coveredIncomeGroups, coveredRegions, type PlanView } from './catalog.ts';
import { addressedDomains, type PlanGaps } from './gaps.ts';
import type { PartnerRecord, ResourceRecord } from './library.ts';

/**
 * Faceted browsing: multi-select within a facet is OR, across facets AND. The same functions
 * compute counts at build time, drive the browser island (through Pagefind filters) and serve as
 * the tests' oracle, so the three cannot disagree.
 */

/** The facets of the plans database, in display order. */
export const PLAN_FACETS = ['region', 'income', 'type', 'scope', 'language', 'status', 'period', 'stage', 'assessed', 'priority-area'] as const;
export type PlanFacet = (typeof PLAN_FACETS)[number];

/** The values one record carries for each facet (a plan may have several languages). */
export type FacetValues<K extends string = string> = Record<K, string[]>;

/** What a user has ticked: facet → values; an absent or empty facet does not filter. */
export type Selection<K extends string = string> = Partial<Record<K, string[]>>;

/** Plans are grouped by the decade their period starts in: "2020-2029". */
export function periodBucket(startYear: number): string {
	const decade = Math.floor(startYear / 10) * 10;
	return `${decade}-${decade + 9}`;
}

/**
 * The facet values of a plan; the region, income group and stage are its countries'. `scope`
 * keeps national, sub-national and regional plans apart; `assessed` is yes or no; `priority-area` lists the domains where its assessment found an item addressed.
 */
export function planFacetValues(view: PlanView, stage: string | undefined, gaps?: PlanGaps): FacetValues<PlanFacet> {
	const { plan, country } = view;
	return {
		region: coveredRegions(view),
		income: coveredIncomeGroups(view),
		type: [plan.type],
		scope: [plan.scope],
		language: plan.languages,
		status: [view.status],
		period: [periodBucket(plan.period.start)],
		stage: country && stage ? [stage] : [],
		assessed: [gaps?.assessment ? 'yes' : 'no'],
		'priority-area': gaps ? addressedDomains(gaps) : [],
	};
}

/** The facets of the tools library, in display order. `resource-type` is apart from plans' `type`. */
export const RESOURCE_FACETS = ['stage', 'topic', 'resource-type', 'publisher', 'year', 'language'] as const;
export type ResourceFacet = (typeof RESOURCE_FACETS)[number];

/** A resource's facet values; `topic` holds framework domain ids, `year` is empty when unknown. */
export function resourceFacetValues(resource: ResourceRecord): FacetValues<ResourceFacet> {
	return {
		stage: resource.stages,
		topic: resource.topics,
		'resource-type': [resource.type],
		publisher: [resource.publisher],
		year: resource.year === undefined ? [] : [String(resource.year)],
		language: resource.languages,
	};
}

/** The facets of the partners directory, in display order. */
export const PARTNER_FACETS = ['support', 'stage', 'region', 'language'] as const;
export type PartnerFacet = (typeof PARTNER_FACETS)[number];

/** A partner's facet values: the kinds of support it offers and where and when it helps. */
export function partnerFacetValues(partner: PartnerRecord): FacetValues<PartnerFacet> {
	return { support: partner.offers, stage: partner.stages, region: partner.regions, language: partner.languages };
}

/** True when the record has, for every filtering facet except `except`, one of the ticked values. */
export function matchesSelection<K extends string>(values: FacetValues<K>, selection: Selection<K>, except?: K): boolean {
	for (const [facet, wanted] of Object.entries(selection) as [K, string[] | undefined][]) {
		if (facet === except || !wanted?.length) continue;
		if (!values[facet]?.some((value) => wanted.includes(value))) return false;
	}
	return true;
}

/**
 * Counts per facet value under a selection. A facet's own ticks are ignored when counting it,
 * so its other values show how many records ticking them would add (OR within a facet).
 */
export function facetCounts<K extends string>(
	records: readonly FacetValues<K>[],
	selection: Selection<K>,
	facets: readonly K[],
): Record<K, Map<string, number>> {
	const counts = Object.fromEntries(facets.map((facet) => [facet, new Map<string, number>()])) as Record<K, Map<string, number>>;
	for (const record of records) {
		for (const facet of facets) {
			if (!matchesSelection(record, selection, facet)) continue;
			for (const value of record[facet] ?? []) counts[facet].set(value, (counts[facet].get(value) ?? 0) + 1);
		}
	}
	return counts;
}

/** Read a selection from a query string (`?region=AFR&region=EMR&type=ncd-plan`), known facets only. */
export function selectionFromParams<K extends string>(params: URLSearchParams, facets: readonly K[]): Selection<K> {
	const selection: Selection<K> = {};
	for (const facet of facets) {
		const values = params.getAll(facet).filter(Boolean);
		if (values.length) selection[facet] = [...new Set(values)];
	}
	return selection;
}

/** Write a selection (and an optional query) as a shareable query string, facets in a stable order. */
export function selectionToParams<K extends string>(selection: Selection<K>, facets: readonly K[], query = ''): URLSearchParams {
	const params = new URLSearchParams();
	if (query.trim()) params.set('q', query.trim());
	for (const facet of facets) for (const value of [...(selection[facet] ?? [])].sort()) params.append(facet, value);
	return params;
}

/** The selection as Pagefind filters (`{ region: { any: [...] } }`), optionally leaving one facet out. */
export function toPagefindFilters<K extends string>(selection: Selection<K>, except?: K): Record<string, { any: string[] }> {
	const filters: Record<string, { any: string[] }> = {};
	for (const [facet, values] of Object.entries(selection) as [K, string[] | undefined][]) {
		if (facet !== except && values?.length) filters[facet] = { any: values };
	}
	return filters;
}

/** A facet as the search UI shows it: a legend and labelled options with counts. */
export interface FacetGroup {
	key: string;
	legend: string;
	options: { value: string; label: string; count: number }[];
}
