/**
 * The validated assessments, handed from the validation step of `npm run build` to Astro's build
 * in a folder, so their YAML (most of the content's bytes) is parsed once per build, not twice,
 * and Astro holds only what its pages count:
 *
 * - `whole-N.json`: each whole assessment, evidence included, appended as soon as the validator
 *   has checked it and then dropped from its memory; read back one record at a time, by its place
 *   in the file, when that plan's report is made. One file per validating thread (the build
 *   checks the assessments in two: scripts/build/validate-for-build.ts), not one per plan: 8.5k
 *   files at 10k plans cost the validator seconds of the disk's inode work while Astro waited.
 * - `summaries.json`: every assessment's summary (method, dates, each finding's status), which
 *   every figure is counted from, with the place of its whole record. Written last, only when
 *   every record is valid.
 *
 * At 10k plans the whole assessments took ~750 MB of each process's heap (docs/performance.md).
 * JSON, because it writes and reads faster than YAML or v8 serialisation here, and the records
 * are plain data (dates are YYYY-MM-DD strings).
 *
 * Astro waits for the summaries; a build with problems stops Astro (scripts/build.ts), so Astro
 * never reads unvalidated records.
 */
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, readSync, renameSync, writeSync } from 'node:fs';
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
const wholeFile = (dir: string, part: number) => join(dir, `whole-${part}.json`);

/** Where a whole assessment sits: the file (`whole-<part>.json`), byte offset and length. */
export type Place = [part: number, offset: number, length: number];

/** What is handed over: the summaries, and a reader of each plan's whole assessment. */
export interface HandedOver {
	summaries: Map<string, AssessmentSummary>;
	/** A plan's whole assessment, or undefined for a plan without one (not assessed). */
	wholeAssessment: (planId: string) => Assessment | undefined;
}

/** The validator's side of the hand-off: one per validating thread, each with its own `part`. */
export interface HandOffWriter {
	/** What the validator keeps of each valid assessment (a `KeepAssessment`): it appends the whole record and keeps a copied summary. */
	keep(planId: string, assessment: Assessment): AssessmentSummary;
	/** Where each whole record kept so far sits: what another thread's writer needs to `finish`. */
	readonly places: ReadonlyMap<string, Place>;
	/** Close this writer's file: a worker thread's last step. */
	close(): void;
	/**
	 * Once every record is valid: close, and write the summaries, the signal Astro waits for.
	 * `otherPlaces` are those of the other threads' writers.
	 */
	finish(summaries: ReadonlyMap<string, AssessmentSummary>, otherPlaces?: Iterable<[string, Place]>): HandedOver;
}

export function handOffWriter(dir: string, part = 0): HandOffWriter {
	mkdirSync(dir, { recursive: true });
	const whole = openSync(wholeFile(dir, part), 'w');
	let open = true;
	const places = new Map<string, Place>();
	let offset = 0;
	const close = () => {
		if (open) closeSync(whole);
		open = false;
	};
	return {
		keep(planId, assessment) {
			const bytes = Buffer.from(JSON.stringify(assessment));
			writeSync(whole, bytes);
			places.set(planId, [part, offset, bytes.length]);
			offset += bytes.length;
			// A copy: js-yaml's strings are slices of the file's text and would keep all of it alive.
			return structuredClone(summariseAssessment(assessment));
		},
		places,
		close,
		finish(summaries, otherPlaces = []) {
			close();
			const everyPlace = new Map([...places, ...otherPlaces]);
			writeSummaries(dir, summaries, everyPlace);
			return { summaries: new Map(summaries), wholeAssessment: wholeAssessmentReader(dir, everyPlace) };
		},
	};
}

/**
 * The summaries file appears whole (written aside, then renamed), never half-written. One entry
 * at a time, so no single string of them all sits in memory while Astro's build grows beside it.
 */
function writeSummaries(dir: string, summaries: ReadonlyMap<string, AssessmentSummary>, places: ReadonlyMap<string, Place>): void {
	const path = summariesFile(dir);
	const file = openSync(`${path}.partial`, 'w');
	try {
		let separator = '[';
		for (const [planId, summary] of summaries) {
			writeSync(file, separator + JSON.stringify([planId, summary, places.get(planId)]));
			separator = ',';
		}
		writeSync(file, summaries.size ? ']' : '[]');
	} finally {
		closeSync(file);
	}
	renameSync(`${path}.partial`, path);
}

/** Astro's side: wait for the summaries and read them; a validator that never writes them is an error after `timeoutMs`. */
export async function receiveHandOff(dir: string, timeoutMs = 10 * 60_000): Promise<HandedOver> {
	const path = summariesFile(dir);
	const deadline = Date.now() + timeoutMs;
	while (!existsSync(path)) {
		if (Date.now() > deadline) throw new Error(`${HAND_OFF_ENV}: no validated assessments at ${path} after ${timeoutMs / 1000} s; run the build with npm run build`);
		await sleep(50);
	}
	const entries = JSON.parse(readFileSync(path, 'utf8')) as [string, AssessmentSummary, Place][];
	return {
		summaries: new Map(entries.map(([planId, summary]) => [planId, summary])),
		wholeAssessment: wholeAssessmentReader(dir, new Map(entries.map(([planId, , place]) => [planId, place]))),
	};
}

/**
 * Read whole assessments by their place; an error names the plan and the file when one cannot be
 * read. The last one read is kept: a plan's report and its two downloads ask for the same plan in
 * turn.
 */
function wholeAssessmentReader(dir: string, places: ReadonlyMap<string, Place>): (planId: string) => Assessment | undefined {
	const files = new Map<number, number>();
	let last: { planId: string; assessment: Assessment } | undefined;
	return (planId) => {
		const place = places.get(planId);
		if (!place) return undefined;
		if (last?.planId === planId) return last.assessment;
		const [part, offset, length] = place;
		try {
			const file = files.get(part) ?? openSync(wholeFile(dir, part), 'r');
			files.set(part, file);
			const bytes = Buffer.alloc(length);
			if (readSync(file, bytes, 0, length, offset) !== length) throw new Error(`expected ${length} bytes at ${offset}, the file is shorter`);
			last = { planId, assessment: JSON.parse(bytes.toString('utf8')) as Assessment };
			return last.assessment;
		} catch (error) {
			throw new Error(`${HAND_OFF_ENV}: cannot read the validated assessment of plan "${planId}" in ${wholeFile(dir, part)}: ${(error as Error).message}`);
		}
	};
}
