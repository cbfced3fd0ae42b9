import {
	facetCounts,
	PARTNER_FACETS,
	partnerFacetValues,
	PLAN_FACETS,
	RESOURCE_FACETS,
	resourceFacetValues,
	type FacetGroup,
	type FacetValues,
} from '../lib/facets.ts';
import { INCOME_GROUPS, PLAN_SCOPES, PLAN_STATUSES, PLAN_TYPES, RESOURCE_TYPES, STAGES, SUPPORT_KINDS, WHO_REGIONS } from '../schemas/vocabulary.ts';
import { languageName, strings } from '../i18n/index.ts';
import { catalog } from './catalog.ts';
import { planFacets } from './facets.ts';
import { framework } from './gaps.ts';
import { library } from './library.ts';

const t = strings();
type Counts = Record<string, Map<string, number>>;

const byCount = (counts: Map<string, number>) => [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));

/**
 * A facet's options with counts: closed lists in vocabulary order (values with no record
 * included, so the form is the same on every build), open lists by count or, for years and
 * periods, newest first.
 */
function facetOptions(facet: string, counts: Counts): FacetGroup['options'] {
	const tally = counts[facet] ?? new Map<string, number>();
	const fixed = (values: readonly string[], label: (value: string) => string) => values.map((value) => ({ value, label: label(value), count: tally.get(value) ?? 0 }));
	const open = (entries: [string, number][], label: (value: string) => string = (value) => value) => entries.map(([value, count]) => ({ value, label: label(value), count }));
	switch (facet) {
		case 'region':
			return fixed(WHO_REGIONS, (value) => t.region[value as keyof typeof t.region]);
		case 'income':
			return fixed(INCOME_GROUPS, (value) => t.income[value as keyof typeof t.income]);
		case 'type':
			return fixed(PLAN_TYPES, (value) => t.planType[value as keyof typeof t.planType]);
		case 'scope':
			return fixed(PLAN_SCOPES, (value) => t.scope[value as keyof typeof t.scope]);
		case 'status':
			return fixed(PLAN_STATUSES, (value) => t.planStatus[value as keyof typeof t.planStatus]);
		case 'stage':
			return fixed(STAGES, (value) => t.stage[value as keyof typeof t.stage]);
		case 'assessed':
			return fixed(['yes', 'no'], (value) => t.assessedFacet[value as 'yes' | 'no']);
		case 'priority-area':
		case 'topic':
			return fixed(framework.domainList.map((domain) => domain.id), (value) => framework.domainById.get(value)?.label ?? value);
		case 'resource-type':
			return fixed(RESOURCE_TYPES, (value) => t.resourceType[value as keyof typeof t.resourceType]);
		case 'support':
			return fixed(SUPPORT_KINDS, (value) => t.supportKind[value as keyof typeof t.supportKind]);
		case 'language':
			return open(byCount(tally), (value) => languageName(value));
		case 'publisher':
			return open(byCount(tally));
		case 'period':
			return open([...tally.entries()].sort((a, b) => b[0].localeCompare(a[0])), (value) => value.replace('-', '–'));
		case 'year':
			return open([...tally.entries()].sort((a, b) => b[0].localeCompare(a[0])));
		default:
			throw new Error(`facet-groups: no options for the facet "${facet}"`);
	}
}

/** A facet's legend. Only the plans database says "Country stage": elsewhere `stage` is a resource's, a partner's or a mix. */
const legendOf = (facet: string) => (facet === 'stage' ? t.facet.resourceStage : t.facet[facet as keyof typeof t.facet]);

/** The facets of a listing with their values; a facet no record has a value for is left out (no partner records its languages yet). */
function groups<K extends string>(facets: readonly K[], records: readonly FacetValues<K>[], legend: (facet: K) => string = legendOf): FacetGroup[] {
	const counts = facetCounts(records, {}, facets) as Counts;
	return facets
		.map((facet) => ({ key: facet, legend: legend(facet), options: facetOptions(facet, counts) }))
		.filter((group) => group.options.some((option) => option.count > 0));
}

const resourceRecords = library.resources.map(resourceFacetValues);
const partnerRecords = library.partners.map(partnerFacetValues);

/** The facet groups of the plans database, with counts over all plans. */
export const planFacetGroups: FacetGroup[] = groups(PLAN_FACETS, [...planFacets.values()], (facet) => t.facet[facet]);

/** The facet groups of the tools library, with counts over all resources. */
export const resourceFacetGroups: FacetGroup[] = groups(RESOURCE_FACETS, resourceRecords);

/** The facet groups of the partners directory, with counts over all partners. */
export const partnerFacetGroups: FacetGroup[] = groups(PARTNER_FACETS, partnerRecords);

/** What each record kind carries for the site-wide search; a country carries region, income, status and stage. */
const searchRecords: FacetValues[] = [
	...[...planFacets.values()].map((values) => ({ ...values, kind: ['plan'] })),
	...catalog.countries.map((view) => ({
		kind: ['country'],
		region: view.country.whoRegion ? [view.country.whoRegion] : [],
		income: view.country.incomeGroup ? [view.country.incomeGroup] : [],
		status: [view.status],
		stage: view.stage.stage ? [view.stage.stage] : [],
	})),
	...resourceRecords.map((values) => ({ ...values, kind: ['resource'] })),
	...partnerRecords.map((values) => ({ ...values, kind: ['partner'] })),
];

/**
 * Site search: the record kind first, then the plans' facets, then the library's own (publisher
 * and year are left to /resources/, where they are short enough to scan). A shared key means
 * the same thing for every kind: `stage` is a plan's country stage, a resource's or partner's stage.
 */
const SEARCH_FACETS = ['kind', ...PLAN_FACETS, 'topic', 'resource-type', 'support'] as const;
const searchCounts = facetCounts(searchRecords, {}, SEARCH_FACETS) as Counts;
export const searchFacetGroups: FacetGroup[] = SEARCH_FACETS.map((facet) => {
	if (facet === 'kind') {
		const kinds = ['plan', 'country', 'resource', 'partner'] as const;
		return { key: facet, legend: t.facet.kind, options: kinds.map((kind) => ({ value: kind, label: t.kind[kind], count: searchCounts.kind.get(kind) ?? 0 })) };
	}
	if (facet === 'status') {
		// Countries add "none"; plans and countries share the other values.
		const options = [...facetOptions(facet, searchCounts), { value: 'none', label: t.countryStatus.none, count: searchCounts.status.get('none') ?? 0 }];
		return { key: facet, legend: t.facet.status, options };
	}
	return { key: facet, legend: legendOf(facet), options: facetOptions(facet, searchCounts) };
});
