import { catalog } from '../../data/catalog.ts';
import { COUNTRY_COLUMNS, CSV_HEADERS, csvDownload } from '../../lib/downloads.ts';

export const GET = () => new Response(csvDownload(COUNTRY_COLUMNS, catalog.countries), { headers: CSV_HEADERS });
