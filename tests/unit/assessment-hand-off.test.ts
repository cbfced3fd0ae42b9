import { existsSync, mkdtempSync, readdirSync, rmSync, truncateSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { handOffDir, handOffWriter, receiveHandOff } from '../../src/lib/assessment-hand-off.ts';
import { summariseAssessment } from '../../src/lib/gaps.ts';
import { validateContent } from '../../src/lib/validate.ts';
import { validateForBuild } from '../../scripts/build/validate-for-build.ts';

const dir = mkdtempSync(join(tmpdir(), 'hand-off-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const FIXTURE = 'tests/fixtures/site/content';

describe('the validated assessments handed from the validator to Astro', () => {
	const whole = validateContent(FIXTURE).records.assessments;
	const summaries = new Map([...whole].map(([id, assessment]) => [id, summariseAssessment(assessment)]));

	it('arrive as summaries for the figures and whole, evidence included, for each plan', async () => {
		const handOff = handOffDir(join(dir, 'build'));
		const writer = handOffWriter(handOff);
		const { records } = validateContent(FIXTURE, writer.keep);
		expect(whole.size).toBeGreaterThan(0);
		expect(records.assessments).toEqual(summaries);
		const sent = writer.finish(records.assessments);
		const received = await receiveHandOff(handOff);
		expect(received.summaries).toEqual(summaries);
		for (const [id, assessment] of whole) {
			expect(received.wholeAssessment(id)).toEqual(assessment);
			expect(sent.wholeAssessment(id)).toEqual(assessment);
		}
		expect(received.wholeAssessment('zzz-2020-synthetic-not-assessed')).toBeUndefined();
	});

	it('come from two threads in a build, as from one: same records in file order, same problems', async () => {
		const build = join(dir, 'two-threads');
		const { result, handedOver } = await validateForBuild(FIXTURE, build);
		expect([...result.records.assessments.keys()]).toEqual([...whole.keys()]);
		expect(result.records.assessments).toEqual(summaries);
		expect(result.assessments).toBe(whole.size);
		expect(result.problems).toEqual([]);
		// One whole record per thread's file, and every one readable, by the validator and by Astro.
		const received = await receiveHandOff(handOffDir(build));
		expect(received.summaries).toEqual(summaries);
		for (const [id, assessment] of whole) {
			expect(handedOver!.wholeAssessment(id)).toEqual(assessment);
			expect(received.wholeAssessment(id)).toEqual(assessment);
		}
		expect(readdirSync(handOffDir(build)).sort()).toEqual(['summaries.json', 'whole-0.json', 'whole-1.json']);

		const invalid = 'tests/fixtures/invalid-content';
		const checked = await validateForBuild(invalid, join(dir, 'invalid'));
		const alone = validateContent(invalid);
		expect(checked.result.problems.filter((problem) => problem.file.includes('/assessments/')).length).toBeGreaterThan(1);
		expect(checked.result.problems).toEqual(alone.problems);
		expect(checked.result.records.assessments).toEqual(new Map([...alone.records.assessments].map(([id, assessment]) => [id, summariseAssessment(assessment)])));
		// Nothing is handed to Astro when the content has problems: its build is stopped instead.
		expect(checked.handedOver).toBeUndefined();
		expect(existsSync(join(handOffDir(join(dir, 'invalid')), 'summaries.json'))).toBe(false);
	});

	it('keep no evidence in a summary', () => {
		const [assessment] = [...whole.values()].filter((candidate) => Object.values(candidate.findings).some((finding) => finding.evidence.length > 0));
		expect(assessment).toBeDefined();
		for (const finding of Object.values(summariseAssessment(assessment).findings)) expect(Object.keys(finding)).toEqual(['status']);
	});

	it('are waited for while the validator is still at work', async () => {
		const later = join(dir, 'later');
		const reading = receiveHandOff(later, 5_000);
		setTimeout(() => {
			const writer = handOffWriter(later);
			for (const [id, assessment] of whole) writer.keep(id, assessment);
			writer.finish(summaries);
		}, 200);
		expect((await reading).summaries.size).toBe(whole.size);
	});

	it("fail with a clear error when they never come, or a plan's record cannot be read", async () => {
		await expect(receiveHandOff(join(dir, 'never'), 300)).rejects.toThrow(/NCCP_VALIDATED_ASSESSMENTS: no validated assessments at .*never.summaries\.json after 0\.3 s/);
		expect(existsSync(join(dir, 'never'))).toBe(false);
		const cut = join(dir, 'cut');
		const writer = handOffWriter(cut);
		for (const [id, assessment] of whole) writer.keep(id, assessment);
		writer.finish(summaries);
		truncateSync(join(cut, 'whole-0.json'), 10);
		const { wholeAssessment } = await receiveHandOff(cut);
		const last = [...whole.keys()].at(-1)!;
		expect(() => wholeAssessment(last)).toThrow(new RegExp(`cannot read the validated assessment of plan "${last}" in .*whole-0\\.json: expected \\d+ bytes at \\d+, the file is shorter`));
	});
});
