import type { AssessmentSummary } from './gaps.ts';
import { coveredIncomeGroups, coveredRegions, type Catalog, type CountryView, type PlanView } from './catalog.ts';
import { toCsv } from './csv.ts';
import type { PartnerRecord, ResourceRecord } from './library.ts';
import { verifiedOn, type VerifiableRecord } from './verification.ts';

/** One documented column of a download: the /data/ page lists these, the files follow them. */
export interface Column<T> {
	name: string;
	description: string;
	value: (record: T) => string | number | boolean | string[] | undefined;
}

/**
 * The plans download: one row per plan, derived fields computed on the data date. The
 * assessment columns read the plan's assessment, if any; "not-assessed" is never a finding.
 */
/** When a record entered the catalogue and when its facts were last checked (src/lib/verification.ts). */
function verificationColumns<T>(record: (row: T) => VerifiableRecord): Column<T>[] {
	return [
		{ name: 'added', description: 'Date the record entered the catalogue.', value: (row) => record(row).added },
		{ name: 'last_verified', description: 'Date its facts were last checked against the evidence: a curator\'s check, or the date it was added where none is recorded (see last_verified_basis).', value: (row) => verifiedOn(record(row)).date },
		{ name: 'last_verified_basis', description: '"checked" (a curator re-read the evidence on that date) or "added" (the import date: not re-read since).', value: (row) => verifiedOn(record(row)).basis },
	];
}

export function planColumns(assessments: ReadonlyMap<string, AssessmentSummary>): Column<PlanView>[] {
	return [
		{ name: 'id', description: 'Stable record id; the page is /plans/{id}/.', value: (v) => v.id },
		{ name: 'country_iso3', description: 'ISO 3166-1 alpha-3 code of the country; empty for a regional plan (see countries_covered).', value: (v) => v.country?.iso3 },
		{ name: 'country_name', description: 'Country name as WHO writes it; empty for a regional plan.', value: (v) => v.country?.name },
		{
			name: 'countries_covered',
			description: 'ISO 3166-1 alpha-3 codes of the countries the plan covers, separated by ";": the one country of a national or sub-national plan, every covered country of a regional plan.',
			value: (v) => v.countries.map((country) => country.iso3),
		},
		{ name: 'title', description: 'Title as catalogued, in the original language where known.', value: (v) => v.plan.title },
		{ name: 'title_english', description: 'English title, where known and different.', value: (v) => v.plan.titleEnglish },
		{ name: 'type', description: 'cancer-plan, ncd-plan, cancer-strategy or law-policy.', value: (v) => v.plan.type },
		{ name: 'period_start', description: 'First year covered.', value: (v) => v.plan.period.start },
		{ name: 'period_end', description: 'Last year covered; empty when the document states none.', value: (v) => v.plan.period.end },
		{
			name: 'status',
			description:
				'On the data date: current or open-ended (in force), upcoming, status-unknown (adoption unconfirmed, or open-ended and over ten years old with no source saying it is in force), draft, superseded or expired.',
			value: (v) => v.status,
		},
		{
			name: 'superseded_by',
			description: 'Id of the plan that replaced it, once that plan is in force: named by a source (see notes), or a later plan of the same type in force replacing an open-ended one.',
			value: (v) => (v.status === 'superseded' ? v.supersededBy?.view.id : undefined),
		},
		{ name: 'languages', description: 'ISO 639-1 codes, separated by ";"; empty when unknown.', value: (v) => v.plan.languages },
		{ name: 'scope', description: 'national, sub-national or regional.', value: (v) => v.plan.scope },
		{
			name: 'who_region',
			description: "The country's WHO region: AFR, AMR, SEAR, EUR, EMR or WPR. For a regional plan, the distinct regions of the countries it covers, separated by \";\".",
			value: (v) => coveredRegions(v).join(';') || undefined,
		},
		{
			name: 'income_group',
			description: "The country's World Bank income group: LIC, LMIC, UMIC or HIC. For a regional plan, the distinct groups of the countries it covers, low to high, separated by \";\".",
			value: (v) => coveredIncomeGroups(v).join(';') || undefined,
		},
		{ name: 'document_url', description: 'Official source (the document or the publisher\'s page); never a mirror site. Empty when none was found.', value: (v) => v.plan.documentUrl },
		{ name: 'evidence_url', description: 'Where the facts were verified (may be a mirror or a news report).', value: (v) => v.plan.evidenceUrl },
		{ name: 'publisher', description: 'Issuing body, where known.', value: (v) => v.plan.publisher },
		{ name: 'flags', description: 'Caveats: draft, adoption-unconfirmed, start-year-inferred, end-year-inferred.', value: (v) => v.plan.flags },
		{ name: 'notes', description: 'Notes on the record and its sources.', value: (v) => v.plan.notes },
		...verificationColumns<PlanView>((v) => v.plan),
		{
			name: 'assessment',
			description: 'How the plan was assessed against the framework (automated-screening, expert-review, published-source), or "not-assessed".',
			value: (v) => assessments.get(v.id)?.method ?? 'not-assessed',
		},
		{ name: 'assessment_date', description: 'When the assessment was made.', value: (v) => assessments.get(v.id)?.date },
		{ name: 'gap_report', description: 'Path of the plan’s gap report on the portal.', value: (v) => `/gaps/plans/${v.id}/` },
	];
}

/** The countries download: one row per country or territory. */
export const COUNTRY_COLUMNS: Column<CountryView>[] = [
	{ name: 'iso3', description: 'ISO 3166-1 alpha-3 code (WHO codes such as XKX where ISO has none).', value: (v) => v.country.iso3 },
	{ name: 'iso2', description: 'ISO 3166-1 alpha-2 code, where one exists.', value: (v) => v.country.iso2 },
	{ name: 'name', description: 'Name as WHO writes it.', value: (v) => v.country.name },
	{ name: 'who_member_state', description: 'true for the 194 WHO Member States.', value: (v) => v.country.whoMemberState },
	{ name: 'who_region', description: 'Current WHO region; empty where none is assigned.', value: (v) => v.country.whoRegion },
	{ name: 'who_region_source', description: 'Where the region was verified.', value: (v) => v.country.whoRegionSource },
	{ name: 'income_group', description: 'World Bank income group; empty where not classified.', value: (v) => v.country.incomeGroup },
	{ name: 'income_group_fiscal_year', description: 'World Bank fiscal year of the income group.', value: (v) => v.country.incomeGroupFiscalYear },
	{ name: 'income_group_source', description: 'Where the income group was verified.', value: (v) => v.country.incomeGroupSource },
	{ name: 'status', description: 'current, open-ended, upcoming, expired (only expired plans) or none, on the data date.', value: (v) => v.status },
	{ name: 'stage', description: 'Planning-cycle stage; empty when unknown.', value: (v) => v.stage.stage },
	{ name: 'stage_basis', description: 'curator, current-plan, expired-plans or unknown.', value: (v) => v.stage.basis },
	{ name: 'plan_ids', description: 'Ids of the country\'s own (national and sub-national) plans, separated by ";".', value: (v) => v.plans.map((plan) => plan.id) },
	{
		name: 'regional_plan_ids',
		description: 'Ids of the regional plans covering the country among others, separated by ";". They do not count towards its status or stage.',
		value: (v) => v.regionalPlans.map((plan) => plan.id),
	},
	{
		name: 'who_ccs_cancer_plan',
		description:
			"Whether the country has an operational national cancer control plan, as reported by the government to WHO's Country Capacity Survey (GHO indicator NCD_CCS_CancerPlan, https://ghoapi.azureedge.net/api/NCD_CCS_CancerPlan): Yes, No, Don't know or No response (no answer given). The government's self-report for the survey year, not this portal's finding; empty where WHO publishes no answer.",
		value: (v) => v.country.whoCcs?.cancerPlan?.answer,
	},
	{ name: 'who_ccs_cancer_plan_year', description: 'The survey year of who_ccs_cancer_plan.', value: (v) => v.country.whoCcs?.cancerPlan?.surveyYear },
	{
		name: 'who_ccs_cancer_registry',
		description:
			"Whether the country has a population-based cancer registry, as reported by the government to WHO's Country Capacity Survey (GHO indicator NCD_CCS_CancerRegNational, https://ghoapi.azureedge.net/api/NCD_CCS_CancerRegNational): Yes, No, Don't know or No response. A self-report, not this portal's finding; empty where WHO publishes no answer.",
		value: (v) => v.country.whoCcs?.cancerRegistry?.answer,
	},
	{ name: 'who_ccs_cancer_registry_year', description: 'The survey year of who_ccs_cancer_registry.', value: (v) => v.country.whoCcs?.cancerRegistry?.surveyYear },
	{
		name: 'who_ccs_cancer_surgery',
		description:
			"Whether cancer surgery is available in the public sector, as reported by the government to WHO's Country Capacity Survey (GHO indicator NCD_CCS_cancer_surgery, https://ghoapi.azureedge.net/api/NCD_CCS_cancer_surgery): Yes, No, Don't know or No response. A self-report, not this portal's finding; empty where WHO publishes no answer.",
		value: (v) => v.country.whoCcs?.cancerSurgery?.answer,
	},
	{ name: 'who_ccs_cancer_surgery_year', description: 'The survey year of who_ccs_cancer_surgery.', value: (v) => v.country.whoCcs?.cancerSurgery?.surveyYear },
];

/** The resources download: one row per tool or guidance document. */
export const RESOURCE_COLUMNS: Column<ResourceRecord>[] = [
	{ name: 'id', description: 'Stable record id; the page is /resources/{id}/.', value: (r) => r.id },
	{ name: 'title', description: 'Title as published, in its original language.', value: (r) => r.title },
	{ name: 'publisher', description: 'Who published it, as the source names them.', value: (r) => r.publisher },
	{ name: 'year', description: 'Year of publication or launch; empty when the source shows none.', value: (r) => r.year },
	{ name: 'type', description: 'guideline, toolkit, dataset, report, course or framework.', value: (r) => r.type },
	{ name: 'stages', description: 'Planning-cycle stages it serves (prepare, develop, implement, evaluate, update), separated by ";".', value: (r) => r.stages },
	{ name: 'topics', description: 'Priority areas it helps with, as framework domain ids, separated by ";".', value: (r) => r.topics },
	{ name: 'languages', description: 'ISO 639-1 codes of the languages it is available in, separated by ";"; empty when unknown.', value: (r) => r.languages },
	{ name: 'url', description: "The publisher's page or document; never a mirror. Empty when no official address was verified.", value: (r) => r.url },
	{ name: 'summary', description: 'What it is and how a planner uses it, in the portal’s words; empty until written.', value: (r) => r.summary },
	{ name: 'evidence_url', description: 'Where the facts were verified.', value: (r) => r.evidenceUrl },
	{ name: 'notes', description: 'Notes on the record and its sources.', value: (r) => r.notes },
	...verificationColumns<ResourceRecord>((r) => r),
];

/** The partners download: one row per organisation. */
export const PARTNER_COLUMNS: Column<PartnerRecord>[] = [
	{ name: 'id', description: 'Stable record id; the page is /partners/{id}/.', value: (p) => p.id },
	{ name: 'name', description: 'Full name as the organisation writes it.', value: (p) => p.name },
	{ name: 'acronym', description: 'Short name, where it has one.', value: (p) => p.acronym },
	{ name: 'organisation_type', description: 'What kind of organisation it is, as the source describes it.', value: (p) => p.organisationType },
	{
		name: 'offers',
		description: 'Kinds of support, separated by ";": plan-review, plan-update, costing, registry-support, radiotherapy, training, mentoring, twinning, technical-assistance, advocacy, research. Empty when not classified.',
		value: (p) => p.offers,
	},
	{ name: 'support', description: 'What it offers, in the source catalogue’s words (what `offers` was read from).', value: (p) => p.support },
	{ name: 'stages', description: 'Planning-cycle stages its support is stated to serve, separated by ";"; empty when not stated.', value: (p) => p.stages },
	{ name: 'regions', description: 'WHO regions it works in, separated by ";"; empty when not stated.', value: (p) => p.regions },
	{ name: 'languages', description: 'ISO 639-1 codes of the languages it works in, separated by ";"; empty when unknown.', value: (p) => p.languages },
	{ name: 'url', description: 'Its own website; empty when not verified.', value: (p) => p.url },
	{ name: 'contact_url', description: 'Its public contact or request-for-help page; empty when none was verified.', value: (p) => p.contactUrl },
	{ name: 'summary', description: 'What it offers and to whom, in the portal’s words; empty until written.', value: (p) => p.summary },
	{
		name: 'twinning_pairs',
		description: 'Documented twinning pairs as "hub > centre (ISO3, since)", separated by ";".',
		value: (p) => p.twinning.map((pair) => `${pair.hub} > ${pair.centre} (${pair.country}${pair.since ? `, ${pair.since}` : ''})`),
	},
	{ name: 'iccp_partner', description: 'true when a source names it an ICCP member or collaborator; empty when not known.', value: (p) => p.iccpPartner },
	{ name: 'evidence_url', description: 'Where the facts were verified.', value: (p) => p.evidenceUrl },
	{ name: 'notes', description: 'Notes on the record and its sources.', value: (p) => p.notes },
	...verificationColumns<PartnerRecord>((p) => p),
];

/** Rows of plain values, in column order, for JSON and CSV alike. */
export function tableRows<T>(columns: readonly Column<T>[], records: readonly T[]): Record<string, ReturnType<Column<T>['value']>>[] {
	return records.map((record) => Object.fromEntries(columns.map((column) => [column.name, column.value(record)])));
}

/** The CSV download: a header row of column names, then the rows. */
export function csvDownload<T>(columns: readonly Column<T>[], records: readonly T[]): string {
	return toCsv(columns.map((column) => column.name), tableRows(columns, records));
}

/** Response headers of the two download formats. */
export const CSV_HEADERS = { 'Content-Type': 'text/csv; charset=utf-8' };
export const JSON_HEADERS = { 'Content-Type': 'application/json' };

/** The JSON download: the data date, the column documentation and the rows. */
export function jsonDownload<T>(catalog: Catalog, columns: readonly Column<T>[], records: readonly T[]): string {
	return JSON.stringify(
		{ dataAsOf: catalog.asOf, fields: Object.fromEntries(columns.map((column) => [column.name, column.description])), records: tableRows(columns, records) },
		null,
		1,
	);
}
