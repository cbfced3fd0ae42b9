import type { Country } from '../schemas/country.ts';
import type { Plan } from '../schemas/plan.ts';
import type { CountryStatus, PlanStatus, PlanType } from '../schemas/vocabulary.ts';
import { PLAN_TYPES } from '../schemas/vocabulary.ts';
import { deriveStage, type DerivedStage } from './stage.ts';
import { countryStatus, expiresWithin, planStatus } from './status.ts';

/** A plan record with its id (the file name). */
export type PlanRecord = Plan & { id: string };

/** A plan as pages show it: the record, its country, and what is derived on the build date. */
export interface PlanView {
	id: string;
	plan: PlanRecord;
	country: Country;
	status: PlanStatus;
}

/** A country as pages show it: the record, its plans (newest first) and derived status and stage. */
export interface CountryView {
	/** Lowercase ISO3, used in URLs: `/countries/ken/`. */
	slug: string;
	country: Country;
	plans: PlanView[];
	status: CountryStatus;
	stage: DerivedStage;
}

/** Headline figures for the home page; countries are WHO Member States only. */
export interface Headline {
	memberStates: number;
	countriesByStatus: Record<CountryStatus, number>;
	plansByType: Record<PlanType, number>;
	plans: number;
}

/** Everything the site renders, computed once per build. */
export interface Catalog {
	/** The build date the statuses are computed for ("data as of"), YYYY-MM-DD. */
	asOf: string;
	plans: PlanView[];
	countries: CountryView[];
	countryByIso3: ReadonlyMap<string, CountryView>;
	planById: ReadonlyMap<string, PlanView>;
	headline: Headline;
	/** Dated plans whose last year ends within the next 12 months, soonest first. */
	expiringSoon: PlanView[];
	/** The most recently added plans, newest first (ties: latest period first). */
	recentlyAdded: PlanView[];
}

const byStartDescending = (a: PlanView, b: PlanView) =>
	b.plan.period.start - a.plan.period.start || (b.plan.period.end ?? 9999) - (a.plan.period.end ?? 9999) || a.id.localeCompare(b.id);

/**
 * Join countries and plans and derive statuses, stages and headline figures for a date.
 * Pages, scripts and tests call this once and read its maps, so no page filters all plans.
 * Throws if a plan names a country that does not exist (validation reports it first).
 */
export function buildCatalog(countries: readonly Country[], plans: readonly PlanRecord[], asOf: Date): Catalog {
	const countryRecords = new Map(countries.map((country) => [country.iso3, country]));
	const plansByCountry = new Map<string, PlanView[]>();
	const planViews = plans.map((plan): PlanView => {
		const country = countryRecords.get(plan.country);
		if (!country) throw new Error(`plan ${plan.id}: unknown country ${plan.country}`);
		const view: PlanView = {
			id: plan.id,
			plan,
			country,
			status: planStatus(plan.period, asOf),
		};
		const countryPlans = plansByCountry.get(country.iso3);
		if (countryPlans) countryPlans.push(view);
		else plansByCountry.set(country.iso3, [view]);
		return view;
	});

	const countryViews = countries
		.map((country): CountryView => {
			const countryPlans = (plansByCountry.get(country.iso3) ?? []).sort(byStartDescending);
			const status = countryStatus(countryPlans.map((view) => view.status));
			return { slug: country.iso3.toLowerCase(), country, plans: countryPlans, status, stage: deriveStage(status, country.stage?.value) };
		})
		.sort((a, b) => a.country.name.localeCompare(b.country.name, 'en'));

	const countriesByStatus = { current: 0, 'open-ended': 0, upcoming: 0, expired: 0, none: 0 } satisfies Record<CountryStatus, number>;
	for (const view of countryViews) if (view.country.whoMemberState) countriesByStatus[view.status]++;
	const plansByType = Object.fromEntries(PLAN_TYPES.map((type) => [type, 0])) as Record<PlanType, number>;
	for (const view of planViews) plansByType[view.plan.type]++;

	const countryOrder = new Map(countryViews.map((view, index) => [view.country.iso3, index]));
	const sortedPlans = [...planViews].sort(
		(a, b) => countryOrder.get(a.country.iso3)! - countryOrder.get(b.country.iso3)! || byStartDescending(a, b),
	);

	return {
		asOf: asOf.toISOString().slice(0, 10),
		plans: sortedPlans,
		countries: countryViews,
		countryByIso3: new Map(countryViews.map((view) => [view.country.iso3, view])),
		planById: new Map(planViews.map((view) => [view.id, view])),
		headline: {
			memberStates: countryViews.filter((view) => view.country.whoMemberState).length,
			countriesByStatus,
			plansByType,
			plans: planViews.length,
		},
		expiringSoon: planViews
			.filter((view) => expiresWithin(view.plan.period, asOf, 12))
			.sort((a, b) => a.plan.period.end! - b.plan.period.end! || a.country.name.localeCompare(b.country.name)),
		recentlyAdded: [...planViews].sort((a, b) => b.plan.added.localeCompare(a.plan.added) || byStartDescending(a, b)).slice(0, 8),
	};
}
