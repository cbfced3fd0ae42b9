import { catalog } from '../../data/catalog.ts';
import { jsonDownload, PLAN_COLUMNS } from '../../lib/downloads.ts';

export const GET = () => new Response(jsonDownload(catalog, PLAN_COLUMNS, catalog.plans), { headers: { 'Content-Type': 'application/json' } });
