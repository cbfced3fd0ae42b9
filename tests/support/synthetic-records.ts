/**
 * Synthetic records for unit tests: a country, a plan and the fixture site's framework, with
 * every required field filled so a test states only what it is about.
 */
import type { PlanRecord } from '../../src/lib/catalog.ts';
import type { Framework } from '../../src/lib/framework.ts';
import { validateFramework } from '../../src/lib/validate-gaps.ts';
import type { Country } from '../../src/schemas/country.ts';

/** The fixture site's synthetic framework: three items in two domains (prevention, data). */
export function fixtureFramework(): Framework {
	return validateFramework('tests/fixtures/site/content', (path, field, message) => {
		throw new Error(`${path}: ${field}: ${message}`);
	})!;
}

/** A synthetic WHO Member State of the African Region, named "Synthetic {iso3}". */
export function syntheticCountry(iso3: string, extra: Partial<Country> = {}): Country {
	return { iso3, name: `Synthetic ${iso3}`, whoMemberState: true, whoRegion: 'AFR', whoRegionSource: 'https://example.org/regions', aliases: [], ...extra };
}

/** A synthetic national cancer plan in English, open-ended when `end` is undefined. */
export function syntheticPlan(id: string, country: string, start: number, end: number | undefined, extra: Partial<PlanRecord> = {}): PlanRecord {
	return {
		id,
		title: `Synthetic plan ${id}`,
		country,
		type: 'cancer-plan',
		period: end === undefined ? { start } : { start, end },
		languages: ['en'],
		scope: 'national',
		evidenceUrl: 'https://example.org/evidence',
		flags: [],
		added: '2026-01-01',
		...extra,
	};
}
