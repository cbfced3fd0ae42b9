import { planPlace, type Catalog } from '../catalog.ts';
import type { Framework } from '../framework.ts';
import { formatPeriod } from '../status.ts';
import type { FrameworkDomain, FrameworkMeta } from '../../schemas/framework.ts';
import { SCREENING_VERSION } from './screen.ts';

/**
 * `/gaps/screen/framework.json`: what the browser page screens with, made at build time from
 * the validated framework, so the page and `npm run screen` read the same items and lexicons.
 */
export interface ScreeningFramework {
	screeningVersion: string;
	meta: FrameworkMeta;
	domains: FrameworkDomain[];
}

export function screeningFramework(framework: Framework): ScreeningFramework {
	const { domainList, domainById: _domains, items: _items, itemById: _byId, domainOfItem: _of, ...meta } = framework;
	return { screeningVersion: SCREENING_VERSION, meta, domains: domainList };
}

/** A catalogued plan as the screening page offers it: enough to choose it and to screen for it. */
export interface ScreenablePlan {
	id: string;
	/** "Country (area): title (period)", what the picker shows and searches. */
	label: string;
	title: string;
	languages: string[];
	start: number;
	documentUrl?: string;
}

/** `/gaps/screen/plans.json`: every catalogued plan, fetched when the page's plan picker is used. */
export function screenablePlans(catalog: Pick<Catalog, 'plans'>, regionalLabel: (names: string[]) => string): ScreenablePlan[] {
	return catalog.plans.map((view) => {
		const place = planPlace(view, regionalLabel);
		const area = view.plan.area ? ` (${view.plan.area})` : '';
		return {
			id: view.id,
			label: `${place}${area}: ${view.plan.title} (${formatPeriod(view.plan.period)})`,
			title: view.plan.title,
			languages: view.plan.languages,
			start: view.plan.period.start,
			...(view.plan.documentUrl ? { documentUrl: view.plan.documentUrl } : {}),
		};
	});
}
