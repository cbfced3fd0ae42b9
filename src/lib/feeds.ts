import type { Catalog, PlanView } from './catalog.ts';
import { escapeHtml as escapeXml } from './html.ts';
import { formatPeriod } from './status.ts';
import type { PartnerRecord, ResourceRecord } from './library.ts';
import { verifiedOn } from './verification.ts';

/**
 * Atom feeds (RFC 4287) under /feeds/: records new or re-verified, and plans in force expiring
 * within 12 months. Readers subscribe in a feed reader or a newsletter tool; every date is a
 * record's own (`added`, `lastVerified`, a period's end), so two builds of the same content give
 * the same feed.
 */

/** One entry: a record's page, when it last changed, and a sentence about it. */
export interface FeedEntry {
	/** The page's absolute URL, also the entry's id (it never changes for a record). */
	url: string;
	title: string;
	/** YYYY-MM-DD. */
	updated: string;
	summary: string;
}

/** A feed: where it lives and what it holds, newest first. */
export interface Feed {
	/** The feed's own absolute URL (its id and rel="self"). */
	url: string;
	/** The page the feed mirrors (rel="alternate"). */
	pageUrl: string;
	title: string;
	subtitle: string;
	/** The feed's date: its newest entry's, or the data date for an empty feed. */
	updated: string;
	entries: FeedEntry[];
}

/** Feeds list at most this many entries: a reader polls often, and the site lists the rest. */
export const FEED_LENGTH = 50;

const timestamp = (date: string) => `${date}T00:00:00Z`;

/** The feed as an Atom document. */
export function atomXml(feed: Feed): string {
	const entries = feed.entries.map(
		(entry) =>
			`<entry><id>${escapeXml(entry.url)}</id><title>${escapeXml(entry.title)}</title><updated>${timestamp(entry.updated)}</updated><link rel="alternate" type="text/html" href="${escapeXml(entry.url)}"/><summary>${escapeXml(entry.summary)}</summary></entry>`,
	);
	return [
		'<?xml version="1.0" encoding="utf-8"?>',
		'<feed xmlns="http://www.w3.org/2005/Atom">',
		`<id>${escapeXml(feed.url)}</id>`,
		`<title>${escapeXml(feed.title)}</title>`,
		`<subtitle>${escapeXml(feed.subtitle)}</subtitle>`,
		`<updated>${timestamp(feed.updated)}</updated>`,
		`<link rel="self" type="application/atom+xml" href="${escapeXml(feed.url)}"/>`,
		`<link rel="alternate" type="text/html" href="${escapeXml(feed.pageUrl)}"/>`,
		`<author><name>${escapeXml(feed.title.split(':')[0])}</name></author>`,
		...entries,
		'</feed>',
		'',
	].join('\n');
}

/** The words a feed needs, from the UI strings. */
export interface FeedLabels {
	portal: string;
	planSentence: (view: PlanView) => string;
	resource: (title: string) => string;
	partner: (name: string) => string;
	added: string;
	reverified: string;
}

/** Plans, resources and partners, newest change first: added, or re-verified by a curator. */
export function changesEntries(catalog: Catalog, resources: readonly ResourceRecord[], partners: readonly PartnerRecord[], site: URL, labels: FeedLabels): FeedEntry[] {
	const change = (record: { added: string; lastVerified?: string }) => {
		const verified = verifiedOn(record);
		return verified.basis === 'checked' && verified.date > record.added ? { date: verified.date, what: labels.reverified } : { date: record.added, what: labels.added };
	};
	const entries = [
		...catalog.plans.map((view) => ({ record: view.plan, url: new URL(`/plans/${view.id}/`, site).href, title: `${view.country?.name ?? labels.portal}: ${view.plan.titleEnglish ?? view.plan.title}`, about: labels.planSentence(view) })),
		...resources.map((resource) => ({ record: resource, url: new URL(`/resources/${resource.id}/`, site).href, title: resource.title, about: labels.resource(resource.title) })),
		...partners.map((partner) => ({ record: partner, url: new URL(`/partners/${partner.id}/`, site).href, title: partner.name, about: labels.partner(partner.name) })),
	].map(({ record, url, title, about }) => {
		const { date, what } = change(record);
		return { url, title, updated: date, summary: `${about} ${what}` };
	});
	return entries.sort((a, b) => b.updated.localeCompare(a.updated) || a.url.localeCompare(b.url)).slice(0, FEED_LENGTH);
}

/** Plans in force whose period ends within 12 months, soonest first; the entry's date is the day the feed's data is as of. */
export function expiringEntries(catalog: Catalog, site: URL, labels: FeedLabels): FeedEntry[] {
	return catalog.expiringSoon.map((view) => ({
		url: new URL(`/plans/${view.id}/`, site).href,
		title: `${view.country?.name ?? labels.portal}: ${view.plan.titleEnglish ?? view.plan.title} (${formatPeriod(view.plan.period)})`,
		updated: catalog.asOf,
		summary: labels.planSentence(view),
	}));
}

/** The feed's date: its newest entry's, else the data date. */
export function feedUpdated(entries: readonly FeedEntry[], asOf: string): string {
	return entries.reduce((newest, entry) => (entry.updated > newest ? entry.updated : newest), entries.length ? entries[0].updated : asOf);
}
