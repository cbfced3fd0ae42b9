/**
 * The validated assessments, handed from the validation step of `npm run build` to Astro's build
 * in a file, so the assessments' YAML (most of the content's bytes) is parsed once per build,
 * not twice: at 10k plans each parse took ~10 s of a core, and both ran at once
 * (docs/performance.md). JSON, because it writes and reads faster than YAML or v8 serialisation
 * here, and the records are plain data (dates are YYYY-MM-DD strings).
 *
 * The validator writes the file only when every record is valid; Astro waits for it. A build
 * with problems stops Astro (scripts/build.ts), so Astro never reads unvalidated records.
 */
import { closeSync, existsSync, openSync, readFileSync, renameSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Assessment } from '../schemas/assessment.ts';

/** Where scripts/build.ts tells Astro's build to read the validated assessments from. */
export const HAND_OFF_ENV = 'NCCP_VALIDATED_ASSESSMENTS';

/** The hand-off file in the build's working folder. */
export function handOffFile(buildDir: string): string {
	return join(buildDir, 'assessments.json');
}

/**
 * Write the hand-off; it appears whole (written aside, then renamed), never half-written. One
 * entry at a time: the whole array as one string (~190 MB at 10k plans) and its encoding would
 * sit in memory while Astro's build grows beside it.
 */
export function writeValidatedAssessments(path: string, assessments: ReadonlyMap<string, Assessment>): void {
	const file = openSync(`${path}.partial`, 'w');
	try {
		let separator = '[';
		for (const entry of assessments) {
			writeSync(file, separator + JSON.stringify(entry));
			separator = ',';
		}
		writeSync(file, assessments.size ? ']' : '[]');
	} finally {
		closeSync(file);
	}
	renameSync(`${path}.partial`, path);
}

/** Wait for the hand-off and read it; a validator that never writes it is an error after `timeoutMs`. */
export async function readValidatedAssessments(path: string, timeoutMs = 10 * 60_000): Promise<Map<string, Assessment>> {
	const deadline = Date.now() + timeoutMs;
	while (!existsSync(path)) {
		if (Date.now() > deadline) throw new Error(`${HAND_OFF_ENV}: no validated assessments at ${path} after ${timeoutMs / 1000} s; run the build with npm run build`);
		await sleep(50);
	}
	return new Map(JSON.parse(readFileSync(path, 'utf8')) as [string, Assessment][]);
}
