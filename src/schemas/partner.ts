import { z } from 'astro/zod';
import { eachOnce, httpsUrl, iso3Code, languageCode, officialUrl, provenance, requireHttps, year } from './common.ts';
import { STAGES, SUPPORT_KINDS, WHO_REGIONS } from './vocabulary.ts';

/**
 * One documented twinning or mentoring pair: a "hub" institution in a resource-rich setting
 * paired with a centre in a low- or middle-income country, as a published source lists it.
 */
export const twinningPairSchema = z
	.object({
		/** The mentoring institution, as the source names it ("Weill Cornell Medicine"). */
		hub: z.string().min(2).max(200),
		/** The mentored centre, as the source names it ("Princess Marina Hospital"). */
		centre: z.string().min(2).max(200),
		/** The centre's country (ISO3); must be a country in `content/countries/`. */
		country: iso3Code,
		/** The year the pair started, as the source gives it; omitted when not stated. */
		since: year.optional(),
		/** Where the pair is documented (https). */
		evidenceUrl: httpsUrl,
	})
	.strict();

export type TwinningPair = z.infer<typeof twinningPairSchema>;

/**
 * An organisation that offers country teams technical assistance, training, mentoring or
 * twinning: one YAML file per partner in `content/partners/`, named by its id (a slug of its
 * acronym, or of its name when the acronym is shorter than three letters: `uicc.yaml`).
 * Every fact is from the source at `evidenceUrl`; a field we do not know is left out.
 */
export const partnerSchema = z
	.object({
		/** Full name as the organisation writes it. */
		name: z.string().min(2).max(200),
		/** Short name or acronym as the organisation uses it, where it has one. */
		acronym: z.string().min(1).max(40).optional(),
		/** What kind of organisation it is, as the source describes it ("UN specialized agency"). */
		organisationType: z.string().min(2).max(200).optional(),
		/** The organisation's own website. Mirrors are rejected; omitted when no official address was verified. */
		url: officialUrl('address').optional(),
		/**
		 * The organisation's public route for enquiries or requests for help (a contact page or a
		 * "request assistance" page), verified; omitted when none was seen, and /get-help/ then
		 * points to `url`. Never a personal address.
		 */
		contactUrl: officialUrl('contact page').optional(),
		/** What it offers and to whom, written by us from the sources; empty until a curator writes it. */
		summary: z.string().min(20).max(1200).optional(),
		/**
		 * The kinds of help it offers, each once, classified from `support` by `src/lib/support.ts`;
		 * empty when the source names no support we can classify (never guessed).
		 */
		offers: z.array(z.enum(SUPPORT_KINDS)).default([]).superRefine(eachOnce),
		/** What it offers, in the source catalogue's words: the text `offers` and `stages` were read from. */
		support: z.string().min(3).max(1000).optional(),
		/** Planning-cycle stages its support is stated to serve, each once; empty when the source does not say. */
		stages: z.array(z.enum(STAGES)).default([]).superRefine(eachOnce),
		/** WHO regions it works in, each once; empty when the source names none (a global organisation, or not stated). */
		regions: z.array(z.enum(WHO_REGIONS)).default([]).superRefine(eachOnce),
		/** Languages it works in (ISO 639-1); empty when the source does not say. */
		languages: z.array(languageCode).default([]),
		/** Twinning or mentoring pairs it runs that a source documents; empty when none is documented. */
		twinning: z.array(twinningPairSchema).default([]),
		/** True when a source names it an ICCP member or collaborator; omitted when not known. */
		iccpPartner: z.boolean().optional(),
		/** Further sources and caveats, as catalogued. */
		notes: z.string().max(2000).optional(),
		...provenance,
	})
	.strict()
	.superRefine(requireHttps(['url', 'contactUrl', 'evidenceUrl']));

export type Partner = z.infer<typeof partnerSchema>;
