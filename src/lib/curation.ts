import type { Catalog, PlanView } from './catalog.ts';
import type { PartnerRecord, ResourceRecord } from './library.ts';
import { isStale, STALE_AFTER_MONTHS, verifiedOn, type Verified } from './verification.ts';

/** A record due for a curator's check: its kind, id, title and when it was last verified. */
export interface StaleRecord {
	kind: 'plan' | 'resource' | 'partner';
	id: string;
	title: string;
	verified: Verified;
}

/** A curator's to-do list on a date (`npm run stale`). */
export interface CuratorToDo {
	asOf: string;
	/** Records not verified in the last `STALE_AFTER_MONTHS` months, longest unchecked first. */
	stale: StaleRecord[];
	/** Plans in force with no official document link, by country. */
	withoutDocument: PlanView[];
}

export function curatorToDo(catalog: Catalog, resources: readonly ResourceRecord[], partners: readonly PartnerRecord[], asOf: Date): CuratorToDo {
	const records: StaleRecord[] = [
		...catalog.plans.filter((view) => isStale(view.plan, asOf)).map((view) => ({ kind: 'plan' as const, id: view.id, title: view.plan.title, verified: verifiedOn(view.plan) })),
		...resources.filter((resource) => isStale(resource, asOf)).map((resource) => ({ kind: 'resource' as const, id: resource.id, title: resource.title, verified: verifiedOn(resource) })),
		...partners.filter((partner) => isStale(partner, asOf)).map((partner) => ({ kind: 'partner' as const, id: partner.id, title: partner.name, verified: verifiedOn(partner) })),
	];
	return {
		asOf: asOf.toISOString().slice(0, 10),
		stale: records.sort((a, b) => a.verified.date.localeCompare(b.verified.date) || a.id.localeCompare(b.id)),
		withoutDocument: catalog.plans.filter((view) => (view.status === 'current' || view.status === 'open-ended') && !view.plan.documentUrl),
	};
}

/** The list as plain text, one line per record, for the terminal. */
export function formatToDo(todo: CuratorToDo): string {
	const lines = [`Curator's to-do list on ${todo.asOf}`, ''];
	lines.push(`Not verified in the last ${STALE_AFTER_MONTHS} months: ${todo.stale.length} records`);
	for (const record of todo.stale) lines.push(`  ${record.verified.date} (${record.verified.basis === 'checked' ? 'checked' : 'added, never re-checked'})  ${record.kind} ${record.id}  ${record.title}`);
	lines.push('', `Plans in force without an official document: ${todo.withoutDocument.length}`);
	for (const view of todo.withoutDocument) lines.push(`  ${view.countries.map((country) => country.name).join(', ')}  ${view.id}  (evidence: ${view.plan.evidenceUrl})`);
	return lines.join('\n');
}
