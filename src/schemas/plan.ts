import { z } from 'astro/zod';
import { MAX_ID_LENGTH } from '../lib/content-policy.ts';
import { iso3Code, isoDate, languageCode, officialUrl, provenance, requireHttps, webUrl, year } from './common.ts';
import { PLAN_FLAGS, PLAN_SCOPES, PLAN_TYPES, type PlanScope } from './vocabulary.ts';

/**
 * The ISO3 codes of the countries a regional plan covers: at least two, each once, in the
 * order the record gives them (the order pages list them in).
 */
const coveredCountries = z
	.array(iso3Code)
	.min(2, {
		error: (issue) =>
			`expected at least 2 countries (a plan of one country is national or sub-national and names it in "country"), found ${JSON.stringify(issue.input)}`,
	})
	.superRefine((codes, context) => {
		codes.forEach((code, index) => {
			const first = codes.indexOf(code);
			if (first !== index) {
				context.addIssue({ code: 'custom', path: [index], message: `expected each country once, found ${JSON.stringify(code)} again (also countries.${first})` });
			}
		});
	});

/**
 * Which countries a plan names depends on its scope: a national or sub-national plan names its
 * one country in `country`; a regional plan lists the countries it covers in `countries` and has
 * no `country` (a region such as the US-affiliated Pacific Islands is not a country and gets no
 * code of its own). Runs even when other fields are wrong, so every problem is reported at once.
 */
function requireCoverage(record: Record<string, unknown>, context: z.core.$RefinementCtx<Record<string, unknown>>): void {
	const scope = record.scope as PlanScope;
	if (!PLAN_SCOPES.includes(scope)) return; // the scope's own issue says what is wrong with it
	const issue = (path: string, message: string) => context.addIssue({ code: 'custom', path: [path], message });
	if (scope === 'regional') {
		if (record.country !== undefined) {
			issue('country', `expected no country for a regional plan (scope: regional): list every country it covers in "countries" instead, found ${JSON.stringify(record.country)}`);
		}
		if (record.countries === undefined) {
			issue('countries', 'required field is missing: a regional plan (scope: regional) lists the ISO3 codes of the countries it covers, at least 2');
		}
	} else {
		if (record.country === undefined) {
			issue('country', `required field is missing: a ${scope} plan names the ISO3 code of its country (only a regional plan lists "countries" instead)`);
		}
		if (record.countries !== undefined) {
			issue('countries', `expected no "countries" for a ${scope} plan: only a regional plan (scope: regional) covers several countries, found ${JSON.stringify(record.countries)}`);
		}
	}
	if (scope !== 'sub-national' && record.area !== undefined) {
		issue('area', `expected no "area" for a ${scope} plan: only a sub-national plan names the part of its country it covers, found ${JSON.stringify(record.area)}`);
	}
	if (scope === 'sub-national' && record.area === undefined) {
		issue('area', 'required field is missing: a sub-national plan names the state, territory or tribal area it covers, as the document names it');
	}
}

/**
 * One national (or sub-national, or regional) plan document.
 * One Markdown file per plan in `content/plans/`, named by its id
 * (`ken-2017-2022-cancer-control-strategy.md`; a regional plan's id starts with `regional-`
 * instead of an ISO3 code: `regional-2007-2012-pacific-regional-comprehensive-cancer-control-plan.md`); the frontmatter holds these fields and the
 * body, if any, a summary written by us from the plan's own text.
 */
export const planSchema = z
	.object({
		/** Title as catalogued, in the document's original language where known. */
		title: z.string().min(3).max(400),
		/** English title, where the document or a reliable source gives one and `title` is not English. */
		titleEnglish: z.string().min(3).max(400).optional(),
		/**
		 * ISO3 of the country the plan belongs to; must exist in `content/countries/`. Required for
		 * a national or sub-national plan; absent for a regional plan, which uses `countries`.
		 */
		country: iso3Code.optional(),
		/**
		 * ISO3 codes of the countries a regional plan covers (at least 2, each once), each in
		 * `content/countries/`. Required for `scope: regional` and only allowed there.
		 */
		countries: coveredCountries.optional(),
		/**
		 * The state, territory, tribal area or island state a sub-national plan covers, as the
		 * document names it ("Iowa", "Chuuk State", "Northwest Portland Area Indian Health Board").
		 * Required for `scope: sub-national` and only allowed there.
		 */
		area: z.string().trim().min(2).max(200).optional(),
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
		/** Whether the plan covers the whole country, part of it, or several countries (`regional`: see `countries`). */
		scope: z.enum(PLAN_SCOPES).default('national'),
		/** The official document (publisher's site). Mirrors such as scribd are rejected: they are evidence only. */
		documentUrl: officialUrl('document').optional(),
		/** The body that issued the plan, where known. */
		publisher: z.string().max(300).optional(),
		/**
		 * The plan that replaced this one (its id), where a source says so: cite it in `notes`. From
		 * the year the successor starts, this plan shows as superseded, whatever its own end year.
		 */
		supersededBy: z.string().max(MAX_ID_LENGTH).regex(/^[a-z0-9-]+$/, { error: 'expected a plan id (its file name without .md)' }).optional(),
		/**
		 * A source seen saying the plan is in force, and the date it says so (the page's date, or
		 * when it was read): an open-ended plan more than ten years old is otherwise "status unknown".
		 */
		inForce: z.object({ url: webUrl, date: isoDate }).strict().optional(),
		/** Caveats shown next to the plan (draft copy, adoption unconfirmed, inferred years). */
		flags: z.array(z.enum(PLAN_FLAGS)).default([]),
		/** What a reader should know about the record and its sources, in our words. */
		notes: z.string().max(2000).optional(),
		...provenance,
	})
	.strict()
	.superRefine(requireHttps(['documentUrl', 'evidenceUrl']))
	.superRefine(requireCoverage, { when: (payload) => typeof payload.value === 'object' && payload.value !== null && !Array.isArray(payload.value) });

export type Plan = z.infer<typeof planSchema>;
