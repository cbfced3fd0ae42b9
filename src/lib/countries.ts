import isoCountries from 'i18n-iso-countries';
import de from 'i18n-iso-countries/langs/de.json' with { type: 'json' };
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import es from 'i18n-iso-countries/langs/es.json' with { type: 'json' };
import fr from 'i18n-iso-countries/langs/fr.json' with { type: 'json' };
import pt from 'i18n-iso-countries/langs/pt.json' with { type: 'json' };
import { foldForSearch } from './text.ts';

for (const locale of [de, en, es, fr, pt]) isoCountries.registerLocale(locale);

/** Languages whose country names are searchable on every page (UI languages plus neighbours). */
export const NAME_LOCALES = ['en', 'fr', 'es', 'pt', 'de'] as const;
export type NameLocale = (typeof NAME_LOCALES)[number];

/**
 * Names people use that `i18n-iso-countries` lacks: former names, colloquial forms and
 * abbreviations planners type. Keyed by ISO3. Ours to maintain; add one where a user searched
 * in vain.
 */
export const OWN_ALIASES: Readonly<Record<string, readonly string[]>> = {
	ARE: ['UAE', 'Emirates'],
	BOL: ['Bolivia'],
	BRN: ['Brunei'],
	CIV: ['Ivory Coast', 'Cote dIvoire'],
	COD: ['DRC', 'DR Congo', 'Congo-Kinshasa', 'Zaire'],
	COG: ['Congo-Brazzaville', 'Republic of the Congo'],
	CPV: ['Cape Verde', 'Cabo Verde'],
	CZE: ['Czech Republic', 'Czechia'],
	FSM: ['Micronesia', 'FSM'],
	GBR: ['UK', 'United Kingdom', 'Great Britain', 'Britain', 'England', 'Scotland', 'Wales', 'Northern Ireland'],
	IRN: ['Iran', 'Persia'],
	KOR: ['South Korea', 'Korea'],
	LAO: ['Lao PDR', 'Laos'],
	MDA: ['Moldova'],
	MKD: ['Macedonia', 'FYROM'],
	MMR: ['Burma'],
	NLD: ['Holland'],
	PRK: ['North Korea', 'DPRK'],
	PSE: ['Palestine', 'West Bank and Gaza'],
	RUS: ['Russia'],
	SWZ: ['Swaziland', 'Eswatini'],
	SYR: ['Syria'],
	TLS: ['East Timor', 'Timor Leste'],
	TUR: ['Turkey', 'Türkiye', 'Turkiye'],
	TZA: ['Tanzania'],
	USA: ['USA', 'US', 'United States', 'America'],
	VAT: ['Vatican', 'Vatican City'],
	VEN: ['Venezuela'],
	VNM: ['Vietnam', 'Viet Nam'],
	XKX: ['Kosovo'],
};

/** The minimum a country record needs for names and search. */
export interface NamedCountry {
	iso3: string;
	iso2?: string;
	name: string;
	aliases?: readonly string[];
}

/** The country's name in a locale, falling back to the WHO name we store. */
export function countryName(country: NamedCountry, locale: string): string {
	if (locale === 'en' || !country.iso2) return country.name;
	return NAME_CORRECTIONS[country.iso2]?.[locale] ?? isoCountries.getName(country.iso2, locale, { select: 'official' }) ?? country.name;
}

/**
 * Names i18n-iso-countries gets wrong, by ISO2 and locale. Its Portuguese names of the two Congos
 * are swapped and dated: the Republic of the Congo (CG) is given the Democratic Republic's name,
 * and the Democratic Republic (CD) the People's Republic's, the Republic of the Congo's name
 * before 1991.
 */
const NAME_CORRECTIONS: Readonly<Record<string, Readonly<Record<string, string>>>> = {
	CG: { pt: 'República do Congo' },
	CD: { pt: 'República Democrática do Congo' },
};

/** Every spelling we hold for a country, exact duplicates removed, WHO name first. */
function allNames(country: NamedCountry): string[] {
	const names = [country.name];
	if (country.iso2) {
		for (const locale of NAME_LOCALES) {
			const corrected = NAME_CORRECTIONS[country.iso2]?.[locale];
			names.push(...(corrected ? [corrected] : (isoCountries.getName(country.iso2, locale, { select: 'all' }) ?? [])));
		}
	}
	names.push(...(OWN_ALIASES[country.iso3] ?? []), ...(country.aliases ?? []), country.iso3);
	if (country.iso2) names.push(country.iso2);
	return [...new Set(names)];
}

/**
 * Every name a user might type for the country, for display: our WHO name, all
 * `i18n-iso-countries` names in the name locales, our aliases, the record's own aliases and the
 * ISO codes, one per folded form (first spelling kept).
 */
export function countrySearchNames(country: NamedCountry): string[] {
	const seen = new Set<string>();
	return allNames(country).filter((name) => {
		const folded = foldForSearch(name);
		if (!folded || seen.has(folded)) return false;
		seen.add(folded);
		return true;
	});
}

/**
 * Terms to put in the search index for a country: every spelling as written (the search engine
 * splits "Côte-d'Ivoire" and "Côte d’Ivoire" differently) plus their folded forms, so
 * "cote divoire" finds them all.
 */
export function countryIndexTerms(country: NamedCountry): string {
	const names = allNames(country);
	return [...new Set([...names, ...names.map(foldForSearch)])].join(' · ');
}

/**
 * Find a country from anything a user or a data file may call it: a name in any name locale,
 * an alias, ISO3 or ISO2, ignoring case, diacritics and apostrophes.
 */
export function createCountryLookup<T extends NamedCountry>(countries: readonly T[]): (query: string) => T | undefined {
	const index = new Map<string, T>();
	for (const country of countries) {
		for (const name of countrySearchNames(country)) {
			const key = foldForSearch(name);
			// Two-letter keys are ISO2 codes; a name never shadows another country's code.
			if (!index.has(key)) index.set(key, country);
		}
	}
	return (query) => index.get(foldForSearch(query));
}
