import { z } from 'astro/zod';
import { MAX_ID_LENGTH } from '../lib/content-policy.ts';
import { requireHttps, webUrl } from './common.ts';

/**
 * A headline figure from a published global review of cancer plans, shown beside our own
 * figures on /gaps/ and always labelled as the review's: `content/published-findings/{id}.yaml`.
 */
export const publishedFindingSchema = z
	.object({
		/** The review as it is usually cited. */
		review: z.string().min(3).max(300),
		/** Year the figure was published. */
		year: z.number().int().min(1990).max(2100),
		/** What the review looked at ("98 NCCPs and 58 NCD plans from 156 countries"). */
		population: z.string().min(2).max(200),
		/** What was measured ("plans with a financing strategy"). */
		measure: z.string().min(3).max(200),
		/** The figure as published (text, because some are several numbers). */
		value: z.string().min(1).max(40),
		/** percent, count, … as published. */
		unit: z.string().min(1).max(40),
		/** Where we read the figure. */
		sourceUrl: webUrl,
		/** Framework items the figure speaks to, so reports can show it beside our own. */
		items: z.array(z.string().max(MAX_ID_LENGTH)).default([]),
		/** Caveats ("secondary report of the review"). */
		notes: z.string().max(600).optional(),
		/** Set when the source has no https version. */
		allowHttp: z.boolean().optional(),
	})
	.strict()
	.superRefine(requireHttps(['sourceUrl']));

export type PublishedFinding = z.infer<typeof publishedFindingSchema>;
