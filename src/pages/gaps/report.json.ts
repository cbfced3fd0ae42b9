import { JSON_HEADERS } from '../../lib/downloads.ts';
import type { APIContext } from 'astro';
import { gapReports } from '../../data/gaps.ts';
import { reportJson } from '../../lib/gap-downloads.ts';
import { strings } from '../../i18n/index.ts';

export const GET = ({ site }: APIContext) =>
	new Response(reportJson(gapReports, gapReports.world, site!.href, strings().gaps.reportTitle(gapReports.world.subject)), { headers: JSON_HEADERS });
