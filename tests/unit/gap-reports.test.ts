import { describe, expect, it } from 'vitest';
import { buildCatalog, type PlanRecord } from '../../src/lib/catalog.ts';
import { buildGapReports, itemRows, reportColumns, reportPath, namedPlans, PLANS_NAMED_PER_FINDING } from '../../src/lib/gap-reports.ts';
import { tableRows } from '../../src/lib/downloads.ts';
import { summariseAssessment } from '../../src/lib/gaps.ts';
import type { Assessment } from '../../src/schemas/assessment.ts';
import type { Country } from '../../src/schemas/country.ts';
import { en } from '../../src/i18n/en.ts';
import { gapReportNames } from '../../src/i18n/index.ts';
import { fixtureFramework, syntheticCountry } from '../support/synthetic-records.ts';

const framework = fixtureFramework();

const country = (iso3: string, whoRegion: Country['whoRegion'], incomeGroup: Country['incomeGroup']) => syntheticCountry(iso3, { whoRegion, incomeGroup });
const base = { type: 'cancer-plan' as const, languages: ['en'], evidenceUrl: 'https://example.org/evidence', flags: [], added: '2026-01-01' };
const plans: PlanRecord[] = [
	{ ...base, id: 'zza-2020-2024-synthetic', title: 'Synthetic A', country: 'ZZA', scope: 'national', period: { start: 2020, end: 2024 } },
	{ ...base, id: 'zzb-2019-synthetic-open', title: 'Synthetic B, no end year', country: 'ZZB', scope: 'national', period: { start: 2019 } },
	{ ...base, id: 'regional-2021-2025-synthetic', title: 'Synthetic regional', countries: ['ZZA', 'ZZC'], scope: 'regional', period: { start: 2021, end: 2025 } },
	{ ...base, id: 'zza-2018-2022-synthetic-state', title: 'Synthetic state plan', country: 'ZZA', scope: 'sub-national', area: 'Synthetic State', period: { start: 2018, end: 2022 } },
];
const catalog = buildCatalog([country('ZZA', 'AFR', 'LIC'), country('ZZB', 'AFR', 'HIC'), country('ZZC', 'WPR', 'UMIC'), country('ZZD', 'EUR', 'HIC')], plans, new Date('2026-06-01T00:00:00Z'));
const screened: Assessment = {
	frameworkVersion: '1.2.0',
	method: 'automated-screening',
	assessedBy: 'synthetic',
	date: '2026-05-01',
	findings: { 'synthetic-hpv-vaccination': { status: 'addressed', evidence: [{ page: 3, quote: 'synthetic quote' }] } },
};
const reviewed: Assessment = { ...screened, method: 'expert-review', findings: { 'synthetic-hpv-vaccination': { status: 'not-found', evidence: [] } } };
const assessments = new Map([['zzb-2019-synthetic-open', screened], ['regional-2021-2025-synthetic', reviewed], ['zza-2018-2022-synthetic-state', screened]]);
const reports = buildGapReports(catalog, framework, assessments, gapReportNames(en), (planId) => assessments.get(planId));

describe('which plans each report covers', () => {
	it('puts a regional plan in every region and income group of its countries, once', () => {
		const ids = (kind: 'regions' | 'income', key: string) => reports[kind].find((report) => report.key === key)!.plans.map((view) => view.id);
		expect(ids('regions', 'afr')).toEqual(['zza-2020-2024-synthetic', 'zzb-2019-synthetic-open', 'regional-2021-2025-synthetic']);
		expect(ids('regions', 'wpr')).toEqual(['regional-2021-2025-synthetic']);
		expect(ids('regions', 'eur')).toEqual([]);
		expect(ids('income', 'lic')).toEqual(['zza-2020-2024-synthetic', 'regional-2021-2025-synthetic']);
		expect(ids('income', 'hic')).toEqual(['zzb-2019-synthetic-open']);
	});

	it('gives a country its own plans and the regional plans covering it, and no report without plans', () => {
		expect(reports.countryReport.get('ZZA')!.plans.map((view) => view.id)).toEqual(['zza-2020-2024-synthetic', 'regional-2021-2025-synthetic']);
		expect(reports.countryReport.get('ZZC')!.plans.map((view) => view.id)).toEqual(['regional-2021-2025-synthetic']);
		expect(reports.countryReport.has('ZZD')).toBe(false);
	});

	it('keeps sub-national plans out of the country, region, income and world figures, in a report of their own per country', () => {
		for (const report of [reports.world, reports.countryReport.get('ZZA')!, reports.regions.find((entry) => entry.key === 'afr')!, reports.priorityAreas[0]]) {
			expect(report.plans.map((view) => view.id), report.path).not.toContain('zza-2018-2022-synthetic-state');
			expect(report.subnationalApart.map((view) => view.id), report.path).toEqual(['zza-2018-2022-synthetic-state']);
		}
		const state = reports.subnationalReport.get('ZZA')!;
		expect(state).toMatchObject({ kind: 'sub-national', path: '/gaps/sub-national/zza/', subject: 'Synthetic ZZA (sub-national plans)', subnationalApart: [] });
		expect(state.plans.map((view) => view.id)).toEqual(['zza-2018-2022-synthetic-state']);
		expect(state.aggregate).toMatchObject({ catalogued: 1, assessedPlans: 1, checking: { drafts: 1, reviewed: 0 } });
		expect(reports.subnationalReport.has('ZZB')).toBe(false);
		expect(reports.world.aggregate.assessedPlans).toBe(2);
	});

	it('includes a plan with no end year like any other', () => {
		const open = reports.planReport.get('zzb-2019-synthetic-open')!;
		expect(open.path).toBe('/gaps/plans/zzb-2019-synthetic-open/');
		expect(open.planGaps!.overall).toMatchObject({ addressed: 1, assessed: 1, 'not-assessed': 2 });
	});
});

describe('figures with mixed methods', () => {
	it('counts an item across a screened and a reviewed plan, and the unassessed one apart', () => {
		const world = reports.world.aggregate;
		expect(world).toMatchObject({ catalogued: 3, assessedPlans: 2, methods: { 'automated-screening': 1, 'expert-review': 1, 'published-source': 0 } });
		expect(world.items.get('synthetic-hpv-vaccination')).toMatchObject({ addressed: 1, 'not-found': 1, 'not-assessed': 1, share: null, withheld: true });
		expect(world.checking).toEqual({ drafts: 1, reviewed: 1 });
	});

	it('reports an empty region with nothing assessed and no share', () => {
		const europe = reports.regions.find((report) => report.key === 'eur')!;
		expect(europe.aggregate).toMatchObject({ catalogued: 0, assessedPlans: 0 });
		expect([...europe.aggregate.items.values()].every((tally) => tally.share === null)).toBe(true);
	});
});

describe('downloads', () => {
	it('gives an aggregate one row per item and a plan one row per item with its evidence', () => {
		const africa = reports.regions.find((report) => report.key === 'afr')!;
		const rows = tableRows(reportColumns(framework, africa, reports.assessments), itemRows(reports, africa));
		expect(rows).toHaveLength(framework.items.length);
		// Two assessed plans: counted, one an unchecked draft, but too few for a percentage.
		expect(rows[0]).toMatchObject({ item_id: 'synthetic-hpv-vaccination', plans_in_scope: 3, assessed: 2, assessed_automated_drafts: 1, assessed_reviewed: 1, percent_addressed: undefined });
		expect(Object.keys(rows[0])).not.toContain('plans_addressed');
		const plan = reports.planReport.get('zzb-2019-synthetic-open')!;
		const planRows = tableRows(reportColumns(framework, plan, reports.assessments), itemRows(reports, plan));
		expect(planRows[0]).toMatchObject({ status: 'addressed', evidence_pages: ['3'], evidence_quotes: ['synthetic quote'] });
		expect(planRows[1]).toMatchObject({ status: 'not-assessed', evidence_pages: undefined });
	});

	it("counts from summaries and reads a plan's whole assessment only for its own report", () => {
		const read: string[] = [];
		const fromSummaries = buildGapReports(catalog, framework, new Map([...assessments].map(([id, assessment]) => [id, summariseAssessment(assessment)])), gapReportNames(en), (planId) => {
			read.push(planId);
			return assessments.get(planId);
		});
		expect(fromSummaries.world.aggregate).toEqual(reports.world.aggregate);
		expect(read).toEqual([]);
		const plan = fromSummaries.planReport.get('zzb-2019-synthetic-open')!;
		expect(tableRows(reportColumns(framework, plan, fromSummaries.assessments), itemRows(fromSummaries, plan))).toEqual(tableRows(reportColumns(framework, plan, reports.assessments), itemRows(reports, plan)));
		expect(read).toEqual(['zzb-2019-synthetic-open']);
	});

	it('lists plans by finding where the page does (countries and priority areas)', () => {
		const area = reports.priorityAreas[0];
		const [row] = tableRows(reportColumns(framework, area, reports.assessments), itemRows(reports, area));
		expect(row).toMatchObject({ plans_addressed: ['zzb-2019-synthetic-open'], plans_not_found: ['regional-2021-2025-synthetic'] });
		expect(reportPath('priority-area', 'synthetic-data')).toBe('/gaps/priority-areas/synthetic-data/');
		expect(reportPath('world', 'world')).toBe('/gaps/');
	});
});

describe('plans named on country and priority-area reports', () => {
	it('names the first twelve per item and finding and only counts the rest, so pages do not grow with the catalogue', () => {
		const ids = Array.from({ length: 30 }, (_, index) => `synthetic-plan-${index}`);
		expect(namedPlans(ids)).toEqual({ named: ids.slice(0, PLANS_NAMED_PER_FINDING), more: 30 - PLANS_NAMED_PER_FINDING });
		expect(namedPlans(ids.slice(0, 3))).toEqual({ named: ids.slice(0, 3), more: 0 });
	});
});
