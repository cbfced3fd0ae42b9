import { describe, expect, it } from 'vitest';
import { countryFirst, isCountryQuery } from '../../src/lib/search-order.ts';

const KENYA = 'Kenya · Quénia · Kenia · KEN · KE · quenia';

describe('a country query', () => {
	it('is a name or code of the country, in any case and with or without accents', () => {
		for (const query of ['Kenya', 'kenya', 'Quénia', 'quenia', 'KEN', 'ke ']) expect(isCountryQuery(query, KENYA), query).toBe(true);
		for (const query of ['Ken ya', 'cancer Kenya', '', 'Kenyan']) expect(isCountryQuery(query, KENYA), query).toBe(false);
	});

	it('lists the country page, then its plan in force, then its other plans newest first, then the rest', () => {
		const results = ['synthetic-expired-ncd', 'synthetic-other-country', 'synthetic-in-force', 'synthetic-country-page', 'synthetic-old'];
		const plans = [
			{ id: 'synthetic-newer-expired', inForce: false },
			{ id: 'synthetic-in-force', inForce: true },
			{ id: 'synthetic-expired-ncd', inForce: false },
			{ id: 'synthetic-old', inForce: false },
		];
		expect(countryFirst(results, 'synthetic-country-page', plans)).toEqual(['synthetic-country-page', 'synthetic-in-force', 'synthetic-expired-ncd', 'synthetic-old', 'synthetic-other-country']);
	});

	it('never adds a result the search left out', () => {
		expect(countryFirst(['synthetic-a'], 'synthetic-country-page', [{ id: 'synthetic-b', inForce: true }])).toEqual(['synthetic-a']);
	});
});
