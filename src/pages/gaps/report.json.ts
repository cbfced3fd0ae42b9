import { JSON_HEADERS } from '../../lib/downloads.ts';
import type { APIContext } from 'astro';
import { gapReports } from '../../data/gaps.ts';
import { reportJson } from '../../lib/gap-downloads.ts';
import { gapReportTitle } from '../../i18n/index.ts';

export const GET = ({ site }: APIContext) =>
	new Response(reportJson(gapReports, gapReports.world, site!.href, gapReportTitle(gapReports.world)), { headers: JSON_HEADERS });
