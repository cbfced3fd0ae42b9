import { describe, expect, it } from 'vitest';
import { buildCatalog, type PlanRecord } from '../../src/lib/catalog.ts';
import {
	ASSESSED_STATUSES,
	BAR_WIDTH,
	COVERAGE_ROW,
	domainCoverageBars,
	itemCoverageBars,
	regionVersusWorld,
	reportCoverageBars,
	round1,
	stackSegments,
	VERSUS_ROW,
	type BarSegment,
} from '../../src/lib/charts.ts';
import { buildGapReports } from '../../src/lib/gap-reports.ts';
import type { Assessment, FindingStatus } from '../../src/schemas/assessment.ts';
import type { Country } from '../../src/schemas/country.ts';
import { en } from '../../src/i18n/en.ts';
import { gapReportNames } from '../../src/i18n/index.ts';
import { fixtureFramework, syntheticCountry } from '../support/synthetic-records.ts';

const framework = fixtureFramework();

const country = (iso3: string, whoRegion: Country['whoRegion'], incomeGroup: Country['incomeGroup']) => syntheticCountry(iso3, { whoRegion, incomeGroup });
const base = { type: 'cancer-plan' as const, languages: ['en'], evidenceUrl: 'https://example.org/evidence', flags: [], added: '2026-01-01' };
const plan = (id: string, iso3: string, start: number): PlanRecord => ({ ...base, id, title: id, country: iso3, scope: 'national', period: { start, end: start + 4 } });
const basePlans: PlanRecord[] = [plan('zza-2020-2024-a', 'ZZA', 2020), plan('zzb-2021-2025-b', 'ZZB', 2021), plan('zzc-2022-2026-c', 'ZZC', 2022), plan('zzd-2019-2023-d', 'ZZD', 2019), plan('zze-2018-2022-e', 'ZZE', 2018)];
const countries = [country('ZZA', 'AFR', 'LIC'), country('ZZB', 'AFR', 'LIC'), country('ZZC', 'AFR', 'HIC'), country('ZZD', 'EUR', 'HIC'), country('ZZE', 'EUR', 'HIC')];
const assessment = (findings: Record<string, FindingStatus>): Assessment => ({
	frameworkVersion: '1.2.0',
	method: 'expert-review',
	assessedBy: 'synthetic',
	date: '2026-05-01',
	findings: Object.fromEntries(Object.entries(findings).map(([id, status]) => [id, { status, evidence: status === 'not-found' ? [] : [{ page: 1, quote: 'synthetic' }] }])),
});
// Africa: three plans assessed on HPV (addressed, partial, not found: one third each), one on tobacco,
// none on the registry. Europe: one plan assessed (HPV addressed, registry not found), one not at all.
const baseAssessments: [string, Assessment][] = [
	['zza-2020-2024-a', assessment({ 'synthetic-hpv-vaccination': 'addressed', 'synthetic-tobacco-control': 'addressed' })],
	['zzb-2021-2025-b', assessment({ 'synthetic-hpv-vaccination': 'partial' })],
	['zzc-2022-2026-c', assessment({ 'synthetic-hpv-vaccination': 'not-found' })],
	['zzd-2019-2023-d', assessment({ 'synthetic-hpv-vaccination': 'addressed', 'synthetic-cancer-registry': 'not-found' })],
];
/**
 * The reports over `copies` plans for each plan above (the first keeps its id), so that every
 * figure rests on enough plans for a share (5 copies) or on too few (1).
 */
function reportsOf(copies: number) {
	const ids = (id: string) => Array.from({ length: copies }, (_, copy) => (copy === 0 ? id : `${id}${copy + 1}`));
	const plans = basePlans.flatMap((record) => ids(record.id).map((id) => ({ ...record, id })));
	const assessments = new Map(baseAssessments.flatMap(([id, record]) => ids(id).map((copy) => [copy, record] as const)));
	const catalog = buildCatalog(countries, plans, new Date('2026-06-01T00:00:00Z'));
	return buildGapReports(catalog, framework, assessments, gapReportNames(en), (planId) => assessments.get(planId));
}
const reports = reportsOf(5);
const region = (key: string) => reports.regions.find((report) => report.key === key)!;
const sum = (segments: BarSegment[]) => segments.reduce((total, segment) => total + segment.width, 0);
const oneDecimal = (value: number) => Number.isInteger(Math.round(value * 10)) && Math.abs(value * 10 - Math.round(value * 10)) < 1e-9;

describe('stacked segments', () => {
	it('fills the bar exactly, left to right, for every mix of counts up to 7 each', () => {
		for (let addressed = 0; addressed <= 7; addressed++) {
			for (let partial = 0; partial <= 7; partial++) {
				for (let notFound = 0; notFound <= 7; notFound++) {
					const segments = stackSegments({ addressed, partial, 'not-found': notFound });
					if (addressed + partial + notFound === 0) {
						expect(segments).toEqual([]);
						continue;
					}
					expect(round1(sum(segments))).toBe(BAR_WIDTH);
					expect(segments[0].x).toBe(0);
					for (const [index, segment] of segments.entries()) {
						expect(oneDecimal(segment.x) && oneDecimal(segment.width), JSON.stringify(segment)).toBe(true);
						if (index > 0) expect(round1(segments[index - 1].x + segments[index - 1].width)).toBe(segment.x);
					}
					// Only non-zero counts, in the fixed order addressed, partial, not found.
					expect(segments.map((segment) => segment.status)).toEqual(ASSESSED_STATUSES.filter((status) => ({ addressed, partial, 'not-found': notFound })[status] > 0));
				}
			}
		}
	});

	it('rounds each edge to one decimal from the cumulative share', () => {
		expect(stackSegments({ addressed: 1, partial: 1, 'not-found': 1 })).toEqual([
			{ status: 'addressed', count: 1, x: 0, width: 173.3 },
			{ status: 'partial', count: 1, x: 173.3, width: 173.4 },
			{ status: 'not-found', count: 1, x: 346.7, width: 173.3 },
		]);
		expect(stackSegments({ addressed: 2, partial: 0, 'not-found': 1 }, 100)).toEqual([
			{ status: 'addressed', count: 2, x: 0, width: 66.7 },
			{ status: 'not-found', count: 1, x: 66.7, width: 33.3 },
		]);
	});

	it('never turns not assessed into a segment', () => {
		const segments = stackSegments({ addressed: 1, partial: 0, 'not-found': 0, 'not-assessed': 9 } as never);
		expect(segments).toEqual([{ status: 'addressed', count: 1, x: 0, width: BAR_WIDTH }]);
	});
});

describe('coverage by priority area', () => {
	it('gives one row per domain in framework order, with the report table’s tallies', () => {
		const chart = domainCoverageBars(region('afr'));
		expect(chart.rows.map((row) => row.id)).toEqual(['synthetic-prevention', 'synthetic-data']);
		expect(chart.rows.map((row) => row.y)).toEqual([0, COVERAGE_ROW]);
		expect(chart.height).toBe(2 * COVERAGE_ROW);
		// Prevention: HPV on 3 plans (1 each), tobacco addressed by one plan and not assessed on two.
		expect(chart.rows[0]).toMatchObject({ counts: { addressed: 10, partial: 5, 'not-found': 5, 'not-assessed': 10 }, assessed: 20, ratedPlans: 15, share: 0.5, withheld: false });
		expect(chart.rows[0].segments.map((segment) => [segment.status, segment.x, segment.width])).toEqual([
			['addressed', 0, 260],
			['partial', 260, 130],
			['not-found', 390, 130],
		]);
	});

	it('draws no bar for a domain with nothing assessed, and keeps its not-assessed count apart', () => {
		const data = domainCoverageBars(region('afr')).rows[1];
		expect(data).toMatchObject({ id: 'synthetic-data', assessed: 0, share: null, withheld: false, segments: [], counts: { 'not-assessed': 15, 'not-found': 0 } });
	});

	it('draws no bar across fewer than 5 assessed plans, and says how many there are', () => {
		const prevention = domainCoverageBars(reportsOf(1).regions.find((report) => report.key === 'afr')!).rows[0];
		expect(prevention).toMatchObject({ assessed: 4, ratedPlans: 3, share: null, withheld: true, segments: [] });
	});

	it('counts a plan report’s items', () => {
		const chart = reportCoverageBars(reports.planReport.get('zzd-2019-2023-d')!)!;
		expect(chart.rows.map((row) => [row.id, row.counts])).toEqual([
			['synthetic-prevention', { addressed: 1, partial: 0, 'not-found': 0, 'not-applicable': 0, 'not-assessed': 1 }],
			['synthetic-data', { addressed: 0, partial: 0, 'not-found': 1, 'not-applicable': 0, 'not-assessed': 0 }],
		]);
		expect(chart.rows[1].segments).toEqual([{ status: 'not-found', count: 1, x: 0, width: BAR_WIDTH }]);
	});

	it('goes by item in a priority-area report', () => {
		const area = reports.priorityAreas.find((report) => report.key === 'synthetic-prevention')!;
		expect(reportCoverageBars(area)).toEqual(itemCoverageBars(area));
		const chart = itemCoverageBars(area);
		expect(chart.rows.map((row) => [row.id, row.label])).toEqual([
			['synthetic-hpv-vaccination', 'Synthetic HPV vaccination item'],
			['synthetic-tobacco-control', 'Synthetic tobacco control item'],
		]);
		// HPV across the world: addressed 2, partial 1, not found 1 of 4 assessed; one plan not assessed.
		expect(chart.rows[0]).toMatchObject({ assessed: 20, share: 0.5, counts: { 'not-assessed': 5 } });
		expect(round1(sum(chart.rows[0].segments))).toBe(BAR_WIDTH);
	});

	it('gives no chart at all when nothing in the report is assessed', () => {
		expect(reportCoverageBars(reports.planReport.get('zze-2018-2022-e')!)).toBeUndefined();
		expect(reportCoverageBars(region('amr'))).toBeUndefined();
		expect(reportCoverageBars(reports.world)).toBeDefined();
	});
});

describe('a region against the world', () => {
	it('gives both shares per domain, in order, with widths rounded to one decimal', () => {
		const chart = regionVersusWorld(region('eur'), reports.world);
		expect(chart.rows.map((row) => [row.id, row.y])).toEqual([
			['synthetic-prevention', 0],
			['synthetic-data', VERSUS_ROW],
		]);
		// Europe, prevention: five plans assessed on HPV, addressed. World: 15 addressed of 25 assessed.
		expect(chart.rows[0].group).toEqual({ share: 1, assessed: 5, ratedPlans: 5, withheld: false, width: BAR_WIDTH });
		expect(chart.rows[0].world).toEqual({ share: 3 / 5, assessed: 25, ratedPlans: 20, withheld: false, width: 312 });
		// Registry: Europe's findings are not found (share 0, a zero-width bar, not "not assessed").
		expect(chart.rows[1].group).toEqual({ share: 0, assessed: 5, ratedPlans: 5, withheld: false, width: 0 });
		expect(chart.rows[1].world).toEqual({ share: 0, assessed: 5, ratedPlans: 5, withheld: false, width: 0 });
	});

	it('draws nothing where nothing was assessed', () => {
		const chart = regionVersusWorld(region('afr'), reports.world);
		expect(chart.rows[1].group).toEqual({ share: null, assessed: 0, ratedPlans: 0, withheld: false, width: null });
		expect(chart.rows[1].world.width).toBe(0);
		const income = reports.income.find((report) => report.key === 'lic')!;
		// LIC prevention: HPV addressed, partial; tobacco addressed → 2 of 3.
		expect(regionVersusWorld(income, reports.world).rows[0].group).toEqual({ share: 2 / 3, assessed: 15, ratedPlans: 10, withheld: false, width: 346.7 });
	});
});
