import { describe, expect, it } from 'vitest';
import {
	facetCounts,
	matchesSelection,
	periodBucket,
	selectionFromParams,
	selectionToParams,
	toPagefindFilters,
	type FacetValues,
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
