import type { PlanView } from './catalog.ts';
import { formatPeriod } from './status.ts';

/** The labels `describePlan` needs, from the UI strings of a locale. */
export interface DescribeLabels {
	planType: Record<string, string>;
	scope: Record<string, string>;
	languageName: (code: string) => string;
}

/**
 * A factual one-line description built only from a plan's metadata, for pages and search
 * results. It claims nothing about the plan's content: summaries need the plan's own text.
 */
export function describePlan(view: PlanView, labels: DescribeLabels): string {
	const { plan, country } = view;
	// A regional plan names every country it covers; that list says it is regional.
	const place = country ? country.name : listNames(view.countries.map((covered) => covered.name));
	const scope = plan.scope === 'national' || plan.scope === 'regional' ? '' : ` (${labels.scope[plan.scope].toLowerCase()})`;
	const period = plan.period.end === undefined ? `from ${plan.period.start}, with no end year stated` : `covering ${formatPeriod(plan.period)}`;
	const languages = plan.languages.length ? `, in ${plan.languages.map(labels.languageName).join(' and ')}` : '';
	return `${labels.planType[plan.type]} of ${place}${scope}, ${period}${languages}.`;
}

/** "A", "A and B", "A, B and C". */
function listNames(names: readonly string[]): string {
	return names.length < 2 ? names.join('') : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
}
