import { z } from 'astro/zod';
import { httpsUrl, iso3Code, isoDate, requireHttps, webUrl } from './common.ts';
import { INCOME_GROUPS, STAGES, WHO_REGIONS } from './vocabulary.ts';
import { WHO_CCS_ANSWERS, WHO_CCS_INDICATORS, WHO_CCS_QUESTIONS, type WhoCcsQuestion } from '../lib/who-ccs.ts';

const answerList = WHO_CCS_ANSWERS.map((answer) => JSON.stringify(answer)).join(', ');

/**
 * A government's answer to one question of WHO's NCD Country Capacity Survey, as WHO's Global
 * Health Observatory (GHO) publishes it. The answer is the government's self-report for the
 * survey year, never this portal's finding.
 */
function whoCcsAnswer(question: WhoCcsQuestion) {
	const indicator = WHO_CCS_INDICATORS[question];
	return z
		.object({
			/** The answer as published: Yes, No, Don't know or No response ("No response" is not "No"). */
			answer: z.enum(WHO_CCS_ANSWERS, {
				error: (issue) =>
					`expected the answer as WHO publishes it, one of ${answerList}${issue.input === undefined ? '' : `, found ${JSON.stringify(issue.input)}`}`,
			}),
			/** The year of the survey the answer was given in (2021 for the plan and surgery questions, 2019 for the registry). */
			surveyYear: z.number({ error: 'expected the survey year, such as 2021' }).int({ error: 'expected a whole year' }).min(2000, { error: 'expected a survey year from 2000 on' }).max(2100, { error: 'expected a survey year up to 2100' }),
			/** The GHO indicator code the answer is published under; fixed per question. */
			indicator: z.literal(indicator, { error: (issue) => `expected the GHO indicator ${JSON.stringify(indicator)}${issue.input === undefined ? '' : `, found ${JSON.stringify(issue.input)}`}` }),
			/** Where the indicator's data is published: its GHO OData API address (https). */
			source: httpsUrl,
		})
		.strict();
}

/**
 * A WHO Member State or a territory that appears in WHO's regional data.
 * One YAML file per country in `content/countries/`, named by its lowercase ISO3 code.
 * Names in each UI language come from `i18n-iso-countries` at build time, not from here.
 */
export const countrySchema = z
	.object({
		/** ISO 3166-1 alpha-3 code; must match the file name (`ken.yaml` → `KEN`). */
		iso3: iso3Code,
		/** ISO 3166-1 alpha-2 code, absent for WHO's own codes (XKX). */
		iso2: z.string().regex(/^[A-Z]{2}$/, { error: 'expected two capital letters such as "KE"' }).optional(),
		/** The name WHO uses, shown as the country's title (e.g. "Côte d’Ivoire", "Türkiye"). */
		name: z.string().min(2).max(120),
		/** True for WHO's 194 Member States; false for territories, observers and non-members. */
		whoMemberState: z.boolean(),
		/** Current WHO region; absent where WHO assigns none (Liechtenstein). */
		whoRegion: z.enum(WHO_REGIONS).optional(),
		/** Where the WHO region and membership were verified. */
		whoRegionSource: webUrl,
		/** World Bank income group; absent where the World Bank does not classify the economy. */
		incomeGroup: z.enum(INCOME_GROUPS).optional(),
		/** The World Bank fiscal year the income group belongs to, e.g. "FY2026". */
		incomeGroupFiscalYear: z.string().regex(/^FY\d{4}$/, { error: 'expected a fiscal year such as "FY2026"' }).optional(),
		/** How the income group was established, shown on the country page (e.g. a reclassification). */
		incomeGroupNote: z.string().max(600).optional(),
		/** Where the income group was verified. */
		incomeGroupSource: webUrl.optional(),
		/** Our own extra names (historical, colloquial, abbreviations) added to search. */
		aliases: z.array(z.string().min(2).max(80)).default([]),
		/**
		 * A planning-cycle stage set by a curator from a source; overrides the stage derived from plans.
		 */
		stage: z
			.object({
				/** The stage the country is at. */
				value: z.enum(STAGES),
				/** Where the stage was established (e.g. a ministry announcement). */
				source: webUrl,
				/** When the curator checked the source. */
				asOf: isoDate,
			})
			.optional(),
		/**
		 * Where the world map draws the country as a point, for a place neither the map's polygons
		 * nor its point dataset locate (none at present: WHO's separate codes for Bonaire, Sint
		 * Eustatius and Saba needed it until ISO's BES stood for the three). Omitted otherwise.
		 */
		mapPoint: z
			.object({
				/** Latitude in degrees, north positive. */
				lat: z.number().min(-90).max(90),
				/** Longitude in degrees, east positive. */
				lon: z.number().min(-180).max(180),
				/** Where the coordinates were read (https). */
				source: httpsUrl,
			})
			.strict()
			.optional(),
		/**
		 * What the government reported to WHO's NCD Country Capacity Survey, one answer per question
		 * with its survey year, GHO indicator and source: self-reports, never this portal's finding.
		 * Written by `npm run import-who-ccs` from ../shared/who-ccs/ (only the questions whose GHO
		 * code the retrieving script confirms). The answers were retrieved from WHO's GHO OData API by
		 * the public repository notageek88/oncology-atlas (script backend/app/who_pipeline.py, latest
		 * year per country; commit ea6cc02, pulled on or before 2026-03-19). Absent for the countries
		 * WHO publishes no answer for (territories and non-members).
		 */
		whoCcs: z
			.object({
				/** Is there an operational national cancer control plan? (GHO `NCD_CCS_CancerPlan`, 2021 survey) */
				cancerPlan: whoCcsAnswer('cancerPlan').optional(),
				/** Is there a population-based cancer registry? (GHO `NCD_CCS_CancerRegNational`, 2019 survey) */
				cancerRegistry: whoCcsAnswer('cancerRegistry').optional(),
				/** Is cancer surgery available in the public sector? (GHO `NCD_CCS_cancer_surgery`, 2021 survey) */
				cancerSurgery: whoCcsAnswer('cancerSurgery').optional(),
				/** The repository commit that retrieved the answers from the GHO API (https): the copy the import read. */
				retrievalUrl: httpsUrl,
			})
			.strict()
			.refine((block) => WHO_CCS_QUESTIONS.some((question) => block[question]), {
				error: `expected at least one answer (${WHO_CCS_QUESTIONS.join(', ')}), found none: remove the block instead`,
			})
			.optional(),
		/** Set when a source URL above has no https version. */
		allowHttp: z.boolean().optional(),
	})
	.strict()
	.superRefine(requireHttps(['whoRegionSource', 'incomeGroupSource']))
	.superRefine((country, context) => {
		if (country.incomeGroup && !country.incomeGroupFiscalYear) {
			context.addIssue({ code: 'custom', path: ['incomeGroupFiscalYear'], message: 'expected the fiscal year of the income group, found nothing' });
		}
		if (country.incomeGroup && !country.incomeGroupSource) {
			context.addIssue({ code: 'custom', path: ['incomeGroupSource'], message: 'expected the URL where the income group was verified, found nothing' });
		}
	});

export type Country = z.infer<typeof countrySchema>;
