import type { PlanFlag, PlanScope, PlanStatus, PlanType } from '../schemas/vocabulary.ts';
import { datedStatus, type Period } from './status.ts';

/**
 * A plan's standing: what its dates say, corrected by what they cannot say. A draft was never
 * adopted; a plan whose adoption is unconfirmed, or an open-ended plan more than ten years old
 * that no source says is in force, has an unknown status; a plan replaced by a successor that has
 * begun is superseded. Validation, the catalogue, feeds and tests all read it from here, so a
 * country never shows two plans in force of the same type.
 */

/** An open-ended plan older than this many years is "status unknown" unless a source says it is in force. */
export const OPEN_ENDED_YEARS_TRUSTED = 10;

/** What a plan's standing is derived from. */
export interface StandingRecord {
	id: string;
	country?: string;
	scope: PlanScope;
	/** The state or territory of a sub-national plan: its plans are compared with each other only. */
	area?: string;
	type: PlanType;
	period: Period;
	flags: readonly PlanFlag[];
	/** The plan that replaced it, where a source says so. */
	supersededBy?: string;
	/** A source seen saying the plan is in force (for an old open-ended plan). */
	inForce?: { url: string; date: string };
}

/** A plan's derived standing on a date. */
export interface Standing {
	status: PlanStatus;
	/** The successor, stated in the record (`stated`) or a later plan of the same type in force (`later-plan`). */
	supersededBy?: { id: string; basis: 'stated' | 'later-plan' };
}

/** The standing from the plan alone, before any successor is considered. */
export function ownStatus(plan: StandingRecord, asOf: Date): PlanStatus {
	const dated = datedStatus(plan.period, asOf);
	if (plan.flags.includes('draft')) return 'draft';
	if (plan.flags.includes('adoption-unconfirmed') && dated !== 'expired') return 'status-unknown';
	if (dated === 'open-ended' && plan.period.start <= asOf.getUTCFullYear() - OPEN_ENDED_YEARS_TRUSTED && plan.inForce === undefined) return 'status-unknown';
	return dated;
}

/** True for the statuses that put a plan in force: current, or open-ended and trusted. */
export const isInForce = (status: PlanStatus) => status === 'current' || status === 'open-ended';

/**
 * Every plan's standing on `asOf`. A plan is superseded once the successor it names has begun
 * and is neither a draft nor of unconfirmed adoption (a successor only announced leaves it in
 * force). A plan with no end year is also superseded by a later plan of the same country, scope
 * and type that is in force: an open-ended plan does not say when it stops, and a newer plan
 * for the same purpose does.
 */
export function planStandings(plans: readonly StandingRecord[], asOf: Date): Map<string, Standing> {
	const year = asOf.getUTCFullYear();
	const own = new Map(plans.map((plan) => [plan.id, ownStatus(plan, asOf)]));
	const byId = new Map(plans.map((plan) => [plan.id, plan]));
	// Plans in force of each jurisdiction and type, newest first: looked up, not searched, per plan.
	const inForceByKind = new Map<string, StandingRecord[]>();
	for (const plan of plans) {
		if (!isInForce(own.get(plan.id)!)) continue;
		const list = inForceByKind.get(kindKey(plan));
		if (list) list.push(plan);
		else inForceByKind.set(kindKey(plan), [plan]);
	}
	for (const list of inForceByKind.values()) list.sort((a, b) => b.period.start - a.period.start);
	const standings = new Map<string, Standing>();
	for (const plan of plans) {
		const successor = plan.supersededBy === undefined ? undefined : byId.get(plan.supersededBy);
		// A successor replaces the plan once it has begun, unless it was never adopted or its adoption is unconfirmed.
		if (successor && successor.period.start <= year && !successor.flags.includes('draft') && !successor.flags.includes('adoption-unconfirmed')) {
			standings.set(plan.id, { status: 'superseded', supersededBy: { id: successor.id, basis: 'stated' } });
			continue;
		}
		const status = own.get(plan.id)!;
		if (plan.period.end === undefined && plan.scope !== 'regional' && (isInForce(status) || status === 'status-unknown')) {
			const later = inForceByKind.get(kindKey(plan))?.find((other) => other.period.start > plan.period.start);
			if (later) {
				standings.set(plan.id, { status: 'superseded', supersededBy: { id: later.id, basis: 'later-plan' } });
				continue;
			}
		}
		standings.set(plan.id, { status, ...(successor ? { supersededBy: { id: successor.id, basis: 'stated' as const } } : {}) });
	}
	return standings;
}

/** Plans of one kind: the same country, scope, area (for sub-national plans) and type. */
const kindKey = (plan: StandingRecord) => `${plan.country} ${plan.scope} ${plan.area ?? ''} ${plan.type}`;

/** Two or more plans in force for one country (or sub-national area) and type: the ids, for a curator to mark which replaced which. */
export function inForceConflicts(plans: readonly StandingRecord[], standings: ReadonlyMap<string, Standing>): string[][] {
	const groups = new Map<string, string[]>();
	for (const plan of plans) {
		if (plan.scope === 'regional' || !isInForce(standings.get(plan.id)!.status)) continue;
		const ids = groups.get(kindKey(plan));
		if (ids) ids.push(plan.id);
		else groups.set(kindKey(plan), [plan.id]);
	}
	return [...groups.values()].filter((ids) => ids.length > 1);
}

/** What supersession needs of a plan record. */
export type SupersedingPlan = Pick<StandingRecord, 'id' | 'supersededBy' | 'period'>;

/** A plan whose `supersededBy` cannot stand, and why, in the curator's words. */
export interface SupersessionProblem {
	id: string;
	message: string;
}

/**
 * Every `supersededBy` that names no plan, names the plan itself, names a plan that starts before
 * it, or closes a cycle (A by B, B by A).
 */
export function supersessionProblems(plans: readonly SupersedingPlan[]): SupersessionProblem[] {
	const byId = new Map(plans.map((plan) => [plan.id, plan]));
	const problems: SupersessionProblem[] = [];
	for (const plan of plans) {
		if (plan.supersededBy === undefined) continue;
		const successor = byId.get(plan.supersededBy);
		if (plan.supersededBy === plan.id) problems.push({ id: plan.id, message: 'expected the id of another plan, found the plan itself' });
		else if (!successor) problems.push({ id: plan.id, message: `expected the id of a plan in content/plans/, found "${plan.supersededBy}"` });
		else if (successor.period.start < plan.period.start) {
			problems.push({ id: plan.id, message: `expected a plan starting in ${plan.period.start} or later, found "${successor.id}", which starts in ${successor.period.start}` });
		} else {
			const seen = [plan.id];
			for (let next: SupersedingPlan | undefined = successor; next !== undefined; next = next.supersededBy === undefined ? undefined : byId.get(next.supersededBy)) {
				if (seen.includes(next.id)) {
					problems.push({ id: plan.id, message: `expected a chain of successors that ends, found a cycle: ${[...seen, next.id].join(' → ')}` });
					break;
				}
				seen.push(next.id);
			}
		}
	}
	return problems;
}
