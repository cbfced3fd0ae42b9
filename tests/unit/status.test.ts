import { describe, expect, it } from 'vitest';
import { countryStatus, datedStatus, expiresWithin, formatPeriod } from '../../src/lib/status.ts';
import { deriveStage } from '../../src/lib/stage.ts';
import type { PlanStatus } from '../../src/schemas/vocabulary.ts';

const on = (date: string) => new Date(`${date}T00:00:00Z`);

describe('what a plan\'s dates say on a date', () => {
	it('is current from 1 January of the first year to 31 December of the last', () => {
		expect(datedStatus({ start: 2022, end: 2026 }, on('2026-12-31'))).toBe('current');
		expect(datedStatus({ start: 2026, end: 2030 }, on('2026-01-01'))).toBe('current');
		expect(datedStatus({ start: 2017, end: 2025 }, on('2026-01-01'))).toBe('expired');
	});
	it('is upcoming before its first year, even without an end', () => {
		expect(datedStatus({ start: 2027, end: 2031 }, on('2026-11-21'))).toBe('upcoming');
		expect(datedStatus({ start: 2027 }, on('2026-11-21'))).toBe('upcoming');
	});
	it('is open-ended once started when no end year is stated', () => {
		expect(datedStatus({ start: 2009 }, on('2026-11-21'))).toBe('open-ended');
	});
});

describe('plans expiring soon', () => {
	it('counts a plan whose last day falls within the horizon', () => {
		expect(expiresWithin({ start: 2022, end: 2026 }, on('2026-11-21'), 12)).toBe(true);
		expect(expiresWithin({ start: 2022, end: 2027 }, on('2026-11-21'), 12)).toBe(false);
		expect(expiresWithin({ start: 2022, end: 2027 }, on('2027-01-01'), 12)).toBe(true);
	});
	it('never counts expired or open-ended plans', () => {
		expect(expiresWithin({ start: 2015, end: 2025 }, on('2026-11-21'), 12)).toBe(false);
		expect(expiresWithin({ start: 2015 }, on('2026-11-21'), 12)).toBe(false);
	});
});

describe('country status and stage', () => {
	const asOf = on('2026-12-07');
	const of = (...statuses: PlanStatus[]) => countryStatus(statuses.map((status) => ({ status, period: { start: 2020, end: 2030 } })), asOf);
	it('takes the best status of its plans', () => {
		expect(of('expired', 'current')).toBe('current');
		expect(of('expired', 'open-ended')).toBe('open-ended');
		expect(of('expired', 'upcoming')).toBe('upcoming');
		expect(of('expired')).toBe('expired');
		expect(of()).toBe('none');
	});
	it('counts a plan of unknown status as open-ended, a superseded one as expired, and a draft as upcoming until its period ends', () => {
		expect(of('status-unknown', 'expired')).toBe('open-ended');
		expect(of('superseded')).toBe('expired');
		expect(of('draft')).toBe('upcoming');
		expect(countryStatus([{ status: 'draft', period: { start: 2011, end: 2020 } }], asOf)).toBe('expired');
	});
	it('derives a stage only where the facts allow', () => {
		expect(deriveStage('current')).toEqual({ stage: 'implement', basis: 'current-plan' });
		expect(deriveStage('expired')).toEqual({ stage: 'update', basis: 'expired-plans' });
		expect(deriveStage('open-ended')).toEqual({ basis: 'unknown' });
		expect(deriveStage('upcoming')).toEqual({ basis: 'unknown' });
		expect(deriveStage('none')).toEqual({ basis: 'unknown' });
	});
	it("lets a curator's sourced stage win", () => {
		expect(deriveStage('current', 'evaluate')).toEqual({ stage: 'evaluate', basis: 'curator' });
		expect(deriveStage('none', 'develop')).toEqual({ stage: 'develop', basis: 'curator' });
	});
});

describe('period formatting', () => {
	it('writes ranges, single years and open ends', () => {
		expect(formatPeriod({ start: 2017, end: 2022 })).toBe('2017–2022');
		expect(formatPeriod({ start: 2019, end: 2019 })).toBe('2019');
		expect(formatPeriod({ start: 2009 })).toBe('2009–');
	});
});
