/**
 * What governments reported to WHO's NCD Country Capacity Survey (CCS), beside the catalogue.
 *
 * The answers are self-reports by governments, one survey year per question, as WHO publishes
 * them in its Global Health Observatory (GHO). They are stored in the country records
 * (`whoCcs`, src/schemas/country.ts) by scripts/import-who-ccs.ts and are never this portal's
 * finding. Where WHO's answer on an operational cancer plan and the catalogue's plans in force
 * disagree, that is a lead for a curator to check, not an error in either: the survey year and the
 * data date differ, and the survey asked its own question. Pure: no file or page access.
 */
import type { CountryView, PlanView } from './catalog.ts';

/** The survey questions the portal imports, in the order pages show them. */
export const WHO_CCS_QUESTIONS = ['cancerPlan', 'cancerRegistry', 'cancerSurgery'] as const;
export type WhoCcsQuestion = (typeof WHO_CCS_QUESTIONS)[number];

/**
 * A government's answer as GHO publishes it, kept as published: "No response" (no answer given)
 * is never read as "No", nor "Don't know" as either.
 */
export const WHO_CCS_ANSWERS = ['Yes', 'No', "Don't know", 'No response'] as const;
export type WhoCcsAnswer = (typeof WHO_CCS_ANSWERS)[number];

/**
 * The GHO indicator each question is published under: the codes the retrieving script names
 * (notageek88/oncology-atlas, backend/app/who_pipeline.py, commit ea6cc02).
 */
export const WHO_CCS_INDICATORS = {
	cancerPlan: 'NCD_CCS_CancerPlan',
	cancerRegistry: 'NCD_CCS_CancerRegNational',
	cancerSurgery: 'NCD_CCS_cancer_surgery',
} as const satisfies Record<WhoCcsQuestion, string>;

/** The GHO OData API address of an indicator's data, which the retrieving script read. */
export function ghoIndicatorUrl(code: string): string {
	return `https://ghoapi.azureedge.net/api/${code}`;
}

/**
 * The public repository commit that retrieved the answers from the GHO API (MIT licence; pulled on
 * or before 2026-03-19). The portal's copy is ../shared/who-ccs/; it could not be re-pulled from WHO.
 */
export const WHO_CCS_RETRIEVAL_URL = 'https://github.com/notageek88/oncology-atlas/tree/ea6cc02ff60db11606834676ea9b74ddf38a836c';

/** One answer of a country, as stored in its record. */
export interface WhoCcsReport {
	answer: WhoCcsAnswer;
	/** The survey year the answer belongs to. */
	surveyYear: number;
	/** The GHO indicator code it is published under. */
	indicator: string;
	/** Where the indicator's data is published (https). */
	source: string;
}

/** A country's answers, as stored in its record; a question may be missing where WHO publishes no answer. */
export type WhoCcsBlock = Partial<Record<WhoCcsQuestion, WhoCcsReport>> & { retrievalUrl?: string };

/** A country's answers in question order, each with its question; empty when the record has none. */
export function whoCcsReports(block: WhoCcsBlock | undefined): (WhoCcsReport & { question: WhoCcsQuestion })[] {
	if (!block) return [];
	return WHO_CCS_QUESTIONS.flatMap((question) => (block[question] ? [{ question, ...block[question] }] : []));
}

/** The distinct survey years of a country's answers, oldest first. */
export function surveyYears(block: WhoCcsBlock | undefined): number[] {
	return [...new Set(whoCcsReports(block).map((report) => report.surveyYear))].sort((a, b) => a - b);
}

/**
 * How WHO's answer on an operational cancer plan and the catalogue differ:
 * - `reported-plan-none-in-force`: the government answered Yes, and the catalogue has no national
 *   plan of the country in force on the data date;
 * - `reported-no-plan-in-force`: the government answered No, and the catalogue has one.
 */
export const PLAN_DISAGREEMENTS = ['reported-plan-none-in-force', 'reported-no-plan-in-force'] as const;
export type PlanDisagreementKind = (typeof PLAN_DISAGREEMENTS)[number];

/** One country where the two sides differ, with both sides. */
export interface PlanDisagreement {
	view: CountryView;
	kind: PlanDisagreementKind;
	/** What the government reported (always Yes or No here). */
	reported: WhoCcsReport;
	/** The catalogue's side: the country's national plans in force on the data date (empty for `reported-plan-none-in-force`). */
	inForce: PlanView[];
	/**
	 * The country's national plans whose period covers the survey year, whatever their status
	 * today: what a curator reads first, since a plan may have been in force then and not now.
	 */
	coveringSurveyYear: PlanView[];
}

/**
 * Whether the catalogue has a national plan of the country in force on its data date: the
 * country view's `inForce` list (national plans `current` or `open-ended`, at most one per type).
 * Every plan type counts (a cancer control plan, a cancer strategy, an NCD plan, a law or policy);
 * pages name the type so a curator can judge whether it answers WHO's question. Sub-national and
 * regional plans do not count: the survey asks about a national plan.
 */
export function hasNationalPlanInForce(view: CountryView): boolean {
	return view.inForce.length > 0;
}

/** The country's national plans whose period covers `year` (open-ended ones from their start), newest first. */
export function nationalPlansCovering(view: CountryView, year: number): PlanView[] {
	return view.plans.filter((plan) => plan.plan.scope === 'national' && plan.plan.period.start <= year && (plan.plan.period.end ?? Infinity) >= year);
}

/**
 * How WHO's answer on an operational cancer plan and the catalogue differ for one country, or
 * undefined where they agree or cannot be compared: no answer in the record, or an answer of
 * "Don't know" or "No response", which says nothing either way.
 */
export function planDisagreement(view: CountryView): PlanDisagreement | undefined {
	const reported = view.country.whoCcs?.cancerPlan;
	if (!reported || (reported.answer !== 'Yes' && reported.answer !== 'No')) return undefined;
	const inForce = hasNationalPlanInForce(view);
	const kind: PlanDisagreementKind | undefined =
		reported.answer === 'Yes' && !inForce ? 'reported-plan-none-in-force' : reported.answer === 'No' && inForce ? 'reported-no-plan-in-force' : undefined;
	if (!kind) return undefined;
	return { view, kind, reported, inForce: view.inForce, coveringSurveyYear: nationalPlansCovering(view, reported.surveyYear) };
}

/** The comparison over the whole catalogue, with the counts it rests on. */
export interface PlanComparison {
	/** Countries whose record has WHO's answer on an operational cancer plan. */
	reported: number;
	/** Of those, the ones that answered Yes or No: the countries compared. */
	compared: number;
	/** Of those, the ones that answered "Don't know" or gave no response: not compared. */
	notCompared: number;
	/** The distinct survey years of the answers compared, oldest first. */
	surveyYears: number[];
	/** Where the two sides differ, by kind, each in the order of `views`. */
	disagreements: Record<PlanDisagreementKind, PlanDisagreement[]>;
	/** Every disagreement, in the order of `views`. */
	all: PlanDisagreement[];
}

/** Compare WHO's answer on an operational cancer plan with the catalogue, for every country given. */
export function comparePlans(views: readonly CountryView[]): PlanComparison {
	const answered = views.filter((view) => view.country.whoCcs?.cancerPlan);
	const compared = answered.filter((view) => ['Yes', 'No'].includes(view.country.whoCcs!.cancerPlan!.answer));
	const all = compared.flatMap((view) => planDisagreement(view) ?? []);
	return {
		reported: answered.length,
		compared: compared.length,
		notCompared: answered.length - compared.length,
		surveyYears: [...new Set(compared.map((view) => view.country.whoCcs!.cancerPlan!.surveyYear))].sort((a, b) => a - b),
		disagreements: Object.fromEntries(PLAN_DISAGREEMENTS.map((kind) => [kind, all.filter((entry) => entry.kind === kind)])) as Record<PlanDisagreementKind, PlanDisagreement[]>,
		all,
	};
}
