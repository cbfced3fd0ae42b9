import { strings } from '../i18n/index.ts';
import type { FeedLabels } from '../lib/feeds.ts';
import { planSentence } from './sentences.ts';

const t = strings();

/** The feeds' words: a plan is described as in search results, with its standing on the data date. */
export const feedLabels: FeedLabels = {
	portal: t.siteName,
	planSentence,
	resource: () => t.feeds.resource,
	partner: () => t.feeds.partner,
	added: t.feeds.added,
	reverified: t.feeds.reverified,
};

/** The feeds, for `<link rel="alternate">` and the links on the home and /data/ pages. */
export const FEEDS = [
	{ path: '/feeds/changes.xml', title: t.feeds.changesLink },
	{ path: '/feeds/expiring.xml', title: t.feeds.expiringLink },
] as const;
