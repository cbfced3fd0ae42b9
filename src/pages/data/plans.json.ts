import { catalog } from '../../data/catalog.ts';
import { gapReports } from '../../data/gaps.ts';
import { JSON_HEADERS, jsonDownload, planColumns } from '../../lib/downloads.ts';

export const GET = () => new Response(jsonDownload(catalog, planColumns(gapReports.assessments), catalog.plans), { headers: JSON_HEADERS });
