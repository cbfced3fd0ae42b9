/**
 * Screen every plan of the corpus beside the project with the current rules:
 *
 *   npm run screen-corpus [-- --corpus ../shared/plans-corpus] [--content dir]
 *
 * Each PDF listed in the corpus's SOURCES.csv files (national and regional plans, and
 * `subnational/`) is matched to its plan record by the archive address the record cites as
 * evidence, and screened into `content/assessments/{plan-id}.yaml` as an automated draft that
 * names the archived copy it read. A plan whose assessment a person has reviewed, or that comes
 * from another method, is left as it is. A file with no plan record, or one screening refuses
 * (the image-only poster), is listed with the reason; the run exits 1 only if something failed
 * that should not have.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { CONTENT_DIR } from '../src/build-settings.ts';
import { parseMarkdownRecord, parseYaml } from '../src/lib/content-files.ts';
import { parseCsvRecords } from '../src/lib/csv.ts';
import { ScreeningError } from '../src/lib/screening/errors.ts';
import { SCREENING_VERSION } from '../src/lib/screening/screen.ts';
import { validateFramework } from '../src/lib/validate-gaps.ts';
import { screenFile } from './screen/screen-file.ts';

const { values } = parseArgs({ options: { corpus: { type: 'string' }, content: { type: 'string' } } });
const corpus = resolve(values.corpus ?? join(import.meta.dirname, '../../shared/plans-corpus'));
const contentDir = resolve(values.content ?? CONTENT_DIR);
if (!existsSync(corpus)) {
	console.error(`screen-corpus: ${corpus} is absent`);
	process.exit(1);
}
const framework = validateFramework(contentDir, (file, field, message) => console.error(`${file}: ${field}: ${message}`));
if (!framework) process.exit(1);

/** Corpus files with the archive address of each, from both SOURCES.csv files (their columns differ). */
const corpusFiles = ['', 'subnational'].flatMap((folder) =>
	parseCsvRecords(readFileSync(join(corpus, folder, 'SOURCES.csv'), 'utf8')).map((row) => ({
		path: join(corpus, folder, row.file),
		archiveUrl: `https://github.com/${row.source_repo ?? row.repo}/blob/${row.source_commit ?? row.commit}/${row.source_path ?? row.path}`,
	})),
);

/** Plan id by every address its record cites. */
const planByUrl = new Map<string, string>();
for (const name of readdirSync(join(contentDir, 'plans')).filter((file) => file.endsWith('.md'))) {
	const record = parseMarkdownRecord(readFileSync(join(contentDir, 'plans', name), 'utf8')).data as Record<string, unknown>;
	for (const url of [record.evidenceUrl, record.documentUrl]) if (typeof url === 'string') planByUrl.set(url, name.slice(0, -3));
}

let screened = 0;
let failed = 0;
for (const { path, archiveUrl } of corpusFiles) {
	const planId = planByUrl.get(archiveUrl);
	const label = relative(corpus, path);
	if (!planId) {
		console.log(`screen-corpus: ${label}: no plan record cites ${archiveUrl}; left out`);
		continue;
	}
	const out = join(contentDir, 'assessments', `${planId}.yaml`);
	if (existsSync(out)) {
		const existing = parseYaml(readFileSync(out, 'utf8')) as { method?: string; review?: unknown };
		if (existing.method !== 'automated-screening' || existing.review) {
			console.log(`screen-corpus: ${label}: ${planId} has a reviewed or non-automated assessment; kept as it is`);
			continue;
		}
	}
	try {
		const result = await screenFile({ file: path, planId, contentDir, framework, force: true, documentUrl: archiveUrl });
		const count = (status: string) => result.results.filter((entry) => entry.status === status).length;
		console.log(`screen-corpus: ${label} → ${planId}: ${result.pages} pages, ${count('addressed')} addressed, ${count('partial')} partial, ${count('not-found')} not found, ${count('not-applicable')} not applicable`);
		screened++;
	} catch (error) {
		if (!(error instanceof ScreeningError)) throw error;
		console.log(`screen-corpus: ${label} → ${planId}: refused: ${error.message}`);
		if (error.code !== 'needs-ocr') failed++;
	}
}
console.log(`screen-corpus: ${screened} plans screened with rules ${SCREENING_VERSION}${failed ? `; ${failed} failed` : ''}`);
process.exit(failed ? 1 : 0);
