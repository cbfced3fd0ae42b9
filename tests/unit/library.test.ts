import { describe, expect, it } from 'vitest';
import { buildCatalog, type PlanRecord } from '../../src/lib/catalog.ts';
import { csvDownload, PARTNER_COLUMNS, RESOURCE_COLUMNS, tableRows } from '../../src/lib/downloads.ts';
import { partnerFacetValues, resourceFacetValues } from '../../src/lib/facets.ts';
import { planGaps, type PlanGaps } from '../../src/lib/gaps.ts';
import {
	buildLibrary,
	countriesAtStage,
	examplePlans,
	gapDomains,
	indexGaps,
	offering,
	plansWithGapsIn,
	publishedBy,
	relatedResources,
	servingStage,
	toolsForCountry,
	type PartnerRecord,
	type ResourceRecord,
} from '../../src/lib/library.ts';
import type { Assessment } from '../../src/schemas/assessment.ts';
import { fixtureFramework, syntheticCountry, syntheticPlan } from '../support/synthetic-records.ts';

const framework = fixtureFramework();

const resource = (id: string, extra: Partial<ResourceRecord>): ResourceRecord => ({
	id,
	title: `Synthetic resource ${id}`,
	publisher: 'Synthetic Publisher',
	type: 'guideline',
	stages: ['develop'],
	topics: ['synthetic-prevention'],
	languages: [],
	evidenceUrl: 'https://example.org/evidence',
	added: '2026-01-01',
	...extra,
});
const partner = (id: string, extra: Partial<PartnerRecord>): PartnerRecord => ({
	id,
	name: `Synthetic partner ${id}`,
	offers: [],
	stages: [],
	regions: [],
	languages: [],
	twinning: [],
	evidenceUrl: 'https://example.org/evidence',
	added: '2026-01-01',
	...extra,
});

const resources = [
	resource('zeta-prevention-develop', { title: 'Zeta prevention guide' }),
	resource('alpha-data-update', { title: 'alpha data report', type: 'report', stages: ['evaluate', 'update'], topics: ['synthetic-data'], year: 2020 }),
	resource('beta-both-develop', { title: 'Beta guide on both areas', topics: ['synthetic-prevention', 'synthetic-data'] }),
	resource('gamma-prevention-update', { title: 'Gamma prevention update kit', type: 'toolkit', stages: ['update'], publisher: 'WHO Regional Office / Synthetic' }),
];
const partners = [
	partner('sgp', { name: 'Synthetic Global Partner', acronym: 'WHO', offers: ['plan-update', 'mentoring'], stages: ['update'], regions: ['AFR'] }),
	partner('abc', { name: 'Another Body of Carers', offers: ['twinning'], stages: ['implement'] }),
];
const library = buildLibrary(resources, partners);

describe('the library', () => {
	it('sorts resources by title and partners by name, whatever the case', () => {
		expect(library.resources.map((r) => r.id)).toEqual(['alpha-data-update', 'beta-both-develop', 'gamma-prevention-update', 'zeta-prevention-develop']);
		expect(library.partners.map((p) => p.id)).toEqual(['abc', 'sgp']);
		expect(library.resourceById.get('beta-both-develop')?.title).toBe('Beta guide on both areas');
	});

	it('finds the records serving a stage and the partners offering a kind of support', () => {
		expect(servingStage(library.resources, 'update').map((r) => r.id)).toEqual(['alpha-data-update', 'gamma-prevention-update']);
		expect(servingStage(library.resources, 'prepare')).toEqual([]);
		expect(servingStage(library.partners, 'update').map((p) => p.id)).toEqual(['sgp']);
		expect(offering(library.partners, 'twinning').map((p) => p.id)).toEqual(['abc']);
		expect(offering(library.partners, 'costing')).toEqual([]);
	});

	it('ranks related resources by shared topics first, then shared stages, and never lists the resource itself', () => {
		const zeta = library.resourceById.get('zeta-prevention-develop')!;
		// beta shares the topic and the stage (2 + 1); gamma shares only the topic (2); alpha shares no topic.
		expect(relatedResources(zeta, library.resources).map((r) => r.id)).toEqual(['beta-both-develop', 'gamma-prevention-update']);
		expect(relatedResources(zeta, library.resources, 1).map((r) => r.id)).toEqual(['beta-both-develop']);
	});

	it('matches a partner to the resources it publishes by full name or by its acronym as a whole word', () => {
		const who = library.partnerById.get('sgp')!;
		expect(publishedBy(who, library.resources).map((r) => r.id)).toEqual(['gamma-prevention-update']);
		const byName = partner('x', { name: 'Synthetic Publisher' });
		expect(publishedBy(byName, library.resources)).toHaveLength(3);
		// A name ending in punctuation still matches as a whole.
		const bracketed = partner('y', { name: 'Synthetic Body (test)' });
		expect(publishedBy(bracketed, [resource('r', { publisher: 'synthetic body (test)' }), resource('s', { publisher: 'Synthetic Body (test)s' })]).map((r) => r.id)).toEqual(['r']);
		// "WHO" inside another word is not the acronym.
		expect(publishedBy(who, [resource('r', { publisher: 'Whole Health Outreach' }), resource('s', { publisher: 'SWHOA' })])).toEqual([]);
	});
});

describe('facets and downloads of the library', () => {
	it('gives each resource its stages, topics, type, publisher, year and languages as facet values', () => {
		expect(resourceFacetValues(library.resourceById.get('alpha-data-update')!)).toEqual({
			stage: ['evaluate', 'update'],
			topic: ['synthetic-data'],
			'resource-type': ['report'],
			publisher: ['Synthetic Publisher'],
			year: ['2020'],
			language: [],
		});
		expect(resourceFacetValues(library.resourceById.get('beta-both-develop')!).year).toEqual([]);
	});

	it('gives each partner its kinds of support, stages, regions and languages', () => {
		expect(partnerFacetValues(library.partnerById.get('sgp')!)).toEqual({ support: ['plan-update', 'mentoring'], stage: ['update'], region: ['AFR'], language: [] });
	});

	it('writes one download row per record with lists joined and unknowns empty', () => {
		const rows = tableRows(RESOURCE_COLUMNS, library.resources);
		expect(rows.map((row) => row.id)).toEqual(library.resources.map((r) => r.id));
		const csv = csvDownload(RESOURCE_COLUMNS, library.resources).split('\r\n');
		expect(csv[0]).toBe(RESOURCE_COLUMNS.map((column) => column.name).join(','));
		expect(csv[1]).toContain('alpha-data-update,alpha data report,Synthetic Publisher,2020,report,evaluate;update,synthetic-data,,');
		const twinned = partner('t', {
			twinning: [
				{ hub: 'Synthetic Hub', centre: 'Synthetic Centre', country: 'ZZA', since: 2015, evidenceUrl: 'https://example.org/pairs' },
				{ hub: 'Other Hub', centre: 'Other Centre', country: 'ZZB', evidenceUrl: 'https://example.org/pairs' },
			],
		});
		expect(tableRows(PARTNER_COLUMNS, [twinned])[0].twinning_pairs).toEqual(['Synthetic Hub > Synthetic Centre (ZZA, 2015)', 'Other Hub > Other Centre (ZZB)']);
	});
});

/** Plans here have an official document unless a test says otherwise: example plans need one. */
const plan = (id: string, code: string, start: number, end: number | undefined, extra: Partial<PlanRecord> = {}) =>
	syntheticPlan(id, code, start, end, { documentUrl: `https://example.org/${id}.pdf`, ...extra });
const catalog = buildCatalog(
	['ZZA', 'ZZB', 'ZZC', 'ZZD', 'ZZE'].map((iso3) => syntheticCountry(iso3)),
	[
		// ZZA updated its plan: the current one replaced the 2015 one.
		plan('zza-2015-2020-old', 'ZZA', 2015, 2020),
		plan('zza-2022-2027-new', 'ZZA', 2022, 2027),
		// ZZB's first plan is current; its NCD plan is of another type and does not make it a second plan.
		plan('zzb-2010-2015-ncd', 'ZZB', 2010, 2015, { type: 'ncd-plan' }),
		plan('zzb-2024-2030-first', 'ZZB', 2024, 2030),
		// ZZC has only an expired plan: its stage is update.
		plan('zzc-2005-2010-expired', 'ZZC', 2005, 2010),
		// ZZD's current plan has no official document and its upcoming one is sub-national: no examples.
		plan('zzd-2023-2028-no-document', 'ZZD', 2023, 2028, { documentUrl: undefined }),
		plan('zzd-2027-2031-sub-national', 'ZZD', 2027, 2031, { scope: 'sub-national' }),
		// ZZE's first plan starts next year.
		plan('zze-2027-2031-upcoming', 'ZZE', 2027, 2031),
	],
	new Date('2026-11-21T00:00:00Z'),
);

describe('example plans for each stage', () => {
	const ids = (stage: Parameters<typeof examplePlans>[1]) => examplePlans(catalog, stage).map((example) => example.view.id);

	it('shows first plans (current or upcoming, no earlier plan of the type) for prepare and develop, newest first', () => {
		expect(ids('prepare')).toEqual(['zze-2027-2031-upcoming', 'zzb-2024-2030-first']);
		expect(ids('develop')).toEqual(ids('prepare'));
	});

	it('shows plans in force with a document for implement and evaluate', () => {
		expect(ids('implement')).toEqual(['zzb-2024-2030-first', 'zza-2022-2027-new']);
		expect(ids('evaluate')).toEqual(ids('implement'));
	});

	it('shows updated plans with the plan each replaced for update', () => {
		const [example, ...rest] = examplePlans(catalog, 'update');
		expect(rest).toEqual([]);
		expect([example.view.id, example.follows?.id]).toEqual(['zza-2022-2027-new', 'zza-2015-2020-old']);
	});

	it('caps the list', () => {
		expect(examplePlans(catalog, 'implement', 1)).toHaveLength(1);
	});
});

describe('tools for where a country is', () => {
	const assessment = (findings: Record<string, 'addressed' | 'partial' | 'not-found'>): Assessment => ({
		frameworkVersion: '1.2.0',
		method: 'expert-review',
		assessedBy: 'synthetic',
		date: '2026-01-01',
		findings: Object.fromEntries(
			Object.entries(findings).map(([id, status]) => [id, { status, evidence: status === 'not-found' ? [] : [{ page: 1, quote: 'synthetic quote' }] }]),
		),
	});
	const gapsOf = (entries: [string, Assessment | undefined][]): Map<string, PlanGaps> =>
		new Map(catalog.plans.map((view) => [view.id, planGaps(framework, { id: view.id, assessment: new Map(entries).get(view.id) })]));

	it('reads gaps only from not-found findings of an assessed plan', () => {
		const gaps = gapsOf([
			['zza-2022-2027-new', assessment({ 'synthetic-hpv-vaccination': 'addressed', 'synthetic-tobacco-control': 'partial', 'synthetic-cancer-registry': 'not-found' })],
		]);
		expect(gapDomains(gaps.get('zza-2022-2027-new'))).toEqual(['synthetic-data']);
		// Unassessed: no gap is claimed.
		expect(gapDomains(gaps.get('zzb-2024-2030-first'))).toEqual([]);
		expect(gapDomains(undefined)).toEqual([]);
		expect(plansWithGapsIn(['synthetic-data'], indexGaps(catalog.plans, gaps)).map((view) => view.id)).toEqual(['zza-2022-2027-new']);
		expect(plansWithGapsIn(['synthetic-prevention'], indexGaps(catalog.plans, gaps))).toEqual([]);
	});

	it('lists plans with a gap in any of several areas once each, in catalogue order', () => {
		const gaps = gapsOf([
			['zzb-2024-2030-first', assessment({ 'synthetic-hpv-vaccination': 'not-found', 'synthetic-cancer-registry': 'not-found' })],
			['zza-2022-2027-new', assessment({ 'synthetic-cancer-registry': 'not-found' })],
		]);
		const index = indexGaps(catalog.plans, gaps);
		const order = catalog.plans.map((view) => view.id);
		const found = plansWithGapsIn(['synthetic-data', 'synthetic-prevention'], index).map((view) => view.id);
		expect(found).toEqual(['zza-2022-2027-new', 'zzb-2024-2030-first'].sort((a, b) => order.indexOf(a) - order.indexOf(b)));
		expect(plansWithGapsIn(['synthetic-prevention'], index).map((view) => view.id)).toEqual(['zzb-2024-2030-first']);
	});

	it('lists tools for the stage and, per gap area, tools on it with those for the stage first', () => {
		const gaps = gapsOf([['zza-2022-2027-new', assessment({ 'synthetic-hpv-vaccination': 'not-found', 'synthetic-cancer-registry': 'addressed' })]]);
		const tools = toolsForCountry(catalog.countryByIso3.get('ZZA')!, library.resources, gaps);
		expect(tools.stage).toBe('implement');
		expect(tools.forStage).toEqual([]);
		expect(tools.assessedPlan?.id).toBe('zza-2022-2027-new');
		expect(tools.forGaps.map((gap) => [gap.domain, gap.resources.map((r) => r.id)])).toEqual([['synthetic-prevention', ['beta-both-develop', 'gamma-prevention-update']]]);

		const expired = toolsForCountry(catalog.countryByIso3.get('ZZC')!, library.resources, gaps);
		expect([expired.stage, expired.forStage.map((r) => r.id)]).toEqual(['update', ['alpha-data-update', 'gamma-prevention-update']]);
		// Stage first within a gap area: gamma serves update, beta does not.
		const expiredGaps = gapsOf([['zzc-2005-2010-expired', assessment({ 'synthetic-hpv-vaccination': 'not-found' })]]);
		const ordered = toolsForCountry(catalog.countryByIso3.get('ZZC')!, library.resources, expiredGaps, { stage: 1, perGap: 3 });
		expect(ordered.forStage).toHaveLength(1);
		expect(ordered.forGaps[0].resources.map((r) => r.id)).toEqual(['gamma-prevention-update', 'beta-both-develop', 'zeta-prevention-develop']);
	});

	it('gives nothing by stage where the stage is unknown, and no gaps until a plan is assessed', () => {
		const none = toolsForCountry(catalog.countryByIso3.get('ZZE')!, library.resources, gapsOf([]));
		expect(none).toEqual({ stage: undefined, forStage: [], assessedPlan: undefined, forGaps: [] });
	});

	it('lists the countries at a stage from the derived stage', () => {
		expect(countriesAtStage(catalog.countries, 'update').map((view) => view.country.iso3)).toEqual(['ZZC']);
		expect(countriesAtStage(catalog.countries, 'implement').map((view) => view.country.iso3)).toEqual(['ZZA', 'ZZB', 'ZZD']);
		expect(countriesAtStage(catalog.countries, 'prepare')).toEqual([]);
	});
});
