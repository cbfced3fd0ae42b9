import { z } from 'astro/zod';
import { eachOnce, languageCode, officialUrl, provenance, requireHttps, slugId, year } from './common.ts';
import { RESOURCE_TYPES, STAGES } from './vocabulary.ts';

/**
 * A best-practice tool or piece of guidance for cancer planners: one YAML file per resource in
 * `content/resources/`, named by its id (a slug of the title, `who-framework-convention-tobacco-control-who-fctc.yaml`).
 * Every fact is from the source at `evidenceUrl`; a field we do not know is left out.
 */
export const resourceSchema = z
	.object({
		/** Title as published, in its original language. */
		title: z.string().min(3).max(400),
		/** Who published it, as the source names them (several bodies joined as in the source). */
		publisher: z.string().min(2).max(300),
		/** Year of publication (or of launch, for a service or a course); omitted when the source shows none. */
		year: year.optional(),
		/** What kind of resource it is. */
		type: z.enum(RESOURCE_TYPES),
		/** The planning-cycle stages it serves, at least one, each once. */
		stages: z.array(z.enum(STAGES)).min(1, { error: 'expected at least one planning-cycle stage' }).superRefine(eachOnce),
		/**
		 * The priority areas it helps with, as framework domain ids (the framework is the controlled
		 * topic list): at least one, each once; each must be a domain in `content/framework/`.
		 */
		topics: z.array(slugId).min(1, { error: 'expected at least one topic (a framework domain id)' }).superRefine(eachOnce),
		/** Languages it is available in (ISO 639-1); empty when the source does not say. */
		languages: z.array(languageCode).default([]),
		/** The publisher's page or document. Mirrors are rejected; omitted when no official address was seen. */
		url: officialUrl('address').optional(),
		/** What the resource is and how a planner uses it, written by us; empty until a curator writes it. */
		summary: z.string().min(20).max(1200).optional(),
		/** What a reader should know about the record and its sources (ISBN, editions, caveats). */
		notes: z.string().max(2000).optional(),
		...provenance,
	})
	.strict()
	.superRefine(requireHttps(['url', 'evidenceUrl']));

export type Resource = z.infer<typeof resourceSchema>;
