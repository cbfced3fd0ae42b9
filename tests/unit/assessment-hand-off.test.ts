import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handOffFile, readValidatedAssessments, writeValidatedAssessments } from '../../src/lib/assessment-hand-off.ts';
import { validateContent } from '../../src/lib/validate.ts';

const dir = mkdtempSync(join(tmpdir(), 'hand-off-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('the validated assessments handed from the validator to Astro', () => {
	const { records } = validateContent('tests/fixtures/site/content');

	it('arrive as the validator parsed them', async () => {
		expect(records.assessments.size).toBeGreaterThan(0);
		const path = handOffFile(dir);
		writeValidatedAssessments(path, records.assessments);
		expect(await readValidatedAssessments(path)).toEqual(records.assessments);
	});

	it('are waited for while the validator is still at work', async () => {
		const path = join(dir, 'later.json');
		const reading = readValidatedAssessments(path, 5_000);
		setTimeout(() => writeValidatedAssessments(path, records.assessments), 200);
		expect((await reading).size).toBe(records.assessments.size);
	});

	it('fail with a clear error when they never come', async () => {
		await expect(readValidatedAssessments(join(dir, 'never.json'), 300)).rejects.toThrow(/NCCP_VALIDATED_ASSESSMENTS: no validated assessments at .*never\.json after 0\.3 s/);
	});
});
