import { describe, expect, it } from 'vitest';
import { inForceConflicts, ownStatus, planStandings, supersessionProblems, type StandingRecord } from '../../src/lib/standing.ts';
import { verificationProblems, verifiedOn, isStale } from '../../src/lib/verification.ts';

const on = (date: string) => new Date(`${date}T00:00:00Z`);
const plan = (id: string, period: StandingRecord['period'], extra: Partial<StandingRecord> = {}): StandingRecord => ({
	id,
	country: 'KEN',
	scope: 'national',
	type: 'cancer-plan',
	period,
	flags: [],
	...extra,
});
const statuses = (plans: StandingRecord[], date = '2026-12-07') => Object.fromEntries([...planStandings(plans, on(date))].map(([id, standing]) => [id, standing.status]));

describe('what the dates cannot say', () => {
	it('a draft is a draft whatever its dates', () => {
		expect(ownStatus(plan('synthetic-draft', { start: 2022, end: 2026 }, { flags: ['draft'] }), on('2026-12-07'))).toBe('draft');
		expect(ownStatus(plan('synthetic-old-draft', { start: 2010, end: 2014 }, { flags: ['draft'] }), on('2026-12-07'))).toBe('draft');
	});

	it('an announced plan whose adoption is unconfirmed has an unknown status until it expires', () => {
		expect(ownStatus(plan('synthetic-announced', { start: 2026, end: 2030 }, { flags: ['adoption-unconfirmed'] }), on('2026-12-07'))).toBe('status-unknown');
		expect(ownStatus(plan('synthetic-announced-old', { start: 2015, end: 2019 }, { flags: ['adoption-unconfirmed'] }), on('2026-12-07'))).toBe('expired');
	});

	it('an open-ended plan more than ten years old is of unknown status, unless a source says it is in force', () => {
		expect(ownStatus(plan('synthetic-2016', { start: 2016 }), on('2026-12-07'))).toBe('status-unknown');
		expect(ownStatus(plan('synthetic-2017', { start: 2017 }), on('2026-12-07'))).toBe('open-ended');
		expect(ownStatus(plan('synthetic-2006', { start: 2006 }, { inForce: { url: 'https://example.org/synthetic', date: '2026-02-01' } }), on('2026-12-07'))).toBe('open-ended');
	});
});

describe('supersession', () => {
	it('supersedes a plan once its named successor has begun and is adopted, whatever its own end year', () => {
		const plans = [plan('synthetic-first', { start: 2018, end: 2028 }, { supersededBy: 'synthetic-second' }), plan('synthetic-second', { start: 2022, end: 2027 })];
		expect(statuses(plans)).toEqual({ 'synthetic-first': 'superseded', 'synthetic-second': 'current' });
		expect(planStandings(plans, on('2026-12-07')).get('synthetic-first')?.supersededBy).toEqual({ id: 'synthetic-second', basis: 'stated' });
		// Before the successor starts, the plan is still in force.
		expect(statuses(plans, '2021-06-01')['synthetic-first']).toBe('current');
	});

	it('keeps the plan in force while its successor is only announced or a draft', () => {
		for (const flag of ['adoption-unconfirmed', 'draft'] as const) {
			const plans = [plan('synthetic-in-force', { start: 2023, end: 2027 }, { supersededBy: 'synthetic-next' }), plan('synthetic-next', { start: 2026, end: 2030 }, { flags: [flag] })];
			expect(statuses(plans)['synthetic-in-force'], flag).toBe('current');
		}
	});

	it('supersedes an open-ended plan by a later plan of the same type in force, in the same country or area only', () => {
		const plans = [
			plan('synthetic-2018-open', { start: 2018 }),
			plan('synthetic-2023-2028', { start: 2023, end: 2028 }),
			plan('synthetic-other-type', { start: 2019 }, { type: 'ncd-plan' }),
			plan('synthetic-area-a', { start: 2019 }, { scope: 'sub-national', area: 'Synthetic A' }),
			plan('synthetic-area-b', { start: 2024, end: 2030 }, { scope: 'sub-national', area: 'Synthetic B' }),
		];
		expect(statuses(plans)).toEqual({
			'synthetic-2018-open': 'superseded',
			'synthetic-2023-2028': 'current',
			'synthetic-other-type': 'open-ended',
			'synthetic-area-a': 'open-ended',
			'synthetic-area-b': 'current',
		});
		expect(planStandings(plans, on('2026-12-07')).get('synthetic-2018-open')?.supersededBy).toEqual({ id: 'synthetic-2023-2028', basis: 'later-plan' });
		// A dated plan is never superseded by dates alone: a source must say so.
		expect(inForceConflicts([plan('synthetic-a', { start: 2020, end: 2028 }), plan('synthetic-b', { start: 2022, end: 2027 })], planStandings([plan('synthetic-a', { start: 2020, end: 2028 }), plan('synthetic-b', { start: 2022, end: 2027 })], on('2026-12-07')))).toEqual([['synthetic-a', 'synthetic-b']]);
	});

	it('names every supersededBy that cannot stand', () => {
		const problems = supersessionProblems([
			plan('synthetic-self', { start: 2020 }, { supersededBy: 'synthetic-self' }),
			plan('synthetic-missing', { start: 2020 }, { supersededBy: 'synthetic-nowhere' }),
			plan('synthetic-backwards', { start: 2020 }, { supersededBy: 'synthetic-earlier' }),
			plan('synthetic-earlier', { start: 2010 }),
			plan('synthetic-loop-a', { start: 2020 }, { supersededBy: 'synthetic-loop-b' }),
			plan('synthetic-loop-b', { start: 2020 }, { supersededBy: 'synthetic-loop-a' }),
		]);
		expect(problems).toEqual([
			{ id: 'synthetic-self', message: 'expected the id of another plan, found the plan itself' },
			{ id: 'synthetic-missing', message: 'expected the id of a plan in content/plans/, found "synthetic-nowhere"' },
			{ id: 'synthetic-backwards', message: 'expected a plan starting in 2020 or later, found "synthetic-earlier", which starts in 2010' },
			{ id: 'synthetic-loop-a', message: 'expected a chain of successors that ends, found a cycle: synthetic-loop-a → synthetic-loop-b → synthetic-loop-a' },
			{ id: 'synthetic-loop-b', message: 'expected a chain of successors that ends, found a cycle: synthetic-loop-b → synthetic-loop-a → synthetic-loop-b' },
		]);
	});
});

describe('when a record was last verified', () => {
	it('is the curator’s check where recorded, else the import date, labelled as such', () => {
		expect(verifiedOn({ added: '2026-11-21', lastVerified: '2026-12-01' })).toEqual({ date: '2026-12-01', basis: 'checked' });
		expect(verifiedOn({ added: '2026-11-21' })).toEqual({ date: '2026-11-21', basis: 'added' });
	});

	it('is stale after twelve months', () => {
		expect(isStale({ added: '2025-12-06' }, on('2026-12-07'))).toBe(true);
		expect(isStale({ added: '2025-12-07' }, on('2026-12-07'))).toBe(false);
		expect(isStale({ added: '2020-01-01', lastVerified: '2026-06-01' }, on('2026-12-07'))).toBe(false);
	});

	it('cannot be in the future', () => {
		expect(verificationProblems({ added: '2026-11-21', lastVerified: '2026-12-08' }, on('2026-12-07'))).toEqual([['lastVerified', 'expected a date on or before 2026-12-07 (the build date), found 2026-12-08']]);
		expect(verificationProblems({ added: '2026-11-21', inForce: { date: '2027-01-01' } }, on('2026-12-07'))).toEqual([['inForce.date', 'expected a date on or before 2026-12-07 (the build date), found 2027-01-01']]);
	});
});

describe('a chain of successors', () => {
	it('supersedes a plan whose successor was itself replaced or is old and open-ended', () => {
		const plans = [
			plan('synthetic-2006', { start: 2006 }, { supersededBy: 'synthetic-2012' }),
			plan('synthetic-2012', { start: 2012 }, { supersededBy: 'synthetic-2020-2024' }),
			plan('synthetic-2020-2024', { start: 2020, end: 2024 }),
		];
		expect(statuses(plans)).toEqual({ 'synthetic-2006': 'superseded', 'synthetic-2012': 'superseded', 'synthetic-2020-2024': 'expired' });
	});
});
