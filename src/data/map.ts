import isoCountries from 'i18n-iso-countries';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlas from 'world-atlas/countries-110m.json' with { type: 'json' };
import pointDataset from 'world-countries';
import { drawMap, layerValue, type DrawnMap, type MapCountry, type MapLayer } from '../lib/map.ts';
import type { WhoRegion } from '../schemas/vocabulary.ts';
import { catalog } from './catalog.ts';
import { gapReports } from './gaps.ts';

/** Natural Earth 1:110m countries (world-atlas), as GeoJSON features. */
const topology = atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
const features = feature(topology, topology.objects.countries);

/** Points for places with no polygon: a curator's sourced `mapPoint` first, else the world-countries dataset (ODbL). */
const datasetPoint = new Map(pointDataset.map((entry) => [entry.cca3, [entry.latlng[1], entry.latlng[0]] as [number, number]]));
const mapCountries: MapCountry[] = catalog.countries.map(({ country }) => ({
	iso3: country.iso3,
	name: country.name,
	numeric: isoCountries.alpha3ToNumeric(country.iso3),
	point: country.mapPoint ? [country.mapPoint.lon, country.mapPoint.lat] : datasetPoint.get(country.iso3),
}));

/** The world map's shapes, drawn once per build and shared by every map. */
export const worldMap: DrawnMap = drawMap(features, mapCountries, { width: 960 });

const regionMaps = new Map<WhoRegion, DrawnMap>();
/** A region's map: the same countries, fitted to the region's (drawn on demand, once per region). */
export function regionMap(region: WhoRegion): DrawnMap {
	if (!regionMaps.has(region)) {
		const focus = new Set(catalog.countries.filter((view) => view.country.whoRegion === region).map((view) => view.country.iso3));
		regionMaps.set(region, drawMap(features, mapCountries, { width: 960, focus }));
	}
	return regionMaps.get(region)!;
}

const layerCache = new Map<MapLayer, ReadonlyMap<string, string>>();
/** Each country's value on a layer (ISO3 → value), computed once per layer. */
export function layerValues(layer: MapLayer): ReadonlyMap<string, string> {
	if (!layerCache.has(layer)) {
		layerCache.set(layer, new Map(catalog.countries.map((view) => [view.country.iso3, layerValue(layer, view, gapReports.planGaps)])));
	}
	return layerCache.get(layer)!;
}
