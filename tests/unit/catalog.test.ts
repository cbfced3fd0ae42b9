import { describe, expect, it } from 'vitest';
import { buildCatalog, type PlanRecord } from '../../src/lib/catalog.ts';
import type { Country } from '../../src/schemas/country.ts';
import { planSchema } from '../../src/schemas/plan.ts';
import { COUNTRY_COLUMNS, PLAN_COLUMNS, jsonDownload, tableRows } from '../../src/lib/downloads.ts';
import { describePlan } from '../../src/lib/describe.ts';

const country = (iso3: string, extra: Partial<Country> = {}): Country => ({
	iso3,
	name: `Synthetic ${iso3}`,
	whoMemberState: true,
	whoRegion: 'AFR',
	whoRegionSource: 'https://example.org/regions',
	aliases: [],
	...extra,
});
const plan = (id: string, countryCode: string, start: number, end?: number, extra: Partial<PlanRecord> = {}): PlanRecord => ({
	id,
	title: `Synthetic test plan ${id}`,
	country: countryCode,
	type: 'cancer-plan',
	period: end === undefined ? { start } : { start, end },
	languages: ['en'],
	scope: 'national',
	evidenceUrl: 'https://example.org/evidence',
	flags: [],
	added: '2026-01-01',
	...extra,
});

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
		expect(summary('ZZD')).toEqual(['open-ended', undefined, ['zzd-2009-open']]);
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
		expect(rows.find((row) => row.id === 'zzd-2009-open')).toMatchObject({ period_end: undefined, status: 'open-ended', assessment: 'not-assessed' });
	});
	it('puts the data date and field documentation in the JSON', () => {
		const parsed = JSON.parse(jsonDownload(catalog, COUNTRY_COLUMNS, catalog.countries));
		expect(parsed.dataAsOf).toBe('2026-11-21');
		expect(Object.keys(parsed.fields)).toEqual(COUNTRY_COLUMNS.map((column) => column.name));
		expect(parsed.records.find((row: { iso3: string }) => row.iso3 === 'ZZA').plan_ids).toEqual(['zza-2022-2026-now', 'zza-2015-2020-old']);
	});
});
