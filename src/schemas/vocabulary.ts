/**
 * Controlled vocabularies shared by the schemas, the domain logic and the pages.
 * Codes are stable identifiers (they appear in URLs, filters and downloads);
 * their human labels live in `src/i18n/<locale>.ts`.
 */

/** WHO regions, current assignment; lowercase forms are used in URLs (`/gaps/regions/afr/`). */
export const WHO_REGIONS = ['AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR'] as const;
export type WhoRegion = (typeof WHO_REGIONS)[number];

/** World Bank income groups, low to high. */
export const INCOME_GROUPS = ['LIC', 'LMIC', 'UMIC', 'HIC'] as const;
export type IncomeGroup = (typeof INCOME_GROUPS)[number];

/** What kind of document a plan record describes. */
export const PLAN_TYPES = ['cancer-plan', 'ncd-plan', 'cancer-strategy', 'law-policy'] as const;
export type PlanType = (typeof PLAN_TYPES)[number];

/** Whether a plan covers a whole country, part of it, or several countries. */
export const PLAN_SCOPES = ['national', 'sub-national', 'regional'] as const;
export type PlanScope = (typeof PLAN_SCOPES)[number];

/**
 * Caveats a reader must see next to a plan: the copy seen is a draft, or a year in its
 * period was inferred rather than printed in the document.
 */
export const PLAN_FLAGS = ['draft', 'adoption-unconfirmed', 'start-year-inferred', 'end-year-inferred'] as const;
export type PlanFlag = (typeof PLAN_FLAGS)[number];

/**
 * The five stages of the planning cycle used by the NCI/ICCP assessment tool,
 * in cycle order (update leads back to prepare).
 */
export const STAGES = ['prepare', 'develop', 'implement', 'evaluate', 'update'] as const;
export type Stage = (typeof STAGES)[number];

/**
 * A plan's status on the build date, derived from its period, its flags and its successor (never
 * stored; src/lib/standing.ts): in force (`current`, or `open-ended` within ten years), not yet
 * begun, of unknown status, a draft, superseded, or expired.
 */
export const PLAN_STATUSES = ['current', 'upcoming', 'open-ended', 'status-unknown', 'draft', 'superseded', 'expired'] as const;
export type PlanStatus = (typeof PLAN_STATUSES)[number];

/** A country's status on the build date, derived from all its plans (never stored). */
export const COUNTRY_STATUSES = ['current', 'open-ended', 'upcoming', 'expired', 'none'] as const;
export type CountryStatus = (typeof COUNTRY_STATUSES)[number];

/**
 * What kind of thing a library resource is: normative or clinical guidance, a hands-on toolkit
 * (including assessment services and portals), data, an analytical report or review, a course or
 * workshop for planners, or a strategic framework (a strategy, an initiative's framework, a treaty).
 */
export const RESOURCE_TYPES = ['guideline', 'toolkit', 'dataset', 'report', 'course', 'framework'] as const;
export type ResourceType = (typeof RESOURCE_TYPES)[number];

/**
 * The kinds of help a partner offers a country team. The first eight are the ones the portal
 * was asked to list; `technical-assistance` (expert support to assess, draft or carry out a plan,
 * such as imPACT review missions, when no narrower kind says what), `advocacy` and `research`
 * (data, estimates, reviews of plans and case studies) were added because the partners catalogue
 * describes support that fits none of the eight. Classified from the catalogue's own words by
 * `src/lib/support.ts`.
 */
export const SUPPORT_KINDS = [
	'plan-review',
	'plan-update',
	'costing',
	'registry-support',
	'radiotherapy',
	'training',
	'mentoring',
	'twinning',
	'technical-assistance',
	'advocacy',
	'research',
] as const;
export type SupportKind = (typeof SUPPORT_KINDS)[number];
