/**
 * Check every content record before anything is built, and list every problem at once so a
 * contributor can fix a pull request in one pass. `npm run build` runs this beside Astro's
 * build: a broken record fails the build with its file and field, not deep inside Astro.
 *
 *   node scripts/validate.ts [contentDir] [--for-build DIR]
 *
 * contentDir defaults to $CONTENT_DIR or content. With --for-build (what `npm run build`
 * passes), the assessments are checked in two threads and handed to Astro's build in
 * DIR/assessments/ (each whole one as it is checked, their summaries once all the content is
 * valid: scripts/build/validate-for-build.ts, src/lib/assessment-hand-off.ts), then the plan
 * reports' CSV and JSON are written under DIR (scripts/build/plan-downloads.ts).
 *
 * Exit status: 0 when the content is valid, 1 when it has problems (listed), 2 when the
 * validator itself could not run.
 */
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/build-settings.ts';
import { formatProblem, validateContent } from '../src/lib/validate.ts';
import { writePlanDownloads } from './build/plan-downloads.ts';
import { validateForBuild, VALIDATOR_FAILED, type BuildValidation } from './build/validate-for-build.ts';

const { values, positionals } = parseArgs({ options: { 'for-build': { type: 'string' } }, allowPositionals: true });
const contentDir = positionals[0] || CONTENT_DIR;
const buildDir = values['for-build'];
// In a build, each whole assessment goes to the hand-off as soon as it is checked and only its
// summary stays in memory; otherwise every record is kept whole.
let validation: BuildValidation;
try {
	validation = buildDir ? await validateForBuild(contentDir, buildDir) : { result: validateContent(contentDir) };
} catch (error) {
	// Problems in the content are reported, never thrown: this is the validator itself failing
	// (a full disk, an unwritable build folder, a worker that crashed), and exit status 2 lets
	// `npm run build` say so rather than blame the content.
	console.error(`validate: could not check ${contentDir}: ${error instanceof Error ? error.message : String(error)}`);
	process.exit(VALIDATOR_FAILED);
}
const { result, handedOver } = validation;
const { problems, countries, plans, assessments, resources, partners, records } = result;

if (problems.length > 0) {
	for (const problem of problems) console.error(formatProblem(problem));
	console.error(`validate: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${contentDir}`);
	// exitCode rather than exit(): let stderr drain when it is a pipe.
	process.exitCode = 1;
} else {
	console.log(`validate: ${countries} countries, ${plans} plans, framework ${records.framework?.version} (${records.framework?.items.length} items), ${assessments} assessments, ${resources} resources and ${partners} partners OK`);
	if (buildDir && handedOver) {
		const plans = writePlanDownloads(records, handedOver.wholeAssessment, buildDir);
		console.log(`validate: wrote the downloads of ${plans} plan reports`);
	}
}
