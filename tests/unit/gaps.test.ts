import { describe, expect, it } from 'vitest';
import { aggregateGaps, formatShare, planGaps, type PlanInput } from '../../src/lib/gaps.ts';
import type { Assessment } from '../../src/schemas/assessment.ts';
import { fixtureFramework } from '../support/synthetic-records.ts';

const framework = fixtureFramework();

const assessment = (method: Assessment['method'], findings: Record<string, Assessment['findings'][string]['status']>): Assessment => ({
	frameworkVersion: '1.2.0',
	method,
	assessedBy: 'synthetic',
	date: '2026-01-01',
	findings: Object.fromEntries(
		Object.entries(findings).map(([id, status]) => [id, { status, evidence: status === 'not-found' ? [] : [{ page: 1, quote: 'synthetic quote' }] }]),
	),
	...(method === 'published-source' ? { source: { title: 'Synthetic review', url: 'https://example.org/synthetic' } } : {}),
});

describe('one plan', () => {
	it('keeps items the assessment leaves out as not assessed, not as not found', () => {
		const gaps = planGaps(framework, { id: 'synthetic-a', assessment: assessment('expert-review', { 'synthetic-hpv-vaccination': 'addressed' }) });
		expect(gaps.statuses.get('synthetic-hpv-vaccination')).toBe('addressed');
		expect(gaps.statuses.get('synthetic-tobacco-control')).toBe('not-assessed');
		expect(gaps.overall).toMatchObject({ addressed: 1, 'not-found': 0, 'not-assessed': 2, assessed: 1, share: 1 });
		expect(gaps.domains.get('synthetic-data')).toMatchObject({ assessed: 0, share: null });
	});

	it('counts partial as assessed but not as addressed', () => {
		const gaps = planGaps(framework, {
			id: 'synthetic-b',
			assessment: assessment('automated-screening', { 'synthetic-hpv-vaccination': 'partial', 'synthetic-tobacco-control': 'addressed', 'synthetic-cancer-registry': 'not-found' }),
		});
		expect(gaps.overall).toMatchObject({ addressed: 1, partial: 1, 'not-found': 1, assessed: 3 });
		expect(gaps.overall.share).toBeCloseTo(1 / 3);
		expect(gaps.domains.get('synthetic-prevention')!.share).toBe(0.5);
	});

	it('has no share at all for a plan never assessed', () => {
		const gaps = planGaps(framework, { id: 'synthetic-c' });
		expect(gaps.overall).toMatchObject({ assessed: 0, 'not-assessed': 3, share: null });
		expect(formatShare(gaps.overall.share)).toBe('—');
	});
});

describe('many plans', () => {
	const plans: PlanInput[] = [
		{ id: 'synthetic-screened', assessment: assessment('automated-screening', { 'synthetic-hpv-vaccination': 'addressed', 'synthetic-tobacco-control': 'not-found' }) },
		{ id: 'synthetic-reviewed', assessment: assessment('expert-review', { 'synthetic-hpv-vaccination': 'not-found', 'synthetic-cancer-registry': 'partial' }) },
		{ id: 'synthetic-published', assessment: assessment('published-source', { 'synthetic-hpv-vaccination': 'addressed' }) },
		{ id: 'synthetic-unassessed' },
	];
	const result = aggregateGaps(framework, plans);

	it('counts every plan on each item, with n, but gives no share across fewer than 5 assessed plans', () => {
		expect(result).toMatchObject({ catalogued: 4, assessedPlans: 3 });
		const hpv = result.items.get('synthetic-hpv-vaccination')!;
		expect(hpv).toMatchObject({ addressed: 2, 'not-found': 1, 'not-assessed': 1, assessed: 3, ratedPlans: 3, share: null, withheld: true });
		expect(hpv.plans['not-assessed']).toEqual(['synthetic-unassessed']);
		const registry = result.items.get('synthetic-cancer-registry')!;
		expect(registry).toMatchObject({ partial: 1, assessed: 1, 'not-assessed': 3, share: null, withheld: true });
	});

	it('counts the methods behind the figures, and unchecked automated drafts apart from reviewed assessments', () => {
		expect(result.methods).toEqual({ 'automated-screening': 1, 'expert-review': 1, 'published-source': 1 });
		expect(result.checking).toEqual({ drafts: 1, reviewed: 2 });
	});

	it('pools a domain over its items and plans, with the plans behind it as n', () => {
		// prevention: hpv (2 addressed, 1 not found, 1 not assessed) + tobacco (1 not found, 3 not assessed)
		expect(result.domains.get('synthetic-prevention')).toMatchObject({ addressed: 2, 'not-found': 2, assessed: 4, 'not-assessed': 4, ratedPlans: 3, withheld: true });
	});

	it('gives shares from 5 assessed plans on, leaving not applicable findings out of them', () => {
		const five = [
			...['a', 'b', 'c'].map((key) => ({ id: `synthetic-${key}`, assessment: assessment('automated-screening', { 'synthetic-hpv-vaccination': 'addressed', 'synthetic-tobacco-control': 'not-found' }) })),
			{ id: 'synthetic-d', assessment: assessment('automated-screening', { 'synthetic-hpv-vaccination': 'not-found', 'synthetic-tobacco-control': 'addressed' }) },
			{ id: 'synthetic-e', assessment: assessment('automated-screening', { 'synthetic-hpv-vaccination': 'not-applicable', 'synthetic-tobacco-control': 'addressed' }) },
		];
		const figures = aggregateGaps(framework, five);
		// HPV: four plans rated (one not applicable), too few; tobacco: five rated, 2 of 5 addressed.
		expect(figures.items.get('synthetic-hpv-vaccination')).toMatchObject({ addressed: 3, 'not-found': 1, 'not-applicable': 1, assessed: 4, share: null, withheld: true });
		expect(figures.items.get('synthetic-tobacco-control')).toMatchObject({ addressed: 2, 'not-found': 3, assessed: 5, share: 0.4, withheld: false });
		expect(figures.domains.get('synthetic-prevention')).toMatchObject({ addressed: 5, 'not-found': 4, 'not-applicable': 1, assessed: 9, ratedPlans: 5, withheld: false });
		expect(figures.domains.get('synthetic-prevention')!.share).toBeCloseTo(5 / 9);
	});

	it('reports nothing assessed when no plan is', () => {
		const none = aggregateGaps(framework, [{ id: 'synthetic-x' }, { id: 'synthetic-y' }]);
		expect(none.assessedPlans).toBe(0);
		for (const tally of none.items.values()) expect(tally).toMatchObject({ assessed: 0, share: null, 'not-assessed': 2 });
	});

	it('handles an empty group', () => {
		const empty = aggregateGaps(framework, []);
		expect(empty.catalogued).toBe(0);
		expect(empty.domains.get('synthetic-data')!.share).toBeNull();
	});
});
