import type { Country } from '../schemas/country.ts';
import type { Plan } from '../schemas/plan.ts';
import type { CountryStatus, IncomeGroup, PlanStatus, PlanType, WhoRegion } from '../schemas/vocabulary.ts';
import { INCOME_GROUPS, PLAN_TYPES, WHO_REGIONS } from '../schemas/vocabulary.ts';
import { deriveStage, type DerivedStage } from './stage.ts';
import { planStandings, type Standing } from './standing.ts';
import { countryStatus, expiresWithin } from './status.ts';

/** A plan record with its id (the file name). */
export type PlanRecord = Plan & { id: string };

/** A plan as pages show it: the record, its countries, and what is derived on the build date. */
export interface PlanView {
	id: string;
	plan: PlanRecord;
	/**
	 * The one country a national or sub-national plan belongs to; undefined for a regional plan,
	 * which belongs to no single country (read `countries`).
	 */
	country: Country | undefined;
	/** The countries the plan covers: `[country]` for a national or sub-national plan, the record's `countries` (in its order) for a regional one. */
	countries: Country[];
	status: PlanStatus;
	/**
	 * The plan that replaced this one: named in the record (`stated`; the status is `superseded`
	 * once that plan is in force), or a later plan of the same type in force that replaced an
	 * open-ended one (`later-plan`).
	 */
	supersededBy?: { view: PlanView; basis: NonNullable<Standing['supersededBy']>['basis'] };
	/** Plans this one replaced, newest first. */
	supersedes: PlanView[];
}

/** A country as pages show it: the record, its plans (newest first) and derived status and stage. */
export interface CountryView {
	/** Lowercase ISO3, used in URLs: `/countries/ken/`. */
	slug: string;
	country: Country;
	/** The country's own (national and sub-national) plans, newest first. */
	plans: PlanView[];
	/** Regional plans that cover the country among others, newest first. They do not count towards its status or stage. */
	regionalPlans: PlanView[];
	/** Derived from `plans` only. */
	status: CountryStatus;
	/** The plan in force of each type, at most one each (validation sees to it), in plan-type order. */
	inForce: PlanView[];
	/** Derived from `status` (so from `plans` only) and the curator's sourced stage. */
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
	/**
	 * Every plan: national and sub-national plans grouped by country (countries A–Z, each newest
	 * first), then regional plans as one group at the end, newest first (ties: id).
	 */
	plans: PlanView[];
	countries: CountryView[];
	countryByIso3: ReadonlyMap<string, CountryView>;
	planById: ReadonlyMap<string, PlanView>;
	headline: Headline;
	/** Plans in force whose last year ends within the next 12 months, soonest first (a superseded plan or a draft is not listed). */
	expiringSoon: PlanView[];
	/** The most recently added plans, newest first (ties: latest period first). */
	recentlyAdded: PlanView[];
}

const byStartDescending = (a: PlanView, b: PlanView) =>
	b.plan.period.start - a.plan.period.start || (b.plan.period.end ?? 9999) - (a.plan.period.end ?? 9999) || a.id.localeCompare(b.id);

/** True for a plan of several countries (`scope: regional`), which has `countries` and no `country`. */
export function isRegional(view: PlanView): boolean {
	return view.country === undefined;
}

/** The distinct WHO regions of the countries a plan covers, in vocabulary order (one for a national plan, or none). */
export function coveredRegions(view: PlanView): WhoRegion[] {
	return WHO_REGIONS.filter((region) => view.countries.some((country) => country.whoRegion === region));
}

/** The distinct World Bank income groups of the countries a plan covers, low to high (one for a national plan, or none). */
export function coveredIncomeGroups(view: PlanView): IncomeGroup[] {
	return INCOME_GROUPS.filter((group) => view.countries.some((country) => country.incomeGroup === group));
}

/**
 * Where a plan applies, as lists and search results show it: its country's name, or for a
 * regional plan a label naming every covered country (`regional` comes from the UI strings).
 */
export function planPlace(view: PlanView, regional: (names: string[]) => string): string {
	return view.country ? view.country.name : regional(view.countries.map((country) => country.name));
}

/**
 * Join countries and plans and derive statuses, stages and headline figures for a date.
 * Pages, scripts and tests call this once and read its maps, so no page filters all plans.
 * A regional plan is listed on each covered country's view, apart from its own plans, and does
 * not change that country's status or stage.
 * Throws if a plan names a country that does not exist, or names none (validation reports both first).
 */
export function buildCatalog(countries: readonly Country[], plans: readonly PlanRecord[], asOf: Date): Catalog {
	const countryRecords = new Map(countries.map((country) => [country.iso3, country]));
	const countryOf = (plan: PlanRecord, iso3: string) => {
		const country = countryRecords.get(iso3);
		if (!country) throw new Error(`plan ${plan.id}: unknown country ${iso3}`);
		return country;
	};
	const plansByCountry = new Map<string, PlanView[]>();
	const regionalByCountry = new Map<string, PlanView[]>();
	const append = (map: Map<string, PlanView[]>, iso3: string, view: PlanView) => {
		const list = map.get(iso3);
		if (list) list.push(view);
		else map.set(iso3, [view]);
	};
	const standings = planStandings(plans, asOf);
	const planViews = plans.map((plan): PlanView => {
		const status = standings.get(plan.id)!.status;
		if (plan.scope === 'regional') {
			if (!plan.countries?.length) throw new Error(`plan ${plan.id}: a regional plan needs "countries"`);
			const view: PlanView = { id: plan.id, plan, country: undefined, countries: plan.countries.map((iso3) => countryOf(plan, iso3)), status, supersedes: [] };
			for (const country of view.countries) append(regionalByCountry, country.iso3, view);
			return view;
		}
		if (!plan.country) throw new Error(`plan ${plan.id}: a ${plan.scope} plan needs "country"`);
		const country = countryOf(plan, plan.country);
		const view: PlanView = { id: plan.id, plan, country, countries: [country], status, supersedes: [] };
		append(plansByCountry, country.iso3, view);
		return view;
	});
	const viewById = new Map(planViews.map((view) => [view.id, view]));
	for (const view of planViews) {
		const successor = standings.get(view.id)!.supersededBy;
		const successorView = successor && viewById.get(successor.id);
		if (!successor || !successorView) continue;
		view.supersededBy = { view: successorView, basis: successor.basis };
		if (view.status === 'superseded') successorView.supersedes.push(view);
	}
	for (const view of planViews) view.supersedes.sort(byStartDescending);

	const countryViews = countries
		.map((country): CountryView => {
			const countryPlans = (plansByCountry.get(country.iso3) ?? []).sort(byStartDescending);
			const regionalPlans = (regionalByCountry.get(country.iso3) ?? []).sort(byStartDescending);
			// Status and stage come from the country's own plans only, never from regional ones.
			const status = countryStatus(countryPlans.map((view) => ({ status: view.status, period: view.plan.period })), asOf);
			const inForce = PLAN_TYPES.flatMap((type) => countryPlans.filter((view) => view.plan.type === type && view.plan.scope === 'national' && (view.status === 'current' || view.status === 'open-ended')).slice(0, 1));
			return { slug: country.iso3.toLowerCase(), country, plans: countryPlans, regionalPlans, status, inForce, stage: deriveStage(status, country.stage?.value) };
		})
		.sort((a, b) => a.country.name.localeCompare(b.country.name, 'en'));

	const countriesByStatus = { current: 0, 'open-ended': 0, upcoming: 0, expired: 0, none: 0 } satisfies Record<CountryStatus, number>;
	for (const view of countryViews) if (view.country.whoMemberState) countriesByStatus[view.status]++;
	const plansByType = Object.fromEntries(PLAN_TYPES.map((type) => [type, 0])) as Record<PlanType, number>;
	for (const view of planViews) plansByType[view.plan.type]++;

	// Regional plans form one group after every country.
	const countryOrder = new Map(countryViews.map((view, index) => [view.country.iso3, index]));
	const groupOf = (view: PlanView) => (view.country ? countryOrder.get(view.country.iso3)! : countryViews.length);
	const sortedPlans = [...planViews].sort((a, b) => groupOf(a) - groupOf(b) || byStartDescending(a, b));
	/** Plans of a country by its name; regional plans after them. */
	const byPlace = (a: PlanView, b: PlanView) =>
		a.country && b.country ? a.country.name.localeCompare(b.country.name, 'en') : Number(isRegional(a)) - Number(isRegional(b));

	return {
		asOf: asOf.toISOString().slice(0, 10),
		plans: sortedPlans,
		countries: countryViews,
		countryByIso3: new Map(countryViews.map((view) => [view.country.iso3, view])),
		planById: viewById,
		headline: {
			memberStates: countryViews.filter((view) => view.country.whoMemberState).length,
			countriesByStatus,
			plansByType,
			plans: planViews.length,
		},
		expiringSoon: planViews
			.filter((view) => view.status === 'current' && expiresWithin(view.plan.period, asOf, 12))
			.sort((a, b) => a.plan.period.end! - b.plan.period.end! || byPlace(a, b) || a.id.localeCompare(b.id)),
		recentlyAdded: [...planViews].sort((a, b) => b.plan.added.localeCompare(a.plan.added) || byStartDescending(a, b)).slice(0, 8),
	};
}
