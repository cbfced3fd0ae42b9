import { compareData } from '../../data/compare.ts';
import { JSON_HEADERS } from '../../lib/downloads.ts';

/** The comparison island's data: every country and plan as codes, findings one character per item. */
export const GET = () => new Response(JSON.stringify(compareData), { headers: JSON_HEADERS });
