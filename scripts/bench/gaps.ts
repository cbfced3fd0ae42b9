/**
 * Gap-analysis time: every plan scored against the framework and every report (world, regions,
 * income groups, countries, plans, priority areas) aggregated, with the same functions the site
 * and `npm run gaps` call. Records are read and validated first, outside the timing.
 */
import { gapReportsOfRecords } from '../../src/lib/gap-reports.ts';
import { formatProblem, validateContent } from '../../src/lib/validate.ts';
import { gapReportNames } from '../../src/i18n/index.ts';
import { BENCH_BUILD_DATE } from './build.ts';

export interface GapFigures {
	plans: number;
	assessments: number;
	reports: number;
	/** The first run of catalogue + every gap report: what a build or `npm run gaps` pays. */
	seconds: number;
	/** Median of the runs after it, which reuse each assessment's status vector (src/lib/gaps.ts). */
	warmSeconds: number;
	runs: number;
}

export function timeGapAnalysis(contentDir: string, runs = 5): GapFigures {
	const { problems, records } = validateContent(contentDir);
	if (problems.length > 0 || !records.framework) {
		throw new Error(`gap analysis: ${problems.length} problems in ${contentDir}:\n${problems.slice(0, 10).map(formatProblem).join('\n')}`);
	}
	const names = gapReportNames();
	const asOf = new Date(`${BENCH_BUILD_DATE}T00:00:00Z`);
	const times: number[] = [];
	let reports = 0;
	for (let run = 0; run < runs; run++) {
		const started = performance.now();
		const built = gapReportsOfRecords(records, asOf, names, (planId) => records.assessments.get(planId));
		// Aggregate figures are counted when first read: read them all, as a build does.
		const aggregates = [built.world, ...built.regions, ...built.income, ...built.countries, ...built.priorityAreas].map((report) => report.aggregate);
		times.push((performance.now() - started) / 1000);
		reports = aggregates.length + built.plans.length;
	}
	const [first, ...rest] = times;
	rest.sort((a, b) => a - b);
	return { plans: records.plans.length, assessments: records.assessments.size, reports, seconds: first, warmSeconds: rest[Math.floor(rest.length / 2)] ?? first, runs };
}
