import { JSON_HEADERS } from '../../../../lib/downloads.ts';
import type { APIContext } from 'astro';
import { gapDownloadPaths } from '../../../../data/gap-pages.ts';
import { gapReports } from '../../../../data/gaps.ts';
import { reportJson } from '../../../../lib/gap-downloads.ts';
import type { GapReport } from '../../../../lib/gap-reports.ts';
import { strings } from '../../../../i18n/index.ts';

export const getStaticPaths = gapDownloadPaths;
export const GET = ({ props, site }: APIContext<{ report: GapReport }>) =>
	new Response(reportJson(gapReports, props.report, site!.href, strings().gaps.reportTitle(props.report.subject)), { headers: JSON_HEADERS });
