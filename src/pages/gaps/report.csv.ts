import { CSV_HEADERS } from '../../lib/downloads.ts';
import { gapReports } from '../../data/gaps.ts';
import { reportCsv } from '../../lib/gap-downloads.ts';

export const GET = () => new Response(reportCsv(gapReports, gapReports.world), { headers: CSV_HEADERS });
