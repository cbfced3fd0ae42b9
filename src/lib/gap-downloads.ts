/**
 * A gap report as files: CSV of its table, JSON of its table and the plans behind it, and
 * Markdown for reading offline. The page's download links and `npm run gaps` both use these.
 */
import { csvDownload, tableRows } from './downloads.ts';
import { itemRows, reportColumns, reportPlans, type GapReport, type GapReports } from './gap-reports.ts';
import { formatShare, MIN_PLANS_FOR_SHARE } from './gaps.ts';

export function reportCsv(reports: GapReports, report: GapReport): string {
	return csvDownload(reportColumns(reports.framework, report, reports.assessments), itemRows(reports, report));
}

export function reportJson(reports: GapReports, report: GapReport, siteUrl: string, title: string): string {
	const columns = reportColumns(reports.framework, report, reports.assessments);
	// Read once: a plan report recounts its figures on each read.
	const { catalogued, assessedPlans, methods, checking } = report.aggregate;
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
			assessedAutomatedDrafts: checking.drafts,
			assessedReviewed: checking.reviewed,
			minimumPlansForPercentage: report.kind === 'plan' ? undefined : MIN_PLANS_FOR_SHARE,
			subnationalPlansReportedApart: report.subnationalApart.map((view) => view.id),
			note: `Shares are of assessed plans only; items a plan was not assessed on are counted as not_assessed, never as not_found, and items not applicable to a plan are left out. Across plans, a share is given only where at least ${MIN_PLANS_FOR_SHARE} plans are assessed. Sub-national plans are reported apart from national and regional ones.`,
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
		`${report.aggregate.catalogued} plans in scope, ${report.aggregate.assessedPlans} assessed (${report.aggregate.checking.drafts} automated drafts not checked by a person, ${report.aggregate.checking.reviewed} reviewed). Shares are of assessed plans only; "not assessed" is never counted as "not found"; across plans a share needs at least ${MIN_PLANS_FOR_SHARE} assessed plans.`,
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
			lines.push('| Item | Assessed | Addressed | Partly | Not found | Not applicable | Not assessed | % addressed |', '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
			for (const item of domain.items) {
				const tally = report.aggregate.items.get(item.id)!;
				const percent = tally.withheld ? `n = ${tally.assessed}, too few` : formatShare(tally.share);
				lines.push(`| ${cell(item.label)} | ${tally.assessed} | ${tally.addressed} | ${tally.partial} | ${tally['not-found']} | ${tally['not-applicable']} | ${tally['not-assessed']} | ${percent} |`);
			}
		}
		lines.push('');
	}
	return lines.join('\n');
}
