import { facetCounts, PLAN_FACETS, type FacetGroup, type PlanFacet } from '../lib/facets.ts';
import { INCOME_GROUPS, PLAN_STATUSES, PLAN_TYPES, STAGES, WHO_REGIONS } from '../schemas/vocabulary.ts';
import { languageName, strings } from '../i18n/index.ts';
import { catalog } from './catalog.ts';
import { planFacets } from './facets.ts';
import { framework } from './gaps.ts';

const t = strings();
const counts = facetCounts([...planFacets.values()], {}, PLAN_FACETS);

/** Options in vocabulary order for closed lists, by count for open ones (languages, periods). */
function options(facet: PlanFacet): FacetGroup['options'] {
	const count = (value: string) => counts[facet].get(value) ?? 0;
	const fixed = (values: readonly string[], label: (value: string) => string) => values.map((value) => ({ value, label: label(value), count: count(value) }));
	switch (facet) {
		case 'region':
			return fixed(WHO_REGIONS, (value) => t.region[value as keyof typeof t.region]);
		case 'income':
			return fixed(INCOME_GROUPS, (value) => t.income[value as keyof typeof t.income]);
		case 'type':
			return fixed(PLAN_TYPES, (value) => t.planType[value as keyof typeof t.planType]);
		case 'status':
			return fixed(PLAN_STATUSES, (value) => t.planStatus[value as keyof typeof t.planStatus]);
		case 'stage':
			return fixed(STAGES, (value) => t.stage[value as keyof typeof t.stage]);
		case 'language':
			return [...counts.language.entries()]
				.sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
				.map(([value, n]) => ({ value, label: languageName(value), count: n }));
		case 'assessed':
			return fixed(['yes', 'no'], (value) => t.assessedFacet[value as 'yes' | 'no']);
		case 'priority-area':
			return fixed(framework.domainList.map((domain) => domain.id), (value) => framework.domainList.find((domain) => domain.id === value)!.label);
		case 'period':
			return [...counts.period.entries()].sort((a, b) => b[0].localeCompare(a[0])).map(([value, n]) => ({ value, label: value.replace('-', '–'), count: n }));
	}
}

/** The facet groups of the plans database, with counts over all plans. */
export const planFacetGroups: FacetGroup[] = PLAN_FACETS.map((facet) => ({ key: facet, legend: t.facet[facet], options: options(facet) }));

/** Site search adds the record kind; countries also carry region, income, status and stage. */
export const searchFacetGroups: FacetGroup[] = [
	{
		key: 'kind',
		legend: t.facet.kind,
		options: [
			{ value: 'plan', label: t.kind.plan, count: catalog.plans.length },
			{ value: 'country', label: t.kind.country, count: catalog.countries.length },
		],
	},
	...planFacetGroups.map((group) =>
		group.key === 'status' ? { ...group, options: [...group.options, { value: 'none', label: t.countryStatus.none, count: 0 }] } : group,
	),
];
