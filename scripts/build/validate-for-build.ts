/**
 * Validation as `npm run build` runs it (scripts/validate.ts --for-build), beside Astro's build.
 *
 * Astro reaches its pages long before the validator is done (10k plans: 8.8 s against 16 s), and
 * then waits for the assessments, which are most of the content's bytes and of validation's time
 * (9.9 of 10.8 s alone). So they are checked in two threads: a worker takes the second half from
 * the start, this thread the first half after every other record. On this project's two cores
 * that is the core Astro leaves idle while it waits (10k plans, alone: summaries after 7.3 s
 * instead of 11–12 s). The result is the one `validateContent` gives from one thread: the same
 * problems in the same order, the assessments in file order.
 */
import { Worker } from 'node:worker_threads';
import { handOffDir, handOffWriter, type HandedOver } from '../../src/lib/assessment-hand-off.ts';
import type { AssessmentSummary } from '../../src/lib/gaps.ts';
import { byFile, displayPath, validateContent, type ValidationResult } from '../../src/lib/validate.ts';
import type { ShardJob, ShardResult } from './assessment-shard.ts';

/** The validator's exit status when it could not check the content at all (not a problem in it). */
export const VALIDATOR_FAILED = 2;

export interface BuildValidation {
	result: ValidationResult<AssessmentSummary>;
	/** Only when the content is valid: the summaries are written, and Astro's build goes on. */
	handedOver?: HandedOver;
}

/**
 * This thread and one worker. Three threads (10k plans: 54.1 and 54.9 s against 53.2 and 56.5 s
 * with two) took 50–100 MB more for no gain beyond the noise: Astro's own threads share the cores.
 */
const THREADS = 2;

export async function validateForBuild(contentDir: string, buildDir: string): Promise<BuildValidation> {
	const handOff = handOffDir(buildDir);
	const inWorkers = Array.from({ length: THREADS - 1 }, (_, worker) => checkInWorker({ contentDir, handOff, shard: { index: worker + 1, of: THREADS } }));
	const writer = handOffWriter(handOff, 0);
	const here = validateContent(contentDir, writer.keep, { index: 0, of: THREADS });
	const others = await Promise.all(inWorkers);

	const assessments = new Map([...here.records.assessments, ...others.flatMap((other) => other.summaries)]);
	const problems = byFile([...here.problems, ...others.flatMap((other) => other.problems.map(([path, field, message]) => ({ file: displayPath(contentDir, path), field, message })))]);
	const result = { ...here, problems, assessments: assessments.size, records: { ...here.records, assessments } };
	if (problems.length > 0) {
		writer.close();
		return { result };
	}
	return { result, handedOver: writer.finish(assessments, others.flatMap((other) => other.places)) };
}

function checkInWorker(job: ShardJob): Promise<ShardResult> {
	return new Promise((done, fail) => {
		const worker = new Worker(new URL('./assessment-shard.ts', import.meta.url), { workerData: job });
		let result: ShardResult | undefined;
		worker.once('message', (message: ShardResult) => (result = message));
		worker.once('error', (error) => fail(new Error(`validate: the worker checking assessments failed: ${error.stack ?? error.message}`)));
		worker.once('exit', (code) => (result ? done(result) : fail(new Error(`validate: the worker checking assessments exited (code ${code}) without a result`))));
	});
}
