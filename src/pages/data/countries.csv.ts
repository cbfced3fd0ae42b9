import { catalog } from '../../data/catalog.ts';
import { toCsv } from '../../lib/csv.ts';
import { COUNTRY_COLUMNS, tableRows } from '../../lib/downloads.ts';

export const GET = () =>
	new Response(toCsv(COUNTRY_COLUMNS.map((column) => column.name), tableRows(COUNTRY_COLUMNS, catalog.countries)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
