import { getCollection } from 'astro:content';
import { resolve } from 'node:path';
import { CONTENT_DIR } from '../build-settings.ts';
import { gapReportNames } from '../i18n/index.ts';
import { HAND_OFF_ENV, receiveHandOff } from '../lib/assessment-hand-off.ts';
import { assembleFramework } from '../lib/framework.ts';
import { buildGapReports, type GapReports } from '../lib/gap-reports.ts';
import { validateAssessments } from '../lib/validate-gaps.ts';
import { catalog } from './catalog.ts';

const [frameworkEntry] = await getCollection('framework');
if (!frameworkEntry) throw new Error('content/framework/framework.yaml is missing: gap reports need the framework');

/** The framework with its domains in order, assembled once per build. */
export const framework = assembleFramework(
	frameworkEntry.data,
	(await getCollection('frameworkDomains')).map((entry) => entry.data),
);

/**
 * The assessments. In `npm run build` the validator, which parses them anyway, hands them over
 * (src/lib/assessment-hand-off.ts): their summaries, which every figure is counted from, and
 * each whole assessment, read when that plan's report renders. Otherwise (the dev server)
 * they are read from their files with the validator's own reader, as `npm run gaps` reads them.
 * Not a content collection: they are most of the content's bytes (some 25 kB of findings and
 * quotes per plan), and Astro's data store keeps several copies of a collection in memory during
 * a build (store, serialised JSON, a module of it, its parse), which at 10k plans alone went past
 * the 2 GB budget.
 */
async function readAssessments(): Promise<Pick<GapReports, 'assessments' | 'wholeAssessment'>> {
	const handOff = process.env[HAND_OFF_ENV];
	if (handOff) {
		const { summaries, wholeAssessment } = await receiveHandOff(handOff);
		return { assessments: summaries, wholeAssessment };
	}
	const problems: string[] = [];
	const assessments = validateAssessments(
		resolve(CONTENT_DIR),
		(path, field, message) => problems.push(`${path}: ${field}: ${message}`),
		framework,
		new Set(catalog.plans.map((view) => view.id)),
		// Copies, kept for the dev server's lifetime: js-yaml's strings are slices of each file's
		// text and would keep all of it alive (~270 MB at 10k plans).
		(_, assessment) => structuredClone(assessment),
	);
	if (problems.length > 0) throw new Error(`assessments: ${problems.length} problems (run npm run validate):\n${problems.join('\n')}`);
	return { assessments, wholeAssessment: (planId) => assessments.get(planId) };
}

const { assessments, wholeAssessment } = await readAssessments();

/** Every gap report, computed once per build; pages and downloads read from it. */
export const gapReports = buildGapReports(catalog, framework, assessments, gapReportNames(), wholeAssessment);

/** Published review figures, newest first, shown beside our own on /gaps/. */
export const publishedFindings = (await getCollection('publishedFindings'))
	.map((entry) => ({ id: entry.id, ...entry.data }))
	.sort((a, b) => b.year - a.year || a.id.localeCompare(b.id));
