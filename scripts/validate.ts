/**
 * Check every content record before anything is built, and list every problem at once so a
 * contributor can fix a pull request in one pass. `npm run build` runs this first: a broken
 * record fails here with its file and field, not deep inside Astro.
 *
 *   node scripts/validate.ts [contentDir]     (default: $CONTENT_DIR or content)
 */
import { formatProblem, validateContent } from '../src/lib/validate.ts';

const contentDir = process.argv[2] || process.env.CONTENT_DIR || 'content';
const { problems, countries, plans, assessments, resources, partners, records } = validateContent(contentDir);

if (problems.length > 0) {
	for (const problem of problems) console.error(formatProblem(problem));
	console.error(`validate: ${problems.length} ${problems.length === 1 ? 'problem' : 'problems'} in ${contentDir}`);
	// exitCode rather than exit(): let stderr drain when it is a pipe.
	process.exitCode = 1;
} else {
	console.log(`validate: ${countries} countries, ${plans} plans, framework ${records.framework?.version} (${records.framework?.items.length} items), ${assessments} assessments, ${resources} resources and ${partners} partners OK`);
}
