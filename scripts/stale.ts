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
import { buildCatalog } from '../src/lib/catalog.ts';
import { curatorToDo, formatToDo } from '../src/lib/curation.ts';
import { validatedContent } from './cli/content.ts';

const { values } = parseArgs({ options: { content: { type: 'string' }, date: { type: 'string' } } });
const { asOf, records } = validatedContent('stale', values, 'fix them first (npm run validate)');
const catalog = buildCatalog(records.countries, records.plans, asOf);
console.log(formatToDo(curatorToDo(catalog, records.resources, records.partners, asOf)));
