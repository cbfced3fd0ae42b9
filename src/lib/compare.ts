/**
 * Countries side by side (`/compare/`): parse the `countries` parameter, build the comparison
 * model, choose a country's "similar countries", and write the table as HTML. The same
 * functions run at build time (the pre-rendered `/compare/{iso3}/` pages, through
 * `CompareTable.astro`) and in the browser (the island in `src/scripts/compare.ts`, which reads
 * `/data/compare.json`), so both print the same markup. Only type imports from the rest of the
 * domain code, and no UI strings: the island bundle stays small and the caller passes the labels.
 */
import { escapeHtml, fill } from './html.ts';
import type { Catalog, PlanView } from './catalog.ts';
import type { Framework } from './framework.ts';
import type { ItemStatus, PlanGaps } from './gaps.ts';
import type { UiStrings } from '../i18n/en.ts';
import type { AssessmentMethod } from '../schemas/assessment.ts';
import type { CountryStatus, IncomeGroup, PlanStatus, PlanType, Stage, WhoRegion } from '../schemas/vocabulary.ts';

/** How many countries a comparison holds. */
export const MIN_COUNTRIES = 2;
export const MAX_COUNTRIES = 4;
/** How many similar countries join a country on its pre-rendered comparison page. */
export const SIMILAR_COUNT = 2;

/** World Bank income groups, low to high (as in the vocabulary; repeated so the island imports nothing). */
const INCOME_ORDER: readonly IncomeGroup[] = ['LIC', 'LMIC', 'UMIC', 'HIC'];

/** One character per item status in `/data/compare.json`. "-" (not assessed) is never "n" (not found); "x" is not applicable. */
export const FINDING_CODES = { a: 'addressed', p: 'partial', n: 'not-found', x: 'not-applicable', '-': 'not-assessed' } as const satisfies Record<string, ItemStatus>;
type FindingCode = keyof typeof FINDING_CODES;
const CODE_OF: Record<ItemStatus, FindingCode> = { addressed: 'a', partial: 'p', 'not-found': 'n', 'not-applicable': 'x', 'not-assessed': '-' };

// ---------------------------------------------------------------------------------------------
// The data: what `/data/compare.json` holds (codes, not labels, except titles of plans and items)
// ---------------------------------------------------------------------------------------------

/**
 * A plan as the comparison needs it. A country's own plan stores only the end of its id when
 * the id follows the usual pattern (`ken-2017-2022-` + `slug`), else the whole `id`; `planIdOf`
 * rebuilds it. A regional plan is keyed by its id.
 */
export interface ComparePlan {
	slug?: string;
	id?: string;
	/** English title where known, else the title as catalogued. */
	title: string;
	type: PlanType;
	start: number;
	/** Absent when the document states no end year. */
	end?: number;
	status: PlanStatus;
	/** Only for an assessed national plan: one finding code per framework item, in framework order (see `findingCodes`). */
	findings?: string;
	method?: AssessmentMethod;
	/** Date of the assessment, YYYY-MM-DD. */
	date?: string;
	/** True when a reviewer checked the assessment item by item. */
	reviewed?: boolean;
}

/** A country as the comparison needs it (its name is on the page, in the country selector). */
export interface CompareCountry {
	region?: WhoRegion;
	income?: IncomeGroup;
	status: CountryStatus;
	stage?: Stage;
	/** Its own (national and sub-national) plans, newest first. */
	plans: ComparePlan[];
	/** Ids of regional plans covering it among others (see `regionalPlans`), newest first; they give no findings here. */
	regional?: string[];
}

export interface CompareDomain {
	id: string;
	label: string;
	items: { id: string; label: string }[];
}

export interface CompareData {
	/** The build date statuses are computed for, YYYY-MM-DD. */
	asOf: string;
	frameworkVersion: string;
	/** What each character of a plan's `findings` means. */
	findingCodes: typeof FINDING_CODES;
	domains: CompareDomain[];
	/** Uppercase ISO3 → country, every catalogued country (with or without plans). */
	countries: Record<string, CompareCountry>;
	/** Regional plan id → plan. */
	regionalPlans: Record<string, ComparePlan>;
}

/** The id prefix of a country's plan: `ken-2017-2022-`, or `ken-2019-` with no end year. */
const idPrefix = (iso3: string, plan: { start: number; end?: number }) => `${iso3.toLowerCase()}-${plan.start}-${plan.end === undefined ? '' : `${plan.end}-`}`;

/** A plan's id: stored whole, or rebuilt from its country, period and slug. */
export function planIdOf(iso3: string, plan: ComparePlan): string {
	return plan.id ?? `${idPrefix(iso3, plan)}${plan.slug}`;
}

/**
 * The comparison data of the whole catalogue. Findings come from the gap analysis
 * (`planGaps`), item by item in framework order, so the island never recomputes a status.
 */
export function buildCompareData(catalog: Catalog, framework: Framework, planGaps: ReadonlyMap<string, PlanGaps>): CompareData {
	const plan = (view: PlanView, iso3?: string): ComparePlan => {
		const gaps = planGaps.get(view.id);
		const assessment = gaps?.assessment;
		const { period } = view.plan;
		const prefix = iso3 ? idPrefix(iso3, period) : undefined;
		return {
			...(prefix && view.id.startsWith(prefix) && view.id.length > prefix.length ? { slug: view.id.slice(prefix.length) } : iso3 ? { id: view.id } : {}),
			title: view.plan.titleEnglish ?? view.plan.title,
			type: view.plan.type,
			start: period.start,
			...(period.end === undefined ? {} : { end: period.end }),
			status: view.status,
			// A state's plan does not speak for its country: only national plans give a country's findings.
			...(assessment && gaps && view.plan.scope !== 'sub-national'
				? {
						findings: framework.items.map((item) => CODE_OF[gaps.statuses.get(item.id) ?? 'not-assessed']).join(''),
						method: assessment.method,
						date: assessment.date,
						reviewed: assessment.review !== undefined,
					}
				: {}),
		};
	};
	const countries: Record<string, CompareCountry> = {};
	for (const view of catalog.countries) {
		const iso3 = view.country.iso3;
		countries[iso3] = {
			...(view.country.whoRegion ? { region: view.country.whoRegion } : {}),
			...(view.country.incomeGroup ? { income: view.country.incomeGroup } : {}),
			status: view.status,
			...(view.stage.stage ? { stage: view.stage.stage } : {}),
			plans: view.plans.map((entry) => plan(entry, iso3)),
			...(view.regionalPlans.length ? { regional: view.regionalPlans.map((entry) => entry.id) } : {}),
		};
	}
	return {
		asOf: catalog.asOf,
		frameworkVersion: framework.version,
		findingCodes: FINDING_CODES,
		domains: framework.domainList.map((domain) => ({ id: domain.id, label: domain.label, items: domain.items.map((item) => ({ id: item.id, label: item.label })) })),
		countries,
		regionalPlans: Object.fromEntries(catalog.plans.filter((view) => view.country === undefined).map((view) => [view.id, plan(view)])),
	};
}

// ---------------------------------------------------------------------------------------------
// The `countries` parameter
// ---------------------------------------------------------------------------------------------

/** What is wrong with a requested set; every problem is reported, not only the first. */
export type SelectionProblem =
	| { kind: 'missing' }
	| { kind: 'too-few'; count: number }
	| { kind: 'too-many'; count: number }
	| { kind: 'unknown'; codes: string[] }
	| { kind: 'duplicate'; codes: string[] };

export interface Selection {
	/** Known codes, uppercase, distinct, in the order given. */
	codes: string[];
	/** Empty when `codes` is a valid comparison. */
	problems: SelectionProblem[];
}

/**
 * Read `?countries=ken,uga,tza` (or the form's `?countries=ken&countries=uga`): codes separated
 * by commas or spaces, any case, order kept. A valid set is 2 to 4 distinct known codes;
 * otherwise `problems` says why (unknown codes, duplicates, too few, too many) and `codes`
 * keeps the usable ones so a form can be filled with them.
 */
export function parseCountries(values: readonly string[], isKnown: (iso3: string) => boolean): Selection {
	const tokens = values.flatMap((value) => value.split(/[\s,]+/)).filter(Boolean).map((token) => token.toUpperCase());
	if (tokens.length === 0) return { codes: [], problems: [{ kind: 'missing' }] };
	const seen = new Set<string>();
	const duplicates = new Set<string>();
	for (const token of tokens) (seen.has(token) ? duplicates : seen).add(token);
	const distinct = [...seen];
	const unknown = distinct.filter((token) => !isKnown(token));
	const codes = distinct.filter((token) => isKnown(token));
	const problems: SelectionProblem[] = [];
	if (unknown.length) problems.push({ kind: 'unknown', codes: unknown.map((token) => (token.length > 12 ? `${token.slice(0, 12)}…` : token)) });
	if (duplicates.size) problems.push({ kind: 'duplicate', codes: [...duplicates].filter((token) => isKnown(token)) });
	if (distinct.length < MIN_COUNTRIES) problems.push({ kind: 'too-few', count: distinct.length });
	if (distinct.length > MAX_COUNTRIES) problems.push({ kind: 'too-many', count: distinct.length });
	return { codes, problems: problems.filter((problem) => problem.kind !== 'duplicate' || problem.codes.length > 0) };
}

/** The query string of a comparison, as shared: `?countries=ken,uga,tza` (lowercase, commas unescaped). */
export function compareQuery(codes: readonly string[]): string {
	return `?countries=${codes.map((code) => code.toLowerCase()).join(',')}`;
}

// ---------------------------------------------------------------------------------------------
// Similar countries
// ---------------------------------------------------------------------------------------------

const incomeDistance = (a?: IncomeGroup, b?: IncomeGroup) => (a && b ? Math.abs(INCOME_ORDER.indexOf(a) - INCOME_ORDER.indexOf(b)) : INCOME_ORDER.length);
const newestStart = (country: CompareCountry) => Math.max(0, ...country.plans.map((plan) => plan.start));

/**
 * A country's default comparison set: up to `limit` other countries with at least one plan of
 * their own, in the same WHO region, ranked by nearest World Bank income group (the same group
 * first), then most plans catalogued, then the newest plan, then ISO3 code. A country with no
 * WHO region is matched on income group alone (same group only). This is similarity, not
 * geography: the catalogue holds no border data, so these are not called neighbours.
 */
export function similarCountries(data: CompareData, iso3: string, limit = SIMILAR_COUNT): string[] {
	const self = data.countries[iso3];
	if (!self) return [];
	return Object.entries(data.countries)
		.filter(([code, other]) => code !== iso3 && other.plans.length > 0 && (self.region ? other.region === self.region : self.income !== undefined && other.income === self.income))
		.map(([code, other]) => ({ code, distance: incomeDistance(self.income, other.income), plans: other.plans.length, newest: newestStart(other) }))
		.sort((a, b) => a.distance - b.distance || b.plans - a.plans || b.newest - a.newest || a.code.localeCompare(b.code))
		.slice(0, limit)
		.map((entry) => entry.code);
}

/**
 * The pre-rendered comparisons: every country with at least one plan of its own and at least
 * one similar country, with its set (the country first). Uppercase ISO3 → codes.
 */
export function defaultSets(data: CompareData): Map<string, string[]> {
	const sets = new Map<string, string[]>();
	for (const [code, country] of Object.entries(data.countries)) {
		if (country.plans.length === 0) continue;
		const similar = similarCountries(data, code);
		if (similar.length > 0) sets.set(code, [code, ...similar]);
	}
	return sets;
}

// ---------------------------------------------------------------------------------------------
// The comparison model
// ---------------------------------------------------------------------------------------------

export interface PlanRef extends ComparePlan {
	id: string;
}

const withId = (iso3: string, plan: ComparePlan): PlanRef => ({ ...plan, id: planIdOf(iso3, plan) });

/** Counts of one column over one domain's items. */
export interface ColumnTally {
	addressed: number;
	partial: number;
	'not-found': number;
	'not-applicable': number;
	'not-assessed': number;
}

/** One country's column. */
export interface Column {
	iso3: string;
	country: CompareCountry;
	plans: PlanRef[];
	regionalPlans: PlanRef[];
	/** The newest own plan with an assessment: every finding in this column comes from it. */
	source?: PlanRef;
}

export interface ComparisonDomain {
	id: string;
	label: string;
	/** One tally per column. */
	tallies: ColumnTally[];
	/** Per item, one status per column. */
	items: { id: string; label: string; statuses: ItemStatus[] }[];
}

export interface Comparison {
	asOf: string;
	columns: Column[];
	domains: ComparisonDomain[];
}

/**
 * The side-by-side model of a valid set of codes: per country its facts and plans, and per
 * framework item the status in the country's newest assessed own plan. A country with no
 * assessed plan, and an item an assessment leaves out, are "not assessed", never "not found".
 * Regional plans are listed but give no findings (as on country pages).
 */
export function buildComparison(data: CompareData, codes: readonly string[]): Comparison {
	const columns = codes.map((iso3): Column => {
		const country = data.countries[iso3];
		if (!country) throw new Error(`compare: unknown country ${iso3}`);
		const plans = country.plans.map((plan) => withId(iso3, plan));
		const regionalPlans = (country.regional ?? []).flatMap((id) => (data.regionalPlans[id] ? [{ ...data.regionalPlans[id], id }] : []));
		return { iso3, country, plans, regionalPlans, source: plans.find((plan) => plan.findings !== undefined) };
	});
	let index = 0;
	const domains = data.domains.map((domain): ComparisonDomain => {
		const tallies = columns.map((): ColumnTally => ({ addressed: 0, partial: 0, 'not-found': 0, 'not-applicable': 0, 'not-assessed': 0 }));
		const items = domain.items.map((item) => {
			const at = index++;
			const statuses = columns.map((column, position) => {
				const code = column.source?.findings?.[at] as FindingCode | undefined;
				const status: ItemStatus = code && code in FINDING_CODES ? FINDING_CODES[code] : 'not-assessed';
				tallies[position]![status]++;
				return status;
			});
			return { id: item.id, label: item.label, statuses };
		});
		return { id: domain.id, label: domain.label, tallies, items };
	});
	return { asOf: data.asOf, columns, domains };
}

// ---------------------------------------------------------------------------------------------
// The markup
// ---------------------------------------------------------------------------------------------

/**
 * Every word the table and its messages need, from the locale's strings. Templates take
 * `{name}` placeholders (they travel to the island as JSON, where functions cannot).
 */
export interface CompareLabels {
	region: Record<string, string>;
	noRegion: string;
	income: Record<string, string>;
	notClassified: string;
	countryStatus: Record<string, string>;
	planStatus: Record<string, string>;
	planType: Record<string, string>;
	stage: Record<string, string>;
	stageUnknown: string;
	finding: Record<ItemStatus, string>;
	method: Record<string, string>;
	/** BCP 47 locale dates are written in (`en-GB`: "2 May 2026"). */
	dateLocale: string;
	/** Caption of the overview table. */
	caption: string;
	/** Header cell above the row labels. */
	corner: string;
	rowRegion: string;
	rowIncome: string;
	rowStatus: string;
	rowStage: string;
	rowPlans: string;
	rowSource: string;
	noPlans: string;
	/** Prefix of a regional plan in the plans cell. */
	regional: string;
	/** No own plan of the country is assessed. */
	noAssessedPlan: string;
	reviewed: string;
	unreviewed: string;
	/** Heading of the coverage rows and of the item tables. */
	coverage: string;
	coverageNote: string;
	/** `{addressed} {partial} {notFound} {notAssessed}` */
	tally: string;
	/** ` · {notApplicable} not applicable`, added when a column has any. */
	tallyNotApplicable: string;
	/** Caption of a domain's item table: `{domain}`. */
	itemsCaption: string;
	/** Summary of a domain's collapsed item table: `{domain}`, `{n}` items. */
	itemsSummary: string;
	item: string;
	errors: {
		missing: string;
		/** `{min}`, `{max}`, `{count}` */
		tooFew: string;
		tooMany: string;
		/** `{codes}` */
		unknown: string;
		duplicate: string;
	};
}

/** The labels from a locale's strings; `dateLocale` writes dates (`en-GB`: "2 May 2026"). */
export function compareLabels(t: UiStrings, dateLocale: string): CompareLabels {
	const c = t.compare;
	return {
		region: t.region,
		noRegion: t.noRegion,
		income: t.income,
		notClassified: t.notClassified,
		countryStatus: t.countryStatus,
		planStatus: t.planStatus,
		planType: t.planType,
		stage: t.stage,
		stageUnknown: t.stageUnknown,
		finding: t.gaps.status,
		method: t.gaps.method,
		dateLocale,
		caption: c.caption,
		corner: c.corner,
		rowRegion: c.rowRegion,
		rowIncome: c.rowIncome,
		rowStatus: c.rowStatus,
		rowStage: c.rowStage,
		rowPlans: c.rowPlans,
		rowSource: c.rowSource,
		noPlans: c.noPlans,
		regional: c.regional,
		noAssessedPlan: c.noAssessedPlan,
		reviewed: c.reviewed,
		unreviewed: c.unreviewed,
		coverage: c.coverage,
		coverageNote: c.coverageNote,
		tally: c.tally,
		tallyNotApplicable: c.tallyNotApplicable,
		itemsCaption: c.itemsCaption,
		itemsSummary: c.itemsSummary,
		item: c.item,
		errors: c.errors,
	};
}

export { escapeHtml, fill };

/** "2017–2022", "2019–" (open-ended), "2020". */
export function periodText(plan: { start: number; end?: number }): string {
	return plan.end === undefined ? `${plan.start}–` : plan.start === plan.end ? `${plan.start}` : `${plan.start}–${plan.end}`;
}

/** The messages of a selection's problems, as plain text (the caller escapes or sets textContent). */
export function problemMessages(problems: readonly SelectionProblem[], labels: CompareLabels): string[] {
	const text = (template: string, values: Record<string, string | number> = {}) => template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
	const limits = { min: MIN_COUNTRIES, max: MAX_COUNTRIES };
	return problems.map((problem) => {
		switch (problem.kind) {
			case 'missing':
				return text(labels.errors.missing, limits);
			case 'too-few':
				return text(labels.errors.tooFew, { ...limits, count: problem.count });
			case 'too-many':
				return text(labels.errors.tooMany, { ...limits, count: problem.count });
			case 'unknown':
				return text(labels.errors.unknown, { codes: problem.codes.join(', ') });
			case 'duplicate':
				return text(labels.errors.duplicate, { codes: problem.codes.join(', ') });
		}
	});
}

const statusClass = (status: ItemStatus) => `finding finding-${status}`;

/**
 * The comparison as HTML: an overview table (facts, plans, where the findings come from, one
 * coverage row per priority area), then each priority area's items in a collapsed `<details>`
 * holding a real table. Statuses are words, with a shape and a colour from the stylesheet.
 * `name` gives a country's display name.
 */
export function renderComparison(model: Comparison, labels: CompareLabels, name: (iso3: string) => string): string {
	const e = escapeHtml;
	const { columns } = model;
	const head = (corner: string) =>
		`<thead><tr><th scope="col">${e(corner)}</th>${columns.map((column) => `<th scope="col"><a href="/countries/${column.iso3.toLowerCase()}/">${e(name(column.iso3))}</a></th>`).join('')}</tr></thead>`;
	const row = (label: string, cells: string[]) => `<tr><th scope="row">${e(label)}</th>${cells.map((cell) => `<td>${cell}</td>`).join('')}</tr>`;
	const planItem = (plan: PlanRef, prefix = '') =>
		`<li>${prefix}<a href="/plans/${e(plan.id)}/">${e(plan.title)}</a> <span class="meta">${periodText(plan)} · ${e(labels.planType[plan.type] ?? plan.type)} · <span class="status status-${plan.status}">${e(labels.planStatus[plan.status] ?? plan.status)}</span></span></li>`;
	const plansCell = (column: Column) =>
		column.plans.length + column.regionalPlans.length === 0
			? e(labels.noPlans)
			: `<ul class="plan-list">${column.plans.map((plan) => planItem(plan)).join('')}${column.regionalPlans.map((plan) => planItem(plan, `${e(labels.regional)}: `)).join('')}</ul>`;
	const sourceCell = (column: Column) => {
		const plan = column.source;
		if (!plan) return `<span class="${statusClass('not-assessed')}">${e(labels.noAssessedPlan)}</span>`;
		const date = new Intl.DateTimeFormat(labels.dateLocale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${plan.date}T00:00:00Z`));
		const how = `${labels.method[plan.method!] ?? plan.method}, ${date}; ${plan.reviewed ? labels.reviewed : labels.unreviewed}`;
		return `<a href="/gaps/plans/${e(plan.id)}/">${e(plan.title)}</a> (${periodText(plan)}) <span class="meta">${e(how)}</span>`;
	};
	const tallyCell = (tally: ColumnTally, column: Column) =>
		column.source
			? fill(labels.tally, { addressed: tally.addressed, partial: tally.partial, notFound: tally['not-found'], notAssessed: tally['not-assessed'] }) +
				(tally['not-applicable'] > 0 ? fill(labels.tallyNotApplicable, { notApplicable: tally['not-applicable'] }) : '')
			: `<span class="${statusClass('not-assessed')}">${e(labels.finding['not-assessed'])}</span>`;
	const overview = [
		`<table class="compare"><caption>${e(labels.caption)}</caption>${head(labels.corner)}<tbody>`,
		row(labels.rowRegion, columns.map((column) => e(column.country.region ? (labels.region[column.country.region] ?? column.country.region) : labels.noRegion))),
		row(labels.rowIncome, columns.map((column) => e(column.country.income ? (labels.income[column.country.income] ?? column.country.income) : labels.notClassified))),
		row(labels.rowStatus, columns.map((column) => `<span class="status status-${column.country.status}">${e(labels.countryStatus[column.country.status] ?? column.country.status)}</span>`)),
		row(labels.rowStage, columns.map((column) => e(column.country.stage ? (labels.stage[column.country.stage] ?? column.country.stage) : labels.stageUnknown))),
		row(labels.rowPlans, columns.map(plansCell)),
		row(labels.rowSource, columns.map(sourceCell)),
		`</tbody><tbody><tr><th scope="rowgroup" colspan="${columns.length + 1}">${e(labels.coverage)}</th></tr>`,
		...model.domains.map((domain) =>
			`<tr><th scope="row"><a href="#compare-${e(domain.id)}">${e(domain.label)}</a></th>${domain.tallies.map((tally, position) => `<td>${tallyCell(tally, columns[position]!)}</td>`).join('')}</tr>`,
		),
		'</tbody></table>',
	].join('');
	const domains = model.domains.map((domain) =>
		[
			`<details id="compare-${e(domain.id)}" class="compare-domain"><summary>${fill(labels.itemsSummary, { domain: domain.label, n: domain.items.length })}</summary>`,
			`<table class="compare"><caption class="visually-hidden">${fill(labels.itemsCaption, { domain: domain.label })}</caption>${head(labels.item)}<tbody>`,
			...domain.items.map(
				(item) => `<tr><th scope="row">${e(item.label)}</th>${item.statuses.map((status) => `<td class="${statusClass(status)}">${e(labels.finding[status])}</td>`).join('')}</tr>`,
			),
			'</tbody></table></details>',
		].join(''),
	);
	return `<div class="compare-result">${overview}<h2 id="compare-items">${e(labels.coverage)}</h2><p>${e(labels.coverageNote)}</p>${domains.join('')}</div>`;
}
