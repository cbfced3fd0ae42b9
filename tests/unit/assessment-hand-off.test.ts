import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handOffDir, handOverWhole, readAssessmentSummaries, wholeAssessmentReader, writeAssessmentSummaries } from '../../src/lib/assessment-hand-off.ts';
import { summariseAssessment } from '../../src/lib/gaps.ts';
import { validateContent } from '../../src/lib/validate.ts';

const dir = mkdtempSync(join(tmpdir(), 'hand-off-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FIXTURE = 'tests/fixtures/site/content';

describe('the validated assessments handed from the validator to Astro', () => {
	const whole = validateContent(FIXTURE).records.assessments;

	it('arrive as summaries for the figures and whole, evidence included, for each plan', async () => {
		const handOff = handOffDir(join(dir, 'build'));
		const { records } = validateContent(FIXTURE, handOverWhole(handOff));
		expect(whole.size).toBeGreaterThan(0);
		expect(records.assessments).toEqual(new Map([...whole].map(([id, assessment]) => [id, summariseAssessment(assessment)])));
		writeAssessmentSummaries(handOff, records.assessments);
		expect(await readAssessmentSummaries(handOff)).toEqual(records.assessments);
		const read = wholeAssessmentReader(handOff, records.assessments);
		for (const [id, assessment] of whole) expect(read(id)).toEqual(assessment);
		expect(read('zzz-2020-synthetic-not-assessed')).toBeUndefined();
	});

	it('keep no evidence in a summary', () => {
		const [assessment] = [...whole.values()].filter((candidate) => Object.values(candidate.findings).some((finding) => finding.evidence.length > 0));
		expect(assessment).toBeDefined();
		for (const finding of Object.values(summariseAssessment(assessment).findings)) expect(Object.keys(finding)).toEqual(['status']);
	});

	it('are waited for while the validator is still at work', async () => {
		const later = join(dir, 'later');
		const reading = readAssessmentSummaries(later, 5_000);
		setTimeout(() => writeAssessmentSummaries(later, whole), 200);
		expect((await reading).size).toBe(whole.size);
	});

	it('fail with a clear error when they never come, or a plan\'s file is missing', async () => {
		await expect(readAssessmentSummaries(join(dir, 'never'), 300)).rejects.toThrow(/NCCP_VALIDATED_ASSESSMENTS: no validated assessments at .*never.summaries\.json after 0\.3 s/);
		expect(existsSync(join(dir, 'never'))).toBe(false);
		const [id] = whole.keys();
		expect(() => wholeAssessmentReader(join(dir, 'later'), whole)(id)).toThrow(new RegExp(`cannot read the validated assessment of plan "${id}" at .*${id}\\.json`));
	});
});
