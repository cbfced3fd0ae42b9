import { library } from '../../data/library.ts';
import { CSV_HEADERS, csvDownload, RESOURCE_COLUMNS } from '../../lib/downloads.ts';

export const GET = () => new Response(csvDownload(RESOURCE_COLUMNS, library.resources), { headers: CSV_HEADERS });
