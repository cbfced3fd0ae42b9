import { planFacetValues, type FacetValues, type PlanFacet } from '../lib/facets.ts';
import { catalog } from './catalog.ts';
import { gapReports } from './gaps.ts';

/**
 * Facet values per plan id, computed once (pages render them as Pagefind filters). Regional
 * plans have no stage; `assessed` and `priority-area` come from the gap analysis.
 */
export const planFacets: ReadonlyMap<string, FacetValues<PlanFacet>> = new Map(
	catalog.plans.map((view) => [
		view.id,
		planFacetValues(view, view.country && catalog.countryByIso3.get(view.country.iso3)?.stage.stage, gapReports.planGaps.get(view.id)),
	]),
);
