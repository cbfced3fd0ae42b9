/**
 * One-off import of the reference catalogues in ../shared/data into content/.
 *
 * Re-runnable and idempotent: it creates the records that do not exist yet and leaves existing
 * files alone, so curators' edits survive; `--overwrite` rewrites them from the catalogues (keeping
 * their `added` dates) when the import itself is fixed. It never deletes a file. After the import,
 * content/ is the source of truth; the site never reads ../shared.
 *
 *   npm run import-data [-- --shared ../shared] [--content content] [--overwrite]
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import isoCountries from 'i18n-iso-countries';
import type { z } from 'astro/zod';
import { parseMarkdownRecord, parseYaml, serializeMarkdownRecord, serializeYamlRecord } from '../src/lib/content-files.ts';
import { parseCsvRecords } from '../src/lib/csv.ts';
import { isMirrorUrl } from '../src/lib/mirrors.ts';
import { partnerId, resourceId } from '../src/lib/library-ids.ts';
import { planId } from '../src/lib/plan-id.ts';
import { stagesOfPlanningStage } from '../src/lib/stage.ts';
import { classifySupport } from '../src/lib/support.ts';
import { mapTopics } from '../src/lib/topics.ts';
import { countrySchema, type Country } from '../src/schemas/country.ts';
import { planSchema, type Plan } from '../src/schemas/plan.ts';
import { partnerSchema, type Partner } from '../src/schemas/partner.ts';
import { publishedFindingSchema, type PublishedFinding } from '../src/schemas/published-finding.ts';
import { resourceSchema, type Resource } from '../src/schemas/resource.ts';
import { RESOURCE_TYPES, type IncomeGroup, type PlanFlag, type PlanType, type ResourceType, type WhoRegion } from '../src/schemas/vocabulary.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => (args.includes(name) ? args[args.indexOf(name) + 1] ?? fallback : fallback);
const sharedDir = resolve(option('--shared', '../shared'));
const contentDir = resolve(option('--content', 'content'));
const overwrite = args.includes('--overwrite');
let created = 0;
let kept = 0;

/** Write a record unless it exists and we are not overwriting; count what happened. */
function writeRecord(file: string, text: string) {
	if (existsSync(file) && !overwrite) {
		kept++;
		return;
	}
	if (!existsSync(file)) created++;
	writeFileSync(file, text);
}
const today = new Date().toISOString().slice(0, 10);

const read = (file: string) => parseCsvRecords(readFileSync(join(sharedDir, 'data', file), 'utf8'));

/**
 * Entries in WHO's regional data that are not among WHO's 194 Member States: territories,
 * areas, observers (Holy See, Palestine), Kosovo, and Liechtenstein (a UN member that is not a
 * WHO member). Checked below: what remains must be exactly 194. The rule and its source are on /about/.
 */
const NOT_MEMBER_STATES = new Set(
	'ABW AIA ASM BES BLM BMU CUW CYM FLK FRO GGY GIB GLP GRL GUF GUM IMN JEY LIE MAF MNP MSR MTQ MYT NCL PCN PRI PSE PYF REU SHN SPM SXM TCA TKL VAT VGB VIR WLF XKX'.split(' '),
);

const REGION_CODES: Record<string, WhoRegion | undefined> = {
	AFRO: 'AFR', AMRO: 'AMR', SEARO: 'SEAR', EURO: 'EUR', EMRO: 'EMR', WPRO: 'WPR', OTHER: undefined,
};
const INCOME_CODES: Record<string, IncomeGroup> = {
	'Low income': 'LIC', 'Lower middle income': 'LMIC', 'Upper middle income': 'UMIC', 'High income': 'HIC',
};
const PLAN_TYPE_CODES: Record<string, PlanType> = {
	'cancer plan': 'cancer-plan', 'NCD plan': 'ncd-plan', 'cancer-specific strategy': 'cancer-strategy', other: 'law-policy',
};

/** Stop the import when a record the catalogue yields breaks its schema: nothing half-written. */
function mustMatch(schema: z.ZodType, record: unknown, where: string): void {
	const checked = schema.safeParse(record);
	if (!checked.success) fail(`${where}: ${checked.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ')}`);
}

const githubFileUrl = (repo: string, file: string, commit: string) =>
	`https://github.com/${repo}/blob/${commit}/${encodeURI(file.replace(/ \(.*\)$/, ''))}`;
const firstUrl = (text: string) => /https?:\/\/[^\s;,)]+/.exec(text)?.[0];

function fail(message: string): never {
	console.error(`import-data: ${message}`);
	process.exit(1);
}

// ---- countries ---------------------------------------------------------------------------
const incomeRows = new Map(read('wb-income-groups.csv').map((row) => [row.iso3, row]));
const countries = new Map<string, Country>();
/**
 * WHO's own codes for Bonaire, Sint Eustatius and Saba, which ISO's BES (also in WHO's list)
 * already covers as one territory: importing both listed Bonaire twice on /countries/.
 */
const COVERED_BY_BES = new Set(['XAA', 'XBA', 'XCA']);
for (const row of read('who-regions.csv')) {
	if (countries.has(row.iso3)) continue; // XKX is listed twice with the same facts.
	if (COVERED_BY_BES.has(row.iso3)) continue;
	const income = incomeRows.get(row.iso3);
	const incomeGroup = income?.income_group_fy26_derived ? INCOME_CODES[income.income_group_fy26_derived] : undefined;
	if (income?.income_group_fy26_derived && !incomeGroup) fail(`${row.iso3}: unknown income group "${income.income_group_fy26_derived}"`);
	const reclassified = income?.change_note.startsWith('FY2');
	const regionSource = row.iso3 === 'IDN' ? firstUrl(row.note) : githubFileUrl(row.source_repo, row.source_file, row.source_commit);
	const whoMemberState = !NOT_MEMBER_STATES.has(row.iso3);
	const country: Country = {
		iso3: row.iso3,
		iso2: row.iso3 === 'XKX' ? 'XK' : isoCountries.alpha3ToAlpha2(row.iso3),
		name: row.who_country_name.replace(/^The /, ''),
		whoMemberState,
		whoRegion: REGION_CODES[row.who_region_code_current],
		whoRegionSource: regionSource ?? fail(`${row.iso3}: no source for its WHO region`),
		incomeGroup,
		incomeGroupFiscalYear: incomeGroup ? 'FY2026' : undefined,
		incomeGroupNote: incomeGroup
			? reclassified
				? `${income!.change_note.replace(/; evidence .*$/, '')}; FY2024 official group: ${income!.income_group_fy24}.`
				: `World Bank FY2024 official classification (${income!.income_group_fy24}); no reclassification reported for FY2025 or FY2026.`
			: income?.change_note || undefined,
		incomeGroupSource: incomeGroup
			? reclassified
				? firstUrl(income!.change_note)
				: githubFileUrl(income!.source_repo, income!.source_file, income!.source_commit)
			: undefined,
		aliases: [],
	};
	if (country.whoRegionSource.startsWith('http:') || country.incomeGroupSource?.startsWith('http:')) country.allowHttp = true;
	countries.set(row.iso3, country);
}
const memberCount = [...countries.values()].filter((country) => country.whoMemberState).length;
if (memberCount !== 194) fail(`expected 194 WHO Member States, found ${memberCount}`);

// ---- plans -------------------------------------------------------------------------------
/** Words that tell an English title from one in another language ("plan" is shared with many). */
const ENGLISH_WORDS = /\b(strategy|programme|program|national|cancer|control|policy|agenda|framework|action|strategic|law|prevention|of|for|the|and)\b/i;

/**
 * The catalogue writes bilingual titles as "Title (Other language title)". Split them into an
 * original-language title and an English one only when both sides are titles of two words or
 * more, one side reads as an English title and the other does not. Anything else ("(draft)",
 * "(NCCP)", "(2015-2017)") stays part of the title as catalogued.
 */
function splitTitle(title: string, language: string): Pick<Plan, 'title' | 'titleEnglish'> {
	const match = /^(.*\S)\s*\(([^()]+)\)$/.exec(title);
	if (!match || language === 'en' || !language) return { title };
	const [, main, inner] = match;
	const isTitle = (text: string) =>
		!/^\p{Ll}/u.test(text) && ((text.match(/\p{L}{2,}/gu) ?? []).length >= 2 || /[^\p{Script=Latin}\s\d\p{P}]{4,}/u.test(text));
	const looksEnglish = (text: string) => /^[A-Z0-9]/.test(text) && ENGLISH_WORDS.test(text) && /^[\x20-\x7E–’]+$/.test(text);
	if (!isTitle(main) || !isTitle(inner)) return { title };
	if (looksEnglish(inner) && !looksEnglish(main)) return { title: main, titleEnglish: inner };
	if (looksEnglish(main) && !looksEnglish(inner)) return { title: inner, titleEnglish: main };
	return { title };
}

function planFlags(notes: string): PlanFlag[] {
	const flags: PlanFlag[] = [];
	if (/^DRAFT|copy seen (is|is described as) a draft|draft for ratification/i.test(notes)) flags.push('draft');
	if (/start_year[^;]*inferred/i.test(notes)) flags.push('start-year-inferred');
	if (/end year[^;]*inferred|inferred end year/i.test(notes)) flags.push('end-year-inferred');
	return flags;
}

const seenIds = new Set<string>();
let written = 0;
mkdirSync(join(contentDir, 'plans'), { recursive: true });
for (const [index, row] of read('plans-catalog.csv').entries()) {
	const where = `plans-catalog.csv row ${index + 2}`;
	const country = countries.get(row.country_iso3) ?? fail(`${where}: unknown country ${row.country_iso3}`);
	const period = { start: Number(row.start_year), ...(row.end_year ? { end: Number(row.end_year) } : {}) };
	const titles = splitTitle(row.title, row.language);
	const type = PLAN_TYPE_CODES[row.plan_type] ?? fail(`${where}: unknown plan type "${row.plan_type}"`);
	let id = planId(row.country_iso3, period, titles.titleEnglish ?? titles.title, type, [country.name, row.country_name]);
	for (let n = 2; seenIds.has(id); n++) id = `${id.replace(/-\d+$/, '')}-${n}`;
	seenIds.add(id);

	const official = row.official_or_source_url && !isMirrorUrl(row.official_or_source_url) ? row.official_or_source_url : undefined;
	const file = join(contentDir, 'plans', `${id}.md`);
	const existing = existsSync(file) ? (parseMarkdownRecord(readFileSync(file, 'utf8')).data as Partial<Plan>) : undefined;
	const plan: Plan = {
		...titles,
		country: row.country_iso3,
		type,
		period,
		languages: row.language ? [row.language] : [],
		scope: /sub-?national/i.test(row.notes) ? 'sub-national' : 'national',
		// The catalogue's notes name the part of the country: "sub-national (Scotland); …".
		area: /sub-?national\s*\(([^)]+)\)/i.exec(row.notes)?.[1],
		documentUrl: official,
		evidenceUrl: row.evidence_url,
		flags: planFlags(row.notes),
		notes: row.notes || undefined,
		added: existing?.added ?? today,
	};
	if ([plan.documentUrl, plan.evidenceUrl].some((url) => url?.startsWith('http:'))) plan.allowHttp = true;
	mustMatch(planSchema, plan, `${where}`);
	writeRecord(file, serializeMarkdownRecord(JSON.parse(JSON.stringify(plan))));
	written++;
}

mkdirSync(join(contentDir, 'countries'), { recursive: true });
for (const country of countries.values()) {
	mustMatch(countrySchema, country, `${country.iso3}`);
	writeRecord(join(contentDir, 'countries', `${country.iso3.toLowerCase()}.yaml`), serializeYamlRecord(JSON.parse(JSON.stringify(country))));
}
/**
 * Framework items each published figure speaks to, chosen by us so a report can show the
 * review's figure beside ours. Figures about whole plans (how many exist) speak to no item.
 */
const FINDING_ITEMS: Record<string, string[]> = {
	'r2025-financing': ['financing-strategy'],
	'r2018-financing': ['financing-strategy'],
	'r2018-budget-mention': ['dedicated-budget'],
	'r2018-budget-detail': ['plan-costing', 'dedicated-budget'],
	'r2018-radiotherapy': ['radiotherapy'],
	'r2025-early-detection': ['cervical-screening', 'breast-early-detection'],
	'r2025-eml': ['essential-cancer-medicines'],
	'r2025-radiotherapy': ['radiotherapy'],
	'r2025-evidence-nccp': ['evidence-based-interventions'],
	'r2025-evidence-ncd': ['evidence-based-interventions'],
};

mkdirSync(join(contentDir, 'published-findings'), { recursive: true });
let findings = 0;
for (const [index, row] of read('published-findings.csv').entries()) {
	const finding: PublishedFinding = {
		review: row.review,
		year: Number(row.year_published),
		population: row.population,
		measure: row.measure,
		value: row.value,
		unit: row.unit,
		sourceUrl: row.source_url,
		items: FINDING_ITEMS[row.finding_id] ?? [],
		notes: row.notes || undefined,
		...(row.source_url.startsWith('http:') ? { allowHttp: true } : {}),
	};
	mustMatch(publishedFindingSchema, finding, `published-findings.csv row ${index + 2}`);
	writeRecord(join(contentDir, 'published-findings', `${row.finding_id}.yaml`), serializeYamlRecord(JSON.parse(JSON.stringify(finding))));
	findings++;
}

// ---- resources ---------------------------------------------------------------------------
/** The controlled topic list: the framework's domains, from the target content or this repository's. */
const frameworkFile = [join(contentDir, 'framework/framework.yaml'), resolve(dirname(import.meta.dirname), 'content/framework/framework.yaml')].find((file) => existsSync(file));
const domainIds = ((frameworkFile && (parseYaml(readFileSync(frameworkFile, 'utf8')) as { domains?: string[] }).domains) || fail('no framework.yaml to read the topic list (its domains) from'));

/**
 * Hosts of pages that report on or list a resource without being its publisher (news sites, a
 * bibliographic index, a reseller of EU documents, another organisation's resource library).
 * Like mirrors, a catalogue `url` on one of them is kept in the notes, never as the official link.
 */
const NOT_PUBLISHER_HOSTS = ['expresshealthcare.in', 'hesp-news.org', 'ouci.dntb.gov.ua', 'eumonitor.eu', 'resources.wfsahq.org'];
const isPublisherUrl = (url: string) => {
	const host = new URL(url).hostname.replace(/^www\./, '');
	return !isMirrorUrl(url) && !NOT_PUBLISHER_HOSTS.some((other) => host === other || host.endsWith(`.${other}`));
};

/** Languages a row's notes list ("English, Chinese"), by their English names. */
const LANGUAGE_NAMES: Record<string, string> = { English: 'en', French: 'fr', Spanish: 'es', Chinese: 'zh', Arabic: 'ar', Russian: 'ru', Portuguese: 'pt' };
const languagesNamedIn = (notes: string) =>
	[...new Set([...notes.matchAll(new RegExp(`\\b(${Object.keys(LANGUAGE_NAMES).join('|')})\\b`, 'g'))].map((match) => LANGUAGE_NAMES[match[1]]))];

/** A year the catalogue itself calls unverified or uncertain is left out (the note keeps it). */
const yearDoubted = (notes: string) => /\byear\b[^;]*\b(?:unverified|uncertain)\b/i.test(notes);

const yamlAdded = (file: string) => (existsSync(file) ? (parseYaml(readFileSync(file, 'utf8')) as { added?: string | Date }).added : undefined);
const addedDate = (file: string) => {
	const added = yamlAdded(file);
	return added instanceof Date ? added.toISOString().slice(0, 10) : (added ?? today);
};

const resourceIds = new Map<string, number>();
let resources = 0;
mkdirSync(join(contentDir, 'resources'), { recursive: true });
for (const [index, row] of read('resources-catalog.csv').entries()) {
	const where = `resources-catalog.csv row ${index + 2}`;
	const id = resourceId(row.title);
	if (resourceIds.has(id)) fail(`${where}: id "${id}" is also the id of row ${resourceIds.get(id)}; lengthen the id rule or retitle`);
	resourceIds.set(id, index + 2);
	if (!(RESOURCE_TYPES as readonly string[]).includes(row.resource_type)) fail(`${where}: resource_type: expected one of ${RESOURCE_TYPES.join('|')}, found "${row.resource_type}"`);
	const stages = stagesOfPlanningStage(row.planning_stage) ?? fail(`${where}: planning_stage: expected needs assessment, plan development, implementation, monitoring & evaluation or multiple, found "${row.planning_stage}"`);
	const topics = mapTopics(row.topics, domainIds);
	if (topics.unmapped.length > 0) {
		fail(`${where}: topics: expected words that map to framework domains, found ${topics.unmapped.map((word) => `"${word}"`).join(', ')} (extend TOPIC_SYNONYMS in src/lib/topics.ts)`);
	}
	const official = row.url && isPublisherUrl(row.url) ? row.url : undefined;
	const seenAt = row.url && !official && row.url !== row.evidence_url ? `Catalogue link ${row.url} is not the publisher's site.` : undefined;
	const file = join(contentDir, 'resources', `${id}.yaml`);
	const resource: Resource = {
		title: row.title,
		publisher: row.publisher,
		year: row.year && !yearDoubted(row.notes) ? Number(row.year) : undefined,
		type: row.resource_type as ResourceType,
		stages,
		topics: topics.topics,
		languages: languagesNamedIn(row.notes),
		url: official,
		evidenceUrl: row.evidence_url,
		notes: [row.notes, seenAt].filter(Boolean).join('; ') || undefined,
		added: addedDate(file),
	};
	if ([resource.url, resource.evidenceUrl].some((url) => url?.startsWith('http:'))) resource.allowHttp = true;
	mustMatch(resourceSchema, resource, `${where}`);
	writeRecord(file, serializeYamlRecord(JSON.parse(JSON.stringify(resource))));
	resources++;
}

// ---- partners ----------------------------------------------------------------------------
/**
 * WHO regions of the partners whose catalogue row names a region, with the words that name it
 * (checked against the row, so a changed row cannot keep a stale region). WHO splits Africa
 * between AFR and EMR (Egypt, Morocco, Sudan…), so an African scope is both. Any other partner
 * names no region: global, or not stated.
 */
const PARTNER_REGIONS: Record<string, { regions: WhoRegion[]; words: string[] }> = {
	'PAHO/WHO': { regions: ['AMR'], words: ['WHO regional office (Americas)'] },
	AORTIC: { regions: ['AFR', 'EMR'], words: ['regional professional society (Africa)'] },
	ACC: { regions: ['AFR', 'EMR'], words: ['regional network of African oncology experts'] },
	'Africa CDC': { regions: ['AFR', 'EMR'], words: ['African Union'] },
	'EPAAC / iPAAC': { regions: ['EUR'], words: ['EU joint actions'] },
	HCC: { regions: ['AMR'], words: ['Caribbean cancer control advocacy'] },
	CARPHA: { regions: ['AMR'], words: ['Caribbean Public Health Agency'] },
	FLSC: { regions: ['AFR', 'EMR'], words: ['national foundation (Morocco)', "Burkina Faso, Senegal, Côte d'Ivoire and Chad"] },
	'NCC Korea': { regions: ['WPR'], words: ['co-convener with WHO WPRO'] },
};

const partnerIds = new Map<string, number>();
let partners = 0;
mkdirSync(join(contentDir, 'partners'), { recursive: true });
for (const [index, row] of read('partners.csv').entries()) {
	const where = `partners.csv row ${index + 2}`;
	const id = partnerId(row.name, row.acronym);
	if (partnerIds.has(id)) fail(`${where}: id "${id}" is also the id of row ${partnerIds.get(id)}`);
	partnerIds.set(id, index + 2);
	const support = classifySupport(row.support_offered);
	const region = PARTNER_REGIONS[row.acronym];
	const rowText = `${row.name} ${row.type} ${row.support_offered}`;
	for (const words of region?.words ?? []) {
		if (!rowText.includes(words)) fail(`${where}: PARTNER_REGIONS gives ${row.acronym} a region for the words "${words}", which the row no longer says`);
	}
	// A website the catalogue itself calls unverified is not given as the official address.
	const urlDoubted = /URL not verified/i.test(row.additional_evidence_or_notes);
	const notes = [row.additional_evidence_or_notes, row.url && urlDoubted ? `website given by the catalogue: ${row.url}` : ''].filter(Boolean).join('; ');
	const membership = row.iccp_member_or_collaborator.trim().toLowerCase();
	const file = join(contentDir, 'partners', `${id}.yaml`);
	const partner: Partner = {
		name: row.name,
		acronym: row.acronym || undefined,
		organisationType: row.type || undefined,
		url: row.url && !urlDoubted && !isMirrorUrl(row.url) ? row.url : undefined,
		offers: support.offers,
		support: row.support_offered || undefined,
		stages: support.stages,
		regions: region?.regions ?? [],
		languages: [],
		twinning: [],
		iccpPartner: membership.startsWith('yes') || membership === 'collaborator' ? true : undefined,
		evidenceUrl: row.evidence_url,
		notes: notes || undefined,
		added: addedDate(file),
	};
	if ([partner.url, partner.evidenceUrl].some((url) => url?.startsWith('http:'))) partner.allowHttp = true;
	mustMatch(partnerSchema, partner, `${where}`);
	writeRecord(file, serializeYamlRecord(JSON.parse(JSON.stringify(partner))));
	partners++;
}

console.log(
	`import-data: ${countries.size} countries (${memberCount} WHO Member States), ${written} plans, ${findings} published review figures, ${resources} resources and ${partners} partners in the catalogues; ` +
		`${created} records created, ${kept} existing kept${overwrite ? '' : ' (use --overwrite to rewrite them)'} in ${contentDir}`,
);
