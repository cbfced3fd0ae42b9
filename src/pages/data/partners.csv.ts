import { library } from '../../data/library.ts';
import { CSV_HEADERS, csvDownload, PARTNER_COLUMNS } from '../../lib/downloads.ts';

export const GET = () => new Response(csvDownload(PARTNER_COLUMNS, library.partners), { headers: CSV_HEADERS });
