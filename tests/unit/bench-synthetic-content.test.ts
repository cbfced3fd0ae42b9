/**
 * The benchmark's synthetic catalogue: what it writes must pass the same validation as real
 * content (or the build it measures would fail), say on every record that it is synthetic, and
 * be the same on every run so figures from two runs compare.
 */
import { afterAll, describe, expect, it } from 'vitest';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSyntheticRecords, writeSyntheticContent } from '../../scripts/bench/synthetic-content.ts';
import { formatProblem, validateContent } from '../../src/lib/validate.ts';

const real = validateContent('content').records;
const records = generateSyntheticRecords(real.countries, real.framework!, { plans: 20, assessedShare: 0.8 });
const scratch = mkdtempSync(join(tmpdir(), 'nccp-bench-test-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('synthetic benchmark content', () => {
	it('writes 20 plans and their assessments that pass validation', () => {
		const target = join(scratch, 'content');
		writeSyntheticContent(target, 'content', records);
		const result = validateContent(target);
		expect(result.problems.map(formatProblem)).toEqual([]);
		expect(result.plans).toBe(20);
		expect(result.assessments).toBe(records.filter((record) => record.assessment).length);
		expect(readdirSync(join(target, 'plans'))).toHaveLength(20);
	});

	it('names every plan, publisher, assessor and URL as synthetic', () => {
		for (const { id, plan, body, assessment } of records) {
			expect(id).toMatch(/-synthetic-plan-\d+$/);
			expect(plan.title).toMatch(/^Synthetic plan \d+: /);
			if (plan.titleEnglish) expect(plan.titleEnglish).toMatch(/^Synthetic plan \d+: /);
			expect(plan.publisher).toMatch(/^Synthetic /);
			expect(body).toMatch(/^Synthetic plan \d+ is generated for the benchmark/);
			expect(new URL(plan.evidenceUrl).hostname).toBe('example.org');
			if (assessment) expect(assessment.assessedBy).toMatch(/^Synthetic /);
		}
	});

	it('gives every assessment a finding for every framework item, with page evidence when found', () => {
		const assessed = records.flatMap((record) => (record.assessment ? [record.assessment] : []));
		expect(assessed.length).toBeGreaterThan(0);
		for (const assessment of assessed) {
			expect(Object.keys(assessment.findings).sort()).toEqual(real.framework!.items.map((item) => item.id).sort());
			for (const finding of Object.values(assessment.findings)) {
				expect(finding.evidence.length > 0).toBe(finding.status !== 'not-found' && finding.status !== 'not-applicable');
			}
		}
	});

	it('is the same on every run (seeded)', () => {
		expect(generateSyntheticRecords(real.countries, real.framework!, { plans: 20, assessedShare: 0.8 })).toEqual(records);
	});
});
