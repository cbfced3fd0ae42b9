import { z } from 'astro/zod';
import { eachOnce, languageCode, officialUrl, provenance, requireHttps } from './common.ts';
import { STAGES, SUPPORT_KINDS, WHO_REGIONS } from './vocabulary.ts';

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
		/** True when a source names it an ICCP member or collaborator; omitted when not known. */
		iccpPartner: z.boolean().optional(),
		/** Further sources and caveats, as catalogued. */
		notes: z.string().max(2000).optional(),
		...provenance,
	})
	.strict()
	.superRefine(requireHttps(['url', 'evidenceUrl']));

export type Partner = z.infer<typeof partnerSchema>;
