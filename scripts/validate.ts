/**
 * Check every content record before anything is built, and list every problem at once so a
 * contributor can fix a pull request in one pass. `npm run build` runs this beside Astro's
 * build: a broken record fails the build with its file and field, not deep inside Astro.
 *
 *   node scripts/validate.ts [contentDir] [--for-build DIR]
 *
 * contentDir defaults to $CONTENT_DIR or content. With --for-build (what `npm run build`
 * passes), valid content's assessments are handed to Astro's build in DIR/assessments.json
 * (src/lib/assessment-hand-off.ts), then its plan reports' CSV and JSON are written under DIR
 * (scripts/build/plan-downloads.ts).
 */
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/build-settings.ts';
import { handOffFile, writeValidatedAssessments } from '../src/lib/assessment-hand-off.ts';
import { formatProblem, validateContent } from '../src/lib/validate.ts';
import { writePlanDownloads } from './build/plan-downloads.ts';

const { values, positionals } = parseArgs({ options: { 'for-build': { type: 'string' } }, allowPositionals: true });
const contentDir = positionals[0] || CONTENT_DIR;
const { problems, countries, plans, assessments, resources, partners, records } = validateContent(contentDir);

if (problems.length > 0) {
	for (const problem of problems) console.error(formatProblem(problem));
	console.error(`validate: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${contentDir}`);
	// exitCode rather than exit(): let stderr drain when it is a pipe.
	process.exitCode = 1;
} else {
	console.log(`validate: ${countries} countries, ${plans} plans, framework ${records.framework?.version} (${records.framework?.items.length} items), ${assessments} assessments, ${resources} resources and ${partners} partners OK`);
	const folder = values['for-build'];
	if (folder) {
		writeValidatedAssessments(handOffFile(folder), records.assessments);
		console.log(`validate: wrote the downloads of ${writePlanDownloads(records, folder)} plan reports`);
	}
}
