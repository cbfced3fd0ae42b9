/**
 * Gap analysis: plans compared against the framework. One rule everywhere: an item a plan's
 * assessment does not mention is "not assessed", which is never counted as "not found". Shares
 * are taken over assessed plans only, and every figure carries its n so a reader sees how much
 * of the catalogue stands behind it.
 */
import type { Assessment, AssessmentMethod, Finding, FindingStatus } from '../schemas/assessment.ts';
import type { Framework } from './framework.ts';

/** What a report says about one plan and one item. */
export type ItemStatus = FindingStatus | 'not-assessed';
export const ITEM_STATUSES: readonly ItemStatus[] = ['addressed', 'partial', 'not-found', 'not-applicable', 'not-assessed'];

/** Whether a status counts in a share: not for items left unassessed or not applicable to the plan. */
export const isRated = (status: ItemStatus) => status === 'addressed' || status === 'partial' || status === 'not-found';

/** Counts behind a figure; `assessed` = addressed + partial + not found (not applicable is left out). */
export interface Tally {
	addressed: number;
	partial: number;
	'not-found': number;
	'not-applicable': number;
	'not-assessed': number;
	assessed: number;
	/** Plans rated behind the figure (for an item, `assessed`; for a priority area, plans rated on any of its items). */
	ratedPlans: number;
	/**
	 * Share of assessed ratings that are `addressed` (0–1); null when nothing was assessed, or
	 * when a report across plans rests on fewer than `MIN_PLANS_FOR_SHARE` plans (`withheld`).
	 */
	share: number | null;
	/** The share is held back because too few plans stand behind it; the counts still stand. */
	withheld: boolean;
}

/**
 * The fewest assessed plans a percentage across plans may rest on. Below it, a report lists the
 * plans one by one: "50%" of two plans says more about the two plans than about a region.
 */
export const MIN_PLANS_FOR_SHARE = 5;

const emptyTally = (): Tally => ({ addressed: 0, partial: 0, 'not-found': 0, 'not-applicable': 0, 'not-assessed': 0, assessed: 0, ratedPlans: 0, share: null, withheld: false });

function count(tally: Tally, status: ItemStatus): void {
	tally[status]++;
	if (isRated(status)) tally.assessed++;
}

/** Set the share, held back when fewer than `minimumPlans` plans stand behind it. */
function finish(tally: Tally, minimumPlans = 0): Tally {
	tally.withheld = tally.assessed > 0 && tally.ratedPlans < minimumPlans;
	tally.share = tally.assessed === 0 || tally.withheld ? null : tally.addressed / tally.assessed;
	return tally;
}

/**
 * An assessment without its evidence: who assessed the plan, how and when, and each finding's
 * status. Every figure is counted from these; only a plan's own report and its downloads show the
 * evidence (quotes, pages, sources, notes), which is nearly all of an assessment's bytes and, at
 * 10k plans, most of a build's memory when every assessment is kept whole (docs/performance.md).
 * A whole `Assessment` is one too.
 */
export interface AssessmentSummary extends Omit<Assessment, 'findings'> {
	findings: Record<string, Pick<Finding, 'status'>>;
}

/** An assessment's summary: the same record with only each finding's status. */
export function summariseAssessment(assessment: Assessment): AssessmentSummary {
	const findings: AssessmentSummary['findings'] = {};
	for (const [itemId, { status }] of Object.entries(assessment.findings)) findings[itemId] = { status };
	return { ...assessment, findings };
}

/** A plan in a report: its id and its assessment, if it has one. */
export interface PlanInput {
	id: string;
	assessment?: AssessmentSummary;
}

/** An item's status for a plan: the finding's, or not assessed when the assessment omits it. */
export function itemStatus(assessment: AssessmentSummary | undefined, itemId: string): ItemStatus {
	return assessment?.findings[itemId]?.status ?? 'not-assessed';
}

/** Every framework item's status for one assessment, by position in `framework.items` (an index into ITEM_STATUSES). */
interface StatusVector {
	items: Framework['items'];
	codes: Uint8Array;
}
const statusVectors = new WeakMap<AssessmentSummary, StatusVector>();

/**
 * An assessment's statuses as small numbers in framework order, made once per assessment: the
 * aggregates read each plan's statuses once per report (world, each region, income group,
 * country and priority area), and looking findings up by item id each time was most of their cost.
 */
function statusCodes(framework: Framework, assessment: AssessmentSummary): Uint8Array {
	const cached = statusVectors.get(assessment);
	if (cached?.items === framework.items) return cached.codes;
	const codes = Uint8Array.from(framework.items, (item) => ITEM_STATUSES.indexOf(itemStatus(assessment, item.id)));
	statusVectors.set(assessment, { items: framework.items, codes });
	return codes;
}

/** One plan against the framework. */
export interface PlanGaps {
	id: string;
	assessment?: AssessmentSummary;
	/** Item id → status, every framework item present. */
	statuses: Map<string, ItemStatus>;
	/** Domain id → tally over the domain's items. */
	domains: Map<string, Tally>;
	/** Tally over every item. */
	overall: Tally;
}

/** Score one plan: every item's status, per-domain and overall tallies. */
export function planGaps(framework: Framework, plan: PlanInput): PlanGaps {
	const statuses = new Map<string, ItemStatus>();
	const domains = new Map<string, Tally>();
	const overall = emptyTally();
	for (const domain of framework.domainList) {
		const tally = emptyTally();
		for (const item of domain.items) {
			const status = itemStatus(plan.assessment, item.id);
			statuses.set(item.id, status);
			count(tally, status);
			count(overall, status);
		}
		tally.ratedPlans = tally.assessed > 0 ? 1 : 0;
		domains.set(domain.id, finish(tally));
	}
	overall.ratedPlans = overall.assessed > 0 ? 1 : 0;
	return { id: plan.id, assessment: plan.assessment, statuses, domains, overall: finish(overall) };
}

/** An item across many plans: the tally and which plans fall under each status. */
export interface ItemAggregate extends Tally {
	plans: Record<ItemStatus, string[]>;
}

/** Many plans against the framework: the figures of region, income-group, country and world reports. */
export interface AggregateGaps {
	/** Plans in scope. */
	catalogued: number;
	/** Plans with an assessment (whatever it covers). */
	assessedPlans: number;
	/** Item id → tally and plan lists. */
	items: Map<string, ItemAggregate>;
	/** Domain id → tally pooled over its items and the plans (each plan–item pair counts once). */
	domains: Map<string, Tally>;
	/** How many assessed plans each method produced. */
	methods: Record<AssessmentMethod, number>;
	/** Assessed plans whose findings are automated drafts nobody has checked, and those a person checked or a review states. */
	checking: { drafts: number; reviewed: number };
}

/** Whether an assessment is an automated draft that no person has checked yet. */
export const isUncheckedDraft = (assessment: Pick<AssessmentSummary, 'method' | 'review'>) => assessment.method === 'automated-screening' && !assessment.review;

/**
 * Aggregate plans: per item, the share of plans assessed on it that address it. Runs over every
 * plan once per item for the world, each region and income group and each priority area, so it
 * sorts plan ids into their status lists and counts the lists afterwards (10k plans: ~1M pairs
 * per report).
 */
export function aggregateGaps(framework: Framework, plans: readonly PlanInput[]): AggregateGaps {
	const methods: Record<AssessmentMethod, number> = { 'automated-screening': 0, 'expert-review': 0, 'published-source': 0 };
	let assessedPlans = 0;
	const reportItems = framework.domainList.flatMap((domain) => domain.items);
	const positions = reportItems.map((item) => framework.items.indexOf(item));
	// Per report item, the plan ids under each status (in ITEM_STATUSES order).
	const lists = reportItems.map(() => ITEM_STATUSES.map((): string[] => []));
	const notAssessed = ITEM_STATUSES.indexOf('not-assessed');
	const checking = { drafts: 0, reviewed: 0 };
	// Per domain, the plans rated on at least one of its items: what a domain's share rests on.
	const domainPlans = framework.domainList.map(() => 0);
	const domainOfPosition = framework.domainList.flatMap((domain, index) => domain.items.map(() => index));
	const rated = ITEM_STATUSES.map(isRated);
	for (const plan of plans) {
		if (!plan.assessment) {
			for (const byStatus of lists) byStatus[notAssessed].push(plan.id);
			continue;
		}
		methods[plan.assessment.method]++;
		checking[isUncheckedDraft(plan.assessment) ? 'drafts' : 'reviewed']++;
		assessedPlans++;
		const codes = statusCodes(framework, plan.assessment);
		let lastCounted = -1;
		for (let index = 0; index < positions.length; index++) {
			const code = codes[positions[index]];
			lists[index][code].push(plan.id);
			const domain = domainOfPosition[index];
			if (rated[code] && domain !== lastCounted) {
				domainPlans[domain]++;
				lastCounted = domain;
			}
		}
	}
	const items = new Map<string, ItemAggregate>();
	const domains = new Map<string, Tally>();
	let index = 0;
	for (const [domainIndex, domain] of framework.domainList.entries()) {
		const domainTally = emptyTally();
		for (const item of domain.items) {
			const byStatus = lists[index++];
			const aggregate: ItemAggregate = { ...emptyTally(), plans: Object.fromEntries(ITEM_STATUSES.map((status, code) => [status, byStatus[code]])) as Record<ItemStatus, string[]> };
			ITEM_STATUSES.forEach((status, code) => {
				aggregate[status] = byStatus[code].length;
				domainTally[status] += byStatus[code].length;
			});
			aggregate.assessed = aggregate.addressed + aggregate.partial + aggregate['not-found'];
			aggregate.ratedPlans = aggregate.assessed;
			items.set(item.id, finish(aggregate, MIN_PLANS_FOR_SHARE) as ItemAggregate);
		}
		domainTally.assessed = domainTally.addressed + domainTally.partial + domainTally['not-found'];
		domainTally.ratedPlans = domainPlans[domainIndex];
		domains.set(domain.id, finish(domainTally, MIN_PLANS_FOR_SHARE));
	}
	return { catalogued: plans.length, assessedPlans, items, domains, methods, checking };
}

/** The domains in which a plan's assessment found at least one item addressed (fully). */
export function addressedDomains(gaps: PlanGaps): string[] {
	return [...gaps.domains.entries()].filter(([, tally]) => tally.addressed > 0).map(([id]) => id);
}

/** A share as a whole percentage for display ("42%"), or an em dash when nothing was assessed. */
export function formatShare(share: number | null): string {
	return share === null ? '—' : `${Math.round(share * 100)}%`;
}
