/**
 * The planners' library: best-practice resources and the partners who help country teams, and
 * how they meet the plans catalogue (a country's stage, a plan's gaps). Pure functions over
 * records, computed once per build by `src/data/library.ts` and read by pages, downloads and tests.
 */
import type { Partner } from '../schemas/partner.ts';
import type { Resource } from '../schemas/resource.ts';
import type { Stage, SupportKind } from '../schemas/vocabulary.ts';
import type { Catalog, CountryView, PlanView } from './catalog.ts';
import type { PlanGaps } from './gaps.ts';

/** A resource with its id (the file name). */
export type ResourceRecord = Resource & { id: string };
/** A partner with its id (the file name). */
export type PartnerRecord = Partner & { id: string };

export interface Library {
	/** Every resource, A–Z by title. */
	resources: ResourceRecord[];
	/** Every partner, A–Z by name. */
	partners: PartnerRecord[];
	resourceById: ReadonlyMap<string, ResourceRecord>;
	partnerById: ReadonlyMap<string, PartnerRecord>;
}

const collator = new Intl.Collator('en', { sensitivity: 'base', numeric: true });

/** Sort the records once; every list a page shows keeps this order unless it ranks. */
export function buildLibrary(resources: readonly ResourceRecord[], partners: readonly PartnerRecord[]): Library {
	const sortedResources = [...resources].sort((a, b) => collator.compare(a.title, b.title) || a.id.localeCompare(b.id));
	const sortedPartners = [...partners].sort((a, b) => collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
	return {
		resources: sortedResources,
		partners: sortedPartners,
		resourceById: new Map(sortedResources.map((resource) => [resource.id, resource])),
		partnerById: new Map(sortedPartners.map((partner) => [partner.id, partner])),
	};
}

/** The records (resources or partners) that serve a stage, in their given order. */
export function servingStage<T extends { stages: readonly Stage[] }>(records: readonly T[], stage: Stage): T[] {
	return records.filter((record) => record.stages.includes(stage));
}

/** The partners offering a kind of support, in their given order. */
export function offering(partners: readonly PartnerRecord[], kind: SupportKind): PartnerRecord[] {
	return partners.filter((partner) => partner.offers.includes(kind));
}

const shared = <T>(a: readonly T[], b: readonly T[]) => a.filter((value) => b.includes(value)).length;

/**
 * Resources related to one: those sharing at least one topic, ranked by shared topics (worth
 * two) plus shared stages, then by title. Topics lead because a planner looking at a breast
 * cancer guide wants other breast cancer guidance before other guidance for the same stage.
 */
export function relatedResources(resource: ResourceRecord, resources: readonly ResourceRecord[], limit = 5): ResourceRecord[] {
	return resources
		.filter((other) => other.id !== resource.id && shared(other.topics, resource.topics) > 0)
		.map((other) => ({ other, score: 2 * shared(other.topics, resource.topics) + shared(other.stages, resource.stages) }))
		.sort((a, b) => b.score - a.score || collator.compare(a.other.title, b.other.title))
		.slice(0, limit)
		.map(({ other }) => other);
}

/**
 * The priority areas where an assessed plan leaves a gap: domains with at least one assessed
 * item found absent ("not found"), in framework order. Partial findings are not gaps (the plan
 * speaks to the item), and items not assessed say nothing, so an unassessed plan has no gaps.
 */
export function gapDomains(gaps: PlanGaps | undefined): string[] {
	if (!gaps?.assessment) return [];
	return [...gaps.domains].filter(([, tally]) => tally['not-found'] > 0).map(([domain]) => domain);
}

/** A country's newest own national plan that has an assessment: the plan its gaps are read from (a state's plan does not speak for its country). */
export function latestAssessedPlan(country: CountryView, planGaps: ReadonlyMap<string, PlanGaps>): PlanView | undefined {
	return country.plans.find((view) => view.plan.scope !== 'sub-national' && planGaps.get(view.id)?.assessment);
}

/** "Tools for where you are": resources for a country's stage, and for each priority area its plan leaves a gap in. */
export interface CountryTools {
	stage?: Stage;
	/** Resources serving the country's stage; empty when the stage is unknown. */
	forStage: ResourceRecord[];
	/** The assessed plan the gaps come from; undefined when none of its plans is assessed. */
	assessedPlan?: PlanView;
	/** Per gap domain (framework order), the resources on it, those also serving the stage first. */
	forGaps: { domain: string; resources: ResourceRecord[] }[];
}

/**
 * The resources a country team is likely to need now. By stage until gap analysis exists for
 * the country's plan; then also by the priority areas that plan does not address. Lists are
 * capped so the country page stays light; each links on to the full list.
 */
export function toolsForCountry(
	country: CountryView,
	resources: readonly ResourceRecord[],
	planGaps: ReadonlyMap<string, PlanGaps>,
	limits = { stage: 6, perGap: 2 },
): CountryTools {
	const stage = country.stage.stage;
	const assessedPlan = latestAssessedPlan(country, planGaps);
	const forGaps = gapDomains(assessedPlan && planGaps.get(assessedPlan.id)).flatMap((domain) => {
		const onTopic = resources.filter((resource) => resource.topics.includes(domain));
		const stageFirst = stage ? [...servingStage(onTopic, stage), ...onTopic.filter((resource) => !resource.stages.includes(stage))] : onTopic;
		return stageFirst.length ? [{ domain, resources: stageFirst.slice(0, limits.perGap) }] : [];
	});
	return { stage, forStage: stage ? servingStage(resources, stage).slice(0, limits.stage) : [], assessedPlan, forGaps };
}

/** The countries whose derived stage is `stage`, in catalogue order, each with how the stage was derived. */
export function countriesAtStage(countries: readonly CountryView[], stage: Stage): CountryView[] {
	return countries.filter((view) => view.stage.stage === stage);
}

/**
 * How a stage page picks its example plans. Only national plans with an official document are
 * examples (a planner must be able to open them; a sub-national plan is not a model for a
 * national one). "Earlier plan" means an earlier national plan of the same country and type.
 * - `first-plans` (prepare, develop): current or upcoming plans with no earlier plan: how
 *   countries went from no plan of that type to one.
 * - `current-plans` (implement, evaluate): plans in force, newest first.
 * - `updated-plans` (update): current plans with an earlier plan, given with it: what an update
 *   produced.
 */
export type ExampleRule = 'first-plans' | 'current-plans' | 'updated-plans';

export const EXAMPLE_RULE: Readonly<Record<Stage, ExampleRule>> = {
	prepare: 'first-plans',
	develop: 'first-plans',
	implement: 'current-plans',
	evaluate: 'current-plans',
	update: 'updated-plans',
};

/** An example plan; `follows` is the earlier plan it replaced, for an updated plan. */
export interface ExamplePlan {
	view: PlanView;
	follows?: PlanView;
}

const byNewest = (a: ExamplePlan, b: ExamplePlan) => b.view.plan.period.start - a.view.plan.period.start || a.view.id.localeCompare(b.view.id);

/** The newest national plan of the same country and type that started before this one. */
function earlierPlan(country: CountryView, view: PlanView): PlanView | undefined {
	// country.plans is newest first.
	return country.plans.find(
		(other) => other.plan.scope === 'national' && other.plan.type === view.plan.type && other.plan.period.start < view.plan.period.start,
	);
}

/** Example plans for a stage, newest first, by the stage's rule (see `EXAMPLE_RULE`). */
export function examplePlans(catalog: Catalog, stage: Stage, limit = 8): ExamplePlan[] {
	const rule = EXAMPLE_RULE[stage];
	const examples: ExamplePlan[] = [];
	for (const country of catalog.countries) {
		for (const view of country.plans) {
			const inForce = view.status === 'current' || (rule === 'first-plans' && view.status === 'upcoming');
			if (!inForce || view.plan.scope !== 'national' || !view.plan.documentUrl) continue;
			const follows = earlierPlan(country, view);
			if (rule === 'first-plans' && follows) continue;
			if (rule === 'updated-plans' && !follows) continue;
			examples.push(rule === 'updated-plans' ? { view, follows } : { view });
		}
	}
	return examples.sort(byNewest).slice(0, limit);
}

/** Which assessed plans leave a gap in each priority area, built once per build for every resource page. */
export interface GapIndex {
	/** Domain id → the plans with a gap in it, in catalogue order. */
	byDomain: ReadonlyMap<string, readonly PlanView[]>;
	/** Plan id → its place in the catalogue, to merge several domains' lists back into that order. */
	position: ReadonlyMap<string, number>;
}

/** Index the plans by the priority areas where their assessment found an item absent (see `gapDomains`). */
export function indexGaps(plans: readonly PlanView[], planGaps: ReadonlyMap<string, PlanGaps>): GapIndex {
	const byDomain = new Map<string, PlanView[]>();
	for (const view of plans) {
		for (const domain of gapDomains(planGaps.get(view.id))) {
			if (!byDomain.has(domain)) byDomain.set(domain, []);
			byDomain.get(domain)!.push(view);
		}
	}
	return { byDomain, position: new Map(plans.map((view, index) => [view.id, index])) };
}

/** Assessed plans with a gap in at least one of these priority areas, each once, in catalogue order. */
export function plansWithGapsIn(domains: readonly string[], index: GapIndex): PlanView[] {
	const found = new Map<string, PlanView>();
	for (const domain of domains) for (const view of index.byDomain.get(domain) ?? []) found.set(view.id, view);
	return [...found.values()].sort((a, b) => index.position.get(a.id)! - index.position.get(b.id)!);
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** A pattern for `text` as whole words: not inside a longer word, whatever characters the text ends with. */
const wholeWords = (text: string, flags: string) => new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(text)}(?![\\p{L}\\p{N}])`, `u${flags}`);

/**
 * The resources a partner publishes: those whose publisher names it, by its full name (any
 * case) or its acronym (as written, whole word: "WHO" in "WHO/IARC", not in "whole").
 */
export function publishedBy(partner: PartnerRecord, resources: readonly ResourceRecord[]): ResourceRecord[] {
	const patterns = [wholeWords(partner.name, 'i')];
	if (partner.acronym && partner.acronym.length >= 3) patterns.push(wholeWords(partner.acronym, ''));
	return resources.filter((resource) => patterns.some((pattern) => pattern.test(resource.publisher)));
}
