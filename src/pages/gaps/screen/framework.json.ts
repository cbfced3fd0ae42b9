import { framework } from '../../../data/gaps.ts';
import { JSON_HEADERS } from '../../../lib/downloads.ts';
import { screeningFramework } from '../../../lib/screening/page-data.ts';

/** The framework and its lexicons for the screening page's worker, fetched once a file is chosen. */
export const GET = () => new Response(JSON.stringify(screeningFramework(framework)), { headers: JSON_HEADERS });
