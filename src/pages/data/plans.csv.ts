import { catalog } from '../../data/catalog.ts';
import { gapReports } from '../../data/gaps.ts';
import { CSV_HEADERS, csvDownload, planColumns } from '../../lib/downloads.ts';

export const GET = () => new Response(csvDownload(planColumns(gapReports.assessments), catalog.plans), { headers: CSV_HEADERS });
