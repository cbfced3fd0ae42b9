/**
 * A gap report as files: CSV of its table, JSON of its table and the plans behind it, and
 * Markdown for reading offline. The page's download links and `npm run gaps` both use these.
 */
import { csvDownload, tableRows } from './downloads.ts';
import { itemRows, reportColumns, reportPlans, type GapReport, type GapReports } from './gap-reports.ts';
import { formatShare } from './gaps.ts';

export function reportCsv(reports: GapReports, report: GapReport): string {
	return csvDownload(reportColumns(reports.framework, report), itemRows(reports, report));
}

export function reportJson(reports: GapReports, report: GapReport, siteUrl: string, title: string): string {
	const columns = reportColumns(reports.framework, report);
	// Read once: a plan report recounts its figures on each read.
	const { catalogued, assessedPlans, methods } = report.aggregate;
	return JSON.stringify(
		{
			title,
			url: new URL(report.path, siteUrl).href,
			kind: report.kind,
			frameworkVersion: reports.framework.version,
			dataAsOf: reports.asOf,
			plansInScope: catalogued,
			plansAssessed: assessedPlans,
			methods,
			note: 'Shares are of assessed plans only; items a plan was not assessed on are counted as not_assessed, never as not_found.',
			fields: Object.fromEntries(columns.map((column) => [column.name, column.description])),
			items: tableRows(columns, itemRows(reports, report)),
			plans: reportPlans(reports, report),
		},
		null,
		1,
	);
}

/** Markdown of a report: the figures and where they come from, for offline reading and review. */
export function reportMarkdown(reports: GapReports, report: GapReport, siteUrl: string, title: string): string {
	const lines = [
		`# ${title}`,
		'',
		`Framework version ${reports.framework.version} · data as of ${reports.asOf} · ${new URL(report.path, siteUrl).href}`,
		'',
		`${report.aggregate.catalogued} plans in scope, ${report.aggregate.assessedPlans} assessed. Shares are of assessed plans only; "not assessed" is never counted as "not found".`,
		'',
	];
	const cell = (text: string) => text.replace(/\|/g, '\\|');
	const rows = itemRows(reports, report);
	for (const domain of report.domains) {
		lines.push(`## ${domain.label}`, '');
		if (report.planGaps) {
			lines.push('| Item | Finding | Evidence |', '| --- | --- | --- |');
			for (const row of rows.filter((candidate) => candidate.domain === domain)) {
				const evidence = (row.finding?.evidence ?? []).map((entry) => `p. ${entry.page}: “${entry.quote}”`).join('; ');
				lines.push(`| ${cell(reports.framework.itemById.get(row.itemId)!.label)} | ${report.planGaps.statuses.get(row.itemId)} | ${cell(evidence)} |`);
			}
		} else {
			lines.push('| Item | Assessed | Addressed | Partly | Not found | Not assessed | % addressed |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
			for (const item of domain.items) {
				const tally = report.aggregate.items.get(item.id)!;
				lines.push(`| ${cell(item.label)} | ${tally.assessed} | ${tally.addressed} | ${tally.partial} | ${tally['not-found']} | ${tally['not-assessed']} | ${formatShare(tally.share)} |`);
			}
		}
		lines.push('');
	}
	return lines.join('\n');
}
