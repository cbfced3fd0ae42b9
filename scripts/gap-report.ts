/**
 * Write every gap report as files for offline use: the same figures the site shows.
 *
 *   npm run gaps -- --out DIR [--content dir] [--date YYYY-MM-DD] [--site URL]
 *
 * For each report: DIR/<path>/report.json, report.csv and report.md (paths as on the site,
 * e.g. DIR/regions/afr/report.csv), plus DIR/index.md listing them. Content is validated first;
 * a problem stops the run before anything is written.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { SITE_URL } from '../src/build-settings.ts';
import { reportCsv, reportJson, reportMarkdown } from '../src/lib/gap-downloads.ts';
import { allReports, gapReportsOfRecords } from '../src/lib/gap-reports.ts';
import { validatedContent } from './cli/content.ts';
import { gapReportNames, gapReportTitle, strings } from '../src/i18n/index.ts';

const { values } = parseArgs({
	options: {
		out: { type: 'string' },
		content: { type: 'string' },
		date: { type: 'string' },
		site: { type: 'string', default: SITE_URL },
	},
});
if (!values.out) {
	console.error('gaps: usage: npm run gaps -- --out DIR [--content dir] [--date YYYY-MM-DD] [--site URL]');
	process.exit(1);
}
const { asOf, records } = validatedContent('gaps', values, 'nothing written');

const t = strings();
const reports = gapReportsOfRecords(records, asOf, gapReportNames(t), (planId) => records.assessments.get(planId));
const all = allReports(reports);
const out = resolve(values.out);
const index = [`# Gap reports`, '', `Framework version ${reports.framework.version} · data as of ${reports.asOf}`, ''];
for (const report of all) {
	const title = gapReportTitle(report, t);
	const dir = join(out, report.path.replace(/^\/gaps\/?/, ''));
	mkdirSync(dir, { recursive: true });
	writeFileSync(join(dir, 'report.csv'), reportCsv(reports, report));
	writeFileSync(join(dir, 'report.json'), reportJson(reports, report, values.site!, title));
	writeFileSync(join(dir, 'report.md'), reportMarkdown(reports, report, values.site!, title));
	index.push(`- [${title}](${join(report.path.replace(/^\/gaps\/?/, ''), 'report.md')}) — ${report.aggregate.catalogued} plans, ${report.aggregate.assessedPlans} assessed`);
}
writeFileSync(join(out, 'index.md'), `${index.join('\n')}\n`);
console.log(`gaps: wrote ${all.length} reports (JSON, CSV and Markdown) to ${out}`);
