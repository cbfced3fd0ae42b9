/**
 * A worker thread of the build's validation (scripts/build/validate-for-build.ts): check one
 * slice of the assessments, append each whole one to this slice's hand-off file, and post back
 * the problems and the summaries.
 */
import { join, resolve } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import { handOffWriter, type Place } from '../../src/lib/assessment-hand-off.ts';
import type { AssessmentSummary } from '../../src/lib/gaps.ts';
import { listRecordFiles } from '../../src/lib/record-files.ts';
import { validateAssessments, validateFramework, type Shard } from '../../src/lib/validate-gaps.ts';

/** What the worker is given. */
export interface ShardJob {
	contentDir: string;
	handOff: string;
	shard: Shard;
}

/** What it posts back: problems as reported (absolute path, field, message), summaries and places in file order. */
export interface ShardResult {
	problems: [path: string, field: string, message: string][];
	summaries: [planId: string, summary: AssessmentSummary][];
	places: [planId: string, place: Place][];
}

const { contentDir, handOff, shard } = workerData as ShardJob;
const root = resolve(contentDir);
// The framework's and the plans' own problems are the main thread's to report; here they only
// give the items and plan ids the assessments are checked against.
const ignore = () => {};
const framework = validateFramework(root, ignore);
const planIds = new Set(listRecordFiles(join(root, 'plans'), '.md', 'plan', ignore).map((file) => file.stem));

const problems: ShardResult['problems'] = [];
const writer = handOffWriter(handOff, shard.index);
const summaries = validateAssessments(root, (...problem) => problems.push(problem), framework, planIds, writer.keep, shard);
writer.close();
parentPort!.postMessage({ problems, summaries: [...summaries], places: [...writer.places] } satisfies ShardResult);
