import { describe, expect, it } from 'vitest';
import { buildCatalog, type PlanRecord } from '../../src/lib/catalog.ts';
import {
	buildCompareData,
	buildComparison,
	compareLabels,
	compareQuery,
	defaultSets,
	parseCountries,
	planIdOf,
	problemMessages,
	renderComparison,
	similarCountries,
} from '../../src/lib/compare.ts';
import { planGaps } from '../../src/lib/gaps.ts';
import type { Assessment } from '../../src/schemas/assessment.ts';
import type { Country } from '../../src/schemas/country.ts';
import { en } from '../../src/i18n/en.ts';
import { fixtureFramework, syntheticCountry } from '../support/synthetic-records.ts';

// Items in framework order: synthetic-hpv-vaccination, synthetic-tobacco-control (prevention), synthetic-cancer-registry (data).
const framework = fixtureFramework();

// Names carry markup characters, so the table's escaping is tested.
const country = (iso3: string, whoRegion: Country['whoRegion'], incomeGroup: Country['incomeGroup']) => syntheticCountry(iso3, { name: `Synthetic <${iso3}>`, whoRegion, incomeGroup });
const base = { type: 'cancer-plan' as const, languages: ['en'], evidenceUrl: 'https://example.org/evidence', flags: [], added: '2026-01-01', scope: 'national' as const };
const plan = (id: string, iso3: string, start: number, end?: number, title = `Synthetic plan ${id}`): PlanRecord => ({
	...base,
	id,
	title,
	country: iso3,
	period: end === undefined ? { start } : { start, end },
});
const plans: PlanRecord[] = [
	plan('zza-2010-2014-old-plan', 'ZZA', 2010, 2014),
	plan('zza-2015-2019-middle-plan', 'ZZA', 2015, 2019),
	plan('zza-2022-2026-new-plan', 'ZZA', 2022, 2026),
	plan('zzb-2020-2024-plan', 'ZZB', 2020, 2024),
	plan('zzc-2012-2016-plan', 'ZZC', 2012, 2016),
	plan('zzc-2018-plan-open', 'ZZC', 2018),
	plan('zzd-custom-id', 'ZZD', 2019, 2023),
	plan('zzf-2021-2025-plan', 'ZZF', 2021, 2025),
	plan('zzg-2021-2025-plan', 'ZZG', 2021, 2025),
	{ ...base, id: 'regional-2020-2025-synthetic', title: 'Synthetic regional', scope: 'regional', countries: ['ZZB', 'ZZF'], period: { start: 2020, end: 2025 } },
];
const catalog = buildCatalog(
	[
		country('ZZA', 'AFR', 'LMIC'),
		country('ZZB', 'AFR', 'LMIC'),
		country('ZZC', 'AFR', 'LIC'),
		country('ZZD', 'AFR', 'HIC'),
		country('ZZE', 'AFR', 'LMIC'),
		country('ZZF', 'EUR', 'LMIC'),
		{ ...country('ZZG', undefined, 'LMIC') },
	],
	plans,
	new Date('2026-06-01T00:00:00Z'),
);
const assessment = (findings: Assessment['findings'], reviewed = false): Assessment => ({
	frameworkVersion: '1.2.0',
	method: reviewed ? 'expert-review' : 'automated-screening',
	assessedBy: 'synthetic',
	date: '2026-05-02',
	...(reviewed ? { review: { by: 'Synthetic reviewer', date: '2026-05-03' } } : {}),
	findings,
});
const evidence = [{ page: 3, quote: 'synthetic quote' }];
const assessments = new Map<string, Assessment>([
	['zza-2010-2014-old-plan', assessment({ 'synthetic-hpv-vaccination': { status: 'not-found', evidence: [] }, 'synthetic-cancer-registry': { status: 'not-found', evidence: [] } })],
	// The registry item is left out: "not assessed", which must never become "not found".
	['zza-2015-2019-middle-plan', assessment({ 'synthetic-hpv-vaccination': { status: 'addressed', evidence }, 'synthetic-tobacco-control': { status: 'partial', evidence } }, true)],
	['regional-2020-2025-synthetic', assessment({ 'synthetic-hpv-vaccination': { status: 'addressed', evidence } })],
]);
const gaps = new Map(catalog.plans.map((view) => [view.id, planGaps(framework, { id: view.id, assessment: assessments.get(view.id) })]));
const data = buildCompareData(catalog, framework, gaps);
const known = (code: string) => code in data.countries;
const labels = compareLabels(en, 'en-GB');

describe('the countries parameter', () => {
	it('accepts 2 to 4 distinct known codes in any case, keeping their order', () => {
		expect(parseCountries(['ken,UGA,Tza'], () => true)).toEqual({ codes: ['KEN', 'UGA', 'TZA'], problems: [] });
		expect(parseCountries(['zzb,zza'], known)).toEqual({ codes: ['ZZB', 'ZZA'], problems: [] });
		// The form's repeated parameters, spaces, empty selectors and stray commas.
		expect(parseCountries(['zza', '', 'zzc, zzd', ' zzb '], known)).toEqual({ codes: ['ZZA', 'ZZC', 'ZZD', 'ZZB'], problems: [] });
		expect(parseCountries(['zza,,zzb,'], known).problems).toEqual([]);
	});

	it('names unknown codes, duplicates, too few and too many, all at once', () => {
		expect(parseCountries([], known)).toEqual({ codes: [], problems: [{ kind: 'missing' }] });
		expect(parseCountries([' , '], known).problems).toEqual([{ kind: 'missing' }]);
		expect(parseCountries(['zza'], known)).toEqual({ codes: ['ZZA'], problems: [{ kind: 'too-few', count: 1 }] });
		expect(parseCountries(['zza,xyz,zzb,<b>'], known)).toEqual({ codes: ['ZZA', 'ZZB'], problems: [{ kind: 'unknown', codes: ['XYZ', '<B>'] }] });
		expect(parseCountries(['zza,ZZA'], known).problems).toEqual([{ kind: 'duplicate', codes: ['ZZA'] }, { kind: 'too-few', count: 1 }]);
		expect(parseCountries(['zza,zzb,zzc,zzd,zze'], known)).toEqual({ codes: ['ZZA', 'ZZB', 'ZZC', 'ZZD', 'ZZE'], problems: [{ kind: 'too-many', count: 5 }] });
		expect(parseCountries(['a'.repeat(40) + ',zza'], known).problems).toEqual([{ kind: 'unknown', codes: [`${'A'.repeat(12)}…`] }]);
	});

	it('says what is wrong in words', () => {
		const problems = parseCountries(['zza,zza,xyz,zzb,zzc,zzd'], known).problems;
		expect(problemMessages(problems, labels)).toEqual([
			'Unknown country code: XYZ. Use ISO 3166 three-letter codes, e.g. ken for Kenya.',
			'Listed more than once: ZZA.',
			'Choose at most 4 countries (found 5).',
		]);
		expect(problemMessages([{ kind: 'missing' }, { kind: 'too-few', count: 1 }], labels)).toEqual(['Choose 2 to 4 countries to compare.', 'Choose at least 2 different countries (found 1).']);
	});

	it('writes the shareable query in lowercase with plain commas', () => {
		expect(compareQuery(['KEN', 'UGA', 'TZA'])).toBe('?countries=ken,uga,tza');
	});
});

describe('the comparison data', () => {
	it('holds every country, with or without plans, by codes', () => {
		expect(Object.keys(data.countries).sort()).toEqual(['ZZA', 'ZZB', 'ZZC', 'ZZD', 'ZZE', 'ZZF', 'ZZG']);
		expect(data.countries.ZZE).toEqual({ region: 'AFR', income: 'LMIC', status: 'none', plans: [] });
		expect(data.countries.ZZG!.region).toBeUndefined();
		// Its regional plan is current, yet its own plan alone gives its status.
		expect(data.countries.ZZB).toMatchObject({ status: 'expired', stage: 'update', regional: ['regional-2020-2025-synthetic'] });
	});

	it('stores the end of a plan id when it follows the pattern, else the whole id, and rebuilds both', () => {
		const [newest] = data.countries.ZZA!.plans;
		expect(newest).toMatchObject({ slug: 'new-plan', start: 2022, end: 2026, status: 'current' });
		expect(newest!.id).toBeUndefined();
		expect(planIdOf('ZZA', newest!)).toBe('zza-2022-2026-new-plan');
		const open = data.countries.ZZC!.plans[0]!;
		expect(open).toMatchObject({ slug: 'plan-open', status: 'open-ended' });
		expect(planIdOf('ZZC', open)).toBe('zzc-2018-plan-open');
		expect(data.countries.ZZD!.plans[0]).toMatchObject({ id: 'zzd-custom-id' });
		expect(planIdOf('ZZD', data.countries.ZZD!.plans[0]!)).toBe('zzd-custom-id');
	});

	it('codes findings one character per item in framework order, only for assessed plans', () => {
		const [newest, middle, old] = data.countries.ZZA!.plans;
		expect(newest!.findings).toBeUndefined();
		expect(middle).toMatchObject({ findings: 'ap-', method: 'expert-review', date: '2026-05-02', reviewed: true });
		expect(old).toMatchObject({ findings: 'n-n', method: 'automated-screening', reviewed: false });
		expect(data.regionalPlans['regional-2020-2025-synthetic']).toMatchObject({ findings: 'a--', title: 'Synthetic regional' });
		expect(data.findingCodes).toEqual({ a: 'addressed', p: 'partial', n: 'not-found', x: 'not-applicable', '-': 'not-assessed' });
		expect(data.domains.map((domain) => [domain.id, domain.items.map((item) => item.id)])).toEqual([
			['synthetic-prevention', ['synthetic-hpv-vaccination', 'synthetic-tobacco-control']],
			['synthetic-data', ['synthetic-cancer-registry']],
		]);
	});

	it('survives JSON, as the island receives it', () => {
		expect(buildComparison(JSON.parse(JSON.stringify(data)), ['ZZA', 'ZZB'])).toEqual(buildComparison(data, ['ZZA', 'ZZB']));
	});
});

describe('the comparison model', () => {
	const model = buildComparison(data, ['ZZA', 'ZZB', 'ZZE']);

	it('takes each country’s findings from its newest assessed own plan, never a regional one', () => {
		expect(model.columns.map((column) => column.source?.id)).toEqual(['zza-2015-2019-middle-plan', undefined, undefined]);
		expect(model.columns[1]!.regionalPlans.map((view) => view.id)).toEqual(['regional-2020-2025-synthetic']);
		expect(model.columns[0]!.plans.map((view) => view.id)).toEqual(['zza-2022-2026-new-plan', 'zza-2015-2019-middle-plan', 'zza-2010-2014-old-plan']);
		expect(model.columns[2]!.plans).toEqual([]);
	});

	it('keeps not assessed apart from not found, item by item', () => {
		const statuses = Object.fromEntries(model.domains.flatMap((domain) => domain.items.map((item) => [item.id, item.statuses])));
		expect(statuses).toEqual({
			'synthetic-hpv-vaccination': ['addressed', 'not-assessed', 'not-assessed'],
			'synthetic-tobacco-control': ['partial', 'not-assessed', 'not-assessed'],
			// The older plan found it absent, but the newest assessed plan does not mention it: not assessed.
			'synthetic-cancer-registry': ['not-assessed', 'not-assessed', 'not-assessed'],
		});
		expect(model.domains[0]!.tallies[0]).toEqual({ addressed: 1, partial: 1, 'not-found': 0, 'not-applicable': 0, 'not-assessed': 0 });
		expect(model.domains[1]!.tallies[0]).toEqual({ addressed: 0, partial: 0, 'not-found': 0, 'not-applicable': 0, 'not-assessed': 1 });
	});

	it('keeps the requested column order and refuses an unknown code', () => {
		expect(buildComparison(data, ['ZZE', 'ZZA']).columns.map((column) => column.iso3)).toEqual(['ZZE', 'ZZA']);
		expect(() => buildComparison(data, ['ZZA', 'XYZ'])).toThrow(/unknown country XYZ/);
	});
});

describe('similar countries', () => {
	it('are of the same WHO region with plans, same income group first, then the nearest, then most plans', () => {
		// ZZB: same group; ZZC: one group away (LIC) beats ZZD two away (HIC); ZZE has no plan; ZZF is in Europe.
		expect(similarCountries(data, 'ZZA')).toEqual(['ZZB', 'ZZC']);
		expect(similarCountries(data, 'ZZA', 3)).toEqual(['ZZB', 'ZZC', 'ZZD']);
		// Same group: ZZA (3 plans) before ZZE (none, never chosen).
		expect(similarCountries(data, 'ZZB')).toEqual(['ZZA', 'ZZC']);
		expect(similarCountries(data, 'ZZE')).toEqual(['ZZA', 'ZZB']);
		expect(similarCountries(data, 'ZZF')).toEqual([]);
		expect(similarCountries(data, 'XYZ')).toEqual([]);
	});

	it('match a country with no WHO region on income group alone, ties by newest plan then code', () => {
		// ZZA has the most plans; ZZB (newest 2020) and ZZF (2021): ZZF is newer.
		expect(similarCountries(data, 'ZZG', 3)).toEqual(['ZZA', 'ZZF', 'ZZB']);
	});

	it('give a ready-made comparison to each country with a plan and at least one similar country', () => {
		expect(Object.fromEntries(defaultSets(data))).toEqual({
			ZZA: ['ZZA', 'ZZB', 'ZZC'],
			ZZB: ['ZZB', 'ZZA', 'ZZC'],
			ZZC: ['ZZC', 'ZZA', 'ZZB'],
			ZZD: ['ZZD', 'ZZA', 'ZZB'],
			ZZG: ['ZZG', 'ZZA', 'ZZF'],
		});
	});
});

describe('the markup', () => {
	const html = renderComparison(buildComparison(data, ['ZZA', 'ZZB']), labels, (iso3) => catalog.countryByIso3.get(iso3)!.country.name);
	const cells = (itemLabel: string) => html.split(`<th scope="row">${itemLabel}</th>`)[1]!.split('</tr>')[0];

	it('is real tables with column and row headers, one per priority area', () => {
		expect(html.match(/<table/g)).toHaveLength(1 + framework.domainList.length);
		expect(html).toContain('<caption>Countries side by side</caption>');
		expect(html).toContain('<th scope="col"><a href="/countries/zza/">Synthetic &#60;ZZA&#62;</a></th>');
		expect(html).toContain('<th scope="row">WHO region</th><td>African Region</td><td>African Region</td>');
		expect(html).toContain('<details id="compare-synthetic-prevention" class="compare-domain"><summary>Synthetic prevention (2 items)</summary>');
		expect(html).not.toContain('<Synthetic');
	});

	it('prints statuses as words with their class, not assessed apart', () => {
		expect(cells('Synthetic HPV vaccination item')).toBe('<td class="finding finding-addressed">Addressed</td><td class="finding finding-not-assessed">Not assessed</td>');
		expect(cells('Synthetic tobacco control item')).toContain('<td class="finding finding-partial">Partly addressed</td>');
		expect(cells('Synthetic cancer registry item')).toBe('<td class="finding finding-not-assessed">Not assessed</td><td class="finding finding-not-assessed">Not assessed</td>');
	});

	it('names the plan behind the findings, and lists plans with period, type and status', () => {
		expect(html).toContain('<a href="/gaps/plans/zza-2015-2019-middle-plan/">Synthetic plan zza-2015-2019-middle-plan</a> (2015–2019) <span class="meta">Expert review, 2 May 2026; checked by a reviewer</span>');
		expect(html).toContain('<span class="finding finding-not-assessed">No plan assessed</span>');
		expect(html).toContain('<li><a href="/plans/zza-2022-2026-new-plan/">Synthetic plan zza-2022-2026-new-plan</a> <span class="meta">2022–2026 · Cancer control plan · <span class="status status-current">In force</span></span></li>');
		expect(html).toContain('<li>Regional: <a href="/plans/regional-2020-2025-synthetic/">Synthetic regional</a>');
		expect(html).toContain('1 addressed · 1 partly · 0 not found · 0 not assessed');
	});

	it('says "No plan found" for a country without plans', () => {
		const none = renderComparison(buildComparison(data, ['ZZA', 'ZZE']), labels, (iso3) => iso3);
		expect(none).toMatch(/<th scope="row">Plans<\/th><td><ul class="plan-list">.*<\/ul><\/td><td>No plan found<\/td><\/tr>/);
		expect(none).toContain('<span class="status status-none">No plan found</span>');
	});
});
