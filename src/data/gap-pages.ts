import { allReports, type GapReport } from '../lib/gap-reports.ts';
import { gapReports } from './gaps.ts';

// The world overview is /gaps/ itself (src/pages/gaps/index.astro).
const reports = allReports(gapReports).filter((report) => report.kind !== 'world');

/**
 * Every report below /gaps/ as route params, for the page and its two download routes. Fresh
 * objects per call: Astro keeps what getStaticPaths returns per route, and one shared array
 * across routes makes it match none of them.
 */
export function gapReportPaths(): { params: { folder: string; key: string }; props: { report: GapReport } }[] {
	return reports.map((report) => ({ params: { folder: report.path.split('/')[2], key: report.key }, props: { report } }));
}

/**
 * The reports whose CSV and JSON Astro renders. A build gets the plan reports' downloads from
 * scripts/build/plan-downloads.ts instead (two files per plan, 20k at 10k plans, cost Astro's
 * router ~25 s); the dev server, which has no such step, still serves them here.
 */
export function gapDownloadPaths(): ReturnType<typeof gapReportPaths> {
	return gapReportPaths().filter(({ props }) => import.meta.env.DEV || props.report.kind !== 'plan');
}
