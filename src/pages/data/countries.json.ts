import { catalog } from '../../data/catalog.ts';
import { COUNTRY_COLUMNS, JSON_HEADERS, jsonDownload } from '../../lib/downloads.ts';

export const GET = () => new Response(jsonDownload(catalog, COUNTRY_COLUMNS, catalog.countries), { headers: JSON_HEADERS });
