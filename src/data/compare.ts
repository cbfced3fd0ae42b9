import { strings } from '../i18n/index.ts';
import { buildCompareData, compareLabels as labelsOf, defaultSets, type CompareLabels } from '../lib/compare.ts';
import { catalog } from './catalog.ts';
import { framework, gapReports } from './gaps.ts';

/** What `/data/compare.json` holds, computed once per build; the pre-rendered pages read the same object. */
export const compareData = buildCompareData(catalog, framework, gapReports.planGaps);

/** The pre-rendered comparisons: uppercase ISO3 → the country and its similar countries. */
export const compareSets = defaultSets(compareData);

/** The words of the comparison table in the UI locale, for the pages and (as JSON) the island. */
export function compareLabels(): CompareLabels {
	return labelsOf(strings(), 'en-GB');
}
