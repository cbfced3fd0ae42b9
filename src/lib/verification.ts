/**
 * When a record's facts were last checked against its evidence. A record carries `lastVerified`
 * once a curator has re-read its evidence; before that, the date it entered the catalogue stands
 * in, labelled as such. Pages, `/data/` and `npm run stale` read it from here.
 */

/** What verification needs of a plan, resource or partner record. */
export interface VerifiableRecord {
	added: string;
	lastVerified?: string;
	inForce?: { date: string };
}

/** The date a record's facts were last checked: `checked` (lastVerified) or `added` (the import date). */
export interface Verified {
	date: string;
	basis: 'checked' | 'added';
}

export function verifiedOn(record: VerifiableRecord): Verified {
	return record.lastVerified ? { date: record.lastVerified, basis: 'checked' } : { date: record.added, basis: 'added' };
}

/** Records not verified in this many months are on the curator's to-do list. */
export const STALE_AFTER_MONTHS = 12;

/** True when a record was last verified more than `STALE_AFTER_MONTHS` before `asOf`. */
export function isStale(record: VerifiableRecord, asOf: Date): boolean {
	const limit = new Date(asOf);
	limit.setUTCMonth(limit.getUTCMonth() - STALE_AFTER_MONTHS);
	return verifiedOn(record).date < limit.toISOString().slice(0, 10);
}

/** Dates a record cannot have yet on `asOf`: a verification or an in-force source in the future. */
export function verificationProblems(record: VerifiableRecord | undefined, asOf: Date): [field: string, message: string][] {
	if (!record) return [];
	const today = asOf.toISOString().slice(0, 10);
	const problems: [string, string][] = [];
	if (record.lastVerified && record.lastVerified > today) problems.push(['lastVerified', `expected a date on or before ${today} (the build date), found ${record.lastVerified}`]);
	if (record.inForce && record.inForce.date > today) problems.push(['inForce.date', `expected a date on or before ${today} (the build date), found ${record.inForce.date}`]);
	return problems;
}
