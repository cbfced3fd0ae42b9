import { z } from 'astro/zod';
import { httpsUrl, iso3Code, isoDate, requireHttps, webUrl } from './common.ts';
import { INCOME_GROUPS, STAGES, WHO_REGIONS } from './vocabulary.ts';

/**
 * A WHO Member State or a territory that appears in WHO's regional data.
 * One YAML file per country in `content/countries/`, named by its lowercase ISO3 code.
 * Names in each UI language come from `i18n-iso-countries` at build time, not from here.
 */
export const countrySchema = z
	.object({
		/** ISO 3166-1 alpha-3 code; must match the file name (`ken.yaml` → `KEN`). */
		iso3: iso3Code,
		/** ISO 3166-1 alpha-2 code, absent for WHO's own codes (XKX, XAA…). */
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
		 * Where the world map draws the country as a point, for the few places neither the map's
		 * polygons nor its point dataset locate (WHO's separate codes for Bonaire, Sint Eustatius
		 * and Saba). Omitted otherwise.
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
