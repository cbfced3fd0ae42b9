import { gapReports } from '../../data/gaps.ts';
import { reportCsv } from '../../lib/gap-downloads.ts';

export const GET = () => new Response(reportCsv(gapReports, gapReports.world), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
