import { catalog } from '../../data/catalog.ts';
import { gapReports } from '../../data/gaps.ts';
import { toCsv } from '../../lib/csv.ts';
import { planColumns, tableRows } from '../../lib/downloads.ts';

const columns = planColumns(gapReports.assessments);
export const GET = () =>
	new Response(toCsv(columns.map((column) => column.name), tableRows(columns, catalog.plans)), { headers: { 'Content-Type': 'text/csv; charset=utf-8' } });
