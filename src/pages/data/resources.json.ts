import { catalog } from '../../data/catalog.ts';
import { library } from '../../data/library.ts';
import { JSON_HEADERS, jsonDownload, RESOURCE_COLUMNS } from '../../lib/downloads.ts';

export const GET = () => new Response(jsonDownload(catalog, RESOURCE_COLUMNS, library.resources), { headers: JSON_HEADERS });
