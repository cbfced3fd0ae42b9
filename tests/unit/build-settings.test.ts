import { describe, expect, it } from 'vitest';
import { parseBuildDate } from '../../src/build-settings.ts';

describe('the build date', () => {
	it('is the pinned day, at midnight UTC', () => {
		expect(parseBuildDate('2026-06-01', 'BUILD_DATE').toISOString()).toBe('2026-06-01T00:00:00.000Z');
	});

	it('is today when nothing pins it', () => {
		expect(parseBuildDate(undefined, 'BUILD_DATE').toISOString().slice(0, 10)).toBe(new Date().toISOString().slice(0, 10));
	});

	it('refuses a value that is not a date, naming where it came from', () => {
		for (const value of ['2026-1-01', '2026-13-01', '2026-02-30', '1 June 2026']) {
			expect(() => parseBuildDate(value, '--date'), value).toThrow(`--date: expected a date written YYYY-MM-DD, found "${value}"`);
		}
	});
});
