/**
 * The CSV and JSON downloads of every plan's gap report (`/gaps/plans/<id>/report.csv` and
 * `report.json`), written by the validation step of `npm run build` from the records it has just
 * checked, in a folder beside the output, then moved in once Astro has built the pages.
 *
 * Why not Astro endpoints, as for every other report: they are two files per plan, 20k at 10k
 * plans, and Astro renders each through its router and awaits its write in turn, about 25 s of a
 * 10k build (docs/performance.md). Here they are written on the second core while Astro renders,
 * with the same functions (src/lib/gap-downloads.ts), so the files are the same bytes. The
 * dev server still serves them through the endpoints (src/data/gap-pages.ts).
 */
import { mkdirSync, readdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildDate, SITE_URL } from '../../src/build-settings.ts';
import { reportCsv, reportJson } from '../../src/lib/gap-downloads.ts';
import { gapReportsOfRecords } from '../../src/lib/gap-reports.ts';
import type { AssessmentSummary } from '../../src/lib/gaps.ts';
import type { ValidRecords } from '../../src/lib/validate.ts';
import type { Assessment } from '../../src/schemas/assessment.ts';
import { gapReportNames, gapReportTitle, strings } from '../../src/i18n/index.ts';

const FILES = ['report.csv', 'report.json'] as const;

/**
 * Write each plan report's downloads under `<dir>/gaps/plans/<id>/`, reading each plan's whole
 * assessment with `wholeAssessment` as it is written; returns how many plans.
 */
export function writePlanDownloads(records: ValidRecords<AssessmentSummary>, wholeAssessment: (planId: string) => Assessment | undefined, dir: string): number {
	const t = strings();
	const reports = gapReportsOfRecords(records, buildDate(), gapReportNames(t), wholeAssessment);
	for (const report of reports.plans) {
		const folder = join(dir, report.path);
		mkdirSync(folder, { recursive: true });
		writeFileSync(join(folder, 'report.csv'), reportCsv(reports, report));
		writeFileSync(join(folder, 'report.json'), reportJson(reports, report, SITE_URL, gapReportTitle(report, t)));
	}
	return reports.plans.length;
}

/**
 * Move the downloads written by `writePlanDownloads` into the built site, each beside its
 * report page. A download whose page Astro did not build means the two disagree on the plans:
 * that fails the build rather than ship a download no page links to.
 */
export function movePlanDownloads(staging: string, outDir: string): number {
	const plansDir = join('gaps', 'plans');
	let moved = 0;
	for (const id of readdirSync(join(staging, plansDir))) {
		const target = join(outDir, plansDir, id);
		for (const file of FILES) {
			try {
				renameSync(join(staging, plansDir, id, file), join(target, file));
			} catch (error) {
				throw new Error(`plan downloads: cannot move ${file} of plan "${id}" into ${target} (is its report page missing from the build?): ${(error as Error).message}`);
			}
		}
		moved++;
	}
	return moved;
}
