import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { CONTENT_DIR as base } from './build-settings.ts';
import { countrySchema } from './schemas/country.ts';
import { frameworkDomainSchema, frameworkSchema } from './schemas/framework.ts';
import { planSchema } from './schemas/plan.ts';
import { partnerSchema } from './schemas/partner.ts';
import { publishedFindingSchema } from './schemas/published-finding.ts';
import { resourceSchema } from './schemas/resource.ts';

export const collections = {
	/** WHO Member States and territories: read by every page that names a country, and by search. */
	countries: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${base}/countries` }),
		schema: countrySchema,
	}),
	/** Plan documents: read by plan, country, home, plans-database pages and the /data/ downloads. */
	plans: defineCollection({
		// No page shows a plan's Markdown source; dropping it keeps it out of the build's memory.
		loader: glob({ pattern: '*.md', base: `${base}/plans`, retainBody: false }),
		schema: planSchema,
	}),
	/** The priority-area framework's identity and version: read by every gap report and /gaps/method/. */
	framework: defineCollection({
		loader: glob({ pattern: 'framework.yaml', base: `${base}/framework` }),
		schema: frameworkSchema,
	}),
	/** The framework's domains and items with their lexicons: read by gap reports, /gaps/method/ and search facets. */
	frameworkDomains: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${base}/framework/domains` }),
		schema: frameworkDomainSchema,
	}),
	// Assessments (`assessments/*.yaml`) are no collection: src/data/gaps.ts reads them from their files (see there why).
	/** Figures from published global reviews: read by /gaps/, beside (never mixed with) our own figures. */
	publishedFindings: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${base}/published-findings` }),
		schema: publishedFindingSchema,
	}),
	/** Best-practice tools and guidance: for /resources/, the planning-cycle stage pages, country pages' "tools for where you are", search and /data/ (pages to come). */
	resources: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${base}/resources` }),
		schema: resourceSchema,
	}),
	/** Technical-assistance, mentoring and twinning partners: for /partners/, /twinning/, /get-help/, the stage pages, search and /data/ (pages to come). */
	partners: defineCollection({
		loader: glob({ pattern: '*.yaml', base: `${base}/partners` }),
		schema: partnerSchema,
	}),
};
