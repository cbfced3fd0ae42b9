import { CSV_HEADERS } from '../../../../lib/downloads.ts';
import type { APIContext } from 'astro';
import { gapDownloadPaths } from '../../../../data/gap-pages.ts';
import { gapReports } from '../../../../data/gaps.ts';
import { reportCsv } from '../../../../lib/gap-downloads.ts';
import type { GapReport } from '../../../../lib/gap-reports.ts';

export const getStaticPaths = gapDownloadPaths;
export const GET = ({ props }: APIContext<{ report: GapReport }>) =>
	new Response(reportCsv(gapReports, props.report), { headers: CSV_HEADERS });
