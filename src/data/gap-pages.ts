import type { GapReport } from '../lib/gap-reports.ts';
import { gapReports } from './gaps.ts';

const reports = [...gapReports.regions, ...gapReports.income, ...gapReports.countries, ...gapReports.plans, ...gapReports.priorityAreas];

/**
 * Every report below /gaps/ as route params, for the page and its two download routes. Fresh
 * objects per call: Astro keeps what getStaticPaths returns per route, and one shared array
 * across routes makes it match none of them.
 */
export function gapReportPaths(): { params: { folder: string; key: string }; props: { report: GapReport } }[] {
	return reports.map((report) => ({ params: { folder: report.path.split('/')[2], key: report.key }, props: { report } }));
}
