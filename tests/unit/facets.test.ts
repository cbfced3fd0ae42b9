import { describe, expect, it } from 'vitest';
import { buildCatalog, type PlanRecord } from '../../src/lib/catalog.ts';
import type { Country } from '../../src/schemas/country.ts';
import {
	facetCounts,
	matchesSelection,
	periodBucket,
	planFacetValues,
	selectionFromParams,
	selectionToParams,
	toPagefindFilters,
	type FacetValues,
	type PlanFacet,
} from '../../src/lib/facets.ts';

type Key = 'region' | 'type' | 'language';
const FACETS: Key[] = ['region', 'type', 'language'];
const records: FacetValues<Key>[] = [
	{ region: ['AFR'], type: ['cancer-plan'], language: ['en'] },
	{ region: ['AFR'], type: ['ncd-plan'], language: ['fr'] },
	{ region: ['EMR'], type: ['ncd-plan'], language: ['ar', 'en'] },
	{ region: ['EUR'], type: ['cancer-plan'], language: [] },
];

describe('matching a selection', () => {
	it('is OR within a facet and AND across facets', () => {
		const selection = { region: ['AFR', 'EMR'], type: ['ncd-plan'] };
		expect(records.map((record) => matchesSelection(record, selection))).toEqual([false, true, true, false]);
	});
	it('treats an empty selection as no filter', () => {
		expect(records.every((record) => matchesSelection(record, { region: [] }))).toBe(true);
	});
	it('matches any of a record’s several values', () => {
		expect(matchesSelection(records[2], { language: ['en'] })).toBe(true);
		expect(matchesSelection(records[3], { language: ['en'] })).toBe(false);
	});
});

describe('counting facet values', () => {
	it('counts everything when nothing is ticked', () => {
		const counts = facetCounts(records, {}, FACETS);
		expect(Object.fromEntries(counts.region)).toEqual({ AFR: 2, EMR: 1, EUR: 1 });
		expect(Object.fromEntries(counts.language)).toEqual({ en: 2, fr: 1, ar: 1 });
	});
	it('ignores a facet’s own ticks when counting it, and applies the others', () => {
		const counts = facetCounts(records, { region: ['AFR'], type: ['ncd-plan'] }, FACETS);
		// Regions among ncd plans: ticking EMR too would add 1.
		expect(Object.fromEntries(counts.region)).toEqual({ AFR: 1, EMR: 1 });
		// Types among AFR plans.
		expect(Object.fromEntries(counts.type)).toEqual({ 'cancer-plan': 1, 'ncd-plan': 1 });
		// Languages under both ticks.
		expect(Object.fromEntries(counts.language)).toEqual({ fr: 1 });
	});
});

describe('selection in the URL and in Pagefind', () => {
	it('round-trips through a query string in a stable order, ignoring unknown keys', () => {
		const params = selectionToParams({ type: ['ncd-plan'], region: ['EMR', 'AFR'] }, FACETS, ' kenya ');
		expect(params.toString()).toBe('q=kenya&region=AFR&region=EMR&type=ncd-plan');
		const back = selectionFromParams(new URLSearchParams(`${params}&colour=red&region=AFR`), FACETS);
		expect(back).toEqual({ region: ['AFR', 'EMR'], type: ['ncd-plan'] });
	});
	it('becomes Pagefind "any" filters, optionally without one facet', () => {
		expect(toPagefindFilters({ region: ['AFR'], type: ['ncd-plan'], language: [] })).toEqual({ region: { any: ['AFR'] }, type: { any: ['ncd-plan'] } });
		expect(toPagefindFilters<Key>({ region: ['AFR'], type: ['ncd-plan'] }, 'region')).toEqual({ type: { any: ['ncd-plan'] } });
	});
	it('groups periods by the decade they start in', () => {
		expect(periodBucket(2017)).toBe('2010-2019');
		expect(periodBucket(2020)).toBe('2020-2029');
		expect(periodBucket(1999)).toBe('1990-1999');
	});
});

describe('a plan’s facet values', () => {
	// Synthetic countries and plans; ZZB has no income group.
	const country = (iso3: string, whoRegion: Country['whoRegion'], incomeGroup?: Country['incomeGroup']): Country => ({
		iso3,
		name: `Synthetic ${iso3}`,
		whoMemberState: true,
		whoRegion,
		whoRegionSource: 'https://example.org/regions',
		...(incomeGroup ? { incomeGroup, incomeGroupFiscalYear: 'FY2026', incomeGroupSource: 'https://example.org/income' } : {}),
		aliases: [],
	});
	const base: Pick<PlanRecord, 'type' | 'evidenceUrl' | 'flags' | 'added'> = { type: 'cancer-plan', evidenceUrl: 'https://example.org/evidence', flags: [], added: '2026-01-01' };
	const plans: PlanRecord[] = [
		{ ...base, id: 'zza-2022-2026-synthetic', title: 'Synthetic national plan', country: 'ZZA', scope: 'national', period: { start: 2022, end: 2026 }, languages: ['en'] },
		{ ...base, id: 'regional-2018-2027-synthetic', title: 'Synthetic regional plan', scope: 'regional', countries: ['ZZC', 'ZZA', 'ZZB', 'ZZD'], period: { start: 2018, end: 2027 }, languages: ['en', 'fr'] },
	];
	const catalog = buildCatalog([country('ZZA', 'WPR', 'HIC'), country('ZZB', 'AFR'), country('ZZC', 'AFR', 'LIC'), country('ZZD', 'WPR', 'HIC')], plans, new Date('2026-11-21T00:00:00Z'));

	it('takes region, income group and stage from a national plan’s country', () => {
		expect(planFacetValues(catalog.planById.get('zza-2022-2026-synthetic')!, 'implement')).toMatchObject({
			region: ['WPR'],
			income: ['HIC'],
			type: ['cancer-plan'],
			scope: ['national'],
			language: ['en'],
			status: ['current'],
			period: ['2020-2029'],
			stage: ['implement'],
		});
	});

	it('gives a regional plan every distinct region and income group of its countries, in vocabulary order, and no stage', () => {
		expect(planFacetValues(catalog.planById.get('regional-2018-2027-synthetic')!, 'implement')).toMatchObject({
			scope: ['regional'],
			region: ['AFR', 'WPR'],
			income: ['LIC', 'HIC'],
			type: ['cancer-plan'],
			language: ['en', 'fr'],
			status: ['current'],
			period: ['2010-2019'],
			stage: [],
		});
	});

	it('counts a regional plan once under each of its regions', () => {
		const values = catalog.plans.map((view) => planFacetValues(view, undefined));
		expect(Object.fromEntries(facetCounts<PlanFacet>(values, {}, ['region']).region)).toEqual({ AFR: 1, WPR: 2 });
		expect(Object.fromEntries(facetCounts<PlanFacet>(values, { region: ['AFR'] }, ['income']).income)).toEqual({ LIC: 1, HIC: 1 });
	});
});
