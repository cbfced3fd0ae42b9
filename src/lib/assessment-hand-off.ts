/**
 * The validated assessments, handed from the validation step of `npm run build` to Astro's build
 * in a folder, so their YAML (most of the content's bytes) is parsed once per build, not twice,
 * and Astro holds only what its pages count:
 *
 * - `summaries.json`: every assessment's summary (method, dates, each finding's status), which
 *   every figure is counted from. Written last, only when every record is valid.
 * - `<plan id>.json`: each whole assessment, evidence included, written as soon as the validator
 *   has checked it and then dropped from its memory; read by the plan's own report page.
 *
 * At 10k plans the whole assessments took ~750 MB of each process's heap (docs/performance.md).
 * JSON, because it writes and reads faster than YAML or v8 serialisation here, and the records
 * are plain data (dates are YYYY-MM-DD strings).
 *
 * Astro waits for the summaries; a build with problems stops Astro (scripts/build.ts), so Astro
 * never reads unvalidated records.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Assessment } from '../schemas/assessment.ts';
import { summariseAssessment, type AssessmentSummary } from './gaps.ts';

/** Where scripts/build.ts tells Astro's build to read the validated assessments from (a folder). */
export const HAND_OFF_ENV = 'NCCP_VALIDATED_ASSESSMENTS';

/** The hand-off folder in the build's working folder. */
export function handOffDir(buildDir: string): string {
	return join(buildDir, 'assessments');
}

const summariesFile = (dir: string) => join(dir, 'summaries.json');
const wholeFile = (dir: string, planId: string) => join(dir, `${planId}.json`);

/**
 * What the validator keeps of each valid assessment in a build (a `KeepAssessment`,
 * src/lib/validate-gaps.ts): it writes the whole record to the folder and keeps the summary.
 */
export function handOverWhole(dir: string): (planId: string, assessment: Assessment) => AssessmentSummary {
	mkdirSync(dir, { recursive: true });
	return (planId, assessment) => {
		writeFileSync(wholeFile(dir, planId), JSON.stringify(assessment));
		// A copy: js-yaml's strings are slices of the file's text and would keep all of it alive.
		return structuredClone(summariseAssessment(assessment));
	};
}

/**
 * Write the summaries, the signal that the content is valid; the file appears whole (written
 * aside, then renamed), never half-written. One entry at a time, so no single string of them all
 * sits in memory while Astro's build grows beside it.
 */
export function writeAssessmentSummaries(dir: string, summaries: ReadonlyMap<string, AssessmentSummary>): void {
	const path = summariesFile(dir);
	mkdirSync(dir, { recursive: true });
	const file = openSync(`${path}.partial`, 'w');
	try {
		let separator = '[';
		for (const entry of summaries) {
			writeSync(file, separator + JSON.stringify(entry));
			separator = ',';
		}
		writeSync(file, summaries.size ? ']' : '[]');
	} finally {
		closeSync(file);
	}
	renameSync(`${path}.partial`, path);
}

/** Wait for the summaries and read them; a validator that never writes them is an error after `timeoutMs`. */
export async function readAssessmentSummaries(dir: string, timeoutMs = 10 * 60_000): Promise<Map<string, AssessmentSummary>> {
	const path = summariesFile(dir);
	const deadline = Date.now() + timeoutMs;
	while (!existsSync(path)) {
		if (Date.now() > deadline) throw new Error(`${HAND_OFF_ENV}: no validated assessments at ${path} after ${timeoutMs / 1000} s; run the build with npm run build`);
		await sleep(50);
	}
	return new Map(JSON.parse(readFileSync(path, 'utf8')) as [string, AssessmentSummary][]);
}

/**
 * A reader of whole assessments from the folder: undefined for a plan without a summary (not
 * assessed); an error naming the file when an assessed plan's file is missing or unreadable.
 */
export function wholeAssessmentReader(dir: string, summaries: ReadonlyMap<string, AssessmentSummary>): (planId: string) => Assessment | undefined {
	return (planId) => {
		if (!summaries.has(planId)) return undefined;
		const path = wholeFile(dir, planId);
		try {
			return JSON.parse(readFileSync(path, 'utf8')) as Assessment;
		} catch (error) {
			throw new Error(`${HAND_OFF_ENV}: cannot read the validated assessment of plan "${planId}" at ${path}: ${(error as Error).message}`);
		}
	};
}
