/**
 * Every gap report the portal publishes, computed once: the world, each WHO region, each income
 * group, each country with a plan, each plan and each priority area (framework domain). Pages,
 * their CSV/JSON downloads and `npm run gaps` all read these objects, so what a page shows and
 * what its download holds cannot drift apart.
 */
import type { Assessment, Finding } from '../schemas/assessment.ts';
import type { FrameworkDomain } from '../schemas/framework.ts';
import { INCOME_GROUPS, WHO_REGIONS, type IncomeGroup, type WhoRegion } from '../schemas/vocabulary.ts';
import { buildCatalog, coveredIncomeGroups, coveredRegions, type Catalog, type PlanView } from './catalog.ts';
import type { Column } from './downloads.ts';
import type { Framework } from './framework.ts';
import { aggregateGaps, isUncheckedDraft, MIN_PLANS_FOR_SHARE, planGaps, type AggregateGaps, type AssessmentSummary, type ItemStatus, type PlanGaps } from './gaps.ts';
import type { ValidRecords } from './validate.ts';

export const REPORT_KINDS = ['world', 'region', 'income', 'country', 'sub-national', 'plan', 'priority-area'] as const;
export type ReportKind = (typeof REPORT_KINDS)[number];

/** One report: what it is about, the plans in its scope and their figures. */
export interface GapReport {
	kind: ReportKind;
	/** URL segment: `afr`, `lic`, `ken`, a plan id, a domain id; `world` for the overview. */
	key: string;
	/** Page path, e.g. `/gaps/regions/afr/`; downloads sit beside it as `report.csv`/`report.json`. */
	path: string;
	/** What the report is about, in words: "African Region", "Kenya", a plan's title, a domain's label. */
	subject: string;
	/**
	 * Plans in scope, in catalogue order: national and regional plans, except in a plan report
	 * and a country's sub-national report, which holds its sub-national plans.
	 */
	plans: PlanView[];
	/** Sub-national plans that fall in the report's scope but are counted in their own report, never in these figures. */
	subnationalApart: PlanView[];
	/** The domains the report covers: all, or the one of a priority-area report. */
	domains: FrameworkDomain[];
	/** The figures over `plans`; for a plan report, recounted from its one plan on each read. */
	aggregate: AggregateGaps;
	/** For a plan report, the plan's own item statuses (its evidence: `GapReports.wholeAssessment`). */
	planGaps?: PlanGaps;
}

/** Names the reports need, supplied by the caller's locale. */
export interface ReportNames {
	world: string;
	/** The subject of a country's sub-national report ("United States of America: sub-national plans"). */
	subnational: (country: string) => string;
	region: Record<WhoRegion, string>;
	income: Record<IncomeGroup, string>;
}

export interface GapReports {
	framework: Framework;
	asOf: string;
	/** Plan id → its assessment's summary, which every figure is counted from. */
	assessments: ReadonlyMap<string, AssessmentSummary>;
	/**
	 * A plan's whole assessment, evidence included, for its own report and downloads; undefined
	 * when the plan is not assessed. Read when asked for: a build keeps these in a file, not in
	 * memory (src/lib/assessment-hand-off.ts).
	 */
	wholeAssessment(planId: string): Assessment | undefined;
	/** Plan id → its gaps (every plan, assessed or not). */
	planGaps: ReadonlyMap<string, PlanGaps>;
	world: GapReport;
	regions: GapReport[];
	income: GapReport[];
	countries: GapReport[];
	/** Per country with sub-national plans (US states, FSM states…), their own report. */
	subnational: GapReport[];
	plans: GapReport[];
	priorityAreas: GapReport[];
	/** Country ISO3 → its report, for countries with at least one plan. */
	countryReport: ReadonlyMap<string, GapReport>;
	/** Country ISO3 → its sub-national report, for countries with sub-national plans. */
	subnationalReport: ReadonlyMap<string, GapReport>;
	planReport: ReadonlyMap<string, GapReport>;
}

/** The folder of each kind under /gaps/. */
const FOLDER: Record<Exclude<ReportKind, 'world'>, string> = {
	region: 'regions',
	income: 'income',
	country: 'countries',
	'sub-national': 'sub-national',
	plan: 'plans',
	'priority-area': 'priority-areas',
};

/** The page path of a report. */
export function reportPath(kind: ReportKind, key: string): string {
	return kind === 'world' ? '/gaps/' : `/gaps/${FOLDER[kind]}/${key}/`;
}

const isSubnational = (view: PlanView) => view.plan.scope === 'sub-national';

/** The plans under each key (each plan under every key it has), in catalogue order, in one pass. */
function groupPlans<K>(plans: readonly PlanView[], keys: readonly K[], keysOf: (view: PlanView) => K[]): Map<K, PlanView[]> {
	const groups = new Map(keys.map((key) => [key, [] as PlanView[]]));
	for (const view of plans) for (const key of keysOf(view)) groups.get(key)!.push(view);
	return groups;
}

/**
 * Build every report from the assessments' summaries; `wholeAssessment` reads a plan's whole
 * assessment when its report's evidence is shown. Plans of several countries count once in each
 * region or income group they touch.
 */
export function buildGapReports(
	catalog: Catalog,
	framework: Framework,
	assessments: ReadonlyMap<string, AssessmentSummary>,
	names: ReportNames,
	wholeAssessment: (planId: string) => Assessment | undefined,
): GapReports {
	const gapsByPlan = new Map(catalog.plans.map((view) => [view.id, planGaps(framework, { id: view.id, assessment: assessments.get(view.id) })]));
	const aggregateOf = (plans: readonly PlanView[], domains: FrameworkDomain[]) =>
		aggregateGaps(
			{ ...framework, domainList: domains },
			plans.map((view) => ({ id: view.id, assessment: assessments.get(view.id) })),
		);
	// Figures are counted when first read, so a caller that reads some reports pays for those only
	// (the build's plan downloads read no aggregate report: 110 MB less at 10k plans). A plan
	// report's aggregate is its one plan recounted on each read, not kept: 10k kept copies (75 item
	// tallies each) cost a third of a gigabyte.
	const report = (kind: ReportKind, key: string, subject: string, inScope: PlanView[], domains = framework.domainList): GapReport => {
		// Sub-national plans are reported apart: a state plan is not a country's plan.
		const apart = kind === 'plan' || kind === 'sub-national' ? [] : inScope.filter(isSubnational);
		const plans = apart.length === 0 ? inScope : inScope.filter((view) => !isSubnational(view));
		const base = { kind, key, path: reportPath(kind, key), subject, plans, subnationalApart: apart, domains };
		if (kind === 'plan') return Object.defineProperty({ ...base, planGaps: gapsByPlan.get(key) }, 'aggregate', { enumerable: true, get: () => aggregateOf(plans, domains) }) as GapReport;
		let aggregate: AggregateGaps | undefined;
		return Object.defineProperty(base, 'aggregate', { enumerable: true, get: () => (aggregate ??= aggregateOf(plans, domains)) }) as GapReport;
	};

	const plansByRegion = groupPlans(catalog.plans, WHO_REGIONS, coveredRegions);
	const plansByIncome = groupPlans(catalog.plans, INCOME_GROUPS, coveredIncomeGroups);
	const countries = catalog.countries
		.filter((view) => view.plans.length + view.regionalPlans.length > 0)
		.map((view) => report('country', view.slug, view.country.name, [...view.plans, ...view.regionalPlans]));
	const subnational = catalog.countries
		.filter((view) => view.plans.some(isSubnational))
		.map((view) => report('sub-national', view.slug, names.subnational(view.country.name), view.plans.filter(isSubnational)));
	const plans = catalog.plans.map((view) => report('plan', view.id, view.plan.titleEnglish ?? view.plan.title, [view]));
	return {
		framework,
		asOf: catalog.asOf,
		assessments,
		wholeAssessment,
		planGaps: gapsByPlan,
		world: report('world', 'world', names.world, catalog.plans),
		regions: WHO_REGIONS.map((region) => report('region', region.toLowerCase(), names.region[region], plansByRegion.get(region)!)),
		income: INCOME_GROUPS.map((group) => report('income', group.toLowerCase(), names.income[group], plansByIncome.get(group)!)),
		countries,
		subnational,
		plans,
		priorityAreas: framework.domainList.map((domain) => report('priority-area', domain.id, domain.label, catalog.plans, [domain])),
		countryReport: new Map(countries.map((entry) => [entry.key.toUpperCase(), entry])),
		subnationalReport: new Map(subnational.map((entry) => [entry.key.toUpperCase(), entry])),
		planReport: new Map(plans.map((entry) => [entry.key, entry])),
	};
}

/**
 * Every gap report from the validator's records, as of a date: what `npm run gaps`, the build's
 * plan downloads and the benchmark compute. The site computes the same from its collections
 * (src/data/gaps.ts).
 */
export function gapReportsOfRecords(
	records: Pick<ValidRecords<AssessmentSummary>, 'countries' | 'plans' | 'framework' | 'assessments'>,
	asOf: Date,
	names: ReportNames,
	wholeAssessment: (planId: string) => Assessment | undefined,
): GapReports {
	if (!records.framework) throw new Error('gap reports: the framework is missing or invalid');
	return buildGapReports(buildCatalog(records.countries, records.plans, asOf), records.framework, records.assessments, names, wholeAssessment);
}

/** Every report, the world first: what `npm run gaps` writes and the site's routes publish. */
export function allReports(reports: GapReports): GapReport[] {
	return [reports.world, ...reports.regions, ...reports.income, ...reports.countries, ...reports.subnational, ...reports.plans, ...reports.priorityAreas];
}

/** One row of a report's item table. */
export interface ItemRow {
	report: GapReport;
	domain: FrameworkDomain;
	itemId: string;
	/** In a plan report, the plan's finding on the item with its evidence; absent when not assessed. */
	finding?: Finding;
}

/** The rows of a report's item table, in framework order; a plan report's with their findings. */
export function itemRows(reports: GapReports, report: GapReport): ItemRow[] {
	const findings = report.kind === 'plan' ? reports.wholeAssessment(report.key)?.findings : undefined;
	return report.domains.flatMap((domain) => domain.items.map((item) => ({ report, domain, itemId: item.id, finding: findings?.[item.id] })));
}

const share = (value: number | null) => (value === null ? undefined : Math.round(value * 1000) / 10);
const tallyOf = (row: ItemRow) => row.report.aggregate.items.get(row.itemId)!;
const itemOf = (framework: Framework, row: PlanItemRow) => framework.itemById.get(row.itemId)!;

/** Columns of an aggregate report (world, region, income group, country, sub-national, priority area). */
export function aggregateColumns(framework: Framework, withPlanLists: boolean, assessments: GapReports['assessments']): Column<ItemRow>[] {
	const ratedPlanIds = (row: ItemRow) => (['addressed', 'partial', 'not-found'] as const).flatMap((status) => tallyOf(row).plans[status]);
	const isDraft = (id: string) => isUncheckedDraft(assessments.get(id)!);
	const planList = (status: ItemStatus) => (row: ItemRow) => tallyOf(row).plans[status];
	return [
		{ name: 'domain_id', description: 'Framework domain (priority area) id.', value: (row) => row.domain.id },
		{ name: 'domain', description: 'Domain label.', value: (row) => row.domain.label },
		{ name: 'item_id', description: 'Framework item id.', value: (row) => row.itemId },
		{ name: 'item', description: 'Item label.', value: (row) => itemOf(framework, row).label },
		{ name: 'plans_in_scope', description: 'Catalogued plans in the report.', value: (row) => row.report.aggregate.catalogued },
		{ name: 'assessed', description: 'Plans assessed on this item.', value: (row) => tallyOf(row).assessed },
		{ name: 'addressed', description: 'Assessed plans that address the item.', value: (row) => tallyOf(row).addressed },
		{ name: 'partial', description: 'Assessed plans that address it in part.', value: (row) => tallyOf(row).partial },
		{ name: 'not_found', description: 'Assessed plans where it was not found.', value: (row) => tallyOf(row)['not-found'] },
		{ name: 'not_applicable', description: 'Assessed plans adopted before the commitment this item asks about existed (left out of the percentage).', value: (row) => tallyOf(row)['not-applicable'] },
		{ name: 'not_assessed', description: 'Catalogued plans not assessed on this item (never counted as not found).', value: (row) => tallyOf(row)['not-assessed'] },
		{
			name: 'assessed_automated_drafts',
			description: 'Of the assessed plans, how many rest on an automated draft that no person has checked.',
			value: (row) => ratedPlanIds(row).filter(isDraft).length,
		},
		{ name: 'assessed_reviewed', description: 'Of the assessed plans, how many were checked by a person or come from a published review.', value: (row) => ratedPlanIds(row).filter((id) => !isDraft(id)).length },
		{
			name: 'percent_addressed',
			description: `addressed / assessed × 100, one decimal; empty when none assessed, or when fewer than ${MIN_PLANS_FOR_SHARE} plans are assessed on the item (too few to summarise).`,
			value: (row) => share(tallyOf(row).share),
		},
		...(withPlanLists
			? [
					{ name: 'plans_addressed', description: 'Ids of plans that address the item.', value: planList('addressed') },
					{ name: 'plans_partial', description: 'Ids of plans that address it in part.', value: planList('partial') },
					{ name: 'plans_not_found', description: 'Ids of assessed plans where it was not found.', value: planList('not-found') },
				]
			: []),
	];
}

/** What a plan's row needs: the item and the plan's finding on it (a published report's row, or a draft screened in the browser). */
export type PlanItemRow = Pick<ItemRow, 'domain' | 'itemId' | 'finding'>;

/** Columns of a plan report: one row per item with the finding and its evidence. */
export function planColumns(framework: Framework): Column<PlanItemRow>[] {
	return [
		{ name: 'domain_id', description: 'Framework domain (priority area) id.', value: (row) => row.domain.id },
		{ name: 'domain', description: 'Domain label.', value: (row) => row.domain.label },
		{ name: 'item_id', description: 'Framework item id.', value: (row) => row.itemId },
		{ name: 'item', description: 'Item label.', value: (row) => itemOf(framework, row).label },
		{
			name: 'status',
			description: 'addressed, partial, not-found, not-applicable (the commitment began after the plan was adopted), or not-assessed (absent from the assessment).',
			value: (row) => row.finding?.status ?? 'not-assessed',
		},
		{ name: 'confidence', description: 'Automated screening confidence, 0–1; empty for other methods.', value: (row) => row.finding?.confidence },
		{ name: 'evidence_pages', description: 'PDF pages (1 = first page of the file) that support the finding.', value: (row) => row.finding?.evidence.map((evidence) => String(evidence.page)) },
		{ name: 'evidence_quotes', description: 'Short quotes from those pages, in the same order.', value: (row) => row.finding?.evidence.map((evidence) => evidence.quote) },
		{
			name: 'evidence_standing',
			description: 'Where each quote stands in the plan, in the same order: commitment (an objective, strategy, action, target, budget line or responsible body), text, or front-matter.',
			value: (row) => row.finding?.evidence.map((evidence) => evidence.standing ?? ''),
		},
		{ name: 'source', description: 'Published source of the finding, where the method is published-source.', value: (row) => row.finding?.source?.url },
		{ name: 'note', description: "A reviewer's note.", value: (row) => row.finding?.note },
	];
}

/**
 * Whether a report names the plans behind each item's figures: country and priority-area reports
 * do (few plans, or the question "which plans?"); the world, regions and income groups give counts.
 */
export function listsPlansByFinding(report: GapReport): boolean {
	return report.kind === 'priority-area' || report.kind === 'country' || report.kind === 'sub-national';
}

/**
 * How many plans a report names per item and finding; the rest are counted, and every one is in
 * the report's CSV. At 10k plans the priority-area pages named them all and weighed up to 9.5 MB.
 */
export const PLANS_NAMED_PER_FINDING = 12;

/** The plans a report names for one item and finding, and how many more it only counts. */
export function namedPlans<T>(plans: readonly T[], limit = PLANS_NAMED_PER_FINDING): { named: readonly T[]; more: number } {
	return { named: plans.slice(0, limit), more: Math.max(0, plans.length - limit) };
}

/** The columns of a report's table, by kind. */
export function reportColumns(framework: Framework, report: GapReport, assessments: GapReports['assessments']): Column<ItemRow>[] {
	return report.kind === 'plan' ? planColumns(framework) : aggregateColumns(framework, listsPlansByFinding(report), assessments);
}

/** The plans behind a report and how each was assessed, as its downloads list them. */
export function reportPlans(reports: GapReports, report: GapReport) {
	return report.plans.map((view) => {
		const assessment = reports.assessments.get(view.id);
		return {
			id: view.id,
			title: view.plan.title,
			countries: view.countries.map((country) => country.iso3),
			period: view.plan.period,
			status: view.status,
			assessed: assessment !== undefined,
			...(assessment
				? {
						method: assessment.method,
						assessedBy: assessment.assessedBy,
						assessmentDate: assessment.date,
						frameworkVersion: assessment.frameworkVersion,
						reviewed: assessment.review ? { by: assessment.review.by, date: assessment.review.date } : null,
					}
				: {}),
		};
	});
}
