import { JSON_HEADERS } from '../../../../lib/downloads.ts';
import type { APIContext } from 'astro';
import { gapDownloadPaths } from '../../../../data/gap-pages.ts';
import { gapReports } from '../../../../data/gaps.ts';
import { reportJson } from '../../../../lib/gap-downloads.ts';
import type { GapReport } from '../../../../lib/gap-reports.ts';
import { gapReportTitle } from '../../../../i18n/index.ts';

export const getStaticPaths = gapDownloadPaths;
export const GET = ({ props, site }: APIContext<{ report: GapReport }>) =>
	new Response(reportJson(gapReports, props.report, site!.href, gapReportTitle(props.report)), { headers: JSON_HEADERS });
