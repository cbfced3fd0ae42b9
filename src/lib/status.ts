import type { CountryStatus, PlanStatus } from '../schemas/vocabulary.ts';

/** The years a plan covers; no `end` means the document states none. */
export interface Period {
	start: number;
	end?: number;
}

/**
 * A plan's status on a given date. Periods are in whole years, so a plan is current from
 * 1 January of its start year to 31 December of its end year.
 */
export function planStatus(period: Period, asOf: Date): PlanStatus {
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
 * A country's status from its plans' statuses: the best one wins, in the order
 * current > open-ended > upcoming > expired; no plans at all is "none".
 */
export function countryStatus(statuses: readonly PlanStatus[]): CountryStatus {
	for (const status of ['current', 'open-ended', 'upcoming', 'expired'] as const) {
		if (statuses.includes(status)) return status;
	}
	return 'none';
}

/** "2017–2022", or "2019–" for an open-ended plan. */
export function formatPeriod(period: Period): string {
	return period.end === undefined ? `${period.start}–` : period.start === period.end ? `${period.start}` : `${period.start}–${period.end}`;
}
