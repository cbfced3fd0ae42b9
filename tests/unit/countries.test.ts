import { describe, expect, it } from 'vitest';
import { countryIndexTerms, countryName, countrySearchNames, createCountryLookup } from '../../src/lib/countries.ts';
import { foldForSearch, slugify } from '../../src/lib/text.ts';

const civ = { iso3: 'CIV', iso2: 'CI', name: 'Côte d’Ivoire' };
const countries = [
	civ,
	{ iso3: 'TUR', iso2: 'TR', name: 'Türkiye' },
	{ iso3: 'COD', iso2: 'CD', name: 'Democratic Republic of the Congo' },
	{ iso3: 'COG', iso2: 'CG', name: 'Congo' },
	{ iso3: 'SWZ', iso2: 'SZ', name: 'Eswatini' },
	{ iso3: 'MMR', iso2: 'MM', name: 'Myanmar' },
	{ iso3: 'XKX', iso2: 'XK', name: 'Kosovo' },
	{ iso3: 'XAA', name: 'Bonaire' },
];
const lookup = createCountryLookup(countries);

describe('folding text for search', () => {
	it('ignores case, diacritics, apostrophes and punctuation', () => {
		expect(foldForSearch('Côte d’Ivoire')).toBe('cote divoire');
		expect(foldForSearch("Côte d'Ivoire")).toBe('cote divoire');
		expect(foldForSearch('  TÜRKIYE!! ')).toBe('turkiye');
		expect(slugify('Plan Stratégique National 2022–2025')).toBe('plan-strategique-national-2022-2025');
	});
});

describe('country lookup', () => {
	it.each([
		['cote divoire', 'CIV'],
		['Ivory Coast', 'CIV'],
		['Costa de Marfil', 'CIV'],
		["Côte-d'Ivoire", 'CIV'],
		['CIV', 'CIV'],
		['ci', 'CIV'],
		['Turkey', 'TUR'],
		['türkiye', 'TUR'],
		['DRC', 'COD'],
		['Congo-Brazzaville', 'COG'],
		['Swaziland', 'SWZ'],
		['Burma', 'MMR'],
		['Kosovo', 'XKX'],
		['Bonaire', 'XAA'],
	])('finds %s as %s', (query, iso3) => {
		expect(lookup(query)?.iso3).toBe(iso3);
	});
	it('finds nothing for an unknown name rather than guessing', () => {
		expect(lookup('Atlantis')).toBeUndefined();
		expect(lookup('')).toBeUndefined();
	});
});

describe('country names', () => {
	it('gives French, Spanish and Portuguese names and keeps the WHO name in English', () => {
		expect(countryName(civ, 'en')).toBe('Côte d’Ivoire');
		expect(countryName(civ, 'es')).toBe('Costa de Marfil');
		expect(countryName({ iso3: 'XAA', name: 'Bonaire' }, 'fr')).toBe('Bonaire');
	});
	it('names the two Congos right in Portuguese, which the package swaps', () => {
		expect(countryName({ iso3: 'COG', iso2: 'CG', name: 'Congo' }, 'pt')).toBe('República do Congo');
		expect(countryName({ iso3: 'COD', iso2: 'CD', name: 'Democratic Republic of the Congo' }, 'pt')).toBe('República Democrática do Congo');
		expect(countrySearchNames({ iso3: 'COG', iso2: 'CG', name: 'Congo' })).not.toContain('República Democrática do Congo');
	});
	it('lists each spelling once and includes our own aliases and codes', () => {
		const names = countrySearchNames(civ);
		expect(names).toContain('Ivory Coast');
		expect(names).toContain('CIV');
		expect(names.map(foldForSearch).length).toBe(new Set(names.map(foldForSearch)).size);
	});
	it('indexes folded forms beside the written ones', () => {
		const terms = countryIndexTerms(civ);
		expect(terms).toContain('Côte d’Ivoire');
		expect(terms).toContain('cote divoire');
		expect(terms).toContain('costa de marfil');
		// French writes it with hyphens; the engine splits that spelling differently, so keep it.
		expect(terms).toContain("Côte-d'Ivoire");
	});
});
