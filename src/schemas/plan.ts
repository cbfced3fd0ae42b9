import { z } from 'astro/zod';
import { isMirrorUrl } from '../lib/mirrors.ts';
import { iso3Code, isoDate, languageCode, requireHttps, webUrl, year } from './common.ts';
import { PLAN_FLAGS, PLAN_SCOPES, PLAN_TYPES } from './vocabulary.ts';

/**
 * One national (or sub-national, or regional) plan document.
 * One Markdown file per plan in `content/plans/`, named by its id
 * (`ken-2017-2022-cancer-control-strategy.md`); the frontmatter holds these fields and the
 * body, if any, a summary written by us from the plan's own text.
 */
export const planSchema = z
	.object({
		/** Title as catalogued, in the document's original language where known. */
		title: z.string().min(3).max(400),
		/** English title, where the document or a reliable source gives one and `title` is not English. */
		titleEnglish: z.string().min(3).max(400).optional(),
		/** ISO3 of the country the plan belongs to; must exist in `content/countries/`. */
		country: iso3Code,
		/** What kind of document this is. */
		type: z.enum(PLAN_TYPES),
		/** Years the plan covers; no `end` means open-ended (none stated). */
		period: z
			.object({
				/** First year covered (or the year of adoption where no period is stated). */
				start: year,
				/** Last year covered; omit when the document states no end. */
				end: year.optional(),
			})
			.strict()
			.refine((period) => period.end === undefined || period.end >= period.start, {
				error: (issue) => {
					const period = issue.input as { start: number; end: number };
					return `expected end year on or after start year ${period.start}, found ${period.end}`;
				},
				path: ['end'],
			}),
		/** Languages the document is available in (ISO 639-1); empty when unknown. */
		languages: z.array(languageCode).default([]),
		/** Whether the plan covers the whole country, part of it, or several countries. */
		scope: z.enum(PLAN_SCOPES).default('national'),
		/** The official document (publisher's site). Mirrors such as scribd are rejected: they are evidence only. */
		documentUrl: webUrl
			.refine((url) => !isMirrorUrl(url), {
				error: (issue) => `expected the official document, found the mirror copy ${JSON.stringify(issue.input)}; mirrors belong in evidenceUrl`,
			})
			.optional(),
		/** Where the facts in this record were verified; required. May be a mirror or a news report. */
		evidenceUrl: webUrl,
		/** The body that issued the plan, where known. */
		publisher: z.string().max(300).optional(),
		/** Caveats shown next to the plan (draft copy, inferred years). */
		flags: z.array(z.enum(PLAN_FLAGS)).default([]),
		/** What a reader should know about the record and its sources, in our words. */
		notes: z.string().max(2000).optional(),
		/** When the record entered the catalogue. */
		added: isoDate,
		/** When a curator last checked the facts against the evidence, if recorded. */
		lastVerified: isoDate.optional(),
		/** Set when a URL above has no https version. */
		allowHttp: z.boolean().optional(),
	})
	.strict()
	.superRefine(requireHttps(['documentUrl', 'evidenceUrl']));

export type Plan = z.infer<typeof planSchema>;
