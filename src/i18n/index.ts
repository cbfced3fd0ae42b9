import type { ReportNames } from '../lib/gap-reports.ts';
import type { FindingLabels } from '../lib/finding-markup.ts';
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

/** One formatter per locale: creating an Intl formatter costs far more than using it, and every page formats dates. */
function perLocale<T>(create: (locale: Locale) => T): (locale: Locale) => T {
	const made = new Map<Locale, T>();
	return (locale) => {
		if (!made.has(locale)) made.set(locale, create(locale));
		return made.get(locale)!;
	};
}
const languageNames = perLocale((locale) => new Intl.DisplayNames([locale], { type: 'language', fallback: 'code' }));
const longDates = perLocale((locale) => new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'long', timeZone: 'UTC' }));

/** A language's name in the UI locale, from ICU ("fr" → "French"); the code itself if unknown. */
export function languageName(code: string, locale: Locale = DEFAULT_LOCALE): string {
	return languageNames(locale).of(code) ?? code;
}

/** A date (YYYY-MM-DD) written out for the locale: "21 November 2026". */
export function formatDate(isoDate: string, locale: Locale = DEFAULT_LOCALE): string {
	return longDates(locale).format(new Date(`${isoDate}T00:00:00Z`));
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

/** The names gap reports give the world, the regions and the income groups. */
export function gapReportNames(t: UiStrings = strings()): ReportNames {
	return { world: t.gaps.world, subnational: t.gaps.subnationalSubject, region: t.region, income: t.income };
}

/** The words of a finding's cells (src/lib/finding-markup.ts), for pages and the screening island. */
export function findingLabels(t: UiStrings = strings()): FindingLabels {
	return { status: t.gaps.status, standing: t.gaps.standing, ...t.gaps.findingTemplates };
}

/** A gap report's title: "Gap report: Kenya", or "Gap reports" for the world overview at /gaps/. */
export function gapReportTitle(report: { kind: string; subject: string }, t: UiStrings = strings()): string {
	return report.kind === 'world' ? t.gaps.overviewTitle : t.gaps.reportTitle(report.subject);
}
