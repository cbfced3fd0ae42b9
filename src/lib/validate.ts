/**
 * The content validator: reads every record file under a content directory and reports every
 * problem at once, so a contributor fixes a pull request in one pass instead of one error per build.
 *
 * Field rules live in the zod schemas and file checks (encoding, size, control characters, names)
 * in `record-files.ts`; what contributed text may contain (no HTML, no script links) is
 * `content-policy.ts`. This module adds the link between a file's name and its record, records
 * that refer to each other, nothing but record folders in the content directory, and calls the
 * gap-analysis and library validators.
 */
import { readdirSync } from 'node:fs';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { iso3Code } from '../schemas/common.ts';
import { countrySchema } from '../schemas/country.ts';
import { planSchema } from '../schemas/plan.ts';
import { parseMarkdownRecord } from './content-files.ts';
import { checkRecord, isObject, listRecordFiles, readRecordText, readYamlRecord, syntaxMessage } from './record-files.ts';
import { lineOf, markdownBodyProblems } from './content-policy.ts';
import { buildDate } from '../build-settings.ts';
import { createCountryLookup } from './countries.ts';
import { inForceConflicts, planStandings, supersessionProblems } from './standing.ts';
import { verificationProblems } from './verification.ts';
import type { PlanRecord } from './catalog.ts';
import type { Framework } from './framework.ts';
import { keepWhole, validateAssessments, validateFramework, validatePublishedFindings, type KeepAssessment, type Shard } from './validate-gaps.ts';
import type { AssessmentSummary } from './gaps.ts';
import type { PartnerRecord, ResourceRecord } from './library.ts';
import { validatePartners, validateResources } from './validate-library.ts';
import type { Assessment } from '../schemas/assessment.ts';
import type { Country } from '../schemas/country.ts';
import type { PublishedFinding } from '../schemas/published-finding.ts';

/** One thing wrong with one record, in words a contributor can act on. */
export interface Problem {
	/** Path relative to the content directory's parent, e.g. `content/plans/x.md`. */
	file: string;
	/** Dotted path of the field (`period.end`), `body`, or `(file)` for the file as a whole. */
	field: string;
	message: string;
}

export interface ValidationResult<A extends AssessmentSummary = Assessment> {
	problems: Problem[];
	/** Country record files read. */
	countries: number;
	/** Plan record files read. */
	plans: number;
	/** Assessment record files read. */
	assessments: number;
	/** Resource record files read (none when `resources/` is absent). */
	resources: number;
	/** Partner record files read (none when `partners/` is absent). */
	partners: number;
	/** The records that passed, for scripts that work outside Astro (`npm run gaps`). */
	records: ValidRecords<A>;
}

/** Every record that passed its schema, keyed as the site keys them. */
export interface ValidRecords<A extends AssessmentSummary = Assessment> {
	countries: Country[];
	plans: PlanRecord[];
	framework?: Framework;
	/** Plan id → its assessment: whole, or what the validator was asked to keep of it. */
	assessments: Map<string, A>;
	publishedFindings: (PublishedFinding & { id: string })[];
	/** Resources whose record and topics passed, keyed by file name as `id`, in id order. */
	resources: ResourceRecord[];
	/** Partners whose record passed, keyed by file name as `id`, in id order. */
	partners: PartnerRecord[];
}

/** A file under the content folder `root` as problems name it: `content/plans/x.md`. */
export function displayPath(root: string, path: string): string {
	return relative(dirname(resolve(root)), path).split(sep).join('/');
}

/** Problems grouped by file; stable, so a file's problems keep their order whatever the check that found them. */
export function byFile(problems: Problem[]): Problem[] {
	return problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** One line per problem, the form editors and CI logs link to: `file: field: message`. */
export function formatProblem(problem: Problem): string {
	return `${problem.file}: ${problem.field}: ${problem.message}`;
}

/**
 * A plan id, which is also its file name and its URL: `<iso3>-<start>[-<end>]-<words>`, or
 * `regional-<start>[-<end>]-<words>` for a regional plan (several countries, no single ISO3).
 */
const PLAN_ID = /^([a-z]{3}|regional)-\d{4}(-\d{4})?-[a-z0-9-]+$/;
/** The part of an id the record must agree with: its country (or `regional`) and start year. */
const ID_PREFIX = /^([a-z]{3}|regional)-\d{4}-/;
/** What a regional plan's id starts with instead of an ISO3 code. */
const REGIONAL = 'regional';

/**
 * What a content directory and its framework folder hold. Anything else (an .svg, a README, a
 * stray folder) is reported: the build would ignore it, and nothing is skipped silently.
 */
const LAYOUT: Record<string, string[]> = {
	'': ['countries', 'plans', 'framework', 'assessments', 'published-findings', 'resources', 'partners'],
	framework: ['framework.yaml', 'domains'],
};

/**
 * Validate every record under `contentDir` (e.g. `content`). `keepAssessment` says what to keep of
 * each valid assessment (src/lib/validate-gaps.ts); by default the whole record. With
 * `assessmentShard`, only that slice of the assessments is checked (and counted): the build
 * checks the rest in a worker thread beside it.
 */
export function validateContent(contentDir: string): ValidationResult;
export function validateContent<A extends AssessmentSummary>(contentDir: string, keepAssessment: KeepAssessment<A>, assessmentShard?: Shard): ValidationResult<A>;
export function validateContent(contentDir: string, keepAssessment: KeepAssessment<AssessmentSummary> = keepWhole, assessmentShard?: Shard): ValidationResult<AssessmentSummary> {
	const root = resolve(contentDir);
	const problems: Problem[] = [];
	const display = (path: string) => displayPath(root, path);
	const report = (path: string, field: string, message: string) => problems.push({ file: display(path), field, message });
	// Standings and "last verified" are judged on the build's date (BUILD_DATE, or today).
	const asOf = buildDate();

	for (const [folder, expected] of Object.entries(LAYOUT)) {
		let names: string[];
		try {
			names = readdirSync(join(root, folder));
		} catch {
			continue; // a missing folder is reported by the check that reads it
		}
		for (const name of names.filter((entry) => !expected.includes(entry)).sort()) {
			report(join(root, folder, name), '(file)', `expected only ${expected.join(', ')} in ${display(join(root, folder))}/, found "${name}"`);
		}
	}

	// ---- countries ---------------------------------------------------------------------------
	const countryFiles = listRecordFiles(join(root, 'countries'), '.yaml', 'country', report);
	const knownCountries = new Set(countryFiles.map((file) => file.stem.toUpperCase()));
	const namedCountries: Country[] = [];
	for (const { path, stem } of countryFiles) {
		if (stem !== stem.toLowerCase()) report(path, '(file)', `expected the file name in lower case, found "${basename(path)}"`);
		const data = readYamlRecord(path, report);
		if (data === undefined) continue;
		const parsed = checkRecord(countrySchema, data, path, report);
		if (parsed) namedCountries.push(parsed);
		const iso3 = fieldOf(data, 'iso3');
		if (countrySchema.shape.iso3.safeParse(iso3).success && iso3 !== stem.toUpperCase()) {
			report(path, 'iso3', `expected "${stem.toUpperCase()}" to match the file name ${basename(path)}, found ${JSON.stringify(iso3)}`);
		}
	}

	// ---- plans -------------------------------------------------------------------------------
	const lookupCountry = createCountryLookup(namedCountries);
	const planFiles = listRecordFiles(join(root, 'plans'), '.md', 'plan', report);
	const validPlans: PlanRecord[] = [];
	for (const { path, stem } of planFiles) {
		if (!PLAN_ID.test(stem)) {
			report(
				path,
				'(file)',
				`expected a plan id such as "ken-2017-2022-cancer-control-strategy" (a-z, 0-9 and hyphens; "regional-" instead of the ISO3 code for a regional plan) as the file name, found "${stem}"`,
			);
		}
		// Checked even when the words of the id are malformed, as long as its country and year are readable.
		const idPrefix = ID_PREFIX.exec(stem)?.[1];
		const text = readRecordText(path, report);
		if (text === undefined) continue;
		let data: unknown;
		let body: string;
		try {
			({ data, body } = parseMarkdownRecord(text));
		} catch (error) {
			report(path, '(file)', syntaxMessage(error));
			continue;
		}
		const problem = (field: string, message: string) => report(path, field, message);
		const parsedPlan = checkRecord(planSchema, data, path, report);
		if (parsedPlan) validPlans.push({ ...parsedPlan, id: stem });
		for (const message of verificationProblems(parsedPlan, asOf)) problem(...message);

		// Curators often write a name ("Kenya", "Ivory Coast") where an ISO3 code belongs, and every
		// code must be a country we have: `country`, and each country a regional plan covers.
		const country = fieldOf(data, 'country');
		const covered = fieldOf(data, 'countries');
		const codes: [field: string, value: unknown][] = [['country', country]];
		if (Array.isArray(covered)) codes.push(...covered.map((value, index): [string, unknown] => [`countries.${index}`, value]));
		for (const [field, value] of codes) {
			const suggestion = typeof value === 'string' ? lookupCountry(value) : undefined;
			if (suggestion && suggestion.iso3 !== value) {
				problem(field, `expected the ISO3 code: did you mean "${suggestion.iso3}" (${suggestion.name})? found ${JSON.stringify(value)}`);
			}
			if (isIso3(value) && !knownCountries.has(value)) {
				problem(field, `expected a country in ${display(join(root, 'countries'))}/, found ${JSON.stringify(value)}`);
			}
		}

		// The file name is the id: its country (or "regional") and years must agree with the record.
		const rename = '(the file name is the plan id: rename the file or fix the field)';
		const scopeField = fieldOf(data, 'scope');
		const scope = planSchema.shape.scope.safeParse(scopeField);
		if (idPrefix === REGIONAL) {
			if (scope.success && scope.data !== 'regional') {
				const found = scopeField === undefined ? 'none (national by default)' : JSON.stringify(scope.data);
				problem('scope', `expected "regional" as the file name ${basename(path)} starts with "${REGIONAL}-", found ${found} ${rename}`);
			}
		} else if (idPrefix !== undefined && scope.success && scope.data === 'regional') {
			problem(
				'scope',
				`expected "national" or "sub-national" as the file name ${basename(path)} starts with "${idPrefix}-", found "regional" (a regional plan's file name starts with "${REGIONAL}-" instead of an ISO3 code: rename the file or fix the field)`,
			);
		} else if (idPrefix !== undefined && isIso3(country) && idPrefix !== country.toLowerCase()) {
			problem('country', `expected "${idPrefix.toUpperCase()}" as the file name ${basename(path)} starts with "${idPrefix}-", found ${JSON.stringify(country)} ${rename}`);
		}
		const period = planSchema.shape.period.safeParse(fieldOf(data, 'period'));
		if (idPrefix !== undefined && period.success) {
			checkIdYears(stem, idPrefix, period.data, problem);
		}

		const firstLine = lineOf(text, text.length - body.length);
		for (const message of markdownBodyProblems(body, { allowHttp: fieldOf(data, 'allowHttp') === true, firstLine })) problem('body', message);
	}

	// A successor must be another catalogued plan that starts no earlier, and chains must end.
	const planPaths = new Map(planFiles.map((file) => [file.stem, file.path]));
	const supersession = supersessionProblems(validPlans);
	for (const { id, message } of supersession) report(planPaths.get(id)!, 'supersededBy', message);
	// At most one plan in force per country and type: which is, a source must say (`supersededBy`).
	if (supersession.length === 0) {
		for (const ids of inForceConflicts(validPlans, planStandings(validPlans, asOf))) {
			for (const id of ids) {
				const others = ids.filter((other) => other !== id).join(', ');
				report(planPaths.get(id)!, 'supersededBy', `expected one plan in force of this country and type on ${asOf.toISOString().slice(0, 10)}, found this and ${others}: set supersededBy on the one replaced (with the source in notes), or flag a draft or an unconfirmed adoption`);
			}
		}
	}

	// ---- gap analysis: the framework, assessments of known plans, published review figures -----
	const framework = validateFramework(root, report);
	const planIds = new Set(planFiles.map((file) => file.stem));
	const assessments = validateAssessments(root, report, framework, planIds, keepAssessment, assessmentShard);
	const publishedFindings = validatePublishedFindings(root, report, framework);

	// ---- the planners' library: resources (topics are framework domains) and partners ----------
	const resources = validateResources(root, report, framework);
	const partners = validatePartners(root, report, knownCountries);

	return {
		problems: byFile(problems),
		countries: countryFiles.length,
		plans: planFiles.length,
		assessments: assessments.size,
		resources: resources.files,
		partners: partners.files,
		records: { countries: namedCountries, plans: validPlans, framework, assessments, publishedFindings, resources: resources.records, partners: partners.records },
	};
}

/**
 * The plan id's years must be the record's period: `<prefix>-<start>-<end>-…`, or
 * `<prefix>-<start>-…` when open-ended (plan ids never have a word made only of digits);
 * the prefix is the ISO3 code or `regional`.
 */
function checkIdYears(stem: string, prefix: string, period: { start: number; end?: number }, report: (field: string, message: string) => void): void {
	const rename = '(the file name is the plan id: rename the file or fix the field)';
	const years = stem.slice(prefix.length + 1);
	const start = Number(years.slice(0, 4));
	const namedEnd = /^-(\d{4})-/.exec(years.slice(4))?.[1];
	const end = namedEnd === undefined ? undefined : Number(namedEnd);
	if (start !== period.start) {
		report('period.start', `expected ${start} as in the file name ${stem}.md, found ${period.start} ${rename}`);
	}
	if (end === period.end) return;
	if (end === undefined) {
		report('period.end', `expected no end year as the file name ${stem}.md has none, found ${period.end} ${rename}`);
	} else {
		report('period.end', `expected ${end} as in the file name ${stem}.md, found ${period.end ?? 'none (open-ended)'} ${rename}`);
	}
}

/** True for a well-formed ISO3 code (whether or not the country exists). */
function isIso3(value: unknown): value is string {
	return iso3Code.safeParse(value).success;
}

function fieldOf(data: unknown, key: string): unknown {
	return isObject(data) && Object.hasOwn(data, key) ? data[key] : undefined;
}
