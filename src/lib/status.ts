import type { CountryStatus, PlanStatus } from '../schemas/vocabulary.ts';

/** The years a plan covers; no `end` means the document states none. */
export interface Period {
	start: number;
	end?: number;
}

/**
 * What a plan's dates alone say on a given date (src/lib/standing.ts adds what they cannot say).
 * Periods are in whole years, so a plan is current from 1 January of its start year to
 * 31 December of its end year.
 */
export function datedStatus(period: Period, asOf: Date): 'current' | 'upcoming' | 'open-ended' | 'expired' {
	const year = asOf.getUTCFullYear();
	if (period.start > year) return 'upcoming';
	if (period.end === undefined) return 'open-ended';
	return period.end >= year ? 'current' : 'expired';
}

/** The last day a plan covers, or undefined for an open-ended plan. */
export function periodEndDate(period: Period): Date | undefined {
	return period.end === undefined ? undefined : new Date(Date.UTC(period.end, 11, 31));
}

/** True when a dated plan's last day falls between `asOf` and `months` months later. */
export function expiresWithin(period: Period, asOf: Date, months: number): boolean {
	const end = periodEndDate(period);
	if (!end || end < asOf) return false;
	const horizon = new Date(asOf);
	horizon.setUTCMonth(horizon.getUTCMonth() + months);
	return end <= horizon;
}

/**
 * A country's status from its plans' standings on `asOf`: the best one wins, in the order
 * current > open-ended > upcoming > expired. A plan of unknown status counts as open-ended (its
 * dates give no end); a draft as upcoming (not yet in force) until its period has ended, then as
 * expired; a superseded plan as expired (no longer in force). No plans at all is "none".
 */
export function countryStatus(plans: readonly { status: PlanStatus; period: Period }[], asOf: Date): CountryStatus {
	const counted = new Set(
		plans.map(({ status, period }) =>
			status === 'status-unknown' ? 'open-ended' : status === 'draft' ? (datedStatus(period, asOf) === 'expired' ? 'expired' : 'upcoming') : status === 'superseded' ? 'expired' : status,
		),
	);
	for (const status of ['current', 'open-ended', 'upcoming', 'expired'] as const) {
		if (counted.has(status)) return status;
	}
	return 'none';
}

/** "2017–2022", or "2019–" for an open-ended plan. */
export function formatPeriod(period: Period): string {
	return period.end === undefined ? `${period.start}–` : period.start === period.end ? `${period.start}` : `${period.start}–${period.end}`;
}
