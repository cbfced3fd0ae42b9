import type { APIContext } from 'astro';
import { catalog } from '../../data/catalog.ts';
import { feedLabels } from '../../data/feeds.ts';
import { library } from '../../data/library.ts';
import { strings } from '../../i18n/index.ts';
import { atomXml, changesEntries, expiringEntries, feedUpdated } from '../../lib/feeds.ts';

/** /feeds/changes.xml (records added or re-verified) and /feeds/expiring.xml (plans in force ending within 12 months). */
export function getStaticPaths() {
	return [{ params: { feed: 'changes' } }, { params: { feed: 'expiring' } }];
}

export function GET({ params, site }: APIContext) {
	const t = strings();
	const changes = params.feed === 'changes';
	const entries = changes ? changesEntries(catalog, library.resources, library.partners, site!, feedLabels) : expiringEntries(catalog, site!, feedLabels);
	const xml = atomXml({
		url: new URL(`/feeds/${params.feed}.xml`, site).href,
		pageUrl: new URL(changes ? '/data/' : '/', site).href,
		title: changes ? t.feeds.changesTitle : t.feeds.expiringTitle,
		subtitle: changes ? t.feeds.changesSubtitle : t.feeds.expiringSubtitle,
		updated: feedUpdated(entries, catalog.asOf),
		entries,
	});
	return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
