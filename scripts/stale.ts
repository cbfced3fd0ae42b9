/**
 * A curator's to-do list: records whose evidence was not re-read in the last 12 months (or ever,
 * since they were added), and plans in force without an official document link.
 *
 *   npm run stale [-- --content dir] [--date YYYY-MM-DD]
 *
 * Content is validated first; a problem stops the run. Exit code 0 whatever the list holds: it
 * is work to do, not an error.
 */
import { parseArgs } from 'node:util';
import { buildDate, CONTENT_DIR, parseBuildDate } from '../src/build-settings.ts';
import { buildCatalog } from '../src/lib/catalog.ts';
import { curatorToDo, formatToDo } from '../src/lib/curation.ts';
import { formatProblem, validateContent } from '../src/lib/validate.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, date: { type: 'string' } } });
let asOf: Date;
try {
	asOf = values.date ? parseBuildDate(values.date, '--date') : buildDate();
} catch (error) {
	console.error(`stale: ${(error as Error).message}`);
	process.exit(1);
}
const contentDir = values.content ?? CONTENT_DIR;
const { problems, records } = validateContent(contentDir);
if (problems.length > 0) {
	for (const problem of problems) console.error(formatProblem(problem));
	console.error(`stale: ${problems.length} problems in ${contentDir}; fix them first (npm run validate)`);
	process.exit(1);
}
const catalog = buildCatalog(records.countries, records.plans, asOf);
console.log(formatToDo(curatorToDo(catalog, records.resources, records.partners, asOf)));
