import { catalog } from '../../data/catalog.ts';
import { toCsv } from '../../lib/csv.ts';
import { PLAN_COLUMNS, tableRows } from '../../lib/downloads.ts';

export const GET = () =>
	new Response(toCsv(PLAN_COLUMNS.map((column) => column.name), tableRows(PLAN_COLUMNS, catalog.plans)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
