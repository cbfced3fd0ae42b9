import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/schemas/plan.ts';

/** A record's frontmatter as a curator writes it (synthetic: example.org, no real plan). */
const national = {
	title: 'Synthetic test plan, national',
	country: 'ZZA',
	type: 'cancer-plan',
	period: { start: 2020, end: 2024 },
	languages: ['en'],
	scope: 'national',
	evidenceUrl: 'https://example.org/synthetic/evidence',
	added: '2026-11-21',
};
const { country: _country, ...withoutCountry } = national;
const regional = { ...withoutCountry, title: 'Synthetic test plan, regional', scope: 'regional', countries: ['ZZA', 'ZZB', 'ZZC'] };

/** Every issue as `path: message`, in zod's order. */
function issues(record: unknown): string[] {
	const result = planSchema.safeParse(record);
	return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
}

describe('which countries a plan names depends on its scope', () => {
	it('accepts a national plan with its country and a regional plan with the countries it covers', () => {
		expect(issues(national)).toEqual([]);
		expect(issues({ ...national, scope: 'sub-national', area: 'Synthetic State' })).toEqual([]);
		const parsed = planSchema.parse(regional);
		expect(parsed.country).toBeUndefined();
		expect(parsed.countries).toEqual(['ZZA', 'ZZB', 'ZZC']);
	});

	it('treats a record without scope as national, which needs a country', () => {
		const { scope: _scope, ...noScope } = withoutCountry;
		expect(issues(noScope)).toEqual([
			'country: required field is missing: a national plan names the ISO3 code of its country (only a regional plan lists "countries" instead)',
		]);
	});

	it('rejects a regional plan that names a country, or lists none', () => {
		expect(issues({ ...regional, country: 'ZZA' })).toEqual([
			'country: expected no country for a regional plan (scope: regional): list every country it covers in "countries" instead, found "ZZA"',
		]);
		const { countries: _countries, ...noCountries } = regional;
		expect(issues(noCountries)).toEqual([
			'countries: required field is missing: a regional plan (scope: regional) lists the ISO3 codes of the countries it covers, at least 2',
		]);
	});

	it('needs the area of a sub-national plan, and no area on any other', () => {
		expect(issues({ ...national, scope: 'sub-national' })).toEqual([
			'area: required field is missing: a sub-national plan names the state, territory or tribal area it covers, as the document names it',
		]);
		expect(issues({ ...national, area: 'Synthetic State' })).toEqual([
			'area: expected no "area" for a national plan: only a sub-national plan names the part of its country it covers, found "Synthetic State"',
		]);
	});

	it('rejects countries on a national or sub-national plan', () => {
		expect(issues({ ...national, countries: ['ZZA', 'ZZB'] })).toEqual([
			'countries: expected no "countries" for a national plan: only a regional plan (scope: regional) covers several countries, found ["ZZA","ZZB"]',
		]);
		expect(issues({ ...national, scope: 'sub-national', area: 'Synthetic State', countries: ['ZZA', 'ZZB'] })[0]).toMatch(/^countries: expected no "countries" for a sub-national plan/);
	});

	it('needs at least two covered countries, each once, each an ISO3 code', () => {
		expect(issues({ ...regional, countries: ['ZZA'] })).toEqual([
			'countries: expected at least 2 countries (a plan of one country is national or sub-national and names it in "country"), found ["ZZA"]',
		]);
		expect(issues({ ...regional, countries: ['ZZA', 'ZZB', 'ZZA'] })).toEqual(['countries.2: expected each country once, found "ZZA" again (also countries.0)']);
		expect(issues({ ...regional, countries: ['ZZA', 'Palau'] })).toEqual(['countries.1: expected an ISO 3166-1 alpha-3 code in capitals such as "KEN"']);
	});

	it('reports the scope rule even when another field is wrong, so every problem shows at once', () => {
		const { evidenceUrl: _evidence, ...noEvidence } = regional;
		expect(issues({ ...noEvidence, country: 'ZZA' })).toEqual([
			'evidenceUrl: Invalid input: expected string, received undefined',
			'country: expected no country for a regional plan (scope: regional): list every country it covers in "countries" instead, found "ZZA"',
		]);
	});

	it('leaves an unknown scope to the scope’s own message', () => {
		expect(issues({ ...regional, scope: 'continental' })).toEqual([
			'scope: Invalid option: expected one of "national"|"sub-national"|"regional"',
		]);
	});
});
