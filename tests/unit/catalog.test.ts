import { describe, expect, it } from 'vitest';
import { buildCatalog, planPlace, type PlanRecord } from '../../src/lib/catalog.ts';
import { toCsv } from '../../src/lib/csv.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { COUNTRY_COLUMNS, planColumns, jsonDownload, tableRows } from '../../src/lib/downloads.ts';
import { describePlan } from '../../src/lib/describe.ts';
import { syntheticCountry, syntheticPlan } from '../support/synthetic-records.ts';

/** Columns with no plan assessed, as in a catalogue without gap analysis. */
const PLAN_COLUMNS = planColumns(new Map());

const country = syntheticCountry;
const plan = (id: string, countryCode: string, start: number, end?: number, extra: Partial<PlanRecord> = {}) =>
	syntheticPlan(id, countryCode, start, end, { title: `Synthetic test plan ${id}`, ...extra });

const countries = [country('ZZA'), country('ZZB'), country('ZZC', { whoMemberState: false }), country('ZZD')];
const plans = [
	plan('zza-2015-2020-old', 'ZZA', 2015, 2020),
	plan('zza-2022-2026-now', 'ZZA', 2022, 2026, { type: 'ncd-plan', added: '2026-05-01' }),
	plan('zzb-2010-2019-old', 'ZZB', 2010, 2019),
	plan('zzd-2009-open', 'ZZD', 2009),
];
const catalog = buildCatalog(countries, plans, new Date('2026-11-21T00:00:00Z'));

describe('the catalogue on a build date', () => {
	it('derives each country’s status and stage from its plans', () => {
		const summary = (iso3: string) => {
			const view = catalog.countryByIso3.get(iso3)!;
			return [view.status, view.stage.stage, view.plans.map((p) => p.id)];
		};
		expect(summary('ZZA')).toEqual(['current', 'implement', ['zza-2022-2026-now', 'zza-2015-2020-old']]);
		expect(summary('ZZB')).toEqual(['expired', 'update', ['zzb-2010-2019-old']]);
		expect(summary('ZZC')).toEqual(['none', undefined, []]);
		// A plan of unknown status counts as open-ended for its country.
		expect(summary('ZZD')).toEqual(['open-ended', undefined, ['zzd-2009-open']]);
		expect(catalog.planById.get('zzd-2009-open')!.status).toBe('status-unknown');
	});

	it('counts headline figures over WHO Member States only', () => {
		expect(catalog.headline.memberStates).toBe(3);
		expect(catalog.headline.countriesByStatus).toEqual({ current: 1, expired: 1, 'open-ended': 1, upcoming: 0, none: 0 });
		expect(catalog.headline.plansByType).toEqual({ 'cancer-plan': 3, 'ncd-plan': 1, 'cancer-strategy': 0, 'law-policy': 0 });
	});

	it('lists plans expiring within 12 months and the most recently added', () => {
		expect(catalog.expiringSoon.map((view) => view.id)).toEqual(['zza-2022-2026-now']);
		expect(catalog.recentlyAdded[0].id).toBe('zza-2022-2026-now');
	});

	it('never presents a mirror copy as the document: the plan schema refuses the record', () => {
		// The schema describes the file's frontmatter, which has no id (the file name is the id).
		const { id: _fileName, ...record } = plan('zzb-2010-2019-old', 'ZZB', 2010, 2019, { documentUrl: 'https://fr.scribd.com/document/1' });
		const result = planSchema.safeParse(record);
		expect(result.success).toBe(false);
		expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
			['documentUrl', 'expected the official document, found the mirror copy "https://fr.scribd.com/document/1"; mirrors belong in evidenceUrl'],
		]);
	});

	it('refuses a plan whose country does not exist', () => {
		expect(() => buildCatalog(countries, [plan('zzz-2020-2021-x', 'ZZZ', 2020, 2021)], new Date())).toThrow('plan zzz-2020-2021-x: unknown country ZZZ');
	});

	it('describes a plan from its metadata only', () => {
		const labels = { planType: { 'cancer-plan': 'Cancer control plan' }, scope: { 'sub-national': 'Sub-national' }, languageName: (code: string) => (code === 'en' ? 'English' : code) };
		expect(describePlan(catalog.planById.get('zza-2015-2020-old')!, labels)).toBe('Cancer control plan of Synthetic ZZA, covering 2015–2020, in English.');
		expect(describePlan(catalog.planById.get('zzd-2009-open')!, labels)).toBe('Cancer control plan of Synthetic ZZD, from 2009, with no end year stated, in English.');
	});
});

describe('downloads', () => {
	it('writes one row per record with every documented column', () => {
		const rows = tableRows(PLAN_COLUMNS, catalog.plans);
		expect(rows).toHaveLength(plans.length);
		expect(Object.keys(rows[0])).toEqual(PLAN_COLUMNS.map((column) => column.name));
		// Open-ended since 2009, with no source saying it is in force: after ten years, its status is unknown.
		expect(rows.find((row) => row.id === 'zzd-2009-open')).toMatchObject({ period_end: undefined, status: 'status-unknown', last_verified_basis: 'added', assessment: 'not-assessed' });
	});
	it('puts the data date and field documentation in the JSON', () => {
		const parsed = JSON.parse(jsonDownload(catalog, COUNTRY_COLUMNS, catalog.countries));
		expect(parsed.dataAsOf).toBe('2026-11-21');
		expect(Object.keys(parsed.fields)).toEqual(COUNTRY_COLUMNS.map((column) => column.name));
		expect(parsed.records.find((row: { iso3: string }) => row.iso3 === 'ZZA').plan_ids).toEqual(['zza-2022-2026-now', 'zza-2015-2020-old']);
	});
});

describe('regional plans', () => {
	// Synthetic countries in two regions and three income groups; ZZC has no plan of its own.
	const covered = [
		country('ZZA', { incomeGroup: 'HIC', incomeGroupFiscalYear: 'FY2026' }),
		country('ZZC', { whoMemberState: false, whoRegion: 'WPR', incomeGroup: 'LIC', incomeGroupFiscalYear: 'FY2026' }),
		country('ZZD', { incomeGroup: 'LIC', incomeGroupFiscalYear: 'FY2026' }),
	];
	const all = [...covered, country('ZZB')];
	const regionalPlan = (id: string, start: number, end: number, codes: string[]): PlanRecord => {
		const { country: _none, ...record } = plan(id, '', start, end, { scope: 'regional', countries: codes });
		return record;
	};
	const withRegional = [
		...plans,
		regionalPlan('regional-2024-2028-synthetic-now', 2024, 2028, ['ZZD', 'ZZA', 'ZZC']),
		regionalPlan('regional-2010-2015-synthetic-old', 2010, 2015, ['ZZA', 'ZZB']),
	];
	const asOf = new Date('2026-11-21T00:00:00Z');
	const regional = buildCatalog(all, withRegional, asOf);
	const nationalOnly = buildCatalog(all, plans, asOf);

	it('lists a regional plan on each covered country’s view, apart from its own plans', () => {
		const lists = (iso3: string) => {
			const view = regional.countryByIso3.get(iso3)!;
			return [view.plans.map((p) => p.id), view.regionalPlans.map((p) => p.id)];
		};
		expect(lists('ZZA')).toEqual([
			['zza-2022-2026-now', 'zza-2015-2020-old'],
			['regional-2024-2028-synthetic-now', 'regional-2010-2015-synthetic-old'],
		]);
		expect(lists('ZZB')).toEqual([['zzb-2010-2019-old'], ['regional-2010-2015-synthetic-old']]);
		expect(lists('ZZC')).toEqual([[], ['regional-2024-2028-synthetic-now']]);
		expect(lists('ZZD')).toEqual([['zzd-2009-open'], ['regional-2024-2028-synthetic-now']]);
	});

	it('does not change any country’s status, stage or the headline status counts', () => {
		const derived = (catalog: typeof regional) => catalog.countries.map((view) => [view.country.iso3, view.status, view.stage]);
		expect(derived(regional)).toEqual(derived(nationalOnly));
		// ZZC is covered by a current regional plan and still has no plan of its own.
		const zzc = regional.countryByIso3.get('ZZC')!;
		expect([zzc.status, zzc.stage.stage, zzc.stage.basis]).toEqual(['none', undefined, 'unknown']);
		expect(regional.headline.countriesByStatus).toEqual(nationalOnly.headline.countriesByStatus);
		expect(regional.headline.plans).toBe(plans.length + 2);
	});

	it('gives a regional plan no single country and its covered countries in the record’s order', () => {
		const view = regional.planById.get('regional-2024-2028-synthetic-now')!;
		expect(view.country).toBeUndefined();
		expect(view.countries.map((c) => c.iso3)).toEqual(['ZZD', 'ZZA', 'ZZC']);
		expect(view.status).toBe('current');
		expect(regional.planById.get('zza-2015-2020-old')!.countries.map((c) => c.iso3)).toEqual(['ZZA']);
	});

	it('sorts regional plans as one group after every country’s plans, newest first', () => {
		expect(regional.plans.map((view) => view.id)).toEqual([
			...nationalOnly.plans.map((view) => view.id),
			'regional-2024-2028-synthetic-now',
			'regional-2010-2015-synthetic-old',
		]);
		// The order does not depend on the order of the files.
		expect(buildCatalog(all, [...withRegional].reverse(), asOf).plans.map((view) => view.id)).toEqual(regional.plans.map((view) => view.id));
	});

	it('refuses a regional plan covering a country that does not exist', () => {
		expect(() => buildCatalog(all, [regionalPlan('regional-2020-2021-x', 2020, 2021, ['ZZA', 'ZZZ'])], asOf)).toThrow(
			'plan regional-2020-2021-x: unknown country ZZZ',
		);
	});

	it('names every covered country in descriptions and lists', () => {
		const view = regional.planById.get('regional-2024-2028-synthetic-now')!;
		const labels = { planType: { 'cancer-plan': 'Cancer control plan' }, scope: {}, languageName: (code: string) => (code === 'en' ? 'English' : code) };
		expect(describePlan(view, labels)).toBe('Cancer control plan of Synthetic ZZD, Synthetic ZZA and Synthetic ZZC, covering 2024–2028, in English.');
		const label = (names: readonly string[]) => `Regional: ${names.join(', ')}`;
		expect(planPlace(view, label)).toBe('Regional: Synthetic ZZD, Synthetic ZZA, Synthetic ZZC');
		expect(planPlace(regional.planById.get('zzd-2009-open')!, label)).toBe('Synthetic ZZD');
	});

	it('downloads: no country_iso3 for a regional plan, every covered country in countries_covered', () => {
		const rows = tableRows(PLAN_COLUMNS, regional.plans);
		const row = (id: string) => rows.find((candidate) => candidate.id === id)!;
		expect(row('regional-2024-2028-synthetic-now')).toMatchObject({
			country_iso3: undefined,
			country_name: undefined,
			countries_covered: ['ZZD', 'ZZA', 'ZZC'],
			scope: 'regional',
			who_region: 'AFR;WPR',
			income_group: 'LIC;HIC',
		});
		expect(row('zza-2022-2026-now')).toMatchObject({ country_iso3: 'ZZA', country_name: 'Synthetic ZZA', countries_covered: ['ZZA'], who_region: 'AFR', income_group: 'HIC' });
		// CSV writes the list with ";" and leaves the country columns empty.
		const csv = toCsv(PLAN_COLUMNS.map((column) => column.name), [row('regional-2024-2028-synthetic-now')]).split('\r\n')[1];
		expect(csv.startsWith('regional-2024-2028-synthetic-now,,,ZZD;ZZA;ZZC,Synthetic test plan regional-2024-2028-synthetic-now,')).toBe(true);
	});

	it('downloads: a country row lists the regional plans covering it apart from its own', () => {
		const rows = tableRows(COUNTRY_COLUMNS, regional.countries);
		expect(rows.find((row) => row.iso3 === 'ZZC')).toMatchObject({ status: 'none', plan_ids: [], regional_plan_ids: ['regional-2024-2028-synthetic-now'] });
		expect(rows.find((row) => row.iso3 === 'ZZB')).toMatchObject({ plan_ids: ['zzb-2010-2019-old'], regional_plan_ids: ['regional-2010-2015-synthetic-old'] });
	});
});
