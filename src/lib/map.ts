/**
 * The world map, drawn once at build time as plain SVG geometry: every country of the catalogue
 * is an area (a Natural Earth polygon from world-atlas) or, where the polygon is missing or too
 * small to see or tap, a point. Layers colour the same shapes by a value per country; the
 * shapes never depend on the layer, so every map page shares one geometry.
 */
import { geoCentroid, geoEqualEarth, geoPath, type GeoPermissibleObjects } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry, Point } from 'geojson';
import type { CountryView } from './catalog.ts';
import { latestAssessedPlan } from './library.ts';
import type { PlanGaps } from './gaps.ts';

/** A country the map must show, with what locates it. */
export interface MapCountry {
	iso3: string;
	name: string;
	/** ISO 3166-1 numeric code, the id of its world-atlas polygon; absent for WHO's own codes. */
	numeric?: string;
	/** [longitude, latitude] for a country without a polygon: the curator's `mapPoint` or the point dataset's. */
	point?: [number, number];
}

/** One country as drawn: an area path, or a point (circle centre). */
export type MapShape = { iso3: string; name: string } & ({ kind: 'area'; d: string } | { kind: 'point'; x: number; y: number });

export interface DrawnMap {
	width: number;
	height: number;
	/** Every country (a region map: the region's), areas first then points (so points are drawn on top), each once. */
	shapes: MapShape[];
	/** Land of no catalogued country (Antarctica excluded), and on a region map its neighbours, as one neutral path. */
	otherLand: string;
}

export interface DrawOptions {
	width: number;
	/** Fit the view to these countries (a region map); all countries when absent. */
	focus?: ReadonlySet<string>;
	/** An area smaller than this, in square pixels, is drawn as a point so it can be seen and pointed at. */
	minArea?: number;
}

/** Height ÷ width of a region map. */
const REGION_ASPECT = 0.6;

/** The circular mean of the features' centroid longitudes, in degrees: the middle of a region, across the 180th meridian too. */
function meanLongitude(features: readonly Feature[]): number {
	let sin = 0;
	let cos = 0;
	for (const feature of features) {
		const radians = (geoCentroid(feature as GeoPermissibleObjects)[0] * Math.PI) / 180;
		sin += Math.sin(radians);
		cos += Math.cos(radians);
	}
	return (Math.atan2(sin, cos) * 180) / Math.PI;
}

/** World-atlas gives Antarctica an id; it is no country of the catalogue and would take a third of the height. */
const ANTARCTICA = '010';

/**
 * Draw the countries on an Equal Earth projection (equal-area, so no region looks bigger than it
 * is). Polygons are matched by ISO numeric id, or by name for the few world-atlas leaves without
 * one (Kosovo). A country with neither polygon nor point is an error, never silently dropped.
 */
export function drawMap(features: FeatureCollection<Geometry, { name: string }>, countries: readonly MapCountry[], options: DrawOptions): DrawnMap {
	const { width, focus, minArea = 12 } = options;
	const byNumeric = new Map(countries.filter((country) => country.numeric).map((country) => [country.numeric!, country]));
	const byName = new Map(countries.map((country) => [country.name, country]));
	const matched = new Map<string, Feature<Geometry, { name: string }>>();
	const other: Feature<Geometry, { name: string }>[] = [];
	for (const feature of features.features) {
		if (feature.id === ANTARCTICA) continue;
		const country = feature.id === undefined ? byName.get(feature.properties.name) : byNumeric.get(String(feature.id));
		if (country && !matched.has(country.iso3)) matched.set(country.iso3, feature);
		else other.push(feature);
	}
	const points = new Map<string, Feature<Point>>();
	const missing: string[] = [];
	for (const country of countries) {
		if (matched.has(country.iso3)) continue;
		if (country.point) points.set(country.iso3, { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates: country.point } });
		else missing.push(`${country.iso3} (${country.name})`);
	}
	if (missing.length) throw new Error(`map: no polygon and no point for ${missing.join(', ')}: add a mapPoint to the country record`);

	const inFocus = (iso3: string) => !focus || focus.has(iso3);
	const fitted: FeatureCollection = {
		type: 'FeatureCollection',
		features: [
			...[...matched].filter(([iso3]) => inFocus(iso3)).map(([, feature]) => feature as Feature),
			...[...points].filter(([iso3]) => inFocus(iso3)).map(([, feature]) => feature as Feature),
		],
	};
	const projection = geoEqualEarth();
	let height: number;
	if (focus) {
		// A region map turns the globe to the region's middle longitude (the Western Pacific
		// straddles the 180th meridian) and fits the region into a landscape frame.
		height = Math.round(width * REGION_ASPECT);
		projection.rotate([-meanLongitude(fitted.features), 0]).fitSize([width, height], fitted as GeoPermissibleObjects);
	} else {
		projection.fitWidth(width, { type: 'Sphere' });
		height = Math.ceil(geoPath(projection).bounds({ type: 'Sphere' })[1][1]);
	}
	const path = geoPath(projection);
	const inView = (feature: Feature) => {
		const [[left, top], [right, bottom]] = path.bounds(feature as GeoPermissibleObjects);
		return right >= 0 && left <= width && bottom >= 0 && top <= height;
	};

	const round = (value: number) => Math.round(value * 10) / 10;
	const shapes: MapShape[] = [];
	const pointShapes: MapShape[] = [];
	for (const country of countries) {
		const feature = matched.get(country.iso3);
		if (!inFocus(country.iso3)) {
			// Neighbours of a region are context: drawn as plain land where they show, never linked.
			if (feature) other.push(feature);
			continue;
		}
		if (feature && path.area(feature as GeoPermissibleObjects) >= minArea) {
			shapes.push({ iso3: country.iso3, name: country.name, kind: 'area', d: compactPath(path(feature as GeoPermissibleObjects) ?? '') });
			continue;
		}
		const [x, y] = feature ? path.centroid(feature as GeoPermissibleObjects) : projection(points.get(country.iso3)!.geometry.coordinates as [number, number])!;
		pointShapes.push({ iso3: country.iso3, name: country.name, kind: 'point', x: round(x), y: round(y) });
	}
	const otherLand = compactPath(path({ type: 'FeatureCollection', features: other.filter((feature) => inView(feature as Feature)) } as GeoPermissibleObjects) ?? '');
	return { width, height, shapes: [...shapes, ...pointShapes], otherLand };
}

/**
 * A polygon path (d3's absolute `M x,y L x,y … Z`) rewritten with whole-pixel relative moves
 * (`M12 30l3-1 …z`), dropping moves that round to nothing: about half the bytes at 960 px wide,
 * where a pixel is the finest detail anyone sees. Each ring starts from its rounded absolute
 * point, so rounding never accumulates across rings.
 */
export function compactPath(d: string): string {
	const rings: string[] = [];
	for (const ring of d.split('M').slice(1)) {
		const [start, ...rest] = ring
			.replace(/Z/gi, '')
			.split('L')
			.map((pair) => pair.split(',').map((value) => Math.round(Number(value))));
		const moves: number[] = [];
		let [x, y] = start;
		for (const [nx, ny] of rest) {
			if (nx === x && ny === y) continue;
			moves.push(nx - x, ny - y);
			[x, y] = [nx, ny];
		}
		// Fewer than two moves is a ring under a pixel: nothing to see.
		if (moves.length >= 4) rings.push(`M${joinNumbers(start)}l${joinNumbers(moves)}z`);
	}
	return rings.join('');
}

/** SVG number list: a minus sign separates on its own, so only positives need a space. */
const joinNumbers = (numbers: readonly number[]) => numbers.reduce((text, n, index) => text + (index === 0 || n < 0 ? '' : ' ') + n, '');

/** The map's layers: what colours the countries. Each is its own page under /map/. */
export const MAP_LAYERS = ['status', 'type', 'coverage', 'region'] as const;
export type MapLayer = (typeof MAP_LAYERS)[number];

/**
 * Each layer's values in legend order. Status groups open-ended and upcoming plans (neither
 * current nor expired); coverage bins the share of items addressed, keeps "not assessed" apart
 * from any share, and "no plan" apart from both.
 */
export const LAYER_VALUES = {
	status: ['current', 'open-or-upcoming', 'expired', 'none'],
	type: ['cancer-plan', 'ncd-plan', 'cancer-strategy', 'law-policy', 'none'],
	coverage: ['75-100', '50-75', '25-50', '0-25', 'not-assessed', 'none'],
	region: ['AFR', 'AMR', 'SEAR', 'EUR', 'EMR', 'WPR', 'none'],
} as const satisfies Record<MapLayer, readonly string[]>;
export type LayerValue<L extends MapLayer> = (typeof LAYER_VALUES)[L][number];

/** The coverage bin of a share (0–1): 0–25 includes 0; each upper bound belongs to the bin above, 100% to 75–100. */
export function coverageBin(share: number): LayerValue<'coverage'> {
	if (share >= 0.75) return '75-100';
	if (share >= 0.5) return '50-75';
	if (share >= 0.25) return '25-50';
	return '0-25';
}

/** A country's value on a layer. Coverage reads the country's newest assessed own plan, as the country pages do. */
export function layerValue(layer: MapLayer, view: CountryView, planGaps: ReadonlyMap<string, PlanGaps>): string {
	switch (layer) {
		case 'status':
			return view.status === 'open-ended' || view.status === 'upcoming' ? 'open-or-upcoming' : view.status;
		case 'type':
			return view.plans[0]?.plan.type ?? 'none';
		case 'region':
			return view.country.whoRegion ?? 'none';
		case 'coverage': {
			if (!view.plans.length) return 'none';
			const assessed = latestAssessedPlan(view, planGaps);
			const share = assessed && planGaps.get(assessed.id)?.overall.share;
			return share === undefined || share === null ? 'not-assessed' : coverageBin(share);
		}
	}
}

/** Countries grouped by their value on a layer, in legend order, each group A–Z by name: the map's text equivalent. */
export function groupByValue<T extends { name: string }>(layer: MapLayer, entries: readonly (T & { value: string })[]): { value: string; entries: (T & { value: string })[] }[] {
	const collator = new Intl.Collator('en');
	return LAYER_VALUES[layer].map((value) => ({
		value,
		entries: entries.filter((entry) => entry.value === value).sort((a, b) => collator.compare(a.name, b.name)),
	}));
}
