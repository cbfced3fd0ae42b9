import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { countrySchema } from './schemas/country.ts';
import { planSchema } from './schemas/plan.ts';

/** The content folder; the build tests point it at small fixture sites. */
const base = process.env.CONTENT_DIR ?? './content';

export const collections = {
	/** WHO Member States and territories: read by every page that names a country, and by search. */
	countries: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${base}/countries` }),
		schema: countrySchema,
	}),
	/** Plan documents: read by plan, country, home, plans-database pages and the /data/ downloads. */
	plans: defineCollection({
		loader: glob({ pattern: '*.md', base: `${base}/plans` }),
		schema: planSchema,
	}),
};
