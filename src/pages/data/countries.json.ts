import { catalog } from '../../data/catalog.ts';
import { COUNTRY_COLUMNS, jsonDownload } from '../../lib/downloads.ts';

export const GET = () => new Response(jsonDownload(catalog, COUNTRY_COLUMNS, catalog.countries), { headers: { 'Content-Type': 'application/json' } });
