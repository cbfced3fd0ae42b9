import type { MapLayer } from '../lib/map.ts';
import { en, type UiStrings } from './en.ts';

/** UI locales. Each has one strings file; Pagefind builds one index per `<html lang>`. */
export const LOCALES = { en } as const satisfies Record<string, UiStrings>;
export type Locale = keyof typeof LOCALES;
export const DEFAULT_LOCALE: Locale = 'en';

/** The strings of a locale. */
export function strings(locale: Locale = DEFAULT_LOCALE): UiStrings {
	return LOCALES[locale];
}

/** A language's name in the UI locale, from ICU ("fr" → "French"); the code itself if unknown. */
export function languageName(code: string, locale: Locale = DEFAULT_LOCALE): string {
	return new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }).of(code) ?? code;
}

/** A date (YYYY-MM-DD) written out for the locale: "21 November 2026". */
export function formatDate(isoDate: string, locale: Locale = DEFAULT_LOCALE): string {
	return new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${isoDate}T00:00:00Z`));
}

/**
 * The label of a country's value on a map layer (`layerValue` in src/lib/map.ts), in the words the
 * rest of the site uses for the same thing: a country status, a plan type, a WHO region.
 */
export function layerValueLabel(layer: MapLayer, value: string, locale: Locale = DEFAULT_LOCALE): string {
	const t = strings(locale);
	if (value === 'none') return layer === 'region' ? t.noRegion : t.countryStatus.none;
	switch (layer) {
		case 'status':
			return value === 'open-or-upcoming' ? t.map.openOrUpcoming : t.countryStatus[value as keyof typeof t.countryStatus];
		case 'type':
			return t.planType[value as keyof typeof t.planType];
		case 'region':
			return t.region[value as keyof typeof t.region];
		case 'coverage':
			return value === 'not-assessed' ? t.gaps.status['not-assessed'] : t.map.coverage[value as keyof typeof t.map.coverage];
	}
}
