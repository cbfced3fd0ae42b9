import { catalog } from '../../../data/catalog.ts';
import { JSON_HEADERS } from '../../../lib/downloads.ts';
import { screenablePlans } from '../../../lib/screening/page-data.ts';
import { strings } from '../../../i18n/index.ts';

/** The catalogued plans the screening page's picker offers, fetched when it is first used. */
export const GET = () => new Response(JSON.stringify(screenablePlans(catalog, strings().regionalCoverage)), { headers: JSON_HEADERS });
