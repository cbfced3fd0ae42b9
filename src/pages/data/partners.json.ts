import { catalog } from '../../data/catalog.ts';
import { library } from '../../data/library.ts';
import { JSON_HEADERS, jsonDownload, PARTNER_COLUMNS } from '../../lib/downloads.ts';

export const GET = () => new Response(jsonDownload(catalog, PARTNER_COLUMNS, library.partners), { headers: JSON_HEADERS });
