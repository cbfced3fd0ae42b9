import type { FeatureCollection, Geometry } from 'geojson';
import { describe, expect, it } from 'vitest';
import { buildCatalog, type PlanRecord } from '../../src/lib/catalog.ts';
import { planGaps } from '../../src/lib/gaps.ts';
import { compactPath, coverageBin, drawMap, groupByValue, layerValue, type MapCountry } from '../../src/lib/map.ts';
import { fixtureFramework, syntheticCountry, syntheticPlan } from '../support/synthetic-records.ts';

describe('compact paths', () => {
	it('rewrites absolute moves as whole-pixel relative ones, with minus signs as separators', () => {
		expect(compactPath('M10.4,20.6L13.2,20.1L13,25Z')).toBe('M10 21l3-1 0 5z');
	});

	it('drops moves that round to nothing and rings smaller than a pixel', () => {
		expect(compactPath('M0,0L0.2,0.1L5,0L5,5L5.1,5.2Z')).toBe('M0 0l5 0 0 5z');
		expect(compactPath('M0,0L0.3,0.3L0.1,0.2ZM1,1L9,1L9,9Z')).toBe('M1 1l8 0 0 8z');
	});

	it('starts every ring from its own rounded point, so rounding never drifts across rings', () => {
		expect(compactPath('M0.4,0.4L10.4,0.4L10.4,10.4ZM100.6,100.6L110.6,100.6L110.6,110.6Z')).toBe('M0 0l10 0 0 10zM101 101l10 0 0 10z');
	});
});

/** The absolute points of a compact path (`M x y l dx dy … z`). */
function absolutePoints(d: string): [number, number][] {
	const points: [number, number][] = [];
	for (const [, start, moves] of d.matchAll(/M(-?\d+ -?\d+)l([^z]*)z/g)) {
		let [x, y] = start.split(' ').map(Number);
		points.push([x, y]);
		const numbers = moves.match(/-?\d+/g)!.map(Number);
		for (let index = 0; index < numbers.length; index += 2) {
			x += numbers[index];
			y += numbers[index + 1];
			points.push([x, y]);
		}
	}
	return points;
}

/** A square of `size` degrees at [lon, lat]. */
const square = (id: string | undefined, name: string, lon: number, lat: number, size: number) => ({
	type: 'Feature' as const,
	...(id === undefined ? {} : { id }),
	properties: { name },
	geometry: { type: 'Polygon' as const, coordinates: [[[lon, lat], [lon, lat + size], [lon + size, lat + size], [lon + size, lat], [lon, lat]]] },
});
const features: FeatureCollection<Geometry, { name: string }> = {
	type: 'FeatureCollection',
	features: [
		square('001', 'Synthetic big', 0, 0, 30),
		square('002', 'Synthetic tiny', 40, 0, 0.05),
		square(undefined, 'Synthetic nameless', -40, 0, 20),
		square('999', 'Land of no catalogued country', 5, 35, 10),
		square('010', 'Antarctica', 0, -80, 10),
	],
};
const countries: MapCountry[] = [
	{ iso3: 'ZZA', name: 'Synthetic big', numeric: '001' },
	{ iso3: 'ZZB', name: 'Synthetic tiny', numeric: '002' },
	{ iso3: 'ZZC', name: 'Synthetic nameless' },
	{ iso3: 'ZZD', name: 'Synthetic island', point: [-60, -10] },
];

describe('drawing the map', () => {
	const map = drawMap(features, countries, { width: 400 });

	it('draws every country once: areas by numeric id or, without one, by name; points for the rest, on top', () => {
		expect(map.shapes.map((shape) => [shape.iso3, shape.kind])).toEqual([
			['ZZA', 'area'],
			['ZZC', 'area'],
			['ZZB', 'point'],
			['ZZD', 'point'],
		]);
		expect(map.width).toBe(400);
		for (const shape of map.shapes) {
			if (shape.kind === 'point') {
				expect(shape.x).toBeGreaterThanOrEqual(0);
				expect(shape.x).toBeLessThanOrEqual(400);
			} else expect(shape.d).toMatch(/^M-?\d+ -?\d+l/);
		}
	});

	it('draws land of no catalogued country apart, and leaves Antarctica out', () => {
		expect(map.otherLand).toMatch(/^M\d+ \d+l.*z$/);
		expect(map.otherLand.match(/M/g)).toHaveLength(1);
	});

	it('stops the build on a country it cannot place, naming it', () => {
		expect(() => drawMap(features, [...countries, { iso3: 'ZZE', name: 'Synthetic nowhere' }], { width: 400 })).toThrow(
			'map: no polygon and no point for ZZE (Synthetic nowhere): add a mapPoint to the country record',
		);
	});

	it('fits a region map to its region in a landscape frame, with only its countries linked', () => {
		const region = drawMap(features, countries, { width: 400, focus: new Set(['ZZA']) });
		expect([region.width, region.height]).toEqual([400, 240]);
		expect(region.shapes.map((shape) => shape.iso3)).toEqual(['ZZA']);
		const big = region.shapes[0];
		const points = big.kind === 'area' ? absolutePoints(big.d) : [];
		const xs = points.map(([x]) => x);
		const ys = points.map(([, y]) => y);
		// The square touches the top and bottom of the frame and sits inside it.
		expect(Math.min(...ys)).toBeLessThanOrEqual(1);
		expect(Math.max(...ys)).toBeGreaterThanOrEqual(239);
		expect(Math.min(...xs)).toBeGreaterThanOrEqual(0);
		expect(Math.max(...xs)).toBeLessThanOrEqual(400);
	});
});

describe('layer values', () => {
	const framework = fixtureFramework();
	const country = (iso3: string) => syntheticCountry(iso3);
	const plan = (id: string, code: string, start: number, end: number | undefined, type: PlanRecord['type'] = 'cancer-plan') => syntheticPlan(id, code, start, end, { type });
	const catalog = buildCatalog(
		[country('ZZA'), country('ZZB'), { ...country('ZZC'), whoRegion: undefined }, country('ZZD')],
		[plan('zza-2015-2020-old', 'ZZA', 2015, 2020, 'ncd-plan'), plan('zza-2022-2027-new', 'ZZA', 2022, 2027), plan('zzb-2010-2015-old', 'ZZB', 2010, 2015), plan('zzd-2020-open', 'ZZD', 2020, undefined)],
		new Date('2026-11-21T00:00:00Z'),
	);
	const finding = (status: 'addressed' | 'not-found') => ({ status, evidence: status === 'addressed' ? [{ page: 1, quote: 'synthetic' }] : [] });
	const gaps = new Map(
		catalog.plans.map((view) => [
			view.id,
			planGaps(framework, {
				id: view.id,
				assessment:
					view.id === 'zza-2015-2020-old'
						? { frameworkVersion: '1.2.0', method: 'expert-review', assessedBy: 's', date: '2026-01-01', findings: { 'synthetic-hpv-vaccination': finding('addressed'), 'synthetic-tobacco-control': finding('not-found') } }
						: undefined,
			}),
		]),
	);
	const value = (layer: Parameters<typeof layerValue>[0], iso3: string) => layerValue(layer, catalog.countryByIso3.get(iso3)!, gaps);

	it('groups open-ended and upcoming plans apart from current and expired ones', () => {
		expect(['ZZA', 'ZZB', 'ZZC', 'ZZD'].map((iso3) => value('status', iso3))).toEqual(['current', 'expired', 'none', 'open-or-upcoming']);
	});

	it("takes the type of the country's newest plan", () => {
		expect(['ZZA', 'ZZC'].map((iso3) => value('type', iso3))).toEqual(['cancer-plan', 'none']);
	});

	it('bins the newest assessed plan’s share, and keeps not assessed apart from no plan', () => {
		// ZZA's only assessed plan addresses 1 of 2 assessed items.
		expect(value('coverage', 'ZZA')).toBe('50-75');
		expect(value('coverage', 'ZZB')).toBe('not-assessed');
		expect(value('coverage', 'ZZC')).toBe('none');
		expect([0, 0.2499, 0.25, 0.5, 0.7499, 0.75, 1].map(coverageBin)).toEqual(['0-25', '0-25', '25-50', '50-75', '50-75', '75-100', '75-100']);
	});

	it('gives the WHO region, or none', () => {
		expect(['ZZA', 'ZZC'].map((iso3) => value('region', iso3))).toEqual(['AFR', 'none']);
	});

	it('lists the countries by value in legend order, A–Z within each', () => {
		const groups = groupByValue('status', [
			{ name: 'Zed', value: 'current' },
			{ name: 'Alpha', value: 'current' },
			{ name: 'Mid', value: 'none' },
		]);
		expect(groups.map((group) => [group.value, group.entries.map((entry) => entry.name)])).toEqual([
			['current', ['Alpha', 'Zed']],
			['open-or-upcoming', []],
			['expired', []],
			['none', ['Mid']],
		]);
	});
});
